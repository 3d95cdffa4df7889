//! English left in src/: every word people read comes from the catalogues
//! (`locales/`). This finds string literals that read as English words, outside
//! tests, logs, error texts for the log (`#[error]`), comments, words people type and
//! commands as typed. No file may hold one but the few places listed in `NOT_SHOWN`,
//! each with why nobody reads it there; those are counted, and the count may only go
//! down.

use crate::architecture::{src_files, without_tests};

/// The only places English literals may stand, each with why nobody reads them there.
/// Every other file of src/ must hold none: its words come from the catalogues.
const NOT_SHOWN: &[(&str, &str)] = &[
    (
        "store/",
        "SQL, column lists and the details of a stored value that does not read, for the \
         log; the store's errors are typed and worded at the edge (error.rs, shell.rs)",
    ),
    (
        "eval_ask",
        "the developers' evaluation of /ask: a report for docs/ASK.md, not for a team",
    ),
    (
        "discord/refusal.rs",
        "the gateway probe's notes for the log, and the reason of its own close",
    ),
    ("discord/handler.rs", "fields of a log line"),
    (
        "logging.rs",
        "a phrase of serenity's own log that Dealbell counts",
    ),
    (
        "demo.rs",
        "the demo team's data (the reasons its deals were lost)",
    ),
    (
        "commands/library.rs",
        "the built-in sample documents' titles (their file names)",
    ),
    (
        "core/period.rs",
        "a period's label in a reply's JSON data, for scripts",
    ),
    (
        "core/closed_set.rs",
        "serde's words for a value it cannot read, inside the TOML reader's",
    ),
    (
        "core/money/mod.rs",
        "serde's words for a currency it cannot read, inside the TOML reader's",
    ),
];

fn not_shown(path: &str) -> bool {
    NOT_SHOWN.iter().any(|(place, _)| path.starts_with(place))
}

/// English literals in the places above when this was last counted. Lower it when one
/// goes; never raise it.
const LEFT_AT_MOST: usize = 75;

/// The comment that marks a table of words people type, not words they are shown; the
/// table ends at the first line ending in `];`.
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

/// Whether a literal is typed, not read: a command line or a console directive
/// (`/deal undo`, `:as alice`), or an option as typed (`target:"10 deals"`). Commands
/// and options keep their English names in every language (they are what people type).
fn is_typed_command(text: &str) -> bool {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some('/' | ':'), Some(c)) if c.is_ascii_lowercase() => true,
        _ => text.split_once(':').is_some_and(|(name, rest)| {
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && rest.starts_with(|c: char| !c.is_whitespace())
        }),
    }
}

/// Whether a literal is an HTTP header's value (a media type, a cache or content
/// policy), which is protocol, not words.
fn is_header_value(text: &str) -> bool {
    let media_type = text.split("; charset=").next().is_some_and(|m| {
        m.split_once('/').is_some_and(|(a, b)| {
            [a, b].iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "+.-".contains(c))
            })
        })
    });
    media_type || text.contains("max-age=") || text.contains("-src 'self'")
}

/// A format string without its placeholders (`{number}`, `{post:?}`): the names in
/// them are the code's, not words anyone reads. Braces around anything with a space in
/// it are kept as text.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if !after[..close].contains(|c: char| c.is_whitespace() || c == '{') => {
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a literal reads as English words people would see: two words of letters in
/// a row, at least one of them lowercase (not a SQL keyword run, not a key, not a
/// command as typed, not an HTTP header's value, not a placeholder's name).
fn reads_as_english(text: &str) -> bool {
    if is_typed_command(text) || is_header_value(text) {
        return false;
    }
    let shown = without_placeholders(text);
    let words: Vec<&str> = shown
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

/// Lines that are not user-facing: comments, attributes, one-line logs (a `tracing::`
/// call or an attribute over several lines is skipped whole by `english_in`), and
/// one-line panics and debug assertions (a broken invariant, reported to developers).
/// An error's `#[error("…")]` text is its `Display`, for logs: people read the words
/// `error.rs` gives it from the catalogues.
fn skipped(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("//")
        || t.starts_with("#[")
        || [
            "debug!(",
            "info!(",
            "warn!(",
            "error!(",
            "trace!(",
            "panic!(",
            "debug_assert!(",
        ]
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
            // The table ends at its `];`, on its own line or on the table's one line.
            in_typed_words = !t.trim_end().ends_with("];");
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
    let one_line = "// Typed by people, not shown to them.\nconst U: &[&str] = &[\"deals won\"];\nlet s = \"shown to them\";";
    assert_eq!(english_in(one_line), ["shown to them"]);
    let attribute = "#[error(\n    \"a text for the log, {0}\"\n)]\nNotRead(String),\nlet s = \"shown to them\";";
    assert_eq!(english_in(attribute), ["shown to them"]);
    let long = "let s = \"a sentence that\n    runs over two lines\"; // \"not this\"";
    assert_eq!(english_in(long).len(), 1);
    // A test-only item before the code does not hide the code after it.
    let helper = "#[cfg(test)]\npub fn helper() {}\nlet s = \"shown to them\";\n#[cfg(test)]\nmod tests {\n    let t = \"a test's own words\";\n}";
    assert_eq!(english_in(helper), ["shown to them"]);
    let typed =
        "let a = \"/deal undo\"; let b = \":as you manager\"; let c = \"target:\\\"10 deals\\\"\";";
    assert!(english_in(typed).is_empty(), "{:?}", english_in(typed));
    let header = "let a = \"text/plain; charset=utf-8\"; let b = \"public, max-age=86400\";";
    assert!(english_in(header).is_empty());
    assert_eq!(english_in("let a = \"alerts: the rule\";").len(), 1);
    // A placeholder's name is code; the words around it are still words.
    assert!(english_in("let n = format!(\"#{number} {text}\");").is_empty());
    assert_eq!(
        english_in("let n = format!(\"{name} won the deal {customer}\");").len(),
        1
    );
    // A panic or a debug assertion reports a broken invariant to developers.
    let invariant = "panic!(\"built-in config is invalid: {e}\");\ndebug_assert!(false, \"a post has no topic\");";
    assert!(english_in(invariant).is_empty());
}

#[test]
fn words_come_from_the_catalogues_and_english_left_only_shrinks() {
    let mut by_file: Vec<(usize, String)> = Vec::new();
    let mut shown = Vec::new();
    for (path, text) in src_files() {
        let found = english_in(&text);
        if !not_shown(&path) {
            shown.extend(found.into_iter().map(|l| format!("{path}: {l:?}")));
        } else if !found.is_empty() {
            by_file.push((found.len(), path));
        }
    }
    assert!(
        shown.is_empty(),
        "English in src/ that people read (move it to locales/):\n{}",
        shown.join("\n")
    );
    let left: usize = by_file.iter().map(|(n, _)| n).sum();
    // Where they are, most first (`cargo test --test it words_left -- --nocapture`).
    by_file.sort_by(|a, b| b.cmp(a));
    let table: Vec<String> = by_file
        .iter()
        .map(|(n, path)| format!("{n:5}  {path}"))
        .collect();
    println!(
        "English literals left where nobody reads them: {left} (at most {LEFT_AT_MOST})\n{}",
        table.join("\n")
    );
    assert!(
        left <= LEFT_AT_MOST,
        "{left} English literals where nobody reads them, more than the {LEFT_AT_MOST} \
         counted last: is one of them read after all? By file:\n{}",
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
