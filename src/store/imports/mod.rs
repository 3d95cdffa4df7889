//! Applying a parsed CRM export: one transaction, idempotent on the CRM's ids.

use super::deals::{AuditRecord, deal_from_row, insert_audit, reserve_numbers, update_deal};
mod new_deals;

use new_deals::{NewDealRow, NewDeals, insert_imported_deals};

use super::write_tx::WriteTx;
use super::{Db, StoreError, timestamp};
use crate::core::crm::{ImportedDeal, ImportedTeamRow};
use crate::core::deal::AuditAction;
use crate::core::deal::{Deal, DealState};
use crate::core::ids::GuildId;
use crate::core::ids::{MemberId, TeamId};
use crate::core::progress::Progress;
use crate::core::records::{DealImportSummary, TeamImportSummary};
use crate::store::{Dialect, SqlConnection};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;
use std::collections::HashMap;

/// Rows from which an import rebuilds the guild's sums once instead of keeping them
/// row by row.
const BULK_ROWS: usize = 5_000;

/// Whether an import is saved, or only counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    Apply,
    Preview,
}

/// Lower-cased name → member id, for every member of the guild (CRM names win over
/// display names when both match).
async fn members_by_name(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
) -> Result<HashMap<String, MemberId>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, display_name, crm_name FROM members WHERE guild_id = $1 ORDER BY id",
    )
    .bind(guild_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut by_name = HashMap::new();
    for row in &rows {
        let name: String = row.try_get("display_name")?;
        by_name
            .entry(name.to_lowercase())
            .or_insert(row.try_get("id")?);
    }
    for row in &rows {
        if let Some(crm) = row.try_get::<Option<String>, _>("crm_name")? {
            by_name.insert(crm.to_lowercase(), row.try_get("id")?);
        }
    }
    Ok(by_name)
}

/// The member named `name`, created as an imported rep (not linked to a chat user) if new.
async fn member_for_name(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    name: &str,
    known: &mut HashMap<String, MemberId>,
    now: &str,
) -> Result<(MemberId, bool), StoreError> {
    if let Some(id) = known.get(&name.to_lowercase()) {
        return Ok((*id, false));
    }
    // A forgotten member stays forgotten: their rows go to the anonymous member.
    if let Some(id) = super::privacy::forgotten_by_name(conn, guild_id, name).await? {
        known.insert(name.to_lowercase(), id);
        return Ok((id, false));
    }
    let id: MemberId = sqlx::query_scalar(
        "INSERT INTO members (guild_id, display_name, crm_name, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(guild_id)
    .bind(name)
    .bind(name)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    known.insert(name.to_lowercase(), id);
    Ok((id, true))
}

/// Who imports, into which guild, when, and whether for real.
#[derive(Clone, Copy)]
pub struct DealImportRun<'a> {
    pub guild_id: &'a GuildId,
    pub actor_id: MemberId,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub mode: ImportMode,
    /// About how many rows the file holds: for the progress, and to choose rebuilding
    /// the guild's sums once over keeping them row by row.
    pub rows_expected: usize,
    /// Advanced as rows are written.
    pub progress: &'a Progress,
}

/// A deal import under way: one transaction, fed the file's deals batch by batch, so a
/// big file is never held parsed all at once. Dropped without `finish`, it writes
/// nothing.
pub struct DealImport<'a> {
    tx: WriteTx,
    run: DealImportRun<'a>,
    stamp: String,
    members: HashMap<String, MemberId>,
    convert: Conversions,
    bulk: bool,
    /// Whether the guild held any deal from a CRM when the import began: if not, no
    /// row of this file can match an earlier one (a repeated CRM id is skipped with a
    /// reason before it gets here), so batches skip looking them up.
    crm_deals_before: bool,
    summary: DealImportSummary,
}

