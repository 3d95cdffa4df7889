//! Checking what the files and environment said, once, into typed settings.

use super::raw::{self, RawConfig};
use super::{
    Competition, Config, ConfigError, DiscordConfig, NightlyBackup, SampleDocs, Secret,
    TeamDefaults, database_from_url, parse_guild_id, parse_origin,
};
use crate::core::alerts::{AlertSettings, Rule, RuleSetting, ThresholdError, check_threshold};
use crate::core::deal::{Pipeline, PipelineError, Stage};
use crate::core::forecast::CategoryThresholds;
use crate::core::localtime::parse_timezone;
use crate::core::money::Currency;
use crate::core::period::FiscalYearStart;
use crate::core::quota::QuotaPeriod;
use crate::i18n::Said;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The typed, checked settings from what the files and environment said.
pub(super) fn config_from(raw: RawConfig) -> Result<Config, ConfigError> {
    check_limits(&raw)?;
    let team_defaults = team_defaults(&raw)?;
    let competition = competition(&raw.competition)?;
    let nudges = nudge_limits(&raw.nudges)?;
    let forecast_thresholds = forecast_thresholds(&raw.forecast)?;
    let (alerts, alerts_period) = alert_settings(&raw.alerts)?;
    let pipeline = pipeline(raw.stages)?;
    let import_stage_map = import_stage_map(raw.import.stage_map, &pipeline)?;
    let discord = discord(&raw.discord)?;
    let web = web(&raw.web)?;
    Ok(Config {
        database: database_from_url(&raw.database.path)?,
        team_defaults,
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
        forecast_thresholds,
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
        web,
        sources: Vec::new(),
    })
}

fn invalid(said: Said) -> ConfigError {
    ConfigError::Invalid(said)
}

/// The team defaults: timezone, currency, fiscal year and calendar.
fn team_defaults(raw: &RawConfig) -> Result<TeamDefaults, ConfigError> {
    let timezone = parse_timezone(&raw.team.timezone).ok_or_else(|| {
        invalid(Said::new("config-timezone").with("value", raw.team.timezone.as_str()))
    })?;
    let currency = Currency::from_code(&raw.team.currency).ok_or_else(|| {
        invalid(Said::new("config-currency").with("value", raw.team.currency.as_str()))
    })?;
    let fiscal_year_start = FiscalYearStart::new(raw.team.fiscal_year_start)
        .ok_or_else(|| invalid(Said::new("config-fiscal-year")))?;
    let calendar = team_calendar(&raw.team, &raw.competition.holidays)?;
    Ok(TeamDefaults {
        timezone,
        currency,
        fiscal_year_start,
        calendar,
    })
}

/// The numbers that must lie within a range.
fn check_limits(raw: &RawConfig) -> Result<(), ConfigError> {
    within(
        "deals.undo_window_minutes",
        raw.deals.undo_window_minutes,
        0..=7 * 24 * 60,
        Upper::Week,
    )?;
    within(
        "deals.backdate_days",
        raw.deals.backdate_days,
        0..=3660,
        Upper::TenYears,
    )?;
    within(
        "deals.leaderboard_top",
        i64::from(raw.deals.leaderboard_top),
        1..=50,
        Upper::Plain,
    )?;
    within(
        "schedules.grace_minutes",
        raw.schedules.grace_minutes,
        0..=7 * 24 * 60,
        Upper::Week,
    )?;
    within(
        "schedules.post_lease_seconds",
        raw.schedules.post_lease_seconds,
        1..=3600,
        Upper::Plain,
    )?;
    within(
        "schedules.post_attempts",
        raw.schedules.post_attempts,
        1..=10,
        Upper::Plain,
    )
}

/// How busy a channel may get before wins are announced together.
fn competition(c: &raw::RawCompetition) -> Result<Competition, ConfigError> {
    if !(1..=1000).contains(&c.burst_posts)
        || !(1..=24 * 60).contains(&c.burst_minutes)
        || !(0..=24 * 60).contains(&c.burst_hold_minutes)
    {
        return Err(invalid(Said::new("config-competition")));
    }
    Ok(Competition {
        burst_posts: c.burst_posts,
        burst_minutes: c.burst_minutes,
        burst_hold_minutes: c.burst_hold_minutes,
    })
}

