//! Whom a command is about: the rep, team or everyone its options name, and whether
//! the caller may see that subject's numbers. Used by /quota, /forecast and /comp.

use super::arguments::RepRef;
pub use super::permissions::Numbers;
use super::permissions::{can_view_quota, can_view_team_numbers};
use super::{CommandError, Request};
use crate::core::quota::QuotaSubject;
use crate::i18n::Said;

/// The options that name a subject, as a command's arguments carry them.
#[derive(Debug, Clone, Copy)]
pub struct SubjectOptions<'a> {
    pub rep: Option<&'a RepRef>,
    pub team: Option<&'a str>,
    pub everyone: Option<bool>,
}

/// The subject named by the options (rep, team or everyone), with a name to show.
pub async fn named_subject(
    req: &Request<'_>,
    options: SubjectOptions<'_>,
) -> Result<Option<(QuotaSubject, String)>, CommandError> {
    let everyone = options.everyone == Some(true);
    let given = usize::from(options.rep.is_some())
        + usize::from(options.team.is_some())
        + usize::from(everyone);
    if given > 1 {
        return Err(Said::new("error-subject-one").into());
    }
    if let Some(rep) = options.rep {
        let member = req.member_for(rep).await?;
        return Ok(Some((QuotaSubject::Member(member.id), member.display_name)));
    }
    if let Some(name) = options.team {
        let (id, name) = req.team_named(name).await?;
        return Ok(Some((QuotaSubject::Team(id), name)));
    }
    if everyone {
        return Ok(Some((QuotaSubject::Everyone, "Everyone".to_string())));
    }
    Ok(None)
}

/// The subject the options name, or else the caller, once the caller may see its
/// `numbers`; with a name to show.
pub async fn visible_subject(
    req: &Request<'_>,
    options: SubjectOptions<'_>,
    numbers: Numbers,
) -> Result<(QuotaSubject, String), CommandError> {
    let (subject, name) = match named_subject(req, options).await? {
        Some(s) => s,
        None => (
            QuotaSubject::Member(req.caller.id),
            req.caller.display_name.clone(),
        ),
    };
    check_visible(req, subject, numbers).await?;
    Ok((subject, name))
}

/// Whether the caller may see `numbers` about `subject`: their own always; another
/// rep's as a manager, or as a teammate where the team shares quotas; a team's or
/// everyone's quota always, their forecast as a manager.
pub async fn check_visible(
    req: &Request<'_>,
    subject: QuotaSubject,
    numbers: Numbers,
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
                numbers,
            )
        }
        QuotaSubject::Team(_) | QuotaSubject::Everyone => match numbers {
            Numbers::Forecast => can_view_team_numbers(req.asker()),
            Numbers::Quota => Ok(()),
        },
    }
}
