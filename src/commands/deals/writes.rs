//! Every change to a deal: log a win, add, move, close, edit, categorise.

use super::*;
use crate::commands::permissions::can_change_deal;
use crate::commands::{CommandError, Request};
use crate::core::deal::AuditAction;
use crate::core::deal::{self, Deal, DealState, Outcome};
use crate::core::forecast::CategoryChoice;
use crate::core::money::Money;
use crate::core::period::{Period, PeriodKind};
use crate::core::ranking::{Contender, rank};
use crate::core::words;
use crate::reply::{Message, Post, Reply, Tone, Topic};
use crate::views::race;

/// The celebration for a won deal: the reply, and a post to the wins channel.
async fn celebrate(
    req: &Request<'_>,
    deal: Deal,
    audit_id: crate::core::ids::AuditId,
) -> Result<Reply, CommandError> {
    // The month the win counts for: the day it was won, which may be backdated.
    let won_on = deal.state.closed_on.unwrap_or(req.today);
    let month = Period::containing(PeriodKind::Month, won_on, req.guild.fiscal_year_start);
    let when = if month.contains(req.today) {
        "this month".to_string()
    } else {
        format!("in {}", month.label())
    };
    let totals = req
        .app
        .db
        .won_totals(
            &req.inv.guild_id,
            month.start,
            month.end,
            req.guild.currency,
        )
        .await?;
    // Who is on the month's revenue board, as the board itself says.
    let ranked = rank(crate::views::board::revenue_entries(&totals));
    let owner = deal.state.owner_id;
    let elsewhere = totals
        .iter()
        .find(|t| t.member_id == owner)
        .map_or(0, |t| t.other_currency);
    let news = race::win_news(req.app, &req.guild, &deal, &month, &totals).await?;
    // One line for the rep's month and the race: "bob this month: 3,500 USD won across
    // 2 deals — moves up to #2, passing alice · 5,500 USD behind carol for #1."
    let team = req.guild.currency;
    let not_counted = deal
        .state
        .amount
        .filter(|_| deal.state.counted(team).is_none())
        .map(|won| {
            format!(
                "{} {when}: this win is in {}, and with no {} rate for {} it is not added to {team} revenue (a manager sets one: /rates set rate:\"{} …\").",
                deal.owner_name,
                won.currency,
                won.currency,
                won_on.format("%-d %b"),
                won.currency
            )
        });
    let standing = ranked
        .iter()
        .find(|r| r.entry.who == Contender::Member(owner))
        .map(|r| {
            let place = match &news.race {
                Some(race) => race.clone(),
                None => format!("#{} of {}", r.rank, ranked.len()),
            };
            let won = if req.guild.amounts_hidden {
                words::count(r.entry.secondary, "deal", "deals") + " won"
            } else {
                format!(
                    "{} won across {}",
                    Money::new(r.entry.value, req.guild.currency).display_whole(),
                    words::count(r.entry.secondary, "deal", "deals")
                )
            };
            format!("{} {when}: {won} — {place}.", deal.owner_name)
                + &if elsewhere > 0 {
                    format!(
                        " (+{} in other currencies, not added: no rate for their day)",
                        words::count(elsewhere, "won deal", "won deals")
                    )
                } else {
                    String::new()
                }
        })
        .or(not_counted);
    let milestones_line = (!news.milestones.is_empty()).then(|| {
        news.milestones
            .iter()
            .map(|m| m.text())
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let amount = match (deal.state.amount, deal.state.converted) {
        (Some(won), Some(c)) => format!(
            "{} ({} at {})",
            won.display(),
            c.amount.display_whole(),
            c.rate.number()
        ),
        _ => money_text(deal.state.amount),
    };
    let product = deal
        .state
        .product
        .as_ref()
        .map(|p| format!(" · {p}"))
        .unwrap_or_default();
    let title = format!("🎉 {} won {}!", deal.owner_name, deal.state.customer);
    let mut message = deal_message(req, &deal, Tone::Celebration, title.clone());
    let news_lines: Vec<String> = [standing, milestones_line]
        .into_iter()
        .flatten()
        .chain(news.duels.iter().cloned())
        .collect();
    for (i, line) in news_lines.iter().enumerate() {
        message.lines.insert(i, line.clone());
    }
    // A team that hides amounts hears the win in public without them; the rep's own
    // reply, with the amount, is private (and the announcement goes out even when the
    // win was typed in the wins channel itself).
    let hidden = req.guild.amounts_hidden;
    let mut reply = deal_reply(message, deal.clone(), Some(audit_id), !hidden);
    if let Some(channel) = &req.guild.wins_channel
        && (hidden || req.inv.channel_id.as_ref() != Some(channel))
    {
        let owner_user = req
            .app
            .db
            .member_by_id(&req.inv.guild_id, owner)
            .await?
            .and_then(|m| m.user_id);
        let mut post = Message::new(Tone::Celebration, title);
        if !hidden {
            post = post.line(format!("{amount}{product}"));
        } else if !product.is_empty() {
            post = post.line(product.trim_start_matches(" · ").to_string());
        }
        post.lines.extend(news_lines);
        post.mentions = owner_user.into_iter().collect();
        post = post.footer(format!(
            "Deal #{} · {}",
            deal.number,
            req.footer(Some(&month))
        ));
        let summary = if hidden {
            format!("🎉 {} won {}", deal.owner_name, deal.state.customer)
        } else {
            format!(
                "🎉 {} won {} — {amount}",
                deal.owner_name, deal.state.customer
            )
        };
        let mut post = Post::to_channel(channel.clone(), post);
        post.topic = Some(Topic::win(deal.number, summary));
        reply.posts.push(post);
    } else if req.guild.wins_channel.is_some() {
        // No post (typed in the wins channel: the reply is the news): the announcement
        // the win was written with is not to be sent. Without a wins channel none was
        // written (had a manager set one meanwhile, the stale-announcement composer
        // fills it in, and the win is announced once all the same).
        req.app
            .db
            .skip_announcement(&req.inv.guild_id, &Topic::win_key(deal.number))
            .await?;
    }
    Ok(reply)
}

/// `/win`: a closed-won deal in one step.
pub async fn win(req: &Request<'_>) -> Result<Reply, CommandError> {
    let amount = req.money("amount")?;
    let customer = req.required_clean_text("customer", "Customer")?;
    let product = req.clean_text("product", "Product")?;
    let note = req.clean_text("note", "Note")?;
    let won_on = req.closed_on()?;
    let owner = req.rep_or_caller("rep").await?;
    let state = DealState {
        owner_id: owner.id,
        customer,
        product,
        amount,
        stage: req.pipeline.first_with(Outcome::Won).key.clone(),
        outcome: Outcome::Won,
        expected_close: None,
        closed_on: Some(won_on),
        lost_reason: None,
        note,
        forecast_category: None,
        converted: None,
    };
    let state = with_conversion(req, None, state).await?;
    let (deal, audit_id) = req
        .app
        .db
        .create_deal(&req.inv.guild_id, req.caller.id, &state, won_on, req.now)
        .await?;
    celebrate(req, deal, audit_id).await
}

/// `/deal add`: a deal in the pipeline.
pub async fn add(req: &Request<'_>) -> Result<Reply, CommandError> {
    let customer = req.required_clean_text("customer", "Customer")?;
    let amount = req.money("amount")?;
    let stage = match req.text("stage") {
        Some(name) => {
            let stage = find_stage(req, name)?;
            if stage.outcome != Outcome::Open {
                return Err(CommandError::with_hint(
                    format!(
                        "{} closes a deal; /deal add is for open deals.",
                        stage.label
                    ),
                    "Log a win with /win amount:… customer:…",
                ));
            }
            stage.clone()
        }
        None => req.pipeline.first_with(Outcome::Open).clone(),
    };
    let expected_close = req.date("close")?;
    let owner = req.rep_or_caller("rep").await?;
    let state = DealState {
        owner_id: owner.id,
        customer,
        product: req.clean_text("product", "Product")?,
        amount,
        stage: stage.key.clone(),
        outcome: Outcome::Open,
        expected_close,
        closed_on: None,
        lost_reason: None,
        note: req.clean_text("note", "Note")?,
        forecast_category: None,
        converted: None,
    };
    let (deal, audit_id) = req
        .app
        .db
        .create_deal(&req.inv.guild_id, req.caller.id, &state, req.today, req.now)
        .await?;
    let mut message = deal_message(
        req,
        &deal,
        Tone::Success,
        format!("Added deal #{} — {}", deal.number, deal.state.customer),
    );
    if expected_close.is_some_and(|d| d < req.today) {
        message = message
            .line("Its expected close date is already past; change it with /deal edit close:….");
    }
    Ok(deal_reply(message, deal, Some(audit_id), false))
}

/// `/deal stage`: move between open stages (or reopen a closed deal).
pub async fn stage(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.asker(), &deal)?;
    let stage = find_stage(req, req.required_text("stage")?)?;
    let new_state = deal::move_to_stage(deal.number, &deal.state, stage)?;
    let was = req.pipeline.label(&deal.state.stage).to_string();
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Stage, &new_state).await?;
    let title = format!("Deal #{} moved: {} → {}", updated.number, was, stage.label);
    let message = deal_message(req, &updated, Tone::Success, title);
    Ok(deal_reply(message, updated, Some(audit_id), false))
}

