//! Teams' settings (one row per Discord server or console team).

use super::write_tx::WriteScope;
use super::{Db, StoreError, timestamp};
use crate::config::TeamDefaults;
use crate::core::calendar::{HolidayCountry, TeamCalendar};
use crate::core::guild::GuildSettings;
use crate::core::ids::{GuildId, InteractionId};
use crate::core::localtime::parse_timezone;
use crate::core::money::Currency;
use crate::core::period::FiscalYearStart;
use crate::store::{SqlPool, SqlRow};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// What becomes of the name of a team that exists already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KnownName {
    /// An interaction does not say the server's name: keep the one known.
    Keep,
    /// Discord said the server's name on connecting: take it.
    Replace,
}

impl Db {
    /// The team's settings, creating the team with `defaults` on first contact.
    pub async fn ensure_guild(
        &self,
        guild_id: &GuildId,
        name: &str,
        defaults: &TeamDefaults,
        now: DateTime<Utc>,
    ) -> Result<GuildSettings, StoreError> {
        if let Some(settings) = self.guild(guild_id).await? {
            return Ok(settings);
        }
        self.insert_guild(guild_id, name, defaults, now, KnownName::Keep)
            .await?;
        self.guild_from(&self.write, guild_id)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("guild {guild_id} vanished after insert")))
    }

    /// Records a server's name (Discord says it when the bot connects; interactions do
    /// not), creating the team with `defaults` if it is new.
    pub async fn remember_guild_name(
        &self,
        guild_id: &GuildId,
        name: &str,
        defaults: &TeamDefaults,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.insert_guild(guild_id, name, defaults, now, KnownName::Replace)
            .await
    }

    /// Creates a team with `defaults`; one that exists keeps its settings, and its name
    /// as `known` says.
    async fn insert_guild(
        &self,
        guild_id: &GuildId,
        name: &str,
        defaults: &TeamDefaults,
        now: DateTime<Utc>,
        known: KnownName,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO guilds (id, name, timezone, currency, fiscal_year_start, created_at,
                                 weekend, holiday_country, days_off)
             VALUES ($1, $2, $3, $4, $5, $6, $8, $9, $10)
             ON CONFLICT (id) DO UPDATE SET name = CASE WHEN $7 THEN excluded.name ELSE guilds.name END",
        )
        .bind(guild_id)
        .bind(name)
        .bind(defaults.timezone.name())
        .bind(defaults.currency.code())
        .bind(i64::from(defaults.fiscal_year_start.month()))
        .bind(timestamp(now))
        .bind(known == KnownName::Replace)
        .bind(defaults.calendar.weekend.key())
        .bind(defaults.calendar.country.map(|c| c.code()))
        .bind(days_off_json(&defaults.calendar.days_off)?)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    pub async fn guild(&self, guild_id: &GuildId) -> Result<Option<GuildSettings>, StoreError> {
        self.guild_from(&self.read, guild_id).await
    }

    async fn guild_from(
        &self,
        pool: &SqlPool,
        guild_id: &GuildId,
    ) -> Result<Option<GuildSettings>, StoreError> {
        let Some(row) = sqlx::query(self.either(
            "SELECT id, name, timezone, currency, fiscal_year_start, manager_role, wins_channel,
                    quota_visibility, managers_channel, charts_on_schedules,
                    nudge_delivery, nudges_channel, amounts_hidden,
                    weekend, holiday_country, days_off, language,
                    (SELECT json_group_array(json_array(stage_key, label) ORDER BY stage_key)
                     FROM stage_labels WHERE guild_id = guilds.id) AS stage_labels
             FROM guilds WHERE id = $1",
            "SELECT id, name, timezone, currency, fiscal_year_start, manager_role, wins_channel,
                    quota_visibility, managers_channel, charts_on_schedules,
                    nudge_delivery, nudges_channel, amounts_hidden,
                    weekend, holiday_country, days_off, language,
                    (SELECT COALESCE(json_agg(json_build_array(stage_key, label) ORDER BY stage_key), '[]')::text
                     FROM stage_labels WHERE guild_id = guilds.id) AS stage_labels
             FROM guilds WHERE id = $1",
        ))
        .bind(guild_id)
        .fetch_optional(pool)
        .await?
        else {
            return Ok(None);
        };
        // The labels come in the same statement as the settings: every command reads
        // them, and one statement sees one version of both.
        let labels: Vec<(String, String)> =
            serde_json::from_str(&row.try_get::<String, _>("stage_labels")?)
                .map_err(|e| StoreError::Corrupt(format!("stage labels: {e}")))?;
        let tz_name: String = row.try_get("timezone")?;
        let currency_code: String = row.try_get("currency")?;
        let fy: i64 = row.try_get("fiscal_year_start")?;
        let fy = u32::try_from(fy)
            .map_err(|_| StoreError::Corrupt(format!("fiscal year start {fy}")))?;
        Ok(Some(GuildSettings {
            guild_id: row.try_get("id")?,
            name: row.try_get("name")?,
            timezone: parse_timezone(&tz_name)
                .ok_or_else(|| StoreError::Corrupt(format!("timezone {tz_name:?}")))?,
            currency: Currency::from_code(&currency_code)
                .ok_or_else(|| StoreError::Corrupt(format!("currency {currency_code:?}")))?,
            fiscal_year_start: FiscalYearStart::new(fy)
                .ok_or_else(|| StoreError::Corrupt(format!("fiscal month {fy}")))?,
            manager_role: row.try_get("manager_role")?,
            wins_channel: row.try_get("wins_channel")?,
            stage_labels: labels,
            quota_visibility: super::closed_key(&row, "quota_visibility")?,
            managers_channel: row.try_get("managers_channel")?,
            charts_on_schedules: super::flag(&row, "charts_on_schedules")?,
            nudge_delivery: super::closed_key(&row, "nudge_delivery")?,
            nudges_channel: row.try_get("nudges_channel")?,
            amounts_hidden: super::flag(&row, "amounts_hidden")?,
            calendar: calendar_from(&row)?,
            language: super::closed_key(&row, "language")?,
        }))
    }

    /// Saves a team's settings and stage names together.
    pub async fn save_guild(&self, settings: &GuildSettings) -> Result<(), StoreError> {
        let mut tx = self.begin_guild_write(&settings.guild_id).await?;
        sqlx::query(
            "UPDATE guilds SET timezone = $1, currency = $2, fiscal_year_start = $3, manager_role = $4, wins_channel = $5,
                 quota_visibility = $6, managers_channel = $7, charts_on_schedules = $8,
                 nudge_delivery = $9, nudges_channel = $10, amounts_hidden = $11,
                 weekend = $12, holiday_country = $13, days_off = $14, language = $16
             WHERE id = $15",
        )
        .bind(settings.timezone.name())
        .bind(settings.currency.code())
        .bind(i64::from(settings.fiscal_year_start.month()))
        .bind(&settings.manager_role)
        .bind(&settings.wins_channel)
        .bind(settings.quota_visibility.key())
        .bind(&settings.managers_channel)
        .bind(i64::from(settings.charts_on_schedules))
        .bind(settings.nudge_delivery.key())
        .bind(&settings.nudges_channel)
        .bind(i64::from(settings.amounts_hidden))
        .bind(settings.calendar.weekend.key())
        .bind(settings.calendar.country.map(|c| c.code()))
        .bind(days_off_json(&settings.calendar.days_off)?)
        .bind(&settings.guild_id)
        .bind(settings.language.key())
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM stage_labels WHERE guild_id = $1")
            .bind(&settings.guild_id)
            .execute(&mut *tx)
            .await?;
        for (key, label) in &settings.stage_labels {
            sqlx::query(
                "INSERT INTO stage_labels (guild_id, stage_key, label) VALUES ($1, $2, $3)",
            )
            .bind(&settings.guild_id)
            .bind(key)
            .bind(label)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// A team's own days off as stored: a JSON array of ISO dates.
fn days_off_json(days: &std::collections::BTreeSet<NaiveDate>) -> Result<String, StoreError> {
    serde_json::to_string(days).map_err(|e| StoreError::Corrupt(format!("days off: {e}")))
}

/// The calendar columns of a guild row.
fn calendar_from(row: &SqlRow) -> Result<TeamCalendar, StoreError> {
    let country: Option<String> = row.try_get("holiday_country")?;
    let days_off: String = row.try_get("days_off")?;
    Ok(TeamCalendar {
        weekend: super::closed_key(row, "weekend")?,
        country: country
            .map(|c| {
                HolidayCountry::from_code(&c)
                    .ok_or_else(|| StoreError::Corrupt(format!("holiday country {c:?}")))
            })
            .transpose()?,
        days_off: serde_json::from_str(&days_off)
            .map_err(|e| StoreError::Corrupt(format!("days off: {e}")))?,
    })
}

impl Db {
    /// Claims a Discord interaction for handling: true the first time its id is seen,
    /// false for a replayed delivery of one already handled (or being handled).
    pub async fn claim_interaction(
        &self,
        interaction_id: &InteractionId,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        // One script, one round trip to the writer: every interaction waits behind it.
        // A row comes back only when the id was new.
        let rows = self
            .write_script(
                WriteScope::AnyGuild,
                "BEGIN IMMEDIATE;
                 DELETE FROM handled_interactions WHERE handled_at < $2;
                 INSERT INTO handled_interactions (id, handled_at) VALUES ($1, $3)
                     ON CONFLICT (id) DO NOTHING RETURNING id;
                 COMMIT;",
                |script| {
                    script
                        .bind(interaction_id)
                        .bind(timestamp(now - chrono::Duration::days(1)))
                        .bind(timestamp(now))
                },
            )
            .await?;
        Ok(!rows.is_empty())
    }
}
