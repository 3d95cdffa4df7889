//! What a scheduled post says: a leaderboard, quota progress, a digest of both, the
//! forecast, or forecast alerts.

use crate::app::App;
use crate::core::cron_spec::local_label;
use crate::core::guild::GuildSettings;
use crate::core::localtime::local_date;
use crate::core::period::PeriodSpec;
use crate::core::post_kind::PostKind;
use crate::core::quota::Audience;
use crate::core::quota::QuotaSubject;
use crate::core::ranking::{BoardOf, Metric};
use crate::error::CommandError;
use crate::reply::{Message, Tone};
use crate::store::Schedule;
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};
use chrono::{DateTime, Utc};

/// What one firing has to say: a post for the schedule's channel (None when an alerts
/// check found nothing new).
pub struct Built {
    pub post: Option<Message>,
}

/// Builds the post for one firing. `late` is set when it is posted after downtime.
pub async fn build(
    app: &App,
    guild: &GuildSettings,
    schedule: &Schedule,
    due: DateTime<Utc>,
    late: bool,
    now: DateTime<Utc>,
) -> Result<Built, CommandError> {
    let mut built = match schedule.kind {
        PostKind::Alerts => {
            let found = super::alert_check::check(
                app,
                guild,
                schedule.period.as_deref(),
                schedule.active_since,
                now,
            )
            .await?;
            Built { post: found.post }
        }
        PostKind::Forecast => {
            let today = local_date(now, guild.timezone);
            let period = PeriodSpec::parse(schedule.period.as_deref().unwrap_or("quarter"))?
                .resolve(today, guild.fiscal_year_start)?;
            let sf = crate::views::forecast::forecast_of(
                app,
                guild,
                QuotaSubject::Everyone,
                "Everyone".into(),
                &period,
                today,
            )
            .await?;
            Built {
                post: Some(crate::views::forecast::render(&sf, &period, guild)),
            }
        }
        PostKind::Leaderboard | PostKind::Quota | PostKind::Digest => Built {
            post: Some(build_board(app, guild, schedule, now).await?),
        },
    };
    built.post = built.post.map(|m| mark_late(m, late, due, guild));
    Ok(built)
}

fn mark_late(
    mut message: Message,
    late: bool,
    due: DateTime<Utc>,
    guild: &GuildSettings,
) -> Message {
    if late {
        message.lines.insert(
            0,
            format!(
                "⏰ Posted late: this was due {} while Dealbell was offline.",
                local_label(due, guild.timezone)
            ),
        );
    }
    message
}

/// A leaderboard, quota progress, or a digest of both.
async fn build_board(
    app: &App,
    guild: &GuildSettings,
    schedule: &Schedule,
    now: DateTime<Utc>,
) -> Result<Message, CommandError> {
    let today = local_date(now, guild.timezone);
    let board_spec = || -> Result<BoardSpec, CommandError> {
        let period = PeriodSpec::parse(schedule.period.as_deref().unwrap_or(DEFAULT_PERIOD))?
            .resolve(today, guild.fiscal_year_start)?;
        Ok(BoardSpec {
            period,
            metric: schedule.metric.unwrap_or(Metric::DEFAULT),
            top: app.config.leaderboard_top,
            team: None,
            of: BoardOf::Reps,
            chart: guild.charts_on_schedules,
            audience: Audience::Channel,
        })
    };
    Ok(match schedule.kind {
        PostKind::Quota => {
            let lines = crate::views::quota::progress_lines(app, guild, today).await?;
            let mut m = Message::new(
                Tone::Info,
                format!("🎯 Quota progress — {}", today.format("%-d %b %Y")),
            );
            if lines.is_empty() {
                m = m.line("No team quotas are set. A manager can set them: /quota set everyone:true amount:… period:month");
            }
            for l in lines {
                m = m.line(l);
            }
            m.footer(format!(
                "{} · schedule #{}",
                guild.timezone, schedule.number
            ))
        }
        PostKind::Digest => {
            // The race digest: the board, then the closest races, who moved, who
            // improved, and the team's progress to its goals.
            let spec = board_spec()?;
            let (mut m, _) = board(app, guild, &spec, None).await?;
            m.title = format!("📬 Digest — {}", m.title.trim_start_matches("🏆 "));
            for l in crate::views::race::digest_lines(app, guild, &spec, today).await? {
                m = m.line(l);
            }
            for l in crate::views::quota::progress_lines(app, guild, today).await? {
                m = m.line(l);
            }
            m
        }
        PostKind::Leaderboard | PostKind::Forecast | PostKind::Alerts => {
            board(app, guild, &board_spec()?, None).await?.0
        }
    })
}
