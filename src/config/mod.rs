//! Settings: built-in defaults (config/default.toml, compiled in) ← a config file ←
//! environment variables. Validated once at start; the rest of the program gets
//! typed values.

use crate::core::alerts::AlertSettings;
use crate::core::deal::Pipeline;
use crate::core::forecast::CategoryThresholds;
use crate::core::money::Currency;
use crate::core::period::FiscalYearStart;
use chrono_tz::Tz;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

const DEFAULTS: &str = include_str!("../../config/default.toml");

/// The file read when present and no other is named.
pub const LOCAL_CONFIG: &str = "config/dealbell.toml";

/// Nightly backups of the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NightlyBackup {
    pub folder: PathBuf,
    /// How many nightly files are kept (the oldest beyond are removed).
    pub keep: u32,
    /// The UTC hour from which the day's backup is taken.
    pub hour: u32,
}

/// Friendly competition: how busy a wins channel may get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competition {
    /// More announcements than this within `burst_minutes` are combined.
    pub burst_posts: i64,
    pub burst_minutes: i64,
    /// How long held announcements wait, gathering company, before going out as one.
    pub burst_hold_minutes: i64,
}

/// Where the documents every team starts with come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SampleDocs {
    /// The samples compiled into Dealbell.
    BuiltIn,
    /// Markdown or text files in a folder.
    Folder(PathBuf),
    None,
}

/// A secret string (the bot token). Its `Debug` and `Display` never show it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() {
            "Secret(<unset>)"
        } else {
            "Secret(<redacted>)"
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is not valid TOML: {message}")]
    Syntax { path: String, message: String },
    #[error("config: {0}")]
    Invalid(String),
}

/// Where the database is, as the settings name it.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseLocation {
    /// A SQLite file (a path, or `sqlite://path`).
    Sqlite(PathBuf),
    /// A PostgreSQL server: the URL as given (`postgres://` or `postgresql://`).
    Postgres(String),
}

impl DatabaseLocation {
    /// How the settings show it: a file's path, or the server without its password.
    pub fn shown(&self) -> String {
        match self {
            DatabaseLocation::Sqlite(path) => path.display().to_string(),
            DatabaseLocation::Postgres(url) => without_password(url),
        }
    }
}

/// A PostgreSQL URL with any password replaced by `***`, for logs and `check-config`.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((credentials, place)) => match credentials.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{place}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

impl std::fmt::Debug for DatabaseLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown())
    }
}

/// Everything Dealbell is configured with, validated.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseLocation,
    pub team_defaults: TeamDefaults,
    pub undo_window_minutes: i64,
    /// How many days back a rep may date a win or move a closed deal's date.
    pub backdate_days: i64,
    pub leaderboard_top: u32,
    pub win_rate_min_closed: i64,
    pub import_max_bytes: usize,
    pub schedule_grace_minutes: i64,
    /// Nightly backups: where, how many kept, and from which UTC hour (None: off).
    pub nightly_backup: Option<NightlyBackup>,
    pub post_attempts: i64,
    /// How long a post being sent is held before another sender may take it over.
    pub post_lease_seconds: i64,
    pub competition: Competition,
    pub nudges: crate::core::nudge::NudgeLimits,
    pub forecast_thresholds: CategoryThresholds,
    /// Alert rules every team starts with.
    pub alerts: AlertSettings,
    /// "month" or "quarter": the period alerts watch.
    pub alerts_period: crate::core::quota::QuotaPeriod,
    /// Where the sample documents every team starts with are read from (None: none).
    /// The documents every team starts with.
    pub docs_samples: SampleDocs,
    /// The largest document /docs add accepts, in bytes.
    pub docs_max_bytes: usize,
    pub pipeline: Pipeline,
    /// Lower-cased CRM stage name → stage key.
    pub import_stage_map: BTreeMap<String, String>,
    pub discord: DiscordConfig,
    pub web: WebConfig,
    /// Where the settings came from, for `check-config`.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct TeamDefaults {
    pub timezone: Tz,
    pub currency: Currency,
    pub fiscal_year_start: FiscalYearStart,
    /// The weekend, public holidays and days off a new team starts with.
    pub calendar: crate::core::calendar::TeamCalendar,
}

