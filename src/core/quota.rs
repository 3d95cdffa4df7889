//! Quota attainment and pace: how far along someone is, where they should be by now,
//! and where they will finish at their current rate. Integer maths throughout;
//! percentages are basis points (1 % = 100 bp).

use super::closed_set::closed_set;
use super::period::{FiscalYearStart, Period, PeriodKind};
use crate::core::calendar::WorkingDays;
use crate::core::ids::{MemberId, TeamId};
use crate::core::ratio::ratio_bp;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// Whose quota: one rep, a team, or everyone in the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum QuotaSubject {
    Member(MemberId),
    Team(TeamId),
    Everyone,
}

impl QuotaSubject {
    pub fn kind(&self) -> &'static str {
        match self {
            QuotaSubject::Member(_) => "member",
            QuotaSubject::Team(_) => "team",
            QuotaSubject::Everyone => "everyone",
        }
    }
    /// "member:12", "team:3" or "everyone": how snapshots and alerts name a subject.
    pub fn key(&self) -> String {
        match self {
            QuotaSubject::Everyone => "everyone".to_string(),
            QuotaSubject::Member(id) => format!("member:{id}"),
            QuotaSubject::Team(id) => format!("team:{id}"),
        }
    }
}

closed_set! {
    /// The periods quotas are set for.
    pub enum QuotaPeriod {
        Month => "month";
        Quarter => "quarter";
        Year => "year";
    }
}

closed_set! {
    /// Which quota `/quota check` looks at: this period of a kind, or the last one.
    pub enum QuotaCheckPeriod {
        Month => "month";
        Quarter => "quarter";
        Year => "year";
        LastMonth => "last_month";
        LastQuarter => "last_quarter";
        LastYear => "last_year";
    }
}

impl QuotaCheckPeriod {
    /// The kind of quota it is.
    pub fn quota_period(self) -> QuotaPeriod {
        match self {
            QuotaCheckPeriod::Month | QuotaCheckPeriod::LastMonth => QuotaPeriod::Month,
            QuotaCheckPeriod::Quarter | QuotaCheckPeriod::LastQuarter => QuotaPeriod::Quarter,
            QuotaCheckPeriod::Year | QuotaCheckPeriod::LastYear => QuotaPeriod::Year,
        }
    }

    /// The period it names on `today`.
    pub fn period(self, today: NaiveDate, fiscal: FiscalYearStart) -> Period {
        let this = Period::containing(self.quota_period().kind(), today, fiscal);
        match self {
            QuotaCheckPeriod::Month | QuotaCheckPeriod::Quarter | QuotaCheckPeriod::Year => this,
            QuotaCheckPeriod::LastMonth
            | QuotaCheckPeriod::LastQuarter
            | QuotaCheckPeriod::LastYear => this.previous(),
        }
    }
}

impl QuotaPeriod {
    /// The kind of quota set for a period like `period`; weeks and custom ranges have
    /// none.
    pub fn of(period: &Period) -> Option<QuotaPeriod> {
        match period.kind {
            PeriodKind::Month => Some(QuotaPeriod::Month),
            PeriodKind::Quarter => Some(QuotaPeriod::Quarter),
            PeriodKind::FiscalYear => Some(QuotaPeriod::Year),
            PeriodKind::Week | PeriodKind::Custom => None,
        }
    }

    pub fn kind(self) -> PeriodKind {
        match self {
            QuotaPeriod::Month => PeriodKind::Month,
            QuotaPeriod::Quarter => PeriodKind::Quarter,
            QuotaPeriod::Year => PeriodKind::FiscalYear,
        }
    }
}

closed_set! {
    /// Who besides the rep and managers may see a rep's quota detail.
    pub enum QuotaVisibility {
        Private => "private";
        Team => "team";
    }
}

/// Who a board is shown to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// A manager, privately.
    Manager,
    /// A rep who asked for it.
    Rep(MemberId),
    /// Everyone in a channel (a scheduled post).
    Channel,
}

