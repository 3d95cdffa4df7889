//! `/win` stored and answered per second, from one writer and from 8 at once (in one
//! team, and each in a team of its own), against
//! the floor: raw SQLite doing the same two inserts (the deal and its audit row) with the
//! same durability (WAL, `synchronous=FULL`, one transaction a win that begins
//! IMMEDIATE), on a file of its own in the same run.
//!
//!     cargo bench --bench writes
//!
//! On PostgreSQL (a throwaway cluster, as the tests start it), against the same two
//! inserts through the raw PostgreSQL driver in one transaction:
//!
//!     DEALBELL_BENCH_BACKEND=postgres cargo bench --bench writes
//!
//! Prints a table for docs/BENCHMARKS.md. Nothing is asserted: figures vary by machine.

// A benchmark that cannot set up should stop there and say why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod measure;

/// Read by the test support: the teams' database is chosen here, not by it.
pub const ON_POSTGRES: bool = false;

#[allow(dead_code)] // a bench uses part of the test support
#[path = "../tests/it/support/mod.rs"]
mod support;

/// True when DEALBELL_BENCH_BACKEND=postgres.
fn on_postgres() -> bool {
    std::env::var("DEALBELL_BENCH_BACKEND").as_deref() == Ok("postgres")
}

/// A new database in the throwaway PostgreSQL cluster.
async fn postgres_database() -> String {
    support::postgres::available()
        .unwrap_or_else(|why| panic!("{why}"))
        .new_database()
        .await
}

use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::commands::{
    self,
    invocation::{Caller, Invocation, OptionValue},
};
use dealbell::config::Config;
use measure::{ms, percentile};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Wins each run logs in all, whatever the number of writers.
const WINS: usize = 2_000;

/// What one run measured: wins a second, and each win's latency (sorted).
struct Run {
    per_second: f64,
    latencies: Vec<Duration>,
}

/// The team writer `writer` logs wins in, when `teams` teams share the writers.
fn team_of(writer: usize, teams: usize) -> String {
    format!("bench{}", writer % teams)
}

fn win(writer: usize, n: usize, teams: usize) -> Invocation {
    let mut options = BTreeMap::new();
    let text = |s: String| OptionValue::String(s);
    options.insert("amount".into(), text(format!("{}", 1_000 + n % 5_000)));
    options.insert("customer".into(), text(format!("Customer {writer}-{n}")));
    Invocation {
        guild_id: dealbell::console::guild_id_for(&team_of(writer, teams)),
        guild_name: team_of(writer, teams),
        channel_id: None,
        caller: Caller {
            user_id: format!("rep{writer}").into(),
            display_name: format!("Rep {writer}"),
            roles: Vec::new(),
            manages_server: false,
        },
        locale: None,
        path: vec!["win".into()],
        options,
    }
}

/// `writers` tasks share WINS /win commands through the command layer (what Discord and
/// the console call), each waiting for its reply before the next.
async fn dealbell(writers: usize, teams: usize) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    let database = if on_postgres() {
        Database::Postgres(postgres_database().await)
    } else {
        Database::File(dir.path().join("wins.db"))
    };
    let app = App::build(Config::defaults(), database, clock)
        .await
        .unwrap();
    // The team and its reps exist before the clock starts.
    for w in 0..writers {
        commands::run(&app, &win(w, 0, teams)).await.unwrap();
    }
    let db = app.db.clone();
    let run = measure(writers, move |w, n| {
        let app = app.clone();
        async move {
            commands::run(&app, &win(w, n + 1, teams)).await.unwrap();
        }
    })
    .await;
    db.close().await;
    run
}

/// Runs `one(writer, n)` WINS times in all, from `writers` tasks at once, each waiting
/// for its call before the next.
async fn measure<F, Fut>(writers: usize, one: F) -> Run
where
    F: Fn(usize, usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..writers {
        let one = one.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for n in 0..WINS / writers {
                let at = Instant::now();
                one(w, n).await;
                latencies.push(at.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    Run {
        per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
        latencies,
    }
}

/// What the floors write for win `n` of `writer`: the deal's owner, customer and amount,
/// and the audit row's JSON.
fn floor_win(writer: usize, n: usize) -> (i64, String, i64, String) {
    (
        writer as i64,
        format!("Customer {writer}-{n}"),
        (1_000 + n % 5_000) as i64 * 100,
        format!("{{\"customer\":\"Customer {writer}-{n}\"}}"),
    )
}

/// The floor: the same two rows a win writes, straight into SQLite.
async fn raw_sqlite(writers: usize, teams: usize) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let options = SqliteConnectOptions::new()
        .filename(dir.path().join("raw.db"))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(5));
    // One writer connection, as Dealbell has: SQLite takes one writer at a time anyway.
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap();
    for sql in [
        "CREATE TABLE deals (id INTEGER PRIMARY KEY, guild_id TEXT NOT NULL, number INTEGER NOT NULL,
             owner_id INTEGER NOT NULL, customer TEXT NOT NULL, amount_minor INTEGER NOT NULL,
             currency TEXT NOT NULL, closed_on TEXT NOT NULL, UNIQUE (guild_id, number))",
        "CREATE TABLE deal_audit (id INTEGER PRIMARY KEY, guild_id TEXT NOT NULL, deal_id INTEGER NOT NULL,
             action TEXT NOT NULL, after_json TEXT NOT NULL, at TEXT NOT NULL)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    let run = {
        let pool = pool.clone();
        measure(writers, move |w, n| {
            let pool = pool.clone();
            async move {
                let (owner, customer, amount, audit) = floor_win(w, n);
                let mut conn = pool.acquire().await.unwrap();
                sqlx::query("BEGIN IMMEDIATE")
                    .execute(&mut *conn)
                    .await
                    .unwrap();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO deals (guild_id, number, owner_id, customer, amount_minor, currency, closed_on)
                     VALUES (?1, (SELECT COALESCE(MAX(number), 0) + 1 FROM deals WHERE guild_id = ?1),
                             ?2, ?3, ?4, 'EUR', '2026-03-10')
                     RETURNING id",
                )
                .bind(team_of(w, teams))
                .bind(owner)
                .bind(customer)
                .bind(amount)
                .fetch_one(&mut *conn)
                .await
                .unwrap();
                sqlx::query(
                    "INSERT INTO deal_audit (guild_id, deal_id, action, after_json, at)
                     VALUES (?, ?, 'won', ?, '2026-03-10T09:00:00Z')",
                )
                .bind(team_of(w, teams))
                .bind(id)
                .bind(audit)
                .execute(&mut *conn)
                .await
                .unwrap();
                sqlx::query("COMMIT").execute(&mut *conn).await.unwrap();
            }
        })
        .await
    };
    pool.close().await;
    run
}

