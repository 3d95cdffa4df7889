//! Deals and their audit log. Every change writes the deal and its audit row in one
//! transaction; `undo` restores the `before` state of an audit row.

use super::{Db, StoreError, parse_date, parse_optional_date, parse_timestamp, timestamp};
use crate::core::deal::{AuditAction, Deal, DealState, Outcome, StatusFilter};
use crate::core::forecast::Category;
use crate::core::ids::GuildId;
use crate::core::ids::MemberId;
use crate::core::money::{Currency, Money};
use crate::core::quota::QuotaSubject;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};

/// `SELECT <every deal column> FROM deals d JOIN members m ... <rest>`, as one static string.
macro_rules! select_deals {
    ($rest:literal) => {
        concat!(
            "SELECT d.id, d.number, d.owner_id, m.display_name AS owner_name, d.customer, d.product,
                d.amount_minor, d.currency, d.stage, d.outcome, d.expected_close, d.closed_on, d.lost_reason,
                d.note, d.external_id, d.opened_on, d.version, d.forecast_category, d.updated_at
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
    pub id: i64,
    pub actor_id: Option<MemberId>,
    pub deal_id: i64,
    pub deal_number: i64,
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

pub(crate) fn deal_from_row(row: &SqliteRow) -> Result<Deal, StoreError> {
    let amount = match (
        row.try_get::<Option<i64>, _>("amount_minor")?,
        row.try_get::<Option<String>, _>("currency")?,
    ) {
        (Some(minor), Some(code)) => Some(Money::new(
            minor,
            Currency::from_code(&code)
                .ok_or_else(|| StoreError::Corrupt(format!("currency {code:?}")))?,
        )),
        _ => None,
    };
    let outcome: String = row.try_get("outcome")?;
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
            outcome: Outcome::parse(&outcome)
                .ok_or_else(|| StoreError::Corrupt(format!("outcome {outcome:?}")))?,
            expected_close: parse_optional_date(row.try_get("expected_close")?)?,
            closed_on: parse_optional_date(row.try_get("closed_on")?)?,
            lost_reason: row.try_get("lost_reason")?,
            note: row.try_get("note")?,
            forecast_category: match row.try_get::<Option<String>, _>("forecast_category")? {
                Some(c) => Some(
                    Category::parse(&c)
                        .ok_or_else(|| StoreError::Corrupt(format!("forecast category {c:?}")))?,
                ),
                None => None,
            },
        },
        opened_on: parse_date(&row.try_get::<String, _>("opened_on")?)?,
        external_id: row.try_get("external_id")?,
        version: row.try_get("version")?,
        updated_at: super::parse_timestamp(&row.try_get::<String, _>("updated_at")?)?,
    })
}

fn state_json(state: &DealState) -> Result<String, StoreError> {
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
    conn: &mut SqliteConnection,
    guild_id: &GuildId,
    count: i64,
) -> Result<i64, StoreError> {
    let next: i64 = sqlx::query_scalar(
        "UPDATE guilds SET next_deal_number = next_deal_number + ?2 WHERE id = ?1 RETURNING next_deal_number - ?2",
    )
    .bind(guild_id)
    .bind(count)
    .fetch_one(&mut *conn)
    .await?;
    Ok(next)
}

/// Inserts a deal row; returns its id.
pub(crate) async fn insert_deal(
    conn: &mut SqliteConnection,
    guild_id: &GuildId,
    number: i64,
    state: &DealState,
    opened_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let now = timestamp(now);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO deals (guild_id, number, owner_id, customer, product, amount_minor, currency, stage, outcome,
             expected_close, closed_on, lost_reason, note, opened_on, created_at, updated_at, forecast_category)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(guild_id)
    .bind(number)
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
    .bind(opened_on.to_string())
    .bind(&now)
    .bind(&now)
    .bind(state.forecast_category.map(|c| c.key()))
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

/// Writes `state` over the deal if it is still at `expected_version`; returns the new version.
pub(crate) async fn update_deal(
    conn: &mut SqliteConnection,
    guild_id: &GuildId,
    deal_id: i64,
    number: i64,
    expected_version: i64,
    state: &DealState,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let version: Option<i64> = sqlx::query_scalar(
        "UPDATE deals SET owner_id = ?, customer = ?, product = ?, amount_minor = ?, currency = ?, stage = ?,
             outcome = ?, expected_close = ?, closed_on = ?, lost_reason = ?, note = ?, updated_at = ?,
             forecast_category = ?, version = version + 1
         WHERE guild_id = ? AND id = ? AND version = ? RETURNING version",
    )
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
    .bind(timestamp(now))
    .bind(state.forecast_category.map(|c| c.key()))
    .bind(guild_id)
    .bind(deal_id)
    .bind(expected_version)
    .fetch_optional(&mut *conn)
    .await?;
    version.ok_or(StoreError::Conflict(number))
}

/// What one audit row records.
pub(crate) struct AuditRecord<'a> {
    pub guild_id: &'a GuildId,
    pub deal_id: i64,
    pub deal_number: i64,
    pub actor_id: Option<MemberId>,
    pub action: AuditAction,
    pub before: Option<&'a DealState>,
    pub after: Option<&'a DealState>,
    pub version_after: Option<i64>,
    pub undo_of: Option<i64>,
}

