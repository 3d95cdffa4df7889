//! What a plan pays: tier by tier, with threshold, cap, split, SPIFFs and clawbacks,
//! each line one exact fraction rounded once. The threshold is the rep's own: below it
//! no commission is paid, neither their own part nor the team part of a split; SPIFFs
//! are paid on top, as they are over a cap.

use super::{Plan, Rate, Tier, percent_text, round_div};
use crate::core::deal::product_key;
use crate::core::period::Period;
use chrono::NaiveDate;
use serde::Serialize;

/// One line of an estimate's working.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub label: String,
    pub amount: i64,
}

/// A won deal, for SPIFFs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Win {
    pub number: crate::core::ids::DealNumber,
    pub product: Option<String>,
    pub amount: i64,
    pub closed_on: NaiveDate,
}

/// A won deal lost again within the clawback window, with what it paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clawback {
    pub number: crate::core::ids::DealNumber,
    pub amount: i64,
    /// Commission and revenue of the period it was won in (the deal counted).
    pub paid_commission: i64,
    pub paid_revenue: i64,
}

/// Whether a deal won on `won_on` and marked lost on `lost_on` is taken back in
/// `period`: it was lost in this period, within the window, after being won (and so
/// paid) in an earlier one. Lost in the period it was won, it simply stops counting.
pub fn clawback_applies(won_on: NaiveDate, lost_on: NaiveDate, period: &Period, days: i64) -> bool {
    period.contains(lost_on) && won_on < period.start && (lost_on - won_on).num_days() <= days
}

