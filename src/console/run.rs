//! Running a stream of lines (a script, a pipe or the keyboard) and printing what each
//! did, as text or as one JSON object per line.

use super::outbox::Delivery;
use super::{Console, Failure, Format, Outcome};
use crate::i18n::Words;
use crate::render;
use crate::render::text::Sent;
use serde_json::json;
use std::io::{BufRead, Write};

/// Where the lines come from: a script or a pipe (failures name their line), or a
/// person at the keyboard (a prompt before each line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Script,
    Keyboard,
}

/// Prints one outcome. Returns false if it was a failure.
pub fn print_outcome(
    out: &mut impl Write,
    outcome: &Outcome,
    format: Format,
    line: (usize, Source),
    words: Words,
) -> std::io::Result<bool> {
    let (line_no, source) = line;
    match (format, outcome) {
        (_, Outcome::Blank | Outcome::Quit) => Ok(true),
        (Format::Text, Outcome::Directive(text)) => {
            writeln!(out, "{text}")?;
            Ok(true)
        }
        (Format::Text, Outcome::Reply(reply)) => {
            writeln!(out, "{}\n", render::text::reply(reply))?;
            Ok(true)
        }
        (Format::Text, Outcome::Failed(f)) => {
            let message = match source {
                Source::Script => at_line(words, line_no, &f.message),
                Source::Keyboard => f.message.clone(),
            };
            writeln!(out, "✖ {message}")?;
            if let Some(h) = &f.hint {
                writeln!(out, "  {h}")?;
            }
            writeln!(out)?;
            Ok(false)
        }
        (Format::Json, Outcome::Directive(text)) => {
            json_line(out, line_no, true, "directive", json!(text))
        }
        (Format::Json, Outcome::Reply(reply)) => {
            json_line(out, line_no, true, "reply", json!(reply))
        }
        (Format::Json, Outcome::Failed(f)) => {
            let kind = if f.reference.is_some() {
                "internal"
            } else {
                "user"
            };
            let error = json!({"kind": kind, "message": f.message, "hint": f.hint, "reference": f.reference});
            json_line(out, line_no, false, "error", error)
        }
    }
}

/// One outcome as one line of JSON: its line number, whether it went well, and what
/// it was (`key`: `value`). Returns whether it went well.
fn json_line(
    out: &mut impl Write,
    line_no: usize,
    ok: bool,
    key: &str,
    value: serde_json::Value,
) -> std::io::Result<bool> {
    let mut line = json!({"line": line_no, "ok": ok});
    line[key] = value;
    writeln!(out, "{line}")?;
    Ok(ok)
}

/// Runs lines from `input` until it ends or `:quit`. Returns how many lines failed.
pub async fn run_lines(
    console: &mut Console,
    input: impl BufRead,
    out: &mut impl Write,
    format: Format,
    source: Source,
) -> std::io::Result<usize> {
    let mut failures = 0;
    if source == Source::Keyboard {
        write!(out, "{}", console.prompt())?;
        out.flush()?;
    }
    // Lines are read as bytes, so that one that is not UTF-8 fails on its own (with
    // its number) and the run goes on.
    for (index, bytes) in input.split(b'\n').enumerate() {
        let mut bytes = bytes?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if index == 0 && bytes.starts_with("\u{feff}".as_bytes()) {
            bytes.drain(..3);
        }
        let (line, outcome) = match String::from_utf8(bytes) {
            Ok(line) => {
                let outcome = console.execute(&line).await;
                (line, outcome)
            }
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let words = console.own_words().await;
                let at = i64::try_from(at).unwrap_or(i64::MAX);
                let failure = Failure {
                    message: words.say_with("console-not-utf8", &[("at", at.into())]),
                    hint: Some(words.say("console-not-utf8-hint")),
                    reference: None,
                };
                (String::new(), Outcome::Failed(failure))
            }
        };
        if matches!(outcome, Outcome::Quit) {
            break;
        }
        let words = console.own_words().await;
        let ok = print_outcome(out, &outcome, format, (index + 1, source), words)?;
        // In text mode posts to other channels show under the reply; JSON replies
        // already carry them as data. Charts are saved either way.
        let deliveries = console.take_deliveries();
        let mut notes: Vec<String> = Vec::new();
        if let Outcome::Reply(reply) = &outcome {
            notes.extend(console.chart_note(words, &reply.message));
        }
        for delivery in &deliveries {
            let (post, sent) = match delivery {
                Delivery::Posted { post, .. } => (post, Sent::New),
                Delivery::Edited { post, .. } => (post, Sent::Edit),
            };
            if format == Format::Text {
                writeln!(out, "{}\n", render::text::post(post, sent, words))?;
            }
            if sent == Sent::New {
                notes.extend(console.chart_note(words, &post.message));
            }
        }
        if format == Format::Text {
            for note in notes {
                writeln!(out, "{note}\n")?;
            }
        }
        if !ok {
            failures += 1;
            if source == Source::Script && format == Format::Text {
                // Scripts report failures on stderr too, so a pipeline notices.
                eprintln!("{}", at_line(words, index + 1, line.trim()));
            }
        }
        if source == Source::Keyboard {
            write!(out, "{}", console.prompt())?;
            out.flush()?;
        }
    }
    Ok(failures)
}

/// A script's line named before what it says: `line 3: …`, `Zeile 3: …`.
fn at_line(words: Words, line_no: usize, text: &str) -> String {
    let line = i64::try_from(line_no).unwrap_or(i64::MAX);
    words.say_with(
        "shell-line",
        &[("line", line.into()), ("text", text.into())],
    )
}
