//! `/export`: a CSV the team can open in a spreadsheet or import elsewhere.

use super::permissions::can_list_for;
use super::{CommandError, Request};
use crate::core::export::{BoardLine, ExportKind, activities_csv, board_csv, deals_csv};
use crate::core::ranking::{BoardOf, Metric};
use crate::core::words::count;
use crate::reply::{AttachedFile, Message, Reply, ReplyData, Tone};
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};

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
        ExportKind::Leaderboard => {
            let spec = BoardSpec {
                period: req.period("period", DEFAULT_PERIOD)?,
                metric: req.choice("metric")?.unwrap_or(Metric::DEFAULT),
                // Every row, not only the top.
                top: u32::MAX,
                team: None,
                of: BoardOf::Reps,
                chart: false,
                audience: req.audience(),
            };
            let (message, data) = board(req.app, &req.guild, &spec, None).await?;
            let texts = message.table.map(|t| t.rows).unwrap_or_default();
            let lines: Vec<BoardLine> = data
                .rows
                .iter()
                .zip(texts)
                .map(|(row, text)| BoardLine {
                    rank: row.rank,
                    name: row.name.clone(),
                    value: row.value,
                    value_text: text.value,
                    detail: text.detail,
                    movement: row.movement,
                })
                .collect();
            (board_csv(&lines), lines.len())
        }
        ExportKind::Activities => {
            let period = req.period("period", DEFAULT_PERIOD)?;
            let logs = req
                .app
                .db
                .recent_activities(
                    &req.inv.guild_id,
                    owner,
                    Some((period.start, period.end)),
                    100_000,
                )
                .await?;
            (activities_csv(&logs), logs.len())
        }
    };
    let filename = format!("{}-{}.csv", kind.key(), req.today);
    let mut message = Message::new(
        Tone::Info,
        format!("📎 Export: {}", count(rows as i64, "row", "rows")),
    )
    .line(match kind {
        ExportKind::Deals => {
            "UTF-8 CSV in the import's own format: `dealbell import deals` reads it back."
        }
        ExportKind::Leaderboard | ExportKind::Activities => {
            "UTF-8 CSV: values in minor units, counts or basis points, with the text beside them."
        }
    })
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
