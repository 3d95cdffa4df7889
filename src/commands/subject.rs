//! Whom a command is about: the rep, team or everyone its options name, and whether
//! the caller may see that subject's numbers. Used by /quota, /forecast and /comp.

use super::permissions::{can_view_quota, can_view_team_numbers};
use super::{CommandError, Request};
use crate::core::quota::QuotaSubject;

/// The subject named by the options (rep, team or everyone), with a name to show.
pub async fn named_subject(
    req: &Request<'_>,
) -> Result<Option<(QuotaSubject, String)>, CommandError> {
    let everyone = req.boolean("everyone") == Some(true);
    let given = usize::from(req.rep("rep").is_some())
        + usize::from(req.text("team").is_some())
        + usize::from(everyone);
    if given > 1 {
        return Err(CommandError::user("Choose one: rep, team or everyone."));
    }
    if let Some(user) = req.rep("rep") {
        let member = req.member_for(user).await?;
        return Ok(Some((QuotaSubject::Member(member.id), member.display_name)));
    }
    if let Some(name) = req.text("team") {
        let (id, name) = req.team_named(name).await?;
        return Ok(Some((QuotaSubject::Team(id), name)));
    }
    if everyone {
        return Ok(Some((QuotaSubject::Everyone, "Everyone".to_string())));
    }
    Ok(None)
}

/// Whether the caller may see numbers about `subject`: their own always; another rep's
/// as a manager, or as a teammate where the team shares quotas; a team's or everyone's
/// when `teams_for_managers` is false, or as a manager.
pub async fn check_visible(
    req: &Request<'_>,
    subject: QuotaSubject,
    teams_for_managers: bool,
) -> Result<(), CommandError> {
    match subject {
        QuotaSubject::Member(id) => {
            let teammates = id != req.caller.id
                && req
                    .app
                    .db
                    .share_a_team(&req.inv.guild_id, req.caller.id, id)
                    .await?;
            can_view_quota(
                req.asker(),
                id,
                req.guild.quota_visibility,
                teammates,
                if teams_for_managers {
                    "forecast"
                } else {
                    "quota"
                },
            )
        }
        QuotaSubject::Team(_) | QuotaSubject::Everyone if teams_for_managers => {
            can_view_team_numbers(req.is_manager)
        }
        QuotaSubject::Team(_) | QuotaSubject::Everyone => Ok(()),
    }
}
