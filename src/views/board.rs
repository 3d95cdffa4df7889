//! The leaderboard board: who is winning a period, by revenue, deals, activities,
//! average deal size, win rate or quota attainment; for reps or for teams; with the
//! movement since the period before. `/leaderboard` and scheduled posts both show it.

use crate::app::App;
use crate::core::guild::GuildSettings;
use crate::core::ids::{MemberId, TeamId};
use crate::core::money::Money;
use crate::core::period::Period;
use crate::core::quota::QuotaPeriod;
use crate::core::quota::{Audience, QuotaVisibility, attainment_visible};
use crate::core::ranking::{
    BoardOf, Contender, Entry, Metric, Ranked, distinct_names, rank, top_with_caller,
};
use crate::error::CommandError;
use crate::i18n::Said;
use crate::i18n::Words;
use crate::render::chart::{self, ChartRow};
use crate::reply::{BoardRow, LeaderboardData, Message, Table, TableRow, Tone};
use crate::store::WonTotal;
use std::collections::HashMap;

/// The period a board covers when none is asked for.
pub const DEFAULT_PERIOD: crate::core::period::PeriodSpec =
    crate::core::period::PeriodSpec::This(crate::core::period::PeriodKind::Month);

/// What a board ranks, and how.
#[derive(Debug, Clone)]
pub struct BoardSpec {
    pub period: Period,
    pub metric: Metric,
    pub top: u32,
    /// Only the members of this team: (id, name).
    pub team: Option<(TeamId, String)>,
    /// Reps, or teams.
    pub of: BoardOf,
    /// Attach a PNG chart.
    pub chart: bool,
    /// Who will see it (what a quota's privacy lets them see).
    pub audience: Audience,
}

/// The revenue board's entries: every rep with revenue in the team's currency (wins in
/// it, and wins converted into it), with the count of those wins beside it. The one
/// definition of who is on a revenue board, for boards, contests and a win's race.
pub fn revenue_entries(totals: &[WonTotal]) -> Vec<Entry> {
    totals
        .iter()
        .filter(|t| t.revenue > 0)
        .map(|t| Entry {
            who: Contender::Member(t.member_id),
            name: t.name.clone(),
            value: t.revenue,
            secondary: t.won_in_currency,
        })
        .collect()
}

/// Each rep's score for one period. Returns the entries and how many won deals were
/// in other currencies (counted as deals, never added to revenue).
async fn member_entries(
    app: &App,
    guild: &GuildSettings,
    period: &Period,
    metric: Metric,
    audience: Audience,
) -> Result<(Vec<Entry>, i64), CommandError> {
    let db = &app.db;
    let guild_id = &guild.guild_id;
    let entry = |member_id, name: String, value, secondary| Entry {
        who: Contender::Member(member_id),
        name,
        value,
        secondary,
    };
    if metric == Metric::Activities {
        let totals = db
            .activity_totals(guild_id, period.start, period.end)
            .await?;
        return Ok((
            totals
                .into_iter()
                .map(|t| entry(t.member_id, t.name, t.total, 0))
                .collect(),
            0,
        ));
    }
    let totals = db
        .won_totals(guild_id, period.start, period.end, guild.currency)
        .await?;
    let other: i64 = totals.iter().map(|t| t.other_currency).sum();
    let entries = match metric {
        Metric::Deals => totals
            .into_iter()
            .filter(|t| t.won > 0)
            .map(|t| entry(t.member_id, t.name, t.won, t.revenue))
            .collect(),
        Metric::AverageDeal => totals
            .into_iter()
            .filter(|t| t.won_in_currency > 0)
            .map(|t| {
                entry(
                    t.member_id,
                    t.name,
                    t.revenue / t.won_in_currency,
                    t.won_in_currency,
                )
            })
            .collect(),
        Metric::WinRate => {
            let min = app.config.win_rate_min_closed;
            totals
                .into_iter()
                .filter(|t| t.won + t.lost >= min)
                .map(|t| {
                    entry(
                        t.member_id,
                        t.name,
                        crate::core::ratio::ratio_bp(t.won, t.won + t.lost),
                        t.won + t.lost,
                    )
                })
                .collect()
        }
        Metric::Attainment => {
            let kind = QuotaPeriod::of(period)
                .ok_or(CommandError::Said(Said::new("error-attainment-period")))?;
            let revenue: HashMap<MemberId, (String, i64)> = totals
                .into_iter()
                .map(|t| (t.member_id, (t.name, t.revenue)))
                .collect();
            let mut out = Vec::new();
            for (member_id, quota) in db.member_quotas(guild_id, kind, period.start).await? {
                let quota = quota.minor_in(guild.currency).unwrap_or(0);
                if quota <= 0 || !attainment_visible(guild.quota_visibility, audience, member_id) {
                    continue;
                }
                let (name, won) = match revenue.get(&member_id) {
                    Some((name, won)) => (name.clone(), *won),
                    None => match db.member_by_id(guild_id, member_id).await? {
                        Some(m) => (m.display_name, 0),
                        None => continue,
                    },
                };
                out.push(entry(
                    member_id,
                    name,
                    crate::core::ratio::ratio_bp(won, quota),
                    quota,
                ));
            }
            out
        }
        // Activities were answered above, from their own table.
        Metric::Revenue | Metric::Activities => revenue_entries(&totals),
    };
    Ok((entries, other))
}

