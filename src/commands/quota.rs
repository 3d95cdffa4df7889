//! `/quota set` and `/quota check`.

use super::arguments::{Day, RepRef, arguments};
use super::subject::{Numbers, SubjectOptions, named_subject, visible_subject};
use super::{CommandError, Request};
use crate::core::money::{Currency, Money};
use crate::core::period::Period;
use crate::core::quota::{
    MIN_DAYS_TO_PROJECT, Pace, QuotaCheckPeriod, QuotaPeriod, QuotaSubject, pace, percent,
    progress_bar,
};
use crate::reply::{Message, QuotaData, Reply, ReplyData, Tone};
use crate::views::quota::{period_quota, shortest_quota};

arguments! {
    /// `/quota set`
    pub struct SetArgs {
        amount: Money,
        period: QuotaPeriod,
        rep: Option<RepRef>,
        team: Option<String>,
        everyone: Option<bool>,
        starting: Option<Day>,
    }
}

/// `/quota set`: a manager sets a quota for this period or a future one.
pub async fn set(req: &Request<'_>, args: SetArgs) -> Result<Reply, CommandError> {
    let options = SubjectOptions {
        rep: args.rep.as_ref(),
        team: args.team.as_deref(),
        everyone: args.everyone,
    };
    let (subject, name) = named_subject(req, options).await?.ok_or_else(|| {
        CommandError::with_hint(
            "Say whose quota it is.",
            "Add rep:@someone, team:\"Team name\" or everyone:true.",
        )
    })?;
    let amount = args.amount;
    if amount.currency != req.guild.currency {
        return Err(CommandError::with_hint(
            format!("Quotas are in the team's currency, {}.", req.guild.currency),
            format!(
                "Write the amount in {} (or change the team's currency with /setup).",
                req.guild.currency
            ),
        ));
    }
    let quota_period = args.period;
    let inside = args.starting.map_or(req.today, |Day(d)| d);
    let period = Period::containing(quota_period.kind(), inside, req.guild.fiscal_year_start);
    if period.end <= req.today {
        return Err(CommandError::with_hint(
            format!("{} is over.", period.label()),
            "Set quotas for the current period or a future one (starting:2026-04-01).",
        ));
    }
    let before = req
        .app
        .db
        .set_quota(
            &req.inv.guild_id,
            subject,
            quota_period,
            period.start,
            amount,
            req.caller.id,
            req.now,
        )
        .await?;
    let mut message = Message::new(
        Tone::Success,
        format!(
            "Quota set: {name} — {} for {}",
            amount.display(),
            period.label()
        ),
    );
    match before {
        Some(old) if old == amount => message = message.line("It was already that."),
        Some(old) => message = message.line(format!("It was {}.", old.display())),
        None => {}
    }
    let data = ReplyData::QuotaSet {
        subject: name,
        period_label: period.label(),
        amount,
        before,
    };
    Ok(Reply::private(
        message.footer(req.footer(Some(&period))),
        data,
    ))
}

arguments! {
    /// `/quota check`
    pub struct CheckArgs {
        rep: Option<RepRef>,
        team: Option<String>,
        everyone: Option<bool>,
        period: Option<QuotaCheckPeriod>,
        chart: Option<bool>,
    }
}

/// `/quota check`: attainment, pace, what is needed, and the projected finish.
pub async fn check(req: &Request<'_>, args: CheckArgs) -> Result<Reply, CommandError> {
    let options = SubjectOptions {
        rep: args.rep.as_ref(),
        team: args.team.as_deref(),
        everyone: args.everyone,
    };
    let (subject, name) = visible_subject(req, options, Numbers::Quota).await?;
    let (period, quota) = find_quota(req, subject, &name, args.period).await?;
    let (won, elsewhere) = req
        .app
        .db
        .won_by(
            &req.inv.guild_id,
            subject,
            period.start,
            period.end,
            quota.currency,
        )
        .await?;
    let p = pace(
        won,
        quota.minor,
        &period,
        req.today,
        &req.guild.working_days(),
    );
    let mut message = pace_message(&name, &period, quota.currency, &p, elsewhere)
        .footer(req.footer(Some(&period)));
    if args.chart == Some(true) {
        message.chart = pace_chart(req, &name, &period, quota.currency, &p).await;
    }
    let data = ReplyData::Quota(QuotaData {
        subject: name,
        period,
        period_label: period.label(),
        currency: quota.currency.to_string(),
        pace: p,
    });
    Ok(match subject {
        QuotaSubject::Member(_) => Reply::private(message, data),
        QuotaSubject::Team(_) | QuotaSubject::Everyone => Reply::public(message, data),
    })
}

