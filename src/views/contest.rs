//! A contest's and a duel's standings, and the posts that tell them: start, standings,
//! results. The entries are a leaderboard's, over the contest's days.

use crate::app::App;
use crate::core::contest::{Contest, Duel, Proration, QuotaSpan, Scoring, prorated_quota, winners};
use crate::core::guild::GuildSettings;
use crate::core::ids::MemberId;
use crate::core::period::Period;
use crate::core::quota::Audience;

use crate::core::ranking::{BoardOf, Contender, Entry, Metric, Ranked, distinct_names, rank};
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
pub fn proration_note(contest: &Contest, guild: &GuildSettings, words: Words) -> String {
    let working = guild.working_days();
    let (key, days) = match Proration::for_contest(contest.starts_on, contest.ends_on, &working) {
        Proration::WorkingDays => (
            "contest-proration-working",
            working.count(
                contest.starts_on,
                contest.ends_on + chrono::Duration::days(1),
            ),
        ),
        Proration::CalendarDays => (
            "contest-proration-calendar",
            (contest.ends_on - contest.starts_on).num_days() + 1,
        ),
    };
    words.say_with(key, &[("days", days.into())])
}

/// What a score shows when the team keeps it off public posts.
const HIDDEN: &str = "—";

/// A score as a public post shows it: amounts become deal counts when the team hides
/// them, and percent-of-quota scores are percentages.
fn score_text(
    contest_metric: Metric,
    scoring: Scoring,
    r: &Ranked,
    guild: &GuildSettings,
    words: Words,
) -> String {
    if scoring == Scoring::PercentOfQuota {
        if !percent_of_quota_is_public(guild) {
            return HIDDEN.to_string();
        }
        return of_quota(r.entry.value, words);
    }
    if guild.amounts_hidden && contest_metric.counts_revenue() {
        return words.say_with("deals-count", &[("count", r.entry.secondary.into())]);
    }
    value_text(words, contest_metric, r.entry.value, guild)
}

/// `46.0 % of quota`
fn of_quota(bp: i64, words: Words) -> String {
    words.say_with("contest-of-quota", &[("percent", words.percent(bp).into())])
}

fn table(
    contest: &Contest,
    ranked: &[Ranked],
    guild: &GuildSettings,
    top: usize,
    words: Words,
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
                value: score_text(contest.metric, contest.scoring, r, guild, words),
                detail: String::new(),
                movement: String::new(),
                is_caller: false,
            })
            .collect(),
        caller_row: None,
    }
}

fn what_it_ranks(contest: &Contest, words: Words) -> String {
    let who = match (&contest.team, contest.by_teams) {
        (_, true) => words.say("contest-who-teams"),
        (Some((_, name)), false) => {
            words.say_with("contest-who-team", &[("team", name.as_str().into())])
        }
        (None, false) => words.say("contest-who-everyone"),
    };
    let key = match contest.scoring {
        Scoring::Total => "contest-ranks",
        Scoring::PercentOfQuota => "contest-ranks-of-quota",
    };
    words.say_with(
        key,
        &[
            ("metric", words.metric(contest.metric).into()),
            ("who", who.into()),
        ],
    )
}

