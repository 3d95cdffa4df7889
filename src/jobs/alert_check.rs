//! The forecast alert check a `kind:alerts` schedule runs: every enabled rule is
//! measured, what is new, worse or back is recorded and reported.

use crate::app::App;
use crate::core::alerts::{self, AlertSettings, Candidate, Decision, RULES, Rule};
use crate::core::deal::{AuditAction, DealState, Outcome};
use crate::core::guild::GuildSettings;
use crate::core::localtime::local_date;
use crate::core::money::Money;
use crate::core::nudge::{NudgeKind, state_key};
use crate::core::period::{Period, PeriodSpec};
use crate::core::quota::{QuotaSubject, percent};
use crate::core::words::count;
use crate::error::CommandError;
use crate::reply::{Message, Tone};
use crate::views::alerts::settings;
use crate::views::forecast::forecast_all;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeMap;

/// Alerts one post lists before it sums up the rest (a chat post is read, not searched).
const MAX_POST_LINES: usize = 20;

/// What one check found to say: a post for the managers. Nudges for deal owners are
/// written down as nudges (`jobs::nudges` sends them, within the limits).
pub struct CheckResult {
    pub post: Option<Message>,
}

fn subject_name(subject: QuotaSubject, name: &str) -> String {
    match subject {
        QuotaSubject::Team(_) => format!("Team {name}"),
        QuotaSubject::Member(_) | QuotaSubject::Everyone => name.to_string(),
    }
}

/// Large-deal news for one audited change, if the deal is large enough.
fn large_deal_news(
    change: &crate::store::DealChange,
    currency: crate::core::money::Currency,
    pipeline: &crate::core::deal::Pipeline,
    minimum: i64,
) -> Option<String> {
    let after: &DealState = change.after.as_ref()?;
    let amount = after.amount.filter(|a| a.currency == currency)?;
    if amount.minor < minimum {
        return None;
    }
    let stage = |key: &str| {
        pipeline
            .by_key(key)
            .map(|s| s.label.clone())
            .unwrap_or_else(|| key.to_string())
    };
    let what = match (change.action, after.outcome) {
        (_, Outcome::Won) => "🎉 won".to_string(),
        (_, Outcome::Lost) => format!(
            "lost{}",
            after
                .lost_reason
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        ),
        (AuditAction::Create, _) => format!("opened at {}", stage(&after.stage)),
        _ => format!(
            "moved {} → {}",
            change
                .before
                .as_ref()
                .map(|b| stage(&b.stage))
                .unwrap_or_default(),
            stage(&after.stage)
        ),
    };
    Some(format!(
        "#{} {} ({}) {what} — {}",
        change.deal_number,
        after.customer,
        change.owner_name,
        amount.display_whole()
    ))
}

/// Checks every enabled rule, records what it found, and says what is new, worse or
/// back. `period` is the schedule's (month or quarter), or the config's.
/// `since` is when the alerts began (the schedule's start): the first check reports
/// large-deal news from then on, later checks everything since the one before.
pub async fn check(
    app: &App,
    guild: &GuildSettings,
    period: Option<&str>,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<CheckResult, CommandError> {
    let s = settings(app, &guild.guild_id).await?;
    let today = local_date(now, guild.timezone);
    let period: Period = PeriodSpec::parse(period.unwrap_or(&app.config.alerts_period))?
        .resolve(today, guild.fiscal_year_start)?;

    let mut found = forecast_candidates(app, guild, &s, &period, today).await?;
    found.extend(deal_candidates(app, guild, &s, today).await?);
    found.extend(large_deal_candidates(app, guild, &s, since, now).await?);

    let checked: Vec<&str> = RULES
        .iter()
        .filter(|r| s.enabled(**r).is_some())
        .map(|r| r.key())
        .collect();
    let decisions = app
        .db
        .record_alert_check(
            &guild.guild_id,
            &found,
            &checked,
            |c, before| alerts::decide(c.rule, &s.get(c.rule), c.measure, before, now),
            now,
        )
        .await?;
    report(app, guild, &s, &period, now, &found, &decisions).await
}

/// Attainment, coverage and forecast drops, for everyone, each team and each rep.
async fn forecast_candidates(
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
    let money = |minor: i64| Money::new(minor, guild.currency).display_whole();
    let period_key = format!(
        "{}:{}",
        period.quota_key().unwrap_or("period"),
        period.start
    );
    let previous: BTreeMap<String, i64> = match period.quota_key() {
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
        let who = subject_name(sf.subject, &sf.name);
        let key = sf.subject.key();
        let mut push = |rule, measure, text: String| {
            found.push(Candidate {
                rule,
                subject: key.clone(),
                period_key: period_key.clone(),
                measure,
                text,
                owner: None,
            })
        };
        if let Some(r) = s.enabled(Rule::Attainment)
            && let Some(measure) = alerts::attainment(f, days_left, &r)
        {
            push(
                Rule::Attainment,
                measure,
                format!(
                    "{who} is projected at {} of quota for {} ({} of {}), {} left",
                    percent(f.projected_attainment_bp.unwrap_or(0)),
                    period.label(),
                    money(f.blended),
                    money(f.quota.unwrap_or(0)),
                    count(days_left, "day", "days"),
                ),
            );
        }
        if let Some(r) = s.enabled(Rule::Coverage)
            && let Some(measure) = alerts::coverage(f, &r)
        {
            let c = f.coverage_x100.unwrap_or(0);
            push(
                Rule::Coverage,
                measure,
                format!(
                    "{who} has {}.{:02}× pipeline for the {} of quota left in {} (rule: {}.{:02}×)",
                    c / 100,
                    c % 100,
                    money(f.quota.unwrap_or(0) - f.closed_won),
                    period.label(),
                    r.threshold / 100,
                    r.threshold % 100
                ),
            );
        }
        if let Some(r) = s.enabled(Rule::ForecastDrop)
            && let Some(before) = previous.get(&key)
            && let Some(measure) = alerts::forecast_drop(*before, f.blended, &r)
        {
            push(
                Rule::ForecastDrop,
                measure,
                format!(
                    "{who}'s blended projection for {} fell {} since the last snapshot ({} → {})",
                    period.label(),
                    percent(measure),
                    money(*before),
                    money(f.blended)
                ),
            );
        }
    }
    Ok(found)
}

/// Slipped and stale open deals.
async fn deal_candidates(
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
        let amount = d
            .state
            .amount
            .map(|a| a.display_whole())
            .unwrap_or_else(|| "no amount".into());
        // A deal's alerts are about it and go to its owner; each names it alike.
        let head = format!(
            "#{} {} ({}) — {amount}",
            d.number, d.state.customer, d.owner_name
        );
        let about_deal = |rule, since: NaiveDate, measure, tail: String| Candidate {
            rule,
            subject: format!("deal:{}", d.number),
            period_key: since.to_string(),
            measure,
            text: format!("{head}{tail}"),
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
                format!(
                    " was due {}, {} ago",
                    close.format("%-d %b"),
                    count(late, "day", "days")
                ),
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
                format!(", no change for {}", count(idle, "day", "days")),
            ));
        }
    }
    Ok(found)
}

