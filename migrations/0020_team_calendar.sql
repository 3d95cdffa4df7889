-- Each team's working days: its weekend, whose public holidays it keeps, and its own
-- days off (a JSON array of YYYY-MM-DD dates). Teams that exist keep Saturday and
-- Sunday off and no holidays until a manager sets them (/setup weekend country days_off).
ALTER TABLE guilds ADD COLUMN weekend TEXT NOT NULL DEFAULT 'sat_sun';
ALTER TABLE guilds ADD COLUMN holiday_country TEXT;
ALTER TABLE guilds ADD COLUMN days_off TEXT NOT NULL DEFAULT '[]';
