//! A contest's and a duel's standings, and the posts that tell them: start, standings,
//! results. The entries are a leaderboard's, over the contest's days.

use crate::app::App;
use crate::core::contest::{Contest, Duel, Scoring, winners};
use crate::core::guild::GuildSettings;
use crate::core::ids::MemberId;
use crate::core::period::Period;
use crate::core::quota::{Audience, QuotaPeriod, percent};
use crate::core::race::names;
use crate::core::ranking::{BoardOf, Contender, Entry, Metric, Ranked, distinct_names, rank};
use crate::error::CommandError;
use crate::reply::{Message, Table, TableRow, Tone};
use crate::views::board::{BoardSpec, board_entries, value_text};
use chrono::NaiveDate;

/// The days a contest has counted by `today`: its first day to today or its last.
fn counted(
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
    guild: &GuildSettings,
) -> Result<Period, CommandError> {
    let last = today.min(end).max(start);
    Period::between(start, last, guild.fiscal_year_start).map_err(CommandError::from)
}

/// A contest's ranking on `today`.
pub async fn standings(
    app: &App,
    guild: &GuildSettings,
    contest: &Contest,
    today: NaiveDate,
) -> Result<Vec<Ranked>, CommandError> {
    let period = counted(contest.starts_on, contest.ends_on, today, guild)?;
    let spec = BoardSpec {
        period,
        metric: contest.metric,
        top: 50,
        team: contest.team.clone(),
        of: if contest.by_teams {
            BoardOf::Teams
        } else {
            BoardOf::Reps
        },
        chart: false,
        audience: Audience::Channel,
    };
    let (mut entries, _) = board_entries(app, guild, &spec, &period).await?;
    if contest.scoring == Scoring::PercentOfQuota {
        entries = percent_of_quota(app, guild, entries, contest.starts_on).await?;
    }
    distinct_names(&mut entries);
    Ok(rank(entries))
}

/// Each rep's revenue as basis points of their quota for the shortest quota period
/// containing the contest's first day; reps without one are left out.
async fn percent_of_quota(
    app: &App,
    guild: &GuildSettings,
    entries: Vec<Entry>,
    first_day: NaiveDate,
) -> Result<Vec<Entry>, CommandError> {
    for quota_period in QuotaPeriod::all() {
        let period = Period::containing(quota_period.kind(), first_day, guild.fiscal_year_start);
        let quotas = app
            .db
            .member_quotas(&guild.guild_id, quota_period.key(), period.start)
            .await?;
        if quotas.is_empty() {
            continue;
        }
        let quota_of = |id: MemberId| {
            quotas
                .iter()
                .find(|(m, q, c)| *m == id && *q > 0 && c == guild.currency.code())
                .map(|(_, q, _)| *q)
        };
        return Ok(entries
            .into_iter()
            .filter_map(|e| match e.who {
                Contender::Member(id) => quota_of(id).map(|q| Entry {
                    value: ((i128::from(e.value) * 10_000) / i128::from(q)) as i64,
                    ..e
                }),
                Contender::Team(_) => None,
            })
            .collect());
    }
    Ok(Vec::new())
}

/// A score as a public post shows it: amounts become deal counts when the team hides
/// them, and percent-of-quota scores are percentages.
fn score_text(
    contest_metric: Metric,
    scoring: Scoring,
    r: &Ranked,
    guild: &GuildSettings,
) -> String {
    if scoring == Scoring::PercentOfQuota {
        return format!("{} of quota", percent(r.entry.value));
    }
    if guild.amounts_hidden && contest_metric.counts_revenue() {
        return crate::core::words::count(r.entry.secondary, "deal", "deals");
    }
    value_text(contest_metric, r.entry.value, guild)
}

fn table(
    contest_metric: Metric,
    scoring: Scoring,
    ranked: &[Ranked],
    guild: &GuildSettings,
    top: usize,
) -> Table {
    let tied = |rank: u32| ranked.iter().filter(|o| o.rank == rank).count() > 1;
    Table {
        rows: ranked
            .iter()
            .take(top)
            .map(|r| TableRow {
                rank: r.rank,
                tied: tied(r.rank),
                name: r.entry.name.clone(),
                value: score_text(contest_metric, scoring, r, guild),
                detail: String::new(),
                movement: String::new(),
                is_caller: false,
            })
            .collect(),
        caller_row: None,
    }
}

fn what_it_ranks(contest: &Contest) -> String {
    let scoring = match contest.scoring {
        Scoring::Total => String::new(),
        Scoring::PercentOfQuota => " as % of quota".to_string(),
    };
    let who = match (&contest.team, contest.by_teams) {
        (_, true) => "team against team".to_string(),
        (Some((_, name)), false) => format!("{name}'s reps"),
        (None, false) => "every rep".to_string(),
    };
    format!("{}{scoring} · {who}", contest.metric.title())
}

pub fn target_text(contest: &Contest, guild: &GuildSettings) -> Option<String> {
    contest.target.map(|t| match contest.scoring {
        Scoring::PercentOfQuota => format!("{} of quota", percent(t)),
        Scoring::Total => value_text(contest.metric, t, guild),
    })
}

fn dates(contest: &Contest) -> String {
    format!(
        "{} – {}",
        contest.starts_on.format("%a %-d %b"),
        contest.ends_on.format("%a %-d %b %Y")
    )
}

