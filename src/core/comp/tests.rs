use super::*;
use crate::core::period::Period;

/// A three-tier quarterly plan, also read by the plan's words (`views::comp`).
pub(crate) const TIERED: &str = r#"
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

fn estimate(plan: &Plan, revenue: i64, quota: Option<i64>) -> Estimate {
    plan.estimate(&Input {
        revenue,
        quota,
        ..Input::default()
    })
    .unwrap()
}

fn total(plan: &Plan, revenue: i64, quota: i64) -> i64 {
    estimate(plan, revenue, Some(quota)).total
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
    let e = estimate(&plan, eur(120_000), Some(eur(100_000)));
    let workings: Vec<&Working> = e.lines.iter().map(|l| &l.working).collect();
    let band = |revenue, from_bp, to_bp, rate_bp| Working::InTier {
        part: Part::Whole,
        revenue,
        tier: TierRange { from_bp, to_bp },
        rate: Rate::Percent(rate_bp),
        share_percent: 100,
    };
    assert_eq!(
        workings,
        vec![
            &band(eur(50_000), 0, Some(5_000), 400),
            &band(eur(50_000), 5_000, Some(10_000), 800),
            &band(eur(20_000), 10_000, None, 1_200),
        ]
    );
    assert_eq!(e.attainment_bp, Some(12_000));
    assert_eq!(e.next_step, None, "no tier above");
    let e = estimate(&plan, eur(95_800), Some(eur(100_000)));
    assert_eq!(
        e.next_step,
        Some(NextStep::Tier {
            more: eur(4_200),
            all_of_it: false,
            rate: Rate::Percent(1_200)
        })
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
    // A tier begins just above its start, in both modes: exactly 50 % is still 4 %,
    // exactly 100 % still 8 % (it was 8 % and 12 % before, unlike marginal tiers).
    assert_eq!(
        total(&plan, eur(50_000), eur(100_000)),
        eur(2_000),
        "exactly 50 %: 4 % of all"
    );
    assert_eq!(
        total(&plan, eur(100_000), eur(100_000)),
        eur(8_000),
        "exactly 100 %: 8 % of all"
    );
    assert_eq!(
        total(&plan, eur(100_000) + 1, eur(100_000)),
        1_200_000,
        "just above 100 %: 12 % of all (of 100,000.01: 12,000.0012, rounded)"
    );
    let e = estimate(&plan, eur(60_000), Some(eur(100_000)));
    assert_eq!(
        e.next_step,
        Some(NextStep::Tier {
            more: eur(40_000) + 1,
            all_of_it: true,
            rate: Rate::Percent(1_200)
        })
    );
}

#[test]
fn threshold_cap_and_rounding() {
    let plan = Plan::parse(&format!("{TIERED}\nthreshold = \"50%\"\ncap = 7000\n")).unwrap_err();
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
    let e = estimate(&plan, eur(40_000), Some(eur(100_000)));
    assert_eq!(
        e.next_step,
        Some(NextStep::Threshold {
            more: eur(10_000),
            threshold_bp: 5_000
        })
    );
    // Rounding: 0.125 EUR × … once per line.
    let base = "name = \"B\"\nversion = \"1\"\ncurrency = \"EUR\"\nbase_rate = \"2.5%\"\n";
    let half_up = Plan::parse(base).unwrap();
    let even = Plan::parse(&format!("{base}rounding = \"half_even\"\n")).unwrap();
    let down = Plan::parse(&format!("{base}rounding = \"down\"\n")).unwrap();
    let total = |plan: &Plan, revenue| estimate(plan, revenue, None).total;
    assert_eq!(total(&half_up, 5), 0, "0.125 cents rounds to 0");
    assert_eq!(total(&half_up, 20), 1, "0.5 rounds up");
    assert_eq!(total(&even, 20), 0, "0.5 rounds to even 0");
    assert_eq!(total(&even, 60), 2, "1.5 rounds to even 2");
    assert_eq!(total(&down, 79), 1, "1.975 down to 1");
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
    assert_eq!(
        e.lines[3].working,
        Working::InTier {
            part: Part::Team,
            revenue: eur(50_000),
            tier: TierRange {
                from_bp: 0,
                to_bp: Some(5_000)
            },
            rate: Rate::Percent(400),
            share_percent: 25,
        }
    );
}

#[test]
fn the_threshold_is_the_reps_own_and_gates_the_team_part_too() {
    let text = TIERED.replace(
        "period = \"quarter\"",
        "period = \"quarter\"\nthreshold = \"25%\"\n[split]\nindividual = \"75%\"\nteam = \"25%\"\n",
    );
    let plan = Plan::parse(&text).unwrap();
    let with_team = |revenue: i64, team_won: i64| {
        plan.estimate(&Input {
            revenue,
            quota: Some(eur(100_000)),
            team: Some((team_won, eur(600_000))),
            ..Input::default()
        })
        .unwrap()
    };
    // At 15 % of their own quota, nothing, though the team is at 40 %.
    let low = with_team(eur(15_000), eur(240_000));
    assert_eq!(low.total, 0);
    assert_eq!(
        low.lines[0].working,
        Working::BelowThreshold {
            threshold_bp: 2_500,
            attainment_bp: 1_500,
            team_part_too: true
        }
    );
    // At 33 %, both parts are paid, though the team is at 24.4 %: the team part has no
    // threshold of its own. Own: 33,000 × 4 % × 75 % = 990; team as if 24,400: × 4 % ×
    // 25 % = 244.
    let above = with_team(eur(33_000), eur(146_400));
    assert_eq!(above.total, eur(990) + eur(244));
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
                    number: crate::core::ids::DealNumber(1),
                    product: Some("gtk500".into()),
                    amount: eur(10_000),
                    closed_on: d(3, 31),
                },
                Win {
                    number: crate::core::ids::DealNumber(2),
                    product: Some("GTK 500".into()),
                    amount: eur(60_000),
                    closed_on: d(4, 1),
                },
            ],
            clawbacks: vec![Clawback {
                number: crate::core::ids::DealNumber(9),
                amount: eur(5_000),
                paid_commission: eur(3_000),
                paid_revenue: eur(40_000),
            }],
            ..Input::default()
        })
        .unwrap();
    let amounts: Vec<(Working, i64)> = e
        .lines
        .iter()
        .map(|l| (l.working.clone(), l.amount))
        .collect();
    let deal = crate::core::ids::DealNumber;
    let spiff = |name: &str, number| Working::Spiff {
        name: name.to_string(),
        deal: deal(number),
    };
    assert_eq!(
        amounts,
        vec![
            (
                Working::Flat {
                    part: Part::Whole,
                    revenue: eur(70_000),
                    rate: Rate::Percent(1_000),
                    share_percent: 100
                },
                eur(7_000)
            ),
            (spiff("Cloud launch", 1), eur(500)),
            (spiff("Big deal", 2), eur(1_000)),
            (
                Working::Clawback {
                    deal: deal(9),
                    amount: eur(5_000),
                    days: 90
                },
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
    let text = include_str!("../../../config/comp_plan.example.toml");
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
