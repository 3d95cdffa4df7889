//! `/team list` and `/team link`: teams from the CRM, and linking reps to chat users.

use super::{CommandError, NotFound, Request};
use crate::reply::{Message, Reply, ReplyData, Tone};

pub async fn list(req: &Request<'_>) -> Result<Reply, CommandError> {
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

pub async fn link(req: &Request<'_>) -> Result<Reply, CommandError> {
    let rep_name = req.required_text("rep")?;
    let user = req.user("user").ok_or_else(|| {
        CommandError::user("/team link needs user: the chat user who is that rep.")
    })?;
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
