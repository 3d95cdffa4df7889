//! Reading a plan: TOML into `Plan`, every value checked, every error naming the line
//! and what to write instead.

use super::{Plan, PlanError, PlanPeriod, PlanProblem, Rate, Rounding, Spiff, Tier, TiersApply};
use crate::core::closed_set::ClosedSet;
use crate::core::money::{Currency, Money};
use chrono::NaiveDate;
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    name: Spanned<String>,
    version: Spanned<String>,
    currency: Spanned<String>,
    period: Option<Spanned<String>>,
    rounding: Option<Spanned<String>>,
    tiers_apply: Option<Spanned<String>>,
    base_rate: Option<Spanned<toml::Value>>,
    on_target_commission: Option<Spanned<toml::Value>>,
    threshold: Option<Spanned<toml::Value>>,
    cap: Option<Spanned<toml::Value>>,
    #[serde(default)]
    tiers: Vec<Spanned<RawTier>>,
    split: Option<Spanned<RawSplit>>,
    #[serde(default)]
    spiffs: Vec<Spanned<RawSpiff>>,
    clawback: Option<Spanned<RawClawback>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    from: Spanned<toml::Value>,
    to: Option<Spanned<toml::Value>>,
    rate: Spanned<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSplit {
    individual: Spanned<toml::Value>,
    team: Spanned<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpiff {
    name: Spanned<String>,
    product: Option<Spanned<String>>,
    min_amount: Option<Spanned<toml::Value>>,
    bonus: Spanned<toml::Value>,
    from: Spanned<toml::Value>,
    to: Spanned<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClawback {
    days: Spanned<i64>,
}

/// Turns byte offsets into line numbers.
struct Lines<'a>(&'a str);

impl Lines<'_> {
    fn at(&self, span: Range<usize>) -> Option<usize> {
        let end = span.start.min(self.0.len());
        Some(self.0[..end].matches('\n').count() + 1)
    }
    fn err<T>(&self, span: Range<usize>, problem: PlanProblem) -> Result<T, PlanError> {
        Err(PlanError {
            line: self.at(span),
            problem,
        })
    }
}

/// "4%", "4.5 %", 4 or 4.5 → basis points. Negative rates are refused by the caller.
fn basis_points(v: &toml::Value) -> Option<i64> {
    match v {
        toml::Value::Integer(i) => i.checked_mul(100),
        // A number written with a point (4.5) is read from its digits, not as a float.
        toml::Value::Float(f) => decimal_hundredths(&f.to_string()),
        toml::Value::String(s) => decimal_hundredths(s.trim().trim_end_matches('%').trim()),
        _ => None,
    }
}

/// "1.5x", "1.5×" or 1.5 → hundredths.
fn hundredths_multiple(v: &toml::Value) -> Option<i64> {
    match v {
        toml::Value::Integer(i) => i.checked_mul(100),
        toml::Value::Float(f) => decimal_hundredths(&f.to_string()),
        toml::Value::String(s) => {
            decimal_hundredths(s.trim().trim_end_matches(['x', 'X', '×']).trim())
        }
        _ => None,
    }
}

/// "12", "12.5", "-3.25" → hundredths, exactly (at most two decimals).
fn decimal_hundredths(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty()
        || frac.len() > 2
        || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let value =
        int.parse::<i64>().ok()?.checked_mul(100)? + format!("{frac:0<2}").parse::<i64>().ok()?;
    Some(if neg { -value } else { value })
}

fn is_multiple(v: &toml::Value) -> bool {
    matches!(v, toml::Value::String(s) if s.trim().ends_with(['x', 'X', '×']))
}

/// An amount: a whole number of major units, or text in any form `/win` accepts.
fn amount(v: &toml::Value, currency: Currency) -> Option<i64> {
    match v {
        toml::Value::Integer(i) => i.checked_mul(currency.minor_per_major()),
        toml::Value::String(s) => Money::parse(s, currency)
            .ok()
            .filter(|m| m.currency == currency)
            .map(|m| m.minor),
        _ => None,
    }
}

