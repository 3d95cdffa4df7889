//! Changing deals: create, change and undo, each with its audit row in one transaction.

use super::*;
use crate::core::deal::WIN_TOPIC_PREFIX;
use crate::core::deal::{AuditAction, Deal, DealState, Outcome};
use crate::core::ids::AuditId;
use crate::core::ids::Destination;
use crate::core::ids::MemberId;
use crate::core::ids::{ChannelId, GuildId};
use crate::store::outbox::{COMPOSE_GRACE, destination_column, write_down_win_announcement};
use crate::store::write_tx::WriteScope;
use crate::store::{Db, StoreError, timestamp};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// A new deal, whole: its number taken from the guild's counter, the deal, its audit
/// row, and for a win ($22 is the wins channel, NULL when there is none or the deal is
/// not won) the announcement written down to be composed (see
/// `write_down_win_announcement`). Parameters $1–$15 are the deal's state as
/// `bind_state` binds it; the rows returned are the deal, then the audit row's id.
/// Parameters are `$N`, not `?N`: in a script sqlx binds a statement's `?N` after the
/// positions it skips, which runs past the last argument and leaves the rest unbound.
const CREATE_DEAL: &str = concat!(
    "BEGIN IMMEDIATE;
     UPDATE guilds SET next_deal_number = next_deal_number + 1 WHERE id = $16;
     INSERT INTO deals (owner_id, customer, product, amount_minor, currency, stage, outcome,
         expected_close, closed_on, lost_reason, note, forecast_category,
         counted_minor, counted_currency, rate_micros,
         guild_id, number, opened_on, created_at, updated_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
             $16, (SELECT next_deal_number - 1 FROM guilds WHERE id = $16), $17,
             $18, $18, CASE WHEN $7 <> 'open' THEN $18 END)",
    returning_deal!(),
    ";
     INSERT INTO deal_audit (guild_id, deal_id, deal_number, actor_id, action, before_json, after_json,
         version_after, at, undo_of)
     SELECT $16, id, number, $19, $20, NULL, $21, 1, $18, NULL FROM deals
     WHERE guild_id = $16 AND number = (SELECT next_deal_number - 1 FROM guilds WHERE id = $16)
     RETURNING id;
     INSERT INTO outbox (guild_id, channel_id, topic, message, summary, created_at, state, next_try_at)
     SELECT $16, $22, $23 || number, '', '', $18, 'composing', $24 FROM deals
     WHERE $22 IS NOT NULL
       AND guild_id = $16 AND number = (SELECT next_deal_number - 1 FROM guilds WHERE id = $16)
     ON CONFLICT DO NOTHING;
     COMMIT;"
);

/// Who changes deals, in which guild, when, and where that guild announces wins (a
/// change that makes a deal won writes its announcement down; None: nowhere).
#[derive(Debug, Clone, Copy)]
pub struct DealWriter<'a> {
    pub guild_id: &'a GuildId,
    pub actor_id: MemberId,
    pub wins_channel: Option<&'a ChannelId>,
    pub now: DateTime<Utc>,
}

impl Db {
    /// Creates a deal with its audit row, and, for a win in a team with a wins channel,
    /// the announcement it is owed (`write_down_win_announcement` says why), in one
    /// transaction sent as one script (`CREATE_DEAL`, see `Db::write_script`). Returns
    /// the deal and the audit id.
    pub async fn create_deal(
        &self,
        by: &DealWriter<'_>,
        state: &DealState,
        opened_on: NaiveDate,
    ) -> Result<(Deal, AuditId), StoreError> {
        let (guild_id, actor_id, wins_channel, now) =
            (by.guild_id, by.actor_id, by.wins_channel, by.now);
        let announce_in = wins_channel
            .filter(|_| state.outcome == Outcome::Won)
            .map(|c| destination_column(&Destination::Channel(c.clone())));
        let state_json = state_json(state)?;
        let rows = self
            .write_script(WriteScope::Guild(guild_id), CREATE_DEAL, |script| {
                bind_state(script, state)
                    .bind(guild_id)
                    .bind(opened_on.to_string())
                    .bind(timestamp(now))
                    .bind(actor_id)
                    .bind(AuditAction::Create.key())
                    .bind(state_json.clone())
                    .bind(announce_in.clone())
                    .bind(WIN_TOPIC_PREFIX)
                    .bind(timestamp(now + COMPOSE_GRACE))
            })
            .await?;
        let (Some(deal), Some(audit)) = (rows.first(), rows.get(1)) else {
            return Err(StoreError::Corrupt(format!(
                "saving a deal returned {} rows, not the deal and its audit row",
                rows.len()
            )));
        };
        Ok((deal_from_row(deal)?, audit.try_get("id")?))
    }

