//! `/win`, `/deal …`: logging wins, moving deals through the pipeline, correcting them.
//! Parts: `card` (how a deal is shown), `writes` (every change), `reads` (show, list,
//! history), `undo`.

mod card;
pub use card::stage_label;
mod reads;
mod undo;
mod writes;

use crate::core::ids::DealNumber;
use card::{deal_message, deal_reply};

pub use reads::{history, list, show};
pub use undo::{last_change, undo_entry};
pub use writes::{add, edit, lost, set_forecast_category, stage, win, won};

use super::{CommandError, NotFound, Request};
use crate::core::deal::AuditAction;
use crate::core::deal::{self, Deal, DealState};
use crate::core::money::Money;
use crate::i18n::Said;
use crate::i18n::said::Part;
use crate::store::StoreError;
use crate::views::forecast::category_name;

const LIST_LIMIT: u32 = 25;

async fn load_deal(req: &Request<'_>, number: DealNumber) -> Result<Deal, CommandError> {
    req.app
        .db
        .deal_by_number(&req.inv.guild_id, number)
        .await?
        .ok_or_else(|| NotFound::Deal(number).into())
}

/// The catalogue message naming an audited action: `deal-action-stage`.
fn action_key(action: crate::core::deal::AuditAction) -> String {
    format!("deal-action-{}", action.key())
}

/// The catalogue message naming a field of a deal: `deal-field-expected-close`.
fn field_key(field: &str) -> String {
    format!("deal-field-{field}")
}

/// A store conflict means someone else changed the deal a moment ago.
fn conflict_to_user(e: StoreError) -> CommandError {
    match e {
        StoreError::Conflict(number) => Said::new("error-deal-conflict")
            .with("number", number.0)
            .into(),
        other => CommandError::Internal(other),
    }
}

/// Saves a change to a deal with its audit row; a concurrent change is a user error.
async fn save_change(
    req: &Request<'_>,
    deal: &Deal,
    action: AuditAction,
    new_state: &DealState,
) -> Result<(Deal, crate::core::ids::AuditId), CommandError> {
    let new_state = with_conversion(req, Some(&deal.state), new_state.clone()).await?;
    req.app
        .db
        .change_deal(&req.deal_writer(), deal, action, &new_state)
        .await
        .map_err(conflict_to_user)
}

/// `state` with the conversion it carries into the team's currency (`deal::conversion`):
/// the rate of its close day is read only for a closed deal in another currency.
async fn with_conversion(
    req: &Request<'_>,
    before: Option<&DealState>,
    mut state: DealState,
) -> Result<DealState, CommandError> {
    let team = req.guild.currency;
    let rate = match (state.amount, state.closed_on) {
        (Some(amount), Some(day))
            if amount.currency != team && state.outcome != deal::Outcome::Open =>
        {
            req.app
                .db
                .rate_book(&req.inv.guild_id, team)
                .await?
                .on(amount.currency, team, day)
        }
        _ => None,
    };
    state.converted = deal::conversion(before, &state, team, rate);
    Ok(state)
}

fn money_text(words: crate::i18n::Words, amount: Option<Money>) -> String {
    amount
        .map(|m| words.money(m))
        .unwrap_or_else(|| words.say("amount-not-set"))
}

fn find_stage<'p>(req: &'p Request<'_>, name: &str) -> Result<&'p deal::Stage, CommandError> {
    req.pipeline.find(name).ok_or_else(|| {
        NotFound::Stage {
            name: name.to_string(),
            stages: req.pipeline.list(),
        }
        .into()
    })
}
