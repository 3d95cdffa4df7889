//! A commission estimate's working in the reader's words: each line's why, the next
//! step and the notes, from the typed estimate the plan computed.

use crate::core::comp::{NextStep, Note, Part, Plan, Rate, Tier, TierRange, Working};
use crate::core::money::{Currency, Money};
use crate::i18n::{Value, Words};

/// One line's why: `50,000.00 EUR in 0%–50% × 4% of revenue`.
pub fn working(words: Words, currency: Currency, working: &Working) -> String {
    let money = |minor: i64| words.money(Money::new(minor, currency));
    match working {
        Working::Flat {
            part,
            revenue,
            rate,
            share_percent,
        } => tier_line(
            words,
            *part,
            *share_percent,
            "comp-flat",
            vec![
                ("revenue", money(*revenue).into()),
                ("rate", rate_text(words, *rate).into()),
            ],
        ),
        Working::AllAtTier {
            part,
            revenue,
            rate,
            tier,
            share_percent,
        } => tier_line(
            words,
            *part,
            *share_percent,
            "comp-retroactive",
            vec![
                ("revenue", money(*revenue).into()),
                ("rate", rate_text(words, *rate).into()),
                ("tier", tier_range(words, *tier).into()),
            ],
        ),
        Working::InTier {
            part,
            revenue,
            tier,
            rate,
            share_percent,
        } => tier_line(
            words,
            *part,
            *share_percent,
            "comp-band",
            vec![
                ("revenue", money(*revenue).into()),
                ("tier", tier_range(words, *tier).into()),
                ("rate", rate_text(words, *rate).into()),
            ],
        ),
        Working::BelowThreshold {
            threshold_bp,
            attainment_bp,
            team_part_too,
        } => words.say_with(
            if *team_part_too {
                "comp-below-threshold-split"
            } else {
                "comp-below-threshold"
            },
            &[
                ("threshold", plan_percent(words, *threshold_bp).into()),
                ("attainment", words.percent(*attainment_bp).into()),
            ],
        ),
        Working::Cap { cap } => words.say_with("comp-cap", &[("cap", money(*cap).into())]),
        Working::Spiff { name, deal } => words.say_with(
            "comp-spiff",
            &[("name", name.as_str().into()), ("number", deal.0.into())],
        ),
        Working::Clawback { deal, amount, days } => words.say_with(
            "comp-clawback",
            &[
                ("number", deal.0.into()),
                ("amount", money(*amount).into()),
                ("days", (*days).into()),
            ],
        ),
    }
}

