//! Deals and their audit log. Every change writes the deal and its audit row in one
//! transaction; `undo` restores the `before` state of an audit row. `writes` changes
//! deals, `reads` reads them.

use super::{StoreError, parse_date, parse_optional_date, parse_timestamp, timestamp};
use crate::core::deal::{AuditAction, Deal, DealState, StatusFilter};
use crate::core::ids::GuildId;
use crate::core::ids::{AuditId, DealId, DealNumber, MemberId};
use crate::core::money::{Converted, Currency, Money, Rate};
use crate::store::Sql;
use crate::store::SqlConnection;
use crate::store::{SqlArguments, SqlRow};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::Row;
use sqlx::query::Query;

/// `SELECT <every deal column> FROM deals d JOIN members m ... <rest>`, as one static string.
macro_rules! select_deals {
    ($rest:literal) => {
        concat!(
            "SELECT d.id, d.number, d.owner_id, m.display_name AS owner_name, d.customer, d.product,
                d.amount_minor, d.currency, d.stage, d.outcome, d.expected_close, d.closed_on, d.lost_reason,
                d.note, d.external_id, d.opened_on, d.version, d.forecast_category, d.updated_at,
                d.counted_minor, d.counted_currency, d.rate_micros
             FROM deals d JOIN members m ON m.id = d.owner_id ",
            $rest
        )
    };
}

/// Which deals `/deal list` shows.
#[derive(Debug, Clone)]
pub struct DealFilter {
    pub owner_id: Option<MemberId>,
    pub stage: Option<String>,
    pub outcome: StatusFilter,
    /// Deals whose close date (or expected close, for open deals) falls in [start, end).
    pub dated_between: Option<(NaiveDate, NaiveDate)>,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: AuditId,
    pub actor_id: Option<MemberId>,
    pub deal_id: DealId,
    pub deal_number: DealNumber,
    pub action: AuditAction,
    pub before: Option<DealState>,
    pub after: Option<DealState>,
    pub version_after: Option<i64>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoOutcome {
    /// The deal is back as it was; None when the undone change created it.
    Restored(Option<Box<Deal>>),
    /// Someone changed the deal after this change; nothing was touched.
    ChangedSince,
}

/// A rep's win days, for the milestones a win may reach (see `Db::win_days`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WinDays {
    /// Each day they won on, once, oldest first.
    pub days: Vec<NaiveDate>,
    /// Wins ever: 0, 1, or 2 meaning more.
    pub ever: i64,
    /// Wins in the week asked about: 0, 1, or 2 meaning more.
    pub in_week: i64,
}

/// One rep's wins in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WonTotal {
    pub member_id: MemberId,
    pub name: String,
    /// Revenue in the team's currency, minor units.
    pub revenue: i64,
    pub won: i64,
    /// Wins in the team's currency (what the revenue adds up).
    pub won_in_currency: i64,
    /// Wins in other currencies: counted as deals, not added to revenue.
    pub other_currency: i64,
    pub lost: i64,
}

/// A deal row's amount (`amount_minor`, `currency`), None when it has none.
pub(crate) fn amount_from_row(row: &SqlRow) -> Result<Option<Money>, StoreError> {
    Ok(
        match (
            row.try_get::<Option<i64>, _>("amount_minor")?,
            row.try_get::<Option<String>, _>("currency")?,
        ) {
            (Some(minor), Some(code)) => Some(Money::new(
                minor,
                Currency::from_code(&code)
                    .ok_or_else(|| StoreError::Corrupt(format!("currency {code:?}")))?,
            )),
            _ => None,
        },
    )
}

