//! `/nudges off|on|status` and `/away`: each rep decides whether Dealbell nudges them,
//! and managers see who opted out (never why).

use super::arguments::{Day, NoArguments, arguments};
use super::{CommandError, Request};
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::store::MemberPrefs;

async fn prefs(req: &Request<'_>) -> Result<MemberPrefs, CommandError> {
    Ok(req
        .app
        .db
        .member_prefs(&req.inv.guild_id, req.caller.id)
        .await?)
}

async fn save(req: &Request<'_>, prefs: &MemberPrefs) -> Result<(), CommandError> {
    Ok(req
        .app
        .db
        .save_member_prefs(&req.inv.guild_id, req.caller.id, prefs)
        .await?)
}

fn data(prefs: &MemberPrefs) -> ReplyData {
    ReplyData::NudgePrefs {
        nudges_off: prefs.nudges_off,
        away_until: prefs.away_until,
    }
}

/// `/nudges on`.
pub async fn on(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let mut p = prefs(req).await?;
    p.nudges_off = false;
    save(req, &p).await?;
    let message = Message::new(Tone::Success, "Nudges are on")
        .line("Dealbell will remind you when nothing has been logged for a while or you fall behind pace, within the team's limits.");
    Ok(Reply::private(message, data(&p)))
}

/// `/nudges off`.
pub async fn off(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let mut p = prefs(req).await?;
    p.nudges_off = true;
    save(req, &p).await?;
    let message = Message::new(Tone::Success, "Nudges are off")
        .line("Dealbell will not nudge you. Wins, boards and contests are unchanged; /nudges on brings reminders back.");
    Ok(Reply::private(message, data(&p)))
}

/// `/nudges status`: your own settings; managers also see who opted out or is away.
pub async fn status(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let p = prefs(req).await?;
    let mut message = Message::new(Tone::Info, "Nudges").line(if p.nudges_off {
        "Yours are off (/nudges on to turn them back on).".to_string()
    } else {
        "Yours are on (/nudges off to stop them).".to_string()
    });
    if let Some(until) = p.away_until.filter(|u| *u >= req.today) {
        message = message.line(format!("You are away until {}.", until.format("%a %-d %b")));
    }
    if req.is_manager {
        let out = req.app.db.opted_out(&req.inv.guild_id, req.today).await?;
        if out.is_empty() {
            message = message.line("Nobody has opted out or is away.");
        }
        for (name, prefs) in out {
            let what = match (
                prefs.nudges_off,
                prefs.away_until.filter(|u| *u >= req.today),
            ) {
                (true, Some(u)) => format!("nudges off, away until {}", u.format("%-d %b")),
                (true, None) => "nudges off".to_string(),
                (false, Some(u)) => format!("away until {}", u.format("%-d %b")),
                (false, None) => continue,
            };
            message = message.line(format!("• {name}: {what}"));
        }
    }
    Ok(Reply::private(message, data(&p)))
}

arguments! {
    /// `/away`
    pub struct AwayArgs {
        until: Option<Day>,
        back: Option<bool>,
    }
}

/// `/away until:DATE` (or `back:true`): no nudges, and weeks away do not break a streak.
pub async fn away(req: &Request<'_>, args: AwayArgs) -> Result<Reply, CommandError> {
    let mut p = prefs(req).await?;
    if args.back == Some(true) {
        if p.away_until.is_some_and(|u| u >= req.today) {
            p.away_until = Some(req.today - chrono::Duration::days(1));
            save(req, &p).await?;
        }
        return Ok(Reply::private(
            Message::new(Tone::Success, "Welcome back").line("Nudges (if on) resume from today."),
            data(&p),
        ));
    }
    let Some(Day(until)) = args.until else {
        return Err(CommandError::with_hint(
            "Say until when you are away.",
            "/away until:2026-03-20 (your last day away), or /away back:true when you are back early.",
        ));
    };
    if until < req.today {
        return Err(CommandError::with_hint(
            format!("{} has passed.", until.format("%-d %b %Y")),
            "Give your last day away, today or later.",
        ));
    }
    if until > req.today + chrono::Duration::days(366) {
        return Err(CommandError::with_hint(
            "That is more than a year away.",
            "Give a last day within a year; you can set it again when you are back.",
        ));
    }
    p.away_from = Some(req.today);
    p.away_until = Some(until);
    save(req, &p).await?;
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            format!("Away until {}", until.format("%a %-d %b")),
        )
        .line("No nudges until then, and weeks away do not break your win streak.")
        .line("Back early? /away back:true."),
        data(&p),
    ))
}
