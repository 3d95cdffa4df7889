//! Commission plans as data, and estimates from them.
//!
//! A plan is TOML (documented field by field in `config/comp_plan.example.toml`). It is
//! read once into `Plan`, which both the estimate and the plain-words description use, so
//! the words cannot disagree with the maths.
//!
//! Exactness: amounts are integer minor units; a rate is a fraction (basis points of
//! revenue, or a multiple of the on-target rate, which is on-target commission ÷ quota);
//! each line is computed as one fraction and rounded once, at its end, as the plan says.

use super::deal::product_key;
use super::money::{Currency, Money};
use super::period::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use toml::Spanned;

/// A plan that cannot be used: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct PlanError {
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Half a minor unit and more rounds away from zero.
    HalfUp,
    /// Half a minor unit rounds to the even neighbour (banker's rounding).
    HalfEven,
    /// Fractions of a minor unit are dropped (towards zero).
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanPeriod {
    Month,
    Quarter,
    Year,
}

impl PlanPeriod {
    pub fn key(&self) -> &'static str {
        match self {
            PlanPeriod::Month => "month",
            PlanPeriod::Quarter => "quarter",
            PlanPeriod::Year => "year",
        }
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

// --- Reading a plan -------------------------------------------------------------------

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
    fn err<T>(&self, span: Range<usize>, message: impl Into<String>) -> Result<T, PlanError> {
        Err(PlanError {
            line: self.at(span),
            message: message.into(),
        })
    }
}

/// "4%", "4.5 %", 4 or 4.5 → basis points. Negative rates are refused by the caller.
fn basis_points(v: &toml::Value) -> Option<i64> {
    match v {
        toml::Value::Integer(i) => i.checked_mul(100),
        toml::Value::Float(f) => Some((f * 100.0).round() as i64),
        toml::Value::String(s) => decimal_hundredths(s.trim().trim_end_matches('%').trim()),
        _ => None,
    }
}

