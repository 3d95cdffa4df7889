//! Reps' own choices (nudges off, away) and the nudges waiting to go out.

use super::outbox::NewOutboxPost;
use super::{Db, StoreError, parse_optional_date, parse_timestamp, timestamp};
use crate::core::ids::{GuildId, MemberId, NudgeId, UserId};
use crate::core::language::Language;
use crate::core::nudge::NudgeKind;
use crate::reply::Message;
use crate::store::SqlRow;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// A rep's own choices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberPrefs {
    pub nudges_off: bool,
    /// The latest absence: [from, until], local dates.
    pub away_from: Option<NaiveDate>,
    pub away_until: Option<NaiveDate>,
}

/// A rep who may be nudged: a chat user who has logged something, and when they last did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NudgeCandidate {
    pub member_id: MemberId,
    pub user_id: UserId,
    pub name: String,
    /// The last day they logged a deal change or an activity (UTC date of the change).
    pub last_logged: NaiveDate,
}

/// A nudge due to go out.
#[derive(Debug, Clone)]
pub struct DueNudge {
    pub id: NudgeId,
    pub guild_id: GuildId,
    pub member_id: MemberId,
    pub kind: NudgeKind,
    pub message: Message,
    pub created_at: DateTime<Utc>,
}

/// A rep's choices from a row with `nudges_off`, `away_from` and `away_until`.
fn prefs_from(row: &SqlRow) -> Result<MemberPrefs, StoreError> {
    Ok(MemberPrefs {
        nudges_off: crate::store::flag(row, "nudges_off")?,
        away_from: parse_optional_date(row.try_get("away_from")?)?,
        away_until: parse_optional_date(row.try_get("away_until")?)?,
    })
}

/// Members with a chat user and the last day they logged anything, the later of two
/// days taken by `$later` (the dialects name that function differently).
macro_rules! nudge_candidates_with {
    ($later:literal) => {
        concat!(
            "SELECT m.id, m.user_id, m.display_name, ",
            $later,
            "(COALESCE((SELECT MAX(substr(d.updated_at, 1, 10)) FROM deals d
                         WHERE d.guild_id = m.guild_id AND d.owner_id = m.id), ''),
               COALESCE((SELECT MAX(a.occurred_on) FROM activities a
                         WHERE a.guild_id = m.guild_id AND a.member_id = m.id), '')) AS last_logged
             FROM members m
             WHERE m.guild_id = $1 AND m.user_id IS NOT NULL
             ORDER BY m.display_name"
        )
    };
}

impl Db {
    pub async fn member_prefs(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
    ) -> Result<MemberPrefs, StoreError> {
        let row = sqlx::query(
            "SELECT nudges_off, away_from, away_until FROM member_prefs WHERE guild_id = $1 AND member_id = $2",
        )
        .bind(guild_id)
        .bind(member_id)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref()
            .map(prefs_from)
            .transpose()
            .map(Option::unwrap_or_default)
    }

