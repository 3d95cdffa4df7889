//! The live page (`/tv`): a link's board, each rep's quota bar when the team shares
//! quotas, the latest wins, running contests and duels. Everything on it is worded by
//! the same code as the channel's public posts (`Audience::Channel`): hidden amounts,
//! private quotas and forgotten members stay hidden here too.

use crate::app::App;
use crate::core::contest::{ContestState, DuelState};
use crate::core::guild::GuildSettings;
use crate::core::localtime::local_date;
use crate::core::period::PeriodSpec;
use crate::core::quota::{Audience, QuotaVisibility};
use crate::core::ranking::{BoardOf, Contender, Metric};
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::TableRow;
use crate::views::board::{BoardSpec, bar_shares, board, board_entries, value_text};
use crate::views::contest as contest_view;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;

/// Rows a page shows at most: ten fit a TV without scrolling.
pub const ROWS: u32 = 10;
/// Wins in the ticker.
const TICKER: u32 = 8;

/// Everything the page shows, as it reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Screen {
    /// The page's own words and direction, in the team's language.
    pub page: PageWords,
    pub team: String,
    pub title: String,
    pub rows: Vec<ScreenRow>,
    pub wins: Vec<TickerWin>,
    pub contests: Vec<Panel>,
    pub duels: Vec<String>,
    pub footer: String,
}

/// The words the live page shows around the board, and which way its text runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageWords {
    /// The language tag (`pl`, `zh-CN`), for the page's `lang`.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub leaderboard: String,
    pub empty: String,
    pub duels: String,
    pub latest_wins: String,
    pub new_win: String,
    pub live: String,
}

/// A board row as the channel's table words it, with its bars.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScreenRow {
    #[serde(flatten)]
    pub row: TableRow,
    /// The bar's length in thousandths of the longest.
    pub bar: i64,
    /// The rep's attainment, when the team shares quotas.
    pub quota: Option<QuotaBar>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotaBar {
    pub text: String,
    /// Thousandths of the quota, at most 1000.
    pub bar: i64,
}

/// A win in the ticker: the deal's number (the page celebrates a number it has not
/// seen), the rep, and what the channel would say of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TickerWin {
    pub deal: i64,
    pub name: String,
    pub what: String,
}

/// A running contest: its title, what it ranks, and its first places.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Panel {
    pub title: String,
    pub lines: Vec<String>,
    pub rows: Vec<PanelRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PanelRow {
    pub rank: Option<u32>,
    pub name: String,
    pub value: String,
}

/// The page of a team's link (its metric and period), as of `now`.
pub async fn screen(
    app: &App,
    guild: &GuildSettings,
    metric: Metric,
    period: PeriodSpec,
    now: DateTime<Utc>,
) -> Result<Screen, CommandError> {
    let today = local_date(now, guild.timezone);
    let spec = BoardSpec {
        period: period.resolve(today, guild.fiscal_year_start)?,
        metric,
        top: ROWS,
        team: None,
        of: BoardOf::Reps,
        chart: false,
        audience: Audience::Channel,
    };
    let (message, data) = board(app, crate::i18n::Words::team(guild), guild, &spec, None).await?;
    let quotas = quota_bars(app, guild, &spec).await?;
    let table = message.table.map(|t| t.rows).unwrap_or_default();
    let bars = bar_shares(metric, &data.rows, guild);
    let rows = table
        .into_iter()
        .zip(data.rows.iter().zip(bars))
        .map(|(row, (data_row, bar))| ScreenRow {
            quota: quotas.get(&data_row.who).cloned(),
            row: TableRow {
                value: plain(&row.value),
                detail: plain(&row.detail),
                ..row
            },
            bar,
        })
        .collect();
    Ok(Screen {
        page: page_words(Words::team(guild)),
        team: guild.name.clone(),
        title: without_emoji(&plain(&message.title)),
        rows,
        wins: ticker(app, guild).await?,
        contests: contests(app, guild, today).await?,
        duels: duels(app, guild, today).await?,
        footer: message.footer.map(|f| plain(&f)).unwrap_or_default(),
    })
}

