//! The outbox: posts written down before they are sent (see migration 0012).
//!
//! Every claim is one UPDATE, so two senders (two bots on one database, or a bot and
//! its own retry) never hold the same row; a claim is a lease, so a sender that died
//! mid-send leaves the row to be sent again, with the same nonce.

use super::write_tx::WriteTx;
use super::{Db, Dialect, StoreError, parse_timestamp, timestamp};
use crate::core::firing::FiringState;
use crate::core::ids::{
    ChannelId, DealNumber, Destination, GuildId, MessageId, OutboxId, ScheduleId, UserId,
};
use crate::reply::Message;
use crate::store::SqlRow;
use chrono::{DateTime, Duration, Utc};
use sqlx::Row;

/// A post to write down.
#[derive(Debug, Clone)]
pub struct NewOutboxPost<'a> {
    pub guild_id: &'a GuildId,
    pub to: &'a Destination,
    pub topic: &'a str,
    pub message: &'a Message,
    pub summary: &'a str,
    /// The schedule's firing this post is (a scheduled post), to report back to.
    pub firing: Option<FiringRef>,
}

/// One firing of a schedule: the schedule's row id and the time it was due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiringRef {
    pub schedule_id: ScheduleId,
    pub due_at: DateTime<Utc>,
}

/// How busy a channel may be before posts are held back and combined.
#[derive(Debug, Clone, Copy)]
pub struct BurstRule {
    /// More posts than this in `window`...
    pub posts: i64,
    pub window: Duration,
    /// ...and the next ones wait this long, gathering company, then go out as one.
    pub hold: Duration,
}

/// A claimed row, to send (or to take back).
#[derive(Debug, Clone)]
pub struct OutboxPost {
    pub id: OutboxId,
    pub guild_id: GuildId,
    pub to: Destination,
    pub topic: String,
    pub message: Message,
    pub summary: String,
    pub attempts: i64,
    pub held: bool,
    pub message_id: Option<MessageId>,
    pub retract: bool,
    pub created_at: DateTime<Utc>,
    pub firing: Option<FiringRef>,
}

/// What became of an enqueue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enqueued {
    /// Written down as this row; `held` when the channel is busy.
    Waiting { id: OutboxId, held: bool },
    /// The topic was posted before: a deal is announced once.
    AlreadyAnnounced,
}

/// The columns `outbox_post` reads, as a literal so that queries stay static strings.
macro_rules! columns {
    () => {
        "id, guild_id, channel_id, topic, message, summary, attempts, held, message_id, retract, created_at,
         schedule_id, due_at, chart_png"
    };
}

/// How the outbox's `channel_id` column holds a destination: a channel's id, or `dm:`
/// and a user's id for a direct message.
pub(crate) fn destination_column(to: &Destination) -> String {
    match to {
        Destination::Channel(c) => c.as_str().to_string(),
        Destination::Direct(u) => format!("{DM_PREFIX}{u}"),
    }
}

fn destination_from(column: &str) -> Destination {
    match column.strip_prefix(DM_PREFIX) {
        Some(user) => Destination::Direct(UserId::new(user)),
        None => Destination::Channel(ChannelId::new(column)),
    }
}

const DM_PREFIX: &str = "dm:";

/// A message as the outbox keeps it (its picture, if any, is kept apart: `chart_png`).
pub(super) fn message_json(message: &Message) -> Result<String, StoreError> {
    serde_json::to_string(message).map_err(|e| StoreError::Corrupt(format!("outbox message: {e}")))
}

pub(super) fn message_from_json(json: &str) -> Result<Message, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("outbox message: {e}")))
}

