//! English left in src/: every user-facing word should come from the catalogues
//! (`locales/`). This finds string literals that read as English words, outside
//! tests, logs and comments. Files already worded from the catalogues must hold none;
//! the rest are counted, and the count may only go down (the ratchet below), so no new
//! English literal slips in while the old ones are moved.

use crate::architecture::{src_files, without_tests};

/// Files whose words all come from the catalogues.
const WORDED_FROM_CATALOGUES: &[&str] = &[
    "commands/activity.rs",
    "commands/alerts.rs",
    "commands/arguments.rs",
    "commands/buttons.rs",
    "commands/comp.rs",
    "commands/deals/card.rs",
    "commands/deals/mod.rs",
    "commands/deals/reads.rs",
    "commands/deals/undo.rs",
    "commands/deals/writes.rs",
    "commands/docs.rs",
    "commands/duel.rs",
    "commands/forecast.rs",
    "commands/help.rs",
    "commands/import.rs",
    "commands/language.rs",
    "commands/leaderboard.rs",
    "commands/nudges.rs",
    "commands/permissions.rs",
    "commands/privacy.rs",
    "commands/quota.rs",
    "commands/rates.rs",
    "commands/schedule.rs",
    "commands/team.rs",
    "commands/tv.rs",
    "core/crm/problem.rs",
    "error.rs",
    "i18n/dates.rs",
    "i18n/numbers.rs",
    "jobs/alert_check.rs",
    "jobs/scheduled_post.rs",
    "jobs/send_posts.rs",
    "views/alert_words.rs",
    "views/alerts.rs",
    "views/board.rs",
    "views/comp.rs",
    "views/digest.rs",
    "views/forecast.rs",
    "views/quota.rs",
    "views/race_words.rs",
    "views/scheduled.rs",
    "views/win/mod.rs",
    "views/win/news.rs",
];

/// English literals left in the rest of src/ when this was last lowered. Lower it when
/// you move words into the catalogues; never raise it.
const LEFT_AT_MOST: usize = 140;

/// The comment that marks a table of words people type, not words they are shown; the
/// table ends at its `];`.
const TYPED_WORDS: &str = "// Typed by people, not shown to them";

/// The string literals of some lines of code (escapes kept as written; a literal may
/// run over several lines).
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '"') => current = Some(String::new()),
            (None, '/') if chars.peek() == Some(&'/') => {
                // A comment after code, to the end of its line.
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        break;
                    }
                }
            }
            (None, '\'') => {
                // A char literal ('"') is not the start of a string.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\"'") || rest.starts_with("\\\"") {
                    chars.next();
                    chars.next();
                }
            }
            (Some(text), '\\') => {
                text.push('\\');
                if let Some(next) = chars.next() {
                    text.push(next);
                }
            }
            (Some(_), '"') => out.push(current.take().unwrap_or_default()),
            (Some(text), other) => text.push(other),
            (None, _) => {}
        }
    }
    out
}

/// Whether a literal reads as English words people would see: two words of letters in
/// a row, at least one of them lowercase (not a SQL keyword run, not a key).
fn reads_as_english(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    if text.contains("{}") && words.len() < 2 {
        return false;
    }
    let sql = [
        "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "WHERE", "FROM",
    ];
    if sql.iter().any(|k| text.contains(k)) {
        return false;
    }
    text.contains(' ')
        && words.windows(2).any(|w| {
            w.iter().all(|x| x.len() >= 2 && x.is_ascii())
                && w[1].chars().all(|c| c.is_ascii_lowercase())
        })
}

/// Lines that are not user-facing: comments, attributes and one-line logs (a
/// `tracing::` call or an attribute over several lines is skipped whole by
/// `english_in`). An error's `#[error("…")]` text is its `Display`, for logs: people
/// read the words `error.rs` gives it from the catalogues.
fn skipped(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("//")
        || t.starts_with("#[")
        || ["debug!(", "info!(", "warn!(", "error!(", "trace!("]
            .iter()
            .any(|m| t.contains(m))
}

