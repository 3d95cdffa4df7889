//! `/forecast`: what a rep, a team or everyone will close this period.

use super::{CommandError, Request};
use crate::core::forecast::{OpenDeal, forecast};
use crate::core::money::Money;
use crate::core::quota::{QuotaSubject, percent};
use crate::reply::{ForecastData, Message, Reply, ReplyData, Tone};

pub async fn run(req: &Request<'_>) -> Result<Reply, CommandError> {
    let (subject, name) = match super::quota::named_subject(req).await? {
        Some(s) => s,
        None => (
            QuotaSubject::Member(req.caller.id),
            req.caller.display_name.clone(),
        ),
    };
    super::quota::check_visible(req, subject, true).await?;
    let db = &req.app.db;
    let guild = &req.inv.guild_id;

    let period = req.period("period", "quarter")?;
    let currency = req.team.currency;
    let won = db
        .won_revenue(guild, subject, period.start, period.end, currency)
        .await?;
    let quota = match period.quota_key() {
        Some(kind) => db
            .quota(guild, subject, kind, period.start)
            .await?
            .filter(|q| q.currency == currency)
            .map(|q| q.minor),
        None => None,
    };
    let thresholds = req.app.config.forecast_thresholds;
    let mut other_currency = 0;
    let mut no_amount = 0;
    let mut open = Vec::new();
    for deal in db.open_deals(guild, subject).await? {
        let Some(amount) = deal.state.amount else {
            no_amount += 1;
            continue;
        };
        if amount.currency != currency {
            other_currency += 1;
            continue;
        }
        let probability = req
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
    let f = forecast(won, &open, quota, &period, req.today);
    let money = |minor: i64| Money::new(minor, currency).display_whole();

    let mut message = Message::new(
        Tone::Info,
        format!("🔮 Forecast — {name} — {}", period.label()),
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
            if matches!(subject, QuotaSubject::Member(_)) {
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
    if other_currency + no_amount > 0 {
        message = message.line(format!(
            "Left out: {other_currency} open deal(s) in other currencies, {no_amount} without an amount."
        ));
    }
    message = message.footer(format!(
        "{} · {} · methods in the README",
        period.label(),
        req.team.timezone
    ));
    let data = ReplyData::Forecast(ForecastData {
        subject: name,
        period,
        period_label: period.label(),
        currency: currency.to_string(),
        forecast: f,
    });
    Ok(Reply::private(message, data))
}
