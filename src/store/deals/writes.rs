//! Changing deals: create, change and undo, each with its audit row in one transaction.

use super::*;
use crate::core::deal::{AuditAction, Deal, DealState};
use crate::core::ids::GuildId;
use crate::core::ids::MemberId;
use crate::core::ids::{AuditId, DealNumber};
use crate::store::{Db, StoreError, timestamp};
use chrono::{DateTime, NaiveDate, Utc};

impl Db {
    /// Creates a deal with its audit row. Returns the deal and the audit id.
    pub async fn create_deal(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        state: &DealState,
        opened_on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(Deal, AuditId), StoreError> {
        let mut tx = self.begin_write().await?;
        let number = DealNumber(reserve_numbers(&mut tx, guild_id, 1).await?);
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
    ) -> Result<(Deal, AuditId), StoreError> {
        let mut tx = self.begin_write().await?;
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

    /// Puts the deal back as it was before `entry`, if nobody changed it since.
    pub async fn undo_change(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        entry: &AuditEntry,
        now: DateTime<Utc>,
    ) -> Result<UndoOutcome, StoreError> {
        let mut tx = self.begin_write().await?;
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
}
