//! Activities: the calls, emails, meetings, demos and proposals behind the wins.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Call,
    Email,
    Meeting,
    Demo,
    Proposal,
}

/// The most one log line may count: more is almost surely a typo.
pub const MAX_COUNT: i64 = 500;

impl ActivityKind {
    pub const ALL: [ActivityKind; 5] = [
        ActivityKind::Call,
        ActivityKind::Email,
        ActivityKind::Meeting,
        ActivityKind::Demo,
        ActivityKind::Proposal,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            ActivityKind::Call => "call",
            ActivityKind::Email => "email",
            ActivityKind::Meeting => "meeting",
            ActivityKind::Demo => "demo",
            ActivityKind::Proposal => "proposal",
        }
    }

    /// Accepts the key or its plural ("calls").
    pub fn parse(text: &str) -> Option<ActivityKind> {
        let t = text.trim().to_lowercase();
        let singular = t.strip_suffix('s').unwrap_or(&t);
        ActivityKind::ALL
            .into_iter()
            .find(|k| k.key() == t || k.key() == singular)
    }

    pub fn plural(&self, count: i64) -> String {
        let word = self.key();
        if count == 1 {
            format!("1 {word}")
        } else {
            format!("{count} {word}s")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_and_plurals() {
        assert_eq!(ActivityKind::parse("Calls"), Some(ActivityKind::Call));
        assert_eq!(ActivityKind::parse("demo"), Some(ActivityKind::Demo));
        assert_eq!(ActivityKind::parse("fax"), None);
        assert_eq!(ActivityKind::Email.plural(3), "3 emails");
    }
}
