//! The race a win changed, in the reader's words: the move on the board and the
//! distance to the next place, the milestones, and each duel's new standing
//! (`core::race` decides them; this module only words them).

use crate::core::race::{DuelMove, Milestone, RaceChange};
use crate::i18n::{Value, Words};

/// "Alice", "Alice and Bob", "Alice, Bob and Carol", "Alice, Bob and 3 others".
pub fn names(words: Words, list: &[String]) -> String {
    match list {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => words.say_with(
            "names-two",
            &[("a", a.as_str().into()), ("b", b.as_str().into())],
        ),
        [a, b, c] => words.say_with(
            "names-three",
            &[
                ("a", a.as_str().into()),
                ("b", b.as_str().into()),
                ("c", c.as_str().into()),
            ],
        ),
        [a, b, rest @ ..] => words.say_with(
            "names-more",
            &[
                ("a", a.as_str().into()),
                ("b", b.as_str().into()),
                ("others", rest.len().into()),
            ],
        ),
    }
}

/// The move and the distance, one short sentence: "moves up to #2, passing Alice ·
/// 1,200 EUR behind Carol for #1". `money` words an amount; without it (a team that
/// hides amounts) the distances are left out.
pub fn race_sentence(
    words: Words,
    change: &RaceChange,
    money: Option<&dyn Fn(i64) -> String>,
) -> String {
    let mut parts = Vec::new();
    let passing = if change.passed.is_empty() {
        String::new()
    } else {
        words.say_with(
            "race-passing",
            &[("names", names(words, &change.passed).into())],
        )
    };
    let rank = || Value::from(change.rank_after);
    let moved = |key: &str| {
        words.say_with(
            key,
            &[("rank", rank()), ("passing", passing.as_str().into())],
        )
    };
    parts.push(match change.rank_before {
        None if change.rank_after == 1 && change.contenders > 1 => moved("race-takes"),
        None => moved("race-enters"),
        Some(before) if change.rank_after < before && change.rank_after == 1 => moved("race-takes"),
        Some(before) if change.rank_after < before => moved("race-moves-up"),
        // Level before, ahead now: the rank number did not change.
        Some(_) if !change.passed.is_empty() => moved("race-pulls-ahead"),
        Some(_) => words.say_with("race-holds", &[("rank", rank())]),
    });
    match (&change.chasing, &change.leading, money) {
        (Some((holders, gap, place)), _, Some(money)) => parts.push(words.say_with(
            "race-behind",
            &[
                ("gap", money(*gap).into()),
                ("names", names(words, holders).into()),
                ("rank", Value::from(*place)),
            ],
        )),
        (None, Some((runners, 0)), _) => {
            parts.push(words.say_with("race-level", &[("names", names(words, runners).into())]))
        }
        (None, Some((runners, margin)), Some(money)) => parts.push(words.say_with(
            "race-ahead",
            &[
                ("gap", money(*margin).into()),
                ("names", names(words, runners).into()),
            ],
        )),
        _ => {}
    }
    parts.join(" · ")
}

/// A milestone: "🏆 biggest deal of March 2026".
pub fn milestone(words: Words, milestone: &Milestone) -> String {
    match milestone {
        Milestone::FirstWin => words.say("milestone-first-win"),
        Milestone::FirstOfPeriod(period) => words.say_with(
            "milestone-first-of-period",
            &[("period", words.period(period).into())],
        ),
        Milestone::Quota(100) => words.say("milestone-quota-reached"),
        Milestone::Quota(p) => words.say_with(
            "milestone-quota",
            &[(
                "percent",
                words
                    .say_with(
                        "rate-percent",
                        &[("number", words.number(i64::from(*p)).into())],
                    )
                    .into(),
            )],
        ),
        Milestone::BiggestDeal(period) => words.say_with(
            "milestone-biggest",
            &[("period", words.period(period).into())],
        ),
        Milestone::TeamGoal(Some(team)) => {
            words.say_with("milestone-team-goal", &[("team", team.as_str().into())])
        }
        Milestone::TeamGoal(None) => words.say("milestone-everyone-goal"),
        Milestone::Streak(weeks) => {
            words.say_with("milestone-streak", &[("weeks", Value::from(*weeks))])
        }
    }
}

