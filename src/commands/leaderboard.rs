//! `/leaderboard`: reads the options and shows the board (`views::board`).

use super::arguments::{PastDay, arguments};
use super::{CommandError, Request};
use crate::core::money::Money;
use crate::core::period::Period;
use crate::core::period::PeriodSpec;
use crate::core::race::race_change;
use crate::core::ranking::{BoardOf, Contender, Entry, Metric};
use crate::i18n::Said;
use crate::reply::{LeaderboardData, Message, Reply, ReplyData, TableRow};
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};
use crate::views::race_words::names;

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
        (None, Some(_)) => Err(Said::new("error-board-to-needs-from").into()),
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
            .push(req.words.say("board-not-on-yet-first-win"));
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
    let words = req.words;
    let money = |minor: i64| words.money_whole(Money::new(minor, req.guild.currency));
    let hidden = req.guild.amounts_hidden;
    let deal = match size {
        Some(avg) if !hidden => words.say_with(
            "board-one-more-average-of",
            &[("amount", money(avg).into())],
        ),
        Some(_) => words.say("board-one-more-average"),
        None => words.say("board-one-more"),
    };
    let rank = || crate::i18n::Value::from(change.rank_after);
    let line = if change.rank_after < mine.rank {
        words.say_with(
            "board-one-more-passes",
            &[
                ("deal", deal.into()),
                ("rank", rank()),
                ("names", names(words, &change.passed).into()),
            ],
        )
    } else {
        match (&change.chasing, hidden || metric == Metric::Deals) {
            (Some((holders, gap, place)), false) => words.say_with(
                "board-one-more-short",
                &[
                    ("deal", deal.into()),
                    ("rank", rank()),
                    ("gap", money(*gap).into()),
                    ("names", names(words, holders).into()),
                    ("place", (*place).into()),
                ],
            ),
            _ => words.say_with(
                "board-one-more-keeps",
                &[("deal", deal.into()), ("rank", rank())],
            ),
        }
    };
    message.lines.push(line);
}
