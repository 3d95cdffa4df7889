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
mod backup;
mod comp;
mod contests;
mod copy;
#[macro_use]
mod deals;
mod docs;
mod guilds;
mod ids;
mod imports;
mod members;
mod nudges;
mod outbox;
mod pending;
mod privacy;
mod quotas;
mod rates;
mod schedules;
mod teams;
mod tv;
mod write_tx;

pub use crate::core::records::{
    DealImportSummary, DocumentInfo, Firing, OpenAlert, Schedule, TeamImportSummary, TeamView,
};
pub use activities::ActivityTotal;
pub use alerts::{DealChange, RuleOverride, Snapshot};
pub use backup::{BackupError, BackupStep, restore};
pub use comp::{LostAfterWin, StoredPlan, WonDeal};
pub use contests::{DuelStart, NewContest};
pub use copy::{CopyError, CopyReport};
pub use deals::{
    AuditEntry, AuditTrailRow, DealFilter, DealWriter, UndoOutcome, WinDays, WonTotal,
};
pub use docs::{NewDocument, NewPassage, StoredPassage};
pub use imports::{DealImport, DealImportRun, ImportMode};
pub use members::{Member, RepNames};
pub use nudges::{DueNudge, MemberPrefs, NudgeCandidate};
pub use outbox::{BurstRule, Enqueued, FiringRef, NewOutboxPost, OutboxPost};
pub use pending::PendingAction;
pub use privacy::Forgotten;
pub use quotas::MemberQuota;
pub use rates::StoredRate;
pub use schedules::{FiringEnd, NewSchedule};
pub use tv::{RecentWin, TvLink};
pub use write_tx::{GUILD_LOCKS, WRITE_LOCK};

use crate::core::closed_set::ClosedSet;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use sqlx::Row;
use sqlx::any::AnyPoolOptions;
use sqlx::sqlite::SqliteConnectOptions;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The database as sqlx sees it: `Any`, so that one query text serves SQLite and
/// PostgreSQL wherever their dialects agree. These names are the only place the store
/// says which.
pub(crate) type Sql = sqlx::Any;
pub(crate) type SqlRow = sqlx::any::AnyRow;
pub(crate) type SqlConnection = sqlx::AnyConnection;
pub(crate) type SqlArguments = sqlx::any::AnyArguments;
pub(crate) type SqlPool = sqlx::AnyPool;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The disk (or the database's size limit) is full: nothing was written.
    #[error("the database cannot be written: disk full")]
    DiskFull,
    /// The file or its folder cannot be written (permissions, a read-only mount).
    #[error("the database cannot be written: it is read-only")]
    ReadOnly,
    /// The disk failed under SQLite.
    #[error("the database cannot be written: disk error ({0})")]
    Io(String),
    #[error("database error: {0}")]
    Sqlx(sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the database folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{database} is not a Dealbell database: {why}. Nothing was changed; point --db (or DEALBELL_DATABASE_URL) at a Dealbell database or a new, empty one."
    )]
    NotDealbell { database: String, why: NotDealbell },
    #[error(
        "{database} was written by a newer Dealbell (schema version {version}); this one cannot read it safely. Nothing was changed; run the newer Dealbell, or restore a backup."
    )]
    Newer { database: String, version: i64 },
    #[error("cannot lock {path} while the database is checked: {source}")]
    Lock {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("backup: {0}")]
    Backup(#[from] BackupError),
    #[error("a stored value cannot be read: {0}")]
    Corrupt(String),
    /// Someone else changed the deal between reading and writing it.
    #[error("deal #{0} changed while this change was being made")]
    Conflict(crate::core::ids::DealNumber),
}

