//! The race a win changes: where the rep stood before and after it, whom they passed,
//! how far the next place is, and the milestones it reached. Pure: the figures come
//! in, typed news goes out (`views::race_words` says it in the reader's language).

use crate::core::calendar::WorkingDays;
use crate::core::ids::MemberId;
use crate::core::ranking::{Contender, Entry, Ranked, rank};
use chrono::{Datelike, Duration, NaiveDate};

/// How a win moved its rep on the period's board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaceChange {
    /// None: the rep was not on the board before this win.
    pub rank_before: Option<u32>,
    pub rank_after: u32,
    pub contenders: usize,
    /// Whoever the rep was level with or behind before (or, for a newcomer, beat on
    /// the way in), and is ahead of now.
    pub passed: Vec<String>,
    /// The place above: who holds it, how far ahead they are, and which rank it is.
    pub chasing: Option<(Vec<String>, i64, u32)>,
    /// When the rep leads: the runner-up(s) and the margin (0: level).
    pub leading: Option<(Vec<String>, i64)>,
}

/// The change a win of `gained` made for `me`, from the board after it (`after`, one
/// entry per contender; `secondary` is the deal count). None when `me` is not on it.
pub fn race_change(after: &[Entry], me: MemberId, gained: i64) -> Option<RaceChange> {
    let me_who = Contender::Member(me);
    let mine = after.iter().find(|e| e.who == me_who)?;
    let before: Vec<Entry> = after
        .iter()
        .filter_map(|e| {
            if e.who != me_who {
                return Some(e.clone());
            }
            // Without this win: gone from the board if it was the rep's only one.
            (e.secondary > 1).then(|| Entry {
                value: e.value - gained,
                secondary: e.secondary - 1,
                ..e.clone()
            })
        })
        .collect();
    let value_before = before.iter().find(|e| e.who == me_who).map(|e| e.value);
    let ranked_after = rank(after.to_vec());
    let ranked_before = rank(before);
    let rank_of = |ranked: &[Ranked]| {
        ranked
            .iter()
            .find(|r| r.entry.who == me_who)
            .map(|r| r.rank)
    };
    let rank_after = rank_of(&ranked_after)?;
    let rank_before = rank_of(&ranked_before);
    let others = || ranked_after.iter().filter(|r| r.entry.who != me_who);
    let passed = if gained > 0 {
        others()
            .filter(|r| {
                let v = r.entry.value;
                // A newcomer starts from nothing: everyone it beat on the way in is passed.
                v < mine.value && v >= value_before.unwrap_or(0)
            })
            .map(|r| r.entry.name.clone())
            .collect()
    } else {
        Vec::new()
    };
    let above = others()
        .filter(|r| r.entry.value > mine.value)
        .map(|r| r.entry.value)
        .min();
    let chasing = above.map(|value| {
        let holders: Vec<&Ranked> = others().filter(|r| r.entry.value == value).collect();
        (
            holders.iter().map(|r| r.entry.name.clone()).collect(),
            value - mine.value,
            holders[0].rank,
        )
    });
    let leading = if above.is_none() {
        others().map(|r| r.entry.value).max().map(|runner_up| {
            let names = others()
                .filter(|r| r.entry.value == runner_up)
                .map(|r| r.entry.name.clone())
                .collect();
            (names, mine.value - runner_up)
        })
    } else {
        None
    };
    Some(RaceChange {
        rank_before,
        rank_after,
        contenders: ranked_after.len(),
        passed,
        chasing,
        leading,
    })
}

/// Something worth saying about a win besides the race.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Milestone {
    /// The rep's first win ever.
    FirstWin,
    /// The rep's first win of the period (a month).
    FirstOfPeriod(crate::core::period::Period),
    /// The rep crossed this percentage of their quota (50, 100, 150).
    Quota(u32),
    /// The largest deal won in the period so far.
    BiggestDeal(crate::core::period::Period),
    /// A sales team (by name), or everyone (None), reached its goal for the period.
    TeamGoal(Option<String>),
    /// A win in this many working weeks running.
    Streak(u32),
}

/// The quota thresholds worth announcing, in percent.
pub const QUOTA_MILESTONES: [u32; 3] = [50, 100, 150];

/// The highest milestone crossed by going from `before` to `after` against `quota`.
pub fn quota_crossed(before: i64, after: i64, quota: i64) -> Option<u32> {
    if quota <= 0 {
        return None;
    }
    QUOTA_MILESTONES.iter().rev().copied().find(|p| {
        let mark = i128::from(quota) * i128::from(*p);
        i128::from(before) * 100 < mark && i128::from(after) * 100 >= mark
    })
}

/// Where a win leaves its rep in a running duel, from their score before it and after
/// it against the other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuelMove {
    TakesTheLead,
    StaysAhead,
    DrawsLevel,
    ClosesIn,
}

pub fn duel_move(before: i64, after: i64, theirs: i64) -> DuelMove {
    match after.cmp(&theirs) {
        std::cmp::Ordering::Greater if before <= theirs => DuelMove::TakesTheLead,
        std::cmp::Ordering::Greater => DuelMove::StaysAhead,
        std::cmp::Ordering::Equal => DuelMove::DrawsLevel,
        std::cmp::Ordering::Less => DuelMove::ClosesIn,
    }
}

