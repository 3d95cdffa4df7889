-- Whether scheduled leaderboard, quota and digest posts carry a PNG chart.
ALTER TABLE guilds ADD COLUMN charts_on_schedules INTEGER NOT NULL DEFAULT 0;
