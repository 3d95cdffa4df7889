//! `/contest create|list|standings|end|cancel`: managers run contests; everyone sees
//! the standings. Posts (start, standings, results) go through the outbox.

use super::{CommandError, NotFound, Request};
use crate::core::contest::{Contest, ContestState, MAX_DAYS, Scoring, clean_name};
use crate::core::quota::percent;
use crate::core::ranking::{BoardOf, Metric};
use crate::jobs::contests;
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::store::NewContest;
use crate::views::board::value_text;
use crate::views::contest as view;

/// A contest target in the contest's units: an amount for money metrics, a count for
/// deals and activities, a percentage for percent-of-quota scoring.
fn read_target(
    req: &Request<'_>,
    metric: Metric,
    scoring: Scoring,
) -> Result<Option<i64>, CommandError> {
    let Some(text) = req.text("target") else {
        return Ok(None);
    };
    let bad = |how: &str| {
        CommandError::with_hint(
            format!("target: {text:?} is not {how}."),
            format!(
                "For example target:{}",
                match (scoring, metric) {
                    (Scoring::PercentOfQuota, _) => "120%",
                    (_, Metric::Revenue | Metric::AverageDeal) => "50k",
                    (_, Metric::WinRate) => "40%",
                    _ => "10",
                }
            ),
        )
    };
    let number = |t: &str| {
        t.trim()
            .trim_end_matches('%')
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
    };
    match (scoring, metric) {
        (Scoring::PercentOfQuota, _) | (_, Metric::WinRate) => number(text)
            .filter(|n| *n <= 1_000)
            .map(|n| Some(n * 100))
            .ok_or_else(|| bad("a percentage from 1 to 1000")),
        (_, Metric::Revenue | Metric::AverageDeal) => {
            let money = req.money("target")?.ok_or_else(|| bad("an amount"))?;
            if money.currency != req.guild.currency {
                return Err(CommandError::with_hint(
                    format!(
                        "target is in {}, but the team counts revenue in {}.",
                        money.currency, req.guild.currency
                    ),
                    format!("Give it in {}.", req.guild.currency),
                ));
            }
            Ok(Some(money.minor).filter(|m| *m > 0))
        }
        _ => number(text)
            .map(Some)
            .ok_or_else(|| bad("a whole number above 0")),
    }
}

pub async fn create(req: &Request<'_>) -> Result<Reply, CommandError> {
    let name = clean_name(req.required_text("name")?).ok_or_else(|| {
        CommandError::with_hint(
            "A contest needs a name of 1 to 60 characters.",
            "For example name:\"March Madness\".",
        )
    })?;
    let metric = req.choice::<Metric>("metric")?.unwrap_or(Metric::Revenue);
    let scoring = req.choice::<Scoring>("scoring")?.unwrap_or(Scoring::Total);
    let by_teams = req.choice::<BoardOf>("by")? == Some(BoardOf::Teams);
    if metric == Metric::Attainment {
        return Err(CommandError::with_hint(
            "Contests rank attainment through their scoring.",
            "Use metric:revenue scoring:percent_of_quota.",
        ));
    }
    if scoring == Scoring::PercentOfQuota && (metric != Metric::Revenue || by_teams) {
        return Err(CommandError::with_hint(
            "percent_of_quota scores reps' revenue against their own quotas.",
            "Use it with metric:revenue and without by:teams.",
        ));
    }
    if by_teams && !metric.adds_up() {
        return Err(CommandError::with_hint(
            "A team contest adds its reps' scores up.",
            "Use metric:revenue, deals or activities with by:teams.",
        ));
    }
    let starts_on = req.date("start")?.unwrap_or(req.today);
    let Some(ends_on) = req.date("end")? else {
        return Err(CommandError::with_hint(
            "Say when the contest ends.",
            "end:2026-03-31, end:eom or end:friday (its last day).",
        ));
    };
    if ends_on < req.today {
        return Err(CommandError::with_hint(
            "That contest would already be over.",
            "Give an end of today or later.",
        ));
    }
    if ends_on < starts_on {
        return Err(CommandError::with_hint(
            "The contest ends before it starts.",
            "Give an end on or after the start.",
        ));
    }
    if (ends_on - starts_on).num_days() >= MAX_DAYS {
        return Err(CommandError::with_hint(
            "A contest lasts at most a year.",
            "Pick a shorter run.",
        ));
    }
    if (req.today - starts_on).num_days() > req.app.config.backdate_days {
        return Err(CommandError::with_hint(
            format!(
                "A contest can start at most {} days back.",
                req.app.config.backdate_days
            ),
            "Pick a later start.",
        ));
    }
    let team = match req.text("team") {
        Some(t) => Some(req.team_named(t).await?),
        None => None,
    };
    let target = read_target(req, metric, scoring)?;
    let standings = req.clean_text("standings", "Standings schedule")?;
    if let Some(s) = &standings {
        crate::core::cron_spec::CronSpec::parse(s)?;
    }
    let prize = req.clean_text("prize", "Prize")?;
    let channel = req
        .channel("channel")
        .map(str::to_string)
        .or_else(|| req.guild.wins_channel.clone())
        .or_else(|| req.inv.channel_id.clone())
        .ok_or_else(|| {
            CommandError::with_hint(
                "Where should the contest be announced?",
                "Add channel:#sales (or set /setup wins_channel:…).",
            )
        })?;
    let new = NewContest {
        name: &name,
        metric,
        scoring,
        by_teams,
        team: team.as_ref().map(|(id, _)| *id),
        starts_on,
        ends_on,
        prize: prize.as_deref(),
        target,
        channel_id: &channel,
        standings: standings.as_deref(),
    };
    let db = &req.app.db;
    db.create_contest(
        &req.inv.guild_id,
        &new,
        ContestState::Scheduled,
        req.caller.id,
        req.now,
    )
    .await?
    .ok_or_else(|| {
        CommandError::with_hint(
            format!("There is already a contest called {name:?}."),
            "Pick another name, or see them with /contest list.",
        )
    })?;
    let contest = find(req, &name).await?;
    let starts_now = starts_on <= req.today;
    if starts_now {
        contests::start(req.app, &req.guild, &contest, req.now).await?;
    }
    let mut message = Message::new(Tone::Success, format!("Contest {name:?} created"));
    message.lines = view::start_post(&contest, &req.guild).lines;
    message = message.line(if starts_now {
        format!("It starts now: announced in <#{channel}>.")
    } else {
        format!(
            "It starts {}: announced in <#{channel}> that morning.",
            starts_on.format("%a %-d %b")
        )
    });
    if let Some(s) = &standings {
        message = message.line(format!("Standings are posted {s}."));
    }
    message = message.line(format!(
        "Results are posted the morning after {}.",
        ends_on.format("%a %-d %b")
    ));
    Ok(Reply::private(message, ReplyData::None))
}

