//! Forecasts, team boards and commission against a deliberately simple second
//! implementation. Random histories of a four-rep team in two sales teams (wins, pipeline
//! deals added, moved between stages, put in forecast categories, won, lost, undone, in
//! the team's and another currency, backdated, with time passing) go through the console
//! under a random commission plan (marginal or retroactive tiers, threshold, cap, split
//! between own and team attainment, big-deal SPIFF, clawback). Then every rep's, team's
//! and the whole server's `/forecast show` for the month and the quarter, the teams'
//! revenue board, and every rep's `/comp estimate` for this month and the last must equal
//! what plain loops over a vector of deals say. 24 histories a run in CI; PROPTEST_CASES
//! raises it.

use super::reference::{
    REPS, add_months, business_days, cases, month_start, quarter_start, ranked,
};
use crate::support::*;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

/// The default stages a deal can be open in, with their probabilities.
const STAGES: [(&str, i64); 4] = [
    ("prospecting", 10),
    ("qualified", 25),
    ("proposal", 50),
    ("negotiation", 75),
];
/// Stage probabilities at or above which an open deal is commit / best case.
const COMMIT_AT: i64 = 75;
const BEST_CASE_AT: i64 = 50;
const CATEGORIES: [&str; 5] = ["commit", "best_case", "pipeline", "omit", "auto"];
/// Quotas are set for this many months from December 2025, which covers every win of a
/// history: backdated at most 40 days before 10 March 2026, and time passes at most
/// LONGEST_HISTORY_DAYS.
const QUOTA_MONTHS: u32 = 16;
const LONGEST_HISTORY_DAYS: i64 = 300;
/// Each rep's team (tests/fixtures/teams_reference.csv): ana and bogdan in North, chen
/// in South, dorota in none.
const TEAM_OF: [Option<usize>; 4] = [Some(0), Some(0), Some(1), None];
const TEAMS: [&str; 2] = ["North", "South"];

fn team_reps(team: usize) -> Vec<usize> {
    (0..REPS.len())
        .filter(|r| TEAM_OF[*r] == Some(team))
        .collect()
}

/// Monthly quotas in minor units, the same every month.
#[derive(Debug, Clone)]
struct Quotas {
    reps: [i64; 4],
    teams: [i64; 2],
}

fn quotas() -> impl Strategy<Value = Quotas> {
    (
        prop::array::uniform4(5i64..200),
        prop::array::uniform2(10i64..400),
    )
        .prop_map(|(reps, teams)| Quotas {
            reps: reps.map(|k| k * 100_000),
            teams: teams.map(|k| k * 100_000),
        })
}

#[derive(Debug, Clone)]
enum Step {
    Win {
        rep: usize,
        amount: u32,
        days_back: u32,
        in_usd: bool,
    },
    Add {
        rep: usize,
        amount: u32,
        stage: usize,
        close_in: i64,
        in_usd: bool,
    },
    Stage {
        deal: usize,
        stage: usize,
    },
    Category {
        deal: usize,
        choice: usize,
    },
    Close {
        deal: usize,
        days_back: u32,
    },
    Lose {
        deal: usize,
    },
    Undo {
        rep: usize,
    },
    Wait {
        hours: u32,
    },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0usize..4, 1u32..60_000, 0u32..40, prop::bool::weighted(0.1)).prop_map(
            |(rep, amount, days_back, in_usd)| Step::Win { rep, amount, days_back, in_usd }
        ),
        4 => (0usize..4, 1u32..80_000, 0usize..4, -20i64..100, prop::bool::weighted(0.1))
            .prop_map(|(rep, amount, stage, close_in, in_usd)| Step::Add {
                rep, amount, stage, close_in, in_usd
            }),
        2 => (0usize..40, 0usize..4).prop_map(|(deal, stage)| Step::Stage { deal, stage }),
        1 => (0usize..40, 0usize..5).prop_map(|(deal, choice)| Step::Category { deal, choice }),
        2 => (0usize..40, 0u32..8).prop_map(|(deal, days_back)| Step::Close { deal, days_back }),
        2 => (0usize..40).prop_map(|deal| Step::Lose { deal }),
        1 => (0usize..4).prop_map(|rep| Step::Undo { rep }),
        2 => (1u32..300).prop_map(|hours| Step::Wait { hours }),
    ]
}

