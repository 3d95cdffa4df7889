//! Text for the document search behind `/ask`: splitting documents into passages,
//! turning text into index terms, questions into queries, and highlighting matches.
//!
//! SQLite's FTS5 does the ranking (BM25), but it is given text already folded and
//! segmented here, the same way for documents and questions, because its own tokenizers
//! fall short for the teams' languages: `remove_diacritics` folds ś and ü but not ł or ß,
//! and `unicode61` reads a run of Chinese characters as one token.
//! - Folding: lower case; ł→l, ß→ss, æ→ae, ø→o, đ→d by hand; other diacritics removed
//!   (NFD, combining marks dropped); Arabic short vowels and tatweel removed, alef forms,
//!   alef maqsura and ta marbuta unified.
//! - Chinese (Han) text is indexed as overlapping character pairs, so 客户 is found inside
//!   客户经理 and a question without spaces finds it.
//! - Stemming: Snowball stemmers for English, German, Romanian and Arabic. A document's
//!   Latin-script words are stemmed in the document's language (detected from its text);
//!   a question's words are tried in every stemmer, since a short question's language is
//!   a guess. Polish has no Snowball stemmer: its words are matched by prefix instead
//!   ("prowizji" asks for `prowiz*`, which finds "prowizja").

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

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
    pub fn from_code(code: &str) -> Option<Lang> {
        [
            Lang::English,
            Lang::German,
            Lang::Polish,
            Lang::Romanian,
            Lang::Arabic,
            Lang::Chinese,
        ]
        .into_iter()
        .find(|l| l.code() == code)
    }
    fn stemmer(&self) -> Option<Algorithm> {
        match self {
            Lang::English => Some(Algorithm::English),
            Lang::German => Some(Algorithm::German),
            Lang::Romanian => Some(Algorithm::Romanian),
            Lang::Arabic => Some(Algorithm::Arabic),
            Lang::Polish | Lang::Chinese => None,
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Arabic marks that do not change a word: short vowels, shadda, sukun, tatweel.
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640)
}

/// Common words of each language, folded, that say nothing about what is asked.
const STOPWORDS: &[&str] = &[
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

/// Folds one word: lower case, no diacritics, Arabic letter forms unified.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'ø' => out.push('o'),
            'đ' => out.push('d'),
            'œ' => out.push_str("oe"),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            c if is_arabic_mark(c) => {}
            c if is_arabic(c) || is_han(c) => out.push(c),
            c => out.extend(c.to_string().nfd().filter(|m| !is_combining(*m))),
        }
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// A word of text: its byte range, and whether it is a run of Han characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Word {
    start: usize,
    end: usize,
    han: bool,
}

/// Splits text into words (letters and digits) and runs of Han characters.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current: Option<Word> = None;
    for (i, c) in text.char_indices() {
        let han = is_han(c);
        let part_of_word = han || c.is_alphanumeric() || (is_arabic_mark(c) && current.is_some());
        match current {
            Some(ref mut w) if part_of_word && w.han == han => w.end = i + c.len_utf8(),
            _ => {
                if let Some(w) = current.take() {
                    out.push(w);
                }
                if part_of_word {
                    current = Some(Word {
                        start: i,
                        end: i + c.len_utf8(),
                        han,
                    });
                }
            }
        }
    }
    out.extend(current);
    out
}

