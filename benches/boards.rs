//! Leaderboard, forecast and chart timings, for docs/BENCHMARKS.md:
//!
//!     cargo bench --bench boards
//!
//! Through the console, so each figure is a whole command: parse, both periods'
//! queries (the board and the one before it, for movement), ranking and rendering.
//!
//! The million-deal shapes only, on PostgreSQL (a throwaway cluster, as the tests
//! start it), the floor being the plain GROUP BY through the raw PostgreSQL driver:
//!
//!     DEALBELL_BENCH_BACKEND=postgres cargo bench --bench boards

// A benchmark that cannot set up should stop there and say why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod measure;
/// Read by the test support: this benchmark's teams live in SQLite files.
pub const ON_POSTGRES: bool = false;

#[allow(dead_code)] // a bench uses part of the test support
#[path = "../tests/it/support/mod.rs"]
mod support;

use measure::{median, ms};
use std::io::Write;
use std::time::{Duration, Instant};
use support::Driver;

async fn time(d: &mut Driver, line: &str, runs: usize) -> Duration {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        d.ok(line).await;
        samples.push(start.elapsed());
    }
    median(samples)
}

/// A year of deals for 50 reps in Dealbell's import format, deterministic.
fn synthetic_csv(deals: usize) -> tempfile::NamedTempFile {
    synthetic_shape_csv(deals, 50, 1)
}

/// `deals` deals over `reps` reps and `years` years ending with 2026, deterministic.
fn synthetic_shape_csv(deals: usize, reps: u64, years: u64) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::with_suffix(".csv").unwrap();
    writeln!(
        f,
        "external_id,rep,customer,stage,amount,currency,closed_on"
    )
    .unwrap();
    let mut x: u64 = 42;
    for i in 0..deals {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let rep = (x >> 33) % reps;
        let day = (x >> 20) % (365 * years);
        let first_year = 2027 - i32::try_from(years).unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap()
            + chrono::Duration::days(day as i64);
        let amount = 500 + (x >> 40) % 50_000;
        let (stage, closed) = match (x >> 8) % 20 {
            0..=11 => ("won", date.to_string()),
            12..=16 => ("lost", date.to_string()),
            _ => ("proposal", String::new()),
        };
        writeln!(
            f,
            "S{i},Rep {rep:04},Customer {},{stage},{amount},EUR,{closed}",
            i % 997
        )
        .unwrap();
    }
    f.flush().unwrap();
    f
}

