//! `/contest create|list|standings|end|cancel`: managers run contests; everyone sees
//! the standings. Posts (start, standings, results) go through the outbox.

use super::arguments::{CleanText, Day, NoArguments, arguments};
use super::{CommandError, NotFound, Request};
use crate::core::contest::{Contest, ContestState, MAX_DAYS, Scoring, clean_name};
use crate::core::ids::ChannelId;
use crate::core::money::Money;
use crate::core::ranking::{BoardOf, Metric};
use crate::jobs::contests;
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::store::NewContest;
use crate::views::contest as view;
use chrono::NaiveDate;

/// What a typed target says by itself: a percentage, a count of something, or an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetWords {
    Percent(i64),
    /// A whole number, with the metric its unit names ("10 deals"), if it names one.
    Count(i64, Option<Metric>),
    Amount,
}

/// Reads a target's own words: `120%`, `10 deals`, `25 activities`, `10`, or an amount.
fn target_words(text: &str) -> TargetWords {
    let lower = text.trim().to_lowercase();
    if let Some(number) = lower.strip_suffix('%') {
        return match number.trim().parse::<i64>() {
            Ok(n) => TargetWords::Percent(n),
            Err(_) => TargetWords::Amount,
        };
    }
    let (number, unit) = match lower.split_once(char::is_whitespace) {
        Some((n, u)) => (n, Some(u.trim())),
        None => (lower.as_str(), None),
    };
    let Ok(n) = number.parse::<i64>() else {
        return TargetWords::Amount;
    };
    let metric = match unit {
        None => None,
        Some("deal" | "deals" | "won" | "wins" | "deals won") => Some(Metric::Deals),
        Some("activity" | "activities" | "calls" | "meetings") => Some(Metric::Activities),
        Some(_) => return TargetWords::Amount,
    };
    TargetWords::Count(n, metric)
}

arguments! {
    /// `/contest create`
    pub struct CreateArgs {
        name: String,
        end: Day,
        metric: Option<Metric>,
        start: Option<Day>,
        team: Option<String>,
        prize: Option<CleanText>,
        /// "50k", "10 deals", "120%": read against the metric and scoring.
        target: Option<String>,
        scoring: Option<Scoring>,
        by: Option<BoardOf>,
        channel: Option<ChannelId>,
        standings: Option<CleanText>,
    }
}

/// The metric and scoring a contest runs with: as given, or, when not given, as its
/// target implies (`target:"10 deals"` ranks deals; `target:120%` scores % of quota).
fn implied_by_target(args: &CreateArgs) -> (Metric, Scoring) {
    let words = args.target.as_deref().map(target_words);
    let metric = match (args.metric, words) {
        (Some(m), _) => m,
        (None, Some(TargetWords::Count(_, Some(unit)))) => unit,
        (None, _) => Metric::Revenue,
    };
    let scoring = match (args.scoring, words) {
        (Some(s), _) => s,
        (None, Some(TargetWords::Percent(_))) if metric == Metric::Revenue => {
            Scoring::PercentOfQuota
        }
        (None, _) => Scoring::Total,
    };
    (metric, scoring)
}

