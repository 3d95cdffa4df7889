-- Scheduled posts, and one row per firing: (schedule, due time) is claimed in the
-- database before anything is posted, so a restart neither posts twice nor forgets.

CREATE TABLE schedules (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL REFERENCES guilds(id),
    number       INTEGER NOT NULL,           -- what people call it, counted per guild
    kind         TEXT NOT NULL,              -- leaderboard, quota, digest (checked in code)
    cron         TEXT NOT NULL,              -- normalised six-field expression
    cron_input   TEXT NOT NULL,              -- as the manager wrote it
    channel_id   TEXT NOT NULL,
    metric       TEXT,
    period       TEXT,
    paused       INTEGER NOT NULL DEFAULT 0,
    active_since TEXT NOT NULL,              -- firings before this are not owed (creation or resume)
    created_by   INTEGER REFERENCES members(id),
    created_at   TEXT NOT NULL,
    removed_at   TEXT
);
CREATE UNIQUE INDEX schedules_by_number ON schedules (guild_id, number);

CREATE TABLE schedule_firings (
    schedule_id     INTEGER NOT NULL REFERENCES schedules(id),
    due_at          TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'skipped', 'retrying', 'failed')),
    late            INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    detail          TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (schedule_id, due_at)
);
CREATE INDEX schedule_firings_retrying ON schedule_firings (status, next_attempt_at);
