//! A guild's settings (a Discord server, or a console team): the timezone, currency and
//! fiscal year that every period, amount and date of theirs is read in. "Team" in
//! Dealbell means a sales team inside a guild.

use super::localtime::local_date;
use super::money::Currency;
use super::nudge::NudgeDelivery;
use super::period::FiscalYearStart;
use super::quota::QuotaVisibility;
use crate::core::ids::{ChannelId, GuildId, RoleId};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

crate::core::closed_set::closed_set! {
    /// Whether public posts, boards and charts show amounts.
    pub enum AmountDisplay {
        Shown => "shown";
        Hidden => "hidden";
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GuildSettings {
    pub guild_id: GuildId,
    pub name: String,
    pub timezone: Tz,
    pub currency: Currency,
    pub fiscal_year_start: FiscalYearStart,
    /// The role whose holders are managers (besides those with Manage Server).
    pub manager_role: Option<RoleId>,
    /// Where wins are announced.
    pub wins_channel: Option<ChannelId>,
    /// The team's own names for stages: (stage key, label).
    pub stage_labels: Vec<(String, String)>,
    /// Who may see a rep's quota detail besides the rep and managers.
    pub quota_visibility: QuotaVisibility,
    /// Where problems for managers are reported.
    pub managers_channel: Option<ChannelId>,
    /// Scheduled posts carry a PNG chart.
    pub charts_on_schedules: bool,
    /// How nudges reach reps.
    pub nudge_delivery: NudgeDelivery,
    /// Where channel nudges mention the rep (default: the wins channel).
    pub nudges_channel: Option<ChannelId>,
    /// Public posts show percentages of quota and deal counts instead of amounts.
    pub amounts_hidden: bool,
    /// The team's weekend, public holidays and own days off.
    pub calendar: super::calendar::TeamCalendar,
    /// The language of the team's channel posts, and of replies to members who chose
    /// none and whose app's language Dealbell does not speak.
    pub language: super::language::Language,
}

impl GuildSettings {
    /// The team's name for headings (console teams are named; Discord servers may show
    /// only their id until the bot learns the name).
    pub fn name_or_id(&self) -> &str {
        if self.name.is_empty() {
            self.guild_id.as_str()
        } else {
            &self.name
        }
    }

    /// The days the team works: what every count of working days uses.
    pub fn working_days(&self) -> super::calendar::WorkingDays {
        self.calendar.working_days()
    }

    /// The team's timezone and working days, for quiet hours and days off.
    pub fn team_time(&self) -> super::nudge::TeamTime {
        super::nudge::TeamTime {
            tz: self.timezone,
            days: self.working_days(),
        }
    }

    /// The team's local date at `now`.
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        local_date(now, self.timezone)
    }
}
