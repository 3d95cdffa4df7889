//! Nudges: once a working day (at the team's check hour) work out who is due one and
//! write it down; on every scheduler step send those whose time has come, within the
//! limits (`core::nudge`). The unique state key in the database, not memory, is what
//! keeps a nudge from being made twice, so several bots on one database agree.

use crate::app::App;
use crate::core::guild::GuildSettings;
use crate::core::ids::{Destination, GuildId, MemberId, NudgeId};
use crate::core::nudge::{
    Hold, NudgeDelivery, NudgeKind, NudgeLimits, RepState, Route, hold, local_moment, route,
    state_key,
};
use crate::core::quota::{QuotaSubject, pace};
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::{Message, Tone};
use crate::store::{DueNudge, NewOutboxPost, StoreError};
use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc};

/// The team's daily check time on the local day of `now`.
fn check_time(
    limits: &NudgeLimits,
    guild: &GuildSettings,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let time = NaiveTime::from_hms_opt(limits.check_hour, 0, 0)?;
    local_moment(guild.today(now), time, guild.timezone)
}

/// The first daily check strictly after `now`.
pub fn next_check(
    limits: &NudgeLimits,
    guild: &GuildSettings,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let time = NaiveTime::from_hms_opt(limits.check_hour, 0, 0)?;
    let today = guild.today(now);
    (0..3)
        .filter_map(|d| local_moment(today + Duration::days(d), time, guild.timezone))
        .find(|t| *t > now)
}

/// Whether today's check time has passed at `now` (the check may run).
pub fn check_due(limits: &NudgeLimits, guild: &GuildSettings, now: DateTime<Utc>) -> bool {
    check_time(limits, guild, now).is_some_and(|t| now >= t)
}

/// Works out the day's nudges for a team and writes down the new ones. Returns how many
/// were new. On days that are not working days nobody is nudged.
pub async fn find_due(
    app: &App,
    guild: &GuildSettings,
    now: DateTime<Utc>,
) -> Result<usize, CommandError> {
    let limits = &app.config.nudges;
    let working_days = guild.working_days();
    let today = guild.today(now);
    if guild.nudge_delivery == NudgeDelivery::Off || !working_days.is_working(today) {
        return Ok(0);
    }
    let send_after = limits.next_allowed(now, &guild.team_time());
    let mut added = 0;
    for rep in app.db.nudge_candidates(&guild.guild_id).await? {
        let words = nudge_words(app, guild, rep.member_id).await?;
        let mut nudges: Vec<(NudgeKind, String, Message)> = Vec::new();
        let quiet_days = working_days.count(
            rep.last_logged + Duration::days(1),
            today + Duration::days(1),
        );
        if quiet_days >= limits.inactive_days {
            let message = Message::new(
                Tone::Info,
                words.say_with("nudge-inactive-title", &[("rep", rep.name.as_str().into())]),
            )
            .line(words.say_with(
                "nudge-inactive",
                &[
                    ("days", quiet_days.into()),
                    ("day", words.day_and_month(rep.last_logged).into()),
                ],
            ))
            .line(words.say("nudge-inactive-how"))
            .footer(words.say("nudge-footer"));
            nudges.push((
                NudgeKind::Inactive,
                state_key(NudgeKind::Inactive, &rep.last_logged.to_string()),
                message,
            ));
        }
        if let Some(n) = behind_pace(app, guild, &rep, today, words).await? {
            nudges.push(n);
        }
        for (kind, key, mut message) in nudges {
            message.mentions = vec![rep.user_id.clone()];
            if app
                .db
                .add_nudge(
                    &guild.guild_id,
                    rep.member_id,
                    kind,
                    &key,
                    &message,
                    now,
                    send_after,
                )
                .await?
            {
                added += 1;
            }
        }
    }
    Ok(added)
}

/// The language a rep's nudges are written in: the team's in its nudges channel, where
/// everyone reads them; the rep's own `/language` choice in a direct message.
pub(crate) async fn nudge_words(
    app: &App,
    guild: &GuildSettings,
    member_id: crate::core::ids::MemberId,
) -> Result<Words, CommandError> {
    let chosen = match guild.nudge_delivery {
        NudgeDelivery::Dm => app.db.member_language(&guild.guild_id, member_id).await?,
        NudgeDelivery::Channel | NudgeDelivery::Off => None,
    };
    Ok(Words::new(crate::core::language::language_for(
        None,
        chosen,
        guild.language,
    )))
}

