//! The document search behind `/ask`: splitting documents into passages, turning text
//! into index terms and questions into query words, two rankings (words, `rank`;
//! character n-grams, `grams`), their fusion into an answer or a "not sure" (`answer`),
//! and highlighting matches.
//!
//! Documents and questions are folded and segmented the same way:
//! - Folding: lower case; ł→l, ß→ss, æ→ae, ø→o, đ→d by hand; other diacritics removed
//!   (NFD, combining marks dropped); Arabic short vowels and tatweel removed, alef forms,
//!   alef maqsura and ta marbuta unified.
//! - Chinese (Han) text is indexed as overlapping character pairs (and jieba's longer
//!   words), so 客户 is found inside 客户经理 and a question without spaces finds it.
//! - Stemming: Snowball stemmers for English, German, Polish, Romanian and Arabic. A
//!   document's words are stemmed in the document's language (detected from its text); a
//!   question's words are tried in every stemmer, since a short question's language is a
//!   guess; long words also meet by prefix.
//!
//! Parts: `fold` (case, diacritics, words and Han pairs), `stem` (stopwords, stemmers,
//! index terms), `query` (a question's words), `glossary`, `rank`, `grams`, `answer`,
//! `highlight`, `own_numbers` (questions about the asker's own numbers) and `split`
//! (documents into passages).

mod answer;
mod fold;
mod glossary;
mod grams;
mod highlight;
mod own_numbers;
mod query;
mod rank;
mod split;
mod stem;
#[cfg(test)]
mod tests;

pub use answer::{ANSWERS, Candidate, Evidence, TUNED, Tuning, fuse, gather};
pub use fold::fold;
pub use glossary::{Expansion, Glossary};
pub use grams::{GramIndex, GramMatch};
pub use highlight::{answering_sentence, highlight};
pub use own_numbers::{OwnNumbers, own_numbers};
pub use query::{PhraseCheck, QueryTerm, query_terms, question_words};
pub use rank::{Index, IndexPassage, Library, LibraryPassage, QuestionWord, Ranked};
pub use split::{PASSAGE_CHARS, Passage, split};
pub use stem::index_terms;

use fold::{is_arabic, is_han};
use serde::Serialize;
use snowstem::Algorithm;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    English,
    German,
    Polish,
    Romanian,
    Arabic,
    Chinese,
}

impl Lang {
    pub fn code(&self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::German => "de",
            Lang::Polish => "pl",
            Lang::Romanian => "ro",
            Lang::Arabic => "ar",
            Lang::Chinese => "zh",
        }
    }
    /// The six languages Dealbell reads, in the glossary's column order.
    pub const ALL: [Lang; 6] = [
        Lang::English,
        Lang::German,
        Lang::Polish,
        Lang::Romanian,
        Lang::Arabic,
        Lang::Chinese,
    ];

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
    fn stemmer(&self) -> Option<Algorithm> {
        match self {
            Lang::English => Some(Algorithm::English),
            Lang::German => Some(Algorithm::German),
            Lang::Romanian => Some(Algorithm::Romanian),
            Lang::Arabic => Some(Algorithm::Arabic),
            Lang::Polish => Some(Algorithm::Polish),
            Lang::Chinese => None,
        }
    }
}

/// A question's language when its script says so for certain: Chinese or Arabic. (A
/// short question in Latin script is too often taken for English to tell.)
pub fn question_script(question: &str) -> Option<Lang> {
    if question.chars().any(is_han) {
        Some(Lang::Chinese)
    } else if question.chars().any(is_arabic) {
        Some(Lang::Arabic)
    } else {
        None
    }
}

/// The Latin-script language a text's diacritics and common words point to (English
/// when nothing does).
fn latin_language(text: &str) -> Lang {
    let lower = text.to_lowercase();
    let mut score = [
        (Lang::English, 0i64),
        (Lang::German, 0),
        (Lang::Polish, 0),
        (Lang::Romanian, 0),
    ];
    let marks: [(Lang, &str); 3] = [
        (Lang::Polish, "łąęśżźćńó"),
        (Lang::Romanian, "țșăîâ"),
        (Lang::German, "äöüß"),
    ];
    for c in lower.chars() {
        for (lang, set) in marks {
            if set.contains(c) {
                score
                    .iter_mut()
                    .filter(|(l, _)| *l == lang)
                    .for_each(|s| s.1 += 2);
            }
        }
    }
    let common: [(Lang, &[&str]); 4] = [
        (
            Lang::English,
            &[
                "the", "and", "is", "of", "to", "you", "for", "with", "what", "how", "when", "who",
                "can", "do",
            ],
        ),
        (
            Lang::German,
            &[
                "der", "die", "und", "ist", "nicht", "mit", "für", "das", "sie", "wann", "wie",
                "wer", "ich", "werden",
            ],
        ),
        (
            Lang::Polish,
            &[
                "i", "w", "nie", "się", "jest", "na", "oraz", "do", "że", "jak", "kiedy", "czy",
                "ile",
            ],
        ),
        (
            Lang::Romanian,
            &[
                "și", "de", "în", "este", "la", "pentru", "cu", "nu", "care", "cine", "cum",
                "când", "ce",
            ],
        ),
    ];
    for w in lower.split(|c: char| !c.is_alphabetic()) {
        for (lang, list) in common {
            if list.contains(&w) {
                score
                    .iter_mut()
                    .filter(|(l, _)| *l == lang)
                    .for_each(|s| s.1 += 3);
            }
        }
    }
    score.sort_by_key(|(l, s)| (std::cmp::Reverse(*s), *l != Lang::English));
    score[0].0
}

/// A document's language, from its script and its most common words.
pub fn detect_language(text: &str) -> Lang {
    let (mut han, mut arabic, mut letters) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if is_han(c) {
            han += 1;
        } else if is_arabic(c) {
            arabic += 1;
        }
    }
    if letters > 0 && han * 5 >= letters {
        return Lang::Chinese;
    }
    if letters > 0 && arabic * 3 >= letters {
        return Lang::Arabic;
    }
    latin_language(text)
}
