//! `/schedule add|list|preview|pause|resume|remove`.

use super::arguments::{NoArguments, arguments};
use super::{CommandError, NotFound, Request};
use crate::core::cron_spec::Running;
use crate::core::cron_spec::{CronSpec, ScheduleError, local_label};
use crate::core::ids::ChannelId;
use crate::core::ids::ScheduleNumber;
use crate::core::period::{PeriodKind, PeriodSpec, opens_its_period};
use crate::core::post_kind::PostKind;
use crate::core::ranking::Metric;
use crate::reply::{Message, Reply, ReplyData, ScheduleView, Tone};
use crate::store::{NewSchedule, Schedule};
use crate::views::board::DEFAULT_PERIOD as DEFAULT_BOARD_PERIOD;

impl From<ScheduleError> for CommandError {
    fn from(e: ScheduleError) -> Self {
        CommandError::user(e.to_string())
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

fn describe(s: &Schedule) -> String {
    let what = match s.kind {
        PostKind::Leaderboard => format!(
            "leaderboard ({}, {})",
            s.metric.unwrap_or(Metric::DEFAULT),
            s.period.unwrap_or(DEFAULT_BOARD_PERIOD).key()
        ),
        other => other.key().to_string(),
    };
    format!(
        "#{} {what} in <#{}> — {}",
        s.number, s.channel_id, s.cron_input
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
        .ok_or_else(|| {
            CommandError::with_hint(
                "Say where to post.",
                "Add channel:#sales (for alerts, or set a managers' channel with /setup managers_channel:#…).",
            )
        })?;
    let (period, metric) = (args.period, args.metric);
    if (metric.is_some() && !kind.takes_metric()) || (period.is_some() && !kind.takes_period()) {
        return Err(CommandError::user(
            "metric is for leaderboard and digest posts; period for those, forecasts and alerts.",
        ));
    }
    let alerts_period = matches!(
        period,
        None | Some(PeriodSpec::This(PeriodKind::Month | PeriodKind::Quarter))
    );
    if kind == PostKind::Alerts && !alerts_period {
        return Err(CommandError::with_hint(
            "Alerts watch the current month or quarter.",
            "Use period:month or period:quarter.",
        ));
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
    let mut message = Message::new(
        Tone::Success,
        format!("Schedule #{} added", schedule.number),
    )
    .line(describe(&schedule));
    let next: Vec<String> = v
        .next
        .iter()
        .map(|t| local_label(*t, req.guild.timezone))
        .collect();
    message = message.line(format!("Next: {}", next.join(" · ")));
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
    let mut message = Message::new(Tone::Info, "Schedules");
    if schedules.is_empty() {
        message = message.line("None yet. Add one: /schedule add kind:leaderboard cron:\"weekly monday 09:00\" channel:#sales");
    }
    let mut views = Vec::new();
    for s in &schedules {
        let v = view(req, s, 1).await?;
        let next = if s.paused {
            "paused".to_string()
        } else {
            v.next
                .first()
                .map(|t| format!("next {}", local_label(*t, req.guild.timezone)))
                .unwrap_or_default()
        };
        let last = v
            .last
            .as_ref()
            .map(|f| {
                format!(
                    " · last {}{}: {}",
                    local_label(f.due_at, req.guild.timezone),
                    if f.late { " (late)" } else { "" },
                    f.status
                )
            })
            .unwrap_or_default();
        message = message.line(format!("{} · {next}{last}", describe(s)));
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
    let mut message = Message::new(
        Tone::Info,
        format!("Schedule #{}: the next five posts", s.number),
    )
    .line(describe(&s));
    if s.paused {
        message = message.line("It is paused; these are the times it would post once resumed.");
    }
    let times = s.cron.preview(req.guild.timezone, req.now, 5);
    for t in &times {
        message = message.line(format!("• {}", local_label(*t, req.guild.timezone)));
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
        return Err(CommandError::user(format!(
            "Schedule #{} is already {}.",
            s.number,
            match to {
                Running::Paused => "paused",
                Running::Running => "running",
            }
        )));
    }
    req.app
        .db
        .set_schedule_running(&req.inv.guild_id, s.id, to, req.now)
        .await?;
    req.app.scheduler_wake.notify_one();
    let message = match to {
        Running::Paused => {
            Message::new(Tone::Success, format!("Schedule #{} paused", s.number)).line(describe(&s))
        }
        Running::Running => Message::new(Tone::Success, format!("Schedule #{} resumed", s.number))
            .line(describe(&s))
            .line("Posts missed while it was paused are not sent."),
    };
    Ok(Reply::private(message, ReplyData::None))
}

pub async fn remove(req: &Request<'_>, args: ScheduleIdArgs) -> Result<Reply, CommandError> {
    let s = load(req, args.id).await?;
    req.app
        .db
        .remove_schedule(&req.inv.guild_id, s.id, req.now)
        .await?;
    let message =
        Message::new(Tone::Success, format!("Schedule #{} removed", s.number)).line(describe(&s));
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
    let name = kind.name();
    let mut lines = vec![format!(
        "These posts fall on the first day of their {name}, when it has barely begun: until someone wins, each shows the {name} before's final standings. For last {name}'s board, use period:last_{name}."
    )];
    let sample = crate::views::scheduled::board_post(req.app, &req.guild, s, req.now).await?;
    lines.push(format!("If it posted now: {}", sample.title));
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
