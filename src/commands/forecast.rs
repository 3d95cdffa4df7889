//! `/forecast show` and `/forecast accuracy`, and the forecasts the scheduler needs:
//! daily snapshots of every subject, and the numbers the alert rules watch.

use super::quota::period_quota;
use super::{CommandError, Request};
use crate::app::App;
use crate::core::deal::Deal;
use crate::core::forecast::{
    Accuracy, Forecast, OpenDeal, accuracy as accuracy_of, error_bp, forecast,
};
use crate::core::money::{Currency, Money};
use crate::core::period::Period;
use crate::core::quota::{QuotaSubject, percent};
use crate::core::team::TeamSettings;
use crate::reply::{AccuracyData, AccuracyRow, ForecastData, Message, Reply, ReplyData, Tone};
use crate::store::Snapshot;
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

/// One subject's forecast, with the open deals it had to leave out.
pub(crate) struct SubjectForecast {
    pub subject: QuotaSubject,
    pub name: String,
    pub forecast: Forecast,
    pub other_currency: usize,
    pub no_amount: usize,
}

/// Open deals as the forecast sees them; counts those in other currencies and without
/// an amount, which it cannot add up.
fn forecastable(app: &App, team: &TeamSettings, deals: &[Deal]) -> (Vec<OpenDeal>, usize, usize) {
    let thresholds = app.config.forecast_thresholds;
    let (mut other_currency, mut no_amount) = (0, 0);
    let mut open = Vec::with_capacity(deals.len());
    for deal in deals {
        let Some(amount) = deal.state.amount else {
            no_amount += 1;
            continue;
        };
        if amount.currency != team.currency {
            other_currency += 1;
            continue;
        }
        let probability = app
            .config
            .pipeline
            .by_key(&deal.state.stage)
            .map(|s| s.probability)
            .unwrap_or(0);
        open.push(OpenDeal {
            number: deal.number,
            customer: deal.state.customer.clone(),
            owner: deal.owner_name.clone(),
            amount: amount.minor,
            probability,
            category: deal
                .state
                .forecast_category
                .unwrap_or_else(|| thresholds.for_probability(probability)),
            expected_close: deal.state.expected_close,
        });
    }
    (open, other_currency, no_amount)
}

/// The forecast of one subject.
pub(crate) async fn forecast_of(
    app: &App,
    team: &TeamSettings,
    subject: QuotaSubject,
    name: String,
    period: &Period,
    today: NaiveDate,
) -> Result<SubjectForecast, CommandError> {
    let db = &app.db;
    let won = db
        .won_revenue(
            &team.guild_id,
            subject,
            period.start,
            period.end,
            team.currency,
        )
        .await?;
    let quota = period_quota(app, &team.guild_id, team.currency, subject, period).await?;
    let (open, other_currency, no_amount) =
        forecastable(app, team, &db.open_deals(&team.guild_id, subject).await?);
    Ok(SubjectForecast {
        subject,
        name,
        forecast: forecast(won, &open, quota, period, today),
        other_currency,
        no_amount,
    })
}