fn outbox_post(row: &SqlRow) -> Result<OutboxPost, StoreError> {
    let mut message = message_from_json(&row.try_get::<String, _>("message")?)?;
    if let (Some(chart), Some(png)) = (
        message.chart.as_mut(),
        row.try_get::<Option<Vec<u8>>, _>("chart_png")?,
    ) {
        chart.data = png;
    }
    let firing = match (
        row.try_get::<Option<ScheduleId>, _>("schedule_id")?,
        row.try_get::<Option<String>, _>("due_at")?,
    ) {
        (Some(schedule_id), Some(due_at)) => Some(FiringRef {
            schedule_id,
            due_at: parse_timestamp(&due_at)?,
        }),
        _ => None,
    };
    Ok(OutboxPost {
        id: row.try_get("id")?,
        guild_id: row.try_get("guild_id")?,
        to: destination_from(&row.try_get::<String, _>("channel_id")?),
        topic: row.try_get("topic")?,
        message,
        summary: row.try_get("summary")?,
        attempts: row.try_get("attempts")?,
        held: crate::store::flag(row, "held")?,
        message_id: row.try_get("message_id")?,
        retract: crate::store::flag(row, "retract")?,
        created_at: parse_timestamp(&row.try_get::<String, _>("created_at")?)?,
        firing,
    })
}

impl Db {
    /// Writes a post down to be sent. A topic already announced is not written again
    /// (unless that announcement was taken back). With a burst rule, when the channel
    /// has had more than its posts lately, the post is held to go out combined with others.
    pub async fn enqueue_post(
        &self,
        post: NewOutboxPost<'_>,
        burst: Option<BurstRule>,
        now: DateTime<Utc>,
    ) -> Result<Enqueued, StoreError> {
        let mut tx = self.begin_guild_write(post.guild_id).await?;
        let enqueued = insert_post(&mut tx, &post, burst, now).await?;
        tx.commit().await?;
        Ok(enqueued)
    }

    /// Claims up to `most` rows due to be sent (of one guild, or of all), the earliest
    /// due first, returned in the order they were written; a row another sender claimed
    /// and never finished is due again once its lease ran out. A sender claims no more
    /// than it can send within its lease, so in a surge the rest stay free for others.
    pub async fn claim_due_posts(
        &self,
        only_guild: Option<&GuildId>,
        lease: Duration,
        now: DateTime<Utc>,
        most: i64,
    ) -> Result<Vec<OutboxPost>, StoreError> {
        // Claims are made under the write lock, so two processes never take the same
        // row. (PostgreSQL's `FOR UPDATE SKIP LOCKED` in the inner select, without the
        // lock, still let two senders claim the same posts in the surge test.) The
        // outer condition repeats the inner one as a second guard.
        let rows = sqlx::query(concat!(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_try_at = $1
             WHERE id IN (
                 SELECT id FROM outbox
                 WHERE state IN ('waiting', 'sending') AND next_try_at <= $2
                   AND ($3 IS NULL OR guild_id = $3)
                 ORDER BY next_try_at, id LIMIT $4)
               AND state IN ('waiting', 'sending') AND next_try_at <= $2
             RETURNING ",
            columns!()
        ))
        .bind(timestamp(now + lease))
        .bind(timestamp(now))
        .bind(only_guild)
        .bind(most);
        let mut tx = self.begin_write().await?;
        let rows = rows.fetch_all(&mut *tx).await?;
        tx.commit().await?;
        let mut posts = rows
            .iter()
            .map(outbox_post)
            .collect::<Result<Vec<_>, _>>()?;
        posts.sort_by_key(|p| p.id);
        Ok(posts)
    }

