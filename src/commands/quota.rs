//! `/quota set` and `/quota check`.

use super::arguments::{Day, RepRef, arguments};
use super::subject::{Numbers, SubjectOptions, named_subject, visible_subject};
use super::{CommandError, Request};
use crate::core::money::{Currency, Money};
use crate::core::period::Period;
use crate::core::quota::{
    MIN_DAYS_TO_PROJECT, Pace, QuotaCheckPeriod, QuotaPeriod, QuotaSubject, pace, progress_bar,
};
use crate::i18n::said::Part;
use crate::i18n::{Said, Value, Words};
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
    let (subject, name) = named_subject(req, options)
        .await?
        .ok_or_else(|| Said::new("error-quota-whose"))?;
    let amount = args.amount;
    if amount.currency != req.guild.currency {
        return Err(Said::new("error-quota-currency")
            .with("currency", req.guild.currency.to_string())
            .about_option("amount")
            .into());
    }
    let quota_period = args.period;
    let inside = args.starting.map_or(req.today, |Day(d)| d);
    let period = Period::containing(quota_period.kind(), inside, req.guild.fiscal_year_start);
    if period.end <= req.today {
        return Err(Said::new("error-quota-period-over")
            .with("period", Part::Period(period))
            .into());
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
    let words = req.words;
    let mut message = Message::new(
        Tone::Success,
        words.say_with(
            "quota-set",
            &[
                ("name", name.as_str().into()),
                ("amount", words.money(amount).into()),
                ("period", words.period(&period).into()),
            ],
        ),
    );
    match before {
        Some(old) if old == amount => message = message.line(words.say("quota-set-same")),
        Some(old) => {
            message = message
                .line(words.say_with("quota-set-was", &[("amount", words.money(old).into())]))
        }
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
    let mut message = pace_message(req.words, &name, &period, quota.currency, &p, elsewhere)
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
        let words = req.words;
        let which = match asked {
            Some(k) => words.say(&format!("quota-choice-{}", k.key())),
            None => words.say("quota-none-any"),
        };
        CommandError::with_hint(
            words.say_with(
                "quota-none",
                &[("name", name.into()), ("which", which.into())],
            ),
            words.say("quota-none-hint"),
        )
    })
}

/// Where a subject stands against a quota, in words: attainment, pace, what is still
/// needed a week, the projected finish, and wins in other currencies left out.
fn pace_message(
    words: Words,
    name: &str,
    period: &Period,
    currency: Currency,
    p: &Pace,
    elsewhere: i64,
) -> Message {
    let money = |minor: i64| words.money_whole(Money::new(minor, currency));
    let tone = if p.remaining == 0 {
        Tone::Celebration
    } else if p.behind_by > 0 {
        Tone::Warning
    } else {
        Tone::Success
    };
    let title = format!("🎯 {}", heading(words, name, period));
    let pace_key = match p.behind_by.signum() {
        1 => "quota-pace-behind",
        -1 => "quota-pace-ahead",
        _ => "quota-pace-even",
    };
    let mut message = Message::new(tone, title)
        .line(words.say_with(
            "quota-attainment",
            &[
                ("bar", progress_bar(p.attainment_bp).into()),
                ("percent", words.percent(p.attainment_bp).into()),
                ("quota", money(p.quota).into()),
            ],
        ))
        .line(words.say_with(
            pace_key,
            &[
                ("won", money(p.won).into()),
                ("expected", money(p.expected_by_now).into()),
                ("gap", money(p.behind_by.abs()).into()),
            ],
        ));
    message = message.line(if p.remaining == 0 {
        words.say_with("quota-reached", &[("over", money(p.won - p.quota).into())])
    } else if let Some(per_week) = p.needed_per_week {
        words.say_with(
            "quota-to-go",
            &[
                ("remaining", money(p.remaining).into()),
                ("per_week", money(per_week).into()),
                ("days", p.business_days_left.into()),
            ],
        )
    } else {
        words.say_with(
            "quota-to-go-no-days",
            &[("remaining", money(p.remaining).into())],
        )
    });
    if let (Some(projected), Some(bp)) = (p.projected, p.projected_bp) {
        message = message.line(words.say_with(
            "quota-projected",
            &[
                ("projected", money(projected).into()),
                ("percent", words.percent(bp).into()),
            ],
        ));
    } else if p.business_days_left > 0 {
        message = message.line(words.say_with(
            "quota-too-early",
            &[
                ("needed", MIN_DAYS_TO_PROJECT.into()),
                ("days", p.business_days_elapsed.into()),
            ],
        ));
    }
    if elsewhere > 0 {
        message = message.line(words.say_with(
            "quota-other-currencies",
            &[
                ("count", elsewhere.into()),
                ("currency", currency.to_string().into()),
            ],
        ));
    }
    message
}

/// Whose quota and which period: `bob — Q1 FY2026 (Jan–Mar 2026)`.
fn heading(words: Words, name: &str, period: &Period) -> String {
    words.say_with(
        "quota-heading",
        &[
            ("name", name.into()),
            ("period", words.period(period).into()),
        ],
    )
}

/// The quota as a picture: attainment against where a steady pace would be.
async fn pace_chart(
    req: &Request<'_>,
    name: &str,
    period: &Period,
    currency: Currency,
    p: &Pace,
) -> Option<crate::reply::Attachment> {
    let words = req.words;
    let money = |minor: i64| words.money_whole(Money::new(minor, currency));
    let title = heading(words, name, period);
    let subtitle = req.footer(None);
    let pace_bp = crate::core::ratio::ratio_bp(p.expected_by_now, p.quota);
    let days = || Value::from(p.business_days_left);
    let lines = vec![
        words.say_with(
            "quota-chart-summary",
            &[
                ("percent", words.percent(p.attainment_bp).into()),
                ("quota", money(p.quota).into()),
                ("won", money(p.won).into()),
            ],
        ),
        match p.needed_per_week {
            Some(n) if p.remaining > 0 => words.say_with(
                "quota-chart-to-go",
                &[("per_week", money(n).into()), ("days", days())],
            ),
            _ => words.say_with("quota-chart-days-left", &[("days", days())]),
        },
    ];
    let attainment = p.attainment_bp;
    crate::render::chart::render("quota.png", move || {
        crate::render::chart::quota(&title, &subtitle, attainment, pace_bp, &lines)
    })
    .await
}
