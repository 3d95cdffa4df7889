//! PostgreSQL's schema against SQLite's, on a throwaway cluster the tests start
//! themselves (`support::postgres`).
//!
//! Both schemas must keep one shape — the same tables and columns, of the same kind,
//! nullability and default, with the same keys, indexes and references — so that one
//! query text serves both wherever the dialects agree. A migration added to one side
//! and not the other fails here.

use crate::support::postgres;
use sqlx::{AssertSqlSafe, Connection, Row};
use std::collections::BTreeSet;

/// One fact about a schema, worded the same for both databases.
type Shape = BTreeSet<String>;

/// The kind of value a SQLite column holds (an FTS5 column declares no type).
fn sqlite_kind(declared: &str) -> String {
    match declared.to_ascii_lowercase().as_str() {
        "integer" => "int64".into(),
        "text" | "" => "text".into(),
        "blob" => "bytes".into(),
        other => format!("unexpected type {other}"),
    }
}

/// The kind of value a PostgreSQL column holds: SQLite's integers are 64-bit, so
/// BIGINT matches them and PostgreSQL's 32-bit INTEGER does not.
fn postgres_kind(data_type: &str) -> String {
    match data_type {
        "bigint" => "int64".into(),
        "text" => "text".into(),
        "bytea" => "bytes".into(),
        other => format!("unexpected type {other}"),
    }
}

/// A column default as both write it (PostgreSQL's `'[]'::text` is SQLite's `'[]'`),
/// or nothing without one.
fn default_of(value: Option<String>) -> String {
    match value {
        Some(value) => format!(
            " default {}",
            value.strip_suffix("::text").unwrap_or(&value)
        ),
        None => String::new(),
    }
}

async fn sqlite_shape() -> Shape {
    let folder = tempfile::tempdir().unwrap();
    let mut conn = sqlx::sqlite::SqliteConnection::connect(&format!(
        "sqlite://{}?mode=rwc",
        folder.path().join("shape.db").display()
    ))
    .await
    .unwrap();
    sqlx::migrate!("./migrations").run(&mut conn).await.unwrap();
    let tables: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%'
           AND name NOT LIKE 'passage_index_%'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut shape = Shape::new();
    for (table, sql) in tables {
        shape.insert(format!("table {table}"));
        // /ask's FTS5 table: its row id is the passage's id, a key like any other.
        if sql.contains("USING fts5") {
            shape.insert(format!("column {table}.rowid int64 not null"));
            shape.insert(format!("primary key {table} (rowid)"));
        }
        let columns = sqlx::query(AssertSqlSafe(format!(
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"
        )))
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let mut key = Vec::new();
        for c in &columns {
            let name: String = c.get("name");
            let pk: i64 = c.get("pk");
            // A key column is never null, whatever SQLite lets a rowid table hold.
            let not_null = c.get::<i64, _>("notnull") == 1 || pk > 0;
            shape.insert(format!(
                "column {table}.{name} {} {}{}",
                sqlite_kind(c.get("type")),
                if not_null { "not null" } else { "null" },
                default_of(c.get("dflt_value")),
            ));
            if pk > 0 {
                key.push((pk, name));
            }
        }
        key.sort();
        if !key.is_empty() {
            let names: Vec<_> = key.into_iter().map(|(_, n)| n).collect();
            shape.insert(format!("primary key {table} ({})", names.join(", ")));
        }
        let indexes = sqlx::query(AssertSqlSafe(format!(
            "SELECT name, \"unique\", origin, partial FROM pragma_index_list('{table}')"
        )))
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for index in indexes {
            let origin: String = index.get("origin");
            if origin == "pk" {
                continue;
            }
            let name: String = index.get("name");
            let columns = sqlx::query(AssertSqlSafe(format!(
                "SELECT name, coll FROM pragma_index_xinfo('{name}') WHERE key = 1 ORDER BY seqno"
            )))
            .fetch_all(&mut conn)
            .await
            .unwrap();
            let columns: Vec<String> = columns
                .iter()
                .map(|c| {
                    let column: String = c.get("name");
                    if c.get::<String, _>("coll").eq_ignore_ascii_case("nocase") {
                        format!("{column} any case")
                    } else {
                        column
                    }
                })
                .collect();
            shape.insert(index_fact(
                &table,
                index.get::<i64, _>("unique") == 1,
                &columns,
                index.get::<i64, _>("partial") == 1,
            ));
        }
        let references = sqlx::query(AssertSqlSafe(format!(
            "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('{table}')"
        )))
        .fetch_all(&mut conn)
        .await
        .unwrap();
        for r in references {
            shape.insert(format!(
                "reference {table}.{} -> {}.{}",
                r.get::<String, _>("from"),
                r.get::<String, _>("table"),
                r.get::<String, _>("to"),
            ));
        }
    }
    shape
}