/// Why a file is not a Dealbell database.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotDealbell {
    /// SQLite cannot open or read it (its own words).
    #[error("it is not an SQLite database ({0})")]
    NotSqlite(String),
    /// It holds tables of something else (the first few named).
    #[error("it holds other tables ({0})")]
    OtherTables(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> StoreError {
        // SQLite's primary result codes (the low byte of the extended code).
        const SQLITE_READONLY: i64 = 8;
        const SQLITE_IOERR: i64 = 10;
        const SQLITE_FULL: i64 = 13;
        let code = e
            .as_database_error()
            .and_then(|d| d.code())
            .and_then(|c| c.parse::<i64>().ok())
            .map(|c| c & 0xff);
        match code {
            Some(SQLITE_FULL) => StoreError::DiskFull,
            Some(SQLITE_READONLY) => StoreError::ReadOnly,
            Some(SQLITE_IOERR) => StoreError::Io(e.to_string()),
            _ => StoreError::Sqlx(e),
        }
    }
}

/// Which database the store talks to, for the few statements their dialects write
/// differently (each such place keeps both texts side by side).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

/// The database. Cheap to clone: clones share the pools.
#[derive(Clone, Debug)]
pub struct Db {
    dialect: Dialect,
    /// One connection: SQLite has one writer at a time anyway, and a single writer
    /// keeps the tail latency low (waiters would otherwise sleep in SQLite's back-off).
    write: SqlPool,
    /// Readers see committed data through WAL while the writer works.
    read: SqlPool,
    /// Keeps a throwaway database's folder alive as long as the `Db`.
    _temporary: Option<Arc<tempfile::TempDir>>,
    /// Set once the managers have been told that writes fail; cleared by the next
    /// commit that succeeds. (Kept in memory: the database itself cannot be written.)
    write_failure_told: Arc<std::sync::atomic::AtomicBool>,
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
        // One process at a time checks and migrates a file; the others wait here, then
        // find it migrated.
        let _lock = lock_beside(path).await?;
        inspect(path).await?;
        sqlx::any::install_default_drivers();
        // No ping before each use: the connections are threads of this process, and a
        // ping is a round trip to that thread as dear as the statement it precedes (a
        // broken connection fails its statement anyway, and is reported).
        // The one writer keeps up to 64 MiB of pages (SQLite's default is 2 MiB): a big
        // import's transaction otherwise reads its own pages back from the WAL file.
        let write = AnyPoolOptions::new()
            .max_connections(1)
            .test_before_acquire(false)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::raw_sql(
                        // A confirmation is a promise: a commit is on disk before anyone hears ✔.
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;
                         PRAGMA cache_size = -65536;",
                    )
                    .execute(conn)
                    .await
                    .map(|_| ())
                })
            })
            .connect(&sqlite_url(path, "rwc"))
            .await?;
        MIGRATOR.run(&write).await?;
        check_writable(&write).await?;
        let read = AnyPoolOptions::new()
            .max_connections(4)
            .test_before_acquire(false)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::raw_sql("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
                        .execute(conn)
                        .await
                        .map(|_| ())
                })
            })
            .connect(&sqlite_url(path, "ro"))
            .await?;
        Ok(Db {
            dialect: Dialect::Sqlite,
            write,
            read,
            _temporary: temporary,
            write_failure_told: Arc::default(),
        })
    }

    /// Opens (migrating as needed) the PostgreSQL database at `url`, any form sqlx and
    /// libpq accept (`postgres://user@host/db`, or a socket folder: `?host=/run/pg`).
    pub async fn open_postgres(url: &str) -> Result<Db, StoreError> {
        sqlx::any::install_default_drivers();
        // Writes for different guilds overlap (see `begin_guild_write`): as many
        // writer connections as readers, so eight teams' writes can run at once.
        let write = AnyPoolOptions::new()
            .max_connections(8)
            .connect(url)
            .await?;
        inspect_postgres(&write, url).await?;
        POSTGRES_MIGRATOR.run(&write).await?;
        let read = AnyPoolOptions::new()
            .max_connections(8)
            .connect(url)
            .await?;
        Ok(Db {
            dialect: Dialect::Postgres,
            write,
            read,
            _temporary: None,
            write_failure_told: Arc::default(),
        })
    }

    pub(crate) fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The text of a statement the two dialects write differently: SQLite's, or
    /// PostgreSQL's (kept side by side where the statement is used).
    pub(crate) fn either(&self, sqlite: &'static str, postgres: &'static str) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => sqlite,
            Dialect::Postgres => postgres,
        }
    }

    /// True the first time since the last successful commit that a write failed for
    /// want of disk (so the managers hear of it once, not at every refused /win).
    pub fn first_write_failure(&self) -> bool {
        !self
            .write_failure_told
            .swap(true, std::sync::atomic::Ordering::SeqCst)
    }

    /// Waits for work in flight and closes every connection (checkpointing the WAL).
    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The URL sqlx's `Any` opens a SQLite file by, in `mode` (`rwc` or `ro`); the