/// A contest target in the contest's units: an amount for money metrics, a count for
/// deals and activities, a percentage for percent-of-quota scoring and win rates.
fn read_target(
    req: &Request<'_>,
    target: Option<&str>,
    metric: Metric,
    scoring: Scoring,
) -> Result<Option<i64>, CommandError> {
    let Some(text) = target else {
        return Ok(None);
    };
    let example = match (scoring, metric) {
        (Scoring::PercentOfQuota, _) => "target:120%",
        (_, Metric::Revenue | Metric::AverageDeal) => "target:50k",
        (_, Metric::WinRate) => "target:40%",
        (_, Metric::Deals) => "target:\"10 deals\"",
        (_, Metric::Activities | Metric::Attainment) => "target:\"25 activities\"",
    };
    let bad = |how: &str| {
        CommandError::with_hint(
            format!("target: {text:?} is not {how}."),
            format!("For example {example}"),
        )
    };
    let wants_percent = scoring == Scoring::PercentOfQuota || metric == Metric::WinRate;
    match (target_words(text), wants_percent) {
        (TargetWords::Percent(n), true) => (1..=1_000)
            .contains(&n)
            .then_some(Some(n * 100))
            .ok_or_else(|| bad("a percentage from 1 to 1000")),
        (TargetWords::Count(n, None), true) => (1..=1_000)
            .contains(&n)
            .then_some(Some(n * 100))
            .ok_or_else(|| bad("a percentage from 1 to 1000")),
        (_, true) => Err(bad("a percentage")),
        (TargetWords::Count(_, Some(unit)), false) if unit != metric => {
            Err(CommandError::with_hint(
                format!(
                    "target: {text:?} counts {}, but this contest ranks {}.",
                    unit.title().to_lowercase(),
                    metric.title().to_lowercase()
                ),
                format!(
                    "Give both the same way: metric:{} target:{text:?}, or {example}.",
                    unit.key()
                ),
            ))
        }
        (words, false) if matches!(metric, Metric::Revenue | Metric::AverageDeal) => {
            if matches!(
                words,
                TargetWords::Percent(_) | TargetWords::Count(_, Some(_))
            ) {
                return Err(bad("an amount"));
            }
            let money = Money::parse(text, req.guild.currency).map_err(|_| bad("an amount"))?;
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
        (TargetWords::Count(n, _), false) if n > 0 => Ok(Some(n)),
        (_, false) => Err(bad("a whole number above 0")),
    }
}

pub async fn create(req: &Request<'_>, args: CreateArgs) -> Result<Reply, CommandError> {
    let name = clean_name(&args.name).ok_or_else(|| {
        CommandError::with_hint(
            "A contest needs a name of 1 to 60 characters.",
            "For example name:\"March Madness\".",
        )
    })?;
    let (metric, scoring) = implied_by_target(&args);
    let of = args.by.unwrap_or(BoardOf::Reps);
    check_scoring(req, metric, scoring, of)?;
    let by_teams = of == BoardOf::Teams;
    let (starts_on, ends_on) = contest_days(req, &args)?;
    let team = match &args.team {
        Some(t) => Some(req.team_named(t).await?),
        None => None,
    };
    let target = read_target(req, args.target.as_deref(), metric, scoring)?;
    let standings = args.standings.map(String::from);
    if let Some(s) = &standings {
        crate::core::cron_spec::CronSpec::parse(s)?;
    }
    let prize = args.prize.map(String::from);
    let channel = args
        .channel
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
    Ok(Reply::private(
        created_message(req, &contest, &channel),
        ReplyData::None,
    ))
}

/// Which metric, scoring and grouping go together, and whether the team's privacy
/// allows a % of quota contest.
fn check_scoring(
    req: &Request<'_>,
    metric: Metric,
    scoring: Scoring,
    of: BoardOf,
) -> Result<(), CommandError> {
    let by_teams = of == BoardOf::Teams;
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
    if scoring == Scoring::PercentOfQuota && !view::percent_of_quota_is_public(&req.guild) {
        return Err(CommandError::with_hint(
            "A % of quota contest posts each rep's percentage in the channel; beside the amounts of their announced wins, anyone could work out their quota, and quotas are private here.",
            "Share quotas (/setup quota_visibility:team) or keep amounts off public posts (/setup amounts:hidden) first, or use scoring:total.",
        ));
    }
    if by_teams && !metric.adds_up() {
        return Err(CommandError::with_hint(
            "A team contest adds its reps' scores up.",
            "Use metric:revenue, deals or activities with by:teams.",
        ));
    }
    Ok(())
}

/// The contest's first and last day: from `start` (or today) to `end`, at most a year,
/// not over already, not starting further back than a win may be backdated.
fn contest_days(
    req: &Request<'_>,
    args: &CreateArgs,
) -> Result<(NaiveDate, NaiveDate), CommandError> {
    let starts_on = args.start.map_or(req.today, |Day(d)| d);
    let Day(ends_on) = args.end;
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
    Ok((starts_on, ends_on))
}

/// What the manager who created a contest reads: the start post's lines, when and where
/// it is announced, and when its standings and results are posted.
fn created_message(req: &Request<'_>, contest: &Contest, channel: &ChannelId) -> Message {
    let starts_now = contest.starts_on <= req.today;
    let mut message = Message::new(Tone::Success, format!("Contest {:?} created", contest.name));
    message.lines = view::start_post(contest, &req.guild).lines;
    message = message.line(if starts_now {
        format!("It starts now: announced in <#{channel}>.")
    } else {
        format!(
            "It starts {}: announced in <#{channel}> that morning.",
            contest.starts_on.format("%a %-d %b")
        )
    });
    if let Some(s) = &contest.standings {
        message = message.line(format!("Standings are posted {s}."));
    }
    message.line(format!(
        "Results are posted the morning after {}.",
        contest.ends_on.format("%a %-d %b")
    ))
}

/// A live contest by name (any case).
async fn find(req: &Request<'_>, name: &str) -> Result<Contest, CommandError> {
    let all = req.app.db.contests(&req.inv.guild_id).await?;
    let wanted = name.trim().to_lowercase();
    all.into_iter()
        .find(|c| c.name.to_lowercase() == wanted)
        .ok_or_else(|| NotFound::Contest(name.to_string()).into())
}

/// The contests `/contest standings` shows: the one named, or every running one.
async fn running_or_named(
    req: &Request<'_>,
    name: Option<&str>,
) -> Result<Vec<Contest>, CommandError> {
    if let Some(name) = name {
        return Ok(vec![find(req, name).await?]);
    }
    let running: Vec<Contest> = req
        .app
        .db
        .contests(&req.inv.guild_id)
        .await?
        .into_iter()
        .filter(|c| c.state == ContestState::Running)
        .collect();
    if running.is_empty() {
        return Err(CommandError::with_hint(
            "No contest is running.",
            "See all of them with /contest list; managers start one with /contest create.",
        ));
    }
    Ok(running)
}

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
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
        let target = view::target_text(c, &req.guild)
            .map(|t| format!(" · target {t}"))
            .unwrap_or_default();
        message = message.line(format!(
            "• **{}** — {}{target} · {when}",
            c.name,
            c.metric.title()
        ));
    }
    Ok(Reply::private(message, ReplyData::None))
}

