//! The console's own words: its help, and what a scheduler step posted.

use crate::commands::catalogue;

/// What `:help` prints: the directives, then every command.
pub(super) fn console_help(words: crate::i18n::Words) -> String {
    let mut out = words.say("console-help");
    out.push('\n');
    for c in catalogue::all_commands() {
        out.push_str(&format!(
            "  {} — {}\n",
            c.display_path(),
            c.description(words)
        ));
    }
    out.push_str(&words.say("console-help-attach"));
    out
}

/// What a scheduler run did, in one line: each schedule's outcomes with counts, so a
/// long run of skipped firings reads "#1 skipped ×40", not forty entries.
pub(super) fn summarise_fired(
    words: crate::i18n::Words,
    fired: &[crate::scheduler::Fired],
) -> String {
    if fired.is_empty() {
        return String::new();
    }
    let mut counts: Vec<((crate::core::ids::ScheduleNumber, String), usize)> = Vec::new();
    for f in fired {
        let key = (
            f.schedule,
            words.say(&format!("firing-outcome-{}", f.outcome.key())),
        );
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    let parts: Vec<String> = counts
        .iter()
        .map(|((schedule, outcome), n)| match n {
            1 => format!("#{} {}", schedule, outcome),
            n => format!("#{} {} ×{}", schedule, outcome, n),
        })
        .collect();
    format!(
        " {}",
        words.say_with(
            "console-scheduled-posts",
            &[("posts", parts.join(", ").into())]
        )
    )
}

/// A line that does not parse, as the console's reader reads it.
pub(super) fn parse_error(words: crate::i18n::Words, e: &super::parse::ParseError) -> String {
    use super::parse::ParseError;
    match e {
        ParseError::OpenQuote => words.say("console-open-quote"),
        ParseError::NotACommand => words.say("console-not-a-command"),
        ParseError::EmptyValue(option) => {
            words.say_with("console-empty-value", &[("option", option.as_str().into())])
        }
        ParseError::NotAnOption(word) => {
            words.say_with("console-not-an-option", &[("word", word.as_str().into())])
        }
        ParseError::Repeated(option) => words.say_with(
            "console-repeated-option",
            &[("option", option.as_str().into())],
        ),
    }
}
