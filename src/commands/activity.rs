//! `/activity log`: the calls, emails, meetings, demos and proposals behind the wins.

use super::{CommandError, Request};
use crate::core::activity::ActivityKind;
use crate::core::period::{Period, PeriodKind};
use crate::reply::{Message, Reply, ReplyData, Tone};
use chrono::Duration;

pub async fn log(req: &Request<'_>) -> Result<Reply, CommandError> {
    let kind_text = req.required_text("kind")?;
    let kind = ActivityKind::parse_loose(kind_text).ok_or_else(|| {
        CommandError::with_hint(
            format!("{kind_text:?} is not an activity I track."),
            "Use call, email, meeting, demo or proposal.",
        )
    })?;
    let count = req.integer("count").unwrap_or(1);
    let note = req.clean_text("note", "Note")?;
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
    let today_text = today
        .iter()
        .map(|(k, n)| k.plural(*n))
        .collect::<Vec<_>>()
        .join(", ");
    let message = Message::new(Tone::Success, format!("Logged {}", kind.plural(count)))
        .line(format!("Today: {today_text}."))
        .line(format!("This week: {week_total} activities."))
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