pub(crate) async fn insert_audit(
    conn: &mut SqliteConnection,
    record: AuditRecord<'_>,
    now: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO deal_audit (guild_id, deal_id, deal_number, actor_id, action, before_json, after_json,
             version_after, at, undo_of)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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

impl Db {
    /// Creates a deal with its audit row. Returns the deal and the audit id.
    pub async fn create_deal(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        state: &DealState,
        opened_on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(Deal, i64), StoreError> {
        let mut tx = self.write.begin().await?;
        let number = reserve_numbers(&mut tx, guild_id, 1).await?;
        let deal_id = insert_deal(&mut tx, guild_id, number, state, opened_on, now).await?;
        let audit_id = insert_audit(
            &mut tx,
            AuditRecord {
                guild_id,
                deal_id,
                deal_number: number,
                actor_id: Some(actor_id),
                action: AuditAction::Create,
                before: None,
                after: Some(state),
                version_after: Some(1),
                undo_of: None,
            },
            now,
        )
        .await?;
        let deal = fetch_deal_by_id(&mut tx, guild_id, deal_id).await?;
        tx.commit().await?;
        Ok((deal, audit_id))
    }

    /// Applies a change to a deal that was read at `deal.version`. Fails with
    /// `Conflict` if it changed since. Returns the new deal and the audit id.
    pub async fn change_deal(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        deal: &Deal,
        action: AuditAction,
        new_state: &DealState,
        now: DateTime<Utc>,
    ) -> Result<(Deal, i64), StoreError> {
        let mut tx = self.write.begin().await?;
        let version = update_deal(
            &mut tx,
            guild_id,
            deal.id,
            deal.number,
            deal.version,
            new_state,
            now,
        )
        .await?;
        let audit_id = insert_audit(
            &mut tx,
            AuditRecord {
                guild_id,
                deal_id: deal.id,
                deal_number: deal.number,
                actor_id: Some(actor_id),
                action,
                before: Some(&deal.state),
                after: Some(new_state),
                version_after: Some(version),
                undo_of: None,
            },
            now,
        )
        .await?;
        let updated = fetch_deal_by_id(&mut tx, guild_id, deal.id).await?;
        tx.commit().await?;
        Ok((updated, audit_id))
    }

    pub async fn deal_by_number(
        &self,
        guild_id: &GuildId,
        number: i64,
    ) -> Result<Option<Deal>, StoreError> {
        let row = sqlx::query(select_deals!("WHERE d.guild_id = ? AND d.number = ?"))
            .bind(guild_id)
            .bind(number)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(deal_from_row).transpose()
    }

    /// Deals matching `filter`, open ones first (soonest expected close first), then
    /// closed ones (latest first). Fetches one more than the limit so callers can say
    /// "and more".
    pub async fn list_deals(
        &self,
        guild_id: &GuildId,
        filter: &DealFilter,
    ) -> Result<Vec<Deal>, StoreError> {
        let (from, to) = match filter.dated_between {
            Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
            None => (None, None),
        };
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = ?1
               AND (?2 IS NULL OR d.owner_id = ?2)
               AND (?3 IS NULL OR d.stage = ?3)
               AND (?4 = 'all' OR (?4 = 'closed' AND d.outcome != 'open') OR d.outcome = ?4)
               AND (?5 IS NULL OR (COALESCE(d.closed_on, d.expected_close, d.opened_on) >= ?5
                                   AND COALESCE(d.closed_on, d.expected_close, d.opened_on) < ?6))
             ORDER BY d.outcome != 'open',
                      CASE WHEN d.outcome = 'open' THEN COALESCE(d.expected_close, '9999') END,
                      d.closed_on DESC, d.number DESC
             LIMIT ?7"
        ))
        .bind(guild_id)
        .bind(filter.owner_id)
        .bind(&filter.stage)
        .bind(filter.outcome.key())
        .bind(from)
        .bind(to)
        .bind(i64::from(filter.limit) + 1)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// The caller's most recent change to a deal that can still be undone: made at or
    /// after `since`, not itself an undo or an import, and not undone yet.
    pub async fn last_undoable_change(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        since: DateTime<Utc>,
    ) -> Result<Option<AuditEntry>, StoreError> {
        let row = sqlx::query(
            "SELECT id, actor_id, deal_id, deal_number, action, before_json, after_json, version_after, at
             FROM deal_audit
             WHERE guild_id = ? AND actor_id = ? AND undone_at IS NULL AND action NOT IN ('undo', 'import')
               AND at >= ?
             ORDER BY id DESC LIMIT 1",
        )
        .bind(guild_id)
        .bind(actor_id)
        .bind(timestamp(since))
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(audit_from_row).transpose()
    }

    pub async fn audit_entry(
        &self,
        guild_id: &GuildId,
        audit_id: i64,
    ) -> Result<Option<AuditEntry>, StoreError> {
        let row = sqlx::query(
            "SELECT id, actor_id, deal_id, deal_number, action, before_json, after_json, version_after, at
             FROM deal_audit WHERE guild_id = ? AND id = ? AND undone_at IS NULL",
        )
        .bind(guild_id)
        .bind(audit_id)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(audit_from_row).transpose()
    }

    /// Puts the deal back as it was before `entry`, if nobody changed it since.
    pub async fn undo_change(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        entry: &AuditEntry,
        now: DateTime<Utc>,
    ) -> Result<UndoOutcome, StoreError> {
        let mut tx = self.write.begin().await?;
        // Undo applies only while the deal is exactly as this change left it, so it
        // never overwrites someone else's later work. Comparing states (not versions)
        // lets a rep step back through several of their own changes in a row.
        let current = fetch_optional_deal_by_id(&mut tx, guild_id, entry.deal_id).await?;
        let Some(current) = current.filter(|d| Some(&d.state) == entry.after.as_ref()) else {
            return Ok(UndoOutcome::ChangedSince);
        };
        let (restored, version_after) = match &entry.before {
            None => {
                // Undoing a creation removes the deal; its audit rows keep the story.
                sqlx::query("DELETE FROM deals WHERE guild_id = ? AND id = ?")
                    .bind(guild_id)
                    .bind(entry.deal_id)
                    .execute(&mut *tx)
                    .await?;
                (None, None)
            }
            Some(before) => {
                let v = update_deal(
                    &mut tx,
                    guild_id,
                    entry.deal_id,
                    entry.deal_number,
                    current.version,
                    before,
                    now,
                )
                .await?;
                (Some(before), Some(v))
            }
        };
        insert_audit(
            &mut tx,
            AuditRecord {
                guild_id,
                deal_id: entry.deal_id,
                deal_number: entry.deal_number,
                actor_id: Some(actor_id),
                action: AuditAction::Undo,
                before: entry.after.as_ref(),
                after: restored,
                version_after,
                undo_of: Some(entry.id),
            },
            now,
        )
        .await?;
        sqlx::query("UPDATE deal_audit SET undone_at = ? WHERE guild_id = ? AND id = ?")
            .bind(timestamp(now))
            .bind(guild_id)
            .bind(entry.id)
            .execute(&mut *tx)
            .await?;
        let deal = match restored {
            Some(_) => Some(Box::new(
                fetch_deal_by_id(&mut tx, guild_id, entry.deal_id).await?,
            )),
            None => None,
        };
        tx.commit().await?;
        Ok(UndoOutcome::Restored(deal))
    }

    /// Closed deals per rep with close dates in [start, end): wins, losses, and won
    /// revenue in the team's currency.
    pub async fn won_totals(
        &self,
        guild_id: &GuildId,
        start: NaiveDate,
        end: NaiveDate,
        currency: Currency,
    ) -> Result<Vec<WonTotal>, StoreError> {
        let rows = sqlx::query(
            "SELECT d.owner_id, m.display_name,
                    SUM(CASE WHEN d.outcome = 'won' AND d.currency = ?4 THEN d.amount_minor ELSE 0 END) AS revenue,
                    SUM(d.outcome = 'won') AS won,
                    SUM(d.outcome = 'won' AND d.currency = ?4) AS won_in_currency,
                    SUM(d.outcome = 'lost') AS lost
             FROM deals d JOIN members m ON m.id = d.owner_id
             WHERE d.guild_id = ?1 AND d.outcome IN ('won', 'lost') AND d.closed_on >= ?2 AND d.closed_on < ?3
             GROUP BY d.owner_id, m.display_name",
        )
        .bind(guild_id)
        .bind(start.to_string())
        .bind(end.to_string())
        .bind(currency.code())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let won: i64 = r.try_get("won")?;
                let won_in_currency: i64 = r.try_get("won_in_currency")?;
                Ok(WonTotal {
                    member_id: r.try_get("owner_id")?,
                    name: r.try_get("display_name")?,
                    revenue: r.try_get("revenue")?,
                    won,
                    won_in_currency,
                    other_currency: won - won_in_currency,
                    lost: r.try_get("lost")?,
                })
            })
            .collect()
    }

    /// Every product name used in the guild's deals, with how many deals use it.
    pub async fn product_names(
        &self,
        guild_id: &GuildId,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT product, COUNT(*) AS n FROM deals WHERE guild_id = ? AND product IS NOT NULL GROUP BY product",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("product")?, r.try_get::<i64, _>("n")? as u64)))
            .collect()
    }
}