/// Everyone's forecast, each team's, and each rep's who has a quota, open deals or
/// wins in the period, from one read of the open deals.
pub(crate) async fn forecast_all(
    app: &App,
    team: &TeamSettings,
    period: &Period,
    today: NaiveDate,
) -> Result<Vec<SubjectForecast>, CommandError> {
    let db = &app.db;
    let guild = &team.guild_id;
    let deals = db.open_deals(guild, QuotaSubject::Everyone).await?;
    let won = db
        .won_totals(guild, period.start, period.end, team.currency)
        .await?;
    let member_quotas: BTreeMap<i64, i64> = match period.quota_key() {
        Some(kind) => db
            .member_quotas(guild, kind, period.start)
            .await?
            .into_iter()
            .filter(|(_, _, c)| c == team.currency.code())
            .map(|(id, amount, _)| (id, amount))
            .collect(),
        None => BTreeMap::new(),
    };
    let mut names: BTreeMap<i64, String> = BTreeMap::new();
    let mut by_owner: BTreeMap<i64, Vec<Deal>> = BTreeMap::new();
    for d in &deals {
        names.insert(d.state.owner_id, d.owner_name.clone());
        by_owner
            .entry(d.state.owner_id)
            .or_default()
            .push(d.clone());
    }
    let won_by: BTreeMap<i64, i64> = won.iter().map(|w| (w.member_id, w.revenue)).collect();
    for w in &won {
        names.insert(w.member_id, w.name.clone());
    }
    for id in member_quotas.keys() {
        if !names.contains_key(id)
            && let Some(m) = db.member_by_id(guild, *id).await?
        {
            names.insert(*id, m.display_name);
        }
    }
    let make = |subject, name, deals: &[Deal], won: i64, quota: Option<i64>| {
        let (open, other_currency, no_amount) = forecastable(app, team, deals);
        SubjectForecast {
            subject,
            name,
            forecast: forecast(won, &open, quota, period, today),
            other_currency,
            no_amount,
        }
    };
    let mut out = vec![make(
        QuotaSubject::Everyone,
        "Everyone".to_string(),
        &deals,
        won_by.values().sum(),
        period_quota(
            app,
            &team.guild_id,
            team.currency,
            QuotaSubject::Everyone,
            period,
        )
        .await?,
    )];
    for (team_id, team_name, members) in db.team_memberships(guild).await? {
        let members: BTreeSet<i64> = members.into_iter().collect();
        let team_deals: Vec<Deal> = deals
            .iter()
            .filter(|d| members.contains(&d.state.owner_id))
            .cloned()
            .collect();
        let team_won = members.iter().filter_map(|m| won_by.get(m)).sum();
        let subject = QuotaSubject::Team(team_id);
        let quota = period_quota(app, &team.guild_id, team.currency, subject, period).await?;
        out.push(make(subject, team_name, &team_deals, team_won, quota));
    }
    for (id, name) in names {
        let owned = by_owner.get(&id).map(Vec::as_slice).unwrap_or(&[]);
        out.push(make(
            QuotaSubject::Member(id),
            name,
            owned,
            won_by.get(&id).copied().unwrap_or(0),
            member_quotas.get(&id).copied(),
        ));
    }
    Ok(out)
}

/// The forecast as a message.
pub(crate) fn render(sf: &SubjectForecast, period: &Period, team: &TeamSettings) -> Message {
    let f = &sf.forecast;
    let currency = team.currency;
    let money = |minor: i64| Money::new(minor, currency).display_whole();
    let mut message = Message::new(
        Tone::Info,
        format!("🔮 Forecast — {} — {}", sf.name, period.label()),
    )
    .field("Closed won", money(f.closed_won))
    .field("Commit", money(f.commit))
    .field("Best case", money(f.best_case))
    .field("Open pipeline", money(f.pipeline))
    .field("Weighted pipeline", money(f.weighted))
    .field(
        "Run-rate",
        f.run_rate
            .map(money)
            .unwrap_or_else(|| "— (no business day yet)".into()),
    )
    .field("Blended projection", money(f.blended));
    match (f.quota, f.projected_attainment_bp) {
        (Some(q), Some(bp)) => {
            message = message
                .field("Quota", money(q))
                .field("Projected attainment", percent(bp));
        }
        _ => message = message.field("Quota", "not set".to_string()),
    }
    if let Some(c) = f.coverage_x100 {
        message = message.field(
            "Pipeline coverage",
            format!("{}.{:02}× what is left", c / 100, c % 100),
        );
    }
    let one_rep = matches!(sf.subject, QuotaSubject::Member(_));
    for d in &f.largest {
        let close = d
            .expected_close
            .map(|c| c.format("%-d %b").to_string())
            .unwrap_or_default();
        message = message.line(format!(
            "Big open deal: #{} {} — {} · {} {}% · closes {close}{}",
            d.number,
            d.customer,
            money(d.amount),
            d.category.label(),
            d.probability,
            if one_rep {
                String::new()
            } else {
                format!(" · {}", d.owner)
            }
        ));
    }
    for d in &f.slipping {
        let due = d
            .expected_close
            .map(|c| c.format("%-d %b").to_string())
            .unwrap_or_default();
        message = message.line(format!(
            "Slipping: #{} {} — {} was due {due}; update it with /deal edit id:{} close:…",
            d.number,
            d.customer,
            money(d.amount),
            d.number
        ));
    }
    if f.undated > 0 {
        message = message.line(format!(
            "{} open deal(s) have no expected close date, so no period counts them.",
            f.undated
        ));
    }
    if sf.other_currency + sf.no_amount > 0 {
        message = message.line(format!(
            "Left out: {} open deal(s) in other currencies, {} without an amount.",
            sf.other_currency, sf.no_amount
        ));
    }
    message.footer(format!(
        "{} · {} · methods in the README",
        period.label(),
        team.timezone
    ))
}

