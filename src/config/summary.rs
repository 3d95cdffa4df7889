//! The settings as `dealbell check-config` prints them, in the terminal's language: one
//! line per setting, labels aligned, the token only as set or unset.

use super::{Config, DatabaseLocation, SettingsSource};
use crate::i18n::{Value, Words};
use unicode_width::UnicodeWidthStr;

/// The labels of the summary's lines, in the order printed (the longest sets the column).
const LABELS: [&str; 13] = [
    "summary-read-from",
    "summary-database",
    "summary-backup",
    "summary-team-defaults",
    "summary-undo",
    "summary-board-rows",
    "summary-live-page",
    "summary-bursts",
    "summary-nudges",
    "summary-stages",
    "summary-token",
    "summary-dev-guild",
    "summary-api-origin",
];

impl Config {
    /// The settings as `check-config` prints them: the token only as set or unset.
    pub fn redacted_summary(&self, words: Words) -> String {
        // In display columns: a Chinese character takes two.
        let width = LABELS
            .iter()
            .map(|key| UnicodeWidthStr::width(words.say(key).as_str()))
            .max()
            .unwrap_or(0)
            + 1;
        let mut out = String::new();
        for (key, value) in self.summary_lines(words) {
            let label = format!("{}:", words.say(key));
            let gap = width.saturating_sub(UnicodeWidthStr::width(label.as_str()));
            out.push_str(&format!("{}{} {}\n", label, " ".repeat(gap), value));
        }
        out
    }

    /// Each line's label and what it says.
    fn summary_lines(&self, words: Words) -> Vec<(&'static str, String)> {
        let d = &self.team_defaults;
        let sources: Vec<String> = self
            .sources
            .iter()
            .map(|source| match source {
                SettingsSource::BuiltIn => words.say("summary-built-in"),
                SettingsSource::File(path) => path.display().to_string(),
                SettingsSource::Variable(name) => name.to_string(),
            })
            .collect();
        let country = match d.calendar.country {
            Some(c) => c.code().to_string(),
            None => words.say("summary-no-country"),
        };
        let days_off = i64::try_from(d.calendar.days_off.len()).unwrap_or(i64::MAX);
        let team_defaults = words.say_with(
            "summary-team-defaults-value",
            &[
                ("timezone", d.timezone.name().into()),
                ("currency", d.currency.code().into()),
                ("month", i64::from(d.fiscal_year_start.month()).into()),
                ("weekend", d.calendar.weekend.key().into()),
                ("country", country.into()),
                ("days", days_off.into()),
            ],
        );
        let live_page = match (&self.web.listen, self.web.origin()) {
            (Some(address), Some(origin)) => words.say_with(
                "summary-live-on",
                &[
                    ("address", address.to_string().into()),
                    ("origin", origin.into()),
                ],
            ),
            _ => words.say("summary-live-off"),
        };
        let c = &self.competition;
        let bursts = words.say_with(
            "summary-bursts-value",
            &[
                ("posts", number(c.burst_posts)),
                ("minutes", number(c.burst_minutes)),
                ("hold", number(c.burst_hold_minutes)),
            ],
        );
        let n = &self.nudges;
        let nudges = words.say_with(
            "summary-nudges-value",
            &[
                ("day", number(n.per_day)),
                ("week", number(n.per_week)),
                ("from", n.quiet_from.format("%H:%M").to_string().into()),
                ("until", n.quiet_until.format("%H:%M").to_string().into()),
                (
                    "weekends",
                    if n.quiet_weekends { "yes" } else { "no" }.into(),
                ),
                ("days", number(n.inactive_days)),
            ],
        );
        let stages: Vec<String> = self
            .pipeline
            .stages()
            .iter()
            .map(|s| format!("{} {}%", s.label, s.probability))
            .collect();
        let token = if self.discord.token.is_empty() {
            words.say("summary-token-unset")
        } else {
            words.say("summary-token-set")
        };
        let mut lines = vec![
            ("summary-read-from", sources.join(" <- ")),
            ("summary-database", self.database.shown()),
            ("summary-backup", self.backup_summary(words)),
            ("summary-team-defaults", team_defaults),
            (
                "summary-undo",
                words.say_with(
                    "summary-minutes",
                    &[("minutes", number(self.undo_window_minutes))],
                ),
            ),
            ("summary-board-rows", self.leaderboard_top.to_string()),
            ("summary-live-page", live_page),
            ("summary-bursts", bursts),
            ("summary-nudges", nudges),
            ("summary-stages", stages.join(", ")),
            ("summary-token", token),
        ];
        if let Some(guild) = self.discord.dev_guild {
            lines.push(("summary-dev-guild", guild.to_string()));
        }
        if let Some(url) = &self.discord.api_url {
            lines.push(("summary-api-origin", url.clone()));
        }
        lines
    }

    /// The nightly backup as `check-config` says it; on PostgreSQL it cannot be taken
    /// (the server's data is backed up with `pg_dump`), which is said here rather than
    /// first at night.
    fn backup_summary(&self, words: Words) -> String {
        match (&self.nightly_backup, &self.database) {
            (None, _) => words.say("summary-backup-off"),
            (Some(_), DatabaseLocation::Postgres(_)) => words.say("summary-backup-postgres"),
            (Some(b), DatabaseLocation::Sqlite(_)) => words.say_with(
                "summary-backup-on",
                &[
                    ("folder", b.folder.display().to_string().into()),
                    ("hour", format!("{:02}:00", b.hour).into()),
                    ("keep", i64::from(b.keep).into()),
                ],
            ),
        }
    }
}

/// A whole number as a message's value (selectors read it as a number).
fn number(n: impl TryInto<i64>) -> Value<'static> {
    n.try_into().unwrap_or(i64::MAX).into()
}