/// characters a URL gives meaning to are escaped in the path.
fn sqlite_url(path: &Path, mode: &str) -> String {
    let path = path
        .to_string_lossy()
        .replace('%', "%25")
        .replace('?', "%3F")
        .replace('#', "%23");
    format!("sqlite://{path}?mode={mode}")
}

/// Holds an exclusive lock on `<database>.lock` until dropped.
async fn lock_beside(path: &Path) -> Result<std::fs::File, StoreError> {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let lock_path = PathBuf::from(name);
    let folder = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
            StoreError::ReadOnly
        }
        _ => StoreError::Lock {
            path: lock_path.clone(),
            source,
        },
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(folder)?;
    // Waiting for the lock blocks: wait on the blocking pool.
    tokio::task::spawn_blocking(move || file.lock().map(|()| file))
        .await
        .map_err(|e| StoreError::Corrupt(format!("waiting for the database lock: {e}")))?
        .map_err(folder)
}

/// Refuses, before anything is written, a file that is not a Dealbell database, or is
/// one from a newer Dealbell. A missing or empty file is a new database.
pub(crate) async fn inspect(path: &Path) -> Result<(), StoreError> {
    use sqlx::ConnectOptions;
    if std::fs::metadata(path).map_or(true, |m| m.len() == 0) {
        return Ok(());
    }
    let not_ours = |why: NotDealbell| StoreError::NotDealbell {
        database: path.display().to_string(),
        why,
    };
    // Read-only and without a journal mode, so that looking changes nothing.
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| not_ours(NotDealbell::NotSqlite(e.to_string())))?;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(|e| not_ours(NotDealbell::NotSqlite(e.to_string())))?;
    if tables.is_empty() {
        return Ok(());
    }
    let applied: Vec<i64> = if tables.iter().any(|t| t == "_sqlx_migrations") {
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(&mut conn)
            .await?
    } else {
        Vec::new()
    };
    refuse_foreign_or_newer(&path.display().to_string(), &tables, &applied, &MIGRATOR)
}

/// Refuses, before anything is written, a PostgreSQL database that holds tables of
/// something else, or Dealbell's of a newer version. An empty database is a new one.
async fn inspect_postgres(pool: &SqlPool, url: &str) -> Result<(), StoreError> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables
         WHERE table_schema = current_schema() ORDER BY table_name",
    )
    .fetch_all(pool)
    .await?;
    let applied: Vec<i64> = if tables.iter().any(|t| t == "_sqlx_migrations") {
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(pool)
            .await?
    } else {
        Vec::new()
    };
    refuse_foreign_or_newer(
        &crate::config::without_password(url),
        &tables,
        &applied,
        &POSTGRES_MIGRATOR,
    )
}

