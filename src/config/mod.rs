//! Settings: built-in defaults (config/default.toml, compiled in) ← a config file ←
//! environment variables. Validated once at start; the rest of the program gets
//! typed values.

use crate::core::alerts::AlertSettings;
use crate::core::deal::Pipeline;
use crate::core::forecast::CategoryThresholds;
use crate::core::language::Language;
use crate::core::money::Currency;
use crate::core::period::FiscalYearStart;
use crate::i18n::said::Part;
use crate::i18n::{Said, Words};
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

/// Settings that cannot be used. The `Display` is English, for logs and tests; the
/// operator reads `worded` in the terminal's language.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is not valid TOML: {message}")]
    Syntax { path: String, message: String },
    /// A field the settings do not have, or of the wrong type, in the TOML reader's own
    /// words.
    #[error("config: {0}")]
    Fields(String),
    #[error("config: {}", .0.word(Words::new(Language::En)))]
    Invalid(Said),
}

impl ConfigError {
    pub fn worded(&self, words: Words) -> String {
        match self {
            ConfigError::Read { path, source } => words.say_with(
                "config-read",
                &[
                    ("path", path.display().to_string().into()),
                    ("why", source.to_string().into()),
                ],
            ),
            ConfigError::Syntax { path, message } => words.say_with(
                "config-syntax",
                &[
                    ("path", path.as_str().into()),
                    ("why", message.as_str().into()),
                ],
            ),
            ConfigError::Fields(message) => message.clone(),
            ConfigError::Invalid(said) => said.word(words),
        }
    }
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
    pub sources: Vec<SettingsSource>,
}

/// Where settings were read from, for `check-config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsSource {
    /// `config/default.toml`, compiled in.
    BuiltIn,
    File(PathBuf),
    /// An environment variable (`DISCORD_TOKEN`).
    Variable(&'static str),
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
            ConfigError::Invalid(
                Said::new("config-shards")
                    .with("range", range)
                    .with("total", i64::from(total))
                    .with("why", Part::message(why)),
            )
        };
        let number = |t: &str| {
            t.trim()
                .parse::<u32>()
                .map_err(|_| invalid("config-shards-not-numbers"))
        };
        let (first, last) = match range.split_once('-') {
            Some((a, b)) => (number(a)?, number(b)?),
            None => {
                let one = number(range)?;
                (one, one)
            }
        };
        if total == 0 {
            return Err(invalid("config-shards-no-total"));
        }
        if first > last {
            return Err(invalid("config-shards-backwards"));
        }
        if last >= total {
            return Err(invalid("config-shards-beyond-total"));
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
mod summary;
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
                    path: "config/default.toml".into(),
                    message: e.to_string(),
                })?;
        let mut sources = vec![SettingsSource::BuiltIn];

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
            sources.push(SettingsSource::File(path));
        }

        let raw: RawConfig = toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Fields(e.to_string()))?;
        let mut config = validate::config_from(raw)?;

        if let Some(url) = env.get("DEALBELL_DATABASE_URL") {
            config.database = database_from_url(url)?;
            sources.push(SettingsSource::Variable("DEALBELL_DATABASE_URL"));
        }
        if let Some(token) = env.get("DISCORD_TOKEN") {
            config.discord.token = Secret::new(token.trim());
            sources.push(SettingsSource::Variable("DISCORD_TOKEN"));
        }
        if let Some(guild) = env.get("DEALBELL_DEV_GUILD") {
            config.discord.dev_guild = Some(parse_guild_id(guild)?);
            sources.push(SettingsSource::Variable("DEALBELL_DEV_GUILD"));
        }
        if let Some(url) = env.get("DEALBELL_DISCORD_API_URL") {
            config.discord.api_url = Some(parse_origin(url)?);
            sources.push(SettingsSource::Variable("DEALBELL_DISCORD_API_URL"));
        }
        config.sources = sources;
        Ok(config)
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
                return Err(ConfigError::Invalid(
                    Said::new("config-database-scheme").with("scheme", scheme),
                ));
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
    text.trim()
        .parse::<u64>()
        .map_err(|_| ConfigError::Invalid(Said::new("config-dev-guild").with("value", text)))
}

/// An origin such as `http://127.0.0.1:7777`, without a trailing slash or path.
fn parse_origin(text: &str) -> Result<String, ConfigError> {
    let t = text.trim().trim_end_matches('/');
    let ok_scheme = t.starts_with("http://") || t.starts_with("https://");
    let host = t.split("://").nth(1).unwrap_or("");
    if !ok_scheme || host.is_empty() || host.contains('/') {
        return Err(ConfigError::Invalid(
            Said::new("config-api-origin").with("value", text),
        ));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests;