fn date(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::Datetime(d) => d.date.and_then(|d| {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }),
        toml::Value::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
        _ => None,
    }
}

/// A positive amount in the plan's currency, if the field is there.
fn positive_amount(
    lines: &Lines,
    field: &Option<Spanned<toml::Value>>,
    currency: Currency,
    field_name: &'static str,
) -> Result<Option<i64>, PlanError> {
    let Some(v) = field else {
        return Ok(None);
    };
    match amount(v.get_ref(), currency) {
        Some(a) if a > 0 => Ok(Some(a)),
        _ => lines.err(
            v.span(),
            PlanProblem::NotPositive {
                field: field_name,
                currency,
            },
        ),
    }
}

/// One word from a closed list, or the default when the field is left out.
/// A closed set's key, or `default` when the field is absent.
fn one_of<T: ClosedSet>(
    lines: &Lines,
    field: &Option<Spanned<String>>,
    name: &'static str,
    default: T,
) -> Result<T, PlanError> {
    let Some(v) = field else {
        return Ok(default);
    };
    match T::from_key(v.get_ref()) {
        Some(value) => Ok(value),
        None => {
            let names: Vec<&str> = T::choices().iter().map(|c| c.value).collect();
            let list = names.join(", ");
            lines.err(
                v.span(),
                PlanProblem::NotOneOf {
                    field: name,
                    typed: v.get_ref().clone(),
                    choices: list,
                },
            )
        }
    }
}

impl Plan {
    /// Reads and checks a plan; the error names the line and what to change.
    pub fn parse(text: &str) -> Result<Plan, PlanError> {
        let lines = Lines(text);
        let raw: RawPlan = toml::from_str(text).map_err(|e| PlanError {
            line: e.span().and_then(|s| lines.at(s)),
            problem: PlanProblem::Toml(e.message().trim().to_string()),
        })?;
        let currency_span = raw.currency.span();
        let currency =
            Currency::from_code(raw.currency.get_ref().trim()).ok_or_else(|| PlanError {
                line: lines.at(currency_span.clone()),
                problem: PlanProblem::Currency(raw.currency.get_ref().clone()),
            })?;
        let name = raw.name.get_ref().trim().to_string();
        if name.is_empty() {
            return lines.err(raw.name.span(), PlanProblem::NameEmpty);
        }
        let version = raw.version.get_ref().trim().to_string();
        if version.is_empty() {
            return lines.err(raw.version.span(), PlanProblem::VersionEmpty);
        }
        let period = one_of(&lines, &raw.period, "period", PlanPeriod::Quarter)?;
        let rounding = one_of(&lines, &raw.rounding, "rounding", Rounding::HalfUp)?;
        let retroactive = one_of(
            &lines,
            &raw.tiers_apply,
            "tiers_apply",
            TiersApply::Marginal,
        )? == TiersApply::Retroactive;
        let on_target = match positive_amount(
            &lines,
            &raw.on_target_commission,
            currency,
            "on_target_commission",
        ) {
            Err(e) => {
                return Err(PlanError {
                    problem: PlanProblem::OnTarget(currency),
                    ..e
                });
            }
            Ok(a) => a,
        };
        let tiers = read_tiers(&lines, &raw, on_target)?;
        let threshold_bp = read_threshold(&lines, &raw)?;
        let cap = positive_amount(&lines, &raw.cap, currency, "cap")?;
        let split = match &raw.split {
            None => None,
            Some(s) => Some(read_split(&lines, s)?),
        };
        let spiffs = raw
            .spiffs
            .iter()
            .map(|s| read_spiff(&lines, s, currency))
            .collect::<Result<Vec<Spiff>, PlanError>>()?;
        let clawback_days = read_clawback_days(&lines, &raw)?;
        if tiers.iter().any(|t| matches!(t.rate, Rate::Multiple(_))) && on_target.is_none() {
            return Err(PlanError {
                line: None,
                problem: PlanProblem::MultipleNeedsOnTarget,
            });
        }
        Ok(Plan {
            name,
            version,
            currency,
            period,
            rounding,
            tiers,
            retroactive,
            on_target,
            threshold_bp,
            cap,
            split,
            spiffs,
            clawback_days,
        })
    }
}

