//! Every change to a deal: log a win, add, move, close, edit, categorise.

use super::card::stage_label;
use super::*;
use crate::commands::arguments::{CleanText, Day, PastDay, RepRef, arguments};
use crate::commands::permissions::can_change_deal;
use crate::commands::{CommandError, Request};
use crate::core::deal::AuditAction;
use crate::core::deal::{self, Deal, DealState, Outcome, win_topic};
use crate::core::forecast::CategoryChoice;
use crate::core::ids::DealNumber;
use crate::core::money::Money;
use crate::i18n::Words;
use crate::reply::{Reply, Tone, Visibility};
use crate::views::win;

/// The celebration for a won deal: the rep's reply with the win's news, and the
/// announcement for the wins channel (`views::win` says what a win says).
async fn celebrate(
    req: &Request<'_>,
    deal: Deal,
    audit_id: crate::core::ids::AuditId,
) -> Result<Reply, CommandError> {
    let story = win::read(req.app, &req.guild, &deal, req.today).await?;
    let news = win::news_lines(&story, &deal, &req.guild, req.words);
    let mut message = deal_message(req, &deal, Tone::Celebration, win::title(req.words, &deal));
    for (i, line) in news.into_iter().enumerate() {
        message.lines.insert(i, line);
    }
    // The wins channel hears the news in the team's language.
    let channel_news = win::news_lines(&story, &deal, &req.guild, Words::team(&req.guild));
    // A team that hides amounts hears the win without them; the rep's own reply, with
    // the amount, is private.
    let visibility = if req.guild.amounts_hidden {
        Visibility::Ephemeral
    } else {
        Visibility::Public
    };
    let mut reply = deal_reply(message, deal.clone(), Some(audit_id), visibility);
    match win::where_to_announce(&req.guild, req.inv.channel_id.as_ref()) {
        win::Announce::In(channel) => reply.posts.push(win::announcement(
            channel,
            &deal,
            &req.guild,
            channel_news,
            story.owner_user,
        )),
        win::Announce::ReplyIsTheNews => {
            req.app
                .db
                .skip_announcement(&req.inv.guild_id, &win_topic(deal.number))
                .await?
        }
        // Without a wins channel none was written down (had a manager set one
        // meanwhile, the sender composes the one written then, and the win is announced
        // once all the same).
        win::Announce::Nowhere => {}
    }
    Ok(reply)
}

arguments! {
    /// `/win`
    pub struct WinArgs {
        amount: Money,
        customer: CleanText,
        product: Option<CleanText>,
        note: Option<CleanText>,
        date: Option<PastDay>,
        rep: Option<RepRef>,
    }
}

/// `/win`: a closed-won deal in one step.
pub async fn win(req: &Request<'_>, args: WinArgs) -> Result<Reply, CommandError> {
    let won_on = req.closed_on(args.date)?;
    let owner = req.rep_or_caller(args.rep.as_ref()).await?;
    let state = DealState {
        closed_on: Some(won_on),
        ..logged(
            owner.id,
            args.customer,
            args.product,
            args.amount,
            args.note,
            req.pipeline.first_with(Outcome::Won),
        )
    };
    let state = with_conversion(req, None, state).await?;
    let (deal, audit_id) = req
        .app
        .db
        .create_deal(&req.deal_writer(), &state, won_on)
        .await?;
    celebrate(req, deal, audit_id).await
}

arguments! {
    /// `/deal add`
    pub struct AddArgs {
        customer: CleanText,
        amount: Money,
        product: Option<CleanText>,
        stage: Option<String>,
        close: Option<Day>,
        note: Option<CleanText>,
        rep: Option<RepRef>,
    }
}

