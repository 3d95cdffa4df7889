//! Activities: calls, emails, meetings, demos, proposals.

use super::{Db, StoreError, parse_date, parse_timestamp, timestamp};
use crate::core::activity::ActivityKind;
use crate::core::ids::MemberId;
use crate::core::ids::{ActivityId, GuildId};
use crate::core::records::ActivityRecord;
use crate::store::SqlRow;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// One member's activity count in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityTotal {
    pub member_id: MemberId,
    pub name: String,
    pub total: i64,
}

impl Db {
    #[allow(clippy::too_many_arguments)]
    pub async fn log_activity(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        kind: ActivityKind,
        count: i64,
        note: Option<&str>,
        on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let id = sqlx::query_scalar(
            "INSERT INTO activities (guild_id, member_id, kind, count, note, occurred_on, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(kind.key())
        .bind(count)
        .bind(note)
        .bind(on.to_string())
        .bind(timestamp(now))
        .fetch_one(&self.write)
        .await?;
        Ok(id)
    }

    /// One member's activities in [start, end), per kind.
    pub async fn member_activity(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Vec<(ActivityKind, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT kind, CAST(SUM(count) AS BIGINT) AS total FROM activities
             WHERE guild_id = $1 AND member_id = $2 AND occurred_on >= $3 AND occurred_on < $4
               AND removed_at IS NULL
             GROUP BY kind",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(start.to_string())
        .bind(end.to_string())
        .fetch_all(&self.read)
        .await?;
        let mut out = Vec::new();
        for row in rows {
            let kind: ActivityKind = super::closed_key(&row, "kind")?;
            out.push((kind, row.try_get("total")?));
        }
        out.sort();
        Ok(out)
    }

    /// Everyone's activity totals in [start, end).
    pub async fn activity_totals(
        &self,
        guild_id: &GuildId,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Vec<ActivityTotal>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.member_id, m.display_name, CAST(SUM(a.count) AS BIGINT) AS total
             FROM activities a JOIN members m ON m.id = a.member_id
             WHERE a.guild_id = $1 AND a.occurred_on >= $2 AND a.occurred_on < $3
               AND a.removed_at IS NULL
             GROUP BY a.member_id, m.display_name",
        )
        .bind(guild_id)
        .bind(start.to_string())
        .bind(end.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ActivityTotal {
                    member_id: r.try_get("member_id")?,
                    name: r.try_get("display_name")?,
                    total: r.try_get("total")?,
                })
            })
            .collect()
    }

    /// A member's (or everyone's) activity logs, newest first, removed ones left out;
    /// with `between`, only those that happened in [start, end).
    pub async fn recent_activities(
        &self,
        guild_id: &GuildId,
        member_id: Option<MemberId>,
        between: Option<(NaiveDate, NaiveDate)>,
        limit: u32,
    ) -> Result<Vec<ActivityRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.member_id, m.display_name, a.kind, a.count, a.note, a.occurred_on, a.created_at
             FROM activities a JOIN members m ON m.id = a.member_id
             WHERE a.guild_id = $1 AND a.removed_at IS NULL AND ($2 IS NULL OR a.member_id = $2)
               AND ($3 IS NULL OR (a.occurred_on >= $3 AND a.occurred_on < $4))
             ORDER BY a.id DESC LIMIT $5",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(between.map(|(start, _)| start.to_string()))
        .bind(between.map(|(_, end)| end.to_string()))
        .bind(i64::from(limit))
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(activity_from_row).collect()
    }

    /// One activity log, if it is the guild's and not removed.
    pub async fn activity(
        &self,
        guild_id: &GuildId,
        id: ActivityId,
    ) -> Result<Option<ActivityRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT a.id, a.member_id, m.display_name, a.kind, a.count, a.note, a.occurred_on, a.created_at
             FROM activities a JOIN members m ON m.id = a.member_id
             WHERE a.guild_id = $1 AND a.id = $2 AND a.removed_at IS NULL",
        )
        .bind(guild_id)
        .bind(id)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(activity_from_row).transpose()
    }

    /// Takes an activity log out of every count, keeping who removed it and when.
    /// False when it was already removed.
    pub async fn remove_activity(
        &self,
        guild_id: &GuildId,
        id: ActivityId,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE activities SET removed_at = $1, removed_by = $2
             WHERE guild_id = $3 AND id = $4 AND removed_at IS NULL",
        )
        .bind(timestamp(now))
        .bind(by)
        .bind(guild_id)
        .bind(id)
        .execute(&self.write)
        .await?
        .rows_affected();
        Ok(done == 1)
    }
}

fn activity_from_row(r: &SqlRow) -> Result<ActivityRecord, StoreError> {
    Ok(ActivityRecord {
        id: r.try_get("id")?,
        member_id: r.try_get("member_id")?,
        name: r.try_get("display_name")?,
        kind: super::closed_key(r, "kind")?,
        count: r.try_get("count")?,
        note: r.try_get("note")?,
        occurred_on: parse_date(&r.try_get::<String, _>("occurred_on")?)?,
        logged_at: parse_timestamp(&r.try_get::<String, _>("created_at")?)?,
    })
}
