-- Interactions already handled, by Discord's interaction id: a replayed delivery (a
-- gateway resume, a retried dispatch) is recognised and not run twice. Rows older than
-- a day are dropped (Discord's interaction tokens live 15 minutes).
CREATE TABLE handled_interactions (
    id         TEXT PRIMARY KEY,
    handled_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX handled_interactions_by_age ON handled_interactions (handled_at);
