//! Start-up in one place: config, database and clock wired into an `App` that every
//! adapter (console, Discord, scheduler) shares.

use crate::clock::Clock;
use crate::config::Config;
use crate::store::{Db, StoreError};
use std::path::PathBuf;
use std::sync::Arc;

/// Where the data lives.
#[derive(Clone)]
pub enum Database {
    File(PathBuf),
    /// A throwaway database, deleted when the app stops.
    Temporary,
    /// A PostgreSQL server, by its URL (which may hold a password: never logged).
    Postgres(String),
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::File(path) => f.debug_tuple("File").field(path).finish(),
            Database::Temporary => f.write_str("Temporary"),
            Database::Postgres(url) => {
                write!(f, "PostgreSQL {}", crate::config::without_password(url))
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct App {
    pub db: Db,
    pub clock: Clock,
    pub config: Arc<Config>,
    /// Wakes the scheduler early (a schedule was added or resumed, the clock moved).
    pub scheduler_wake: Arc<tokio::sync::Notify>,
    /// Each team's documents, indexed in memory for /ask, with the documents' version
    /// they were read at (a newer version in the database means: build again).
    pub libraries: Libraries,
    /// How far the import under way has got, for the shell's progress bar.
    pub progress: Arc<crate::core::progress::Progress>,
    /// This process's share of Discord's rate, for every post and edit it sends to
    /// Discord (set by the bot; the console's posts stay local and unlimited).
    pub post_budget: Option<Arc<crate::post_budget::PostBudget>>,
}

/// The in-memory search indexes, by team.
pub type Libraries = Arc<
    std::sync::Mutex<
        std::collections::HashMap<
            crate::core::ids::GuildId,
            (i64, Arc<crate::core::search::Library>),
        >,
    >,
>;

impl App {
    pub async fn build(
        config: Config,
        database: Database,
        clock: Clock,
    ) -> Result<App, StoreError> {
        let db = match &database {
            Database::File(path) => Db::open(path).await?,
            Database::Temporary => Db::open_temporary().await?,
            Database::Postgres(url) => Db::open_postgres(url).await?,
        };
        tracing::debug!(database = ?database, "database ready");
        Ok(App {
            db,
            clock,
            config: Arc::new(config),
            scheduler_wake: Arc::new(tokio::sync::Notify::new()),
            libraries: Libraries::default(),
            progress: Arc::default(),
            post_budget: None,
        })
    }
}
