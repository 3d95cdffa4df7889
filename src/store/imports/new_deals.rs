//! Writing an import's new deals and their audit rows, a batch at a time, in the
//! way each database takes many rows fastest.

use crate::core::deal::{AuditAction, DealState, Outcome};
use crate::core::ids::{GuildId, MemberId};
use crate::store::deals::state_json;
use crate::store::{Dialect, SqlConnection, StoreError, timestamp};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{AssertSqlSafe, Row};
use std::collections::HashMap;

/// New deals in one INSERT on SQLite: 22 values each, under its 32,766 bound values.
const ROWS_PER_STATEMENT: usize = 1_000;

/// A batch of new deals: whose, imported by whom, when.
#[derive(Clone, Copy)]
pub(super) struct NewDeals<'a> {
    pub guild_id: &'a GuildId,
    pub actor_id: MemberId,
    pub rows: &'a [NewDealRow],
    pub now: DateTime<Utc>,
}

/// Inserts a batch's new deals and their "import" audit rows. SQLite takes them 1,000
/// to a statement as bound values; PostgreSQL takes the whole batch as one JSON
/// parameter, because there a statement of 22,000 parameters costs as much to bind and
/// plan as its rows cost to write.
pub(super) async fn insert_imported_deals(
    conn: &mut SqlConnection,
    batch: NewDeals<'_>,
) -> Result<(), StoreError> {
    if batch.rows.is_empty() {
        return Ok(());
    }
    match crate::store::dialect_of(conn) {
        Dialect::Sqlite => insert_as_values(conn, batch).await,
        Dialect::Postgres => insert_as_json(conn, batch).await,
    }
}

/// One new deal as `json_to_recordset` reads it, with the audit row's state.
#[derive(serde::Serialize)]
struct DealRecord<'a> {
    number: i64,
    owner_id: MemberId,
    customer: &'a str,
    product: Option<&'a str>,
    amount_minor: Option<i64>,
    currency: Option<String>,
    stage: &'a str,
    outcome: &'static str,
    expected_close: Option<String>,
    closed_on: Option<String>,
    lost_reason: Option<&'a str>,
    note: Option<&'a str>,
    forecast_category: Option<&'static str>,
    counted_minor: Option<i64>,
    counted_currency: Option<String>,
    rate_micros: Option<i64>,
    external_id: &'a str,
    opened_on: String,
    after_json: String,
}

