//! `/nudges off|on|status` and `/away`: each rep decides whether Dealbell nudges them,
//! and managers see who opted out (never why).

use super::arguments::{Day, NoArguments, arguments};
use super::{CommandError, Request};
use crate::i18n::Said;
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
    let message = Message::new(Tone::Success, req.words.say("nudges-on-title"))
        .line(req.words.say("nudges-on-line"));
    Ok(Reply::private(message, data(&p)))
}

/// `/nudges off`.
pub async fn off(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let mut p = prefs(req).await?;
    p.nudges_off = true;
    save(req, &p).await?;
    let message = Message::new(Tone::Success, req.words.say("nudges-off-title"))
        .line(req.words.say("nudges-off-line"));
    Ok(Reply::private(message, data(&p)))
}

/// `/nudges status`: your own settings; managers also see who opted out or is away.
pub async fn status(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let p = prefs(req).await?;
    let words = req.words;
    let mut message = Message::new(Tone::Info, words.say("nudges-status-title")).line(words.say(
        if p.nudges_off {
            "nudges-yours-off"
        } else {
            "nudges-yours-on"
        },
    ));
    if let Some(until) = p.away_until.filter(|u| *u >= req.today) {
        message = message.line(words.say_with(
            "nudges-you-away",
            &[("day", words.day_with_weekday(until).into())],
        ));
    }
    if req.is_manager {
        let out = req.app.db.opted_out(&req.inv.guild_id, req.today).await?;
        if out.is_empty() {
            message = message.line(words.say("nudges-nobody-out"));
        }
        for (name, prefs) in out {
            let away = prefs.away_until.filter(|u| *u >= req.today);
            let key = match (prefs.nudges_off, away) {
                (true, Some(_)) => "nudges-member-off-away",
                (true, None) => "nudges-member-off",
                (false, Some(_)) => "nudges-member-away",
                (false, None) => continue,
            };
            let day = away.map(|u| words.day_and_month(u)).unwrap_or_default();
            message = message
                .line(words.say_with(key, &[("name", name.as_str().into()), ("day", day.into())]));
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
            Message::new(Tone::Success, req.words.say("away-welcome-back"))
                .line(req.words.say("away-welcome-back-line")),
            data(&p),
        ));
    }
    let Some(Day(until)) = args.until else {
        return Err(Said::new("error-away-until").into());
    };
    if until < req.today {
        return Err(Said::new("error-away-passed").with("day", until).into());
    }
    if until > req.today + chrono::Duration::days(366) {
        return Err(Said::new("error-away-too-far").into());
    }
    p.away_from = Some(req.today);
    p.away_until = Some(until);
    save(req, &p).await?;
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            req.words.say_with(
                "away-title",
                &[("day", req.words.day_with_weekday(until).into())],
            ),
        )
        .line(req.words.say("away-line"))
        .line(req.words.say("away-back-early")),
        data(&p),
    ))
}