/// Large deals opened, moved, won or lost since the last check (the last day, the
/// first time). The trail is read, and marked read, even with the rule off, so turning
/// it on does not report old news.
async fn large_deal_candidates(
    app: &App,
    guild: &GuildSettings,
    s: &AlertSettings,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Candidate>, CommandError> {
    let changes = app
        .db
        .unreported_deal_changes(&guild.guild_id, since, now)
        .await?;
    let Some(r) = s.enabled(Rule::LargeDeal) else {
        return Ok(Vec::new());
    };
    let minimum = r.threshold.saturating_mul(guild.currency.minor_per_major());
    let pipeline = app.config.pipeline.with_labels(&guild.stage_labels);
    Ok(changes
        .iter()
        .filter_map(|change| {
            large_deal_news(change, guild.currency, &pipeline, minimum).map(|text| Candidate {
                rule: Rule::LargeDeal,
                subject: format!("deal:{}", change.deal_number),
                period_key: format!("change:{}", change.audit_id),
                measure: 0,
                text,
                owner: None,
            })
        })
        .collect())
}

/// The managers' post (None when nothing is to be sent) and the owners' nudges.
async fn report(
    app: &App,
    guild: &GuildSettings,
    s: &AlertSettings,
    period: &Period,
    now: DateTime<Utc>,
    found: &[Candidate],
    decisions: &[(i64, Decision)],
) -> Result<CheckResult, CommandError> {
    let today = guild.today(now);
    let mut post = Message::new(
        Tone::Warning,
        format!("🚨 Forecast alerts — {}", today.format("%-d %b %Y")),
    );
    let mut left_out: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (c, (number, decision)) in found.iter().zip(decisions) {
        let why = match decision {
            Decision::Quiet => continue,
            Decision::New => "",
            Decision::Worse => " · worse",
            Decision::Back => " · back",
        };
        if post.lines.len() < MAX_POST_LINES {
            post = post.line(format!(
                "`#{number}` **{}**{why} — {}",
                c.rule.label(),
                c.text
            ));
        } else {
            *left_out.entry(c.rule.label()).or_default() += 1;
        }
        if s.dm_nudges
            && let Some(owner) = c.owner
            && let Some(member) = app.db.member_by_id(&guild.guild_id, owner).await?
            && let Some(user_id) = member.user_id
        {
            // A nudge like any other: the team's delivery, the limits, once per state.
            // Without the deal's details, since a channel nudge is read by others.
            let subject = c.subject.trim_start_matches("deal:");
            let mut nudge = Message::new(
                Tone::Info,
                format!("👋 {}, deal #{subject} needs an update", member.display_name),
            )
            .line(format!("{}: update it so the forecast is right.", c.rule.label()))
            .line(format!(
                "/deal show id:{subject}, then /deal edit id:{subject} close:… or /deal stage, /deal won, /deal lost."
            ))
            .footer("Turn these off with /nudges off, or /away until:… while you are out.");
            nudge.mentions = vec![user_id];
            let change = match decision {
                Decision::Worse => "worse",
                Decision::Back => "back",
                Decision::New | Decision::Quiet => "new",
            };
            let state = format!("alert:{number}:{change}");
            app.db
                .add_nudge(
                    &guild.guild_id,
                    owner,
                    NudgeKind::Deal,
                    &state_key(NudgeKind::Deal, &state),
                    &nudge,
                    now,
                    app.config.nudges.next_allowed(now, &guild.team_time()),
                )
                .await?;
        }
    }
    if !left_out.is_empty() {
        let parts: Vec<String> = left_out
            .iter()
            .map(|(label, n)| format!("{n} × {label}"))
            .collect();
        post = post.line(format!(
            "…and {} more: {}. See them all with /alerts list.",
            left_out.values().sum::<usize>(),
            parts.join(", ")
        ));
    }
    let post = (!post.lines.is_empty()).then(|| {
        post.footer(format!(
            "{} · snooze one: /alerts snooze id:… days:7 · rules: /alerts rules",
            period.label()
        ))
    });
    Ok(CheckResult { post })
}
