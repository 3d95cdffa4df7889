//! Settings: built-in defaults (config/default.toml, compiled in) ← a config file ←
//! environment variables. Validated once at start; the rest of the program gets
//! typed values.

use crate::core::alerts::{AlertSettings, Rule, RuleSetting, check_threshold};
use crate::core::deal::{Pipeline, PipelineError, Stage};
use crate::core::forecast::CategoryThresholds;
use crate::core::localtime::parse_timezone;
use crate::core::money::Currency;
use crate::core::period::FiscalYearStart;
use chrono_tz::Tz;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

const DEFAULTS: &str = include_str!("../../config/default.toml");

/// The file read when present and no other is named.
pub const LOCAL_CONFIG: &str = "config/dealbell.toml";

/// A secret string (the bot token). Its `Debug` and `Display` never show it.
/// Nightly backups of the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NightlyBackup {
    pub folder: PathBuf,
    /// How many nightly files are kept (the oldest beyond are removed).
    pub keep: u32,
    /// The UTC hour from which the day's backup is taken.
    pub hour: u32,
}

/// Friendly competition: how busy a wins channel may get, and which days are holidays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competition {
    /// More announcements than this within `burst_minutes` are combined.
    pub burst_posts: i64,
    pub burst_minutes: i64,
    /// How long held announcements wait, gathering company, before going out as one.
    pub burst_hold_minutes: i64,
    /// Days that are not working days.
    pub holidays: Vec<chrono::NaiveDate>,
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

/// Everything Dealbell is configured with, validated.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_path: PathBuf,
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
    pub alerts_period: String,
    /// Where the sample documents every team starts with are read from (None: none).
    /// The documents every team starts with.
    pub docs_samples: SampleDocs,
    /// The largest document /docs add accepts, in bytes.
    pub docs_max_bytes: usize,
    pub pipeline: Pipeline,
    /// Lower-cased CRM stage name → stage key.
    pub import_stage_map: BTreeMap<String, String>,
    pub discord: DiscordConfig,
    /// Where the settings came from, for `check-config`.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct TeamDefaults {
    pub timezone: Tz,
    pub currency: Currency,
    pub fiscal_year_start: FiscalYearStart,
}

#[derive(Debug, Clone, Default)]
pub struct DiscordConfig {
    pub token: Secret,
    pub dev_guild: Option<u64>,
    pub api_url: Option<String>,
}

mod raw;
use raw::RawConfig;