/// The quota `/quota check` looks at: the period asked for, or else the shortest
/// containing today that has one (`views::quota::shortest_quota`).
async fn find_quota(
    req: &Request<'_>,
    subject: QuotaSubject,
    name: &str,
    asked: Option<QuotaCheckPeriod>,
) -> Result<(Period, Money), CommandError> {
    let found = match asked {
        Some(choice) => {
            let period = choice.period(req.today, req.guild.fiscal_year_start);
            period_quota(
                req.app,
                &req.inv.guild_id,
                req.guild.currency,
                subject,
                &period,
            )
            .await?
            .map(|minor| (period, Money::new(minor, req.guild.currency)))
        }
        None => shortest_quota(req.app, &req.guild, subject, req.today).await?,
    };
    found.ok_or_else(|| {
        let which = match asked {
            Some(k) => k.label().to_lowercase(),
            None => "this month, quarter or year".into(),
        };
        CommandError::with_hint(
            format!("No quota is set for {name} for {which}."),
            "A manager can set one: /quota set amount:… period:month rep:@…",
        )
    })
}

/// Where a subject stands against a quota, in words: attainment, pace, what is still
/// needed a week, the projected finish, and wins in other currencies left out.
fn pace_message(
    name: &str,
    period: &Period,
    currency: Currency,
    p: &Pace,
    elsewhere: i64,
) -> Message {
    let money = |minor: i64| Money::new(minor, currency).display_whole();
    let tone = if p.remaining == 0 {
        Tone::Celebration
    } else if p.behind_by > 0 {
        Tone::Warning
    } else {
        Tone::Success
    };
    let mut message = Message::new(tone, format!("🎯 {name} — {}", period.label()))
        .line(format!(
            "{} {} of {}",
            progress_bar(p.attainment_bp),
            percent(p.attainment_bp),
            money(p.quota)
        ))
        .line(format!(
            "Won {}; a steady pace would be at {} by today — {}.",
            money(p.won),
            money(p.expected_by_now),
            if p.behind_by > 0 {
                format!("behind by {}", money(p.behind_by))
            } else if p.behind_by < 0 {
                format!("ahead by {}", money(-p.behind_by))
            } else {
                "right on pace".to_string()
            }
        ));
    message = message.line(if p.remaining == 0 {
        format!("Quota reached 🎉 ({} over).", money(p.won - p.quota))
    } else if let Some(per_week) = p.needed_per_week {
        format!(
            "To go: {} — {} a week over the {} business days left.",
            money(p.remaining),
            money(per_week),
            p.business_days_left
        )
    } else {
        format!(
            "To go: {}, and no business days are left in the period.",
            money(p.remaining)
        )
    });
    if let (Some(projected), Some(bp)) = (p.projected, p.projected_bp) {
        message = message.line(format!(
            "At this pace: {} ({}) by the end of the period.",
            money(projected),
            percent(bp)
        ));
    } else if p.business_days_left > 0 {
        message = message.line(format!(
            "Too early to project a finish: a run-rate needs {MIN_DAYS_TO_PROJECT} business days of the period, and {} {} passed.",
            p.business_days_elapsed,
            crate::core::words::form(p.business_days_elapsed, "has", "have")
        ));
    }
    if elsewhere > 0 {
        message = message.line(format!(
            "{} in other currencies {} not counted against this {currency} quota (no rate for their day: /rates set).",
            crate::core::words::count(elsewhere, "won deal", "won deals"),
            if elsewhere == 1 { "is" } else { "are" },
        ));
    }
    message
}

/// The quota as a picture: attainment against where a steady pace would be.
async fn pace_chart(
    req: &Request<'_>,
    name: &str,
    period: &Period,
    currency: Currency,
    p: &Pace,
) -> Option<crate::reply::Attachment> {
    let money = |minor: i64| Money::new(minor, currency).display_whole();
    let title = format!("{name} — {}", period.label());
    let subtitle = format!("{} · {}", req.today.format("%-d %b %Y"), req.guild.timezone);
    let pace_bp = crate::core::ratio::ratio_bp(p.expected_by_now, p.quota);
    let lines = vec![
        format!(
            "{} of {} · won {}",
            percent(p.attainment_bp),
            money(p.quota),
            money(p.won)
        ),
        match p.needed_per_week {
            Some(n) if p.remaining > 0 => format!(
                "{} a week to go · {} business days left",
                money(n),
                p.business_days_left
            ),
            _ => format!("{} business days left", p.business_days_left),
        },
    ];
    let attainment = p.attainment_bp;
    crate::render::chart::render("quota.png", move || {
        crate::render::chart::quota(&title, &subtitle, attainment, pace_bp, &lines)
    })
    .await
}
