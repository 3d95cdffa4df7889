-- Activities can be corrected: a removed log stays, with who removed it and when, and
-- no longer counts.
ALTER TABLE activities ADD COLUMN removed_at TEXT;
ALTER TABLE activities ADD COLUMN removed_by INTEGER REFERENCES members(id);
