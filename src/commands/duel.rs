//! `/duel challenge|accept|decline|status`: a head-to-head between two reps that starts
//! only when the challenged rep accepts (a button on Discord), with one result post.

use super::arguments::{NoArguments, RepRef, arguments};
use super::invocation::UserRef;
use super::{CommandError, DuelAnswer, Request};
use crate::core::contest::{DUEL_ANSWER_HOURS, Duel, DuelState};
use crate::core::ids::DuelId;
use crate::core::ranking::Metric;
use crate::i18n::Said;
use crate::reply::{Button, DuelStanding, Message, Reply, ReplyData, Tone};
use crate::store::DuelStart;
use crate::views::contest as view;
use chrono::Duration;

/// Duels last at most a month.
const MAX_DUEL_DAYS: i64 = 31;

arguments! {
    /// `/duel challenge`
    pub struct ChallengeArgs {
        rep: UserRef,
        metric: Option<Metric>,
        days: Option<i64>,
    }
}

pub async fn challenge(req: &Request<'_>, args: ChallengeArgs) -> Result<Reply, CommandError> {
    let opponent = req.member_for(&RepRef::User(args.rep)).await?;
    if opponent.id == req.caller.id {
        return Err(Said::new("error-duel-yourself").into());
    }
    let Some(opponent_user) = opponent.user_id.clone() else {
        return Err(Said::new("error-duel-not-on-chat")
            .with("name", opponent.display_name.as_str())
            .into());
    };
    let metric = args.metric.unwrap_or(Metric::Revenue);
    if !metric.adds_up() {
        return Err(Said::new("error-duel-metric").into());
    }
    let days = args.days.unwrap_or(7);
    if !(1..=MAX_DUEL_DAYS).contains(&days) {
        return Err(Said::new("error-duel-days")
            .with("max", MAX_DUEL_DAYS)
            .into());
    }
    let open = req
        .app
        .db
        .duels_of(&req.inv.guild_id, req.caller.id)
        .await?;
    if open
        .iter()
        .any(|d| d.opponent.0 == opponent.id || d.challenger.0 == opponent.id)
    {
        return Err(Said::new("error-duel-already")
            .with("name", opponent.display_name.as_str())
            .into());
    }
    let channel = req
        .inv
        .channel_id
        .clone()
        .or_else(|| req.guild.wins_channel.clone())
        .ok_or_else(|| Said::new("error-duel-channel"))?;
    let id = req
        .app
        .db
        .propose_duel(
            &req.inv.guild_id,
            req.caller.id,
            opponent.id,
            metric,
            days,
            &channel,
            req.now,
        )
        .await?;
    let words = req.words;
    let mut message = Message::new(
        Tone::Celebration,
        words.say_with(
            "duel-challenge-title",
            &[
                ("challenger", req.caller.display_name.as_str().into()),
                ("opponent", opponent.display_name.as_str().into()),
            ],
        ),
    )
    .line(words.say_with(
        "duel-challenge-what",
        &[
            ("metric", words.metric(metric).into()),
            ("days", days.into()),
        ],
    ))
    .line(words.say_with(
        "duel-challenge-answer",
        &[
            ("mention", format!("<@{opponent_user}>").into()),
            ("hours", DUEL_ANSWER_HOURS.into()),
        ],
    ));
    message.mentions = vec![opponent_user];
    let mut reply = Reply::public(
        message,
        ReplyData::Duel {
            duel_id: id,
            state: DuelState::Proposed,
        },
    );
    reply.buttons = vec![
        Button::DuelAccept { duel_id: id },
        Button::DuelDecline { duel_id: id },
    ];
    Ok(reply)
}

/// The duel an answer is about: the one named, or the newest waiting for the caller.
async fn waiting_for_caller(req: &Request<'_>, id: Option<DuelId>) -> Result<Duel, CommandError> {
    let none = || Said::new("error-duel-none-waiting");
    let duel = match id {
        Some(id) => req
            .app
            .db
            .duel(&req.inv.guild_id, id)
            .await?
            .ok_or_else(none)?,
        None => req
            .app
            .db
            .duels_of(&req.inv.guild_id, req.caller.id)
            .await?
            .into_iter()
            .find(|d| d.state == DuelState::Proposed && d.opponent.0 == req.caller.id)
            .ok_or_else(none)?,
    };
    if duel.opponent.0 != req.caller.id {
        return Err(Said::new("error-duel-not-yours")
            .with("name", duel.opponent.1.as_str())
            .into());
    }
    if duel.state != DuelState::Proposed
        || req.now - duel.proposed_at > Duration::hours(DUEL_ANSWER_HOURS)
    {
        return Err(Said::new("error-duel-answered-or-expired").into());
    }
    Ok(duel)
}

arguments! {
    /// `/duel accept`, `/duel decline`: the duel, when the caller is challenged to
    /// more than one.
    pub struct AnswerArgs {
        id: Option<DuelId>,
    }
}

/// `/duel accept`.
pub async fn accept(req: &Request<'_>, args: AnswerArgs) -> Result<Reply, CommandError> {
    answer(req, args.id, DuelAnswer::Accept).await
}

/// `/duel decline`.
pub async fn decline(req: &Request<'_>, args: AnswerArgs) -> Result<Reply, CommandError> {
    answer(req, args.id, DuelAnswer::Decline).await
}