/// Overlapping pairs of a run of Han characters (a single character stands alone).
fn bigrams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() < 2 {
        return vec![run.to_string()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

fn stem_with(algorithm: Algorithm, folded: &str) -> String {
    Stemmer::create(algorithm).stem(folded).into_owned()
}

/// The index form of one folded non-Han word in a document of `lang`.
fn doc_form(folded: &str, lang: Lang) -> String {
    if folded.chars().any(is_arabic) {
        return stem_with(Algorithm::Arabic, folded);
    }
    match lang.stemmer() {
        Some(a) if a != Algorithm::Arabic => stem_with(a, folded),
        _ => folded.to_string(),
    }
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
            &["the", "and", "is", "of", "to", "you", "for", "with"],
        ),
        (
            Lang::German,
            &[
                "der", "die", "und", "ist", "nicht", "mit", "für", "das", "sie",
            ],
        ),
        (
            Lang::Polish,
            &["i", "w", "nie", "się", "jest", "na", "oraz", "do", "że"],
        ),
        (
            Lang::Romanian,
            &["și", "de", "în", "este", "la", "pentru", "cu", "nu", "care"],
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
    score
        .iter()
        .max_by_key(|(l, s)| (*s, *l == Lang::English))
        .map(|(l, _)| *l)
        .unwrap_or(Lang::English)
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

/// The passage with the words that match the question in **bold**, cut to about
/// `max_chars` around the first match.
pub fn highlight(text: &str, lang: Lang, terms: &[QueryTerm], max_chars: usize) -> String {
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for w in words(text) {
        let piece = &text[w.start..w.end];
        if w.han {
            let chars: Vec<(usize, char)> = piece.char_indices().collect();
            for (i, pair) in chars.windows(2).enumerate() {
                let b: String = pair.iter().map(|(_, c)| *c).collect();
                if terms.iter().any(|t| t.matches(&b)) {
                    let start = w.start + chars[i].0;
                    let end = w.start + pair[1].0 + pair[1].1.len_utf8();
                    match marks.last_mut() {
                        Some(last) if last.1 >= start => last.1 = end,
                        _ => marks.push((start, end)),
                    }
                }
            }
        } else {
            let folded = fold(piece);
            let form = doc_form(&folded, lang);
            if terms.iter().any(|t| t.matches(&form) || t.matches(&folded)) {
                marks.push((w.start, w.end));
            }
        }
    }
    // Bold does not work inside `inline code`: leave matches there as they are.
    let code: Vec<(usize, usize)> = {
        let ticks: Vec<usize> = text.match_indices('`').map(|(i, _)| i).collect();
        ticks.chunks_exact(2).map(|p| (p[0], p[1])).collect()
    };
    marks.retain(|(s, e)| !code.iter().any(|(a, b)| s > a && e <= b));
    // The window: from a little before the first match, on a character boundary.
    let first = marks.first().map(|m| m.0).unwrap_or(0);
    let mut start = first.saturating_sub(max_chars / 4);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        // Start at a word boundary.
        start = text[start..first]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, c)| start + i + c.len_utf8())
            .unwrap_or(start);
    }
    let mut end = text.len().min(start + max_chars * 4);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    let mut shown = 0usize;
    for (s, e) in marks.iter().filter(|(s, e)| *s >= start && *e <= end) {
        out.push_str(&text[at..*s]);
        shown += text[at..*s].chars().count();
        if shown > max_chars {
            break;
        }
        out.push_str("**");
        out.push_str(&text[*s..*e]);
        out.push_str("**");
        at = *e;
    }
    let rest = &text[at..end];
    let room = max_chars.saturating_sub(shown);
    let cut: String = rest.chars().take(room).collect();
    out.push_str(&cut);
    if cut.len() < rest.len() || end < text.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A question about the asker's own numbers, which documents cannot answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnNumbers {
    Commission,
    Quota,
}

/// Recognises "how much commission do I have?", "what is my quota?" and the same in
/// the teams' languages (folded text, so diacritics do not matter).
pub fn own_numbers(question: &str) -> Option<OwnNumbers> {
    let q: String = question
        .split_whitespace()
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ");
    let has = |needles: &[&str]| needles.iter().any(|n| q.contains(n));
    let mine = has(&[
        "my ", " i ", "i have", "i earn", "i make", "i get", "do i", "mein", "ich ", "moja",
        "moj ", "moje", "mam ", "meu", "mea", "mele", "我",
    ]) || q.starts_with("i ");
    // Arabic says "my" with a suffix: عمولتي (my commission), حصتي (my quota).
    if has(&["عمولتي"]) {
        return Some(OwnNumbers::Commission);
    }
    if has(&["حصتي", "هدفي"]) {
        return Some(OwnNumbers::Quota);
    }
    if !mine {
        return None;
    }
    if has(&[
        "commission",
        "earn",
        "provision",
        "verdien",
        "prowizj",
        "zarobi",
        "comision",
        "castig",
        "佣金",
        "提成",
    ]) {
        return Some(OwnNumbers::Commission);
    }
    if has(&[
        "quota", "target", "ziel", "kwot", "cel ", "cota", "tinta", "配额", "指标",
    ]) {
        return Some(OwnNumbers::Quota);
    }
    None
}

/// A part of a document under one heading, as indexed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// Headings from the top, joined with " › "; empty before the first heading.
    pub heading: String,
    pub text: String,
}

