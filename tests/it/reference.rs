//! The numbers against a deliberately simple second implementation: random team
//! histories (reps, wins in the team's and other currencies, backdated wins, losses,
//! undos, time passing, fiscal-year starts, timezones) go through the console, and every
//! revenue and deals board of the month and the quarter, and each rep's quota check
//! (won, attainment, pace), must equal what a few plain loops over a vector of deals
//! say. 32 histories a run in CI; PROPTEST_CASES raises it.

use crate::support::*;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

/// One step of a history.
#[derive(Debug, Clone)]
enum Step {
    /// A rep logs a win of `amount` whole units, `days_back` before today.
    Win {
        rep: usize,
        amount: u32,
        days_back: u32,
        in_usd: bool,
    },
    /// A rep takes back their own last change.
    Undo { rep: usize },
    /// A won deal (by its order among the wins logged) is marked lost by its owner.
    Lose { win: usize },
    /// Time passes.
    Wait { hours: u32 },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0usize..4, 1u32..50_000, 0u32..45, prop::bool::weighted(0.15)).prop_map(
            |(rep, amount, days_back, in_usd)| Step::Win { rep, amount, days_back, in_usd }
        ),
        1 => (0usize..4).prop_map(|rep| Step::Undo { rep }),
        1 => (0usize..30).prop_map(|win| Step::Lose { win }),
        1 => (1u32..200).prop_map(|hours| Step::Wait { hours }),
    ]
}

pub(super) const REPS: [&str; 4] = ["ana", "bogdan", "chen", "dorota"];

/// A deal as the model keeps it.
#[derive(Debug, Clone)]
struct Won {
    rep: usize,
    number: i64,
    minor: i64,
    eur: bool,
    on: NaiveDate,
    open: bool,
}

/// The team's first month of the fiscal quarter containing `day`.
pub(super) fn quarter_start(day: NaiveDate, fiscal_start: u32) -> NaiveDate {
    let offset = (day.month() + 12 - fiscal_start) % 12;
    let first_month = (day.month() + 12 - offset % 3 - 1) % 12 + 1;
    let year = if first_month > day.month() {
        day.year() - 1
    } else {
        day.year()
    };
    NaiveDate::from_ymd_opt(year, first_month, 1).unwrap()
}

pub(super) fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap()
}

pub(super) fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(chrono::Months::new(months)).unwrap()
}

/// The model's board: (rank, name, value) for reps with a value, ties sharing a rank and
/// ordered by name.
fn model_board(
    wins: &[Won],
    from: NaiveDate,
    to: NaiveDate,
    deals: bool,
) -> Vec<(u64, String, i64)> {
    let totals: Vec<(String, i64)> = REPS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mine = wins
                .iter()
                .filter(|w| w.rep == i && !w.open && w.on >= from && w.on < to);
            let value = if deals {
                mine.count() as i64
            } else {
                mine.filter(|w| w.eur).map(|w| w.minor).sum()
            };
            (name.to_string(), value)
        })
        .filter(|(_, v)| *v > 0)
        .collect();
    ranked(totals)
}

/// (name, value) as a board shows them: highest first, ties sharing a rank and ordered
/// by name.
pub(super) fn ranked(mut totals: Vec<(String, i64)>) -> Vec<(u64, String, i64)> {
    totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<(u64, String, i64)> = Vec::new();
    for (i, (name, value)) in totals.into_iter().enumerate() {
        let rank = match out.last() {
            Some((r, _, v)) if *v == value => *r,
            _ => i as u64 + 1,
        };
        out.push((rank, name, value));
    }
    out
}

/// Histories a run: `default` in CI, PROPTEST_CASES for a longer run.
pub(super) fn cases(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default),
        ..ProptestConfig::default()
    }
}

/// Monday to Friday in [from, to).
pub(super) fn business_days(from: NaiveDate, to: NaiveDate) -> i64 {
    from.iter_days()
        .take_while(|d| *d < to)
        .filter(|d| d.weekday().num_days_from_monday() < 5)
        .count() as i64
}

