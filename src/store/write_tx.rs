//! Write transactions that cannot outlive a failure.
//!
//! Every write transaction begins `IMMEDIATE`, so it takes the write lock first (and
//! waits the busy timeout for it) instead of failing at once when a read turns into a
//! write under another writer. Its `COMMIT` either succeeds or the connection it ran on
//! is closed, which rolls back whatever SQLite left open. sqlx's own transactions keep
//! a depth counter that a failed `COMMIT` leaves raised; later transactions then became
//! savepoints inside one that never committed, and confirmed wins vanished after a full
//! disk. Here sqlx's counter is never involved, and a transaction dropped without a
//! commit (an error, or a cancelled future) takes its connection with it.

use super::{Db, Dialect, StoreError};
use crate::core::ids::GuildId;
use crate::store::Sql;
use crate::store::{SqlArguments, SqlConnection, SqlRow};
use sqlx::pool::PoolConnection;
use sqlx::query::Query;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// An open write transaction on the writer connection.
pub(crate) struct WriteTx {
    /// None once committed or rolled back.
    conn: Option<PoolConnection<Sql>>,
    /// Cleared by a commit that succeeds: writes work again.
    failure_told: Arc<AtomicBool>,
}

/// The advisory lock every PostgreSQL write transaction takes first (any number, the
/// same in every process): a write for one guild holds it shared, a write that may
/// touch any guild holds it alone. So writes for one guild run one at a time, across
/// all processes, as every write does on SQLite, and the store's read-then-write
/// transactions mean the same on both; writes for different guilds overlap.
pub const WRITE_LOCK: i64 = 0x6465_616c_6265_6c6c;
/// The first half of a guild's own advisory lock; the second is its id's hash (two
/// guilds that share a hash only wait for each other).
pub const GUILD_LOCKS: i32 = 0x6465_616c;

/// What a write transaction may change, and so which writes it waits for on
/// PostgreSQL.
#[derive(Clone, Copy)]
pub(crate) enum WriteScope<'a> {
    /// Any guild's rows: waits for every other write.
    AnyGuild,
    /// One guild's rows: waits for that guild's writes and for `AnyGuild` ones.
    Guild(&'a GuildId),
}

impl Db {
    /// Begins a transaction that may write any guild's rows (claims across guilds,
    /// migrate-db): SQLite's `BEGIN IMMEDIATE`, or PostgreSQL's `BEGIN` and the write
    /// lock held alone.
    pub(crate) async fn begin_write(&self) -> Result<WriteTx, StoreError> {
        self.begin(WriteScope::AnyGuild).await
    }

    /// Begins a transaction that writes only `guild_id`'s rows: on SQLite the same
    /// single writer as `begin_write`; on PostgreSQL it waits only for that guild's
    /// writes and for writes to any guild.
    pub(crate) async fn begin_guild_write(
        &self,
        guild_id: &GuildId,
    ) -> Result<WriteTx, StoreError> {
        self.begin(WriteScope::Guild(guild_id)).await
    }

    async fn begin(&self, scope: WriteScope<'_>) -> Result<WriteTx, StoreError> {
        let mut conn = self.write.acquire().await?;
        let began = match self.dialect() {
            Dialect::Sqlite => sqlx::query("BEGIN IMMEDIATE")
                .execute(&mut *conn)
                .await
                .map(drop),
            Dialect::Postgres => begin_with_write_lock(&mut conn, scope).await,
        };
        if let Err(e) = began {
            discard(conn);
            return Err(e.into());
        }
        Ok(WriteTx {
            conn: Some(conn),
            failure_told: self.write_failure_told.clone(),
        })
    }
}

