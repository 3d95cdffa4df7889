-- Wins in another currency count once a manager sets a rate: a team's rates, each from
-- a day on (history kept), and with every deal the amount it counts for in the team's
-- revenue. A deal in the team's currency counts as it is; one in another currency
-- counts converted at the rate of its close day (`rate_micros` set), or, without a rate
-- then, in its own currency (left out of the team's revenue, and said so).
CREATE TABLE exchange_rates (
    guild_id   TEXT NOT NULL REFERENCES guilds(id),
    currency   TEXT NOT NULL,          -- the other currency
    into_currency TEXT NOT NULL,       -- the team's currency when the rate was set
    valid_from TEXT NOT NULL,          -- local date it counts from
    micros     INTEGER NOT NULL CHECK (micros > 0),   -- one unit of currency in into_currency, millionths
    set_by     INTEGER REFERENCES members(id),
    set_at     TEXT NOT NULL,
    PRIMARY KEY (guild_id, currency, into_currency, valid_from)
);

ALTER TABLE deals ADD COLUMN counted_minor INTEGER;
ALTER TABLE deals ADD COLUMN counted_currency TEXT;
ALTER TABLE deals ADD COLUMN rate_micros INTEGER;
UPDATE deals SET counted_minor = amount_minor, counted_currency = currency WHERE amount_minor IS NOT NULL;

-- The per-day sums add up the counted amounts, by the currency they count in.
DROP TRIGGER closed_deal_days_insert;
DROP TRIGGER closed_deal_days_delete;
DROP TRIGGER closed_deal_days_update_old;
DROP TRIGGER closed_deal_days_update_new;
DROP TABLE closed_deal_days;
CREATE TABLE closed_deal_days (
    guild_id      TEXT NOT NULL,
    closed_on     TEXT NOT NULL,             -- local date, YYYY-MM-DD
    owner_id      INTEGER NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('won', 'lost')),
    currency      TEXT NOT NULL,             -- what the deals count in; '' without an amount
    deals         INTEGER NOT NULL,
    amount_minor  INTEGER NOT NULL,          -- their counted amounts, in `currency`
    PRIMARY KEY (guild_id, closed_on, owner_id, outcome, currency)
) WITHOUT ROWID;

INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
SELECT guild_id, closed_on, owner_id, outcome, COALESCE(counted_currency, ''), COUNT(*), COALESCE(SUM(counted_minor), 0)
FROM deals
WHERE outcome IN ('won', 'lost') AND closed_on IS NOT NULL
GROUP BY guild_id, closed_on, owner_id, outcome, COALESCE(counted_currency, '');

CREATE TRIGGER closed_deal_days_insert AFTER INSERT ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
BEGIN
    INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, NEW.closed_on, NEW.owner_id, NEW.outcome, COALESCE(NEW.counted_currency, ''), 1,
            COALESCE(NEW.counted_minor, 0))
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

CREATE TRIGGER closed_deal_days_delete AFTER DELETE ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
BEGIN
    UPDATE closed_deal_days
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.counted_minor, 0)
    WHERE guild_id = OLD.guild_id AND closed_on = OLD.closed_on AND owner_id = OLD.owner_id
      AND outcome = OLD.outcome AND currency = COALESCE(OLD.counted_currency, '');
END;

CREATE TRIGGER closed_deal_days_update_old AFTER UPDATE OF outcome, closed_on, owner_id, counted_currency, counted_minor ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
BEGIN
    UPDATE closed_deal_days
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.counted_minor, 0)
    WHERE guild_id = OLD.guild_id AND closed_on = OLD.closed_on AND owner_id = OLD.owner_id
      AND outcome = OLD.outcome AND currency = COALESCE(OLD.counted_currency, '');
END;

CREATE TRIGGER closed_deal_days_update_new AFTER UPDATE OF outcome, closed_on, owner_id, counted_currency, counted_minor ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
BEGIN
    INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, NEW.closed_on, NEW.owner_id, NEW.outcome, COALESCE(NEW.counted_currency, ''), 1,
            COALESCE(NEW.counted_minor, 0))
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

DROP INDEX deals_closed;
CREATE INDEX deals_closed ON deals (guild_id, outcome, closed_on, owner_id, counted_currency, counted_minor);
DROP INDEX deals_by_size;
CREATE INDEX deals_by_size ON deals (guild_id, outcome, counted_currency, counted_minor);