/// The behind-pace nudge for a rep with a quota (the shortest period that has one).
/// Said without amounts: in the nudges channel others read it too.
async fn behind_pace(
    app: &App,
    guild: &GuildSettings,
    rep: &crate::store::NudgeCandidate,
    today: chrono::NaiveDate,
    words: Words,
) -> Result<Option<(NudgeKind, String, Message)>, CommandError> {
    let subject = QuotaSubject::Member(rep.member_id);
    let Some((period, quota)) =
        crate::views::quota::shortest_quota(app, guild, subject, today).await?
    else {
        return Ok(None);
    };
    let won = crate::views::quota::won_in(app, guild, subject, &period).await?;
    let quota = quota.minor;
    let p = pace(won, quota, &period, today, &guild.working_days());
    // Not in a period's first week (every pace is noise then), not on its last day,
    // and not to a rep who logged something in the last two days (they are at it).
    let busy = (today - rep.last_logged).num_days() <= 2;
    if quota <= 0 || p.business_days_elapsed < 5 || p.business_days_left == 0 || busy {
        return Ok(None);
    }
    let behind_points = i128::from(p.behind_by) * 100 / i128::from(quota);
    if behind_points < i128::from(app.config.nudges.behind_pace_points) {
        return Ok(None);
    }
    let message = Message::new(
        Tone::Info,
        words.say_with(
            "nudge-behind-title",
            &[
                ("rep", rep.name.as_str().into()),
                ("period", words.period(&period).into()),
            ],
        ),
    )
    .line(words.say_with("nudge-behind", &[("days", p.business_days_left.into())]))
    .footer(words.say("nudge-footer"));
    // One state per period and week: behind pace is said at most once a week.
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let key = state_key(NudgeKind::BehindPace, &format!("{}:{monday}", period.start));
    Ok(Some((NudgeKind::BehindPace, key, message)))
}

/// Nudges that go out in one post: to a team's channel, or to one rep directly (a
/// direct message, always alone).
struct OnePost {
    guild_id: GuildId,
    to: Destination,
    nudges: Vec<(NudgeId, Message)>,
    /// The team's language, for a check-in post's own words.
    words: Words,
}

/// Where a due nudge goes: the nudges channel (or the wins channel), or the rep's own
/// messages; Err with why when it goes nowhere.
fn destination(guild: &GuildSettings, nudge: &DueNudge) -> Result<Destination, &'static str> {
    match route(guild.nudge_delivery, nudge.kind, guild.quota_visibility) {
        Route::Off => Err("nudges_off"),
        Route::Dm => nudge
            .message
            .mentions
            .first()
            .cloned()
            .map(Destination::Direct)
            .ok_or("no_chat_user"),
        Route::Channel => guild
            .nudges_channel
            .clone()
            .or(guild.wins_channel.clone())
            .map(Destination::Channel)
            .ok_or("no_nudges_channel"),
    }
}

/// What the limits know of a rep when one of their nudges falls due: their choices and
/// how many nudges they had today and this week (`picked`: this pass's, not yet sent).
async fn rep_state(
    app: &App,
    guild: &GuildSettings,
    nudge: &DueNudge,
    picked: i64,
    now: DateTime<Utc>,
) -> Result<RepState, StoreError> {
    let tz = guild.timezone;
    let prefs = app
        .db
        .member_prefs(&guild.guild_id, nudge.member_id)
        .await?;
    let today = guild.today(now);
    let day_start = local_moment(today, NaiveTime::MIN, tz).unwrap_or(now);
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let week_start = local_moment(monday, NaiveTime::MIN, tz).unwrap_or(now);
    let far = now + Duration::days(8);
    let sent_since = |from| {
        app.db
            .nudges_sent(&guild.guild_id, nudge.member_id, from, far)
    };
    Ok(RepState {
        opted_out: prefs.nudges_off,
        away_until: prefs.away_until,
        sent_today: sent_since(day_start).await? + picked,
        sent_this_week: sent_since(week_start).await? + picked,
    })
}