/// The entries a board ranks: reps (optionally of one team), or teams.
pub async fn board_entries(
    app: &App,
    guild: &GuildSettings,
    spec: &BoardSpec,
    period: &Period,
) -> Result<(Vec<Entry>, i64), CommandError> {
    let (members, other) = member_entries(app, guild, period, spec.metric, spec.audience).await?;
    if spec.of == BoardOf::Teams {
        if !spec.metric.adds_up() {
            return Err(Said::new("error-team-board-metric").into());
        }
        let by_member: HashMap<Contender, &Entry> = members.iter().map(|e| (e.who, e)).collect();
        let mut teams = Vec::new();
        for (team_id, name, ids) in app.db.team_memberships(&guild.guild_id).await? {
            let (value, secondary) = ids
                .iter()
                .filter_map(|id| by_member.get(&Contender::Member(*id)))
                .fold((0, 0), |(v, s), e| (v + e.value, s + e.secondary));
            if value > 0 {
                teams.push(Entry {
                    who: Contender::Team(team_id),
                    name,
                    value,
                    secondary,
                });
            }
        }
        return Ok((teams, other));
    }
    if let Some((team_id, _)) = &spec.team {
        let ids: Vec<MemberId> = app
            .db
            .team_memberships(&guild.guild_id)
            .await?
            .into_iter()
            .find(|(id, _, _)| id == team_id)
            .map(|(_, _, ids)| ids)
            .unwrap_or_default();
        return Ok((
            members
                .into_iter()
                .filter(|e| matches!(e.who, Contender::Member(id) if ids.contains(&id)))
                .collect(),
            other,
        ));
    }
    Ok((members, other))
}

/// A board value as people read it: an amount, a count or a percentage.
pub fn value_text(words: Words, metric: Metric, value: i64, guild: &GuildSettings) -> String {
    match metric {
        Metric::Deals => words.say_with("board-won", &[("count", value.into())]),
        Metric::Activities => words.say_with("activities-count", &[("count", value.into())]),
        Metric::WinRate | Metric::Attainment => words.percent(value),
        Metric::Revenue | Metric::AverageDeal => {
            words.money_whole(Money::new(value, guild.currency))
        }
    }
}

fn detail_text(words: Words, metric: Metric, secondary: i64, guild: &GuildSettings) -> String {
    let amount = || words.money_whole(Money::new(secondary, guild.currency));
    match metric {
        Metric::Deals => amount(),
        Metric::Activities => String::new(),
        Metric::WinRate => words.say_with("board-closed", &[("count", secondary.into())]),
        Metric::Attainment => words.say_with("board-of-amount", &[("amount", amount().into())]),
        Metric::Revenue | Metric::AverageDeal => {
            words.say_with("deals-count", &[("count", secondary.into())])
        }
    }
}

/// A row's value and detail as a board shows them. With amounts hidden (a team
/// setting) no money appears: revenue and average deal size show deal counts, and
/// the amounts beside deal counts and attainment are left out.
fn public_text(
    words: Words,
    metric: Metric,
    r: &BoardRow,
    guild: &GuildSettings,
) -> (String, String) {
    let value = || value_text(words, metric, r.value, guild);
    let detail = || detail_text(words, metric, r.secondary, guild);
    if !guild.amounts_hidden {
        return (value(), detail());
    }
    match metric {
        Metric::Revenue | Metric::AverageDeal => (
            words.say_with("deals-count", &[("count", r.secondary.into())]),
            String::new(),
        ),
        Metric::Deals | Metric::Attainment => (value(), String::new()),
        Metric::WinRate | Metric::Activities => (value(), detail()),
    }
}

/// The figure a row's bar is drawn to: the one `public_text` shows, so that a bar never
/// measures an amount the team keeps off public boards (with amounts hidden, a revenue
/// bar is the deal count, not revenue a reader could scale from their own total).
fn public_figure(metric: Metric, r: &BoardRow, guild: &GuildSettings) -> i64 {
    match metric {
        Metric::Revenue | Metric::AverageDeal if guild.amounts_hidden => r.secondary,
        Metric::Revenue
        | Metric::AverageDeal
        | Metric::Deals
        | Metric::Attainment
        | Metric::WinRate
        | Metric::Activities => r.value,
    }
}

