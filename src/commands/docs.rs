//! `/docs add|list|remove` (the library itself is `library.rs`).

use super::arguments::{NoArguments, arguments};
use super::invocation::Attachment;
use super::library::{Incoming, add_document, ensure_samples, file_title};
use super::{CommandError, NotFound, Request};
use crate::core::ids::DocumentNumber;
use crate::core::words::count;
use crate::reply::{Message, Reply, ReplyData, Tone};
use std::path::Path;

arguments! {
    /// `/docs add`
    pub struct AddArgs {
        file: Option<Attachment>,
        title: Option<String>,
        text: Option<String>,
    }
}

/// `/docs add`.
pub async fn add(req: &Request<'_>, args: AddArgs) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let max = req.app.config.docs_max_bytes;
    let (text, fallback) = match (&args.file, args.text.as_deref()) {
        (Some(_), Some(_)) => {
            return Err(CommandError::user(
                "Give the document as file or as text, not both.",
            ));
        }
        (Some(file), None) => {
            let lower = file.filename.to_lowercase();
            if !(lower.ends_with(".md") || lower.ends_with(".txt") || lower.ends_with(".markdown"))
            {
                return Err(CommandError::with_hint(
                    format!("{} is not a Markdown or text file.", file.filename),
                    "Save it as .md or .txt (UTF-8); Word and PDF files are not read.",
                ));
            }
            super::check_size(file, max, super::FileUse::Document)?;
            let text = super::attachment_text(file, super::FileUse::Document)?;
            (text, file_title(Path::new(&file.filename)))
        }
        (None, Some(text)) => {
            if args.title.is_none() {
                return Err(CommandError::with_hint(
                    "A pasted document needs a title.",
                    "/docs add title:\"Discount rules\" text:\"…\"",
                ));
            }
            // Discord's text options are one line: `\n` stands for a line break there.
            let text = if text.contains('\n') {
                text.to_string()
            } else {
                text.replace("\\n", "\n")
            };
            (text, String::new())
        }
        (None, None) => {
            return Err(CommandError::with_hint(
                "Attach a document or paste one.",
                "/docs add file:playbook.md, or /docs add title:\"…\" text:\"…\"",
            ));
        }
    };
    // The shell's `dealbell docs add` comes through here too, as the operator.
    let origin = if req.inv.caller.user_id.as_str() == super::invocation::OPERATOR {
        "shell"
    } else {
        "chat"
    };
    let doc = Incoming {
        title: args.title.as_deref(),
        fallback_title: &fallback,
        text: &text,
        origin,
        by: Some(req.caller.id),
    };
    let added = add_document(req.app, &req.inv.guild_id, doc, req.now).await?;
    let verb = if added.replaced { "replaced" } else { "added" };
    let m = Message::new(
        Tone::Success,
        format!("📄 Document #{} {verb}: {}", added.number, added.title),
    )
    .line(format!(
        "{}, language {}. /ask searches it from now on.",
        count(added.passages as i64, "passage", "passages"),
        added.language
    ));
    Ok(Reply::private(m, ReplyData::None))
}

/// `/docs list`.
pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let docs = req.app.db.documents(&req.inv.guild_id).await?;
    let mut m = Message::new(Tone::Info, format!("📚 Documents ({})", docs.len()));
    if docs.is_empty() {
        m = m.line("None yet. A manager adds one: /docs add file:playbook.md");
    }
    for d in &docs {
        m = m.line(format!(
            "#{} {} — {}, {}{}",
            d.number,
            d.title,
            count(d.passages, "passage", "passages"),
            d.language,
            if d.origin == "sample" {
                " · sample"
            } else {
                ""
            }
        ));
    }
    Ok(Reply::private(
        m.footer("Ask them: /ask question:… · managers: /docs add, /docs remove"),
        ReplyData::Documents { documents: docs },
    ))
}

arguments! {
    /// `/docs remove`
    pub struct RemoveArgs {
        id: DocumentNumber,
    }
}

/// `/docs remove`.
pub async fn remove(req: &Request<'_>, args: RemoveArgs) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let number = args.id;
    let title = req
        .app
        .db
        .remove_document(&req.inv.guild_id, number)
        .await?
        .ok_or(NotFound::Document(number))?;
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            format!("🗑 Document #{number} removed: {title}"),
        ),
        ReplyData::None,
    ))
}
