-- A win's announcement is written down in the same transaction as the win itself, so
-- that a crash right after the commit cannot lose it: a trigger adds a 'composing' row
-- for every deal won from chat (imported deals carry an external id and are not
-- announced) in a team with a wins channel. The command then fills in the message; if
-- it never does (the process died), the sender composes a plain one after a while.
-- SQLite cannot change a CHECK, so the table is rebuilt with the new state.
CREATE TABLE outbox_new (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL,
    channel_id   TEXT NOT NULL,
    topic        TEXT NOT NULL,
    message      TEXT NOT NULL,
    summary      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    -- composing: written with the win, its message not filled in yet.
    state        TEXT NOT NULL CHECK (state IN ('composing', 'waiting', 'sending', 'sent', 'failed', 'retracted')),
    next_try_at  TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    held         INTEGER NOT NULL DEFAULT 0,
    message_id   TEXT,
    sent_at      TEXT,
    retract      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (guild_id, topic)
);
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_try_at);
CREATE INDEX outbox_by_channel ON outbox (guild_id, channel_id, created_at);
CREATE INDEX outbox_by_message ON outbox (message_id) WHERE message_id IS NOT NULL;

CREATE TRIGGER outbox_win_on_insert AFTER INSERT ON deals
WHEN NEW.outcome = 'won' AND NEW.external_id IS NULL
     AND (SELECT wins_channel FROM guilds WHERE id = NEW.guild_id) IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO outbox (guild_id, channel_id, topic, message, summary, created_at, state, next_try_at)
    VALUES (NEW.guild_id, (SELECT wins_channel FROM guilds WHERE id = NEW.guild_id),
            'win:' || NEW.number, '', '', NEW.updated_at, 'composing',
            strftime('%Y-%m-%dT%H:%M:%fZ', NEW.updated_at, '+30 seconds'));
END;

CREATE TRIGGER outbox_win_on_update AFTER UPDATE OF outcome ON deals
WHEN NEW.outcome = 'won' AND OLD.outcome <> 'won' AND NEW.external_id IS NULL
     AND (SELECT wins_channel FROM guilds WHERE id = NEW.guild_id) IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO outbox (guild_id, channel_id, topic, message, summary, created_at, state, next_try_at)
    VALUES (NEW.guild_id, (SELECT wins_channel FROM guilds WHERE id = NEW.guild_id),
            'win:' || NEW.number, '', '', NEW.updated_at, 'composing',
            strftime('%Y-%m-%dT%H:%M:%fZ', NEW.updated_at, '+30 seconds'));
END;