/// The model's pace of `won` against `quota` over [from, to) on `today`: (attainment in
/// basis points, expected by now, behind by, remaining).
fn model_pace(
    won: i64,
    quota: i64,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> (i64, i64, i64, i64) {
    let total = business_days(from, to);
    let until = (today + Duration::days(1)).clamp(from, to);
    let elapsed = business_days(from, until);
    let expected = if total > 0 {
        (i128::from(quota) * i128::from(elapsed) / i128::from(total)) as i64
    } else {
        quota
    };
    (
        (i128::from(won) * 10_000 / i128::from(quota)) as i64,
        expected,
        expected - won,
        (quota - won).max(0),
    )
}

async fn run_history(
    steps: Vec<Step>,
    fiscal_start: u32,
    tz: Tz,
    quotas: [u32; 4],
) -> Result<(), String> {
    let mut d = Driver::new().await;
    d.ok(&format!(
        "/setup currency:EUR timezone:{} fiscal_year_start:{fiscal_start}",
        tz.name()
    ))
    .await;
    let mut now: DateTime<Utc> = "2026-03-10T09:00:00Z".parse().unwrap();
    let today = |now: DateTime<Utc>| now.with_timezone(&tz).date_naive();
    let mut wins: Vec<Won> = Vec::new();
    // Each rep's own changes, newest last: what /deal undo takes back (index into wins,
    // and whether the change was the win itself or a loss).
    let mut changes: Vec<Vec<(usize, bool)>> = vec![Vec::new(); REPS.len()];
    let mut next_number = 1;
    for step in steps {
        match step {
            Step::Win {
                rep,
                amount,
                days_back,
                in_usd,
            } => {
                let on = today(now) - Duration::days(i64::from(days_back));
                d.ok(&format!(":as {}", REPS[rep])).await;
                let currency = if in_usd { "USD" } else { "EUR" };
                d.ok(&format!(
                    "/win amount:\"{amount} {currency}\" customer:C{next_number} date:{on}"
                ))
                .await;
                wins.push(Won {
                    rep,
                    number: next_number,
                    minor: i64::from(amount) * 100,
                    eur: !in_usd,
                    on,
                    open: false,
                });
                changes[rep].push((wins.len() - 1, true));
                next_number += 1;
            }
            Step::Undo { rep } => {
                d.ok(&format!(":as {}", REPS[rep])).await;
                match changes[rep].pop() {
                    Some((w, true)) => {
                        d.ok("/deal undo").await;
                        // The win is removed: as if never won.
                        wins[w].open = true;
                    }
                    Some((w, false)) => {
                        d.ok("/deal undo").await;
                        wins[w].open = false;
                    }
                    None => {
                        d.refused("/deal undo").await;
                    }
                }
            }
            Step::Lose { win } => {
                let Some(w) = wins.get(win).cloned() else {
                    continue;
                };
                if w.open {
                    continue;
                }
                d.ok(&format!(":as {}", REPS[w.rep])).await;
                d.ok(&format!("/deal lost id:{}", w.number)).await;
                wins[win].open = true;
                changes[w.rep].push((win, false));
            }
            Step::Wait { hours } => {
                d.ok(&format!(":advance {hours}h")).await;
                now += Duration::hours(i64::from(hours));
                // Past the undo window: nothing before now can be taken back.
                if hours >= 1 {
                    changes.iter_mut().for_each(Vec::clear);
                }
            }
        }
    }
    d.ok(":as you manager").await;
    let day = today(now);
    let checks = [
        ("month", month_start(day), add_months(month_start(day), 1)),
        (
            "quarter",
            quarter_start(day, fiscal_start),
            add_months(quarter_start(day, fiscal_start), 3),
        ),
    ];
    for (period, from, to) in checks {
        for (metric, deals) in [("revenue", false), ("deals", true)] {
            let r = d
                .ok(&format!("/leaderboard period:{period} metric:{metric}"))
                .await;
            let got = if r["data"]["rows"].is_array() {
                board(&r)
            } else {
                Vec::new()
            };
            let want = model_board(&wins, from, to, deals);
            if got != want {
                return Err(format!(
                    "{metric} board of the {period} ({from} to {to}, {tz}, fiscal start {fiscal_start}):\n  Dealbell {got:?}\n  model    {want:?}"
                ));
            }
        }
    }
    // Each rep's quota for this month, and their pace against it.
    let (from, to) = (month_start(day), add_months(month_start(day), 1));
    for (rep, thousands) in quotas.iter().enumerate() {
        let quota = i64::from(*thousands) * 100_000;
        d.ok(&format!(
            "/quota set rep:@{} amount:{thousands}k period:month",
            REPS[rep]
        ))
        .await;
        let r = d
            .ok(&format!("/quota check rep:@{} period:month", REPS[rep]))
            .await;
        let pace = &r["data"]["pace"];
        let won: i64 = wins
            .iter()
            .filter(|w| w.rep == rep && !w.open && w.eur && w.on >= from && w.on < to)
            .map(|w| w.minor)
            .sum();
        let (attainment, expected, behind, remaining) = model_pace(won, quota, from, to, day);
        let got = (
            pace["won"].as_i64(),
            pace["quota"].as_i64(),
            pace["attainment_bp"].as_i64(),
            pace["expected_by_now"].as_i64(),
            pace["behind_by"].as_i64(),
            pace["remaining"].as_i64(),
        );
        let want = (
            Some(won),
            Some(quota),
            Some(attainment),
            Some(expected),
            Some(behind),
            Some(remaining),
        );
        if got != want {
            return Err(format!(
                "quota check of {} on {day} ({tz}):\n  Dealbell {got:?}\n  model    {want:?}",
                REPS[rep]
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(32))]

    #[test]
    fn boards_and_quota_checks_agree_with_a_simple_model_of_the_same_history(
        steps in prop::collection::vec(step(), 1..30),
        fiscal_start in prop::sample::select(vec![1u32, 2, 4, 7, 10]),
        tz in prop::sample::select(vec![
            "UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York", "Pacific/Auckland",
        ]),
        quotas in prop::array::uniform4(1u32..500),
    ) {
        let tz: Tz = tz.parse().unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let result = runtime.block_on(run_history(steps, fiscal_start, tz, quotas));
        prop_assert!(result.is_ok(), "{}", result.unwrap_err());
    }
}

#[test]
fn the_model_finds_fiscal_quarters() {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    assert_eq!(quarter_start(d("2026-03-10"), 1), d("2026-01-01"));
    assert_eq!(quarter_start(d("2026-03-10"), 4), d("2026-01-01"));
    assert_eq!(quarter_start(d("2026-03-10"), 2), d("2026-02-01"));
    assert_eq!(quarter_start(d("2026-01-10"), 2), d("2025-11-01"));
    assert_eq!(quarter_start(d("2026-07-01"), 7), d("2026-07-01"));
    assert_eq!(quarter_start(d("2026-06-30"), 10), d("2026-04-01"));
}
