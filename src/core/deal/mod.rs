//! Deals, their stages and the rules for moving between them.

use super::forecast::Category;
use super::money::{Converted, Currency, Money, Rate};
use crate::core::closed_set::closed_set;
use crate::core::ids::{DealNumber, MemberId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

closed_set! {
    /// Where a stage leaves a deal.
    pub enum Outcome {
        Open => "open";
        Won => "won";
        Lost => "lost";
    }
}

closed_set! {
    /// Which deals a list shows, by outcome.
    pub enum StatusFilter {
        Open => "open";
        Won => "won";
        Lost => "lost";
        Closed => "closed";
        All => "all";
    }
}

closed_set! {
    /// What one audit row records was done to a deal.
    pub enum AuditAction {
        Create => "create";
        Stage => "stage";
        Won => "won";
        Lost => "lost";
        Edit => "edit";
        Forecast => "forecast";
        Import => "import";
        Convert => "convert";
        Undo => "undo";
    }
}

/// One pipeline stage: a stable key stored with deals, the label a team sees, and
/// the default probability of winning from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    pub key: String,
    pub label: String,
    pub probability: u8,
    pub outcome: Outcome,
}

/// A team's pipeline, in order. Always has at least one open, one won and one lost stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pipeline {
    stages: Vec<Stage>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PipelineError {
    #[error("the pipeline needs at least one open stage, one won stage and one lost stage")]
    Incomplete,
    #[error("stage {0:?} appears twice")]
    Duplicate(String),
    #[error("stage {0:?} has probability {1}; it must be 0–100")]
    Probability(String, u8),
    #[error("stage key {0:?} must be lower-case letters, digits or _")]
    BadKey(String),
}

impl Pipeline {
    pub fn new(stages: Vec<Stage>) -> Result<Pipeline, PipelineError> {
        for outcome in [Outcome::Open, Outcome::Won, Outcome::Lost] {
            if !stages.iter().any(|s| s.outcome == outcome) {
                return Err(PipelineError::Incomplete);
            }
        }
        for (i, s) in stages.iter().enumerate() {
            if s.key.is_empty()
                || !s
                    .key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                return Err(PipelineError::BadKey(s.key.clone()));
            }
            if s.probability > 100 {
                return Err(PipelineError::Probability(s.key.clone(), s.probability));
            }
            let clash =
                |o: &Stage| o.key == s.key || o.label.to_lowercase() == s.label.to_lowercase();
            if stages[..i].iter().any(clash) {
                return Err(PipelineError::Duplicate(s.key.clone()));
            }
        }
        Ok(Pipeline { stages })
    }

    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// Finds a stage by key or by label, ignoring case ("Negotiation", "negotiation").
    pub fn find(&self, text: &str) -> Option<&Stage> {
        let wanted = text.trim().to_lowercase();
        self.stages
            .iter()
            .find(|s| s.key == wanted || s.label.to_lowercase() == wanted)
    }

    pub fn by_key(&self, key: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.key == key)
    }

    /// The first stage with this outcome (where `/win` and `/deal won` land).
    pub fn first_with(&self, outcome: Outcome) -> &Stage {
        // `new` guarantees one of each outcome exists.
        self.stages
            .iter()
            .find(|s| s.outcome == outcome)
            .unwrap_or(&self.stages[0])
    }

    /// The label shown for a stored key; an unknown key (a stage since removed from
    /// config) is shown as stored rather than hidden.
    pub fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.by_key(key).map(|s| s.label.as_str()).unwrap_or(key)
    }

    /// A copy with some stages renamed (a team's own words for them).
    pub fn with_labels(&self, labels: &[(String, String)]) -> Pipeline {
        let mut stages = self.stages.clone();
        for (key, label) in labels {
            if let Some(s) = stages.iter_mut().find(|s| &s.key == key) {
                s.label = label.clone();
            }
        }
        // A rename that would clash with another stage's name keeps the default instead.
        Pipeline::new(stages).unwrap_or_else(|_| self.clone())
    }

    pub fn list(&self) -> String {
        self.stages
            .iter()
            .map(|s| s.label.clone())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Everything about a deal that a change can touch. The audit log stores it as
/// JSON before and after each change, which is what `/deal undo` restores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealState {
    pub owner_id: MemberId,
    pub customer: String,
    pub product: Option<String>,
    pub amount: Option<Money>,
    pub stage: String,
    pub outcome: Outcome,
    pub expected_close: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub lost_reason: Option<String>,
    pub note: Option<String>,
    /// The owner's own forecast category; None follows the stage's probability.
    #[serde(default)]
    pub forecast_category: Option<Category>,
    /// A closed deal in another currency, counted in the team's at the rate of its
    /// close day (None in the team's currency, while open, or without a rate then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted: Option<Converted>,
}