/// The subject the options name, or the caller; checked against what the caller may see.
async fn subject_of(req: &Request<'_>) -> Result<(QuotaSubject, String), CommandError> {
    let (subject, name) = match super::quota::named_subject(req).await? {
        Some(s) => s,
        None => (
            QuotaSubject::Member(req.caller.id),
            req.caller.display_name.clone(),
        ),
    };
    super::quota::check_visible(req, subject, true).await?;
    Ok((subject, name))
}

/// `/forecast show`.
pub async fn show(req: &Request<'_>) -> Result<Reply, CommandError> {
    let (subject, name) = subject_of(req).await?;
    let period = req.period("period", "quarter")?;
    let sf = forecast_of(req.app, &req.team, subject, name, &period, req.today).await?;
    let message = render(&sf, &period, &req.team);
    let data = ReplyData::Forecast(ForecastData {
        subject: sf.name,
        period,
        period_label: period.label(),
        currency: req.team.currency.to_string(),
        forecast: sf.forecast,
    });
    Ok(Reply::private(message, data))
}

/// The periods snapshots are kept for.
const SNAPSHOT_PERIODS: [crate::core::period::PeriodKind; 2] = [
    crate::core::period::PeriodKind::Month,
    crate::core::period::PeriodKind::Quarter,
];

fn snapshot_of(sf: &SubjectForecast, day: NaiveDate, currency: Currency) -> Snapshot {
    let f = &sf.forecast;
    Snapshot {
        subject: sf.subject.key(),
        day,
        currency: currency.to_string(),
        closed_won: f.closed_won,
        commit: f.commit,
        best_case: f.best_case,
        weighted: f.closed_won + f.weighted,
        run_rate: f.run_rate,
        blended: f.blended,
        pipeline: f.pipeline,
        quota: f.quota,
    }
}

/// Stores today's forecast of every subject for this month and quarter, once a day.
/// Returns how many snapshots were stored (0 when today's were already taken).
pub async fn take_snapshots(
    app: &App,
    team: &TeamSettings,
    today: NaiveDate,
) -> Result<usize, CommandError> {
    if !app.db.claim_snapshot_day(&team.guild_id, today).await? {
        return Ok(0);
    }
    let mut stored = 0;
    for kind in SNAPSHOT_PERIODS {
        let period = Period::containing(kind, today, team.fiscal_year_start);
        let Some(key) = period.quota_key() else {
            continue;
        };
        let snapshots: Vec<Snapshot> = forecast_all(app, team, &period, today)
            .await?
            .iter()
            .map(|sf| snapshot_of(sf, today, team.currency))
            .collect();
        app.db
            .save_snapshots(&team.guild_id, key, period.start, &snapshots)
            .await?;
        stored += snapshots.len();
    }
    Ok(stored)
}

/// The methods a snapshot records, by name.
fn methods(s: &Snapshot) -> [(&'static str, Option<i64>); 5] {
    [
        ("commit", Some(s.commit)),
        ("best_case", Some(s.best_case)),
        ("weighted", Some(s.weighted)),
        ("run_rate", s.run_rate),
        ("blended", Some(s.blended)),
    ]
}

fn method_label(key: &str) -> &'static str {
    match key {
        "commit" => "Commit",
        "best_case" => "Best case",
        "weighted" => "Won + weighted",
        "run_rate" => "Run-rate",
        _ => "Blended",
    }
}