/// `/deal won`: close a pipeline deal as won, and celebrate.
pub async fn won(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.asker(), &deal)?;
    let amount = req.money("amount")?;
    let won_on = req.closed_on()?;
    let new_state = deal::win(
        deal.number,
        &deal.state,
        req.pipeline.first_with(Outcome::Won),
        amount,
        won_on,
    )?;
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Won, &new_state).await?;
    celebrate(req, updated, audit_id).await
}

/// `/deal lost`: close a deal as lost, with the reason.
pub async fn lost(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.asker(), &deal)?;
    let reason = req.clean_text("reason", "Reason")?;
    let new_state = deal::lose(
        deal.number,
        &deal.state,
        req.pipeline.first_with(Outcome::Lost),
        reason,
        req.today,
    )?;
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Lost, &new_state).await?;
    let mut message = deal_message(
        req,
        &updated,
        Tone::Info,
        format!("Deal #{} marked lost", updated.number),
    );
    if updated.state.lost_reason.is_none() {
        message = message.line(
            "Tip: a reason (reason:price, timing, competitor…) helps the team learn from it.",
        );
    }
    Ok(deal_reply(message, updated, Some(audit_id), false))
}

/// `/deal edit`: change details.
pub async fn edit(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.asker(), &deal)?;
    let mut state = deal.state.clone();
    let mut changed = Vec::new();
    if let Some(c) = req.clean_text("customer", "Customer")? {
        state.customer = c;
        changed.push("customer");
    }
    if let Some(a) = req.money("amount")? {
        state.amount = Some(a);
        changed.push("amount");
    }
    if let Some(p) = req.clean_text("product", "Product")? {
        state.product = Some(p);
        changed.push("product");
    }
    if let Some(d) = req.date("close")? {
        if deal.state.outcome == Outcome::Open {
            state.expected_close = Some(d);
            changed.push("expected close");
        } else {
            // A closed deal's date is the day it closed: the period it counts for.
            let closed_on =
                deal::check_close_date(d, req.today, req.app.config.backdate_days, req.is_manager)?;
            state.closed_on = Some(closed_on);
            changed.push(if deal.state.outcome == Outcome::Won {
                "won on"
            } else {
                "lost on"
            });
        }
    }
    if let Some(n) = req.clean_text("note", "Note")? {
        state.note = Some(n);
        changed.push("note");
    }
    if let Some(user) = req.rep("owner") {
        state.owner_id = req.member_for(user).await?.id;
        changed.push("owner");
    }
    if changed.is_empty() {
        return Err(CommandError::with_hint(
            "Nothing to change.",
            format!(
                "Say what to change, e.g. /deal edit id:{} amount:15k close:eoq",
                deal.number
            ),
        ));
    }
    if state == deal.state {
        return Err(CommandError::user(format!(
            "Deal #{} already has those details.",
            deal.number
        )));
    }
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Edit, &state).await?;
    let title = format!("Deal #{} updated: {}", updated.number, changed.join(", "));
    let message = deal_message(req, &updated, Tone::Success, title);
    Ok(deal_reply(message, updated, Some(audit_id), false))
}

