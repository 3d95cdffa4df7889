//! Backups while the bot runs, and restoring one.
//!
//! A backup is `VACUUM INTO` a new file: one consistent snapshot of the database,
//! written by SQLite while readers and the writer carry on, then synced to disk. A
//! restore checks the file first (a Dealbell database of this or an older schema),
//! keeps the current database beside it, and puts the backup in its place.

use super::{Db, StoreError, inspect};
use std::path::{Path, PathBuf};

/// Why a backup could not be taken or put back.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "a PostgreSQL database is backed up with the server's own tools (pg_dump, or the host's snapshots), not by Dealbell"
    )]
    Postgres,
    #[error("{} exists already; name a new file", .0.display())]
    Exists(PathBuf),
    #[error("{} is not a file", .0.display())]
    NotAFile(PathBuf),
    #[error("{} is empty", .0.display())]
    Empty(PathBuf),
    #[error("the folder {} does not exist", .0.display())]
    NoFolder(PathBuf),
    #[error("{step}: {source}")]
    Failed {
        step: BackupStep,
        source: std::io::Error,
    },
}

/// The step of a backup or restore that the disk refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BackupStep {
    #[error("syncing the backup")]
    Sync,
    #[error("keeping the current database")]
    KeepCurrent,
    #[error("copying the backup in")]
    CopyIn,
}

impl BackupStep {
    /// The selector the shell's message words this step by.
    pub fn key(self) -> &'static str {
        match self {
            BackupStep::Sync => "sync",
            BackupStep::KeepCurrent => "keep-current",
            BackupStep::CopyIn => "copy-in",
        }
    }
}

impl Db {
    /// Writes a consistent copy of the database to `to`, which must not exist yet.
    pub async fn backup(&self, to: &Path) -> Result<(), StoreError> {
        if self.dialect() == super::Dialect::Postgres {
            return Err(BackupError::Postgres.into());
        }
        if to.exists() {
            return Err(BackupError::Exists(to.to_path_buf()).into());
        }
        if let Some(folder) = to
            .parent()
            .filter(|f| !f.as_os_str().is_empty() && !f.is_dir())
        {
            return Err(BackupError::NoFolder(folder.to_path_buf()).into());
        }
        let target = to.to_string_lossy().to_string();
        sqlx::query("VACUUM INTO ?")
            .bind(&target)
            .execute(&self.read)
            .await?;
        let to = to.to_path_buf();
        let failed = |source| BackupError::Failed {
            step: BackupStep::Sync,
            source,
        };
        tokio::task::spawn_blocking(move || std::fs::File::open(&to)?.sync_all())
            .await
            .map_err(|e| failed(std::io::Error::other(e)))?
            .map_err(|e| failed(e).into())
    }
}

/// Puts the backup `from` in place of the database at `path`; the database that was
/// there is kept as `<path>.before-restore-<n>` and returned. Run it while Dealbell is
/// stopped.
pub async fn restore(from: &Path, path: &Path) -> Result<Option<PathBuf>, StoreError> {
    if !from.is_file() {
        return Err(BackupError::NotAFile(from.to_path_buf()).into());
    }
    // The backup must be a Dealbell database this version can read.
    inspect(from).await?;
    let empty = std::fs::metadata(from).map_or(true, |m| m.len() == 0);
    if empty {
        return Err(BackupError::Empty(from.to_path_buf()).into());
    }
    let mut kept = None;
    if path.exists() {
        let mut n = 1;
        let copy = loop {
            let mut name = path.as_os_str().to_owned();
            name.push(format!(".before-restore-{n}"));
            let candidate = PathBuf::from(name);
            if !candidate.exists() {
                break candidate;
            }
            n += 1;
        };
        std::fs::rename(path, &copy).map_err(|source| BackupError::Failed {
            step: BackupStep::KeepCurrent,
            source,
        })?;
        for suffix in ["-wal", "-shm"] {
            let mut side = path.as_os_str().to_owned();
            side.push(suffix);
            let side = PathBuf::from(side);
            if side.exists() {
                let mut to = copy.as_os_str().to_owned();
                to.push(suffix);
                let _ = std::fs::rename(&side, PathBuf::from(to));
            }
        }
        kept = Some(copy);
    }
    std::fs::copy(from, path)
        .and_then(|_| std::fs::File::open(path)?.sync_all())
        .map_err(|source| BackupError::Failed {
            step: BackupStep::CopyIn,
            source,
        })?;
    Ok(kept)
}
