//! A question's terms, the full-text query they make, and how many a passage holds.

use super::fold::{bigrams, fold, is_arabic, words};
use super::stem::{STOPWORDS, stem_with};
use rust_stemmers::Algorithm;
use serde::Serialize;
use std::collections::HashSet;

/// One word of a question and the index terms that count as finding it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryTerm {
    pub word: String,
    pub forms: Vec<String>,
    /// Matches any index term starting with this (for languages without a stemmer).
    pub prefix: Option<String>,
}

impl QueryTerm {
    pub fn matches(&self, term: &str) -> bool {
        self.forms.iter().any(|f| f == term)
            || self.prefix.as_deref().is_some_and(|p| term.starts_with(p))
    }
    /// This term as an FTS5 query: its forms or its prefix.
    pub fn fts(&self) -> String {
        let mut parts: Vec<String> = self.forms.iter().map(|f| format!("\"{f}\"")).collect();
        if let Some(p) = &self.prefix {
            parts.push(format!("\"{p}\"*"));
        }
        format!("({})", parts.join(" OR "))
    }
}

/// The words of a question that can be searched for, with their forms.
pub fn query_terms(question: &str) -> Vec<QueryTerm> {
    let mut out: Vec<QueryTerm> = Vec::new();
    let mut seen = HashSet::new();
    for w in words(question) {
        let piece = &question[w.start..w.end];
        if w.han {
            for b in bigrams(piece) {
                if !STOPWORDS.contains(&b.as_str()) && seen.insert(b.clone()) {
                    out.push(QueryTerm {
                        word: b.clone(),
                        forms: vec![b],
                        prefix: None,
                    });
                }
            }
            continue;
        }
        let folded = fold(piece);
        if folded.is_empty() || STOPWORDS.contains(&folded.as_str()) || !seen.insert(folded.clone())
        {
            continue;
        }
        let mut forms = vec![folded.clone()];
        let algorithms: &[Algorithm] = if folded.chars().any(is_arabic) {
            &[Algorithm::Arabic]
        } else {
            &[Algorithm::English, Algorithm::German, Algorithm::Romanian]
        };
        for a in algorithms {
            let s = stem_with(*a, &folded);
            if !s.is_empty() && !forms.contains(&s) {
                forms.push(s);
            }
        }
        let chars: Vec<char> = folded.chars().collect();
        let prefix = (chars.len() >= 5 && !folded.chars().any(is_arabic)).then(|| {
            let keep = (chars.len() - 2).max(4);
            chars[..keep].iter().collect::<String>()
        });
        out.push(QueryTerm {
            word: piece.to_string(),
            forms,
            prefix,
        });
    }
    out
}

/// The FTS5 query for a question: any of its terms (BM25 ranks passages with more and
/// rarer ones higher). None when nothing is left to search for.
pub fn fts_query(terms: &[QueryTerm]) -> Option<String> {
    (!terms.is_empty()).then(|| {
        terms
            .iter()
            .map(QueryTerm::fts)
            .collect::<Vec<_>>()
            .join(" OR ")
    })
}

/// How many of the terms a passage's index terms contain.
pub fn matched(terms: &[QueryTerm], passage_terms: &str) -> usize {
    let set: HashSet<&str> = passage_terms.split(' ').collect();
    terms
        .iter()
        .filter(|t| {
            t.forms.iter().any(|f| set.contains(f.as_str()))
                || t.prefix
                    .as_deref()
                    .is_some_and(|p| set.iter().any(|s| s.starts_with(p)))
        })
        .count()
}
