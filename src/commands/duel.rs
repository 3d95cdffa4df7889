//! `/duel challenge|accept|decline|status`: a head-to-head between two reps that starts
//! only when the challenged rep accepts (a button on Discord), with one result post.

use super::arguments::{NoArguments, RepRef, arguments};
use super::invocation::UserRef;
use super::{CommandError, DuelAnswer, Request};
use crate::core::contest::{DUEL_ANSWER_HOURS, Duel, DuelState};
use crate::core::ids::DuelId;
use crate::core::ranking::Metric;
use crate::core::words::count;
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
        return Err(CommandError::with_hint(
            "You cannot duel yourself.",
            "Challenge a teammate: rep:@…",
        ));
    }
    let Some(opponent_user) = opponent.user_id.clone() else {
        return Err(CommandError::with_hint(
            format!(
                "{} is not on chat yet, so cannot accept.",
                opponent.display_name
            ),
            "Challenge someone who uses Dealbell here.",
        ));
    };
    let metric = args.metric.unwrap_or(Metric::Revenue);
    if !metric.adds_up() {
        return Err(CommandError::with_hint(
            "A duel adds up wins or activities.",
            "Use metric:revenue, deals or activities.",
        ));
    }
    let days = args.days.unwrap_or(7);
    if !(1..=MAX_DUEL_DAYS).contains(&days) {
        return Err(CommandError::with_hint(
            format!("A duel lasts 1 to {MAX_DUEL_DAYS} days."),
            "For example days:7.",
        ));
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
        return Err(CommandError::with_hint(
            format!(
                "You already have a duel with {} waiting or running.",
                opponent.display_name
            ),
            "Finish that one first.",
        ));
    }
    let channel = req
        .inv
        .channel_id
        .clone()
        .or_else(|| req.guild.wins_channel.clone())
        .ok_or_else(|| {
            CommandError::with_hint(
                "Where should the duel be announced?",
                "Challenge from a channel, or set one with /setup wins_channel:….",
            )
        })?;
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
    let mut message = Message::new(
        Tone::Celebration,
        format!("⚔️ {} challenges {} to a duel", req.caller.display_name, opponent.display_name),
    )
    .line(format!("{} over {days} days, from the day it is accepted.", metric.title()))
    .line(format!(
        "<@{opponent_user}>, accept or decline within {DUEL_ANSWER_HOURS} hours (/duel accept or /duel decline)."
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
    let none = || {
        CommandError::with_hint(
            "No duel is waiting for your answer.",
            "Someone challenges you with /duel challenge rep:@you.",
        )
    };
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
        return Err(CommandError::user(format!(
            "Only {} can answer this challenge.",
            duel.opponent.1
        )));
    }
    if duel.state != DuelState::Proposed
        || req.now - duel.proposed_at > Duration::hours(DUEL_ANSWER_HOURS)
    {
        return Err(CommandError::user(
            "This challenge was already answered, or has expired.",
        ));
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
            return Err(CommandError::user("This challenge was already answered."));
        }
        return Ok(Reply::public(
            Message::new(Tone::Info, format!("{b} declined {a}'s duel")).line("Maybe next time."),
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
        return Err(CommandError::user("This challenge was already answered."));
    }
    Ok(Reply::public(
        Message::new(Tone::Celebration, format!("⚔️ Duel on: {a} vs {b}")).line(format!(
            "{} from now to the end of {} (what was won before now does not count); the result is posted the morning after.",
            duel.metric.title(),
            end.format("%a %-d %b")
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
    let mut message = Message::new(Tone::Info, "⚔️ Your duels");
    let mut standings = Vec::new();
    for duel in duels {
        let challenged_by_me = duel.challenger.0 == req.caller.id;
        let them = duel.other_than(req.caller.id);
        let what = format!(
            "{} over {}",
            duel.metric.title(),
            count(duel.days, "day", "days")
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
                let hours = count((answer_by - req.now).num_hours().max(1), "hour", "hours");
                message = message.line(if challenged_by_me {
                    format!("⏳ You challenged {them} ({what}): waiting for their answer, {hours} left.")
                } else {
                    format!("⏳ {them} challenged you ({what}): answer within {hours} with /duel accept or /duel decline.")
                });
            }
            (DuelState::Running, Some(ends_on)) => {
                let scores = view::duel_scores(req.app, &req.guild, &duel, req.today).await?;
                let (mine, theirs) = duel.mine_first(req.caller.id, scores);
                // Private to the caller: their own score in full; the other's as a
                // public post would show it.
                let my_score =
                    crate::views::board::value_text(req.words, duel.metric, mine, &req.guild);
                let score = |v| view::duel_score_text(&duel, v, &req.guild);
                let verdict = match mine.cmp(&theirs) {
                    std::cmp::Ordering::Greater => "you lead".to_string(),
                    std::cmp::Ordering::Less => format!("{them} leads"),
                    std::cmp::Ordering::Equal => "level".to_string(),
                };
                let when = match (ends_on - req.today).num_days() {
                    0 => "today is the last day".to_string(),
                    left if left > 0 => format!(
                        "ends {} ({} after today)",
                        ends_on.format("%a %-d %b"),
                        count(left, "day", "days")
                    ),
                    _ => "over; the result is posted this morning".to_string(),
                };
                message = message.line(format!(
                    "⚔️ You vs {them} ({what}): you {my_score} · {them} {}, {verdict}; {when}.",
                    score(theirs)
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
            .line("No duel is running or waiting.")
            .line("Challenge a teammate: /duel challenge rep:@… metric:deals days:7");
    }
    Ok(Reply::private(
        message,
        ReplyData::Duels { duels: standings },
    ))
}
