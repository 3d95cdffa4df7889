-- A forgotten member stays forgotten: the names they were known by (as chat showed them
-- and as the CRM writes them) are kept only as fingerprints (SHA-256 of the team and
-- the lower-cased name), so that a CRM export imported again finds the anonymous
-- member instead of bringing the name back.
CREATE TABLE forgotten_names (
    guild_id    TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES members(id),
    PRIMARY KEY (guild_id, fingerprint)
) WITHOUT ROWID;
