//! Contests and currency conversion against a deliberately simple second
//! implementation: random histories of wins in euros and dollars (a dollar rate set
//! from a random day), reps with monthly or quarterly quotas, and two contests over the
//! same days (total revenue, and % of quota prorated over the contest's working days)
//! go through the console; every standing and the month's revenue board must equal
//! what a few plain loops say. 16 histories a run in CI; PROPTEST_CASES raises it.

use crate::reference::{add_months, cases, month_start, quarter_start, ranked};
use crate::support::*;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use proptest::prelude::*;

const REPS: [&str; 4] = ["ana", "bogdan", "chen", "dorota"];

#[derive(Debug, Clone)]
enum Step {
    /// A win of `amount` whole units, `days_back` before today, in dollars or euros.
    Win {
        rep: usize,
        amount: u32,
        days_back: u32,
        usd: bool,
    },
    Wait {
        hours: u32,
    },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0usize..4, 1u32..40_000, 0u32..12, prop::bool::weighted(0.4))
            .prop_map(|(rep, amount, days_back, usd)| Step::Win { rep, amount, days_back, usd }),
        1 => (1u32..120).prop_map(|hours| Step::Wait { hours }),
    ]
}

/// A rep's quota as the history sets it: per month, or per quarter, in whole euros.
#[derive(Debug, Clone, Copy)]
enum Quota {
    None,
    Monthly(u32, u32),
    Quarterly(u32, u32),
}

fn quota() -> impl Strategy<Value = Quota> {
    prop_oneof![
        1 => Just(Quota::None),
        2 => (1_000u32..90_000, 1_000u32..90_000).prop_map(|(a, b)| Quota::Monthly(a, b)),
        2 => (5_000u32..250_000, 5_000u32..250_000).prop_map(|(a, b)| Quota::Quarterly(a, b)),
    ]
}

/// A win as the model keeps it: euro cents counted (None: a dollar win with no rate for
/// its day), and its day.
struct Won {
    rep: usize,
    counted: Option<i64>,
    on: NaiveDate,
}

fn weekdays(from: NaiveDate, to: NaiveDate) -> i64 {
    crate::reference::business_days(from, to)
}

/// The model's conversion: cents × rate, rounded half up to the cent.
fn convert(cents: i64, micros: i64) -> i64 {
    (2 * i128::from(cents) * i128::from(micros) + 1_000_000) as i64 / 2_000_000
}

/// The model's score: won ÷ (each counted day's share of the quota of its period),
/// in basis points rounded half up, or None without a quota for every working day.
fn model_score(
    won: i64,
    spans: &[(NaiveDate, NaiveDate, i64)],
    first: NaiveDate,
    last: NaiveDate,
) -> Option<i64> {
    // A common denominator: every period's working-day count.
    let denominator: i128 = spans
        .iter()
        .map(|(from, to, _)| i128::from(weekdays(*from, *to)))
        .product();
    let mut quota: i128 = 0;
    for day in first.iter_days().take_while(|d| *d <= last) {
        if day.weekday().num_days_from_monday() >= 5 {
            continue;
        }
        let (from, to, amount) = spans.iter().find(|(f, t, _)| *f <= day && day < *t)?;
        quota += i128::from(*amount) * denominator / i128::from(weekdays(*from, *to));
    }
    (quota > 0).then(|| {
        let top = i128::from(won) * 10_000 * denominator;
        ((2 * top + quota) / (2 * quota)) as i64
    })
}

fn percent_text(bp: i64) -> String {
    let tenths = (bp + 5) / 10;
    // English groups thousands: 1,000.0 %.
    let whole = tenths / 10;
    let whole = match whole {
        1_000.. => format!("{},{:03}", whole / 1_000, whole % 1_000),
        _ => whole.to_string(),
    };
    format!("{whole}.{} % of quota", tenths % 10)
}

