//! Replaying a CRM export month by month: forecast each month from what was known on
//! its first day, then compare with what actually closed.
//!
//! What the Maven CRM sample does not record, and what is assumed instead:
//! - Stage history: a deal that later closed was "Engaging" (qualified, 25 %) from its
//!   engage date until it closed; deals still "Prospecting" carry no dates and cannot be
//!   placed in time, so they are left out.
//! - Expected close dates: a deal is expected to close one median sales cycle after it
//!   was engaged, the median taken over deals won before the month began; a deal already
//!   past that date is expected this month.
//! - Deal values before closing: the product's list price (products.csv); without one,
//!   the median won value before the month.

use super::crm::ImportedDeal;
use super::deal::{Outcome, product_key};
use super::forecast::{Category, OpenDeal, forecast};
use super::period::{FiscalYearStart, Period, PeriodKind};
use crate::core::calendar::WorkingDays;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// Won deals needed before a month for its forecast to have any history to use.
pub const MIN_HISTORY: usize = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthResult {
    pub month: NaiveDate,
    pub actual: i64,
    /// Σ list price × 25 % over deals expected this month (Dealbell's weighted pipeline;
    /// on a month's first day the blended projection equals it).
    pub weighted: i64,
    /// Σ list price × the win rate of deals closed so far.
    pub win_rate_weighted: i64,
    /// What was won last month.
    pub last_month: i64,
    pub open_deals: usize,
    pub median_cycle_days: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Backtest {
    pub months: Vec<MonthResult>,
    /// Months left out for lack of history.
    pub skipped: Vec<NaiveDate>,
}

fn median(mut values: Vec<i64>) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(values[values.len() / 2])
}

/// Runs the backtest over every month in which deals closed. `prices` maps product
/// names (any spelling) to list prices in minor units; `probability` is the stage
/// probability of an engaged deal.
pub fn run(deals: &[ImportedDeal], prices: &HashMap<String, i64>, probability: u8) -> Backtest {
    let prices: HashMap<String, i64> = prices.iter().map(|(k, v)| (product_key(k), *v)).collect();
    let closes: Vec<NaiveDate> = deals.iter().filter_map(|d| d.closed_on).collect();
    let (Some(first), Some(last)) = (closes.iter().min(), closes.iter().max()) else {
        return Backtest {
            months: Vec::new(),
            skipped: Vec::new(),
        };
    };
    let jan = FiscalYearStart::january();
    let mut month = Period::containing(PeriodKind::Month, *first, jan);
    let mut result = Backtest {
        months: Vec::new(),
        skipped: Vec::new(),
    };
    let won_value = |d: &ImportedDeal| d.amount.map(|a| a.minor).unwrap_or(0);
    while month.start <= *last {
        let start = month.start;
        let won_before: Vec<&ImportedDeal> = deals
            .iter()
            .filter(|d| d.outcome == Outcome::Won && d.closed_on.is_some_and(|c| c < start))
            .collect();
        if won_before.len() < MIN_HISTORY {
            result.skipped.push(start);
            month = Period::containing(PeriodKind::Month, month.end, jan);
            continue;
        }
        let cycle = median(
            won_before
                .iter()
                .filter_map(|d| Some((d.closed_on? - d.opened_on?).num_days()))
                .collect(),
        )
        .unwrap_or(30);
        let lost_before = deals
            .iter()
            .filter(|d| d.outcome == Outcome::Lost && d.closed_on.is_some_and(|c| c < start))
            .count();
        let win_rate_bp =
            (won_before.len() * 10_000 / (won_before.len() + lost_before).max(1)) as i64;
        let typical = median(won_before.iter().map(|d| won_value(d)).collect()).unwrap_or(0);

        let open: Vec<OpenDeal> = deals
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                d.opened_on.is_some_and(|o| o < start) && d.closed_on.is_none_or(|c| c >= start)
            })
            .map(|(i, d)| {
                let due = d
                    .opened_on
                    .map(|o| (o + chrono::Duration::days(cycle)).max(start));
                let value = d
                    .product
                    .as_deref()
                    .and_then(|p| prices.get(&product_key(p)).copied())
                    .unwrap_or(typical);
                OpenDeal {
                    number: crate::core::ids::DealNumber(i as i64),
                    customer: d.customer.clone(),
                    owner: d.rep.clone(),
                    amount: value,
                    probability,
                    category: Category::Pipeline,
                    expected_close: due,
                }
            })
            .collect();
        let f = forecast(0, &open, None, &month, start, &WorkingDays::weekdays());
        let expected: Vec<&OpenDeal> = open
            .iter()
            .filter(|d| d.expected_close.is_some_and(|c| month.contains(c)))
            .collect();
        let win_rate_weighted: i64 = expected
            .iter()
            .map(|d| {
                crate::core::ratio::to_i64(
                    (i128::from(d.amount) * i128::from(win_rate_bp)) / 10_000,
                )
            })
            .sum();
        let previous = month.previous();
        let in_month = |p: &Period| -> i64 {
            deals
                .iter()
                .filter(|d| d.outcome == Outcome::Won && d.closed_on.is_some_and(|c| p.contains(c)))
                .map(won_value)
                .sum()
        };
        result.months.push(MonthResult {
            month: start,
            actual: in_month(&month),
            weighted: f.weighted,
            win_rate_weighted,
            last_month: in_month(&previous),
            open_deals: expected.len(),
            median_cycle_days: cycle,
        });
        month = Period::containing(PeriodKind::Month, month.end, jan);
    }
    result
}