fn audit_from_row(row: &SqliteRow) -> Result<AuditEntry, StoreError> {
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

async fn fetch_deal_by_id(
    conn: &mut SqliteConnection,
    guild_id: &GuildId,
    id: i64,
) -> Result<Deal, StoreError> {
    fetch_optional_deal_by_id(conn, guild_id, id)
        .await?
        .ok_or_else(|| {
            StoreError::Corrupt(format!("deal id {id} vanished inside its own transaction"))
        })
}

async fn fetch_optional_deal_by_id(
    conn: &mut SqliteConnection,
    guild_id: &GuildId,
    id: i64,
) -> Result<Option<Deal>, StoreError> {
    let row = sqlx::query(select_deals!("WHERE d.guild_id = ? AND d.id = ?"))
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

impl Db {
    /// Open deals for suggestions: the owner's (or everyone's), matching what was typed
    /// by number or customer, newest first.
    pub async fn suggest_open_deals(
        &self,
        guild_id: &GuildId,
        owner_id: Option<MemberId>,
        typed: &str,
    ) -> Result<Vec<Deal>, StoreError> {
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = ?1 AND d.outcome = 'open' AND (?2 IS NULL OR d.owner_id = ?2)
               AND (CAST(d.number AS TEXT) LIKE ?3 || '%' OR d.customer LIKE '%' || ?3 || '%')
             ORDER BY d.number DESC LIMIT 25"
        ))
        .bind(guild_id)
        .bind(owner_id)
        .bind(typed)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// Open deals of a member, a team's members, or everyone.
    pub async fn open_deals(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
    ) -> Result<Vec<Deal>, StoreError> {
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = ?1 AND d.outcome = 'open'
               AND (?2 = 'everyone'
                    OR (?2 = 'member' AND d.owner_id = ?3)
                    OR (?2 = 'team' AND d.owner_id IN (SELECT member_id FROM team_members WHERE team_id = ?3)))
             ORDER BY d.number"
        ))
        .bind(guild_id)
        .bind(subject.kind())
        .bind(subject.id())
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// Customer names in the team's deals that contain `typed`.
    pub async fn suggest_customers(
        &self,
        guild_id: &GuildId,
        typed: &str,
    ) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT customer FROM deals WHERE guild_id = ? AND customer LIKE '%' || ? || '%'
             GROUP BY customer ORDER BY COUNT(*) DESC, customer LIMIT 25",
        )
        .bind(guild_id)
        .bind(typed)
        .fetch_all(&self.read)
        .await?)
    }

    /// CRM reps not linked to a chat user, whose name contains `typed`.
    pub async fn suggest_unlinked_reps(
        &self,
        guild_id: &GuildId,
        typed: &str,
    ) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT crm_name FROM members
             WHERE guild_id = ? AND user_id IS NULL AND crm_name IS NOT NULL AND crm_name LIKE '%' || ? || '%'
             ORDER BY crm_name LIMIT 25",
        )
        .bind(guild_id)
        .bind(typed)
        .fetch_all(&self.read)
        .await?)
    }

    /// Every audit row of one deal, oldest first.
    pub async fn audit_trail(
        &self,
        guild_id: &GuildId,
        deal_number: i64,
    ) -> Result<Vec<AuditTrailRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.actor_id, a.deal_id, a.deal_number, a.action, a.before_json, a.after_json, a.version_after, a.at,
                    m.display_name AS actor, a.undone_at IS NOT NULL AS undone
             FROM deal_audit a LEFT JOIN members m ON m.id = a.actor_id
             WHERE a.guild_id = ? AND a.deal_number = ?
             ORDER BY a.id",
        )
        .bind(guild_id)
        .bind(deal_number)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditTrailRow {
                    entry: audit_from_row(r)?,
                    actor: r.try_get("actor")?,
                    undone: r.try_get("undone")?,
                })
            })
            .collect()
    }

    /// How many deals a member owns (any outcome).
    pub async fn deal_count_for(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
    ) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM deals WHERE guild_id = ? AND owner_id = ?")
                .bind(guild_id)
                .bind(member_id)
                .fetch_one(&self.read)
                .await?,
        )
    }
}