/// `/deal forecast`: the owner's own forecast category for a deal ("auto" follows the
/// stage again).
pub async fn set_forecast_category(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.asker(), &deal)?;
    if deal.state.outcome != Outcome::Open {
        return Err(CommandError::user(format!(
            "Deal #{} is closed; forecasts are about open deals.",
            deal.number
        )));
    }
    let category = req
        .choice::<CategoryChoice>("category")?
        .ok_or_else(|| CommandError::user("Use commit, best_case, pipeline, omit or auto."))?
        .category();
    if category == deal.state.forecast_category {
        return Err(CommandError::user(format!(
            "Deal #{} is already there.",
            deal.number
        )));
    }
    let new_state = DealState {
        forecast_category: category,
        ..deal.state.clone()
    };
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Forecast, &new_state).await?;
    let label = match category {
        Some(c) => c.label().to_string(),
        None => {
            let probability = req
                .pipeline
                .by_key(&updated.state.stage)
                .map(|s| s.probability)
                .unwrap_or(0);
            format!(
                "{} (from its stage)",
                req.app
                    .config
                    .forecast_thresholds
                    .for_probability(probability)
                    .label()
            )
        }
    };
    let message = deal_message(
        req,
        &updated,
        Tone::Success,
        format!("Deal #{} is now forecast as {label}", updated.number),
    );
    Ok(deal_reply(message, updated, Some(audit_id), false))
}
