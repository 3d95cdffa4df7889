//! Forgetting a member: their personal data removed or anonymised in one transaction.

use super::write_tx::WriteTx;
use super::{Db, Dialect, StoreError, timestamp};
use crate::core::deal::WIN_TOPIC_PREFIX;
use crate::core::ids::OutboxId;
use crate::core::ids::{GuildId, MemberId, UserId};
use crate::store::SqlConnection;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A name as a forgotten member's fingerprint keeps it: SHA-256 of the team and the
/// trimmed, lower-cased name, in hex. One-way: the name itself is not stored.
pub(crate) fn name_fingerprint(guild_id: &GuildId, name: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(guild_id.as_str().as_bytes());
    hash.update(b"\n");
    hash.update(name.trim().to_lowercase().as_bytes());
    hex::encode(hash.finalize())
}

/// The forgotten member a name belonged to, if it did.
pub(crate) async fn forgotten_by_name(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    name: &str,
) -> Result<Option<MemberId>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT member_id FROM forgotten_names WHERE guild_id = $1 AND fingerprint = $2",
    )
    .bind(guild_id)
    .bind(name_fingerprint(guild_id, name))
    .fetch_optional(&mut *conn)
    .await?)
}

/// What forgetting a member changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forgotten {
    /// The name the member is shown by from now on.
    pub shown_as: String,
    pub deals_kept: i64,
    pub notes_cleared: i64,
    pub posts_anonymised: i64,
}

impl Db {
    /// Removes a member's personal data: their name, chat user id and CRM name become
    /// "former member N"; their activity notes, preferences, nudges and pending uploads
    /// are deleted; announcements kept for undo no longer name or mention them. Their
    /// deals, activity counts, quotas and the audit trail stay, under the anonymous name.
    /// Recorded in `forgotten_members`. All or nothing.
    pub async fn forget_member(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        by: MemberId,
        now: DateTime<Utc>,
        shown_as: &str,
    ) -> Result<Forgotten, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let (name, user_id, crm_name): (String, Option<UserId>, Option<String>) = sqlx::query_as(
            "SELECT display_name, user_id, crm_name FROM members WHERE guild_id = $1 AND id = $2",
        )
        .bind(guild_id)
        .bind(member_id)
        .fetch_one(&mut *tx)
        .await?;
        let who = Forgetting {
            guild_id,
            member_id,
            name: &name,
            crm_name: crm_name.as_deref(),
            user_id: user_id.as_ref(),
            shown_as: shown_as.to_string(),
        };
        keep_fingerprints(&mut tx, &who).await?;
        let notes_cleared = clear_personal_rows(&mut tx, &who).await?;
        drop_sent_posts_naming(&mut tx, &who).await?;
        let posts_anonymised = anonymise_posts(&mut tx, &who).await?;
        let deals_kept: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM deals WHERE guild_id = $1 AND owner_id = $2")
                .bind(guild_id)
                .bind(member_id)
                .fetch_one(&mut *tx)
                .await?;
        sqlx::query(
            "INSERT INTO forgotten_members (guild_id, member_id, by_member, at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (guild_id, member_id) DO UPDATE SET by_member = excluded.by_member, at = excluded.at",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(by)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Forgotten {
            shown_as: who.shown_as,
            deals_kept,
            notes_cleared,
            posts_anonymised,
        })
    }
}

/// The member being forgotten, as the steps below need them.
struct Forgetting<'a> {
    guild_id: &'a GuildId,
    member_id: MemberId,
    name: &'a str,
    crm_name: Option<&'a str>,
    user_id: Option<&'a UserId>,
    /// "former member N".
    shown_as: String,
}

impl Forgetting<'_> {
    /// Their id as a message's JSON holds it (in its mentions).
    fn quoted_user(&self) -> Option<String> {
        self.user_id.map(|u| format!("\"{u}\""))
    }
}

/// The names stay only as fingerprints, so an import finds this member again; alerts
/// keep the words they were sent with, less the name.
async fn keep_fingerprints(tx: &mut WriteTx, who: &Forgetting<'_>) -> Result<(), StoreError> {
    for known_as in std::iter::once(who.name).chain(who.crm_name) {
        sqlx::query(
            "INSERT INTO forgotten_names (guild_id, fingerprint, member_id) VALUES ($1, $2, $3)
             ON CONFLICT (guild_id, fingerprint) DO UPDATE SET member_id = excluded.member_id",
        )
        .bind(who.guild_id)
        .bind(name_fingerprint(who.guild_id, known_as))
        .bind(who.member_id)
        .execute(&mut **tx)
        .await?;
        forget_name_in_alerts(tx, who, known_as).await?;
    }
    Ok(())
}