    /// Records that a claimed row was sent, as Discord's message `message_id`.
    pub async fn mark_post_sent(
        &self,
        id: OutboxId,
        message_id: Option<&MessageId>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE outbox SET state = 'sent', message_id = $1, sent_at = $2, next_try_at = $2, last_error = NULL
             WHERE id = $3",
        )
        .bind(message_id)
        .bind(timestamp(now))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        report_to_firing(&mut tx, id, FiringState::Posted, None, None, now).await?;
        tx.commit().await
    }

    /// Records a failed send: to try again at `retry_at`, or failed for good (None).
    pub async fn mark_post_failed(
        &self,
        id: OutboxId,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        // A failed row is never due again; its time is only kept sortable.
        let (state, at) = match retry_at {
            Some(at) => ("waiting", timestamp(at)),
            None => ("failed", "9999-12-31T23:59:59.999Z".to_string()),
        };
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE outbox SET state = $1, next_try_at = $2, last_error = $3 WHERE id = $4",
        )
        .bind(state)
        .bind(at)
        .bind(error)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let status = if retry_at.is_some() {
            FiringState::Retrying
        } else {
            FiringState::Failed
        };
        report_to_firing(&mut tx, id, status, retry_at, Some(error), now).await?;
        tx.commit().await
    }

    /// Marks a topic's post to be taken back. One not sent yet is dropped at once (and
    /// nothing is returned); one already sent is returned, to be edited as undone.
    pub async fn retract_post(
        &self,
        guild_id: &GuildId,
        topic: &str,
    ) -> Result<Option<OutboxPost>, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        sqlx::query(
            "UPDATE outbox SET state = 'retracted', retract = 1
             WHERE guild_id = $1 AND topic = $2 AND state IN ('composing', 'waiting', 'failed')",
        )
        .bind(guild_id)
        .bind(topic)
        .execute(&mut *tx)
        .await?;
        let row = sqlx::query(concat!(
            "UPDATE outbox SET retract = 1 WHERE guild_id = $1 AND topic = $2 AND state IN ('sent', 'sending')
             RETURNING ",
            columns!()
        ))
            .bind(guild_id)
            .bind(topic)
            .fetch_optional(&mut *tx)
            .await?;
        tx.commit().await?;
        row.as_ref().map(outbox_post).transpose()
    }

    /// Sent posts marked to be taken back, claimed for a lease: (the message's id, every
    /// row that message carries, retracted or not), so a combined post is redrawn whole.
    pub async fn claim_retractions(
        &self,
        only_guild: Option<&GuildId>,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> Result<Vec<(MessageId, Vec<OutboxPost>)>, StoreError> {
        let message_ids: Vec<MessageId> = sqlx::query_scalar(
            "UPDATE outbox SET next_try_at = $1
             WHERE retract = 1 AND state = 'sent' AND next_try_at <= $2
               AND ($3 IS NULL OR guild_id = $3)
             RETURNING message_id",
        )
        .bind(timestamp(now + lease))
        .bind(timestamp(now))
        .bind(only_guild)
        .fetch_all(&self.write)
        .await?;
        let mut seen = Vec::new();
        for message_id in message_ids {
            if seen.iter().any(|(m, _)| *m == message_id) {
                continue;
            }
            let rows = sqlx::query(concat!(
                "SELECT ",
                columns!(),
                " FROM outbox WHERE message_id = $1 ORDER BY id"
            ))
            .bind(&message_id)
            .fetch_all(&self.read)
            .await?;
            let posts = rows
                .iter()
                .map(outbox_post)
                .collect::<Result<Vec<_>, _>>()?;
            seen.push((message_id, posts));
        }
        Ok(seen)
    }

    /// Records that the posts of a message were edited as taken back.
    pub async fn mark_retracted(&self, message_id: &MessageId) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET state = 'retracted' WHERE message_id = $1 AND retract = 1 AND state = 'sent'",
        )
        .bind(message_id)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Puts a claimed retraction back to be tried again later.
    pub async fn retry_retraction(
        &self,
        message_id: &MessageId,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET next_try_at = $1 WHERE message_id = $2 AND retract = 1 AND state = 'sent'")
            .bind(timestamp(at))
            .bind(message_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Drops the announcement written with a win when the command decided no post is
    /// needed (the win was typed in the wins channel itself: the reply is the news).
    pub async fn skip_announcement(
        &self,
        guild_id: &GuildId,
        topic: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET state = 'retracted' WHERE guild_id = $1 AND topic = $2 AND state = 'composing'",
        )
        .bind(guild_id)
        .bind(topic)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Announcements written with their win whose command never filled them in (its
    /// process died): (row id, guild, topic). Claimed for a lease, like a send.
    pub async fn claim_stale_compositions(
        &self,
        only_guild: Option<&GuildId>,
        lease: Duration,
        now: DateTime<Utc>,
    ) -> Result<Vec<(OutboxId, GuildId, String)>, StoreError> {
        Ok(sqlx::query_as(
            "UPDATE outbox SET next_try_at = $1
             WHERE state = 'composing' AND next_try_at <= $2 AND ($3 IS NULL OR guild_id = $3)
             RETURNING id, guild_id, topic",
        )
        .bind(timestamp(now + lease))
        .bind(timestamp(now))
        .bind(only_guild)
        .fetch_all(&self.write)
        .await?)
    }

    /// Fills in a composed announcement (to send now), or drops it (None: nothing to say).
    pub async fn finish_composition(
        &self,
        id: OutboxId,
        composed: Option<(&Message, &str)>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        match composed {
            Some((message, summary)) => {
                let json = message_json(message)?;
                sqlx::query(
                    "UPDATE outbox SET message = $1, summary = $2, state = 'waiting', next_try_at = $3
                     WHERE id = $4 AND state = 'composing'",
                )
                .bind(json)
                .bind(summary)
                .bind(timestamp(now))
                .bind(id)
                .execute(&self.write)
                .await?;
            }
            None => {
                sqlx::query(
                    "UPDATE outbox SET state = 'retracted' WHERE id = $1 AND state = 'composing'",
                )
                .bind(id)
                .execute(&self.write)
                .await?;
            }
        }
        Ok(())
    }

    /// Whether anything is due at `now` (a post to send or compose, or one to take back):
    /// one read, so that a sender with nothing to do never takes the write lock.
    pub async fn outbox_due(
        &self,
        only_guild: Option<&GuildId>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let due: i64 = sqlx::query_scalar(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM outbox
             WHERE (state IN ('composing', 'waiting', 'sending') OR (state = 'sent' AND retract = 1))
               AND next_try_at <= $1 AND ($2 IS NULL OR guild_id = $2)) THEN 1 ELSE 0 END",
        )
        .bind(timestamp(now))
        .bind(only_guild)
        .fetch_one(&self.read)
        .await?;
        Ok(due != 0)
    }

    /// When the next outbox row falls due (a held post, a retry), if any does.
    pub async fn next_outbox_at(
        &self,
        only_guild: Option<&GuildId>,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let next: Option<String> = sqlx::query_scalar(
            "SELECT MIN(next_try_at) FROM outbox
             WHERE (state IN ('composing', 'waiting', 'sending') OR (state = 'sent' AND retract = 1))
               AND ($1 IS NULL OR guild_id = $1)",
        )
        .bind(only_guild)
        .fetch_one(&self.read)
        .await?;
        next.map(|t| parse_timestamp(&t)).transpose()
    }
}

/// Writes a post down inside `tx` (see `Db::enqueue_post`): a change and the post it
/// causes commit together.
pub(super) async fn insert_post(
    tx: &mut WriteTx,
    post: &NewOutboxPost<'_>,
    burst: Option<BurstRule>,
    now: DateTime<Utc>,
) -> Result<Enqueued, StoreError> {
    let json = message_json(post.message)?;
    let mut held = false;
    let mut send_at = timestamp(now);
    if let Some(burst) = burst {
        // Only posts of the same kind count ('win:' topics for a win): a contest
        // post in the channel does not make a win wait.
        // A topic's kind is what comes before its colon (SQLite's instr, PostgreSQL's strpos).
        let recent: i64 = sqlx::query_scalar(match super::dialect_of(tx) {
            Dialect::Sqlite => {
                "SELECT COUNT(*) FROM outbox WHERE guild_id = $1 AND channel_id = $2 AND created_at > $3
                 AND state <> 'retracted' AND topic <> $4
                 AND substr(topic, 1, instr(topic, ':')) = substr($4, 1, instr($4, ':'))"
            }
            Dialect::Postgres => {
                "SELECT COUNT(*) FROM outbox WHERE guild_id = $1 AND channel_id = $2 AND created_at > $3
                 AND state <> 'retracted' AND topic <> $4
                 AND substr(topic, 1, strpos(topic, ':')) = substr($4, 1, strpos($4, ':'))"
            }
        })
        .bind(post.guild_id)
        .bind(destination_column(post.to))
        .bind(timestamp(now - burst.window))
        .bind(post.topic)
        .fetch_one(&mut **tx)
        .await?;
        if recent >= burst.posts {
            held = true;
            // Join the held posts already waiting, or start a new group.
            let waiting: Option<String> = sqlx::query_scalar(
                "SELECT MIN(next_try_at) FROM outbox WHERE guild_id = $1 AND channel_id = $2
                 AND state = 'waiting' AND held = 1",
            )
            .bind(post.guild_id)
            .bind(destination_column(post.to))
            .fetch_one(&mut **tx)
            .await?;
            send_at = waiting.unwrap_or_else(|| timestamp(now + burst.hold));
        }
    }
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO outbox (guild_id, channel_id, topic, message, summary, created_at, state, next_try_at, held,
                             schedule_id, due_at, chart_png)
         VALUES ($1, $2, $3, $4, $5, $6, 'waiting', $7, $8, $9, $10, $11)
         ON CONFLICT (guild_id, topic) DO UPDATE SET
             channel_id = $2, message = $4, summary = $5, created_at = $6, state = 'waiting',
             next_try_at = $7, held = $8, attempts = 0, last_error = NULL, message_id = NULL,
             sent_at = NULL, retract = 0, schedule_id = $9, due_at = $10, chart_png = $11
         WHERE outbox.state IN ('retracted', 'composing')
         RETURNING id",
    )
    .bind(post.guild_id)
    .bind(destination_column(post.to))
    .bind(post.topic)
    .bind(json)
    .bind(post.summary)
    .bind(timestamp(now))
    .bind(send_at)
    .bind(held as i64)
    .bind(post.firing.map(|f| f.schedule_id))
    .bind(post.firing.map(|f| timestamp(f.due_at)))
    .bind(post.message.chart.as_ref().map(|c| c.data.clone()))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match id {
        Some(id) => Enqueued::Waiting {
            id: OutboxId(id),
            held,
        },
        None => Enqueued::AlreadyAnnounced,
    })
}