fn index_fact(table: &str, unique: bool, columns: &[String], partial: bool) -> String {
    format!(
        "{}index on {table} ({}){}",
        if unique { "unique " } else { "" },
        columns.join(", "),
        if partial { " where …" } else { "" }
    )
}

async fn postgres_shape(url: &str) -> Shape {
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    sqlx::migrate!("./migrations/postgres")
        .run(&mut conn)
        .await
        .unwrap();
    let mut shape = Shape::new();
    let columns = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty,
                is_nullable::text AS nullable, column_default::text AS dflt
         FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for c in columns {
        let table: String = c.get("t");
        shape.insert(format!("table {table}"));
        shape.insert(format!(
            "column {table}.{} {} {}{}",
            c.get::<String, _>("c"),
            postgres_kind(c.get("ty")),
            if c.get::<String, _>("nullable") == "NO" {
                "not null"
            } else {
                "null"
            },
            default_of(c.get("dflt")),
        ));
    }
    let indexes = sqlx::query(
        "SELECT t.relname::text AS t, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
                ix.indpred IS NOT NULL AS partial,
                ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true)
                      FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k) AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> '_sqlx_migrations'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for index in indexes {
        let table: String = index.get("t");
        let columns: Vec<String> = index
            .get::<Vec<String>, _>("columns")
            .into_iter()
            .map(
                |c| match c.strip_prefix("lower(").and_then(|c| c.strip_suffix(')')) {
                    Some(column) => format!("{column} any case"),
                    None => c,
                },
            )
            .collect();
        if index.get::<bool, _>("is_primary") {
            shape.insert(format!("primary key {table} ({})", columns.join(", ")));
        } else {
            shape.insert(index_fact(
                &table,
                index.get("is_unique"),
                &columns,
                index.get("partial"),
            ));
        }
    }
    let references = sqlx::query(
        "SELECT t.relname::text AS t, a.attname::text AS c, rt.relname::text AS rt, ra.attname::text AS rc
         FROM pg_constraint k
         JOIN pg_class t ON t.oid = k.conrelid
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
         JOIN pg_class rt ON rt.oid = k.confrelid
         JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
         WHERE k.contype = 'f' AND t.relnamespace = 'public'::regnamespace",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for r in references {
        shape.insert(format!(
            "reference {}.{} -> {}.{}",
            r.get::<String, _>("t"),
            r.get::<String, _>("c"),
            r.get::<String, _>("rt"),
            r.get::<String, _>("rc"),
        ));
    }
    shape
}

#[tokio::test]
async fn the_postgresql_schema_has_the_shape_of_the_sqlite_schema() {
    let test = "postgres::the_postgresql_schema_has_the_shape_of_the_sqlite_schema";
    let Some(cluster) = postgres::cluster(test) else {
        return;
    };
    let url = cluster.new_database().await;
    let sqlite = sqlite_shape().await;
    let postgres = postgres_shape(&url).await;
    // A schema too small to compare would pass trivially: both have every table.
    assert!(
        sqlite.iter().filter(|f| f.starts_with("table ")).count() >= 36,
        "{sqlite:#?}"
    );
    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "the schemas differ.\nonly in SQLite: {only_sqlite:#?}\nonly in PostgreSQL: {only_postgres:#?}"
    );
}