/// The attainment below which a plan pays nothing, if it has one.
fn read_threshold(lines: &Lines<'_>, raw: &RawPlan) -> Result<Option<i64>, PlanError> {
    let Some(v) = &raw.threshold else {
        return Ok(None);
    };
    match basis_points(v.get_ref()) {
        Some(bp) if bp > 0 => Ok(Some(bp)),
        Some(_) | None => lines.err(v.span(), PlanProblem::Threshold),
    }
}

/// How many days after a win a loss takes its commission back, if the plan says.
fn read_clawback_days(lines: &Lines<'_>, raw: &RawPlan) -> Result<Option<i64>, PlanError> {
    let Some(c) = &raw.clawback else {
        return Ok(None);
    };
    match *c.get_ref().days.get_ref() {
        d if (1..=730).contains(&d) => Ok(Some(d)),
        _ => lines.err(c.get_ref().days.span(), PlanProblem::ClawbackDays),
    }
}

/// The tiers (or the base rate, or the on-target rate alone), checked to run from 0%
/// upwards without gaps or overlaps.
fn read_tiers(
    lines: &Lines,
    raw: &RawPlan,
    on_target: Option<i64>,
) -> Result<Vec<Tier>, PlanError> {
    let mut tiers = Vec::new();
    for t in &raw.tiers {
        tiers.push((t.span(), read_tier(lines, t.get_ref(), on_target)?));
    }
    if let Some(base) = &raw.base_rate {
        if !tiers.is_empty() {
            return lines.err(base.span(), PlanProblem::BaseRateAndTiers);
        }
        let rate = match basis_points(base.get_ref()) {
            Some(bp) if (0..=10_000).contains(&bp) => Rate::Percent(bp),
            _ => {
                return lines.err(base.span(), PlanProblem::BaseRate);
            }
        };
        tiers.push((
            base.span(),
            Tier {
                from_bp: 0,
                to_bp: None,
                rate,
            },
        ));
    }
    if tiers.is_empty() {
        match on_target {
            // On-target commission alone: paid evenly, at the on-target rate.
            Some(_) => tiers.push((
                0..0,
                Tier {
                    from_bp: 0,
                    to_bp: None,
                    rate: Rate::Multiple(100),
                },
            )),
            None => {
                return Err(PlanError {
                    line: None,
                    problem: PlanProblem::PaysNothing,
                });
            }
        }
    }
    check_tier_chain(lines, &tiers)?;
    Ok(tiers.into_iter().map(|(_, t)| t).collect())
}

fn read_tier(lines: &Lines, t: &RawTier, on_target: Option<i64>) -> Result<Tier, PlanError> {
    let from = match basis_points(t.from.get_ref()) {
        Some(bp) if bp >= 0 => bp,
        _ => {
            return lines.err(t.from.span(), PlanProblem::TierFrom);
        }
    };
    let to = match &t.to {
        None => None,
        Some(v) => match basis_points(v.get_ref()) {
            Some(bp) if bp > from => Some(bp),
            Some(_) => return lines.err(v.span(), PlanProblem::TierToBelowFrom),
            None => return lines.err(v.span(), PlanProblem::TierTo),
        },
    };
    let rate = if is_multiple(t.rate.get_ref()) {
        if on_target.is_none() {
            return lines.err(t.rate.span(), PlanProblem::MultipleNeedsOnTarget);
        }
        match hundredths_multiple(t.rate.get_ref()) {
            Some(m) if m >= 0 => Rate::Multiple(m),
            _ => return lines.err(t.rate.span(), PlanProblem::TierRateNegative),
        }
    } else {
        match basis_points(t.rate.get_ref()) {
            Some(bp) if bp < 0 => return lines.err(t.rate.span(), PlanProblem::TierRateNegative),
            Some(bp) if bp > 10_000 => {
                return lines.err(t.rate.span(), PlanProblem::TierRateOver100);
            }
            Some(bp) => Rate::Percent(bp),
            None => return lines.err(t.rate.span(), PlanProblem::TierRate),
        }
    };
    Ok(Tier {
        from_bp: from,
        to_bp: to,
        rate,
    })
}

