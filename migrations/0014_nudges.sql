-- Friendly competition's private side: each rep's own choices, and nudges.

-- A rep's choices: no nudges at all, or away (no nudges, no streak loss) until a day.
CREATE TABLE member_prefs (
    guild_id    TEXT NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES members(id),
    nudges_off  INTEGER NOT NULL DEFAULT 0,
    away_from   TEXT,                       -- local date the absence began
    away_until  TEXT,                       -- local date, inclusive
    PRIMARY KEY (guild_id, member_id)
) WITHOUT ROWID;

-- Nudges found due, waiting for an allowed moment, then sent or dropped. The state key
-- is unique per rep: the same nudge is never made twice for the same state.
CREATE TABLE nudges (
    id          INTEGER PRIMARY KEY,
    guild_id    TEXT NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES members(id),
    kind        TEXT NOT NULL,
    state_key   TEXT NOT NULL,
    message     TEXT NOT NULL,              -- the Message as JSON
    created_at  TEXT NOT NULL,
    send_after  TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'dropped')),
    sent_at     TEXT,
    why_dropped TEXT,
    UNIQUE (guild_id, member_id, state_key)
);
CREATE INDEX nudges_due ON nudges (state, send_after);
CREATE INDEX nudges_sent ON nudges (guild_id, member_id, sent_at);

-- How nudges reach reps (a mention in the nudges channel, a DM, or not at all), and
-- whether public posts show amounts or only percentages and counts.
ALTER TABLE guilds ADD COLUMN nudge_delivery TEXT NOT NULL DEFAULT 'channel';
ALTER TABLE guilds ADD COLUMN nudges_channel TEXT;
ALTER TABLE guilds ADD COLUMN amounts_hidden INTEGER NOT NULL DEFAULT 0;