fn main() {
    let runtime = measure::runtime();
    runtime.block_on(async {
        println!("| what | median |");
        println!("|---|---|");
        if std::env::var("DEALBELL_BENCH_BACKEND").as_deref() == Ok("postgres") {
            million_on_postgres(50, 1).await;
            million_on_postgres(1_000, 3).await;
            return;
        }
        if let Some(dir) = support::crm_sample("the CRM sample board benchmark") {
            let mut d = Driver::new().await;
            d.ok(&format!(
                "/import kind:deals file:@{} confirm:true",
                dir.join("sales_pipeline.csv").display()
            ))
            .await;
            d.ok(":now 2017-12-31 12:00").await;
            for (label, line) in [
                (
                    "crm-sample (8,800 deals): /leaderboard period:year",
                    "/leaderboard period:year",
                ),
                (
                    "crm-sample: /leaderboard period:quarter",
                    "/leaderboard period:quarter",
                ),
                (
                    "crm-sample: /leaderboard metric:win_rate period:year",
                    "/leaderboard metric:win_rate period:year",
                ),
            ] {
                println!("| {label} | {} |", ms(time(&mut d, line, 30).await));
            }
        }
        let mut d = Driver::new().await;
        d.ok("/setup currency:EUR").await;
        let csv = synthetic_csv(100_000);
        let start = Instant::now();
        let r = d
            .ok(&format!(
                "/import kind:deals file:@{} confirm:true",
                csv.path().display()
            ))
            .await;
        assert_eq!(r["data"]["created"], 100_000);
        println!(
            "| synthetic: import 100,000 deals | {} |",
            ms(start.elapsed())
        );
        d.ok(":now 2026-12-15 12:00").await;
        for (label, line) in [
            (
                "synthetic (100,000 deals, 50 reps): /leaderboard period:year",
                "/leaderboard period:year",
            ),
            (
                "synthetic: /leaderboard period:quarter",
                "/leaderboard period:quarter",
            ),
            (
                "synthetic: /leaderboard period:month",
                "/leaderboard period:month",
            ),
            (
                "synthetic: /leaderboard metric:win_rate period:year",
                "/leaderboard metric:win_rate period:year",
            ),
            (
                "synthetic: /leaderboard period:month chart:true",
                "/leaderboard period:month chart:true",
            ),
            (
                "synthetic: /forecast everyone:true (this quarter)",
                "/forecast show everyone:true",
            ),
            (
                "synthetic: /forecast everyone:true period:year",
                "/forecast show everyone:true period:year",
            ),
        ] {
            println!("| {label} | {} |", ms(time(&mut d, line, 20).await));
        }
        // A scheduler step on a new day takes every subject's snapshot (everyone and 50
        // reps, for the month and the quarter); with an alerts schedule it also checks
        // every rule.
        println!(
            "| synthetic: daily forecast snapshots (51 subjects × month and quarter) | {} |",
            ms(time(&mut d, ":advance 1d", 7).await)
        );
        d.ok("/setup managers_channel:#managers").await;
        d.ok("/schedule add kind:alerts cron:\"daily 09:00\"").await;
        let first = Instant::now();
        d.ok(":advance 1d").await;
        println!(
            "| synthetic: daily snapshots + the first alerts check (all six rules; 25,000 stale deals become alerts) | {} |",
            ms(first.elapsed())
        );
        println!(
            "| synthetic: daily snapshots + a later alerts check (the same alerts, nothing new to send) | {} |",
            ms(time(&mut d, ":advance 1d", 7).await)
        );
        let rows: Vec<dealbell::render::chart::ChartRow> = (0..10)
            .map(|i| dealbell::render::chart::ChartRow {
                rank: (i + 1).to_string(),
                name: [
                    "Zofia Wójcik",
                    "王芳",
                    "ليلى حداد",
                    "Jürgen Groß",
                    "Ștefan Popescu",
                ][i % 5]
                    .to_string(),
                value: format!("{},000 EUR", 200 - i * 10),
                share_bp: 10_000 - i as i64 * 700,
                highlight: i == 3,
            })
            .collect();
        let mut samples = Vec::new();
        for _ in 0..50 {
            let start = Instant::now();
            dealbell::render::chart::leaderboard(
                "Revenue won — December 2026",
                "Acme · Europe/Berlin",
                &rows,
                "Nobody on the board yet",
            )
            .unwrap();
            samples.push(start.elapsed());
        }
        println!(
            "| chart: 10-row leaderboard PNG (Latin, CJK, Arabic names) | {} |",
            ms(median(samples))
        );
        let mut samples = Vec::new();
        for _ in 0..50 {
            let start = Instant::now();
            dealbell::render::chart::quota(
                "ليلى حداد — December 2026",
                "Europe/Berlin",
                5_750,
                7_000,
                &["57.5 % of 200,000 EUR".into()],
            )
            .unwrap();
            samples.push(start.elapsed());
        }
        println!("| chart: quota progress PNG | {} |", ms(median(samples)));
        million(50, 1).await;
        million(1_000, 3).await;
    });
}