#[allow(clippy::too_many_arguments)]
async fn run_history(
    steps: Vec<Step>,
    quotas: [Quota; 4],
    rate_micros: i64,
    rate_days_back: u32,
    contest_back: u32,
    contest_days: u32,
) -> Result<(), String> {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR quota_visibility:team wins_channel:#wins nudges:off")
        .await;
    let mut now: DateTime<Utc> = "2026-03-10T09:00:00Z".parse().unwrap();
    let today = |now: DateTime<Utc>| now.date_naive();
    let start = today(now);
    let rate_from = start - Duration::days(i64::from(rate_days_back));
    d.ok(&format!(
        "/rates set rate:\"USD {}.{:06}\" from:{rate_from}",
        rate_micros / 1_000_000,
        rate_micros % 1_000_000
    ))
    .await;
    // Quotas: March and April, or Q1 and Q2 (the fiscal year is the calendar's).
    let mut spans: Vec<Vec<(NaiveDate, NaiveDate, i64)>> = vec![Vec::new(); REPS.len()];
    for (rep, q) in quotas.iter().enumerate() {
        let (kind, first, second, len) = match *q {
            Quota::None => continue,
            Quota::Monthly(a, b) => ("month", a, b, 1),
            Quota::Quarterly(a, b) => ("quarter", a, b, 3),
        };
        let p1 = if len == 1 {
            month_start(start)
        } else {
            quarter_start(start, 1)
        };
        let p2 = add_months(p1, len);
        d.ok(&format!(
            "/quota set rep:@{} amount:{first} period:{kind}",
            REPS[rep]
        ))
        .await;
        d.ok(&format!(
            "/quota set rep:@{} amount:{second} period:{kind} starting:{p2}",
            REPS[rep]
        ))
        .await;
        spans[rep].push((p1, p2, i64::from(first) * 100));
        spans[rep].push((p2, add_months(p2, len), i64::from(second) * 100));
    }
    let first = start - Duration::days(i64::from(contest_back));
    let last = start + Duration::days(i64::from(contest_days));
    for (name, scoring) in [("Total", "total"), ("Fair", "percent_of_quota")] {
        d.ok(&format!(
            "/contest create name:{name} start:{first} end:{last} scoring:{scoring}"
        ))
        .await;
    }
    let mut wins: Vec<Won> = Vec::new();
    for (i, step) in steps.into_iter().enumerate() {
        match step {
            Step::Win {
                rep,
                amount,
                days_back,
                usd,
            } => {
                let on = today(now) - Duration::days(i64::from(days_back));
                let currency = if usd { "USD" } else { "EUR" };
                d.ok(&format!(":as {}", REPS[rep])).await;
                d.ok(&format!(
                    "/win amount:\"{amount} {currency}\" customer:C{i} date:{on}"
                ))
                .await;
                let cents = i64::from(amount) * 100;
                let counted = match (usd, on >= rate_from) {
                    (false, _) => Some(cents),
                    (true, true) => Some(convert(cents, rate_micros)),
                    (true, false) => None,
                };
                wins.push(Won { rep, counted, on });
            }
            Step::Wait { hours } => {
                d.ok(&format!(":advance {hours}h")).await;
                now += Duration::hours(i64::from(hours));
            }
        }
    }
    d.ok(":as you manager").await;
    let day = today(now);
    let won_by = |rep: usize, from: NaiveDate, to: NaiveDate| -> i64 {
        wins.iter()
            .filter(|w| w.rep == rep && w.on >= from && w.on <= to)
            .filter_map(|w| w.counted)
            .sum()
    };
    // The month's revenue board, with converted wins.
    let (m1, m2) = (month_start(day), add_months(month_start(day), 1));
    let want = ranked(
        (0..REPS.len())
            .map(|rep| {
                (
                    REPS[rep].to_string(),
                    won_by(rep, m1, m2 - Duration::days(1)),
                )
            })
            .filter(|(_, v)| *v > 0)
            .collect(),
    );
    let r = d.ok("/leaderboard").await;
    let got = if r["data"]["rows"].is_array() {
        board(&r)
    } else {
        Vec::new()
    };
    if got != want {
        return Err(format!(
            "revenue board of {m1}:\n  Dealbell {got:?}\n  model    {want:?}"
        ));
    }
    // The contests, over the days counted so far.
    let counted_to = day.min(last);
    let standings = |r: &serde_json::Value| -> Vec<(String, String)> {
        r["message"]["table"]["rows"]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|row| {
                        (
                            row["name"].as_str().unwrap_or("").to_string(),
                            row["value"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let total = ranked(
        (0..REPS.len())
            .map(|rep| (REPS[rep].to_string(), won_by(rep, first, counted_to)))
            .filter(|(_, v)| *v > 0)
            .collect(),
    );
    let want_total: Vec<(String, String)> = total
        .iter()
        .map(|(_, name, v)| {
            let euros = (v + 50) / 100;
            let text = dealbell::core::money::group_thousands(euros as u64);
            (name.clone(), format!("{text} EUR"))
        })
        .collect();
    let got_total = standings(&d.ok("/contest standings name:Total").await);
    if got_total != want_total {
        return Err(format!(
            "total contest {first} to {last} on {day}:\n  Dealbell {got_total:?}\n  model    {want_total:?}"
        ));
    }
    let fair = ranked(
        (0..REPS.len())
            .filter_map(|rep| {
                model_score(won_by(rep, first, counted_to), &spans[rep], first, last)
                    .map(|bp| (REPS[rep].to_string(), bp))
            })
            .collect(),
    );
    let want_fair: Vec<(String, String)> = fair
        .iter()
        .map(|(_, name, bp)| (name.clone(), percent_text(*bp)))
        .collect();
    let got_fair = standings(&d.ok("/contest standings name:Fair").await);
    if got_fair != want_fair {
        return Err(format!(
            "% of quota contest {first} to {last} on {day}, quotas {spans:?}:\n  Dealbell {got_fair:?}\n  model    {want_fair:?}"
        ));
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(16))]

    #[test]
    fn contests_and_conversions_agree_with_a_simple_model_of_the_same_history(
        steps in prop::collection::vec(step(), 1..25),
        quotas in prop::array::uniform4(quota()),
        rate_micros in 3_000_000i64..5_000_000,
        rate_days_back in 0u32..30,
        contest_back in 0u32..9,
        contest_days in 3u32..40,
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let result = runtime.block_on(run_history(
            steps, quotas, rate_micros, rate_days_back, contest_back, contest_days,
        ));
        prop_assert!(result.is_ok(), "{}", result.unwrap_err());
    }
}
