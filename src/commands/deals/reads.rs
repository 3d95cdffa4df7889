//! Reading deals: one deal, a list, and its history.

use super::card::stage_label;
use super::*;
use crate::commands::arguments::{RepRef, arguments};
use crate::commands::permissions::{
    Listing, can_list_for, can_see_amount, can_view_deal, can_view_history,
};
use crate::commands::{CommandError, NotFound, Request};
use crate::core::deal::StatusFilter;
use crate::core::deal::{DealState, Outcome};
use crate::core::guild::AmountDisplay;
use crate::core::ids::DealNumber;
use crate::core::money::Money;
use crate::core::period::PeriodSpec;
use crate::reply::{Message, Reply, ReplyData, Tone, Visibility};
use crate::store::DealFilter;

arguments! {
    /// `/deal show`, `/deal history`: one deal by its number.
    pub struct DealIdArgs {
        id: DealNumber,
    }
}

/// `/deal show`
pub async fn show(req: &Request<'_>, args: DealIdArgs) -> Result<Reply, CommandError> {
    let deal = load_deal(req, args.id).await?;
    if !can_view_deal(req.asker(), &deal) {
        return Err(Said::new("error-deal-not-yours")
            .with("number", deal.number.0)
            .with("owner", deal.owner_name.as_str())
            .into());
    }
    let words = req.words;
    let title = words.say_with(
        "deal-show-title",
        &[
            ("number", deal.number.0.into()),
            ("customer", deal.state.customer.as_str().into()),
        ],
    );
    if can_see_amount(req.asker(), deal.state.owner_id, &req.guild) {
        let message = deal_message(req, &deal, Tone::Info, title);
        return Ok(deal_reply(message, deal, None, Visibility::Ephemeral));
    }
    let mut deal = deal;
    deal.state.amount = None;
    let mut message = deal_message(req, &deal, Tone::Info, title);
    // The card's amount field, found by the words it is labelled with in this reply.
    let amount_label = words.say("deal-amount");
    for field in message.fields.iter_mut().filter(|f| f.name == amount_label) {
        field.value = words.say("deal-amount-hidden");
    }
    Ok(deal_reply(message, deal, None, Visibility::Ephemeral))
}

arguments! {
    /// `/deal list`
    pub struct ListArgs {
        owner: Option<RepRef>,
        stage: Option<String>,
        status: Option<StatusFilter>,
        period: Option<PeriodSpec>,
    }
}

/// `/deal list`
pub async fn list(req: &Request<'_>, args: ListArgs) -> Result<Reply, CommandError> {
    let owner = req.rep_or_caller(args.owner.as_ref()).await?;
    can_list_for(req.asker(), owner.id, Listing::Deals)?;
    let outcome = args.status.unwrap_or(StatusFilter::Open);
    let stage = args
        .stage
        .as_deref()
        .map(|s| find_stage(req, s).map(|st| st.key.clone()))
        .transpose()?;
    let period = args.period.map(|asked| req.period(asked)).transpose()?;
    let filter = DealFilter {
        owner_id: Some(owner.id),
        stage,
        outcome,
        dated_between: period.map(|p| (p.start, p.end)),
        limit: LIST_LIMIT,
    };
    let mut deals = req.app.db.list_deals(&req.inv.guild_id, &filter).await?;
    let more = deals.len() > LIST_LIMIT as usize;
    deals.truncate(LIST_LIMIT as usize);

    let words = req.words;
    let title = if owner.id == req.caller.id {
        words.say_with("deal-list-yours", &[("status", outcome.key().into())])
    } else {
        words.say_with(
            "deal-list-of",
            &[
                ("rep", owner.display_name.as_str().into()),
                ("status", outcome.key().into()),
            ],
        )
    };
    let mut message = Message::new(Tone::Info, title);
    if deals.is_empty() {
        message = message.line(words.say("deal-list-none"));
    }
    let mut open_total: i64 = 0;
    for d in &deals {
        let s = &d.state;
        let when = match (s.outcome, s.closed_on, s.expected_close) {
            (Outcome::Open, _, Some(c)) => format!(
                " · {}",
                words.say_with(
                    "deal-list-closes",
                    &[("day", words.day_and_month(c).into())]
                )
            ),
            (Outcome::Won | Outcome::Lost, Some(c), _) => format!(
                " · {}",
                words.say_with(
                    "deal-list-closed",
                    &[
                        ("outcome", s.outcome.key().into()),
                        ("day", words.day(c).into()),
                    ],
                )
            ),
            (Outcome::Open, _, None) | (Outcome::Won | Outcome::Lost, None, _) => String::new(),
        };
        if s.outcome == Outcome::Open
            && let Some(a) = s.amount.filter(|a| a.currency == req.guild.currency)
        {
            open_total += a.minor;
        }
        message = message.line(format!(
            "#{} {} — {} · {}{}",
            d.number,
            s.customer,
            money_text(req.words, s.amount),
            stage_label(words, &s.stage, req.pipeline.label(&s.stage)),
            when
        ));
    }
    if more {
        message = message.line(words.say_with("deal-list-more", &[("count", LIST_LIMIT.into())]));
    }
    if open_total > 0 {
        message = message.field(
            words.say("deal-list-open-total"),
            words.money(Money::new(open_total, req.guild.currency)),
        );
    }
    message = message.footer(req.footer(period.as_ref()));
    Ok(Reply::private(message, ReplyData::Deals { deals, more }))
}

