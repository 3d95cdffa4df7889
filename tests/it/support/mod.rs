//! Test support: a console driver over a temporary SQLite file (the real store, no
//! mocks) with a pinned clock.

pub mod fake_discord;
pub mod openapi;
pub mod postgres;

use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::config::Config;
use dealbell::console::{Console, Outcome};
use serde_json::Value;
use std::path::PathBuf;

pub struct Driver {
    pub console: Console,
}

/// True in the PostgreSQL run of the suites (`tests/on_postgres.rs`).
pub fn on_postgres() -> bool {
    crate::ON_POSTGRES
}

/// The database a test's team lives in: a throwaway SQLite file, or, in the PostgreSQL
/// run, a new database in the throwaway PostgreSQL cluster. Where PostgreSQL is not
/// installed, the PostgreSQL run says once how to install it and ends there, with
/// success: its tests are the SQLite run's, which is the rest of `cargo test`.
pub async fn test_database() -> Database {
    if !on_postgres() {
        return Database::Temporary;
    }
    match postgres::available() {
        Ok(cluster) => Database::Postgres(cluster.new_database().await),
        Err(how_to_enable) => {
            use std::io::Write;
            // One test says it and ends the run; any other waits here for the end.
            static SAYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
            let _only_one = SAYING.lock();
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED the PostgreSQL run: {how_to_enable}"
            );
            std::process::exit(0);
        }
    }
}

/// One database several `App`s share, as separate processes would: a SQLite file, or
/// in the PostgreSQL run a new PostgreSQL database. Clones name the same database.
#[derive(Clone)]
pub struct SharedDatabase {
    /// Keeps the SQLite file's folder while any clone lives.
    _folder: std::sync::Arc<tempfile::TempDir>,
    database: Database,
}

impl SharedDatabase {
    pub async fn new() -> SharedDatabase {
        let folder = tempfile::tempdir().unwrap();
        let database = match test_database().await {
            Database::Temporary => Database::File(folder.path().join("shared.db")),
            other => other,
        };
        SharedDatabase {
            _folder: std::sync::Arc::new(folder),
            database,
        }
    }

    /// Where an `App` of this database opens it.
    pub fn database(&self) -> Database {
        self.database.clone()
    }

    /// A connection of the test's own, to check what is stored without going through
    /// Dealbell (queries that read the same on both databases).
    pub async fn look(&self) -> sqlx::AnyConnection {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let url = match &self.database {
            Database::File(path) => format!("sqlite://{}?mode=ro", path.display()),
            Database::Postgres(url) => url.clone(),
            Database::Temporary => unreachable!("a shared database is a file or a server"),
        };
        sqlx::AnyConnection::connect(&url).await.unwrap()
    }
}

/// The project's own folder (fixtures live under tests/fixtures).
pub fn project_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A connection of its own, read-only, to a database file: to check what is stored
/// without going through Dealbell.
pub async fn read_only(path: &std::path::Path) -> sqlx::SqliteConnection {
    use sqlx::ConnectOptions;
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .unwrap()
}

/// Says, in the test run's own output (not in the captured output a passing test
/// hides), that a test did not run and why.
pub fn skip(test: &str, why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {why}");
}

/// `../shared/data/crm-sample`, when this checkout sits beside it (`test` names the
/// test that is skipped without it).
pub fn crm_sample(test: &str) -> Option<PathBuf> {
    let dir = project_dir().join("../shared/data/crm-sample");
    if dir.join("sales_pipeline.csv").exists() {
        Some(dir)
    } else {
        skip(
            test,
            "../shared/data/crm-sample is not beside this checkout (it is in the team's workspace, not in the repository)",
        );
        None
    }
}

/// `../shared/data/ask-dev`, when this checkout sits beside it (`test` names the test
/// that is skipped without it).
pub fn ask_dev(test: &str) -> Option<PathBuf> {
    let dir = project_dir().join("../shared/data/ask-dev");
    if dir.join("questions.json").exists() {
        Some(dir)
    } else {
        skip(
            test,
            "../shared/data/ask-dev is not beside this checkout (it is in the team's workspace, not in the repository)",
        );
        None
    }
}

/// What a directive (`:as`, `:tick`, `:advance`) said.
pub async fn directive(d: &mut Driver, line: &str) -> String {
    match d.console.execute(line).await {
        Outcome::Directive(text) => text,
        other => panic!("{line:?} is not a directive: {other:?}"),
    }
}

impl Driver {
    /// A fresh team on a temporary database, the clock at 2026-03-10 09:00 UTC, acting
    /// as "you" (a manager).
    pub async fn new() -> Driver {
        Driver::with_config(Config::defaults()).await
    }

    pub async fn with_config(config: Config) -> Driver {
        Driver::on(config, test_database().await).await
    }

    /// As `new`, on a database file the test can also read itself.
    pub async fn on_file(path: &std::path::Path) -> Driver {
        Driver::on(Config::defaults(), Database::File(path.to_path_buf())).await
    }

    /// As `new`, on the database the test names.
    pub async fn on_database(db: Database) -> Driver {
        Driver::on(Config::defaults(), db).await
    }

