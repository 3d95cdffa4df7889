//! Excerpts of a passage with the words a question matched in bold.

use super::Lang;
use super::QueryTerm;
use super::fold::{fold, words};
use super::stem::doc_form;

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

/// The sentence of a passage that holds the most of the question's words (the first of
/// those that hold as many), with them in **bold**: what an answer leads with. None when
/// the passage is one sentence (the excerpt says it already) or no sentence holds a word.
pub fn answering_sentence(text: &str, lang: Lang, terms: &[QueryTerm]) -> Option<String> {
    let sentences = sentences(text);
    if sentences.len() < 2 {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for s in sentences {
        let held = terms
            .iter()
            .filter(|t| holds(s, lang, t))
            .map(|t| t.word.as_str())
            .collect::<std::collections::HashSet<_>>()
            .len();
        if held > 0 && best.is_none_or(|(most, _)| held > most) {
            best = Some((held, s));
        }
    }
    // Room for the whole sentence: the excerpt window starts a quarter of its size
    // before the first match.
    best.map(|(_, s)| highlight(s, lang, terms, s.chars().count() * 4))
}

/// Whether a sentence holds a term (as a word, or as a Han pair).
fn holds(sentence: &str, lang: Lang, term: &QueryTerm) -> bool {
    words(sentence).iter().any(|w| {
        let piece = &sentence[w.start..w.end];
        if w.han {
            let chars: Vec<char> = piece.chars().collect();
            chars
                .windows(2)
                .any(|p| term.matches(&p.iter().collect::<String>()))
        } else {
            let folded = fold(piece);
            term.matches(&doc_form(&folded, lang)) || term.matches(&folded)
        }
    })
}

/// A text's sentences: cut after . ! ? and their Chinese and Arabic forms when a space
/// or the end follows (or at once, for the full-width ones), and at line ends.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let ends = match c {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' | '؟' => next.is_none_or(char::is_whitespace),
            '\n' => true,
            _ => false,
        };
        if ends {
            let end = i + c.len_utf8();
            let s = text[start..end].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(word: &str) -> QueryTerm {
        QueryTerm {
            word: word.into(),
            forms: vec![word.into()],
            prefix: None,
        }
    }

    #[test]
    fn the_sentence_with_most_of_the_question_leads() {
        let text = "Commission is paid monthly. A discount above ten percent needs a manager's approval. Ask early.";
        let s = answering_sentence(text, Lang::English, &[term("discount"), term("approval")]);
        assert_eq!(
            s.as_deref(),
            Some("A **discount** above ten percent needs a manager's **approval**.")
        );
        assert_eq!(
            answering_sentence("One sentence only.", Lang::English, &[term("one")]),
            None
        );
        assert_eq!(
            answering_sentence(text, Lang::English, &[term("parking")]),
            None
        );
    }

    #[test]
    fn chinese_sentences_end_at_full_width_marks() {
        assert_eq!(
            sentences("佣金按月发放。折扣需要批准！"),
            vec!["佣金按月发放。", "折扣需要批准！"]
        );
    }
}
