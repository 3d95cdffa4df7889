//! Exchange rates a team's managers set, each from a day on, and the wins they convert.

use super::deals::{AuditRecord, deal_from_row, insert_audit, update_deal};
use super::{Db, StoreError, parse_date, parse_timestamp, timestamp};
use crate::core::deal::{AuditAction, conversion};
use crate::core::ids::{GuildId, MemberId};
use crate::core::money::{Currency, Rate, RateBook};
use crate::store::SqlConnection;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// One rate as set: from which day, by whom, when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StoredRate {
    pub rate: Rate,
    pub valid_from: NaiveDate,
    pub set_by: Option<String>,
    pub set_at: DateTime<Utc>,
}

/// Every rate a guild has into `into`, read through `conn`.
pub(crate) async fn rate_book_in(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    into: Currency,
) -> Result<RateBook, StoreError> {
    let rows = sqlx::query(
        "SELECT currency, valid_from, micros FROM exchange_rates WHERE guild_id = $1 AND into_currency = $2",
    )
    .bind(guild_id)
    .bind(into.code())
    .fetch_all(&mut *conn)
    .await?;
    let mut rates = Vec::with_capacity(rows.len());
    for r in rows {
        let code: String = r.try_get("currency")?;
        let from = Currency::from_code(&code)
            .ok_or_else(|| StoreError::Corrupt(format!("currency {code:?}")))?;
        rates.push((
            parse_date(&r.try_get::<String, _>("valid_from")?)?,
            Rate {
                from,
                to: into,
                micros: r.try_get("micros")?,
            },
        ));
    }
    Ok(RateBook::new(rates))
}

impl Db {
    /// The guild's rates into `into`.
    pub async fn rate_book(
        &self,
        guild_id: &GuildId,
        into: Currency,
    ) -> Result<RateBook, StoreError> {
        let mut conn = self.read.acquire().await?;
        rate_book_in(&mut conn, guild_id, into).await
    }

    /// Every rate set into `into`, newest day first, with who set it.
    pub async fn rates(
        &self,
        guild_id: &GuildId,
        into: Currency,
    ) -> Result<Vec<StoredRate>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.currency, r.valid_from, r.micros, r.set_at, m.display_name
             FROM exchange_rates r LEFT JOIN members m ON m.id = r.set_by
             WHERE r.guild_id = $1 AND r.into_currency = $2
             ORDER BY r.currency, r.valid_from DESC",
        )
        .bind(guild_id)
        .bind(into.code())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let code: String = r.try_get("currency")?;
                let from = Currency::from_code(&code)
                    .ok_or_else(|| StoreError::Corrupt(format!("currency {code:?}")))?;
                Ok(StoredRate {
                    rate: Rate {
                        from,
                        to: into,
                        micros: r.try_get("micros")?,
                    },
                    valid_from: parse_date(&r.try_get::<String, _>("valid_from")?)?,
                    set_by: r.try_get("display_name")?,
                    set_at: parse_timestamp(&r.try_get::<String, _>("set_at")?)?,
                })
            })
            .collect()
    }

    /// Sets a rate from `valid_from` on, and converts again, each at the rate of its day,
    /// the won and lost deals in its currency closed from `valid_from` (and from
    /// `open_from`, the first day of the month still open: months that have ended keep
    /// their figures). Each conversion is audited. Returns the rate it replaced for that
    /// day, and how many deals it converted.
    pub async fn set_rate(
        &self,
        guild_id: &GuildId,
        rate: Rate,
        valid_from: NaiveDate,
        open_from: NaiveDate,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<(Option<i64>, u64), StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let before: Option<i64> = sqlx::query_scalar(
            "SELECT micros FROM exchange_rates
             WHERE guild_id = $1 AND currency = $2 AND into_currency = $3 AND valid_from = $4",
        )
        .bind(guild_id)
        .bind(rate.from.code())
        .bind(rate.to.code())
        .bind(valid_from.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO exchange_rates (guild_id, currency, into_currency, valid_from, micros, set_by, set_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (guild_id, currency, into_currency, valid_from)
             DO UPDATE SET micros = excluded.micros, set_by = excluded.set_by, set_at = excluded.set_at",
        )
        .bind(guild_id)
        .bind(rate.from.code())
        .bind(rate.to.code())
        .bind(valid_from.to_string())
        .bind(rate.micros)
        .bind(by)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        let book = rate_book_in(&mut tx, guild_id, rate.to).await?;
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = $1 AND d.outcome <> 'open' AND d.currency = $2 AND d.closed_on >= $3"
        ))
        .bind(guild_id)
        .bind(rate.from.code())
        .bind(valid_from.max(open_from).to_string())
        .fetch_all(&mut *tx)
        .await?;
        let mut converted = 0;
        for row in &rows {
            let deal = deal_from_row(row)?;
            let Some(day) = deal.state.closed_on else {
                continue;
            };
            let mut state = deal.state.clone();
            state.converted = conversion(None, &state, rate.to, book.on(rate.from, rate.to, day));
            if state.converted.is_none() || state == deal.state {
                continue;
            }
            let version = update_deal(
                &mut tx,
                guild_id,
                deal.id,
                deal.number,
                deal.version,
                &state,
                now,
            )
            .await?
            .version;
            insert_audit(
                &mut tx,
                AuditRecord {
                    guild_id,
                    deal_id: deal.id,
                    deal_number: deal.number,
                    actor_id: Some(by),
                    action: AuditAction::Convert,
                    before: Some(&deal.state),
                    after: Some(&state),
                    version_after: Some(version),
                    undo_of: None,
                },
                now,
            )
            .await?;
            converted += 1;
        }
        tx.commit().await?;
        Ok((before, converted))
    }
}