pub(crate) fn deal_from_row(row: &SqlRow) -> Result<Deal, StoreError> {
    let amount = amount_from_row(row)?;
    Ok(Deal {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        owner_name: row.try_get("owner_name")?,
        state: DealState {
            owner_id: row.try_get("owner_id")?,
            customer: row.try_get("customer")?,
            product: row.try_get("product")?,
            amount,
            stage: row.try_get("stage")?,
            outcome: super::closed_key(row, "outcome")?,
            expected_close: parse_optional_date(row.try_get("expected_close")?)?,
            closed_on: parse_optional_date(row.try_get("closed_on")?)?,
            lost_reason: row.try_get("lost_reason")?,
            note: row.try_get("note")?,
            forecast_category: super::optional_closed_key(row, "forecast_category")?,
            converted: converted_from_row(row, amount)?,
        },
        opened_on: parse_date(&row.try_get::<String, _>("opened_on")?)?,
        external_id: row.try_get("external_id")?,
        version: row.try_get("version")?,
        updated_at: super::parse_timestamp(&row.try_get::<String, _>("updated_at")?)?,
    })
}

/// A deal's conversion from its row: set when the row keeps the rate it was counted at.
fn converted_from_row(
    row: &SqlRow,
    amount: Option<Money>,
) -> Result<Option<Converted>, StoreError> {
    let (Some(micros), Some(minor), Some(code), Some(amount)) = (
        row.try_get::<Option<i64>, _>("rate_micros")?,
        row.try_get::<Option<i64>, _>("counted_minor")?,
        row.try_get::<Option<String>, _>("counted_currency")?,
        amount,
    ) else {
        return Ok(None);
    };
    let to = Currency::from_code(&code)
        .ok_or_else(|| StoreError::Corrupt(format!("currency {code:?}")))?;
    Ok(Some(Converted {
        amount: Money::new(minor, to),
        rate: Rate {
            from: amount.currency,
            to,
            micros,
        },
    }))
}

pub(crate) fn state_json(state: &DealState) -> Result<String, StoreError> {
    serde_json::to_string(state).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse_state(text: Option<String>) -> Result<Option<DealState>, StoreError> {
    text.map(|t| {
        serde_json::from_str(&t).map_err(|e| StoreError::Corrupt(format!("audit state: {e}")))
    })
    .transpose()
}

/// Reserves `count` consecutive deal numbers for a guild; returns the first.
pub(crate) async fn reserve_numbers(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    count: i64,
) -> Result<i64, StoreError> {
    let next: i64 = sqlx::query_scalar(
        "UPDATE guilds SET next_deal_number = next_deal_number + $2 WHERE id = $1 RETURNING next_deal_number - $2",
    )
    .bind(guild_id)
    .bind(count)
    .fetch_one(&mut *conn)
    .await?;
    Ok(next)
}

/// `RETURNING` every column `deal_from_row` reads: a write hands back the deal as
/// stored without reading it again (a statement less while the writer is held).
macro_rules! returning_deal {
    () => {
        " RETURNING id, number, owner_id,
             (SELECT display_name FROM members WHERE members.id = deals.owner_id) AS owner_name,
             customer, product, amount_minor, currency, stage, outcome, expected_close, closed_on,
             lost_reason, note, external_id, opened_on, version, forecast_category, updated_at,
             counted_minor, counted_currency, rate_micros"
    };
}

/// Binds a deal's state columns, in the order both the insert and the update name them:
/// owner, customer, product, amount, currency, stage, outcome, expected close, closed
/// on, lost reason, note, forecast category, then what it counts as (amount, currency)
/// and the rate it was converted at.
fn bind_state<'q>(
    query: Query<'q, Sql, SqlArguments>,
    state: &'q DealState,
) -> Query<'q, Sql, SqlArguments> {
    query
        .bind(state.owner_id)
        .bind(&state.customer)
        .bind(&state.product)
        .bind(state.amount.map(|m| m.minor))
        .bind(state.amount.map(|m| m.currency.code().to_string()))
        .bind(&state.stage)
        .bind(state.outcome.key())
        .bind(state.expected_close.map(|d| d.to_string()))
        .bind(state.closed_on.map(|d| d.to_string()))
        .bind(&state.lost_reason)
        .bind(&state.note)
        .bind(state.forecast_category.map(|c| c.key()))
        .bind(state.counted_as().map(|m| m.minor))
        .bind(state.counted_as().map(|m| m.currency.code().to_string()))
        .bind(state.converted.map(|c| c.rate.micros))
}