/// `/deal add`: a deal in the pipeline.
pub async fn add(req: &Request<'_>, args: AddArgs) -> Result<Reply, CommandError> {
    let stage = match &args.stage {
        Some(name) => {
            let stage = find_stage(req, name)?;
            if stage.outcome != Outcome::Open {
                return Err(Said::new("error-deal-add-closed-stage")
                    .with("stage", stage.label.as_str())
                    .into());
            }
            stage.clone()
        }
        None => req.pipeline.first_with(Outcome::Open).clone(),
    };
    let expected_close = args.close.map(|Day(d)| d);
    let owner = req.rep_or_caller(args.rep.as_ref()).await?;
    let state = DealState {
        expected_close,
        ..logged(
            owner.id,
            args.customer,
            args.product,
            args.amount,
            args.note,
            &stage,
        )
    };
    let (deal, audit_id) = req
        .app
        .db
        .create_deal(&req.deal_writer(), &state, req.today)
        .await?;
    let mut message = deal_message(
        req,
        &deal,
        Tone::Success,
        req.words.say_with(
            "deal-added",
            &[
                ("number", deal.number.0.into()),
                ("customer", deal.state.customer.as_str().into()),
            ],
        ),
    );
    if expected_close.is_some_and(|d| d < req.today) {
        message = message.line(req.words.say("deal-close-past"));
    }
    Ok(deal_reply(
        message,
        deal,
        Some(audit_id),
        Visibility::Ephemeral,
    ))
}

arguments! {
    /// `/deal stage`
    pub struct StageArgs {
        id: DealNumber,
        stage: String,
    }
}

/// `/deal stage`: move between open stages (or reopen a closed deal).
pub async fn stage(req: &Request<'_>, args: StageArgs) -> Result<Reply, CommandError> {
    let deal = load_deal(req, args.id).await?;
    can_change_deal(req.asker(), &deal)?;
    let stage = find_stage(req, &args.stage)?;
    let new_state = deal::move_to_stage(deal.number, &deal.state, stage)?;
    let was = stage_label(
        req.words,
        &deal.state.stage,
        req.pipeline.label(&deal.state.stage),
    );
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Stage, &new_state).await?;
    let title = req.words.say_with(
        "deal-moved",
        &[
            ("number", updated.number.0.into()),
            ("from", was.into()),
            (
                "to",
                stage_label(req.words, &stage.key, &stage.label).into(),
            ),
        ],
    );
    Ok(changed_reply(req, updated, audit_id, title))
}

arguments! {
    /// `/deal won`
    pub struct WonArgs {
        id: DealNumber,
        amount: Option<Money>,
        date: Option<PastDay>,
    }
}

/// `/deal won`: close a pipeline deal as won, and celebrate.
pub async fn won(req: &Request<'_>, args: WonArgs) -> Result<Reply, CommandError> {
    let deal = load_deal(req, args.id).await?;
    can_change_deal(req.asker(), &deal)?;
    let won_on = req.closed_on(args.date)?;
    let new_state = deal::win(
        deal.number,
        &deal.state,
        req.pipeline.first_with(Outcome::Won),
        args.amount,
        won_on,
    )?;
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Won, &new_state).await?;
    celebrate(req, updated, audit_id).await
}

arguments! {
    /// `/deal lost`
    pub struct LostArgs {
        id: DealNumber,
        reason: Option<CleanText>,
    }
}

/// `/deal lost`: close a deal as lost, with the reason.
pub async fn lost(req: &Request<'_>, args: LostArgs) -> Result<Reply, CommandError> {
    let deal = load_deal(req, args.id).await?;
    can_change_deal(req.asker(), &deal)?;
    let new_state = deal::lose(
        deal.number,
        &deal.state,
        req.pipeline.first_with(Outcome::Lost),
        args.reason.map(String::from),
        req.today,
    )?;
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Lost, &new_state).await?;
    let mut message = deal_message(
        req,
        &updated,
        Tone::Info,
        req.words
            .say_with("deal-marked-lost", &[("number", updated.number.0.into())]),
    );
    if updated.state.lost_reason.is_none() {
        message = message.line(req.words.say("deal-lost-tip"));
    }
    Ok(deal_reply(
        message,
        updated,
        Some(audit_id),
        Visibility::Ephemeral,
    ))
}

arguments! {
    /// `/deal edit`
    pub struct EditArgs {
        id: DealNumber,
        customer: Option<CleanText>,
        amount: Option<Money>,
        product: Option<CleanText>,
        close: Option<Day>,
        note: Option<CleanText>,
        owner: Option<RepRef>,
    }
}

