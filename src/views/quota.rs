//! Quota figures shared by commands and posts: a subject's quota for a period, and
//! the team-wide progress lines scheduled quota posts and digests show.

use crate::core::ids::GuildId;
use crate::core::money::Money;
use crate::core::period::Period;
use crate::core::quota::{Pace, QuotaPeriod, QuotaSubject, pace, progress_bar};
use crate::error::CommandError;

/// A subject's quota for a period, in minor units of `currency` (None: no quota for
/// that period, one in another currency, or a period quotas are not set for).
pub async fn period_quota(
    app: &crate::app::App,
    guild_id: &GuildId,
    currency: crate::core::money::Currency,
    subject: QuotaSubject,
    period: &Period,
) -> Result<Option<i64>, CommandError> {
    Ok(match QuotaPeriod::of(period) {
        Some(kind) => app
            .db
            .quota(guild_id, subject, kind, period.start)
            .await?
            .filter(|q| q.currency == currency)
            .map(|q| q.minor),
        None => None,
    })
}

/// A subject's quota `quota` for `period`, with its pace on `today` (what was won in
/// the team's currency against it).
pub async fn quota_pace(
    app: &crate::app::App,
    guild: &crate::core::guild::GuildSettings,
    subject: QuotaSubject,
    quota: Money,
    period: &Period,
    today: chrono::NaiveDate,
) -> Result<Pace, CommandError> {
    let won = won_in(app, guild, subject, period).await?;
    let days = guild.working_days();
    Ok(pace(won, quota.minor, period, today, &days))
}

/// What a subject won in a period, in the team's currency.
pub async fn won_in(
    app: &crate::app::App,
    guild: &crate::core::guild::GuildSettings,
    subject: QuotaSubject,
    period: &Period,
) -> Result<i64, CommandError> {
    Ok(app
        .db
        .won_by(
            &guild.guild_id,
            subject,
            period.start,
            period.end,
            guild.currency,
        )
        .await?
        .0)
}

/// A subject's quota for the shortest period containing `day` (a month, then a
/// quarter, then the fiscal year) that has one in the team's currency: the one rule for
/// "the quota" wherever no period is asked for (/quota check, a win's milestones,
/// nudges, progress lines). One read for the three periods.
pub async fn shortest_quota(
    app: &crate::app::App,
    guild: &crate::core::guild::GuildSettings,
    subject: QuotaSubject,
    day: chrono::NaiveDate,
) -> Result<Option<(Period, Money)>, CommandError> {
    let periods: Vec<(QuotaPeriod, Period)> = QuotaPeriod::all()
        .iter()
        .map(|q| {
            (
                *q,
                Period::containing(q.kind(), day, guild.fiscal_year_start),
            )
        })
        .collect();
    let keys: Vec<(QuotaPeriod, chrono::NaiveDate)> =
        periods.iter().map(|(q, p)| (*q, p.start)).collect();
    let found = app.db.quotas_for(&guild.guild_id, subject, &keys).await?;
    Ok(periods.into_iter().find_map(|(quota_period, period)| {
        found
            .iter()
            .find(|(kind, q)| *kind == quota_period && q.currency == guild.currency)
            .map(|(_, q)| (period, *q))
    }))
}

/// One line per team-wide quota (everyone, then each team) for the shortest period
/// that has one: what scheduled quota posts and digests show.
pub async fn progress_lines(
    app: &crate::app::App,
    guild: &crate::core::guild::GuildSettings,
    today: chrono::NaiveDate,
) -> Result<Vec<String>, CommandError> {
    let db = &app.db;
    let guild_id = &guild.guild_id;
    let words = crate::i18n::Words::team(guild);
    let mut subjects = vec![(QuotaSubject::Everyone, words.say("progress-everyone"))];
    for (id, name, _) in db.team_memberships(guild_id).await? {
        subjects.push((QuotaSubject::Team(id), name));
    }
    let mut lines = Vec::new();
    for (subject, name) in subjects {
        if let Some((period, quota)) = shortest_quota(app, guild, subject, today).await? {
            let p = quota_pace(app, guild, subject, quota, &period, today).await?;
            let money = |minor: i64| words.money_whole(Money::new(minor, quota.currency));
            // With amounts hidden (a team setting) the line keeps the percentage only.
            let hidden = guild.amounts_hidden;
            let standing = match (p.remaining == 0, p.behind_by > 0, hidden) {
                (true, _, _) => words.say("progress-reached"),
                (false, true, true) => words.say("progress-behind"),
                (false, false, true) => words.say("progress-on-pace"),
                (false, true, false) => words.say_with(
                    "progress-behind-by",
                    &[("amount", money(p.behind_by).into())],
                ),
                (false, false, false) => words.say_with(
                    "progress-ahead-by",
                    &[("amount", money(-p.behind_by).into())],
                ),
            };
            let of = if hidden {
                words.say("progress-of-quota")
            } else {
                words.say_with("progress-of", &[("amount", money(p.quota).into())])
            };
            lines.push(words.say_with(
                "progress-line",
                &[
                    ("name", name.into()),
                    ("period", words.period(&period).into()),
                    ("bar", progress_bar(p.attainment_bp).into()),
                    ("percent", words.percent(p.attainment_bp).into()),
                    ("of", of.into()),
                    ("standing", standing.into()),
                ],
            ));
        }
    }
    Ok(lines)
}