fn english_in(text: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut in_log = false;
    let mut in_attribute = false;
    let mut in_typed_words = false;
    for line in without_tests(text).lines() {
        let t = line.trim_start();
        // A table of words people type (dates, amounts) is read, never shown.
        if t.starts_with(TYPED_WORDS) {
            in_typed_words = true;
            continue;
        }
        if in_typed_words {
            in_typed_words = !t.starts_with("];");
            continue;
        }
        if t.starts_with("tracing::") {
            in_log = !t.trim_end().ends_with(");");
            continue;
        }
        if in_log {
            in_log = !t.trim_end().ends_with(");");
            continue;
        }
        if t.starts_with("#[") {
            in_attribute = !t.trim_end().ends_with(']');
            continue;
        }
        if in_attribute {
            in_attribute = !t.trim_end().ends_with(")]");
            continue;
        }
        if skipped(line) {
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    literals(&kept)
        .into_iter()
        .filter(|l| reads_as_english(l))
        .collect()
}

#[test]
fn the_scanner_finds_sentences_and_leaves_keys_and_logs() {
    assert!(english_in("let a = \"Nobody is on the board yet.\";").len() == 1);
    assert!(english_in("say(\"board-empty\"); let k = \"won\";").is_empty());
    assert!(english_in("tracing::warn!(key, \"message missing; said in English\");").is_empty());
    assert!(english_in("// \"a comment in quotes\"").is_empty());
    assert!(english_in("let q = \"SELECT id FROM deals WHERE guild_id = $1\";").is_empty());
    assert!(english_in("let c = '\"'; let s = \"no rate for their day\";").len() == 1);
    let typed = "// Typed by people, not shown to them.\nconst EOM: &[&str] = &[\n    \"end of month\",\n];\nlet s = \"shown to them\";";
    assert_eq!(english_in(typed), ["shown to them"]);
    let attribute = "#[error(\n    \"a text for the log, {0}\"\n)]\nNotRead(String),\nlet s = \"shown to them\";";
    assert_eq!(english_in(attribute), ["shown to them"]);
    let long = "let s = \"a sentence that\n    runs over two lines\"; // \"not this\"";
    assert_eq!(english_in(long).len(), 1);
    // A test-only item before the code does not hide the code after it.
    let helper = "#[cfg(test)]\npub fn helper() {}\nlet s = \"shown to them\";\n#[cfg(test)]\nmod tests {\n    let t = \"a test's own words\";\n}";
    assert_eq!(english_in(helper), ["shown to them"]);
}

#[test]
fn words_come_from_the_catalogues_and_english_left_only_shrinks() {
    let mut by_file: Vec<(usize, String)> = Vec::new();
    let mut in_worded = Vec::new();
    for (path, text) in src_files() {
        let found = english_in(&text);
        if WORDED_FROM_CATALOGUES.contains(&path.as_str()) {
            in_worded.extend(found.into_iter().map(|l| format!("{path}: {l:?}")));
        } else if !found.is_empty() {
            by_file.push((found.len(), path));
        }
    }
    assert!(
        in_worded.is_empty(),
        "English in files worded from the catalogues (move it to locales/):\n{}",
        in_worded.join("\n")
    );
    let left: usize = by_file.iter().map(|(n, _)| n).sum();
    // Where they are, most first: the next files to move into the catalogues
    // (`cargo test --test it words_left -- --nocapture`).
    by_file.sort_by(|a, b| b.cmp(a));
    let table: Vec<String> = by_file
        .iter()
        .map(|(n, path)| format!("{n:5}  {path}"))
        .collect();
    println!(
        "English literals left outside the catalogues: {left} (at most {LEFT_AT_MOST})\n{}",
        table.join("\n")
    );
    assert!(
        left <= LEFT_AT_MOST,
        "{left} English literals in src/, more than the {LEFT_AT_MOST} left when last counted: \
         word new messages in locales/ instead. By file:\n{}",
        table.join("\n")
    );
}

/// The message keys `src/` names as written: `say("…")`, `say_with("…"`, `Said::new("…")`
/// (rustfmt may put the key on the next line).
fn keys_named_in(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for opener in ["say(", "say_with(", "Said::new("] {
        for (at, _) in text.match_indices(opener) {
            let rest = text[at + opener.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix('"')
                && let Some(end) = rest.find('"')
            {
                keys.push(rest[..end].to_string());
            }
        }
    }
    keys
}

#[test]
fn every_message_src_names_is_in_the_english_catalogue() {
    let english = dealbell::i18n::Words::new(dealbell::core::language::Language::En);
    let mut missing = Vec::new();
    let mut named = 0;
    for (path, text) in src_files() {
        for key in keys_named_in(without_tests(&text)) {
            named += 1;
            if !english.has(&key) {
                missing.push(format!("{path}: {key}"));
            }
        }
    }
    assert!(named > 150, "the scan found only {named} keys");
    assert!(
        missing.is_empty(),
        "messages named in src/ that locales/en/ lacks:\n{}",
        missing.join("\n")
    );
}