impl DealState {
    /// A deal just logged: its owner, customer, product, amount and note, at `stage`
    /// with `outcome`; no dates, reason, forecast category or conversion yet.
    pub fn logged(
        owner_id: MemberId,
        customer: String,
        product: Option<String>,
        amount: Money,
        note: Option<String>,
        stage: &Stage,
    ) -> DealState {
        DealState {
            owner_id,
            customer,
            product,
            amount: Some(amount),
            stage: stage.key.clone(),
            outcome: stage.outcome,
            expected_close: None,
            closed_on: None,
            lost_reason: None,
            note,
            forecast_category: None,
            converted: None,
        }
    }

    /// What the deal counts for in `team`'s revenue: its amount in the team's currency,
    /// or its conversion into it; None when it counts for nothing there.
    pub fn counted(&self, team: Currency) -> Option<Money> {
        match (self.amount, self.converted) {
            (Some(a), _) if a.currency == team => Some(a),
            (_, Some(c)) if c.amount.currency == team => Some(c.amount),
            _ => None,
        }
    }

    /// What the deal counts as in the store's sums: its conversion, or its own amount.
    pub fn counted_as(&self) -> Option<Money> {
        self.converted.map(|c| c.amount).or(self.amount)
    }
}

/// The conversion a deal's new state carries. Open deals and deals in the team's
/// currency have none. A closed deal keeps the one it had while its amount and close
/// day are unchanged (a rate set or changed later does not rewrite a closed deal);
/// otherwise it is converted at `rate_of_close_day`, if there is one.
pub fn conversion(
    before: Option<&DealState>,
    after: &DealState,
    team: Currency,
    rate_of_close_day: Option<Rate>,
) -> Option<Converted> {
    let amount = after.amount.filter(|a| a.currency != team)?;
    if after.outcome == Outcome::Open {
        return None;
    }
    if let Some(b) = before
        && b.outcome != Outcome::Open
        && b.amount == after.amount
        && b.closed_on == after.closed_on
        && let Some(kept) = b.converted
        && kept.amount.currency == team
    {
        return Some(kept);
    }
    let rate = rate_of_close_day.filter(|r| r.from == amount.currency && r.to == team)?;
    rate.convert(amount).map(|counted| Converted {
        amount: counted,
        rate,
    })
}

/// A stored deal: its state plus what the store keeps about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deal {
    pub id: crate::core::ids::DealId,
    /// The number people use (#12), counted per guild.
    pub number: DealNumber,
    pub owner_name: String,
    #[serde(flatten)]
    pub state: DealState,
    pub opened_on: NaiveDate,
    pub external_id: Option<String>,
    /// Goes up by one with every change; an undo only applies to the version it saw.
    pub version: i64,
    /// When anything about the deal last changed (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// The announcement topic of a deal's win: unique in its guild, so a deal is announced
/// once. The one place the `win:` spelling is written.
pub fn win_topic(deal: DealNumber) -> String {
    format!("{WIN_TOPIC_PREFIX}{deal}")
}

/// The deal a win's announcement topic is about; None for any other topic.
pub fn deal_of_win_topic(topic: &str) -> Option<DealNumber> {
    topic
        .strip_prefix(WIN_TOPIC_PREFIX)
        .and_then(|n| n.parse().ok())
        .map(DealNumber)
}

/// What every win topic starts with, before the deal's number.
pub const WIN_TOPIC_PREFIX: &str = "win:";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DealError {
    #[error("Deal #{0} is already won.")]
    AlreadyWon(DealNumber),
    #[error("Deal #{0} is already lost.")]
    AlreadyLost(DealNumber),
    #[error("Deal #{0} is already at stage {1}.")]
    SameStage(DealNumber, String),
    #[error(
        "Deal #{0} has no amount yet, so it cannot be won. Add one: /deal won id:{0} amount:12500"
    )]
    NoAmount(DealNumber),
    #[error(
        "Use /deal won or /deal lost to close a deal; /deal stage moves it between open stages."
    )]
    CloseThroughStage,
    #[error("{0} is in the future; a deal closes on a day that has come.")]
    CloseInFuture(NaiveDate),
    #[error("{date} is more than {days} days ago; a manager can date a deal further back.")]
    CloseTooOld { date: NaiveDate, days: i64 },
}

