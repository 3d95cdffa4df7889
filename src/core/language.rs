//! The languages Dealbell speaks, and which one a reader gets.

use crate::core::closed_set::closed_set;

closed_set! {
    /// A language Dealbell's words are written in. Keys are BCP 47 tags, as Discord and
    /// the catalogues' folders (`locales/<key>/`) spell them; labels are the language's
    /// own name for itself.
    pub enum Language {
        En => "en", "English";
        De => "de", "Deutsch";
        Pl => "pl", "Polski";
        Ro => "ro", "Română";
        ZhCn => "zh-CN", "中文（简体）";
        Ar => "ar", "العربية";
    }
}

impl Language {
    /// The language of a BCP 47 tag as clients send it (`pl`, `de-AT`, `en-GB`,
    /// `zh-CN`, `ar-SA`); None for a language Dealbell does not speak. Traditional
    /// Chinese (`zh-TW`, `zh-Hant`) is not simplified Chinese, so it is None too.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let mut parts = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let primary = parts.next()?;
        let rest: Vec<String> = parts.collect();
        match primary.as_str() {
            "en" => Some(Language::En),
            "de" => Some(Language::De),
            "pl" => Some(Language::Pl),
            "ro" => Some(Language::Ro),
            "ar" => Some(Language::Ar),
            "zh" if rest
                .iter()
                .any(|p| ["tw", "hk", "mo", "hant"].contains(&p.as_str())) =>
            {
                None
            }
            "zh" => Some(Language::ZhCn),
            _ => None,
        }
    }

    /// Written right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }
}

/// Whose language a reply is in: the reader's client (when the platform says), else the
/// member's own choice, else the team's; posts in a channel use the team's.
pub fn language_for(client: Option<&str>, member: Option<Language>, team: Language) -> Language {
    client
        .and_then(Language::from_tag)
        .or(member)
        .unwrap_or(team)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_as_clients_send_them() {
        assert_eq!(Language::from_tag("pl"), Some(Language::Pl));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_tag("de_AT"), Some(Language::De));
        assert_eq!(Language::from_tag("zh-CN"), Some(Language::ZhCn));
        assert_eq!(Language::from_tag("zh-Hans"), Some(Language::ZhCn));
        assert_eq!(Language::from_tag("zh-TW"), None);
        assert_eq!(Language::from_tag("fr"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn the_client_then_the_member_then_the_team() {
        let team = Language::De;
        assert_eq!(
            language_for(Some("pl"), Some(Language::Ro), team),
            Language::Pl
        );
        // A client language Dealbell does not speak falls to the member's choice.
        assert_eq!(
            language_for(Some("fr"), Some(Language::Ro), team),
            Language::Ro
        );
        assert_eq!(language_for(None, None, team), Language::De);
    }
}
