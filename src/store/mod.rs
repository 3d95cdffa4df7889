//! The only place SQL lives. One `Db` owns the pools; each file adds the queries for
//! one family of tables. Changes that touch more than one row run in a transaction.
//!
//! Guild scope: every query a command makes takes the guild's id and filters on it,
//! or on a row id that the same call has just read through a guild-filtered query (a
//! document's passages, a schedule's firings). The scheduler's own queries (running
//! schedules, due retries, the list of guilds) span every guild on purpose; what they
//! find is then handled one guild at a time.

mod activities;
mod alerts;
mod comp;
#[macro_use]
mod deals;
mod docs;
mod guilds;
mod ids;
mod imports;
mod members;
mod pending;
mod quotas;
mod schedules;
mod teams;

pub use crate::core::records::{
    DealImportSummary, DocumentInfo, Firing, OpenAlert, Schedule, TeamImportSummary, TeamView,
};
pub use activities::ActivityTotal;
pub use alerts::{DealChange, RuleOverride, Snapshot};
pub use comp::{LostAfterWin, StoredPlan, WonDeal};
pub use deals::{AuditEntry, AuditTrailRow, DealFilter, UndoOutcome, WonTotal};
pub use docs::{Hit, NewDocument, NewPassage};
pub use imports::ImportMode;
pub use members::Member;
pub use pending::PendingAction;
pub use schedules::{FiringEnd, NewSchedule};

use crate::core::closed_set::ClosedSet;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the database folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("a stored value cannot be read: {0}")]
    Corrupt(String),
    /// Someone else changed the deal between reading and writing it.
    #[error("deal #{0} changed while this change was being made")]
    Conflict(i64),
}

/// The database. Cheap to clone: clones share the pools.
#[derive(Clone, Debug)]
pub struct Db {
    /// One connection: SQLite has one writer at a time anyway, and a single writer
    /// keeps the tail latency low (waiters would otherwise sleep in SQLite's back-off).
    write: SqlitePool,
    /// Readers see committed data through WAL while the writer works.
    read: SqlitePool,
    /// Keeps a throwaway database's folder alive as long as the `Db`.
    _temporary: Option<Arc<tempfile::TempDir>>,
}

impl Db {
    /// Opens (creating and migrating as needed) the database file at `path`.
    pub async fn open(path: &Path) -> Result<Db, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Folder {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        Db::open_file(path, None).await
    }

    /// A database in a fresh temporary folder, removed when the last clone is dropped.
    /// It behaves exactly like a real file (WAL, two pools), unlike SQLite's `:memory:`.
    pub async fn open_temporary() -> Result<Db, StoreError> {
        let dir = tempfile::Builder::new()
            .prefix("dealbell-")
            .tempdir()
            .map_err(|source| StoreError::Folder {
                path: std::env::temp_dir(),
                source,
            })?;
        let path = dir.path().join("dealbell.db");
        Db::open_file(&path, Some(Arc::new(dir))).await
    }

    async fn open_file(
        path: &Path,
        temporary: Option<Arc<tempfile::TempDir>>,
    ) -> Result<Db, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("./migrations").run(&write).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.read_only(true))
            .await?;
        Ok(Db {
            write,
            read,
            _temporary: temporary,
        })
    }

    /// Waits for work in flight and closes every connection (checkpointing the WAL).
    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// A column holding a closed set's key; an unknown key means a damaged database.
pub(crate) fn closed_key<T: ClosedSet>(row: &SqliteRow, column: &str) -> Result<T, StoreError> {
    let text: String = row.try_get(column)?;
    T::from_key(&text).ok_or_else(|| StoreError::Corrupt(format!("{column} {text:?}")))
}

/// A nullable column holding a closed set's key.
pub(crate) fn optional_closed_key<T: ClosedSet>(
    row: &SqliteRow,
    column: &str,
) -> Result<Option<T>, StoreError> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| T::from_key(&t).ok_or_else(|| StoreError::Corrupt(format!("{column} {t:?}"))))
        .transpose()
}

/// UTC instants are stored as RFC 3339 text with milliseconds: sortable as text.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| StoreError::Corrupt(format!("timestamp {text:?}")))
}

pub(crate) fn optional_timestamp(
    text: Option<String>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    text.as_deref().map(parse_timestamp).transpose()
}

pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("date {text:?}")))
}

pub(crate) fn parse_optional_date(text: Option<String>) -> Result<Option<NaiveDate>, StoreError> {
    text.as_deref().map(parse_date).transpose()
}
