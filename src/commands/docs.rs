//! `/docs add|list|remove` (the library itself is `library.rs`).

use super::arguments::{NoArguments, arguments};
use super::invocation::Attachment;
use super::library::{Incoming, add_document, ensure_samples, file_title};
use super::{CommandError, NotFound, Request};
use crate::core::ids::DocumentNumber;
use crate::i18n::Said;
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
            return Err(Said::new("error-docs-file-and-text").into());
        }
        (Some(file), None) => {
            let lower = file.filename.to_lowercase();
            if !(lower.ends_with(".md") || lower.ends_with(".txt") || lower.ends_with(".markdown"))
            {
                return Err(Said::new("error-docs-not-text")
                    .with("file", file.filename.as_str())
                    .into());
            }
            super::check_size(file, max, super::FileUse::Document)?;
            let text = super::attachment_text(file, super::FileUse::Document)?;
            (text, file_title(Path::new(&file.filename)))
        }
        (None, Some(text)) => {
            if args.title.is_none() {
                return Err(Said::new("error-docs-needs-title").into());
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
            return Err(Said::new("error-docs-nothing").into());
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
    let words = req.words;
    let m = Message::new(
        Tone::Success,
        words.say_with(
            "docs-added",
            &[
                ("number", added.number.into()),
                ("replaced", yes_no(added.replaced).into()),
                ("title", added.title.as_str().into()),
            ],
        ),
    )
    .line(words.say_with(
        "docs-added-line",
        &[
            (
                "passages",
                i64::try_from(added.passages).unwrap_or(i64::MAX).into(),
            ),
            ("language", added.language.to_string().into()),
        ],
    ));
    Ok(Reply::private(m, ReplyData::None))
}

/// `/docs list`.
pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let docs = req.app.db.documents(&req.inv.guild_id).await?;
    let words = req.words;
    let mut m = Message::new(
        Tone::Info,
        words.say_with(
            "docs-list-title",
            &[(
                "count",
                i64::try_from(docs.len()).unwrap_or(i64::MAX).into(),
            )],
        ),
    );
    if docs.is_empty() {
        m = m.line(words.say("docs-list-empty"));
    }
    for d in &docs {
        m = m.line(words.say_with(
            "docs-list-line",
            &[
                ("number", d.number.0.into()),
                ("title", d.title.as_str().into()),
                ("passages", d.passages.into()),
                ("language", d.language.to_string().into()),
                ("sample", yes_no(d.origin == "sample").into()),
            ],
        ));
    }
    Ok(Reply::private(
        m.footer(words.say("docs-list-footer")),
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
            req.words.say_with(
                "docs-removed",
                &[
                    ("number", number.0.into()),
                    ("title", title.as_str().into()),
                ],
            ),
        ),
        ReplyData::None,
    ))
}

/// A yes-or-no the catalogues choose words by.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}
