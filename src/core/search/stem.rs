//! Stopwords, stemming and the index form of a document's text.

use super::Lang;
use super::fold::{bigrams, fold, is_arabic, words};
use rust_stemmers::{Algorithm, Stemmer};

/// Common words of each language, folded, that say nothing about what is asked.
pub(super) const STOPWORDS: &[&str] = &[
    // English
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "by",
    "can",
    "do",
    "does",
    "for",
    "from",
    "get",
    "how",
    "i",
    "if",
    "in",
    "is",
    "it",
    "me",
    "much",
    "many",
    "my",
    "of",
    "on",
    "or",
    "our",
    "should",
    "that",
    "the",
    "there",
    "this",
    "to",
    "we",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "will",
    "with",
    "you",
    "your",
    "about",
    "have",
    "has",
    "was",
    "were",
    "been",
    "any",
    "some",
    "give",
    // German
    "am",
    "auf",
    "bei",
    "bekomme",
    "bin",
    "das",
    "dem",
    "den",
    "der",
    "des",
    "die",
    "du",
    "ein",
    "eine",
    "einen",
    "einer",
    "es",
    "fur",
    "gibt",
    "ich",
    "im",
    "ist",
    "mein",
    "meine",
    "mit",
    "oder",
    "sie",
    "sind",
    "und",
    "viel",
    "von",
    "wann",
    "was",
    "welche",
    "wer",
    "wie",
    "wir",
    "wo",
    "zu",
    "muss",
    "kann",
    "wird",
    "werden",
    "wurde",
    "hat",
    "haben",
    "nicht",
    "nach",
    "vor",
    "uber",
    "darf",
    "soll",
    // Polish
    "co",
    "czy",
    "dla",
    "do",
    "gdzie",
    "ile",
    "jak",
    "jaka",
    "jaki",
    "jest",
    "kiedy",
    "mam",
    "moja",
    "moje",
    "moj",
    "na",
    "o",
    "od",
    "po",
    "przy",
    "sie",
    "to",
    "w",
    "z",
    "za",
    "ja",
    // Romanian
    "al",
    "ale",
    "care",
    "cat",
    "cand",
    "ce",
    "cu",
    "cum",
    "de",
    "din",
    "este",
    "eu",
    "la",
    "mea",
    "meu",
    "o",
    "pe",
    "pentru",
    "sa",
    "se",
    "si",
    "sau",
    "sunt",
    "un",
    "unde",
    "primesc",
    // Arabic (folded)
    "ما",
    "ماذا",
    "كيف",
    "هل",
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "هو",
    "هي",
    "انا",
    "كم",
    "متي",
    "اين",
    "لماذا",
    "التي",
    "الذي",
    "و",
    // Chinese character pairs
    "怎么",
    "什么",
    "多少",
    "如何",
    "我的",
    "是否",
    "可以",
    "哪些",
    "为什",
    "么计",
];

pub(super) fn stem_with(algorithm: Algorithm, folded: &str) -> String {
    Stemmer::create(algorithm).stem(folded).into_owned()
}

/// The index form of one folded non-Han word in a document of `lang`.
pub(super) fn doc_form(folded: &str, lang: Lang) -> String {
    if folded.chars().any(is_arabic) {
        return stem_with(Algorithm::Arabic, folded);
    }
    match lang.stemmer() {
        Some(a) if a != Algorithm::Arabic => stem_with(a, folded),
        _ => folded.to_string(),
    }
}

/// The terms FTS5 indexes for a passage: folded, stemmed, Han text in pairs, joined by
/// spaces.
pub fn index_terms(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    for w in words(text) {
        let piece = &text[w.start..w.end];
        if w.han {
            for b in bigrams(piece) {
                out.push_str(&b);
                out.push(' ');
            }
        } else {
            let folded = fold(piece);
            if !folded.is_empty() {
                out.push_str(&doc_form(&folded, lang));
                out.push(' ');
            }
        }
    }
    out.trim_end().to_string()
}
