-- Dealbell's first schema: teams (guilds), members, deals with their audit log,
-- activities, and CRM teams. Every table that holds a team's data carries guild_id,
-- and every query filters on it.

CREATE TABLE guilds (
    id                TEXT PRIMARY KEY,   -- Discord server id, or "local:NAME" for console teams
    name              TEXT NOT NULL,
    timezone          TEXT NOT NULL,      -- IANA name
    currency          TEXT NOT NULL,      -- ISO 4217 code
    fiscal_year_start INTEGER NOT NULL CHECK (fiscal_year_start BETWEEN 1 AND 12),
    manager_role      TEXT,               -- role id whose holders count as managers
    wins_channel      TEXT,               -- channel id where wins are announced
    next_deal_number  INTEGER NOT NULL DEFAULT 1,  -- deals are numbered per guild: #1, #2, ...
    created_at        TEXT NOT NULL
);

-- A team's own names for pipeline stages (the keys come from config).
CREATE TABLE stage_labels (
    guild_id  TEXT NOT NULL REFERENCES guilds(id),
    stage_key TEXT NOT NULL,
    label     TEXT NOT NULL,
    PRIMARY KEY (guild_id, stage_key)
);

-- People who own deals: chat users, and reps named in a CRM import until a manager
-- links them to a chat user.
CREATE TABLE members (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL REFERENCES guilds(id),
    user_id      TEXT,                   -- chat user id; NULL for an imported rep not yet linked
    display_name TEXT NOT NULL,
    crm_name     TEXT,                   -- the name CRM exports use for this rep
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX members_by_user ON members (guild_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX members_by_crm_name ON members (guild_id, crm_name COLLATE NOCASE) WHERE crm_name IS NOT NULL;

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    guild_id   TEXT NOT NULL REFERENCES guilds(id),
    name       TEXT NOT NULL,
    region     TEXT,
    manager_id INTEGER REFERENCES members(id),
    UNIQUE (guild_id, name)
);

CREATE TABLE team_members (
    team_id   INTEGER NOT NULL REFERENCES teams(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    PRIMARY KEY (team_id, member_id)
);

CREATE TABLE deals (
    id             INTEGER PRIMARY KEY,
    guild_id       TEXT NOT NULL REFERENCES guilds(id),
    number         INTEGER NOT NULL,       -- what people call it: #12, counted per guild
    owner_id       INTEGER NOT NULL REFERENCES members(id),
    customer       TEXT NOT NULL,
    product        TEXT,
    amount_minor   INTEGER,                -- NULL when not known yet (imported open deals)
    currency       TEXT,
    stage          TEXT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('open', 'won', 'lost')),
    expected_close TEXT,                   -- local date, YYYY-MM-DD
    closed_on      TEXT,                   -- local date the deal was won or lost
    lost_reason    TEXT,
    note           TEXT,
    external_id    TEXT,                   -- the CRM's id, for idempotent imports
    opened_on      TEXT NOT NULL,          -- local date
    created_at     TEXT NOT NULL,          -- UTC, RFC 3339
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (guild_id, number),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
);
CREATE UNIQUE INDEX deals_by_external_id ON deals (guild_id, external_id) WHERE external_id IS NOT NULL;
-- Covers the leaderboard: won deals of a guild in a date range, summed per owner.
CREATE INDEX deals_closed ON deals (guild_id, outcome, closed_on, owner_id, currency, amount_minor);
CREATE INDEX deals_by_owner ON deals (guild_id, owner_id, outcome);

-- One row per change to a deal, written in the same transaction as the change.
-- No foreign key to deals: the row outlives a deal whose creation was undone.
CREATE TABLE deal_audit (
    id            INTEGER PRIMARY KEY,
    guild_id      TEXT NOT NULL,
    deal_id       INTEGER NOT NULL,
    deal_number   INTEGER NOT NULL,
    actor_id      INTEGER REFERENCES members(id),
    action        TEXT NOT NULL,          -- create, stage, won, lost, edit, import, undo
    before_json   TEXT,                   -- DealState before; NULL for a creation
    after_json    TEXT,                   -- DealState after; NULL for a deletion
    version_after INTEGER,
    at            TEXT NOT NULL,
    undone_at     TEXT,
    undo_of       INTEGER REFERENCES deal_audit(id)
);
CREATE INDEX deal_audit_by_actor ON deal_audit (guild_id, actor_id, id);
CREATE INDEX deal_audit_by_deal ON deal_audit (guild_id, deal_id, id);

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    guild_id    TEXT NOT NULL REFERENCES guilds(id),
    member_id   INTEGER NOT NULL REFERENCES members(id),
    kind        TEXT NOT NULL,
    count       INTEGER NOT NULL CHECK (count > 0),
    note        TEXT,
    occurred_on TEXT NOT NULL,            -- local date
    created_at  TEXT NOT NULL
);
CREATE INDEX activities_by_day ON activities (guild_id, occurred_on, member_id);
