-- A win's announcement row is written by the store itself now, in the transaction that
-- writes the win (`write_down_win_announcement` in src/store/outbox.rs, called from
-- src/store/deals/writes.rs), so the code that saves a win says that it does. The
-- triggers that did it unseen go; what they wrote stays as it was.
DROP TRIGGER IF EXISTS outbox_win_on_insert;
DROP TRIGGER IF EXISTS outbox_win_on_update;

-- A rep's win days (for the streak a win extends) are read from the index alone, each
-- day once, instead of every win's row.
CREATE INDEX deals_by_owner_day ON deals (guild_id, owner_id, outcome, closed_on);
DROP INDEX deals_by_owner;
