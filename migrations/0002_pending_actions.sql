-- Manager actions waiting for a click on "Apply" (an import that would overwrite
-- existing deals). The file is kept so the click applies exactly what was previewed.
CREATE TABLE pending_actions (
    id         INTEGER PRIMARY KEY,
    guild_id   TEXT NOT NULL REFERENCES guilds(id),
    member_id  INTEGER NOT NULL REFERENCES members(id),
    kind       TEXT NOT NULL,          -- 'import'
    options    TEXT NOT NULL,          -- JSON: the command's text options (kind, currency)
    filename   TEXT,
    file       BLOB,
    created_at TEXT NOT NULL,
    done_at    TEXT                    -- applied or cancelled
);
CREATE INDEX pending_actions_by_guild ON pending_actions (guild_id, id);
