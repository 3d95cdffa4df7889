//! Plain-text rendering for the console (and for logs and README samples).

use crate::error::CommandError;
use crate::reply::{Button, Message, Reply, Table, Tone};
use unicode_width::UnicodeWidthStr;

fn symbol(tone: Tone) -> &'static str {
    match tone {
        Tone::Info => "ℹ",
        Tone::Success => "✔",
        Tone::Celebration | Tone::Leaderboard => "",
        Tone::Warning => "⚠",
        Tone::Error => "✖",
    }
}

/// Shows chat mentions readably: `<@alice>` → `@alice`, `<@&leads>` → `@&leads`,
/// `<#wins>` → `#wins`. Any other `<` or `>` (a note saying "margin > 20%") stays.
pub fn plain_mentions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let mention = ["<@&", "<@", "<#"]
            .iter()
            .find(|prefix| tail.starts_with(**prefix))
            .and_then(|prefix| {
                let end = tail.find('>')?;
                let id = &tail[prefix.len()..end];
                let plain =
                    !id.is_empty() && !id.contains(['<', '>']) && !id.contains(char::is_whitespace);
                plain.then(|| (format!("{}{id}", &prefix[1..]), end + 1))
            });
        match mention {
            Some((shown, used)) => {
                out.push_str(&shown);
                rest = &tail[used..];
            }
            None => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn pad(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

fn render_table(table: &Table, out: &mut Vec<String>) {
    out.extend(super::table::lines(table));
}

/// A message as lines of text.
pub fn message(m: &Message) -> String {
    let mut out = Vec::new();
    let sym = symbol(m.tone);
    out.push(if sym.is_empty() {
        m.title.clone()
    } else {
        format!("{sym} {}", m.title)
    });
    // A table (a leaderboard) comes first; the lines under it are notes about it.
    if let Some(table) = &m.table {
        render_table(table, &mut out);
    }
    for line in &m.lines {
        out.push(format!("  {line}"));
    }
    if !m.fields.is_empty() {
        let name_w = m
            .fields
            .iter()
            .map(|f| UnicodeWidthStr::width(f.name.as_str()))
            .max()
            .unwrap_or(0);
        for f in &m.fields {
            out.push(format!(
                "  {}  {}",
                pad(&format!("{}:", f.name), name_w + 1),
                f.value
            ));
        }
    }
    if let Some(footer) = &m.footer {
        out.push(format!("  — {footer}"));
    }
    plain_mentions(&out.join("\n"))
}

/// A whole reply: the message and its buttons (posts go through the console's Poster).
pub fn reply(r: &Reply) -> String {
    let mut text = message(&r.message);
    if !r.buttons.is_empty() {
        let words = crate::i18n::Words::new(r.language);
        let labels: Vec<String> = r
            .buttons
            .iter()
            .map(|b| {
                // The console has no buttons: each says what to type instead.
                let instead = match b {
                    Button::Undo { .. } => "/deal undo".to_string(),
                    Button::Confirm { .. } => words.say("button-instead-apply"),
                    Button::Cancel { .. } => words.say("button-instead-cancel"),
                    Button::DuelAccept { .. } => "/duel accept".to_string(),
                    Button::DuelDecline { .. } => "/duel decline".to_string(),
                };
                format!("[{}: {instead}]", words.say(b.label_key()))
            })
            .collect();
        text.push_str(&format!("\n  {}", labels.join(" ")));
    }
    text
}

/// Whether a post shown is new or an edit of an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    New,
    Edit,
}

/// A post to another channel, as the console shows it (or an edit of an earlier one).
pub fn post(p: &crate::reply::Post, sent: Sent, words: crate::i18n::Words) -> String {
    let key = match sent {
        Sent::New => "console-posted-in",
        Sent::Edit => "console-edited-in",
    };
    let place = match &p.to {
        crate::core::ids::Destination::Channel(c) => format!("#{c}"),
        crate::core::ids::Destination::Direct(u) => format!("dm:{u}"),
    };
    let mut text = words.say_with(key, &[("place", place.into())]);
    for line in message(&p.message).lines() {
        text.push_str(&format!("\n  │ {line}"));
    }
    text
}

/// What the user sees for an error; internal errors get a reference to quote.
pub fn error(e: &CommandError, language: crate::i18n::Words) -> String {
    let words = crate::error::for_people(e, language);
    match words.hint {
        Some(h) => format!("✖ {}\n  {h}", words.message),
        None => format!("✖ {}", words.message),
    }
}

#[cfg(test)]
mod tests {
    use super::plain_mentions;

    #[test]
    fn mentions_become_readable_and_other_brackets_stay() {
        assert_eq!(
            plain_mentions("<@alice> won in <#wins> (<@&leads>)"),
            "@alice won in #wins (@&leads)"
        );
        assert_eq!(
            plain_mentions("margin > 20% and < 30%"),
            "margin > 20% and < 30%"
        );
        assert_eq!(
            plain_mentions("<@ not a mention> <@bob>"),
            "<@ not a mention> @bob"
        );
        assert_eq!(
            plain_mentions("Stage: Proposal → Negotiation"),
            "Stage: Proposal → Negotiation"
        );
        assert_eq!(plain_mentions("trailing <@"), "trailing <@");
    }
}