/// "1.5x", "1.5×" or 1.5 → hundredths.
fn hundredths_multiple(v: &toml::Value) -> Option<i64> {
    match v {
        toml::Value::Integer(i) => i.checked_mul(100),
        toml::Value::Float(f) => Some((f * 100.0).round() as i64),
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

fn percent_text(bp: i64) -> String {
    if bp % 100 == 0 {
        format!("{}%", bp / 100)
    } else {
        format!("{}.{:02}%", bp / 100, bp % 100).replace("0%", "%")
    }
}

impl Plan {
    /// Reads and checks a plan; the error names the line and what to change.
    pub fn parse(text: &str) -> Result<Plan, PlanError> {
        let lines = Lines(text);
        let raw: RawPlan = toml::from_str(text).map_err(|e| PlanError {
            line: e.span().and_then(|s| lines.at(s)),
            message: e.message().trim().to_string(),
        })?;
        let currency_span = raw.currency.span();
        let currency =
            Currency::from_code(raw.currency.get_ref().trim()).ok_or_else(|| PlanError {
                line: lines.at(currency_span.clone()),
                message: format!(
                    "currency {:?} is not an ISO 4217 code such as EUR or USD",
                    raw.currency.get_ref()
                ),
            })?;
        let name = raw.name.get_ref().trim().to_string();
        if name.is_empty() {
            return lines.err(raw.name.span(), "name must not be empty");
        }
        let version = raw.version.get_ref().trim().to_string();
        if version.is_empty() {
            return lines.err(
                raw.version.span(),
                "version must not be empty (estimates name it)",
            );
        }
        let period = match raw
            .period
            .as_ref()
            .map(|p| (p.get_ref().as_str(), p.span()))
        {
            None | Some(("quarter", _)) => PlanPeriod::Quarter,
            Some(("month", _)) => PlanPeriod::Month,
            Some(("year", _)) => PlanPeriod::Year,
            Some((other, span)) => {
                return lines.err(
                    span,
                    format!("period {other:?} must be month, quarter or year"),
                );
            }
        };
        let rounding = match raw
            .rounding
            .as_ref()
            .map(|p| (p.get_ref().as_str(), p.span()))
        {
            None | Some(("half_up", _)) => Rounding::HalfUp,
            Some(("half_even", _)) => Rounding::HalfEven,
            Some(("down", _)) => Rounding::Down,
            Some((other, span)) => {
                return lines.err(
                    span,
                    format!("rounding {other:?} must be half_up, half_even or down"),
                );
            }
        };
        let retroactive = match raw
            .tiers_apply
            .as_ref()
            .map(|p| (p.get_ref().as_str(), p.span()))
        {
            None | Some(("marginal", _)) => false,
            Some(("retroactive", _)) => true,
            Some((other, span)) => {
                return lines.err(
                    span,
                    format!("tiers_apply {other:?} must be marginal or retroactive"),
                );
            }
        };
        let on_target = match &raw.on_target_commission {
            None => None,
            Some(v) => match amount(v.get_ref(), currency) {
                Some(a) if a > 0 => Some(a),
                _ => {
                    return lines.err(
                        v.span(),
                        format!("on_target_commission must be a positive amount in {currency}, e.g. 20000"),
                    );
                }
            },
        };
        let mut tiers = Vec::new();
        for t in &raw.tiers {
            let t_span = t.span();
            let t = t.get_ref();
            let from = match basis_points(t.from.get_ref()) {
                Some(bp) if bp >= 0 => bp,
                _ => {
                    return lines.err(
                        t.from.span(),
                        "a tier's from must be a percentage of quota, 0 or more (\"50%\")",
                    );
                }
            };
            let to = match &t.to {
                None => None,
                Some(v) => match basis_points(v.get_ref()) {
                    Some(bp) if bp > from => Some(bp),
                    Some(_) => return lines.err(v.span(), "a tier's to must be above its from"),
                    None => {
                        return lines.err(
                            v.span(),
                            "a tier's to must be a percentage of quota (\"100%\")",
                        );
                    }
                },
            };
            let rate =
                if is_multiple(t.rate.get_ref()) {
                    if on_target.is_none() {
                        return lines.err(
                            t.rate.span(),
                            "a rate written as a multiple (1.5x) needs on_target_commission",
                        );
                    }
                    match hundredths_multiple(t.rate.get_ref()) {
                        Some(m) if m >= 0 => Rate::Multiple(m),
                        _ => return lines.err(t.rate.span(), "a tier's rate must not be negative"),
                    }
                } else {
                    match basis_points(t.rate.get_ref()) {
                        Some(bp) if bp < 0 => {
                            return lines.err(t.rate.span(), "a tier's rate must not be negative");
                        }
                        Some(bp) if bp > 10_000 => {
                            return lines.err(
                                t.rate.span(),
                                "a tier's rate must be at most 100% of revenue",
                            );
                        }
                        Some(bp) => Rate::Percent(bp),
                        None => return lines.err(
                            t.rate.span(),
                            "a tier's rate must be a percentage (\"8%\") or a multiple (\"1.5x\")",
                        ),
                    }
                };
            tiers.push((
                t_span,
                Tier {
                    from_bp: from,
                    to_bp: to,
                    rate,
                },
            ));
        }
        if let Some(base) = &raw.base_rate {
            if !tiers.is_empty() {
                return lines.err(base.span(), "use base_rate or tiers, not both");
            }
            let rate = match basis_points(base.get_ref()) {
                Some(bp) if (0..=10_000).contains(&bp) => Rate::Percent(bp),
                _ => {
                    return lines.err(
                        base.span(),
                        "base_rate must be a percentage between 0% and 100%",
                    );
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
                        message:
                            "the plan pays nothing: add base_rate, tiers or on_target_commission"
                                .into(),
                    });
                }
            }
        }
        // Tiers must run from 0 % upwards, each starting where the one before ends.
        for (i, (span, tier)) in tiers.iter().enumerate() {
            match i.checked_sub(1).map(|p| &tiers[p].1) {
                None if tier.from_bp != 0 => {
                    return lines.err(span.clone(), "the first tier must start at 0%");
                }
                Some(prev) => match prev.to_bp {
                    None => return lines.err(span.clone(), "only the last tier may leave out to"),
                    Some(to) if tier.from_bp < to => {
                        return lines.err(
                            span.clone(),
                            format!(
                                "tiers overlap: this one starts at {} but the one before ends at {}",
                                percent_text(tier.from_bp),
                                percent_text(to)
                            ),
                        );
                    }
                    Some(to) if tier.from_bp > to => {
                        return lines.err(
                            span.clone(),
                            format!(
                                "tiers leave a gap from {} to {}",
                                percent_text(to),
                                percent_text(tier.from_bp)
                            ),
                        );
                    }
                    _ => {}
                },
                None => {}
            }
        }
        if let Some((span, last)) = tiers.last()
            && last.to_bp.is_some()
        {
            return lines.err(
                span.clone(),
                "the last tier must leave out to (it runs on without limit)",
            );
        }
        let threshold_bp = match &raw.threshold {
            None => None,
            Some(v) => match basis_points(v.get_ref()) {
                Some(bp) if bp > 0 => Some(bp),
                _ => {
                    return lines.err(
                        v.span(),
                        "threshold must be a percentage of quota above 0% (\"50%\")",
                    );
                }
            },
        };
        let cap = match &raw.cap {
            None => None,
            Some(v) => match amount(v.get_ref(), currency) {
                Some(a) if a > 0 => Some(a),
                _ => {
                    return lines.err(
                        v.span(),
                        format!("cap must be a positive amount in {currency}"),
                    );
                }
            },
        };
        let split = match &raw.split {
            None => None,
            Some(s) => {
                let (ind, team) = (
                    basis_points(s.get_ref().individual.get_ref()),
                    basis_points(s.get_ref().team.get_ref()),
                );
                match (ind, team) {
                    (Some(i), Some(t))
                        if i >= 0 && t >= 0 && i + t == 10_000 && i % 100 == 0 && t % 100 == 0 =>
                    {
                        Some((i / 100, t / 100))
                    }
                    _ => {
                        return lines.err(
                            s.span(),
                            "split individual and team must be whole percentages adding to 100% (75% and 25%)",
                        );
                    }
                }
            }
        };
        let mut spiffs = Vec::new();
        for s in &raw.spiffs {
            let span = s.span();
            let s = s.get_ref();
            let bonus = match amount(s.bonus.get_ref(), currency) {
                Some(b) if b > 0 => b,
                _ => {
                    return lines.err(
                        s.bonus.span(),
                        format!("a SPIFF's bonus must be a positive amount in {currency}"),
                    );
                }
            };
            let min_amount = match &s.min_amount {
                None => None,
                Some(v) => match amount(v.get_ref(), currency) {
                    Some(a) if a > 0 => Some(a),
                    _ => {
                        return lines.err(
                            v.span(),
                            format!("min_amount must be a positive amount in {currency}"),
                        );
                    }
                },
            };
            let (Some(from), Some(to)) = (date(s.from.get_ref()), date(s.to.get_ref())) else {
                return lines.err(span, "a SPIFF needs from and to dates (2026-03-01)");
            };
            if to < from {
                return lines.err(s.to.span(), "a SPIFF's to date is before its from date");
            }
            let product = s
                .product
                .as_ref()
                .map(|p| p.get_ref().trim().to_string())
                .filter(|p| !p.is_empty());
            if product.is_none() && min_amount.is_none() {
                return lines.err(span, "a SPIFF needs a product, a min_amount or both (otherwise it is a bonus on every deal)");
            }
            spiffs.push(Spiff {
                name: s.name.get_ref().trim().to_string(),
                product,
                min_amount,
                bonus,
                from,
                to,
            });
        }
        let clawback_days = match &raw.clawback {
            None => None,
            Some(c) => match *c.get_ref().days.get_ref() {
                d if (1..=730).contains(&d) => Some(d),
                _ => {
                    return lines.err(
                        c.get_ref().days.span(),
                        "clawback days must be between 1 and 730",
                    );
                }
            },
        };
        if tiers
            .iter()
            .any(|(_, t)| matches!(t.rate, Rate::Multiple(_)))
            && on_target.is_none()
        {
            return Err(PlanError {
                line: None,
                message: "rates written as multiples need on_target_commission".into(),
            });
        }
        Ok(Plan {
            name,
            version,
            currency,
            period,
            rounding,
            tiers: tiers.into_iter().map(|(_, t)| t).collect(),
            retroactive,
            on_target,
            threshold_bp,
            cap,
            split,
            spiffs,
            clawback_days,
        })
    }

    fn money(&self, minor: i64) -> String {
        Money::new(minor, self.currency).display()
    }

    fn rate_text(&self, rate: Rate) -> String {
        match rate {
            Rate::Percent(bp) => format!("{} of revenue", percent_text(bp)),
            Rate::Multiple(m) => format!(
                "{}× the on-target rate",
                format!("{}.{:02}", m / 100, m % 100)
                    .trim_end_matches('0')
                    .trim_end_matches('.')
            ),
        }
    }

    /// The plan in plain words, from the same data the estimates use.
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        out.push(format!(
            "Commission is counted per {} on won revenue in {}.",
            self.period.key(),
            self.currency
        ));
        if let Some(otc) = self.on_target {
            out.push(format!(
                "On-target commission: {} a {} at 100% of quota; the on-target rate is that ÷ your quota.",
                self.money(otc),
                self.period.key()
            ));
        }
        if self.tiers.len() == 1 {
            out.push(format!(
                "All won revenue pays {}.",
                self.rate_text(self.tiers[0].rate)
            ));
        } else {
            out.push(if self.retroactive {
                "Tiers by quota attainment; reaching a tier re-rates all revenue of the period at its rate:".to_string()
            } else {
                "Tiers by quota attainment; each part of revenue is paid at its own tier's rate:".to_string()
            });
            for t in &self.tiers {
                let range = match t.to_bp {
                    Some(to) => format!("{}–{}", percent_text(t.from_bp), percent_text(to)),
                    None => format!("above {}", percent_text(t.from_bp)),
                };
                out.push(format!("• {range}: {}", self.rate_text(t.rate)));
            }
        }
        if let Some(th) = self.threshold_bp {
            out.push(format!(
                "Below {} of quota nothing is paid.",
                percent_text(th)
            ));
        }
        if let Some((ind, team)) = self.split {
            out.push(format!(
                "{ind}% is paid on your own attainment, {team}% on your team's."
            ));
        }
        if let Some(cap) = self.cap {
            out.push(format!(
                "Commission is capped at {} a {} (SPIFFs are paid on top).",
                self.money(cap),
                self.period.key()
            ));
        }
        for s in &self.spiffs {
            let what = match (&s.product, s.min_amount) {
                (Some(p), Some(m)) => format!("each won {p} deal of {} or more", self.money(m)),
                (Some(p), None) => format!("each won {p} deal"),
                (None, Some(m)) => format!("each won deal of {} or more", self.money(m)),
                (None, None) => "each won deal".to_string(),
            };
            out.push(format!(
                "SPIFF \"{}\": {} for {what}, won {} to {}.",
                s.name,
                self.money(s.bonus),
                s.from.format("%-d %b %Y"),
                s.to.format("%-d %b %Y")
            ));
        }
        if let Some(days) = self.clawback_days {
            out.push(format!(
                "A won deal marked lost within {days} days of its win is taken back (at the rate it was paid)."
            ));
        }
        out.push(format!(
            "Amounts are rounded {} to the cent (minor unit), once, at the end of each line.",
            match self.rounding {
                Rounding::HalfUp => "half up",
                Rounding::HalfEven => "half to even",
                Rounding::Down => "down",
            }
        ));
        out
    }
}

