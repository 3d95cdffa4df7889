//! `/schedule add|list|preview|pause|resume|remove`.

use super::arguments::{NoArguments, arguments};
use super::{CommandError, NotFound, Request};
use crate::core::cron_spec::Running;
use crate::core::cron_spec::{CronSpec, ScheduleError};
use crate::core::ids::ChannelId;
use crate::core::ids::ScheduleNumber;
use crate::core::period::{PeriodKind, PeriodSpec, opens_its_period};
use crate::core::post_kind::PostKind;
use crate::core::ranking::Metric;
use crate::i18n::{Said, Words};
use crate::reply::{Message, Reply, ReplyData, ScheduleView, Tone};
use crate::store::{NewSchedule, Schedule};
use crate::views::board::DEFAULT_PERIOD as DEFAULT_BOARD_PERIOD;

impl From<ScheduleError> for CommandError {
    fn from(e: ScheduleError) -> Self {
        let said = match e {
            ScheduleError::Unreadable(typed) => {
                Said::new("error-schedule-unreadable").with("typed", typed)
            }
            ScheduleError::TooFrequent(typed) => {
                Said::new("error-schedule-too-frequent").with("typed", typed)
            }
            ScheduleError::Never(typed) => Said::new("error-schedule-never").with("typed", typed),
        };
        CommandError::Said(said.about_option("cron"))
    }
}

arguments! {
    /// `/schedule preview|pause|resume|remove`: one schedule by its number.
    pub struct ScheduleIdArgs {
        id: ScheduleNumber,
    }
}

async fn load(req: &Request<'_>, number: ScheduleNumber) -> Result<Schedule, CommandError> {
    req.app
        .db
        .schedule_by_number(&req.inv.guild_id, number)
        .await?
        .ok_or_else(|| NotFound::Schedule(number).into())
}

/// `#1 leaderboard (Revenue won, this_week) in <#sales> — weekly monday 09:00`.
fn describe(s: &Schedule, words: Words) -> String {
    let kind = words.say(&format!("post-kind-{}", s.kind.key()));
    let what = match s.kind {
        PostKind::Leaderboard => words.say_with(
            "schedule-board-of",
            &[
                ("kind", kind.into()),
                (
                    "metric",
                    words.metric(s.metric.unwrap_or(Metric::DEFAULT)).into(),
                ),
                (
                    "period",
                    s.period.unwrap_or(DEFAULT_BOARD_PERIOD).key().into(),
                ),
            ],
        ),
        PostKind::Quota | PostKind::Digest | PostKind::Forecast | PostKind::Alerts => kind,
    };
    words.say_with(
        "schedule-line",
        &[
            ("number", s.number.0.into()),
            ("what", what.into()),
            ("channel", s.channel_id.to_string().into()),
            ("cron", s.cron_input.as_str().into()),
        ],
    )
}

async fn view(
    req: &Request<'_>,
    s: &Schedule,
    upcoming: usize,
) -> Result<ScheduleView, CommandError> {
    let next = if s.paused {
        Vec::new()
    } else {
        s.cron.preview(req.guild.timezone, req.now, upcoming)
    };
    let last = req
        .app
        .db
        .firings(&req.inv.guild_id, s.id, 1)
        .await?
        .into_iter()
        .next();
    Ok(ScheduleView {
        schedule: s.clone(),
        next,
        last,
    })
}

arguments! {
    /// `/schedule add`
    pub struct AddArgs {
        kind: PostKind,
        cron: String,
        channel: Option<ChannelId>,
        metric: Option<Metric>,
        period: Option<PeriodSpec>,
    }
}

pub async fn add(req: &Request<'_>, args: AddArgs) -> Result<Reply, CommandError> {
    let kind = args.kind;
    let input = args.cron.as_str();
    let spec = CronSpec::parse(input)?;
    // Alerts belong in the managers' channel; anything else defaults to where it was asked.
    let channel = args
        .channel
        .clone()
        .or_else(|| match kind {
            PostKind::Alerts => req.guild.managers_channel.clone(),
            PostKind::Leaderboard | PostKind::Quota | PostKind::Digest | PostKind::Forecast => None,
        })
        .or_else(|| req.inv.channel_id.clone())
        .ok_or_else(|| Said::new("error-schedule-where"))?;
    let (period, metric) = (args.period, args.metric);
    if (metric.is_some() && !kind.takes_metric()) || (period.is_some() && !kind.takes_period()) {
        return Err(Said::new("error-schedule-options").into());
    }
    let alerts_period = matches!(
        period,
        None | Some(PeriodSpec::This(PeriodKind::Month | PeriodKind::Quarter))
    );
    if kind == PostKind::Alerts && !alerts_period {
        return Err(Said::new("error-schedule-alerts-period")
            .about_option("period")
            .into());
    }
    let schedule = req
        .app
        .db
        .create_schedule(
            &req.inv.guild_id,
            NewSchedule {
                kind,
                cron: &spec,
                cron_input: input.trim(),
                channel_id: &channel,
                metric,
                period,
            },
            req.caller.id,
            req.now,
        )
        .await?;
    req.app.scheduler_wake.notify_one();
    let v = view(req, &schedule, 3).await?;
    let words = req.words;
    let mut message = Message::new(
        Tone::Success,
        words.say_with("schedule-added", &[("number", schedule.number.0.into())]),
    )
    .line(describe(&schedule, words));
    let next: Vec<String> = v
        .next
        .iter()
        .map(|t| words.moment(*t, req.guild.timezone))
        .collect();
    message = message.line(words.say_with("schedule-next", &[("times", next.join(" · ").into())]));
    message
        .lines
        .extend(early_in_period_advice(req, &schedule).await?);
    Ok(Reply::private(
        message.footer(req.footer(None)),
        ReplyData::Schedules { schedules: vec![v] },
    ))
}

pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let schedules = req.app.db.schedules(&req.inv.guild_id).await?;
    let words = req.words;
    let tz = req.guild.timezone;
    let mut message = Message::new(Tone::Info, words.say("schedule-list-title"));
    if schedules.is_empty() {
        message = message.line(words.say("schedule-list-empty"));
    }
    let mut views = Vec::new();
    for s in &schedules {
        let v = view(req, s, 1).await?;
        let mut parts = vec![describe(s, words)];
        if s.paused {
            parts.push(words.say("schedule-paused"));
        } else if let Some(next) = v.next.first() {
            parts.push(words.say_with(
                "schedule-next-one",
                &[("time", words.moment(*next, tz).into())],
            ));
        }
        if let Some(f) = &v.last {
            parts.push(words.say_with(
                "schedule-last",
                &[
                    ("time", words.moment(f.due_at, tz).into()),
                    ("late", if f.late { "yes" } else { "no" }.into()),
                    (
                        "status",
                        words.say(&format!("firing-{}", f.status.key())).into(),
                    ),
                ],
            ));
        }
        message = message.line(parts.join(" · "));
        views.push(v);
    }
    Ok(Reply::private(
        message.footer(req.footer(None)),
        ReplyData::Schedules { schedules: views },
    ))
}

pub async fn preview(req: &Request<'_>, args: ScheduleIdArgs) -> Result<Reply, CommandError> {
    let s = load(req, args.id).await?;
    let v = view(req, &s, 5).await?;
    let words = req.words;
    let mut message = Message::new(
        Tone::Info,
        words.say_with("schedule-preview-title", &[("number", s.number.0.into())]),
    )
    .line(describe(&s, words));
    if s.paused {
        message = message.line(words.say("schedule-preview-paused"));
    }
    let times = s.cron.preview(req.guild.timezone, req.now, 5);
    for t in &times {
        message = message.line(format!("• {}", words.moment(*t, req.guild.timezone)));
    }
    message.lines.extend(early_in_period_advice(req, &s).await?);
    let v = ScheduleView { next: times, ..v };
    Ok(Reply::private(
        message.footer(req.footer(None)),
        ReplyData::Schedules { schedules: vec![v] },
    ))
}

/// `/schedule pause`.
pub async fn pause(req: &Request<'_>, args: ScheduleIdArgs) -> Result<Reply, CommandError> {
    switch(req, args.id, Running::Paused).await
}

/// `/schedule resume`.
pub async fn resume(req: &Request<'_>, args: ScheduleIdArgs) -> Result<Reply, CommandError> {
    switch(req, args.id, Running::Running).await
}

async fn switch(
    req: &Request<'_>,
    number: ScheduleNumber,
    to: Running,
) -> Result<Reply, CommandError> {
    let s = load(req, number).await?;
    if s.running() == to {
        let already = match to {
            Running::Paused => "error-schedule-already-paused",
            Running::Running => "error-schedule-already-running",
        };
        return Err(Said::new(already).with("number", s.number.0).into());
    }
    req.app
        .db
        .set_schedule_running(&req.inv.guild_id, s.id, to, req.now)
        .await?;
    req.app.scheduler_wake.notify_one();
    let words = req.words;
    let number = || [("number", crate::i18n::Value::from(s.number.0))];
    let message = match to {
        Running::Paused => Message::new(
            Tone::Success,
            words.say_with("schedule-paused-title", &number()),
        )
        .line(describe(&s, words)),
        Running::Running => Message::new(
            Tone::Success,
            words.say_with("schedule-resumed-title", &number()),
        )
        .line(describe(&s, words))
        .line(words.say("schedule-resumed-missed")),
    };
    Ok(Reply::private(message, ReplyData::None))
}

pub async fn remove(req: &Request<'_>, args: ScheduleIdArgs) -> Result<Reply, CommandError> {
    let s = load(req, args.id).await?;
    req.app
        .db
        .remove_schedule(&req.inv.guild_id, s.id, req.now)
        .await?;
    let message = Message::new(
        Tone::Success,
        req.words
            .say_with("schedule-removed", &[("number", s.number.0.into())]),
    )
    .line(describe(&s, req.words));
    Ok(Reply::private(message, ReplyData::None))
}

/// For a board of "this" period that posts on its period's first working day (a
/// Monday board of this week): what it will show then, and the period that says more.
async fn early_in_period_advice(
    req: &Request<'_>,
    s: &Schedule,
) -> Result<Vec<String>, CommandError> {
    if !matches!(s.kind, PostKind::Leaderboard | PostKind::Digest) {
        return Ok(Vec::new());
    }
    let PeriodSpec::This(kind) = s.period.unwrap_or(DEFAULT_BOARD_PERIOD) else {
        return Ok(Vec::new());
    };
    let tz = req.guild.timezone;
    let days = req.guild.working_days();
    let times = s.cron.preview(tz, req.now, 5);
    let early = times
        .iter()
        .filter(|t| {
            let day = crate::core::localtime::local_date(**t, tz);
            opens_its_period(day, kind, req.guild.fiscal_year_start, &days)
        })
        .count();
    if early * 2 <= times.len() {
        return Ok(Vec::new());
    }
    let words = req.words;
    let mut lines = vec![words.say_with("schedule-early", &[("kind", kind.name().into())])];
    let sample = crate::views::scheduled::board_post(req.app, &req.guild, s, req.now).await?;
    lines.push(words.say_with("schedule-sample", &[("title", sample.title.into())]));
    lines.extend(
        sample
            .table
            .iter()
            .flat_map(crate::render::table::lines)
            .take(3)
            .map(|l| format!("  {}", l.trim())),
    );
    Ok(lines)
}
