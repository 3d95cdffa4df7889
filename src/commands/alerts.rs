//! Forecast alerts: `/alerts rules|set|list|snooze` (the check itself is `jobs::alert_check`).

use super::arguments::{NoArguments, arguments};
use super::{CommandError, NotFound, Request};
use crate::core::alerts::{
    AlertSettings, AlertSwitch, Finding, RULES, Rule, RuleSetting, ThresholdError, check_threshold,
};
use crate::core::closed_set::ClosedSet;
use crate::core::ids::AlertNumber;
use crate::core::localtime::local_date;
use crate::core::money::Currency;
use crate::core::period::Period;
use crate::core::quota::QuotaPeriod;
use crate::i18n::{Said, Words};
use crate::reply::{AlertRuleView, Message, Reply, ReplyData, Tone};
use crate::store::RuleOverride;
use crate::views::alert_words;
use crate::views::alerts::{deal_candidates, forecast_candidates, settings};
use chrono::Duration;
use std::collections::HashMap;

/// Open alerts `/alerts list` shows.
const MAX_LIST_LINES: usize = 30;

fn rule_views(s: &AlertSettings, currency: Currency, words: Words) -> Vec<AlertRuleView> {
    RULES
        .iter()
        .map(|rule| {
            let r = s.get(*rule);
            AlertRuleView {
                rule: rule.key().to_string(),
                enabled: r.enabled,
                threshold: r.threshold,
                days: r.days,
                description: alert_words::rule_description(words, *rule, &r, currency),
            }
        })
        .collect()
}

fn rules_message(title: String, s: &AlertSettings, currency: Currency, words: Words) -> Message {
    let mut m = Message::new(Tone::Info, title);
    for v in rule_views(s, currency, words) {
        let switch = if v.enabled {
            "🟢".to_string()
        } else {
            format!("⚪ {} ·", words.say("setup-off"))
        };
        m = m.line(format!("{switch} `{}` — {}", v.rule, v.description));
    }
    let state = words.say(if s.dm_nudges { "setup-on" } else { "setup-off" });
    m.line(words.say_with("alert-dm-nudges", &[("state", state.into())]))
        .footer(words.say("alert-rules-footer"))
}

/// `/alerts rules`.
pub async fn rules(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let s = settings(req.app, &req.inv.guild_id).await?;
    let currency = req.guild.currency;
    Ok(Reply::private(
        rules_message(req.words.say("alert-rules-title"), &s, currency, req.words),
        ReplyData::AlertRules {
            rules: rule_views(&s, currency, req.words),
            dm_nudges: s.dm_nudges,
        },
    ))
}

arguments! {
    /// `/alerts set`
    pub struct SetArgs {
        rule: AlertSwitch,
        threshold: Option<i64>,
        days: Option<i64>,
        enabled: Option<bool>,
    }
}

/// `/alerts set`.
pub async fn set(req: &Request<'_>, args: SetArgs) -> Result<Reply, CommandError> {
    let switch = args.rule;
    let key = switch.key();
    let (threshold, days, enabled) = (args.threshold, args.days, args.enabled);
    let mut s = settings(req.app, &req.inv.guild_id).await?;
    let change = if switch == AlertSwitch::DmNudges {
        let Some(on) = enabled else {
            return Err(Said::new("error-alert-dm-nudges-say").into());
        };
        if threshold.is_some() || days.is_some() {
            return Err(Said::new("error-alert-dm-nudges-only").into());
        }
        s.dm_nudges = on;
        RuleOverride {
            rule: AlertSwitch::DmNudges,
            enabled: on,
            threshold: None,
            days: None,
        }
    } else {
        let rule = switch
            .rule()
            .ok_or_else(|| NotFound::AlertRule(key.to_string()))?;
        if threshold.is_none() && days.is_none() && enabled.is_none() {
            return Err(Said::new("error-alert-nothing-to-change")
                .with("rule", key)
                .into());
        }
        let before = s.get(rule);
        let after = RuleSetting {
            enabled: enabled.unwrap_or(before.enabled),
            threshold: threshold.unwrap_or(before.threshold),
            days: days.or(before.days),
        };
        check_threshold(rule, after.threshold, after.days).map_err(threshold_refusal)?;
        s.rules.insert(rule, after);
        RuleOverride {
            rule: switch,
            enabled: after.enabled,
            threshold: Some(after.threshold),
            days: after.days,
        }
    };
    req.app
        .db
        .save_alert_override(&req.inv.guild_id, &change, req.caller.id, req.now)
        .await?;
    // A rule turned off has nothing open any more.
    let closed = match (change.rule.rule(), change.enabled) {
        (Some(rule), false) => req.app.db.close_alerts_of(&req.inv.guild_id, rule).await?,
        (Some(_), true) | (None, _) => 0,
    };
    let currency = req.guild.currency;
    let title = req
        .words
        .say_with("alert-rule-changed", &[("rule", key.into())]);
    let mut m = rules_message(title, &s, currency, req.words);
    if closed > 0 {
        m = m.line(req.words.say_with(
            "alert-closed-with-rule",
            &[("count", (closed as i64).into())],
        ));
    }
    m.tone = Tone::Success;
    Ok(Reply::private(
        m,
        ReplyData::AlertRules {
            rules: rule_views(&s, currency, req.words),
            dm_nudges: s.dm_nudges,
        },
    ))
}

