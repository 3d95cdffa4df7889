//! Activities: the calls, emails, meetings, demos and proposals behind the wins.

use crate::core::closed_set::closed_set;

closed_set! {
    /// What kind of activity a rep logged.
    pub enum ActivityKind {
        Call => "call";
        Email => "email";
        Meeting => "meeting";
        Demo => "demo";
        Proposal => "proposal";
    }
}

/// The most one log line may count: more is almost surely a typo.
pub const MAX_COUNT: i64 = 500;

impl ActivityKind {
    /// Accepts the key in any case, or its plural ("Calls").
    pub fn parse_loose(text: &str) -> Option<ActivityKind> {
        let t = text.trim().to_lowercase();
        let singular = t.strip_suffix('s').unwrap_or(&t);
        ActivityKind::parse(&t).or_else(|| ActivityKind::parse(singular))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_and_plurals() {
        assert_eq!(ActivityKind::parse_loose("Calls"), Some(ActivityKind::Call));
        assert_eq!(ActivityKind::parse_loose("demo"), Some(ActivityKind::Demo));
        assert_eq!(ActivityKind::parse_loose("fax"), None);
    }
}