/// A random commission plan, with the numbers the model needs.
#[derive(Debug, Clone)]
struct PlanModel {
    retroactive: bool,
    /// Tier starts in whole percent of quota: 0, first, second.
    edges: [i64; 3],
    /// Tier rates in whole percent of revenue.
    rates: [i64; 3],
    threshold: Option<i64>,
    /// Whole units.
    cap: Option<i64>,
    spiff_min: i64,
    spiff_bonus: i64,
    clawback_days: i64,
    /// The individual share in whole percent; the team's is the rest.
    split: Option<i64>,
}

fn plan() -> impl Strategy<Value = PlanModel> {
    (
        any::<bool>(),
        (10i64..90, 10i64..90),
        (1i64..10, 1i64..15, 1i64..20),
        prop::option::of(5i64..60),
        prop::option::of(500i64..6_000),
        (5_000i64..60_000, 50i64..2_000),
        10i64..60,
        prop::option::of(1i64..100),
    )
        .prop_map(
            |(
                retroactive,
                (a, b),
                (r1, r2, r3),
                threshold,
                cap,
                (spiff_min, spiff_bonus),
                days,
                split,
            )| {
                PlanModel {
                    retroactive,
                    edges: [0, a, a + b],
                    rates: [r1, r2, r3],
                    threshold,
                    cap,
                    spiff_min,
                    spiff_bonus,
                    clawback_days: days,
                    split,
                }
            },
        )
}

impl PlanModel {
    /// The plan as `/comp plan text:` takes it: TOML with `\n` for line breaks.
    fn toml(&self) -> String {
        let [_, a, b] = self.edges;
        let [r1, r2, r3] = self.rates;
        let mut lines = vec![
            "name = \\\"Model\\\"".to_string(),
            "version = \\\"1\\\"".to_string(),
            "currency = \\\"EUR\\\"".to_string(),
            "period = \\\"month\\\"".to_string(),
            format!(
                "tiers_apply = \\\"{}\\\"",
                if self.retroactive {
                    "retroactive"
                } else {
                    "marginal"
                }
            ),
        ];
        if let Some(t) = self.threshold {
            lines.push(format!("threshold = \\\"{t}%\\\""));
        }
        if let Some(c) = self.cap {
            lines.push(format!("cap = {c}"));
        }
        for (from, to, rate) in [(0, Some(a), r1), (a, Some(b), r2), (b, None, r3)] {
            lines.push("[[tiers]]".into());
            lines.push(format!("from = \\\"{from}%\\\""));
            if let Some(to) = to {
                lines.push(format!("to = \\\"{to}%\\\""));
            }
            lines.push(format!("rate = \\\"{rate}%\\\""));
        }
        if let Some(own) = self.split {
            lines.push("[split]".into());
            lines.push(format!("individual = \\\"{own}%\\\""));
            lines.push(format!("team = \\\"{}%\\\"", 100 - own));
        }
        lines.extend([
            "[[spiffs]]".to_string(),
            "name = \\\"Big\\\"".to_string(),
            format!("min_amount = {}", self.spiff_min),
            format!("bonus = {}", self.spiff_bonus),
            "from = 2000-01-01".to_string(),
            "to = 2099-12-31".to_string(),
            "[clawback]".to_string(),
            format!("days = {}", self.clawback_days),
        ]);
        lines.join("\\n")
    }

