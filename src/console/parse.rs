//! Reading a console line: a slash command in Discord's text form
//! (`/deal add customer:"Acme GmbH" amount:€20.000`) or a `:directive`, and a
//! directive's duration (`:advance 1d6h`).

use chrono::Duration;

/// One line, split into words; quotes group words and are removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Blank,
    /// `:as alice manager` → name "as", args ["alice", "manager"]
    Directive {
        name: String,
        args: Vec<String>,
    },
    /// `/deal add customer:Acme` → path ["deal", "add"], options [("customer", "Acme")]
    Command {
        path: Vec<String>,
        options: Vec<(String, String)>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error(
        "A quote is not closed. Put the closing \" after the value, e.g. customer:\"Acme GmbH\"."
    )]
    OpenQuote,
    #[error(
        "Start a command with / (like /win) or a directive with : (like :as alice). Type :help for more."
    )]
    NotACommand,
    #[error("{0:?} has no value. Write it as {0}:value.")]
    EmptyValue(String),
    #[error("{0:?} is not an option. Options are written name:value, e.g. customer:\"Acme GmbH\".")]
    NotAnOption(String),
    #[error("Option {0} is given twice.")]
    Repeated(String),
}

/// Splits on spaces outside quotes. `\"` inside quotes is a literal quote.
fn words(line: &str) -> Result<Vec<String>, ParseError> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' && chars.peek() == Some(&q) {
                    current.push(q);
                    chars.next();
                } else if c == q {
                    quote = None;
                } else {
                    current.push(c);
                }
            }
            None => {
                if c == '"' || c == '“' || c == '”' {
                    quote = Some(if c == '"' { '"' } else { '”' });
                    in_word = true;
                } else if c.is_whitespace() {
                    if in_word {
                        words.push(std::mem::take(&mut current));
                        in_word = false;
                    }
                } else {
                    current.push(c);
                    in_word = true;
                }
            }
        }
    }
    if quote.is_some() {
        return Err(ParseError::OpenQuote);
    }
    if in_word {
        words.push(current);
    }
    Ok(words)
}

/// Comments start with `#` at the beginning of a line or after whitespace outside
/// quotes (so `wins_channel:#wins` is not a comment).
fn strip_comment(line: &str) -> &str {
    let mut in_quote = false;
    let mut previous_space = true;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            '#' if !in_quote && previous_space => return &line[..i],
            _ => {}
        }
        previous_space = c.is_whitespace();
    }
    line
}

pub fn parse_line(raw: &str) -> Result<Line, ParseError> {
    let line = strip_comment(raw).trim();
    if line.is_empty() {
        return Ok(Line::Blank);
    }
    if let Some(rest) = line.strip_prefix(':') {
        let mut parts = words(rest)?;
        if parts.is_empty() {
            return Err(ParseError::NotACommand);
        }
        let name = parts.remove(0).to_lowercase();
        return Ok(Line::Directive { name, args: parts });
    }
    let Some(rest) = line.strip_prefix('/') else {
        return Err(ParseError::NotACommand);
    };
    let mut path = Vec::new();
    let mut options: Vec<(String, String)> = Vec::new();
    // The path is the words before the first `name:value`; everything after is options.
    let raw_words = split_keeping_option_names(rest)?;
    for (word, was_option) in raw_words {
        if !was_option && options.is_empty() {
            path.push(word.to_lowercase());
            continue;
        }
        let Some((name, value)) = word.split_once(':') else {
            return Err(ParseError::NotAnOption(word));
        };
        let name = name.trim().to_lowercase();
        if value.is_empty() {
            return Err(ParseError::EmptyValue(name));
        }
        if options.iter().any(|(n, _)| *n == name) {
            return Err(ParseError::Repeated(name));
        }
        options.push((name, value.to_string()));
    }
    if path.is_empty() {
        return Err(ParseError::NotACommand);
    }
    Ok(Line::Command { path, options })
}

/// For a line refused because a word is no option (`/win amount:20 000 zł`): the
/// option the stray words most likely belong to, its value in quotes.
pub fn quoting_hint(raw: &str) -> Option<(String, String)> {
    let rest = strip_comment(raw).trim().strip_prefix('/')?;
    let words = split_keeping_option_names(rest).ok()?;
    let stray = words
        .iter()
        .position(|(_, is_option)| *is_option)
        .and_then(|first| (first..words.len()).find(|&i| !words[i].1))?;
    let (option, _) = &words[stray - 1];
    let (name, value) = option.split_once(':')?;
    let tail: Vec<&str> = words[stray..]
        .iter()
        .take_while(|(_, is_option)| !is_option)
        .map(|(w, _)| w.as_str())
        .collect();
    Some((name.to_string(), format!("{value} {}", tail.join(" "))))
}

