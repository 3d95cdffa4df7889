-- Commission plans and the team's documents for /ask.

-- Every plan a team has loaded; the newest is the one in force. Kept as the TOML the
-- manager wrote, so /comp plan shows exactly what was loaded.
CREATE TABLE comp_plans (
    id        INTEGER PRIMARY KEY,
    guild_id  TEXT NOT NULL REFERENCES guilds(id),
    name      TEXT NOT NULL,
    version   TEXT NOT NULL,
    source    TEXT NOT NULL,
    added_by  INTEGER REFERENCES members(id),
    added_at  TEXT NOT NULL
);
CREATE INDEX comp_plans_newest ON comp_plans (guild_id, id);

-- Documents are numbered per guild from a counter, so a number is never reused.
ALTER TABLE guilds ADD COLUMN next_document_number INTEGER NOT NULL DEFAULT 1;

CREATE TABLE documents (
    id        INTEGER PRIMARY KEY,
    guild_id  TEXT NOT NULL REFERENCES guilds(id),
    number    INTEGER NOT NULL,            -- what people call it in /docs remove, per guild
    title     TEXT NOT NULL,
    language  TEXT NOT NULL,               -- detected: en, de, pl, ro, ar, zh
    origin    TEXT NOT NULL,               -- sample, chat or shell
    chars     INTEGER NOT NULL,
    added_by  INTEGER REFERENCES members(id),
    added_at  TEXT NOT NULL,
    UNIQUE (guild_id, number),
    UNIQUE (guild_id, title)
);

-- A document's sections (long ones as overlapping windows), as written.
CREATE TABLE passages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    guild_id    TEXT NOT NULL,
    position    INTEGER NOT NULL,
    heading     TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX passages_by_document ON passages (document_id);

-- The search index: rowid = passages.id. `terms` is the passage's text and `heading`
-- its headings (document title › section), both folded, stemmed and segmented by
-- Dealbell (core/search.rs), so FTS5 only splits on spaces and ranks; a word in a
-- heading weighs more (see store/docs.rs).
CREATE VIRTUAL TABLE passage_index USING fts5(
    terms,
    heading,
    guild_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Teams that were given the sample documents (once; removing them is respected).
CREATE TABLE sample_docs_given (
    guild_id TEXT PRIMARY KEY REFERENCES guilds(id)
);
