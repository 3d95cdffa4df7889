//! Nudges: a private word to a rep who has gone quiet or fallen behind pace, with the
//! limits that keep it friendly. Pure: what is due and when it may go out.
//!
//! The rules: a rep who opted out or is away hears nothing; at most `per_day` nudges a
//! local day and `per_week` a week; none in quiet hours or at weekends (a nudge due
//! then waits for the next allowed moment, and is dropped once stale); never the same
//! nudge twice for the same state (the state is part of its key).

use crate::core::calendar::WorkingDays;
use crate::core::closed_set::closed_set;
use crate::core::quota::QuotaVisibility;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

closed_set! {
    /// What a nudge is about.
    pub enum NudgeKind {
        Inactive => "inactive";
        BehindPace => "behind_pace";
        Deal => "deal";
    }
}

closed_set! {
    /// How a team's nudges reach a rep.
    pub enum NudgeDelivery {
        Channel => "channel";
        Dm => "dm";
        Off => "off";
    }
}

/// Where one nudge goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A mention in the team's nudges channel.
    Channel,
    /// A direct message to the rep.
    Dm,
    /// Nowhere: the team turned nudges off.
    Off,
}

/// Where a nudge goes: as the team chose, except that a nudge about the rep's own
/// quota goes to them alone while quotas are private, since "behind your quota's pace"
/// in a channel tells everyone what the setting keeps private.
pub fn route(delivery: NudgeDelivery, kind: NudgeKind, quotas: QuotaVisibility) -> Route {
    match (delivery, kind, quotas) {
        (NudgeDelivery::Off, _, _) => Route::Off,
        (NudgeDelivery::Dm, _, _) => Route::Dm,
        (NudgeDelivery::Channel, NudgeKind::BehindPace, QuotaVisibility::Private) => Route::Dm,
        (NudgeDelivery::Channel, NudgeKind::BehindPace, QuotaVisibility::Team)
        | (NudgeDelivery::Channel, NudgeKind::Inactive | NudgeKind::Deal, _) => Route::Channel,
    }
}

/// The limits, from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NudgeLimits {
    pub per_day: i64,
    pub per_week: i64,
    /// Quiet from `quiet_from` to `quiet_until` local time (may wrap midnight).
    pub quiet_from: NaiveTime,
    pub quiet_until: NaiveTime,
    /// Whether days that are not working days (the weekend, holidays) are quiet too.
    pub quiet_weekends: bool,
    /// A nudge that could not go out within this long is dropped.
    pub stale_after: Duration,
    /// Business days without a deal or an activity before the inactivity nudge.
    pub inactive_days: i64,
    /// How far behind pace (percentage points of quota) before the pace nudge.
    pub behind_pace_points: i64,
    /// The local hour the daily check runs at.
    pub check_hour: u32,
}

/// A team's local time and working days: where quiet hours and days off are read.
#[derive(Debug, Clone)]
pub struct TeamTime {
    pub tz: Tz,
    pub days: WorkingDays,
}

impl NudgeLimits {
    /// Whether `at` falls in quiet time for the team: quiet hours, or (with
    /// `quiet_weekends`) a day that is not a working day.
    pub fn is_quiet(&self, at: DateTime<Utc>, team: &TeamTime) -> bool {
        let local = at.with_timezone(&team.tz);
        if self.quiet_weekends && !team.days.is_working(local.date_naive()) {
            return true;
        }
        let t = local.time();
        if self.quiet_from <= self.quiet_until {
            t >= self.quiet_from && t < self.quiet_until
        } else {
            t >= self.quiet_from || t < self.quiet_until
        }
    }

    /// The first moment at or after `at` that is not quiet (searched by the quarter
    /// hour, at most two weeks ahead).
    pub fn next_allowed(&self, at: DateTime<Utc>, team: &TeamTime) -> DateTime<Utc> {
        if !self.is_quiet(at, team) {
            return at;
        }
        // Quiet ends on a local clock time: try the end of quiet hours on each day first
        // (a fortnight of holidays, as at Christmas, is the longest wait looked through).
        let local_day = at.with_timezone(&team.tz).date_naive();
        for offset in 0..22 {
            let day = local_day + Duration::days(offset);
            if let Some(candidate) = local_moment(day, self.quiet_until, team.tz)
                && candidate >= at
                && !self.is_quiet(candidate, team)
            {
                return candidate;
            }
        }
        at
    }
}

/// A local day and time as a UTC moment (the earlier one when a clock change repeats it,
/// None when it is skipped).
pub fn local_moment(day: NaiveDate, time: NaiveTime, tz: Tz) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The key that makes "never twice for the same state" hold: an inactivity nudge is
/// about one quiet spell (since the last thing the rep logged), a pace nudge about one
/// week of one period.
pub fn state_key(kind: NudgeKind, subject: &str) -> String {
    format!("{}:{subject}", kind.key())
}

/// Why a due nudge does not go out now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hold {
    /// Wait until then (quiet hours, or a limit that a new day or week lifts).
    Until(DateTime<Utc>),
    /// Not at all: stale, opted out, or away.
    Drop(&'static str),
}

/// What the sender knows about a rep when a nudge falls due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepState {
    pub opted_out: bool,
    /// Away up to and including this local date.
    pub away_until: Option<NaiveDate>,
    pub sent_today: i64,
    pub sent_this_week: i64,
}

