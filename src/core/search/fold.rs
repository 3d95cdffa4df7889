//! Folding text the same way for documents and questions: lower case, no diacritics,
//! Arabic letter forms unified; and splitting it into words and Han character pairs.

use unicode_normalization::UnicodeNormalization;

pub(super) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

pub(super) fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Arabic marks that do not change a word: short vowels, shadda, sukun, tatweel.
pub(super) fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640)
}

/// Folds one word: lower case, no diacritics, Arabic letter forms unified.
pub fn fold(word: &str) -> String {
    let mut out = Vec::with_capacity(word.len());
    fold_into(word, &mut out);
    out.into_iter().collect()
}

/// Folds one word onto the end of `out`, a character at a time.
pub(super) fn fold_into(word: &str, out: &mut Vec<char>) {
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ł' => out.push('l'),
            'ß' => out.extend(['s', 's']),
            'æ' => out.extend(['a', 'e']),
            'ø' => out.push('o'),
            'đ' => out.push('d'),
            'œ' => out.extend(['o', 'e']),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            c if is_arabic_mark(c) => {}
            c if c.is_ascii() || is_arabic(c) || is_han(c) => out.push(c),
            c => out.extend(std::iter::once(c).nfd().filter(|m| !is_combining(*m))),
        }
    }
}

pub(super) fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// A word of text: its byte range, and whether it is a run of Han characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) han: bool,
}

/// Splits text into words (letters and digits) and runs of Han characters.
pub(super) fn words(text: &str) -> Vec<Word> {
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
pub(super) fn bigrams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() < 2 {
        return vec![run.to_string()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// The words of a run of Han characters, by jieba's dictionary (built once, on first
/// use). Single characters are left out: they are grammar far more often than meaning,
/// and the character pairs index them anyway.
pub(super) fn han_words(run: &str) -> Vec<String> {
    han_words_in(&jieba_cut(run))
}

/// The words of two or more Han characters in what jieba cut a run into.
pub(super) fn han_words_in(cut: &[String]) -> Vec<String> {
    cut.iter()
        .filter(|w| w.chars().count() >= 2 && w.chars().all(is_han))
        .cloned()
        .collect()
}

/// Pairs of neighbouring characters that jieba left standing alone in `cut` (a run of
/// Han text, cut) and that `keep` accepts: most likely a word its dictionary lacks
/// ("年假" in "几天年假"), which the index holds as a character pair.
pub(super) fn lone_character_pairs(cut: &[String], keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut lone: Vec<Option<char>> = Vec::new();
    for word in cut {
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if is_han(c) && keep(word) => lone.push(Some(c)),
            _ => lone.extend(word.chars().map(|_| None)),
        }
    }
    let mut pairs: Vec<String> = Vec::new();
    for w in lone.windows(2) {
        if let [Some(a), Some(b)] = w {
            let pair: String = [*a, *b].iter().collect();
            if !pairs.contains(&pair) {
                pairs.push(pair);
            }
        }
    }
    pairs
}

/// A run of Han text cut into words by jieba's dictionary (built once, on first use).
pub(super) fn jieba_cut(run: &str) -> Vec<String> {
    static JIEBA: std::sync::OnceLock<jieba_rs::Jieba> = std::sync::OnceLock::new();
    JIEBA
        .get_or_init(jieba_rs::Jieba::new)
        .cut(run, false)
        .into_iter()
        .map(|t| t.word.to_string())
        .collect()
}
