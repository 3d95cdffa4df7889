//! Activities: calls, emails, meetings, demos, proposals.

use super::{Db, StoreError, timestamp};
use crate::core::activity::ActivityKind;
use crate::core::ids::GuildId;
use crate::core::ids::MemberId;
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
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
            "SELECT kind, SUM(count) AS total FROM activities
             WHERE guild_id = ? AND member_id = ? AND occurred_on >= ? AND occurred_on < ?
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
            let kind: String = row.try_get("kind")?;
            let kind = ActivityKind::parse(&kind)
                .ok_or_else(|| StoreError::Corrupt(format!("activity kind {kind:?}")))?;
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
            "SELECT a.member_id, m.display_name, SUM(a.count) AS total
             FROM activities a JOIN members m ON m.id = a.member_id
             WHERE a.guild_id = ? AND a.occurred_on >= ? AND a.occurred_on < ?
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
}