impl<'a> DealRecord<'a> {
    fn of(new: &'a NewDealRow) -> Result<DealRecord<'a>, StoreError> {
        let state = &new.state;
        Ok(DealRecord {
            number: new.number,
            owner_id: state.owner_id,
            customer: state.customer.as_str(),
            product: state.product.as_deref(),
            amount_minor: state.amount.map(|m| m.minor),
            currency: state.amount.map(|m| m.currency.code().to_string()),
            stage: state.stage.as_str(),
            outcome: state.outcome.key(),
            expected_close: state.expected_close.map(|d| d.to_string()),
            closed_on: state.closed_on.map(|d| d.to_string()),
            lost_reason: state.lost_reason.as_deref(),
            note: state.note.as_deref(),
            forecast_category: state.forecast_category.map(|c| c.key()),
            counted_minor: state.counted_as().map(|m| m.minor),
            counted_currency: state.counted_as().map(|m| m.currency.code().to_string()),
            rate_micros: state.converted.map(|c| c.rate.micros),
            external_id: new.external_id.as_str(),
            opened_on: new.opened_on.to_string(),
            after_json: state_json(state)?,
        })
    }
}

async fn insert_as_json(conn: &mut SqlConnection, batch: NewDeals<'_>) -> Result<(), StoreError> {
    let records = batch
        .rows
        .iter()
        .map(DealRecord::of)
        .collect::<Result<Vec<_>, _>>()?;
    let records =
        serde_json::to_string(&records).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let stamp = timestamp(batch.now);
    sqlx::query(
        "WITH r AS (
             SELECT * FROM json_to_recordset($1::json) AS r(
                 number BIGINT, owner_id BIGINT, customer TEXT, product TEXT, amount_minor BIGINT,
                 currency TEXT, stage TEXT, outcome TEXT, expected_close TEXT, closed_on TEXT,
                 lost_reason TEXT, note TEXT, forecast_category TEXT, counted_minor BIGINT,
                 counted_currency TEXT, rate_micros BIGINT, external_id TEXT, opened_on TEXT,
                 after_json TEXT)
         ),
         d AS (
             INSERT INTO deals (owner_id, customer, product, amount_minor, currency, stage, outcome,
                 expected_close, closed_on, lost_reason, note, forecast_category,
                 counted_minor, counted_currency, rate_micros,
                 guild_id, number, external_id, opened_on, created_at, updated_at, closed_at)
             SELECT owner_id, customer, product, amount_minor, currency, stage, outcome,
                 expected_close, closed_on, lost_reason, note, forecast_category,
                 counted_minor, counted_currency, rate_micros,
                 $2, number, external_id, opened_on, $4, $4,
                 CASE WHEN outcome = 'open' THEN NULL ELSE $4 END
             FROM r
             RETURNING id, number
         )
         INSERT INTO deal_audit (guild_id, deal_id, deal_number, actor_id, action, before_json,
             after_json, version_after, at)
         SELECT $2, d.id, d.number, $3, $5, NULL, r.after_json, 1, $4
         FROM d JOIN r ON r.number = d.number",
    )
    .bind(records)
    .bind(batch.guild_id)
    .bind(batch.actor_id)
    .bind(stamp.as_str())
    .bind(AuditAction::Import.key())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn insert_as_values(conn: &mut SqlConnection, batch: NewDeals<'_>) -> Result<(), StoreError> {
    let stamp = timestamp(batch.now);
    for chunk in batch.rows.chunks(ROWS_PER_STATEMENT) {
        let mut deals = sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO deals (owner_id, customer, product, amount_minor, currency, stage, outcome,
                 expected_close, closed_on, lost_reason, note, forecast_category,
                 counted_minor, counted_currency, rate_micros,
                 guild_id, number, external_id, opened_on, created_at, updated_at, closed_at)
             VALUES {} RETURNING id, number",
            crate::store::row_placeholders(Dialect::Sqlite, chunk.len(), 22)
        )));
        for new in chunk {
            let state = &new.state;
            deals = deals
                .bind(state.owner_id)
                .bind(state.customer.as_str())
                .bind(state.product.as_deref())
                .bind(state.amount.map(|m| m.minor))
                .bind(state.amount.map(|m| m.currency.code().to_string()))
                .bind(state.stage.as_str())
                .bind(state.outcome.key())
                .bind(state.expected_close.map(|d| d.to_string()))
                .bind(state.closed_on.map(|d| d.to_string()))
                .bind(state.lost_reason.as_deref())
                .bind(state.note.as_deref())
                .bind(state.forecast_category.map(|c| c.key()))
                .bind(state.counted_as().map(|m| m.minor))
                .bind(state.counted_as().map(|m| m.currency.code().to_string()))
                .bind(state.converted.map(|c| c.rate.micros))
                .bind(batch.guild_id)
                .bind(new.number)
                .bind(new.external_id.as_str())
                .bind(new.opened_on.to_string())
                .bind(stamp.as_str())
                .bind(stamp.as_str())
                .bind((state.outcome != Outcome::Open).then_some(stamp.as_str()));
        }
        let ids: HashMap<i64, i64> = deals
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|row| Ok((row.try_get("number")?, row.try_get("id")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        let mut audit = sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO deal_audit (guild_id, deal_id, deal_number, actor_id, action, before_json,
                 after_json, version_after, at)
             VALUES {}",
            crate::store::row_placeholders(Dialect::Sqlite, chunk.len(), 9)
        )));
        let mut audited = Vec::with_capacity(chunk.len());
        for new in chunk {
            let id = ids.get(&new.number).copied().ok_or_else(|| {
                StoreError::Corrupt(format!("imported deal {} was not stored", new.number))
            })?;
            audited.push((id, new.number, state_json(&new.state)?));
        }
        for (id, number, after) in &audited {
            audit = audit
                .bind(batch.guild_id)
                .bind(*id)
                .bind(*number)
                .bind(batch.actor_id)
                .bind(AuditAction::Import.key())
                .bind(None::<String>)
                .bind(after.as_str())
                .bind(1_i64)
                .bind(stamp.as_str());
        }
        audit.execute(&mut *conn).await?;
    }
    Ok(())
}

/// A deal the import creates: its number, the CRM's id, when it opened, what it holds.
pub(super) struct NewDealRow {
    pub number: i64,
    pub external_id: String,
    pub opened_on: NaiveDate,
    pub state: DealState,
}
