//! `/contest create|list|standings|end|cancel`: managers run contests; everyone sees
//! the standings. Posts (start, standings, results) go through the outbox.

use super::arguments::{CleanText, Day, NoArguments, arguments};
use super::{CommandError, NotFound, Request};
use crate::core::contest::{Contest, ContestState, MAX_DAYS, Scoring, clean_name};
use crate::core::ids::ChannelId;
use crate::core::money::Money;
use crate::core::ranking::{BoardOf, Metric};
use crate::core::target_words::{TargetWords, target_words};
use crate::i18n::said::Part;
use crate::i18n::{Said, Words};
use crate::jobs::contests;
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::store::NewContest;
use crate::views::contest as view;
use chrono::NaiveDate;

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
    // A target as typed in the reader's language (`target:"10 transakcji"`).
    let example = match (scoring, metric) {
        (Scoring::PercentOfQuota, _) => "contest-example-percent-of-quota",
        (_, Metric::Revenue | Metric::AverageDeal) => "contest-example-amount",
        (_, Metric::WinRate) => "contest-example-win-rate",
        (_, Metric::Deals) => "contest-example-deals",
        (_, Metric::Activities | Metric::Attainment) => "contest-example-activities",
    };
    let bad = |wants: &'static str| -> CommandError {
        Said::new("error-contest-target")
            .with("text", text)
            .with("wants", wants)
            .with("example", Part::message(example))
            .into()
    };
    let wants_percent = scoring == Scoring::PercentOfQuota || metric == Metric::WinRate;
    match (target_words(text), wants_percent) {
        (TargetWords::Percent(n), true) => (1..=1_000)
            .contains(&n)
            .then_some(Some(n * 100))
            .ok_or_else(|| bad("percent-range")),
        (TargetWords::Count(n, None), true) => (1..=1_000)
            .contains(&n)
            .then_some(Some(n * 100))
            .ok_or_else(|| bad("percent-range")),
        (_, true) => Err(bad("percent")),
        (TargetWords::Count(_, Some(unit)), false) if unit != metric => {
            Err(Said::new("error-contest-target-unit")
                .with("text", text)
                .with("unit", Part::message(format!("metric-{}", unit.key())))
                .with("metric", Part::message(format!("metric-{}", metric.key())))
                .with("key", unit.key())
                .with("example", Part::message(example))
                .into())
        }
        (words, false) if matches!(metric, Metric::Revenue | Metric::AverageDeal) => {
            if matches!(
                words,
                TargetWords::Percent(_) | TargetWords::Count(_, Some(_))
            ) {
                return Err(bad("amount"));
            }
            let money = Money::parse(text, req.guild.currency).map_err(|_| bad("amount"))?;
            if money.currency != req.guild.currency {
                return Err(Said::new("error-contest-target-currency")
                    .with("given", money.currency.to_string())
                    .with("team", req.guild.currency.to_string())
                    .into());
            }
            Ok(Some(money.minor).filter(|m| *m > 0))
        }
        (TargetWords::Count(n, _), false) if n > 0 => Ok(Some(n)),
        (_, false) => Err(bad("count")),
    }
}

pub async fn create(req: &Request<'_>, args: CreateArgs) -> Result<Reply, CommandError> {
    let name = clean_name(&args.name).ok_or_else(|| Said::new("error-contest-name"))?;
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
        .ok_or_else(|| Said::new("error-contest-channel"))?;
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
    .ok_or_else(|| Said::new("error-contest-name-taken").with("name", name.as_str()))?;
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
        return Err(Said::new("error-contest-attainment").into());
    }
    if scoring == Scoring::PercentOfQuota && (metric != Metric::Revenue || by_teams) {
        return Err(Said::new("error-contest-percent-metric").into());
    }
    if scoring == Scoring::PercentOfQuota && !view::percent_of_quota_is_public(&req.guild) {
        return Err(Said::new("error-contest-percent-private").into());
    }
    if by_teams && !metric.adds_up() {
        return Err(Said::new("error-contest-team-metric").into());
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
        return Err(Said::new("error-contest-over").into());
    }
    if ends_on < starts_on {
        return Err(Said::new("error-contest-ends-before").into());
    }
    if (ends_on - starts_on).num_days() >= MAX_DAYS {
        return Err(Said::new("error-contest-too-long").into());
    }
    if (req.today - starts_on).num_days() > req.app.config.backdate_days {
        return Err(Said::new("error-contest-too-far-back")
            .with("days", req.app.config.backdate_days)
            .into());
    }
    Ok((starts_on, ends_on))
}

