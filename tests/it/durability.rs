//! A confirmation is a promise: what Dealbell confirmed is stored, even when the disk
//! fills up under it. These tests put the database on a 3 MB tmpfs (they need root to
//! mount one; elsewhere they say so and skip).

use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::config::Config;
use dealbell::console::{Console, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A small filesystem, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// A tmpfs of `size`; None, said in the test run's output for `test`, where this
    /// machine cannot mount one (it needs root and a kernel that lets it).
    fn mount(size: &str, test: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            crate::support::skip(test, "cannot mount a tmpfs here (needs root)");
            return None;
        }
        Some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills what is left with a file; returns its path (remove it to free the space).
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.path().join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

async fn console_on(path: &Path) -> Console {
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    let app = App::build(
        Config::defaults(),
        Database::File(path.to_path_buf()),
        clock,
    )
    .await
    .expect("database opens");
    let mut console = Console::new(app, "acme");
    let _ = console.execute(":as bob").await;
    console
}

/// Logs a win; Some(deal number) when it was confirmed, None when it was refused.
async fn win(console: &mut Console, i: usize) -> Option<i64> {
    let note = "x".repeat(400);
    let line = format!("/win amount:1000 customer:\"Customer {i}\" note:\"{note}\"");
    match console.execute(&line).await {
        Outcome::Reply(reply) => {
            let json = serde_json::to_value(&reply).unwrap();
            Some(
                json["data"]["deal"]["number"]
                    .as_i64()
                    .expect("a deal number"),
            )
        }
        Outcome::Failed(f) => {
            assert!(
                f.message.contains("disk full") || f.message.contains("cannot be written"),
                "a failed write says why in words a rep understands: {}",
                f.message
            );
            None
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_loses_no_confirmed_win() {
    let Some(disk) = SmallDisk::mount("3m", "a_full_disk_loses_no_confirmed_win") else {
        return;
    };
    let db = disk.path().join("dealbell.db");
    let mut console = console_on(&db).await;
    for line in [
        ":as you manager",
        "/setup managers_channel:#managers",
        ":as bob",
    ] {
        assert!(
            !matches!(console.execute(line).await, Outcome::Failed(_)),
            "{line}"
        );
    }
    let mut confirmed = Vec::new();
    for i in 0..5 {
        confirmed.extend(win(&mut console, i).await);
    }
    assert_eq!(confirmed.len(), 5, "room for the first wins");
    let filler = disk.fill();
    let mut refused = 0;
    for i in 5..25 {
        match win(&mut console, i).await {
            Some(n) => confirmed.push(n),
            None => refused += 1,
        }
    }
    assert!(refused > 0, "the full disk refused some writes");
    let warnings = console
        .take_posts()
        .into_iter()
        .filter(|p| p.to.to_string() == "managers")
        .count();
    assert_eq!(
        warnings, 1,
        "the managers' channel hears of it once, not at every refusal"
    );
    std::fs::remove_file(&filler).unwrap();
    for i in 25..45 {
        confirmed.extend(win(&mut console, i).await);
    }
    console.app().db.close().await;
    drop(console);

    // What a fresh start finds is exactly what was confirmed, once each.
    let again = console_on(&db).await;
    again.app().db.close().await;
    let stored = stored_deal_numbers(&db).await;
    let mut expected = confirmed.clone();
    expected.sort();
    assert_eq!(
        stored, expected,
        "every confirmed win is stored, once, and nothing else ({refused} refused)"
    );
}

/// Every deal number in the file, read with a plain connection of its own.
async fn stored_deal_numbers(db: &Path) -> Vec<i64> {
    let mut conn = crate::support::read_only(db).await;
    sqlx::query_scalar("SELECT number FROM deals ORDER BY number")
        .fetch_all(&mut conn)
        .await
        .unwrap()
}

async fn open(path: &Path) -> Result<App, String> {
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap());
    App::build(
        Config::defaults(),
        Database::File(path.to_path_buf()),
        clock,
    )
    .await
    .map_err(|e| e.to_string())
}

/// Creates an SQLite file with the given statements, in rollback-journal mode.
async fn sqlite_file(path: &Path, statements: &[&str]) {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .connect()
        .await
        .unwrap();
    for s in statements {
        sqlx::raw_sql(sqlx::AssertSqlSafe(*s))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    sqlx::Connection::close(conn).await.unwrap();
}

#[tokio::test]
async fn a_foreign_database_is_refused_and_left_exactly_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    for (name, tables) in [
        (
            "other.db",
            &["CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"][..],
        ),
        (
            "clash.db",
            &["CREATE TABLE deals (id INTEGER PRIMARY KEY, title TEXT)"][..],
        ),
    ] {
        let path = dir.path().join(name);
        sqlite_file(&path, tables).await;
        let before = std::fs::read(&path).unwrap();
        let err = open(&path).await.expect_err("refused");
        assert!(err.contains("is not a Dealbell database"), "{err}");
        assert!(err.contains("Nothing was changed"), "{err}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{name} is byte for byte as it was"
        );
        let wal = dir.path().join(format!("{name}-wal"));
        assert!(!wal.exists(), "{name} was not switched to WAL");
    }
    let garbage = dir.path().join("notes.db");
    std::fs::write(&garbage, b"these are my notes, not a database at all").unwrap();
    let err = open(&garbage).await.expect_err("refused");
    assert!(err.contains("is not a Dealbell database"), "{err}");
    assert_eq!(
        std::fs::read(&garbage).unwrap(),
        b"these are my notes, not a database at all"
    );
}

#[tokio::test]
async fn a_database_from_a_newer_dealbell_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dealbell.db");
    open(&path).await.unwrap().db.close().await;
    sqlite_file(
        &path,
        &[
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
           VALUES (99990101000000, 'from the future', 1, x'00', 0)",
        ],
    )
    .await;
    let err = open(&path).await.expect_err("refused");
    assert!(err.contains("newer Dealbell"), "{err}");
    assert!(err.contains("99990101000000"), "{err}");
}

#[tokio::test]
async fn a_read_only_database_is_found_at_start_up() {
    let Some(disk) = SmallDisk::mount("8m", "a_read_only_database_is_found_at_start_up") else {
        return;
    };
    let path = disk.path().join("dealbell.db");
    open(&path).await.unwrap().db.close().await;
    let remounted = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(disk.path())
        .status()
        .unwrap();
    assert!(remounted.success());
    let err = open(&path).await.expect_err("refused at start-up");
    assert!(
        err.contains("cannot be written") || err.contains("read-only") || err.contains("readonly"),
        "{err}"
    );
}

#[test]
fn processes_starting_together_on_a_new_file_all_migrate_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
                .args(["--now", "2026-03-10 09:00", "--db"])
                .arg(&db)
                .args(["console", "--script", "/dev/null"])
                .env_remove("DISCORD_TOKEN")
                .env_remove("DEALBELL_DATABASE_URL")
                .env_remove("DEALBELL_CONFIG")
                .output_started()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

trait Start {
    fn output_started(&mut self) -> std::process::Child;
}

impl Start for std::process::Command {
    fn output_started(&mut self) -> std::process::Child {
        self.stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }
}

/// The per-day and per-month sums the boards read agree with the deals themselves after every kind
/// of change: wins in two currencies, pipeline moves, losses, edits, owner changes,
/// undo and a CRM import.
#[tokio::test]
async fn the_per_day_and_per_month_sums_always_match_the_deals() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dealbell.db");
    let mut console = console_on(&path).await;
    console.set_base_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let lines = [
        ":as anna manager",
        "/win amount:12k customer:Acme",
        "/win amount:\"900 USD\" customer:Globex",
        ":as bob",
        "/win amount:5k customer:Initech",
        "/deal add customer:Umbrella amount:30k",
        "/deal won id:4",
        "/deal add customer:Hooli amount:8k",
        "/deal lost id:5 reason:price",
        "/deal undo",
        "/deal lost id:5 reason:timing",
        ":as anna manager",
        "/deal edit id:1 amount:15k",
        "/deal edit id:3 owner:@anna",
        ":advance 3d",
        "/win amount:2k customer:Acme",
        "/deal undo",
        "/import kind:deals file:@tests/fixtures/pipeline_small.csv confirm:true",
    ];
    // A big import rebuilds the sums once instead of row by row; the triggers keep
    // them again after it.
    let big = dir.path().join("big.csv");
    let mut csv = String::from("external_id,rep,customer,stage,amount,currency,closed_on\n");
    for i in 0..6_000 {
        let (stage, closed) = match i % 4 {
            0 | 1 => ("won", format!("2026-0{}-{:02}", 1 + i % 3, 1 + i % 28)),
            2 => ("lost", format!("2026-02-{:02}", 1 + i % 28)),
            _ => ("proposal", String::new()),
        };
        let currency = if i % 10 == 0 { "USD" } else { "EUR" };
        csv.push_str(&format!(
            "B{i},Rep {},Customer {i},{stage},{},{currency},{closed}\n",
            i % 7,
            100 + i
        ));
    }
    std::fs::write(&big, csv).unwrap();
    let big_import = format!("/import kind:deals file:@{} confirm:true", big.display());
    let lines = lines
        .iter()
        .map(|l| l.to_string())
        .chain([
            big_import,
            ":as bob".to_string(),
            "/win amount:3k customer:\"After the big import\"".to_string(),
        ])
        .collect::<Vec<_>>();
    for line in &lines {
        let line = line.as_str();
        if let Outcome::Failed(f) = console.execute(line).await {
            panic!("{line}: {}", f.message);
        }
    }
    console.app().db.close().await;
    let mut conn = crate::support::read_only(&path).await;
    let sums: Vec<(String, i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT closed_on, owner_id, outcome, currency, deals, amount_minor FROM closed_deal_days
         WHERE deals != 0 ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let plain: Vec<(String, i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT closed_on, owner_id, outcome, COALESCE(counted_currency, ''), COUNT(*), COALESCE(SUM(counted_minor), 0)
         FROM deals WHERE outcome IN ('won', 'lost') GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert!(plain.len() > 5, "the history closed deals: {plain:?}");
    let bulk: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM deals WHERE external_id LIKE 'B%'")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(bulk, 6_000, "the big import went in whole");
    assert_eq!(sums, plain);
    let months: Vec<(String, i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT month, owner_id, outcome, currency, deals, amount_minor FROM closed_deal_months
         WHERE deals != 0 ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let plain_months: Vec<(String, i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT substr(closed_on, 1, 7), owner_id, outcome, COALESCE(counted_currency, ''), COUNT(*), COALESCE(SUM(counted_minor), 0)
         FROM deals WHERE outcome IN ('won', 'lost') GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let distinct_months: std::collections::BTreeSet<_> =
        plain_months.iter().map(|r| r.0.clone()).collect();
    assert!(distinct_months.len() >= 2, "{distinct_months:?}");
    assert_eq!(months, plain_months);
}

fn dealbell_cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
        .args(["--now", "2026-03-10 09:00"])
        .args(args)
        // What the shell prints follows the terminal's locale: English here.
        .env("LC_ALL", "C")
        .env_remove("DISCORD_TOKEN")
        .env_remove("DEALBELL_DATABASE_URL")
        .env_remove("DEALBELL_CONFIG")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn a_backup_taken_during_a_burst_restores_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let db_arg = db.to_str().unwrap();
    let mut lines = String::from(":as bob\n");
    for i in 0..400 {
        lines.push_str(&format!(
            "/win amount:{} customer:\"Burst {i}\"\n",
            1000 + i
        ));
    }
    let script = dir.path().join("burst.txt");
    std::fs::write(&script, lines).unwrap();
    // Start the database, then a burst of wins in one process and a backup in another.
    assert!(
        dealbell_cli(&["--db", db_arg, "console", "--script", "/dev/null"])
            .status
            .success()
    );
    let burst = std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
        .args([
            "--now",
            "2026-03-10 09:00",
            "--db",
            db_arg,
            "console",
            "--script",
        ])
        .arg(&script)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    let backup = dir.path().join("backup.db");
    let out = dealbell_cli(&["--db", db_arg, "backup", backup.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let burst = burst.wait_with_output().unwrap();
    assert!(burst.status.success());

    // Restore it over a copy of the live database: a consistent prefix of the burst,
    // every deal with its audit row, and the database that was there kept beside it.
    let restored = dir.path().join("restored.db");
    std::fs::copy(&db, &restored).unwrap();
    let out = dealbell_cli(&[
        "--db",
        restored.to_str().unwrap(),
        "restore",
        backup.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("is kept as"));
    assert!(dir.path().join("restored.db.before-restore-1").exists());
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let numbers = stored_deal_numbers(&restored).await;
        assert!(
            !numbers.is_empty() && numbers.len() <= 400,
            "{}",
            numbers.len()
        );
        let expected: Vec<i64> = (1..=numbers.len() as i64).collect();
        assert_eq!(
            numbers, expected,
            "a prefix of the burst, nothing missing in between"
        );
        let mut conn = crate::support::read_only(&restored).await;
        let audited: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM deal_audit WHERE action = 'create'")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(
            audited as usize,
            numbers.len(),
            "every deal with its audit row"
        );
        // And it opens as a Dealbell database.
        open(&restored).await.unwrap().db.close().await;
    });
    // A file that is not a Dealbell database is refused, and nothing is moved.
    let notes = dir.path().join("notes.db");
    std::fs::write(&notes, b"not a database").unwrap();
    let out = dealbell_cli(&[
        "--db",
        restored.to_str().unwrap(),
        "restore",
        notes.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a Dealbell database"));
    assert!(!dir.path().join("restored.db.before-restore-2").exists());
}

/// Four processes on one file, each logging wins and undoing them at once: every
/// write waits its turn (BEGIN IMMEDIATE) instead of failing with "database is locked".
#[test]
fn four_processes_win_and_undo_on_one_file_without_a_lock_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    assert!(
        dealbell_cli(&[
            "--db",
            db.to_str().unwrap(),
            "console",
            "--script",
            "/dev/null"
        ])
        .status
        .success()
    );
    let children: Vec<_> = (0..4)
        .map(|p| {
            let mut lines = format!(":as rep{p}\n");
            for i in 0..40 {
                lines.push_str(&format!(
                    "/win amount:{} customer:\"C{p}-{i}\"\n/deal undo\n",
                    1000 + i
                ));
                if i % 2 == 0 {
                    lines.push_str(&format!("/win amount:5k customer:\"Kept {p}-{i}\"\n"));
                }
            }
            let script = dir.path().join(format!("p{p}.txt"));
            std::fs::write(&script, lines).unwrap();
            std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
                .args([
                    "--now",
                    "2026-03-10 09:00",
                    "--db",
                    db.to_str().unwrap(),
                    "console",
                    "--script",
                ])
                .arg(&script)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            text.lines()
                .filter(|l| l.contains('✖'))
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(!text.contains("locked"), "{text}");
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    let kept = rt.block_on(async {
        let mut conn = crate::support::read_only(&db).await;
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM deals")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        n
    });
    assert_eq!(
        kept,
        4 * 20,
        "every undone win is gone, every kept one is there"
    );
}

/// Rows of the outbox, read with a plain connection: (topic, state, message id).
async fn outbox_rows(db: &Path) -> Vec<(String, String, Option<String>)> {
    let mut conn = crate::support::read_only(db).await;
    sqlx::query_as("SELECT topic, state, message_id FROM outbox ORDER BY id")
        .fetch_all(&mut conn)
        .await
        .unwrap()
}

/// Where a burst test's database lives: a file, or a PostgreSQL database.
enum BurstDatabase {
    File(std::path::PathBuf),
    Postgres(String),
}

impl BurstDatabase {
    /// What `--db` is given.
    fn arg(&self) -> String {
        match self {
            BurstDatabase::File(path) => path.to_str().unwrap().to_string(),
            BurstDatabase::Postgres(url) => url.clone(),
        }
    }

    /// Waits until a killed client's server process has ended: it finishes the statement
    /// it was given (its COMMIT may still land) before it notices the client is gone.
    async fn settled(&self) {
        let BurstDatabase::Postgres(url) = self else {
            return; // a SQLite writer dies with its process
        };
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let others: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
            )
            .fetch_one(&mut conn)
            .await
            .unwrap();
            if others == 0 || std::time::Instant::now() > deadline {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        conn.close().await.unwrap();
    }

    /// The stored deals' numbers, and the outbox as (topic, state, message id), read
    /// with a plain connection.
    async fn read(&self) -> (Vec<i64>, Vec<(String, String, Option<String>)>) {
        const DEALS: &str = "SELECT number FROM deals ORDER BY number";
        const OUTBOX: &str = "SELECT topic, state, message_id FROM outbox ORDER BY id";
        match self {
            BurstDatabase::File(path) => (stored_deal_numbers(path).await, outbox_rows(path).await),
            BurstDatabase::Postgres(url) => {
                use sqlx::Connection;
                let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
                // One snapshot for both deals and announcements.
                sqlx::query("BEGIN ISOLATION LEVEL REPEATABLE READ")
                    .execute(&mut conn)
                    .await
                    .unwrap();
                let deals = sqlx::query_scalar(DEALS)
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
                let rows = sqlx::query_as(OUTBOX).fetch_all(&mut conn).await.unwrap();
                sqlx::query("COMMIT").execute(&mut conn).await.unwrap();
                conn.close().await.unwrap();
                (deals, rows)
            }
        }
    }
}

/// SIGKILL in the middle of a burst of announced wins: every announcement written down
/// belongs to a stored deal, at most the one win in flight has none, and after a restart
/// every announcement is sent once (a claimed row is taken over when its lease ends).
#[tokio::test]
async fn a_kill_mid_burst_leaves_every_announcement_to_be_sent_once_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = BurstDatabase::File(dir.path().join("live.db"));
    kill_mid_burst(&db, dir.path()).await;
}

#[tokio::test]
async fn on_postgresql_a_kill_mid_burst_leaves_every_announcement_to_be_sent_once_after_a_restart()
{
    let test = "durability::on_postgresql_a_kill_mid_burst_leaves_every_announcement_to_be_sent_once_after_a_restart";
    let Some(cluster) = crate::support::postgres::cluster(test) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = BurstDatabase::Postgres(cluster.new_database().await);
    kill_mid_burst(&db, dir.path()).await;
}

async fn kill_mid_burst(db: &BurstDatabase, dir: &Path) {
    let db_arg = db.arg();
    let setup = dir.join("setup.txt");
    std::fs::write(&setup, "/setup wins_channel:#wins\n").unwrap();
    let run = |script: &Path, stdout: std::process::Stdio| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dealbell"))
            .args([
                "--now",
                "2026-03-10 09:00",
                "--db",
                &db_arg,
                "console",
                "--script",
            ])
            .arg(script)
            .stdout(stdout)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let quiet = std::process::Stdio::null;
    assert!(run(&setup, quiet()).wait().unwrap().success());
    let mut lines = String::from(":as bob\n");
    for i in 0..2_000 {
        lines.push_str(&format!(
            "/win amount:{} customer:\"Burst {i}\"\n",
            1000 + i
        ));
    }
    let burst = dir.join("burst.txt");
    std::fs::write(&burst, lines).unwrap();
    let mut child = run(&burst, std::process::Stdio::piped());
    // SIGKILL once the console has confirmed 20 wins. The count comes from what it
    // prints, not from reading the database while it writes: the kill's moment then
    // depends on no reader's timing. (The burst runs on, a little, until the pipe the
    // test no longer reads is full.)
    let stdout = child.stdout.take().unwrap();
    let confirmed = tokio::task::spawn_blocking(move || {
        use std::io::BufRead;
        let mut confirmed = 0;
        let mut read = std::io::BufReader::new(stdout);
        let mut line = String::new();
        while confirmed < 20 && read.read_line(&mut line).unwrap_or(0) > 0 {
            // A reply's footer; the channel's posts, also printed, are framed by "│".
            if line.trim_start().starts_with("— Deal #") {
                confirmed += 1;
            }
            line.clear();
        }
        (confirmed, read)
    })
    .await
    .unwrap();
    assert_eq!(
        confirmed.0, 20,
        "the console confirmed 20 wins before it ended"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    drop(confirmed);
    db.settled().await;

    let (deals, rows) = db.read().await;
    assert!(
        deals.len() >= 20,
        "every confirmed win was stored: {}",
        deals.len()
    );
    assert!(deals.len() < 2_000, "the kill came mid-burst");
    let announced: Vec<i64> = rows
        .iter()
        .map(|(topic, _, _)| topic.trim_start_matches("win:").parse().unwrap())
        .collect();
    assert!(
        announced.iter().all(|n| deals.contains(n)),
        "no announcement for a deal that is not stored"
    );
    let missing = deals.iter().filter(|n| !announced.contains(n)).count();
    assert!(missing <= 1, "{missing} stored wins have no announcement");

    // Restart and live five minutes: held posts and leases run out, everything goes.
    let after = dir.join("after.txt");
    std::fs::write(&after, ":advance 5m\n").unwrap();
    assert!(run(&after, quiet()).wait().unwrap().success());
    let (_, rows) = db.read().await;
    assert_eq!(rows.len(), announced.len(), "nothing written twice");
    assert!(
        rows.iter()
            .all(|(_, state, id)| state == "sent" && id.is_some()),
        "every announcement sent, with its message id: {:?}",
        rows.iter()
            .filter(|(_, s, _)| s != "sent")
            .take(3)
            .collect::<Vec<_>>()
    );
}