/// Where a win leaves its rep in a duel: "⚔️ ana takes the lead over bob in their
/// duel: 3 won to 2 won"; the scores only where they may be shown.
pub fn duel_sentence(
    words: Words,
    movement: DuelMove,
    me: &str,
    them: &str,
    scores: Option<(&str, &str)>,
) -> String {
    let key = match movement {
        DuelMove::TakesTheLead => "duel-takes-the-lead",
        DuelMove::StaysAhead => "duel-stays-ahead",
        DuelMove::DrawsLevel => "duel-draws-level",
        DuelMove::ClosesIn => "duel-closes-in",
    };
    let score = match (movement, scores) {
        (DuelMove::DrawsLevel, Some((mine, _))) => {
            words.say_with("duel-score-each", &[("mine", mine.into())])
        }
        (_, Some((mine, theirs))) => words.say_with(
            "duel-score",
            &[("mine", mine.into()), ("theirs", theirs.into())],
        ),
        (_, None) => String::new(),
    };
    words.say_with(
        key,
        &[
            ("me", me.into()),
            ("them", them.into()),
            ("score", score.into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::MemberId;
    use crate::core::language::Language;
    use crate::core::race::fixtures::{bob_passes_two, entry};
    use crate::core::race::race_change;
    use crate::core::ranking::Entry;

    fn en() -> Words {
        Words::new(Language::En)
    }

    fn eur(minor: i64) -> String {
        format!("{} EUR", minor / 100)
    }

    fn said(after: &[Entry], gained: i64, money: bool) -> String {
        let change = race_change(after, MemberId(1), gained).unwrap();
        race_sentence(
            en(),
            &change,
            money.then_some(&eur as &dyn Fn(i64) -> String),
        )
    }

    #[test]
    fn a_win_that_passes_two_names_both_and_the_gap_to_the_leader() {
        assert_eq!(
            said(&bob_passes_two(), 200_000, true),
            "moves up to #2, passing Dan and Alice · 6000 EUR behind Carol for #1"
        );
    }

    #[test]
    fn a_first_win_enters_the_board_or_takes_the_lead() {
        let after = vec![entry(1, "Bob", 100_000, 1), entry(2, "Alice", 200_000, 1)];
        assert_eq!(
            said(&after, 100_000, true),
            "enters the board at #2 · 1000 EUR behind Alice for #1"
        );
        let after = vec![entry(1, "Bob", 300_000, 1), entry(2, "Alice", 200_000, 1)];
        assert_eq!(
            said(&after, 300_000, true),
            "takes #1, passing Alice · 1000 EUR ahead of Alice",
            "straight in at the top passes whoever was there"
        );
    }

    #[test]
    fn breaking_a_tie_is_a_pass_and_a_tie_made_is_level() {
        let after = vec![entry(1, "Bob", 250_000, 2), entry(2, "Alice", 200_000, 1)];
        assert_eq!(
            said(&after, 50_000, true),
            "pulls ahead at #1, passing Alice · 500 EUR ahead of Alice"
        );
        let after = vec![entry(1, "Bob", 200_000, 2), entry(2, "Alice", 200_000, 1)];
        assert_eq!(said(&after, 50_000, true), "takes #1 · level with Alice");
    }

    #[test]
    fn holding_a_place_says_only_the_distance() {
        let after = vec![entry(1, "Bob", 150_000, 2), entry(2, "Alice", 900_000, 1)];
        assert_eq!(
            said(&after, 10_000, true),
            "holds #2 · 7500 EUR behind Alice for #1"
        );
        assert_eq!(
            said(&[entry(1, "Bob", 150_000, 2)], 10_000, true),
            "holds #1"
        );
    }

    #[test]
    fn hidden_amounts_leave_the_distances_out() {
        let after = vec![
            entry(1, "Bob", 300_000, 2),
            entry(2, "Alice", 200_000, 1),
            entry(3, "Carol", 900_000, 3),
        ];
        assert_eq!(
            said(&after, 200_000, false),
            "moves up to #2, passing Alice"
        );
    }

    #[test]
    fn names_read_as_a_sentence_in_each_language() {
        let n =
            |words, v: &[&str]| names(words, &v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(n(en(), &["A"]), "A");
        assert_eq!(n(en(), &["A", "B"]), "A and B");
        assert_eq!(n(en(), &["A", "B", "C"]), "A, B and C");
        assert_eq!(n(en(), &["A", "B", "C", "D", "E"]), "A, B and 3 others");
        let pl = Words::new(Language::Pl);
        assert_eq!(n(pl, &["A", "B"]), "A i B");
        assert_eq!(n(pl, &["A", "B", "C", "D", "E"]), "A, B i 3 inne osoby");
        assert_eq!(
            n(pl, &["A", "B", "C", "D", "E", "F", "G"]),
            "A, B i 5 innych osób"
        );
    }

    #[test]
    fn a_duel_is_told_with_its_scores_only_where_they_may_be_shown() {
        assert_eq!(
            duel_sentence(
                en(),
                DuelMove::DrawsLevel,
                "ana",
                "bob",
                Some(("2 won", "2 won"))
            ),
            "⚔️ ana draws level with bob in their duel: 2 won each"
        );
        assert_eq!(
            duel_sentence(en(), DuelMove::TakesTheLead, "ana", "bob", None),
            "⚔️ ana takes the lead over bob in their duel"
        );
    }
}