/// Decides from a database's tables and applied migrations whether this Dealbell may
/// migrate and use it: not when it holds tables but no migration record (someone
/// else's), nor when a migration this build does not know was applied (a newer
/// Dealbell's).
fn refuse_foreign_or_newer(
    database: &str,
    tables: &[String],
    applied: &[i64],
    migrator: &sqlx::migrate::Migrator,
) -> Result<(), StoreError> {
    if tables.is_empty() {
        return Ok(());
    }
    if !tables.iter().any(|t| t == "_sqlx_migrations") {
        let shown: Vec<&str> = tables.iter().take(5).map(String::as_str).collect();
        return Err(StoreError::NotDealbell {
            database: database.to_string(),
            why: NotDealbell::OtherTables(format!(
                "{}{}",
                shown.join(", "),
                if tables.len() > 5 { ", …" } else { "" }
            )),
        });
    }
    let known: Vec<i64> = migrator.iter().map(|m| m.version).collect();
    if let Some(newer) = applied.iter().find(|v| !known.contains(v)) {
        return Err(StoreError::Newer {
            database: database.to_string(),
            version: *newer,
        });
    }
    Ok(())
}

/// Finds out at start-up, not on the first /win, that the database cannot be written.
async fn check_writable(write: &SqlPool) -> Result<(), StoreError> {
    let mut conn = write.acquire().await?;
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
    let probe = sqlx::query("CREATE TABLE _dealbell_write_check (x)")
        .execute(&mut *conn)
        .await;
    // Nothing of the probe stays, whatever it found.
    let rolled_back = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    probe?;
    rolled_back?;
    Ok(())
}

/// The dialect of a connection taken from one of the pools.
pub(crate) fn dialect_of(conn: &SqlConnection) -> Dialect {
    if conn.backend_name().eq_ignore_ascii_case("postgresql") {
        Dialect::Postgres
    } else {
        Dialect::Sqlite
    }
}

/// A list bound as one JSON array and read in SQL as a set: on SQLite `IN (SELECT value
/// FROM json_each($n))`, on PostgreSQL `IN (SELECT value FROM
/// json_array_elements_text($n::json))` (text: cast it for ids, `value::bigint`). Ids,
/// or closed sets (which serialize as their keys).
pub(crate) fn json_list<T: serde::Serialize>(items: &[T]) -> Result<String, StoreError> {
    serde_json::to_string(items).map_err(|e| StoreError::Corrupt(format!("a list to bind: {e}")))
}

/// The placeholders of `rows` rows of `columns` values each, bound in order:
/// `($1, …, $n), ($n+1, …), …` on PostgreSQL, `(?, …), …` on SQLite. SQLite finds a
/// numbered parameter's number by a walk over all the statement's names, so binding a
/// statement of n numbered parameters takes n² steps (minutes for an import's 22,000);
/// anonymous ones bind in n.
pub(crate) fn row_placeholders(dialect: Dialect, rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let values: Vec<String> = (1..=columns)
                .map(|column| match dialect {
                    Dialect::Sqlite => "?".to_string(),
                    Dialect::Postgres => format!("${}", row * columns + column),
                })
                .collect();
            format!("({})", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A flag column (0 or 1: both databases store flags as integers, and an expression
/// that is a flag is written `CASE WHEN … THEN 1 ELSE 0 END`).
pub(crate) fn flag(row: &SqlRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}

/// A nullable flag column (from an outer join); a missing row is not set.
pub(crate) fn optional_flag(row: &SqlRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row
        .try_get::<Option<i64>, _>(column)?
        .is_some_and(|f| f != 0))
}

/// A column holding a closed set's key; an unknown key means a damaged database.
pub(crate) fn closed_key<T: ClosedSet>(row: &SqlRow, column: &str) -> Result<T, StoreError> {
    let text: String = row.try_get(column)?;
    T::from_key(&text).ok_or_else(|| StoreError::Corrupt(format!("{column} {text:?}")))
}

/// A nullable column holding a closed set's key.
pub(crate) fn optional_closed_key<T: ClosedSet>(
    row: &SqlRow,
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

/// The row id a quota subject is stored under beside its kind (0 for everyone).
pub(crate) fn subject_row_id(subject: crate::core::quota::QuotaSubject) -> i64 {
    use crate::core::quota::QuotaSubject;
    match subject {
        QuotaSubject::Member(id) => id.into(),
        QuotaSubject::Team(id) => id.into(),
        QuotaSubject::Everyone => 0,
    }
}
