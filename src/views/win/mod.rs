//! What a win says, in one place: the news it makes (its rep's place on the month's
//! revenue board, the race it changed, the milestones, the duels), the lines the rep's
//! reply carries, and the announcement the wins channel gets — the full one the command
//! composes, or the plain one the sender composes when the process that saved the win
//! died first. The announcement's row itself is written with the win, in the same
//! transaction (`write_down_win_announcement` in src/store/outbox.rs); its topic is
//! `core::deal::win_topic`.
//!
//! Reading is `read`; the rules are in core/race.rs and core/ranking.rs; the words are
//! `news_lines` and `announcement`.

use crate::app::App;
use crate::core::contest::{Duel, DuelState};
use crate::core::deal::{Deal, win_topic};
use crate::core::guild::GuildSettings;
use crate::core::ids::{ChannelId, MemberId, TeamId, UserId};
use crate::core::money::Money;
use crate::core::period::{Period, PeriodKind};
use crate::core::quota::{QuotaSubject, QuotaVisibility};
use crate::core::race::{
    DuelMove, Milestone, RaceChange, duel_move, quota_crossed, race_change, streak_extended,
    week_of,
};
use crate::core::ranking::{Contender, Entry, Metric, distinct_names, rank};
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::{Message, Post, Tone, Topic};
use crate::store::{StoreError, WinDays, WonTotal};
use crate::views::race_words;
use chrono::{Duration, NaiveDate};

mod news;
use news::{DuelNews, Found, STREAK_DAYS, WinNews, win_news};

/// Everything a win's words are made of, read once.
#[derive(Debug, Clone)]
pub struct WinStory {
    /// The month the win counts for: the day it was won, which may be backdated.
    pub month: Period,
    /// Whether that month is the current one ("this month", or "in March 2026").
    pub this_month: bool,
    /// The rep's row on the month's revenue board, if they are on it, and how many are.
    standing: Option<Standing>,
    /// The rep's wins of the month in other currencies with no rate for their day.
    elsewhere: i64,
    news: WinNews,
    /// The rep's Discord account, mentioned in the announcement (only read when the
    /// team has a wins channel).
    pub owner_user: Option<UserId>,
}

/// A rep's row on a revenue board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Standing {
    rank: u32,
    of: usize,
    revenue: i64,
    wins: i64,
}

/// Where a win is announced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announce {
    /// In the team's wins channel.
    In(ChannelId),
    /// Nowhere else: the win was typed in the wins channel itself, so the reply there is
    /// the news (the announcement written with the win is dropped).
    ReplyIsTheNews,
    /// The team has no wins channel.
    Nowhere,
}

/// Where a win typed in `typed_in` is announced. A team that hides amounts always hears
/// it in a post of its own, without them, since the rep's reply with the amount is
/// private.
pub fn where_to_announce(guild: &GuildSettings, typed_in: Option<&ChannelId>) -> Announce {
    match &guild.wins_channel {
        None => Announce::Nowhere,
        Some(channel) if guild.amounts_hidden || typed_in != Some(channel) => {
            Announce::In(channel.clone())
        }
        Some(_) => Announce::ReplyIsTheNews,
    }
}

