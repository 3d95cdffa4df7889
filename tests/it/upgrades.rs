//! A database written by any earlier Dealbell opens in this one with its data: for
//! each migration, a file is migrated only that far, given a team with a rep and a won
//! deal in the schema of that time, then opened by the current Dealbell, which applies
//! the rest. The deal must be on the board, in /deal show, and the team's settings kept.
//! The same for PostgreSQL's migrations, on the tests' throwaway cluster.

use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::config::Config;
use dealbell::console::{Console, Outcome};
use sqlx::{ConnectOptions, Connection};

/// What every schema since the first has: a guild, a rep and a won deal.
const SEED: [&str; 3] = [
    "INSERT INTO guilds (id, name, timezone, currency, fiscal_year_start, wins_channel, next_deal_number, created_at)
     VALUES ('local:acme', 'acme', 'Europe/Berlin', 'EUR', 4, 'wins', 2, '2026-03-01T08:00:00.000Z')",
    "INSERT INTO members (guild_id, user_id, display_name, created_at)
     VALUES ('local:acme', 'bob', 'bob', '2026-03-01T08:00:00.000Z')",
    "INSERT INTO deals (guild_id, number, owner_id, customer, amount_minor, currency, stage, outcome,
                        closed_on, opened_on, created_at, updated_at)
     SELECT 'local:acme', 1, id, 'Initech', 1250000, 'EUR', 'won', 'won',
            '2026-03-05', '2026-03-05', '2026-03-05T10:00:00.000Z', '2026-03-05T10:00:00.000Z'
     FROM members WHERE user_id = 'bob'",
];

/// An open large-deal alert as Dealbell wrote it before findings were typed: its
/// English words in the `text` column (from migration 7 on SQLite, and PostgreSQL's
/// first three).
const OLD_ALERT: &str =
    "INSERT INTO alerts (guild_id, number, rule, subject, period_key, open, measure,
         sent_measure, text, first_seen_at, last_seen_at, last_sent_at, times_sent)
     VALUES ('local:acme', 1, 'large_deal', 'deal:1', 'change:1', 1, 0, 0,
         '#1 Initech (bob) 🎉 won — 12,500 EUR', '2026-03-05T10:00:00.000Z',
         '2026-03-05T10:00:00.000Z', '2026-03-05T10:00:00.000Z', 1)";

/// The same alert in the schema that keeps findings (PostgreSQL's fourth migration on).
const TYPED_ALERT: &str =
    "INSERT INTO alerts (guild_id, number, rule, subject, period_key, open, measure,
         sent_measure, finding, first_seen_at, last_seen_at, last_sent_at, times_sent)
     VALUES ('local:acme', 1, 'large_deal', 'deal:1', 'change:1', 1, 0, 0,
         '{\"kind\":\"recorded\",\"text\":\"#1 Initech (bob) 🎉 won — 12,500 EUR\"}',
         '2026-03-05T10:00:00.000Z', '2026-03-05T10:00:00.000Z', '2026-03-05T10:00:00.000Z', 1)";

async fn old_database(path: &std::path::Path, version: i64) {
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    sqlx::migrate!("./migrations")
        .run_to(version, &mut conn)
        .await
        .unwrap();
    for statement in SEED {
        sqlx::query(sqlx::AssertSqlSafe(statement))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    // From migration 23 on, a win is stored with what it counts as in the team's
    // currency (written by Dealbell with the deal; earlier deals got it from 23 itself).
    if version >= 23 {
        sqlx::query("UPDATE deals SET counted_minor = amount_minor, counted_currency = currency")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    if version >= 7 {
        sqlx::query(OLD_ALERT).execute(&mut conn).await.unwrap();
    }
}

fn reply(outcome: Outcome) -> serde_json::Value {
    match outcome {
        Outcome::Reply(r) => serde_json::to_value(&r).unwrap(),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_database_of_every_earlier_schema_opens_with_its_data() {
    let versions: Vec<i64> = sqlx::migrate!("./migrations")
        .iter()
        .map(|m| m.version)
        .collect();
    let latest = *versions.last().unwrap();
    for version in versions.into_iter().filter(|v| *v < latest) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        old_database(&path, version).await;
        opens_with_its_data(Database::File(path), version, version >= 7).await;
    }
}

/// Opens `database` (seeded at migration `version`) with this Dealbell, which migrates
/// it the rest of the way; its deal, settings and numbering must all have come along.
async fn opens_with_its_data(database: Database, version: i64, with_alert: bool) {
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    let app = App::build(Config::defaults(), database, clock)
        .await
        .unwrap_or_else(|e| panic!("a database at migration {version} did not open: {e}"));
    let mut console = Console::new(app, "acme");
    let board = reply(console.execute("/leaderboard").await);
    assert_eq!(
        board["data"]["rows"][0]["value"], 1_250_000,
        "migration {version}: the deal is on the board: {board}"
    );
    let shown = reply(console.execute("/deal show id:1").await);
    assert_eq!(
        shown["data"]["deal"]["customer"], "Initech",
        "migration {version}"
    );
    let settings = reply(console.execute("/setup").await);
    assert_eq!(
        settings["data"]["timezone"], "Europe/Berlin",
        "migration {version}"
    );
    if with_alert {
        let alerts = reply(console.execute("/alerts list").await);
        let shown = crate::support::text(&alerts);
        assert!(
            shown.contains("Large deal — #1 Initech (bob) 🎉 won — 12,500 EUR"),
            "migration {version}: the open alert reads as it was sent: {shown}"
        );
    }
    // And it takes new work: the next deal is #2.
    console.act_as("bob", dealbell::console::Role::Rep);
    let won = reply(console.execute("/win amount:1k customer:Next").await);
    assert_eq!(won["data"]["deal"]["number"], 2, "migration {version}");
    console.app().db.close().await;
}

/// PostgreSQL's schema starts where SQLite's 26 migrations ended, so every one of its
/// migrations, the newest included (a database this Dealbell wrote, opened again), is
/// a schema some database may be at.
#[tokio::test]
async fn a_postgresql_database_of_every_schema_opens_with_its_data() {
    let test = "upgrades::a_postgresql_database_of_every_schema_opens_with_its_data";
    let Some(cluster) = crate::support::postgres::cluster(test) else {
        return;
    };
    let migrator = sqlx::migrate!("./migrations/postgres");
    for version in migrator.iter().map(|m| m.version) {
        let url = cluster.new_database().await;
        let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
        migrator.run_to(version, &mut conn).await.unwrap();
        for statement in SEED {
            sqlx::query(sqlx::AssertSqlSafe(statement))
                .execute(&mut conn)
                .await
                .unwrap();
        }
        sqlx::query("UPDATE deals SET counted_minor = amount_minor, counted_currency = currency")
            .execute(&mut conn)
            .await
            .unwrap();
        let alert = if version >= 4 { TYPED_ALERT } else { OLD_ALERT };
        sqlx::query(alert).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
        opens_with_its_data(Database::Postgres(url), version, true).await;
    }
}
