//! When scheduled posts fall due: cron expressions (or plain forms people write)
//! evaluated on the team's local wall clock.
//!
//! The cron crate is given local times dressed as UTC, so it never sees a daylight-
//! saving change; each local time is then turned into an instant with the rule in
//! `localtime`: a time that does not exist that day fires once at the next minute that
//! does, and a time that happens twice fires once, at its first occurrence.

use super::localtime::local_to_utc;
use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use std::str::FromStr;

/// Posts at most this often (a schedule firing every minute is a mistake, not a plan).
pub const MIN_INTERVAL_MINUTES: i64 = 59;

/// Whether a schedule posts when it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Running {
    Running,
    /// Paused by a manager: nothing is due until it is resumed.
    Paused,
}

#[derive(Debug, Clone)]
pub struct CronSpec {
    /// Normalised to the cron crate's six fields (seconds first).
    expression: String,
    schedule: cron::Schedule,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error(
        "I could not read {0:?} as a schedule. Use five cron fields like \"0 9 * * MON\" (minute hour day month weekday), or daily 17:30, weekly monday 09:00, monthly 1 09:00."
    )]
    Unreadable(String),
    #[error("{0:?} would post more than once an hour; schedules post at most hourly.")]
    TooFrequent(String),
    #[error("{0:?} never happens.")]
    Never(String),
}

fn parse_time(text: &str) -> Option<(u32, u32)> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

fn weekday(text: &str) -> Option<&'static str> {
    let t = text.to_lowercase();
    let days = [
        ("mon", "MON"),
        ("tue", "TUE"),
        ("wed", "WED"),
        ("thu", "THU"),
        ("fri", "FRI"),
        ("sat", "SAT"),
        ("sun", "SUN"),
    ];
    days.iter()
        .find(|(prefix, _)| t.starts_with(prefix))
        .map(|(_, d)| *d)
}

/// `daily 17:30`, `weekdays 09:00`, `weekly monday 09:00`, `monthly 1 09:00` → cron fields.
fn plain_form(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [every, time] if every.eq_ignore_ascii_case("daily") => {
            let (h, m) = parse_time(time)?;
            Some(format!("0 {m} {h} * * *"))
        }
        [every, time] if every.eq_ignore_ascii_case("weekdays") => {
            let (h, m) = parse_time(time)?;
            Some(format!("0 {m} {h} * * MON-FRI"))
        }
        [every, day, time] if every.eq_ignore_ascii_case("weekly") => {
            let (h, m) = parse_time(time)?;
            Some(format!("0 {m} {h} * * {}", weekday(day)?))
        }
        [every, day, time] if every.eq_ignore_ascii_case("monthly") => {
            let (h, m) = parse_time(time)?;
            let d: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
            Some(format!("0 {m} {h} {d} * *"))
        }
        _ => None,
    }
}

impl PartialEq for CronSpec {
    fn eq(&self, other: &CronSpec) -> bool {
        self.expression == other.expression
    }
}

impl Eq for CronSpec {}

impl serde::Serialize for CronSpec {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.expression)
    }
}

impl CronSpec {
    /// Accepts five cron fields (what people write), six or seven (with seconds and
    /// year, what the cron crate wants), or a plain form.
    pub fn parse(input: &str) -> Result<CronSpec, ScheduleError> {
        let text = input.trim();
        let expression = match plain_form(text) {
            Some(e) => e,
            None => match text.split_whitespace().count() {
                5 => format!("0 {text}"),
                6 | 7 => text.to_string(),
                _ => return Err(ScheduleError::Unreadable(input.to_string())),
            },
        };
        let schedule = cron::Schedule::from_str(&expression)
            .map_err(|_| ScheduleError::Unreadable(input.to_string()))?;
        let spec = CronSpec {
            expression,
            schedule,
        };
        // Too frequent? Look at the gaps between the next firings from a fixed date.
        let start = Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
        let times: Vec<DateTime<Utc>> = spec.schedule.after(&start).take(50).collect();
        if times.is_empty() {
            return Err(ScheduleError::Never(input.to_string()));
        }
        if times
            .windows(2)
            .any(|w| w[1] - w[0] < Duration::minutes(MIN_INTERVAL_MINUTES))
        {
            return Err(ScheduleError::TooFrequent(input.to_string()));
        }
        Ok(spec)
    }

    /// The normalised expression, stored with the schedule.
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// The first firing strictly after `after`, in `tz`.
    pub fn next_after(&self, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        // Start a little before `after` on the local clock: around an autumn change
        // the local clock repeats an hour, so local order and real order can differ.
        let local_after = after.with_timezone(&tz).naive_local() - Duration::hours(3);
        let as_if_utc = Utc.from_utc_datetime(&local_after);
        self.schedule
            .after(&as_if_utc)
            .take(2_000)
            .map(|t| local_to_utc(t.naive_utc(), tz))
            .find(|instant| *instant > after)
    }

    /// Firings in `(from, to]`, oldest first (at most `limit`).
    pub fn due_between(
        &self,
        tz: Tz,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: usize,
    ) -> Vec<DateTime<Utc>> {
        let mut out = Vec::new();
        let mut cursor = from;
        while out.len() < limit {
            match self.next_after(tz, cursor) {
                Some(t) if t <= to => {
                    out.push(t);
                    cursor = t;
                }
                _ => break,
            }
        }
        out
    }

