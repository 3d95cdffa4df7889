//! `/export`: a CSV the team can open in a spreadsheet or import elsewhere.

use super::permissions::can_list_for;
use super::{CommandError, Request};
use crate::core::export::{ExportKind, deals_csv};
use crate::core::words::count;
use crate::reply::{AttachedFile, Message, Reply, ReplyData, Tone};

pub async fn run(req: &Request<'_>) -> Result<Reply, CommandError> {
    let kind: ExportKind = req
        .choice("kind")?
        .ok_or_else(|| CommandError::user("/export needs kind."))?;
    // Reps export their own deals; managers everyone's, or one rep's.
    let owner = match req.user("rep") {
        Some(user) => Some(req.member_for(user).await?.id),
        None if req.is_manager => None,
        None => Some(req.caller.id),
    };
    if let Some(owner) = owner {
        can_list_for(req.caller.id, req.is_manager, owner)?;
    }
    let (csv, rows) = match kind {
        ExportKind::Deals => {
            let deals = req.app.db.all_deals(&req.inv.guild_id, owner).await?;
            (deals_csv(&deals, &req.pipeline), deals.len())
        }
    };
    let filename = format!("{}-{}.csv", kind.key(), req.today);
    let mut message = Message::new(
        Tone::Info,
        format!("📎 Export: {}", count(rows as i64, "deal", "deals")),
    )
    .line("UTF-8 CSV in the import's own format: `dealbell import deals` reads it back.")
    .footer(req.footer(None));
    message.file = Some(AttachedFile {
        filename,
        bytes: csv.len(),
        data: csv.clone().into_bytes(),
    });
    Ok(Reply::private(
        message,
        ReplyData::Export {
            export: kind,
            rows,
            csv,
        },
    ))
}
