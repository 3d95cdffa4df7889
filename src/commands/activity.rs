//! `/activity log|list|remove`: the calls, emails, meetings, demos and proposals behind
//! the wins, and correcting a log that was wrong.

use super::arguments::{CleanText, RepRef, arguments};
use super::permissions::{Listing, can_change_activity, can_list_for};
use super::{CommandError, NotFound, Request};
use crate::core::activity::ActivityKind;
use crate::core::ids::ActivityId;
use crate::core::period::{Period, PeriodKind};
use crate::core::records::ActivityRecord;
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
        CommandError::with_hint(
            format!("{kind_text:?} is not an activity I track."),
            "Use call, email, meeting, demo or proposal.",
        )
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
    let counted = |k: ActivityKind, n: i64| {
        w.say_with(
            &format!("activity-kind-{}", k.key()),
            &[("count", n.into())],
        )
    };
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

/// One log as a line: "#12 5 calls · 10 Mar · note".
fn describe(a: &ActivityRecord) -> String {
    let note = a
        .note
        .as_deref()
        .map(|n| format!(" · {n}"))
        .unwrap_or_default();
    format!(
        "#{} {} · {}{note}",
        a.id,
        a.kind.plural(a.count),
        a.occurred_on.format("%-d %b")
    )
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
    let mut message = Message::new(
        Tone::Info,
        format!("Activities logged by {}", member.display_name),
    );
    if activities.is_empty() {
        message = message.line("None yet. Log one: /activity log kind:call count:5");
    }
    for a in &activities {
        message = message.line(describe(a));
    }
    message = message.footer("A wrong one? /activity remove id:… (or /deal undo right after)");
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
    remove_log(req, activity, "Removed").await
}

/// Takes one log out of the counts; `/activity remove` and `/deal undo` both end here.
pub async fn remove_log(
    req: &Request<'_>,
    activity: ActivityRecord,
    verb: &str,
) -> Result<Reply, CommandError> {
    if !req
        .app
        .db
        .remove_activity(&req.inv.guild_id, activity.id, req.caller.id, req.now)
        .await?
    {
        return Err(CommandError::user(format!(
            "Activity #{} was already removed.",
            activity.id
        )));
    }
    let message = Message::new(
        Tone::Success,
        format!(
            "{verb}: {} logged by {} on {}",
            activity.kind.plural(activity.count),
            activity.name,
            activity.occurred_on.format("%-d %b %Y")
        ),
    )
    .line("It no longer counts on any board.");
    Ok(Reply::private(
        message,
        ReplyData::ActivityRemoved { activity },
    ))
}
