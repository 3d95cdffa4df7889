//! Plain records the store returns and replies show: data only, no behaviour. They
//! live in the core so that replies need nothing from the store.

use crate::core::activity::ActivityKind;
use crate::core::alerts::Rule;
use crate::core::cron_spec::CronSpec;
use crate::core::firing::FiringState;
use crate::core::ids::{ChannelId, GuildId, MemberId, ScheduleId, ScheduleNumber};
use crate::core::period::PeriodSpec;
use crate::core::post_kind::PostKind;
use crate::core::ranking::Metric;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentInfo {
    pub number: crate::core::ids::DocumentNumber,
    pub title: String,
    pub language: String,
    pub origin: String,
    pub chars: i64,
    pub passages: i64,
    pub added_at: DateTime<Utc>,
}

/// An alert as `/alerts list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenAlert {
    pub number: crate::core::ids::AlertNumber,
    pub rule: Rule,
    pub subject: String,
    pub period_key: String,
    pub finding: crate::core::alerts::Finding,
    pub first_seen_at: DateTime<Utc>,
    pub last_sent_at: Option<DateTime<Utc>>,
    pub times_sent: i64,
    pub snoozed_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    #[serde(skip)]
    pub id: ScheduleId,
    #[serde(skip)]
    pub guild_id: GuildId,
    pub number: ScheduleNumber,
    pub kind: PostKind,
    /// When it posts, parsed once (serialized as its cron expression).
    pub cron: CronSpec,
    /// The words the manager typed for it ("weekly monday 09:00").
    pub cron_input: String,
    pub channel_id: ChannelId,
    pub metric: Option<Metric>,
    /// Which period its board or forecast covers (None: the kind's default).
    pub period: Option<PeriodSpec>,
    pub paused: bool,
    #[serde(skip)]
    pub active_since: DateTime<Utc>,
}

impl Schedule {
    /// Whether it posts when due.
    pub fn running(&self) -> crate::core::cron_spec::Running {
        if self.paused {
            crate::core::cron_spec::Running::Paused
        } else {
            crate::core::cron_spec::Running::Running
        }
    }
}

/// One firing of a schedule, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Firing {
    pub due_at: DateTime<Utc>,
    pub status: FiringState,
    pub late: bool,
    pub attempts: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DealImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Reps named in the file who were not members yet.
    pub reps_created: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TeamImportSummary {
    pub teams_created: usize,
    pub people_created: usize,
    pub memberships_added: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamView {
    pub name: String,
    pub region: Option<String>,
    pub manager: Option<String>,
    /// Members' names (chat name, with the CRM name beside it when they differ), and
    /// whether each is linked to a chat user.
    pub members: Vec<(String, bool)>,
}

/// One logged activity, as `/activity list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityRecord {
    pub id: crate::core::ids::ActivityId,
    pub member_id: MemberId,
    pub name: String,
    pub kind: ActivityKind,
    pub count: i64,
    pub note: Option<String>,
    pub occurred_on: NaiveDate,
    pub logged_at: DateTime<Utc>,
}
