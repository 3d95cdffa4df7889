//! A subject's forecast as `/forecast show`, scheduled forecast posts, the alert check
//! and the daily snapshots all see it.

use crate::app::App;
use crate::core::deal::Deal;
use crate::core::forecast::{Forecast, OpenDeal, forecast};
use crate::core::guild::GuildSettings;
use crate::core::ids::MemberId;
use crate::core::money::{Money, RateBook};
use crate::core::period::Period;
use crate::core::quota::QuotaPeriod;
use crate::core::quota::QuotaSubject;
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::{Message, Tone};
use crate::views::quota::period_quota;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// One subject's forecast, with the open deals it had to leave out.
pub(crate) struct SubjectForecast {
    pub subject: QuotaSubject,
    pub name: String,
    pub forecast: Forecast,
    pub other_currency: usize,
    pub no_amount: usize,
}

/// Open deals as the forecast sees them: in the team's currency, or in another at its
/// latest rate (an open deal has no day of its own yet); counts those in currencies
/// without a rate and those without an amount, which it cannot add up.
fn forecastable(
    app: &App,
    guild: &GuildSettings,
    deals: &[Deal],
    rates: &RateBook,
) -> (Vec<OpenDeal>, usize, usize) {
    let thresholds = app.config.forecast_thresholds;
    let (mut other_currency, mut no_amount) = (0, 0);
    let mut open = Vec::with_capacity(deals.len());
    for deal in deals {
        let Some(amount) = deal.state.amount else {
            no_amount += 1;
            continue;
        };
        let amount = if amount.currency == guild.currency {
            amount
        } else {
            match rates
                .latest(amount.currency, guild.currency)
                .and_then(|r| r.convert(amount))
            {
                Some(converted) => converted,
                None => {
                    other_currency += 1;
                    continue;
                }
            }
        };
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
    guild: &GuildSettings,
    subject: QuotaSubject,
    name: String,
    period: &Period,
    today: NaiveDate,
) -> Result<SubjectForecast, CommandError> {
    let db = &app.db;
    let won = crate::views::quota::won_in(app, guild, subject, period).await?;
    let quota = period_quota(app, &guild.guild_id, guild.currency, subject, period).await?;
    let (open, other_currency, no_amount) = forecastable(
        app,
        guild,
        &db.open_deals(&guild.guild_id, subject).await?,
        &db.rate_book(&guild.guild_id, guild.currency).await?,
    );
    Ok(SubjectForecast {
        subject,
        name,
        forecast: forecast(won, &open, quota, period, today, &guild.working_days()),
        other_currency,
        no_amount,
    })
}

/// Everyone's forecast, each team's, and each rep's who has a quota, open deals or
/// wins in the period, from one read of the open deals.
pub(crate) async fn forecast_all(
    app: &App,
    guild: &GuildSettings,
    period: &Period,
    today: NaiveDate,
) -> Result<Vec<SubjectForecast>, CommandError> {
    let db = &app.db;
    let guild_id = &guild.guild_id;
    let deals = db.open_deals(guild_id, QuotaSubject::Everyone).await?;
    let rates = db.rate_book(guild_id, guild.currency).await?;
    let won = db
        .won_totals(guild_id, period.start, period.end, guild.currency)
        .await?;
    let member_quotas: BTreeMap<MemberId, i64> = match QuotaPeriod::of(period) {
        Some(kind) => db
            .member_quotas(guild_id, kind, period.start)
            .await?
            .into_iter()
            .filter_map(|(id, quota)| Some((id, quota.minor_in(guild.currency)?)))
            .collect(),
        None => BTreeMap::new(),
    };
    let mut names: BTreeMap<MemberId, String> = BTreeMap::new();
    let mut by_owner: BTreeMap<MemberId, Vec<Deal>> = BTreeMap::new();
    for d in &deals {
        names.insert(d.state.owner_id, d.owner_name.clone());
        by_owner
            .entry(d.state.owner_id)
            .or_default()
            .push(d.clone());
    }
    let won_by: BTreeMap<MemberId, i64> = won.iter().map(|w| (w.member_id, w.revenue)).collect();
    for w in &won {
        names.insert(w.member_id, w.name.clone());
    }
    for id in member_quotas.keys() {
        if !names.contains_key(id)
            && let Some(m) = db.member_by_id(guild_id, *id).await?
        {
            names.insert(*id, m.display_name);
        }
    }
    let working_days = guild.working_days();
    let make = |subject, name, deals: &[Deal], won: i64, quota: Option<i64>| {
        let (open, other_currency, no_amount) = forecastable(app, guild, deals, &rates);
        SubjectForecast {
            subject,
            name,
            forecast: forecast(won, &open, quota, period, today, &working_days),
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
            &guild.guild_id,
            guild.currency,
            QuotaSubject::Everyone,
            period,
        )
        .await?,
    )];
    for (team_id, team_name, members) in db.team_memberships(guild_id).await? {
        let members: BTreeSet<MemberId> = members.into_iter().collect();
        let team_deals: Vec<Deal> = deals
            .iter()
            .filter(|d| members.contains(&d.state.owner_id))
            .cloned()
            .collect();
        let team_won = members.iter().filter_map(|m| won_by.get(m)).sum();
        let subject = QuotaSubject::Team(team_id);
        let quota = period_quota(app, &guild.guild_id, guild.currency, subject, period).await?;
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

/// The forecast as a message, in `words`' language.
pub(crate) fn render(
    sf: &SubjectForecast,
    period: &Period,
    guild: &GuildSettings,
    words: Words,
) -> Message {
    let f = &sf.forecast;
    let currency = guild.currency;
    let money = |minor: i64| words.money_whole(Money::new(minor, currency));
    let name = match sf.subject {
        QuotaSubject::Everyone => words.say("forecast-everyone"),
        _ => sf.name.clone(),
    };
    let field = |key: &str| words.say(key);
    let mut message = Message::new(
        Tone::Info,
        words.say_with(
            "forecast-title",
            &[
                ("name", name.into()),
                ("period", words.period(period).into()),
            ],
        ),
    )
    .field(field("forecast-closed-won"), money(f.closed_won))
    .field(field("forecast-commit"), money(f.commit))
    .field(field("forecast-best-case"), money(f.best_case))
    .field(field("forecast-open-pipeline"), money(f.pipeline))
    .field(field("forecast-weighted"), money(f.weighted))
    .field(
        field("forecast-run-rate"),
        f.run_rate
            .map(money)
            .unwrap_or_else(|| words.say("forecast-no-business-day")),
    )
    .field(field("forecast-blended"), money(f.blended));
    match (f.quota, f.projected_attainment_bp) {
        (Some(q), Some(bp)) => {
            message = message
                .field(field("forecast-quota"), money(q))
                .field(field("forecast-projected-attainment"), words.percent(bp));
        }
        _ => message = message.field(field("forecast-quota"), words.say("forecast-quota-not-set")),
    }
    if let Some(c) = f.coverage_x100 {
        let times = crate::i18n::numbers::decimal(words.language(), c, 2);
        message = message.field(
            field("forecast-coverage"),
            words.say_with("forecast-coverage-value", &[("times", times.into())]),
        );
    }
    let one_rep = matches!(sf.subject, QuotaSubject::Member(_));
    for d in &f.largest {
        let mut args = deal_args(words, d, money(d.amount));
        args.push(("category", category_name(words, d.category).into()));
        args.push(("probability", i64::from(d.probability).into()));
        let key = if one_rep {
            "forecast-big-deal"
        } else {
            args.push(("owner", d.owner.as_str().into()));
            "forecast-big-deal-of"
        };
        message = message.line(words.say_with(key, &args));
    }
    for d in &f.slipping {
        message = message
            .line(words.say_with("forecast-slipping", &deal_args(words, d, money(d.amount))));
    }
    if f.undated > 0 {
        message = message.line(words.say_with(
            "forecast-undated",
            &[("count", i64::try_from(f.undated).unwrap_or(i64::MAX).into())],
        ));
    }
    if sf.other_currency + sf.no_amount > 0 {
        message = message.line(words.say_with(
            "forecast-left-out",
            &[
                (
                    "other",
                    i64::try_from(sf.other_currency).unwrap_or(i64::MAX).into(),
                ),
                (
                    "no_amount",
                    i64::try_from(sf.no_amount).unwrap_or(i64::MAX).into(),
                ),
            ],
        ));
    }
    message.footer(words.say_with(
        "forecast-footer",
        &[
            ("period", words.period(period).into()),
            ("timezone", guild.timezone.to_string().into()),
        ],
    ))
}

/// A deal as both lists name it: number, customer, amount, and its day.
fn deal_args<'a>(
    words: Words,
    d: &'a OpenDeal,
    amount: String,
) -> Vec<(&'static str, crate::i18n::Value<'a>)> {
    vec![
        ("number", d.number.0.into()),
        ("customer", d.customer.as_str().into()),
        ("amount", amount.into()),
        (
            "day",
            d.expected_close
                .map(|day| words.day_and_month(day))
                .unwrap_or_default()
                .into(),
        ),
    ]
}

/// A forecast category as the reader's menu names it: the owner's choice of the same
/// key (`choice-category-choice-commit`); every category is one of those choices.
pub fn category_name(words: Words, category: crate::core::forecast::Category) -> String {
    crate::core::forecast::CategoryChoice::CHOICES
        .iter()
        .find(|c| c.value == category.key())
        .map_or_else(|| category.key().to_string(), |c| words.choice(c))
}
