//! What a scheduled post says: a leaderboard, quota progress, a digest of both, the
//! forecast, or forecast alerts.

use crate::app::App;
use crate::core::firing::Timing;
use crate::core::guild::GuildSettings;
use crate::core::localtime::local_date;
use crate::core::period::{PeriodKind, PeriodSpec};
use crate::core::post_kind::PostKind;
use crate::core::quota::QuotaSubject;
use crate::error::CommandError;
use crate::i18n::Words;
use crate::reply::Message;
use crate::store::Schedule;
use chrono::{DateTime, Utc};

/// What one firing has to say: a post for the schedule's channel (None when an alerts
/// check found nothing new).
pub struct Built {
    pub post: Option<Message>,
}

/// Builds the post for one firing, marked when it is posted late (after downtime).
pub async fn build(
    app: &App,
    guild: &GuildSettings,
    schedule: &Schedule,
    due: DateTime<Utc>,
    timing: Timing,
    now: DateTime<Utc>,
) -> Result<Built, CommandError> {
    let mut built = match schedule.kind {
        PostKind::Alerts => {
            let found =
                super::alert_check::check(app, guild, schedule.period, schedule.active_since, now)
                    .await?;
            Built { post: found.post }
        }
        PostKind::Forecast => {
            let today = local_date(now, guild.timezone);
            let period = schedule
                .period
                .unwrap_or(PeriodSpec::This(PeriodKind::Quarter))
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
                post: Some(crate::views::forecast::render(
                    &sf,
                    &period,
                    guild,
                    crate::i18n::Words::team(guild),
                )),
            }
        }
        PostKind::Leaderboard | PostKind::Quota | PostKind::Digest => Built {
            post: Some(crate::views::scheduled::board_post(app, guild, schedule, now).await?),
        },
    };
    built.post = built.post.map(|m| mark_late(m, timing, due, guild));
    Ok(built)
}

fn mark_late(
    mut message: Message,
    timing: Timing,
    due: DateTime<Utc>,
    guild: &GuildSettings,
) -> Message {
    if timing == Timing::Late {
        let words = Words::team(guild);
        message.lines.insert(
            0,
            words.say_with(
                "schedule-posted-late",
                &[("time", words.moment(due, guild.timezone).into())],
            ),
        );
    }
    message
}
