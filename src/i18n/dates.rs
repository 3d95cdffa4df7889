//! Dates, months and periods as each language writes them, from CLDR's data through
//! ICU4X: `9 Mar 2026`, `9. März 2026`, `9 mar 2026`, `2026年3月9日`. Always on the
//! Gregorian calendar, the one fiscal periods are counted in (a Saudi team's board still
//! reads its quarter by Gregorian months).
//!
//! English is written as British English writes dates (day before month), as Dealbell
//! always has.

use super::{Value, Words};
use crate::core::language::Language;
use crate::core::period::{Period, PeriodKind};
use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{M, MD, YM, YMD, YMDE};
use std::sync::LazyLock;

/// The CLDR locale a language's dates are written in.
fn locale_of(language: Language) -> icu_locale_core::Locale {
    let tag = match language {
        Language::En => "en-GB",
        other => other.key(),
    };
    tag.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

/// One language's three formatters: a day, a month and year, a month alone.
struct Formatters {
    language: Language,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    day_and_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    month: FixedCalendarDateTimeFormatter<Gregorian, M>,
}

static FORMATTERS: LazyLock<Vec<Formatters>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .filter_map(|language| {
            let locale = locale_of(*language);
            let made = (|| {
                Ok::<_, icu_datetime::DateTimeFormatterLoadError>(Formatters {
                    language: *language,
                    day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::medium())?,
                    weekday: FixedCalendarDateTimeFormatter::try_new(
                        (&locale).into(),
                        YMDE::medium(),
                    )?,
                    day_and_month: FixedCalendarDateTimeFormatter::try_new(
                        (&locale).into(),
                        MD::medium(),
                    )?,
                    month_year: FixedCalendarDateTimeFormatter::try_new(
                        (&locale).into(),
                        YM::long(),
                    )?,
                    month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), M::medium())?,
                })
            })();
            match made {
                Ok(formatters) => Some(formatters),
                Err(error) => {
                    tracing::error!(language = language.key(), %error, "no date format");
                    None
                }
            }
        })
        .collect()
});

fn formatters(language: Language) -> Option<&'static Formatters> {
    FORMATTERS
        .iter()
        .find(|f| f.language == language)
        .or_else(|| FORMATTERS.iter().find(|f| f.language == Language::En))
}

fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_gregorian(date.year(), month, day).ok()
}

/// Formats with one of a language's formatters, or ISO when CLDR cannot (a year ICU
/// does not take).
fn write(
    language: Language,
    date: NaiveDate,
    with: impl Fn(&Formatters, &Date<Gregorian>) -> String,
) -> String {
    match (formatters(language), gregorian(date)) {
        (Some(formatters), Some(day)) => with(formatters, &day),
        _ => date.to_string(),
    }
}

/// A day: `9 Mar 2026`, `09.03.2026`, `9 mar 2026`, `2026年3月9日`.
pub fn day(language: Language, date: NaiveDate) -> String {
    write(language, date, |f, d| f.day.format(d).to_string())
}

/// A day with its weekday: `Tue, 31 Mar 2026`, `Di., 31.03.2026`.
pub fn day_with_weekday(language: Language, date: NaiveDate) -> String {
    write(language, date, |f, d| f.weekday.format(d).to_string())
}

/// A day of this year, without the year: `9 Mar`, `9. März`, `3月9日`.
pub fn day_and_month(language: Language, date: NaiveDate) -> String {
    write(language, date, |f, d| f.day_and_month.format(d).to_string())
}

/// A month and its year: `March 2026`, `März 2026`, `marzec 2026`, `2026年3月`.
pub fn month_year(language: Language, date: NaiveDate) -> String {
    write(language, date, |f, d| f.month_year.format(d).to_string())
}

/// A month's short name: `Mar`, `März`, `mar`.
pub fn month(language: Language, date: NaiveDate) -> String {
    write(language, date, |f, d| f.month.format(d).to_string())
}

/// A period as the reader names it: `March 2026`, `Q1 FY2026/27 (Apr – Jun 2026)`,
/// `Woche vom 9. März 2026`.
pub fn period(words: Words, period: &Period) -> String {
    let language = words.language();
    match period.kind {
        PeriodKind::Week => words.say_with(
            "period-week",
            &[("start", day(language, period.start).into())],
        ),
        PeriodKind::Month => month_year(language, period.start),
        PeriodKind::Quarter => words.say_with(
            "period-quarter",
            &[
                ("quarter", Value::from(period.fiscal_quarter())),
                ("years", period.fiscal_years().into()),
                ("from", month(language, period.start).into()),
                ("to", month(language, period.last_day()).into()),
                // A year is a name, not an amount: no thousands separator.
                ("year", period.last_day().year().to_string().into()),
            ],
        ),
        PeriodKind::FiscalYear => fiscal_year(words, period),
        PeriodKind::Custom => words.say_with(
            "period-custom",
            &[
                ("from", day(language, period.start).into()),
                ("to", day(language, period.last_day()).into()),
            ],
        ),
    }
}

/// A fiscal year's name: `FY2026`, `FY2026/27`, `GJ 2026/27`, `2026/27财年`.
fn fiscal_year(words: Words, period: &Period) -> String {
    words.say_with(
        "period-fiscal-year",
        &[("years", period.fiscal_years().into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::period::FiscalYearStart;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn english_periods_read_as_they_always_have() {
        let en = Words::new(Language::En);
        let april = FiscalYearStart::new(4).unwrap();
        let day_in = date(2026, 5, 20);
        let label = |kind| period(en, &Period::containing(kind, day_in, april));
        for kind in [
            PeriodKind::Week,
            PeriodKind::Month,
            PeriodKind::Quarter,
            PeriodKind::FiscalYear,
        ] {
            let core = Period::containing(kind, day_in, april).label();
            assert_eq!(label(kind), core, "{kind:?}");
        }
    }

    #[test]
    fn months_and_days_are_cldrs_in_every_language() {
        let march = date(2026, 3, 9);
        let cases = [
            (Language::En, "March 2026", "9 Mar 2026"),
            (Language::De, "März 2026", "09.03.2026"),
            (Language::Pl, "marzec 2026", "9 mar 2026"),
            (Language::Ro, "martie 2026", "9 mar. 2026"),
            (Language::ZhCn, "2026年3月", "2026年3月9日"),
        ];
        for (language, month, day_text) in cases {
            assert_eq!(month_year(language, march), month, "{language:?}");
            assert_eq!(day(language, march), day_text, "{language:?}");
        }
        // Arabic's month names, on the Gregorian calendar.
        assert!(month_year(Language::Ar, march).contains("مارس"));
    }
}
