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
    Milestone, duel_move, quota_crossed, race_change, streak_extended, week_of,
};
use crate::core::ranking::{Contender, Entry, Metric, distinct_names, rank};
use crate::core::words;
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::{Message, Post, Tone, Topic};
use crate::store::{StoreError, WinDays, WonTotal};
use chrono::{Duration, NaiveDate};

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

/// The news lines, in the order the reply and the announcement both show them: the rep's
/// month and the race ("bob this month: 3,500 USD won across 2 deals — moves up to #2,
/// passing alice · 5,500 USD behind carol for #1."), the milestones, the duels.
pub fn news_lines(story: &WinStory, deal: &Deal, guild: &GuildSettings) -> Vec<String> {
    let when = if story.this_month {
        "this month".to_string()
    } else {
        format!("in {}", story.month.label())
    };
    let standing = match story.standing {
        Some(s) => Some(standing_line(story, s, deal, guild, &when)),
        None => not_counted_line(deal, guild, &when),
    };
    let milestones = (!story.news.milestones.is_empty()).then(|| {
        story
            .news
            .milestones
            .iter()
            .map(|m| m.text())
            .collect::<Vec<_>>()
            .join(" · ")
    });
    [standing, milestones]
        .into_iter()
        .flatten()
        .chain(story.news.duels.iter().cloned())
        .collect()
}

/// "bob this month: 3,500 USD won across 2 deals — #1 of 3."
fn standing_line(
    story: &WinStory,
    s: Standing,
    deal: &Deal,
    guild: &GuildSettings,
    when: &str,
) -> String {
    let place = match &story.news.race {
        Some(race) => race.clone(),
        None => format!("#{} of {}", s.rank, s.of),
    };
    let won = if guild.amounts_hidden {
        words::count(s.wins, "deal", "deals") + " won"
    } else {
        format!(
            "{} won across {}",
            Money::new(s.revenue, guild.currency).display_whole(),
            words::count(s.wins, "deal", "deals")
        )
    };
    let elsewhere = if story.elsewhere > 0 {
        format!(
            " (+{} in other currencies, not added: no rate for their day)",
            words::count(story.elsewhere, "won deal", "won deals")
        )
    } else {
        String::new()
    };
    format!("{} {when}: {won} — {place}.{elsewhere}", deal.owner_name)
}

/// For a win in another currency with no rate for its day: why it is not on the board.
fn not_counted_line(deal: &Deal, guild: &GuildSettings, when: &str) -> Option<String> {
    let team = guild.currency;
    let won = deal.state.amount?;
    if deal.state.counted(team).is_some() {
        return None;
    }
    let day = deal.state.closed_on?;
    Some(format!(
        "{} {when}: this win is in {}, and with no {} rate for {} it is not added to {team} revenue (a manager sets one: /rates set rate:\"{} …\").",
        deal.owner_name,
        won.currency,
        won.currency,
        day.format("%-d %b"),
        won.currency
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
    let amount = match (deal.state.amount, deal.state.converted) {
        (Some(won), Some(c)) => format!(
            "{} ({} at {})",
            won.display(),
            c.amount.display_whole(),
            c.rate.number()
        ),
        (Some(won), None) => won.display(),
        (None, _) => "not set".to_string(),
    };
    let product = deal.state.product.as_deref();
    // A channel post is in the team's language, whoever logged the win.
    let mut message = Message::new(Tone::Celebration, title(Words::new(guild.language), deal));
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
        "Deal #{} · {} · {}",
        deal.number,
        month.label(),
        guild.timezone
    ));
    let summary = if guild.amounts_hidden {
        format!("🎉 {} won {}", deal.owner_name, deal.state.customer)
    } else {
        format!(
            "🎉 {} won {} — {amount}",
            deal.owner_name, deal.state.customer
        )
    };
    (message, summary)
}

/// The news of one win.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct WinNews {
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

/// What the first reads found: the month's board (this win included), the rep's win
/// days, their duels and their sales teams.
struct Found {
    totals: Vec<WonTotal>,
    days: WinDays,
    duels: Vec<Duel>,
    teams: Vec<(TeamId, String)>,
}

/// The news of `deal`'s win in `month`, from what the first reads found.
async fn win_news(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    month: &Period,
    found: Found,
) -> Result<WinNews, CommandError> {
    let owner = deal.state.owner_id;
    let won_on = deal.state.closed_on.unwrap_or(month.start);
    // Only a win counted in the team's currency (in it, or converted into it) moves
    // the revenue board or a quota.
    let gained = deal.state.counted(guild.currency).map_or(0, |m| m.minor);
    let mut news = WinNews {
        race: race_line(guild, &found.totals, owner, gained),
        ..WinNews::default()
    };
    let won_this_month = found
        .totals
        .iter()
        .find(|t| t.member_id == owner)
        .map_or(0, |t| t.won);
    if found.days.ever == 1 {
        news.milestones.push(Milestone::FirstWin);
    } else if won_this_month == 1 {
        news.milestones
            .push(Milestone::FirstOfPeriod(month.label().to_string()));
    }
    let wins_this_month: i64 = found.totals.iter().map(|t| t.won_in_currency).sum();
    let (streak, duels, own_quota, biggest, team_goals) = tokio::try_join!(
        streak(app, guild, owner, won_on, &found.days),
        duel_lines(app, guild, deal, &found.duels, won_on, gained),
        own_quota_crossed(app, guild, owner, won_on, gained),
        biggest_of_month(app, guild, deal, month, gained, wins_this_month),
        team_goals_reached(app, guild, &found.teams, won_on, gained),
    )?;
    if streak >= 2 {
        news.milestones.push(Milestone::Streak(streak));
    }
    news.duels = duels;
    news.milestones.extend(own_quota.map(Milestone::Quota));
    if biggest {
        news.milestones
            .push(Milestone::BiggestDeal(month.label().to_string()));
    }
    news.milestones
        .extend(team_goals.into_iter().map(Milestone::TeamGoal));
    Ok(news)
}

