//! `/team list` and `/team link`: teams from the CRM, and linking reps to chat users.

use super::arguments::{CleanText, NoArguments, RepRef, arguments};
use super::invocation::UserRef;
use super::{CommandError, NotFound, Request};
use crate::i18n::Said;
use crate::reply::{Message, Reply, ReplyData, Tone};

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let teams = req.app.db.teams(&req.inv.guild_id).await?;
    let words = req.words;
    let mut message = Message::new(Tone::Info, words.say("team-list-title"));
    if teams.is_empty() {
        message = message.line(words.say("team-list-empty"));
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
        message =
            message.line(words.say_with("team-in-none", &[("names", names.join(", ").into())]));
    }
    if !teams.is_empty() || !loose.is_empty() {
        message = message.line(words.say("team-linked-legend"));
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
        return Err(Said::new("error-team-already-linked")
            .with("rep", rep.display_name.as_str())
            .with("user", format!("<@{linked}>"))
            .into());
    }
    let linked = db
        .link_member(&req.inv.guild_id, &rep, &user.user_id, &user.display_name)
        .await?;
    let deals_owned = db.deal_count_for(&req.inv.guild_id, linked.id).await?;
    let words = req.words;
    let message = Message::new(
        Tone::Success,
        words.say_with(
            "team-linked",
            &[
                ("rep", rep.display_name.as_str().into()),
                ("user", format!("<@{}>", user.user_id).into()),
            ],
        ),
    )
    .line(words.say_with("team-linked-deals", &[("deals", deals_owned.into())]));
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
        .ok_or_else(|| Said::new("error-team-exists").with("name", name.as_str()))?;
    let named = [("name", name.as_str().into())];
    Ok(Reply::private(
        Message::new(Tone::Success, req.words.say_with("team-created", &named))
            .line(req.words.say_with("team-created-line", &named)),
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
        None => Err(Said::new("error-team-which-rep").into()),
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
    let words = req.words;
    let names = [
        ("rep", rep.display_name.as_str().into()),
        ("team", team.as_str().into()),
    ];
    let title = words.say_with(
        if added {
            "team-added"
        } else {
            "team-already-in"
        },
        &names,
    );
    Ok(Reply::private(
        Message::new(Tone::Success, title).line(words.say_with("team-added-line", &names)),
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
        return Err(Said::new("error-team-not-in")
            .with("rep", rep.display_name.as_str())
            .with("team", team.as_str())
            .into());
    }
    let names = [
        ("rep", rep.display_name.as_str().into()),
        ("team", team.as_str().into()),
    ];
    Ok(Reply::private(
        Message::new(Tone::Success, req.words.say_with("team-removed", &names))
            .line(req.words.say("team-removed-line")),
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
        return Err(Said::new("error-team-has-contest")
            .with("team", team.as_str())
            .into());
    }
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            req.words
                .say_with("team-deleted", &[("team", team.as_str().into())]),
        )
        .line(req.words.say("team-deleted-line")),
        ReplyData::None,
    ))
}
