//! The team's document library: adding a document (split, indexed, stored in one
//! transaction) and the sample documents every team starts with. `/docs`, `/ask` and
//! autocomplete use it.

use super::CommandError;
use crate::app::App;
use crate::config::SampleDocs;
use crate::core::ids::GuildId;
use crate::core::ids::MemberId;
use crate::core::search::{
    GramIndex, Index, IndexPassage, Lang, Library, LibraryPassage, detect_language, index_terms,
    split,
};
use crate::store::{NewDocument, NewPassage, StoredPassage};
use chrono::{DateTime, Utc};
use std::path::Path;
use std::sync::Arc;

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
    pub by: Option<MemberId>,
}

/// Splits, indexes and stores a document (replacing one of the same title).
pub async fn add_document(
    app: &App,
    guild_id: &GuildId,
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
        return Err(crate::i18n::Said::new("error-document-empty").into());
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

/// The team's documents, indexed for /ask: from the in-memory cache while the
/// documents' version in the database is the one it was built at, otherwise built again
/// from the stored passages and their terms (so every process sees every change).
pub async fn library(app: &App, guild_id: &GuildId) -> Result<Arc<Library>, CommandError> {
    let version = app.db.docs_version(guild_id).await?;
    if let Some((built_at, library)) = app
        .libraries
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(guild_id)
        && *built_at == version
    {
        return Ok(library.clone());
    }
    let (version, stored) = app.db.library_passages(guild_id).await?;
    let library = Arc::new(build_library(&stored));
    app.libraries
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(guild_id.clone(), (version, library.clone()));
    Ok(library)
}

/// Indexes stored passages: the section's own heading, the headings above it (the
/// document title first), and the text's stored terms.
pub fn build_library(stored: &[StoredPassage]) -> Library {
    let mut index_passages = Vec::with_capacity(stored.len());
    let mut passages = Vec::with_capacity(stored.len());
    for p in stored {
        let lang = Lang::from_code(&p.language).unwrap_or(Lang::English);
        let mut parts: Vec<&str> = p.heading.split(" › ").filter(|h| !h.is_empty()).collect();
        let section = parts.pop().unwrap_or_default();
        if parts.first() != Some(&p.title.as_str()) {
            parts.insert(0, &p.title);
        }
        let terms = |text: &str| -> Vec<String> {
            index_terms(text, lang)
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect()
        };
        index_passages.push(IndexPassage {
            section: terms(section),
            path: terms(&parts.join(" ")),
            body: p
                .terms
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
        });
        passages.push(LibraryPassage {
            title: p.title.clone(),
            language: lang,
            heading: p.heading.clone(),
            body: p.body.clone(),
        });
    }
    // The n-gram index reads each passage's own heading with its text: a section
    // named for the question is the likely answer.
    let gram_texts: Vec<String> = passages
        .iter()
        .map(|p: &LibraryPassage| {
            let section = p.heading.rsplit(" › ").next().unwrap_or_default();
            format!("{section}\n{}", p.body)
        })
        .collect();
    // The two indexes are built side by side: the first question after a change waits
    // for both.
    let (index, grams) = std::thread::scope(|scope| {
        let grams = scope.spawn(|| GramIndex::build(gram_texts.iter().map(String::as_str)));
        let index = Index::build(&index_passages);
        let grams = grams
            .join()
            .unwrap_or_else(|_| GramIndex::build(gram_texts.iter().map(String::as_str)));
        (index, grams)
    });
    Library {
        index,
        grams,
        passages,
    }
}

/// Gives a team the sample documents (config `docs.samples_dir`) the first time it
/// uses documents; a team that removes them does not get them back.
pub async fn ensure_samples(
    app: &App,
    guild_id: &GuildId,
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    if app.config.docs_samples == SampleDocs::None || !app.db.claim_sample_docs(guild_id).await? {
        return Ok(());
    }
    let samples = match &app.config.docs_samples {
        SampleDocs::BuiltIn => BUILT_IN_SAMPLES
            .iter()
            .map(|(title, text)| (title.to_string(), text.to_string()))
            .collect(),
        // Reading a folder blocks: do it on the blocking pool, not on a runtime thread.
        SampleDocs::Folder(dir) => {
            let dir = dir.clone();
            tokio::task::spawn_blocking(move || read_samples(&dir))
                .await
                .unwrap_or_default()
        }
        SampleDocs::None => Vec::new(),
    };
    for (title, text) in samples {
        let doc = Incoming {
            title: None,
            fallback_title: &title,
            text: &text,
            origin: "sample",
            by: None,
        };
        add_document(app, guild_id, doc, now).await?;
    }
    Ok(())
}

/// The samples compiled into Dealbell: (title from the file name, text), in file order.
const BUILT_IN_SAMPLES: [(&str, &str); 4] = [
    (
        "commission explainer.de",
        include_str!("../../config/docs/commission-explainer.de.md"),
    ),
    (
        "commission explainer.en",
        include_str!("../../config/docs/commission-explainer.en.md"),
    ),
    (
        "sales playbook.de",
        include_str!("../../config/docs/sales-playbook.de.md"),
    ),
    (
        "sales playbook.en",
        include_str!("../../config/docs/sales-playbook.en.md"),
    ),
];

/// The sample documents in `dir`, sorted by file name: (title from the file name, text).
fn read_samples(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
            .collect(),
        Err(e) => {
            tracing::info!(dir = %dir.display(), error = %e, "no sample documents");
            return Vec::new();
        }
    };
    files.sort();
    files
        .into_iter()
        .filter_map(|path| match std::fs::read_to_string(&path) {
            Ok(text) => Some((file_title(&path), text)),
            Err(e) => {
                tracing::warn!(file = %path.display(), error = %e, "sample document unreadable");
                None
            }
        })
        .collect()
}

pub fn file_title(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().replace(['_', '-'], " "))
        .unwrap_or_else(|| "Document".into())
}
