//! Who may do what. Every permission decision in Dealbell is made here: handlers ask
//! these functions and word nothing of their own about who may do what.

use super::CommandError;
use super::catalogue::{Access, Resolved};
use super::invocation::{Caller, Invocation};
use crate::core::deal::{Deal, Outcome};
use crate::core::guild::GuildSettings;
use crate::core::ids::MemberId;
use crate::core::quota::QuotaVisibility;
use crate::i18n::Said;

/// Who is asking, as the checks below see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asker {
    pub member: MemberId,
    pub is_manager: bool,
}

impl Asker {
    /// A manager, or `member` themselves: who may act on what is `member`'s.
    fn is_or_manages(self, member: MemberId) -> bool {
        self.is_manager || self.member == member
    }
}

/// Managers: people who can manage the server, and holders of the team's manager role.
pub fn is_manager(guild: &GuildSettings, caller: &Caller) -> bool {
    caller.manages_server
        || guild
            .manager_role
            .as_ref()
            .is_some_and(|role| caller.roles.iter().any(|r| r == role))
}

/// "Only managers can …", with whom to ask: the hint names the manager role when the
/// team has one.
fn managers_only(said: Said, guild: &GuildSettings) -> CommandError {
    let role = match &guild.manager_role {
        Some(_) => "set",
        None => "unset",
    };
    said.with("role", role).into()
}

/// The command itself, and any manager-only options it was given.
pub fn check_command(
    command: &Resolved,
    inv: &Invocation,
    guild: &GuildSettings,
    asker: Asker,
) -> Result<(), CommandError> {
    if asker.is_manager {
        return Ok(());
    }
    if command.access() == Access::Manager {
        return Err(managers_only(
            Said::new("error-managers-only-command").with("command", command.display_path()),
            guild,
        ));
    }
    for name in inv.options.keys() {
        if let Some(spec) = command.option(name)
            && spec.access == Access::Manager
        {
            return Err(managers_only(
                Said::new("error-managers-only-option")
                    .with("option", name.as_str())
                    .with("command", command.display_path()),
                guild,
            ));
        }
    }
    Ok(())
}

/// Reps change their own deals; managers change anyone's.
pub fn can_change_deal(asker: Asker, deal: &Deal) -> Result<(), CommandError> {
    if asker.is_or_manages(deal.state.owner_id) {
        Ok(())
    } else {
        Err(Said::new("error-not-your-deal")
            .with("number", deal.number.0)
            .with("owner", deal.owner_name.as_str())
            .into())
    }
}

/// Reps see their own deals and everyone's wins (wins are announced anyway);
/// another rep's open or lost deals are for managers.
pub fn can_view_deal(asker: Asker, deal: &Deal) -> bool {
    asker.is_or_manages(deal.state.owner_id) || deal.state.outcome == Outcome::Won
}

/// Whether a deal's amount may be shown to `asker`: always to its owner and managers;
/// to others only where the team shows amounts (`/setup amounts:hidden` keeps them to
/// the rep and managers everywhere, a won deal's card and history included).
pub fn can_see_amount(asker: Asker, owner: MemberId, guild: &GuildSettings) -> bool {
    !guild.amounts_hidden || asker.is_or_manages(owner)
}

/// What is listed for one rep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    Deals,
    Activities,
    Export,
}

/// Only managers list (or export) another rep's deals and activities.
pub fn can_list_for(asker: Asker, owner_id: MemberId, what: Listing) -> Result<(), CommandError> {
    if asker.is_or_manages(owner_id) {
        return Ok(());
    }
    let key = match what {
        Listing::Deals => "error-list-deals-of-others",
        Listing::Activities => "error-list-activities-of-others",
        Listing::Export => "error-export-of-others",
    };
    Err(Said::new(key).into())
}

/// A rep's quota detail (and what is built on it: a forecast against it): the rep,
/// managers, and — when the team shares quotas — teammates. `teammates` says whether
/// the two share a team; `what` names what was asked for ("quota", "forecast").
pub fn can_view_quota(
    asker: Asker,
    subject_member: MemberId,
    visibility: QuotaVisibility,
    teammates: bool,
    numbers: Numbers,
) -> Result<(), CommandError> {
    if asker.is_or_manages(subject_member) || (visibility == QuotaVisibility::Team && teammates) {
        return Ok(());
    }
    let what = match numbers {
        Numbers::Quota => "quota",
        Numbers::Forecast => "forecast",
    };
    Err(Said::new("error-quota-of-others").with("what", what).into())
}

/// Which numbers about a rep, a team or everyone are asked for: a quota (a team's and
/// everyone's are for all to see) or a forecast (a team's and everyone's are for
/// managers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbers {
    Quota,
    Forecast,
}

/// How far back a deal may be dated as closed: `days` for reps, any distance for
/// managers (who correct the books).
pub fn backdate_limit(asker: Asker, days: i64) -> Option<i64> {
    (!asker.is_manager).then_some(days)
}

/// Team and server-wide numbers (forecasts) are for managers.
pub fn can_view_team_numbers(asker: Asker) -> Result<(), CommandError> {
    if asker.is_manager {
        Ok(())
    } else {
        Err(Said::new("error-team-forecasts").into())
    }
}

/// A deal's history: whoever may see the deal as it is now; a removed deal's, managers.
pub fn can_view_history(
    asker: Asker,
    number: crate::core::ids::DealNumber,
    deal: Option<&Deal>,
) -> Result<(), CommandError> {
    match deal {
        Some(deal) if !can_view_deal(asker, deal) => Err(Said::new("error-history-open-deal")
            .with("number", number.0)
            .with("owner", deal.owner_name.as_str())
            .into()),
        Some(_) => Ok(()),
        None if asker.is_manager => Ok(()),
        None => Err(Said::new("error-history-removed-deal")
            .with("number", number.0)
            .into()),
    }
}

/// Whose open deals someone may pick from (autocomplete): a manager's, everyone's.
pub fn open_deals_visible_to(asker: Asker) -> Option<MemberId> {
    (!asker.is_manager).then_some(asker.member)
}

/// The Undo button takes back only its presser's own change.
pub fn can_undo(member_id: MemberId, made_by: Option<MemberId>) -> Result<(), CommandError> {
    if made_by == Some(member_id) {
        Ok(())
    } else {
        Err(Said::new("error-undo-not-yours").into())
    }
}

/// A previewed import is applied or cancelled only by the manager who started it.
pub fn can_settle_preview(member_id: MemberId, started_by: MemberId) -> Result<(), CommandError> {
    if started_by == member_id {
        Ok(())
    } else {
        Err(Said::new("error-import-not-yours").into())
    }
}

/// An activity log is corrected by whoever logged it, or a manager.
pub fn can_change_activity(asker: Asker, logged_by: MemberId) -> Result<(), CommandError> {
    if asker.is_or_manages(logged_by) {
        Ok(())
    } else {
        Err(Said::new("error-activity-not-yours").into())
    }
}
