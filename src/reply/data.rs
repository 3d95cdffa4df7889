//! The typed content of each reply (`--format json`, and what tests read): amounts in
//! minor units, ranks as numbers, dates as ISO dates; never words.

use crate::core::crm::Skip;
use crate::core::deal::Deal;
use crate::core::ids::DealNumber;
use crate::core::period::Period;
use crate::core::records::{DealImportSummary, TeamImportSummary, TeamView};
use serde::Serialize;

/// One of the caller's duels, as `/duel status` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DuelStanding {
    pub duel_id: crate::core::ids::DuelId,
    pub state: crate::core::contest::DuelState,
    pub opponent: String,
    pub metric: crate::core::ranking::Metric,
    /// A running duel's scores so far (the caller's, the opponent's), in the metric's
    /// units; None while the challenge waits.
    pub scores: Option<(i64, i64)>,
    pub ends_on: Option<chrono::NaiveDate>,
}

/// Typed content for scripts and tests (`--format json`): amounts in minor units,
/// ranks as numbers, dates as ISO dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReplyData {
    None,
    /// `/language`: the member's choice (None: automatic) and the language of the reply.
    Language {
        chosen: Option<crate::core::language::Language>,
        answering_in: crate::core::language::Language,
    },
    Duel {
        duel_id: crate::core::ids::DuelId,
        state: crate::core::contest::DuelState,
    },
    /// `/duel status`: the caller's duels, waiting or running.
    Duels {
        duels: Vec<DuelStanding>,
    },
    NudgePrefs {
        nudges_off: bool,
        away_until: Option<chrono::NaiveDate>,
    },
    Help {
        commands: Vec<HelpEntry>,
    },
    Settings(SettingsData),
    Deal {
        deal: Box<Deal>,
        audit_id: Option<crate::core::ids::AuditId>,
    },
    Deals {
        deals: Vec<Deal>,
        more: bool,
    },
    Undone {
        deal_number: DealNumber,
        action: crate::core::deal::AuditAction,
        deal: Option<Box<Deal>>,
    },
    History {
        deal_number: DealNumber,
        entries: Vec<HistoryEntry>,
    },
    Activity {
        activity: String,
        count: i64,
        today: Vec<(String, i64)>,
    },
    Activities {
        activities: Vec<crate::core::records::ActivityRecord>,
    },
    ActivityRemoved {
        activity: crate::core::records::ActivityRecord,
    },
    Export {
        export: crate::core::export::ExportKind,
        rows: usize,
        csv: String,
    },
    Leaderboard(LeaderboardData),
    DealImport(DealImportReport),
    ImportPreview {
        pending_id: crate::core::ids::PendingActionId,
        rows_read: usize,
        #[serde(flatten)]
        summary: DealImportSummary,
        skipped: usize,
    },
    TeamImport {
        read_as: crate::core::crm::ReadAs,
        rows_read: usize,
        summary: TeamImportSummary,
        skipped: Vec<Skip>,
    },
    Teams {
        teams: Vec<TeamView>,
    },
    Quota(QuotaData),
    Forecast(ForecastData),
    Accuracy(AccuracyData),
    AlertRules {
        rules: Vec<AlertRuleView>,
        dm_nudges: bool,
    },
    Alerts {
        alerts: Vec<crate::core::records::OpenAlert>,
    },
    CommissionPlan {
        plan: Box<crate::core::comp::Plan>,
    },
    Commission(CommissionData),
    Documents {
        documents: Vec<crate::core::records::DocumentInfo>,
    },
    Ask(AskData),
    QuotaSet {
        subject: String,
        period_label: String,
        amount: crate::core::money::Money,
        before: Option<crate::core::money::Money>,
    },
    Schedules {
        schedules: Vec<ScheduleView>,
    },
    /// `/tv link`: the new link (its token is in it: shown once, to its maker).
    TvLink {
        number: crate::core::ids::TvLinkNumber,
        link: String,
    },
    Linked {
        rep: String,
        user_id: crate::core::ids::UserId,
        deals_owned: i64,
    },
}

/// One change in a deal's audit trail.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: Option<String>,
    pub action: crate::core::deal::AuditAction,
    pub changes: Vec<String>,
    pub undone: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HelpEntry {
    pub command: String,
    pub description: String,
    pub managers_only: bool,
    pub options: Vec<HelpOption>,
}

