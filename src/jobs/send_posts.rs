//! Sending the outbox: announcements written down by commands go out here, once each,
//! and announcements taken back (an undone win) are edited as undone.
//!
//! The edges call `send_due` right after a command, so a win is announced at once; the
//! scheduler calls it on every step, which sends what is held back (a burst), retries
//! what failed, and finishes what a crashed process had claimed. Each row is claimed in
//! the database before it is sent and sent with its own nonce, so neither two bots nor
//! a restart post it twice.

use crate::app::App;
use crate::core::deal::deal_of_win_topic;
use crate::core::ids::GuildId;
use crate::core::ids::{Destination, OutboxId};
use crate::i18n::Words;
use crate::poster::{PostError, Poster};
use crate::reply::{Message, Post, Tone};
use crate::store::{BurstRule, OutboxPost, StoreError};
use chrono::{DateTime, Duration, Utc};

/// Pauses before each retry of an announcement that could not be delivered.
const RETRY_MINUTES: [i64; 4] = [1, 5, 15, 60];

/// An announcement that did not go out this time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undelivered {
    pub outbox_id: OutboxId,
    pub to: Destination,
    pub error: PostError,
    /// Whether it will be tried again (false: given up, the managers were told).
    pub will_retry: bool,
}

/// How long a sender holds a claimed post before another may take it over (its nonce
/// keeps a resend from doubling it).
pub fn lease(app: &App) -> Duration {
    Duration::seconds(app.config.post_lease_seconds)
}

/// Waits for room in this process's share of Discord's rate, when it has one.
async fn wait_for_budget(app: &App) {
    if let Some(budget) = &app.post_budget {
        budget.wait().await;
    }
}

/// The burst rule from the configuration.
pub fn burst_rule(app: &App) -> BurstRule {
    let c = &app.config.competition;
    BurstRule {
        posts: c.burst_posts,
        window: Duration::minutes(c.burst_minutes),
        hold: Duration::minutes(c.burst_hold_minutes),
    }
}

/// Takes back what is marked to be taken back, then sends every due post (of one guild,
/// or of all). Returns the posts that could not be delivered.
pub async fn send_due(
    app: &App,
    poster: &dyn Poster,
    guild: Option<&GuildId>,
    now: DateTime<Utc>,
) -> Result<Vec<Undelivered>, StoreError> {
    if !app.db.outbox_due(guild, now).await? {
        return Ok(Vec::new());
    }
    retract_due(app, poster, guild, now).await?;
    compose_stale(app, guild, now).await?;
    let most = claim_size(app);
    let mut undelivered = Vec::new();
    loop {
        // Each claim's lease runs from when it is taken: a surge's later batches are
        // claimed minutes after the first.
        let now = app.clock.now().max(now);
        let due = app.db.claim_due_posts(guild, lease(app), now, most).await?;
        let claimed = i64::try_from(due.len()).unwrap_or(i64::MAX);
        // Held posts claimed together for one channel go out as one: that is how a
        // burst of wins becomes a single post. Every other post goes out on its own.
        let mut groups: Vec<Vec<OutboxPost>> = Vec::new();
        for post in due {
            match groups.iter_mut().find(|g| {
                post.held && g[0].held && g[0].guild_id == post.guild_id && g[0].to == post.to
            }) {
                Some(group) => group.push(post),
                None => groups.push(vec![post]),
            }
        }
        for group in groups {
            undelivered.extend(send_group(app, poster, &group, now).await?);
        }
        if claimed < most {
            return Ok(undelivered);
        }
    }
}

/// How many posts a sender claims at once: what its share of Discord's rate sends in
/// half a lease, so each claim is sent well before another process may take it over.
/// Without a share (the console), every due post.
fn claim_size(app: &App) -> i64 {
    match &app.post_budget {
        Some(budget) => {
            let half_lease = (app.config.post_lease_seconds / 2).max(1);
            (i64::from(budget.sends_per_second()) * half_lease).max(1)
        }
        None => i64::MAX,
    }
}

