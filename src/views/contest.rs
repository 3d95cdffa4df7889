//! A contest's and a duel's standings, and the posts that tell them: start, standings,
//! results. The entries are a leaderboard's, over the contest's days.

use crate::app::App;
use crate::core::contest::{Contest, Duel, Proration, QuotaSpan, Scoring, prorated_quota, winners};
use crate::core::guild::GuildSettings;
use crate::core::ids::MemberId;
use crate::core::period::Period;
use crate::core::quota::{Audience, percent};

use crate::core::ranking::{BoardOf, Contender, Entry, Metric, Ranked, distinct_names, rank};
use crate::core::words::count;
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::{Message, Table, TableRow, Tone};
use crate::views::board::{BoardSpec, board_entries, value_text};
use crate::views::race_words::names;
use chrono::NaiveDate;
use std::collections::HashMap;

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
        entries = percent_of_quota(app, guild, entries, contest).await?;
    }
    distinct_names(&mut entries);
    Ok(rank(entries))
}

/// Each rep's revenue as basis points of their quota for the contest's days, prorated
/// (`core::contest::prorated_quota`). Every rep with a quota for those days is ranked,
/// at 0 % when nothing is won yet; reps without one are left out.
async fn percent_of_quota(
    app: &App,
    guild: &GuildSettings,
    entries: Vec<Entry>,
    contest: &Contest,
) -> Result<Vec<Entry>, CommandError> {
    let days = guild.working_days();
    let how = Proration::for_contest(contest.starts_on, contest.ends_on, &days);
    let mut spans: HashMap<MemberId, Vec<QuotaSpan>> = HashMap::new();
    let year_before = contest.starts_on - chrono::Duration::days(366);
    for quota in app
        .db
        .member_quotas_between(&guild.guild_id, year_before, contest.ends_on)
        .await?
    {
        let Some(amount) = quota.amount.minor_in(guild.currency) else {
            continue;
        };
        let period = Period::containing(quota.kind.kind(), quota.start, guild.fiscal_year_start);
        spans
            .entry(quota.member)
            .or_default()
            .push(QuotaSpan { period, amount });
    }
    let revenue: HashMap<MemberId, &Entry> = entries
        .iter()
        .filter_map(|e| match e.who {
            Contender::Member(id) => Some((id, e)),
            Contender::Team(_) => None,
        })
        .collect();
    let team: Option<Vec<MemberId>> = match &contest.team {
        Some((team_id, _)) => app
            .db
            .team_memberships(&guild.guild_id)
            .await?
            .into_iter()
            .find(|(id, _, _)| id == team_id)
            .map(|(_, _, ids)| ids),
        None => None,
    };
    let mut scored = Vec::new();
    for (member, spans) in spans {
        if team.as_ref().is_some_and(|ids| !ids.contains(&member)) {
            continue;
        }
        let Some(quota) = prorated_quota(contest.starts_on, contest.ends_on, &spans, &days, how)
        else {
            continue;
        };
        let (name, won, deals) = match revenue.get(&member) {
            Some(e) => (e.name.clone(), e.value, e.secondary),
            None => match app.db.member_by_id(&guild.guild_id, member).await? {
                Some(m) => (m.display_name, 0, 0),
                None => continue,
            },
        };
        scored.push(Entry {
            who: Contender::Member(member),
            name,
            value: quota.score_bp(won),
            secondary: deals,
        });
    }
    Ok(scored)
}

/// Whether percentages of quota may be posted: only where they reveal no quota, that is
/// where the team shares quotas or keeps amounts off public posts (a rep's % beside the
/// amounts of their announced wins gives their quota away).
pub fn percent_of_quota_is_public(guild: &GuildSettings) -> bool {
    guild.quota_visibility == crate::core::quota::QuotaVisibility::Team || guild.amounts_hidden
}

/// How a percent-of-quota contest shares quotas, for its footer.
pub fn proration_note(contest: &Contest, guild: &GuildSettings) -> String {
    let days = guild.working_days();
    match Proration::for_contest(contest.starts_on, contest.ends_on, &days) {
        Proration::WorkingDays => format!(
            "% of each rep's quotas, prorated over the contest's {}",
            count(
                days.count(
                    contest.starts_on,
                    contest.ends_on + chrono::Duration::days(1)
                ),
                "working day",
                "working days"
            )
        ),
        Proration::CalendarDays => format!(
            "% of each rep's quotas, prorated over the contest's {} (it has no working day)",
            count(
                (contest.ends_on - contest.starts_on).num_days() + 1,
                "calendar day",
                "calendar days"
            )
        ),
    }
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
        if !percent_of_quota_is_public(guild) {
            return "—".to_string();
        }
        return format!("{} of quota", percent(r.entry.value));
    }
    if guild.amounts_hidden && contest_metric.counts_revenue() {
        return crate::core::words::count(r.entry.secondary, "deal", "deals");
    }
    value_text(Words::team(guild), contest_metric, r.entry.value, guild)
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
                rank: Some(r.rank),
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

/// The target as the contest's people read it privately (`/contest list`).
pub fn target_text(contest: &Contest, guild: &GuildSettings) -> Option<String> {
    contest.target.map(|t| match contest.scoring {
        Scoring::PercentOfQuota => format!("{} of quota", percent(t)),
        Scoring::Total => value_text(Words::team(guild), contest.metric, t, guild),
    })
}

/// A contest's target as a public post may give it.
enum PublicTarget {
    None,
    Said(String),
    /// An amount the team keeps off public posts: beside the names of those who
    /// reached it, it would tell what they won.
    Unsaid,
}

