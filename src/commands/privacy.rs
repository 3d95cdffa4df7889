//! `/privacy forget user:@member` (managers): a member's personal data removed, their
//! deals kept under an anonymous name, the removal recorded.

use super::arguments::arguments;
use super::invocation::UserRef;
use super::{CommandError, Request};
use crate::i18n::Said;
use crate::reply::{Message, Reply, ReplyData, Tone};

arguments! {
    /// `/privacy forget`
    pub struct ForgetArgs {
        user: UserRef,
        confirm: Option<bool>,
    }
}

pub async fn forget(req: &Request<'_>, args: ForgetArgs) -> Result<Reply, CommandError> {
    let words = req.words;
    let user = &args.user;
    let Some(member) = req
        .app
        .db
        .member_by_user(&req.inv.guild_id, &user.user_id)
        .await?
    else {
        return Err(Said::new("error-privacy-nothing")
            .with("name", user.display_name.as_str())
            .into());
    };
    if member.id == req.caller.id {
        return Err(Said::new("error-privacy-yourself").into());
    }
    if args.confirm != Some(true) {
        let message = Message::new(
            Tone::Warning,
            words.say_with(
                "privacy-preview-title",
                &[("name", member.display_name.as_str().into())],
            ),
        )
        .line(words.say("privacy-preview-removed"))
        .line(words.say("privacy-preview-kept"))
        .line(words.say_with(
            "privacy-preview-go",
            &[("name", user.display_name.as_str().into())],
        ));
        return Ok(Reply::private(message, ReplyData::None));
    }
    // The name they are kept under, in the team's language (it is shown to everyone).
    let shown_as = crate::i18n::Words::team(&req.guild)
        .say_with("privacy-former-member", &[("number", member.id.0.into())]);
    let done = req
        .app
        .db
        .forget_member(
            &req.inv.guild_id,
            member.id,
            req.caller.id,
            req.now,
            &shown_as,
        )
        .await?;
    let message = Message::new(
        Tone::Success,
        words.say_with(
            "privacy-done-title",
            &[("name", member.display_name.as_str().into())],
        ),
    )
    .line(words.say_with(
        "privacy-done",
        &[
            ("shown_as", done.shown_as.as_str().into()),
            ("deals", done.deals_kept.into()),
            ("notes", done.notes_cleared.into()),
            ("posts", done.posts_anonymised.into()),
        ],
    ))
    .line(words.say("privacy-done-recorded"));
    Ok(Reply::private(message, ReplyData::None))
}
