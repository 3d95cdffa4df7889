//! Dealbell's words in each language it speaks: one Project Fluent catalogue per
//! language (`locales/<language>/dealbell.ftl`, compiled in), with CLDR's plural rules
//! (Polish's one / few / many, Arabic's six forms). A message missing from a language is
//! said in English rather than not at all, and logged.
//!
//! Replies ask `Request::words` (the reader's language); channel posts ask the team's;
//! what the shell prints is in the terminal's (`terminal_language`).

use crate::core::language::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::LazyLock;

pub mod dates;
pub mod numbers;
pub mod said;

pub use said::Said;

pub use fluent_bundle::FluentValue as Value;

/// One language's catalogues, as compiled in.
struct Catalogue {
    language: Language,
    /// Dealbell's words (`dealbell.ftl`).
    messages: &'static str,
    /// Discord's command menu: each command's, subcommand's and option's description
    /// and each choice's name (`commands.ftl`: `command-deal-add`, `option-win-amount`,
    /// `choice-metric-revenue`).
    commands: &'static str,
}

macro_rules! catalogue {
    ($language:ident, $folder:literal) => {
        Catalogue {
            language: Language::$language,
            messages: include_str!(concat!("../../locales/", $folder, "/dealbell.ftl")),
            commands: include_str!(concat!("../../locales/", $folder, "/commands.ftl")),
        }
    };
}

const CATALOGUES: [Catalogue; 6] = [
    catalogue!(En, "en"),
    catalogue!(De, "de"),
    catalogue!(Pl, "pl"),
    catalogue!(Ro, "ro"),
    catalogue!(ZhCn, "zh-CN"),
    catalogue!(Ar, "ar"),
];

/// The language of what the shell prints (start-up, `dealbell backup`, a shell import's
/// report): `--lang` when given, else the locale the environment names as POSIX
/// programs read it (`LC_ALL`, else `LC_MESSAGES`, else `LANG`: `de_DE.UTF-8`), else
/// English (also for `C` and `POSIX`, or a language Dealbell does not speak).
pub fn terminal_language(
    flag: Option<Language>,
    environment: impl Fn(&str) -> Option<String>,
) -> Language {
    let locale = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| environment(name).filter(|value| !value.is_empty()))
    };
    flag.or_else(|| {
        // `zh_TW.UTF-8@calendar`: the tag is what comes before the encoding.
        let locale = locale()?;
        let tag = locale.split(['.', '@']).next().unwrap_or_default();
        Language::from_tag(tag)
    })
    .unwrap_or(Language::En)
}

fn catalogue_of(language: Language) -> Option<&'static Catalogue> {
    CATALOGUES.iter().find(|c| c.language == language)
}

/// A language's command descriptions, as compiled in.
pub fn command_source(language: Language) -> &'static str {
    catalogue_of(language).map_or("", |c| c.commands)
}

/// The catalogue source of a language, for the checks that read them as Fluent syntax.
pub fn source(language: Language) -> &'static str {
    catalogue_of(language).map_or("", |c| c.messages)
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Language, Bundle)>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|c| (c.language, bundle(c.language, &[c.messages, c.commands])))
        .collect()
});

fn bundle(language: Language, texts: &[&str]) -> Bundle {
    let tag = language
        .key()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Unicode isolation marks keep a Latin name from reordering Arabic text around it;
    // in left-to-right languages they would only be invisible clutter in copied text.
    bundle.set_use_isolating(language.is_right_to_left());
    for text in texts {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                tracing::error!(
                    language = language.key(),
                    ?errors,
                    "catalogue has syntax errors"
                );
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                language = language.key(),
                ?errors,
                "catalogue repeats messages"
            );
        }
    }
    bundle
}

fn bundle_of(language: Language) -> Option<&'static Bundle> {
    BUNDLES.iter().find(|(l, _)| *l == language).map(|(_, b)| b)
}

/// Dealbell's words in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    language: Language,
}

impl Words {
    pub fn new(language: Language) -> Words {
        Words { language }
    }

    /// The team's language: what its channels hear.
    pub fn team(guild: &crate::core::guild::GuildSettings) -> Words {
        Words::new(guild.language)
    }

    pub fn language(self) -> Language {
        self.language
    }

    /// An amount in this language's way of writing numbers: `12.500,00 EUR`.
    pub fn money(self, money: crate::core::money::Money) -> String {
        numbers::money(self.language, money)
    }

