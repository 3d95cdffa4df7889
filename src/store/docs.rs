//! Documents with their passages and search index, for /ask.

use super::{Db, StoreError, parse_timestamp, timestamp};
use crate::core::ids::MemberId;
use crate::core::ids::{DocumentId, GuildId};
use crate::core::records::DocumentInfo;
use crate::store::SqlConnection;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A passage to store, with its index terms made by the caller.
pub struct NewPassage {
    pub heading: String,
    pub body: String,
    pub body_terms: String,
    pub heading_terms: String,
}

/// A document to store: its passages and their index terms, made by the caller.
pub struct NewDocument<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub origin: &'a str,
    pub chars: i64,
    pub passages: Vec<NewPassage>,
}

impl Db {
    /// Stores a document, replacing one of the same title (ignoring case), with its
    /// passages and index, all or nothing. Returns its number and whether it replaced one.
    pub async fn save_document(
        &self,
        guild_id: &GuildId,
        doc: &NewDocument<'_>,
        by: Option<MemberId>,
        now: DateTime<Utc>,
    ) -> Result<(i64, bool), StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        // A document of the same title is replaced, and keeps its number.
        let old = sqlx::query(
            "SELECT id, number FROM documents WHERE guild_id = $1 AND lower(title) = lower($2)",
        )
        .bind(guild_id)
        .bind(doc.title)
        .fetch_optional(&mut *tx)
        .await?;
        let mut keep_number: Option<i64> = None;
        if let Some(row) = &old {
            delete_document(&mut tx, row.try_get("id")?).await?;
            keep_number = Some(row.try_get("number")?);
        }
        let keep_number = match keep_number {
            Some(n) => n,
            None => sqlx::query_scalar(
                "UPDATE guilds SET next_document_number = next_document_number + 1 WHERE id = $1
                 RETURNING next_document_number - 1",
            )
            .bind(guild_id)
            .fetch_one(&mut *tx)
            .await?,
        };
        let (id, number): (i64, i64) = {
            let row = sqlx::query(
                "INSERT INTO documents (guild_id, number, title, language, origin, chars, added_by, added_at)
                 VALUES ($1, $8, $2, $3, $4, $5, $6, $7)
                 RETURNING id, number",
            )
            .bind(guild_id)
            .bind(doc.title)
            .bind(doc.language)
            .bind(doc.origin)
            .bind(doc.chars)
            .bind(by)
            .bind(timestamp(now))
            .bind(keep_number)
            .fetch_one(&mut *tx)
            .await?;
            (row.try_get("id")?, row.try_get("number")?)
        };
        for (position, p) in doc.passages.iter().enumerate() {
            let passage_id: i64 = sqlx::query_scalar(
                "INSERT INTO passages (document_id, guild_id, position, heading, body) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(id)
            .bind(guild_id)
            .bind(position as i64)
            .bind(&p.heading)
            .bind(&p.body)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO passage_index (rowid, terms, heading, guild_id) VALUES ($1, $2, $3, $4)",
            )
            .bind(passage_id)
            .bind(&p.body_terms)
            .bind(&p.heading_terms)
            .bind(guild_id)
            .execute(&mut *tx)
            .await?;
        }
        bump_version(&mut tx, guild_id).await?;
        tx.commit().await?;
        Ok((number, old.is_some()))
    }

    pub async fn documents(&self, guild_id: &GuildId) -> Result<Vec<DocumentInfo>, StoreError> {
        let rows = sqlx::query(
            "SELECT d.number, d.title, d.language, d.origin, d.chars, d.added_at,
                    (SELECT COUNT(*) FROM passages p WHERE p.document_id = d.id) AS passages
             FROM documents d WHERE d.guild_id = $1 ORDER BY d.number",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DocumentInfo {
                    number: r.try_get("number")?,
                    title: r.try_get("title")?,
                    language: r.try_get("language")?,
                    origin: r.try_get("origin")?,
                    chars: r.try_get("chars")?,
                    passages: r.try_get("passages")?,
                    added_at: parse_timestamp(&r.try_get::<String, _>("added_at")?)?,
                })
            })
            .collect()
    }

    /// Removes a document by number; returns its title, or None if there is none.
    pub async fn remove_document(
        &self,
        guild_id: &GuildId,
        number: crate::core::ids::DocumentNumber,
    ) -> Result<Option<String>, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let row =
            sqlx::query("SELECT id, title FROM documents WHERE guild_id = $1 AND number = $2")
                .bind(guild_id)
                .bind(number)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let (id, title): (DocumentId, String) = (row.try_get("id")?, row.try_get("title")?);
        delete_document(&mut tx, id).await?;
        bump_version(&mut tx, guild_id).await?;
        tx.commit().await?;
        Ok(Some(title))
    }

    /// Claims the sample documents for a guild: true the first time only.
    pub async fn claim_sample_docs(&self, guild_id: &GuildId) -> Result<bool, StoreError> {
        // Read first: this runs before every /ask, and the write is needed only once.
        let given: i64 = sqlx::query_scalar(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM sample_docs_given WHERE guild_id = $1) THEN 1 ELSE 0 END",
        )
        .bind(guild_id)
        .fetch_one(&self.read)
        .await?;
        if given != 0 {
            return Ok(false);
        }
        let done = sqlx::query(
            "INSERT INTO sample_docs_given (guild_id) VALUES ($1) ON CONFLICT DO NOTHING",
        )
        .bind(guild_id)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// How many times the guild's documents changed: a search index built at an older
    /// version is out of date.
    pub async fn docs_version(&self, guild_id: &GuildId) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COALESCE((SELECT docs_version FROM guilds WHERE id = $1), 0)",
        )
        .bind(guild_id)
        .fetch_one(&self.read)
        .await?)
    }

    /// Every passage of the guild with its stored index terms, in document order, and
    /// the documents' version they were read at (in one read transaction).
    pub async fn library_passages(
        &self,
        guild_id: &GuildId,
    ) -> Result<(i64, Vec<StoredPassage>), StoreError> {
        let mut tx = self.read.begin().await?;
        let version: i64 = sqlx::query_scalar(
            "SELECT COALESCE((SELECT docs_version FROM guilds WHERE id = $1), 0)",
        )
        .bind(guild_id)
        .fetch_one(&mut *tx)
        .await?;
        let rows = sqlx::query(
            "SELECT d.title, d.language, p.heading, p.body, i.terms
             FROM passages p
             JOIN documents d ON d.id = p.document_id
             JOIN passage_index i ON i.rowid = p.id
             WHERE p.guild_id = $1 ORDER BY d.number, p.position",
        )
        .bind(guild_id)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        let passages = rows
            .iter()
            .map(|r| {
                Ok(StoredPassage {
                    title: r.try_get("title")?,
                    language: r.try_get("language")?,
                    heading: r.try_get("heading")?,
                    body: r.try_get("body")?,
                    terms: r.try_get("terms")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok((version, passages))
    }
}

/// A stored passage with its index terms (space-separated), for the search index.
#[derive(Debug, Clone)]
pub struct StoredPassage {
    pub title: String,
    pub language: String,
    pub heading: String,
    pub body: String,
    pub terms: String,
}

async fn bump_version(tx: &mut SqlConnection, guild_id: &GuildId) -> Result<(), StoreError> {
    sqlx::query("UPDATE guilds SET docs_version = docs_version + 1 WHERE id = $1")
        .bind(guild_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

async fn delete_document(tx: &mut SqlConnection, id: DocumentId) -> Result<(), StoreError> {
    sqlx::query(
        "DELETE FROM passage_index WHERE rowid IN (SELECT id FROM passages WHERE document_id = $1)",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM passages WHERE document_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM documents WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}
