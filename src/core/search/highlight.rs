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
