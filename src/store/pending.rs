//! Manager actions waiting for confirmation.

use super::{Db, StoreError, parse_timestamp, timestamp};
use crate::core::ids::PendingActionId;
use crate::core::ids::{GuildId, MemberId};
use chrono::{DateTime, Utc};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingAction {
    pub id: PendingActionId,
    pub member_id: MemberId,
    pub kind: String,
    pub options: serde_json::Value,
    pub filename: Option<String>,
    pub file: Option<Vec<u8>>,
    pub created_at: DateTime<Utc>,
}

impl Db {
    pub async fn save_pending_action(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        kind: &str,
        options: &serde_json::Value,
        file: Option<(&str, &[u8])>,
        now: DateTime<Utc>,
    ) -> Result<PendingActionId, StoreError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO pending_actions (guild_id, member_id, kind, options, filename, file, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(kind)
        .bind(options.to_string())
        .bind(file.map(|(name, _)| name))
        .bind(file.map(|(_, bytes)| bytes))
        .bind(timestamp(now))
        .fetch_one(&self.write)
        .await?)
    }

    /// Marks the action done and returns it, if it was still waiting. Claiming in one
    /// statement means two clicks can never apply it twice.
    pub async fn claim_pending_action(
        &self,
        guild_id: &GuildId,
        id: PendingActionId,
        now: DateTime<Utc>,
    ) -> Result<Option<PendingAction>, StoreError> {
        let row = sqlx::query(
            "UPDATE pending_actions SET done_at = $1 WHERE guild_id = $2 AND id = $3 AND done_at IS NULL
             RETURNING id, member_id, kind, options, filename, file, created_at",
        )
        .bind(timestamp(now))
        .bind(guild_id)
        .bind(id)
        .fetch_optional(&self.write)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let options: String = row.try_get("options")?;
        Ok(Some(PendingAction {
            id: row.try_get("id")?,
            member_id: row.try_get("member_id")?,
            kind: row.try_get("kind")?,
            options: serde_json::from_str(&options)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            filename: row.try_get("filename")?,
            file: row.try_get("file")?,
            created_at: parse_timestamp(&row.try_get::<String, _>("created_at")?)?,
        }))
    }

    /// The member a pending action belongs to, without claiming it.
    pub async fn pending_action_owner(
        &self,
        guild_id: &GuildId,
        id: PendingActionId,
    ) -> Result<Option<MemberId>, StoreError> {
        Ok(sqlx::query_scalar("SELECT member_id FROM pending_actions WHERE guild_id = $1 AND id = $2 AND done_at IS NULL")
            .bind(guild_id)
            .bind(id)
            .fetch_optional(&self.read)
            .await?)
    }
}