/// Each row's bar as thousandths of the longest, drawn to the figure its public text
/// shows (`public_figure`: never an amount the team hides).
pub fn bar_shares(metric: Metric, rows: &[BoardRow], guild: &GuildSettings) -> Vec<i64> {
    let figures: Vec<i64> = rows
        .iter()
        .map(|r| public_figure(metric, r, guild).max(0))
        .collect();
    let most = figures.iter().copied().max().unwrap_or(0);
    figures
        .iter()
        .map(|f| {
            (i128::from(*f) * 1000)
                .checked_div(i128::from(most))
                .map_or(0, crate::core::ratio::to_i64)
        })
        .collect()
}

fn movement_text(words: Words, movement: Option<i64>) -> String {
    match movement {
        None => words.say("board-movement-new"),
        Some(0) => "=".into(),
        Some(n) if n > 0 => format!("▲{n}"),
        Some(n) => format!("▼{}", -n),
    }
}

/// Builds a board in `words`: the message to show and its typed data. `caller` adds the
/// caller's own row when they are outside the top.
pub async fn board(
    app: &App,
    words: Words,
    guild: &GuildSettings,
    spec: &BoardSpec,
    caller: Option<MemberId>,
) -> Result<(Message, LeaderboardData), CommandError> {
    let period = spec.period;
    let (mut entries, other_currency_deals) = board_entries(app, guild, spec, &period).await?;
    distinct_names(&mut entries);
    let ranked = rank(entries);
    let (previous_entries, _) = board_entries(app, guild, spec, &period.previous()).await?;
    let previous: HashMap<Contender, u32> = rank(previous_entries)
        .into_iter()
        .map(|r| (r.entry.who, r.rank))
        .collect();
    let caller = caller.filter(|_| spec.of == BoardOf::Reps);
    let (shown, caller_row) = top_with_caller(&ranked, spec.top, caller);
    let to_row = |r: &Ranked| BoardRow {
        rank: r.rank,
        who: r.entry.who,
        name: r.entry.name.clone(),
        value: r.entry.value,
        secondary: r.entry.secondary,
        movement: previous
            .get(&r.entry.who)
            .map(|p| i64::from(*p) - i64::from(r.rank)),
    };
    let rows: Vec<BoardRow> = shown.iter().map(to_row).collect();
    let caller_row = caller_row.as_ref().map(to_row);
    let shown = Shown {
        words,
        spec,
        guild,
        caller,
        tied: tied_ranks(&ranked),
        label: words.period(&period),
    };
    let mut message = Message::new(Tone::Leaderboard, format!("🏆 {}", shown.heading()));
    if ranked.is_empty() {
        let no_teams =
            spec.of == BoardOf::Teams && app.db.team_memberships(&guild.guild_id).await?.is_empty();
        message = message.line(empty_board_line(app, &shown, no_teams));
    } else {
        message.table = Some(Table {
            rows: rows.iter().map(|r| shown.table_row(r)).collect(),
            caller_row: caller_row.as_ref().map(|r| shown.table_row(r)),
        });
        if let Some(id) = caller
            && !ranked.iter().any(|r| r.entry.who == Contender::Member(id))
        {
            message = message.line(words.say("board-not-on-yet"));
        }
    }
    message
        .lines
        .extend(board_notes(&shown, other_currency_deals));
    message = message.footer(words.say_with(
        "board-footer",
        &[
            ("period", shown.label.as_str().into()),
            ("timezone", guild.timezone.to_string().into()),
            ("previous", words.period(&period.previous()).into()),
        ],
    ));
    if spec.chart {
        message.chart = board_chart(&shown, &rows, caller_row.as_ref()).await;
    }
    let data = LeaderboardData {
        metric: spec.metric,
        period,
        period_label: period.label(),
        currency: guild.currency.to_string(),
        rows,
        caller: caller_row,
        other_currency_deals,
    };
    Ok((message, data))
}

/// What a board's words and picture need besides its rows.
struct Shown<'a> {
    words: Words,
    spec: &'a BoardSpec,
    guild: &'a GuildSettings,
    caller: Option<MemberId>,
    /// Places shared by more than one row ("2=").
    tied: std::collections::HashSet<u32>,
    /// The period, as the reader names it.
    label: String,
}

