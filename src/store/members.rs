//! Members: the people deals belong to.

use super::{Db, StoreError, timestamp};
use crate::core::ids::GuildId;
use crate::core::ids::{MemberId, UserId};
use crate::store::SqlRow;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub id: MemberId,
    /// The chat user id; None for a rep known only from a CRM import.
    pub user_id: Option<UserId>,
    pub display_name: String,
    pub crm_name: Option<String>,
}

fn member_from_row(row: &SqlRow) -> Result<Member, sqlx::Error> {
    Ok(Member {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        display_name: row.try_get("display_name")?,
        crm_name: row.try_get("crm_name")?,
    })
}

/// Whose names a rep suggestion offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepNames {
    Everyone,
    /// Reps from the CRM not linked to a chat user yet (for `/team link`).
    UnlinkedCrmReps,
}

impl Db {
    /// The member for a chat user, created on first contact; the display name follows
    /// whatever the chat shows now.
    pub async fn upsert_member(
        &self,
        guild_id: &GuildId,
        user_id: &UserId,
        display_name: &str,
        now: DateTime<Utc>,
    ) -> Result<Member, StoreError> {
        if let Some(member) = self.member_by_user(guild_id, user_id).await?
            && member.display_name == display_name
        {
            return Ok(member);
        }
        let row = sqlx::query(
            "INSERT INTO members (guild_id, user_id, display_name, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (guild_id, user_id) WHERE user_id IS NOT NULL
             DO UPDATE SET display_name = excluded.display_name
             RETURNING id, user_id, display_name, crm_name",
        )
        .bind(guild_id)
        .bind(user_id)
        .bind(display_name)
        .bind(timestamp(now))
        .fetch_one(&self.write)
        .await?;
        Ok(member_from_row(&row)?)
    }

    pub async fn member_by_user(
        &self,
        guild_id: &GuildId,
        user_id: &UserId,
    ) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(
            "SELECT id, user_id, display_name, crm_name FROM members WHERE guild_id = $1 AND user_id = $2",
        )
        .bind(guild_id)
        .bind(user_id)
        .fetch_optional(&self.read)
        .await?;
        Ok(row.as_ref().map(member_from_row).transpose()?)
    }

    pub async fn member_by_id(
        &self,
        guild_id: &GuildId,
        id: MemberId,
    ) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(
            "SELECT id, user_id, display_name, crm_name FROM members WHERE guild_id = $1 AND id = $2",
        )
        .bind(guild_id)
        .bind(id)
        .fetch_optional(&self.read)
        .await?;
        Ok(row.as_ref().map(member_from_row).transpose()?)
    }

    /// A member by CRM name or display name, ignoring case.
    /// Rep names containing `typed`, for autocomplete: the CRM name, or the chat name
    /// of a member with none; of every rep, or only the CRM's reps with no chat user.
    pub async fn suggest_rep_names(
        &self,
        guild_id: &GuildId,
        typed: &str,
        which: RepNames,
    ) -> Result<Vec<String>, StoreError> {
        let unlinked_only = which == RepNames::UnlinkedCrmReps;
        Ok(sqlx::query_scalar(
            "SELECT COALESCE(crm_name, display_name) AS name FROM members
             WHERE guild_id = $1 AND (NOT $3 OR (user_id IS NULL AND crm_name IS NOT NULL))
               AND lower(COALESCE(crm_name, display_name)) LIKE '%' || lower($2) || '%'
             ORDER BY name LIMIT 25",
        )
        .bind(guild_id)
        .bind(typed)
        .bind(unlinked_only)
        .fetch_all(&self.read)
        .await?)
    }

    pub async fn member_by_name(
        &self,
        guild_id: &GuildId,
        name: &str,
    ) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(
            "SELECT id, user_id, display_name, crm_name FROM members
             WHERE guild_id = $1 AND (lower(crm_name) = lower($2) OR lower(display_name) = lower($2))
             ORDER BY crm_name IS NULL, id LIMIT 1",
        )
        .bind(guild_id)
        .bind(name)
        .fetch_optional(&self.read)
        .await?;
        Ok(row.as_ref().map(member_from_row).transpose()?)
    }

    /// Links an imported rep to a chat user. If the user already owns deals under
    /// their own member row, those move to the rep so one person has one history.
    pub async fn link_member(
        &self,
        guild_id: &GuildId,
        rep: &Member,
        user_id: &UserId,
        display_name: &str,
    ) -> Result<Member, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let existing: Option<MemberId> =
            sqlx::query_scalar("SELECT id FROM members WHERE guild_id = $1 AND user_id = $2")
                .bind(guild_id)
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(old) = existing.filter(|old| *old != rep.id) {
            for statement in [
                "UPDATE deals SET owner_id = $1 WHERE guild_id = $3 AND owner_id = $2",
                "UPDATE activities SET member_id = $1 WHERE guild_id = $3 AND member_id = $2",
                "UPDATE deal_audit SET actor_id = $1 WHERE guild_id = $3 AND actor_id = $2",
                // Memberships move to the linked rep, except where the rep is in the team
                // already (those are deleted next).
                "UPDATE team_members SET member_id = $1 WHERE member_id = $2
                   AND team_id IN (SELECT id FROM teams WHERE guild_id = $3)
                   AND team_id NOT IN (SELECT team_id FROM team_members WHERE member_id = $1)",
                "DELETE FROM team_members WHERE member_id = $2 AND team_id IN (SELECT id FROM teams WHERE guild_id = $3)",
                "UPDATE teams SET manager_id = $1 WHERE guild_id = $3 AND manager_id = $2",
                "DELETE FROM members WHERE guild_id = $3 AND id = $2",
            ] {
                sqlx::query(statement)
                    .bind(rep.id)
                    .bind(old)
                    .bind(guild_id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let row = sqlx::query(
            "UPDATE members SET user_id = $1, display_name = $2 WHERE guild_id = $3 AND id = $4
             RETURNING id, user_id, display_name, crm_name",
        )
        .bind(user_id)
        .bind(display_name)
        .bind(guild_id)
        .bind(rep.id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(member_from_row(&row)?)
    }
}
