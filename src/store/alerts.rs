//! Alert rules per team, the alerts sent, and daily forecast snapshots.

use super::write_tx::WriteTx;
use super::{Db, StoreError, optional_timestamp, parse_date, parse_timestamp, timestamp};
use crate::core::alerts::{AlertState, AlertSwitch, Candidate, Decision, Finding, Rule};
use crate::core::deal::AuditAction;
use crate::core::deal::DealState;
use crate::core::ids::MemberId;
use crate::core::ids::{AlertId, AlertNumber, GuildId};
use crate::core::quota::{QuotaPeriod, QuotaSubject};
use crate::core::records::OpenAlert;
use crate::store::SqlRow;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::Row;
use std::collections::{HashMap, HashSet};

/// A team's stored change to one rule (or to `dm_nudges`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOverride {
    pub rule: AlertSwitch,
    pub enabled: bool,
    pub threshold: Option<i64>,
    pub days: Option<i64>,
}

/// One subject's forecast on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub subject: String,
    pub day: NaiveDate,
    pub currency: String,
    pub closed_won: i64,
    pub commit: i64,
    pub best_case: i64,
    /// Closed won + weighted open pipeline.
    pub weighted: i64,
    pub run_rate: Option<i64>,
    pub blended: i64,
    pub pipeline: i64,
    pub quota: Option<i64>,
}

/// A change to a deal recorded in its audit trail (for the large-deal rule).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealChange {
    pub audit_id: i64,
    pub deal_number: crate::core::ids::DealNumber,
    pub action: AuditAction,
    pub before: Option<DealState>,
    pub after: Option<DealState>,
    pub owner_name: String,
}

fn state(json: Option<String>) -> Result<Option<DealState>, StoreError> {
    json.map(|j| serde_json::from_str(&j).map_err(|e| StoreError::Corrupt(e.to_string())))
        .transpose()
}

fn snapshot_from_row(r: &SqlRow) -> Result<Snapshot, StoreError> {
    Ok(Snapshot {
        subject: r.try_get("subject")?,
        day: parse_date(&r.try_get::<String, _>("day")?)?,
        currency: r.try_get("currency")?,
        closed_won: r.try_get("closed_won")?,
        commit: r.try_get("commit_total")?,
        best_case: r.try_get("best_case")?,
        weighted: r.try_get("weighted")?,
        run_rate: r.try_get("run_rate")?,
        blended: r.try_get("blended")?,
        pipeline: r.try_get("pipeline")?,
        quota: r.try_get("quota")?,
    })
}

