//! Converting between UTC instants and a team's local wall-clock time.
//!
//! Around daylight-saving changes a local time can be missing (spring forward) or
//! repeated (fall back). The rule Dealbell uses everywhere: a missing time means the
//! next minute that exists; a repeated time means its first occurrence.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Parses an IANA timezone name (`Europe/Berlin`), case-insensitively.
pub fn parse_timezone(name: &str) -> Option<Tz> {
    let trimmed = name.trim();
    trimmed
        .parse::<Tz>()
        .ok()
        .or_else(|| Tz::from_str_insensitive(trimmed).ok())
}

/// The local calendar date of an instant in `tz`.
pub fn local_date(instant: DateTime<Utc>, tz: Tz) -> NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// The instant a local wall-clock time refers to, with the DST rule above.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Walk forward to the first minute that exists; gaps are at most a few hours
            // (the largest real one is 24 h, when Samoa skipped a day), so bound the walk.
            let mut probe = local;
            for _ in 0..(26 * 60) {
                probe += Duration::minutes(1);
                if let Some(t) = tz.from_local_datetime(&probe).earliest() {
                    return t.with_timezone(&Utc);
                }
            }
            // Unreachable for real zones; fall back to reading the time as UTC.
            Utc.from_utc_datetime(&local)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    /// The instant a local time in `zone` is taken to be.
    fn utc(local: &str, zone: &str) -> String {
        local_to_utc(naive(local), parse_timezone(zone).unwrap()).to_rfc3339()
    }

    #[test]
    fn missing_local_time_moves_to_the_next_existing_minute() {
        // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST.
        assert_eq!(
            utc("2026-03-29 02:30", "Europe/Berlin"),
            "2026-03-29T01:00:00+00:00"
        );
        assert_eq!(
            utc("2026-03-08 02:15", "america/new_york"),
            "2026-03-08T07:00:00+00:00"
        );
    }

    #[test]
    fn repeated_local_time_takes_the_first() {
        // 2026-10-25 02:30 happens twice; the first is still CEST (+02:00).
        assert_eq!(
            utc("2026-10-25 02:30", "Europe/Berlin"),
            "2026-10-25T00:30:00+00:00"
        );
        assert_eq!(
            utc("2026-11-01 01:30", "America/New_York"),
            "2026-11-01T05:30:00+00:00"
        );
    }

    #[test]
    fn local_dates_follow_the_zone() {
        let tokyo = parse_timezone("Asia/Tokyo").unwrap();
        let instant: DateTime<Utc> = "2026-03-31T16:00:00Z".parse().unwrap();
        assert_eq!(
            local_date(instant, tokyo),
            "2026-04-01".parse::<NaiveDate>().unwrap()
        );
        assert_eq!(
            local_date(instant, Tz::UTC),
            "2026-03-31".parse::<NaiveDate>().unwrap()
        );
        assert!(parse_timezone("Mars/Olympus").is_none());
    }
}