/// Signed error of a forecast, in basis points of the actual.
pub fn error_bp(forecast: i64, actual: i64) -> Option<i64> {
    (actual != 0).then(|| {
        crate::core::ratio::to_i64((i128::from(forecast - actual) * 10_000) / i128::from(actual))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::{Currency, Money};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn deal(
        id: usize,
        opened: &str,
        closed: Option<&str>,
        outcome: Outcome,
        value: i64,
    ) -> ImportedDeal {
        ImportedDeal {
            line: id as u64,
            external_id: format!("X{id}"),
            rep: "Rep".into(),
            customer: "C".into(),
            product: Some("GTX Pro".into()),
            amount: (value > 0).then(|| Money::new(value, Currency::from_code("USD").unwrap())),
            stage: "x".into(),
            outcome,
            opened_on: Some(d(opened)),
            expected_close: None,
            closed_on: closed.map(d),
            lost_reason: None,
        }
    }

    #[test]
    fn forecasts_each_month_from_its_first_day() {
        let mut deals = Vec::new();
        // 30 wins in January (cycle 10 days) give February its history.
        for i in 0..30 {
            deals.push(deal(
                i,
                "2026-01-01",
                Some("2026-01-11"),
                Outcome::Won,
                1_000,
            ));
        }
        for i in 30..40 {
            deals.push(deal(i, "2026-01-05", Some("2026-01-20"), Outcome::Lost, 0));
        }
        // Open on 1 February: engaged 25 January → expected 4 February.
        deals.push(deal(
            40,
            "2026-01-25",
            Some("2026-02-10"),
            Outcome::Won,
            3_000,
        ));
        deals.push(deal(41, "2026-01-28", None, Outcome::Open, 0));
        let prices = HashMap::from([("GTXPro".to_string(), 2_000)]);
        let bt = run(&deals, &prices, 25);
        assert_eq!(bt.skipped, vec![d("2026-01-01")], "January has no history");
        let feb = &bt.months[0];
        assert_eq!(feb.month, d("2026-02-01"));
        assert_eq!(feb.median_cycle_days, 10);
        assert_eq!(feb.open_deals, 2);
        assert_eq!(feb.weighted, 1_000, "2 × 2,000 list price × 25 %");
        assert_eq!(feb.win_rate_weighted, 3_000, "2 × 2,000 × 30/40");
        assert_eq!(feb.actual, 3_000);
        assert_eq!(feb.last_month, 30_000);
        assert_eq!(error_bp(feb.weighted, feb.actual), Some(-6_666));
    }
}
