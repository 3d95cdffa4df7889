//! Copying a whole SQLite database into an empty PostgreSQL one (`dealbell migrate-db`):
//! every table, row for row with its ids, in one PostgreSQL transaction, then checked
//! table by table and guild by guild — row counts and money totals — before it commits.

use super::{Db, Dialect, SqlRow, StoreError};
use crate::core::progress::Progress;
use futures_util::TryStreamExt;
use sqlx::{AssertSqlSafe, Column, Row};
use std::collections::BTreeMap;

/// Every table, parents before the tables that refer to them.
const TABLES: &[&str] = &[
    "guilds",
    "members",
    "teams",
    "team_members",
    "deals",
    "deal_audit",
    "closed_deal_days",
    "closed_deal_months",
    "activities",
    "pending_actions",
    "quotas",
    "quota_audit",
    "schedules",
    "schedule_firings",
    "stage_labels",
    "snapshot_days",
    "forecast_snapshots",
    "alert_settings",
    "alerts",
    "alert_checks",
    "comp_plans",
    "documents",
    "passages",
    "passage_index",
    "sample_docs_given",
    "handled_interactions",
    "nudges",
    "member_prefs",
    "contests",
    "duels",
    "outbox",
    "forgotten_members",
    "forgotten_names",
    "exchange_rates",
    "tv_links",
    "closed_deal_sums_paused",
];

/// The money columns whose totals must match, per guild, after the copy.
const MONEY: &[(&str, &str)] = &[
    ("deals", "amount_minor"),
    ("deals", "counted_minor"),
    ("closed_deal_days", "amount_minor"),
    ("closed_deal_months", "amount_minor"),
    ("quotas", "amount_minor"),
];

/// Rows inserted per statement (PostgreSQL takes at most 65,535 parameters).
const ROWS_PER_STATEMENT: usize = 500;

/// What was copied: rows per table, and the checks made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    pub rows: Vec<(&'static str, u64)>,
    pub guilds: u64,
    /// How many (table, guild) row counts and (column, guild) money totals were compared.
    pub checks: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("migrate-db copies from a SQLite database into a PostgreSQL one")]
    WrongWay,
    #[error(
        "the target database is not empty ({1} has {0} rows); migrate-db only fills an empty database, so that nothing there is overwritten or mixed. Point --to at a new database"
    )]
    TargetNotEmpty(i64, &'static str),
    #[error("the copy does not match the original ({0}); nothing was written to the target")]
    Mismatch(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CopyError {
    fn from(e: sqlx::Error) -> CopyError {
        CopyError::Store(e.into())
    }
}

/// The kinds of column the schema has (flags and money are integers, times text).
#[derive(Clone, Copy)]
enum Kind {
    Int,
    Text,
    Bytes,
}

/// One stored value, as it travels between the two databases.
enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

/// A source column's value, read as the target column's kind: a value SQLite stored in
/// another kind than its column's fails the copy, naming the table.
fn value_of(row: &SqlRow, index: usize, kind: Kind) -> Result<Value, sqlx::Error> {
    Ok(match kind {
        Kind::Int => Value::Int(row.try_get(index)?),
        Kind::Text => Value::Text(row.try_get(index)?),
        Kind::Bytes => Value::Bytes(row.try_get(index)?),
    })
}

/// The kind of each of `table`'s columns in the target.
async fn target_kinds(
    tx: &mut super::write_tx::WriteTx,
    table: &str,
) -> Result<BTreeMap<String, Kind>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT column_name::text AS c, data_type::text AS t FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            let kind = match r.try_get::<String, _>("t")?.as_str() {
                "bigint" | "integer" | "smallint" => Kind::Int,
                "bytea" => Kind::Bytes,
                _ => Kind::Text,
            };
            Ok((r.try_get("c")?, kind))
        })
        .collect()
}

impl Db {
    /// Copies this SQLite database into `target`, an empty PostgreSQL database, and
    /// checks the copy before committing it. `progress` counts the rows.
    pub async fn copy_into(
        &self,
        target: &Db,
        progress: &Progress,
    ) -> Result<CopyReport, CopyError> {
        if self.dialect() != Dialect::Sqlite || target.dialect() != Dialect::Postgres {
            return Err(CopyError::WrongWay);
        }
        for table in TABLES {
            let held = row_count(target, table).await?;
            if held > 0 {
                return Err(CopyError::TargetNotEmpty(held, table));
            }
        }
        let mut total = 0;
        for table in TABLES {
            total += u64::try_from(row_count(self, table).await?).unwrap_or(0);
        }
        progress.start(total);

        let mut tx = target.begin_write().await?;
        // The sums of closed deals are copied as they are: the triggers that keep them
        // stay out of the way while the deals go in.
        sqlx::query("ALTER TABLE deals DISABLE TRIGGER USER")
            .execute(&mut *tx)
            .await?;
        let mut rows = Vec::new();
        for table in TABLES {
            let copied = copy_table(self, &mut tx, table, progress).await?;
            rows.push((*table, copied));
        }
        sqlx::query("ALTER TABLE deals ENABLE TRIGGER USER")
            .execute(&mut *tx)
            .await?;
        // Identities continue after the copied ids.
        let identities: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'",
        )
        .fetch_all(&mut *tx)
        .await?;
        for table in identities {
            sqlx::query(AssertSqlSafe(format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false)
                 FROM {table}"
            )))
            .execute(&mut *tx)
            .await?;
        }
        let checks = compare(self, &mut tx).await?;
        tx.commit().await?;
        let guilds = rows
            .iter()
            .find(|(t, _)| *t == "guilds")
            .map_or(0, |(_, n)| *n);
        Ok(CopyReport {
            rows,
            guilds,
            checks,
        })
    }
}