async fn send_group(
    app: &App,
    poster: &dyn Poster,
    group: &[OutboxPost],
    now: DateTime<Utc>,
) -> Result<Vec<Undelivered>, StoreError> {
    let first = &group[0];
    let message = if group.len() == 1 {
        first.message.clone()
    } else {
        let words = team_words(app, &first.guild_id).await?;
        combined(group, app.config.competition.burst_minutes, words)
    };
    // A direct message (a nudge) is a courtesy: one that cannot be delivered (DMs
    // closed) is logged, not retried, and the managers are not troubled with it.
    if let Destination::Direct(user) = &first.to {
        wait_for_budget(app).await;
        match poster.post(&Post::new(first.to.clone(), message)).await {
            Ok(_) => app.db.mark_post_sent(first.id, None, now).await?,
            Err(e) => {
                tracing::info!(%user, error = %e, "could not deliver a direct message");
                app.db
                    .mark_post_failed(first.id, &e.to_string(), None, now)
                    .await?;
            }
        }
        return Ok(Vec::new());
    }
    let mut post = Post::new(first.to.clone(), message);
    // Discord keeps a nonce for a few minutes: a resend after a crash is dropped.
    post.nonce = Some(format!("dealbell-{}", first.id));
    wait_for_budget(app).await;
    match poster.post(&post).await {
        Ok(message_id) => {
            for row in group {
                app.db
                    .mark_post_sent(row.id, Some(&message_id), now)
                    .await?;
            }
            Ok(Vec::new())
        }
        Err(e) => {
            let attempts = group.iter().map(|r| r.attempts).max().unwrap_or(1);
            let will_retry = attempts < app.config.post_attempts;
            let retry_at = will_retry.then(|| {
                now + Duration::minutes(
                    RETRY_MINUTES[usize::try_from(attempts - 1)
                        .unwrap_or(0)
                        .min(RETRY_MINUTES.len() - 1)],
                )
            });
            tracing::warn!(to = %first.to, attempts, error = %e, will_retry, "announcement not delivered");
            for row in group {
                app.db
                    .mark_post_failed(row.id, &e.to_string(), retry_at, now)
                    .await?;
            }
            if !will_retry {
                warn_managers(app, poster, first, attempts, &e).await;
            }
            Ok(group
                .iter()
                .map(|row| Undelivered {
                    outbox_id: row.id,
                    to: row.to.clone(),
                    error: e.clone(),
                    will_retry,
                })
                .collect())
        }
    }
}

/// The most announcements a combined post lists one by one: the rest are counted in a
/// line, so a surge reads as a post rather than a wall, and stays within the size of a
/// chat message (Discord cuts an embed at 4,096 characters, about a hundred lines).
const COMBINED_LINES: usize = 25;

/// One post standing for several announcements, one line each (up to `COMBINED_LINES`).
fn combined(rows: &[OutboxPost], minutes: i64, words: Words) -> Message {
    let live = rows.iter().filter(|r| !r.retract).count();
    let mut message = Message::new(
        Tone::Celebration,
        words.say_with("burst-title", &[("count", (live as i64).into())]),
    );
    let (listed, rest) = rows.split_at(rows.len().min(COMBINED_LINES));
    for row in listed {
        message.lines.push(if row.retract {
            words.say_with("burst-undone", &[("summary", row.summary.as_str().into())])
        } else {
            row.summary.clone()
        });
        if !row.retract {
            message.mention_all_of(&row.message);
        }
    }
    let more = rest.iter().filter(|r| !r.retract).count();
    if more > 0 {
        message
            .lines
            .push(words.say_with("burst-more", &[("count", (more as i64).into())]));
    }
    message.footer(words.say_with("burst-footer", &[("minutes", minutes.into())]))
}

/// A single announcement as it reads once taken back: struck through, and why.
fn taken_back(original: &Message, words: Words) -> Message {
    let mut message = Message::new(Tone::Info, format!("~~{}~~", original.title));
    message.lines = original
        .lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("~~{l}~~"))
        .collect();
    message.lines.push(words.say("win-taken-back"));
    message.footer = original.footer.clone();
    message
}

