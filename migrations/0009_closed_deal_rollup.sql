-- Closed deals summed per guild, day, owner, outcome and currency, kept by triggers in
-- the same transaction as every change to a deal (commands, imports, undo, member
-- merges alike). Boards and the win celebration read these sums, so their cost follows
-- the number of reps and days in a period, not the number of deals in it.
CREATE TABLE closed_deal_days (
    guild_id     TEXT NOT NULL,
    closed_on    TEXT NOT NULL,             -- local date, YYYY-MM-DD
    owner_id     INTEGER NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('won', 'lost')),
    currency     TEXT NOT NULL,             -- '' for deals without an amount
    deals        INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (guild_id, closed_on, owner_id, outcome, currency)
) WITHOUT ROWID;

INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
SELECT guild_id, closed_on, owner_id, outcome, COALESCE(currency, ''), COUNT(*), COALESCE(SUM(amount_minor), 0)
FROM deals
WHERE outcome IN ('won', 'lost') AND closed_on IS NOT NULL
GROUP BY guild_id, closed_on, owner_id, outcome, COALESCE(currency, '');

CREATE TRIGGER closed_deal_days_insert AFTER INSERT ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
BEGIN
    INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, NEW.closed_on, NEW.owner_id, NEW.outcome, COALESCE(NEW.currency, ''), 1,
            COALESCE(NEW.amount_minor, 0))
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;

CREATE TRIGGER closed_deal_days_delete AFTER DELETE ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
BEGIN
    UPDATE closed_deal_days
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.amount_minor, 0)
    WHERE guild_id = OLD.guild_id AND closed_on = OLD.closed_on AND owner_id = OLD.owner_id
      AND outcome = OLD.outcome AND currency = COALESCE(OLD.currency, '');
END;

-- An update takes the old row out of its sum and puts the new one in.
CREATE TRIGGER closed_deal_days_update_old AFTER UPDATE OF outcome, closed_on, owner_id, currency, amount_minor ON deals
WHEN OLD.outcome IN ('won', 'lost') AND OLD.closed_on IS NOT NULL
BEGIN
    UPDATE closed_deal_days
    SET deals = deals - 1, amount_minor = amount_minor - COALESCE(OLD.amount_minor, 0)
    WHERE guild_id = OLD.guild_id AND closed_on = OLD.closed_on AND owner_id = OLD.owner_id
      AND outcome = OLD.outcome AND currency = COALESCE(OLD.currency, '');
END;

CREATE TRIGGER closed_deal_days_update_new AFTER UPDATE OF outcome, closed_on, owner_id, currency, amount_minor ON deals
WHEN NEW.outcome IN ('won', 'lost') AND NEW.closed_on IS NOT NULL
BEGIN
    INSERT INTO closed_deal_days (guild_id, closed_on, owner_id, outcome, currency, deals, amount_minor)
    VALUES (NEW.guild_id, NEW.closed_on, NEW.owner_id, NEW.outcome, COALESCE(NEW.currency, ''), 1,
            COALESCE(NEW.amount_minor, 0))
    ON CONFLICT (guild_id, closed_on, owner_id, outcome, currency)
    DO UPDATE SET deals = deals + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
