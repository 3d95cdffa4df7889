//! Contests and duels: what they rank, when they run, and who won. Pure; the
//! standings come from the same entries a leaderboard ranks.

use crate::core::calendar::WorkingDays;
use crate::core::closed_set::closed_set;
use crate::core::ids::{ChannelId, ContestId, DuelId, MemberId, TeamId};
use crate::core::period::{Period, PeriodKind};
use crate::core::ranking::{Metric, Ranked};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

closed_set! {
    /// How a contest scores its metric.
    pub enum Scoring {
        Total => "total";
        PercentOfQuota => "percent_of_quota";
    }
}

closed_set! {
    /// Where a contest is in its life.
    pub enum ContestState {
        Scheduled => "scheduled";
        Running => "running";
        Ended => "ended";
        Cancelled => "cancelled";
    }
}

closed_set! {
    /// Where a duel is in its life.
    pub enum DuelState {
        Proposed => "proposed";
        Running => "running";
        Declined => "declined";
        Ended => "ended";
        Expired => "expired";
    }
}

/// The local hour contest and duel posts go out at: a start on its first day, the
/// results on the day after the last.
pub const POST_HOUR: u32 = 9;

/// How long a challenge waits for its answer.
pub const DUEL_ANSWER_HOURS: i64 = 48;

/// Contests and duels last at most this long.
pub const MAX_DAYS: i64 = 366;

/// A contest as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contest {
    pub id: ContestId,
    pub name: String,
    pub metric: Metric,
    pub scoring: Scoring,
    pub by_teams: bool,
    /// Only this team's reps.
    pub team: Option<(TeamId, String)>,
    pub starts_on: NaiveDate,
    /// The last day, included.
    pub ends_on: NaiveDate,
    pub prize: Option<String>,
    /// Everyone who reaches it wins (in the metric's units; basis points of quota for
    /// percent_of_quota).
    pub target: Option<i64>,
    pub channel_id: ChannelId,
    /// When standings are posted while it runs (a schedule: "daily 17:00").
    pub standings: Option<String>,
    pub state: ContestState,
}

/// A duel as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duel {
    pub id: DuelId,
    pub challenger: (MemberId, String),
    pub opponent: (MemberId, String),
    pub metric: Metric,
    pub days: i64,
    pub state: DuelState,
    pub proposed_at: DateTime<Utc>,
    /// Set once accepted: the first and the last day, included.
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// The moment it was accepted: only what is won (or logged) from then counts.
    /// None for duels accepted before Dealbell kept it (they count their whole days).
    pub started_at: Option<DateTime<Utc>>,
    pub channel_id: ChannelId,
}

impl Duel {
    /// The other duelist's name, as `me` sees the duel.
    pub fn other_than(&self, me: MemberId) -> &str {
        if self.challenger.0 == me {
            &self.opponent.1
        } else {
            &self.challenger.1
        }
    }

    /// Scores as kept (the challenger's, the opponent's), turned to (mine, theirs).
    pub fn mine_first(&self, me: MemberId, scores: (i64, i64)) -> (i64, i64) {
        if self.challenger.0 == me {
            scores
        } else {
            (scores.1, scores.0)
        }
    }
}

/// The moment a post for `day` goes out in `tz` (the first one, when clocks repeat it).
pub fn post_moment(day: NaiveDate, tz: Tz) -> Option<DateTime<Utc>> {
    let time = NaiveTime::from_hms_opt(POST_HOUR, 0, 0)?;
    crate::core::nudge::local_moment(day, time, tz)
}

/// When a contest's start post is due.
pub fn start_moment(contest: &Contest, tz: Tz) -> Option<DateTime<Utc>> {
    post_moment(contest.starts_on, tz)
}

/// When results are due: the morning after the last day.
pub fn results_moment(last_day: NaiveDate, tz: Tz) -> Option<DateTime<Utc>> {
    post_moment(last_day + Duration::days(1), tz)
}

/// One of a rep's quotas: its period and its amount (minor units of the team's currency).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotaSpan {
    pub period: Period,
    pub amount: i64,
}

/// Which days a prorated quota is shared over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proration {
    /// Each working day of a quota's period carries an equal share of it.
    WorkingDays,
    /// Every day does (a contest with no working day in it).
    CalendarDays,
}

impl Proration {
    /// Working days, unless the contest has none (a weekend contest).
    pub fn for_contest(first: NaiveDate, last: NaiveDate, days: &WorkingDays) -> Proration {
        if days.count(first, last + Duration::days(1)) > 0 {
            Proration::WorkingDays
        } else {
            Proration::CalendarDays
        }
    }