/// The target as the contest's people read it privately (`/contest list`).
pub fn target_text(contest: &Contest, guild: &GuildSettings, words: Words) -> Option<String> {
    contest.target.map(|t| match contest.scoring {
        Scoring::PercentOfQuota => of_quota(t, words),
        Scoring::Total => value_text(words, contest.metric, t, guild),
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

fn public_target(contest: &Contest, guild: &GuildSettings, words: Words) -> PublicTarget {
    let amount = contest.scoring == Scoring::Total && contest.metric.counts_revenue();
    match target_text(contest, guild, words) {
        None => PublicTarget::None,
        Some(_) if amount && guild.amounts_hidden => PublicTarget::Unsaid,
        Some(t) => PublicTarget::Said(t),
    }
}

fn dates(contest: &Contest, words: Words) -> String {
    words.say_with(
        "contest-dates",
        &[
            ("start", words.day_with_weekday(contest.starts_on).into()),
            ("end", words.day_with_weekday(contest.ends_on).into()),
        ],
    )
}

fn named(words: Words, key: &str, contest: &Contest) -> String {
    words.say_with(key, &[("name", contest.name.as_str().into())])
}

/// The post that opens a contest.
pub fn start_post(contest: &Contest, guild: &GuildSettings, words: Words) -> Message {
    let mut m = Message::new(
        Tone::Celebration,
        named(words, "contest-start-title", contest),
    )
    .line(format!(
        "{} · {}",
        what_it_ranks(contest, words),
        dates(contest, words)
    ));
    match public_target(contest, guild, words) {
        PublicTarget::None => {}
        PublicTarget::Said(t) => {
            m = m.line(words.say_with("contest-target-said", &[("target", t.into())]))
        }
        PublicTarget::Unsaid => m = m.line(words.say("contest-target-unsaid")),
    }
    if let Some(p) = &contest.prize {
        m = m.line(words.say_with("contest-prize", &[("prize", p.as_str().into())]));
    }
    m.footer(named(words, "contest-start-footer", contest))
}

/// The standings while it runs.
pub fn standings_post(
    contest: &Contest,
    ranked: &[Ranked],
    guild: &GuildSettings,
    today: NaiveDate,
    words: Words,
) -> Message {
    let day = (today.min(contest.ends_on) - contest.starts_on).num_days() + 1;
    let days = (contest.ends_on - contest.starts_on).num_days() + 1;
    let mut m = Message::new(
        Tone::Leaderboard,
        named(words, "contest-standings-title", contest),
    )
    .line(words.say_with(
        "contest-day-of",
        &[
            ("day", day.into()),
            ("days", days.into()),
            ("ranks", what_it_ranks(contest, words).into()),
        ],
    ));
    let reached = winners(ranked, contest.target).len() as i64;
    match public_target(contest, guild, words) {
        PublicTarget::None => {}
        PublicTarget::Said(t) => {
            m = m.line(words.say_with(
                "contest-target-so-far-said",
                &[("target", t.into()), ("count", reached.into())],
            ))
        }
        PublicTarget::Unsaid => {
            m = m.line(words.say_with("contest-target-so-far-unsaid", &[("count", reached.into())]))
        }
    }
    if ranked.is_empty() {
        m = m.line(words.say("contest-no-scores"));
    }
    m.table = Some(table(contest, ranked, guild, 10, words));
    if contest.scoring == Scoring::PercentOfQuota && !percent_of_quota_is_public(guild) {
        m = m.line(words.say("contest-percent-private"));
    }
    let ends = words.say_with(
        "contest-ends",
        &[("day", words.day_with_weekday(contest.ends_on).into())],
    );
    m.footer(match scoring_note(contest, guild, words) {
        Some(note) => format!("{} · {}", ends, note),
        None => ends,
    })
}

/// How a percent-of-quota contest shares quotas; None for one that ranks totals.
fn scoring_note(contest: &Contest, guild: &GuildSettings, words: Words) -> Option<String> {
    match contest.scoring {
        Scoring::PercentOfQuota => Some(proration_note(contest, guild, words)),
        Scoring::Total => None,
    }
}

/// Several running contests' standings in one message: each one's title, its day and
/// what it ranks, and its first three places.
pub fn several_standings(standings: Vec<Message>, words: Words) -> Message {
    let mut m = Message::new(
        Tone::Leaderboard,
        words.say_with(
            "contest-several-title",
            &[("count", (standings.len() as i64).into())],
        ),
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
    m.footer(words.say("contest-several-footer"))
}

/// The results: the winners (ties share the place), the podium, the prize.
pub fn results_post(
    contest: &Contest,
    ranked: &[Ranked],
    guild: &GuildSettings,
    words: Words,
) -> Message {
    let won = winners(ranked, contest.target);
    let won_names: Vec<String> = won.iter().map(|r| r.entry.name.clone()).collect();
    let mut m = Message::new(
        Tone::Celebration,
        named(words, "contest-results-title", contest),
    )
    .line(format!(
        "{} · {}",
        what_it_ranks(contest, words),
        dates(contest, words)
    ));
    let all_names = || names(words, &won_names);
    m = m.line(match (&contest.target, won.len()) {
        (_, 0) => words.say("contest-nobody-won"),
        (Some(_), _) => match public_target(contest, guild, words) {
            PublicTarget::Said(t) => words.say_with(
                "contest-reached-said",
                &[("target", t.into()), ("names", all_names().into())],
            ),
            PublicTarget::Unsaid | PublicTarget::None => {
                words.say_with("contest-reached", &[("names", all_names().into())])
            }
        },
        (None, n) => {
            let score = score_text(contest.metric, contest.scoring, won[0], guild, words);
            let shown = score != HIDDEN;
            match (n, shown) {
                (1, true) => words.say_with(
                    "contest-winner-with",
                    &[
                        ("name", won_names[0].as_str().into()),
                        ("score", score.into()),
                    ],
                ),
                (1, false) => {
                    words.say_with("contest-winner", &[("name", won_names[0].as_str().into())])
                }
                (_, true) => words.say_with(
                    "contest-tied-with",
                    &[("score", score.into()), ("names", all_names().into())],
                ),
                (_, false) => words.say_with("contest-tied", &[("names", all_names().into())]),
            }
        }
    });
    if let Some(p) = &contest.prize
        && !won.is_empty()
    {
        m = m.line(words.say_with("contest-prize", &[("prize", p.as_str().into())]));
    }
    m.table = Some(table(contest, ranked, guild, 10, words));
    match scoring_note(contest, guild, words) {
        Some(note) => m.footer(note),
        None => m,
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
pub fn duel_score_text(duel: &Duel, value: i64, guild: &GuildSettings, words: Words) -> String {
    if duel_scores_hidden(duel, guild) {
        return HIDDEN.to_string();
    }
    value_text(words, duel.metric, value, guild)
}

/// The one post at a duel's end.
pub fn duel_result(
    duel: &Duel,
    scores: (i64, i64),
    guild: &GuildSettings,
    words: Words,
) -> Message {
    let (a, b) = (&duel.challenger.1, &duel.opponent.1);
    let verdict = match scores.0.cmp(&scores.1) {
        std::cmp::Ordering::Greater => {
            words.say_with("duel-result-wins", &[("name", a.as_str().into())])
        }
        std::cmp::Ordering::Less => {
            words.say_with("duel-result-wins", &[("name", b.as_str().into())])
        }
        std::cmp::Ordering::Equal => words.say("duel-result-draw"),
    };
    let mut m = Message::new(
        Tone::Celebration,
        words.say_with(
            "duel-result-title",
            &[
                ("a", a.as_str().into()),
                ("b", b.as_str().into()),
                ("verdict", verdict.into()),
            ],
        ),
    );
    let metric = words.metric(duel.metric);
    m = m.line(if duel_scores_hidden(duel, guild) {
        words.say_with(
            "duel-result-over",
            &[("metric", metric.into()), ("days", duel.days.into())],
        )
    } else {
        words.say_with(
            "duel-result-scores",
            &[
                ("metric", metric.into()),
                ("days", duel.days.into()),
                ("a", a.as_str().into()),
                (
                    "a_score",
                    duel_score_text(duel, scores.0, guild, words).into(),
                ),
                ("b", b.as_str().into()),
                (
                    "b_score",
                    duel_score_text(duel, scores.1, guild, words).into(),
                ),
            ],
        )
    });
    m.mentions = Vec::new();
    m
}
