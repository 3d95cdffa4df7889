//! What a win changed, read from the store: the race on the period's revenue board and
//! the milestones it reached. The win announcement and the rep's own reply show it.

use crate::app::App;
use crate::core::contest::DuelState;
use crate::core::deal::Deal;
use crate::core::guild::GuildSettings;
use crate::core::money::Money;
use crate::core::period::Period;
use crate::core::quota::{QuotaSubject, QuotaVisibility};
use crate::core::race::{Milestone, duel_move, quota_crossed, race_change, streak_extended};
use crate::core::ranking::Metric;
use crate::core::ranking::{Entry, distinct_names};
use crate::error::CommandError;
use crate::store::WonTotal;
use chrono::Duration;

/// The news of one win.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WinNews {
    /// "moves up to #2, passing Alice · 1,200 EUR behind Carol for #1".
    pub race: Option<String>,
    /// Milestones, all fit for the channel: with private quotas the rep's quota
    /// milestones are left out, since "50 % of quota" beside an amount reveals the quota.
    pub milestones: Vec<Milestone>,
    /// How the win moved each running duel its rep is in: "⚔️ ana takes the lead over
    /// bob in their duel: 3 won to 2 won".
    pub duels: Vec<String>,
}

/// How far back a streak is looked for.
const STREAK_DAYS: i64 = 371;

/// The news of `deal`'s win, given the board of the month it counts for (`totals`,
/// this win included).
pub async fn win_news(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    month: &Period,
    totals: &[WonTotal],
) -> Result<WinNews, CommandError> {
    let db = &app.db;
    let owner = deal.state.owner_id;
    let won_on = deal.state.closed_on.unwrap_or(month.start);
    // Only a win counted in the team's currency (in it, or converted into it) moves
    // the revenue board or a quota.
    let gained = deal.state.counted(guild.currency).map_or(0, |m| m.minor);
    let money = |minor: i64| Money::new(minor, guild.currency).display_whole();
    let mut news = WinNews::default();

    if gained > 0 {
        let mut entries: Vec<Entry> = crate::views::board::revenue_entries(totals);
        distinct_names(&mut entries);
        // Alone on the board there is no race to tell.
        news.race = race_change(&entries, owner, gained)
            .filter(|c| c.contenders > 1)
            .map(|c| {
                if guild.amounts_hidden {
                    c.sentence(None)
                } else {
                    c.sentence(Some(&money))
                }
            });
    }

    let (days, ever) = db
        .win_days(&guild.guild_id, owner, won_on - Duration::days(STREAK_DAYS))
        .await?;
    let won_this_month = totals
        .iter()
        .find(|t| t.member_id == owner)
        .map_or(0, |t| t.won);
    if ever == 1 {
        news.milestones.push(Milestone::FirstWin);
    } else if won_this_month == 1 {
        news.milestones
            .push(Milestone::FirstOfPeriod(month.label().to_string()));
    }
    // Days away count like holidays: a week away does not break the streak. They only
    // bridge the weeks between wins, so they are read only for the week's first win
    // when there is an earlier one.
    let working_days = guild.working_days();
    let without_days_off = streak_extended(&days, won_on, &working_days);
    let streak = if without_days_off > 0 && days.iter().any(|d| *d < won_on) {
        let prefs = db.member_prefs(&guild.guild_id, owner).await?;
        let away = match (prefs.away_from, prefs.away_until) {
            (Some(from), Some(until)) => from
                .iter_days()
                .take_while(|d| *d <= until)
                .take(366)
                .collect(),
            _ => Vec::new(),
        };
        streak_extended(&days, won_on, &working_days.and_days_off(away))
    } else {
        without_days_off
    };
    if streak >= 2 {
        news.milestones.push(Milestone::Streak(streak));
    }
    news.duels = duel_lines(app, guild, deal, won_on, gained).await?;
    if gained == 0 {
        return Ok(news);
    }

    // The rep's own quota, the shortest period that has one: only where quotas are
    // the team's to see.
    if guild.quota_visibility == QuotaVisibility::Team
        && let Some((before, after, quota)) =
            quota_progress(app, guild, QuotaSubject::Member(owner), won_on, gained).await?
        && let Some(percent) = quota_crossed(before, after, quota)
    {
        news.milestones.push(Milestone::Quota(percent));
    }

    let wins_this_month: i64 = totals.iter().map(|t| t.won_in_currency).sum();
    if wins_this_month > 1
        && !db
            .win_at_least(
                &guild.guild_id,
                month.start,
                month.end,
                gained,
                guild.currency,
                deal.number,
            )
            .await?
    {
        news.milestones
            .push(Milestone::BiggestDeal(month.label().to_string()));
    }

    // Team goals: everyone's, then each of the rep's teams'.
    let mut subjects = vec![(QuotaSubject::Everyone, "The team".to_string())];
    for (id, name) in db.teams_of(&guild.guild_id, owner).await? {
        subjects.push((QuotaSubject::Team(id), name));
    }
    for (subject, name) in subjects {
        if let Some((before, after, quota)) =
            quota_progress(app, guild, subject, won_on, gained).await?
            && before < quota
            && after >= quota
        {
            news.milestones.push(Milestone::TeamGoal(name));
        }
    }
    Ok(news)
}