/// `/alerts list`: the open alerts of the rules that are on, each with today's figures
/// (an alert the rules no longer find today is left out, and counted).
pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let s = settings(req.app, &req.inv.guild_id).await?;
    let stored = req.app.db.open_alerts(&req.inv.guild_id).await?;
    let today_texts = todays_findings(req, &s, &stored).await?;
    let mut resolved_since = 0;
    let mut alerts = Vec::new();
    for mut a in stored {
        if s.enabled(a.rule).is_none() {
            continue;
        }
        if a.rule != Rule::LargeDeal {
            match today_texts.get(&(a.rule, a.subject.clone(), a.period_key.clone())) {
                Some(finding) => a.finding = finding.clone(),
                None => {
                    resolved_since += 1;
                    continue;
                }
            }
        }
        alerts.push(a);
    }
    let words = req.words;
    let mut m = Message::new(
        Tone::Info,
        words.say_with(
            "alert-list-title",
            &[("count", (alerts.len() as i64).into())],
        ),
    );
    if alerts.is_empty() {
        m = m.line(words.say("alert-list-empty"));
    }
    if alerts.len() > MAX_LIST_LINES {
        m = m.line(words.say_with(
            "alert-list-newest",
            &[
                ("shown", (MAX_LIST_LINES as i64).into()),
                ("count", (alerts.len() as i64).into()),
            ],
        ));
    }
    for a in alerts.iter().take(MAX_LIST_LINES) {
        let snoozed = match a.snoozed_until {
            Some(until) if until > req.now => words.say_with(
                "alert-list-snoozed",
                &[(
                    "day",
                    words
                        .day_and_month(local_date(until, req.guild.timezone))
                        .into(),
                )],
            ),
            _ => String::new(),
        };
        m = m.line(words.say_with(
            "alert-list-line",
            &[
                ("number", a.number.0.into()),
                ("rule", alert_words::rule_name(words, a.rule).into()),
                ("finding", alert_words::finding(words, &a.finding).into()),
                ("times", a.times_sent.into()),
                ("snoozed", snoozed.into()),
            ],
        ));
    }
    if resolved_since > 0 {
        m = m.line(words.say_with("alert-list-resolved", &[("count", resolved_since.into())]));
    }
    // The example names an alert that is there, or none when nothing is open.
    if let Some(first) = alerts.first() {
        m = m.footer(words.say_with("alert-list-footer", &[("number", first.number.0.into())]));
    }
    Ok(Reply::private(m, ReplyData::Alerts { alerts }))
}

/// What each rule finds today, by the key an alert is kept under: (rule, subject,
/// period key) → the finding with today's figures.
async fn todays_findings(
    req: &Request<'_>,
    s: &AlertSettings,
    open: &[crate::core::records::OpenAlert],
) -> Result<HashMap<(Rule, String, String), Finding>, CommandError> {
    let mut found = Vec::new();
    let mut periods: Vec<Period> = open
        .iter()
        .filter_map(|a| period_of_key(&a.period_key, req))
        .collect();
    periods.sort_by_key(|p| (p.start, p.end));
    periods.dedup();
    for period in &periods {
        found.extend(forecast_candidates(req.app, &req.guild, s, period, req.today).await?);
    }
    found.extend(deal_candidates(req.app, &req.guild, s, req.today).await?);
    Ok(found
        .into_iter()
        .map(|c| ((c.rule, c.subject, c.period_key), c.finding))
        .collect())
}

/// The period a forecast alert's key names ("quarter:2026-04-01").
fn period_of_key(key: &str, req: &Request<'_>) -> Option<Period> {
    let (kind, start) = key.split_once(':')?;
    let kind = QuotaPeriod::from_key(kind)?;
    let start: chrono::NaiveDate = start.parse().ok()?;
    Some(Period::containing(
        kind.kind(),
        start,
        req.guild.fiscal_year_start,
    ))
}

arguments! {
    /// `/alerts snooze`
    pub struct SnoozeArgs {
        id: AlertNumber,
        days: i64,
    }
}

/// `/alerts snooze`.
pub async fn snooze(req: &Request<'_>, args: SnoozeArgs) -> Result<Reply, CommandError> {
    let (number, days) = (args.id, args.days);
    let until = req.now + Duration::days(days);
    let finding = req
        .app
        .db
        .snooze_alert(&req.inv.guild_id, number, until, req.caller.id)
        .await?
        .ok_or(NotFound::Alert(number))?;
    let words = req.words;
    let m = Message::new(
        Tone::Success,
        words.say_with(
            "alert-snoozed-title",
            &[
                ("number", number.0.into()),
                (
                    "day",
                    words.day(local_date(until, req.guild.timezone)).into(),
                ),
            ],
        ),
    )
    .line(alert_words::finding(words, &finding))
    .line(words.say("alert-snoozed-how"));
    Ok(Reply::private(m, ReplyData::None))
}

/// Why new numbers for a rule do not work, and what would.
fn threshold_refusal(e: ThresholdError) -> Said {
    let said = match e {
        ThresholdError::OutOfRange { rule, min, max } => Said::new(match rule {
            Rule::Attainment => "error-alert-threshold-attainment",
            Rule::Slipped => "error-alert-threshold-slipped",
            Rule::Stale => "error-alert-threshold-stale",
            Rule::Coverage => "error-alert-threshold-coverage",
            Rule::ForecastDrop => "error-alert-threshold-forecast-drop",
            Rule::LargeDeal => "error-alert-threshold-large-deal",
        })
        .with("min", min)
        .with("max", crate::i18n::said::Part::Grouped(max)),
        ThresholdError::DaysOutOfRange => Said::new("error-alert-days"),
        ThresholdError::NoDays(rule) => Said::new("error-alert-no-days").with("rule", rule.key()),
    };
    said.hinted_by("error-alert-threshold-hint")
}