/// Checks the day a deal closed: not after today, and for reps not more than
/// `backdate_days` before it (managers correct older history).
pub fn check_close_date(
    date: NaiveDate,
    today: NaiveDate,
    backdate_limit: Option<i64>,
) -> Result<NaiveDate, DealError> {
    if date > today {
        return Err(DealError::CloseInFuture(date));
    }
    if let Some(days) = backdate_limit
        && (today - date).num_days() > days
    {
        return Err(DealError::CloseTooOld { date, days });
    }
    Ok(date)
}

/// Moves an open deal to another open stage, or reopens a closed one.
pub fn move_to_stage(
    number: DealNumber,
    state: &DealState,
    stage: &Stage,
) -> Result<DealState, DealError> {
    if stage.outcome != Outcome::Open {
        return Err(DealError::CloseThroughStage);
    }
    if state.stage == stage.key {
        return Err(DealError::SameStage(number, stage.label.clone()));
    }
    Ok(DealState {
        stage: stage.key.clone(),
        outcome: Outcome::Open,
        closed_on: None,
        lost_reason: None,
        ..state.clone()
    })
}

/// Marks a deal won on `won_on`, optionally settling its amount.
pub fn win(
    number: DealNumber,
    state: &DealState,
    won_stage: &Stage,
    amount: Option<Money>,
    won_on: NaiveDate,
) -> Result<DealState, DealError> {
    if state.outcome == Outcome::Won {
        return Err(DealError::AlreadyWon(number));
    }
    let amount = amount.or(state.amount).ok_or(DealError::NoAmount(number))?;
    Ok(DealState {
        stage: won_stage.key.clone(),
        outcome: Outcome::Won,
        amount: Some(amount),
        closed_on: Some(won_on),
        lost_reason: None,
        ..state.clone()
    })
}

/// Marks a deal lost on `today`, with the reason if one was given.
pub fn lose(
    number: DealNumber,
    state: &DealState,
    lost_stage: &Stage,
    reason: Option<String>,
    today: NaiveDate,
) -> Result<DealState, DealError> {
    if state.outcome == Outcome::Lost {
        return Err(DealError::AlreadyLost(number));
    }
    Ok(DealState {
        stage: lost_stage.key.clone(),
        outcome: Outcome::Lost,
        closed_on: Some(today),
        lost_reason: reason,
        ..state.clone()
    })
}

/// How many characters each free-text field of a deal may hold: one length for a
/// field wherever it is typed (every command that takes it) or imported from a CRM, so
/// a customer logged in `/win` can always be edited in `/deal edit`.
pub mod max_chars {
    pub const CUSTOMER: u16 = 200;
    pub const PRODUCT: u16 = 100;
    pub const NOTE: u16 = 500;
    pub const STAGE: u16 = 60;
    pub const LOST_REASON: u16 = 300;
    /// A CRM's id for a deal, and a rep's name as the CRM writes it.
    pub const CRM_KEY: u16 = 100;
    /// An amount or a date as typed ("12 500,50 EUR", "2026-03-31", "eoq").
    pub const AMOUNT_OR_DATE: u16 = 40;
}

/// Limits on free text, so a pasted novel or control characters never reach a table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("{0} cannot be empty.")]
    Empty(&'static str),
    #[error("{0} is too long ({1} characters); keep it under {2}.")]
    TooLong(&'static str, usize, usize),
}

/// Trims and checks a piece of free text; any script is kept as written, only
/// control characters (line breaks, tabs) become spaces.
pub fn clean_text(field: &'static str, text: &str, max_chars: usize) -> Result<String, TextError> {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string();
    if cleaned.is_empty() {
        return Err(TextError::Empty(field));
    }
    let count = cleaned.chars().count();
    if count > max_chars {
        return Err(TextError::TooLong(field, count, max_chars));
    }
    Ok(cleaned)
}

/// A key under which spellings of one product name meet: "GTXPro", "GTX Pro" and
/// "gtx-pro" all become "gtxpro".
pub fn product_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests;
