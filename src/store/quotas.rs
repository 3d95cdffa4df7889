//! Quotas and the revenue they are measured against.

use super::{Db, StoreError, timestamp};
use crate::core::ids::{GuildId, MemberId, TeamId};
use crate::core::money::{Currency, Money};
use crate::core::quota::{QuotaPeriod, QuotaSubject};
use crate::store::{SqlConnection, SqlRow};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// One quota, read through `conn` (inside a transaction, or from the read pool).
async fn quota_in(
    conn: &mut SqlConnection,
    guild_id: &GuildId,
    subject: QuotaSubject,
    period_kind: QuotaPeriod,
    period_start: NaiveDate,
) -> Result<Option<Money>, StoreError> {
    let row = sqlx::query(
        "SELECT amount_minor, currency FROM quotas
         WHERE guild_id = $1 AND subject_kind = $2 AND subject_id = $3 AND period_kind = $4 AND period_start = $5",
    )
    .bind(guild_id)
    .bind(subject.kind())
    .bind(crate::store::subject_row_id(subject))
    .bind(period_kind.key())
    .bind(period_start.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(quota_money).transpose()
}

/// A quota row's amount: `amount_minor` in `currency`.
fn quota_money(row: &SqlRow) -> Result<Money, StoreError> {
    let code: String = row.try_get("currency")?;
    let currency = Currency::from_code(&code)
        .ok_or_else(|| StoreError::Corrupt(format!("currency {code:?}")))?;
    Ok(Money::new(row.try_get("amount_minor")?, currency))
}

/// One member's quota for one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberQuota {
    pub member: MemberId,
    pub kind: QuotaPeriod,
    /// The first day of its period.
    pub start: NaiveDate,
    pub amount: Money,
}

impl Db {
    /// Sets (or changes) a quota, with its audit row. Returns the amount it replaced.
    #[allow(clippy::too_many_arguments)]
    pub async fn set_quota(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
        period_kind: QuotaPeriod,
        period_start: NaiveDate,
        amount: Money,
        actor_id: MemberId,
        now: DateTime<Utc>,
    ) -> Result<Option<Money>, StoreError> {
        let mut tx = self.begin_guild_write(guild_id).await?;
        let before = quota_in(&mut tx, guild_id, subject, period_kind, period_start).await?;
        let quota_id: i64 = sqlx::query_scalar(
            "INSERT INTO quotas (guild_id, subject_kind, subject_id, period_kind, period_start, amount_minor, currency,
                 updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (guild_id, subject_kind, subject_id, period_kind, period_start)
             DO UPDATE SET amount_minor = excluded.amount_minor, currency = excluded.currency,
                           updated_by = excluded.updated_by, updated_at = excluded.updated_at
             RETURNING id",
        )
        .bind(guild_id)
        .bind(subject.kind())
        .bind(crate::store::subject_row_id(subject))
        .bind(period_kind.key())
        .bind(period_start.to_string())
        .bind(amount.minor)
        .bind(amount.currency.code())
        .bind(actor_id)
        .bind(timestamp(now))
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO quota_audit (guild_id, quota_id, actor_id, before_minor, after_minor, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(guild_id)
        .bind(quota_id)
        .bind(actor_id)
        .bind(before.map(|m| m.minor))
        .bind(amount.minor)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(before)
    }

    pub async fn quota(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
        period_kind: QuotaPeriod,
        period_start: NaiveDate,
    ) -> Result<Option<Money>, StoreError> {
        let mut conn = self.read.acquire().await?;
        quota_in(&mut conn, guild_id, subject, period_kind, period_start).await
    }

    /// A subject's quotas for several periods at once, in one read: (period kind, quota)
    /// for each of `periods` (kind, start) that has one.
    pub async fn quotas_for(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
        periods: &[(QuotaPeriod, NaiveDate)],
    ) -> Result<Vec<(QuotaPeriod, Money)>, StoreError> {
        let wanted: Vec<String> = periods
            .iter()
            .map(|(kind, start)| format!("{}:{start}", kind.key()))
            .collect();
        let wanted = serde_json::to_string(&wanted)
            .map_err(|e| StoreError::Corrupt(format!("periods: {e}")))?;
        let rows = sqlx::query(self.either(
            "SELECT period_kind, amount_minor, currency FROM quotas
             WHERE guild_id = $1 AND subject_kind = $2 AND subject_id = $3
               AND period_kind || ':' || period_start IN (SELECT value FROM json_each($4))",
            "SELECT period_kind, amount_minor, currency FROM quotas
             WHERE guild_id = $1 AND subject_kind = $2 AND subject_id = $3
               AND period_kind || ':' || period_start
                   IN (SELECT value FROM json_array_elements_text($4::json))",
        ))
        .bind(guild_id)
        .bind(subject.kind())
        .bind(crate::store::subject_row_id(subject))
        .bind(wanted)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| Ok((super::closed_key(row, "period_kind")?, quota_money(row)?)))
            .collect()
    }