/// A week, by its Monday.
/// The Monday of a day's week: weeks run Monday to Sunday.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Whether a week (by its Monday) has a working day.
fn has_working_day(monday: NaiveDate, days: &WorkingDays) -> bool {
    (0..7).any(|i| days.is_working(monday + Duration::days(i)))
}

/// The streak a win on `won_on` extends: how many working weeks running, up to and
/// including its own, the rep has won in (`win_days`: the days they won on, this win's
/// included; `wins_this_week`: how many wins its week has, this one included). Weeks
/// without a working day are passed over. 0 when the win is not the first of its week
/// (the streak was already told that week).
pub fn streak_extended(
    win_days: &[NaiveDate],
    wins_this_week: i64,
    won_on: NaiveDate,
    days: &WorkingDays,
) -> u32 {
    let this_week = week_of(won_on);
    if wins_this_week != 1 {
        return 0;
    }
    let weeks: std::collections::BTreeSet<NaiveDate> =
        win_days.iter().map(|d| week_of(*d)).collect();
    let mut streak = 0;
    let mut week = this_week;
    // A rep's whole history is at most a few hundred weeks; the bound is a guard.
    for _ in 0..1_000 {
        if weeks.contains(&week) {
            streak += 1;
        } else if has_working_day(week, days) {
            break;
        }
        week -= Duration::days(7);
    }
    streak
}

/// Boards for the race's tests, and for the tests of its words (`views::race_words`).
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    /// A member's row: `value` won across `deals` deals.
    pub fn entry(id: i64, name: &str, value: i64, deals: i64) -> Entry {
        Entry {
            who: Contender::Member(MemberId(id)),
            name: name.into(),
            value,
            secondary: deals,
        }
    }

    /// The month after Bob (member 1) wins 2,000: he had 1,000 behind Alice's 2,000,
    /// Dan's 2,500 and Carol's 9,000, and now has 3,000.
    pub fn bob_passes_two() -> Vec<Entry> {
        vec![
            entry(1, "Bob", 300_000, 2),
            entry(2, "Alice", 200_000, 1),
            entry(3, "Dan", 250_000, 1),
            entry(4, "Carol", 900_000, 3),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::bob_passes_two;
    use super::*;

    #[test]
    fn a_win_in_a_duel_is_told_by_where_it_leaves_the_rep() {
        assert_eq!(duel_move(1, 3, 2), DuelMove::TakesTheLead);
        assert_eq!(duel_move(2, 3, 2), DuelMove::TakesTheLead, "from level");
        assert_eq!(duel_move(3, 4, 2), DuelMove::StaysAhead);
        assert_eq!(duel_move(1, 2, 2), DuelMove::DrawsLevel);
        assert_eq!(duel_move(0, 1, 3), DuelMove::ClosesIn);
    }

    #[test]
    fn a_win_that_passes_two_names_both_and_the_gap_to_the_leader() {
        let change = race_change(&bob_passes_two(), MemberId(1), 200_000).unwrap();
        assert_eq!(change.rank_before, Some(4));
        assert_eq!(change.rank_after, 2);
        assert_eq!(change.passed, vec!["Dan".to_string(), "Alice".to_string()]);
        assert_eq!(
            change.chasing,
            Some((vec!["Carol".to_string()], 600_000, 1))
        );
        assert_eq!(change.leading, None);
    }

    #[test]
    fn quota_milestones_are_the_highest_crossed() {
        assert_eq!(quota_crossed(40, 60, 100), Some(50));
        assert_eq!(quota_crossed(40, 100, 100), Some(100));
        assert_eq!(quota_crossed(40, 160, 100), Some(150));
        assert_eq!(quota_crossed(50, 60, 100), None, "50 % was reached before");
        assert_eq!(quota_crossed(10, 20, 100), None);
        assert_eq!(quota_crossed(0, 100, 0), None, "no quota, no milestone");
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_streak_counts_working_weeks_and_skips_a_holiday_week() {
        // Wins in the weeks of 2 Nov, 9 Nov and 23 Nov; the week of 16 Nov is all holidays.
        let holidays: Vec<NaiveDate> = (16..=20).map(|n| d(&format!("2026-11-{n}"))).collect();
        let wins = [d("2026-11-03"), d("2026-11-12"), d("2026-11-25")];
        assert_eq!(
            streak_extended(
                &wins,
                1,
                d("2026-11-25"),
                &WorkingDays::weekdays_except(holidays)
            ),
            3
        );
        // Without the holidays the empty week breaks it.
        assert_eq!(
            streak_extended(&wins, 1, d("2026-11-25"), &WorkingDays::weekdays()),
            1
        );
        // A second win in the same week does not tell the streak again.
        let days = [d("2026-11-03"), d("2026-11-12")];
        assert_eq!(
            streak_extended(&days, 2, d("2026-11-12"), &WorkingDays::weekdays()),
            0
        );
    }
}
