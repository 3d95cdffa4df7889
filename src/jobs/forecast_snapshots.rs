//! Daily forecast snapshots: at the scheduler's first step of each team's local day,
//! every subject's forecast for the month and the quarter is stored, once.

use crate::app::App;
use crate::core::guild::GuildSettings;
use crate::core::money::Currency;
use crate::core::period::Period;
use crate::core::quota::QuotaPeriod;
use crate::error::CommandError;
use crate::store::Snapshot;
use crate::views::forecast::{SubjectForecast, forecast_all};
use chrono::NaiveDate;

/// The periods snapshots are kept for.
const SNAPSHOT_PERIODS: [crate::core::period::PeriodKind; 2] = [
    crate::core::period::PeriodKind::Month,
    crate::core::period::PeriodKind::Quarter,
];

fn snapshot_of(sf: &SubjectForecast, day: NaiveDate, currency: Currency) -> Snapshot {
    let f = &sf.forecast;
    Snapshot {
        subject: sf.subject.key(),
        day,
        currency: currency.to_string(),
        closed_won: f.closed_won,
        commit: f.commit,
        best_case: f.best_case,
        weighted: f.closed_won + f.weighted,
        run_rate: f.run_rate,
        blended: f.blended,
        pipeline: f.pipeline,
        quota: f.quota,
    }
}

/// Stores today's forecast of every subject for this month and quarter, once a day.
/// Returns how many snapshots were stored (0 when today's were already taken).
pub async fn take_snapshots(
    app: &App,
    guild: &GuildSettings,
    today: NaiveDate,
) -> Result<usize, CommandError> {
    if !app.db.claim_snapshot_day(&guild.guild_id, today).await? {
        return Ok(0);
    }
    let mut stored = 0;
    for kind in SNAPSHOT_PERIODS {
        let period = Period::containing(kind, today, guild.fiscal_year_start);
        let Some(key) = QuotaPeriod::of(&period) else {
            continue;
        };
        let snapshots: Vec<Snapshot> = forecast_all(app, guild, &period, today)
            .await?
            .iter()
            .map(|sf| snapshot_of(sf, today, guild.currency))
            .collect();
        app.db
            .save_snapshots(&guild.guild_id, key, period.start, &snapshots)
            .await?;
        stored += snapshots.len();
    }
    Ok(stored)
}
