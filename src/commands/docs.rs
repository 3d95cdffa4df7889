//! `/docs add|list|remove`, and the sample documents every team starts with.

use super::{CommandError, Request};
use crate::app::App;
use crate::core::search::{detect_language, index_terms, split};
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::store::{NewDocument, NewPassage};
use chrono::{DateTime, Utc};
use std::path::Path;

/// What adding a document did.
pub struct Added {
    pub number: i64,
    pub title: String,
    pub replaced: bool,
    pub passages: usize,
    pub language: &'static str,
}

/// A document as given: its text and where it came from.
pub struct Incoming<'a> {
    /// The title given, if any; otherwise the first top-level heading, then `fallback_title`.
    pub title: Option<&'a str>,
    pub fallback_title: &'a str,
    pub text: &'a str,
    /// sample, chat or shell
    pub origin: &'a str,
    pub by: Option<i64>,
}

/// Splits, indexes and stores a document (replacing one of the same title).
pub async fn add_document(
    app: &App,
    guild_id: &str,
    doc: Incoming<'_>,
    now: DateTime<Utc>,
) -> Result<Added, CommandError> {
    let Incoming {
        title,
        fallback_title,
        text,
        origin,
        by,
    } = doc;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(CommandError::user("The document is empty."));
    }
    let (heading_title, passages) = split(text);
    let title = title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .or(heading_title)
        .unwrap_or_else(|| fallback_title.to_string());
    let lang = detect_language(text);
    let passages: Vec<NewPassage> = passages
        .into_iter()
        .map(|p| NewPassage {
            body_terms: index_terms(&p.text, lang),
            heading_terms: index_terms(&p.heading, lang),
            heading: p.heading,
            body: p.text,
        })
        .collect();
    let count = passages.len();
    let (number, replaced) = app
        .db
        .save_document(
            guild_id,
            &NewDocument {
                title: &title,
                language: lang.code(),
                origin,
                chars: text.chars().count() as i64,
                passages,
            },
            by,
            now,
        )
        .await?;
    Ok(Added {
        number,
        title,
        replaced,
        passages: count,
        language: lang.code(),
    })
}

/// Gives a team the sample documents (config `docs.samples_dir`) the first time it
/// uses documents; a team that removes them does not get them back.
pub async fn ensure_samples(
    app: &App,
    guild_id: &str,
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    let Some(dir) = &app.config.docs_samples_dir else {
        return Ok(());
    };
    if !app.db.claim_sample_docs(guild_id).await? {
        return Ok(());
    }
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
            .collect(),
        Err(e) => {
            tracing::info!(dir = %dir.display(), error = %e, "no sample documents");
            return Ok(());
        }
    };
    files.sort();
    for path in files {
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let title = file_title(&path);
                let doc = Incoming {
                    title: None,
                    fallback_title: &title,
                    text: &text,
                    origin: "sample",
                    by: None,
                };
                add_document(app, guild_id, doc, now).await?;
            }
            Err(e) => {
                tracing::warn!(file = %path.display(), error = %e, "sample document unreadable")
            }
        }
    }
    Ok(())
}

fn file_title(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().replace(['_', '-'], " "))
        .unwrap_or_else(|| "Document".into())
}

/// `/docs add`.
pub async fn add(req: &Request<'_>) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let max = req.app.config.docs_max_bytes;
    let (text, fallback) = match (req.attachment("file"), req.text("text")) {
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
            super::check_size(
                file,
                max,
                "documents are",
                "Split it into several documents.",
            )?;
            let text = super::attachment_text(file, "Save it as UTF-8 and attach it again.")?;
            (text, file_title(Path::new(&file.filename)))
        }
        (None, Some(text)) => {
            if req.text("title").is_none() {
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
    let origin = if req.caller.user_id.as_deref() == Some("operator") {
        "shell"
    } else {
        "chat"
    };
    let doc = Incoming {
        title: req.text("title"),
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
        "{} passage(s), language {}. /ask searches it from now on.",
        added.passages, added.language
    ));
    Ok(Reply::private(m, ReplyData::None))
}

/// `/docs list`.
pub async fn list(req: &Request<'_>) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let docs = req.app.db.documents(&req.inv.guild_id).await?;
    let mut m = Message::new(Tone::Info, format!("📚 Documents ({})", docs.len()));
    if docs.is_empty() {
        m = m.line("None yet. A manager adds one: /docs add file:playbook.md");
    }
    for d in &docs {
        m = m.line(format!(
            "#{} {} — {} passage(s), {}{}",
            d.number,
            d.title,
            d.passages,
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

/// `/docs remove`.
pub async fn remove(req: &Request<'_>) -> Result<Reply, CommandError> {
    ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    let number = req.required_integer("id")?;
    let title = req
        .app
        .db
        .remove_document(&req.inv.guild_id, number)
        .await?
        .ok_or_else(|| {
            CommandError::with_hint(
                format!("There is no document #{number}."),
                "See them with /docs list.",
            )
        })?;
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            format!("🗑 Document #{number} removed: {title}"),
        ),
        ReplyData::None,
    ))
}
