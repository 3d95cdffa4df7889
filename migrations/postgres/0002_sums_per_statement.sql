-- The closed-deal sums follow inserted and deleted deals once per statement instead of
-- once per row: a statement that writes 10,000 deals (an import's batch) adds them to
-- the per-day and per-month sums in one grouped write, not 10,000 calls. Same
-- guarantee as before: in the change's own transaction, skipping paused guilds.
-- Updates stay per row (PostgreSQL has no transition tables for `UPDATE OF` columns).

CREATE FUNCTION closed_deal_sums_inserted() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO closed_deal_days AS s (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    SELECT n.guild_id, n.closed_on, n.owner_id, n.outcome, COALESCE(n.counted_currency, ''),
           COUNT(*), CAST(COALESCE(SUM(n.counted_minor), 0) AS BIGINT)
    FROM inserted n
    WHERE n.outcome IN ('won', 'lost') AND n.closed_on IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = n.guild_id)
    GROUP BY n.guild_id, n.closed_on, n.owner_id, n.outcome, COALESCE(n.counted_currency, '')
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = s.deals + excluded.deals, amount_minor = s.amount_minor + excluded.amount_minor;
    INSERT INTO closed_deal_months AS s (guild_id, month, owner_id, outcome, currency, deals, amount_minor)
    SELECT n.guild_id, substr(n.closed_on, 1, 7), n.owner_id, n.outcome, COALESCE(n.counted_currency, ''),
           COUNT(*), CAST(COALESCE(SUM(n.counted_minor), 0) AS BIGINT)
    FROM inserted n
    WHERE n.outcome IN ('won', 'lost') AND n.closed_on IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = n.guild_id)
    GROUP BY n.guild_id, substr(n.closed_on, 1, 7), n.owner_id, n.outcome, COALESCE(n.counted_currency, '')
    ON CONFLICT (guild_id, month, owner_id, outcome, currency)
    DO UPDATE SET deals = s.deals + excluded.deals, amount_minor = s.amount_minor + excluded.amount_minor;
    RETURN NULL;
END
$$;

CREATE FUNCTION closed_deal_sums_deleted() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    UPDATE closed_deal_days s
    SET deals = s.deals - gone.deals, amount_minor = s.amount_minor - gone.amount_minor
    FROM (
        SELECT o.guild_id, o.closed_on, o.owner_id, o.outcome, COALESCE(o.counted_currency, '') AS currency,
               COUNT(*) AS deals, CAST(COALESCE(SUM(o.counted_minor), 0) AS BIGINT) AS amount_minor
        FROM removed o
        WHERE o.outcome IN ('won', 'lost') AND o.closed_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = o.guild_id)
        GROUP BY o.guild_id, o.closed_on, o.owner_id, o.outcome, COALESCE(o.counted_currency, '')
    ) gone
    WHERE s.guild_id = gone.guild_id AND s.closed_on = gone.closed_on AND s.owner_id = gone.owner_id
      AND s.outcome = gone.outcome AND s.currency = gone.currency;
    UPDATE closed_deal_months s
    SET deals = s.deals - gone.deals, amount_minor = s.amount_minor - gone.amount_minor
    FROM (
        SELECT o.guild_id, substr(o.closed_on, 1, 7) AS month, o.owner_id, o.outcome,
               COALESCE(o.counted_currency, '') AS currency,
               COUNT(*) AS deals, CAST(COALESCE(SUM(o.counted_minor), 0) AS BIGINT) AS amount_minor
        FROM removed o
        WHERE o.outcome IN ('won', 'lost') AND o.closed_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = o.guild_id)
        GROUP BY o.guild_id, substr(o.closed_on, 1, 7), o.owner_id, o.outcome, COALESCE(o.counted_currency, '')
    ) gone
    WHERE s.guild_id = gone.guild_id AND s.month = gone.month AND s.owner_id = gone.owner_id
      AND s.outcome = gone.outcome AND s.currency = gone.currency;
    RETURN NULL;
END
$$;

DROP TRIGGER closed_deal_sums_insert ON deals;
DROP TRIGGER closed_deal_sums_delete ON deals;
CREATE TRIGGER closed_deal_sums_insert AFTER INSERT ON deals
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION closed_deal_sums_inserted();
CREATE TRIGGER closed_deal_sums_delete AFTER DELETE ON deals
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION closed_deal_sums_deleted();
