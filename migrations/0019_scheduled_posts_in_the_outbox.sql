-- Scheduled posts go through the outbox too. A firing's claim and its post are written
-- in one transaction, so a crash after the claim no longer loses the post: the sender
-- sends it after the restart, with its nonce, and reports back to the firing.
ALTER TABLE outbox ADD COLUMN schedule_id INTEGER REFERENCES schedules(id);
ALTER TABLE outbox ADD COLUMN due_at TEXT;
-- The picture sent with a post (PNG): a message's JSON does not carry it.
ALTER TABLE outbox ADD COLUMN chart_png BLOB;
CREATE INDEX outbox_by_firing ON outbox (schedule_id, due_at) WHERE schedule_id IS NOT NULL;
