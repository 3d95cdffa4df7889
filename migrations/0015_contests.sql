-- Contests (managers run them) and duels (one rep challenges another). Their posts go
-- through the outbox, whose topics keep each start, standings and result post to one.
CREATE TABLE contests (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL REFERENCES guilds(id),
    name         TEXT NOT NULL,
    metric       TEXT NOT NULL,
    scoring      TEXT NOT NULL,
    by_teams     INTEGER NOT NULL DEFAULT 0,
    team_id      INTEGER REFERENCES teams(id),
    starts_on    TEXT NOT NULL,               -- local dates, both included
    ends_on      TEXT NOT NULL,
    prize        TEXT,
    target       INTEGER,
    channel_id   TEXT NOT NULL,
    standings    TEXT,                        -- a schedule for standings posts
    state        TEXT NOT NULL CHECK (state IN ('scheduled', 'running', 'ended', 'cancelled')),
    created_by   INTEGER REFERENCES members(id),
    created_at   TEXT NOT NULL
);
-- A live contest is found by its name; a cancelled one frees the name.
CREATE UNIQUE INDEX contests_by_name ON contests (guild_id, name COLLATE NOCASE)
    WHERE state <> 'cancelled';
CREATE INDEX contests_live ON contests (state, guild_id);

CREATE TABLE duels (
    id            INTEGER PRIMARY KEY,
    guild_id      TEXT NOT NULL REFERENCES guilds(id),
    challenger_id INTEGER NOT NULL REFERENCES members(id),
    opponent_id   INTEGER NOT NULL REFERENCES members(id),
    metric        TEXT NOT NULL,
    days          INTEGER NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('proposed', 'running', 'declined', 'ended', 'expired')),
    proposed_at   TEXT NOT NULL,
    starts_on     TEXT,
    ends_on       TEXT,
    channel_id    TEXT NOT NULL
);
CREATE INDEX duels_live ON duels (state, guild_id);