/// Whether a nudge created at `created` may go out at `now`; None when it may.
pub fn hold(
    limits: &NudgeLimits,
    rep: &RepState,
    created: DateTime<Utc>,
    now: DateTime<Utc>,
    team: &TeamTime,
) -> Option<Hold> {
    let tz = team.tz;
    let today = now.with_timezone(&tz).date_naive();
    if rep.opted_out {
        return Some(Hold::Drop("opted_out"));
    }
    if rep.away_until.is_some_and(|until| today <= until) {
        return Some(Hold::Drop("away"));
    }
    if now - created > limits.stale_after {
        return Some(Hold::Drop("stale"));
    }
    if limits.is_quiet(now, team) {
        return Some(Hold::Until(limits.next_allowed(now, team)));
    }
    let next_day = |d: NaiveDate| {
        local_moment(d + Duration::days(1), NaiveTime::MIN, tz).unwrap_or(now + Duration::days(1))
    };
    if rep.sent_this_week >= limits.per_week {
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        let next_week = next_day(monday + Duration::days(6));
        return Some(Hold::Until(limits.next_allowed(next_week, team)));
    }
    if rep.sent_today >= limits.per_day {
        return Some(Hold::Until(limits.next_allowed(next_day(today), team)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> NudgeLimits {
        NudgeLimits {
            per_day: 1,
            per_week: 2,
            quiet_from: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            quiet_until: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            quiet_weekends: true,
            stale_after: Duration::hours(72),
            inactive_days: 5,
            behind_pace_points: 10,
            check_hour: 10,
        }
    }
    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }
    fn rep() -> RepState {
        RepState {
            opted_out: false,
            away_until: None,
            sent_today: 0,
            sent_this_week: 0,
        }
    }
    fn berlin() -> TeamTime {
        TeamTime {
            tz: chrono_tz::Europe::Berlin,
            days: WorkingDays::weekdays(),
        }
    }

    #[test]
    fn quiet_hours_wrap_midnight_and_weekends_are_quiet() {
        let l = limits();
        // Tuesday 10 March 2026: Berlin is UTC+1.
        assert!(!l.is_quiet(at("2026-03-10T09:00:00Z"), &berlin())); // 10:00
        assert!(l.is_quiet(at("2026-03-10T17:30:00Z"), &berlin())); // 18:30
        assert!(l.is_quiet(at("2026-03-10T05:00:00Z"), &berlin())); // 06:00
        assert!(l.is_quiet(at("2026-03-14T10:00:00Z"), &berlin())); // Saturday
        let holiday = TeamTime {
            days: WorkingDays::weekdays_except(["2026-03-10".parse().unwrap()]),
            ..berlin()
        };
        assert!(
            l.is_quiet(at("2026-03-10T09:00:00Z"), &holiday),
            "a day off"
        );
    }

    #[test]
    fn a_nudge_due_in_quiet_time_waits_for_the_next_allowed_moment() {
        let l = limits();
        // Friday 19:00 Berlin → Monday 09:00 Berlin (08:00 UTC).
        let friday_evening = at("2026-03-13T18:00:00Z");
        assert_eq!(
            l.next_allowed(friday_evening, &berlin()),
            at("2026-03-16T08:00:00Z")
        );
        assert_eq!(
            hold(&l, &rep(), friday_evening, friday_evening, &berlin()),
            Some(Hold::Until(at("2026-03-16T08:00:00Z")))
        );
    }

    #[test]
    fn a_nudge_about_a_private_quota_goes_to_the_rep_alone() {
        use NudgeDelivery::*;
        use NudgeKind::*;
        use QuotaVisibility::{Private, Team};
        assert_eq!(route(Channel, BehindPace, Private), Route::Dm);
        assert_eq!(route(Channel, BehindPace, Team), Route::Channel);
        assert_eq!(route(Channel, Inactive, Private), Route::Channel);
        assert_eq!(route(Dm, Inactive, Team), Route::Dm);
        assert_eq!(route(Off, BehindPace, Private), Route::Off);
    }

    #[test]
    fn limits_per_day_and_week_hold_until_a_new_day_or_week() {
        let l = limits();
        let tuesday = at("2026-03-10T10:00:00Z");
        let one_today = RepState {
            sent_today: 1,
            sent_this_week: 1,
            ..rep()
        };
        assert_eq!(
            hold(&l, &one_today, tuesday, tuesday, &berlin()),
            Some(Hold::Until(at("2026-03-11T08:00:00Z"))),
            "Wednesday 09:00 Berlin"
        );
        let two_this_week = RepState {
            sent_today: 0,
            sent_this_week: 2,
            ..rep()
        };
        assert_eq!(
            hold(&l, &two_this_week, tuesday, tuesday, &berlin()),
            Some(Hold::Until(at("2026-03-16T08:00:00Z"))),
            "next Monday 09:00 Berlin"
        );
        assert_eq!(hold(&l, &rep(), tuesday, tuesday, &berlin()), None);
    }

    #[test]
    fn opted_out_away_and_stale_nudges_are_dropped() {
        let l = limits();
        let now = at("2026-03-10T10:00:00Z");
        let out = RepState {
            opted_out: true,
            ..rep()
        };
        assert_eq!(
            hold(&l, &out, now, now, &berlin()),
            Some(Hold::Drop("opted_out"))
        );
        let away = RepState {
            away_until: Some("2026-03-12".parse().unwrap()),
            ..rep()
        };
        assert_eq!(
            hold(&l, &away, now, now, &berlin()),
            Some(Hold::Drop("away"))
        );
        let back = RepState {
            away_until: Some("2026-03-09".parse().unwrap()),
            ..rep()
        };
        assert_eq!(hold(&l, &back, now, now, &berlin()), None, "back yesterday");
        assert_eq!(
            hold(&l, &rep(), now - Duration::hours(73), now, &berlin()),
            Some(Hold::Drop("stale"))
        );
    }
}