impl Db {
    pub async fn alert_overrides(
        &self,
        guild_id: &GuildId,
    ) -> Result<Vec<RuleOverride>, StoreError> {
        let rows = sqlx::query(
            "SELECT rule, enabled, threshold, days FROM alert_settings WHERE guild_id = $1 ORDER BY rule",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RuleOverride {
                    rule: super::closed_key(r, "rule")?,
                    enabled: crate::store::flag(r, "enabled")?,
                    threshold: r.try_get("threshold")?,
                    days: r.try_get("days")?,
                })
            })
            .collect()
    }

    pub async fn save_alert_override(
        &self,
        guild_id: &GuildId,
        o: &RuleOverride,
        by: MemberId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO alert_settings (guild_id, rule, enabled, threshold, days, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (guild_id, rule) DO UPDATE SET enabled = excluded.enabled,
                 threshold = excluded.threshold, days = excluded.days,
                 updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(guild_id)
        .bind(o.rule.key())
        .bind(i64::from(o.enabled))
        .bind(o.threshold)
        .bind(o.days)
        .bind(by)
        .bind(timestamp(now))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// Records one check's findings in one transaction and returns which candidates
    /// are to be sent, with why and their alert numbers. Open alerts of the checked
    /// rules that were not found this time are marked resolved.
    ///
    /// Writes only what changed: an open alert found again and not sent again is left
    /// as it was last sent, so a daily check of a steady pipeline reads one list and
    /// writes next to nothing.
    pub async fn record_alert_check(
        &self,
        guild_id: &GuildId,
        found: &[Candidate],
        checked_rules: &[Rule],
        decide: impl Fn(&Candidate, Option<&AlertState>) -> Decision,
        now: DateTime<Utc>,
    ) -> Result<Vec<(AlertNumber, Decision)>, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let open = open_alerts_in(&mut tx, guild_id).await?;
        let mut still_open: HashSet<AlertId> = HashSet::new();
        let mut out = Vec::with_capacity(found.len());
        for c in found {
            let key = AlertKey::of(c);
            // An open alert, or a resolved one coming back, or none yet.
            let existing = match open.get(&key) {
                Some(known) => Some(known.clone()),
                None => closed_alert(&mut tx, guild_id, &key).await?,
            };
            let decision = decide(c, existing.as_ref().map(|k| &k.state));
            let number = match existing {
                Some(known) => {
                    still_open.insert(known.id);
                    see_again(&mut tx, known.id, c, decision, now).await?;
                    known.number
                }
                None => open_alert(&mut tx, guild_id, &key, c, now).await?,
            };
            out.push((number, decision));
        }
        // Whatever a checked rule did not find this time is resolved.
        let resolved: Vec<AlertId> = open
            .iter()
            .filter(|(key, known)| {
                checked_rules.iter().any(|r| r.key() == key.rule) && !still_open.contains(&known.id)
            })
            .map(|(_, known)| known.id)
            .collect();
        if !resolved.is_empty() {
            let ids: Vec<i64> = resolved.into_iter().map(i64::from).collect();
            sqlx::query(self.either(
                "UPDATE alerts SET open = 0 WHERE id IN (SELECT value FROM json_each($1))",
                "UPDATE alerts SET open = 0
                 WHERE id IN (SELECT value::bigint FROM json_array_elements_text($1::json))",
            ))
            .bind(super::json_list(&ids)?)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Closes a rule's open alerts (the rule was turned off); returns how many.
    pub async fn close_alerts_of(
        &self,
        guild_id: &GuildId,
        rule: crate::core::alerts::Rule,
    ) -> Result<u64, StoreError> {
        Ok(
            sqlx::query(
                "UPDATE alerts SET open = 0 WHERE guild_id = $1 AND rule = $2 AND open = 1",
            )
            .bind(guild_id)
            .bind(rule.key())
            .execute(&self.write)
            .await?
            .rows_affected(),
        )
    }

    /// Open alerts, newest first.
    pub async fn open_alerts(&self, guild_id: &GuildId) -> Result<Vec<OpenAlert>, StoreError> {
        let rows = sqlx::query(
            "SELECT number, rule, subject, period_key, finding, first_seen_at, last_sent_at, times_sent, snoozed_until
             FROM alerts WHERE guild_id = $1 AND open = 1 ORDER BY number DESC",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OpenAlert {
                    number: r.try_get("number")?,
                    rule: super::closed_key(r, "rule")?,
                    subject: r.try_get("subject")?,
                    period_key: r.try_get("period_key")?,
                    finding: read_finding(&r.try_get::<String, _>("finding")?)?,
                    first_seen_at: parse_timestamp(&r.try_get::<String, _>("first_seen_at")?)?,
                    last_sent_at: optional_timestamp(r.try_get("last_sent_at")?)?,
                    times_sent: r.try_get("times_sent")?,
                    snoozed_until: optional_timestamp(r.try_get("snoozed_until")?)?,
                })
            })
            .collect()
    }

    /// Snoozes an alert; returns what it found, or None when there is no such alert.
    pub async fn snooze_alert(
        &self,
        guild_id: &GuildId,
        number: crate::core::ids::AlertNumber,
        until: DateTime<Utc>,
        by: MemberId,
    ) -> Result<Option<Finding>, StoreError> {
        let kept: Option<String> = sqlx::query_scalar(
            "UPDATE alerts SET snoozed_until = $1, snoozed_by = $2 WHERE guild_id = $3 AND number = $4 RETURNING finding",
        )
        .bind(timestamp(until))
        .bind(by)
        .bind(guild_id)
        .bind(number)
        .fetch_optional(&self.write)
        .await?;
        kept.as_deref().map(read_finding).transpose()
    }

    /// Stage moves, wins and losses not yet reported, oldest first, and records them
    /// as read: everything since the previous check, whatever the gap; the first time,
    /// everything since `first_since`. Undone changes and imports are left out: a CRM
    /// import is not news.
    pub async fn unreported_deal_changes(
        &self,
        guild_id: &GuildId,
        first_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<DealChange>, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let last: Option<i64> =
            sqlx::query_scalar("SELECT last_audit_id FROM alert_checks WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_optional(&mut *tx)
                .await?;
        let newest: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM deal_audit WHERE guild_id = $1")
                .bind(guild_id)
                .fetch_one(&mut *tx)
                .await?;
        let rows = sqlx::query(
            "SELECT a.id, a.deal_number, a.action, a.before_json, a.after_json, m.display_name
             FROM deal_audit a JOIN deals d ON d.id = a.deal_id JOIN members m ON m.id = d.owner_id
             WHERE a.guild_id = $1 AND a.id <= $2 AND a.undone_at IS NULL
               AND a.action IN ('create', 'stage', 'won', 'lost')
               AND (CASE WHEN $3 IS NULL THEN a.at >= $4 ELSE a.id > $3 END)
             ORDER BY a.id",
        )
        .bind(guild_id)
        .bind(newest)
        .bind(last)
        .bind(timestamp(first_since))
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO alert_checks (guild_id, checked_at, last_audit_id) VALUES ($1, $2, $3)
             ON CONFLICT (guild_id) DO UPDATE SET checked_at = excluded.checked_at,
                 last_audit_id = excluded.last_audit_id",
        )
        .bind(guild_id)
        .bind(timestamp(now))
        .bind(newest)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        rows.into_iter()
            .map(|r| {
                Ok(DealChange {
                    audit_id: r.try_get("id")?,
                    deal_number: r.try_get("deal_number")?,
                    action: super::closed_key(&r, "action")?,
                    before: state(r.try_get("before_json")?)?,
                    after: state(r.try_get("after_json")?)?,
                    owner_name: r.try_get("display_name")?,
                })
            })
            .collect()
    }

    /// Claims a day's snapshots for a guild: true for the first caller only.
    pub async fn claim_snapshot_day(
        &self,
        guild_id: &GuildId,
        day: NaiveDate,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO snapshot_days (guild_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(guild_id)
        .bind(day.to_string())
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Stores one day's snapshots of a period, all or nothing.
    pub async fn save_snapshots(
        &self,
        guild_id: &GuildId,
        period_kind: QuotaPeriod,
        period_start: NaiveDate,
        snapshots: &[Snapshot],
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        for s in snapshots {
            sqlx::query(
                "INSERT INTO forecast_snapshots (guild_id, subject, period_kind, period_start, day, currency,
                     closed_won, commit_total, best_case, weighted, run_rate, blended, pipeline, quota)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                 ON CONFLICT DO NOTHING",
            )
            .bind(guild_id)
            .bind(&s.subject)
            .bind(period_kind.key())
            .bind(period_start.to_string())
            .bind(s.day.to_string())
            .bind(&s.currency)
            .bind(s.closed_won)
            .bind(s.commit)
            .bind(s.best_case)
            .bind(s.weighted)
            .bind(s.run_rate)
            .bind(s.blended)
            .bind(s.pipeline)
            .bind(s.quota)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A subject's snapshots of one period, oldest first, up to and including `until`.
    pub async fn snapshots(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
        period_kind: QuotaPeriod,
        period_start: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<Snapshot>, StoreError> {
        let rows = sqlx::query(
            "SELECT subject, day, currency, closed_won, commit_total, best_case, weighted, run_rate, blended,
                    pipeline, quota
             FROM forecast_snapshots
             WHERE guild_id = $1 AND subject = $2 AND period_kind = $3 AND period_start = $4 AND day <= $5
             ORDER BY day",
        )
        .bind(guild_id)
        .bind(subject.key())
        .bind(period_kind.key())
        .bind(period_start.to_string())
        .bind(until.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(snapshot_from_row).collect()
    }

    /// Every subject's latest snapshot of a period taken before `day`.
    pub async fn snapshots_before(
        &self,
        guild_id: &GuildId,
        period_kind: QuotaPeriod,
        period_start: NaiveDate,
        day: NaiveDate,
    ) -> Result<Vec<Snapshot>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.subject, s.day, s.currency, s.closed_won, s.commit_total, s.best_case, s.weighted,
                    s.run_rate, s.blended, s.pipeline, s.quota
             FROM forecast_snapshots s
             WHERE s.guild_id = $1 AND s.period_kind = $2 AND s.period_start = $3
               AND s.day = (SELECT MAX(day) FROM forecast_snapshots
                            WHERE guild_id = $1 AND period_kind = $2 AND period_start = $3 AND day < $4)",
        )
        .bind(guild_id)
        .bind(period_kind.key())
        .bind(period_start.to_string())
        .bind(day.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(snapshot_from_row).collect()
    }

    /// Ids of every guild Dealbell knows.
    pub async fn guild_ids(&self) -> Result<Vec<GuildId>, StoreError> {
        Ok(sqlx::query_scalar("SELECT id FROM guilds ORDER BY id")
            .fetch_all(&self.read)
            .await?)
    }
}

/// What identifies an alert: its rule, subject and period, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct AlertKey {
    rule: String,
    subject: String,
    period_key: String,
}

impl AlertKey {
    fn of(c: &Candidate) -> AlertKey {
        AlertKey {
            rule: c.rule.key().to_string(),
            subject: c.subject.clone(),
            period_key: c.period_key.clone(),
        }
    }
}

/// An alert already stored: its row, its number, and where it stands.
#[derive(Debug, Clone)]
struct KnownAlert {
    id: AlertId,
    number: AlertNumber,
    state: AlertState,
}

fn known_alert(r: &SqlRow, open: bool) -> Result<KnownAlert, StoreError> {
    Ok(KnownAlert {
        id: r.try_get("id")?,
        number: r.try_get("number")?,
        state: AlertState {
            open,
            sent_measure: r.try_get("sent_measure")?,
            snoozed_until: optional_timestamp(r.try_get("snoozed_until")?)?,
        },
    })
}

/// Every open alert of a guild, by what identifies it.
async fn open_alerts_in(
    tx: &mut WriteTx,
    guild_id: &GuildId,
) -> Result<HashMap<AlertKey, KnownAlert>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, number, rule, subject, period_key, sent_measure, snoozed_until
         FROM alerts WHERE guild_id = $1 AND open = 1",
    )
    .bind(guild_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            let key = AlertKey {
                rule: r.try_get("rule")?,
                subject: r.try_get("subject")?,
                period_key: r.try_get("period_key")?,
            };
            Ok((key, known_alert(r, true)?))
        })
        .collect()
}

