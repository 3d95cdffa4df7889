//! Commission plans, and the deals an estimate reads.

use super::{Db, StoreError, parse_date, parse_timestamp, timestamp};
use crate::core::ids::DealNumber;
use crate::core::ids::GuildId;
use crate::core::ids::MemberId;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// A stored commission plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPlan {
    pub name: String,
    pub version: String,
    pub source: String,
    pub added_at: DateTime<Utc>,
}

/// A won deal of one rep, for SPIFFs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WonDeal {
    pub number: DealNumber,
    pub product: Option<String>,
    pub amount: i64,
    pub closed_on: NaiveDate,
}

/// A deal of one rep that was won and later marked lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostAfterWin {
    pub number: DealNumber,
    pub product: Option<String>,
    pub amount: i64,
    pub won_on: NaiveDate,
    /// When it was marked lost (UTC).
    pub lost_at: DateTime<Utc>,
}

impl Db {
    pub async fn save_comp_plan(
        &self,
        guild_id: &GuildId,
        name: &str,
        version: &str,
        source: &str,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO comp_plans (guild_id, name, version, source, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(guild_id)
        .bind(name)
        .bind(version)
        .bind(source)
        .bind(by)
        .bind(timestamp(now))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// The plan in force: the newest loaded.
    pub async fn comp_plan(&self, guild_id: &GuildId) -> Result<Option<StoredPlan>, StoreError> {
        let row = sqlx::query(
            "SELECT name, version, source, added_at FROM comp_plans WHERE guild_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(guild_id)
        .fetch_optional(&self.read)
        .await?;
        row.map(|r| {
            Ok(StoredPlan {
                name: r.try_get("name")?,
                version: r.try_get("version")?,
                source: r.try_get("source")?,
                added_at: parse_timestamp(&r.try_get::<String, _>("added_at")?)?,
            })
        })
        .transpose()
    }

    /// A rep's deals won in [start, end) in `currency`.
    pub async fn won_deals_of(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        start: NaiveDate,
        end: NaiveDate,
        currency: &str,
    ) -> Result<Vec<WonDeal>, StoreError> {
        let rows = sqlx::query(
            "SELECT number, product, counted_minor, closed_on FROM deals
             WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won' AND closed_on >= $3 AND closed_on < $4
               AND counted_currency = $5
             ORDER BY closed_on, number",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(start.to_string())
        .bind(end.to_string())
        .bind(currency)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(WonDeal {
                    number: r.try_get("number")?,
                    product: r.try_get("product")?,
                    amount: r.try_get("counted_minor")?,
                    closed_on: parse_date(&r.try_get::<String, _>("closed_on")?)?,
                })
            })
            .collect()
    }

    /// The deals of some reps (one, or a team's) that are lost now and were won before
    /// (from the audit trail), with the amount they were won at, in `currency`.
    pub async fn lost_after_win(
        &self,
        guild_id: &GuildId,
        owners: &[MemberId],
        currency: &str,
    ) -> Result<Vec<LostAfterWin>, StoreError> {
        let owners = super::json_list(owners)?;
        let rows = sqlx::query(self.either(
            "SELECT a.deal_number,
                    CASE WHEN json_extract(a.before_json, '$.amount.currency') = $3
                         THEN json_extract(a.before_json, '$.amount.minor')
                         WHEN json_extract(a.before_json, '$.converted.amount.currency') = $3
                         THEN json_extract(a.before_json, '$.converted.amount.minor') END AS amount,
                    json_extract(a.before_json, '$.closed_on') AS won_on,
                    json_extract(a.before_json, '$.product') AS product, a.at
             FROM deal_audit a JOIN deals d ON d.id = a.deal_id
             WHERE a.guild_id = $1 AND d.owner_id IN (SELECT value FROM json_each($2))
               AND d.outcome = 'lost' AND a.action = 'lost'
               AND a.undone_at IS NULL
               AND json_extract(a.before_json, '$.outcome') = 'won'
             ORDER BY a.id",
            "SELECT a.deal_number,
                    CASE WHEN a.before_json::json #>> '{amount,currency}' = $3
                         THEN (a.before_json::json #>> '{amount,minor}')::bigint
                         WHEN a.before_json::json #>> '{converted,amount,currency}' = $3
                         THEN (a.before_json::json #>> '{converted,amount,minor}')::bigint END AS amount,
                    a.before_json::json ->> 'closed_on' AS won_on,
                    a.before_json::json ->> 'product' AS product, a.at
             FROM deal_audit a JOIN deals d ON d.id = a.deal_id
             WHERE a.guild_id = $1
               AND d.owner_id IN (SELECT value::bigint FROM json_array_elements_text($2::json))
               AND d.outcome = 'lost' AND a.action = 'lost'
               AND a.undone_at IS NULL
               AND a.before_json::json ->> 'outcome' = 'won'
             ORDER BY a.id",
        ))
        .bind(guild_id)
        .bind(owners)
        .bind(currency)
        .fetch_all(&self.read)
        .await?;
        let mut out = Vec::new();
        for r in rows {
            let (Some(amount), Some(won_on)) = (
                r.try_get::<Option<i64>, _>("amount")?,
                r.try_get::<Option<String>, _>("won_on")?,
            ) else {
                continue;
            };
            out.push(LostAfterWin {
                number: r.try_get("deal_number")?,
                product: r.try_get("product")?,
                amount,
                won_on: parse_date(&won_on)?,
                lost_at: parse_timestamp(&r.try_get::<String, _>("at")?)?,
            });
        }
        Ok(out)
    }
}
