//! `/activity log|list|remove`: the calls, emails, meetings, demos and proposals behind
//! the wins, and correcting a log that was wrong.

use super::arguments::{CleanText, RepRef, arguments};
use super::permissions::{Listing, can_change_activity, can_list_for};
use super::{CommandError, NotFound, Request};
use crate::core::activity::ActivityKind;
use crate::core::ids::ActivityId;
use crate::core::period::{Period, PeriodKind};
use crate::core::records::ActivityRecord;
use crate::i18n::{Said, Words};
use crate::reply::{Message, Reply, ReplyData, Tone};
use chrono::Duration;

arguments! {
    /// `/activity log`. The kind is read loosely ("calls", "Demo").
    pub struct LogArgs {
        kind: String,
        count: Option<i64>,
        note: Option<CleanText>,
    }
}

pub async fn log(req: &Request<'_>, args: LogArgs) -> Result<Reply, CommandError> {
    let kind_text = &args.kind;
    let kind = ActivityKind::parse_loose(kind_text).ok_or_else(|| {
        Said::new("error-activity-kind")
            .with("kind", kind_text.as_str())
            .about_option("kind")
    })?;
    let count = args.count.unwrap_or(1);
    let note = args.note.map(String::from);
    let db = &req.app.db;
    let guild = &req.inv.guild_id;
    db.log_activity(
        guild,
        req.caller.id,
        kind,
        count,
        note.as_deref(),
        req.today,
        req.now,
    )
    .await?;

    let today = db
        .member_activity(
            guild,
            req.caller.id,
            req.today,
            req.today + Duration::days(1),
        )
        .await?;
    let week = Period::containing(PeriodKind::Week, req.today, req.guild.fiscal_year_start);
    let week_total: i64 = db
        .member_activity(guild, req.caller.id, week.start, week.end)
        .await?
        .iter()
        .map(|(_, n)| n)
        .sum();
    let w = req.words;
    let counted = |k: ActivityKind, n: i64| counted(w, k, n);
    let today_text = today
        .iter()
        .map(|(k, n)| counted(*k, *n))
        .collect::<Vec<_>>()
        .join(", ");
    let message = Message::new(
        Tone::Success,
        w.say_with(
            "activity-logged",
            &[("activities", counted(kind, count).into())],
        ),
    )
    .line(w.say_with("activity-today", &[("activities", today_text.into())]))
    .line(
        w.say_with(
            "activity-week",
            &[(
                "activities",
                w.say_with("activities-count", &[("count", week_total.into())])
                    .into(),
            )],
        ),
    )
    .footer(req.footer(Some(&week)));
    Ok(Reply::private(
        message,
        ReplyData::Activity {
            activity: kind.key().to_string(),
            count,
            today: today
                .iter()
                .map(|(k, n)| (k.key().to_string(), *n))
                .collect(),
        },
    ))
}

/// The caller's own last activity log within the undo window, if any.
pub async fn last_log(req: &Request<'_>) -> Result<Option<ActivityRecord>, CommandError> {
    let since = req.now - Duration::minutes(req.app.config.undo_window_minutes);
    Ok(req
        .app
        .db
        .recent_activities(&req.inv.guild_id, Some(req.caller.id), None, 1)
        .await?
        .into_iter()
        .find(|a| a.logged_at >= since))
}

/// Activity logs shown at most.
const LIST_LIMIT: u32 = 25;

/// `5 calls`, `5 telefonów`.
fn counted(words: Words, kind: ActivityKind, count: i64) -> String {
    words.say_with(
        &format!("activity-kind-{}", kind.key()),
        &[("count", count.into())],
    )
}

/// One log as a line: "#12 5 calls · 10 Mar · note".
fn describe(a: &ActivityRecord, words: Words) -> String {
    let mut parts = vec![
        format!("#{} {}", a.id, counted(words, a.kind, a.count)),
        words.day_and_month(a.occurred_on),
    ];
    parts.extend(a.note.clone());
    parts.join(" · ")
}

arguments! {
    /// `/activity list`
    pub struct ListArgs {
        rep: Option<RepRef>,
    }
}

/// `/activity list`.
pub async fn list(req: &Request<'_>, args: ListArgs) -> Result<Reply, CommandError> {
    let member = req.rep_or_caller(args.rep.as_ref()).await?;
    can_list_for(req.asker(), member.id, Listing::Activities)?;
    let activities = req
        .app
        .db
        .recent_activities(&req.inv.guild_id, Some(member.id), None, LIST_LIMIT)
        .await?;
    let words = req.words;
    let mut message = Message::new(
        Tone::Info,
        words.say_with(
            "activity-list-title",
            &[("rep", member.display_name.as_str().into())],
        ),
    );
    if activities.is_empty() {
        message = message.line(words.say("activity-list-empty"));
    }
    for a in &activities {
        message = message.line(describe(a, words));
    }
    message = message.footer(words.say("activity-list-footer"));
    Ok(Reply::private(
        message,
        ReplyData::Activities { activities },
    ))
}

arguments! {
    /// `/activity remove`
    pub struct RemoveArgs {
        id: ActivityId,
    }
}

/// `/activity remove`.
pub async fn remove(req: &Request<'_>, args: RemoveArgs) -> Result<Reply, CommandError> {
    let id = args.id;
    let activity = req
        .app
        .db
        .activity(&req.inv.guild_id, id)
        .await?
        .ok_or(NotFound::Activity(id))?;
    can_change_activity(req.asker(), activity.member_id)?;
    remove_log(req, activity, Removal::Removed).await
}

/// How a log was taken out: removed by id, or undone right after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    Removed,
    Undone,
}

/// Takes one log out of the counts; `/activity remove` and `/deal undo` both end here.
pub async fn remove_log(
    req: &Request<'_>,
    activity: ActivityRecord,
    how: Removal,
) -> Result<Reply, CommandError> {
    if !req
        .app
        .db
        .remove_activity(&req.inv.guild_id, activity.id, req.caller.id, req.now)
        .await?
    {
        return Err(Said::new("error-activity-already-removed")
            .with("number", activity.id.0)
            .into());
    }
    let words = req.words;
    let message = Message::new(
        Tone::Success,
        words.say_with(
            "activity-removed",
            &[
                (
                    "how",
                    match how {
                        Removal::Removed => "removed",
                        Removal::Undone => "undone",
                    }
                    .into(),
                ),
                (
                    "activities",
                    counted(words, activity.kind, activity.count).into(),
                ),
                ("rep", activity.name.as_str().into()),
                ("day", words.day(activity.occurred_on).into()),
            ],
        ),
    )
    .line(words.say("activity-removed-counts"));
    Ok(Reply::private(
        message,
        ReplyData::ActivityRemoved { activity },
    ))
}
