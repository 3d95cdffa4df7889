//! `/win` and `/deal ...`: logging, moving, closing, listing and undoing deals.

use super::permissions::{can_change_deal, can_list_for, can_view_deal};
use super::{CommandError, Request};
use crate::core::deal::{self, Deal, DealState, Outcome, clean_text};
use crate::core::deal::{AuditAction, StatusFilter};
use crate::core::forecast::CategoryChoice;
use crate::core::money::Money;
use crate::core::period::{Period, PeriodKind};
use crate::core::ranking::{Contender, Entry, rank};
use crate::reply::{Button, Message, Post, Reply, ReplyData, Tone};
use crate::store::{AuditEntry, DealFilter, StoreError, UndoOutcome};
use chrono::Duration;

const LIST_LIMIT: u32 = 25;

fn optional_text(
    req: &Request<'_>,
    name: &str,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, CommandError> {
    Ok(req
        .text(name)
        .map(|t| clean_text(field, t, max))
        .transpose()?)
}

async fn load_deal(req: &Request<'_>) -> Result<Deal, CommandError> {
    let number = req.required_integer("id")?;
    req.app
        .db
        .deal_by_number(&req.inv.guild_id, number)
        .await?
        .ok_or_else(|| {
            CommandError::with_hint(
                format!("There is no deal #{number} in this server."),
                "See your deals with /deal list",
            )
        })
}

/// A store conflict means someone else changed the deal a moment ago.
fn conflict_to_user(e: StoreError) -> CommandError {
    match e {
        StoreError::Conflict(number) => CommandError::with_hint(
            format!("Deal #{number} was changed by someone else just now, so nothing was saved."),
            format!("Look at it again with /deal show id:{number} and retry."),
        ),
        other => CommandError::Internal(other),
    }
}

/// Saves a change to a deal with its audit row; a concurrent change is a user error.
async fn save_change(
    req: &Request<'_>,
    deal: &Deal,
    action: AuditAction,
    new_state: &DealState,
) -> Result<(Deal, i64), CommandError> {
    req.app
        .db
        .change_deal(
            &req.inv.guild_id,
            req.caller.id,
            deal,
            action,
            new_state,
            req.now,
        )
        .await
        .map_err(conflict_to_user)
}

fn money_text(amount: Option<Money>) -> String {
    amount
        .map(|m| m.display())
        .unwrap_or_else(|| "not set".into())
}

/// The standard card for one deal.
fn deal_message(req: &Request<'_>, deal: &Deal, tone: Tone, title: String) -> Message {
    let s = &deal.state;
    let stage = req.pipeline.by_key(&s.stage);
    let stage_text = match stage {
        Some(st) if st.outcome == Outcome::Open => format!("{} ({}%)", st.label, st.probability),
        Some(st) => st.label.clone(),
        None => s.stage.clone(),
    };
    let mut m = Message::new(tone, title)
        .field("Customer", s.customer.clone())
        .field("Amount", money_text(s.amount))
        .field("Stage", stage_text)
        .field("Owner", deal.owner_name.clone());
    if let Some(p) = &s.product {
        m = m.field("Product", p.clone());
    }
    if let Some(d) = s.expected_close
        && s.outcome == Outcome::Open
    {
        m = m.field("Expected close", d.format("%a %-d %b %Y").to_string());
    }
    if let Some(d) = s.closed_on {
        m = m.field(
            if s.outcome == Outcome::Won {
                "Won on"
            } else {
                "Lost on"
            },
            d.format("%-d %b %Y").to_string(),
        );
    }
    if let Some(r) = &s.lost_reason {
        m = m.field("Lost because", r.clone());
    }
    if let Some(n) = &s.note {
        m = m.line(format!("Note: {n}"));
    }
    if let Some(amount) = s.amount
        && amount.currency != req.team.currency
    {
        m = m.line(format!(
            "Recorded in {} as given; the team counts revenue in {}, so leaderboards count this deal but not its amount.",
            amount.currency, req.team.currency
        ));
    }
    m.footer(format!("Deal #{} · {}", deal.number, req.footer(None)))
}

fn deal_reply(message: Message, deal: Deal, audit_id: Option<i64>, public: bool) -> Reply {
    let data = ReplyData::Deal {
        deal: Box::new(deal),
        audit_id,
    };
    let mut reply = if public {
        Reply::public(message, data)
    } else {
        Reply::private(message, data)
    };
    if let Some(id) = audit_id {
        reply.buttons.push(Button::Undo { audit_id: id });
    }
    reply
}

/// The celebration for a won deal: the reply, and a post to the wins channel.
async fn celebrate(req: &Request<'_>, deal: Deal, audit_id: i64) -> Result<Reply, CommandError> {
    let month = Period::containing(PeriodKind::Month, req.today, req.team.fiscal_year_start);
    let totals = req
        .app
        .db
        .won_totals(&req.inv.guild_id, month.start, month.end, req.team.currency)
        .await?;
    let ranked = rank(
        totals
            .iter()
            .map(|t| Entry {
                who: Contender::Member(t.member_id),
                name: t.name.clone(),
                value: t.revenue,
                secondary: t.won,
            })
            .collect(),
    );
    let owner = deal.state.owner_id;
    let standing = ranked
        .iter()
        .find(|r| r.entry.who == Contender::Member(owner))
        .map(|r| {
            format!(
                "{} this month: {} won across {} {} — #{} of {}.",
                deal.owner_name,
                Money::new(r.entry.value, req.team.currency).display_whole(),
                r.entry.secondary,
                if r.entry.secondary == 1 {
                    "deal"
                } else {
                    "deals"
                },
                r.rank,
                ranked.len()
            )
        });
    let amount = money_text(deal.state.amount);
    let product = deal
        .state
        .product
        .as_ref()
        .map(|p| format!(" · {p}"))
        .unwrap_or_default();
    let title = format!("🎉 {} won {}!", deal.owner_name, deal.state.customer);
    let mut message = deal_message(req, &deal, Tone::Celebration, title.clone());
    if let Some(line) = &standing {
        message.lines.insert(0, line.clone());
    }
    let mut reply = deal_reply(message, deal.clone(), Some(audit_id), true);
    if let Some(channel) = &req.team.wins_channel
        && req.inv.channel_id.as_deref() != Some(channel.as_str())
    {
        let owner_user = req
            .app
            .db
            .member_by_id(&req.inv.guild_id, owner)
            .await?
            .and_then(|m| m.user_id);
        let mut post = Message::new(Tone::Celebration, title).line(format!("{amount}{product}"));
        if let Some(line) = standing {
            post = post.line(line);
        }
        post.mentions = owner_user.into_iter().collect();
        post = post.footer(format!(
            "Deal #{} · {}",
            deal.number,
            req.footer(Some(&month))
        ));
        reply.posts.push(Post {
            channel_id: channel.clone(),
            message: post,
        });
    }
    Ok(reply)
}

/// `/win`: a closed-won deal in one step.
pub async fn win(req: &Request<'_>) -> Result<Reply, CommandError> {
    let amount = req.money("amount")?;
    let customer = clean_text("Customer", req.required_text("customer")?, 200)?;
    let product = optional_text(req, "product", "Product", 100)?;
    let note = optional_text(req, "note", "Note", 500)?;
    let owner = match req.user("rep") {
        Some(user) => req.member_for(user).await?,
        None => req.caller.clone(),
    };
    let state = DealState {
        owner_id: owner.id,
        customer,
        product,
        amount,
        stage: req.pipeline.first_with(Outcome::Won).key.clone(),
        outcome: Outcome::Won,
        expected_close: None,
        closed_on: Some(req.today),
        lost_reason: None,
        note,
        forecast_category: None,
    };
    let (deal, audit_id) = req
        .app
        .db
        .create_deal(&req.inv.guild_id, req.caller.id, &state, req.today, req.now)
        .await?;
    celebrate(req, deal, audit_id).await
}

/// `/deal add`: a deal in the pipeline.
pub async fn add(req: &Request<'_>) -> Result<Reply, CommandError> {
    let customer = clean_text("Customer", req.required_text("customer")?, 200)?;
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
    let owner = match req.user("rep") {
        Some(user) => req.member_for(user).await?,
        None => req.caller.clone(),
    };
    let state = DealState {
        owner_id: owner.id,
        customer,
        product: optional_text(req, "product", "Product", 100)?,
        amount,
        stage: stage.key.clone(),
        outcome: Outcome::Open,
        expected_close,
        closed_on: None,
        lost_reason: None,
        note: optional_text(req, "note", "Note", 500)?,
        forecast_category: None,
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

fn find_stage<'p>(req: &'p Request<'_>, name: &str) -> Result<&'p deal::Stage, CommandError> {
    req.pipeline.find(name).ok_or_else(|| {
        CommandError::with_hint(
            format!("There is no stage {name:?}."),
            format!("Stages: {}.", req.pipeline.list()),
        )
    })
}

/// `/deal stage`: move between open stages (or reopen a closed deal).
pub async fn stage(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.caller.id, req.is_manager, &deal)?;
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
    can_change_deal(req.caller.id, req.is_manager, &deal)?;
    let amount = req.money("amount")?;
    let new_state = deal::win(
        deal.number,
        &deal.state,
        req.pipeline.first_with(Outcome::Won),
        amount,
        req.today,
    )?;
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Won, &new_state).await?;
    celebrate(req, updated, audit_id).await
}

/// `/deal lost`: close a deal as lost, with the reason.
pub async fn lost(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.caller.id, req.is_manager, &deal)?;
    let reason = optional_text(req, "reason", "Reason", 300)?;
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
    can_change_deal(req.caller.id, req.is_manager, &deal)?;
    let mut state = deal.state.clone();
    let mut changed = Vec::new();
    if let Some(c) = req.text("customer") {
        state.customer = clean_text("Customer", c, 200)?;
        changed.push("customer");
    }
    if let Some(a) = req.money("amount")? {
        state.amount = Some(a);
        changed.push("amount");
    }
    if let Some(p) = optional_text(req, "product", "Product", 100)? {
        state.product = Some(p);
        changed.push("product");
    }
    if let Some(d) = req.date("close")? {
        state.expected_close = Some(d);
        changed.push("expected close");
    }
    if let Some(n) = optional_text(req, "note", "Note", 500)? {
        state.note = Some(n);
        changed.push("note");
    }
    if let Some(user) = req.user("owner") {
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

/// `/deal show`
pub async fn show(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    if !can_view_deal(req.caller.id, req.is_manager, &deal) {
        return Err(CommandError::with_hint(
            format!(
                "Deal #{} is {}'s open pipeline; only they and managers can see it.",
                deal.number, deal.owner_name
            ),
            "Your own deals: /deal list",
        ));
    }
    let title = format!("Deal #{} — {}", deal.number, deal.state.customer);
    let message = deal_message(req, &deal, Tone::Info, title);
    Ok(deal_reply(message, deal, None, false))
}

/// `/deal list`
pub async fn list(req: &Request<'_>) -> Result<Reply, CommandError> {
    let owner = match req.user("owner") {
        Some(user) => req.member_for(user).await?,
        None => req.caller.clone(),
    };
    can_list_for(req.caller.id, req.is_manager, owner.id)?;
    let outcome = req.choice("status")?.unwrap_or(StatusFilter::Open);
    let stage = req
        .text("stage")
        .map(|s| find_stage(req, s).map(|st| st.key.clone()))
        .transpose()?;
    let period = req
        .text("period")
        .map(|_| req.period("period", "month"))
        .transpose()?;
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

    let whose = if owner.id == req.caller.id {
        "Your".to_string()
    } else {
        format!("{}'s", owner.display_name)
    };
    let status = req.text("status").unwrap_or("open");
    let mut message = Message::new(Tone::Info, format!("{whose} {status} deals"));
    if deals.is_empty() {
        message = message.line("No deals match. Add one with /deal add customer:… amount:…");
    }
    let mut open_total: i64 = 0;
    for d in &deals {
        let s = &d.state;
        let when = match (s.outcome, s.closed_on, s.expected_close) {
            (Outcome::Open, _, Some(c)) => format!(" · closes {}", c.format("%-d %b")),
            (_, Some(c), _) => format!(" · {} {}", s.outcome.key(), c.format("%-d %b %Y")),
            _ => String::new(),
        };
        if s.outcome == Outcome::Open
            && let Some(a) = s.amount.filter(|a| a.currency == req.team.currency)
        {
            open_total += a.minor;
        }
        message = message.line(format!(
            "#{} {} — {} · {}{}",
            d.number,
            s.customer,
            money_text(s.amount),
            req.pipeline.label(&s.stage),
            when
        ));
    }
    if more {
        message = message.line(format!(
            "…and more. Showing the first {LIST_LIMIT}; narrow it with status, stage or period."
        ));
    }
    if open_total > 0 {
        message = message.field(
            "Open pipeline shown",
            Money::new(open_total, req.team.currency).display(),
        );
    }
    message = message.footer(req.footer(period.as_ref()));
    Ok(Reply::private(message, ReplyData::Deals { deals, more }))
}

fn describe_action(entry: &AuditEntry) -> &'static str {
    entry.action.label()
}

/// `/deal undo`: take back the caller's own last change, within the undo window.
pub async fn undo(req: &Request<'_>) -> Result<Reply, CommandError> {
    let window = req.app.config.undo_window_minutes;
    let since = req.now - Duration::minutes(window);
    let entry = req
        .app
        .db
        .last_undoable_change(&req.inv.guild_id, req.caller.id, since)
        .await?
        .ok_or_else(|| {
            CommandError::with_hint(
                format!("You have no change from the last {window} minutes to undo."),
                "Older changes can be corrected with /deal edit, /deal stage or /deal lost.",
            )
        })?;
    undo_entry(req, &entry).await
}

/// Undoes one audited change (from `/deal undo` or an Undo button).
pub async fn undo_entry(req: &Request<'_>, entry: &AuditEntry) -> Result<Reply, CommandError> {
    let outcome = req
        .app
        .db
        .undo_change(&req.inv.guild_id, req.caller.id, entry, req.now)
        .await?;
    let what = describe_action(entry);
    match outcome {
        UndoOutcome::ChangedSince => Err(CommandError::with_hint(
            format!(
                "Deal #{} has changed since your {what}, so undo would overwrite someone else's work.",
                entry.deal_number
            ),
            format!(
                "Look at it with /deal show id:{} and correct it with /deal edit.",
                entry.deal_number
            ),
        )),
        UndoOutcome::Restored(None) => {
            let message = Message::new(
                Tone::Success,
                format!("Undone: deal #{} is removed", entry.deal_number),
            )
            .line(format!(
                "{} — {} was taken back.",
                entry
                    .after
                    .as_ref()
                    .map(|s| s.customer.as_str())
                    .unwrap_or("The deal"),
                entry
                    .after
                    .as_ref()
                    .map(|s| money_text(s.amount))
                    .unwrap_or_default()
            ));
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
            let title = format!("Undone: your {what} of deal #{}", entry.deal_number);
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

/// What changed between two states, in words ("stage Proposal → Won").
fn describe_changes(
    req: &Request<'_>,
    before: Option<&DealState>,
    after: Option<&DealState>,
) -> Vec<String> {
    let (Some(b), Some(a)) = (before, after) else {
        return match (before, after) {
            (None, Some(a)) => vec![format!(
                "{} · {} · {}",
                a.customer,
                money_text(a.amount),
                req.pipeline.label(&a.stage)
            )],
            (Some(_), None) => vec!["removed".into()],
            _ => Vec::new(),
        };
    };
    let mut out = Vec::new();
    let mut note = |what: &str, x: String, y: String| {
        if x != y {
            out.push(format!("{what} {x} → {y}"));
        }
    };
    let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "—".into());
    let date =
        |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
    note(
        "stage",
        req.pipeline.label(&b.stage).to_string(),
        req.pipeline.label(&a.stage).to_string(),
    );
    note("amount", money_text(b.amount), money_text(a.amount));
    note("customer", b.customer.clone(), a.customer.clone());
    note("product", opt(&b.product), opt(&a.product));
    note(
        "expected close",
        date(b.expected_close),
        date(a.expected_close),
    );
    note("closed on", date(b.closed_on), date(a.closed_on));
    note("lost reason", opt(&b.lost_reason), opt(&a.lost_reason));
    note("note", opt(&b.note), opt(&a.note));
    if b.owner_id != a.owner_id {
        out.push("owner changed".into());
    }
    out
}

/// `/deal history`: the audit trail of one deal.
pub async fn history(req: &Request<'_>) -> Result<Reply, CommandError> {
    let number = req.required_integer("id")?;
    let trail = req.app.db.audit_trail(&req.inv.guild_id, number).await?;
    if trail.is_empty() {
        return Err(CommandError::with_hint(
            format!("There is no deal #{number} in this server."),
            "See your deals with /deal list",
        ));
    }
    // Visibility follows the deal as it is now (or, if it was removed, as it was last).
    if let Some(deal) = req.app.db.deal_by_number(&req.inv.guild_id, number).await? {
        if !can_view_deal(req.caller.id, req.is_manager, &deal) {
            return Err(CommandError::user(format!(
                "Deal #{number} is {}'s open pipeline; only they and managers can see it.",
                deal.owner_name
            )));
        }
    } else if !req.is_manager {
        return Err(CommandError::user(format!(
            "Deal #{number} was removed; managers can see its history."
        )));
    }
    let mut message = Message::new(Tone::Info, format!("History of deal #{number}"));
    let mut entries = Vec::new();
    for row in &trail {
        let changes = describe_changes(req, row.entry.before.as_ref(), row.entry.after.as_ref());
        let local = row.entry.at.with_timezone(&req.team.timezone);
        message = message.line(format!(
            "{} {} {}{}: {}",
            local.format("%-d %b %H:%M"),
            row.actor.as_deref().unwrap_or("someone"),
            row.entry.action,
            if row.undone { " (undone)" } else { "" },
            changes.join("; ")
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

/// `/deal forecast`: the owner's own forecast category for a deal ("auto" follows the
/// stage again).
pub async fn set_forecast_category(req: &Request<'_>) -> Result<Reply, CommandError> {
    let deal = load_deal(req).await?;
    can_change_deal(req.caller.id, req.is_manager, &deal)?;
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
