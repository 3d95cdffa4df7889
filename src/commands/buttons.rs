//! The buttons under a reply: Undo, a duel's Accept and Decline, an import preview's
//! Apply and Cancel. Each acts as the command it stands for, pressed by whoever pressed.

use super::invocation::{Attachment, Invocation, OptionValue};
use super::{
    CommandError, DuelAnswer, PreviewAnswer, Request, catalogue, deals, duel, import, path_error,
    permissions, prepare, run,
};
use crate::app::App;
use crate::core::ids::{AuditId, DuelId, PendingActionId};
use crate::i18n::Said;
use crate::reply::Reply;

/// The Accept and Decline buttons under a duel challenge: `/duel accept|decline` for
/// that duel, pressed by whoever pressed it.
pub async fn duel_button(
    app: &App,
    inv: &Invocation,
    duel_id: DuelId,
    answer: DuelAnswer,
) -> Result<Reply, CommandError> {
    let path = match answer {
        DuelAnswer::Accept => "accept",
        DuelAnswer::Decline => "decline",
    };
    let command =
        catalogue::resolve(&["duel".to_string(), path.to_string()]).map_err(path_error)?;
    let req = prepare(app, inv, command).await?;
    duel::answer(&req, Some(duel_id), answer).await
}

/// The Undo button under a reply: takes back the change recorded by `audit_id`, if
/// the person pressing it made that change and it is within the undo window.
/// The button acts as `/deal undo`, whatever `inv.path` says.
pub async fn undo_button(
    app: &App,
    inv: &Invocation,
    audit_id: AuditId,
) -> Result<Reply, CommandError> {
    let command =
        catalogue::resolve(&["deal".to_string(), "undo".to_string()]).map_err(path_error)?;
    let req = prepare(app, inv, command).await?;
    let entry = app
        .db
        .audit_entry(&inv.guild_id, audit_id)
        .await?
        .ok_or_else(|| Said::new("error-undo-already"))?;
    permissions::can_undo(req.caller.id, entry.actor_id)?;
    let window = app.config.undo_window_minutes;
    if entry.at < req.now - chrono::Duration::minutes(window) {
        return Err(Said::new("error-undo-too-old")
            .with("minutes", window)
            .into());
    }
    deals::undo_entry(&req, &entry).await
}

/// The Apply / Cancel buttons under a previewed manager action (an import that would
/// change existing deals). Only the manager who started it can press them, once.
pub async fn confirm_button(
    app: &App,
    inv: &Invocation,
    action_id: PendingActionId,
    answer: PreviewAnswer,
) -> Result<Reply, CommandError> {
    let req = check_confirm(app, inv, action_id).await?;
    let done = || Said::new("error-preview-settled");
    let action = app
        .db
        .claim_pending_action(&inv.guild_id, action_id, req.now)
        .await?
        .ok_or_else(done)?;
    if answer == PreviewAnswer::Cancel {
        return Ok(Reply::private(
            crate::reply::Message::new(crate::reply::Tone::Info, req.words.say("import-cancelled"))
                .line(req.words.say("import-cancelled-nothing")),
            crate::reply::ReplyData::None,
        ));
    }
    if action.created_at < req.now - chrono::Duration::minutes(import::PREVIEW_MINUTES) {
        return Err(Said::new("error-preview-too-old").into());
    }
    let mut options = std::collections::BTreeMap::new();
    for (name, value) in action.options.as_object().into_iter().flatten() {
        if let Some(text) = value.as_str() {
            options.insert(name.clone(), OptionValue::String(text.to_string()));
        }
    }
    options.insert(
        "file".into(),
        OptionValue::Attachment(Attachment::from_chat(
            action.filename.unwrap_or_default(),
            action.file.unwrap_or_default(),
        )),
    );
    options.insert("confirm".into(), OptionValue::Boolean(true));
    let apply_inv = Invocation {
        path: vec!["import".into()],
        options,
        ..inv.clone()
    };
    Box::pin(run(app, &apply_inv)).await
}

/// Whether this person may press Apply / Cancel on that preview (checked before the
/// click is acknowledged, so a refusal never replaces the author's preview).
pub async fn check_confirm<'a>(
    app: &'a App,
    inv: &'a Invocation,
    action_id: PendingActionId,
) -> Result<Request<'a>, CommandError> {
    let command = catalogue::resolve(&["import".to_string()]).map_err(path_error)?;
    let req = prepare(app, inv, command).await?;
    permissions::check_command(&command, inv, &req.guild, req.asker())?;
    let owner = app
        .db
        .pending_action_owner(&inv.guild_id, action_id)
        .await?
        .ok_or_else(|| Said::new("error-preview-settled"))?;
    permissions::can_settle_preview(req.caller.id, owner)?;
    Ok(req)
}