    pub async fn save_member_prefs(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        prefs: &MemberPrefs,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO member_prefs (guild_id, member_id, nudges_off, away_from, away_until)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (guild_id, member_id) DO UPDATE SET nudges_off = $3, away_from = $4, away_until = $5",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(prefs.nudges_off as i64)
        .bind(prefs.away_from.map(|d| d.to_string()))
        .bind(prefs.away_until.map(|d| d.to_string()))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// The language a member chose with /language; None when they chose none.
    pub async fn member_language(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
    ) -> Result<Option<Language>, StoreError> {
        let row =
            sqlx::query("SELECT language FROM member_prefs WHERE guild_id = $1 AND member_id = $2")
                .bind(guild_id)
                .bind(member_id)
                .fetch_optional(&self.read)
                .await?;
        match row {
            Some(row) => super::optional_closed_key(&row, "language"),
            None => Ok(None),
        }
    }

    /// Keeps a member's choice of language (None: follow their app, else the team).
    pub async fn set_member_language(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        language: Option<Language>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        sqlx::query(
            "INSERT INTO member_prefs (guild_id, member_id, language) VALUES ($1, $2, $3)
             ON CONFLICT (guild_id, member_id) DO UPDATE SET language = excluded.language",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(language.map(Language::key))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Everyone who turned nudges off or is away from `today` on: (name, prefs).
    pub async fn opted_out(
        &self,
        guild_id: &GuildId,
        today: NaiveDate,
    ) -> Result<Vec<(String, MemberPrefs)>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.display_name, p.nudges_off, p.away_from, p.away_until FROM member_prefs p
             JOIN members m ON m.id = p.member_id
             WHERE p.guild_id = $1 AND (p.nudges_off = 1 OR p.away_until >= $2)
             ORDER BY m.display_name",
        )
        .bind(guild_id)
        .bind(today.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("display_name")?, prefs_from(r)?)))
            .collect()
    }

    /// Chat users who have logged a deal or an activity, with the last day they did.
    pub async fn nudge_candidates(
        &self,
        guild_id: &GuildId,
    ) -> Result<Vec<NudgeCandidate>, StoreError> {
        // The later of two days: SQLite's two-argument MAX, PostgreSQL's GREATEST.
        let rows = sqlx::query(self.either(
            nudge_candidates_with!("MAX"),
            nudge_candidates_with!("GREATEST"),
        ))
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        let mut candidates = Vec::new();
        for r in &rows {
            let last: String = r.try_get("last_logged")?;
            let Some(last_logged) = parse_optional_date(Some(last).filter(|l| !l.is_empty()))?
            else {
                continue; // never logged anything: not a rep to nudge
            };
            candidates.push(NudgeCandidate {
                member_id: r.try_get("id")?,
                user_id: r.try_get("user_id")?,
                name: r.try_get("display_name")?,
                last_logged,
            });
        }
        Ok(candidates)
    }

    /// Writes a nudge down, unless one with the same state key was made before.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_nudge(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        kind: NudgeKind,
        state_key: &str,
        message: &Message,
        now: DateTime<Utc>,
        send_after: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let json = serde_json::to_string(message)
            .map_err(|e| StoreError::Corrupt(format!("nudge message: {e}")))?;
        let done = sqlx::query(
            "INSERT INTO nudges (guild_id, member_id, kind, state_key, message, created_at, send_after, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting')
             ON CONFLICT (guild_id, member_id, state_key) DO NOTHING",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(kind.key())
        .bind(state_key)
        .bind(json)
        .bind(timestamp(now))
        .bind(timestamp(send_after))
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Nudges whose time has come, oldest first.
    pub async fn due_nudges(
        &self,
        only_guild: Option<&GuildId>,
        now: DateTime<Utc>,
    ) -> Result<Vec<DueNudge>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, guild_id, member_id, kind, message, created_at FROM nudges
             WHERE state = 'waiting' AND send_after <= $1 AND ($2 IS NULL OR guild_id = $2)
             ORDER BY send_after, id",
        )
        .bind(timestamp(now))
        .bind(only_guild)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let message: String = r.try_get("message")?;
                Ok(DueNudge {
                    id: r.try_get("id")?,
                    guild_id: r.try_get("guild_id")?,
                    member_id: r.try_get("member_id")?,
                    kind: super::closed_key(r, "kind")?,
                    message: serde_json::from_str(&message)
                        .map_err(|e| StoreError::Corrupt(format!("nudge message: {e}")))?,
                    created_at: parse_timestamp(&r.try_get::<String, _>("created_at")?)?,
                })
            })
            .collect()
    }

    /// Nudges a rep was sent in [from, to).
    pub async fn nudges_sent(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM nudges WHERE guild_id = $1 AND member_id = $2 AND state = 'sent'
             AND sent_at >= $3 AND sent_at < $4",
        )
        .bind(guild_id)
        .bind(member_id)
        .bind(timestamp(from))
        .bind(timestamp(to))
        .fetch_one(&self.read)
        .await?)
    }

    /// Claims a nudge as sent; false when someone else already did (it is then not sent
    /// again: a nudge is a courtesy, and at most once beats twice).
    /// Marks nudges sent and writes the post that carries them to the outbox, in one
    /// transaction: they go out once, even across a crash. False, and nothing written,
    /// when another sender took any of them first.
    pub async fn send_nudges_through_outbox(
        &self,
        ids: &[NudgeId],
        post: NewOutboxPost<'_>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let json = super::json_list(ids)?;
        let mut tx = self.begin_guild_write(post.guild_id).await?;
        let done = sqlx::query(self.either(
            "UPDATE nudges SET state = 'sent', sent_at = $1
             WHERE id IN (SELECT value FROM json_each($2)) AND state = 'waiting'",
            "UPDATE nudges SET state = 'sent', sent_at = $1
             WHERE id IN (SELECT value::bigint FROM json_array_elements_text($2::json))
               AND state = 'waiting'",
        ))
        .bind(timestamp(now))
        .bind(json)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != ids.len() as u64 {
            tx.rollback().await?;
            return Ok(false);
        }
        super::outbox::insert_post(&mut tx, &post, None, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn postpone_nudge(
        &self,
        id: NudgeId,
        until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE nudges SET send_after = $1 WHERE id = $2 AND state = 'waiting'")
            .bind(timestamp(until))
            .bind(id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    pub async fn drop_nudge(&self, id: NudgeId, why: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE nudges SET state = 'dropped', why_dropped = $1 WHERE id = $2 AND state = 'waiting'",
        )
        .bind(why)
        .bind(id)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// When the next waiting nudge may go out.
    pub async fn next_nudge_at(
        &self,
        only_guild: Option<&GuildId>,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let next: Option<String> = sqlx::query_scalar(
            "SELECT MIN(send_after) FROM nudges WHERE state = 'waiting' AND ($1 IS NULL OR guild_id = $1)",
        )
        .bind(only_guild)
        .fetch_one(&self.read)
        .await?;
        next.map(|t| parse_timestamp(&t)).transpose()
    }
}
