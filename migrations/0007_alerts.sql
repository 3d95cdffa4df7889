-- Forecast alerts and forecast snapshots.

-- A team's changes to the configured alert rules (a rule not here uses the config's).
CREATE TABLE alert_settings (
    guild_id   TEXT NOT NULL REFERENCES guilds(id),
    rule       TEXT NOT NULL,              -- a rule key, or 'dm_nudges' (enabled only)
    enabled    INTEGER NOT NULL,
    threshold  INTEGER,
    days       INTEGER,
    updated_by INTEGER REFERENCES members(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (guild_id, rule)
);

-- One row per (rule, subject, period): an alert is sent once, and again only when it
-- is worse than when last sent, or after it was resolved and came back.
CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    guild_id      TEXT NOT NULL REFERENCES guilds(id),
    number        INTEGER NOT NULL,        -- what people call it in /alerts snooze, per guild
    rule          TEXT NOT NULL,
    subject       TEXT NOT NULL,           -- member:ID, team:ID, everyone or deal:NUMBER
    period_key    TEXT NOT NULL,
    open          INTEGER NOT NULL,        -- 0 once a check no longer finds it
    measure       INTEGER NOT NULL,        -- as last checked; bigger is worse
    sent_measure  INTEGER,                 -- as last sent; NULL if never sent
    text          TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    last_sent_at  TEXT,
    times_sent    INTEGER NOT NULL DEFAULT 0,
    snoozed_until TEXT,
    snoozed_by    INTEGER REFERENCES members(id),
    UNIQUE (guild_id, rule, subject, period_key),
    UNIQUE (guild_id, number)
);
CREATE INDEX alerts_open ON alerts (guild_id, open);

-- How far alerts have read the deal audit trail, so each large-deal change is
-- reported once (ids, not times: two changes can share a timestamp).
CREATE TABLE alert_checks (
    guild_id      TEXT PRIMARY KEY REFERENCES guilds(id),
    checked_at    TEXT NOT NULL,
    last_audit_id INTEGER NOT NULL
);

-- Each subject's forecast as it stood on a day (taken at the first scheduler step of
-- the team's local day), for /forecast accuracy and the forecast-drop rule.
CREATE TABLE forecast_snapshots (
    guild_id     TEXT NOT NULL REFERENCES guilds(id),
    subject      TEXT NOT NULL,            -- member:ID, team:ID or everyone
    period_kind  TEXT NOT NULL,            -- month or quarter
    period_start TEXT NOT NULL,
    day          TEXT NOT NULL,            -- local date
    currency     TEXT NOT NULL,
    closed_won   INTEGER NOT NULL,
    commit_total INTEGER NOT NULL,
    best_case    INTEGER NOT NULL,
    weighted     INTEGER NOT NULL,         -- closed won + weighted open pipeline
    run_rate     INTEGER,
    blended      INTEGER NOT NULL,
    pipeline     INTEGER NOT NULL,
    quota        INTEGER,
    PRIMARY KEY (guild_id, subject, period_kind, period_start, day)
);

-- Days whose snapshots were taken (claimed first, so two steps never both take them).
CREATE TABLE snapshot_days (
    guild_id TEXT NOT NULL REFERENCES guilds(id),
    day      TEXT NOT NULL,
    PRIMARY KEY (guild_id, day)
);