/// The post that opens a contest.
pub fn start_post(contest: &Contest, guild: &GuildSettings) -> Message {
    let mut m = Message::new(Tone::Celebration, format!("🏁 {} starts now", contest.name))
        .line(format!("{} · {}", what_it_ranks(contest), dates(contest)));
    if let Some(t) = target_text(contest, guild) {
        m = m.line(format!("🎯 Everyone who reaches {t} wins."));
    }
    if let Some(p) = &contest.prize {
        m = m.line(format!("🎁 Prize: {p}"));
    }
    m.footer(format!(
        "Standings any time: /contest standings name:{}",
        contest.name
    ))
}

/// The standings while it runs.
pub fn standings_post(
    contest: &Contest,
    ranked: &[Ranked],
    guild: &GuildSettings,
    today: NaiveDate,
) -> Message {
    let day = (today.min(contest.ends_on) - contest.starts_on).num_days() + 1;
    let days = (contest.ends_on - contest.starts_on).num_days() + 1;
    let mut m = Message::new(
        Tone::Leaderboard,
        format!("🏁 {} — standings", contest.name),
    )
    .line(format!("Day {day} of {days} · {}", what_it_ranks(contest)));
    if let Some(t) = target_text(contest, guild) {
        let reached = winners(ranked, contest.target).len();
        m = m.line(format!("🎯 Target {t}: reached by {reached} so far."));
    }
    if ranked.is_empty() {
        m = m.line("No scores yet: the first win takes the lead.");
    }
    m.table = Some(table(contest.metric, contest.scoring, ranked, guild, 10));
    m.footer(format!("Ends {}", contest.ends_on.format("%a %-d %b")))
}

/// The results: the winners (ties share the place), the podium, the prize.
pub fn results_post(contest: &Contest, ranked: &[Ranked], guild: &GuildSettings) -> Message {
    let won = winners(ranked, contest.target);
    let won_names: Vec<String> = won.iter().map(|r| r.entry.name.clone()).collect();
    let mut m = Message::new(Tone::Celebration, format!("🏆 {} — results", contest.name))
        .line(format!("{} · {}", what_it_ranks(contest), dates(contest)));
    m = m.line(match (&contest.target, won.len()) {
        (_, 0) => "Nobody won this time.".to_string(),
        (Some(_), _) => format!(
            "🎯 Reached the target ({}): {}",
            target_text(contest, guild).unwrap_or_default(),
            names(&won_names)
        ),
        (None, 1) => format!(
            "🥇 Winner: {} with {}",
            won_names[0],
            score_text(contest.metric, contest.scoring, won[0], guild)
        ),
        (None, _) => format!(
            "🥇 Tied for first with {}: {}",
            score_text(contest.metric, contest.scoring, won[0], guild),
            names(&won_names)
        ),
    });
    if let Some(p) = &contest.prize
        && !won.is_empty()
    {
        m = m.line(format!("🎁 Prize: {p}"));
    }
    m.table = Some(table(contest.metric, contest.scoring, ranked, guild, 10));
    m
}

/// A duel's two scores over its days: (challenger's, opponent's).
pub async fn duel_scores(
    app: &App,
    guild: &GuildSettings,
    duel: &Duel,
    today: NaiveDate,
) -> Result<(i64, i64), CommandError> {
    let (Some(start), Some(end)) = (duel.starts_on, duel.ends_on) else {
        return Ok((0, 0));
    };
    let period = counted(start, end, today, guild)?;
    let spec = BoardSpec {
        period,
        metric: duel.metric,
        top: 50,
        team: None,
        of: BoardOf::Reps,
        chart: false,
        audience: Audience::Channel,
    };
    let (entries, _) = board_entries(app, guild, &spec, &period).await?;
    let score = |id: MemberId| {
        entries
            .iter()
            .find(|e| e.who == Contender::Member(id))
            .map_or(0, |e| e.value)
    };
    Ok((score(duel.challenger.0), score(duel.opponent.0)))
}

/// Whether a duel's scores are amounts the team keeps off public posts.
pub fn duel_scores_hidden(duel: &Duel, guild: &GuildSettings) -> bool {
    guild.amounts_hidden && duel.metric.counts_revenue()
}

/// How a duel score reads in public.
pub fn duel_score_text(duel: &Duel, value: i64, guild: &GuildSettings) -> String {
    if duel_scores_hidden(duel, guild) {
        return "—".to_string();
    }
    value_text(duel.metric, value, guild)
}

/// The one post at a duel's end.
pub fn duel_result(duel: &Duel, scores: (i64, i64), guild: &GuildSettings) -> Message {
    let (a, b) = (&duel.challenger.1, &duel.opponent.1);
    let verdict = match scores.0.cmp(&scores.1) {
        std::cmp::Ordering::Greater => format!("🥇 {a} wins!"),
        std::cmp::Ordering::Less => format!("🥇 {b} wins!"),
        std::cmp::Ordering::Equal => "🤝 A draw.".to_string(),
    };
    let mut m = Message::new(
        Tone::Celebration,
        format!("⚔️ Duel: {a} vs {b} — {verdict}"),
    );
    if duel_scores_hidden(duel, guild) {
        m = m.line(format!("{} over {} days.", duel.metric.title(), duel.days));
    } else {
        m = m.line(format!(
            "{} over {} days: {a} {} · {b} {}",
            duel.metric.title(),
            duel.days,
            duel_score_text(duel, scores.0, guild),
            duel_score_text(duel, scores.1, guild)
        ));
    }
    m.mentions = Vec::new();
    m
}