/// Announcements written with their win whose command never filled them in (the
/// process died right after the commit) get the plain announcement from the deal itself
/// (`views::win`): who won whom, and for how much unless the team hides amounts.
async fn compose_stale(
    app: &App,
    guild: Option<&GuildId>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for (id, guild_id, topic) in app
        .db
        .claim_stale_compositions(guild, lease(app), now)
        .await?
    {
        let deal = match deal_of_win_topic(&topic) {
            Some(n) => app.db.deal_by_number(&guild_id, n).await?,
            None => None,
        };
        let settings = app.db.guild(&guild_id).await?;
        let (Some(deal), Some(settings)) = (deal, settings) else {
            app.db.finish_composition(id, None, now).await?;
            continue;
        };
        if deal.state.outcome != crate::core::deal::Outcome::Won {
            app.db.finish_composition(id, None, now).await?;
            continue;
        }
        let owner = app
            .db
            .member_by_id(&guild_id, deal.state.owner_id)
            .await?
            .and_then(|m| m.user_id);
        let (message, summary) =
            crate::views::win::announcement_message(&deal, &settings, Vec::new(), owner);
        app.db
            .finish_composition(id, Some((&message, &summary)), now)
            .await?;
    }
    Ok(())
}

/// Edits every sent post marked to be taken back.
async fn retract_due(
    app: &App,
    poster: &dyn Poster,
    guild: Option<&GuildId>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for (message_id, rows) in app.db.claim_retractions(guild, lease(app), now).await? {
        let Some(first) = rows.first() else { continue };
        let words = team_words(app, &first.guild_id).await?;
        let message = if rows.len() == 1 {
            taken_back(&first.message, words)
        } else {
            combined(&rows, app.config.competition.burst_minutes, words)
        };
        wait_for_budget(app).await;
        match poster.edit(&first.to, &message_id, &message).await {
            Ok(()) => app.db.mark_retracted(&message_id).await?,
            Err(e) => {
                tracing::warn!(to = %first.to, error = %e, "could not take back an announcement; will retry");
                app.db
                    .retry_retraction(&message_id, now + Duration::minutes(5))
                    .await?;
            }
        }
    }
    Ok(())
}

/// Tells the managers' channel that a post was given up on after `attempts`.
async fn warn_managers(
    app: &App,
    poster: &dyn Poster,
    row: &OutboxPost,
    attempts: i64,
    error: &PostError,
) {
    let Ok(Some(guild)) = app.db.guild(&row.guild_id).await else {
        return;
    };
    let Some(channel) = guild.managers_channel.clone() else {
        return;
    };
    let schedule = match row.firing {
        Some(firing) => app
            .db
            .schedule_by_id(firing.schedule_id)
            .await
            .ok()
            .flatten()
            .map(|s| (s.number, firing.due_at)),
        None => None,
    };
    let words = Words::team(&guild);
    let place = where_it_went(&row.to, words);
    let warning = match schedule {
        Some((number, due)) => Message::new(
            Tone::Warning,
            words.say_with("post-failed-schedule-title", &[("number", number.0.into())]),
        )
        .line(words.say_with(
            "post-failed-schedule",
            &[
                ("time", words.moment(due, guild.timezone).into()),
                ("place", place.into()),
                ("attempts", attempts.into()),
                ("error", error.worded(words).into()),
            ],
        ))
        .line(words.say("post-failed-schedule-how")),
        None => Message::new(Tone::Warning, words.say("post-failed-title"))
            .line(words.say_with(
                "post-failed",
                &[
                    ("summary", row.summary.as_str().into()),
                    ("place", place.into()),
                    ("error", error.worded(words).into()),
                ],
            ))
            .line(words.say("post-failed-how")),
    };
    wait_for_budget(app).await;
    if let Err(e) = poster.post(&Post::to_channel(channel, warning)).await {
        tracing::warn!(error = %e, "could not warn the managers' channel either");
    }
}

/// A destination as a message names it: a channel mention, or the user's DMs.
fn where_it_went(to: &Destination, words: Words) -> String {
    match to {
        Destination::Channel(c) => format!("<#{c}>"),
        Destination::Direct(u) => {
            words.say_with("post-failed-direct", &[("user", format!("<@{u}>").into())])
        }
    }
}

/// The language of the team a post goes to (its channels hear it).
async fn team_words(app: &App, guild_id: &GuildId) -> Result<Words, StoreError> {
    Ok(app
        .db
        .guild(guild_id)
        .await?
        .map(|g| Words::team(&g))
        .unwrap_or(Words::new(crate::core::language::Language::En)))
}
