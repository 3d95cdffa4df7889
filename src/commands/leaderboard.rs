//! `/leaderboard`: reads the options and shows the board (`views::board`).

use super::{CommandError, Request};
use crate::core::period::Period;
use crate::core::ranking::{BoardOf, Metric};
use crate::reply::{Reply, ReplyData};
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};

/// The period a command asked for: `from`/`to` dates, or a named period.
pub fn requested_period(req: &Request<'_>) -> Result<Period, CommandError> {
    match (req.date("from")?, req.date("to")?) {
        (Some(from), Some(to)) => Ok(Period::between(from, to, req.guild.fiscal_year_start)?),
        (Some(from), None) => Ok(Period::between(
            from,
            req.today,
            req.guild.fiscal_year_start,
        )?),
        (None, Some(_)) => Err(CommandError::with_hint(
            "to needs from.",
            "Write from:2026-01-01 to:2026-03-31.",
        )),
        (None, None) => req.period("period", DEFAULT_PERIOD),
    }
}

pub async fn run(req: &Request<'_>) -> Result<Reply, CommandError> {
    let team_filter = match req.text("team") {
        Some(name) => Some(req.team_named(name).await?),
        None => None,
    };
    let spec = BoardSpec {
        period: requested_period(req)?,
        metric: req.choice("metric")?.unwrap_or(Metric::DEFAULT),
        top: req
            .integer("top")
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(req.app.config.leaderboard_top),
        team: team_filter,
        of: req.choice("by")?.unwrap_or(BoardOf::Reps),
        chart: req.boolean("chart") == Some(true),
        audience: req.audience(),
    };
    let (message, data) = board(req.app, &req.guild, &spec, Some(req.caller.id)).await?;
    Ok(Reply::public(message, ReplyData::Leaderboard(data)))
}