/// Reads what `deal`'s win changed, as of `today`. The reads that depend on nothing
/// but the win go out together (each is a round trip to a database thread), then the
/// few that depend on what they found.
pub async fn read(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    today: NaiveDate,
) -> Result<WinStory, CommandError> {
    let db = &app.db;
    let won_on = deal.state.closed_on.unwrap_or(today);
    let month = Period::containing(PeriodKind::Month, won_on, guild.fiscal_year_start);
    let owner = deal.state.owner_id;
    let week = week_of(won_on);
    let (totals, days, duels, teams, owner_user) = tokio::try_join!(
        db.won_totals(&guild.guild_id, month.start, month.end, guild.currency),
        db.win_days(
            &guild.guild_id,
            owner,
            won_on - Duration::days(STREAK_DAYS),
            (week, week + Duration::days(7)),
        ),
        db.duels_of(&guild.guild_id, owner),
        db.teams_of(&guild.guild_id, owner),
        owner_account(app, guild, owner),
    )?;
    let ranked = rank(crate::views::board::revenue_entries(&totals));
    let standing = ranked
        .iter()
        .find(|r| r.entry.who == Contender::Member(owner))
        .map(|r| Standing {
            rank: r.rank,
            of: ranked.len(),
            revenue: r.entry.value,
            wins: r.entry.secondary,
        });
    let elsewhere = totals
        .iter()
        .find(|t| t.member_id == owner)
        .map_or(0, |t| t.other_currency);
    let found = Found {
        totals,
        days,
        duels,
        teams,
    };
    let news = win_news(app, guild, deal, &month, found).await?;
    Ok(WinStory {
        this_month: month.contains(today),
        month,
        standing,
        elsewhere,
        news,
        owner_user,
    })
}

/// The rep's Discord account, to mention in the announcement: read only when there is
/// an announcement to make.
async fn owner_account(
    app: &App,
    guild: &GuildSettings,
    owner: MemberId,
) -> Result<Option<UserId>, StoreError> {
    if guild.wins_channel.is_none() {
        return Ok(None);
    }
    Ok(app
        .db
        .member_by_id(&guild.guild_id, owner)
        .await?
        .and_then(|m| m.user_id))
}

/// The title both the reply and the announcement carry.
pub fn title(words: Words, deal: &Deal) -> String {
    words.say_with(
        "win-title",
        &[
            ("rep", deal.owner_name.as_str().into()),
            ("customer", deal.state.customer.as_str().into()),
        ],
    )
}

