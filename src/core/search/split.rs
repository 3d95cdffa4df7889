//! Documents into passages: one per section, long sections cut into overlapping
//! windows.

use serde::Serialize;

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
pub(super) fn windows(text: &str) -> Vec<String> {
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
