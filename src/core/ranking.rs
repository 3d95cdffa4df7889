//! Ranking with shared places: equal values share a rank and the next rank skips
//! (1, 2, 2, 4) — "standard competition ranking", what sports tables use.

use crate::core::closed_set::closed_set;
use crate::core::ids::{MemberId, TeamId};

closed_set! {
    /// What a leaderboard ranks.
    pub enum Metric {
        Revenue => "revenue";
        Deals => "deals";
        Attainment => "attainment";
        WinRate => "win_rate";
        Activities => "activities";
        AverageDeal => "avg_deal";
    }
}

impl Metric {
    /// What a board shows when no metric is chosen.
    pub const DEFAULT: Metric = Metric::Revenue;

    /// Whether a board of teams can add members' scores up (a sum makes sense).
    pub fn adds_up(self) -> bool {
        matches!(self, Metric::Revenue | Metric::Deals | Metric::Activities)
    }

    /// Whether the board sums money in the team's currency (other currencies are left out).
    pub fn counts_revenue(self) -> bool {
        matches!(
            self,
            Metric::Revenue | Metric::AverageDeal | Metric::Attainment
        )
    }
}

closed_set! {
    /// Whom a board ranks.
    pub enum BoardOf {
        Reps => "reps";
        Teams => "teams";
    }
}

use serde::Serialize;

/// Who a board row is: a rep, or a sales team on a board of teams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Contender {
    Member(MemberId),
    Team(TeamId),
}

/// One competitor's score. `name` only orders rows that share a rank, so the table
/// reads the same every time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub who: Contender,
    pub name: String,
    pub value: i64,
    /// A second figure shown beside the ranked one (deal count beside revenue, ...).
    pub secondary: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ranked {
    pub rank: u32,
    #[serde(flatten)]
    pub entry: Entry,
}

/// Tells apart entries that share a name (two reps called "Alex Kim"): each of them
/// gets its member (or team) number after the name, so a board never shows two rows
/// a reader cannot tell apart.
pub fn distinct_names(entries: &mut [Entry]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for e in entries.iter() {
        *seen.entry(e.name.to_lowercase()).or_default() += 1;
    }
    for e in entries.iter_mut() {
        if seen.get(&e.name.to_lowercase()).is_some_and(|n| *n > 1) {
            let number = match e.who {
                // A number, not a word, so it reads the same in every language.
                Contender::Member(id) => format!("#{id}"),
                Contender::Team(id) => format!("#{id}"),
            };
            e.name = format!("{} ({number})", e.name);
        }
    }
}

/// Sorts by value (highest first) and assigns competition ranks.
pub fn rank(mut entries: Vec<Entry>) -> Vec<Ranked> {
    entries.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.name.cmp(&b.name)));
    let mut ranked = Vec::with_capacity(entries.len());
    let mut previous: Option<(i64, u32)> = None;
    for (index, entry) in entries.into_iter().enumerate() {
        let position = u32::try_from(index).unwrap_or(u32::MAX).saturating_add(1);
        let rank = match previous {
            Some((value, rank)) if value == entry.value => rank,
            _ => position,
        };
        previous = Some((entry.value, rank));
        ranked.push(Ranked { rank, entry });
    }
    ranked
}

/// The rows to show: every row ranked within the top `top` places (so a tie on the
/// last place is shown whole), plus the caller's own row when it falls outside.
pub fn top_with_caller(
    ranked: &[Ranked],
    top: u32,
    caller: Option<MemberId>,
) -> (Vec<Ranked>, Option<Ranked>) {
    let shown: Vec<Ranked> = ranked.iter().filter(|r| r.rank <= top).cloned().collect();
    let caller_row = caller.map(Contender::Member).and_then(|id| {
        if shown.iter().any(|r| r.entry.who == id) {
            None
        } else {
            ranked.iter().find(|r| r.entry.who == id).cloned()
        }
    });
    (shown, caller_row)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(id: i64, name: &str, value: i64) -> Entry {
        Entry {
            who: Contender::Member(MemberId(id)),
            name: name.into(),
            value,
            secondary: 0,
        }
    }

    #[test]
    fn two_people_with_one_name_are_told_apart() {
        let mut entries = vec![e(1, "Alex Kim", 5), e(2, "alex kim", 3), e(3, "Bo", 1)];
        distinct_names(&mut entries);
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Alex Kim (#1)", "alex kim (#2)", "Bo"]);
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        let ranked = rank(vec![
            e(1, "Ana", 50),
            e(2, "Bo", 80),
            e(3, "Cy", 50),
            e(4, "Di", 10),
        ]);
        let ranks: Vec<(u32, &str)> = ranked
            .iter()
            .map(|r| (r.rank, r.entry.name.as_str()))
            .collect();
        assert_eq!(ranks, vec![(1, "Bo"), (2, "Ana"), (2, "Cy"), (4, "Di")]);
    }

    #[test]
    fn all_equal_all_first() {
        let ranked = rank(vec![e(1, "A", 5), e(2, "B", 5), e(3, "C", 5)]);
        assert!(ranked.iter().all(|r| r.rank == 1));
        assert!(rank(vec![]).is_empty());
    }

    #[test]
    fn caller_outside_the_top_is_added() {
        let ranked = rank(
            (1..=20)
                .map(|i| e(i, &format!("rep{i:02}"), 100 - i))
                .collect(),
        );
        let (top, me) = top_with_caller(&ranked, 5, Some(MemberId(17)));
        assert_eq!(top.len(), 5);
        assert_eq!(me.map(|r| r.rank), Some(17));
        let (_, me) = top_with_caller(&ranked, 5, Some(MemberId(3)));
        assert_eq!(me, None, "already shown");
        let (_, me) = top_with_caller(&ranked, 5, Some(MemberId(99)));
        assert_eq!(me, None, "no row at all");
    }

    #[test]
    fn a_tie_on_the_last_place_is_shown_whole() {
        let ranked = rank(vec![e(1, "A", 9), e(2, "B", 7), e(3, "C", 7), e(4, "D", 1)]);
        let (top, _) = top_with_caller(&ranked, 2, None);
        assert_eq!(top.len(), 3);
    }
}