/// "moves up to #2, passing Alice · 1,200 EUR behind Carol for #1": how a win of
/// `gained` moved its rep on the month's revenue board. Alone on the board there is no
/// race to tell.
fn race_line(
    guild: &GuildSettings,
    totals: &[WonTotal],
    owner: MemberId,
    gained: i64,
) -> Option<String> {
    if gained <= 0 {
        return None;
    }
    let money = |minor: i64| Money::new(minor, guild.currency).display_whole();
    let mut entries: Vec<Entry> = crate::views::board::revenue_entries(totals);
    distinct_names(&mut entries);
    race_change(&entries, owner, gained)
        .filter(|c| c.contenders > 1)
        .map(|c| {
            if guild.amounts_hidden {
                c.sentence(None)
            } else {
                c.sentence(Some(&money))
            }
        })
}

/// The streak of working weeks a win on `won_on` extends. Days away count like
/// holidays: a week away does not break it. They only bridge the weeks between wins, so
/// they are read only for the week's first win when there is an earlier one.
async fn streak(
    app: &App,
    guild: &GuildSettings,
    owner: MemberId,
    won_on: NaiveDate,
    days: &WinDays,
) -> Result<u32, CommandError> {
    let working_days = guild.working_days();
    let without_days_off = streak_extended(&days.days, days.in_week, won_on, &working_days);
    if without_days_off == 0 || !days.days.iter().any(|d| *d < won_on) {
        return Ok(without_days_off);
    }
    let prefs = app.db.member_prefs(&guild.guild_id, owner).await?;
    let away = match (prefs.away_from, prefs.away_until) {
        (Some(from), Some(until)) => from
            .iter_days()
            .take_while(|d| *d <= until)
            .take(366)
            .collect(),
        _ => Vec::new(),
    };
    Ok(streak_extended(
        &days.days,
        days.in_week,
        won_on,
        &working_days.and_days_off(away),
    ))
}

/// The highest mark of the rep's own quota the win crossed (50, 100, 150 %), for the
/// shortest period that has one: only where quotas are the team's to see.
async fn own_quota_crossed(
    app: &App,
    guild: &GuildSettings,
    owner: MemberId,
    won_on: NaiveDate,
    gained: i64,
) -> Result<Option<u32>, CommandError> {
    if gained == 0 || guild.quota_visibility != QuotaVisibility::Team {
        return Ok(None);
    }
    Ok(
        quota_progress(app, guild, QuotaSubject::Member(owner), won_on, gained)
            .await?
            .and_then(|(before, after, quota)| quota_crossed(before, after, quota)),
    )
}

/// Whether the win is the month's biggest so far (with another win to beat).
async fn biggest_of_month(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    month: &Period,
    gained: i64,
    wins_this_month: i64,
) -> Result<bool, CommandError> {
    if gained == 0 || wins_this_month <= 1 {
        return Ok(false);
    }
    let beaten = app
        .db
        .win_at_least(
            &guild.guild_id,
            month.start,
            month.end,
            gained,
            guild.currency,
            deal.number,
        )
        .await?;
    Ok(!beaten)
}

/// The team goals the win reached: everyone's, then each of the rep's teams'.
async fn team_goals_reached(
    app: &App,
    guild: &GuildSettings,
    teams: &[(TeamId, String)],
    won_on: NaiveDate,
    gained: i64,
) -> Result<Vec<String>, CommandError> {
    if gained == 0 {
        return Ok(Vec::new());
    }
    let subjects = std::iter::once((QuotaSubject::Everyone, "The team".to_string())).chain(
        teams
            .iter()
            .map(|(id, name)| (QuotaSubject::Team(*id), name.clone())),
    );
    let mut reached = Vec::new();
    for (subject, name) in subjects {
        if let Some((before, after, quota)) =
            quota_progress(app, guild, subject, won_on, gained).await?
            && before < quota
            && after >= quota
        {
            reached.push(name);
        }
    }
    Ok(reached)
}

/// A line for each running duel the win counts in (its day inside the duel's, its
/// metric revenue or deals), saying where the win leaves the rep.
async fn duel_lines(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    duels: &[Duel],
    won_on: NaiveDate,
    gained: i64,
) -> Result<Vec<String>, CommandError> {
    let owner = deal.state.owner_id;
    let mut lines = Vec::new();
    for duel in duels {
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
        let scores = super::contest::duel_scores(app, guild, duel, end).await?;
        let (mine, theirs) = duel.mine_first(owner, scores);
        let them = duel.other_than(owner);
        let shown = |v| super::contest::duel_score_text(duel, v, guild);
        let hidden = super::contest::duel_scores_hidden(duel, guild);
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
    let Some((period, quota)) = super::quota::shortest_quota(app, guild, subject, day).await?
    else {
        return Ok(None);
    };
    let after = super::quota::won_in(app, guild, subject, &period).await?;
    Ok(Some((after - gained, after, quota.minor)))
}
