//! `/tv`: links to the team's live leaderboard page (served by `web/`), made, listed
//! and revoked by managers. A link's token is shown once, in the private reply to the
//! manager who made it; only its hash is kept.

use super::arguments::{NoArguments, arguments};
use super::{CommandError, Request};
use crate::core::ids::TvLinkNumber;
use crate::core::period::PeriodSpec;
use crate::core::ranking::Metric;
use crate::core::tv::{TOKEN_BYTES, TvToken, page_path};
use crate::i18n::Said;
use crate::reply::{Message, Reply, ReplyData, Tone};
use crate::views::board::DEFAULT_PERIOD;

arguments! {
    /// `/tv link`
    pub struct TvLinkArgs {
        metric: Option<Metric>,
        period: Option<PeriodSpec>,
    }
}

arguments! {
    /// `/tv revoke`
    pub struct TvRevokeArgs {
        link: TvLinkNumber,
    }
}

pub async fn link(req: &Request<'_>, args: TvLinkArgs) -> Result<Reply, CommandError> {
    let metric = args.metric.unwrap_or(Metric::DEFAULT);
    let period = args.period.unwrap_or(DEFAULT_PERIOD);
    // The period must make sense for this team before a screen shows it.
    req.period(period)?;
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::getrandom(&mut bytes).map_err(|_| Said::new("error-tv-no-link-made"))?;
    let token = TvToken::from_random(bytes);
    let number = req
        .app
        .db
        .create_tv_link(
            &req.inv.guild_id,
            &token.hash(),
            metric,
            period,
            req.caller.id,
            req.now,
        )
        .await?;
    let web = &req.app.config.web;
    let path = page_path(&token);
    let link = web
        .origin()
        .map_or_else(|| path.clone(), |origin| format!("{origin}{path}"));
    let words = req.words;
    let n = || -> crate::i18n::Value<'_> { number.0.into() };
    let mut m = Message::new(
        Tone::Success,
        words.say_with("tv-link-title", &[("number", n())]),
    )
    .line(format!("{} · {}", words.metric(metric), period.key()))
    .line(link.clone())
    .line(words.say("tv-link-anyone"))
    .line(words.say_with("tv-link-once", &[("number", n())]));
    if web.listen.is_none() {
        m = m.line(words.say("tv-not-served"));
    }
    Ok(Reply::private(m, ReplyData::TvLink { number, link }))
}

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let links = req.app.db.tv_links(&req.inv.guild_id).await?;
    let words = req.words;
    let mut m = Message::new(Tone::Info, words.say("tv-list-title"));
    if links.is_empty() {
        m = m.line(words.say("tv-list-empty"));
    }
    for l in &links {
        let day = |at| words.day(crate::core::localtime::local_date(at, req.guild.timezone));
        let state = match l.revoked_at {
            Some(at) => words.say_with("tv-revoked-on", &[("day", day(at).into())]),
            None => words.say_with("tv-open-since", &[("day", day(l.created_at).into())]),
        };
        m = m.line(format!(
            "#{} · {} · {} · {state}",
            l.number,
            words.metric(l.metric),
            l.period.key()
        ));
    }
    Ok(Reply::private(
        m.footer(words.say("tv-list-footer")),
        ReplyData::None,
    ))
}

pub async fn revoke(req: &Request<'_>, args: TvRevokeArgs) -> Result<Reply, CommandError> {
    if !req
        .app
        .db
        .revoke_tv_link(&req.inv.guild_id, args.link, req.now)
        .await?
    {
        return Err(Said::new("error-tv-no-link")
            .with("number", args.link.0)
            .into());
    }
    Ok(Reply::private(
        Message::new(
            Tone::Success,
            req.words
                .say_with("tv-revoked-title", &[("number", args.link.0.into())]),
        )
        .line(req.words.say("tv-revoked-line")),
        ReplyData::None,
    ))
}