    /// Applies a change to a deal that was read at `deal.version`, with the announcement
    /// a win from chat is owed. Fails with `Conflict` if it changed since. Returns the new
    /// deal and the audit id.
    pub async fn change_deal(
        &self,
        by: &DealWriter<'_>,
        deal: &Deal,
        action: AuditAction,
        new_state: &DealState,
    ) -> Result<(Deal, AuditId), StoreError> {
        let (guild_id, actor_id, wins_channel, now) =
            (by.guild_id, by.actor_id, by.wins_channel, by.now);
        let mut tx = self.begin_guild_write(guild_id).await?;
        let updated = update_deal(
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
                version_after: Some(updated.version),
                undo_of: None,
            },
            now,
        )
        .await?;
        if let Some(channel) = wins_channel
            && becomes_announced_win(deal, &updated)
        {
            write_down_win_announcement(&mut tx, guild_id, channel, deal.number, now).await?;
        }
        tx.commit().await?;
        Ok((updated, audit_id))
    }

    /// Puts the deal back as it was before `entry`, if nobody changed it since.
    pub async fn undo_change(
        &self,
        by: &DealWriter<'_>,
        entry: &AuditEntry,
    ) -> Result<UndoOutcome, StoreError> {
        let (guild_id, actor_id, wins_channel, now) =
            (by.guild_id, by.actor_id, by.wins_channel, by.now);
        let mut tx = self.begin_guild_write(guild_id).await?;
        // Undo applies only while the deal is exactly as this change left it, so it
        // never overwrites someone else's later work. Comparing states (not versions)
        // lets a rep step back through several of their own changes in a row.
        let current = fetch_optional_deal_by_id(&mut tx, guild_id, entry.deal_id).await?;
        let Some(current) = current.filter(|d| Some(&d.state) == entry.after.as_ref()) else {
            return Ok(UndoOutcome::ChangedSince);
        };
        let (restored, stored) = match &entry.before {
            None => {
                // Undoing a creation removes the deal; its audit rows keep the story.
                sqlx::query("DELETE FROM deals WHERE guild_id = $1 AND id = $2")
                    .bind(guild_id)
                    .bind(entry.deal_id)
                    .execute(&mut *tx)
                    .await?;
                (None, None)
            }
            Some(before) => {
                let stored = update_deal(
                    &mut tx,
                    guild_id,
                    entry.deal_id,
                    entry.deal_number,
                    current.version,
                    before,
                    now,
                )
                .await?;
                if let Some(channel) = wins_channel
                    && becomes_announced_win(&current, &stored)
                {
                    write_down_win_announcement(&mut tx, guild_id, channel, stored.number, now)
                        .await?;
                }
                (Some(before), Some(stored))
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
                version_after: stored.as_ref().map(|d| d.version),
                undo_of: Some(entry.id),
            },
            now,
        )
        .await?;
        sqlx::query("UPDATE deal_audit SET undone_at = $1 WHERE guild_id = $2 AND id = $3")
            .bind(timestamp(now))
            .bind(guild_id)
            .bind(entry.id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(UndoOutcome::Restored(stored.map(Box::new)))
    }
}

/// Whether a change makes a deal logged in chat a win (an imported deal, which carries
/// its CRM's id, is never announced).
fn becomes_announced_win(before: &Deal, after: &Deal) -> bool {
    after.state.outcome == Outcome::Won
        && before.state.outcome != Outcome::Won
        && after.external_id.is_none()
}