    /// The tiers' pay on `revenue` against `quota` (minor units), `share` percent of it.
    /// Each line is rounded half up to the cent.
    fn tier_pay(&self, revenue: i64, quota: i64, share: i64) -> i64 {
        // value × rate % × share %, to the cent.
        let line = |value: i64, rate: i64| (2 * value * rate * share + 10_000) / 20_000;
        let edge = |i: usize| quota * self.edges[i] / 100;
        if self.retroactive {
            // The highest tier whose start the revenue is above.
            let tier = (0..3).rev().find(|&i| revenue > edge(i)).unwrap_or(0);
            return line(revenue, self.rates[tier]);
        }
        (0..3)
            .map(|i| {
                let top = if i == 2 {
                    revenue
                } else {
                    revenue.min(edge(i + 1))
                };
                let band = top - edge(i);
                if band > 0 {
                    line(band, self.rates[i])
                } else {
                    0
                }
            })
            .sum()
    }

    /// What the plan pays on a rep's revenue against their quota, before SPIFFs and
    /// clawbacks: with a split, a share on their own and a share as if their revenue stood
    /// at the team's attainment (`team`: its won revenue and quota); capped.
    fn pay(&self, revenue: i64, quota: i64, team: Option<(i64, i64)>) -> i64 {
        // Below the threshold of their own quota, a rep is paid no commission at all:
        // not their own part, not the team part.
        if self.threshold.is_some_and(|t| revenue * 100 < quota * t) {
            return 0;
        }
        let pay = match self.split {
            None => self.tier_pay(revenue, quota, 100),
            Some(own) => {
                // The team's attainment of the rep's quota, to the cent (half up).
                let equivalent = team.map_or(revenue, |(won, team_quota)| {
                    (2 * won * quota + team_quota) / (2 * team_quota)
                });
                self.tier_pay(revenue, quota, own) + self.tier_pay(equivalent, quota, 100 - own)
            }
        };
        match self.cap {
            Some(cap) => pay.min(cap * 100),
            None => pay,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum State {
    Open {
        stage: usize,
        close: NaiveDate,
    },
    Won {
        on: NaiveDate,
    },
    /// Lost on `on` (the team's date); `won_on` when it was won before.
    Lost {
        won_on: Option<NaiveDate>,
        on: NaiveDate,
    },
}

#[derive(Debug, Clone, PartialEq)]
struct Deal {
    rep: usize,
    number: i64,
    minor: i64,
    eur: bool,
    opened: NaiveDate,
    category: Option<usize>,
    state: State,
}

impl Deal {
    /// A deal just logged (won) or added (open) on `day`, of `amount` whole units.
    fn new(
        rep: usize,
        number: i64,
        amount: u32,
        in_usd: bool,
        day: NaiveDate,
        state: State,
    ) -> Deal {
        Deal {
            rep,
            number,
            minor: i64::from(amount) * 100,
            eur: !in_usd,
            opened: day,
            category: None,
            state,
        }
    }

    fn won_in(&self, from: NaiveDate, to: NaiveDate) -> bool {
        matches!(self.state, State::Won { on } if on >= from && on < to)
    }

    /// The forecast category: the owner's choice, or the stage's.
    fn category(&self, stage: usize) -> &'static str {
        match self.category {
            Some(c) if c < 4 => CATEGORIES[c],
            _ => {
                let p = STAGES[stage].1;
                if p >= COMMIT_AT {
                    "commit"
                } else if p >= BEST_CASE_AT {
                    "best_case"
                } else {
                    "pipeline"
                }
            }
        }
    }
}

/// The model's forecast of the deals of `reps` over [from, to) on `today`: closed won,
/// commit, best case, pipeline, weighted, run rate, blended.
fn model_forecast(
    deals: &[Deal],
    reps: &[usize],
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> [Option<i64>; 7] {
    let mine = || deals.iter().filter(|d| d.eur && reps.contains(&d.rep));
    let closed_won: i64 = mine().filter(|d| d.won_in(from, to)).map(|d| d.minor).sum();
    let (mut commit, mut best, mut pipeline, mut weighted) = (0, 0, 0, 0);
    for d in mine() {
        let State::Open { stage, close } = d.state else {
            continue;
        };
        if close < from || close >= to {
            continue;
        }
        match d.category(stage) {
            "omit" => continue,
            "commit" => commit += d.minor,
            "best_case" => best += d.minor,
            _ => {}
        }
        pipeline += d.minor;
        weighted += d.minor * STAGES[stage].1 / 100;
    }
    let total = business_days(from, to);
    let elapsed = business_days(from, (today + Duration::days(1)).clamp(from, to));
    let run_rate = (elapsed > 0).then(|| closed_won * total / elapsed);
    let blended = if total > 0 {
        (run_rate.unwrap_or(0) * elapsed + (closed_won + weighted) * (total - elapsed)) / total
    } else {
        closed_won + weighted
    };
    [
        Some(closed_won),
        Some(closed_won + commit),
        Some(closed_won + commit + best),
        Some(pipeline),
        Some(weighted),
        run_rate,
        Some(blended),
    ]
}

/// What the reps' month paid on: won in it, counting deals lost after it ended.
fn paid_revenue(deals: &[Deal], reps: &[usize], from: NaiveDate, to: NaiveDate) -> i64 {
    deals
        .iter()
        .filter(|d| reps.contains(&d.rep) && d.eur)
        .filter(|d| match d.state {
            State::Won { on } => on >= from && on < to,
            State::Lost {
                won_on: Some(won),
                on,
            } => won >= from && won < to && on >= to,
            _ => false,
        })
        .map(|d| d.minor)
        .sum()
}

/// The model's commission of `rep` for the month [from, to): the tiers on what the
/// month paid on, a SPIFF per big deal it paid on, and the clawback of each deal won in
/// an earlier month and lost in this one within the clawback days, at the average rate
/// its own month paid.
fn model_commission(
    plan: &PlanModel,
    deals: &[Deal],
    rep: usize,
    quotas: &Quotas,
    from: NaiveDate,
) -> i64 {
    let to = add_months(from, 1);
    let quota = quotas.reps[rep];
    // What the month starting `month` paid the rep on, and paid them.
    let paid = |month: NaiveDate| {
        let end = add_months(month, 1);
        let team = TEAM_OF[rep].map(|t| {
            (
                paid_revenue(deals, &team_reps(t), month, end),
                quotas.teams[t],
            )
        });
        let revenue = paid_revenue(deals, &[rep], month, end);
        (revenue, plan.pay(revenue, quota, team))
    };
    let mut total = paid(from).1;
    for d in deals.iter().filter(|d| d.rep == rep && d.eur) {
        // Won in this month and still won, or lost after it ended.
        let won_on = match d.state {
            State::Won { on } => Some(on),
            State::Lost {
                won_on: Some(won),
                on,
            } if on >= to => Some(won),
            _ => None,
        };
        if won_on.is_some_and(|w| w >= from && w < to) && d.minor >= plan.spiff_min * 100 {
            total += plan.spiff_bonus * 100;
        }
        if let State::Lost {
            won_on: Some(won),
            on,
        } = d.state
            && on >= from
            && on < to
            && won < from
            && (on - won).num_days() <= plan.clawback_days
        {
            let (paid_on, paid) = paid(month_start(won));
            if paid_on > 0 {
                total -= (2 * d.minor * paid + paid_on) / (2 * paid_on);
            }
        }
    }
    total
}

async fn run_history(
    steps: Vec<Step>,
    plan: PlanModel,
    fiscal_start: u32,
    tz: Tz,
    quotas: Quotas,
) -> Result<(), String> {
    let mut d = Driver::new().await;
    d.ok(&format!(
        "/setup currency:EUR timezone:{} fiscal_year_start:{fiscal_start}",
        tz.name()
    ))
    .await;
    d.ok(&format!("/comp plan text:\"{}\"", plan.toml())).await;
    // Quotas are set ahead (a month that is over cannot get one): every month a win can
    // fall in gets each rep's quota, so every estimate and every clawback's own month
    // has one. Then the history starts in March.
    d.ok(":now 2025-12-01 09:00").await;
    let first_month: NaiveDate = "2025-12-01".parse().unwrap();
    d.ok("/import kind:teams file:@tests/fixtures/teams_reference.csv")
        .await;
    for rep in REPS {
        d.ok(&format!(":as {rep}")).await;
    }
    d.ok(":as you manager").await;
    for rep in &REPS[..3] {
        d.ok(&format!("/team link rep:{rep} user:@{rep}")).await;
    }
    let subjects = REPS
        .iter()
        .zip(quotas.reps)
        .map(|(rep, q)| (format!("rep:@{rep}"), q))
        .chain(
            TEAMS
                .iter()
                .zip(quotas.teams)
                .map(|(t, q)| (format!("team:{t}"), q)),
        );
    for (subject, quota) in subjects {
        for months in 0..QUOTA_MONTHS {
            d.ok(&format!(
                "/quota set {subject} amount:\"{} EUR\" period:month starting:{}",
                quota / 100,
                add_months(first_month, months)
            ))
            .await;
        }
    }
    // `:now` reads the team's local time.
    let start: DateTime<Utc> = NaiveDate::from_ymd_opt(2026, 3, 10)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
        .and_local_timezone(tz)
        .unwrap()
        .with_timezone(&Utc);
    let end = start + Duration::days(LONGEST_HISTORY_DAYS);
    d.ok(":now 2026-03-10 09:00").await;
    let mut now = start;
    let today = |now: DateTime<Utc>| now.with_timezone(&tz).date_naive();
    let mut deals: Vec<Deal> = Vec::new();
    // Each rep's own changes within the undo window, newest last: the deal and its state
    // before the change (None: the change created it).
    let mut changes: Vec<Vec<(usize, Option<Deal>)>> = vec![Vec::new(); REPS.len()];
    for step in steps {
        let day = today(now);
        match step {
            Step::Win {
                rep,
                amount,
                days_back,
                in_usd,
            } => {
                let on = day - Duration::days(i64::from(days_back));
                let number = deals.len() as i64 + 1;
                d.ok(&format!(":as {}", REPS[rep])).await;
                let currency = if in_usd { "USD" } else { "EUR" };
                d.ok(&format!(
                    "/win amount:\"{amount} {currency}\" customer:C{number} date:{on}"
                ))
                .await;
                deals.push(Deal::new(
                    rep,
                    number,
                    amount,
                    in_usd,
                    day,
                    State::Won { on },
                ));
                changes[rep].push((deals.len() - 1, None));
            }
            Step::Add {
                rep,
                amount,
                stage,
                close_in,
                in_usd,
            } => {
                let close = day + Duration::days(close_in);
                let number = deals.len() as i64 + 1;
                d.ok(&format!(":as {}", REPS[rep])).await;
                let currency = if in_usd { "USD" } else { "EUR" };
                d.ok(&format!(
                    "/deal add customer:C{number} amount:\"{amount} {currency}\" stage:{} close:{close}",
                    STAGES[stage].0
                ))
                .await;
                deals.push(Deal::new(
                    rep,
                    number,
                    amount,
                    in_usd,
                    day,
                    State::Open { stage, close },
                ));
                changes[rep].push((deals.len() - 1, None));
            }
            Step::Stage { deal, stage } => {
                let Some(old) = deals.get(deal).cloned() else {
                    continue;
                };
                let State::Open { stage: was, close } = old.state else {
                    continue;
                };
                if was == stage {
                    continue;
                }
                d.ok(&format!(":as {}", REPS[old.rep])).await;
                d.ok(&format!(
                    "/deal stage id:{} stage:{}",
                    old.number, STAGES[stage].0
                ))
                .await;
                deals[deal].state = State::Open { stage, close };
                changes[old.rep].push((deal, Some(old)));
            }
            Step::Category { deal, choice } => {
                let Some(old) = deals.get(deal).cloned() else {
                    continue;
                };
                let new = (choice < 4).then_some(choice);
                if !matches!(old.state, State::Open { .. }) || new == old.category {
                    continue;
                }
                d.ok(&format!(":as {}", REPS[old.rep])).await;
                d.ok(&format!(
                    "/deal forecast id:{} category:{}",
                    old.number, CATEGORIES[choice]
                ))
                .await;
                deals[deal].category = new;
                changes[old.rep].push((deal, Some(old)));
            }
            Step::Close { deal, days_back } => {
                let Some(old) = deals.get(deal).cloned() else {
                    continue;
                };
                if !matches!(old.state, State::Open { .. }) {
                    continue;
                }
                let on = (day - Duration::days(i64::from(days_back))).max(old.opened);
                d.ok(&format!(":as {}", REPS[old.rep])).await;
                d.ok(&format!("/deal won id:{} date:{on}", old.number))
                    .await;
                deals[deal].state = State::Won { on };
                changes[old.rep].push((deal, Some(old)));
            }
            Step::Lose { deal } => {
                let Some(old) = deals.get(deal).cloned() else {
                    continue;
                };
                let won_on = match old.state {
                    State::Open { .. } => None,
                    State::Won { on } => Some(on),
                    State::Lost { .. } => continue,
                };
                d.ok(&format!(":as {}", REPS[old.rep])).await;
                d.ok(&format!("/deal lost id:{}", old.number)).await;
                deals[deal].state = State::Lost { won_on, on: day };
                changes[old.rep].push((deal, Some(old)));
            }
            Step::Undo { rep } => {
                d.ok(&format!(":as {}", REPS[rep])).await;
                match changes[rep].pop() {
                    Some((deal, before)) => {
                        d.ok("/deal undo").await;
                        match before {
                            Some(before) => deals[deal] = before,
                            // Removed: as if lost before it counted anywhere.
                            None => {
                                deals[deal].state = State::Lost {
                                    won_on: None,
                                    on: day,
                                }
                            }
                        }
                    }
                    None => {
                        d.refused("/deal undo").await;
                    }
                }
            }
            Step::Wait { hours } => {
                if now + Duration::hours(i64::from(hours)) > end {
                    continue;
                }
                d.ok(&format!(":advance {hours}h")).await;
                now += Duration::hours(i64::from(hours));
                // Past the 30-minute undo window: nothing before now can be taken back.
                changes.iter_mut().for_each(Vec::clear);
            }
        }
    }
    d.ok(":as you manager").await;
    let day = today(now);
    let this_month = month_start(day);
    let quarter = quarter_start(day, fiscal_start);
    // Forecasts: each rep's and everyone's, for the month and the quarter.
    for (period, from, to) in [
        ("month", this_month, add_months(this_month, 1)),
        ("quarter", quarter, add_months(quarter, 3)),
    ] {
        let subjects: Vec<(String, Vec<usize>)> = (0..REPS.len())
            .map(|r| (format!("rep:@{}", REPS[r]), vec![r]))
            .chain((0..TEAMS.len()).map(|t| (format!("team:{}", TEAMS[t]), team_reps(t))))
            .chain([("everyone:true".to_string(), (0..REPS.len()).collect())])
            .collect();
        for (subject, reps) in subjects {
            let r = d
                .ok(&format!("/forecast show {subject} period:{period}"))
                .await;
            let f = &r["data"]["forecast"];
            let got = [
                "closed_won",
                "commit",
                "best_case",
                "pipeline",
                "weighted",
                "run_rate",
                "blended",
            ]
            .map(|k| f[k].as_i64());
            let want = model_forecast(&deals, &reps, from, to, day);
            if got != want {
                return Err(format!(
                    "forecast of {subject} for the {period} ({from} to {to}) on {day} ({tz}):\n  Dealbell {got:?}\n  model    {want:?}\n  deals {deals:#?}"
                ));
            }
        }
    }
    // The teams' revenue board: what each team's reps have won and still hold.
    for (period, from, to) in [
        ("month", this_month, add_months(this_month, 1)),
        ("quarter", quarter, add_months(quarter, 3)),
    ] {
        let r = d
            .ok(&format!("/leaderboard by:teams period:{period}"))
            .await;
        let got = if r["data"]["rows"].is_array() {
            board(&r)
        } else {
            Vec::new()
        };
        let totals: Vec<(String, i64)> = (0..TEAMS.len())
            .map(|t| {
                let won = deals
                    .iter()
                    .filter(|d| d.eur && TEAM_OF[d.rep] == Some(t) && d.won_in(from, to))
                    .map(|d| d.minor)
                    .sum();
                (TEAMS[t].to_string(), won)
            })
            .filter(|(_, won)| *won > 0)
            .collect();
        let want = ranked(totals);
        if got != want {
            return Err(format!(
                "teams board of the {period} on {day} ({tz}):\n  Dealbell {got:?}\n  model    {want:?}"
            ));
        }
    }
    let last_month = this_month - Duration::days(1);
    for (rep, name) in REPS.iter().enumerate() {
        for (period, from) in [
            ("month", this_month),
            ("last_month", month_start(last_month)),
        ] {
            let r = d
                .ok(&format!("/comp estimate rep:@{name} period:{period}"))
                .await;
            let got = r["data"]["estimate"]["total"].as_i64();
            let want = Some(model_commission(&plan, &deals, rep, &quotas, from));
            if got != want {
                return Err(format!(
                    "commission of {name} for the month from {from} on {day} ({tz}), plan {plan:?}:\n  Dealbell {got:?} {:#}\n  model    {want:?}\n  deals {deals:#?}",
                    r["data"]
                ));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(24))]

    #[test]
    fn forecasts_and_commission_agree_with_a_simple_model_of_the_same_history(
        steps in prop::collection::vec(step(), 1..40),
        plan in plan(),
        fiscal_start in prop::sample::select(vec![1u32, 2, 4, 7, 10]),
        tz in prop::sample::select(vec![
            "UTC", "Europe/Warsaw", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Auckland",
        ]),
        quotas in quotas(),
    ) {
        let tz: Tz = tz.parse().unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let result = runtime.block_on(run_history(steps, plan, fiscal_start, tz, quotas));
        prop_assert!(result.is_ok(), "{}", result.unwrap_err());
    }
}

#[test]
fn the_model_pays_tiers_as_the_plan_reads() {
    let minor = |units: i64, cents: i64| units * 100 + cents;
    let plan = PlanModel {
        retroactive: false,
        edges: [0, 50, 100],
        rates: [4, 8, 12],
        threshold: Some(25),
        cap: None,
        spiff_min: 50_000,
        spiff_bonus: 1_000,
        clawback_days: 90,
        split: None,
    };
    let quota = minor(100_000, 0);
    // 60k of 100k: 50k × 4 % + 10k × 8 %.
    assert_eq!(plan.pay(minor(60_000, 0), quota, None), minor(2_800, 0));
    // Below the threshold nothing is paid.
    assert_eq!(plan.pay(minor(24_999, 99), quota, None), 0);
    // Exactly 100 % is still in the 50–100 % tier, in both modes.
    assert_eq!(plan.pay(minor(100_000, 0), quota, None), minor(6_000, 0));
    let retro = PlanModel {
        retroactive: true,
        ..plan.clone()
    };
    assert_eq!(retro.pay(minor(100_000, 0), quota, None), minor(8_000, 0));
    assert_eq!(retro.pay(minor(100_000, 1), quota, None), minor(12_000, 0));
}
