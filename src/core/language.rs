//! The languages Dealbell speaks, and which one a reader gets.

use crate::core::closed_set::closed_set;

closed_set! {
    /// A language Dealbell's words are written in. Keys are BCP 47 tags, as Discord and
    /// the catalogues' folders (`locales/<key>/`) spell them.
    pub enum Language {
        En => "en";
        De => "de";
        Pl => "pl";
        Ro => "ro";
        ZhCn => "zh-CN";
        Ar => "ar";
    }
}

impl Language {
    /// The language's own name for itself, which every reader is shown (a Pole looking
    /// for Polish reads "Polski" whatever language the menu is in).
    pub const fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Pl => "Polski",
            Language::Ro => "Română",
            Language::ZhCn => "中文（简体）",
            Language::Ar => "العربية",
        }
    }

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

/// The language a browser asks for first among those Dealbell speaks, from its
/// `Accept-Language` header (`pl-PL,pl;q=0.9,en;q=0.8`): tags by their weight (`q`,
/// 1 when absent; 0 means "not this one"), the first given first among equals.
pub fn language_accepted(header: &str) -> Option<Language> {
    let mut wanted: Vec<(u16, usize, Language)> = Vec::new();
    for (at, entry) in header.split(',').enumerate() {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let weight = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .filter_map(thousandths)
            .next()
            .unwrap_or(1000);
        if let (Some(language), true) = (Language::from_tag(tag), weight > 0) {
            wanted.push((weight, at, language));
        }
    }
    wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.first().map(|(_, _, language)| *language)
}

/// A weight as the header writes it (`0.8`, `1`, `0.125`: at most three decimals), in
/// thousandths; None for what is not one.
fn thousandths(q: &str) -> Option<u16> {
    let (whole, fraction) = q.trim().split_once('.').unwrap_or((q.trim(), ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = whole.parse().ok().filter(|w| *w <= 1)?;
    let fraction: u16 = format!("{fraction:0<3}").parse().ok()?;
    Some((whole * 1000 + fraction).min(1000))
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
    #[test]
    fn a_browser_gets_the_language_it_weighs_highest_among_ours() {
        use super::language_accepted as accepted;
        assert_eq!(accepted("pl-PL,pl;q=0.9,en;q=0.8"), Some(Language::Pl));
        assert_eq!(
            accepted("fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5"),
            Some(Language::De)
        );
        assert_eq!(accepted("en;q=0.5, ar"), Some(Language::Ar));
        assert_eq!(accepted("de;q=0, ro"), Some(Language::Ro));
        assert_eq!(accepted("zh-TW,zh;q=0.8"), Some(Language::ZhCn));
        assert_eq!(accepted("fr, *"), None);
        assert_eq!(accepted(""), None);
        assert_eq!(accepted(";;q=,,"), None);
    }

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