/// What the manager who created a contest reads: the start post's lines, when and where
/// it is announced, and when its standings and results are posted.
fn created_message(req: &Request<'_>, contest: &Contest, channel: &ChannelId) -> Message {
    let words = req.words;
    let starts_now = contest.starts_on <= req.today;
    let mut message = Message::new(
        Tone::Success,
        words.say_with("contest-created", &[("name", contest.name.as_str().into())]),
    );
    message.lines = view::start_post(contest, &req.guild, words).lines;
    let channel = format!("<#{channel}>");
    message = message.line(if starts_now {
        words.say_with("contest-starts-now", &[("channel", channel.into())])
    } else {
        words.say_with(
            "contest-starts-on",
            &[
                ("day", words.day_with_weekday(contest.starts_on).into()),
                ("channel", channel.into()),
            ],
        )
    });
    if let Some(s) = &contest.standings {
        message = message
            .line(words.say_with("contest-standings-when", &[("schedule", s.as_str().into())]));
    }
    message.line(words.say_with(
        "contest-results-when",
        &[("day", words.day_with_weekday(contest.ends_on).into())],
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
        return Err(Said::new("error-contest-none-running").into());
    }
    Ok(running)
}

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let all = req.app.db.contests(&req.inv.guild_id).await?;
    let words = req.words;
    let mut message = Message::new(Tone::Info, words.say("contest-list-title"));
    if all.is_empty() {
        message = message.line(words.say("contest-list-empty"));
    }
    for c in all.iter().take(15) {
        let on = |key: &str, day: NaiveDate| {
            words.say_with(key, &[("day", words.day_with_weekday(day).into())])
        };
        let when = match c.state {
            ContestState::Scheduled => on("contest-when-scheduled", c.starts_on),
            ContestState::Running => on("contest-when-running", c.ends_on),
            ContestState::Ended => words.say_with(
                "contest-when-ended",
                &[("day", words.day(c.ends_on).into())],
            ),
            ContestState::Cancelled => words.say("contest-when-cancelled"),
        };
        let mut args = vec![
            ("name", c.name.as_str().into()),
            ("metric", words.metric(c.metric).into()),
            ("when", when.into()),
        ];
        let key = match view::target_text(c, &req.guild, words) {
            Some(target) => {
                args.push(("target", target.into()));
                "contest-list-line-target"
            }
            None => "contest-list-line",
        };
        message = message.line(words.say_with(key, &args));
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
            view::results_post(contest, &ranked, &req.guild, req.words)
        } else {
            view::standings_post(contest, &ranked, &req.guild, req.today, req.words)
        });
    }
    let message = match <[Message; 1]>::try_from(shown) {
        Ok([one]) => one,
        Err(several) => view::several_standings(several, req.words),
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
        return Err(Said::new("error-contest-not-running")
            .with("name", contest.name.as_str())
            .into());
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
    let words = req.words;
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            words.say_with("contest-ended", &[("name", contest.name.as_str().into())]),
        )
        .line(words.say_with(
            "contest-results-posted",
            &[("channel", format!("<#{}>", contest.channel_id).into())],
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
        return Err(Said::new("error-contest-already-ended")
            .with("name", contest.name.as_str())
            .into());
    }
    if contest.state == ContestState::Running {
        // The channel reads it: in the team's language.
        let team = Words::team(&req.guild);
        let post = Message::new(
            Tone::Info,
            team.say_with(
                "contest-cancelled-post",
                &[("name", contest.name.as_str().into())],
            ),
        )
        .line(team.say("contest-cancelled-post-line"));
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
        Message::new(
            Tone::Success,
            req.words.say_with(
                "contest-cancelled",
                &[("name", contest.name.as_str().into())],
            ),
        )
        .line(req.words.say("contest-name-free")),
        ReplyData::None,
    ))
}