/// `/deal edit`: change details.
pub async fn edit(req: &Request<'_>, args: EditArgs) -> Result<Reply, CommandError> {
    let deal = load_deal(req, args.id).await?;
    can_change_deal(req.asker(), &deal)?;
    let mut state = deal.state.clone();
    let mut changed = Vec::new();
    if let Some(CleanText(c)) = args.customer {
        state.customer = c;
        changed.push("customer");
    }
    if let Some(a) = args.amount {
        state.amount = Some(a);
        changed.push("amount");
    }
    if let Some(CleanText(p)) = args.product {
        state.product = Some(p);
        changed.push("product");
    }
    if let Some(Day(d)) = args.close {
        if deal.state.outcome == Outcome::Open {
            state.expected_close = Some(d);
            changed.push("expected-close");
        } else {
            // A closed deal's date is the day it closed: the period it counts for.
            let closed_on = deal::check_close_date(d, req.today, req.backdate_limit())?;
            state.closed_on = Some(closed_on);
            changed.push(if deal.state.outcome == Outcome::Won {
                "won-on"
            } else {
                "lost-on"
            });
        }
    }
    if let Some(CleanText(n)) = args.note {
        state.note = Some(n);
        changed.push("note");
    }
    if let Some(rep) = &args.owner {
        state.owner_id = req.member_for(rep).await?.id;
        changed.push("owner");
    }
    if changed.is_empty() {
        return Err(Said::new("error-deal-edit-nothing")
            .with("number", deal.number.0)
            .into());
    }
    if state == deal.state {
        return Err(Said::new("error-deal-edit-same")
            .with("number", deal.number.0)
            .into());
    }
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Edit, &state).await?;
    let fields: Vec<String> = changed
        .iter()
        .map(|field| req.words.say(&field_key(field)))
        .collect();
    let title = req.words.say_with(
        "deal-updated",
        &[
            ("number", updated.number.0.into()),
            ("fields", fields.join(", ").into()),
        ],
    );
    Ok(changed_reply(req, updated, audit_id, title))
}

arguments! {
    /// `/deal forecast`
    pub struct ForecastCategoryArgs {
        id: DealNumber,
        category: CategoryChoice,
    }
}

/// `/deal forecast`: the owner's own forecast category for a deal ("auto" follows the
/// stage again).
pub async fn set_forecast_category(
    req: &Request<'_>,
    args: ForecastCategoryArgs,
) -> Result<Reply, CommandError> {
    let deal = load_deal(req, args.id).await?;
    can_change_deal(req.asker(), &deal)?;
    if deal.state.outcome != Outcome::Open {
        return Err(Said::new("error-deal-forecast-closed")
            .with("number", deal.number.0)
            .into());
    }
    let category = args.category.category();
    if category == deal.state.forecast_category {
        return Err(Said::new("error-deal-forecast-same")
            .with("number", deal.number.0)
            .into());
    }
    let new_state = DealState {
        forecast_category: category,
        ..deal.state.clone()
    };
    let (updated, audit_id) = save_change(req, &deal, AuditAction::Forecast, &new_state).await?;
    let words = req.words;
    let label = match category {
        Some(c) => category_name(words, c),
        None => {
            let probability = req
                .pipeline
                .by_key(&updated.state.stage)
                .map(|s| s.probability)
                .unwrap_or(0);
            let by_stage = req
                .app
                .config
                .forecast_thresholds
                .for_probability(probability);
            words.say_with(
                "deal-forecast-from-stage",
                &[("category", category_name(words, by_stage).into())],
            )
        }
    };
    let title = words.say_with(
        "deal-forecast-now",
        &[
            ("number", updated.number.0.into()),
            ("category", label.into()),
        ],
    );
    Ok(changed_reply(req, updated, audit_id, title))
}

/// The card of a changed deal under `title`, to its changer alone, with its Undo button.
fn changed_reply(
    req: &Request<'_>,
    updated: Deal,
    audit_id: crate::core::ids::AuditId,
    title: String,
) -> Reply {
    let message = deal_message(req, &updated, Tone::Success, title);
    deal_reply(message, updated, Some(audit_id), Visibility::Ephemeral)
}

/// A deal just logged from its options (see `DealState::logged`).
fn logged(
    owner: crate::core::ids::MemberId,
    customer: CleanText,
    product: Option<CleanText>,
    amount: Money,
    note: Option<CleanText>,
    stage: &deal::Stage,
) -> DealState {
    let text = |t: Option<CleanText>| t.map(String::from);
    DealState::logged(
        owner,
        customer.into(),
        text(product),
        amount,
        text(note),
        stage,
    )
}