/// Every change a deal can go through, written once and run on both databases.
const DEAL_CHANGES: &[&str] = &[
    "INSERT INTO guilds (id, name, timezone, currency, fiscal_year_start, created_at)
     VALUES ('g1', 'acme', 'Europe/Warsaw', 'PLN', 1, '2026-01-01T00:00:00Z'),
            ('g2', 'paused', 'UTC', 'EUR', 1, '2026-01-01T00:00:00Z')",
    "INSERT INTO members (id, guild_id, display_name, created_at)
     VALUES (1, 'g1', 'Ola', '2026-01-01T00:00:00Z'), (2, 'g1', 'Jan', '2026-01-01T00:00:00Z'),
            (3, 'g2', 'Eva', '2026-01-01T00:00:00Z')",
    "INSERT INTO deals (id, guild_id, number, owner_id, customer, amount_minor, currency, stage, outcome,
                        closed_on, opened_on, created_at, updated_at, counted_minor, counted_currency)
     VALUES (1, 'g1', 1, 1, 'Initech', 1000, 'PLN', 'won', 'won', '2026-03-30', '2026-03-01', 'x', 'x', 1000, 'PLN'),
            (2, 'g1', 2, 1, 'Umbrella', 2500, 'PLN', 'won', 'won', '2026-03-31', '2026-03-01', 'x', 'x', 2500, 'PLN'),
            (3, 'g1', 3, 2, 'Hooli', 700, 'EUR', 'won', 'won', '2026-04-01', '2026-03-01', 'x', 'x', 700, 'EUR'),
            (4, 'g1', 4, 2, 'Globex', NULL, NULL, 'lost', 'lost', '2026-04-02', '2026-03-01', 'x', 'x', NULL, NULL),
            (5, 'g1', 5, 2, 'Soylent', 900, 'PLN', 'proposal', 'open', NULL, '2026-03-01', 'x', 'x', NULL, NULL)",
    // A win's amount corrected, a win moved into the next month, one handed to another rep.
    "UPDATE deals SET amount_minor = 1200, counted_minor = 1200 WHERE id = 1",
    "UPDATE deals SET closed_on = '2026-04-01' WHERE id = 2",
    "UPDATE deals SET owner_id = 1 WHERE id = 3",
    // An open deal won, a won deal reopened, a lost deal deleted.
    "UPDATE deals SET outcome = 'won', stage = 'won', closed_on = '2026-04-03', counted_minor = 900, counted_currency = 'PLN' WHERE id = 5",
    "UPDATE deals SET outcome = 'open', stage = 'proposal', closed_on = NULL WHERE id = 1",
    "DELETE FROM deals WHERE id = 4",
    // Several deals of one day and rep in one statement (summed together on PostgreSQL,
    // whose triggers run once per statement), then two of them deleted in one.
    "INSERT INTO deals (id, guild_id, number, owner_id, customer, amount_minor, currency, stage, outcome,
                        closed_on, opened_on, created_at, updated_at, counted_minor, counted_currency)
     VALUES (7, 'g1', 7, 2, 'Vandelay', 300, 'PLN', 'won', 'won', '2026-04-05', '2026-03-01', 'x', 'x', 300, 'PLN'),
            (8, 'g1', 8, 2, 'Kramerica', 400, 'PLN', 'won', 'won', '2026-04-05', '2026-03-01', 'x', 'x', 400, 'PLN'),
            (9, 'g1', 9, 2, 'Pendant', NULL, NULL, 'lost', 'lost', '2026-04-05', '2026-03-01', 'x', 'x', NULL, NULL)",
    "DELETE FROM deals WHERE id IN (7, 9)",
    // A paused guild's deals leave the sums alone until its import rebuilds them.
    "INSERT INTO closed_deal_sums_paused (guild_id) VALUES ('g2')",
    "INSERT INTO deals (id, guild_id, number, owner_id, customer, amount_minor, currency, stage, outcome,
                        closed_on, opened_on, created_at, updated_at, counted_minor, counted_currency)
     VALUES (6, 'g2', 1, 3, 'Acme', 100, 'EUR', 'won', 'won', '2026-04-01', '2026-03-01', 'x', 'x', 100, 'EUR')",
];

/// The sums the triggers kept, with the emptied rows left out, and what the deals
/// themselves add up to, both as `guild day-or-month owner outcome currency deals amount`.
const SUMS_KEPT: &str = "
    SELECT guild_id || ' ' || closed_on || ' ' || owner_id || ' ' || outcome || ' ' || currency
           || ' ' || deals || ' ' || amount_minor FROM closed_deal_days WHERE deals > 0
    UNION ALL
    SELECT guild_id || ' ' || month || ' ' || owner_id || ' ' || outcome || ' ' || currency
           || ' ' || deals || ' ' || amount_minor FROM closed_deal_months WHERE deals > 0
    ORDER BY 1";
