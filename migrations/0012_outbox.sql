-- Posts to channels, written down before they are sent. Each goes out once even across
-- a crash or with several bots on one database: a sender claims a row for a lease,
-- sends it with the row's nonce (Discord drops a repeat of the same nonce), and records
-- the id Discord gave the message, so that the post can be taken back later (an undone
-- win is edited as undone).
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    guild_id     TEXT NOT NULL,
    channel_id   TEXT NOT NULL,
    -- What the post is about, once per guild ('win:42'): a deal is announced once.
    topic        TEXT NOT NULL,
    -- The message as JSON, and the one line that stands for it in a combined post.
    message      TEXT NOT NULL,
    summary      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    -- waiting: to send at next_try_at; sending: claimed until next_try_at;
    -- sent; failed (for good); retracted (taken back, or never sent because undone).
    state        TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'sent', 'failed', 'retracted')),
    next_try_at  TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    -- Held back because the channel had too many posts lately: goes out combined.
    held         INTEGER NOT NULL DEFAULT 0,
    message_id   TEXT,
    sent_at      TEXT,
    -- 1: the post is to be taken back (edited as undone) once it is sent.
    retract      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (guild_id, topic)
);
CREATE INDEX outbox_due ON outbox (state, next_try_at);
CREATE INDEX outbox_by_channel ON outbox (guild_id, channel_id, created_at);
CREATE INDEX outbox_by_message ON outbox (message_id) WHERE message_id IS NOT NULL;
