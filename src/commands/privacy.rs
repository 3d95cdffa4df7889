//! `/privacy forget user:@member` (managers): a member's personal data removed, their
//! deals kept under an anonymous name, the removal recorded.

use super::arguments::arguments;
use super::invocation::UserRef;
use super::{CommandError, Request};
use crate::reply::{Message, Reply, ReplyData, Tone};

arguments! {
    /// `/privacy forget`
    pub struct ForgetArgs {
        user: UserRef,
        confirm: Option<bool>,
    }
}

pub async fn forget(req: &Request<'_>, args: ForgetArgs) -> Result<Reply, CommandError> {
    let user = &args.user;
    let Some(member) = req
        .app
        .db
        .member_by_user(&req.inv.guild_id, &user.user_id)
        .await?
    else {
        return Err(CommandError::user(format!(
            "Dealbell holds nothing about {}.",
            user.display_name
        )));
    };
    if member.id == req.caller.id {
        return Err(CommandError::with_hint(
            "You cannot forget yourself here.",
            "Ask another manager to run it for you.",
        ));
    }
    if args.confirm != Some(true) {
        let message = Message::new(
            Tone::Warning,
            format!("Forget {}? Nothing is changed yet", member.display_name),
        )
        .line("Removed: their name, chat id and CRM name (they become \"former member N\"), their activity notes, nudge settings, nudges and pending uploads, and their name and mention in announcements kept for undo.")
        .line("Kept, under the anonymous name: their deals (team totals stay right), activity counts, quotas and the audit trail. Posts already in Discord channels are Discord's; delete those there.")
        .line(format!(
            "To go ahead: /privacy forget user:@{} confirm:true",
            user.display_name
        ));
        return Ok(Reply::private(message, ReplyData::None));
    }
    let done = req
        .app
        .db
        .forget_member(&req.inv.guild_id, member.id, req.caller.id, req.now)
        .await?;
    let message = Message::new(
        Tone::Success,
        format!("{} is forgotten", member.display_name),
    )
    .line(format!(
        "They are shown as \"{}\" from now on: {} kept, {} cleared, {} anonymised.",
        done.shown_as,
        crate::core::words::count(done.deals_kept, "deal", "deals"),
        crate::core::words::count(done.notes_cleared, "activity note", "activity notes"),
        crate::core::words::count(done.posts_anonymised, "announcement", "announcements")
    ))
    .line("Recorded with your name and the time. If they come back they start as a new member.");
    Ok(Reply::private(message, ReplyData::None))
}
