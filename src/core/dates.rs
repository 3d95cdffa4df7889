//! Dates as people type them: `2026-03-31`, `today`, `yesterday`, `tomorrow`, `friday`,
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
    let text = input.trim().to_lowercase();
    let end_of = |kind| Period::containing(kind, today, fiscal).last_day();
    let date = match text.as_str() {
        "today" | "heute" | "dziś" | "dzis" | "azi" | "今天" => today,
        "tomorrow" | "morgen" | "jutro" | "mâine" | "maine" | "明天" => {
            today + Duration::days(1)
        }
        "yesterday" | "gestern" | "wczoraj" | "ieri" | "昨天" => today - Duration::days(1),
        "eom" | "end of month" => end_of(PeriodKind::Month),
        "eoq" | "end of quarter" => end_of(PeriodKind::Quarter),
        "eoy" | "end of year" => end_of(PeriodKind::FiscalYear),
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

fn parse_weekday(text: &str) -> Option<Weekday> {
    let day = match text {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    };
    Some(day)
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
}