/// A resolved alert with this key, coming back.
async fn closed_alert(
    tx: &mut WriteTx,
    guild_id: &GuildId,
    key: &AlertKey,
) -> Result<Option<KnownAlert>, StoreError> {
    let row = sqlx::query(
        "SELECT id, number, sent_measure, snoozed_until FROM alerts
         WHERE guild_id = $1 AND rule = $2 AND subject = $3 AND period_key = $4",
    )
    .bind(guild_id)
    .bind(&key.rule)
    .bind(&key.subject)
    .bind(&key.period_key)
    .fetch_optional(&mut **tx)
    .await?;
    row.as_ref().map(|r| known_alert(r, false)).transpose()
}

/// An alert found again: open, with today's measure and words (kept even when nothing
/// is sent, so an open alert reads with the figures of the last check).
async fn see_again(
    tx: &mut WriteTx,
    id: AlertId,
    c: &Candidate,
    decision: Decision,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let sent = decision != Decision::Quiet;
    let seen_at = timestamp(now);
    sqlx::query(
        "UPDATE alerts SET open = 1, measure = $1, finding = $2, last_seen_at = $3,
             sent_measure = CASE WHEN $4 THEN $5 ELSE sent_measure END,
             last_sent_at = CASE WHEN $6 THEN $7 ELSE last_sent_at END,
             times_sent = times_sent + $8
         WHERE id = $9",
    )
    .bind(c.measure)
    .bind(kept_finding(&c.finding)?)
    .bind(&seen_at)
    .bind(sent)
    .bind(c.measure)
    .bind(sent)
    .bind(&seen_at)
    .bind(i64::from(sent))
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A new alert, numbered after the guild's last.
async fn open_alert(
    tx: &mut WriteTx,
    guild_id: &GuildId,
    key: &AlertKey,
    c: &Candidate,
    now: DateTime<Utc>,
) -> Result<AlertNumber, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO alerts (guild_id, number, rule, subject, period_key, open, measure,
             sent_measure, finding, first_seen_at, last_seen_at, last_sent_at, times_sent)
         VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM alerts WHERE guild_id = $1),
             $2, $3, $4, 1, $5, $5, $6, $7, $7, $7, 1)
         RETURNING number",
    )
    .bind(guild_id)
    .bind(&key.rule)
    .bind(&key.subject)
    .bind(&key.period_key)
    .bind(c.measure)
    .bind(kept_finding(&c.finding)?)
    .bind(timestamp(now))
    .fetch_one(&mut **tx)
    .await?)
}

/// A finding as the `finding` column keeps it (JSON).
pub(super) fn kept_finding(finding: &Finding) -> Result<String, StoreError> {
    serde_json::to_string(finding).map_err(|e| StoreError::Corrupt(format!("alert finding: {e}")))
}

/// A finding read back from the `finding` column.
pub(super) fn read_finding(kept: &str) -> Result<Finding, StoreError> {
    serde_json::from_str(kept).map_err(|e| StoreError::Corrupt(format!("alert finding: {e}")))
}