impl Shown<'_> {
    /// With private quotas a rep's attainment board holds only their own row: a place
    /// there ("1") would be a place among one, so the row is shown without one.
    fn only_own_row(&self) -> bool {
        self.spec.metric == Metric::Attainment
            && self.guild.quota_visibility == QuotaVisibility::Private
            && matches!(self.spec.audience, Audience::Rep(_))
    }

    /// `Revenue won · Berlin — March 2026`: the metric, whom it ranks when not every
    /// rep, and the period.
    fn heading(&self) -> String {
        let words = self.words;
        let metric = words.metric(self.spec.metric);
        let scope = match (&self.spec.team, self.spec.of) {
            (_, BoardOf::Teams) => Some(words.say("board-of-teams")),
            (Some((_, name)), BoardOf::Reps) => Some(name.clone()),
            (None, BoardOf::Reps) => None,
        };
        let period = self.label.as_str().into();
        match scope {
            Some(scope) => words.say_with(
                "board-heading-scoped",
                &[
                    ("metric", metric.into()),
                    ("scope", scope.into()),
                    ("period", period),
                ],
            ),
            None => words.say_with(
                "board-heading",
                &[("metric", metric.into()), ("period", period)],
            ),
        }
    }

    fn is_caller(&self, row: &BoardRow) -> bool {
        self.caller.map(Contender::Member) == Some(row.who)
    }

    fn table_row(&self, r: &BoardRow) -> TableRow {
        let (value, detail) = public_text(self.words, self.spec.metric, r, self.guild);
        TableRow {
            rank: (!self.only_own_row()).then_some(r.rank),
            tied: self.tied.contains(&r.rank),
            name: r.name.clone(),
            value,
            detail,
            movement: movement_text(self.words, r.movement),
            is_caller: self.is_caller(r),
        }
    }
}

fn tied_ranks(ranked: &[Ranked]) -> std::collections::HashSet<u32> {
    let mut seen = std::collections::HashSet::new();
    let mut tied = std::collections::HashSet::new();
    for r in ranked {
        if !seen.insert(r.rank) {
            tied.insert(r.rank);
        }
    }
    tied
}

/// What an empty board says: why it is empty, and how to get on it.
fn empty_board_line(app: &App, shown: &Shown<'_>, no_teams: bool) -> String {
    let (spec, guild, words) = (shown.spec, shown.guild, shown.words);
    if spec.metric == Metric::Attainment
        && guild.quota_visibility == QuotaVisibility::Private
        && spec.audience == Audience::Channel
    {
        return words.say("board-attainment-private");
    }
    let nudge = if no_teams {
        words.say("board-empty-no-teams")
    } else {
        match spec.metric {
            Metric::Activities => words.say("board-empty-activities"),
            Metric::Attainment => words.say("board-empty-attainment"),
            Metric::WinRate => words.say_with(
                "board-empty-win-rate",
                &[("count", app.config.win_rate_min_closed.into())],
            ),
            Metric::Revenue | Metric::Deals | Metric::AverageDeal => {
                words.say("board-empty-be-first")
            }
        }
    };
    words.say_with(
        "board-empty",
        &[
            ("period", shown.label.as_str().into()),
            ("nudge", nudge.into()),
        ],
    )
}

/// The lines under a board: whose attainment a rep sees, and won deals in other
/// currencies left out of revenue.
fn board_notes(shown: &Shown<'_>, other_currency_deals: i64) -> Vec<String> {
    let mut notes = Vec::new();
    let words = shown.words;
    if shown.only_own_row() {
        notes.push(words.say("board-own-attainment"));
    }
    if other_currency_deals > 0 && shown.spec.metric.counts_revenue() {
        notes.push(words.say_with(
            "board-other-currencies",
            &[
                ("count", other_currency_deals.into()),
                ("currency", shown.guild.currency.to_string().into()),
            ],
        ));
    }
    notes
}

/// The board as a picture: a bar per row, as long as its public figure.
async fn board_chart(
    shown: &Shown<'_>,
    rows: &[BoardRow],
    caller_row: Option<&BoardRow>,
) -> Option<crate::reply::Attachment> {
    let (spec, guild) = (shown.spec, shown.guild);
    let figure = |r: &BoardRow| public_figure(spec.metric, r, guild);
    let all = || rows.iter().chain(caller_row);
    let max = all().map(figure).max().unwrap_or(0).max(1);
    let chart_rows: Vec<ChartRow> = all()
        .map(|r| ChartRow {
            rank: format!(
                "{}{}",
                r.rank,
                if shown.tied.contains(&r.rank) {
                    "="
                } else {
                    ""
                }
            ),
            name: r.name.clone(),
            value: public_text(shown.words, spec.metric, r, guild).0,
            share_bp: crate::core::ratio::ratio_bp(figure(r).max(0), max),
            highlight: shown.is_caller(r),
        })
        .collect();
    let title = shown.heading();
    let subtitle = format!("{} · {}", guild.name_or_id(), guild.timezone);
    let empty = shown.words.say("chart-board-empty");
    chart::render("leaderboard.png", move || {
        chart::leaderboard(&title, &subtitle, &chart_rows, &empty)
    })
    .await
}
