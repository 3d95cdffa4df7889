//! Forecast alerts in the reader's words: each rule's name and what it watches, and
//! what an alert found (`core::alerts` decides and keeps the figures; this module only
//! words them).

use crate::core::alerts::{AboutDeal, Finding, LargeDealChange, Rule, RuleSetting, Who};
use crate::core::money::{Currency, Money};
use crate::i18n::{Value, Words};

/// A rule's name: `Slipped deal`, `Przeterminowana transakcja`.
pub fn rule_name(words: Words, rule: Rule) -> String {
    words.say(&format!("alert-rule-{}", rule.key().replace('_', "-")))
}

/// What a rule watches, with its thresholds.
pub fn rule_description(
    words: Words,
    rule: Rule,
    setting: &RuleSetting,
    currency: Currency,
) -> String {
    let threshold = || Value::from(setting.threshold);
    match rule {
        Rule::Attainment => words.say_with(
            "alert-watches-attainment",
            &[
                ("threshold", threshold()),
                ("days", setting.days.unwrap_or(0).into()),
            ],
        ),
        Rule::Slipped if setting.threshold == 0 => words.say("alert-watches-slipped-any"),
        Rule::Slipped => words.say_with("alert-watches-slipped", &[("days", threshold())]),
        Rule::Stale => words.say_with("alert-watches-stale", &[("days", threshold())]),
        Rule::Coverage => words.say_with(
            "alert-watches-coverage",
            &[("times", words.times(setting.threshold).into())],
        ),
        Rule::ForecastDrop => {
            words.say_with("alert-watches-forecast-drop", &[("threshold", threshold())])
        }
        Rule::LargeDeal => {
            let amount = Money::new(
                setting.threshold.saturating_mul(currency.minor_per_major()),
                currency,
            );
            words.say_with(
                "alert-watches-large-deal",
                &[("amount", words.money_whole(amount).into())],
            )
        }
    }
}

/// What an alert found, one line with its figures.
pub fn finding(words: Words, found: &Finding) -> String {
    match found {
        Finding::Attainment {
            who: subject,
            period,
            projected_bp,
            blended,
            quota,
            days_left,
        } => words.say_with(
            "alert-found-attainment",
            &[
                ("who", who(words, subject).into()),
                ("percent", words.percent(*projected_bp).into()),
                ("period", words.period(&period.period()).into()),
                ("blended", words.money_whole(*blended).into()),
                ("quota", words.money_whole(*quota).into()),
                ("days", (*days_left).into()),
            ],
        ),
        Finding::Coverage {
            who: subject,
            period,
            coverage_x100,
            quota_left,
            rule_x100,
        } => words.say_with(
            "alert-found-coverage",
            &[
                ("who", who(words, subject).into()),
                ("times", words.times(*coverage_x100).into()),
                ("left", words.money_whole(*quota_left).into()),
                ("period", words.period(&period.period()).into()),
                ("rule", words.times(*rule_x100).into()),
            ],
        ),
        Finding::ForecastDrop {
            who: subject,
            period,
            drop_bp,
            before,
            after,
        } => words.say_with(
            "alert-found-forecast-drop",
            &[
                ("who", who(words, subject).into()),
                ("period", words.period(&period.period()).into()),
                ("percent", words.percent(*drop_bp).into()),
                ("before", words.money_whole(*before).into()),
                ("after", words.money_whole(*after).into()),
            ],
        ),
        Finding::Slipped {
            deal,
            due,
            days_late,
        } => words.say_with(
            "alert-found-slipped",
            &[
                ("deal", about_deal(words, deal).into()),
                ("due", words.day_and_month(*due).into()),
                ("days", (*days_late).into()),
            ],
        ),
        Finding::Stale { deal, idle_days } => words.say_with(
            "alert-found-stale",
            &[
                ("deal", about_deal(words, deal).into()),
                ("days", (*idle_days).into()),
            ],
        ),
        Finding::LargeDeal { deal, change } => words.say_with(
            "alert-found-large-deal",
            &[
                ("number", deal.number.0.into()),
                ("customer", deal.customer.as_str().into()),
                ("owner", deal.owner.as_str().into()),
                ("what", large_deal_change(words, change).into()),
                ("amount", amount(words, deal).into()),
            ],
        ),
        Finding::Recorded { text } => text.clone(),
    }
}

fn who(words: Words, who: &Who) -> String {
    match who {
        Who::Everyone => words.say("forecast-everyone"),
        Who::Team(name) => words.say_with("alert-who-team", &[("name", name.as_str().into())]),
        Who::Rep(name) => name.clone(),
    }
}

/// `#1 Initech (bob) — 60,000 EUR`: how every deal alert names its deal.
fn about_deal(words: Words, deal: &AboutDeal) -> String {
    words.say_with(
        "alert-deal",
        &[
            ("number", deal.number.0.into()),
            ("customer", deal.customer.as_str().into()),
            ("owner", deal.owner.as_str().into()),
            ("amount", amount(words, deal).into()),
        ],
    )
}

fn amount(words: Words, deal: &AboutDeal) -> String {
    match deal.amount {
        Some(amount) => words.money_whole(amount),
        None => words.say("alert-deal-no-amount"),
    }
}

fn large_deal_change(words: Words, change: &LargeDealChange) -> String {
    match change {
        LargeDealChange::Won => words.say("alert-large-won"),
        LargeDealChange::Lost { reason: None } => words.say("alert-large-lost"),
        LargeDealChange::Lost {
            reason: Some(reason),
        } => words.say_with(
            "alert-large-lost-because",
            &[("reason", reason.as_str().into())],
        ),
        LargeDealChange::Opened { stage } => {
            words.say_with("alert-large-opened", &[("stage", stage.as_str().into())])
        }
        LargeDealChange::Moved { from, to } => words.say_with(
            "alert-large-moved",
            &[("from", from.as_str().into()), ("to", to.as_str().into())],
        ),
    }
}