    /// The next `n` firings after `from`.
    pub fn preview(&self, tz: Tz, from: DateTime<Utc>, n: usize) -> Vec<DateTime<Utc>> {
        let mut out = Vec::new();
        let mut cursor = from;
        while out.len() < n {
            match self.next_after(tz, cursor) {
                Some(t) => {
                    out.push(t);
                    cursor = t;
                }
                None => break,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    /// A local wall-clock time, to compare with.
    fn local_label(instant: DateTime<Utc>, tz: Tz) -> String {
        instant
            .with_timezone(&tz)
            .format("%a %-d %b %Y %H:%M %Z")
            .to_string()
    }

    /// `2026-03-27 12:00` as a local time in `tz`.
    fn local(text: &str, tz: Tz) -> Option<DateTime<Utc>> {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .ok()
            .map(|n| local_to_utc(n, tz))
    }

    fn berlin() -> Tz {
        "Europe/Berlin".parse().unwrap()
    }
    fn new_york() -> Tz {
        "America/New_York".parse().unwrap()
    }
    fn labels(spec: &CronSpec, tz: Tz, from: &str, n: usize) -> Vec<String> {
        spec.preview(tz, local(from, tz).unwrap(), n)
            .into_iter()
            .map(|t| local_label(t, tz))
            .collect()
    }

    #[test]
    fn reads_what_people_write() {
        for (written, expression) in [
            ("0 9 * * MON", "0 0 9 * * MON"),
            ("0 0 9 * * Mon", "0 0 9 * * Mon"),
            ("daily 17:30", "0 30 17 * * *"),
            ("weekly monday 09:00", "0 0 9 * * MON"),
            ("Weekly FRI 16:00", "0 0 16 * * FRI"),
            ("monthly 1 09:00", "0 0 9 1 * *"),
            ("weekdays 08:30", "0 30 8 * * MON-FRI"),
        ] {
            assert_eq!(
                CronSpec::parse(written).unwrap().expression(),
                expression,
                "{written}"
            );
        }
    }

    #[test]
    fn refuses_what_it_cannot_use() {
        assert!(matches!(
            CronSpec::parse("every so often"),
            Err(ScheduleError::Unreadable(_))
        ));
        assert!(matches!(
            CronSpec::parse("0 25 * * *"),
            Err(ScheduleError::Unreadable(_))
        ));
        assert!(matches!(
            CronSpec::parse("daily 25:00"),
            Err(ScheduleError::Unreadable(_))
        ));
        assert!(matches!(
            CronSpec::parse("monthly 32 09:00"),
            Err(ScheduleError::Unreadable(_))
        ));
        assert!(matches!(
            CronSpec::parse("*/5 * * * *"),
            Err(ScheduleError::TooFrequent(_))
        ));
        assert!(matches!(
            CronSpec::parse("* 9 * * *"),
            Err(ScheduleError::TooFrequent(_))
        ));
    }

    #[test]
    fn berlin_spring_forward_fires_once_at_the_next_existing_minute() {
        let spec = CronSpec::parse("daily 02:30").unwrap();
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
        assert_eq!(
            labels(&spec, berlin(), "2026-03-27 12:00", 4),
            vec![
                "Sat 28 Mar 2026 02:30 CET",
                "Sun 29 Mar 2026 03:00 CEST",
                "Mon 30 Mar 2026 02:30 CEST",
                "Tue 31 Mar 2026 02:30 CEST",
            ]
        );
    }

    #[test]
    fn berlin_fall_back_fires_the_repeated_time_once() {
        let spec = CronSpec::parse("daily 02:30").unwrap();
        // 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice.
        assert_eq!(
            labels(&spec, berlin(), "2026-10-23 12:00", 4),
            vec![
                "Sat 24 Oct 2026 02:30 CEST",
                "Sun 25 Oct 2026 02:30 CEST",
                "Mon 26 Oct 2026 02:30 CET",
                "Tue 27 Oct 2026 02:30 CET",
            ]
        );
        // Asked from inside the repeated hour (02:45 CET, after the first 02:30), the
        // second 02:30 does not fire again.
        let second_pass: DateTime<Utc> = "2026-10-25T01:45:00Z".parse().unwrap();
        let next = spec.next_after(berlin(), second_pass).unwrap();
        assert_eq!(local_label(next, berlin()), "Mon 26 Oct 2026 02:30 CET");
    }

    #[test]
    fn new_york_changes_too() {
        let spec = CronSpec::parse("daily 02:30").unwrap();
        assert_eq!(
            labels(&spec, new_york(), "2026-03-07 12:00", 2),
            vec!["Sun 8 Mar 2026 03:00 EDT", "Mon 9 Mar 2026 02:30 EDT"]
        );
        let spec = CronSpec::parse("daily 01:30").unwrap();
        assert_eq!(
            labels(&spec, new_york(), "2026-10-31 12:00", 2),
            vec!["Sun 1 Nov 2026 01:30 EDT", "Mon 2 Nov 2026 01:30 EST"]
        );
    }

    #[test]
    fn nine_oclock_stays_nine_oclock_local() {
        let spec = CronSpec::parse("0 9 * * MON").unwrap();
        let times = spec.preview(berlin(), local("2026-03-20 12:00", berlin()).unwrap(), 2);
        // 09:00 CET is 08:00 UTC; after the change 09:00 CEST is 07:00 UTC.
        assert_eq!(times[0].to_rfc3339(), "2026-03-23T08:00:00+00:00");
        assert_eq!(times[1].to_rfc3339(), "2026-03-30T07:00:00+00:00");
    }

    #[test]
    fn due_between_lists_missed_firings_in_order() {
        let spec = CronSpec::parse("daily 17:30").unwrap();
        let tz = berlin();
        let from = local("2026-03-10 09:00", tz).unwrap();
        let to = local("2026-03-13 18:00", tz).unwrap();
        let due = spec.due_between(tz, from, to, 100);
        assert_eq!(due.len(), 4, "10th, 11th, 12th and 13th");
        assert_eq!(local_label(due[3], tz), "Fri 13 Mar 2026 17:30 CET");
        assert!(spec.due_between(tz, to, to, 100).is_empty());
    }
}
