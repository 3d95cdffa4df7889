//! Reading deals: by number, lists, totals, suggestions and the audit trail.

use super::*;
use crate::core::deal::Deal;
use crate::core::ids::DealNumber;
use crate::core::ids::GuildId;
use crate::core::ids::MemberId;
use crate::core::money::Currency;
use crate::core::period::MonthSplit;
use crate::core::quota::QuotaSubject;
use crate::store::{Db, StoreError, timestamp};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

impl Db {
    pub async fn deal_by_number(
        &self,
        guild_id: &GuildId,
        number: DealNumber,
    ) -> Result<Option<Deal>, StoreError> {
        let row = sqlx::query(select_deals!("WHERE d.guild_id = $1 AND d.number = $2"))
            .bind(guild_id)
            .bind(number)
            .fetch_optional(&self.read)
            .await?;
        row.as_ref().map(deal_from_row).transpose()
    }

    /// Deals matching `filter`, open ones first (soonest expected close first), then
    /// closed ones (latest first). Fetches one more than the limit so callers can say
    /// "and more".
    pub async fn list_deals(
        &self,
        guild_id: &GuildId,
        filter: &DealFilter,
    ) -> Result<Vec<Deal>, StoreError> {
        let (from, to) = match filter.dated_between {
            Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
            None => (None, None),
        };
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = $1
               AND ($2 IS NULL OR d.owner_id = $2)
               AND ($3 IS NULL OR d.stage = $3)
               AND ($4 = 'all' OR ($4 = 'closed' AND d.outcome != 'open') OR d.outcome = $4)
               AND ($5 IS NULL OR (COALESCE(d.closed_on, d.expected_close, d.opened_on) >= $5
                                   AND COALESCE(d.closed_on, d.expected_close, d.opened_on) < $6))
             ORDER BY d.outcome != 'open',
                      CASE WHEN d.outcome = 'open' THEN COALESCE(d.expected_close, '9999') END,
                      d.closed_on DESC, d.number DESC
             LIMIT $7"
        ))
        .bind(guild_id)
        .bind(filter.owner_id)
        .bind(&filter.stage)
        .bind(filter.outcome.key())
        .bind(from)
        .bind(to)
        .bind(i64::from(filter.limit) + 1)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// The caller's most recent change to a deal that can still be undone: made at or
    /// after `since`, not itself an undo or an import, and not undone yet.
    pub async fn last_undoable_change(
        &self,
        guild_id: &GuildId,
        actor_id: MemberId,
        since: DateTime<Utc>,
    ) -> Result<Option<AuditEntry>, StoreError> {
        let row = sqlx::query(
            "SELECT id, actor_id, deal_id, deal_number, action, before_json, after_json, version_after, at
             FROM deal_audit
             WHERE guild_id = $1 AND actor_id = $2 AND undone_at IS NULL AND action NOT IN ('undo', 'import', 'convert')
               AND at >= $3
             ORDER BY id DESC LIMIT 1",
        )
        .bind(guild_id)
        .bind(actor_id)
        .bind(timestamp(since))
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(audit_from_row).transpose()
    }

    pub async fn audit_entry(
        &self,
        guild_id: &GuildId,
        audit_id: crate::core::ids::AuditId,
    ) -> Result<Option<AuditEntry>, StoreError> {
        let row = sqlx::query(
            "SELECT id, actor_id, deal_id, deal_number, action, before_json, after_json, version_after, at
             FROM deal_audit WHERE guild_id = $1 AND id = $2 AND undone_at IS NULL",
        )
        .bind(guild_id)
        .bind(audit_id)
        .fetch_optional(&self.read)
        .await?;
        row.as_ref().map(audit_from_row).transpose()
    }

    /// Closed deals per rep with close dates in [start, end): wins, losses, and won
    /// revenue in the team's currency. Read from the precomputed sums: per month
    /// (`closed_deal_months`) for the whole months inside the range, per day
    /// (`closed_deal_days`) for the days before and after them. A year board so reads
    /// 12 rows per rep, a week board 7: the cost follows the reps shown, not the deals
    /// or the days.
    pub async fn won_totals(
        &self,
        guild_id: &GuildId,
        start: NaiveDate,
        end: NaiveDate,
        currency: Currency,
    ) -> Result<Vec<WonTotal>, StoreError> {
        let split = MonthSplit::of(start, end);
        let rows = sqlx::query(
            "WITH sums AS (
                 SELECT owner_id, outcome, currency, deals, amount_minor FROM closed_deal_days
                 WHERE guild_id = $1 AND closed_on >= $2 AND closed_on < $3
                 UNION ALL
                 SELECT owner_id, outcome, currency, deals, amount_minor FROM closed_deal_months
                 WHERE guild_id = $1 AND month >= $4 AND month < $5
                 UNION ALL
                 SELECT owner_id, outcome, currency, deals, amount_minor FROM closed_deal_days
                 WHERE guild_id = $1 AND closed_on >= $6 AND closed_on < $7
             ),
             per_rep AS (
                 SELECT owner_id,
                        CAST(SUM(CASE WHEN outcome = 'won' AND currency = $8 THEN amount_minor ELSE 0 END) AS BIGINT) AS revenue,
                        CAST(SUM(CASE WHEN outcome = 'won' THEN deals ELSE 0 END) AS BIGINT) AS won,
                        CAST(SUM(CASE WHEN outcome = 'won' AND currency = $8 THEN deals ELSE 0 END) AS BIGINT) AS won_in_currency,
                        CAST(SUM(CASE WHEN outcome = 'lost' THEN deals ELSE 0 END) AS BIGINT) AS lost
                 FROM sums GROUP BY owner_id HAVING SUM(deals) > 0
             )
             SELECT p.*, m.display_name FROM per_rep p JOIN members m ON m.id = p.owner_id",
        )
        .bind(guild_id)
        .bind(split.head.0.to_string())
        .bind(split.head.1.to_string())
        .bind(month_key(split.months.0))
        .bind(month_key(split.months.1))
        .bind(split.tail.0.to_string())
        .bind(split.tail.1.to_string())
        .bind(currency.code())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let won: i64 = r.try_get("won")?;
                let won_in_currency: i64 = r.try_get("won_in_currency")?;
                Ok(WonTotal {
                    member_id: r.try_get("owner_id")?,
                    name: r.try_get("display_name")?,
                    revenue: r.try_get("revenue")?,
                    won,
                    won_in_currency,
                    other_currency: won - won_in_currency,
                    lost: r.try_get("lost")?,
                })
            })
            .collect()
    }

    /// Every product name used in the guild's deals, with how many deals use it.
    pub async fn product_names(
        &self,
        guild_id: &GuildId,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT product, COUNT(*) AS n FROM deals WHERE guild_id = $1 AND product IS NOT NULL GROUP BY product",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("product")?, r.try_get::<i64, _>("n")? as u64)))
            .collect()
    }

    /// Open deals for suggestions: the owner's (or everyone's), matching what was typed
    /// by number or customer, newest first.
    pub async fn suggest_open_deals(
        &self,
        guild_id: &GuildId,
        owner_id: Option<MemberId>,
        typed: &str,
    ) -> Result<Vec<Deal>, StoreError> {
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = $1 AND d.outcome = 'open' AND ($2 IS NULL OR d.owner_id = $2)
               AND (CAST(d.number AS TEXT) LIKE $3 || '%' OR lower(d.customer) LIKE '%' || lower($3) || '%')
             ORDER BY d.number DESC LIMIT 25"
        ))
        .bind(guild_id)
        .bind(owner_id)
        .bind(typed)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// Open deals of a member, a team's members, or everyone.
    pub async fn open_deals(
        &self,
        guild_id: &GuildId,
        subject: QuotaSubject,
    ) -> Result<Vec<Deal>, StoreError> {
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = $1 AND d.outcome = 'open'
               AND ($2 = 'everyone'
                    OR ($2 = 'member' AND d.owner_id = $3)
                    OR ($2 = 'team' AND d.owner_id IN (SELECT member_id FROM team_members WHERE team_id = $3)))
             ORDER BY d.number"
        ))
        .bind(guild_id)
        .bind(subject.kind())
        .bind(crate::store::subject_row_id(subject))
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// Customer names in the team's deals that contain `typed`.
    pub async fn suggest_customers(
        &self,
        guild_id: &GuildId,
        typed: &str,
    ) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT customer FROM deals WHERE guild_id = $1 AND lower(customer) LIKE '%' || lower($2) || '%'
             GROUP BY customer ORDER BY COUNT(*) DESC, customer LIMIT 25",
        )
        .bind(guild_id)
        .bind(typed)
        .fetch_all(&self.read)
        .await?)
    }

    /// Every deal of a guild (or of one owner), by number: what an export writes.
    pub async fn all_deals(
        &self,
        guild_id: &GuildId,
        owner: Option<MemberId>,
    ) -> Result<Vec<Deal>, StoreError> {
        let rows = sqlx::query(select_deals!(
            "WHERE d.guild_id = $1 AND ($2 IS NULL OR d.owner_id = $2) ORDER BY d.number"
        ))
        .bind(guild_id)
        .bind(owner)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(deal_from_row).collect()
    }

    /// Members in no sales team: (name, linked to a chat user), by name.
    pub async fn members_without_team(
        &self,
        guild_id: &GuildId,
    ) -> Result<Vec<(String, bool)>, StoreError> {
        let rows = sqlx::query(
            "SELECT COALESCE(m.crm_name, m.display_name) AS name, CASE WHEN m.user_id IS NOT NULL THEN 1 ELSE 0 END AS linked
             FROM members m
             WHERE m.guild_id = $1 AND m.id NOT IN (SELECT member_id FROM team_members)
               AND (m.crm_name IS NOT NULL OR m.user_id IS NOT NULL)
             ORDER BY name LIMIT 100",
        )
        .bind(guild_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("name")?, crate::store::flag(r, "linked")?)))
            .collect()
    }

    /// Every audit row of one deal, oldest first.
    pub async fn audit_trail(
        &self,
        guild_id: &GuildId,
        deal_number: DealNumber,
    ) -> Result<Vec<AuditTrailRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.actor_id, a.deal_id, a.deal_number, a.action, a.before_json, a.after_json, a.version_after, a.at,
                    m.display_name AS actor, CASE WHEN a.undone_at IS NOT NULL THEN 1 ELSE 0 END AS undone
             FROM deal_audit a LEFT JOIN members m ON m.id = a.actor_id
             WHERE a.guild_id = $1 AND a.deal_number = $2
             ORDER BY a.id",
        )
        .bind(guild_id)
        .bind(deal_number)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditTrailRow {
                    entry: audit_from_row(r)?,
                    actor: r.try_get("actor")?,
                    undone: crate::store::flag(r, "undone")?,
                })
            })
            .collect()
    }

    /// How many deals a member owns (any outcome).
    pub async fn deal_count_for(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
    ) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM deals WHERE guild_id = $1 AND owner_id = $2")
                .bind(guild_id)
                .bind(member_id)
                .fetch_one(&self.read)
                .await?,
        )
    }

    /// A rep's win days since `since`, each once and in order, with how many wins they
    /// have ever had (0, 1, or 2 for "more") and how many in [week_start, week_end)
    /// (likewise up to 2): what the first win, the first of a week and a streak need.
    pub async fn win_days(
        &self,
        guild_id: &GuildId,
        member_id: MemberId,
        since: NaiveDate,
        week: (NaiveDate, NaiveDate),
    ) -> Result<WinDays, StoreError> {
        // One statement, read from the index `deals_by_owner_day`: the days as one JSON
        // array rather than a row each (every row is a hand-off between threads), and
        // the counts only as far as "one, or more".
        let row = sqlx::query(self.either(
            "SELECT json_group_array(closed_on) AS days,
                    (SELECT COUNT(*) FROM (SELECT 1 FROM deals
                      WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won' LIMIT 2)) AS ever,
                    (SELECT COUNT(*) FROM (SELECT 1 FROM deals
                      WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won'
                        AND closed_on >= $4 AND closed_on < $5 LIMIT 2)) AS in_week
             FROM (SELECT DISTINCT closed_on FROM deals INDEXED BY deals_by_owner_day
                   WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won' AND closed_on >= $3
                   ORDER BY closed_on)",
            "SELECT COALESCE(json_agg(closed_on ORDER BY closed_on), '[]')::text AS days,
                    (SELECT COUNT(*) FROM (SELECT 1 FROM deals
                      WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won' LIMIT 2) AS e) AS ever,
                    (SELECT COUNT(*) FROM (SELECT 1 FROM deals
                      WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won'
                        AND closed_on >= $4 AND closed_on < $5 LIMIT 2) AS w) AS in_week
             FROM (SELECT DISTINCT closed_on FROM deals
                   WHERE guild_id = $1 AND owner_id = $2 AND outcome = 'won' AND closed_on >= $3) AS d",
        ))
        .bind(guild_id)
        .bind(member_id)
        .bind(since.to_string())
        .bind(week.0.to_string())
        .bind(week.1.to_string())
        .fetch_one(&self.read)
        .await?;
        let days: Vec<String> = serde_json::from_str(&row.try_get::<String, _>("days")?)
            .map_err(|e| StoreError::Corrupt(format!("win days: {e}")))?;
        Ok(WinDays {
            days: days
                .iter()
                .map(|d| parse_date(d))
                .collect::<Result<Vec<_>, _>>()?,
            ever: row.try_get("ever")?,
            in_week: row.try_get("in_week")?,
        })
    }

    /// Whether a win in `currency` of at least `amount` closed in [start, end), other than
    /// deal `except`. Seeks by size (index `deals_by_size`), so it stops at the first
    /// one it finds instead of reading the whole period.
    pub async fn win_at_least(
        &self,
        guild_id: &GuildId,
        start: NaiveDate,
        end: NaiveDate,
        amount: i64,
        currency: Currency,
        except: DealNumber,
    ) -> Result<bool, StoreError> {
        let found: i64 = sqlx::query_scalar(self.either(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM deals INDEXED BY deals_by_size
             WHERE guild_id = $1 AND outcome = 'won' AND counted_currency = $2 AND counted_minor >= $3
               AND closed_on >= $4 AND closed_on < $5 AND number <> $6) THEN 1 ELSE 0 END",
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM deals
             WHERE guild_id = $1 AND outcome = 'won' AND counted_currency = $2 AND counted_minor >= $3
               AND closed_on >= $4 AND closed_on < $5 AND number <> $6) THEN 1 ELSE 0 END",
        ))
        .bind(guild_id)
        .bind(currency.code())
        .bind(amount)
        .bind(start.to_string())
        .bind(end.to_string())
        .bind(except)
        .fetch_one(&self.read)
        .await?;
        Ok(found != 0)
    }
}

/// A month as `closed_deal_months` keys it: YYYY-MM.
fn month_key(first_day: NaiveDate) -> String {
    first_day.format("%Y-%m").to_string()
}
