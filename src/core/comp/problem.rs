//! Why a plan cannot be used, typed: `Plan::parse` says which problem on which line, and
//! the edge words it in the reader's language (`commands::comp`). The English here is
//! for logs and tests.

use super::percent_text;
use crate::core::money::Currency;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanProblem {
    /// The TOML reader's own words (a missing field, an unknown one, bad syntax).
    #[error("{0}")]
    Toml(String),
    #[error("currency {0:?} is not an ISO 4217 code such as EUR or USD")]
    Currency(String),
    #[error("name must not be empty")]
    NameEmpty,
    #[error("version must not be empty (estimates name it)")]
    VersionEmpty,
    /// A word from a closed list (`period`, `rounding`, `tiers_apply`) that is not in it.
    #[error("{field} {typed:?} must be one of {choices}")]
    NotOneOf {
        field: &'static str,
        typed: String,
        choices: String,
    },
    /// `on_target_commission`, `cap` or a SPIFF's `min_amount` that is not a positive amount.
    #[error("{field} must be a positive amount in {currency}")]
    NotPositive {
        field: &'static str,
        currency: Currency,
    },
    #[error("on_target_commission must be a positive amount in {0}, e.g. 20000")]
    OnTarget(Currency),
    #[error("a SPIFF's bonus must be a positive amount in {0}")]
    SpiffBonus(Currency),
    #[error("a rate written as a multiple (1.5x) needs on_target_commission")]
    MultipleNeedsOnTarget,
    #[error("threshold must be a percentage of quota above 0% (\"50%\")")]
    Threshold,
    #[error("clawback days must be between 1 and 730")]
    ClawbackDays,
    #[error("use base_rate or tiers, not both")]
    BaseRateAndTiers,
    #[error("base_rate must be a percentage between 0% and 100%")]
    BaseRate,
    #[error("the plan pays nothing: add base_rate, tiers or on_target_commission")]
    PaysNothing,
    #[error("a tier's from must be a percentage of quota, 0 or more (\"50%\")")]
    TierFrom,
    #[error("a tier's to must be above its from")]
    TierToBelowFrom,
    #[error("a tier's to must be a percentage of quota (\"100%\")")]
    TierTo,
    #[error("a tier's rate must not be negative")]
    TierRateNegative,
    #[error("a tier's rate must be at most 100% of revenue")]
    TierRateOver100,
    #[error("a tier's rate must be a percentage (\"8%\") or a multiple (\"1.5x\")")]
    TierRate,
    #[error("the first tier must start at 0%")]
    FirstTierNotAtZero,
    #[error("only the last tier may leave out to")]
    OnlyLastTierOpen,
    #[error(
        "tiers overlap: this one starts at {} but the one before ends at {}",
        percent_text(*starts_bp),
        percent_text(*before_ends_bp)
    )]
    TiersOverlap { starts_bp: i64, before_ends_bp: i64 },
    #[error("tiers leave a gap from {} to {}", percent_text(*from_bp), percent_text(*to_bp))]
    TiersGap { from_bp: i64, to_bp: i64 },
    #[error("the last tier must leave out to (it runs on without limit)")]
    LastTierClosed,
    #[error("split individual and team must be whole percentages adding to 100% (75% and 25%)")]
    Split,
    #[error("a SPIFF needs from and to dates (2026-03-01)")]
    SpiffDates,
    #[error("a SPIFF's to date is before its from date")]
    SpiffDatesBackwards,
    #[error(
        "a SPIFF needs a product, a min_amount or both (otherwise it is a bonus on every deal)"
    )]
    SpiffTarget,
}
