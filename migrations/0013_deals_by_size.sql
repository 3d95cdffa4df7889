-- A win's announcement asks "is there a bigger win this month?": seeking by size finds
-- the answer at the first bigger deal instead of reading the whole month.
CREATE INDEX deals_by_size ON deals (guild_id, outcome, currency, amount_minor);