const SUMS_OF_DEALS: &str = "
    SELECT guild_id || ' ' || closed_on || ' ' || owner_id || ' ' || outcome || ' '
           || COALESCE(counted_currency, '') || ' ' || COUNT(*) || ' ' || SUM(COALESCE(counted_minor, 0))
    FROM deals WHERE outcome <> 'open' AND guild_id <> 'g2'
    GROUP BY guild_id, closed_on, owner_id, outcome, counted_currency
    UNION ALL
    SELECT guild_id || ' ' || substr(closed_on, 1, 7) || ' ' || owner_id || ' ' || outcome || ' '
           || COALESCE(counted_currency, '') || ' ' || COUNT(*) || ' ' || SUM(COALESCE(counted_minor, 0))
    FROM deals WHERE outcome <> 'open' AND guild_id <> 'g2'
    GROUP BY guild_id, substr(closed_on, 1, 7), owner_id, outcome, counted_currency
    ORDER BY 1";

/// Runs DEAL_CHANGES on a migrated connection of either database and reads back the
/// sums kept and the sums of the deals (a macro: the two connections share no type).
macro_rules! sums_after_changes {
    ($conn:expr) => {{
        for statement in DEAL_CHANGES {
            sqlx::query(AssertSqlSafe(*statement))
                .execute(&mut *$conn)
                .await
                .unwrap_or_else(|e| panic!("{statement}: {e}"));
        }
        let kept: Vec<String> = sqlx::query_scalar(SUMS_KEPT)
            .fetch_all(&mut *$conn)
            .await
            .unwrap();
        let of_deals: Vec<String> = sqlx::query_scalar(SUMS_OF_DEALS)
            .fetch_all(&mut *$conn)
            .await
            .unwrap();
        (kept, of_deals)
    }};
}

#[tokio::test]
async fn both_databases_keep_the_closed_deal_sums_through_every_change() {
    let test = "postgres::both_databases_keep_the_closed_deal_sums_through_every_change";
    let Some(cluster) = postgres::cluster(test) else {
        return;
    };
    let mut pg = sqlx::PgConnection::connect(&cluster.new_database().await)
        .await
        .unwrap();
    sqlx::migrate!("./migrations/postgres")
        .run(&mut pg)
        .await
        .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let mut lite = sqlx::sqlite::SqliteConnection::connect(&format!(
        "sqlite://{}?mode=rwc",
        folder.path().join("sums.db").display()
    ))
    .await
    .unwrap();
    sqlx::migrate!("./migrations").run(&mut lite).await.unwrap();

    let (pg_kept, pg_of_deals) = sums_after_changes!(&mut pg);
    let (lite_kept, lite_of_deals) = sums_after_changes!(&mut lite);
    // What the changes leave, worked out by hand: Ola's corrected win reopened, her
    // moved win and the win handed to her in April, Jan's won open deal; the lost deal
    // gone; of the three deals of 5 April, Kramerica's win; the paused guild's win not
    // summed.
    let expected = [
        "g1 2026-04 1 won EUR 1 700",
        "g1 2026-04 1 won PLN 1 2500",
        "g1 2026-04 2 won PLN 2 1300",
        "g1 2026-04-01 1 won EUR 1 700",
        "g1 2026-04-01 1 won PLN 1 2500",
        "g1 2026-04-03 2 won PLN 1 900",
        "g1 2026-04-05 2 won PLN 1 400",
    ];
    assert_eq!(pg_kept, expected, "PostgreSQL's sums");
    assert_eq!(pg_of_deals, expected, "PostgreSQL's deals");
    assert_eq!(lite_kept, expected, "SQLite's sums");
    assert_eq!(lite_of_deals, expected, "SQLite's deals");
}

/// What a team's members read, to compare one database with another: boards, quota
/// checks, deals, the contest, schedules and /ask answers with their passages.
const READS: &[&str] = &[
    "/leaderboard",
    "/leaderboard period:year metric:deals",
    "/quota check rep:@moses",
    "/deal list",
    "/contest standings",
    "/schedule list",
    "/ask question:\"Do flights need approval before booking?\"",
    "/ask question:\"Wann wird die Provision ausgezahlt?\"",
];