    fn counts(self, day: NaiveDate, days: &WorkingDays) -> bool {
        match self {
            Proration::WorkingDays => days.is_working(day),
            Proration::CalendarDays => true,
        }
    }

    /// How many days it shares a quota over in `[start, end)`.
    fn days_in(self, start: NaiveDate, end: NaiveDate, days: &WorkingDays) -> i64 {
        match self {
            Proration::WorkingDays => days.count(start, end),
            Proration::CalendarDays => (end - start).num_days().max(0),
        }
    }
}

/// A quota prorated over some days, kept exact: `numerator / denominator` minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProratedQuota {
    numerator: i128,
    denominator: i128,
}

impl ProratedQuota {
    /// `revenue` as basis points of this quota, rounded half up (the one rounding).
    pub fn score_bp(&self, revenue: i64) -> i64 {
        let top = i128::from(revenue) * 10_000 * self.denominator;
        let bp = (2 * top + self.numerator) / (2 * self.numerator);
        i64::try_from(bp).unwrap_or(i64::MAX)
    }

    /// The quota in minor units, rounded half up (for showing it to its rep).
    pub fn minor(&self) -> i64 {
        let m = (2 * self.numerator + self.denominator) / (2 * self.denominator);
        i64::try_from(m).unwrap_or(i64::MAX)
    }
}