/// The stage probabilities at which a deal counts as commit and as best case.
fn forecast_thresholds(f: &raw::RawForecast) -> Result<CategoryThresholds, ConfigError> {
    if !(f.best_case_at <= f.commit_at && f.commit_at <= 100) {
        return Err(invalid(Said::new("config-forecast")));
    }
    Ok(CategoryThresholds {
        commit_at: f.commit_at,
        best_case_at: f.best_case_at,
    })
}

/// The alert rules' defaults, and the period alerts watch (a month or a quarter).
fn alert_settings(a: &raw::RawAlerts) -> Result<(AlertSettings, QuotaPeriod), ConfigError> {
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
        check_threshold(rule, threshold, days).map_err(|e| invalid(threshold_said(e)))?;
        rules.insert(
            rule,
            RuleSetting {
                enabled: true,
                threshold,
                days,
            },
        );
    }
    let period = match QuotaPeriod::parse(&a.period) {
        Some(p @ (QuotaPeriod::Month | QuotaPeriod::Quarter)) => p,
        Some(QuotaPeriod::Year) | None => {
            return Err(invalid(Said::new("config-alerts-period")));
        }
    };
    Ok((
        AlertSettings {
            rules,
            dm_nudges: a.dm_nudges,
        },
        period,
    ))
}

/// The pipeline's stages, checked.
fn pipeline(stages: Vec<raw::RawStage>) -> Result<Pipeline, ConfigError> {
    let stages = stages
        .into_iter()
        .map(|s| Stage {
            key: s.key,
            label: s.label,
            probability: s.probability,
            outcome: s.outcome,
        })
        .collect();
    Pipeline::new(stages).map_err(|e| invalid(pipeline_said(e)))
}

fn threshold_said(e: ThresholdError) -> Said {
    match e {
        ThresholdError::OutOfRange { rule, min, max } => Said::new("config-alert-threshold")
            .with("rule", rule.key())
            .with("min", min)
            .with("max", max),
        ThresholdError::DaysOutOfRange => Said::new("config-alert-days"),
        ThresholdError::NoDays(rule) => Said::new("config-alert-no-days").with("rule", rule.key()),
    }
}

fn pipeline_said(e: PipelineError) -> Said {
    match e {
        PipelineError::Incomplete => Said::new("config-stages-incomplete"),
        PipelineError::Duplicate(stage) => Said::new("config-stage-twice").with("stage", stage),
        PipelineError::Probability(stage, probability) => Said::new("config-stage-probability")
            .with("stage", stage)
            .with("probability", i64::from(probability)),
        PipelineError::BadKey(stage) => Said::new("config-stage-key").with("stage", stage),
    }
}

/// How a CRM's stage names map to the pipeline's stage keys (each key must exist).
fn import_stage_map(
    map: BTreeMap<String, String>,
    pipeline: &Pipeline,
) -> Result<BTreeMap<String, String>, ConfigError> {
    let mut checked = BTreeMap::new();
    for (crm, key) in map {
        if pipeline.by_key(&key).is_none() {
            return Err(invalid(
                Said::new("config-stage-map")
                    .with("crm", crm)
                    .with("key", key),
            ));
        }
        checked.insert(crm.to_lowercase(), key);
    }
    Ok(checked)
}

/// The Discord token (from its file), the development guild and the API address.
fn discord(d: &raw::RawDiscord) -> Result<DiscordConfig, ConfigError> {
    let mut discord = DiscordConfig::default();
    if !d.token_file.trim().is_empty() {
        let path = PathBuf::from(d.token_file.trim());
        let token =
            std::fs::read_to_string(&path).map_err(|source| ConfigError::Read { path, source })?;
        discord.token = Secret::new(token.trim());
    }
    if !d.dev_guild.trim().is_empty() {
        discord.dev_guild = Some(parse_guild_id(&d.dev_guild)?);
    }
    if !d.api_url.trim().is_empty() {
        discord.api_url = Some(parse_origin(&d.api_url)?);
    }
    if !d.shards.trim().is_empty() {
        discord.shards = Some(super::ShardRange::parse(d.shards.trim(), d.shard_total)?);
    }
    if !(1..=50).contains(&d.posts_per_second) {
        return Err(invalid(
            Said::new("config-posts-per-second").with("value", i64::from(d.posts_per_second)),
        ));
    }
    discord.posts_per_second = d.posts_per_second;
    Ok(discord)
}