/// Words, each marked with whether it had the `name:` form before any quote (so a
/// quoted value containing a colon, `note:"call at 9:30"`, stays one option).
fn split_keeping_option_names(rest: &str) -> Result<Vec<(String, bool)>, ParseError> {
    let raw = words(rest)?;
    // Re-scan the raw text to learn where each word's first colon stood relative to
    // quotes: an option name is a run of [a-z0-9_] followed by ':' at the word start.
    Ok(raw
        .into_iter()
        .map(|w| {
            let is_option = w.split_once(':').is_some_and(|(n, _)| {
                !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
            (w, is_option)
        })
        .collect())
}

/// `2h`, `3d`, `30m`, `1w`, or several together: `1d6h`, `80h30m`.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let mut total = Duration::zero();
    let mut rest = text.trim();
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = rest[..digits].parse().ok()?;
        let after = &rest[digits..];
        let unit_len = after
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(after.len());
        let part = match &after[..unit_len] {
            "m" | "min" => Duration::try_minutes(n)?,
            "h" => Duration::try_hours(n)?,
            "d" => Duration::try_days(n)?,
            "w" => Duration::try_weeks(n)?,
            _ => return None,
        };
        total = total.checked_add(&part)?;
        rest = &after[unit_len..];
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn command(line: &str) -> (Vec<String>, Vec<(String, String)>) {
        match parse_line(line) {
            Ok(Line::Command { path, options }) => (path, options),
            other => panic!("{line:?} gave {other:?}"),
        }
    }

    #[test]
    fn reads_discord_text_form() {
        let (path, options) =
            command(r#"/win amount:12.5k customer:"Acme GmbH" product:"GTX Pro""#);
        assert_eq!(path, vec!["win"]);
        assert_eq!(
            options,
            vec![
                ("amount".into(), "12.5k".into()),
                ("customer".into(), "Acme GmbH".into()),
                ("product".into(), "GTX Pro".into())
            ]
        );
        let (path, options) =
            command("/deal add customer:Initech amount:€20.000 stage:proposal close:eoq");
        assert_eq!(path, vec!["deal", "add"]);
        assert_eq!(options[1], ("amount".into(), "€20.000".into()));
        let (_, options) = command(r#"/deal edit id:3 note:"call at 9:30, ask for \"Jan\"""#);
        assert_eq!(options[1].1, r#"call at 9:30, ask for "Jan""#);
        let (_, options) = command("/setup wins_channel:#wins # a comment");
        assert_eq!(options, vec![("wins_channel".into(), "#wins".into())]);
        let (_, options) = command(r#"/win amount:"12 500,50 €" customer:北京客户"#);
        assert_eq!(options[1].1, "北京客户");
    }

    #[test]
    fn reads_directives_and_blanks() {
        assert_eq!(
            parse_line(":as alice manager"),
            Ok(Line::Directive {
                name: "as".into(),
                args: vec!["alice".into(), "manager".into()]
            })
        );
        assert_eq!(parse_line("   # just a comment"), Ok(Line::Blank));
        assert_eq!(parse_line(""), Ok(Line::Blank));
    }

    #[test]
    fn explains_what_is_wrong() {
        assert_eq!(parse_line("win amount:5"), Err(ParseError::NotACommand));
        assert_eq!(
            parse_line(r#"/win customer:"Acme"#),
            Err(ParseError::OpenQuote)
        );
        assert_eq!(
            parse_line("/win amount:"),
            Err(ParseError::EmptyValue("amount".into()))
        );
        assert_eq!(
            parse_line("/win amount:5 fast"),
            Err(ParseError::NotAnOption("fast".into()))
        );
        assert_eq!(
            quoting_hint("/win customer:Orlen amount:20 000 zł note:x"),
            Some(("amount".into(), "20 000 zł".into()))
        );
        assert_eq!(
            quoting_hint("/deal add customer:Acme GmbH"),
            Some(("customer".into(), "Acme GmbH".into()))
        );
        assert_eq!(quoting_hint("/win amount:5"), None);
        assert_eq!(
            parse_line("/win amount:5 amount:6"),
            Err(ParseError::Repeated("amount".into()))
        );
    }
}
