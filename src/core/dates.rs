//! Dates as people type them: `2026-03-31`, `today`, `tomorrow`, `friday`, `eom`,
//! `eoq`, `eoy` (ends of the month, fiscal quarter and fiscal year).

use super::period::{FiscalYearStart, Period, PeriodKind, next_weekday};
use chrono::{Duration, NaiveDate, Weekday};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "I could not read {0:?} as a date. Use 2026-03-31, 31.03.2026, today, tomorrow, a weekday (friday), eom, eoq or eoy."
)]
pub struct DateError(pub String);

/// Reads a date relative to the team's local `today`.
pub fn parse_date(
    input: &str,
    today: NaiveDate,
    fiscal: FiscalYearStart,
) -> Result<NaiveDate, DateError> {
    let text = input.trim().to_lowercase();
    let end_of = |kind| Period::containing(kind, today, fiscal).last_day();
    let date = match text.as_str() {
        "today" | "heute" | "dziś" | "dzis" | "azi" | "今天" => today,
        "tomorrow" | "morgen" | "jutro" | "mâine" | "maine" | "明天" => {
            today + Duration::days(1)
        }
        "eom" | "end of month" => end_of(PeriodKind::Month),
        "eoq" | "end of quarter" => end_of(PeriodKind::Quarter),
        "eoy" | "end of year" => end_of(PeriodKind::FiscalYear),
        other => {
            if let Some(weekday) = parse_weekday(other) {
                next_weekday(today, weekday)
            } else if let Ok(d) = NaiveDate::parse_from_str(other, "%Y-%m-%d") {
                d
            } else if let Ok(d) = NaiveDate::parse_from_str(other, "%d.%m.%Y") {
                // Day-first with dots is unambiguous (German, Polish, Romanian usage).
                d
            } else {
                return Err(DateError(input.to_string()));
            }
        }
    };
    Ok(date)
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
    fn refuses_what_it_cannot_read() {
        let today = d("2026-03-10");
        let jan = FiscalYearStart::january();
        for bad in ["03/04/2026", "soon", "2026-02-30", ""] {
            assert!(parse_date(bad, today, jan).is_err(), "{bad:?}");
        }
    }
}
