//! The two forms a question set comes in: the project's own `questions.tsv`, and the
//! `questions.json` of ask-dev (`../shared/data/ask-dev`, real help pages and questions
//! not written for Dealbell).

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

/// What a question is asked about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// Asked in the language of the document that answers it (its code; "" when the
    /// set does not say).
    Same(String),
    /// Asked in another language than the documents that answer it.
    Cross,
    /// No document answers it: the right answer is to say so.
    Unanswerable,
}

impl Group {
    pub fn label(&self) -> String {
        match self {
            Group::Same(lang) if lang.is_empty() => "same language".into(),
            Group::Same(lang) => lang.clone(),
            Group::Cross => "cross-language".into(),
            Group::Unanswerable => "unanswerable".into(),
        }
    }
}

/// Which documents a question is asked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Every,
    /// Every document but the English ones (ask-dev's cross-language questions).
    NotEnglish,
}

/// A place that answers a question: a document (its file name, or its title in the
/// project's own set) and a section heading ("parent › section" where a heading path
/// is needed to tell it apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub doc: String,
    pub section: String,
}

impl Place {
    /// Whether a cited passage (its document's name and its heading path) is this place.
    pub fn is(&self, doc: &str, heading: &str) -> bool {
        if norm(doc) != norm(&self.doc) {
            return false;
        }
        let (heading, section) = (norm(heading), norm(&self.section));
        heading == section || heading.ends_with(&format!(" › {section}"))
    }
}

/// NFC, case folded, whitespace collapsed: how ask-dev compares headings.
fn norm(text: &str) -> String {
    text.nfc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub group: Group,
    pub text: String,
    /// Every place that answers it (empty when nothing does).
    pub expected: Vec<Place>,
    pub scope: Scope,
}

impl Question {
    /// Whether a cited passage (its document's name and heading path) answers it.
    pub fn is_answered_by(&self, doc: &str, heading: &str) -> bool {
        self.expected.iter().any(|e| e.is(doc, heading))
    }
}

/// The project's own set: kind, expected place as "title › section", another place
/// that answers as well, question; `#` starts a comment.
pub fn read_tsv(text: &str) -> Result<Vec<Question>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, expected, also, text] = cols[..] else {
            bail!(
                "questions.tsv line {}: expected four tab-separated columns",
                n + 1
            );
        };
        let group = match kind {
            "same" => Group::Same(String::new()),
            "cross" => Group::Cross,
            "none" => Group::Unanswerable,
            other => bail!("questions.tsv line {}: unknown kind {other:?}", n + 1),
        };
        let expected = [expected, also]
            .into_iter()
            .filter(|e| *e != "-")
            .map(|e| match e.split_once(" › ") {
                Some((doc, section)) => Place {
                    doc: doc.into(),
                    section: section.into(),
                },
                None => Place {
                    doc: e.into(),
                    section: e.into(),
                },
            })
            .collect();
        out.push(Question {
            id: format!("line {}", n + 1),
            group,
            text: text.to_string(),
            expected,
            scope: Scope::Every,
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct JsonSet {
    questions: Vec<JsonQuestion>,
}

#[derive(Deserialize)]
struct JsonQuestion {
    id: String,
    lang: String,
    question: String,
    doc: Option<String>,
    section: Option<String>,
    #[serde(default)]
    accept: Vec<JsonPlace>,
    #[serde(default)]
    cross_language: bool,
    index: Option<String>,
    #[serde(default)]
    no_answer: bool,
}

#[derive(Deserialize)]
struct JsonPlace {
    doc: String,
    section: String,
}

/// ask-dev's `questions.json` (its README has the format).
pub fn read_json(text: &str) -> Result<Vec<Question>> {
    let set: JsonSet = serde_json::from_str(text).context("questions.json")?;
    let mut out = Vec::with_capacity(set.questions.len());
    for q in set.questions {
        let mut expected: Vec<Place> = Vec::new();
        if let (Some(doc), Some(section)) = (q.doc, q.section) {
            expected.push(Place { doc, section });
        }
        expected.extend(q.accept.into_iter().map(|p| Place {
            doc: p.doc,
            section: p.section,
        }));
        let group = if q.no_answer {
            Group::Unanswerable
        } else if q.cross_language {
            Group::Cross
        } else {
            Group::Same(q.lang)
        };
        if group != Group::Unanswerable && expected.is_empty() {
            bail!("questions.json: {} names no place that answers it", q.id);
        }
        let scope = match q.index.as_deref() {
            Some("non-en") => Scope::NotEnglish,
            None | Some("all") => Scope::Every,
            Some(other) => bail!("questions.json: {}: unknown index {other:?}", q.id),
        };
        out.push(Question {
            id: q.id,
            group,
            text: q.question,
            expected,
            scope,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_matches_its_heading_whatever_the_case_spacing_or_normal_form() {
        let place = Place {
            doc: "de-gamification.md".into(),
            section: "Abzeichen  erstellen".into(),
        };
        assert!(place.is(
            "de-gamification.md",
            "CRM-Gamification › abzeichen erstellen"
        ));
        assert!(!place.is("de-gamification.md", "CRM-Gamification › Ziele"));
        assert!(!place.is("es-gamification.md", "abzeichen erstellen"));
        let composed = Place {
            doc: "d".into(),
            section: "Verlustgr\u{fc}nde".into(),
        };
        assert!(composed.is("d", "Verlustgru\u{308}nde"));
    }

    #[test]
    fn ask_dev_questions_are_read_with_their_groups_and_scope() {
        let json = r#"{"questions": [
          {"id": "de-01", "lang": "de", "question": "q1", "doc": "a.md", "section": "S",
           "accept": [{"doc": "b.md", "section": "T"}]},
          {"id": "x-01", "lang": "en", "question": "q2", "cross_language": true,
           "index": "non-en", "accept": [{"doc": "c.md", "section": "U"}]},
          {"id": "u-01", "lang": "en", "question": "q3", "no_answer": true}]}"#;
        let q = read_json(json).unwrap();
        assert_eq!(q[0].group, Group::Same("de".into()));
        assert_eq!(q[0].expected.len(), 2);
        assert_eq!(q[1].group, Group::Cross);
        assert_eq!(q[1].scope, Scope::NotEnglish);
        assert_eq!(q[2].group, Group::Unanswerable);
        assert!(
            read_json(r#"{"questions": [{"id": "a", "lang": "en", "question": "q"}]}"#).is_err()
        );
    }
}