/// Each alert that names them keeps what it found under their anonymous name. The
/// findings are read and renamed as types, so a name is only replaced where it is a name.
async fn forget_name_in_alerts(
    tx: &mut WriteTx,
    who: &Forgetting<'_>,
    known_as: &str,
) -> Result<(), StoreError> {
    // The name as the JSON holds it (quotes and backslashes escaped), to find the rows.
    let quoted =
        serde_json::to_string(known_as).map_err(|e| StoreError::Corrupt(format!("name: {e}")))?;
    let held = quoted.trim_matches('"');
    let rows = sqlx::query(match super::dialect_of(tx) {
        Dialect::Sqlite => {
            "SELECT id, finding FROM alerts WHERE guild_id = $1 AND instr(finding, $2) > 0"
        }
        Dialect::Postgres => {
            "SELECT id, finding FROM alerts WHERE guild_id = $1 AND strpos(finding, $2) > 0"
        }
    })
    .bind(who.guild_id)
    .bind(held)
    .fetch_all(&mut **tx)
    .await?;
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let mut finding = super::alerts::read_finding(&row.try_get::<String, _>("finding")?)?;
        if finding.rename(known_as, &who.shown_as) {
            sqlx::query("UPDATE alerts SET finding = $1 WHERE id = $2")
                .bind(super::alerts::kept_finding(&finding)?)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// The member row anonymised; their activity notes, preferences, nudges and pending
/// uploads gone. Returns how many notes were cleared.
async fn clear_personal_rows(tx: &mut WriteTx, who: &Forgetting<'_>) -> Result<i64, StoreError> {
    sqlx::query(
        "UPDATE members SET display_name = $1, user_id = NULL, crm_name = NULL WHERE guild_id = $2 AND id = $3",
    )
    .bind(&who.shown_as)
    .bind(who.guild_id)
    .bind(who.member_id)
    .execute(&mut **tx)
    .await?;
    let notes_cleared = sqlx::query(
        "UPDATE activities SET note = NULL WHERE guild_id = $1 AND member_id = $2 AND note IS NOT NULL",
    )
    .bind(who.guild_id)
    .bind(who.member_id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    for sql in [
        "DELETE FROM member_prefs WHERE guild_id = $1 AND member_id = $2",
        "DELETE FROM nudges WHERE guild_id = $1 AND member_id = $2",
        "DELETE FROM pending_actions WHERE guild_id = $1 AND member_id = $2",
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(who.guild_id)
            .bind(who.member_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(i64::try_from(notes_cleared).unwrap_or(i64::MAX))
}

/// Direct messages to them kept in the outbox go, and so do sent posts that mention
/// them (boards, check-ins): they have done their work. Win announcements stay (an undo
/// may still take one back) and are anonymised instead.
async fn drop_sent_posts_naming(tx: &mut WriteTx, who: &Forgetting<'_>) -> Result<(), StoreError> {
    let (Some(user), Some(quoted)) = (who.user_id, who.quoted_user()) else {
        return Ok(());
    };
    sqlx::query("DELETE FROM outbox WHERE guild_id = $1 AND channel_id = $2")
        .bind(who.guild_id)
        .bind(super::outbox::destination_column(
            &crate::core::ids::Destination::Direct(user.clone()),
        ))
        .execute(&mut **tx)
        .await?;
    sqlx::query(match super::dialect_of(tx) {
        Dialect::Sqlite => {
            "DELETE FROM outbox WHERE guild_id = $1 AND state IN ('sent', 'failed', 'retracted')
             AND substr(topic, 1, length($3)) <> $3 AND instr(message, $2) > 0"
        }
        Dialect::Postgres => {
            "DELETE FROM outbox WHERE guild_id = $1 AND state IN ('sent', 'failed', 'retracted')
             AND substr(topic, 1, length($3)) <> $3 AND strpos(message, $2) > 0"
        }
    })
    .bind(who.guild_id)
    .bind(quoted)
    .bind(WIN_TOPIC_PREFIX)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Announcements of their wins, and posts still to be sent that mention them: the name
/// and the mention go. Returns how many were changed.
async fn anonymise_posts(tx: &mut WriteTx, who: &Forgetting<'_>) -> Result<i64, StoreError> {
    let rows: Vec<(OutboxId, String, String)> = sqlx::query_as(match super::dialect_of(tx) {
        Dialect::Sqlite => {
            "SELECT o.id, o.message, o.summary FROM outbox o
             WHERE o.guild_id = $1
               AND (o.topic IN (SELECT $4 || number FROM deals WHERE guild_id = $1 AND owner_id = $2)
                    OR ($3 IS NOT NULL AND instr(o.message, $3) > 0))"
        }
        Dialect::Postgres => {
            "SELECT o.id, o.message, o.summary FROM outbox o
             WHERE o.guild_id = $1
               AND (o.topic IN (SELECT $4 || number FROM deals WHERE guild_id = $1 AND owner_id = $2)
                    OR ($3 IS NOT NULL AND strpos(o.message, $3) > 0))"
        }
    })
    .bind(who.guild_id)
    .bind(who.member_id)
    .bind(who.quoted_user())
    .bind(WIN_TOPIC_PREFIX)
    .fetch_all(&mut **tx)
    .await?;
    let mut changed = 0;
    for (id, message, summary) in rows {
        let mut parsed = super::outbox::message_from_json(&message)?;
        parsed.mentions.retain(|m| Some(m) != who.user_id);
        let json = super::outbox::message_json(&parsed)?.replace(who.name, &who.shown_as);
        sqlx::query("UPDATE outbox SET message = $1, summary = $2 WHERE id = $3")
            .bind(json)
            .bind(summary.replace(who.name, &who.shown_as))
            .bind(id)
            .execute(&mut **tx)
            .await?;
        changed += 1;
    }
    Ok(changed)
}