/// Tiers must run from 0% upwards, each starting where the one before ends, and the
/// last one must run on without limit.
fn check_tier_chain(lines: &Lines, tiers: &[(Range<usize>, Tier)]) -> Result<(), PlanError> {
    for (i, (span, tier)) in tiers.iter().enumerate() {
        match i.checked_sub(1).map(|p| &tiers[p].1) {
            None if tier.from_bp != 0 => {
                return lines.err(span.clone(), PlanProblem::FirstTierNotAtZero);
            }
            Some(prev) => match prev.to_bp {
                None => return lines.err(span.clone(), PlanProblem::OnlyLastTierOpen),
                Some(to) if tier.from_bp < to => {
                    return lines.err(
                        span.clone(),
                        PlanProblem::TiersOverlap {
                            starts_bp: tier.from_bp,
                            before_ends_bp: to,
                        },
                    );
                }
                Some(to) if tier.from_bp > to => {
                    return lines.err(
                        span.clone(),
                        PlanProblem::TiersGap {
                            from_bp: to,
                            to_bp: tier.from_bp,
                        },
                    );
                }
                Some(_) => {}
            },
            None => {}
        }
    }
    if let Some((span, last)) = tiers.last()
        && last.to_bp.is_some()
    {
        return lines.err(span.clone(), PlanProblem::LastTierClosed);
    }
    Ok(())
}

/// The individual and team shares, in whole percent.
fn read_split(lines: &Lines, s: &Spanned<RawSplit>) -> Result<(i64, i64), PlanError> {
    let (ind, team) = (
        basis_points(s.get_ref().individual.get_ref()),
        basis_points(s.get_ref().team.get_ref()),
    );
    match (ind, team) {
        (Some(i), Some(t))
            if i >= 0 && t >= 0 && i + t == 10_000 && i % 100 == 0 && t % 100 == 0 =>
        {
            Ok((i / 100, t / 100))
        }
        _ => lines.err(s.span(), PlanProblem::Split),
    }
}

fn read_spiff(
    lines: &Lines,
    s: &Spanned<RawSpiff>,
    currency: Currency,
) -> Result<Spiff, PlanError> {
    let span = s.span();
    let s = s.get_ref();
    let bonus = match amount(s.bonus.get_ref(), currency) {
        Some(b) if b > 0 => b,
        _ => {
            return lines.err(s.bonus.span(), PlanProblem::SpiffBonus(currency));
        }
    };
    let min_amount = positive_amount(lines, &s.min_amount, currency, "min_amount")?;
    let (Some(from), Some(to)) = (date(s.from.get_ref()), date(s.to.get_ref())) else {
        return lines.err(span, PlanProblem::SpiffDates);
    };
    if to < from {
        return lines.err(s.to.span(), PlanProblem::SpiffDatesBackwards);
    }
    let product = s
        .product
        .as_ref()
        .map(|p| p.get_ref().trim().to_string())
        .filter(|p| !p.is_empty());
    if product.is_none() && min_amount.is_none() {
        return lines.err(span, PlanProblem::SpiffTarget);
    }
    Ok(Spiff {
        name: s.name.get_ref().trim().to_string(),
        product,
        min_amount,
        bonus,
        from,
        to,
    })
}