impl Db {
    /// Runs `script`, a whole transaction written out from `BEGIN IMMEDIATE;` to
    /// `COMMIT;` (its parameters `$N`, bound by `bind`), and returns the rows its
    /// statements return, in order. For the writes every command waits behind (a win):
    /// on SQLite it goes in one round trip to the writer connection's thread — with a
    /// round trip per statement, the writer sat idle between statements while the task
    /// holding it waited its turn to run, and every waiting win paid for that.
    /// PostgreSQL takes one statement per round trip: there each statement of the script
    /// runs in one write transaction of `scope`, given every parameter. If a
    /// statement fails, or the call is cancelled, the connection is closed, which rolls
    /// the transaction back.
    pub(crate) async fn write_script<'q>(
        &self,
        scope: WriteScope<'_>,
        script: &'static str,
        bind: impl Fn(Query<'q, Sql, SqlArguments>) -> Query<'q, Sql, SqlArguments>,
    ) -> Result<Vec<SqlRow>, StoreError> {
        if self.dialect() == Dialect::Postgres {
            let mut tx = self.begin(scope).await?;
            let mut rows = Vec::new();
            for statement in script.split(';').map(str::trim) {
                if statement.is_empty() || statement == "BEGIN IMMEDIATE" || statement == "COMMIT" {
                    continue;
                }
                rows.extend(bind(sqlx::query(statement)).fetch_all(&mut *tx).await?);
            }
            tx.commit().await?;
            return Ok(rows);
        }
        let mut tx = WriteTx {
            conn: Some(self.write.acquire().await?),
            failure_told: self.write_failure_told.clone(),
        };
        let rows = bind(sqlx::query(script)).fetch_all(&mut *tx).await?;
        // The script's own COMMIT succeeded: the connection goes back to the pool.
        tx.failure_told.store(false, Ordering::SeqCst);
        tx.conn.take();
        Ok(rows)
    }
}

impl WriteTx {
    /// Makes the transaction durable, or reports why it is not (and drops the connection,
    /// so that nothing of it can be committed later by accident).
    pub(crate) async fn commit(mut self) -> Result<(), StoreError> {
        let Some(mut conn) = self.conn.take() else {
            return Ok(());
        };
        match sqlx::query("COMMIT").execute(&mut *conn).await {
            Ok(_) => {
                self.failure_told.store(false, Ordering::SeqCst);
                Ok(())
            }
            Err(e) => {
                discard(conn);
                Err(e.into())
            }
        }
    }

    /// Abandons the transaction (a preview that only counted).
    pub(crate) async fn rollback(mut self) -> Result<(), StoreError> {
        let Some(mut conn) = self.conn.take() else {
            return Ok(());
        };
        if let Err(e) = sqlx::query("ROLLBACK").execute(&mut *conn).await {
            discard(conn);
            return Err(e.into());
        }
        Ok(())
    }
}

/// PostgreSQL's `BEGIN`, then the write locks of `scope`, held until the transaction
/// ends. A guild's write takes the shared lock before its guild's (the subquery runs
/// first): always in that order, so no two writes can each hold what the other awaits.
async fn begin_with_write_lock(
    conn: &mut SqlConnection,
    scope: WriteScope<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query("BEGIN").execute(&mut *conn).await?;
    match scope {
        WriteScope::AnyGuild => {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(WRITE_LOCK)
                .execute(&mut *conn)
                .await?;
        }
        WriteScope::Guild(guild_id) => {
            sqlx::query(
                "SELECT pg_advisory_xact_lock($2, hashtext($3))
                 FROM (SELECT pg_advisory_xact_lock_shared($1)) AS shared_first",
            )
            .bind(WRITE_LOCK)
            .bind(GUILD_LOCKS)
            .bind(guild_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Closes a connection instead of returning it to the pool; closing rolls back any
/// transaction still open on it, and the pool opens a fresh one when next asked.
fn discard(conn: PoolConnection<Sql>) {
    drop(conn.detach());
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            tracing::debug!("write transaction dropped before its commit; closing its connection");
            discard(conn);
        }
    }
}

impl Deref for WriteTx {
    type Target = SqlConnection;
    fn deref(&self) -> &SqlConnection {
        match &self.conn {
            Some(conn) => conn,
            // Committing or rolling back consumes the transaction, so no one can reach it.
            None => unreachable!("a finished write transaction is not used"),
        }
    }
}

impl DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut SqlConnection {
        match &mut self.conn {
            Some(conn) => conn,
            None => unreachable!("a finished write transaction is not used"),
        }
    }
}