arguments! {
    /// `/contest standings`: one contest by name, or every running one.
    pub struct StandingsArgs {
        name: Option<String>,
    }
}

pub async fn standings(req: &Request<'_>, args: StandingsArgs) -> Result<Reply, CommandError> {
    let contests = running_or_named(req, args.name.as_deref()).await?;
    let mut shown = Vec::new();
    for contest in &contests {
        let ranked = view::standings(req.app, &req.guild, contest, req.today).await?;
        shown.push(if contest.state == ContestState::Ended {
            view::results_post(contest, &ranked, &req.guild)
        } else {
            view::standings_post(contest, &ranked, &req.guild, req.today)
        });
    }
    let message = match <[Message; 1]>::try_from(shown) {
        Ok([one]) => one,
        Err(several) => view::several_standings(several),
    };
    Ok(Reply::private(message, ReplyData::None))
}

arguments! {
    /// `/contest end`, `/contest cancel`: a contest by name.
    pub struct ContestNameArgs {
        name: String,
    }
}

/// `/contest end`: ends it today and posts the results now.
pub async fn end(req: &Request<'_>, args: ContestNameArgs) -> Result<Reply, CommandError> {
    let mut contest = find(req, &args.name).await?;
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
pub async fn cancel(req: &Request<'_>, args: ContestNameArgs) -> Result<Reply, CommandError> {
    let contest = find(req, &args.name).await?;
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