/// A tier line, with the split's share after it and whose part it is before it.
fn tier_line(
    words: Words,
    part: Part,
    share_percent: i64,
    key: &str,
    mut args: Vec<(&str, Value<'static>)>,
) -> String {
    let key = if share_percent == 100 {
        key.to_string()
    } else {
        args.push(("share", plan_percent(words, share_percent * 100).into()));
        format!("{key}-share")
    };
    let text = words.say_with(&key, &args);
    match part {
        Part::Whole => text,
        Part::Own => words.say_with("comp-own", &[("working", text.into())]),
        Part::Team => words.say_with("comp-team", &[("working", text.into())]),
    }
}

/// What the next tier or the threshold needs: `4,200.00 EUR more and the rest pays 12%
/// of revenue`.
pub fn next_step(words: Words, currency: Currency, step: &NextStep) -> String {
    match step {
        NextStep::Threshold { more, threshold_bp } => words.say_with(
            "comp-next-threshold",
            &[
                ("amount", words.money(Money::new(*more, currency)).into()),
                ("threshold", plan_percent(words, *threshold_bp).into()),
            ],
        ),
        NextStep::Tier {
            more,
            all_of_it,
            rate,
        } => words.say_with(
            if *all_of_it {
                "comp-next-tier-all"
            } else {
                "comp-next-tier-rest"
            },
            &[
                ("amount", words.money(Money::new(*more, currency)).into()),
                ("rate", rate_text(words, *rate).into()),
            ],
        ),
    }
}

pub fn note(words: Words, note: Note) -> String {
    words.say(match note {
        Note::NothingWonWithoutQuota => "comp-note-nothing-won",
        Note::NoTeamQuota => "comp-note-no-team-quota",
    })
}

/// `4% of revenue`, `1.5× the on-target rate`.
fn rate_text(words: Words, rate: Rate) -> String {
    match rate {
        Rate::Percent(bp) => words.say_with(
            "comp-rate-percent",
            &[("percent", plan_percent(words, bp).into())],
        ),
        Rate::Multiple(hundredths) => words.say_with(
            "comp-rate-multiple",
            &[(
                "multiple",
                crate::i18n::numbers::trimmed(words.language(), hundredths, 2).into(),
            )],
        ),
    }
}

/// `0%–50%`, `100%+`.
fn tier_range(words: Words, tier: TierRange) -> String {
    let from = plan_percent(words, tier.from_bp);
    match tier.to_bp {
        Some(to) => words.say_with(
            "comp-tier-range",
            &[
                ("from", from.into()),
                ("to", plan_percent(words, to).into()),
            ],
        ),
        None => words.say_with("comp-tier-open", &[("from", from.into())]),
    }
}

/// A plan in the reader's words, from the same data the estimates use, so the words
/// cannot disagree with the maths.
pub fn plan_lines(words: Words, plan: &Plan) -> Vec<String> {
    let money = |minor: i64| words.money(Money::new(minor, plan.currency));
    let period = || Value::from(plan.period.key());
    let percent = |bp: i64| plan_percent(words, bp);
    let mut out = vec![words.say_with(
        "comp-plan-period",
        &[
            ("period", period()),
            ("currency", plan.currency.to_string().into()),
        ],
    )];
    if let Some(otc) = plan.on_target {
        out.push(words.say_with(
            "comp-plan-on-target",
            &[("amount", money(otc).into()), ("period", period())],
        ));
    }
    if let [only] = plan.tiers.as_slice() {
        out.push(words.say_with(
            "comp-plan-flat",
            &[("rate", rate_text(words, only.rate).into())],
        ));
    } else {
        out.push(words.say(if plan.retroactive {
            "comp-plan-tiers-retroactive"
        } else {
            "comp-plan-tiers-marginal"
        }));
        let range = |t: &Tier| match t.to_bp {
            Some(_) => tier_range(words, TierRange::from(t)),
            None => words.say_with(
                "comp-plan-tier-above",
                &[("from", percent(t.from_bp).into())],
            ),
        };
        for t in &plan.tiers {
            out.push(words.say_with(
                "comp-plan-tier",
                &[
                    ("range", range(t).into()),
                    ("rate", rate_text(words, t.rate).into()),
                ],
            ));
        }
        if let Some(edge) = plan.tiers.iter().find(|t| t.to_bp.is_some()) {
            out.push(words.say_with(
                "comp-plan-tier-edge",
                &[
                    ("edge", percent(edge.to_bp.unwrap_or(0)).into()),
                    ("tier", range(edge).into()),
                ],
            ));
        }
    }
    if let Some(th) = plan.threshold_bp {
        let key = match plan.split {
            Some(_) => "comp-plan-threshold-split",
            None => "comp-plan-threshold",
        };
        out.push(words.say_with(key, &[("threshold", percent(th).into())]));
    }
    if let Some((own, team)) = plan.split {
        out.push(words.say_with(
            "comp-plan-split",
            &[("own", own.into()), ("team", team.into())],
        ));
    }
    if let Some(cap) = plan.cap {
        out.push(words.say_with(
            "comp-plan-cap",
            &[("amount", money(cap).into()), ("period", period())],
        ));
    }
    for spiff in &plan.spiffs {
        let what = match (&spiff.product, spiff.min_amount) {
            (Some(product), Some(least)) => words.say_with(
                "comp-plan-spiff-product-from",
                &[
                    ("product", product.as_str().into()),
                    ("amount", money(least).into()),
                ],
            ),
            (Some(product), None) => words.say_with(
                "comp-plan-spiff-product",
                &[("product", product.as_str().into())],
            ),
            (None, Some(least)) => {
                words.say_with("comp-plan-spiff-from", &[("amount", money(least).into())])
            }
            (None, None) => words.say("comp-plan-spiff-any"),
        };
        out.push(words.say_with(
            "comp-plan-spiff",
            &[
                ("name", spiff.name.as_str().into()),
                ("bonus", money(spiff.bonus).into()),
                ("what", what.into()),
                ("from", words.day(spiff.from).into()),
                ("to", words.day(spiff.to).into()),
            ],
        ));
    }
    if let Some(days) = plan.clawback_days {
        out.push(words.say_with("comp-plan-clawback", &[("days", days.into())]));
    }
    out.push(words.say_with(
        "comp-plan-rounding",
        &[("rounding", plan.rounding.key().into())],
    ));
    out
}

/// A plan's percentage as the plan gives it, with no zeros after it: `4%`, `12.5%`.
fn plan_percent(words: Words, bp: i64) -> String {
    let number = crate::i18n::numbers::trimmed(words.language(), bp, 2);
    words.say_with("rate-percent", &[("number", number.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::DealNumber;
    use crate::core::language::Language;

    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    #[test]
    fn english_working_reads_as_the_plan_says_it() {
        let en = Words::new(Language::En);
        let band = Working::InTier {
            part: Part::Team,
            revenue: 5_000_000,
            tier: TierRange {
                from_bp: 0,
                to_bp: Some(5_000),
            },
            rate: Rate::Percent(400),
            share_percent: 25,
        };
        assert_eq!(
            working(en, eur(), &band),
            "Team: 50,000.00 EUR in 0%–50% × 4% of revenue × 25%"
        );
        let below = Working::BelowThreshold {
            threshold_bp: 2_500,
            attainment_bp: 1_500,
            team_part_too: true,
        };
        assert_eq!(
            working(en, eur(), &below),
            "below the 25% threshold (15.0 % of your quota): no commission yet, not the team part either"
        );
        let spiff = Working::Spiff {
            name: "Cloud launch".into(),
            deal: DealNumber(1),
        };
        assert_eq!(
            working(en, eur(), &spiff),
            "SPIFF \"Cloud launch\": deal #1"
        );
        let step = NextStep::Tier {
            more: 420_000,
            all_of_it: false,
            rate: Rate::Percent(1_250),
        };
        assert_eq!(
            next_step(en, eur(), &step),
            "4,200.00 EUR more and the rest pays 12.5% of revenue"
        );
        let multiple = Working::Flat {
            part: Part::Whole,
            revenue: 100,
            rate: Rate::Multiple(150),
            share_percent: 100,
        };
        assert_eq!(
            working(en, eur(), &multiple),
            "1.00 EUR × 1.5× the on-target rate"
        );
    }

    #[test]
    fn polish_working_uses_polish_numbers_and_words() {
        let pl = Words::new(Language::Pl);
        let band = Working::InTier {
            part: Part::Whole,
            revenue: 5_000_000,
            tier: TierRange {
                from_bp: 10_000,
                to_bp: None,
            },
            rate: Rate::Percent(1_250),
            share_percent: 100,
        };
        let text = working(pl, eur(), &band);
        assert!(text.contains("50\u{a0}000,00 EUR"), "{text}");
        assert!(text.contains("12,5%"), "{text}");
        assert!(!text.contains("revenue"), "{text}");
    }

    /// The core's three-tier plan with a threshold, a split and a SPIFF (keys after a
    /// table belong to it, so the top-level ones go right after the period).
    fn plan() -> Plan {
        let text = crate::core::comp::tests::TIERED.replace(
            "period = \"quarter\"",
            "period = \"quarter\"\nthreshold = \"25%\"\n\n[split]\nindividual = 75\nteam = 25",
        ) + "\n[[spiffs]]\nname = \"Cloud launch\"\nproduct = \"cloud\"\nbonus = 500\nfrom = 2026-03-01\nto = 2026-03-31\n";
        Plan::parse(&text).unwrap()
    }

    #[test]
    fn a_plan_reads_from_its_data_in_each_language() {
        let plan = plan();
        let en = plan_lines(Words::new(Language::En), &plan).join("\n");
        for expected in [
            "Commission is counted per quarter on won revenue in EUR.",
            "each part of revenue is paid at its own tier's rate",
            "• 0%–50%: 4% of revenue",
            "• above 100%: 12% of revenue",
            "exactly 50% of quota is paid at the 0%–50% tier's rate",
            "Below 25% of your own quota no commission is paid, neither your own part nor the team part",
            "75% is paid on your own attainment, 25% on your team's.",
            "SPIFF \"Cloud launch\": 500.00 EUR for each won cloud deal, won 1 Mar 2026 to 31 Mar 2026.",
            "Amounts are rounded half up",
        ] {
            assert!(en.contains(expected), "{expected:?} in\n{en}");
        }
        let pl = plan_lines(Words::new(Language::Pl), &plan).join("\n");
        assert!(pl.contains("500,00 EUR"), "{pl}");
        assert!(!pl.contains("revenue") && !pl.contains("quota"), "{pl}");
    }
}
