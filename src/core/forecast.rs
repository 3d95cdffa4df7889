//! Forecasts: what a rep, team or everyone will close in a period, by several
//! methods, and how well the pipeline covers what is left of the quota.
//!
//! Formulas (amounts in minor units of the team's currency; open deals count when
//! their expected close date falls in the period and their category is not `omit`):
//! - closed won = Σ won in the period
//! - commit = closed won + Σ open deals in category commit
//! - best case = commit + Σ open deals in category best case
//! - pipeline = Σ open deals (commit, best case and pipeline categories)
//! - weighted pipeline = Σ amount × stage probability ÷ 100
//! - run-rate = closed won ÷ business days elapsed × business days in the period
//! - blended = (elapsed × run-rate + left × (closed won + weighted)) ÷ all business
//!   days: early in a period it trusts the pipeline, late it trusts what was won
//! - coverage = pipeline ÷ (quota − closed won), as a multiple

use super::calendar::WorkingDays;
use super::period::Period;
use crate::core::closed_set::closed_set;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

closed_set! {
    /// Where a deal stands in the forecast.
    pub enum Category {
        Commit => "commit";
        BestCase => "best_case";
        Pipeline => "pipeline";
        Omit => "omit";
    }
}

closed_set! {
    /// What an owner may choose for a deal: a category, or back to the stage's default.
    pub enum CategoryChoice {
        Commit => "commit";
        BestCase => "best_case";
        Pipeline => "pipeline";
        Omit => "omit";
        Auto => "auto";
    }
}

impl CategoryChoice {
    /// The category chosen, or None to follow the stage.
    pub fn category(self) -> Option<Category> {
        match self {
            CategoryChoice::Commit => Some(Category::Commit),
            CategoryChoice::BestCase => Some(Category::BestCase),
            CategoryChoice::Pipeline => Some(Category::Pipeline),
            CategoryChoice::Omit => Some(Category::Omit),
            CategoryChoice::Auto => None,
        }
    }
}

/// Stage probabilities at or above which a deal is commit or best case by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryThresholds {
    pub commit_at: u8,
    pub best_case_at: u8,
}

impl CategoryThresholds {
    /// The category a stage probability implies when the owner has not chosen one.
    pub fn for_probability(&self, probability: u8) -> Category {
        if probability >= self.commit_at {
            Category::Commit
        } else if probability >= self.best_case_at {
            Category::BestCase
        } else if probability > 0 {
            Category::Pipeline
        } else {
            Category::Omit
        }
    }
}

/// An open deal as the forecast sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenDeal {
    pub number: crate::core::ids::DealNumber,
    pub customer: String,
    pub owner: String,
    pub amount: i64,
    pub probability: u8,
    pub category: Category,
    pub expected_close: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forecast {
    pub closed_won: i64,
    pub commit: i64,
    pub best_case: i64,
    pub pipeline: i64,
    pub weighted: i64,
    pub run_rate: Option<i64>,
    pub blended: i64,
    pub quota: Option<i64>,
    /// blended ÷ quota, in basis points.
    pub projected_attainment_bp: Option<i64>,
    /// pipeline ÷ remaining quota, in hundredths (250 = 2.5×); None once the quota is met.
    pub coverage_x100: Option<i64>,
    /// Open deals in the period, largest first (at most five).
    pub largest: Vec<OpenDeal>,
    /// Open deals whose expected close date has passed, largest first (at most five).
    pub slipping: Vec<OpenDeal>,
    /// Open deals with no expected close date: not placed in any period.
    pub undated: usize,
}

fn weighted(amount: i64, probability: u8) -> i64 {
    crate::core::ratio::to_i64((i128::from(amount) * i128::from(probability)) / 100)
}