fn public_target(contest: &Contest, guild: &GuildSettings) -> PublicTarget {
    let amount = contest.scoring == Scoring::Total && contest.metric.counts_revenue();
    match target_text(contest, guild) {
        None => PublicTarget::None,
        Some(_) if amount && guild.amounts_hidden => PublicTarget::Unsaid,
        Some(t) => PublicTarget::Said(t),
    }
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
    match public_target(contest, guild) {
        PublicTarget::None => {}
        PublicTarget::Said(t) => m = m.line(format!("🎯 Everyone who reaches {t} wins.")),
        PublicTarget::Unsaid => {
            m = m.line(
                "🎯 Everyone who reaches the target wins (each rep sees it with /contest list).",
            )
        }
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
    let reached = winners(ranked, contest.target).len();
    match public_target(contest, guild) {
        PublicTarget::None => {}
        PublicTarget::Said(t) => m = m.line(format!("🎯 Target {t}: reached by {reached} so far.")),
        PublicTarget::Unsaid => m = m.line(format!("🎯 The target: reached by {reached} so far.")),
    }
    if ranked.is_empty() {
        m = m.line("No scores yet: the first win takes the lead.");
    }
    m.table = Some(table(contest.metric, contest.scoring, ranked, guild, 10));
    if contest.scoring == Scoring::PercentOfQuota && !percent_of_quota_is_public(guild) {
        m = m.line("Percentages stay private while quotas are private and amounts are shown.");
    }
    m.footer(format!(
        "Ends {}{}",
        contest.ends_on.format("%a %-d %b"),
        scoring_note(contest, guild)
    ))
}

/// " · % of each rep's quotas, prorated over …" for a percent-of-quota contest.
fn scoring_note(contest: &Contest, guild: &GuildSettings) -> String {
    match contest.scoring {
        Scoring::PercentOfQuota => format!(" · {}", proration_note(contest, guild)),
        Scoring::Total => String::new(),
    }
}

/// Several running contests' standings in one message: each one's title, its day and
/// what it ranks, and its first three places.
pub fn several_standings(standings: Vec<Message>) -> Message {
    let mut m = Message::new(
        Tone::Leaderboard,
        format!("🏁 {} contests running", standings.len()),
    );
    for one in standings {
        m = m.line(format!("**{}**", one.title.trim_start_matches("🏁 ")));
        m.lines.extend(one.lines);
        for row in one.table.iter().flat_map(|t| t.rows.iter()).take(3) {
            m = m.line(format!(
                "  {}  {}  {}",
                crate::render::table::rank_text(row),
                row.name,
                row.value
            ));
        }
        if let Some(footer) = one.footer {
            m = m.line(format!("  {footer}"));
        }
    }
    m.footer("One in full: /contest standings name:…")
}

/// The results: the winners (ties share the place), the podium, the prize.
pub fn results_post(contest: &Contest, ranked: &[Ranked], guild: &GuildSettings) -> Message {
    let won = winners(ranked, contest.target);
    let won_names: Vec<String> = won.iter().map(|r| r.entry.name.clone()).collect();
    let mut m = Message::new(Tone::Celebration, format!("🏆 {} — results", contest.name))
        .line(format!("{} · {}", what_it_ranks(contest), dates(contest)));
    m = m.line(match (&contest.target, won.len()) {
        (_, 0) => "Nobody won this time.".to_string(),
        (Some(_), _) => match public_target(contest, guild) {
            PublicTarget::Said(t) => {
                format!(
                    "🎯 Reached the target ({t}): {}",
                    names(Words::team(guild), &won_names)
                )
            }
            PublicTarget::Unsaid | PublicTarget::None => {
                format!(
                    "🎯 Reached the target: {}",
                    names(Words::team(guild), &won_names)
                )
            }
        },
        (None, n) => {
            let score = score_text(contest.metric, contest.scoring, won[0], guild);
            let with = if score == "—" {
                String::new()
            } else {
                format!(" with {score}")
            };
            if n == 1 {
                format!("🥇 Winner: {}{with}", won_names[0])
            } else {
                format!(
                    "🥇 Tied for first{with}: {}",
                    names(Words::team(guild), &won_names)
                )
            }
        }
    });
    if let Some(p) = &contest.prize
        && !won.is_empty()
    {
        m = m.line(format!("🎁 Prize: {p}"));
    }
    m.table = Some(table(contest.metric, contest.scoring, ranked, guild, 10));
    let note = scoring_note(contest, guild);
    if note.is_empty() {
        m
    } else {
        m.footer(note.trim_start_matches(" · ").to_string())
    }
}

/// A duel's two scores so far: (challenger's, opponent's). What counts was won (or
/// logged) on the duel's days, from the moment it was accepted.
pub async fn duel_scores(
    app: &App,
    guild: &GuildSettings,
    duel: &Duel,
    today: NaiveDate,
) -> Result<(i64, i64), CommandError> {
    let (Some(start), Some(end)) = (duel.starts_on, duel.ends_on) else {
        return Ok((0, 0));
    };
    let last = today.min(end);
    if last < start {
        return Ok((0, 0));
    }
    let totals = app
        .db
        .duel_totals(
            &guild.guild_id,
            [duel.challenger.0, duel.opponent.0],
            duel.metric,
            (start, last),
            duel.started_at,
            guild.currency,
        )
        .await?;
    let score = |id: MemberId| {
        totals
            .iter()
            .find(|(m, _)| *m == id)
            .map_or(0, |(_, total)| *total)
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
    value_text(Words::team(guild), duel.metric, value, guild)
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
