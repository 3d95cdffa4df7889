//! The configuration file's shape, before validation (`Config::validate`).

use crate::core::deal::Outcome;
use serde::Deserialize;
use std::collections::BTreeMap;

// The file shape, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    pub(super) database: RawDatabase,
    pub(super) team: RawTeam,
    pub(super) deals: RawDeals,
    pub(super) schedules: RawSchedules,
    pub(super) competition: RawCompetition,
    pub(super) nudges: RawNudges,
    pub(super) forecast: RawForecast,
    pub(super) alerts: RawAlerts,
    pub(super) docs: RawDocs,
    pub(super) stages: Vec<RawStage>,
    pub(super) import: RawImport,
    pub(super) discord: RawDiscord,
    pub(super) web: RawWeb,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDatabase {
    pub(super) path: String,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTeam {
    pub(super) timezone: String,
    pub(super) currency: String,
    pub(super) fiscal_year_start: u32,
    pub(super) weekend: String,
    pub(super) country: String,
    pub(super) days_off: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeals {
    pub(super) undo_window_minutes: i64,
    pub(super) backdate_days: i64,
    pub(super) leaderboard_top: u32,
    pub(super) win_rate_min_closed: i64,
    pub(super) import_max_bytes: usize,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSchedules {
    pub(super) grace_minutes: i64,
    pub(super) post_attempts: i64,
    pub(super) post_lease_seconds: i64,
    pub(super) backup_folder: String,
    pub(super) backup_keep: u32,
    pub(super) backup_hour: u32,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCompetition {
    pub(super) burst_posts: i64,
    pub(super) burst_minutes: i64,
    pub(super) burst_hold_minutes: i64,
    /// Before team calendars: days off for every team. Still read, and added to
    /// `team.days_off`.
    #[serde(default)]
    pub(super) holidays: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNudges {
    pub(super) inactive_days: i64,
    pub(super) behind_pace_points: i64,
    pub(super) check_hour: u32,
    pub(super) per_day: i64,
    pub(super) per_week: i64,
    pub(super) quiet_from: String,
    pub(super) quiet_until: String,
    pub(super) quiet_weekends: bool,
    pub(super) stale_after_hours: i64,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDocs {
    pub(super) samples_dir: String,
    pub(super) max_bytes: usize,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAlerts {
    pub(super) attainment_below_percent: i64,
    pub(super) attainment_days_left: i64,
    pub(super) slipped_after_days: i64,
    pub(super) stale_after_days: i64,
    pub(super) coverage_below_x100: i64,
    pub(super) forecast_drop_percent: i64,
    pub(super) large_deal_amount: i64,
    pub(super) period: String,
    pub(super) dm_nudges: bool,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawForecast {
    pub(super) commit_at: u8,
    pub(super) best_case_at: u8,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStage {
    pub(super) key: String,
    pub(super) label: String,
    pub(super) probability: u8,
    pub(super) outcome: Outcome,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawImport {
    pub(super) stage_map: BTreeMap<String, String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDiscord {
    pub(super) token_file: String,
    pub(super) dev_guild: String,
    pub(super) api_url: String,
    pub(super) shards: String,
    pub(super) shard_total: u32,
    pub(super) posts_per_second: u32,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWeb {
    pub(super) listen: String,
    pub(super) public_url: String,
    pub(super) requests_per_minute: u32,
}