/// The floor on PostgreSQL: the same two rows, through the raw driver, one transaction
/// a win, eight connections (as many as Dealbell's writers and readers together use).
async fn raw_postgres(writers: usize, teams: usize) -> Run {
    use sqlx::postgres::PgPoolOptions;
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .connect(&postgres_database().await)
        .await
        .unwrap();
    for sql in [
        "CREATE TABLE deals (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, guild_id TEXT NOT NULL,
             number BIGINT NOT NULL, owner_id BIGINT NOT NULL, customer TEXT NOT NULL,
             amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, closed_on TEXT NOT NULL,
             UNIQUE (guild_id, number))",
        "CREATE TABLE counters (guild_id TEXT PRIMARY KEY, next_number BIGINT NOT NULL)",
        "CREATE TABLE deal_audit (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
             guild_id TEXT NOT NULL, deal_id BIGINT NOT NULL, action TEXT NOT NULL,
             after_json TEXT NOT NULL, at TEXT NOT NULL)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    for team in 0..teams {
        sqlx::query("INSERT INTO counters VALUES ($1, 1)")
            .bind(team_of(team, teams))
            .execute(&pool)
            .await
            .unwrap();
    }
    let run = {
        let pool = pool.clone();
        measure(writers, move |w, n| {
            let pool = pool.clone();
            async move {
                let (owner, customer, amount, audit) = floor_win(w, n);
                let mut tx = pool.begin().await.unwrap();
                // The guild's counter row is the lock that keeps numbers in order.
                let id: i64 = sqlx::query_scalar(
                    "WITH next AS (UPDATE counters SET next_number = next_number + 1
                                   WHERE guild_id = $4 RETURNING next_number - 1 AS number)
                     INSERT INTO deals (guild_id, number, owner_id, customer, amount_minor, currency, closed_on)
                     SELECT $4, number, $1, $2, $3, 'EUR', '2026-03-10' FROM next
                     RETURNING id",
                )
                .bind(owner)
                .bind(customer)
                .bind(amount)
                .bind(team_of(w, teams))
                .fetch_one(&mut *tx)
                .await
                .unwrap();
                sqlx::query(
                    "INSERT INTO deal_audit (guild_id, deal_id, action, after_json, at)
                     VALUES ($3, $1, 'won', $2, '2026-03-10T09:00:00Z')",
                )
                .bind(id)
                .bind(audit)
                .bind(team_of(w, teams))
                .execute(&mut *tx)
                .await
                .unwrap();
                tx.commit().await.unwrap();
            }
        })
        .await
    };
    pool.close().await;
    run
}

fn main() {
    let runtime = measure::runtime();
    runtime.block_on(async {
        println!(
            "| writers | teams | Dealbell wins/s | floor wins/s | Dealbell ÷ floor | Dealbell p50 | Dealbell p99 | floor p50 | floor p99 |"
        );
        println!("|---|---|---|---|---|---|---|---|---|");
        for (writers, teams) in [(1, 1), (8, 1), (8, 8)] {
            let ours = dealbell(writers, teams).await;
            let floor = if on_postgres() {
                raw_postgres(writers, teams).await
            } else {
                raw_sqlite(writers, teams).await
            };
            println!(
                "| {writers} | {teams} | {:.0} | {:.0} | {:.2}× | {} | {} | {} | {} |",
                ours.per_second,
                floor.per_second,
                ours.per_second / floor.per_second,
                ms(percentile(&ours.latencies, 0.50)),
                ms(percentile(&ours.latencies, 0.99)),
                ms(percentile(&floor.latencies, 0.50)),
                ms(percentile(&floor.latencies, 0.99)),
            );
        }
    });
}