// --- Estimates ------------------------------------------------------------------------

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
    (q + i128::from(up)) as i64
}

/// One line of an estimate's working.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub label: String,
    pub amount: i64,
}

/// A won deal, for SPIFFs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Win {
    pub number: i64,
    pub product: Option<String>,
    pub amount: i64,
    pub closed_on: NaiveDate,
}

/// A won deal lost again within the clawback window, with what it paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clawback {
    pub number: i64,
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
        if self.tiers.len() == 1 && self.threshold_bp.is_none() {
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
        let attainment = (scaled / i128::from(quota)) as i64;
        if let Some(th) = self.threshold_bp
            && attainment < th
        {
            return Ok(vec![Line {
                label: format!(
                    "{who}below the {} threshold ({} of quota): nothing yet",
                    percent_text(th),
                    percent_text(attainment)
                ),
                amount: 0,
            }]);
        }
        let mut lines = Vec::new();
        if self.retroactive {
            let tier = self
                .tiers
                .iter()
                .rev()
                .find(|t| attainment >= t.from_bp)
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
                    self.money((band / 10_000) as i64),
                    tier_range(t),
                    self.rate_text(t.rate)
                ),
                amount: round_div(band * num, den * 10_000, rounding),
            });
        }
        Ok(lines)
    }

    /// The estimate for one rep's period.
    pub fn estimate(&self, input: &Input) -> Result<Estimate, EstimateError> {
        let mut lines = Vec::new();
        let mut notes = Vec::new();
        match self.split {
            None => lines.extend(self.tier_lines(input.revenue, input.quota, 100, "")?),
            Some((ind, team)) => {
                lines.extend(self.tier_lines(input.revenue, input.quota, ind, "Own: ")?);
                let quota = input
                    .quota
                    .filter(|q| *q > 0)
                    .ok_or(EstimateError::NoQuota)?;
                // The team half is paid on the team's attainment, as if the rep's own
                // revenue stood at that attainment of the rep's quota.
                let equivalent = match input.team {
                    Some((won, team_quota)) if team_quota > 0 => {
                        ((i128::from(won) * i128::from(quota)) / i128::from(team_quota)) as i64
                    }
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
        for c in &input.clawbacks {
            let taken = if c.paid_revenue > 0 {
                round_div(
                    i128::from(c.amount) * i128::from(c.paid_commission),
                    i128::from(c.paid_revenue),
                    self.rounding,
                )
            } else {
                0
            };
            lines.push(Line {
                label: format!(
                    "clawback: deal #{} ({}) lost within {} days",
                    c.number,
                    self.money(c.amount),
                    self.clawback_days.unwrap_or(0)
                ),
                amount: -taken,
            });
        }
        let total = lines.iter().map(|l| l.amount).sum();
        let attainment_bp = input
            .quota
            .filter(|q| *q > 0)
            .map(|q| ((i128::from(input.revenue) * 10_000) / i128::from(q)) as i64);
        Ok(Estimate {
            lines,
            total,
            attainment_bp,
            next_step: self.next_step(input.revenue, input.quota),
            notes,
        })
    }

    /// What the next tier (or the threshold) needs.
    fn next_step(&self, revenue: i64, quota: Option<i64>) -> Option<String> {
        let quota = quota.filter(|q| *q > 0)?;
        let scaled = i128::from(revenue) * 10_000;
        let needed = |bp: i64| {
            // The smallest revenue at or above quota × bp, in minor units.
            let edge = i128::from(quota) * i128::from(bp);
            ((edge + 9_999) / 10_000) as i64 - revenue
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
        let next = self
            .tiers
            .iter()
            .find(|t| scaled < i128::from(quota) * i128::from(t.from_bp))?;
        Some(format!(
            "{} more and {} pays {}",
            self.money(needed(next.from_bp)),
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

#[cfg(test)]
mod tests {
    use super::*;

    const TIERED: &str = r#"
name = "Field sales"
version = "2026.1"
currency = "EUR"
period = "quarter"

[[tiers]]
from = "0%"
to = "50%"
rate = "4%"

[[tiers]]
from = "50%"
to = "100%"
rate = "8%"

[[tiers]]
from = "100%"
rate = "12%"
"#;

    fn eur(major: i64) -> i64 {
        major * 100
    }

    fn total(plan: &Plan, revenue: i64, quota: i64) -> i64 {
        plan.estimate(&Input {
            revenue,
            quota: Some(quota),
            ..Input::default()
        })
        .unwrap()
        .total
    }

    #[test]
    fn marginal_tiers_at_and_around_the_boundaries() {
        let plan = Plan::parse(TIERED).unwrap();
        // Quota 100,000: 50,000 exactly is all in the first tier: 4 % = 2,000.
        assert_eq!(total(&plan, eur(50_000), eur(100_000)), eur(2_000));
        // 100,000 exactly: 2,000 + 50,000 × 8 % = 6,000.
        assert_eq!(total(&plan, eur(100_000), eur(100_000)), eur(6_000));
        // 120,000: 6,000 + 20,000 × 12 % = 8,400.
        assert_eq!(total(&plan, eur(120_000), eur(100_000)), eur(8_400));
        // 50,000.01: 2,000 + 0.01 × 8 % = 0.0008 → rounds to nothing.
        assert_eq!(total(&plan, eur(50_000) + 1, eur(100_000)), eur(2_000));
        let e = plan
            .estimate(&Input {
                revenue: eur(120_000),
                quota: Some(eur(100_000)),
                ..Input::default()
            })
            .unwrap();
        let labels: Vec<&str> = e.lines.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(
            labels,
            vec![
                "50,000.00 EUR in 0%–50% × 4% of revenue",
                "50,000.00 EUR in 50%–100% × 8% of revenue",
                "20,000.00 EUR in 100%+ × 12% of revenue"
            ]
        );
        assert_eq!(e.attainment_bp, Some(12_000));
        assert_eq!(e.next_step, None, "no tier above");
        let e = plan
            .estimate(&Input {
                revenue: eur(95_800),
                quota: Some(eur(100_000)),
                ..Input::default()
            })
            .unwrap();
        assert_eq!(
            e.next_step.as_deref(),
            Some("4,200.00 EUR more and the rest pays 12% of revenue")
        );
    }

    #[test]
    fn retroactive_tiers_re_rate_everything() {
        let plan = Plan::parse(&TIERED.replace(
            "period = \"quarter\"",
            "period = \"quarter\"\ntiers_apply = \"retroactive\"",
        ))
        .unwrap();
        assert_eq!(
            total(&plan, eur(49_999), eur(100_000)),
            199_996,
            "4 % of 49,999"
        );
        assert_eq!(
            total(&plan, eur(50_000), eur(100_000)),
            eur(4_000),
            "exactly 50 %: 8 % of all"
        );
        assert_eq!(
            total(&plan, eur(100_000), eur(100_000)),
            eur(12_000),
            "exactly 100 %: 12 % of all"
        );
        let e = plan
            .estimate(&Input {
                revenue: eur(60_000),
                quota: Some(eur(100_000)),
                ..Input::default()
            })
            .unwrap();
        assert_eq!(
            e.next_step.as_deref(),
            Some("40,000.00 EUR more and all of it pays 12% of revenue")
        );
    }

    #[test]
    fn threshold_cap_and_rounding() {
        let plan =
            Plan::parse(&format!("{TIERED}\nthreshold = \"50%\"\ncap = 7000\n")).unwrap_err();
        // Top-level keys after a table belong to the table: the error says where.
        assert_eq!(plan.line, Some(22));
        let text = TIERED.replace(
            "period = \"quarter\"",
            "period = \"quarter\"\nthreshold = \"50%\"\ncap = 7000",
        );
        let plan = Plan::parse(&text).unwrap();
        assert_eq!(
            total(&plan, eur(49_999), eur(100_000)),
            0,
            "below the threshold"
        );
        assert_eq!(
            total(&plan, eur(50_000), eur(100_000)),
            eur(2_000),
            "at the threshold, paid from the first euro"
        );
        assert_eq!(
            total(&plan, eur(120_000), eur(100_000)),
            eur(7_000),
            "8,400 capped"
        );
        let e = plan
            .estimate(&Input {
                revenue: eur(40_000),
                quota: Some(eur(100_000)),
                ..Input::default()
            })
            .unwrap();
        assert_eq!(
            e.next_step.as_deref(),
            Some("10,000.00 EUR more reaches the 50% threshold")
        );
        // Rounding: 0.125 EUR × … once per line.
        let base = "name = \"B\"\nversion = \"1\"\ncurrency = \"EUR\"\nbase_rate = \"2.5%\"\n";
        let half_up = Plan::parse(base).unwrap();
        let e = half_up
            .estimate(&Input {
                revenue: 5,
                ..Input::default()
            })
            .unwrap();
        assert_eq!(e.total, 0, "0.125 cents rounds to 0");
        assert_eq!(
            half_up
                .estimate(&Input {
                    revenue: 20,
                    ..Input::default()
                })
                .unwrap()
                .total,
            1,
            "0.5 rounds up"
        );
        let even = Plan::parse(&format!("{base}rounding = \"half_even\"\n")).unwrap();
        assert_eq!(
            even.estimate(&Input {
                revenue: 20,
                ..Input::default()
            })
            .unwrap()
            .total,
            0,
            "0.5 rounds to even 0"
        );
        assert_eq!(
            even.estimate(&Input {
                revenue: 60,
                ..Input::default()
            })
            .unwrap()
            .total,
            2,
            "1.5 rounds to even 2"
        );
        let down = Plan::parse(&format!("{base}rounding = \"down\"\n")).unwrap();
        assert_eq!(
            down.estimate(&Input {
                revenue: 79,
                ..Input::default()
            })
            .unwrap()
            .total,
            1,
            "1.975 down to 1"
        );
    }

    #[test]
    fn split_between_own_and_team_attainment() {
        let text = TIERED.replace(
            "period = \"quarter\"",
            "period = \"quarter\"\n[split]\nindividual = \"75%\"\nteam = \"25%\"\n",
        );
        let plan = Plan::parse(&text).unwrap();
        // Own: 120 % of 100,000 → 8,400 × 75 % = 6,300. Team at 50 % of its quota →
        // as if 50,000 of the rep's quota: 2,000 × 25 % = 500.
        let e = plan
            .estimate(&Input {
                revenue: eur(120_000),
                quota: Some(eur(100_000)),
                team: Some((eur(300_000), eur(600_000))),
                ..Input::default()
            })
            .unwrap();
        assert_eq!(e.total, eur(6_800));
        assert_eq!(e.lines.len(), 4);
        assert!(
            e.lines[3]
                .label
                .starts_with("Team: 50,000.00 EUR in 0%–50% × 4% of revenue × 25%")
        );
    }

    #[test]
    fn on_target_commission_and_multiples() {
        let text = r#"
name = "OTC"
version = "v2"
currency = "EUR"
on_target_commission = 20000
[[tiers]]
from = 0
to = 100
rate = "1x"
[[tiers]]
from = 100
rate = "1.5x"
"#;
        let plan = Plan::parse(text).unwrap();
        // Quota 200,000: on-target rate 10 %. 220,000 → 20,000 + 20,000 × 15 % = 23,000.
        assert_eq!(total(&plan, eur(220_000), eur(200_000)), eur(23_000));
        assert_eq!(total(&plan, eur(100_000), eur(200_000)), eur(10_000));
        assert_eq!(
            plan.estimate(&Input {
                revenue: 1,
                quota: None,
                ..Input::default()
            }),
            Err(EstimateError::NoQuota)
        );
    }

    #[test]
    fn spiffs_and_clawbacks() {
        let text = r#"
name = "S"
version = "1"
currency = "EUR"
base_rate = "10%"
[[spiffs]]
name = "Cloud launch"
product = "GTK 500"
bonus = 500
from = 2026-03-01
to = 2026-03-31
[[spiffs]]
name = "Big deal"
min_amount = "50k"
bonus = "1,000"
from = 2026-01-01
to = 2026-12-31
[clawback]
days = 90
"#;
        let plan = Plan::parse(text).unwrap();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let e = plan
            .estimate(&Input {
                revenue: eur(70_000),
                wins: vec![
                    Win {
                        number: 1,
                        product: Some("gtk500".into()),
                        amount: eur(10_000),
                        closed_on: d(3, 31),
                    },
                    Win {
                        number: 2,
                        product: Some("GTK 500".into()),
                        amount: eur(60_000),
                        closed_on: d(4, 1),
                    },
                ],
                clawbacks: vec![Clawback {
                    number: 9,
                    amount: eur(5_000),
                    paid_commission: eur(3_000),
                    paid_revenue: eur(40_000),
                }],
                ..Input::default()
            })
            .unwrap();
        let amounts: Vec<(String, i64)> = e
            .lines
            .iter()
            .map(|l| (l.label.clone(), l.amount))
            .collect();
        assert_eq!(
            amounts,
            vec![
                ("70,000.00 EUR × 10% of revenue".to_string(), eur(7_000)),
                ("SPIFF \"Cloud launch\": deal #1".to_string(), eur(500)),
                ("SPIFF \"Big deal\": deal #2".to_string(), eur(1_000)),
                (
                    "clawback: deal #9 (5,000.00 EUR) lost within 90 days".to_string(),
                    -eur(375)
                ),
            ],
            "#2 is after the launch window; the clawback is 5,000 × 3,000 ÷ 40,000"
        );
        assert_eq!(e.total, eur(8_125));
    }

    #[test]
    fn invalid_plans_name_the_line_and_reason() {
        let overlapping = TIERED.replace(
            "from = \"50%\"\nto = \"100%\"",
            "from = \"40%\"\nto = \"100%\"",
        );
        let e = Plan::parse(&overlapping).unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 12: tiers overlap: this one starts at 40% but the one before ends at 50%"
        );
        let negative = TIERED.replace("rate = \"8%\"", "rate = \"-8%\"");
        assert_eq!(
            Plan::parse(&negative).unwrap_err().to_string(),
            "line 15: a tier's rate must not be negative"
        );
        let gap = TIERED.replace("from = \"100%\"", "from = \"110%\"");
        assert!(
            Plan::parse(&gap)
                .unwrap_err()
                .to_string()
                .contains("gap from 100% to 110%")
        );
        let unknown = format!("{TIERED}\n[bonus]\nx = 1\n");
        let e = Plan::parse(&unknown).unwrap_err().to_string();
        assert!(e.starts_with("line 21: unknown field `bonus`"), "{e}");
        let bad_currency = TIERED.replace("EUR", "EURO");
        assert_eq!(Plan::parse(&bad_currency).unwrap_err().line, Some(4));
        let nothing = "name = \"N\"\nversion = \"1\"\ncurrency = \"EUR\"\n";
        assert!(
            Plan::parse(nothing)
                .unwrap_err()
                .to_string()
                .contains("pays nothing")
        );
        let split = TIERED.replace(
            "period = \"quarter\"",
            "period = \"quarter\"\n[split]\nindividual = 70\nteam = 20\n",
        );
        assert!(
            Plan::parse(&split)
                .unwrap_err()
                .to_string()
                .contains("adding to 100%")
        );
    }

    #[test]
    fn the_description_comes_from_the_data() {
        let plan = Plan::parse(TIERED).unwrap();
        let words = plan.describe().join("\n");
        assert!(words.contains("• 0%–50%: 4% of revenue"), "{words}");
        assert!(words.contains("• above 100%: 12% of revenue"), "{words}");
        assert!(words.contains("each part of revenue is paid at its own tier's rate"));
    }

    #[test]
    fn clawback_window() {
        use crate::core::period::{FiscalYearStart, PeriodKind};
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let q2 = Period::containing(
            PeriodKind::Quarter,
            d(4, 1),
            FiscalYearStart::new(1).unwrap(),
        );
        assert!(clawback_applies(d(3, 10), d(4, 5), &q2, 90));
        assert!(
            clawback_applies(d(3, 10), d(6, 8), &q2, 90),
            "exactly 90 days"
        );
        assert!(!clawback_applies(d(3, 10), d(6, 9), &q2, 90), "91 days");
        assert!(
            !clawback_applies(d(4, 2), d(4, 5), &q2, 90),
            "won and lost in the same quarter"
        );
        assert!(
            !clawback_applies(d(3, 10), d(7, 1), &q2, 200),
            "lost in another quarter"
        );
    }

    #[test]
    fn the_example_plan_is_valid() {
        let text = include_str!("../../config/comp_plan.example.toml");
        let plan = Plan::parse(text).unwrap();
        assert_eq!(plan.tiers.len(), 3);
        assert_eq!(plan.split, Some((75, 25)));
        assert_eq!(plan.spiffs.len(), 2);
        assert_eq!(plan.clawback_days, Some(90));
        assert_eq!(plan.cap, Some(4_000_000));
    }

    #[test]
    fn rounding_rules_by_hand() {
        assert_eq!(round_div(5, 2, Rounding::HalfUp), 3);
        assert_eq!(round_div(-5, 2, Rounding::HalfUp), -3);
        assert_eq!(round_div(5, 2, Rounding::HalfEven), 2);
        assert_eq!(round_div(7, 2, Rounding::HalfEven), 4);
        assert_eq!(round_div(-7, 2, Rounding::Down), -3);
        assert_eq!(round_div(7, 2, Rounding::Down), 3);
    }
}