#[derive(Debug, Clone, Default)]
pub struct DiscordConfig {
    pub token: Secret,
    pub dev_guild: Option<u64>,
    pub api_url: Option<String>,
    /// The shards this process runs (None: all Discord recommends).
    pub shards: Option<ShardRange>,
    /// How long a shard may stay unconnected before Dealbell asks the gateway why
    /// (None: 30 s; tests shorten it).
    pub refusal_patience: Option<std::time::Duration>,
    /// Posts and edits this process sends to channels in a second, at most: its share
    /// of Discord's 50 requests a second per bot (1 to 50).
    pub posts_per_second: u32,
}

/// A range of the gateway's shards, both ends included, of `total` shards in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    /// Reads "0-3" (or "2") of `total`, checked: the range inside the total, in order.
    pub fn parse(range: &str, total: u32) -> Result<ShardRange, ConfigError> {
        let invalid = |why: &str| {
            ConfigError::Invalid(format!(
                "shards {range:?} of {total}: {why} (write them as 0-3 with a total such as 8)"
            ))
        };
        let number = |t: &str| {
            t.trim()
                .parse::<u32>()
                .map_err(|_| invalid("not shard numbers"))
        };
        let (first, last) = match range.split_once('-') {
            Some((a, b)) => (number(a)?, number(b)?),
            None => {
                let one = number(range)?;
                (one, one)
            }
        };
        if total == 0 {
            return Err(invalid("the total number of shards is missing"));
        }
        if first > last {
            return Err(invalid("the range runs backwards"));
        }
        if last >= total {
            return Err(invalid(
                "shards are numbered from 0 to one less than the total",
            ));
        }
        Ok(ShardRange { first, last, total })
    }
}

/// The live page's server: off unless `listen` is set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebConfig {
    pub listen: Option<std::net::SocketAddr>,
    /// The origin links start with (no trailing slash).
    pub public_url: Option<String>,
    /// Requests one address may make in a minute.
    pub requests_per_minute: u32,
}

impl WebConfig {
    /// The origin a page link starts with: `public_url`, or the address served.
    pub fn origin(&self) -> Option<String> {
        self.public_url
            .clone()
            .or_else(|| self.listen.map(|a| format!("http://{a}")))
    }
}

mod raw;
mod validate;
use raw::RawConfig;

/// Environment variables Dealbell reads, in one place so `check-config` can list them.
pub struct Environment {
    vars: BTreeMap<String, String>,
}

impl Environment {
    pub fn from_process() -> Environment {
        let wanted = [
            "DEALBELL_CONFIG",
            "DEALBELL_DATABASE_URL",
            "DISCORD_TOKEN",
            "DEALBELL_DEV_GUILD",
            "DEALBELL_DISCORD_API_URL",
        ];
        let vars = wanted
            .iter()
            .filter_map(|k| {
                std::env::var(k)
                    .ok()
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| (k.to_string(), v))
            })
            .collect();
        Environment { vars }
    }
    pub fn empty() -> Environment {
        Environment {
            vars: BTreeMap::new(),
        }
    }
    pub fn with(mut self, key: &str, value: &str) -> Environment {
        self.vars.insert(key.to_string(), value.to_string());
        self
    }
    fn get(&self, key: &str) -> Option<&str> {
        self.vars.get(key).map(String::as_str)
    }
}

impl Config {
    /// Defaults only: what tests and benchmarks start from. The one panic outside
    /// tests: the compiled-in defaults are checked by a unit test, so a build whose
    /// defaults do not load never passes.
    #[expect(clippy::panic, reason = "compiled-in defaults, checked by a unit test")]
    pub fn defaults() -> Config {
        Config::load(None, &Environment::empty()).unwrap_or_else(|e| {
            // The compiled-in defaults are checked by a unit test, so this cannot happen
            // in a released build.
            panic!("built-in config/default.toml is invalid: {e}")
        })
    }