fn kind_order(kind: PeriodKind) -> u8 {
    match kind {
        PeriodKind::Week => 0,
        PeriodKind::Month => 1,
        PeriodKind::Quarter => 2,
        PeriodKind::FiscalYear | PeriodKind::Custom => 3,
    }
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

/// A rep's quota for the days `first..=last`: each counted day carries its share of the
/// quota of the shortest period around it that has one (a month's quota over April, the
/// quarter's over a May without one). None when some counted day has no quota at all, or
/// the quotas come to nothing: the rep has no quota for the contest's days.
pub fn prorated_quota(
    first: NaiveDate,
    last: NaiveDate,
    spans: &[QuotaSpan],
    days: &WorkingDays,
    how: Proration,
) -> Option<ProratedQuota> {
    let mut covered: Vec<(QuotaSpan, i64)> = Vec::new();
    for day in first.iter_days().take_while(|d| *d <= last) {
        if !how.counts(day, days) {
            continue;
        }
        let span = spans
            .iter()
            .filter(|s| s.period.contains(day))
            .min_by_key(|s| (kind_order(s.period.kind), s.period.start))?;
        match covered.iter_mut().find(|(s, _)| s == span) {
            Some((_, n)) => *n += 1,
            None => covered.push((*span, 1)),
        }
    }
    let mut numerator: i128 = 0;
    let mut denominator: i128 = 1;
    for (span, count) in covered {
        let total = i128::from(how.days_in(span.period.start, span.period.end, days));
        if total == 0 {
            continue;
        }
        // numerator/denominator + amount × count / total, over their least common
        // denominator.
        let lcm = denominator / gcd(denominator, total) * total;
        numerator = numerator * (lcm / denominator)
            + i128::from(span.amount) * i128::from(count) * (lcm / total);
        denominator = lcm;
    }
    (numerator > 0).then_some(ProratedQuota {
        numerator,
        denominator,
    })
}

/// Who won: with a target, everyone who reached it; otherwise everyone at #1 (a tie
/// shares the place). Nobody with nothing.
pub fn winners(ranked: &[Ranked], target: Option<i64>) -> Vec<&Ranked> {
    match target {
        Some(t) => ranked.iter().filter(|r| r.entry.value >= t).collect(),
        None => ranked
            .iter()
            .filter(|r| r.rank == 1 && r.entry.value > 0)
            .collect(),
    }
}

/// A contest name people can type back: trimmed, 1-60 characters, no line breaks.
pub fn clean_name(raw: &str) -> Option<String> {
    let name: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty() && name.chars().count() <= 60).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ranking::{Contender, Entry, rank};

    fn board(values: &[(i64, i64)]) -> Vec<Ranked> {
        rank(
            values
                .iter()
                .map(|(id, v)| Entry {
                    who: Contender::Member(MemberId(*id)),
                    name: format!("rep{id}"),
                    value: *v,
                    secondary: 0,
                })
                .collect(),
        )
    }

    #[test]
    fn a_tie_at_the_top_shares_the_win_and_a_target_is_won_by_all_who_reach_it() {
        let ranked = board(&[(1, 500), (2, 500), (3, 300)]);
        let names: Vec<&str> = winners(&ranked, None)
            .iter()
            .map(|r| r.entry.name.as_str())
            .collect();
        assert_eq!(names, vec!["rep1", "rep2"]);
        assert_eq!(winners(&ranked, Some(300)).len(), 3);
        assert_eq!(winners(&ranked, Some(600)).len(), 0);
        assert!(
            winners(&board(&[(1, 0)]), None).is_empty(),
            "nothing, no win"
        );
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn quota(kind: PeriodKind, inside: &str, amount: i64) -> QuotaSpan {
        let fy = crate::core::period::FiscalYearStart::new(4).unwrap();
        QuotaSpan {
            period: Period::containing(kind, d(inside), fy),
            amount,
        }
    }

    #[test]
    fn a_contest_over_two_months_is_scored_against_both_months_quotas() {
        // 20 Apr – 10 May 2026, weekdays: April has 22 working days, 9 of them in the
        // contest (20–30 Apr); May has 21, 6 of them (1–8 May).
        let spans = [
            quota(PeriodKind::Month, "2026-04-01", 50_000),
            quota(PeriodKind::Month, "2026-05-01", 80_000),
        ];
        let days = WorkingDays::weekdays();
        let q = prorated_quota(
            d("2026-04-20"),
            d("2026-05-10"),
            &spans,
            &days,
            Proration::WorkingDays,
        )
        .unwrap();
        // 50,000 × 9/22 + 80,000 × 6/21 = 20,454.55 + 22,857.14 = 43,311.69
        assert_eq!(q.minor(), 43_312);
        // 60,000 won reads 138.5 %, not 120.0 % (60,000 ÷ April's 50,000).
        assert_eq!(q.score_bp(60_000), 13_853);
    }

    #[test]
    fn a_quarter_or_year_quota_counts_and_the_shortest_wins() {
        let days = WorkingDays::weekdays();
        let (first, last) = (d("2026-04-20"), d("2026-05-10"));
        let quarter = [quota(PeriodKind::Quarter, "2026-04-01", 150_000)];
        let q = prorated_quota(first, last, &quarter, &days, Proration::WorkingDays).unwrap();
        // Q1 FY2026/27 (Apr–Jun 2026): 65 weekdays, 15 in the contest.
        assert_eq!(q.minor(), 34_615);
        // A month quota in April and the quarter's for May.
        let mixed = [quarter[0], quota(PeriodKind::Month, "2026-04-01", 50_000)];
        let q = prorated_quota(first, last, &mixed, &days, Proration::WorkingDays).unwrap();
        // 50,000 × 9/22 + 150,000 × 6/65, rounded once.
        assert_eq!(q.minor(), 34_301);
        let year = [quota(PeriodKind::FiscalYear, "2026-04-01", 600_000)];
        assert!(prorated_quota(first, last, &year, &days, Proration::WorkingDays).is_some());
        // April's month only: May has no quota, so the rep has none for the contest.
        assert_eq!(
            prorated_quota(first, last, &mixed[1..], &days, Proration::WorkingDays),
            None
        );
    }

    #[test]
    fn a_weekend_contest_shares_quotas_by_calendar_days() {
        let days = WorkingDays::weekdays();
        let (sat, sun) = (d("2026-04-25"), d("2026-04-26"));
        assert_eq!(
            Proration::for_contest(sat, sun, &days),
            Proration::CalendarDays
        );
        let april = [quota(PeriodKind::Month, "2026-04-01", 30_000)];
        let q = prorated_quota(sat, sun, &april, &days, Proration::CalendarDays).unwrap();
        assert_eq!(q.minor(), 2_000, "2 of April's 30 days");
    }

    #[test]
    fn names_are_tidied_and_bounded() {
        assert_eq!(
            clean_name("  March   Madness "),
            Some("March Madness".into())
        );
        assert_eq!(clean_name("   "), None);
        assert_eq!(clean_name(&"x".repeat(61)), None);
    }

    #[test]
    fn results_go_out_the_morning_after_the_last_day() {
        let tz: Tz = chrono_tz::Europe::Berlin;
        let at = results_moment("2026-03-31".parse().unwrap(), tz).unwrap();
        assert_eq!(at, "2026-04-01T07:00:00Z".parse::<DateTime<Utc>>().unwrap());
    }
}