/// `/forecast accuracy`: what each method forecast on each day against what closed.
pub async fn accuracy(req: &Request<'_>) -> Result<Reply, CommandError> {
    let (subject, name) = subject_of(req).await?;
    let period = req.period("period", "last_month")?;
    let Some(kind) = period.quota_key().filter(|k| *k != "year") else {
        return Err(CommandError::with_hint(
            "Forecasts are kept for months and quarters.",
            "Pick a month or quarter: period:last_month, period:last_quarter, period:month.",
        ));
    };
    let snapshots = req
        .app
        .db
        .snapshots(
            &req.inv.guild_id,
            &subject.key(),
            kind,
            period.start,
            req.today,
        )
        .await?;
    if snapshots.is_empty() {
        return Err(CommandError::with_hint(
            format!("No forecasts of {} were kept for {name}.", period.label()),
            "Dealbell keeps one a day while it runs; ask again once a period has some (period:month for this one).",
        ));
    }
    let actual = req
        .app
        .db
        .won_revenue(
            &req.inv.guild_id,
            subject,
            period.start,
            period.end,
            req.team.currency,
        )
        .await?;
    let running = req.today < period.end;
    let money = |minor: i64| Money::new(minor, req.team.currency).display_whole();

    let days: Vec<Vec<(&'static str, Option<i64>)>> =
        snapshots.iter().map(|s| methods(s).to_vec()).collect();
    let Accuracy { mean, closest } = accuracy_of(&days, actual);

    // At most one row a week, and always the latest day.
    let mut rows: Vec<AccuracyRow> = Vec::new();
    let mut last_week = None;
    for (i, s) in snapshots.iter().enumerate() {
        let week = s.day.iso_week();
        if Some(week) == last_week && i + 1 != snapshots.len() {
            continue;
        }
        last_week = Some(week);
        rows.push(AccuracyRow {
            day: s.day,
            forecasts: methods(s)
                .iter()
                .filter_map(|(m, v)| v.map(|v| (m.to_string(), v)))
                .collect(),
            errors_bp: methods(s)
                .iter()
                .filter_map(|(m, v)| {
                    v.and_then(|v| error_bp(v, actual))
                        .map(|e| (m.to_string(), e))
                })
                .collect(),
        });
    }

    let mut message = Message::new(
        Tone::Info,
        format!("🎯 Forecast accuracy — {name} — {}", period.label()),
    )
    .field(
        if running {
            "Closed so far"
        } else {
            "Closed won"
        },
        money(actual),
    )
    .field("Days forecast", snapshots.len().to_string());
    if actual == 0 {
        message = message
            .line("Nothing closed won in the period, so errors cannot be given as a percentage.");
    }
    for (method, e) in &mean {
        message = message.field(format!("{} error", method_label(method)), percent(*e));
    }
    if !closest.is_empty() {
        let names: Vec<&str> = closest.iter().map(|m| method_label(m)).collect();
        message = message.line(format!(
            "Closest on average: {} (mean absolute error over {} day(s)).",
            names.join(", "),
            snapshots.len()
        ));
    }
    for r in &rows {
        let parts: Vec<String> = r
            .forecasts
            .iter()
            .map(|(m, v)| {
                let err = r
                    .errors_bp
                    .iter()
                    .find(|(k, _)| k == m)
                    .map(|(_, e)| format!(" (±{})", percent(*e)))
                    .unwrap_or_default();
                format!("{} {}{err}", method_label(m), money(*v))
            })
            .collect();
        message = message.line(format!("{}: {}", r.day.format("%-d %b"), parts.join(" · ")));
    }
    if running {
        message = message.line(format!(
            "{} is still running: errors are against what has closed so far.",
            period.label()
        ));
    }
    message = message.footer(format!("{} · methods in the README", req.team.timezone));
    let data = ReplyData::Accuracy(AccuracyData {
        subject: name,
        period_label: period.label(),
        actual,
        running,
        mean_error_bp: mean.iter().map(|(m, e)| (m.to_string(), *e)).collect(),
        closest: closest.iter().map(|m| m.to_string()).collect(),
        rows,
    });
    Ok(Reply::private(message, data))
}
