//! What a scheduled leaderboard, quota or digest post says. A board of "this week"
//! (or month, quarter, year) posted before anything is won in it shows how the period
//! before ended instead of an empty board.

use crate::app::App;
use crate::core::guild::GuildSettings;
use crate::core::localtime::local_date;
use crate::core::period::PeriodSpec;
use crate::core::post_kind::PostKind;
use crate::core::quota::Audience;
use crate::core::ranking::{BoardOf, Metric};
use crate::error::CommandError;
use crate::reply::{Message, Tone};
use crate::store::Schedule;
use crate::views::board::{BoardSpec, DEFAULT_PERIOD, board};
use chrono::{DateTime, Utc};

/// The board for `spec`; when it is the current period and nobody is on it yet, the
/// final standings of the period before, said so. Returns the board shown and its spec.
async fn board_or_last_final(
    app: &App,
    guild: &GuildSettings,
    spec: BoardSpec,
    asked: PeriodSpec,
) -> Result<(Message, BoardSpec), CommandError> {
    let (message, data) = board(app, crate::i18n::Words::team(guild), guild, &spec, None).await?;
    if !data.rows.is_empty() || !matches!(asked, PeriodSpec::This(_)) {
        return Ok((message, spec));
    }
    let last = BoardSpec {
        period: spec.period.previous(),
        ..spec.clone()
    };
    let (mut previous, data) =
        board(app, crate::i18n::Words::team(guild), guild, &last, None).await?;
    if data.rows.is_empty() {
        return Ok((message, spec));
    }
    let words = crate::i18n::Words::team(guild);
    previous.title = words.say_with(
        "scheduled-final-standings",
        &[
            ("metric", words.metric(last.metric).into()),
            ("period", words.period(&last.period).into()),
        ],
    );
    previous.lines.insert(
        0,
        words.say_with(
            "scheduled-nothing-yet",
            &[
                ("period", words.period(&spec.period).into()),
                ("previous", words.period(&last.period).into()),
            ],
        ),
    );
    Ok((previous, last))
}

/// What a leaderboard, quota or digest schedule posts at `now`.
pub async fn board_post(
    app: &App,
    guild: &GuildSettings,
    schedule: &Schedule,
    now: DateTime<Utc>,
) -> Result<Message, CommandError> {
    let today = local_date(now, guild.timezone);
    let period_spec = match schedule.period {
        Some(p) => p,
        None => DEFAULT_PERIOD,
    };
    let board_spec = || -> Result<BoardSpec, CommandError> {
        let period = period_spec.resolve(today, guild.fiscal_year_start)?;
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
    let words = crate::i18n::Words::team(guild);
    Ok(match schedule.kind {
        PostKind::Quota => {
            let lines = crate::views::quota::progress_lines(app, guild, today).await?;
            let mut m = Message::new(
                Tone::Info,
                words.say_with("scheduled-quota-title", &[("day", words.day(today).into())]),
            );
            if lines.is_empty() {
                m = m.line(words.say("scheduled-no-team-quotas"));
            }
            for l in lines {
                m = m.line(l);
            }
            m.footer(words.say_with(
                "scheduled-footer",
                &[
                    ("timezone", guild.timezone.to_string().into()),
                    ("number", schedule.number.0.into()),
                ],
            ))
        }
        PostKind::Digest => {
            // The race digest: the board, then the closest races, who moved, who
            // improved, and the team's progress to its goals.
            let (mut m, spec) = board_or_last_final(app, guild, board_spec()?, period_spec).await?;
            m.title = words.say_with(
                "scheduled-digest-title",
                &[("board", m.title.trim_start_matches("🏆 ").into())],
            );
            for l in crate::views::digest::digest_lines(app, guild, &spec, today).await? {
                m = m.line(l);
            }
            for l in crate::views::quota::progress_lines(app, guild, today).await? {
                m = m.line(l);
            }
            m
        }
        PostKind::Leaderboard | PostKind::Forecast | PostKind::Alerts => {
            board_or_last_final(app, guild, board_spec()?, period_spec)
                .await?
                .0
        }
    })
}
