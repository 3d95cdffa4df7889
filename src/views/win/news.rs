//! The news a win makes, read and decided: the race on the month's revenue board, the
//! milestones (first win, streak, quota marks, the month's biggest deal, team goals),
//! and each running duel's new standing. `super` words it.

use super::*;

/// The news of one win.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct WinNews {
    /// How the win moved its rep on the month's board, with others on it.
    pub(super) race: Option<RaceChange>,
    /// Milestones, all fit for the channel: with private quotas the rep's quota
    /// milestones are left out, since "50 % of quota" beside an amount reveals the quota.
    pub(super) milestones: Vec<Milestone>,
    /// How the win moved each running duel its rep is in.
    pub(super) duels: Vec<DuelNews>,
}

/// Where a win leaves its rep in one running duel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DuelNews {
    pub(super) movement: DuelMove,
    pub(super) me: String,
    pub(super) them: String,
    pub(super) metric: Metric,
    /// The rep's score and the other's, in the metric's units; None where they are
    /// amounts the team keeps off public posts.
    pub(super) scores: Option<(i64, i64)>,
}

/// How far back a streak is looked for.
pub(super) const STREAK_DAYS: i64 = 371;

/// What the first reads found: the month's board (this win included), the rep's win
/// days, their duels and their sales teams.
pub(super) struct Found {
    pub(super) totals: Vec<WonTotal>,
    pub(super) days: WinDays,
    pub(super) duels: Vec<Duel>,
    pub(super) teams: Vec<(TeamId, String)>,
}

/// The news of `deal`'s win in `month`, from what the first reads found.
pub(super) async fn win_news(
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
        race: race_line(&found.totals, owner, gained),
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
        news.milestones.push(Milestone::FirstOfPeriod(*month));
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
        news.milestones.push(Milestone::BiggestDeal(*month));
    }
    news.milestones
        .extend(team_goals.into_iter().map(Milestone::TeamGoal));
    Ok(news)
}

/// "moves up to #2, passing Alice · 1,200 EUR behind Carol for #1": how a win of
/// `gained` moved its rep on the month's revenue board. Alone on the board there is no
/// race to tell.
pub(super) fn race_line(totals: &[WonTotal], owner: MemberId, gained: i64) -> Option<RaceChange> {
    if gained <= 0 {
        return None;
    }
    let mut entries: Vec<Entry> = crate::views::board::revenue_entries(totals);
    distinct_names(&mut entries);
    race_change(&entries, owner, gained).filter(|c| c.contenders > 1)
}

/// The streak of working weeks a win on `won_on` extends. Days away count like
/// holidays: a week away does not break it. They only bridge the weeks between wins, so
/// they are read only for the week's first win when there is an earlier one.
pub(super) async fn streak(
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
pub(super) async fn own_quota_crossed(
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
pub(super) async fn biggest_of_month(
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
pub(super) async fn team_goals_reached(
    app: &App,
    guild: &GuildSettings,
    teams: &[(TeamId, String)],
    won_on: NaiveDate,
    gained: i64,
) -> Result<Vec<Option<String>>, CommandError> {
    if gained == 0 {
        return Ok(Vec::new());
    }
    let subjects = std::iter::once((QuotaSubject::Everyone, None)).chain(
        teams
            .iter()
            .map(|(id, name)| (QuotaSubject::Team(*id), Some(name.clone()))),
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
pub(super) async fn duel_lines(
    app: &App,
    guild: &GuildSettings,
    deal: &Deal,
    duels: &[Duel],
    won_on: NaiveDate,
    gained: i64,
) -> Result<Vec<DuelNews>, CommandError> {
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
        let scores = crate::views::contest::duel_scores(app, guild, duel, end).await?;
        let (mine, theirs) = duel.mine_first(owner, scores);
        let hidden = crate::views::contest::duel_scores_hidden(duel, guild);
        lines.push(DuelNews {
            movement: duel_move(mine - counted, mine, theirs),
            me: deal.owner_name.clone(),
            them: duel.other_than(owner).to_string(),
            metric: duel.metric,
            scores: (!hidden).then_some((mine, theirs)),
        });
    }
    Ok(lines)
}

/// A subject's revenue before and after a win of `gained` on `day`, and its quota, for
/// the shortest period containing that day that has a quota in the team's currency.
pub(super) async fn quota_progress(
    app: &App,
    guild: &GuildSettings,
    subject: QuotaSubject,
    day: chrono::NaiveDate,
    gained: i64,
) -> Result<Option<(i64, i64, i64)>, CommandError> {
    let Some((period, quota)) =
        crate::views::quota::shortest_quota(app, guild, subject, day).await?
    else {
        return Ok(None);
    };
    let after = crate::views::quota::won_in(app, guild, subject, &period).await?;
    Ok(Some((after - gained, after, quota.minor)))
}