/// Whether `audience` may see `member`'s attainment, which reveals their quota. With
/// private quotas only managers see everyone's, a rep sees their own, and a channel
/// sees none; when the team shares quotas, everyone sees them.
pub fn attainment_visible(
    visibility: QuotaVisibility,
    audience: Audience,
    member: MemberId,
) -> bool {
    match (visibility, audience) {
        (_, Audience::Manager) | (QuotaVisibility::Team, _) => true,
        (QuotaVisibility::Private, Audience::Rep(me)) => me == member,
        (QuotaVisibility::Private, Audience::Channel) => false,
    }
}

/// Where someone stands against a quota on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pace {
    pub won: i64,
    pub quota: i64,
    /// won ÷ quota, in basis points (10 000 = 100 %).
    pub attainment_bp: i64,
    /// Where a steady pace over the period's working days would be by the end of today.
    pub expected_by_now: i64,
    /// `expected_by_now - won`: positive when behind, negative when ahead.
    pub behind_by: i64,
    /// Still to win to reach the quota (0 once reached).
    pub remaining: i64,
    pub business_days_total: i64,
    pub business_days_elapsed: i64,
    pub business_days_left: i64,
    /// What each remaining five-business-day week needs to reach the quota.
    pub needed_per_week: Option<i64>,
    /// The finish at the current run-rate (won per elapsed business day × all of them).
    pub projected: Option<i64>,
    pub projected_bp: Option<i64>,
}

fn div_ceil(a: i128, b: i128) -> i128 {
    (a + b - 1) / b
}

/// Business days a run-rate needs before it projects a finish: one day's wins times
/// the month said "1,760 %" on the 1st.
pub const MIN_DAYS_TO_PROJECT: i64 = 3;

/// The pace of `won` against `quota` over `period`'s working days, as of the end of
/// `today`.
pub fn pace(won: i64, quota: i64, period: &Period, today: NaiveDate, days: &WorkingDays) -> Pace {
    let total = days.count(period.start, period.end);
    let elapsed_until = (today + Duration::days(1)).clamp(period.start, period.end);
    let elapsed = days.count(period.start, elapsed_until);
    let left = total - elapsed;
    let expected = if total > 0 {
        crate::core::ratio::to_i64((i128::from(quota) * i128::from(elapsed)) / i128::from(total))
    } else {
        quota
    };
    let remaining = (quota - won).max(0);
    let needed_per_week = (left > 0 && remaining > 0)
        .then(|| crate::core::ratio::to_i64(div_ceil(i128::from(remaining) * 5, i128::from(left))));
    let projected = (elapsed >= MIN_DAYS_TO_PROJECT.min(total) && elapsed > 0).then(|| {
        crate::core::ratio::to_i64((i128::from(won) * i128::from(total)) / i128::from(elapsed))
    });
    Pace {
        won,
        quota,
        attainment_bp: ratio_bp(won, quota),
        expected_by_now: expected,
        behind_by: expected - won,
        remaining,
        business_days_total: total,
        business_days_elapsed: elapsed,
        business_days_left: left,
        needed_per_week: if remaining == 0 {
            Some(0)
        } else {
            needed_per_week
        },
        projected,
        projected_bp: projected.map(|p| ratio_bp(p, quota)),
    }
}

pub use crate::core::ratio::percent;

/// A text progress bar, 10 cells, capped at full: `▓▓▓▓▓░░░░░`.
pub fn progress_bar(bp: i64) -> String {
    let filled = (bp.clamp(0, 10_000) / 1_000) as usize;
    format!("{}{}", "▓".repeat(filled), "░".repeat(10 - filled))
}

#[cfg(test)]
// Amounts in these tests are written major_minor (100_000_00 is 100,000.00).
#[allow(clippy::inconsistent_digit_grouping)]
mod tests {
    use super::*;
    use crate::core::period::{FiscalYearStart, PeriodKind};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn wd() -> WorkingDays {
        WorkingDays::weekdays()
    }

