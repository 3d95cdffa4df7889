//! Dates as people type them, in each of Dealbell's six languages: `2026-03-31`, `today`,
//! `heute`, `jutro`, `ieri`, `明天`, `friday`, `piątek`, `monatsende`, `月底`,
//! `eom`, `eoq`, `eoy` (ends of the month, fiscal quarter and fiscal year).
//!
//! A weekday points the way the date does: an expected close or a contest's end is the
//! next Friday; the day a deal was won is the last one.

use super::period::{FiscalYearStart, Period, PeriodKind, last_weekday, next_weekday};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error(
        "I could not read {0:?} as a date. Use 2026-03-31, 31.03.2026 (or 31.3.26), today, yesterday, tomorrow, a weekday (friday), eom, eoq or eoy."
    )]
    Unreadable(String),
    #[error("{input:?} is {date}, outside {earliest}–{latest}. Check the year.")]
    OutOfRange {
        input: String,
        date: NaiveDate,
        earliest: i32,
        latest: i32,
    },
}

/// The earliest year a date may have: sales data from before it is a typo.
pub const EARLIEST_YEAR: i32 = 2000;
/// How many years ahead of today a date may be.
pub const YEARS_AHEAD: i32 = 10;

/// Reads a date ahead of the team's local `today` or on it (an expected close, a
/// contest's end): a weekday is the next one.
pub fn parse_date(
    input: &str,
    today: NaiveDate,
    fiscal: FiscalYearStart,
) -> Result<NaiveDate, DateError> {
    parse_date_toward(input, today, fiscal, Weekdays::Next)
}

/// Which way a typed weekday points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekdays {
    /// The next such day, after today: an expected close, a contest's end.
    Next,
    /// The last such day, today or before: the day a deal was won, a board's first day.
    Last,
}

/// Reads a date, a weekday pointing as `weekdays` says.
pub fn parse_date_toward(
    input: &str,
    today: NaiveDate,
    fiscal: FiscalYearStart,
    weekdays: Weekdays,
) -> Result<NaiveDate, DateError> {
    let text = crate::core::money::western_digits(input.trim()).to_lowercase();
    let end_of = |kind| Period::containing(kind, today, fiscal).last_day();
    let date = match text.as_str() {
        _ if TODAY.contains(&text.as_str()) => today,
        _ if TOMORROW.contains(&text.as_str()) => today + Duration::days(1),
        _ if YESTERDAY.contains(&text.as_str()) => today - Duration::days(1),
        _ if END_OF_MONTH.contains(&text.as_str()) => end_of(PeriodKind::Month),
        _ if END_OF_QUARTER.contains(&text.as_str()) => end_of(PeriodKind::Quarter),
        _ if END_OF_YEAR.contains(&text.as_str()) => end_of(PeriodKind::FiscalYear),
        other => {
            if let Some(weekday) = parse_weekday(other) {
                match weekdays {
                    Weekdays::Next => next_weekday(today, weekday),
                    Weekdays::Last => last_weekday(today, weekday),
                }
            } else if let Ok(d) = NaiveDate::parse_from_str(other, "%Y-%m-%d") {
                d
            } else if let Some(d) = day_first(other) {
                d
            } else {
                return Err(DateError::Unreadable(input.to_string()));
            }
        }
    };
    let latest = today.year() + YEARS_AHEAD;
    if !(EARLIEST_YEAR..=latest).contains(&date.year()) {
        return Err(DateError::OutOfRange {
            input: input.to_string(),
            date,
            earliest: EARLIEST_YEAR,
            latest,
        });
    }
    Ok(date)
}

