//! Schedules and their firings.

use super::{Db, StoreError, parse_timestamp, timestamp};
use crate::core::cron_spec::CronSpec;
use crate::core::cron_spec::Running;
use crate::core::firing::FiringState;
use crate::core::firing::Timing;
use crate::core::ids::{ChannelId, GuildId, MemberId, ScheduleId, ScheduleNumber};
use crate::core::period::PeriodSpec;
use crate::core::post_kind::PostKind;
use crate::core::ranking::Metric;
use crate::core::records::{Firing, Schedule};
use crate::store::SqlConnection;
use crate::store::SqlRow;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// `SELECT <every schedule column> FROM schedules <rest>`, as one static string.
macro_rules! select_schedules {
    ($rest:literal) => {
        concat!(
            "SELECT id, guild_id, number, kind, cron, cron_input, channel_id, metric, period, paused, active_since
             FROM schedules ",
            $rest
        )
    };
}

fn schedule_from_row(r: &SqlRow) -> Result<Schedule, StoreError> {
    let cron: String = r.try_get("cron")?;
    let period: Option<String> = r.try_get("period")?;
    Ok(Schedule {
        id: r.try_get("id")?,
        guild_id: r.try_get("guild_id")?,
        number: r.try_get("number")?,
        kind: super::closed_key(r, "kind")?,
        cron: CronSpec::parse(&cron)
            .map_err(|_| StoreError::Corrupt(format!("schedule cron {cron:?}")))?,
        cron_input: r.try_get("cron_input")?,
        channel_id: r.try_get("channel_id")?,
        metric: super::optional_closed_key(r, "metric")?,
        period: period
            .map(|p| {
                PeriodSpec::parse(&p)
                    .map_err(|_| StoreError::Corrupt(format!("schedule period {p:?}")))
            })
            .transpose()?,
        paused: crate::store::flag(r, "paused")?,
        active_since: parse_timestamp(&r.try_get::<String, _>("active_since")?)?,
    })
}

