//! Forecast alerts: `/alerts rules|set|list|snooze` (the check itself is `jobs::alert_check`).

use super::arguments::{NoArguments, arguments};
use super::{CommandError, NotFound, Request};
use crate::core::alerts::{AlertSettings, AlertSwitch, RULES, Rule, RuleSetting, check_threshold};
use crate::core::closed_set::ClosedSet;
use crate::core::ids::AlertNumber;
use crate::core::localtime::local_date;
use crate::core::period::Period;
use crate::core::quota::QuotaPeriod;
use crate::reply::{AlertRuleView, Message, Reply, ReplyData, Tone};
use crate::store::RuleOverride;
use crate::views::alerts::{deal_candidates, forecast_candidates, settings};
use chrono::Duration;
use std::collections::HashMap;

/// Open alerts `/alerts list` shows.
const MAX_LIST_LINES: usize = 30;

fn rule_views(s: &AlertSettings, currency: &str) -> Vec<AlertRuleView> {
    RULES
        .iter()
        .map(|rule| {
            let r = s.get(*rule);
            AlertRuleView {
                rule: rule.key().to_string(),
                enabled: r.enabled,
                threshold: r.threshold,
                days: r.days,
                description: rule.describe(&r, currency),
            }
        })
        .collect()
}

fn rules_message(title: String, s: &AlertSettings, currency: &str) -> Message {
    let mut m = Message::new(Tone::Info, title);
    for v in rule_views(s, currency) {
        m = m.line(format!(
            "{} `{}` — {}",
            if v.enabled { "🟢" } else { "⚪ off ·" },
            v.rule,
            v.description
        ));
    }
    m.line(format!(
        "DM nudges to owners of slipped and stale deals: {}",
        if s.dm_nudges { "on" } else { "off" }
    ))
    .footer(
        "Change one: /alerts set rule:stale threshold:21 · checked by /schedule add kind:alerts",
    )
}

/// `/alerts rules`.
pub async fn rules(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let s = settings(req.app, &req.inv.guild_id).await?;
    let currency = req.guild.currency.to_string();
    Ok(Reply::private(
        rules_message("🚨 Alert rules".into(), &s, &currency),
        ReplyData::AlertRules {
            rules: rule_views(&s, &currency),
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
            return Err(CommandError::with_hint(
                "Say whether to send nudges.",
                "/alerts set rule:dm_nudges enabled:true",
            ));
        };
        if threshold.is_some() || days.is_some() {
            return Err(CommandError::user(
                "dm_nudges is only on or off: use enabled.",
            ));
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
            return Err(CommandError::with_hint(
                "Nothing to change.",
                format!("Add threshold, days or enabled, e.g. /alerts set rule:{key} threshold:…"),
            ));
        }
        let before = s.get(rule);
        let after = RuleSetting {
            enabled: enabled.unwrap_or(before.enabled),
            threshold: threshold.unwrap_or(before.threshold),
            days: days.or(before.days),
        };
        check_threshold(rule, after.threshold, after.days).map_err(|e| {
            CommandError::with_hint(
                format!("That does not work: {e}."),
                "See /alerts rules for what each number means.",
            )
        })?;
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
    let currency = req.guild.currency.to_string();
    let mut m = rules_message(format!("🚨 Alert rule `{key}` changed"), &s, &currency);
    if closed > 0 {
        m = m.line(format!(
            "Its {} closed.",
            crate::core::words::count(closed as i64, "open alert is", "open alerts are")
        ));
    }
    m.tone = Tone::Success;
    Ok(Reply::private(
        m,
        ReplyData::AlertRules {
            rules: rule_views(&s, &currency),
            dm_nudges: s.dm_nudges,
        },
    ))
}

/// `/alerts list`: the open alerts of the rules that are on, each with today's figures
/// (an alert the rules no longer find today is left out, and counted).
pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let s = settings(req.app, &req.inv.guild_id).await?;
    let stored = req.app.db.open_alerts(&req.inv.guild_id).await?;
    let today_texts = todays_figures(req, &s, &stored).await?;
    let mut resolved_since = 0;
    let mut alerts = Vec::new();
    for mut a in stored {
        if s.enabled(a.rule).is_none() {
            continue;
        }
        if a.rule != Rule::LargeDeal {
            match today_texts.get(&(a.rule, a.subject.clone(), a.period_key.clone())) {
                Some(text) => a.text = text.clone(),
                None => {
                    resolved_since += 1;
                    continue;
                }
            }
        }
        alerts.push(a);
    }
    let mut m = Message::new(Tone::Info, format!("🚨 Open alerts ({})", alerts.len()));
    if alerts.is_empty() {
        m = m.line("Nothing open. Alerts are checked by a schedule: /schedule add kind:alerts cron:\"daily 08:30\"");
    }
    if alerts.len() > MAX_LIST_LINES {
        m = m.line(format!(
            "The newest {MAX_LIST_LINES} of {}; raise a rule's threshold with /alerts set if these are too many.",
            alerts.len()
        ));
    }
    for a in alerts.iter().take(MAX_LIST_LINES) {
        let snoozed = match a.snoozed_until {
            Some(until) if until > req.now => format!(
                " · 💤 until {}",
                local_date(until, req.guild.timezone).format("%-d %b")
            ),
            _ => String::new(),
        };
        let label = a.rule.label();
        m = m.line(format!(
            "`#{}` {label} — {} · sent {}×{snoozed}",
            a.number, a.text, a.times_sent
        ));
    }
    if resolved_since > 0 {
        m = m.line(format!(
            "{} no longer found today; the next check closes {}.",
            crate::core::words::count(resolved_since, "alert is", "alerts are"),
            if resolved_since == 1 { "it" } else { "them" }
        ));
    }
    // The example names an alert that is there, or none when nothing is open.
    if let Some(first) = alerts.first() {
        m = m.footer(format!(
            "Figures as of today · quiet one: /alerts snooze id:{} days:7",
            first.number
        ));
    }
    Ok(Reply::private(m, ReplyData::Alerts { alerts }))
}

/// What each rule measures today, by the key an alert is kept under: (rule, subject,
/// period key) → its words with today's figures.
async fn todays_figures(
    req: &Request<'_>,
    s: &AlertSettings,
    open: &[crate::core::records::OpenAlert],
) -> Result<HashMap<(Rule, String, String), String>, CommandError> {
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
        .map(|c| ((c.rule, c.subject, c.period_key), c.text))
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
    let text = req
        .app
        .db
        .snooze_alert(&req.inv.guild_id, number, until, req.caller.id)
        .await?
        .ok_or(NotFound::Alert(number))?;
    let m = Message::new(
        Tone::Success,
        format!(
            "💤 Alert #{number} snoozed until {}",
            local_date(until, req.guild.timezone).format("%-d %b %Y")
        ),
    )
    .line(text)
    .line("It stays quiet until then; if it is still there afterwards and worse than when it was last sent, it is sent again.");
    Ok(Reply::private(m, ReplyData::None))
}
