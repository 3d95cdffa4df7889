//! The race lines of a weekly digest: the closest races on a board, who moved most this
//! week, and who improved most on their own last period.

use crate::app::App;
use crate::core::guild::GuildSettings;
use crate::core::period::Period;
use crate::error::CommandError;
use chrono::Duration;

/// The race lines of a weekly digest, for the board `spec` on `today`: the closest
/// races, who moved most this week, and who improved most on their own last period
/// (the same days of it). With amounts hidden, no distances in money.
pub async fn digest_lines(
    app: &App,
    guild: &GuildSettings,
    spec: &crate::views::board::BoardSpec,
    today: chrono::NaiveDate,
) -> Result<Vec<String>, CommandError> {
    use crate::core::ranking::rank;
    use crate::views::board::{board_entries, value_text};
    let period = spec.period;
    let words = crate::i18n::Words::team(guild);
    let shown = |v: i64| value_text(words, spec.metric, v, guild);
    let hide = guild.amounts_hidden && spec.metric.counts_revenue();
    let (entries, _) = board_entries(app, guild, spec, &period).await?;
    let ranked = rank(entries);
    let mut lines = Vec::new();

    let mut gaps: Vec<(i64, &str, &str, u32)> = ranked
        .windows(2)
        .filter(|w| w[1].entry.value > 0)
        .map(|w| {
            (
                w[0].entry.value - w[1].entry.value,
                w[1].entry.name.as_str(),
                w[0].entry.name.as_str(),
                w[0].rank,
            )
        })
        .collect();
    gaps.sort_by_key(|g| g.0);
    for (gap, chaser, ahead, place) in gaps.iter().take(3) {
        let names = [("chaser", (*chaser).into()), ("ahead", (*ahead).into())];
        let place = ("place", (*place).into());
        lines.push(match (*gap, hide) {
            (0, _) => words.say_with("digest-level", &[names[0].clone(), names[1].clone(), place]),
            (_, true) => words.say_with(
                "digest-within-reach",
                &[names[0].clone(), names[1].clone(), place],
            ),
            (g, false) => words.say_with(
                "digest-behind",
                &[
                    names[0].clone(),
                    names[1].clone(),
                    place,
                    ("gap", shown(g).into()),
                ],
            ),
        });
    }

    // Who climbed most since a week ago (only when the period is older than a week).
    let week_ago = today - Duration::days(7);
    if week_ago >= period.start
        && let Ok(then) = Period::between(period.start, week_ago, guild.fiscal_year_start)
    {
        let (before, _) = board_entries(app, guild, spec, &then).await?;
        let before = rank(before);
        let outside = before.len() as i64 + 1;
        let best = ranked
            .iter()
            .map(|r| {
                let was = before
                    .iter()
                    .find(|b| b.entry.who == r.entry.who)
                    .map_or(outside, |b| i64::from(b.rank));
                (was - i64::from(r.rank), r)
            })
            .filter(|(up, _)| *up > 0)
            .max_by_key(|(up, _)| *up);
        if let Some((up, r)) = best {
            lines.push(words.say_with(
                "digest-moved-most",
                &[
                    ("rep", r.entry.name.as_str().into()),
                    ("places", up.into()),
                    ("rank", r.rank.into()),
                ],
            ));
        }
    }

    // Most improved on their own last period, over the same number of days.
    let previous = period.previous();
    let elapsed = (today.min(period.last_day()) - period.start).num_days();
    let same_days_end = (previous.start + Duration::days(elapsed)).min(previous.last_day());
    if let Ok(then) = Period::between(previous.start, same_days_end, guild.fiscal_year_start) {
        let (before, _) = board_entries(app, guild, spec, &then).await?;
        let best = ranked
            .iter()
            .map(|r| {
                let was = before
                    .iter()
                    .find(|b| b.who == r.entry.who)
                    .map_or(0, |b| b.value);
                (r.entry.value - was, r)
            })
            .filter(|(gain, _)| *gain > 0)
            .max_by_key(|(gain, _)| *gain);
        if let Some((gain, r)) = best {
            let args = [
                ("period", words.period(&previous).into()),
                ("rep", r.entry.name.as_str().into()),
                ("gain", shown(gain).into()),
            ];
            lines.push(if hide {
                words.say_with("digest-most-improved", &args[..2])
            } else {
                words.say_with("digest-most-improved-by", &args)
            });
        }
    }
    Ok(lines)
}