/// The nudge limits, checked.
fn nudge_limits(n: &raw::RawNudges) -> Result<crate::core::nudge::NudgeLimits, ConfigError> {
    let invalid = |m: &str| ConfigError::Invalid(format!("nudges: {m}"));
    let time = |name: &str, t: &str| {
        chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M")
            .map_err(|_| invalid(&format!("{name} {t:?} is not a time written HH:MM")))
    };
    if !(1..=60).contains(&n.inactive_days) {
        return Err(invalid("inactive_days must be 1-60"));
    }
    if !(1..=100).contains(&n.behind_pace_points) {
        return Err(invalid("behind_pace_points must be 1-100"));
    }
    if n.check_hour > 23 {
        return Err(invalid("check_hour must be 0-23"));
    }
    if !(0..=20).contains(&n.per_day) || !(0..=100).contains(&n.per_week) {
        return Err(invalid("per_day must be 0-20 and per_week 0-100"));
    }
    if !(1..=24 * 14).contains(&n.stale_after_hours) {
        return Err(invalid("stale_after_hours must be 1-336"));
    }
    Ok(crate::core::nudge::NudgeLimits {
        per_day: n.per_day,
        per_week: n.per_week,
        quiet_from: time("quiet_from", &n.quiet_from)?,
        quiet_until: time("quiet_until", &n.quiet_until)?,
        quiet_weekends: n.quiet_weekends,
        stale_after: chrono::Duration::hours(n.stale_after_hours),
        inactive_days: n.inactive_days,
        behind_pace_points: n.behind_pace_points,
        check_hour: n.check_hour,
    })
}

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
    /// Defaults only: what tests and `--memory` sessions start from.
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
        let mut config = Config::validate(raw)?;

        if let Some(url) = env.get("DEALBELL_DATABASE_URL") {
            config.database_path = database_path_from_url(url);
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

    fn validate(raw: RawConfig) -> Result<Config, ConfigError> {
        let invalid = |m: String| ConfigError::Invalid(m);
        let timezone = parse_timezone(&raw.team.timezone).ok_or_else(|| {
            invalid(format!(
                "team.timezone {:?} is not an IANA timezone such as Europe/Berlin",
                raw.team.timezone
            ))
        })?;
        let currency = Currency::from_code(&raw.team.currency).ok_or_else(|| {
            invalid(format!(
                "team.currency {:?} is not an ISO 4217 code",
                raw.team.currency
            ))
        })?;
        let fiscal_year_start = FiscalYearStart::new(raw.team.fiscal_year_start)
            .ok_or_else(|| invalid("team.fiscal_year_start must be a month, 1-12".into()))?;
        if !(0..=7 * 24 * 60).contains(&raw.deals.undo_window_minutes) {
            return Err(invalid(
                "deals.undo_window_minutes must be between 0 and 10080 (a week)".into(),
            ));
        }
        if !(0..=3660).contains(&raw.deals.backdate_days) {
            return Err(invalid(
                "deals.backdate_days must be between 0 and 3660 (ten years)".into(),
            ));
        }
        if !(1..=50).contains(&raw.deals.leaderboard_top) {
            return Err(invalid(
                "deals.leaderboard_top must be between 1 and 50".into(),
            ));
        }
        if !(0..=7 * 24 * 60).contains(&raw.schedules.grace_minutes) {
            return Err(invalid(
                "schedules.grace_minutes must be between 0 and 10080 (a week)".into(),
            ));
        }
        if !(1..=3600).contains(&raw.schedules.post_lease_seconds) {
            return Err(invalid(
                "schedules.post_lease_seconds must be between 1 and 3600".into(),
            ));
        }
        if !(1..=10).contains(&raw.schedules.post_attempts) {
            return Err(invalid(
                "schedules.post_attempts must be between 1 and 10".into(),
            ));
        }
        let c = &raw.competition;
        if !(1..=1000).contains(&c.burst_posts)
            || !(1..=24 * 60).contains(&c.burst_minutes)
            || !(0..=24 * 60).contains(&c.burst_hold_minutes)
        {
            return Err(invalid(
                "competition: burst_posts must be 1-1000, burst_minutes 1-1440 and burst_hold_minutes 0-1440".into(),
            ));
        }
        let holidays = c
            .holidays
            .iter()
            .map(|d| {
                chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").map_err(|_| {
                    invalid(format!(
                        "competition.holidays: {d:?} is not a date written YYYY-MM-DD"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let competition = Competition {
            burst_posts: c.burst_posts,
            burst_minutes: c.burst_minutes,
            burst_hold_minutes: c.burst_hold_minutes,
            holidays,
        };
        let nudges = nudge_limits(&raw.nudges)?;
        if !(raw.forecast.best_case_at <= raw.forecast.commit_at && raw.forecast.commit_at <= 100) {
            return Err(invalid(
                "forecast: best_case_at must not be above commit_at, and both at most 100".into(),
            ));
        }
        let a = &raw.alerts;
        let mut rules = BTreeMap::new();
        for (rule, threshold, days) in [
            (
                Rule::Attainment,
                a.attainment_below_percent,
                Some(a.attainment_days_left),
            ),
            (Rule::Slipped, a.slipped_after_days, None),
            (Rule::Stale, a.stale_after_days, None),
            (Rule::Coverage, a.coverage_below_x100, None),
            (Rule::ForecastDrop, a.forecast_drop_percent, None),
            (Rule::LargeDeal, a.large_deal_amount, None),
        ] {
            check_threshold(rule, threshold, days).map_err(|e| invalid(format!("alerts: {e}")))?;
            rules.insert(
                rule,
                RuleSetting {
                    enabled: true,
                    threshold,
                    days,
                },
            );
        }
        if !matches!(a.period.as_str(), "month" | "quarter") {
            return Err(invalid("alerts.period must be month or quarter".into()));
        }
        let alerts = AlertSettings {
            rules,
            dm_nudges: a.dm_nudges,
        };
        let alerts_period = a.period.clone();
        let stages = raw
            .stages
            .into_iter()
            .map(|s| Stage {
                key: s.key,
                label: s.label,
                probability: s.probability,
                outcome: s.outcome,
            })
            .collect();
        let pipeline =
            Pipeline::new(stages).map_err(|e: PipelineError| invalid(format!("stages: {e}")))?;
        let mut import_stage_map = BTreeMap::new();
        for (crm, key) in raw.import.stage_map {
            if pipeline.by_key(&key).is_none() {
                return Err(invalid(format!(
                    "import.stage_map maps {crm:?} to {key:?}, which is not a stage key"
                )));
            }
            import_stage_map.insert(crm.to_lowercase(), key);
        }
        let mut discord = DiscordConfig::default();
        if !raw.discord.token_file.trim().is_empty() {
            let path = PathBuf::from(raw.discord.token_file.trim());
            let token = std::fs::read_to_string(&path)
                .map_err(|source| ConfigError::Read { path, source })?;
            discord.token = Secret::new(token.trim());
        }
        if !raw.discord.dev_guild.trim().is_empty() {
            discord.dev_guild = Some(parse_guild_id(&raw.discord.dev_guild)?);
        }
        if !raw.discord.api_url.trim().is_empty() {
            discord.api_url = Some(parse_origin(&raw.discord.api_url)?);
        }
        Ok(Config {
            database_path: database_path_from_url(&raw.database.path),
            team_defaults: TeamDefaults {
                timezone,
                currency,
                fiscal_year_start,
            },
            undo_window_minutes: raw.deals.undo_window_minutes,
            backdate_days: raw.deals.backdate_days,
            leaderboard_top: raw.deals.leaderboard_top,
            win_rate_min_closed: raw.deals.win_rate_min_closed.max(1),
            import_max_bytes: raw.deals.import_max_bytes,
            schedule_grace_minutes: raw.schedules.grace_minutes,
            nightly_backup: Some(raw.schedules.backup_folder.trim())
                .filter(|f| !f.is_empty())
                .map(|folder| NightlyBackup {
                    folder: PathBuf::from(folder),
                    keep: raw.schedules.backup_keep.max(1),
                    hour: raw.schedules.backup_hour.min(23),
                }),
            post_attempts: raw.schedules.post_attempts,
            post_lease_seconds: raw.schedules.post_lease_seconds,
            competition,
            nudges,
            forecast_thresholds: CategoryThresholds {
                commit_at: raw.forecast.commit_at,
                best_case_at: raw.forecast.best_case_at,
            },
            alerts,
            alerts_period,
            docs_samples: match raw.docs.samples_dir.trim() {
                "" => SampleDocs::None,
                "built-in" => SampleDocs::BuiltIn,
                dir => SampleDocs::Folder(PathBuf::from(dir)),
            },
            docs_max_bytes: raw.docs.max_bytes,
            pipeline,
            import_stage_map,
            discord,
            sources: Vec::new(),
        })
    }

    /// The settings as `check-config` prints them: the token only as set or unset.
    pub fn redacted_summary(&self) -> String {
        let d = &self.team_defaults;
        let mut out = String::new();
        out.push_str(&format!(
            "read from:          {}\n",
            self.sources.join(" <- ")
        ));
        out.push_str(&format!(
            "database:           {}\n",
            self.database_path.display()
        ));
        out.push_str(&format!(
            "team defaults:      timezone {}, currency {}, fiscal year starts in month {}\n",
            d.timezone,
            d.currency,
            d.fiscal_year_start.month()
        ));
        out.push_str(&format!(
            "undo window:        {} minutes\n",
            self.undo_window_minutes
        ));
        out.push_str(&format!("leaderboard rows:   {}\n", self.leaderboard_top));
        let c = &self.competition;
        out.push_str(&format!(
            "win bursts:         more than {} in {} minutes wait {} minutes and go out as one; {} holidays\n",
            c.burst_posts,
            c.burst_minutes,
            c.burst_hold_minutes,
            c.holidays.len()
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
pub fn database_path_from_url(url: &str) -> PathBuf {
    let trimmed = url.trim();
    let without_scheme = trimmed
        .strip_prefix("sqlite://")
        .or_else(|| trimmed.strip_prefix("sqlite:"))
        .unwrap_or(trimmed);
    let without_query = without_scheme.split('?').next().unwrap_or(without_scheme);
    PathBuf::from(without_query)
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