/// A section longer than this is indexed as overlapping passages.
pub const PASSAGE_CHARS: usize = 1_200;
const OVERLAP_CHARS: usize = 200;

/// Splits a Markdown (or plain text) document into passages by heading; long sections
/// into overlapping windows that break between words. Returns the first top-level
/// heading too, as a title the document may use.
pub fn split(markdown: &str) -> (Option<String>, Vec<Passage>) {
    let mut title = None;
    let mut path: Vec<(usize, String)> = Vec::new();
    let mut sections: Vec<Passage> = Vec::new();
    let mut body = String::new();
    let flush = |path: &[(usize, String)], body: &mut String, sections: &mut Vec<Passage>| {
        let text = body.trim();
        if !text.is_empty() {
            let heading = path
                .iter()
                .map(|(_, h)| h.as_str())
                .collect::<Vec<_>>()
                .join(" › ");
            for piece in windows(text) {
                sections.push(Passage {
                    heading: heading.clone(),
                    text: piece,
                });
            }
        }
        body.clear();
    };
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        let level = trimmed.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&level) && trimmed[level..].starts_with(' ') {
            flush(&path, &mut body, &mut sections);
            let heading = trimmed[level..]
                .trim()
                .trim_end_matches('#')
                .trim()
                .to_string();
            if level == 1 && title.is_none() {
                title = Some(heading.clone());
            }
            path.retain(|(l, _)| *l < level);
            path.push((level, heading));
            continue;
        }
        body.push_str(line);
        body.push('\n');
    }
    flush(&path, &mut body, &mut sections);
    (title, sections)
}