    #[test]
    fn pace_midway_through_march() {
        let march = Period::containing(
            PeriodKind::Month,
            d("2026-03-10"),
            FiscalYearStart::january(),
        );
        // Tuesday 10 March: 7 of 22 business days done (2-6, 9, 10).
        let p = pace(30_000_00, 100_000_00, &march, d("2026-03-10"), &wd());
        assert_eq!(
            (
                p.business_days_total,
                p.business_days_elapsed,
                p.business_days_left
            ),
            (22, 7, 15)
        );
        assert_eq!(p.attainment_bp, 3_000);
        assert_eq!(p.expected_by_now, 31_818_18, "100,000 × 7/22, rounded down");
        assert_eq!(p.behind_by, 1_818_18);
        assert_eq!(p.remaining, 70_000_00);
        // 70,000 over 15 business days = 3 weeks: 23,333.34 a week (rounded up).
        assert_eq!(p.needed_per_week, Some(23_333_34));
        // 30,000 in 7 days → 94,285.71 over 22.
        assert_eq!(p.projected, Some(94_285_71));
        assert_eq!(p.projected_bp, Some(9_428));
    }

    #[test]
    fn pace_at_the_edges() {
        let march = Period::containing(
            PeriodKind::Month,
            d("2026-03-10"),
            FiscalYearStart::january(),
        );
        // Before any business day (Sunday 1 March): nothing expected, no run-rate yet.
        let p = pace(0, 1_000, &march, d("2026-03-01"), &wd());
        assert_eq!(
            (p.business_days_elapsed, p.expected_by_now, p.projected),
            (0, 0, None)
        );
        // Too early: two business days do not make a run-rate.
        let p = pace(500, 1_000, &march, d("2026-03-03"), &wd());
        assert_eq!((p.business_days_elapsed, p.projected), (2, None));
        let p = pace(500, 1_000, &march, d("2026-03-04"), &wd());
        assert_eq!(p.business_days_elapsed, 3);
        assert!(p.projected.is_some());
        // Last day: all elapsed, nothing left, quota beaten.
        let p = pace(1_500, 1_000, &march, d("2026-03-31"), &wd());
        assert_eq!(
            (p.business_days_left, p.remaining, p.needed_per_week),
            (0, 0, Some(0))
        );
        assert_eq!(p.attainment_bp, 15_000);
        assert_eq!(p.behind_by, -500);
        // Behind on the last day: no weeks left to spread the rest over.
        let p = pace(500, 1_000, &march, d("2026-03-31"), &wd());
        assert_eq!(p.needed_per_week, None);
        // A day after the period: clamped to the period.
        let p = pace(500, 1_000, &march, d("2026-04-15"), &wd());
        assert_eq!(p.business_days_elapsed, 22);
    }

    #[test]
    fn a_public_holiday_is_not_a_day_of_pace() {
        use crate::core::calendar::{HolidayCountry, TeamCalendar};
        let pl = TeamCalendar {
            country: HolidayCountry::from_code("PL"),
            ..TeamCalendar::default()
        }
        .working_days();
        let april = Period::containing(
            PeriodKind::Month,
            d("2026-04-10"),
            FiscalYearStart::january(),
        );
        // Easter Monday (6 April) is off: 21 working days, 7 of them by 10 April.
        let p = pace(0, 21_000, &april, d("2026-04-10"), &pl);
        assert_eq!((p.business_days_total, p.business_days_elapsed), (21, 7));
        assert_eq!(p.expected_by_now, 7_000);
        let weekdays = pace(0, 21_000, &april, d("2026-04-10"), &wd());
        assert_eq!(
            weekdays.business_days_total, 22,
            "without the calendar it was 22"
        );
    }

    #[test]
    fn percent_and_bar() {
        assert_eq!(percent(5_234), "52.3 %");
        assert_eq!(percent(12_000), "120.0 %");
        // Rounded half up, not cut: 0.05 % is 0.1 %, 68.75 % is 68.8 %.
        assert_eq!(percent(5), "0.1 %");
        assert_eq!(percent(4), "0.0 %");
        assert_eq!(percent(6_875), "68.8 %");
        assert_eq!(percent(-6_875), "-68.8 %");
        assert_eq!(progress_bar(5_234), "▓▓▓▓▓░░░░░");
        assert_eq!(progress_bar(12_000), "▓▓▓▓▓▓▓▓▓▓");
        assert_eq!(progress_bar(-5), "░░░░░░░░░░");
    }
}