/// Hands every nudge whose time has come, within the limits, to the outbox (which sends
/// them); returns how many.
pub async fn send_due(
    app: &App,
    only_guild: Option<&GuildId>,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let limits = &app.config.nudges;
    let mut posts: Vec<OnePost> = Vec::new();
    // Nudges picked in this pass, per rep: they count against the limits at once.
    let mut picked: Vec<(GuildId, MemberId)> = Vec::new();
    for nudge in app.db.due_nudges(only_guild, now).await? {
        let Some(guild) = app.db.guild(&nudge.guild_id).await? else {
            app.db.drop_nudge(nudge.id, "team_gone").await?;
            continue;
        };
        let picked_now = picked
            .iter()
            .filter(|(g, m)| *g == guild.guild_id && *m == nudge.member_id)
            .count() as i64;
        let rep = rep_state(app, &guild, &nudge, picked_now, now).await?;
        match hold(limits, &rep, nudge.created_at, now, &guild.team_time()) {
            Some(Hold::Drop(why)) => app.db.drop_nudge(nudge.id, why).await?,
            Some(Hold::Until(at)) => {
                // Wait for that day's check when it is later and allowed, so that a
                // postponed nudge and the day's new ones share one check-in post.
                let at = check_time(limits, &guild, at)
                    .filter(|check| *check > at && !limits.is_quiet(*check, &guild.team_time()))
                    .unwrap_or(at);
                app.db.postpone_nudge(nudge.id, at).await?
            }
            None => match destination(&guild, &nudge) {
                Err(why) => app.db.drop_nudge(nudge.id, why).await?,
                Ok(to) => {
                    picked.push((guild.guild_id.clone(), nudge.member_id));
                    let words = Words::team(&guild);
                    gather(&mut posts, guild.guild_id, to, nudge, words);
                }
            },
        }
    }
    let mut sent = 0;
    for post in posts {
        sent += write_down(app, post, now).await?;
    }
    Ok(sent)
}

/// Adds a nudge to the post of its channel at this moment (one check-in post, not a
/// row of them); a direct message goes alone.
fn gather(
    posts: &mut Vec<OnePost>,
    guild_id: GuildId,
    to: Destination,
    nudge: DueNudge,
    words: Words,
) {
    let shared = matches!(to, Destination::Channel(_));
    match posts
        .iter_mut()
        .find(|p| shared && p.guild_id == guild_id && p.to == to)
    {
        Some(post) => post.nudges.push((nudge.id, nudge.message)),
        None => posts.push(OnePost {
            guild_id,
            to,
            nudges: vec![(nudge.id, nudge.message)],
            words,
        }),
    }
}

/// Writes one post of nudges into the outbox (which sends it); returns how many nudges
/// it carries, or 0 when they were sent already.
async fn write_down(app: &App, post: OnePost, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let (ids, messages): (Vec<NudgeId>, Vec<Message>) = post.nudges.into_iter().unzip();
    let message = match <[Message; 1]>::try_from(messages) {
        Ok([one]) => one,
        Err(many) => check_in(many, post.words),
    };
    let topic = format!("nudges:{}", ids[0]);
    let new = NewOutboxPost {
        guild_id: &post.guild_id,
        to: &post.to,
        topic: &topic,
        message: &message,
        summary: &message.title,
        firing: None,
    };
    Ok(
        if app.db.send_nudges_through_outbox(&ids, new, now).await? {
            ids.len()
        } else {
            0
        },
    )
}

/// Several nudges in one channel post: one line each, everyone mentioned once.
fn check_in(nudges: Vec<Message>, words: Words) -> Message {
    let mut message = Message::new(Tone::Info, words.say("nudge-check-in"));
    for nudge in &nudges {
        let first = nudge
            .lines
            .first()
            .map(|l| format!(" — {l}"))
            .unwrap_or_default();
        message.lines.push(format!(
            "{}{first}",
            nudge.title.trim_start_matches(['👋', '📈', ' '])
        ));
        message.mention_all_of(nudge);
    }
    message.footer(words.say("nudge-footer"))
}
