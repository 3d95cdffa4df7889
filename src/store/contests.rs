//! Contests and duels.

use super::{
    Db, StoreError, closed_key, parse_date, parse_optional_date, parse_timestamp, timestamp,
};
use crate::core::contest::{Contest, ContestState, Duel, DuelState, Scoring};
use crate::core::ids::{ChannelId, ContestId, DuelId, GuildId, MemberId, TeamId};
use crate::core::ranking::Metric;
use crate::store::SqlRow;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// A contest to create.
#[derive(Debug, Clone)]
pub struct NewContest<'a> {
    pub name: &'a str,
    pub metric: Metric,
    pub scoring: Scoring,
    pub by_teams: bool,
    pub team: Option<TeamId>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub prize: Option<&'a str>,
    pub target: Option<i64>,
    pub channel_id: &'a ChannelId,
    pub standings: Option<&'a str>,
}

const CONTEST_COLUMNS: &str =
    "c.id, c.name, c.metric, c.scoring, c.by_teams, c.team_id, t.name AS team_name,
    c.starts_on, c.ends_on, c.prize, c.target, c.channel_id, c.standings, c.state";

fn contest(row: &SqlRow) -> Result<Contest, StoreError> {
    let team_id: Option<TeamId> = row.try_get("team_id")?;
    let team_name: Option<String> = row.try_get("team_name")?;
    Ok(Contest {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        metric: closed_key(row, "metric")?,
        scoring: closed_key(row, "scoring")?,
        by_teams: crate::store::flag(row, "by_teams")?,
        team: team_id.zip(team_name),
        starts_on: parse_date(&row.try_get::<String, _>("starts_on")?)?,
        ends_on: parse_date(&row.try_get::<String, _>("ends_on")?)?,
        prize: row.try_get("prize")?,
        target: row.try_get("target")?,
        channel_id: row.try_get("channel_id")?,
        standings: row.try_get("standings")?,
        state: closed_key(row, "state")?,
    })
}

fn duel(row: &SqlRow) -> Result<Duel, StoreError> {
    Ok(Duel {
        id: row.try_get("id")?,
        challenger: (
            row.try_get("challenger_id")?,
            row.try_get("challenger_name")?,
        ),
        opponent: (row.try_get("opponent_id")?, row.try_get("opponent_name")?),
        metric: closed_key(row, "metric")?,
        days: row.try_get("days")?,
        state: closed_key(row, "state")?,
        proposed_at: parse_timestamp(&row.try_get::<String, _>("proposed_at")?)?,
        starts_on: parse_optional_date(row.try_get("starts_on")?)?,
        ends_on: parse_optional_date(row.try_get("ends_on")?)?,
        started_at: super::optional_timestamp(row.try_get("started_at")?)?,
        channel_id: row.try_get("channel_id")?,
    })
}

const DUEL_SELECT: &str = "SELECT d.id, d.challenger_id, a.display_name AS challenger_name,
    d.opponent_id, b.display_name AS opponent_name, d.metric, d.days, d.state, d.proposed_at,
    d.starts_on, d.ends_on, d.started_at, d.channel_id
    FROM duels d JOIN members a ON a.id = d.challenger_id JOIN members b ON b.id = d.opponent_id";

/// When an accepted duel starts: the moment, and its first and last days (included).
#[derive(Debug, Clone, Copy)]
pub struct DuelStart {
    pub at: DateTime<Utc>,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

impl Db {
    /// Creates a contest; None when a live contest already has that name.
    pub async fn create_contest(
        &self,
        guild_id: &GuildId,
        new: &NewContest<'_>,
        state: ContestState,
        created_by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<Option<ContestId>, StoreError> {
        let id: Option<ContestId> = sqlx::query_scalar(
            "INSERT INTO contests (guild_id, name, metric, scoring, by_teams, team_id, starts_on, ends_on,
                                   prize, target, channel_id, standings, state, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(guild_id)
        .bind(new.name)
        .bind(new.metric.key())
        .bind(new.scoring.key())
        .bind(new.by_teams as i64)
        .bind(new.team)
        .bind(new.starts_on.to_string())
        .bind(new.ends_on.to_string())
        .bind(new.prize)
        .bind(new.target)
        .bind(new.channel_id)
        .bind(new.standings)
        .bind(state.key())
        .bind(created_by)
        .bind(timestamp(now))
        .fetch_optional(&self.write)
        .await?;
        Ok(id)
    }

    /// A guild's contests that are not cancelled, newest first.
    pub async fn contests(&self, guild_id: &GuildId) -> Result<Vec<Contest>, StoreError> {
        let sql = format!(
            "SELECT {CONTEST_COLUMNS} FROM contests c LEFT JOIN teams t ON t.id = c.team_id
             WHERE c.guild_id = $1 AND c.state <> 'cancelled' ORDER BY c.starts_on DESC, c.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(guild_id)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(contest).collect()
    }

    /// Contests that are scheduled or running, of one guild or all: (guild, contest).
    pub async fn live_contests(
        &self,
        only_guild: Option<&GuildId>,
    ) -> Result<Vec<(GuildId, Contest)>, StoreError> {
        let sql = format!(
            "SELECT c.guild_id, {CONTEST_COLUMNS} FROM contests c LEFT JOIN teams t ON t.id = c.team_id
             WHERE c.state IN ('scheduled', 'running') AND ($1 IS NULL OR c.guild_id = $1) ORDER BY c.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(only_guild)
            .fetch_all(&self.read)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("guild_id")?, contest(r)?)))
            .collect()
    }

    /// Moves a contest from one state to another; false when it was not in `from`
    /// (someone else moved it first).
    pub async fn move_contest(
        &self,
        id: ContestId,
        from: &[ContestState],
        to: ContestState,
        ends_on: Option<NaiveDate>,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(self.either(
            "UPDATE contests SET state = $1, ends_on = COALESCE($2, ends_on)
             WHERE id = $3 AND state IN (SELECT value FROM json_each($4))",
            "UPDATE contests SET state = $1, ends_on = COALESCE($2, ends_on)
             WHERE id = $3 AND state IN (SELECT value FROM json_array_elements_text($4::json))",
        ))
        .bind(to.key())
        .bind(ends_on.map(|d| d.to_string()))
        .bind(id)
        .bind(super::json_list(from)?)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Proposes a duel; returns its id.
    #[allow(clippy::too_many_arguments)]
    pub async fn propose_duel(
        &self,
        guild_id: &GuildId,
        challenger: MemberId,
        opponent: MemberId,
        metric: Metric,
        days: i64,
        channel_id: &ChannelId,
        now: DateTime<Utc>,
    ) -> Result<DuelId, StoreError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO duels (guild_id, challenger_id, opponent_id, metric, days, state, proposed_at, channel_id)
             VALUES ($1, $2, $3, $4, $5, 'proposed', $6, $7) RETURNING id",
        )
        .bind(guild_id)
        .bind(challenger)
        .bind(opponent)
        .bind(metric.key())
        .bind(days)
        .bind(timestamp(now))
        .bind(channel_id)
        .fetch_one(&self.write)
        .await?)
    }