impl Db {
    /// Starts importing deals (matched on the CRM id) in one transaction. Fields the
    /// CRM does not carry (notes, expected close dates typed in chat) are kept.
    pub async fn begin_deal_import<'a>(
        &self,
        run: DealImportRun<'a>,
    ) -> Result<DealImport<'a>, StoreError> {
        run.progress.start(run.rows_expected as u64);
        let mut tx = self.begin_guild_write(run.guild_id).await?;
        let members = members_by_name(&mut tx, run.guild_id).await?;
        let convert = Conversions::read(&mut tx, run.guild_id).await?;
        let bulk = run.rows_expected >= BULK_ROWS;
        if bulk {
            pause_closed_deal_sums(&mut tx, run.guild_id).await?;
        }
        let crm_deals_before = any_crm_deals(&mut tx, run.guild_id).await?;
        Ok(DealImport {
            tx,
            stamp: timestamp(run.now),
            run,
            members,
            convert,
            bulk,
            crm_deals_before,
            summary: DealImportSummary::default(),
        })
    }

    /// Creates teams (named by the column the manager chose, with their region and
    /// manager) and their memberships.
    pub async fn import_teams(
        &self,
        guild_id: &GuildId,
        rows: &[ImportedTeamRow],
        now: DateTime<Utc>,
    ) -> Result<TeamImportSummary, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let stamp = timestamp(now);
        let mut summary = TeamImportSummary::default();
        let mut members = members_by_name(&mut tx, guild_id).await?;
        for row in rows {
            let (rep_id, rep_new) =
                member_for_name(&mut tx, guild_id, &row.rep, &mut members, &stamp).await?;
            let (manager_id, manager_new) =
                member_for_name(&mut tx, guild_id, &row.manager, &mut members, &stamp).await?;
            summary.people_created += usize::from(rep_new) + usize::from(manager_new);
            let team_id: Option<TeamId> = sqlx::query_scalar(
                "SELECT id FROM teams WHERE guild_id = $1 AND lower(name) = lower($2)",
            )
            .bind(guild_id)
            .bind(&row.team)
            .fetch_optional(&mut *tx)
            .await?;
            let team_id = match team_id {
                Some(id) => {
                    sqlx::query(
                        "UPDATE teams SET region = $1, manager_id = $2 WHERE guild_id = $3 AND id = $4",
                    )
                    .bind(&row.region)
                    .bind(manager_id)
                    .bind(guild_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                    id
                }
                None => {
                    summary.teams_created += 1;
                    sqlx::query_scalar(
                        "INSERT INTO teams (guild_id, name, region, manager_id) VALUES ($1, $2, $3, $4) RETURNING id",
                    )
                    .bind(guild_id)
                    .bind(&row.team)
                    .bind(&row.region)
                    .bind(manager_id)
                    .fetch_one(&mut *tx)
                    .await?
                }
            };
            let added = sqlx::query(
                "INSERT INTO team_members (team_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(team_id)
            .bind(rep_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            summary.memberships_added += usize::try_from(added).unwrap_or(usize::MAX);
        }
        tx.commit().await?;
        Ok(summary)
    }
}

/// Inserts new deals and their "import" audit rows from a JSON array of
/// `{number, external_id, opened_on, amount_minor, currency, state}`.
impl DealImport<'_> {
    /// Creates or updates the deals of one batch (at most 10,000: their CRM ids are
    /// looked up together).
    pub async fn add(&mut self, deals: &[ImportedDeal]) -> Result<(), StoreError> {
        let DealImportRun {
            guild_id,
            actor_id,
            today,
            now,
            progress,
            ..
        } = self.run;
        let tx = &mut self.tx;
        let existing = if self.crm_deals_before {
            imported_before(tx, guild_id, deals).await?
        } else {
            HashMap::new()
        };
        let new_count = deals
            .iter()
            .filter(|d| !existing.contains_key(&d.external_id))
            .count();
        let mut next_number = if new_count > 0 {
            reserve_numbers(tx, guild_id, i64::try_from(new_count).unwrap_or(i64::MAX)).await?
        } else {
            0
        };
        let mut new_rows: Vec<NewDealRow> = Vec::with_capacity(new_count);
        for imported in deals {
            let (owner_id, created) =
                member_for_name(tx, guild_id, &imported.rep, &mut self.members, &self.stamp)
                    .await?;
            if created {
                self.summary.reps_created += 1;
            }
            let Some(current) = existing.get(&imported.external_id) else {
                let mut state = merged_state(None, imported, owner_id);
                state.converted = self.convert.of(None, &state);
                new_rows.push(NewDealRow {
                    number: next_number,
                    external_id: imported.external_id.clone(),
                    opened_on: imported.opened_on.unwrap_or(today),
                    state,
                });
                next_number += 1;
                self.summary.created += 1;
                continue;
            };
            let mut state = merged_state(Some(&current.state), imported, owner_id);
            state.converted = self.convert.of(Some(&current.state), &state);
            if state == current.state {
                self.summary.unchanged += 1;
                continue;
            }
            let version = update_deal(
                tx,
                guild_id,
                current.id,
                current.number,
                current.version,
                &state,
                now,
            )
            .await?
            .version;
            let before = Some(&current.state);
            audit_import(
                tx, guild_id, actor_id, current, before, &state, version, now,
            )
            .await?;
            self.summary.updated += 1;
        }
        let batch = NewDeals {
            guild_id,
            actor_id,
            rows: &new_rows,
            now,
        };
        insert_imported_deals(tx, batch).await?;
        progress.advance(deals.len() as u64);
        Ok(())
    }

    /// Ends the import: applied (committed) or, for a preview, rolled back — the counts
    /// are exactly what applying would do.
    pub async fn finish(mut self) -> Result<DealImportSummary, StoreError> {
        if self.bulk {
            rebuild_closed_deal_sums(&mut self.tx, self.run.guild_id).await?;
        }
        match self.run.mode {
            ImportMode::Apply => self.tx.commit().await?,
            ImportMode::Preview => self.tx.rollback().await?,
        }
        let progress = self.run.progress;
        progress.advance(progress.total().saturating_sub(progress.done()));
        Ok(self.summary)
    }
}