/// Day-first with dots, unambiguous in German, Polish and Romanian usage: 31.03.2026,
/// or with a two-digit year, 31.3.26, read as 2026.
fn day_first(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('.').collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| {
        (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = match year.len() {
        2 => 2000 + i32::try_from(number(year)?).ok()?,
        4 => i32::try_from(number(year)?).ok()?,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
}

/// "Today", "tomorrow" and "yesterday" in English, German, Polish, Romanian, Chinese
/// and Arabic (with and without diacritics), lower-cased.
// Typed by people, not shown to them.
const TODAY: &[&str] = &[
    "today",
    "heute",
    "dziś",
    "dzis",
    "dzisiaj",
    "azi",
    "astăzi",
    "astazi",
    "今天",
    "今日",
    "اليوم",
];
// Typed by people, not shown to them.
const TOMORROW: &[&str] = &[
    "tomorrow", "morgen", "jutro", "mâine", "maine", "明天", "غدا", "غداً", "بكرة",
];
// Typed by people, not shown to them.
const YESTERDAY: &[&str] = &[
    "yesterday",
    "gestern",
    "wczoraj",
    "ieri",
    "昨天",
    "أمس",
    "امس",
];

/// The ends of the month, the fiscal quarter and the fiscal year, in the same six
/// languages (`eom`, `eoq`, `eoy` in any).
// Typed by people, not shown to them.
const END_OF_MONTH: &[&str] = &[
    "eom",
    "end of month",
    "monatsende",
    "ende des monats",
    "koniec miesiąca",
    "koniec miesiaca",
    "sfârșitul lunii",
    "sfarsitul lunii",
    "月底",
    "月末",
    "نهاية الشهر",
];
// Typed by people, not shown to them.
const END_OF_QUARTER: &[&str] = &[
    "eoq",
    "end of quarter",
    "quartalsende",
    "ende des quartals",
    "koniec kwartału",
    "koniec kwartalu",
    "sfârșitul trimestrului",
    "sfarsitul trimestrului",
    "季末",
    "季度末",
    "نهاية الربع",
];
// Typed by people, not shown to them.
const END_OF_YEAR: &[&str] = &[
    "eoy",
    "end of year",
    "jahresende",
    "ende des jahres",
    "koniec roku",
    "sfârșitul anului",
    "sfarsitul anului",
    "年底",
    "年末",
    "نهاية السنة",
];

/// Each weekday's names and abbreviations in the same six languages, lower-cased.
// Typed by people, not shown to them.
const WEEKDAYS: &[(Weekday, &[&str])] = &[
    (
        Weekday::Mon,
        &[
            "monday",
            "mon",
            "montag",
            "mo",
            "poniedziałek",
            "poniedzialek",
            "pon",
            "pn",
            "luni",
            "lu",
            "周一",
            "星期一",
            "礼拜一",
            "الاثنين",
            "الإثنين",
            "اثنين",
        ],
    ),
    (
        Weekday::Tue,
        &[
            "tuesday",
            "tue",
            "tues",
            "dienstag",
            "di",
            "wtorek",
            "wt",
            "marți",
            "marti",
            "ma",
            "周二",
            "星期二",
            "礼拜二",
            "الثلاثاء",
            "ثلاثاء",
        ],
    ),
    (
        Weekday::Wed,
        &[
            "wednesday",
            "wed",
            "mittwoch",
            "mi",
            "środa",
            "sroda",
            "śr",
            "sr",
            "miercuri",
            "周三",
            "星期三",
            "礼拜三",
            "الأربعاء",
            "الاربعاء",
            "أربعاء",
        ],
    ),
    (
        Weekday::Thu,
        &[
            "thursday",
            "thu",
            "thurs",
            "donnerstag",
            "do",
            "czwartek",
            "czw",
            "cz",
            "joi",
            "jo",
            "周四",
            "星期四",
            "礼拜四",
            "الخميس",
            "خميس",
        ],
    ),
    (
        Weekday::Fri,
        &[
            "friday",
            "fri",
            "freitag",
            "fr",
            "piątek",
            "piatek",
            "pt",
            "vineri",
            "vi",
            "周五",
            "星期五",
            "礼拜五",
            "الجمعة",
            "جمعة",
        ],
    ),
    (
        Weekday::Sat,
        &[
            "saturday",
            "sat",
            "samstag",
            "sonnabend",
            "sa",
            "sobota",
            "sob",
            "sâmbătă",
            "sambata",
            "周六",
            "星期六",
            "礼拜六",
            "السبت",
            "سبت",
        ],
    ),
    (
        Weekday::Sun,
        &[
            "sunday",
            "sun",
            "sonntag",
            "so",
            "niedziela",
            "niedz",
            "nd",
            "duminică",
            "duminica",
            "du",
            "周日",
            "周天",
            "星期日",
            "星期天",
            "礼拜天",
            "الأحد",
            "الاحد",
            "أحد",
        ],
    ),
];

fn parse_weekday(text: &str) -> Option<Weekday> {
    let text = text.trim_end_matches('.');
    WEEKDAYS
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.trim_end_matches('.') == text))
        .map(|(day, _)| *day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn reads_relative_and_absolute_dates() {
        let today = d("2026-03-10"); // a Tuesday
        let april = FiscalYearStart::new(4).unwrap();
        let jan = FiscalYearStart::january();
        assert_eq!(parse_date("2026-05-01", today, jan), Ok(d("2026-05-01")));
        assert_eq!(parse_date("01.05.2026", today, jan), Ok(d("2026-05-01")));
        assert_eq!(parse_date("today", today, jan), Ok(today));
        assert_eq!(parse_date("Tomorrow", today, jan), Ok(d("2026-03-11")));
        assert_eq!(parse_date("friday", today, jan), Ok(d("2026-03-13")));
        assert_eq!(parse_date("tue", today, jan), Ok(d("2026-03-17")));
        assert_eq!(parse_date("eom", today, jan), Ok(d("2026-03-31")));
        assert_eq!(parse_date("eoq", today, jan), Ok(d("2026-03-31")));
        assert_eq!(
            parse_date("eoq", d("2026-04-02"), april),
            Ok(d("2026-06-30"))
        );
        assert_eq!(parse_date("eoy", today, april), Ok(d("2026-03-31")));
        assert_eq!(parse_date("eoy", today, jan), Ok(d("2026-12-31")));
        assert_eq!(parse_date("eom", d("2028-02-03"), jan), Ok(d("2028-02-29")));
    }

    #[test]
    fn a_day_that_has_come_reads_weekdays_backwards() {
        let tuesday = d("2026-03-10");
        let jan = FiscalYearStart::january();
        let past = |text| parse_date_toward(text, tuesday, jan, Weekdays::Last);
        assert_eq!(past("friday"), Ok(d("2026-03-06")), "last Friday");
        assert_eq!(past("tue"), Ok(tuesday), "a Tuesday's own weekday is today");
        assert_eq!(past("Monday"), Ok(d("2026-03-09")));
        assert_eq!(past("yesterday"), Ok(d("2026-03-09")));
        assert_eq!(past("wczoraj"), Ok(d("2026-03-09")));
        assert_eq!(past("昨天"), Ok(d("2026-03-09")));
        assert_eq!(past("2026-03-01"), Ok(d("2026-03-01")));
        // Ahead, the same words point forwards (yesterday stays yesterday).
        assert_eq!(parse_date("friday", tuesday, jan), Ok(d("2026-03-13")));
        assert_eq!(parse_date("gestern", tuesday, jan), Ok(d("2026-03-09")));
    }

    #[test]
    fn weekdays_and_relative_days_read_in_six_languages() {
        let monday = d("2026-03-09");
        let jan = FiscalYearStart::january();
        let past = |text| parse_date_toward(text, monday, jan, Weekdays::Last);
        for (text, day) in [
            ("pon", "2026-03-09"),
            ("Mo", "2026-03-09"),
            ("pt", "2026-03-06"),
            ("Fr.", "2026-03-06"),
            ("piątek", "2026-03-06"),
            ("vineri", "2026-03-06"),
            ("周五", "2026-03-06"),
            ("الجمعة", "2026-03-06"),
            ("So", "2026-03-08"),
            ("sob", "2026-03-07"),
            ("أمس", "2026-03-08"),
            ("اليوم", "2026-03-09"),
            ("dzisiaj", "2026-03-09"),
            ("٢٠٢٦-٠٣-٠١", "2026-03-01"),
        ] {
            assert_eq!(past(text), Ok(d(day)), "{text}");
        }
        // Every name belongs to one weekday only.
        let mut seen = std::collections::HashMap::new();
        for (day, names) in WEEKDAYS {
            for n in *names {
                if let Some(other) = seen.insert(n.trim_end_matches('.'), *day) {
                    assert_eq!(other, *day, "{n} names two weekdays");
                }
            }
        }
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        let today = d("2026-03-10");
        let jan = FiscalYearStart::january();
        for bad in ["03/04/2026", "soon", "2026-02-30", ""] {
            assert!(parse_date(bad, today, jan).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn two_digit_years_are_this_century_and_odd_years_are_refused() {
        let today = d("2026-03-10");
        let jan = FiscalYearStart::january();
        assert_eq!(parse_date("31.3.26", today, jan), Ok(d("2026-03-31")));
        assert_eq!(parse_date("1.12.27", today, jan), Ok(d("2027-12-01")));
        for far in ["0026-03-31", "31.03.1999", "2037-01-01"] {
            assert!(
                matches!(
                    parse_date(far, today, jan),
                    Err(DateError::OutOfRange { .. })
                ),
                "{far}"
            );
        }
        assert_eq!(parse_date("2036-12-31", today, jan), Ok(d("2036-12-31")));
    }

    /// The words people type for dates, the same set in each of the six languages:
    /// today, tomorrow, yesterday, a weekday, and the ends of month, quarter and year.
    #[test]
    fn every_language_has_the_same_date_words() {
        let today = d("2026-02-10"); // a Tuesday
        let january = FiscalYearStart::january();
        // (today, tomorrow, yesterday, friday, end of month, of quarter, of year)
        let words: [(&str, [&str; 7]); 6] = [
            (
                "en",
                [
                    "today",
                    "tomorrow",
                    "yesterday",
                    "friday",
                    "end of month",
                    "end of quarter",
                    "end of year",
                ],
            ),
            (
                "de",
                [
                    "heute",
                    "morgen",
                    "gestern",
                    "freitag",
                    "monatsende",
                    "quartalsende",
                    "jahresende",
                ],
            ),
            (
                "pl",
                [
                    "dzisiaj",
                    "jutro",
                    "wczoraj",
                    "piątek",
                    "koniec miesiąca",
                    "koniec kwartału",
                    "koniec roku",
                ],
            ),
            (
                "ro",
                [
                    "astăzi",
                    "mâine",
                    "ieri",
                    "vineri",
                    "sfârșitul lunii",
                    "sfârșitul trimestrului",
                    "sfârșitul anului",
                ],
            ),
            (
                "zh-CN",
                ["今天", "明天", "昨天", "星期五", "月底", "季末", "年底"],
            ),
            (
                "ar",
                [
                    "اليوم",
                    "غدا",
                    "أمس",
                    "الجمعة",
                    "نهاية الشهر",
                    "نهاية الربع",
                    "نهاية السنة",
                ],
            ),
        ];
        let expected = [
            d("2026-02-10"),
            d("2026-02-11"),
            d("2026-02-09"),
            d("2026-02-13"),
            d("2026-02-28"),
            d("2026-03-31"),
            d("2026-12-31"),
        ];
        for (language, said) in words {
            for (word, day) in said.iter().zip(expected) {
                assert_eq!(
                    parse_date(word, today, january),
                    Ok(day),
                    "{language}: {word}"
                );
            }
        }
    }
}
