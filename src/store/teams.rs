//! Teams (sales teams and regions from the CRM).

use super::{Db, StoreError};
use crate::core::ids::{GuildId, MemberId, TeamId};
use crate::core::records::TeamView;
use sqlx::Row;

impl Db {
    pub async fn teams(&self, guild_id: &GuildId) -> Result<Vec<TeamView>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.id, t.name, t.region, mg.display_name AS manager,
                    CASE WHEN m.crm_name IS NOT NULL AND m.crm_name != m.display_name
                         THEN m.display_name || ' (' || m.crm_name || ')' ELSE m.display_name END AS member,
                    CASE WHEN m.user_id IS NOT NULL THEN 1 ELSE 0 END AS linked
             FROM teams t
             LEFT JOIN members mg ON mg.id = t.manager_id
             LEFT JOIN team_members tm ON tm.team_id = t.id
             LEFT JOIN members m ON m.id = tm.member_id
             WHERE t.guild_id = $1
             ORDER BY t.region, t.name, m.display_name",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        let mut teams: Vec<(i64, TeamView)> = Vec::new();
        for row in rows {
            let id: i64 = row.try_get("id")?;
            if teams.last().is_none_or(|(last, _)| *last != id) {
                teams.push((
                    id,
                    TeamView {
                        name: row.try_get("name")?,
                        region: row.try_get("region")?,
                        manager: row.try_get("manager")?,
                        members: Vec::new(),
                    },
                ));
            }
            if let (Some(member), Some((_, team))) = (
                row.try_get::<Option<String>, _>("member")?,
                teams.last_mut(),
            ) {
                team.members
                    .push((member, crate::store::optional_flag(&row, "linked")?));
            }
        }
        Ok(teams.into_iter().map(|(_, t)| t).collect())
    }
}

impl Db {
    /// Every team with its members' ids: (team id, name, member ids).
    pub async fn team_memberships(
        &self,
        guild_id: &GuildId,
    ) -> Result<Vec<(TeamId, String, Vec<MemberId>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.id, t.name, tm.member_id FROM teams t LEFT JOIN team_members tm ON tm.team_id = t.id
             WHERE t.guild_id = $1 ORDER BY t.name, tm.member_id",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        let mut out: Vec<(TeamId, String, Vec<MemberId>)> = Vec::new();
        for r in rows {
            let id: TeamId = r.try_get("id")?;
            if out.last().is_none_or(|(last, _, _)| *last != id) {
                out.push((id, r.try_get("name")?, Vec::new()));
            }
            if let (Some(member), Some(team)) = (
                r.try_get::<Option<MemberId>, _>("member_id")?,
                out.last_mut(),
            ) {
                team.2.push(member);
            }
        }
        Ok(out)
    }

    /// The teams a member is in, by name.
    pub async fn teams_of(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
    ) -> Result<Vec<(TeamId, String)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT t.id, t.name FROM teams t JOIN team_members tm ON tm.team_id = t.id
             WHERE t.guild_id = $1 AND tm.member_id = $2 ORDER BY t.name",
        )
        .bind(guild_id)
        .bind(member_id)
        .fetch_all(&self.read)
        .await?)
    }
}

impl Db {
    /// Creates a team; None when one of that name (in any case) is there already.
    pub async fn create_team(
        &self,
        guild_id: &GuildId,
        name: &str,
        region: Option<&str>,
    ) -> Result<Option<TeamId>, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let taken: Option<TeamId> = sqlx::query_scalar(
            "SELECT id FROM teams WHERE guild_id = $1 AND lower(name) = lower($2)",
        )
        .bind(guild_id)
        .bind(name)
        .fetch_optional(&mut *tx)
        .await?;
        if taken.is_some() {
            return Ok(None);
        }
        let id: TeamId = sqlx::query_scalar(
            "INSERT INTO teams (guild_id, name, region) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(guild_id)
        .bind(name)
        .bind(region)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Puts a member in a team (of this guild); false when they were in it already.
    pub async fn add_to_team(
        &self,
        guild_id: &GuildId,
        team: TeamId,
        member: MemberId,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO team_members (team_id, member_id)
             SELECT id, $1 FROM teams WHERE guild_id = $2 AND id = $3
             ON CONFLICT DO NOTHING",
        )
        .bind(member)
        .bind(guild_id)
        .bind(team)
        .execute(&self.write)
        .await?
        .rows_affected()
            == 1)
    }

    /// Takes a member out of a team (of this guild); false when they were not in it.
    pub async fn remove_from_team(
        &self,
        guild_id: &GuildId,
        team: TeamId,
        member: MemberId,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "DELETE FROM team_members WHERE member_id = $1
               AND team_id IN (SELECT id FROM teams WHERE guild_id = $2 AND id = $3)",
        )
        .bind(member)
        .bind(guild_id)
        .bind(team)
        .execute(&self.write)
        .await?
        .rows_affected()
            == 1)
    }

    /// Deletes a team with its memberships; refused (false) while a contest names it
    /// (its standings and results would change). Its quotas stay, unread, with their
    /// audit trail.
    pub async fn delete_team(&self, guild_id: &GuildId, team: TeamId) -> Result<bool, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let in_use: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM contests WHERE guild_id = $1 AND team_id = $2",
        )
        .bind(guild_id)
        .bind(team)
        .fetch_one(&mut *tx)
        .await?;
        if in_use > 0 {
            return Ok(false);
        }
        for sql in [
            "DELETE FROM team_members WHERE team_id IN (SELECT id FROM teams WHERE guild_id = $1 AND id = $2)",
            "DELETE FROM teams WHERE guild_id = $1 AND id = $2",
        ] {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(guild_id)
                .bind(team)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}