/// Records firings as skipped, with why (a firing already recorded stays as it is).
async fn insert_skipped(
    conn: &mut SqlConnection,
    schedule_id: ScheduleId,
    due: &[DateTime<Utc>],
    why: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for d in due {
        sqlx::query(
            "INSERT INTO schedule_firings (schedule_id, due_at, status, detail, updated_at)
             VALUES ($1, $2, 'skipped', $3, $4)
             ON CONFLICT (schedule_id, due_at) DO NOTHING",
        )
        .bind(schedule_id)
        .bind(timestamp(*d))
        .bind(why)
        .bind(timestamp(now))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// How a claimed firing ended without a post in the outbox (nothing to post, or it could
/// not be built); a post's sender reports the rest (`store::outbox`).
#[derive(Debug, Clone, Copy)]
pub struct FiringEnd<'a> {
    pub status: FiringState,
    /// Attempts so far, this one included.
    pub attempts: i64,
    /// Why it failed, or a note (`nothing_new`): a code for the operator, never shown.
    pub detail: Option<&'a str>,
}

impl<'a> FiringEnd<'a> {
    pub fn posted(attempts: i64, detail: Option<&'a str>) -> FiringEnd<'a> {
        FiringEnd {
            status: FiringState::Posted,
            attempts,
            detail,
        }
    }

    pub fn failed(attempts: i64, why: &'a str) -> FiringEnd<'a> {
        FiringEnd {
            status: FiringState::Failed,
            attempts,
            detail: Some(why),
        }
    }
}

/// What a new schedule posts, where and when.
pub struct NewSchedule<'a> {
    pub kind: PostKind,
    pub cron: &'a CronSpec,
    pub cron_input: &'a str,
    pub channel_id: &'a ChannelId,
    pub metric: Option<Metric>,
    pub period: Option<PeriodSpec>,
}

impl Db {
    pub async fn create_schedule(
        &self,
        guild_id: &GuildId,
        new: NewSchedule<'_>,
        actor_id: MemberId,
        now: DateTime<Utc>,
    ) -> Result<Schedule, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let number: ScheduleNumber = sqlx::query_scalar(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM schedules WHERE guild_id = $1",
        )
        .bind(guild_id)
        .fetch_one(&mut *tx)
        .await?;
        let row = sqlx::query(
            "INSERT INTO schedules (guild_id, number, kind, cron, cron_input, channel_id, metric, period, active_since,
                 created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             RETURNING id, guild_id, number, kind, cron, cron_input, channel_id, metric, period, paused, active_since",
        )
        .bind(guild_id)
        .bind(number)
        .bind(new.kind.key())
        .bind(new.cron.expression())
        .bind(new.cron_input)
        .bind(new.channel_id)
        .bind(new.metric.map(Metric::key))
        .bind(new.period.map(|p| p.key()))
        .bind(timestamp(now))
        .bind(actor_id)
        .bind(timestamp(now))
        .fetch_one(&mut *tx)
        .await?;
        let schedule = schedule_from_row(&row)?;
        tx.commit().await?;
        Ok(schedule)
    }

    /// A guild's schedules that have not been removed, by number.
    pub async fn schedules(&self, guild_id: &GuildId) -> Result<Vec<Schedule>, StoreError> {
        let rows = sqlx::query(select_schedules!(
            "WHERE guild_id = $1 AND removed_at IS NULL ORDER BY number"
        ))
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(schedule_from_row).collect()
    }

    pub async fn schedule_by_number(
        &self,
        guild_id: &GuildId,
        number: ScheduleNumber,
    ) -> Result<Option<Schedule>, StoreError> {
        let row = sqlx::query(select_schedules!(
            "WHERE guild_id = $1 AND number = $2 AND removed_at IS NULL"
        ))
        .bind(guild_id)
        .bind(number)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(schedule_from_row).transpose()
    }

    /// Pauses or resumes. A resume owes nothing from the pause: it restarts the count now.
    pub async fn set_schedule_running(
        &self,
        guild_id: &GuildId,
        id: ScheduleId,
        to: Running,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let paused = to == Running::Paused;
        sqlx::query(
            "UPDATE schedules SET paused = $1,
                 active_since = CASE WHEN $1 = 0 THEN $2 ELSE active_since END
             WHERE guild_id = $3 AND id = $4",
        )
        .bind(i64::from(paused))
        .bind(timestamp(now))
        .bind(guild_id)
        .bind(id)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    pub async fn remove_schedule(
        &self,
        guild_id: &GuildId,
        id: ScheduleId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE schedules SET removed_at = $1 WHERE guild_id = $2 AND id = $3")
            .bind(timestamp(now))
            .bind(guild_id)
            .bind(id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Schedules that are not paused or removed: of one guild (a console's), or of every
    /// guild (None, the bot's scheduler, the one reader that spans guilds; everything it
    /// does next is per schedule, in that schedule's guild).
    pub async fn running_schedules(
        &self,
        only: Option<&GuildId>,
    ) -> Result<Vec<Schedule>, StoreError> {
        let rows = sqlx::query(select_schedules!(
            "WHERE removed_at IS NULL AND paused = 0 AND ($1 IS NULL OR guild_id = $1) ORDER BY id"
        ))
        .bind(only)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(schedule_from_row).collect()
    }

    /// The latest due time recorded for a schedule, whatever became of it.
    pub async fn last_firing(
        &self,
        schedule_id: ScheduleId,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let last: Option<String> =
            sqlx::query_scalar("SELECT MAX(due_at) FROM schedule_firings WHERE schedule_id = $1")
                .bind(schedule_id)
                .fetch_one(&self.read)
                .await?;
        last.as_deref().map(parse_timestamp).transpose()
    }

    /// Claims the firing `(schedule, due)` and records `skipped` due times as skipped,
    /// in one transaction. Returns false if someone else claimed it first.
    pub async fn claim_firing(
        &self,
        schedule_id: ScheduleId,
        due: DateTime<Utc>,
        skipped: &[DateTime<Utc>],
        timing: Timing,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        insert_skipped(&mut tx, schedule_id, skipped, "missed_while_offline", now).await?;
        let claimed = sqlx::query(
            "INSERT INTO schedule_firings (schedule_id, due_at, status, late, attempts, updated_at)
             VALUES ($1, $2, 'claimed', $3, 0, $4)
             ON CONFLICT (schedule_id, due_at) DO NOTHING",
        )
        .bind(schedule_id)
        .bind(timestamp(due))
        .bind(i64::from(timing == Timing::Late))
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        tx.commit().await?;
        Ok(claimed)
    }

    /// Records skipped firings (all of them too old to post).
    pub async fn skip_firings(
        &self,
        schedule_id: ScheduleId,
        due: &[DateTime<Utc>],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        insert_skipped(&mut tx, schedule_id, due, "older_than_grace_window", now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records what became of a claimed firing.
    pub async fn finish_firing(
        &self,
        schedule_id: ScheduleId,
        due: DateTime<Utc>,
        end: &FiringEnd<'_>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let FiringEnd {
            status,
            attempts,
            detail,
        } = *end;
        sqlx::query(
            "UPDATE schedule_firings SET status = $1, attempts = $2, next_attempt_at = NULL, detail = $3, updated_at = $4
             WHERE schedule_id = $5 AND due_at = $6",
        )
        .bind(status.key())
        .bind(attempts)
        .bind(detail)
        .bind(timestamp(now))
        .bind(schedule_id)
        .bind(timestamp(due))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Firings to build again, with their schedule, due time, late flag and attempts so
    /// far, claimed again in one step: those claimed by a step that never wrote their
    /// post down (its process died) more than `lease` ago, and those from before the
    /// outbox waiting for another attempt. A firing whose post is in the outbox is the
    /// outbox's to send and retry.
    pub async fn claim_retries(
        &self,
        only: Option<&GuildId>,
        lease: chrono::Duration,
        now: DateTime<Utc>,
    ) -> Result<Vec<(Schedule, DateTime<Utc>, Timing, i64)>, StoreError> {
        let rows = sqlx::query(
            "UPDATE schedule_firings SET status = 'claimed', updated_at = $1
             WHERE ((status = 'retrying' AND next_attempt_at <= $1) OR (status = 'claimed' AND updated_at <= $3))
               AND ($2 IS NULL OR schedule_id IN (SELECT id FROM schedules WHERE guild_id = $2))
               -- A post in the outbox is retried by the outbox's sender.
               AND NOT EXISTS (SELECT 1 FROM outbox o
                               WHERE o.schedule_id = schedule_firings.schedule_id
                                 AND o.due_at = schedule_firings.due_at)
             RETURNING schedule_id, due_at, late, attempts",
        )
        .bind(timestamp(now))
        .bind(only)
        .bind(timestamp(now - lease))
        .fetch_all(&self.write)
        .await?;
        let mut out = Vec::new();
        for r in rows {
            let schedule_id: ScheduleId = r.try_get("schedule_id")?;
            let Some(schedule) = self.schedule_by_id(schedule_id).await? else {
                continue;
            };
            out.push((
                schedule,
                parse_timestamp(&r.try_get::<String, _>("due_at")?)?,
                Timing::from_late(crate::store::flag(&r, "late")?),
                r.try_get("attempts")?,
            ));
        }
        Ok(out)
    }

    /// The earliest pending retry, for the scheduler's sleep.
    pub async fn next_retry_at(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let next: Option<String> = sqlx::query_scalar(
            "SELECT MIN(next_attempt_at) FROM schedule_firings WHERE status = 'retrying'",
        )
        .fetch_one(&self.read)
        .await?;
        next.as_deref().map(parse_timestamp).transpose()
    }

    /// A schedule by its row id (of any guild: the caller holds an id it read).
    pub async fn schedule_by_id(&self, id: ScheduleId) -> Result<Option<Schedule>, StoreError> {
        let row = sqlx::query(select_schedules!("WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(schedule_from_row).transpose()
    }

    /// Where one firing stands: its state, and whether it was late.
    pub async fn firing_state(
        &self,
        schedule_id: ScheduleId,
        due: DateTime<Utc>,
    ) -> Result<Option<(FiringState, bool)>, StoreError> {
        let row = sqlx::query(
            "SELECT status, late FROM schedule_firings WHERE schedule_id = $1 AND due_at = $2",
        )
        .bind(schedule_id)
        .bind(timestamp(due))
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let state: FiringState = super::closed_key(&row, "status")?;
        Ok(Some((state, crate::store::flag(&row, "late")?)))
    }

    /// A schedule's firings, newest first.
    pub async fn firings(
        &self,
        guild_id: &GuildId,
        schedule_id: ScheduleId,
        limit: i64,
    ) -> Result<Vec<Firing>, StoreError> {
        let rows = sqlx::query(
            "SELECT f.due_at, f.status, f.late, f.attempts FROM schedule_firings f
             JOIN schedules s ON s.id = f.schedule_id
             WHERE s.guild_id = $1 AND f.schedule_id = $2 ORDER BY f.due_at DESC LIMIT $3",
        )
        .bind(guild_id)
        .bind(schedule_id)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Firing {
                    due_at: parse_timestamp(&r.try_get::<String, _>("due_at")?)?,
                    status: super::closed_key(r, "status")?,
                    late: crate::store::flag(r, "late")?,
                    attempts: r.try_get("attempts")?,
                })
            })
            .collect()
    }
}