/// The forecast for `period` as of `today`.
pub fn forecast(
    closed_won: i64,
    open: &[OpenDeal],
    quota: Option<i64>,
    period: &Period,
    today: NaiveDate,
    days: &WorkingDays,
) -> Forecast {
    let in_period: Vec<&OpenDeal> = open
        .iter()
        .filter(|d| {
            d.expected_close.is_some_and(|c| period.contains(c)) && d.category != Category::Omit
        })
        .collect();
    let sum = |cat: Category| {
        in_period
            .iter()
            .filter(|d| d.category == cat)
            .map(|d| d.amount)
            .sum::<i64>()
    };
    let commit = closed_won + sum(Category::Commit);
    let best_case = commit + sum(Category::BestCase);
    let pipeline: i64 = in_period.iter().map(|d| d.amount).sum();
    let weighted_total: i64 = in_period
        .iter()
        .map(|d| weighted(d.amount, d.probability))
        .sum();

    let total = days.count(period.start, period.end);
    let elapsed = days.count(
        period.start,
        (today + Duration::days(1)).clamp(period.start, period.end),
    );
    let left = total - elapsed;
    let run_rate = (elapsed > 0).then(|| {
        crate::core::ratio::to_i64(
            (i128::from(closed_won) * i128::from(total)) / i128::from(elapsed),
        )
    });
    let blended = if total > 0 {
        let from_pipeline = i128::from(closed_won + weighted_total);
        crate::core::ratio::to_i64(
            (i128::from(run_rate.unwrap_or(0)) * i128::from(elapsed)
                + from_pipeline * i128::from(left))
                / i128::from(total),
        )
    } else {
        closed_won + weighted_total
    };
    let remaining = quota.map(|q| q - closed_won);
    let mut largest: Vec<OpenDeal> = in_period.iter().map(|d| (*d).clone()).collect();
    largest.sort_by(|a, b| b.amount.cmp(&a.amount).then(a.number.cmp(&b.number)));
    largest.truncate(5);
    let mut slipping: Vec<OpenDeal> = open
        .iter()
        .filter(|d| d.expected_close.is_some_and(|c| c < today) && d.category != Category::Omit)
        .cloned()
        .collect();
    slipping.sort_by(|a, b| b.amount.cmp(&a.amount).then(a.number.cmp(&b.number)));
    slipping.truncate(5);
    Forecast {
        closed_won,
        commit,
        best_case,
        pipeline,
        weighted: weighted_total,
        run_rate,
        blended,
        quota,
        projected_attainment_bp: quota
            .filter(|q| *q > 0)
            .map(|q| crate::core::ratio::ratio_bp(blended, q)),
        coverage_x100: remaining
            .filter(|r| *r > 0)
            .map(|r| crate::core::ratio::hundredths(pipeline, r)),
        largest,
        slipping,
        undated: open.iter().filter(|d| d.expected_close.is_none()).count(),
    }
}

/// Absolute error of a forecast against what closed, in basis points of what closed
/// (None when nothing closed: no percentage of nothing).
pub fn error_bp(forecast: i64, actual: i64) -> Option<i64> {
    (actual > 0).then(|| {
        crate::core::ratio::to_i64(
            (i128::from(forecast - actual).abs() * 10_000) / i128::from(actual),
        )
    })
}

/// How each method did over the days it forecast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accuracy<M> {
    /// Mean absolute error per method, in basis points, in the methods' own order.
    pub mean: Vec<(M, i64)>,
    /// The method(s) with the smallest mean error (all of them on a tie).
    pub closest: Vec<M>,
}

closed_set! {
    /// The forecast methods a daily snapshot records.
    pub enum ForecastMethod {
        Commit => "commit";
        BestCase => "best_case";
        Weighted => "weighted";
        RunRate => "run_rate";
        Blended => "blended";
    }
}

