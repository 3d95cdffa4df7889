//! A team's alert rules (the config's, with the team's own changes on top), and what
//! the rules measure today: the scheduled alert check records it, `/alerts list` shows
//! it, so an open alert always reads with today's figures.

use crate::app::App;
use crate::core::alerts::{
    self, AboutDeal, AlertPeriod, AlertSettings, AlertSwitch, Candidate, Finding, Rule,
    RuleSetting, Who,
};
use crate::core::guild::GuildSettings;
use crate::core::ids::GuildId;
use crate::core::localtime::local_date;
use crate::core::money::Money;
use crate::core::period::Period;
use crate::core::quota::QuotaPeriod;
use crate::core::quota::QuotaSubject;
use crate::error::CommandError;
use crate::store::StoreError;
use crate::views::forecast::forecast_all;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A team's alert settings: the config's, with the team's changes on top.
pub async fn settings(app: &App, guild_id: &GuildId) -> Result<AlertSettings, StoreError> {
    let mut settings = app.config.alerts.clone();
    for o in app.db.alert_overrides(guild_id).await? {
        if o.rule == AlertSwitch::DmNudges {
            settings.dm_nudges = o.enabled;
        } else if let Some(rule) = o.rule.rule() {
            let base = settings.get(rule);
            settings.rules.insert(
                rule,
                RuleSetting {
                    enabled: o.enabled,
                    threshold: o.threshold.unwrap_or(base.threshold),
                    days: o.days.or(base.days),
                },
            );
        }
    }
    Ok(settings)
}

fn who(subject: QuotaSubject, name: &str) -> Who {
    match subject {
        QuotaSubject::Team(_) => Who::Team(name.to_string()),
        QuotaSubject::Member(_) => Who::Rep(name.to_string()),
        QuotaSubject::Everyone => Who::Everyone,
    }
}

/// Attainment, coverage and forecast drops, for everyone, each team and each rep.
pub async fn forecast_candidates(
    app: &App,
    guild: &GuildSettings,
    s: &AlertSettings,
    period: &Period,
    today: NaiveDate,
) -> Result<Vec<Candidate>, CommandError> {
    let mut found = Vec::new();
    let watched = [Rule::Attainment, Rule::Coverage, Rule::ForecastDrop]
        .iter()
        .any(|r| s.enabled(*r).is_some());
    if !watched {
        return Ok(found);
    }
    let days_left = (period.end - today).num_days();
    let money = |minor: i64| Money::new(minor, guild.currency);
    let about = AlertPeriod::of(period);
    let period_key = format!(
        "{}:{}",
        QuotaPeriod::of(period).map_or("period", |q| q.key()),
        period.start
    );
    let previous: BTreeMap<String, i64> = match QuotaPeriod::of(period) {
        Some(kind) => app
            .db
            .snapshots_before(&guild.guild_id, kind, period.start, today)
            .await?
            .into_iter()
            .map(|snap| (snap.subject, snap.blended))
            .collect(),
        None => BTreeMap::new(),
    };
    for sf in forecast_all(app, guild, period, today).await? {
        let f = &sf.forecast;
        let who = who(sf.subject, &sf.name);
        let key = sf.subject.key();
        let mut push = |rule, measure, finding: Finding| {
            found.push(Candidate {
                rule,
                subject: key.clone(),
                period_key: period_key.clone(),
                measure,
                finding,
                owner: None,
            })
        };
        if let Some(r) = s.enabled(Rule::Attainment)
            && let Some(measure) = alerts::attainment(f, days_left, &r)
        {
            push(
                Rule::Attainment,
                measure,
                Finding::Attainment {
                    who: who.clone(),
                    period: about,
                    projected_bp: f.projected_attainment_bp.unwrap_or(0),
                    blended: money(f.blended),
                    quota: money(f.quota.unwrap_or(0)),
                    days_left,
                },
            );
        }
        if let Some(r) = s.enabled(Rule::Coverage)
            && let Some(measure) = alerts::coverage(f, &r)
        {
            push(
                Rule::Coverage,
                measure,
                Finding::Coverage {
                    who: who.clone(),
                    period: about,
                    coverage_x100: f.coverage_x100.unwrap_or(0),
                    quota_left: money(f.quota.unwrap_or(0) - f.closed_won),
                    rule_x100: r.threshold,
                },
            );
        }
        if let Some(r) = s.enabled(Rule::ForecastDrop)
            && let Some(before) = previous.get(&key)
            && let Some(measure) = alerts::forecast_drop(*before, f.blended, &r)
        {
            push(
                Rule::ForecastDrop,
                measure,
                Finding::ForecastDrop {
                    who: who.clone(),
                    period: about,
                    drop_bp: measure,
                    before: money(*before),
                    after: money(f.blended),
                },
            );
        }
    }
    Ok(found)
}

/// Slipped and stale open deals.
pub async fn deal_candidates(
    app: &App,
    guild: &GuildSettings,
    s: &AlertSettings,
    today: NaiveDate,
) -> Result<Vec<Candidate>, CommandError> {
    let mut found = Vec::new();
    let slipped = s.enabled(Rule::Slipped);
    let stale = s.enabled(Rule::Stale);
    if slipped.is_none() && stale.is_none() {
        return Ok(found);
    }
    for d in app
        .db
        .open_deals(&guild.guild_id, QuotaSubject::Everyone)
        .await?
    {
        // A deal's alerts are about it and go to its owner; each names it alike.
        let deal = AboutDeal {
            number: d.number,
            customer: d.state.customer.clone(),
            owner: d.owner_name.clone(),
            amount: d.state.amount,
        };
        let about_deal = |rule, since: NaiveDate, measure, finding| Candidate {
            rule,
            subject: format!("deal:{}", d.number),
            period_key: since.to_string(),
            measure,
            finding,
            owner: Some(d.state.owner_id),
        };
        if let Some(r) = slipped
            && let Some(close) = d.state.expected_close
            && let Some(late) = alerts::slipped(close, today, &r)
        {
            // Keyed by the close date: a new close date that slips again is a new alert.
            found.push(about_deal(
                Rule::Slipped,
                close,
                late,
                Finding::Slipped {
                    deal: deal.clone(),
                    due: close,
                    days_late: late,
                },
            ));
        }
        let changed = local_date(d.updated_at, guild.timezone);
        if let Some(r) = stale
            && let Some(idle) = alerts::stale(changed, today, &r)
        {
            // Keyed by the last change: touched and left again is a new alert.
            found.push(about_deal(
                Rule::Stale,
                changed,
                idle,
                Finding::Stale {
                    deal: deal.clone(),
                    idle_days: idle,
                },
            ));
        }
    }
    Ok(found)
}
