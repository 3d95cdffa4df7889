-- Links to a team's live leaderboard page (/tv link): anyone with a link may open the
-- page, so only a hash of each link's token is kept (the token itself is shown once, to
-- the manager who made it). Each link keeps the board options it was made with. A
-- revoked link stays, marked, so its number is not given out again.
CREATE TABLE tv_links (
    id          INTEGER PRIMARY KEY,
    guild_id    TEXT NOT NULL REFERENCES guilds(id),
    number      INTEGER NOT NULL,          -- what /tv list and /tv revoke name
    token_hash  TEXT NOT NULL UNIQUE,      -- SHA-256 of the token, hex
    metric      TEXT NOT NULL,
    period      TEXT NOT NULL,
    created_by  INTEGER REFERENCES members(id),
    created_at  TEXT NOT NULL,
    revoked_at  TEXT,
    UNIQUE (guild_id, number)
);