    pub async fn duel(&self, guild_id: &GuildId, id: DuelId) -> Result<Option<Duel>, StoreError> {
        let sql = format!("{DUEL_SELECT} WHERE d.guild_id = $1 AND d.id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(guild_id)
            .bind(id)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(duel).transpose()
    }

    /// Duels a member is in that are proposed or running, newest first.
    pub async fn duels_of(
        &self,
        guild_id: &GuildId,
        member: MemberId,
    ) -> Result<Vec<Duel>, StoreError> {
        let sql = format!(
            "{DUEL_SELECT} WHERE d.guild_id = $1 AND (d.challenger_id = $2 OR d.opponent_id = $2)
             AND d.state IN ('proposed', 'running') ORDER BY d.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(guild_id)
            .bind(member)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(duel).collect()
    }

    /// Duels proposed or running, of one guild or all: (guild, duel).
    pub async fn live_duels(
        &self,
        only_guild: Option<&GuildId>,
    ) -> Result<Vec<(GuildId, Duel)>, StoreError> {
        let sql = format!(
            "SELECT d.guild_id AS guild, {} WHERE d.state IN ('proposed', 'running')
             AND ($1 IS NULL OR d.guild_id = $1) ORDER BY d.id",
            DUEL_SELECT.trim_start_matches("SELECT ")
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(only_guild)
            .fetch_all(&self.read)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("guild")?, duel(r)?)))
            .collect()
    }

    /// Moves a duel on; false when it was not in `from` any more (answered already).
    pub async fn move_duel(
        &self,
        id: DuelId,
        from: DuelState,
        to: DuelState,
        started: Option<DuelStart>,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE duels SET state = $1, starts_on = COALESCE($2, starts_on), ends_on = COALESCE($3, ends_on),
                 started_at = COALESCE($6, started_at)
             WHERE id = $4 AND state = $5",
        )
        .bind(to.key())
        .bind(started.map(|s| s.first_day.to_string()))
        .bind(started.map(|s| s.last_day.to_string()))
        .bind(id)
        .bind(from.key())
        .bind(started.map(|s| timestamp(s.at)))
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Two duelists' scores over a duel's days, counting only wins closed (and
    /// activities logged) at or after `since`: (member, total). Revenue is in
    /// `currency`; deals count every win.
    pub async fn duel_totals(
        &self,
        guild_id: &GuildId,
        duelists: [MemberId; 2],
        metric: Metric,
        days: (NaiveDate, NaiveDate),
        since: Option<DateTime<Utc>>,
        currency: crate::core::money::Currency,
    ) -> Result<Vec<(MemberId, i64)>, StoreError> {
        let sql = match metric {
            Metric::Activities => {
                "SELECT member_id, CAST(SUM(count) AS BIGINT) FROM activities
                 WHERE guild_id = $1 AND member_id IN ($2, $3) AND occurred_on >= $4 AND occurred_on <= $5
                   AND removed_at IS NULL AND ($6 IS NULL OR created_at >= $6)
                 GROUP BY member_id"
            }
            Metric::Deals => {
                "SELECT owner_id, COUNT(*) FROM deals
                 WHERE guild_id = $1 AND owner_id IN ($2, $3) AND outcome = 'won'
                   AND closed_on >= $4 AND closed_on <= $5 AND ($6 IS NULL OR closed_at >= $6)
                 GROUP BY owner_id"
            }
            Metric::Revenue | Metric::AverageDeal | Metric::WinRate | Metric::Attainment => {
                "SELECT owner_id, CAST(SUM(CASE WHEN counted_currency = $7 THEN counted_minor ELSE 0 END) AS BIGINT) FROM deals
                 WHERE guild_id = $1 AND owner_id IN ($2, $3) AND outcome = 'won'
                   AND closed_on >= $4 AND closed_on <= $5 AND ($6 IS NULL OR closed_at >= $6)
                 GROUP BY owner_id"
            }
        };
        Ok(sqlx::query_as(sql)
            .bind(guild_id)
            .bind(duelists[0])
            .bind(duelists[1])
            .bind(days.0.to_string())
            .bind(days.1.to_string())
            .bind(since.map(timestamp))
            .bind(currency.code())
            .fetch_all(&self.read)
            .await?)
    }
}
