//! `/leaderboard`: reads the options and shows the board (`views::board`).

use super::arguments::{PastDay, arguments};
use super::{CommandError, Request};
use crate::core::money::Money;
use crate::core::period::Period;
use crate::core::period::PeriodSpec;
use crate::core::race::race_change;
use crate::core::ranking::{BoardOf, Contender, Entry, Metric};
use crate::reply::{LeaderboardData, Message, Reply, ReplyData, TableRow};
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};

arguments! {
    /// `/leaderboard`
    pub struct LeaderboardArgs {
        period: Option<PeriodSpec>,
        metric: Option<Metric>,
        top: Option<i64>,
        team: Option<String>,
        by: Option<BoardOf>,
        from: Option<PastDay>,
        to: Option<PastDay>,
        chart: Option<bool>,
        /// "me": only the caller's neighbours.
        around: Option<String>,
    }
}

/// The period asked for: `from`/`to` dates, or a named period.
fn requested_period(req: &Request<'_>, args: &LeaderboardArgs) -> Result<Period, CommandError> {
    match (args.from, args.to) {
        (Some(PastDay(from)), Some(PastDay(to))) => {
            Ok(Period::between(from, to, req.guild.fiscal_year_start)?)
        }
        (Some(PastDay(from)), None) => Ok(Period::between(
            from,
            req.today,
            req.guild.fiscal_year_start,
        )?),
        (None, Some(_)) => Err(CommandError::with_hint(
            "to needs from.",
            "Write from:2026-01-01 to:2026-03-31.",
        )),
        (None, None) => req.period(args.period.unwrap_or(DEFAULT_PERIOD)),
    }
}

pub async fn run(req: &Request<'_>, args: LeaderboardArgs) -> Result<Reply, CommandError> {
    let team_filter = match &args.team {
        Some(name) => Some(req.team_named(name).await?),
        None => None,
    };
    let spec = BoardSpec {
        period: requested_period(req, &args)?,
        metric: args.metric.unwrap_or(Metric::DEFAULT),
        top: args
            .top
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(req.app.config.leaderboard_top),
        team: team_filter,
        of: args.by.unwrap_or(BoardOf::Reps),
        chart: args.chart == Some(true),
        audience: req.audience(),
    };
    let around_me = args.around.is_some();
    let spec = if around_me {
        // The whole board, to find the neighbours in.
        BoardSpec { top: 50, ..spec }
    } else {
        spec
    };
    let (mut message, data) =
        board(req.app, req.words, &req.guild, &spec, Some(req.caller.id)).await?;
    if around_me && spec.of == BoardOf::Reps {
        neighbours(req, &mut message, &data, spec.metric);
    }
    Ok(Reply::public(message, ReplyData::Leaderboard(data)))
}

/// Keeps the two places above and below the caller, and says what one more deal of
/// their average size would change.
fn neighbours(req: &Request<'_>, message: &mut Message, data: &LeaderboardData, metric: Metric) {
    let Some(table) = message.table.as_mut() else {
        return;
    };
    let mut rows: Vec<TableRow> = table.rows.drain(..).collect();
    rows.extend(table.caller_row.take());
    let Some(at) = rows.iter().position(|r| r.is_caller) else {
        table.rows = rows;
        message
            .lines
            .push("You are not on this board yet: your first win puts you on it.".into());
        return;
    };
    table.rows = rows[at.saturating_sub(2)..(at + 3).min(rows.len())].to_vec();
    let me = req.caller.id;
    let Some(mine) = data
        .rows
        .iter()
        .chain(data.caller.iter())
        .find(|r| r.who == Contender::Member(me))
    else {
        return;
    };
    // One more deal: its average size on a revenue board, one more on a deals board.
    let (extra, size) = match metric {
        Metric::Revenue if mine.secondary > 0 => {
            let avg = mine.value / mine.secondary;
            (avg, Some(avg))
        }
        Metric::Deals => (1, None),
        // A revenue board with no wins yet has no average; the other boards are not
        // moved by one more deal in a way worth telling.
        Metric::Revenue
        | Metric::Activities
        | Metric::AverageDeal
        | Metric::WinRate
        | Metric::Attainment => return,
    };
    let after: Vec<Entry> = data
        .rows
        .iter()
        .chain(data.caller.iter())
        .map(|r| Entry {
            who: r.who,
            name: r.name.clone(),
            value: if r.who == mine.who {
                r.value + extra
            } else {
                r.value
            },
            // race_change reads this as the deal count.
            secondary: if r.who == mine.who { 2 } else { 1 },
        })
        .collect();
    let Some(change) = race_change(&after, me, extra) else {
        return;
    };
    let money = |minor: i64| Money::new(minor, req.guild.currency).display_whole();
    let hidden = req.guild.amounts_hidden;
    let deal = match size {
        Some(avg) if !hidden => format!("One more deal of your average size ({})", money(avg)),
        Some(_) => "One more deal of your average size".to_string(),
        None => "One more deal".to_string(),
    };
    let effect = if change.rank_after < mine.rank {
        format!(
            "would take you to #{}, passing {}",
            change.rank_after,
            crate::views::race_words::names(req.words, &change.passed)
        )
    } else {
        match (&change.chasing, hidden || metric == Metric::Deals) {
            (Some((holders, gap, place)), false) => format!(
                "would keep you at #{} — {} short of {} for #{place}",
                change.rank_after,
                money(*gap),
                crate::views::race_words::names(req.words, holders)
            ),
            _ => format!("would keep you at #{}", change.rank_after),
        }
    };
    message.lines.push(format!("{deal} {effect}."));
}
