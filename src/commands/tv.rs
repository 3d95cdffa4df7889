//! `/tv`: links to the team's live leaderboard page (served by `web/`), made, listed
//! and revoked by managers. A link's token is shown once, in the private reply to the
//! manager who made it; only its hash is kept.

use super::arguments::{NoArguments, arguments};
use super::{CommandError, Request};
use crate::core::ids::TvLinkNumber;
use crate::core::period::PeriodSpec;
use crate::core::ranking::Metric;
use crate::core::tv::{TOKEN_BYTES, TvToken, page_path};
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
    getrandom::getrandom(&mut bytes).map_err(|_| {
        CommandError::user("I could not make a safe link just now. Please try again in a moment.")
    })?;
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
    let mut m = Message::new(Tone::Success, format!("📺 Live page link #{number}"))
        .line(format!("{} · {}", metric.title(), period.key()))
        .line(link.clone())
        .line("Anyone with this link can open the page, without logging in: put it on the office screen, or share it with the team. It shows what the team's channels show, nothing more.")
        .line(format!(
            "This is the only time the link is shown. Close it for good with /tv revoke link:{number}"
        ));
    if web.listen.is_none() {
        m = m.line("The page is not being served yet: a server admin sets web.listen (and web.public_url) in Dealbell's settings.");
    }
    Ok(Reply::private(m, ReplyData::TvLink { number, link }))
}

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let links = req.app.db.tv_links(&req.inv.guild_id).await?;
    let mut m = Message::new(Tone::Info, "📺 Live page links");
    if links.is_empty() {
        m = m.line("None yet. Make one: /tv link metric:revenue period:month");
    }
    for l in &links {
        let state = match l.revoked_at {
            Some(at) => format!(
                "revoked {}",
                crate::core::localtime::local_date(at, req.guild.timezone).format("%-d %b %Y")
            ),
            None => format!(
                "open since {}",
                crate::core::localtime::local_date(l.created_at, req.guild.timezone)
                    .format("%-d %b %Y")
            ),
        };
        m = m.line(format!(
            "#{} · {} · {} · {state}",
            l.number,
            l.metric.title(),
            l.period.key()
        ));
    }
    Ok(Reply::private(
        m.footer("A link's address is shown only when it is made."),
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
        return Err(CommandError::with_hint(
            format!("There is no open live page link #{}.", args.link),
            "See the team's links with /tv list.",
        ));
    }
    Ok(Reply::private(
        Message::new(Tone::Success, format!("📺 Link #{} revoked", args.link))
            .line("Pages opened with it stop updating and it opens nothing any more."),
        ReplyData::None,
    ))
}