/// A line for each running duel the win counts in (its day inside the duel's, its
/// metric revenue or deals), saying where the win leaves the rep.
async fn duel_lines(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    won_on: chrono::NaiveDate,
    gained: i64,
) -> Result<Vec<String>, CommandError> {
    let owner = deal.state.owner_id;
    let mut lines = Vec::new();
    for duel in app.db.duels_of(&guild.guild_id, owner).await? {
        let (Some(start), Some(end)) = (duel.starts_on, duel.ends_on) else {
            continue;
        };
        // What this win adds to the duel's metric (duels take only metrics that add up).
        let counted = match duel.metric {
            Metric::Revenue => gained,
            Metric::Deals => 1,
            Metric::Activities | Metric::AverageDeal | Metric::WinRate | Metric::Attainment => 0,
        };
        if duel.state != DuelState::Running || counted == 0 || won_on < start || won_on > end {
            continue;
        }
        // Every win of the duel's days so far: none is dated after today.
        let scores = super::contest::duel_scores(app, guild, &duel, end).await?;
        let (mine, theirs) = duel.mine_first(owner, scores);
        let them = duel.other_than(owner);
        let shown = |v| super::contest::duel_score_text(&duel, v, guild);
        let hidden = super::contest::duel_scores_hidden(&duel, guild);
        let (mine_text, theirs_text) = (shown(mine), shown(theirs));
        let scores = (!hidden).then_some((mine_text.as_str(), theirs_text.as_str()));
        lines.push(duel_move(mine - counted, mine, theirs).sentence(
            &deal.owner_name,
            them,
            scores,
        ));
    }
    Ok(lines)
}

/// A subject's revenue before and after a win of `gained` on `day`, and its quota, for
/// the shortest period containing that day that has a quota in the team's currency.
async fn quota_progress(
    app: &App,
    guild: &GuildSettings,
    subject: QuotaSubject,
    day: chrono::NaiveDate,
    gained: i64,
) -> Result<Option<(i64, i64, i64)>, CommandError> {
    Ok(super::quota::shortest_quota(app, guild, subject, day)
        .await?
        .map(|(_, quota, after)| (after - gained, after, quota)))
}

/// The race lines of a weekly digest, for the board `spec` on `today`: the closest
/// races, who moved most this week, and who improved most on their own last period
/// (the same days of it). With amounts hidden, no distances in money.
pub async fn digest_lines(
    app: &App,
    guild: &GuildSettings,
    spec: &crate::views::board::BoardSpec,
    today: chrono::NaiveDate,
) -> Result<Vec<String>, CommandError> {
    use crate::core::ranking::rank;
    use crate::views::board::{board_entries, value_text};
    let period = spec.period;
    let shown = |v: i64| value_text(spec.metric, v, guild);
    let hide = guild.amounts_hidden && spec.metric.counts_revenue();
    let (entries, _) = board_entries(app, guild, spec, &period).await?;
    let ranked = rank(entries);
    let mut lines = Vec::new();

    let mut gaps: Vec<(i64, &str, &str, u32)> = ranked
        .windows(2)
        .filter(|w| w[1].entry.value > 0)
        .map(|w| {
            (
                w[0].entry.value - w[1].entry.value,
                w[1].entry.name.as_str(),
                w[0].entry.name.as_str(),
                w[0].rank,
            )
        })
        .collect();
    gaps.sort_by_key(|g| g.0);
    for (gap, chaser, ahead, place) in gaps.iter().take(3) {
        lines.push(match (*gap, hide) {
            (0, _) => format!("🏎 Level: {chaser} and {ahead} share #{place}"),
            (_, true) => format!("🏎 {chaser} is within reach of {ahead} for #{place}"),
            (g, false) => format!("🏎 {chaser} is {} behind {ahead} for #{place}", shown(g)),
        });
    }

    // Who climbed most since a week ago (only when the period is older than a week).
    let week_ago = today - Duration::days(7);
    if week_ago >= period.start
        && let Ok(then) = Period::between(period.start, week_ago, guild.fiscal_year_start)
    {
        let (before, _) = board_entries(app, guild, spec, &then).await?;
        let before = rank(before);
        let outside = before.len() as i64 + 1;
        let best = ranked
            .iter()
            .map(|r| {
                let was = before
                    .iter()
                    .find(|b| b.entry.who == r.entry.who)
                    .map_or(outside, |b| i64::from(b.rank));
                (was - i64::from(r.rank), r)
            })
            .filter(|(up, _)| *up > 0)
            .max_by_key(|(up, _)| *up);
        if let Some((up, r)) = best {
            lines.push(format!(
                "🚀 Moved most this week: {}, up {} to #{}",
                r.entry.name,
                crate::core::words::count(up, "place", "places"),
                r.rank
            ));
        }
    }

    // Most improved on their own last period, over the same number of days.
    let previous = period.previous();
    let elapsed = (today.min(period.last_day()) - period.start).num_days();
    let same_days_end = (previous.start + Duration::days(elapsed)).min(previous.last_day());
    if let Ok(then) = Period::between(previous.start, same_days_end, guild.fiscal_year_start) {
        let (before, _) = board_entries(app, guild, spec, &then).await?;
        let best = ranked
            .iter()
            .map(|r| {
                let was = before
                    .iter()
                    .find(|b| b.who == r.entry.who)
                    .map_or(0, |b| b.value);
                (r.entry.value - was, r)
            })
            .filter(|(gain, _)| *gain > 0)
            .max_by_key(|(gain, _)| *gain);
        if let Some((gain, r)) = best {
            lines.push(if hide {
                format!("📈 Most improved on {}: {}", previous.label(), r.entry.name)
            } else {
                format!(
                    "📈 Most improved on {}: {} (+{} on the same days)",
                    previous.label(),
                    r.entry.name,
                    shown(gain)
                )
            });
        }
    }
    Ok(lines)
}
