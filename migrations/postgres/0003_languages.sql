-- The language Dealbell speaks to a team (its channel posts, and members who chose none
-- and whose app's language it does not speak), and each member's own choice (/language;
-- NULL: none). Forgetting a member deletes their preferences row, and the choice with it.
ALTER TABLE guilds ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'de', 'pl', 'ro', 'zh-CN', 'ar'));

ALTER TABLE member_prefs ADD COLUMN language TEXT
    CHECK (language IS NULL OR language IN ('en', 'de', 'pl', 'ro', 'zh-CN', 'ar'));