/// Each day's forecast by each method (None: the method had nothing to say that day)
/// against what actually closed.
pub fn accuracy<M: Copy + PartialEq>(days: &[Vec<(M, Option<i64>)>], actual: i64) -> Accuracy<M> {
    // (method, Σ error, days)
    let mut totals: Vec<(M, i64, i64)> = Vec::new();
    for day in days {
        for (method, value) in day {
            if let Some(e) = value.and_then(|v| error_bp(v, actual)) {
                match totals.iter_mut().find(|t| t.0 == *method) {
                    Some(t) => {
                        t.1 += e;
                        t.2 += 1;
                    }
                    None => totals.push((*method, e, 1)),
                }
            }
        }
    }
    let mean: Vec<(M, i64)> = totals
        .iter()
        .map(|(m, sum, n)| (*m, sum / (*n).max(1)))
        .collect();
    let smallest = mean.iter().map(|(_, e)| *e).min();
    let closest = mean
        .iter()
        .filter(|(_, e)| Some(*e) == smallest)
        .map(|(m, _)| *m)
        .collect();
    Accuracy { mean, closest }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::period::{FiscalYearStart, PeriodKind};

    #[test]
    fn accuracy_is_the_mean_absolute_error_and_names_ties() {
        assert_eq!(error_bp(120, 100), Some(2_000));
        assert_eq!(error_bp(80, 100), Some(2_000));
        assert_eq!(error_bp(100, 0), None, "nothing closed");
        let days = vec![
            vec![
                ("commit", Some(90)),
                ("run_rate", None),
                ("blended", Some(130)),
            ],
            vec![
                ("commit", Some(110)),
                ("run_rate", Some(100)),
                ("blended", Some(100)),
            ],
        ];
        let a = accuracy(&days, 100);
        // commit: (10 % + 10 %) ÷ 2; run-rate: 0 % on its one day; blended: (30 % + 0) ÷ 2.
        assert_eq!(
            a.mean,
            vec![("commit", 1_000), ("blended", 1_500), ("run_rate", 0)]
        );
        assert_eq!(a.closest, vec!["run_rate"]);
        let tie = accuracy(
            &[vec![("commit", Some(100)), ("best_case", Some(100))]],
            100,
        );
        assert_eq!(tie.closest, vec!["commit", "best_case"]);
        assert_eq!(accuracy(&days, 0).closest, Vec::<&str>::new());
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn deal(
        number: i64,
        amount: i64,
        probability: u8,
        category: Category,
        close: Option<&str>,
    ) -> OpenDeal {
        OpenDeal {
            number: crate::core::ids::DealNumber(number),
            customer: format!("C{number}"),
            owner: "bob".into(),
            amount,
            probability,
            category,
            expected_close: close.map(d),
        }
    }

    #[test]
    fn categories_follow_stage_probability() {
        let t = CategoryThresholds {
            commit_at: 75,
            best_case_at: 50,
        };
        assert_eq!(t.for_probability(75), Category::Commit);
        assert_eq!(t.for_probability(50), Category::BestCase);
        assert_eq!(t.for_probability(25), Category::Pipeline);
        assert_eq!(t.for_probability(0), Category::Omit);
    }

    #[test]
    fn hand_computed_forecast() {
        let march = Period::containing(
            PeriodKind::Month,
            d("2026-03-10"),
            FiscalYearStart::january(),
        );
        let open = vec![
            deal(1, 20_000, 75, Category::Commit, Some("2026-03-20")),
            deal(2, 10_000, 50, Category::BestCase, Some("2026-03-25")),
            deal(3, 40_000, 25, Category::Pipeline, Some("2026-03-31")),
            deal(4, 99_000, 25, Category::Omit, Some("2026-03-15")), // omitted by its owner
            deal(5, 50_000, 50, Category::BestCase, Some("2026-04-15")), // next month
            deal(6, 8_000, 25, Category::Pipeline, Some("2026-02-20")), // slipped
            deal(7, 5_000, 10, Category::Pipeline, None),
        ];
        // Tuesday 10 March: 7 of 22 business days done; 30,000 won so far.
        let f = forecast(
            30_000,
            &open,
            Some(100_000),
            &march,
            d("2026-03-10"),
            &WorkingDays::weekdays(),
        );
        assert_eq!(f.commit, 50_000, "30,000 won + 20,000 commit");
        assert_eq!(f.best_case, 60_000, "+ 10,000 best case");
        assert_eq!(
            f.pipeline, 70_000,
            "20,000 + 10,000 + 40,000 in March, not omitted"
        );
        assert_eq!(f.weighted, 15_000 + 5_000 + 10_000);
        assert_eq!(f.run_rate, Some(94_285), "30,000 × 22 ÷ 7");
        // (7 × 94,285 + 15 × (30,000 + 30,000)) ÷ 22 = (659,995 + 900,000) ÷ 22 = 70,908
        assert_eq!(f.blended, 70_908);
        assert_eq!(f.projected_attainment_bp, Some(7_090));
        assert_eq!(
            f.coverage_x100,
            Some(100),
            "70,000 ÷ (100,000 − 30,000) = 1.0×"
        );
        assert_eq!(
            f.largest.iter().map(|x| x.number.0).collect::<Vec<_>>(),
            vec![3, 1, 2]
        );
        assert_eq!(
            f.slipping.iter().map(|x| x.number.0).collect::<Vec<_>>(),
            vec![6]
        );
        assert_eq!(f.undated, 1);
    }

    #[test]
    fn coverage_is_rounded_not_cut() {
        let march = Period::containing(
            PeriodKind::Month,
            d("2026-03-10"),
            FiscalYearStart::january(),
        );
        let open = vec![deal(1, 290_000, 50, Category::BestCase, Some("2026-03-31"))];
        // 290,000 of pipeline for 635,000 of quota left: 0.457×, shown as 0.46×.
        let f = forecast(
            0,
            &open,
            Some(635_000),
            &march,
            d("2026-03-10"),
            &WorkingDays::weekdays(),
        );
        assert_eq!(f.coverage_x100, Some(46));
    }

    #[test]
    fn edges_of_the_period() {
        let march = Period::containing(
            PeriodKind::Month,
            d("2026-03-10"),
            FiscalYearStart::january(),
        );
        let open = vec![deal(1, 10_000, 50, Category::BestCase, Some("2026-03-31"))];
        // Before the first business day: no run-rate; blended is all pipeline.
        let f = forecast(
            0,
            &open,
            Some(20_000),
            &march,
            d("2026-03-01"),
            &WorkingDays::weekdays(),
        );
        assert_eq!((f.run_rate, f.blended), (None, 5_000));
        // After the last day: blended is all run-rate (what was won).
        let f = forecast(
            25_000,
            &open,
            Some(20_000),
            &march,
            d("2026-03-31"),
            &WorkingDays::weekdays(),
        );
        assert_eq!(f.blended, 25_000);
        assert_eq!(f.coverage_x100, None, "quota met");
        assert_eq!(f.projected_attainment_bp, Some(12_500));
        // No quota: no attainment, no coverage.
        let f = forecast(
            0,
            &open,
            None,
            &march,
            d("2026-03-10"),
            &WorkingDays::weekdays(),
        );
        assert_eq!((f.projected_attainment_bp, f.coverage_x100), (None, None));
    }
}
