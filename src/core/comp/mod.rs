//! Commission plans as data, and estimates from them.
//!
//! A plan is TOML (documented field by field in `config/comp_plan.example.toml`). It is
//! read once into `Plan`, which both the estimate and the plain-words description use, so
//! the words cannot disagree with the maths.
//!
//! Exactness: amounts are integer minor units; a rate is a fraction (basis points of
//! revenue, or a multiple of the on-target rate, which is on-target commission ÷ quota);
//! each line is computed as one fraction and rounded once, at its end, as the plan says.
//!
//! The module's parts: `parse` reads and checks a plan, `describe` says it in plain
//! words, `estimate` works out what it pays.

mod estimate;
mod parse;
mod problem;
pub use problem::PlanProblem;
#[cfg(test)]
pub(crate) mod tests;

pub use estimate::{
    Clawback, Estimate, EstimateError, Input, Line, NextStep, Note, Part, TierRange, Win, Working,
    clawback_applies,
};

use super::closed_set::closed_set;
use super::money::Currency;
use chrono::NaiveDate;
use serde::Serialize;

/// A plan that cannot be used: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{problem}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct PlanError {
    pub line: Option<usize>,
    pub problem: PlanProblem,
}

closed_set! {
    /// How a line's amount is rounded to the minor unit.
    pub enum Rounding {
        /// Half a minor unit and more rounds away from zero.
        HalfUp => "half_up";
        /// Half a minor unit rounds to the even neighbour (banker's rounding).
        HalfEven => "half_even";
        /// Fractions of a minor unit are dropped (towards zero).
        Down => "down";
    }
}

closed_set! {
    /// The period a plan pays over.
    pub enum PlanPeriod {
        Month => "month";
        Quarter => "quarter";
        Year => "year";
    }
}

closed_set! {
    /// How tiers apply: each part of revenue at its own tier's rate, or all of it at the
    /// rate of the tier reached.
    pub enum TiersApply {
        Marginal => "marginal";
        Retroactive => "retroactive";
    }
}

/// How much of revenue a tier pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rate {
    /// Basis points of revenue: 400 = 4 %.
    Percent(i64),
    /// Hundredths of the on-target rate (on-target commission ÷ quota): 150 = 1.5×.
    Multiple(i64),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tier {
    /// Attainment where the tier starts, in basis points of quota (5000 = 50 %).
    pub from_bp: i64,
    /// Where the next tier starts; None for the last tier.
    pub to_bp: Option<i64>,
    pub rate: Rate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spiff {
    pub name: String,
    /// Deals of this product (compared without case or spacing); None: any product.
    pub product: Option<String>,
    /// Deals of at least this amount; None: any size.
    pub min_amount: Option<i64>,
    /// Paid per matching deal.
    pub bonus: i64,
    /// Deals won within these dates (inclusive).
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub name: String,
    pub version: String,
    pub currency: Currency,
    pub period: PlanPeriod,
    pub rounding: Rounding,
    /// Tiers by attainment, in order, covering 0 % upwards. A plan with only a base rate
    /// has one tier from 0 % at that rate.
    pub tiers: Vec<Tier>,
    /// Tiers re-rate all revenue of the period once reached (otherwise each part of
    /// revenue is paid at its own tier's rate).
    pub retroactive: bool,
    pub on_target: Option<i64>,
    /// Below this attainment (basis points) nothing is paid.
    pub threshold_bp: Option<i64>,
    /// Most commission (tiers, both halves of a split) paid in a period.
    pub cap: Option<i64>,
    /// Percent paid on the rep's own attainment and on the team's (adding to 100).
    pub split: Option<(i64, i64)>,
    pub spiffs: Vec<Spiff>,
    /// A won deal marked lost within this many days of its win is taken back.
    pub clawback_days: Option<i64>,
}

/// "4%", "4.5%" or "4.25%" from basis points.
fn percent_text(bp: i64) -> String {
    if bp % 100 == 0 {
        format!("{}%", bp / 100)
    } else {
        format!("{}.{:02}%", bp / 100, bp % 100).replace("0%", "%")
    }
}

/// num ÷ den rounded to a whole number as the plan says. `den` is positive.
fn round_div(num: i128, den: i128, rounding: Rounding) -> i64 {
    let q = num.div_euclid(den);
    let r = num.rem_euclid(den); // 0 ≤ r < den; value = q + r/den
    let up = match rounding {
        Rounding::Down => num < 0 && r != 0, // towards zero for negatives
        Rounding::HalfUp => {
            if num >= 0 {
                2 * r >= den
            } else {
                2 * r > den
            }
        }
        Rounding::HalfEven => 2 * r > den || (2 * r == den && q % 2 != 0),
    };
    crate::core::ratio::to_i64(q + i128::from(up))
}