async fn answers(d: &mut crate::support::Driver) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for line in READS {
        out.push(d.ok(line).await);
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn migrate_db_copies_a_team_into_postgresql_which_then_answers_as_sqlite_did() {
    use dealbell::app::Database;
    let test =
        "postgres::migrate_db_copies_a_team_into_postgresql_which_then_answers_as_sqlite_did";
    let Some(cluster) = postgres::cluster(test) else {
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("team.db");
    let before = {
        let mut d = crate::support::Driver::on_file(&file).await;
        d.small_teams_linked().await;
        d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv confirm:true")
            .await;
        d.script(
            "/quota set rep:@moses amount:100k period:quarter
:as moses
/win amount:12.5k customer:\"Łódź Logistics\"
/win amount:3k customer:Initech
:as zofia
/win amount:7k customer:Żabka
/activity log kind:call count:3
:as you manager
/contest create name:\"March Madness\" end:2026-03-31 prize:\"Team dinner\"
/schedule add kind:leaderboard cron:\"weekly monday 09:00\" channel:#sales",
        )
        .await;
        let before = answers(&mut d).await;
        d.console.app().db.close().await;
        before
    };

    let url = cluster.new_database().await;
    let migrate = |target: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
            .args(["migrate-db", "--from"])
            .arg(format!("sqlite://{}", file.display()))
            .args(["--to", target])
            .env("LC_ALL", "C")
            .output()
            .unwrap()
    };
    let copied = migrate(&url);
    let said = String::from_utf8_lossy(&copied.stdout);
    assert!(
        copied.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&copied.stderr)
    );
    assert!(said.contains("Copied 1 team into"), "{said}");
    assert!(said.contains("all match"), "{said}");
    assert!(said.contains("deals"), "{said}");

    // A second copy into the same database is refused, and changes nothing.
    let again = migrate(&url);
    assert!(!again.status.success());
    let why = String::from_utf8_lossy(&again.stderr);
    assert!(why.contains("is not empty"), "{why}");

    let mut d = crate::support::Driver::on_database(Database::Postgres(url)).await;
    let after = answers(&mut d).await;
    for ((line, was), is) in READS.iter().zip(&before).zip(&after) {
        assert_eq!(was, is, "{line} answers differently on PostgreSQL");
    }
    // The team goes on: the next deal takes the next number and a row id of its own.
    let won = d.ok("/win amount:1k customer:Hooli").await;
    let numbers: Vec<i64> = before[3]["data"]["deals"]
        .as_array()
        .map(|deals| deals.iter().filter_map(|x| x["number"].as_i64()).collect())
        .unwrap_or_default();
    let newest = numbers.into_iter().max().unwrap_or(0);
    assert!(
        crate::support::deal(&won)["number"].as_i64().unwrap() > newest,
        "{won}"
    );
}

/// Opens `url` as Dealbell would at start-up; the error in its words.
async fn open_postgres(url: &str) -> Result<(), String> {
    let clock = dealbell::clock::Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    let database = dealbell::app::Database::Postgres(url.to_string());
    let app = dealbell::app::App::build(dealbell::config::Config::defaults(), database, clock)
        .await
        .map_err(|e| e.to_string())?;
    app.db.close().await;
    Ok(())
}

#[tokio::test]
async fn a_postgresql_database_of_something_else_or_of_a_newer_dealbell_is_refused_untouched() {
    let test = "postgres::a_postgresql_database_of_something_else_or_of_a_newer_dealbell_is_refused_untouched";
    let Some(cluster) = postgres::cluster(test) else {
        return;
    };
    // Someone else's tables: refused, and nothing of Dealbell's is created beside them.
    let theirs = cluster.new_database().await;
    let mut conn = sqlx::PgConnection::connect(&theirs).await.unwrap();
    sqlx::query("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total BIGINT)")
        .execute(&mut conn)
        .await
        .unwrap();
    let err = open_postgres(&theirs).await.expect_err("refused");
    assert!(err.contains("is not a Dealbell database"), "{err}");
    assert!(err.contains("invoices"), "{err}");
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = 'public'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(tables, ["invoices"]);
    conn.close().await.unwrap();

    // A newer Dealbell's: refused in Dealbell's words, with the version it does not know.
    let newer = cluster.new_database().await;
    open_postgres(&newer).await.expect("a new database opens");
    let mut conn = sqlx::PgConnection::connect(&newer).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (99990101000000, 'from the future', TRUE, '\\x00', 0)",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    let err = open_postgres(&newer).await.expect_err("refused");
    assert!(err.contains("newer Dealbell"), "{err}");
    assert!(err.contains("99990101000000"), "{err}");
}