    /// Loads defaults, then `file` (or DEALBELL_CONFIG, or config/dealbell.toml when it
    /// exists), then the environment.
    pub fn load(file: Option<&Path>, env: &Environment) -> Result<Config, ConfigError> {
        let mut merged: toml::Table =
            DEFAULTS
                .parse()
                .map_err(|e: toml::de::Error| ConfigError::Syntax {
                    path: "built-in defaults".into(),
                    message: e.to_string(),
                })?;
        let mut sources = vec!["built-in defaults".to_string()];

        let chosen: Option<PathBuf> = file
            .map(Path::to_path_buf)
            .or_else(|| env.get("DEALBELL_CONFIG").map(PathBuf::from))
            .or_else(|| {
                Path::new(LOCAL_CONFIG)
                    .exists()
                    .then(|| PathBuf::from(LOCAL_CONFIG))
            });
        if let Some(path) = chosen {
            let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
                path: path.clone(),
                source,
            })?;
            let overlay: toml::Table =
                text.parse()
                    .map_err(|e: toml::de::Error| ConfigError::Syntax {
                        path: path.display().to_string(),
                        message: e.to_string(),
                    })?;
            merge(&mut merged, overlay);
            sources.push(path.display().to_string());
        }

        let raw: RawConfig = toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Invalid(e.to_string()))?;
        let mut config = validate::config_from(raw)?;

        if let Some(url) = env.get("DEALBELL_DATABASE_URL") {
            config.database = database_from_url(url)?;
            sources.push("DEALBELL_DATABASE_URL".into());
        }
        if let Some(token) = env.get("DISCORD_TOKEN") {
            config.discord.token = Secret::new(token.trim());
            sources.push("DISCORD_TOKEN".into());
        }
        if let Some(guild) = env.get("DEALBELL_DEV_GUILD") {
            config.discord.dev_guild = Some(parse_guild_id(guild)?);
            sources.push("DEALBELL_DEV_GUILD".into());
        }
        if let Some(url) = env.get("DEALBELL_DISCORD_API_URL") {
            config.discord.api_url = Some(parse_origin(url)?);
            sources.push("DEALBELL_DISCORD_API_URL".into());
        }
        config.sources = sources;
        Ok(config)
    }

    /// The settings as `check-config` prints them: the token only as set or unset.
    pub fn redacted_summary(&self) -> String {
        let d = &self.team_defaults;
        let mut out = String::new();
        out.push_str(&format!(
            "read from:          {}\n",
            self.sources.join(" <- ")
        ));
        out.push_str(&format!("database:           {}\n", self.database.shown()));
        out.push_str(&format!("nightly backup:     {}\n", self.backup_summary()));
        out.push_str(&format!(
            "team defaults:      timezone {}, currency {}, fiscal year starts in month {}, weekend {}, public holidays of {}, {} other days off\n",
            d.timezone,
            d.currency,
            d.fiscal_year_start.month(),
            d.calendar.weekend.key(),
            d.calendar.country.map_or("no country", |c| c.code()),
            d.calendar.days_off.len()
        ));
        out.push_str(&format!(
            "undo window:        {} minutes\n",
            self.undo_window_minutes
        ));
        out.push_str(&format!("leaderboard rows:   {}\n", self.leaderboard_top));
        out.push_str(&format!(
            "live page:          {}\n",
            match (&self.web.listen, self.web.origin()) {
                (Some(addr), Some(origin)) => format!("served on {addr}, links start {origin}"),
                _ => "off (web.listen)".to_string(),
            }
        ));
        let c = &self.competition;
        out.push_str(&format!(
            "win bursts:         more than {} in {} minutes wait {} minutes and go out as one\n",
            c.burst_posts, c.burst_minutes, c.burst_hold_minutes,
        ));
        let n = &self.nudges;
        out.push_str(&format!(
            "nudges:             at most {} a day and {} a week per rep, quiet {}-{}{}, after {} quiet working days\n",
            n.per_day,
            n.per_week,
            n.quiet_from.format("%H:%M"),
            n.quiet_until.format("%H:%M"),
            if n.quiet_weekends { " and at weekends" } else { "" },
            n.inactive_days
        ));
        let stages: Vec<String> = self
            .pipeline
            .stages()
            .iter()
            .map(|s| format!("{} {}%", s.label, s.probability))
            .collect();
        out.push_str(&format!("stages:             {}\n", stages.join(", ")));
        out.push_str(&format!(
            "discord token:      {}\n",
            if self.discord.token.is_empty() {
                "not set (the console runs instead)"
            } else {
                "set (hidden)"
            }
        ));
        if let Some(g) = self.discord.dev_guild {
            out.push_str(&format!("dev guild:          {g}\n"));
        }
        if let Some(url) = &self.discord.api_url {
            out.push_str(&format!("discord api origin: {url}\n"));
        }
        out
    }
}