/// The live page's own words in the team's language.
fn page_words(words: Words) -> PageWords {
    let language = words.language();
    PageWords {
        lang: language.key().to_string(),
        dir: if language.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        },
        leaderboard: words.say("tv-page-leaderboard"),
        empty: words.say("tv-page-empty"),
        duels: words.say("tv-page-duels"),
        latest_wins: words.say("tv-page-latest-wins"),
        new_win: words.say("tv-page-new-win"),
        live: words.say("tv-page-live"),
    }
}

/// Each rep's attainment for the board's period, when the team shares quotas.
async fn quota_bars(
    app: &App,
    guild: &GuildSettings,
    spec: &BoardSpec,
) -> Result<HashMap<Contender, QuotaBar>, CommandError> {
    if guild.quota_visibility != QuotaVisibility::Team || spec.metric == Metric::Attainment {
        return Ok(HashMap::new());
    }
    // Only the entries: no ranking, no movement, no message (the board has those).
    let spec = BoardSpec {
        metric: Metric::Attainment,
        ..spec.clone()
    };
    let (entries, _) = board_entries(app, guild, &spec, &spec.period).await?;
    Ok(entries
        .into_iter()
        .map(|e| {
            (
                e.who,
                QuotaBar {
                    text: value_text(
                        crate::i18n::Words::team(guild),
                        Metric::Attainment,
                        e.value,
                        guild,
                    ),
                    bar: (e.value / 10).clamp(0, 1000),
                },
            )
        })
        .collect())
}

/// The latest wins, as the wins channel would name them.
async fn ticker(app: &App, guild: &GuildSettings) -> Result<Vec<TickerWin>, CommandError> {
    let wins = app.db.recent_wins(&guild.guild_id, TICKER).await?;
    Ok(wins
        .into_iter()
        .map(|w| TickerWin {
            deal: w.number.0,
            what: match w.amount {
                Some(amount) if !guild.amounts_hidden => format!("won {}", amount.display_whole()),
                _ => "won a deal".to_string(),
            },
            name: w.name,
        })
        .collect())
}

/// Running contests, each as its standings post words it.
async fn contests(
    app: &App,
    guild: &GuildSettings,
    today: chrono::NaiveDate,
) -> Result<Vec<Panel>, CommandError> {
    let mut out = Vec::new();
    for contest in app.db.contests(&guild.guild_id).await? {
        if contest.state != ContestState::Running {
            continue;
        }
        let ranked = contest_view::standings(app, guild, &contest, today).await?;
        let post =
            contest_view::standings_post(&contest, &ranked, guild, today, Words::team(guild));
        out.push(Panel {
            title: without_emoji(&plain(&post.title)),
            lines: post
                .lines
                .iter()
                .map(|l| without_emoji(&plain(l)))
                .collect(),
            rows: post
                .table
                .map(|t| t.rows)
                .unwrap_or_default()
                .into_iter()
                .take(5)
                .map(|r: TableRow| PanelRow {
                    rank: r.rank,
                    name: r.name,
                    value: plain(&r.value),
                })
                .collect(),
        });
    }
    Ok(out)
}

/// Running duels: the two names and their scores as the channel reads them.
async fn duels(
    app: &App,
    guild: &GuildSettings,
    today: chrono::NaiveDate,
) -> Result<Vec<String>, CommandError> {
    let mut out = Vec::new();
    for (_, duel) in app.db.live_duels(Some(&guild.guild_id)).await? {
        if duel.state != DuelState::Running {
            continue;
        }
        let (a, b) = contest_view::duel_scores(app, guild, &duel, today).await?;
        out.push(format!(
            "{} {} — {} {}",
            duel.challenger.1,
            contest_view::duel_score_text(&duel, a, guild, Words::team(guild)),
            contest_view::duel_score_text(&duel, b, guild, Words::team(guild)),
            duel.opponent.1
        ));
    }
    Ok(out)
}

/// A title without its leading emoji: the page's fonts (the charts') have none.
fn without_emoji(title: &str) -> String {
    title
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        .trim_start()
        .to_string()
}

/// Chat's bold marks are not for the page.
fn plain(text: &str) -> String {
    text.replace("**", "")
}