/// Writes `state` over the deal if it is still at `expected_version`; returns the deal
/// as stored, at its new version.
pub(crate) async fn update_deal(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    deal_id: DealId,
    number: DealNumber,
    expected_version: i64,
    state: &DealState,
    now: DateTime<Utc>,
) -> Result<Deal, StoreError> {
    let update = sqlx::query(concat!(
        "UPDATE deals SET owner_id = $1, customer = $2, product = $3, amount_minor = $4, currency = $5,
             stage = $6, outcome = $7, expected_close = $8, closed_on = $9, lost_reason = $10, note = $11,
             forecast_category = $12, counted_minor = $13, counted_currency = $14, rate_micros = $15,
             updated_at = $16, version = version + 1,
             -- When it was closed: kept while the outcome stays, new when it changes.
             closed_at = CASE WHEN $7 = 'open' THEN NULL
                              WHEN outcome = $7 THEN COALESCE(closed_at, $16) ELSE $16 END
         WHERE guild_id = $17 AND id = $18 AND version = $19",
        returning_deal!()
    ));
    let row = bind_state(update, state)
        .bind(timestamp(now))
        .bind(guild_id)
        .bind(deal_id)
        .bind(expected_version)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref()
        .map(deal_from_row)
        .transpose()?
        .ok_or(StoreError::Conflict(number))
}

/// What one audit row records.
pub(crate) struct AuditRecord<'a> {
    pub guild_id: &'a GuildId,
    pub deal_id: DealId,
    pub deal_number: DealNumber,
    pub actor_id: Option<MemberId>,
    pub action: AuditAction,
    pub before: Option<&'a DealState>,
    pub after: Option<&'a DealState>,
    pub version_after: Option<i64>,
    pub undo_of: Option<AuditId>,
}

pub(crate) async fn insert_audit(
    conn: &mut SqlConnection,
    record: AuditRecord<'_>,
    now: DateTime<Utc>,
) -> Result<AuditId, StoreError> {
    let id: AuditId = sqlx::query_scalar(
        "INSERT INTO deal_audit (guild_id, deal_id, deal_number, actor_id, action, before_json, after_json,
             version_after, at, undo_of)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(record.guild_id)
    .bind(record.deal_id)
    .bind(record.deal_number)
    .bind(record.actor_id)
    .bind(record.action.key())
    .bind(record.before.map(state_json).transpose()?)
    .bind(record.after.map(state_json).transpose()?)
    .bind(record.version_after)
    .bind(timestamp(now))
    .bind(record.undo_of)
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

mod reads;
mod writes;

pub use writes::DealWriter;

fn audit_from_row(row: &SqlRow) -> Result<AuditEntry, StoreError> {
    Ok(AuditEntry {
        id: row.try_get("id")?,
        actor_id: row.try_get("actor_id")?,
        deal_id: row.try_get("deal_id")?,
        deal_number: row.try_get("deal_number")?,
        action: super::closed_key(row, "action")?,
        before: parse_state(row.try_get("before_json")?)?,
        after: parse_state(row.try_get("after_json")?)?,
        version_after: row.try_get("version_after")?,
        at: parse_timestamp(&row.try_get::<String, _>("at")?)?,
    })
}

async fn fetch_optional_deal_by_id(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    id: DealId,
) -> Result<Option<Deal>, StoreError> {
    let row = sqlx::query(select_deals!("WHERE d.guild_id = $1 AND d.id = $2"))
        .bind(guild_id)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(deal_from_row).transpose()
}

/// One row of a deal's audit trail, with the actor's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditTrailRow {
    pub entry: AuditEntry,
    pub actor: Option<String>,
    pub undone: bool,
}
