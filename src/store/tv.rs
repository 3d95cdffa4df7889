//! Live page links (`/tv`) and what the page reads that no other screen does: the latest
//! wins, for its ticker.

use super::{Db, StoreError, parse_timestamp, timestamp};
use crate::core::ids::{DealNumber, GuildId, MemberId, TvLinkNumber};
use crate::core::money::Money;
use crate::core::period::PeriodSpec;
use crate::core::ranking::Metric;
use crate::store::SqlRow;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A live page link, as `/tv list` shows it (its token is never stored).
#[derive(Debug, Clone, PartialEq)]
pub struct TvLink {
    pub guild_id: GuildId,
    pub number: TvLinkNumber,
    pub metric: Metric,
    pub period: PeriodSpec,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A won deal for the page's ticker.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentWin {
    pub number: DealNumber,
    pub name: String,
    /// None for a deal won without an amount.
    pub amount: Option<Money>,
}

fn link_from_row(r: &SqlRow) -> Result<TvLink, StoreError> {
    let period: String = r.try_get("period")?;
    let revoked: Option<String> = r.try_get("revoked_at")?;
    Ok(TvLink {
        guild_id: r.try_get("guild_id")?,
        number: r.try_get("number")?,
        metric: super::closed_key(r, "metric")?,
        period: PeriodSpec::parse(&period)
            .map_err(|_| StoreError::Corrupt(format!("tv link period {period:?}")))?,
        created_at: parse_timestamp(&r.try_get::<String, _>("created_at")?)?,
        revoked_at: revoked.as_deref().map(parse_timestamp).transpose()?,
    })
}

const LINK_COLUMNS: &str = "guild_id, number, metric, period, created_at, revoked_at";

impl Db {
    /// Keeps a new link's token hash and board options; returns its number.
    pub async fn create_tv_link(
        &self,
        guild_id: &GuildId,
        token_hash: &str,
        metric: Metric,
        period: PeriodSpec,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<TvLinkNumber, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let number: TvLinkNumber = sqlx::query_scalar(
            "INSERT INTO tv_links (guild_id, number, token_hash, metric, period, created_by, created_at)
             VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM tv_links WHERE guild_id = $1),
                     $2, $3, $4, $5, $6)
             RETURNING number",
        )
        .bind(guild_id)
        .bind(token_hash)
        .bind(metric.key())
        .bind(period.key())
        .bind(by)
        .bind(timestamp(now))
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    /// A guild's links, revoked ones too, by number.
    pub async fn tv_links(&self, guild_id: &GuildId) -> Result<Vec<TvLink>, StoreError> {
        let sql =
            format!("SELECT {LINK_COLUMNS} FROM tv_links WHERE guild_id = $1 ORDER BY number");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(guild_id)
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(link_from_row).collect()
    }

    /// Marks a link revoked; false when the guild has no such link still open.
    pub async fn revoke_tv_link(
        &self,
        guild_id: &GuildId,
        number: TvLinkNumber,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let done = sqlx::query(
            "UPDATE tv_links SET revoked_at = $1 WHERE guild_id = $2 AND number = $3 AND revoked_at IS NULL",
        )
        .bind(timestamp(now))
        .bind(guild_id)
        .bind(number)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(done == 1)
    }

    /// The open link with this token hash, whichever guild it is of.
    pub async fn tv_link_by_hash(&self, token_hash: &str) -> Result<Option<TvLink>, StoreError> {
        let sql = format!(
            "SELECT {LINK_COLUMNS} FROM tv_links WHERE token_hash = $1 AND revoked_at IS NULL"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(link_from_row).transpose()
    }

    /// A guild's latest won deals, newest first (by the day won, then by when written).
    pub async fn recent_wins(
        &self,
        guild_id: &GuildId,
        limit: u32,
    ) -> Result<Vec<RecentWin>, StoreError> {
        let rows = sqlx::query(
            "SELECT d.number, m.display_name, d.amount_minor, d.currency
             FROM deals d JOIN members m ON m.id = d.owner_id
             WHERE d.guild_id = $1 AND d.outcome = 'won'
             ORDER BY d.closed_on DESC, d.updated_at DESC, d.id DESC LIMIT $2",
        )
        .bind(guild_id)
        .bind(i64::from(limit))
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RecentWin {
                    number: r.try_get("number")?,
                    name: r.try_get("display_name")?,
                    amount: super::deals::amount_from_row(r)?,
                })
            })
            .collect()
    }
}