/// Stops the triggers keeping the guild's per-day and per-month sums, for a big import
/// in this transaction; `rebuild_closed_deal_sums` starts them again.
async fn pause_closed_deal_sums(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO closed_deal_sums_paused (guild_id) VALUES ($1)")
        .bind(guild_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Computes the guild's per-day and per-month sums again from its deals, as the
/// triggers would have kept them, and lets the triggers keep them from here on.
async fn rebuild_closed_deal_sums(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
) -> Result<(), StoreError> {
    for statement in [
        "DELETE FROM closed_deal_sums_paused WHERE guild_id = $1",
        "DELETE FROM closed_deal_days WHERE guild_id = $1",
        "INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
         SELECT guild_id, closed_on, owner_id, outcome, COALESCE(counted_currency, ''), COUNT(*),
                COALESCE(SUM(counted_minor), 0)
         FROM deals
         WHERE guild_id = $1 AND outcome IN ('won', 'lost') AND closed_on IS NOT NULL
         GROUP BY guild_id, closed_on, owner_id, outcome, COALESCE(counted_currency, '')",
        "DELETE FROM closed_deal_months WHERE guild_id = $1",
        "INSERT INTO closed_deal_months (guild_id, month, owner_id, outcome, currency, deals, amount_minor)
         SELECT guild_id, substr(closed_on, 1, 7), owner_id, outcome, currency, SUM(deals), SUM(amount_minor)
         FROM closed_deal_days WHERE guild_id = $1
         GROUP BY guild_id, substr(closed_on, 1, 7), owner_id, outcome, currency",
    ] {
        sqlx::query(statement)
            .bind(guild_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The deal's state after the import: the CRM's fields over what was stored.
fn merged_state(
    current: Option<&DealState>,
    imported: &ImportedDeal,
    owner_id: MemberId,
) -> DealState {
    DealState {
        owner_id,
        customer: imported.customer.clone(),
        product: imported.product.clone(),
        amount: imported.amount.or(current.and_then(|c| c.amount)),
        stage: imported.stage.clone(),
        outcome: imported.outcome,
        expected_close: imported
            .expected_close
            .or(current.and_then(|c| c.expected_close)),
        closed_on: imported.closed_on,
        lost_reason: imported
            .lost_reason
            .clone()
            .or(current.and_then(|c| c.lost_reason.clone())),
        note: current.and_then(|c| c.note.clone()),
        forecast_category: current.and_then(|c| c.forecast_category),
        converted: None,
    }
}

#[allow(clippy::too_many_arguments)]
async fn audit_import(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    actor_id: MemberId,
    deal: &Deal,
    before: Option<&DealState>,
    after: &DealState,
    version: i64,
    now: DateTime<Utc>,
) -> Result<crate::core::ids::AuditId, StoreError> {
    insert_audit(
        conn,
        AuditRecord {
            guild_id,
            deal_id: deal.id,
            deal_number: deal.number,
            actor_id: Some(actor_id),
            action: AuditAction::Import,
            before,
            after: Some(after),
            version_after: Some(version),
            undo_of: None,
        },
        now,
    )
    .await
}

/// The team's currency and exchange rates, to give an imported state the conversion a
/// command would.
struct Conversions {
    team: crate::core::money::Currency,
    rates: crate::core::money::RateBook,
}

impl Conversions {
    async fn read(tx: &mut WriteTx, guild_id: &GuildId) -> Result<Conversions, StoreError> {
        let team: String = sqlx::query_scalar("SELECT currency FROM guilds WHERE id = $1")
            .bind(guild_id)
            .fetch_one(&mut **tx)
            .await?;
        let team = crate::core::money::Currency::from_code(&team)
            .ok_or_else(|| StoreError::Corrupt(format!("currency {team:?}")))?;
        let rates = super::rates::rate_book_in(tx, guild_id, team).await?;
        Ok(Conversions { team, rates })
    }

    fn of(
        &self,
        before: Option<&DealState>,
        state: &DealState,
    ) -> Option<crate::core::money::Converted> {
        let rate = match (state.amount, state.closed_on) {
            (Some(a), Some(day)) => self.rates.on(a.currency, self.team, day),
            (None, _) | (_, None) => None,
        };
        crate::core::deal::conversion(before, state, self.team, rate)
    }
}

/// Whether the guild holds any deal that came from a CRM.
async fn any_crm_deals(tx: &mut WriteTx, guild_id: &GuildId) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM deals WHERE guild_id = $1 AND external_id IS NOT NULL)
                THEN 1 ELSE 0 END AS any_deal",
    )
    .bind(guild_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(super::flag(&row, "any_deal")?)
}

/// The guild's deals imported before under the CRM ids of `deals`, by id.
async fn imported_before(
    tx: &mut WriteTx,
    guild_id: &GuildId,
    deals: &[ImportedDeal],
) -> Result<HashMap<String, Deal>, StoreError> {
    let ids = serde_json::to_string(&deals.iter().map(|d| &d.external_id).collect::<Vec<_>>())
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let rows = sqlx::query(match super::dialect_of(tx) {
        Dialect::Sqlite => select_deals!(
            "WHERE d.guild_id = $1 AND d.external_id IS NOT NULL
               AND d.external_id IN (SELECT value FROM json_each($2))"
        ),
        Dialect::Postgres => select_deals!(
            "WHERE d.guild_id = $1 AND d.external_id IS NOT NULL
               AND d.external_id IN (SELECT value FROM json_array_elements_text($2::json))"
        ),
    })
    .bind(guild_id)
    .bind(ids)
    .fetch_all(&mut **tx)
    .await?;
    let mut existing = HashMap::with_capacity(rows.len());
    for row in &rows {
        let deal = deal_from_row(row)?;
        if let Some(id) = deal.external_id.clone() {
            existing.insert(id, deal);
        }
    }
    Ok(existing)
}
