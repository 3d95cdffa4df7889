//! `/deal undo` and the Undo button: take back the caller's own last change.

use super::*;
use crate::commands::{CommandError, Request};
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::store::{AuditEntry, UndoOutcome};
use chrono::Duration;

/// The caller's own last change to a deal within the undo window, if any.
pub async fn last_change(req: &Request<'_>) -> Result<Option<AuditEntry>, CommandError> {
    let since = req.now - Duration::minutes(req.app.config.undo_window_minutes);
    Ok(req
        .app
        .db
        .last_undoable_change(&req.inv.guild_id, req.caller.id, since)
        .await?)
}

/// When the undone change was the win itself, marks its announcement to be taken back
/// (the edge edits it as undone right after this reply). The undo already happened, so
/// a failure here is logged, not reported as a failed undo.
async fn retract_win_announcement(req: &Request<'_>, entry: &AuditEntry) {
    let won = |s: &Option<crate::core::deal::DealState>| {
        s.as_ref()
            .is_some_and(|s| s.outcome == crate::core::deal::Outcome::Won)
    };
    if !won(&entry.after) || won(&entry.before) {
        return;
    }
    let topic = crate::core::deal::win_topic(entry.deal_number);
    if let Err(e) = req.app.db.retract_post(&req.inv.guild_id, &topic).await {
        tracing::error!(error = %e, topic, "could not take back a win announcement");
    }
}

/// Undoes one audited change (from `/deal undo` or an Undo button).
pub async fn undo_entry(req: &Request<'_>, entry: &AuditEntry) -> Result<Reply, CommandError> {
    let outcome = req.app.db.undo_change(&req.deal_writer(), entry).await?;
    if !matches!(outcome, UndoOutcome::ChangedSince) {
        retract_win_announcement(req, entry).await;
    }
    match outcome {
        UndoOutcome::ChangedSince => Err(Said::new("error-undo-changed-since")
            .with("number", entry.deal_number.0)
            .with("action", Part::message(action_key(entry.action)))
            .into()),
        UndoOutcome::Restored(None) => {
            let words = req.words;
            let message = Message::new(
                Tone::Success,
                words.say_with(
                    "deal-undone-removed",
                    &[("number", entry.deal_number.0.into())],
                ),
            )
            .line(match entry.after.as_ref() {
                Some(s) => words.say_with(
                    "deal-undone-taken-back",
                    &[
                        ("customer", s.customer.as_str().into()),
                        ("amount", money_text(words, s.amount).into()),
                    ],
                ),
                None => words.say("deal-undone-taken-back-unnamed"),
            });
            Ok(Reply::private(
                message,
                ReplyData::Undone {
                    deal_number: entry.deal_number,
                    action: entry.action,
                    deal: None,
                },
            ))
        }
        UndoOutcome::Restored(Some(deal)) => {
            let title = req.words.say_with(
                "deal-undone",
                &[
                    ("action", entry.action.key().into()),
                    ("number", entry.deal_number.0.into()),
                ],
            );
            let message = deal_message(req, &deal, Tone::Success, title);
            Ok(Reply::private(
                message,
                ReplyData::Undone {
                    deal_number: entry.deal_number,
                    action: entry.action,
                    deal: Some(deal),
                },
            ))
        }
    }
}