/// `/duel accept` and `/duel decline` (and their buttons).
pub async fn answer(
    req: &Request<'_>,
    id: Option<DuelId>,
    answer: DuelAnswer,
) -> Result<Reply, CommandError> {
    let duel = waiting_for_caller(req, id).await?;
    let (a, b) = (&duel.challenger.1, &duel.opponent.1);
    if answer == DuelAnswer::Decline {
        if !req
            .app
            .db
            .move_duel(duel.id, DuelState::Proposed, DuelState::Declined, None)
            .await?
        {
            return Err(Said::new("error-duel-answered").into());
        }
        return Ok(Reply::public(
            Message::new(
                Tone::Info,
                req.words.say_with(
                    "duel-declined",
                    &[("a", a.as_str().into()), ("b", b.as_str().into())],
                ),
            )
            .line(req.words.say("duel-declined-line")),
            ReplyData::Duel {
                duel_id: duel.id,
                state: DuelState::Declined,
            },
        ));
    }
    let start = req.today;
    let end = start + Duration::days(duel.days - 1);
    let started = DuelStart {
        at: req.now,
        first_day: start,
        last_day: end,
    };
    if !req
        .app
        .db
        .move_duel(
            duel.id,
            DuelState::Proposed,
            DuelState::Running,
            Some(started),
        )
        .await?
    {
        return Err(Said::new("error-duel-answered").into());
    }
    Ok(Reply::public(
        Message::new(
            Tone::Celebration,
            req.words.say_with(
                "duel-on",
                &[("a", a.as_str().into()), ("b", b.as_str().into())],
            ),
        )
        .line(req.words.say_with(
            "duel-on-line",
            &[
                ("metric", req.words.metric(duel.metric).into()),
                ("day", req.words.day_with_weekday(end).into()),
            ],
        )),
        ReplyData::Duel {
            duel_id: duel.id,
            state: DuelState::Running,
        },
    ))
}

/// `/duel status`: the caller's duels, with the score so far of those running and the
/// time left to answer those waiting.
pub async fn status(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let duels = req
        .app
        .db
        .duels_of(&req.inv.guild_id, req.caller.id)
        .await?;
    let words = req.words;
    let mut message = Message::new(Tone::Info, words.say("duel-status-title"));
    let mut standings = Vec::new();
    for duel in duels {
        let challenged_by_me = duel.challenger.0 == req.caller.id;
        let them = duel.other_than(req.caller.id);
        let what = words.say_with(
            "duel-what",
            &[
                ("metric", words.metric(duel.metric).into()),
                ("days", duel.days.into()),
            ],
        );
        let mut standing = DuelStanding {
            duel_id: duel.id,
            state: duel.state,
            opponent: them.to_string(),
            metric: duel.metric,
            scores: None,
            ends_on: duel.ends_on,
        };
        match (duel.state, duel.ends_on) {
            (DuelState::Proposed, _) => {
                let answer_by = duel.proposed_at + Duration::hours(DUEL_ANSWER_HOURS);
                if answer_by <= req.now {
                    continue; // expired: the scheduler closes it
                }
                let hours = (answer_by - req.now).num_hours().max(1);
                let key = if challenged_by_me {
                    "duel-waiting-mine"
                } else {
                    "duel-waiting-theirs"
                };
                message = message.line(words.say_with(
                    key,
                    &[
                        ("them", them.into()),
                        ("what", what.as_str().into()),
                        ("hours", hours.into()),
                    ],
                ));
            }
            (DuelState::Running, Some(ends_on)) => {
                let scores = view::duel_scores(req.app, &req.guild, &duel, req.today).await?;
                let (mine, theirs) = duel.mine_first(req.caller.id, scores);
                // Private to the caller: their own score in full; the other's as a
                // public post would show it.
                let my_score =
                    crate::views::board::value_text(req.words, duel.metric, mine, &req.guild);
                let verdict = match mine.cmp(&theirs) {
                    std::cmp::Ordering::Greater => words.say("duel-you-lead"),
                    std::cmp::Ordering::Less => {
                        words.say_with("duel-they-lead", &[("them", them.into())])
                    }
                    std::cmp::Ordering::Equal => words.say("duel-level"),
                };
                let when = match (ends_on - req.today).num_days() {
                    0 => words.say("duel-last-day"),
                    left if left > 0 => words.say_with(
                        "duel-ends",
                        &[
                            ("day", words.day_with_weekday(ends_on).into()),
                            ("left", left.into()),
                        ],
                    ),
                    _ => words.say("duel-over"),
                };
                message = message.line(words.say_with(
                    "duel-running",
                    &[
                        ("them", them.into()),
                        ("what", what.as_str().into()),
                        ("mine", my_score.into()),
                        (
                            "theirs",
                            view::duel_score_text(&duel, theirs, &req.guild, words).into(),
                        ),
                        ("verdict", verdict.into()),
                        ("when", when.into()),
                    ],
                ));
                standing.scores = Some((mine, theirs));
            }
            // A running duel always has its days; the store lists no others.
            (DuelState::Running, None)
            | (DuelState::Declined | DuelState::Ended | DuelState::Expired, _) => continue,
        }
        standings.push(standing);
    }
    if standings.is_empty() {
        message = message
            .line(words.say("duel-none"))
            .line(words.say("duel-none-hint"));
    }
    Ok(Reply::private(
        message,
        ReplyData::Duels { duels: standings },
    ))
}
