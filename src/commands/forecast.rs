//! `/forecast show` and `/forecast accuracy`.

use super::arguments::{RepRef, arguments};
use super::subject::{Numbers, SubjectOptions, visible_subject};
use super::{CommandError, Request};
use crate::core::forecast::{Accuracy, ForecastMethod, accuracy as accuracy_of, error_bp};
use crate::core::money::Money;
use crate::core::period::{PeriodKind, PeriodSpec};
use crate::core::quota::{QuotaPeriod, QuotaSubject};
use crate::i18n::{Said, Words};
use crate::reply::{AccuracyData, AccuracyRow, ForecastData, Message, Reply, ReplyData, Tone};
use crate::store::Snapshot;
use crate::views::forecast::{forecast_of, render};
use chrono::Datelike;

arguments! {
    /// `/forecast show`, `/forecast accuracy`
    pub struct ForecastArgs {
        rep: Option<RepRef>,
        team: Option<String>,
        everyone: Option<bool>,
        period: Option<PeriodSpec>,
    }
}

/// The subject the options name, or the caller; checked against what the caller may see.
async fn subject_of(
    req: &Request<'_>,
    args: &ForecastArgs,
) -> Result<(QuotaSubject, String), CommandError> {
    let options = SubjectOptions {
        rep: args.rep.as_ref(),
        team: args.team.as_deref(),
        everyone: args.everyone,
    };
    visible_subject(req, options, Numbers::Forecast).await
}

/// `/forecast show`.
pub async fn show(req: &Request<'_>, args: ForecastArgs) -> Result<Reply, CommandError> {
    let (subject, name) = subject_of(req, &args).await?;
    let period = req.period(args.period.unwrap_or(PeriodSpec::This(PeriodKind::Quarter)))?;
    let sf = forecast_of(req.app, &req.guild, subject, name, &period, req.today).await?;
    let message = render(&sf, &period, &req.guild, req.words);
    let data = ReplyData::Forecast(ForecastData {
        subject: sf.name,
        period,
        period_label: period.label(),
        currency: req.guild.currency.to_string(),
        forecast: sf.forecast,
    });
    Ok(Reply::private(message, data))
}

/// What each method forecast in a snapshot.
fn methods(s: &Snapshot) -> [(ForecastMethod, Option<i64>); 5] {
    [
        (ForecastMethod::Commit, Some(s.commit)),
        (ForecastMethod::BestCase, Some(s.best_case)),
        (ForecastMethod::Weighted, Some(s.weighted)),
        (ForecastMethod::RunRate, s.run_rate),
        (ForecastMethod::Blended, Some(s.blended)),
    ]
}

/// `/forecast accuracy`: what each method forecast on each day against what closed.
pub async fn accuracy(req: &Request<'_>, args: ForecastArgs) -> Result<Reply, CommandError> {
    let (subject, name) = subject_of(req, &args).await?;
    let period = req.period(args.period.unwrap_or(PeriodSpec::Last(PeriodKind::Month)))?;
    let Some(kind) = QuotaPeriod::of(&period).filter(|k| *k != QuotaPeriod::Year) else {
        return Err(Said::new("error-forecast-kept-for").into());
    };
    let snapshots = req
        .app
        .db
        .snapshots(&req.inv.guild_id, subject, kind, period.start, req.today)
        .await?;
    if snapshots.is_empty() {
        return Err(Said::new("error-forecast-none-kept")
            .with("period", req.words.period(&period))
            .with("name", name.as_str())
            .into());
    }
    let actual = crate::views::quota::won_in(req.app, &req.guild, subject, &period).await?;
    let running = req.today < period.end;
    let days: Vec<Vec<(ForecastMethod, Option<i64>)>> =
        snapshots.iter().map(|s| methods(s).to_vec()).collect();
    let Accuracy { mean, closest } = accuracy_of(&days, actual);
    let rows = weekly_rows(&snapshots, actual);
    let shown = AccuracyShown {
        name: &name,
        period: &period,
        currency: req.guild.currency,
        actual,
        running,
        days: snapshots.len(),
    };
    let message =
        accuracy_message(req.words, &shown, &mean, &closest, &rows).footer(req.words.say_with(
            "forecast-accuracy-footer",
            &[("timezone", req.guild.timezone.to_string().into())],
        ));
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

/// One row a week of what each method forecast and how far off it was, and always the
/// latest day.
fn weekly_rows(snapshots: &[Snapshot], actual: i64) -> Vec<AccuracyRow> {
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
                .filter_map(|(m, v)| v.map(|v| (*m, v)))
                .collect(),
            errors_bp: methods(s)
                .iter()
                .filter_map(|(m, v)| v.and_then(|v| error_bp(v, actual)).map(|e| (*m, e)))
                .collect(),
        });
    }
    rows
}

/// What the accuracy reply is about.
struct AccuracyShown<'a> {
    name: &'a str,
    period: &'a crate::core::period::Period,
    currency: crate::core::money::Currency,
    actual: i64,
    running: bool,
    days: usize,
}

/// The accuracy reply: what closed, each method's mean error, the closest, and the
/// weekly rows.
fn accuracy_message(
    words: Words,
    shown: &AccuracyShown<'_>,
    mean: &[(ForecastMethod, i64)],
    closest: &[ForecastMethod],
    rows: &[AccuracyRow],
) -> Message {
    let money = |minor: i64| words.money_whole(Money::new(minor, shown.currency));
    let method = |m: &ForecastMethod| words.say(&format!("forecast-method-{}", m.key()));
    let period = words.period(shown.period);
    let mut message = Message::new(
        Tone::Info,
        words.say_with(
            "forecast-accuracy-title",
            &[
                ("name", shown.name.into()),
                ("period", period.as_str().into()),
            ],
        ),
    )
    .field(
        words.say(if shown.running {
            "forecast-closed-so-far"
        } else {
            "forecast-closed-won"
        }),
        money(shown.actual),
    )
    .field(words.say("forecast-days-forecast"), shown.days.to_string());
    if shown.actual == 0 {
        message = message.line(words.say("forecast-nothing-closed"));
    }
    for (m, e) in mean {
        message = message.field(
            words.say_with("forecast-method-error", &[("method", method(m).into())]),
            words.percent(*e),
        );
    }
    if !closest.is_empty() {
        let names: Vec<String> = closest.iter().map(method).collect();
        message = message.line(words.say_with(
            "forecast-closest",
            &[
                ("methods", names.join(", ").into()),
                ("days", i64::try_from(shown.days).unwrap_or(i64::MAX).into()),
            ],
        ));
    }
    for r in rows {
        let parts: Vec<String> = r
            .forecasts
            .iter()
            .map(|(m, v)| {
                let err = r
                    .errors_bp
                    .iter()
                    .find(|(k, _)| k == m)
                    .map(|(_, e)| format!(" (±{})", words.percent(*e)))
                    .unwrap_or_default();
                format!("{} {}{err}", method(m), money(*v))
            })
            .collect();
        message = message.line(format!(
            "{}: {}",
            words.day_and_month(r.day),
            parts.join(" · ")
        ));
    }
    if shown.running {
        message = message.line(words.say_with(
            "forecast-still-running",
            &[("period", period.as_str().into())],
        ));
    }
    message
}