/// A live contest by name (any case).
async fn find(req: &Request<'_>, name: &str) -> Result<Contest, CommandError> {
    let all = req.app.db.contests(&req.inv.guild_id).await?;
    let wanted = name.trim().to_lowercase();
    all.into_iter()
        .find(|c| c.name.to_lowercase() == wanted)
        .ok_or_else(|| NotFound::Contest(name.to_string()).into())
}

/// The contest `/contest standings` shows without a name: the newest running one.
async fn running_or_named(req: &Request<'_>) -> Result<Contest, CommandError> {
    if let Some(name) = req.text("name") {
        return find(req, name).await;
    }
    req.app
        .db
        .contests(&req.inv.guild_id)
        .await?
        .into_iter()
        .find(|c| c.state == ContestState::Running)
        .ok_or_else(|| {
            CommandError::with_hint(
                "No contest is running.",
                "See all of them with /contest list; managers start one with /contest create.",
            )
        })
}

pub async fn list(req: &Request<'_>) -> Result<Reply, CommandError> {
    let all = req.app.db.contests(&req.inv.guild_id).await?;
    let mut message = Message::new(Tone::Info, "Contests");
    if all.is_empty() {
        message = message.line("None yet. Managers start one with /contest create name:… end:…");
    }
    for c in all.iter().take(15) {
        let when = match c.state {
            ContestState::Scheduled => format!("starts {}", c.starts_on.format("%a %-d %b")),
            ContestState::Running => format!("running, ends {}", c.ends_on.format("%a %-d %b")),
            ContestState::Ended => format!("ended {}", c.ends_on.format("%-d %b")),
            ContestState::Cancelled => "cancelled".to_string(),
        };
        let target = c
            .target
            .map(|t| match c.scoring {
                Scoring::PercentOfQuota => format!(" · target {}", percent(t)),
                Scoring::Total => format!(" · target {}", value_text(c.metric, t, &req.guild)),
            })
            .unwrap_or_default();
        message = message.line(format!(
            "• **{}** — {}{target} · {when}",
            c.name,
            c.metric.title()
        ));
    }
    Ok(Reply::private(message, ReplyData::None))
}

pub async fn standings(req: &Request<'_>) -> Result<Reply, CommandError> {
    let contest = running_or_named(req).await?;
    let ranked = view::standings(req.app, &req.guild, &contest, req.today).await?;
    let message = if contest.state == ContestState::Ended {
        view::results_post(&contest, &ranked, &req.guild)
    } else {
        view::standings_post(&contest, &ranked, &req.guild, req.today)
    };
    Ok(Reply::private(message, ReplyData::None))
}

/// `/contest end`: ends it today and posts the results now.
pub async fn end(req: &Request<'_>) -> Result<Reply, CommandError> {
    let mut contest = find(req, req.required_text("name")?).await?;
    if contest.state != ContestState::Running {
        return Err(CommandError::with_hint(
            format!("{} is not running.", contest.name),
            "Only a running contest can be ended; cancel one that has not started with /contest cancel.",
        ));
    }
    contest.ends_on = req.today.min(contest.ends_on);
    req.app
        .db
        .move_contest(
            contest.id,
            &[ContestState::Running],
            ContestState::Running,
            Some(contest.ends_on),
        )
        .await?;
    contests::finish(req.app, &req.guild, &contest, req.now).await?;
    Ok(Reply::private(
        Message::new(Tone::Success, format!("{} has ended", contest.name)).line(format!(
            "The results are posted in <#{}>.",
            contest.channel_id
        )),
        ReplyData::None,
    ))
}

/// `/contest cancel`: no results; a started contest says so in its channel.
pub async fn cancel(req: &Request<'_>) -> Result<Reply, CommandError> {
    let contest = find(req, req.required_text("name")?).await?;
    if !req
        .app
        .db
        .move_contest(
            contest.id,
            &[ContestState::Scheduled, ContestState::Running],
            ContestState::Cancelled,
            None,
        )
        .await?
    {
        return Err(CommandError::with_hint(
            format!("{} has already ended.", contest.name),
            "Its results stand.",
        ));
    }
    if contest.state == ContestState::Running {
        let post = Message::new(Tone::Info, format!("🚫 {} is cancelled", contest.name))
            .line("No results will be posted. Thanks for playing!");
        contests::announce(
            req.app,
            &req.guild,
            &contest.channel_id,
            &format!("contest:{}:cancelled", contest.id),
            &post,
            req.now,
        )
        .await?;
    }
    Ok(Reply::private(
        Message::new(Tone::Success, format!("{} is cancelled", contest.name))
            .line("Its name is free again."),
        ReplyData::None,
    ))
}
