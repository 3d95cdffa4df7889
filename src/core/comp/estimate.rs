//! What a plan pays: tier by tier, with threshold, cap, split, SPIFFs and clawbacks,
//! each line one exact fraction rounded once. The threshold is the rep's own: below it
//! no commission is paid, neither their own part nor the team part of a split; SPIFFs
//! are paid on top, as they are over a cap.

use super::{Plan, Rate, Tier, round_div};
use crate::core::deal::product_key;
use crate::core::period::Period;
use chrono::NaiveDate;
use serde::Serialize;

/// One line of an estimate's working: what it pays and why, as data the views word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub working: Working,
    pub amount: i64,
}

/// Which attainment a tier line pays on when the plan splits commission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// No split: the rep's own attainment pays all of it.
    Whole,
    /// The rep's own part of a split.
    Own,
    /// The team's part of a split, paid on the team's attainment.
    Team,
}

/// A tier's reach in basis points of quota: `from_bp` up to `to_bp` (None: no top).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TierRange {
    pub from_bp: i64,
    pub to_bp: Option<i64>,
}

impl From<&Tier> for TierRange {
    fn from(t: &Tier) -> TierRange {
        TierRange {
            from_bp: t.from_bp,
            to_bp: t.to_bp,
        }
    }
}

/// Why a line pays what it pays. Amounts are minor units of the plan's currency;
/// `share_percent` is the split's part of it (100 without a split).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Working {
    /// Revenue at the plan's one rate.
    Flat {
        part: Part,
        revenue: i64,
        rate: Rate,
        share_percent: i64,
    },
    /// All revenue at the rate of the tier reached (retroactive tiers).
    AllAtTier {
        part: Part,
        revenue: i64,
        rate: Rate,
        tier: TierRange,
        share_percent: i64,
    },
    /// The revenue falling in one tier at its rate (marginal tiers).
    InTier {
        part: Part,
        revenue: i64,
        tier: TierRange,
        rate: Rate,
        share_percent: i64,
    },
    /// Below the rep's threshold: nothing yet (`team_part_too` with a split).
    BelowThreshold {
        threshold_bp: i64,
        attainment_bp: i64,
        team_part_too: bool,
    },
    /// What the cap takes off.
    Cap { cap: i64 },
    /// A SPIFF's bonus for one won deal.
    Spiff {
        name: String,
        deal: crate::core::ids::DealNumber,
    },
    /// A deal lost within the clawback window, and what of its commission goes back.
    Clawback {
        deal: crate::core::ids::DealNumber,
        amount: i64,
        days: i64,
    },
}

/// What the next tier, or the threshold, needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NextStep {
    /// `more` reaches the threshold.
    Threshold { more: i64, threshold_bp: i64 },
    /// `more` and the rest (or, retroactive, all of it) pays `rate`.
    Tier {
        more: i64,
        all_of_it: bool,
        rate: Rate,
    },
}

/// Something the estimate's reader should know besides its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// No quota and nothing won: only clawbacks are shown.
    NothingWonWithoutQuota,
    /// The split's team part used the rep's own attainment: no team quota.
    NoTeamQuota,
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
    pub next_step: Option<NextStep>,
    pub notes: Vec<Note>,
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
        part: Part,
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
        if self.tiers.len() == 1 {
            let (num, den) = fraction(self.tiers[0].rate)?;
            return Ok(vec![Line {
                working: Working::Flat {
                    part,
                    revenue,
                    rate: self.tiers[0].rate,
                    share_percent: share,
                },
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
                working: Working::AllAtTier {
                    part,
                    revenue,
                    rate: tier.rate,
                    tier: tier.into(),
                    share_percent: share,
                },
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
                working: Working::InTier {
                    part,
                    revenue: crate::core::ratio::div_round(band, 10_000),
                    tier: t.into(),
                    rate: t.rate,
                    share_percent: share,
                },
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
        Ok(Some(Line {
            working: Working::BelowThreshold {
                threshold_bp: th,
                attainment_bp: attainment,
                team_part_too: self.split.is_some(),
            },
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
            notes.push(Note::NothingWonWithoutQuota);
        }
        let gated = if only_clawbacks {
            None
        } else {
            self.below_threshold(input.revenue, input.quota)?
        };
        match (self.split, gated) {
            (_, _) if only_clawbacks => {}
            (_, Some(gated)) => lines.push(gated),
            (None, None) => {
                lines.extend(self.tier_lines(input.revenue, input.quota, 100, Part::Whole)?)
            }
            (Some((ind, team)), None) => {
                lines.extend(self.tier_lines(input.revenue, input.quota, ind, Part::Own)?);
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
                        notes.push(Note::NoTeamQuota);
                        input.revenue
                    }
                };
                lines.extend(self.tier_lines(equivalent, Some(quota), team, Part::Team)?);
            }
        }
        let commission: i64 = lines.iter().map(|l| l.amount).sum();
        if let Some(cap) = self.cap
            && commission > cap
        {
            lines.push(Line {
                working: Working::Cap { cap },
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
                        working: Working::Spiff {
                            name: s.name.clone(),
                            deal: w.number,
                        },
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
                    working: Working::Clawback {
                        deal: c.number,
                        amount: c.amount,
                        days: self.clawback_days.unwrap_or(0),
                    },
                    amount: -taken,
                }
            })
            .collect()
    }

    /// What the next tier (or the threshold) needs.
    fn next_step(&self, revenue: i64, quota: Option<i64>) -> Option<NextStep> {
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
            return Some(NextStep::Threshold {
                more: needed(th),
                threshold_bp: th,
            });
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
        Some(NextStep::Tier {
            more,
            all_of_it: self.retroactive,
            rate: next.rate,
        })
    }
}
