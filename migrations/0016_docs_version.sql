-- Counts changes to a team's documents, so that every process knows when its in-memory
-- search index of them is out of date (one cheap read per /ask).
ALTER TABLE guilds ADD COLUMN docs_version INTEGER NOT NULL DEFAULT 0;
