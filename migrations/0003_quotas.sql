-- Quotas per rep, team or everyone, for a month, quarter or fiscal year, and the
-- audit of every change to them.

CREATE TABLE quotas (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL REFERENCES guilds(id),
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('member', 'team', 'everyone')),
    subject_id   INTEGER NOT NULL,          -- member id, team id, or 0 for everyone
    period_kind  TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_start TEXT NOT NULL,             -- first local date of the period
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL,
    updated_by   INTEGER REFERENCES members(id),
    updated_at   TEXT NOT NULL,
    UNIQUE (guild_id, subject_kind, subject_id, period_kind, period_start)
);

CREATE TABLE quota_audit (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL,
    quota_id     INTEGER NOT NULL REFERENCES quotas(id),
    actor_id     INTEGER REFERENCES members(id),
    before_minor INTEGER,                   -- NULL when the quota was first set
    after_minor  INTEGER NOT NULL,
    at           TEXT NOT NULL
);

-- Who may see a rep's quota detail besides the rep and managers: 'private' or 'team'.
ALTER TABLE guilds ADD COLUMN quota_visibility TEXT NOT NULL DEFAULT 'private'
    CHECK (quota_visibility IN ('private', 'team'));
-- Where problems for managers go (an undeliverable scheduled post, later alerts).
ALTER TABLE guilds ADD COLUMN managers_channel TEXT;