/// What an estimate is computed from: minor units of the plan's currency.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Input {
    pub revenue: i64,
    pub quota: Option<i64>,
    /// The team's won revenue and quota (for the team half of a split).
    pub team: Option<(i64, i64)>,
    pub wins: Vec<Win>,
    pub clawbacks: Vec<Clawback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Estimate {
    pub lines: Vec<Line>,
    pub total: i64,
    pub attainment_bp: Option<i64>,
    /// "4,200.00 EUR more and the rest pays 12% of revenue".
    pub next_step: Option<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EstimateError {
    #[error("the plan measures attainment, and no quota is set for this period")]
    NoQuota,
}

impl Plan {
    /// The tier lines for revenue against a quota, scaled by share/100.
    fn tier_lines(
        &self,
        revenue: i64,
        quota: Option<i64>,
        share: i64,
        who: &str,
    ) -> Result<Vec<Line>, EstimateError> {
        let rounding = self.rounding;
        // A rate as a fraction of revenue, with the share folded in.
        let fraction = |rate: Rate| -> Result<(i128, i128), EstimateError> {
            Ok(match rate {
                Rate::Percent(bp) => (i128::from(bp) * i128::from(share), 10_000 * 100),
                Rate::Multiple(m) => {
                    let q = quota.filter(|q| *q > 0).ok_or(EstimateError::NoQuota)?;
                    let otc = self.on_target.unwrap_or(0);
                    (
                        i128::from(otc) * i128::from(m) * i128::from(share),
                        i128::from(q) * 100 * 100,
                    )
                }
            })
        };
        let share_text = if share == 100 {
            String::new()
        } else {
            format!(" × {share}%")
        };
        if self.tiers.len() == 1 {
            let (num, den) = fraction(self.tiers[0].rate)?;
            return Ok(vec![Line {
                label: format!(
                    "{who}{} × {}{share_text}",
                    self.money(revenue),
                    self.rate_text(self.tiers[0].rate)
                ),
                amount: round_div(i128::from(revenue) * num, den, rounding),
            }]);
        }
        let quota = quota.filter(|q| *q > 0).ok_or(EstimateError::NoQuota)?;
        // Revenue and boundaries scaled by 10,000 so tier edges (quota × bp) stay exact.
        let scaled = i128::from(revenue) * 10_000;
        let mut lines = Vec::new();
        if self.retroactive {
            // One convention for both modes: a tier starts just above its lower bound,
            // so exactly 100 % of quota is still in the 50–100 % tier (as marginal tiers
            // pay it, and as the plan's words say: "above 100%").
            let tier = self
                .tiers
                .iter()
                .rev()
                .find(|t| scaled > i128::from(quota) * i128::from(t.from_bp))
                .unwrap_or(&self.tiers[0]);
            let (num, den) = fraction(tier.rate)?;
            lines.push(Line {
                label: format!(
                    "{who}all {} × {} (tier reached: {}){share_text}",
                    self.money(revenue),
                    self.rate_text(tier.rate),
                    tier_range(tier)
                ),
                amount: round_div(i128::from(revenue) * num, den, rounding),
            });
            return Ok(lines);
        }
        for t in &self.tiers {
            let low = i128::from(quota) * i128::from(t.from_bp);
            if scaled <= low {
                break;
            }
            let high = t.to_bp.map(|to| i128::from(quota) * i128::from(to));
            let top = high.map_or(scaled, |h| scaled.min(h));
            let band = top - low; // revenue in this tier, × 10,000
            let (num, den) = fraction(t.rate)?;
            lines.push(Line {
                label: format!(
                    "{who}{} in {} × {}{share_text}",
                    self.money(crate::core::ratio::div_round(band, 10_000)),
                    tier_range(t),
                    self.rate_text(t.rate)
                ),
                amount: round_div(band * num, den * 10_000, rounding),
            });
        }
        Ok(lines)
    }

    /// The one line of a period whose rep is below the plan's threshold: the threshold
    /// gates the whole commission on the rep's own attainment (their own part and the
    /// team part alike); None when there is no threshold or it is reached.
    fn below_threshold(
        &self,
        revenue: i64,
        quota: Option<i64>,
    ) -> Result<Option<Line>, EstimateError> {
        let Some(th) = self.threshold_bp else {
            return Ok(None);
        };
        let quota = quota.filter(|q| *q > 0).ok_or(EstimateError::NoQuota)?;
        let attainment = crate::core::ratio::ratio_bp(revenue, quota);
        if attainment >= th {
            return Ok(None);
        }
        let team = if self.split.is_some() {
            ", not the team part either"
        } else {
            ""
        };
        Ok(Some(Line {
            label: format!(
                "below the {} threshold ({} of your quota): no commission yet{team}",
                percent_text(th),
                crate::core::ratio::percent(attainment)
            ),
            amount: 0,
        }))
    }

    /// The estimate for one rep's period.
    pub fn estimate(&self, input: &Input) -> Result<Estimate, EstimateError> {
        let mut lines = Vec::new();
        let mut notes = Vec::new();
        // Nothing won and no quota: the period pays nothing, but a clawback of an
        // earlier period's deal is still due and shown.
        let only_clawbacks =
            input.revenue == 0 && input.quota.is_none_or(|q| q <= 0) && !input.clawbacks.is_empty();
        if only_clawbacks {
            notes.push("No quota is set for this period and nothing was won in it.".into());
        }
        let gated = if only_clawbacks {
            None
        } else {
            self.below_threshold(input.revenue, input.quota)?
        };
        match (self.split, gated) {
            (_, _) if only_clawbacks => {}
            (_, Some(gated)) => lines.push(gated),
            (None, None) => lines.extend(self.tier_lines(input.revenue, input.quota, 100, "")?),
            (Some((ind, team)), None) => {
                lines.extend(self.tier_lines(input.revenue, input.quota, ind, "Own: ")?);
                let quota = input
                    .quota
                    .filter(|q| *q > 0)
                    .ok_or(EstimateError::NoQuota)?;
                // The team half is paid on the team's attainment, as if the rep's own
                // revenue stood at that attainment of the rep's quota.
                let equivalent = match input.team {
                    Some((won, team_quota)) if team_quota > 0 => crate::core::ratio::div_round(
                        i128::from(won) * i128::from(quota),
                        i128::from(team_quota),
                    ),
                    _ => {
                        notes.push(
                            "No team quota is set, so the team part uses your own attainment."
                                .into(),
                        );
                        input.revenue
                    }
                };
                lines.extend(self.tier_lines(equivalent, Some(quota), team, "Team: ")?);
            }
        }
        let commission: i64 = lines.iter().map(|l| l.amount).sum();
        if let Some(cap) = self.cap
            && commission > cap
        {
            lines.push(Line {
                label: format!("cap of {}", self.money(cap)),
                amount: cap - commission,
            });
        }
        lines.extend(self.spiff_lines(input));
        lines.extend(self.clawback_lines(input));
        let total = lines.iter().map(|l| l.amount).sum();
        let attainment_bp = input
            .quota
            .filter(|q| *q > 0)
            .map(|q| crate::core::ratio::ratio_bp(input.revenue, q));
        Ok(Estimate {
            lines,
            total,
            attainment_bp,
            next_step: self.next_step(input.revenue, input.quota),
            notes,
        })
    }

    /// A line for each win a SPIFF pays for (its product, size and days).
    fn spiff_lines(&self, input: &Input) -> Vec<Line> {
        let mut lines = Vec::new();
        for s in &self.spiffs {
            for w in &input.wins {
                let product_ok = s.product.as_ref().is_none_or(|p| {
                    w.product
                        .as_deref()
                        .is_some_and(|wp| product_key(wp) == product_key(p))
                });
                let size_ok = s.min_amount.is_none_or(|m| w.amount >= m);
                if product_ok && size_ok && w.closed_on >= s.from && w.closed_on <= s.to {
                    lines.push(Line {
                        label: format!("SPIFF \"{}\": deal #{}", s.name, w.number),
                        amount: s.bonus,
                    });
                }
            }
        }
        lines
    }

    /// A line for each deal lost within the clawback window: what its commission was.
    fn clawback_lines(&self, input: &Input) -> Vec<Line> {
        input
            .clawbacks
            .iter()
            .map(|c| {
                let taken = if c.paid_revenue > 0 {
                    round_div(
                        i128::from(c.amount) * i128::from(c.paid_commission),
                        i128::from(c.paid_revenue),
                        self.rounding,
                    )
                } else {
                    0
                };
                Line {
                    label: format!(
                        "clawback: deal #{} ({}) lost within {} days",
                        c.number,
                        self.money(c.amount),
                        self.clawback_days.unwrap_or(0)
                    ),
                    amount: -taken,
                }
            })
            .collect()
    }

    /// What the next tier (or the threshold) needs.
    fn next_step(&self, revenue: i64, quota: Option<i64>) -> Option<String> {
        let quota = quota.filter(|q| *q > 0)?;
        let scaled = i128::from(revenue) * 10_000;
        let needed = |bp: i64| {
            // The smallest revenue at or above quota × bp, in minor units.
            let edge = i128::from(quota) * i128::from(bp);
            crate::core::ratio::to_i64((edge + 9_999) / 10_000) - revenue
        };
        if let Some(th) = self.threshold_bp
            && scaled < i128::from(quota) * i128::from(th)
        {
            return Some(format!(
                "{} more reaches the {} threshold",
                self.money(needed(th)),
                percent_text(th)
            ));
        }
        // Marginal: the revenue past a tier's start pays its rate. Retroactive: a tier
        // is reached once attainment is above its start, one minor unit past the edge.
        let (next, more) = if self.retroactive {
            let next = self
                .tiers
                .iter()
                .find(|t| t.from_bp > 0 && scaled <= i128::from(quota) * i128::from(t.from_bp))?;
            let edge = i128::from(quota) * i128::from(next.from_bp);
            (
                next,
                crate::core::ratio::to_i64(edge / 10_000) + 1 - revenue,
            )
        } else {
            let next = self
                .tiers
                .iter()
                .find(|t| scaled < i128::from(quota) * i128::from(t.from_bp))?;
            (next, needed(next.from_bp))
        };
        Some(format!(
            "{} more and {} pays {}",
            self.money(more),
            if self.retroactive {
                "all of it"
            } else {
                "the rest"
            },
            self.rate_text(next.rate)
        ))
    }
}

fn tier_range(t: &Tier) -> String {
    match t.to_bp {
        Some(to) => format!("{}–{}", percent_text(t.from_bp), percent_text(to)),
        None => format!("{}+", percent_text(t.from_bp)),
    }
}