    /// As `new`, with these settings, on the database named.
    pub async fn on(config: Config, db: Database) -> Driver {
        let clock = Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
        let app = App::build(config, db, clock)
            .await
            .expect("a database for the test");
        let mut console = Console::new(app, "acme");
        console.set_base_dir(&project_dir());
        Driver { console }
    }

    /// Runs a line that must succeed; returns the reply as JSON (Null for directives).
    pub async fn ok(&mut self, line: &str) -> Value {
        match self.console.execute(line).await {
            Outcome::Reply(reply) => serde_json::to_value(&reply).unwrap(),
            Outcome::Directive(_) | Outcome::Blank => Value::Null,
            Outcome::Failed(f) => panic!("{line:?} failed: {} {:?}", f.message, f.hint),
            Outcome::Quit => panic!("{line:?} quit"),
        }
    }

    /// What the console shows for a line: the reply and what to type for its buttons,
    /// or the refusal and its hint.
    pub async fn shown(&mut self, line: &str) -> String {
        match self.console.execute(line).await {
            Outcome::Reply(reply) => dealbell::render::text::reply(&reply),
            Outcome::Failed(f) => match f.hint {
                Some(hint) => format!("✖ {}\n  {hint}", f.message),
                None => format!("✖ {}", f.message),
            },
            other => panic!("{line:?} showed nothing: {other:?}"),
        }
    }

    /// Runs a line that must be refused with a user error; returns message + hint.
    pub async fn refused(&mut self, line: &str) -> String {
        match self.console.execute(line).await {
            Outcome::Failed(f) => {
                assert!(
                    f.reference.is_none(),
                    "{line:?} hit an internal error: {}",
                    f.message
                );
                format!("{} {}", f.message, f.hint.unwrap_or_default())
            }
            Outcome::Reply(reply) => {
                panic!("{line:?} should be refused but gave {:?}", reply.message)
            }
            other => panic!("{line:?} should be refused but gave {other:?}"),
        }
    }

    /// The three CRM reps of tests/fixtures/teams_small.csv on their two teams, each
    /// linked to a chat user of their first name (moses, darcel, zofia).
    pub async fn small_teams_linked(&mut self) {
        self.ok("/import kind:teams file:@tests/fixtures/teams_small.csv")
            .await;
        self.script(
            ":as moses
:as darcel
:as zofia
:as you manager
/team link rep:\"Moses Frase\" user:@moses
/team link rep:\"Darcel Schlecht\" user:@darcel
/team link rep:\"Zofia Wójcik\" user:@zofia",
        )
        .await;
    }

    /// Runs several lines that must all succeed.
    pub async fn script(&mut self, lines: &str) {
        for line in lines.lines() {
            self.ok(line).await;
        }
    }
}

/// `reply.data.deal`
pub fn deal(reply: &Value) -> &Value {
    &reply["data"]["deal"]
}

/// The text of every line, field and title of a reply, for "mentions this" checks.
pub fn text(reply: &Value) -> String {
    let m = &reply["message"];
    let mut parts = vec![m["title"].as_str().unwrap_or("").to_string()];
    for l in m["lines"].as_array().into_iter().flatten() {
        parts.push(l.as_str().unwrap_or("").to_string());
    }
    for f in m["fields"].as_array().into_iter().flatten() {
        parts.push(format!(
            "{}: {}",
            f["name"].as_str().unwrap_or(""),
            f["value"].as_str().unwrap_or("")
        ));
    }
    parts.join("\n")
}

/// Fails, showing the reply's text, unless that text holds `needle`.
#[track_caller]
pub fn says(reply: &Value, needle: &str) {
    let t = text(reply);
    assert!(t.contains(needle), "expected {needle:?} in:\n{t}");
}

/// Posts in a channel since the last call, as the console prints them.
pub fn posts_in(d: &Driver, channel: &str) -> Vec<String> {
    d.console
        .take_posts()
        .iter()
        .filter(|p| p.to.to_string() == channel)
        .map(|p| {
            dealbell::render::text::post(
                p,
                dealbell::render::text::Sent::New,
                dealbell::i18n::Words::new(dealbell::core::language::Language::En),
            )
        })
        .collect()
}

/// One column of the table a reply shows (as the adapters render it), top to bottom.
pub fn table_column<'a>(reply: &'a Value, column: &str) -> Vec<&'a str> {
    reply["message"]["table"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row[column].as_str().unwrap())
        .collect()
}

/// Leaderboard rows as (rank, name, value).
pub fn board(reply: &Value) -> Vec<(u64, String, i64)> {
    reply["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rank"].as_u64().unwrap(),
                r["name"].as_str().unwrap().to_string(),
                r["value"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// A poster that never finishes a send: the process "dies" mid-send when the step is
/// dropped at that point, with everything before it committed.
pub struct NeverAnswers;

impl dealbell::poster::Poster for NeverAnswers {
    fn post<'a>(
        &'a self,
        _post: &'a dealbell::reply::Post,
    ) -> dealbell::poster::PostFuture<'a, dealbell::core::ids::MessageId> {
        Box::pin(std::future::pending())
    }
    fn edit<'a>(
        &'a self,
        _to: &'a dealbell::core::ids::Destination,
        _message_id: &'a dealbell::core::ids::MessageId,
        _message: &'a dealbell::reply::Message,
    ) -> dealbell::poster::PostFuture<'a> {
        Box::pin(std::future::pending())
    }
}