async fn row_count(db: &Db, table: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&db.read)
        .await
}

/// Copies one table's rows in statements of ROWS_PER_STATEMENT; returns how many.
async fn copy_table(
    source: &Db,
    tx: &mut super::write_tx::WriteTx,
    table: &'static str,
    progress: &Progress,
) -> Result<u64, CopyError> {
    // The FTS5 table keeps the passage's id as its row id, which `*` leaves out.
    let select = if table == "passage_index" {
        "SELECT rowid, terms, heading, guild_id FROM passage_index".to_string()
    } else {
        format!("SELECT * FROM {table}")
    };
    let target = target_kinds(tx, table).await?;
    let mut stream = sqlx::query(AssertSqlSafe(select)).fetch(&source.read);
    let mut batch: Vec<Vec<Value>> = Vec::new();
    let mut columns: Vec<String> = Vec::new();
    let mut kinds: Vec<Kind> = Vec::new();
    let mut copied = 0;
    while let Some(row) = stream.try_next().await? {
        if columns.is_empty() {
            columns = row.columns().iter().map(|c| c.name().to_string()).collect();
            kinds = columns
                .iter()
                .map(|c| {
                    target.get(c).copied().ok_or_else(|| {
                        CopyError::Mismatch(format!("{table}.{c} has no column in the target"))
                    })
                })
                .collect::<Result<_, _>>()?;
        }
        batch.push(
            kinds
                .iter()
                .enumerate()
                .map(|(i, kind)| value_of(&row, i, *kind))
                .collect::<Result<_, _>>()
                .map_err(|e| CopyError::Mismatch(format!("a value in {table}: {e}")))?,
        );
        if batch.len() == ROWS_PER_STATEMENT {
            copied += insert_rows(tx, table, &columns, &batch).await?;
            progress.advance(batch.len() as u64);
            batch.clear();
        }
    }
    if !batch.is_empty() {
        copied += insert_rows(tx, table, &columns, &batch).await?;
        progress.advance(batch.len() as u64);
    }
    Ok(copied)
}

async fn insert_rows(
    tx: &mut super::write_tx::WriteTx,
    table: &str,
    columns: &[String],
    rows: &[Vec<Value>],
) -> Result<u64, CopyError> {
    let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES {}",
        quoted.join(", "),
        super::row_placeholders(Dialect::Postgres, rows.len(), columns.len())
    );
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for row in rows {
        for value in row {
            query = match value {
                Value::Int(i) => query.bind(*i),
                Value::Text(t) => query.bind(t.clone()),
                Value::Bytes(b) => query.bind(b.clone()),
            };
        }
    }
    Ok(query.execute(&mut **tx).await?.rows_affected())
}

/// Row counts per table and guild, and money totals per column and guild, on both
/// sides; the first difference fails the copy. Returns how many figures were compared.
async fn compare(source: &Db, tx: &mut super::write_tx::WriteTx) -> Result<u64, CopyError> {
    let mut checks = 0;
    for table in TABLES {
        let sql = match guild_column(table) {
            Some(column) => format!(
                "SELECT CAST({column} AS TEXT) AS g, COUNT(*) AS n FROM {table} GROUP BY {column}"
            ),
            None => format!("SELECT '' AS g, COUNT(*) AS n FROM {table}"),
        };
        checks += same_figures(source, tx, sql, &format!("{table}: rows per guild")).await?;
    }
    for (table, column) in MONEY {
        let sql = format!(
            "SELECT guild_id AS g, CAST(COALESCE(SUM({column}), 0) AS BIGINT) AS n FROM {table} GROUP BY guild_id"
        );
        let what = format!("{table}.{column}: totals per guild");
        checks += same_figures(source, tx, sql, &what).await?;
    }
    Ok(checks)
}

/// Runs `sql` (rows of a guild `g` and a figure `n`) on both sides; fails the copy,
/// saying `what`, if they differ. Returns how many figures were compared.
async fn same_figures(
    source: &Db,
    tx: &mut super::write_tx::WriteTx,
    sql: String,
    what: &str,
) -> Result<u64, CopyError> {
    let before = figures(
        sqlx::query(AssertSqlSafe(sql.clone()))
            .fetch_all(&source.read)
            .await?,
    )?;
    let after = figures(sqlx::query(AssertSqlSafe(sql)).fetch_all(&mut **tx).await?)?;
    if before != after {
        return Err(CopyError::Mismatch(format!(
            "{what} {before:?} before, {after:?} after"
        )));
    }
    Ok(before.len() as u64)
}

/// The column naming a row's guild, if the table has one.
fn guild_column(table: &str) -> Option<&'static str> {
    match table {
        "guilds" => Some("id"),
        "team_members" | "schedule_firings" | "handled_interactions" => None,
        _ => Some("guild_id"),
    }
}

fn figures(rows: Vec<SqlRow>) -> Result<BTreeMap<String, i64>, sqlx::Error> {
    rows.iter()
        .map(|r| Ok((r.try_get::<String, _>("g")?, r.try_get::<i64, _>("n")?)))
        .collect()
}
