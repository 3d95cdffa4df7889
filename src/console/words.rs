//! The console's own words: its help, and what a scheduler step posted.

use crate::commands::catalogue;

/// What `:help` prints: the directives, then every command.
pub(super) fn console_help(words: crate::i18n::Words) -> String {
    let mut out = String::from(
        "Type slash commands as in Discord, e.g. /win amount:12.5k customer:\"Acme GmbH\"\n\
         Directives:\n  :as NAME [manager]   act as someone (manager = manager role)\n  \
         :now 2026-03-10 09:00   set the clock (team's local time); :now real to follow real time\n  \
         :advance 2h|3d|30m   live through the time: each post falls due at its own time\n  :down 8h             the bot is off that long: jump, then one step (late or skipped posts)\n  :tick                post what is due now\n  :guild NAME          switch team\n  \
         :channel NAME        switch channel\n  :lang pl|auto        ask in a language, as a phone set to it would\n  :quit\nCommands:\n",
    );
    for c in catalogue::all_commands() {
        out.push_str(&format!(
            "  {} — {}\n",
            c.display_path(),
            c.description(words)
        ));
    }
    out.push_str("Attach files as file:@path/to/file.csv");
    out
}

/// What a scheduler run did, in one line: each schedule's outcomes with counts, so a
/// long run of skipped firings reads "#1 skipped ×40", not forty entries.
pub(super) fn summarise_fired(fired: &[crate::scheduler::Fired]) -> String {
    if fired.is_empty() {
        return String::new();
    }
    let mut counts: Vec<((crate::core::ids::ScheduleNumber, String), usize)> = Vec::new();
    for f in fired {
        let key = (f.schedule, f.outcome.to_string());
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    let parts: Vec<String> = counts
        .iter()
        .map(|((schedule, outcome), n)| match n {
            1 => format!("#{schedule} {outcome}"),
            n => format!("#{schedule} {outcome} ×{n}"),
        })
        .collect();
    format!(" Scheduled posts: {}.", parts.join(", "))
}
