//! Contests and duels: what they rank, when they run, and who won. Pure; the
//! standings come from the same entries a leaderboard ranks.

use crate::core::closed_set::closed_set;
use crate::core::ids::{MemberId, TeamId};
use crate::core::ranking::{Metric, Ranked};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

closed_set! {
    /// How a contest scores its metric.
    pub enum Scoring {
        Total => "total", "Total: the metric as it is";
        PercentOfQuota => "percent_of_quota", "% of quota: fair to reps with different quotas";
    }
}

closed_set! {
    /// Where a contest is in its life.
    pub enum ContestState {
        Scheduled => "scheduled", "Starts later";
        Running => "running", "Running";
        Ended => "ended", "Ended";
        Cancelled => "cancelled", "Cancelled";
    }
}

closed_set! {
    /// Where a duel is in its life.
    pub enum DuelState {
        Proposed => "proposed", "Waiting for an answer";
        Running => "running", "Running";
        Declined => "declined", "Declined";
        Ended => "ended", "Ended";
        Expired => "expired", "Not answered in time";
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
    pub id: i64,
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
    pub channel_id: String,
    /// When standings are posted while it runs (a schedule: "daily 17:00").
    pub standings: Option<String>,
    pub state: ContestState,
}

/// A duel as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duel {
    pub id: i64,
    pub challenger: (MemberId, String),
    pub opponent: (MemberId, String),
    pub metric: Metric,
    pub days: i64,
    pub state: DuelState,
    pub proposed_at: DateTime<Utc>,
    /// Set once accepted: the first and the last day, included.
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub channel_id: String,
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