/// The news lines in `words`, in the order the reply and the announcement both show
/// them: the rep's month and the race ("bob this month: 3,500 USD won across 2 deals —
/// moves up to #2, passing alice · 5,500 USD behind carol for #1."), the milestones,
/// the duels.
pub fn news_lines(
    story: &WinStory,
    deal: &Deal,
    guild: &GuildSettings,
    words: Words,
) -> Vec<String> {
    let when = if story.this_month {
        words.say("win-this-month")
    } else {
        words.say_with(
            "win-in-period",
            &[("period", words.period(&story.month).into())],
        )
    };
    let standing = match story.standing {
        Some(s) => Some(standing_line(story, s, deal, guild, words, &when)),
        None => not_counted_line(deal, guild, words, &when),
    };
    let milestones = (!story.news.milestones.is_empty()).then(|| {
        story
            .news
            .milestones
            .iter()
            .map(|m| race_words::milestone(words, m))
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let duels = story.news.duels.iter().map(|d| duel_line(d, guild, words));
    [standing, milestones]
        .into_iter()
        .flatten()
        .chain(duels)
        .collect()
}

/// A duel's news in `words`, its scores only where they may be shown.
fn duel_line(d: &DuelNews, guild: &GuildSettings, words: Words) -> String {
    let shown = |v: i64| crate::views::board::value_text(words, d.metric, v, guild);
    let scores = d.scores.map(|(mine, theirs)| (shown(mine), shown(theirs)));
    race_words::duel_sentence(
        words,
        d.movement,
        &d.me,
        &d.them,
        scores.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
    )
}

/// "bob this month: 3,500 USD won across 2 deals — #1 of 3."
fn standing_line(
    story: &WinStory,
    s: Standing,
    deal: &Deal,
    guild: &GuildSettings,
    words: Words,
    when: &str,
) -> String {
    let money = |minor: i64| words.money_whole(Money::new(minor, guild.currency));
    let place = match &story.news.race {
        Some(race) if guild.amounts_hidden => race_words::race_sentence(words, race, None),
        Some(race) => race_words::race_sentence(words, race, Some(&money)),
        None => words.say_with("win-place", &[("rank", s.rank.into()), ("of", s.of.into())]),
    };
    let deals = words.say_with("deals-count", &[("count", s.wins.into())]);
    let won = if guild.amounts_hidden {
        words.say_with("win-won-deals", &[("deals", deals.into())])
    } else {
        words.say_with(
            "win-won-amount",
            &[("amount", money(s.revenue).into()), ("deals", deals.into())],
        )
    };
    let mut line = words.say_with(
        "win-standing",
        &[
            ("rep", deal.owner_name.as_str().into()),
            ("when", when.into()),
            ("won", won.into()),
            ("place", place.into()),
        ],
    );
    if story.elsewhere > 0 {
        line.push(' ');
        line.push_str(&words.say_with("win-elsewhere", &[("count", story.elsewhere.into())]));
    }
    line
}

/// For a win in another currency with no rate for its day: why it is not on the board.
fn not_counted_line(
    deal: &Deal,
    guild: &GuildSettings,
    words: Words,
    when: &str,
) -> Option<String> {
    let team = guild.currency;
    let won = deal.state.amount?;
    if deal.state.counted(team).is_some() {
        return None;
    }
    let day = deal.state.closed_on?;
    Some(words.say_with(
        "win-not-counted",
        &[
            ("rep", deal.owner_name.as_str().into()),
            ("when", when.into()),
            ("currency", won.currency.to_string().into()),
            ("day", words.day_and_month(day).into()),
            ("team", team.to_string().into()),
        ],
    ))
}

/// The wins channel's post: the title, the amount (unless the team hides amounts) and
/// product, the news lines, the rep mentioned, and the month it counts for; under the
/// deal's topic, with the one line that stands for it in a combined post.
pub fn announcement(
    to: ChannelId,
    deal: &Deal,
    guild: &GuildSettings,
    news_lines: Vec<String>,
    owner_user: Option<UserId>,
) -> Post {
    let (message, summary) = announcement_message(deal, guild, news_lines, owner_user);
    let mut post = Post::to_channel(to, message);
    post.topic = Some(Topic {
        key: win_topic(deal.number),
        summary,
    });
    post
}

/// The announcement's message, and the one line that stands for it in a combined post.
pub fn announcement_message(
    deal: &Deal,
    guild: &GuildSettings,
    news_lines: Vec<String>,
    owner_user: Option<UserId>,
) -> (Message, String) {
    // A channel post is in the team's language, whoever logged the win.
    let words = Words::team(guild);
    let amount = match (deal.state.amount, deal.state.converted) {
        (Some(won), Some(c)) => words.say_with(
            "win-converted",
            &[
                ("amount", words.money(won).into()),
                ("counted", words.money_whole(c.amount).into()),
                ("rate", c.rate.number().into()),
            ],
        ),
        (Some(won), None) => words.money(won),
        (None, _) => words.say("amount-not-set"),
    };
    let product = deal.state.product.as_deref();
    let mut message = Message::new(Tone::Celebration, title(words, deal));
    if !guild.amounts_hidden {
        message = message.line(match product {
            Some(p) => format!("{amount} · {p}"),
            None => amount.clone(),
        });
    } else if let Some(p) = product {
        message = message.line(p.to_string());
    }
    message.lines.extend(news_lines);
    message.mentions = owner_user.into_iter().collect();
    let month = Period::containing(
        PeriodKind::Month,
        deal.state.closed_on.unwrap_or(deal.opened_on),
        guild.fiscal_year_start,
    );
    message = message.footer(format!(
        "{} · {} · {}",
        words.say_with("deal-footer", &[("number", deal.number.0.into())]),
        words.period(&month),
        guild.timezone
    ));
    let summary = if guild.amounts_hidden {
        title(words, deal)
    } else {
        format!("{} — {amount}", title(words, deal))
    };
    (message, summary)
}