/// A win in `console`'s team, as a task: its reply, or the error's words.
fn win_in(mut console: dealbell::console::Console) -> tokio::task::JoinHandle<String> {
    tokio::spawn(async move {
        format!(
            "{:?}",
            console
                .execute("/win amount:2k customer:\"Behind the lock\"")
                .await
        )
    })
}

/// Whether `task` is still waiting after `beat` more.
async fn still_waiting<T>(task: &tokio::task::JoinHandle<T>, beat: std::time::Duration) -> bool {
    tokio::time::sleep(beat).await;
    !task.is_finished()
}

/// On PostgreSQL a team's writes wait only for that team's and for writes to any team:
/// held from outside (as another process would hold it), one team's lock stops that
/// team's win and not another's; the lock of all teams stops both.
#[tokio::test]
async fn on_postgresql_a_teams_writes_wait_for_that_team_not_for_others() {
    use dealbell::console::{Console, Role, guild_id_for};
    let test = "postgres::on_postgresql_a_teams_writes_wait_for_that_team_not_for_others";
    let Some(cluster) = postgres::cluster(test) else {
        return;
    };
    let url = cluster.new_database().await;
    let clock = dealbell::clock::Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    let app = dealbell::app::App::build(
        dealbell::config::Config::defaults(),
        dealbell::app::Database::Postgres(url.clone()),
        clock,
    )
    .await
    .unwrap();
    let team = |name: &str| {
        let mut console = Console::new(app.clone(), name);
        console.act_as("bob", Role::Rep);
        console
    };
    // Both teams exist, with their rep, before any lock is held.
    for name in ["acme", "beta"] {
        let first = win_in(team(name)).await.unwrap();
        assert!(first.contains("Reply"), "{first}");
    }
    let beat = std::time::Duration::from_millis(400);

    let mut holder = sqlx::PgConnection::connect(&url).await.unwrap();
    sqlx::query("BEGIN").execute(&mut holder).await.unwrap();
    sqlx::query("SELECT pg_advisory_xact_lock($1, hashtext($2))")
        .bind(dealbell::store::GUILD_LOCKS)
        .bind(guild_id_for("acme").as_str())
        .execute(&mut holder)
        .await
        .unwrap();
    let acme = win_in(team("acme"));
    let beta = win_in(team("beta"));
    let beta_said = tokio::time::timeout(std::time::Duration::from_secs(30), beta)
        .await
        .expect("the other team's win does not wait for acme's lock")
        .unwrap();
    assert!(beta_said.contains("Reply"), "{beta_said}");
    assert!(
        still_waiting(&acme, beat).await,
        "acme's win waits for acme's lock"
    );
    sqlx::query("COMMIT").execute(&mut holder).await.unwrap();
    let acme_said = acme.await.unwrap();
    assert!(acme_said.contains("Reply"), "{acme_said}");

    sqlx::query("BEGIN").execute(&mut holder).await.unwrap();
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(dealbell::store::WRITE_LOCK)
        .execute(&mut holder)
        .await
        .unwrap();
    let acme = win_in(team("acme"));
    let beta = win_in(team("beta"));
    assert!(
        still_waiting(&acme, beat).await,
        "the lock of all teams stops acme"
    );
    assert!(
        still_waiting(&beta, beat).await,
        "the lock of all teams stops beta"
    );
    sqlx::query("COMMIT").execute(&mut holder).await.unwrap();
    for task in [acme, beta] {
        let said = task.await.unwrap();
        assert!(said.contains("Reply"), "{said}");
    }
    // Every win is stored once, numbered in its team.
    let numbers: Vec<(String, i64)> =
        sqlx::query_as("SELECT guild_id, number FROM deals ORDER BY guild_id, number")
            .fetch_all(&mut holder)
            .await
            .unwrap();
    let expected: Vec<(String, i64)> = [("acme", 3), ("beta", 3)]
        .iter()
        .flat_map(|(t, n)| (1..=*n).map(move |k| (guild_id_for(t).as_str().to_string(), k)))
        .collect();
    assert_eq!(numbers, expected);
    app.db.close().await;
}