/// A fiscal-year board over 1,000,000 deals of `reps` reps over `years` years, against
/// the plain GROUP BY over the same file (the floor a board could not beat without
/// precomputed sums) and against the per-day sums alone (what boards read before the
/// per-month sums).
async fn million(reps: u64, years: u64) {
    let shape = format!("1,000,000 deals, {reps} reps, {years} year(s)");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("million.db");
    let mut d = imported_million(
        dealbell::app::Database::File(path.clone()),
        &shape,
        reps,
        years,
    )
    .await;
    let board = time(&mut d, "/leaderboard period:year", 20).await;
    let mut conn = support::read_only(&path).await;
    let plain = time_query(
        &mut conn,
        "SELECT owner_id, SUM(counted_minor) FROM deals
         WHERE guild_id = 'local:million' AND outcome = 'won' AND counted_currency = 'EUR'
           AND closed_on >= '2026-01-01' AND closed_on < '2027-01-01'
         GROUP BY owner_id",
    )
    .await;
    let per_day = time_query(
        &mut conn,
        "SELECT owner_id, SUM(amount_minor) FROM closed_deal_days
         WHERE guild_id = 'local:million' AND outcome = 'won' AND currency = 'EUR'
           AND closed_on >= '2026-01-01' AND closed_on < '2027-01-01'
         GROUP BY owner_id",
    )
    .await;
    println!(
        "| {shape}: `/leaderboard period:year` (the whole command, both years for movement) | {} ({:.2}× the plain query) |",
        ms(board),
        board.as_secs_f64() / plain.as_secs_f64()
    );
    println!(
        "| {shape}: floor, the plain `GROUP BY owner_id` over the year's won deals | {} |",
        ms(plain)
    );
    println!(
        "| {shape}: the same sum over the per-day sums alone (one year; a board read two) | {} |",
        ms(per_day)
    );
}

/// The median of 20 runs of a query that returns (owner, sum) rows.
async fn time_query(conn: &mut sqlx::SqliteConnection, sql: &'static str) -> Duration {
    let mut samples = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let rows: Vec<(i64, i64)> = sqlx::query_as(sql).fetch_all(&mut *conn).await.unwrap();
        assert!(!rows.is_empty());
        samples.push(t.elapsed());
    }
    median(samples)
}

/// `million` on PostgreSQL: the import through the console, the year board, and the
/// floor — the plain GROUP BY through the raw driver — on the same database.
async fn million_on_postgres(reps: u64, years: u64) {
    use sqlx::Connection;
    let shape = format!("PostgreSQL, 1,000,000 deals, {reps} reps, {years} year(s)");
    let url = support::postgres::available()
        .unwrap_or_else(|why| panic!("{why}"))
        .new_database()
        .await;
    let mut d = imported_million(
        dealbell::app::Database::Postgres(url.clone()),
        &shape,
        reps,
        years,
    )
    .await;
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
    // What autovacuum does soon after a big import: the planner's statistics.
    sqlx::query("ANALYZE").execute(&mut conn).await.unwrap();
    let board = time(&mut d, "/leaderboard period:year", 20).await;
    let mut samples = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT owner_id, CAST(SUM(counted_minor) AS BIGINT) FROM deals
             WHERE guild_id = 'local:million' AND outcome = 'won' AND counted_currency = 'EUR'
               AND closed_on >= '2026-01-01' AND closed_on < '2027-01-01'
             GROUP BY owner_id",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        assert!(!rows.is_empty());
        samples.push(t.elapsed());
    }
    let plain = median(samples);
    println!(
        "| {shape}: `/leaderboard period:year` (the whole command, both years for movement) | {} ({:.2}× the plain query) |",
        ms(board),
        board.as_secs_f64() / plain.as_secs_f64()
    );
    println!(
        "| {shape}: floor, the plain `GROUP BY owner_id` over the year's won deals | {} |",
        ms(plain)
    );
}

/// A team in `database` with 1,000,000 deals of `reps` reps over `years` years imported
/// through the console; prints how long the import took.
async fn imported_million(
    database: dealbell::app::Database,
    shape: &str,
    reps: u64,
    years: u64,
) -> Driver {
    let clock = dealbell::clock::Clock::fixed("2026-12-15T12:00:00Z".parse().unwrap());
    let mut config = dealbell::config::Config::defaults();
    config.import_max_bytes = 200_000_000;
    let app = dealbell::app::App::build(config, database, clock)
        .await
        .unwrap();
    let mut d = Driver {
        console: dealbell::console::Console::new(app, "million"),
    };
    d.ok("/setup currency:EUR").await;
    let csv = synthetic_shape_csv(1_000_000, reps, years);
    let start = Instant::now();
    d.ok(&format!(
        "/import kind:deals file:@{} confirm:true",
        csv.path().display()
    ))
    .await;
    println!("| {shape}: import | {} |", ms(start.elapsed()));
    d
}