    /// An amount in whole units, rounded the one way: `12.501 EUR`.
    pub fn money_whole(self, money: crate::core::money::Money) -> String {
        numbers::money_whole(self.language, money)
    }

    /// A whole number: `12 500`.
    pub fn number(self, n: i64) -> String {
        numbers::whole(self.language, n)
    }

    /// A percentage from basis points, to a tenth: `46.0 %`, `46,0 %`, `46,0%`.
    pub fn percent(self, bp: i64) -> String {
        let number = numbers::percent_number(self.language, bp);
        self.say_with("percent", &[("number", number.into())])
    }

    /// A multiple from hundredths: `2.50×`, `2,50×`, `2.50 倍`.
    pub fn times(self, hundredths: i64) -> String {
        let number = numbers::decimal(self.language, hundredths, 2);
        self.say_with("times", &[("number", number.into())])
    }

    /// A day: `9 Mar 2026`, `09.03.2026`.
    pub fn day(self, date: chrono::NaiveDate) -> String {
        dates::day(self.language, date)
    }

    /// A day with its weekday: `Tue, 31 Mar 2026`.
    pub fn day_with_weekday(self, date: chrono::NaiveDate) -> String {
        dates::day_with_weekday(self.language, date)
    }

    /// A moment in a timezone, as a schedule names it: `Wed, 11 Mar 2026 17:30 CET`,
    /// `Mi., 11. März 2026 17:30 CET`.
    pub fn moment(self, instant: chrono::DateTime<chrono::Utc>, tz: chrono_tz::Tz) -> String {
        let local = instant.with_timezone(&tz);
        self.say_with(
            "moment",
            &[
                ("day", self.day_with_weekday(local.date_naive()).into()),
                ("time", local.format("%H:%M").to_string().into()),
                ("zone", local.format("%Z").to_string().into()),
            ],
        )
    }

    /// A day without its year: `9 Mar`, `9. März`.
    pub fn day_and_month(self, date: chrono::NaiveDate) -> String {
        dates::day_and_month(self.language, date)
    }

    /// A period as the reader names it: `March 2026`, `Q1 FY2026/27 (Apr–Jun 2026)`.
    pub fn period(self, period: &crate::core::period::Period) -> String {
        dates::period(self, period)
    }

    /// A message this language's catalogue has, without falling back to English: None
    /// when it lacks it (Discord's command menu then shows the English words).
    pub fn translation(self, key: &str) -> Option<String> {
        format(self.language, key, &FluentArgs::new())
    }

    /// A metric's name: `Revenue won`, `Wygrany przychód`.
    pub fn metric(self, metric: crate::core::ranking::Metric) -> String {
        self.say(&format!("metric-{}", metric.key()))
    }

    /// A choice as this language's menu names it (`choice-weekend-fri_sat`); a language
    /// by its own name.
    pub fn choice(self, choice: &crate::core::closed_set::Choice) -> String {
        match choice.message_key() {
            Some(key) => self.say(&key),
            None => Language::parse(choice.value)
                .map_or(choice.value, Language::own_name)
                .to_string(),
        }
    }

    /// Whether this language's catalogue has the message.
    pub fn has(self, key: &str) -> bool {
        bundle_of(self.language).is_some_and(|b| b.has_message(key))
    }

    /// A message with no variables.
    pub fn say(self, key: &str) -> String {
        self.say_with(key, &[])
    }

    /// A message with its variables: `say_with("win-title", &[("rep", name.into())])`.
    pub fn say_with(self, key: &str, args: &[(&str, Value<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for language in [self.language, Language::En] {
            if let Some(text) = format(language, key, &fluent_args) {
                if language != self.language {
                    tracing::warn!(
                        key,
                        language = self.language.key(),
                        "message missing; said in English"
                    );
                }
                return text;
            }
        }
        tracing::error!(key, "message missing from every catalogue");
        key.to_string()
    }
}

/// Exports' text columns in this language (their other columns are the same in all).
impl crate::core::export::TextColumns for Words {
    fn money(&self, money: crate::core::money::Money) -> String {
        Words::money(*self, money)
    }
    fn percent(&self, bp: i64) -> String {
        Words::percent(*self, bp)
    }
}

/// The message in one language, None when that catalogue lacks it.
fn format(language: Language, key: &str, args: &FluentArgs<'_>) -> Option<String> {
    let bundle = bundle_of(language)?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            key,
            language = language.key(),
            ?errors,
            "message formatted with errors"
        );
    }
    Some(text.into_owned())
}

#[cfg(test)]
mod tests;
