-- Closed deals summed per guild, calendar month, owner, outcome and currency, beside the
-- per-day sums and kept the same way (triggers in the same transaction as every change to
-- a deal). A board over whole months reads one row per rep per month instead of one per
-- rep per day: a year board over 1,000 reps reads 12,000 rows, not 365,000.
CREATE TABLE closed_deal_months (
    guild_id      TEXT NOT NULL,
    month         TEXT NOT NULL,             -- local month, YYYY-MM
    owner_id      INTEGER NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('won', 'lost')),
    currency      TEXT NOT NULL,             -- what the deals count in; '' without an amount
    deals         INTEGER NOT NULL,
    amount_minor  INTEGER NOT NULL,          -- their counted amounts, in `currency`
    PRIMARY KEY (guild_id, month, owner_id, outcome, currency)
) WITHOUT ROWID;

INSERT INTO closed_deal_months (guild_id, month, owner_id, outcome, currency, deals, amount_minor)
SELECT guild_id, substr(closed_on, 1, 7), owner_id, outcome, currency, SUM(deals), SUM(amount_minor)
FROM closed_deal_days
GROUP BY guild_id, substr(closed_on, 1, 7), owner_id, outcome, currency;

-- A big import pauses the row-by-row upkeep of its guild's sums (both tables) and
-- rebuilds them once from the deals, in the same transaction: a million-row import
-- otherwise spends most of its time in these triggers. A row here exists only inside
-- such a transaction.
CREATE TABLE closed_deal_sums_paused (
    guild_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- The per-day triggers learn the pause too.
DROP TRIGGER closed_deal_days_insert;
DROP TRIGGER closed_deal_days_delete;
DROP TRIGGER closed_deal_days_update_old;
DROP TRIGGER closed_deal_days_update_new;

CREATE TRIGGER closed_deal_days_insert AFTER INSERT ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = NEW.guild_id)
BEGIN
    INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, NEW.closed_on, NEW.owner_id, NEW.outcome, COALESCE(NEW.counted_currency, ''), 1,
            COALESCE(NEW.counted_minor, 0))
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

CREATE TRIGGER closed_deal_days_delete AFTER DELETE ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = OLD.guild_id)
BEGIN
    UPDATE closed_deal_days
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.counted_minor, 0)
    WHERE guild_id = OLD.guild_id AND closed_on = OLD.closed_on AND owner_id = OLD.owner_id
      AND outcome = OLD.outcome AND currency = COALESCE(OLD.counted_currency, '');
END;

CREATE TRIGGER closed_deal_days_update_old AFTER UPDATE OF outcome, closed_on, owner_id, counted_currency, counted_minor ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = OLD.guild_id)
BEGIN
    UPDATE closed_deal_days
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.counted_minor, 0)
    WHERE guild_id = OLD.guild_id AND closed_on = OLD.closed_on AND owner_id = OLD.owner_id
      AND outcome = OLD.outcome AND currency = COALESCE(OLD.counted_currency, '');
END;

CREATE TRIGGER closed_deal_days_update_new AFTER UPDATE OF outcome, closed_on, owner_id, counted_currency, counted_minor ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = NEW.guild_id)
BEGIN
    INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, NEW.closed_on, NEW.owner_id, NEW.outcome, COALESCE(NEW.counted_currency, ''), 1,
            COALESCE(NEW.counted_minor, 0))
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

CREATE TRIGGER closed_deal_months_insert AFTER INSERT ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = NEW.guild_id)
BEGIN
    INSERT INTO closed_deal_months (guild_id, month, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, substr(NEW.closed_on, 1, 7), NEW.owner_id, NEW.outcome,
            COALESCE(NEW.counted_currency, ''), 1, COALESCE(NEW.counted_minor, 0))
    ON CONFLICT (guild_id, month, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

CREATE TRIGGER closed_deal_months_delete AFTER DELETE ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = OLD.guild_id)
BEGIN
    UPDATE closed_deal_months
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.counted_minor, 0)
    WHERE guild_id = OLD.guild_id AND month = substr(OLD.closed_on, 1, 7)
      AND owner_id = OLD.owner_id AND outcome = OLD.outcome
      AND currency = COALESCE(OLD.counted_currency, '');
END;

CREATE TRIGGER closed_deal_months_update_old AFTER UPDATE OF outcome, closed_on, owner_id, counted_currency, counted_minor ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = OLD.guild_id)
BEGIN
    UPDATE closed_deal_months
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.counted_minor, 0)
    WHERE guild_id = OLD.guild_id AND month = substr(OLD.closed_on, 1, 7)
      AND owner_id = OLD.owner_id AND outcome = OLD.outcome
      AND currency = COALESCE(OLD.counted_currency, '');
END;

CREATE TRIGGER closed_deal_months_update_new AFTER UPDATE OF outcome, closed_on, owner_id, counted_currency, counted_minor ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM closed_deal_sums_paused p WHERE p.guild_id = NEW.guild_id)
BEGIN
    INSERT INTO closed_deal_months (guild_id, month, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, substr(NEW.closed_on, 1, 7), NEW.owner_id, NEW.outcome,
            COALESCE(NEW.counted_currency, ''), 1, COALESCE(NEW.counted_minor, 0))
    ON CONFLICT (guild_id, month, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