/// How long a win's announcement waits for the command that saved the win to compose
/// it, before the sender composes a plain one itself (that process died).
pub(crate) const COMPOSE_GRACE: Duration = Duration::seconds(30);

/// Writes down, inside the transaction that saves a win, the announcement the win is
/// owed, so that a crash right after the commit cannot lose it. The row waits as
/// `composing`: the command fills in the message once the win is saved (`views::win`),
/// or, if its process died, the sender composes a plain one after `COMPOSE_GRACE`. A
/// deal already announced keeps its row.
pub(crate) async fn write_down_win_announcement(
    tx: &mut WriteTx,
    guild_id: &GuildId,
    wins_channel: &ChannelId,
    deal: DealNumber,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO outbox (guild_id, channel_id, topic, message, summary, created_at, state, next_try_at)
         VALUES ($1, $5, $2, '', '', $3, 'composing', $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(guild_id)
    .bind(crate::core::deal::win_topic(deal))
    .bind(timestamp(now))
    .bind(timestamp(now + COMPOSE_GRACE))
    .bind(destination_column(&Destination::Channel(wins_channel.clone())))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What became of a scheduled post, written on its firing (in the sender's transaction)
/// so that `/schedule list` tells it: posted, retrying at a time, or failed and why.
async fn report_to_firing(
    tx: &mut WriteTx,
    outbox_id: OutboxId,
    status: FiringState,
    next_attempt_at: Option<DateTime<Utc>>,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE schedule_firings SET status = $1, attempts = o.attempts, next_attempt_at = $2,
                detail = $3, updated_at = $4
         FROM (SELECT schedule_id, due_at, attempts FROM outbox WHERE id = $5) AS o
         WHERE schedule_firings.schedule_id = o.schedule_id AND schedule_firings.due_at = o.due_at",
    )
    .bind(status.key())
    .bind(next_attempt_at.map(timestamp))
    .bind(detail)
    .bind(timestamp(now))
    .bind(outbox_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