/// A long text as windows of about PASSAGE_CHARS characters overlapping by about
/// OVERLAP_CHARS, cut between words.
fn windows(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= PASSAGE_CHARS {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = (start + PASSAGE_CHARS).min(chars.len());
        if end < chars.len()
            && let Some(space) = (start + PASSAGE_CHARS / 2..end)
                .rev()
                .find(|i| chars[*i].is_whitespace())
        {
            end = space;
        }
        out.push(
            chars[start..end]
                .iter()
                .collect::<String>()
                .trim()
                .to_string(),
        );
        if end >= chars.len() {
            break;
        }
        let mut next = end.saturating_sub(OVERLAP_CHARS).max(start + 1);
        while next < end && !chars[next - 1].is_whitespace() {
            next += 1;
        }
        start = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_handles_letters_nfd_does_not() {
        assert_eq!(fold("PROWIZJA"), "prowizja");
        assert_eq!(fold("płatność"), "platnosc");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("vânzări"), "vanzari");
        assert_eq!(fold("Ţară"), "tara");
        assert_eq!(fold("Provisionsübersicht"), "provisionsubersicht");
        assert_eq!(fold("العُمولة"), "العموله");
        assert_eq!(fold("أجر"), "اجر");
    }

    #[test]
    fn han_text_is_indexed_in_pairs() {
        assert_eq!(index_terms("客户经理", Lang::Chinese), "客户 户经 经理");
        assert_eq!(index_terms("佣金 A", Lang::Chinese), "佣金 a");
        let q = query_terms("客户怎么付款");
        let words: Vec<&str> = q.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(
            words,
            vec!["客户", "户怎", "么付", "付款"],
            "怎么 is a stop pair"
        );
    }

    #[test]
    fn inflected_forms_meet() {
        // German: the document is stemmed in German, the question in every stemmer.
        let doc = index_terms("Die Provision wird monatlich gezahlt.", Lang::German);
        let q = query_terms("Provisionen");
        assert_eq!(matched(&q, &doc), 1, "{doc} / {q:?}");
        // Polish: no stemmer, so a prefix.
        let doc = index_terms("Prowizja jest wypłacana co miesiąc.", Lang::Polish);
        let q = query_terms("prowizji");
        assert_eq!(q[0].prefix.as_deref(), Some("prowiz"));
        assert_eq!(matched(&q, &doc), 1);
        let q = query_terms("platnosc");
        assert_eq!(
            matched(&q, &index_terms("Płatność w terminie", Lang::Polish)),
            1
        );
        // English.
        let doc = index_terms("Commissions are paid monthly", Lang::English);
        assert_eq!(matched(&query_terms("commission months"), &doc), 2);
        // Romanian without diacritics in the question.
        let doc = index_terms("Obiectivele de vânzări sunt trimestriale", Lang::Romanian);
        assert_eq!(matched(&query_terms("vanzari"), &doc), 1);
    }

    #[test]
    fn stopwords_are_not_searched() {
        let words: Vec<String> = query_terms("What is the commission for a deal?")
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(words, vec!["commission", "deal"]);
        assert_eq!(fts_query(&query_terms("what is the")), None);
    }

    #[test]
    fn own_number_questions_are_recognised() {
        assert_eq!(
            own_numbers("How much commission do I have?"),
            Some(OwnNumbers::Commission)
        );
        assert_eq!(own_numbers("What is my quota?"), Some(OwnNumbers::Quota));
        assert_eq!(
            own_numbers("Wie hoch ist meine Provision?"),
            Some(OwnNumbers::Commission)
        );
        assert_eq!(
            own_numbers("Jaka jest moja prowizja?"),
            Some(OwnNumbers::Commission)
        );
        assert_eq!(own_numbers("Care este cota mea?"), Some(OwnNumbers::Quota));
        assert_eq!(own_numbers("我的佣金是多少"), Some(OwnNumbers::Commission));
        assert_eq!(own_numbers("كم عمولتي؟"), Some(OwnNumbers::Commission));
        assert_eq!(
            own_numbers("How are commissions calculated?"),
            None,
            "about the plan, not mine"
        );
        assert_eq!(own_numbers("Wie werden Provisionen berechnet?"), None);
    }

    #[test]
    fn languages_are_told_apart() {
        assert_eq!(
            detect_language("The commission is paid on the first of the month and you get it"),
            Lang::English
        );
        assert_eq!(
            detect_language("Die Provision ist für alle und wird mit dem Gehalt gezahlt"),
            Lang::German
        );
        assert_eq!(
            detect_language("Prowizja jest wypłacana w ciągu miesiąca i nie podlega zmianie"),
            Lang::Polish
        );
        assert_eq!(
            detect_language("Comisionul este plătit lunar și pentru toate vânzările"),
            Lang::Romanian
        );
        assert_eq!(detect_language("تدفع العمولة شهريا"), Lang::Arabic);
        assert_eq!(detect_language("佣金每月支付一次"), Lang::Chinese);
    }

    #[test]
    fn highlights_matching_words_in_the_original_text() {
        let q = query_terms("Provisionen Auszahlung");
        let h = highlight(
            "Die Provision wird nach der Auszahlung fällig.",
            Lang::German,
            &q,
            200,
        );
        assert_eq!(h, "Die **Provision** wird nach der **Auszahlung** fällig.");
        let q = query_terms("客户");
        assert_eq!(
            highlight("新客户经理", Lang::Chinese, &q, 200),
            "新**客户**经理"
        );
    }

    #[test]
    fn odd_text_never_breaks_indexing_or_highlighting() {
        let pieces = [
            "e\u{301}", "👍🏽", "\u{3000}", "ﷺ", "ـــ", "İ", "ﬁ", "\u{200f}", "a-b", "#", "客",
            "١٢٣", " ", "\n",
        ];
        let mut x: u64 = 1;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..40 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(x >> 33) as usize % pieces.len()]);
            }
            let q = query_terms(&text);
            let _ = index_terms(&text, detect_language(&text));
            let _ = fts_query(&q);
            let _ = highlight(&text, Lang::English, &q, 20);
            let _ = split(&text);
            let _ = own_numbers(&text);
        }
    }

    #[test]
    fn documents_split_by_heading_and_long_sections_overlap() {
        let doc = "# Playbook\nIntro.\n## Discovery\nAsk questions.\n### Budget\nAsk about money.\n## Closing\nSign.";
        let (title, passages) = split(doc);
        assert_eq!(title.as_deref(), Some("Playbook"));
        let headings: Vec<&str> = passages.iter().map(|p| p.heading.as_str()).collect();
        assert_eq!(
            headings,
            vec![
                "Playbook",
                "Playbook › Discovery",
                "Playbook › Discovery › Budget",
                "Playbook › Closing"
            ]
        );
        let long = "word ".repeat(600);
        let parts = windows(long.trim());
        assert!(parts.len() >= 3, "{}", parts.len());
        assert!(parts.iter().all(|p| p.chars().count() <= PASSAGE_CHARS));
        assert!(
            parts
                .iter()
                .all(|p| p.starts_with("word") && p.ends_with("word"))
        );
    }
}
