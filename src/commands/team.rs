//! `/team list` and `/team link`: teams from the CRM, and linking reps to chat users.

use super::arguments::{CleanText, NoArguments, RepRef, arguments};
use super::invocation::UserRef;
use super::{CommandError, NotFound, Request};
use crate::reply::{Message, Reply, ReplyData, Tone};

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let teams = req.app.db.teams(&req.inv.guild_id).await?;
    let mut message = Message::new(Tone::Info, "Teams");
    if teams.is_empty() {
        message = message.line(
            "No teams yet. A manager can import them: /import kind:teams file:sales_teams.csv",
        );
    }
    for team in &teams {
        let members = shown_names(&team.members);
        let region = team
            .region
            .as_ref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        message = message.line(format!("{}{}: {}", team.name, region, members.join(", ")));
    }
    let loose = req.app.db.members_without_team(&req.inv.guild_id).await?;
    if !loose.is_empty() {
        let names = shown_names(&loose);
        message = message.line(format!("In no team: {}", names.join(", ")));
    }
    if !teams.is_empty() || !loose.is_empty() {
        message = message
            .line("✓ = linked to a chat user. Link a rep: /team link rep:\"Name\" user:@them");
    }
    Ok(Reply::private(message, ReplyData::Teams { teams }))
}

arguments! {
    /// `/team link`: a rep from the CRM, by name, and the chat user who is that rep.
    pub struct LinkArgs {
        rep: String,
        user: UserRef,
    }
}

pub async fn link(req: &Request<'_>, args: LinkArgs) -> Result<Reply, CommandError> {
    let rep_name = args.rep.as_str();
    let user = &args.user;
    let db = &req.app.db;
    let rep = db
        .member_by_name(&req.inv.guild_id, rep_name)
        .await?
        .ok_or_else(|| NotFound::CrmRep(rep_name.to_string()))?;
    if let Some(linked) = &rep.user_id
        && linked != &user.user_id
    {
        return Err(CommandError::user(format!(
            "{} is already linked to <@{linked}>. Links are kept so nobody's history moves by accident.",
            rep.display_name
        )));
    }
    let linked = db
        .link_member(&req.inv.guild_id, &rep, &user.user_id, &user.display_name)
        .await?;
    let deals_owned = db.deal_count_for(&req.inv.guild_id, linked.id).await?;
    let message = Message::new(
        Tone::Success,
        format!("Linked {} to <@{}>", rep.display_name, user.user_id),
    )
    .line(format!(
        "{deals_owned} deals now count for them on every board."
    ));
    Ok(Reply::private(
        message,
        ReplyData::Linked {
            rep: rep.display_name,
            user_id: user.user_id.clone(),
            deals_owned,
        },
    ))
}

/// Reps by name, a linked one (a chat user) marked ✓.
fn shown_names(reps: &[(String, bool)]) -> Vec<String> {
    reps.iter()
        .map(|(name, linked)| {
            if *linked {
                format!("{name} ✓")
            } else {
                name.clone()
            }
        })
        .collect()
}

arguments! {
    /// `/team create`
    pub struct CreateArgs {
        name: CleanText,
        region: Option<CleanText>,
    }
}

/// `/team create name [region]`: a team made by hand.
pub async fn create(req: &Request<'_>, args: CreateArgs) -> Result<Reply, CommandError> {
    let CleanText(name) = args.name;
    let region = args.region.map(String::from);
    req.app
        .db
        .create_team(&req.inv.guild_id, &name, region.as_deref())
        .await?
        .ok_or_else(|| {
            CommandError::with_hint(
                format!("There is already a team called {name:?}."),
                "See the teams with /team list; put reps in one with /team add.",
            )
        })?;
    Ok(Reply::private(
        Message::new(Tone::Success, format!("Team {name:?} created"))
            .line(format!("Put reps in it: /team add team:\"{name}\" rep:@…")),
        ReplyData::None,
    ))
}

arguments! {
    /// `/team add`, `/team remove`: a team and a rep.
    pub struct MembershipArgs {
        team: String,
        rep: Option<RepRef>,
    }
}

/// The rep a `/team add` or `/team remove` names.
async fn named_rep(
    req: &Request<'_>,
    rep: Option<&RepRef>,
) -> Result<crate::store::Member, CommandError> {
    match rep {
        Some(rep) => req.member_for(rep).await,
        None => Err(CommandError::with_hint(
            "Say which rep.",
            "Add rep:@someone, or rep:\"Name\" for a rep from the CRM.",
        )),
    }
}

/// `/team add team rep`.
pub async fn add(req: &Request<'_>, args: MembershipArgs) -> Result<Reply, CommandError> {
    let (team_id, team) = req.team_named(&args.team).await?;
    let rep = named_rep(req, args.rep.as_ref()).await?;
    let added = req
        .app
        .db
        .add_to_team(&req.inv.guild_id, team_id, rep.id)
        .await?;
    let title = if added {
        format!("{} is now in {team}", rep.display_name)
    } else {
        format!("{} was already in {team}", rep.display_name)
    };
    Ok(Reply::private(
        Message::new(Tone::Success, title).line(format!(
            "Their wins count on {team}'s boards, quota and contests."
        )),
        ReplyData::None,
    ))
}

/// `/team remove team rep`.
pub async fn remove(req: &Request<'_>, args: MembershipArgs) -> Result<Reply, CommandError> {
    let (team_id, team) = req.team_named(&args.team).await?;
    let rep = named_rep(req, args.rep.as_ref()).await?;
    if !req
        .app
        .db
        .remove_from_team(&req.inv.guild_id, team_id, rep.id)
        .await?
    {
        return Err(CommandError::with_hint(
            format!("{} is not in {team}.", rep.display_name),
            "See who is in which team with /team list.",
        ));
    }
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            format!("{} is out of {team}", rep.display_name),
        )
        .line("Their deals stay theirs; they no longer count for this team."),
        ReplyData::None,
    ))
}

arguments! {
    /// `/team delete`
    pub struct DeleteArgs {
        team: String,
    }
}

/// `/team delete team`.
pub async fn delete(req: &Request<'_>, args: DeleteArgs) -> Result<Reply, CommandError> {
    let (team_id, team) = req.team_named(&args.team).await?;
    if !req.app.db.delete_team(&req.inv.guild_id, team_id).await? {
        return Err(CommandError::with_hint(
            format!("{team} has a contest, so it stays: its standings and results name it."),
            "Take its reps out with /team remove instead.",
        ));
    }
    Ok(Reply::private(
        Message::new(Tone::Success, format!("Team {team} deleted")).line(
            "Its reps and their deals stay; they are simply in no team now (or in their others).",
        ),
        ReplyData::None,
    ))
}
