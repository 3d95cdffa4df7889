//! A throwaway PostgreSQL cluster for the tests: `initdb` and the server itself in a
//! temporary folder, listening only on a Unix socket there (no TCP port, no system
//! service). One cluster serves the whole test binary; each test takes a database of
//! its own in it.
//!
//! The server is started from a thread that lives as long as the test binary, with a
//! parent-death signal (`setpriv --pdeathsig`), so it stops when the tests end however
//! they end. Its folder is named after the test binary's process id; a later run
//! removes folders whose process is gone.
//!
//! PostgreSQL refuses to run as root, so under root (CI containers) the cluster runs as
//! the `postgres` user that Debian's package creates.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How to enable the PostgreSQL suites, printed once when they cannot run.
const HOW_TO_ENABLE: &str = "PostgreSQL is not installed: the PostgreSQL suites are skipped. \
     Install Debian's `postgresql` package (apt-get install postgresql), or put a folder \
     holding initdb and postgres on PATH or in DEALBELL_PG_BIN, and run the tests again";

pub struct Cluster {
    socket_folder: PathBuf,
    /// The Unix user the server runs as; the tests connect as the same role.
    role: String,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
static NEXT_DATABASE: AtomicUsize = AtomicUsize::new(0);
static TOLD_WHY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The shared cluster, started on first use, or why there is none and how to install it.
pub fn available() -> Result<&'static Cluster, &'static str> {
    CLUSTER.get_or_init(start).as_ref().map_err(String::as_str)
}

/// The shared cluster, started on first use; None after saying, once per test, that
/// `test` is skipped and how to enable it.
pub fn cluster(test: &str) -> Option<&'static Cluster> {
    match CLUSTER.get_or_init(start) {
        Ok(cluster) => Some(cluster),
        Err(why) => {
            // How to enable the suites is said once; each skipped test is still named.
            if TOLD_WHY.swap(true, Ordering::SeqCst) {
                super::skip(
                    test,
                    "no PostgreSQL (see the first PostgreSQL SKIPPED line)",
                );
            } else {
                super::skip(test, why);
            }
            None
        }
    }
}

impl Cluster {
    /// A new, empty database in the cluster, and the URL that reaches it through the
    /// socket folder (the `?host=/folder` form libpq and sqlx both read).
    pub async fn new_database(&self) -> String {
        use sqlx::Connection;
        let n = NEXT_DATABASE.fetch_add(1, Ordering::SeqCst);
        let name = format!("test_{n}");
        // The socket appears before the server takes connections: wait out "starting up".
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let mut admin = loop {
            match sqlx::PgConnection::connect(&self.url("postgres")).await {
                Ok(conn) => break conn,
                Err(e) if std::time::Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("connect to the test cluster: {e}"),
            }
        };
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("create a test database");
        admin.close().await.ok();
        self.url(&name)
    }

    fn url(&self, database: &str) -> String {
        format!(
            "postgres://{}@localhost/{database}?host={}",
            self.role,
            self.socket_folder.display()
        )
    }
}

/// The folder holding initdb and postgres: DEALBELL_PG_BIN, PATH, or Debian's
/// versioned folder (the newest).
fn binaries() -> Option<PathBuf> {
    let has_both = |dir: &Path| dir.join("initdb").is_file() && dir.join("postgres").is_file();
    if let Some(dir) = std::env::var_os("DEALBELL_PG_BIN").map(PathBuf::from) {
        return has_both(&dir).then_some(dir);
    }
    if let Some(dir) = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).find(|dir| has_both(dir)))
    {
        return Some(dir);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path().join("bin")))
        .filter(|dir| has_both(dir))
        .collect();
    versions.sort_by_key(|dir| {
        let version = dir.parent().and_then(Path::file_name);
        version
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|out| out.stdout.trim_ascii() == b"0")
        .unwrap_or(false)
}

/// Removes the folders of earlier runs whose test binary has exited.
fn remove_stale_folders(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("dealbell-pg-"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn start() -> Result<Cluster, String> {
    let Some(bin) = binaries() else {
        return Err(HOW_TO_ENABLE.to_string());
    };
    let parent = std::env::temp_dir();
    remove_stale_folders(&parent);
    let folder = parent.join(format!("dealbell-pg-{}", std::process::id()));
    let data = folder.join("data");
    std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {folder:?}: {e}"))?;
    // Under root, the server runs as `postgres`, which must own its folder.
    let run_as = if is_root() {
        let owner = Command::new("id")
            .args(["-u", "postgres"])
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .and_then(|uid| uid.trim().parse::<u32>().ok())
            .ok_or("the tests run as root and there is no `postgres` user to run PostgreSQL as")?;
        std::os::unix::fs::chown(&folder, Some(owner), None)
            .map_err(|e| format!("cannot give {folder:?} to postgres: {e}"))?;
        Some("postgres")
    } else {
        None
    };
    let role = run_as
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "postgres".into());
    let as_user = |program: &Path, parent_death_signal: Option<&str>| {
        let mut command = Command::new("setpriv");
        if let Some(signal) = parent_death_signal {
            command.args(["--pdeathsig", signal]);
        }
        if let Some(user) = run_as {
            command.args(["--reuid", user, "--regid", user, "--init-groups"]);
        }
        command.arg(program);
        command
    };
    let initdb = as_user(&bin.join("initdb"), None)
        .arg("-D")
        .arg(&data)
        .args([
            "--username",
            &role,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        ])
        .stdout(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run initdb: {e}"))?;
    if !initdb.status.success() {
        return Err(format!(
            "initdb failed: {}",
            String::from_utf8_lossy(&initdb.stderr)
        ));
    }
    // The server is the child of a thread that never ends, and its parent-death signal
    // (QUIT: PostgreSQL's immediate shutdown) fires only when the test binary exits.
    let log = std::fs::File::create(folder.join("server.log")).map_err(|e| e.to_string())?;
    let mut command = as_user(&bin.join("postgres"), Some("QUIT"));
    command
        .arg("-D")
        .arg(&data)
        .arg("-k")
        .arg(&folder)
        .args(["-c", "listen_addresses=", "-c", "max_connections=200"])
        .stdout(Stdio::null())
        .stderr(Stdio::from(log));
    let (started, running) = std::sync::mpsc::channel();
    std::thread::spawn(move || match command.spawn() {
        Ok(mut child) => {
            let _ = started.send(Ok(()));
            let _ = child.wait();
        }
        Err(e) => {
            let _ = started.send(Err(format!("cannot start postgres: {e}")));
        }
    });
    running
        .recv()
        .map_err(|_| "the server's thread ended".to_string())??;
    let socket = folder.join(".s.PGSQL.5432");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !socket.exists() {
        if Instant::now() > deadline {
            let log = std::fs::read_to_string(folder.join("server.log")).unwrap_or_default();
            return Err(format!("postgres did not start within 30 s: {log}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(Cluster {
        socket_folder: folder,
        role,
    })
}