impl Config {
    /// The nightly backup as `check-config` says it; on PostgreSQL it cannot be taken
    /// (the server's data is backed up with `pg_dump`), which is said here rather than
    /// first at night.
    fn backup_summary(&self) -> String {
        match (&self.nightly_backup, &self.database) {
            (None, _) => "off (schedules.backup_folder)".to_string(),
            (Some(_), DatabaseLocation::Postgres(_)) => {
                "set, but not taken: the database is PostgreSQL, whose data Dealbell cannot copy as a file. Back it up with pg_dump (and unset schedules.backup_folder)".to_string()
            }
            (Some(b), DatabaseLocation::Sqlite(_)) => format!(
                "into {} from {:02}:00 UTC, the last {} kept",
                b.folder.display(),
                b.hour,
                b.keep
            ),
        }
    }
}

/// Deep-merges `overlay` into `base`: tables merge key by key, anything else replaces.
fn merge(base: &mut toml::Table, overlay: toml::Table) {
    for (key, value) in overlay {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(key, v);
            }
        }
    }
}

/// Accepts a plain path or an `sqlite:` URL (`sqlite://data/x.db`, `sqlite:x.db?mode=rwc`).
pub fn database_from_url(url: &str) -> Result<DatabaseLocation, ConfigError> {
    let trimmed = url.trim();
    // A server database must never be taken for a file name (`./postgres:`).
    if let Some((scheme, _)) = trimmed.split_once("://") {
        match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => {}
            "postgres" | "postgresql" => {
                return Ok(DatabaseLocation::Postgres(trimmed.to_string()));
            }
            _ => {
                return Err(ConfigError::Invalid(format!(
                    "the database scheme {scheme}:// is not one Dealbell reads; use a SQLite file, \
                     written as a path (data/dealbell.db) or sqlite://data/dealbell.db, or a \
                     PostgreSQL server, written postgres://user@host/database"
                )));
            }
        }
    }
    let without_scheme = trimmed
        .strip_prefix("sqlite://")
        .or_else(|| trimmed.strip_prefix("sqlite:"))
        .unwrap_or(trimmed);
    let without_query = without_scheme.split('?').next().unwrap_or(without_scheme);
    Ok(DatabaseLocation::Sqlite(PathBuf::from(without_query)))
}

fn parse_guild_id(text: &str) -> Result<u64, ConfigError> {
    text.trim().parse::<u64>().map_err(|_| {
        ConfigError::Invalid(format!("dev guild {text:?} must be a server id (a number)"))
    })
}

/// An origin such as `http://127.0.0.1:7777`, without a trailing slash or path.
fn parse_origin(text: &str) -> Result<String, ConfigError> {
    let t = text.trim().trim_end_matches('/');
    let ok_scheme = t.starts_with("http://") || t.starts_with("https://");
    let host = t.split("://").nth(1).unwrap_or("");
    if !ok_scheme || host.is_empty() || host.contains('/') {
        return Err(ConfigError::Invalid(format!(
            "the Discord API origin {text:?} must look like https://host or http://127.0.0.1:7777 (no path)"
        )));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests;
