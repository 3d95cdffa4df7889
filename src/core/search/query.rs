//! A question's terms, the full-text query they make, and how many a passage holds.

use super::Lang;
use super::fold::{
    bigrams, fold, han_words_in, is_arabic, is_han, jieba_cut, lone_character_pairs, words,
};
use super::glossary::Glossary;
use super::rank::QuestionWord;
use super::stem::{HAN_GRAMMAR, STOPWORDS, doc_form, forms_of};
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
    /// A term found only as written (a Han word or character pair).
    pub fn exact(word: String) -> QueryTerm {
        QueryTerm {
            forms: vec![word.clone()],
            word,
            prefix: None,
        }
    }

    pub fn matches(&self, term: &str) -> bool {
        self.forms.iter().any(|f| f == term)
            || self.prefix.as_deref().is_some_and(|p| term.starts_with(p))
    }
}

/// The words of a question that can be searched for, with their forms.
pub fn query_terms(question: &str) -> Vec<QueryTerm> {
    let mut out: Vec<QueryTerm> = Vec::new();
    let mut seen = HashSet::new();
    for w in words(question) {
        let piece = &question[w.start..w.end];
        if w.han {
            // A character jieba leaves alone is grammar more often than meaning, but two
            // such neighbours that are not grammar ("年" and "假" in "几天年假") are most
            // likely a word jieba lacks: searched as their pair, so that the question is
            // not answered on the one other word it shares with a passage.
            let cut = jieba_cut(piece);
            let lone = lone_character_pairs(&cut, |c| !HAN_GRAMMAR.contains(&c));
            for word in han_search_words(piece, &cut).into_iter().chain(lone) {
                if !STOPWORDS.contains(&word.as_str()) && seen.insert(word.clone()) {
                    out.push(QueryTerm::exact(word));
                }
            }
            continue;
        }
        let folded = fold(piece);
        // A single letter ("l-am", "I") says nothing; a single Arabic letter neither.
        if folded.chars().count() < 2
            || STOPWORDS.contains(&folded.as_str())
            || !seen.insert(folded.clone())
        {
            continue;
        }
        let forms = forms_of(&folded);
        let chars: Vec<char> = folded.chars().collect();
        // Inflected forms no stemmer joins ("prognozy" and "prognozę" folded) meet by
        // prefix, for long words only: a short prefix finds unrelated words.
        let prefix = (chars.len() >= 7 && !folded.chars().any(is_arabic)).then(|| {
            let keep = chars.len() - 2;
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

/// The words a run of Han characters (and what jieba cut it into) is searched by:
/// jieba's words, or its character pairs when jieba finds no word of two or more
/// characters in it.
fn han_search_words(run: &str, cut: &[String]) -> Vec<String> {
    let found = han_words_in(cut);
    if found.is_empty() {
        bigrams(run)
    } else {
        found
    }
}

/// The terms of a phrase whose language is known (a glossary translation): stemmed in
/// that language only, no prefixes, so that "Handy" never finds "handlowiec".
fn terms_in(text: &str, lang: Lang) -> Vec<QueryTerm> {
    let mut out = Vec::new();
    for w in words(text) {
        let piece = &text[w.start..w.end];
        if w.han {
            let cut = jieba_cut(piece);
            out.extend(
                han_search_words(piece, &cut)
                    .into_iter()
                    .map(QueryTerm::exact),
            );
            continue;
        }
        let folded = fold(piece);
        if folded.is_empty() || STOPWORDS.contains(&folded.as_str()) {
            continue;
        }
        // Arabic words are stemmed the same way whatever the phrase's language.
        let forms = if folded.chars().any(is_arabic) {
            forms_of(&folded)
        } else {
            let stem = doc_form(&folded, lang);
            let mut forms = vec![folded.clone()];
            if stem != folded {
                forms.push(stem);
            }
            forms
        };
        out.push(QueryTerm {
            word: piece.to_string(),
            forms,
            prefix: None,
        });
    }
    out
}

/// A phrase of several words the question used that the glossary knows ("parental
/// leave"): if no passage holds it, or any of its translations, whole, its words must
/// not count as found one by one ("leave" in "when a rep leaves the company").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseCheck {
    /// The question words the phrase is made of (positions in the word list).
    pub words: Vec<usize>,
    /// The phrase's own terms, and each translation's.
    pub ways: Vec<Vec<QueryTerm>>,
}

/// The question's informative words for ranking, each with its glossary translations;
/// the translations used (to show as "also searched"); and the glossary phrases to check.
pub fn question_words(question: &str) -> (Vec<QuestionWord>, Vec<String>, Vec<PhraseCheck>) {
    let mut out: Vec<QuestionWord> = query_terms(question)
        .into_iter()
        .map(|term| {
            // A Han word of three or more characters is also found where all its
            // character pairs are (the document may have been segmented differently).
            let chars = term.word.chars().count();
            let han = term.word.chars().all(is_han);
            let expansions = if han && chars >= 3 {
                vec![
                    bigrams(&term.word)
                        .into_iter()
                        .map(QueryTerm::exact)
                        .collect(),
                ]
            } else {
                Vec::new()
            };
            QuestionWord {
                han_pair: false,
                term,
                expansions,
            }
        })
        .collect();
    // The glossary reads every word, stopwords included ("leave the company").
    let mut tokens: Vec<Vec<String>> = Vec::new();
    let mut token_word: Vec<Option<usize>> = Vec::new();
    let mut han = String::new();
    for w in words(question) {
        let piece = &question[w.start..w.end];
        if w.han {
            han.push_str(&fold(piece));
            continue;
        }
        let folded = fold(piece);
        token_word.push(out.iter().position(|q| fold(&q.term.word) == folded));
        tokens.push(forms_of(&folded));
    }
    let mut shown = Vec::new();
    let mut phrases = Vec::new();
    for e in Glossary::built_in().expand(&tokens, &han) {
        let mut targets: Vec<usize> = e
            .covers
            .iter()
            .filter_map(|t| token_word.get(*t).copied().flatten())
            .collect();
        if e.covers.is_empty() {
            // Named in Han text: the question's Han words (jieba's, or character pairs)
            // inside the phrase, or holding it ("折扣率" holds "折扣"). One character is
            // too little to say a word was meant.
            targets = out
                .iter()
                .enumerate()
                .filter(|(_, q)| names_han(&q.term.word, &e.named_han))
                .map(|(i, _)| i)
                .collect();
        }
        if targets.is_empty() {
            continue;
        }
        let groups: Vec<Vec<QueryTerm>> = e
            .also
            .iter()
            .map(|(a, lang)| terms_in(a, *lang))
            .filter(|g| !g.is_empty())
            .collect();
        for t in targets.iter().copied() {
            for group in &groups {
                if !out[t].expansions.contains(group) {
                    out[t].expansions.push(group.clone());
                }
            }
        }
        if !e.named_phrases.is_empty() {
            let ways = e
                .named_phrases
                .iter()
                .map(|p| query_terms(p))
                .chain(e.also.iter().map(|(a, lang)| terms_in(a, *lang)))
                .filter(|t| !t.is_empty())
                .collect();
            phrases.push(PhraseCheck {
                words: targets.clone(),
                ways,
            });
        }
        shown.extend(e.also.iter().map(|(a, _)| a.clone()));
    }
    (out, shown, phrases)
}

/// Whether a question's Han word is, is inside, or holds one of the Han phrases a
/// glossary entry was named by.
fn names_han(word: &str, named: &[String]) -> bool {
    word.chars().count() >= 2
        && word.chars().all(is_han)
        && named
            .iter()
            .any(|h| h.contains(word) || word.contains(h.as_str()))
}