/// The live page's address and public origin, checked.
fn web(w: &raw::RawWeb) -> Result<super::WebConfig, ConfigError> {
    let listen = match w.listen.trim() {
        "" => None,
        text => Some(
            text.parse()
                .map_err(|_| invalid(Said::new("config-web-listen").with("value", text)))?,
        ),
    };
    let public_url = match w.public_url.trim().trim_end_matches('/') {
        "" => None,
        url if url.starts_with("http://") || url.starts_with("https://") => Some(url.to_string()),
        url => {
            return Err(invalid(
                Said::new("config-web-public-url").with("value", url),
            ));
        }
    };
    if w.requests_per_minute == 0 {
        return Err(invalid(Said::new("config-web-requests")));
    }
    Ok(super::WebConfig {
        listen,
        public_url,
        requests_per_minute: w.requests_per_minute,
    })
}

/// The nudge limits, checked.
fn nudge_limits(n: &raw::RawNudges) -> Result<crate::core::nudge::NudgeLimits, ConfigError> {
    let time = |name: &str, t: &str| {
        chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| {
            invalid(
                Said::new("config-nudge-time")
                    .with("name", name)
                    .with("value", t),
            )
        })
    };
    within(
        "nudges.inactive_days",
        n.inactive_days,
        1..=60,
        Upper::Plain,
    )?;
    within(
        "nudges.behind_pace_points",
        n.behind_pace_points,
        1..=100,
        Upper::Plain,
    )?;
    within(
        "nudges.check_hour",
        i64::from(n.check_hour),
        0..=23,
        Upper::Plain,
    )?;
    within("nudges.per_day", n.per_day, 0..=20, Upper::Plain)?;
    within("nudges.per_week", n.per_week, 0..=100, Upper::Plain)?;
    within(
        "nudges.stale_after_hours",
        n.stale_after_hours,
        1..=24 * 14,
        Upper::TwoWeeks,
    )?;
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

/// What a range's upper end means, where saying it helps (`3660 (ten years)`).
#[derive(Clone, Copy)]
enum Upper {
    Plain,
    Week,
    TwoWeeks,
    TenYears,
}

impl Upper {
    /// The selector the message `config-between` words it by.
    fn key(self) -> &'static str {
        match self {
            Upper::Plain => "none",
            Upper::Week => "week",
            Upper::TwoWeeks => "two-weeks",
            Upper::TenYears => "ten-years",
        }
    }
}

/// A number setting inside its range, or the error that names the key and the range.
fn within(
    key: &str,
    value: i64,
    range: std::ops::RangeInclusive<i64>,
    upper: Upper,
) -> Result<(), ConfigError> {
    if range.contains(&value) {
        Ok(())
    } else {
        Err(invalid(
            Said::new("config-between")
                .with("key", key)
                .with("min", *range.start())
                .with("max", *range.end())
                .with("upper", upper.key()),
        ))
    }
}

/// The calendar new teams start with: `team.weekend`, `team.country`, `team.days_off`
/// (and the days of the older `competition.holidays`, still read).
fn team_calendar(
    team: &raw::RawTeam,
    older_holidays: &[String],
) -> Result<crate::core::calendar::TeamCalendar, ConfigError> {
    use crate::core::calendar::{HolidayCountry, TeamCalendar, Weekend};
    use crate::core::closed_set::ClosedSet;
    let weekend = Weekend::from_key(team.weekend.trim()).ok_or_else(|| {
        let choices: Vec<&str> = Weekend::all().iter().map(|w| w.key()).collect();
        invalid(
            Said::new("config-weekend")
                .with("value", team.weekend.as_str())
                .with("choices", choices.join(", ")),
        )
    })?;
    let country = match team.country.trim() {
        "" => None,
        code => Some(HolidayCountry::from_code(code).ok_or_else(|| {
            invalid(
                Said::new("config-country")
                    .with("value", code)
                    .with("codes", HolidayCountry::all_codes().join(", ")),
            )
        })?),
    };
    let days_off = team
        .days_off
        .iter()
        .chain(older_holidays)
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| invalid(Said::new("config-day-off").with("value", d.as_str())))
        })
        .collect::<Result<_, _>>()?;
    Ok(TeamCalendar {
        weekend,
        country,
        days_off,
    })
}
