//! `/leaderboard`: who is winning this period.

use super::{CommandError, Request};
use crate::core::money::Money;
use crate::core::ranking::{Entry, Ranked, rank, top_with_caller};
use crate::reply::{LeaderboardData, Message, Reply, ReplyData, Table, TableRow, Tone};

pub async fn run(req: &Request<'_>) -> Result<Reply, CommandError> {
    let period = req.period("period", "month")?;
    let metric = req.text("metric").unwrap_or("revenue");
    let top = req
        .integer("top")
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(req.app.config.leaderboard_top);
    let db = &req.app.db;
    let guild = &req.inv.guild_id;
    let currency = req.team.currency;

    let mut other_currency_deals = 0;
    let (entries, metric_label): (Vec<Entry>, &str) = match metric {
        "deals" => {
            let totals = db
                .won_totals(guild, period.start, period.end, currency)
                .await?;
            let entries = totals
                .into_iter()
                .map(|t| Entry {
                    member_id: t.member_id,
                    name: t.name,
                    value: t.won,
                    secondary: t.revenue,
                })
                .collect();
            (entries, "Deals won")
        }
        "activities" => {
            let totals = db.activity_totals(guild, period.start, period.end).await?;
            let entries = totals
                .into_iter()
                .map(|t| Entry {
                    member_id: t.member_id,
                    name: t.name,
                    value: t.total,
                    secondary: 0,
                })
                .collect();
            (entries, "Activities logged")
        }
        _ => {
            let totals = db
                .won_totals(guild, period.start, period.end, currency)
                .await?;
            other_currency_deals = totals.iter().map(|t| t.other_currency).sum();
            let entries = totals
                .into_iter()
                .filter(|t| t.revenue > 0)
                .map(|t| Entry {
                    member_id: t.member_id,
                    name: t.name,
                    value: t.revenue,
                    secondary: t.won,
                })
                .collect();
            (entries, "Revenue won")
        }
    };
    let ranked = rank(entries);
    let (shown, caller) = top_with_caller(&ranked, top, Some(req.caller.id));

    let value_text = |r: &Ranked| match metric {
        "deals" => format!("{} won", r.entry.value),
        "activities" => format!("{} activities", r.entry.value),
        _ => Money::new(r.entry.value, currency).display_whole(),
    };
    let detail_text = |r: &Ranked| match metric {
        "deals" => Money::new(r.entry.secondary, currency).display_whole(),
        "activities" => String::new(),
        _ => format!(
            "{} {}",
            r.entry.secondary,
            if r.entry.secondary == 1 {
                "deal"
            } else {
                "deals"
            }
        ),
    };
    let tied = |r: &Ranked| ranked.iter().filter(|o| o.rank == r.rank).count() > 1;
    let row = |r: &Ranked| TableRow {
        rank: r.rank,
        tied: tied(r),
        name: r.entry.name.clone(),
        value: value_text(r),
        detail: detail_text(r),
        is_caller: r.entry.member_id == req.caller.id,
    };

    let label = period.label();
    let mut message = Message::new(Tone::Leaderboard, format!("🏆 {metric_label} — {label}"));
    if ranked.is_empty() {
        let nudge = match metric {
            "activities" => "Log one: /activity log kind:call count:5",
            _ => "Be the first: /win amount:… customer:…",
        };
        message = message.line(format!("Nobody is on the board for {label} yet. {nudge}"));
    } else {
        message.table = Some(Table {
            rows: shown.iter().map(row).collect(),
            caller_row: caller.as_ref().map(row),
        });
        if !ranked.iter().any(|r| r.entry.member_id == req.caller.id) {
            message = message.line("You are not on this board yet.");
        }
    }
    if other_currency_deals > 0 {
        message = message.line(format!(
            "{other_currency_deals} won deal(s) in other currencies are not added to {currency} revenue (no conversion)."
        ));
    }
    message = message.footer(req.footer(Some(&period)));
    let data = LeaderboardData {
        metric: metric.to_string(),
        period,
        period_label: label,
        currency: currency.to_string(),
        rows: shown,
        caller,
        other_currency_deals,
    };
    Ok(Reply::public(message, ReplyData::Leaderboard(data)))
}