/// One option of a command as `/help` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HelpOption {
    pub name: &'static str,
    pub description: String,
    /// "text", "number", "user", … (`OptionKind::key`)
    pub kind: &'static str,
    pub required: bool,
    pub managers_only: bool,
    /// The values a choice option takes.
    pub choices: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SettingsData {
    pub timezone: String,
    pub currency: String,
    pub fiscal_year_start: u32,
    pub manager_role: Option<crate::core::ids::RoleId>,
    pub wins_channel: Option<crate::core::ids::ChannelId>,
    pub quota_visibility: String,
    /// The team's language.
    pub language: crate::core::language::Language,
    pub managers_channel: Option<crate::core::ids::ChannelId>,
    pub stages: Vec<(String, String, u8)>,
    pub changed: Vec<String>,
}

/// A schedule with its next posting times and its last firing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScheduleView {
    #[serde(flatten)]
    pub schedule: crate::core::records::Schedule,
    pub next: Vec<chrono::DateTime<chrono::Utc>>,
    pub last: Option<crate::core::records::Firing>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForecastData {
    pub subject: String,
    pub period: Period,
    pub period_label: String,
    pub currency: String,
    pub forecast: crate::core::forecast::Forecast,
}

/// `/forecast accuracy`: each method's error against what closed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccuracyData {
    pub subject: String,
    pub period_label: String,
    /// Won in the period (so far, while it runs), minor units.
    pub actual: i64,
    pub running: bool,
    /// Mean absolute error of each method, in basis points of what closed.
    pub mean_error_bp: Vec<(String, i64)>,
    /// The method(s) with the smallest mean error.
    pub closest: Vec<String>,
    pub rows: Vec<AccuracyRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccuracyRow {
    pub day: chrono::NaiveDate,
    pub forecasts: Vec<(crate::core::forecast::ForecastMethod, i64)>,
    pub errors_bp: Vec<(crate::core::forecast::ForecastMethod, i64)>,
}

/// `/comp estimate`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommissionData {
    pub rep: String,
    pub period_label: String,
    pub plan_version: String,
    pub revenue: i64,
    pub quota: Option<i64>,
    pub estimate: crate::core::comp::Estimate,
    /// What the what-if amount adds, when one was given.
    pub what_if_adds: Option<i64>,
}

/// `/ask`: the passages found, or the closest titles when none was good enough.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AskData {
    /// The answers, best first; empty when none was good enough.
    pub passages: Vec<AskPassage>,
    /// When no passage answers for sure: the closest one, shown as "not sure".
    pub unsure: Option<AskPassage>,
    pub closest: Vec<String>,
    /// Glossary translations of the question's words that the documents hold.
    pub also_searched: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AskPassage {
    pub title: String,
    pub heading: String,
    /// The passage, cut, with matching words in **bold**.
    pub excerpt: String,
    /// The sentence of the passage that holds most of the question, which the answer
    /// leads with (none when the passage is one sentence).
    pub sentence: Option<String>,
    /// Question words found in it, of the question's informative words.
    pub matched_words: usize,
    pub of_words: usize,
    /// The share of the question's meaning it holds (IDF-weighted), 0 to 1.
    pub coverage: f64,
    /// Its place in the fused ranking, as a score (higher is better).
    pub score: f64,
}

/// One alert rule as `/alerts rules` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlertRuleView {
    pub rule: String,
    pub enabled: bool,
    pub threshold: i64,
    pub days: Option<i64>,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotaData {
    pub subject: String,
    pub period: Period,
    pub period_label: String,
    pub currency: String,
    pub pace: crate::core::quota::Pace,
}

/// One ranked row: rep (or team), value and movement since the previous period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BoardRow {
    pub rank: u32,
    /// A member id, or a team id on a board of teams.
    pub who: crate::core::ranking::Contender,
    pub name: String,
    /// Minor units for money, a count, or basis points for rates.
    pub value: i64,
    pub secondary: i64,
    /// Places gained since the previous period (negative: lost); None: not ranked then.
    pub movement: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeaderboardData {
    pub metric: crate::core::ranking::Metric,
    pub period: Period,
    pub period_label: String,
    pub currency: String,
    pub rows: Vec<BoardRow>,
    pub caller: Option<BoardRow>,
    /// Won deals in other currencies: counted as deals, not in revenue.
    pub other_currency_deals: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DealImportReport {
    pub format: String,
    /// The file's text encoding and column separator, as detected.
    pub read_as: crate::core::crm::ReadAs,
    pub rows_read: usize,
    #[serde(flatten)]
    pub summary: DealImportSummary,
    /// The first rows skipped (`crm::SKIPS_KEPT` at most), with why.
    pub skipped: Vec<Skip>,
    /// Every row skipped.
    pub skipped_count: usize,
    pub without_account: usize,
    /// Spellings of one product that differ only in spacing or case, with counts.
    pub product_variants: Vec<Vec<(String, u64)>>,
    /// Won deals in the file, and their total in minor units of the import currency.
    pub won: usize,
    pub won_total_minor: i64,
    pub currency: String,
}
