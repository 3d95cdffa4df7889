//! A catalogue message not worded yet: its key and the values it needs, worded once the
//! reader's language is known. Refusals travel this way from the handler that decides
//! them to the edge that shows them (`error::for_people`).

use super::{Value, Words};
use crate::core::language::Language;
use crate::core::money::Money;
use chrono::NaiveDate;

/// A message to say later: `Said::new("error-contest-name-taken").with("name", name)`.
/// Its hint, when the catalogues have one, is the message `<key>-hint`, given the same
/// values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    key: &'static str,
    values: Vec<(&'static str, Part)>,
    /// The hint's message when it is not `<key>-hint` (one hint shared by many).
    hint: Option<&'static str>,
    /// The option the message is about, said before it: `amount: …`.
    option: Option<String>,
}

/// One value a message needs, kept typed until it is worded in the reader's way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// A number as Fluent takes it, so plural forms can follow it.
    Number(i64),
    /// A big number written the language's way, grouped: `25,000,000`, `25 000 000`.
    Grouped(i64),
    Money(Money),
    Day(NaiveDate),
    /// units × 10^-scale written the language's way without zeros at its end: `12.5`,
    /// `12,5` (a plan's percentage as the plan wrote it).
    Trimmed(i64, u8),
    /// A period as the reader names it: `Q1 FY2026 (Jan–Mar 2026)`.
    Period(crate::core::period::Period),
    /// Another message, said in the same language: `metric-deals`.
    Message(String),
    /// Another message with values of its own, said in the same language.
    Said(Box<Said>),
}

impl Part {
    /// Another catalogue message as the value: `Part::message("metric-deals")`.
    pub fn message(key: impl Into<String>) -> Part {
        Part::Message(key.into())
    }
}

impl From<&str> for Part {
    fn from(text: &str) -> Part {
        Part::Text(text.to_string())
    }
}
impl From<String> for Part {
    fn from(text: String) -> Part {
        Part::Text(text)
    }
}
impl From<i64> for Part {
    fn from(n: i64) -> Part {
        Part::Number(n)
    }
}
impl From<Money> for Part {
    fn from(money: Money) -> Part {
        Part::Money(money)
    }
}
impl From<Said> for Part {
    fn from(said: Said) -> Part {
        Part::Said(Box::new(said))
    }
}
impl From<NaiveDate> for Part {
    fn from(day: NaiveDate) -> Part {
        Part::Day(day)
    }
}

impl Said {
    pub fn new(key: &'static str) -> Said {
        Said {
            key,
            values: Vec::new(),
            hint: None,
            option: None,
        }
    }

    /// The message with a hint several messages share: `error-amount-hint`.
    pub fn hinted_by(mut self, hint: &'static str) -> Said {
        self.hint = Some(hint);
        self
    }

    /// The message said as being about one option: `amount: I could not read …`.
    pub fn about_option(mut self, option: &str) -> Said {
        self.option = Some(option.to_string());
        self
    }

    /// The message with one more value.
    pub fn with(mut self, name: &'static str, value: impl Into<Part>) -> Said {
        self.values.push((name, value.into()));
        self
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `words`' language.
    pub fn word(&self, words: Words) -> String {
        let message = self.word_key(words, self.key);
        match &self.option {
            Some(option) => words.say_with(
                "error-in-option",
                &[
                    ("option", option.as_str().into()),
                    ("message", message.into()),
                ],
            ),
            None => message,
        }
    }

    /// How to put it right, when the catalogues give a hint (`<key>-hint`, or the
    /// shared one it was given).
    pub fn hint(&self, words: Words) -> Option<String> {
        let key = match self.hint {
            Some(shared) => shared.to_string(),
            None => format!("{}-hint", self.key),
        };
        Words::new(Language::En)
            .has(&key)
            .then(|| self.word_key(words, &key))
    }

    fn word_key(&self, words: Words, key: &str) -> String {
        let texts: Vec<(&str, String)> = self
            .values
            .iter()
            .filter_map(|(name, part)| {
                let text = match part {
                    Part::Text(_) | Part::Number(_) => return None,
                    Part::Grouped(n) => words.number(*n),
                    Part::Money(money) => words.money(*money),
                    Part::Day(day) => words.day(*day),
                    Part::Period(period) => words.period(period),
                    Part::Trimmed(units, scale) => {
                        super::numbers::trimmed(words.language(), *units, *scale)
                    }
                    Part::Message(key) => words.say(key),
                    Part::Said(inner) => inner.word(words),
                };
                Some((*name, text))
            })
            .collect();
        let mut args: Vec<(&str, Value<'_>)> = Vec::new();
        for (name, part) in &self.values {
            let value = match part {
                Part::Text(text) => Value::from(text.as_str()),
                Part::Number(n) => Value::from(*n),
                Part::Grouped(_)
                | Part::Money(_)
                | Part::Day(_)
                | Part::Period(_)
                | Part::Trimmed(..)
                | Part::Message(_)
                | Part::Said(_) => texts
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(Value::None, |(_, t)| Value::from(t.as_str())),
            };
            args.push((name, value));
        }
        words.say_with(key, &args)
    }
}