    /// Every member's quota for one period.
    pub async fn member_quotas(
        &self,
        guild_id: &GuildId,
        period_kind: QuotaPeriod,
        period_start: NaiveDate,
    ) -> Result<Vec<(MemberId, Money)>, StoreError> {
        Ok(self
            .member_quotas_between(guild_id, period_start, period_start)
            .await?
            .into_iter()
            .filter(|q| q.kind == period_kind)
            .map(|q| (q.member, q.amount))
            .collect())
    }

    /// Every member's quotas whose periods start in `[from, to]`.
    pub async fn member_quotas_between(
        &self,
        guild_id: &GuildId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<MemberQuota>, StoreError> {
        let rows = sqlx::query(
            "SELECT subject_id, period_kind, period_start, amount_minor, currency FROM quotas
             WHERE guild_id = $1 AND subject_kind = 'member' AND period_start >= $2 AND period_start <= $3",
        )
        .bind(guild_id)
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(MemberQuota {
                    member: r.try_get("subject_id")?,
                    kind: super::closed_key(r, "period_kind")?,
                    start: super::parse_date(&r.try_get::<String, _>("period_start")?)?,
                    amount: quota_money(r)?,
                })
            })
            .collect()
    }

    /// In one read: revenue won in [start, end) in `currency` by a member, a team's
    /// members, or everyone, and how many deals they won in other currencies (counted
    /// apart, never added to revenue).
    pub async fn won_by(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
        start: NaiveDate,
        end: NaiveDate,
        currency: Currency,
    ) -> Result<(i64, i64), StoreError> {
        Ok(sqlx::query_as(
            "SELECT CAST(COALESCE(SUM(CASE WHEN d.counted_currency = $4 THEN d.counted_minor ELSE 0 END), 0) AS BIGINT),
                    CAST(COALESCE(SUM(CASE WHEN d.counted_currency <> $4 THEN 1 ELSE 0 END), 0) AS BIGINT)
             FROM deals d
             WHERE d.guild_id = $1 AND d.outcome = 'won' AND d.closed_on >= $2 AND d.closed_on < $3
               AND ($5 = 'everyone'
                    OR ($5 = 'member' AND d.owner_id = $6)
                    OR ($5 = 'team' AND d.owner_id IN (SELECT member_id FROM team_members WHERE team_id = $6)))",
        )
        .bind(guild_id)
        .bind(start.to_string())
        .bind(end.to_string())
        .bind(currency.code())
        .bind(subject.kind())
        .bind(crate::store::subject_row_id(subject))
        .fetch_one(&self.read)
        .await?)
    }

    /// A team by name (ignoring case): (id, name).
    pub async fn team_by_name(
        &self,
        guild_id: &GuildId,
        name: &str,
    ) -> Result<Option<(TeamId, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT id, name FROM teams WHERE guild_id = $1 AND lower(name) = lower($2)",
        )
        .bind(guild_id)
        .bind(name.trim())
        .fetch_optional(&self.read)
        .await?;
        Ok(row
            .map(|r| Ok::<_, sqlx::Error>((r.try_get("id")?, r.try_get("name")?)))
            .transpose()?)
    }

    /// Team names containing `typed`.
    pub async fn suggest_teams(
        &self,
        guild_id: &GuildId,
        typed: &str,
    ) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT name FROM teams WHERE guild_id = $1 AND lower(name) LIKE '%' || lower($2) || '%' ORDER BY name LIMIT 25",
        )
        .bind(guild_id)
        .bind(typed)
        .fetch_all(&self.read)
        .await?)
    }

    /// Whether two members share a team.
    pub async fn share_a_team(
        &self,
        guild_id: &GuildId,
        a: MemberId,
        b: MemberId,
    ) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM team_members x JOIN team_members y ON x.team_id = y.team_id
             JOIN teams t ON t.id = x.team_id
             WHERE t.guild_id = $1 AND x.member_id = $2 AND y.member_id = $3",
        )
        .bind(guild_id)
        .bind(a)
        .bind(b)
        .fetch_one(&self.read)
        .await?;
        Ok(n > 0)
    }
}