/// What changed between two states, in words ("stage Proposal → Won").
fn describe_changes(
    req: &Request<'_>,
    before: Option<&DealState>,
    after: Option<&DealState>,
    amounts: AmountDisplay,
) -> Vec<String> {
    let words = req.words;
    let shown = |m: Option<Money>| match amounts {
        AmountDisplay::Shown => money_text(words, m),
        AmountDisplay::Hidden => words.say("deal-history-amount-hidden"),
    };
    let stage = |key: &str| stage_label(words, key, req.pipeline.label(key));
    let (Some(b), Some(a)) = (before, after) else {
        return match (before, after) {
            (None, Some(a)) => vec![format!(
                "{} · {} · {}",
                a.customer,
                shown(a.amount),
                stage(&a.stage)
            )],
            (Some(_), None) => vec![words.say("deal-change-removed")],
            _ => Vec::new(),
        };
    };
    let mut out = Vec::new();
    let mut note = |field: &str, x: String, y: String| {
        if x != y {
            out.push(words.say_with(
                "deal-change",
                &[
                    ("field", words.say(&field_key(field)).into()),
                    ("from", x.into()),
                    ("to", y.into()),
                ],
            ));
        }
    };
    let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "—".into());
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "—".into(), |d| words.day(d));
    note("stage", stage(&b.stage), stage(&a.stage));
    if amounts == AmountDisplay::Shown {
        note("amount", shown(b.amount), shown(a.amount));
    }
    note("customer", b.customer.clone(), a.customer.clone());
    note("product", opt(&b.product), opt(&a.product));
    note(
        "expected-close",
        date(b.expected_close),
        date(a.expected_close),
    );
    note("closed-on", date(b.closed_on), date(a.closed_on));
    note("lost-reason", opt(&b.lost_reason), opt(&a.lost_reason));
    note("note", opt(&b.note), opt(&a.note));
    let category = |c: Option<crate::core::forecast::Category>| {
        c.map_or_else(
            || words.say("deal-category-follows-stage"),
            |c| category_name(words, c),
        )
    };
    note(
        "forecast-category",
        category(b.forecast_category),
        category(a.forecast_category),
    );
    if b.owner_id != a.owner_id {
        out.push(words.say("deal-change-owner"));
    }
    out
}

/// `/deal history`: the audit trail of one deal.
pub async fn history(req: &Request<'_>, args: DealIdArgs) -> Result<Reply, CommandError> {
    let number = args.id;
    let trail = req.app.db.audit_trail(&req.inv.guild_id, number).await?;
    if trail.is_empty() {
        return Err(NotFound::Deal(number).into());
    }
    // Visibility follows the deal as it is now (or, if it was removed, as it was last).
    let current = req.app.db.deal_by_number(&req.inv.guild_id, number).await?;
    can_view_history(req.asker(), number, current.as_ref())?;
    let owner = current.as_ref().map(|d| d.state.owner_id).or_else(|| {
        trail
            .last()
            .and_then(|r| r.entry.after.as_ref())
            .map(|s| s.owner_id)
    });
    let amounts_shown = owner.map_or(req.is_manager || !req.guild.amounts_hidden, |o| {
        can_see_amount(req.asker(), o, &req.guild)
    });
    let amounts = if amounts_shown {
        AmountDisplay::Shown
    } else {
        AmountDisplay::Hidden
    };
    let words = req.words;
    let mut message = Message::new(
        Tone::Info,
        words.say_with("deal-history-title", &[("number", number.0.into())]),
    );
    let mut entries = Vec::new();
    for row in &trail {
        let changes = describe_changes(
            req,
            row.entry.before.as_ref(),
            row.entry.after.as_ref(),
            amounts,
        );
        let local = row.entry.at.with_timezone(&req.guild.timezone);
        let actor = row
            .actor
            .clone()
            .unwrap_or_else(|| words.say("deal-history-someone"));
        let changed = if changes.is_empty() {
            words.say("deal-history-no-change")
        } else {
            changes.join("; ")
        };
        message = message.line(words.say_with(
            "deal-history-line",
            &[
                ("day", words.day_and_month(local.date_naive()).into()),
                ("time", local.format("%H:%M").to_string().into()),
                ("actor", actor.into()),
                ("action", words.say(&action_key(row.entry.action)).into()),
                ("undone", if row.undone { "yes" } else { "no" }.into()),
                ("changes", changed.into()),
            ],
        ));
        entries.push(crate::reply::HistoryEntry {
            at: row.entry.at,
            actor: row.actor.clone(),
            action: row.entry.action,
            changes,
            undone: row.undone,
        });
    }
    Ok(Reply::private(
        message.footer(req.footer(None)),
        ReplyData::History {
            deal_number: number,
            entries,
        },
    ))
}
