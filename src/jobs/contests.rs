//! Contests and duels over time: the start post on the first day, standings on the
//! schedule the manager picked, results the morning after the last day; a duel's one
//! result post; challenges nobody answered expire. Every post goes through the outbox
//! under its own topic, so each is posted once however many bots run.

use crate::app::App;
use crate::core::contest::{
    Contest, ContestState, DUEL_ANSWER_HOURS, Duel, DuelState, results_moment, start_moment,
};
use crate::core::cron_spec::CronSpec;
use crate::core::guild::GuildSettings;
use crate::core::ids::{ChannelId, Destination, GuildId};
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::Message;
use crate::store::{Enqueued, NewOutboxPost};
use crate::views::contest as view;
use chrono::{DateTime, Duration, Utc};

/// Writes a contest or duel post into the outbox (never held back as a burst).
pub async fn announce(
    app: &App,
    guild: &GuildSettings,
    channel: &ChannelId,
    topic: &str,
    message: &Message,
    now: DateTime<Utc>,
) -> Result<Enqueued, CommandError> {
    Ok(app
        .db
        .enqueue_post(
            NewOutboxPost {
                guild_id: &guild.guild_id,
                to: &Destination::Channel(channel.clone()),
                topic,
                message,
                summary: &message.title,
                firing: None,
            },
            None,
            now,
        )
        .await?)
}

/// Posts one of a contest's announcements (its topic `contest:ID:WHAT`) and moves it on.
async fn post_and_move(
    app: &App,
    guild: &GuildSettings,
    contest: &Contest,
    what: &str,
    post: &Message,
    (from, to): (&[ContestState], ContestState),
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    let topic = format!("contest:{}:{what}", contest.id);
    announce(app, guild, &contest.channel_id, &topic, post, now).await?;
    app.db.move_contest(contest.id, from, to, None).await?;
    Ok(())
}

/// Posts a contest's results and marks it ended (from the scheduler, or `/contest end`).
pub async fn finish(
    app: &App,
    guild: &GuildSettings,
    contest: &Contest,
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    let ranked = view::standings(app, guild, contest, contest.ends_on).await?;
    let post = view::results_post(contest, &ranked, guild, Words::team(guild));
    let live = [ContestState::Running, ContestState::Scheduled];
    post_and_move(
        app,
        guild,
        contest,
        "results",
        &post,
        (&live[..], ContestState::Ended),
        now,
    )
    .await
}

/// Starts a contest: its start post, and running.
pub async fn start(
    app: &App,
    guild: &GuildSettings,
    contest: &Contest,
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    let post = view::start_post(contest, guild, Words::team(guild));
    let from = [ContestState::Scheduled];
    post_and_move(
        app,
        guild,
        contest,
        "start",
        &post,
        (&from[..], ContestState::Running),
        now,
    )
    .await
}

/// One step: everything due at `now` for the contests and duels of one guild or all.
pub async fn step(
    app: &App,
    only_guild: Option<&GuildId>,
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    let grace = Duration::minutes(app.config.schedule_grace_minutes);
    for (guild_id, contest) in app.db.live_contests(only_guild).await? {
        let Some(guild) = app.db.guild(&guild_id).await? else {
            continue;
        };
        let tz = guild.timezone;
        if contest.state == ContestState::Scheduled
            && start_moment(&contest, tz).is_some_and(|t| now >= t)
        {
            start(app, &guild, &contest, now).await?;
        }
        if results_moment(contest.ends_on, tz).is_some_and(|t| now >= t) {
            finish(app, &guild, &contest, now).await?;
            continue;
        }
        // The latest standings post due, if it is within the grace window (after
        // downtime, one late post rather than a flood).
        if let Some(spec) = contest
            .standings
            .as_deref()
            .and_then(|s| CronSpec::parse(s).ok())
            && let Some(started) = start_moment(&contest, tz)
            && now >= started
        {
            let since = started.max(now - grace);
            if let Some(due) = spec.due_between(tz, since, now, 10_000).last() {
                let ranked = view::standings(app, &guild, &contest, guild.today(now)).await?;
                let post = view::standings_post(
                    &contest,
                    &ranked,
                    &guild,
                    guild.today(now),
                    Words::team(&guild),
                );
                let topic = format!("contest:{}:standings:{}", contest.id, due.timestamp());
                announce(app, &guild, &contest.channel_id, &topic, &post, now).await?;
            }
        }
    }
    for (guild_id, duel) in app.db.live_duels(only_guild).await? {
        let Some(guild) = app.db.guild(&guild_id).await? else {
            continue;
        };
        duel_step(app, &guild, &duel, now).await?;
    }
    Ok(())
}

async fn duel_step(
    app: &App,
    guild: &GuildSettings,
    duel: &Duel,
    now: DateTime<Utc>,
) -> Result<(), CommandError> {
    match duel.state {
        DuelState::Proposed if now - duel.proposed_at > Duration::hours(DUEL_ANSWER_HOURS) => {
            app.db
                .move_duel(duel.id, DuelState::Proposed, DuelState::Expired, None)
                .await?;
        }
        DuelState::Running => {
            let Some(end) = duel.ends_on else {
                return Ok(());
            };
            if results_moment(end, guild.timezone).is_some_and(|t| now >= t) {
                let scores = view::duel_scores(app, guild, duel, end).await?;
                let post = view::duel_result(duel, scores, guild, Words::team(guild));
                announce(
                    app,
                    guild,
                    &duel.channel_id,
                    &format!("duel:{}:result", duel.id),
                    &post,
                    now,
                )
                .await?;
                app.db
                    .move_duel(duel.id, DuelState::Running, DuelState::Ended, None)
                    .await?;
            }
        }
        // Waiting within its time, or over: nothing to do.
        DuelState::Proposed | DuelState::Declined | DuelState::Ended | DuelState::Expired => {}
    }
    Ok(())
}

/// When the next contest or duel post falls due after `now`, if any does.
pub async fn next_at(
    app: &App,
    only_guild: Option<&GuildId>,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, CommandError> {
    let mut next: Vec<DateTime<Utc>> = Vec::new();
    for (guild_id, contest) in app.db.live_contests(only_guild).await? {
        let Some(guild) = app.db.guild(&guild_id).await? else {
            continue;
        };
        let tz = guild.timezone;
        next.extend(start_moment(&contest, tz).filter(|t| *t > now));
        next.extend(results_moment(contest.ends_on, tz).filter(|t| *t > now));
        if let Some(spec) = contest
            .standings
            .as_deref()
            .and_then(|s| CronSpec::parse(s).ok())
        {
            next.extend(spec.next_after(tz, now));
        }
    }
    for (guild_id, duel) in app.db.live_duels(only_guild).await? {
        let Some(guild) = app.db.guild(&guild_id).await? else {
            continue;
        };
        next.extend(
            duel.ends_on
                .and_then(|e| results_moment(e, guild.timezone))
                .filter(|t| *t > now),
        );
        if duel.state == DuelState::Proposed {
            next.push(duel.proposed_at + Duration::hours(DUEL_ANSWER_HOURS) + Duration::seconds(1));
        }
    }
    Ok(next.into_iter().filter(|t| *t > now).min())
}
