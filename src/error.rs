//! The one split every adapter renders the same way: a user error (shown to the
//! user, privately, with how to fix it) or an internal error (a reference to quote,
//! the details in the log). `for_people` is the one place either becomes words.

use crate::core::crm::CrmError;
use crate::core::dates::DateError;
use crate::core::deal::{DealError, TextError};
use crate::core::ids::{ActivityId, AlertNumber, DealNumber, DocumentNumber, ScheduleNumber};
use crate::core::money::{Ambiguity, MoneyError};
use crate::core::period::PeriodError;
use crate::i18n::{Said, Words};
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// Bad input or not allowed: the message says what is wrong and how to fix it.
    #[error("{message}")]
    User {
        message: String,
        hint: Option<String>,
    },
    /// Something a command names is not there: worded at the edge, in the reader's
    /// language.
    #[error("not found: {0:?}")]
    Missing(NotFound),
    /// Bad input or not allowed, said from the catalogues (the message, and its hint
    /// when there is one): worded at the edge, in the reader's language.
    #[error("refused: {}", .0.key())]
    Said(Said),
    /// Something broke on our side.
    #[error(transparent)]
    Internal(#[from] StoreError),
}

impl CommandError {
    pub fn user(message: impl Into<String>) -> CommandError {
        CommandError::User {
            message: message.into(),
            hint: None,
        }
    }
    pub fn with_hint(message: impl Into<String>, hint: impl Into<String>) -> CommandError {
        CommandError::User {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            CommandError::User { .. } | CommandError::Missing(_) | CommandError::Said(_)
        )
    }
}

/// Something a command names that is not there. Each says, in one wording, what is
/// missing and where to see what there is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotFound {
    Deal(DealNumber),
    Schedule(ScheduleNumber),
    Activity(ActivityId),
    Document(DocumentNumber),
    Alert(AlertNumber),
    AlertRule(String),
    Contest(String),
    Team(String),
    /// A rep named in an option that also takes a chat user.
    Rep(String),
    /// A rep as the CRM names them (linking a rep to a chat user).
    CrmRep(String),
    Stage {
        name: String,
        stages: String,
    },
}

impl From<Said> for CommandError {
    fn from(said: Said) -> Self {
        CommandError::Said(said)
    }
}

impl From<NotFound> for CommandError {
    fn from(missing: NotFound) -> Self {
        CommandError::Missing(missing)
    }
}

impl NotFound {
    /// What is missing, and where to see what there is, in the reader's words.
    fn worded(&self, words: Words) -> (String, String) {
        let number = |key: &str, n: i64| {
            (
                words.say_with(key, &[("number", n.into())]),
                words.say(&format!("{key}-hint")),
            )
        };
        let named = |key: &str, name: &str| {
            (
                words.say_with(key, &[("name", name.into())]),
                words.say(&format!("{key}-hint")),
            )
        };
        match self {
            NotFound::Deal(n) => number("error-no-deal", n.0),
            NotFound::Schedule(n) => number("error-no-schedule", n.0),
            NotFound::Activity(n) => number("error-no-activity", n.0),
            NotFound::Document(n) => number("error-no-document", n.0),
            NotFound::Alert(n) => number("error-no-alert", n.0),
            NotFound::AlertRule(name) => named("error-no-alert-rule", name),
            NotFound::Contest(name) => named("error-no-contest", name),
            NotFound::Team(name) => named("error-no-team", name),
            NotFound::Rep(name) => named("error-no-rep", name),
            NotFound::CrmRep(name) => named("error-no-crm-rep", name),
            NotFound::Stage { name, stages } => (
                words.say_with("error-no-stage", &[("name", name.as_str().into())]),
                words.say_with("error-no-stage-hint", &[("stages", stages.as_str().into())]),
            ),
        }
    }
}

impl From<MoneyError> for CommandError {
    fn from(e: MoneyError) -> Self {
        CommandError::Said(money_said(e))
    }
}

/// An amount that did not read, as the catalogues say it, with how to write one.
pub fn money_said(e: MoneyError) -> Said {
    let said = match e {
        MoneyError::Unreadable(input) => Said::new("error-amount-unreadable").with("input", input),
        MoneyError::NotPositive => Said::new("error-amount-not-positive"),
        MoneyError::TooLarge { input, most } => Said::new("error-amount-too-large")
            .with("input", input)
            .with("most", most),
        MoneyError::Ambiguous { input, why } => match why {
            Ambiguity::SharedSymbol { symbol, codes } => Said::new("error-amount-shared-symbol")
                .with("input", input)
                .with("symbol", symbol)
                .with("codes", codes.join(", "))
                .with("first", codes.first().copied().unwrap_or("")),
            Ambiguity::LeadingZero => Said::new("error-amount-leading-zero").with("input", input),
            Ambiguity::ThousandsOrDecimals { whole, decimal } => {
                Said::new("error-amount-thousands-or-decimals")
                    .with("input", input)
                    .with("whole", whole)
                    .with("decimal", decimal)
            }
            Ambiguity::DigitGroups => Said::new("error-amount-digit-groups").with("input", input),
        },
        MoneyError::TooPrecise {
            input,
            code,
            exponent,
        } => Said::new("error-amount-too-precise")
            .with("input", input)
            .with("code", code)
            .with("exponent", i64::from(exponent)),
        MoneyError::TwoCurrencies(input) => {
            Said::new("error-amount-two-currencies").with("input", input)
        }
        MoneyError::UnknownCurrency(input) => {
            Said::new("error-amount-unknown-currency").with("input", input)
        }
    };
    said.hinted_by("error-amount-hint")
}

impl From<DateError> for CommandError {
    fn from(e: DateError) -> Self {
        CommandError::Said(date_said(e))
    }
}

/// A date that does not read, said with how to write one.
pub fn date_said(e: DateError) -> Said {
    {
        match e {
            DateError::Unreadable(input) => Said::new("error-date-unreadable").with("input", input),
            DateError::OutOfRange {
                input,
                date,
                earliest,
                latest,
            } => Said::new("error-date-out-of-range")
                .with("input", input)
                .with("date", date)
                .with("earliest", i64::from(earliest))
                .with("latest", i64::from(latest)),
        }
    }
}
/// A CRM file that cannot be imported, said with what to do about it.
impl From<CrmError> for CommandError {
    fn from(e: CrmError) -> Self {
        CommandError::Said(match e {
            CrmError::NotText { encoding } => {
                Said::new("error-import-not-text").with("encoding", encoding)
            }
            CrmError::DuplicateColumn {
                name,
                first,
                second,
            } => Said::new("error-import-duplicate-column")
                .with("name", name)
                .with("first", first as i64)
                .with("second", second as i64),
            CrmError::UnclosedQuote {
                line,
                swallowed,
                rows,
            } => Said::new("error-import-unclosed-quote")
                .with("line", line as i64)
                .with("swallowed", swallowed as i64)
                .with("rows", rows as i64),
            CrmError::Empty => Said::new("error-import-empty"),
            CrmError::UnknownColumns { found, expected } => {
                let (crm, dealbell, optional) = crate::core::crm::expected_columns(expected);
                Said::new("error-import-unknown-columns")
                    .with("found", found)
                    .with("crm", crm)
                    .with("dealbell", dealbell)
                    .with("optional", optional)
            }
            CrmError::NoTeamColumn { column, found } => Said::new("error-import-no-team-column")
                .with("column", column)
                .with("found", found),
            CrmError::Malformed { line, message } => Said::new("error-import-malformed")
                .with("line", line as i64)
                .with("error", message),
            CrmError::Unreadable { message } => {
                Said::new("error-import-unreadable").with("error", message)
            }
        })
    }
}

impl From<DealError> for CommandError {
    fn from(e: DealError) -> Self {
        CommandError::Said(match e {
            DealError::AlreadyWon(number) => {
                Said::new("error-deal-already-won").with("number", number.0)
            }
            DealError::AlreadyLost(number) => {
                Said::new("error-deal-already-lost").with("number", number.0)
            }
            DealError::SameStage(number, stage) => Said::new("error-deal-same-stage")
                .with("number", number.0)
                .with("stage", stage),
            DealError::NoAmount(number) => {
                Said::new("error-deal-no-amount").with("number", number.0)
            }
            DealError::CloseThroughStage => Said::new("error-deal-close-through-stage"),
            DealError::CloseInFuture(date) => {
                Said::new("error-deal-close-in-future").with("date", date)
            }
            DealError::CloseTooOld { date, days } => Said::new("error-deal-close-too-old")
                .with("date", date)
                .with("days", days),
        })
    }
}

/// Free text that does not fit, said about the option it was typed in.
impl From<TextError> for CommandError {
    fn from(e: TextError) -> Self {
        CommandError::Said(match e {
            TextError::Empty(option) => Said::new("error-text-empty").about_option(option),
            TextError::TooLong(option, count, most) => Said::new("error-text-too-long")
                .with("count", count as i64)
                .with("most", most as i64)
                .about_option(option),
        })
    }
}

impl From<PeriodError> for CommandError {
    fn from(e: PeriodError) -> Self {
        CommandError::Said(match e {
            PeriodError::Unknown(typed) => Said::new("error-period-unknown").with("typed", typed),
            PeriodError::Backwards(from, to) => Said::new("error-period-backwards")
                .with("from", from)
                .with("to", to),
            PeriodError::TooLong => Said::new("error-period-too-long"),
        })
    }
}

impl From<crate::core::calendar::DaysOffError> for CommandError {
    fn from(e: crate::core::calendar::DaysOffError) -> Self {
        use crate::core::calendar::DaysOffError;
        match e {
            DaysOffError::Date(e) => match CommandError::from(e) {
                CommandError::Said(said) => CommandError::Said(said.about_option("days_off")),
                other => other,
            },
            DaysOffError::TooMany => CommandError::Said(
                Said::new("error-days-off-too-many")
                    .with("most", crate::core::calendar::MAX_DAYS_OFF as i64)
                    .about_option("days_off"),
            ),
        }
    }
}

/// A short reference for an internal error, to quote when asking for help; the same
/// reference is written to the log with the full error.
pub fn error_reference() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("E{:06X}", (nanos ^ n.wrapping_mul(0x9E37_79B9)) & 0xFF_FFFF)
}

/// Why the database cannot be written, as the catalogues choose their words by it
/// (`error-cannot-write`, `storage-alarm-why`).
pub fn cannot_write_why(e: &StoreError) -> &'static str {
    match e {
        StoreError::DiskFull => "disk-full",
        StoreError::ReadOnly => "read-only",
        _ => "other",
    }
}

/// An error as the person who ran the command reads it, whichever adapter shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForPeople {
    /// What went wrong, in the user's terms.
    pub message: String,
    /// How to fix it, or what to do next.
    pub hint: Option<String>,
    /// For internal errors: the reference written to the log beside the details.
    pub reference: Option<String>,
}

/// Words a `CommandError` for the user, in `words`. An internal error is logged here,
/// once, with the reference the user is given.
pub fn for_people(e: &CommandError, words: Words) -> ForPeople {
    match e {
        CommandError::Said(said) => {
            tracing::info!(error = said.key(), "refused");
            ForPeople {
                message: said.word(words),
                hint: said.hint(words),
                reference: None,
            }
        }
        CommandError::Missing(missing) => {
            tracing::info!(error = ?missing, "refused: not found");
            let (message, hint) = missing.worded(words);
            ForPeople {
                message,
                hint: Some(hint),
                reference: None,
            }
        }
        CommandError::User { message, hint } => {
            tracing::info!(error = %message, "refused");
            ForPeople {
                message: message.clone(),
                hint: hint.clone(),
                reference: None,
            }
        }
        CommandError::Internal(
            inner @ (StoreError::DiskFull | StoreError::ReadOnly | StoreError::Io(_)),
        ) => {
            let reference = error_reference();
            tracing::error!(reference = %reference, error = %inner, "the database cannot be written");
            let why = cannot_write_why(inner);
            ForPeople {
                message: words.say_with("error-cannot-write", &[("why", why.into())]),
                hint: Some(words.say_with(
                    "error-cannot-write-hint",
                    &[("reference", reference.as_str().into())],
                )),
                reference: Some(reference),
            }
        }
        CommandError::Internal(inner) => {
            let reference = error_reference();
            tracing::error!(reference = %reference, error = %inner, "command failed");
            ForPeople {
                message: words.say_with(
                    "error-internal",
                    &[("reference", reference.as_str().into())],
                ),
                hint: Some(words.say("error-internal-hint")),
                reference: Some(reference),
            }
        }
    }
}

#[cfg(test)]
mod not_found_tests {
    use super::*;

    #[test]
    fn every_missing_thing_says_what_is_missing_and_where_to_look() {
        let named = |s: &str| s.to_string();
        let all = [
            NotFound::Deal(DealNumber(7)),
            NotFound::Schedule(ScheduleNumber(2)),
            NotFound::Activity(ActivityId(3)),
            NotFound::Document(DocumentNumber(4)),
            NotFound::Alert(AlertNumber(5)),
            NotFound::AlertRule(named("stale")),
            NotFound::Contest(named("March")),
            NotFound::Team(named("North")),
            NotFound::Rep(named("Ana")),
            NotFound::CrmRep(named("Ana")),
        ];
        let en = Words::new(crate::core::language::Language::En);
        for missing in all {
            let error = CommandError::from(missing.clone());
            assert!(error.is_user_error(), "{missing:?} is the user's to fix");
            let ForPeople { message, hint, .. } = for_people(&error, en);
            assert!(message.starts_with("There is no "), "{message}");
            let hint = hint.unwrap_or_default();
            assert!(
                hint.contains(" /"),
                "{missing:?}: the hint names a command: {hint}"
            );
            assert!(hint.ends_with('.'), "{hint}");
        }
        let stage = CommandError::from(NotFound::Stage {
            name: named("Won"),
            stages: named("Lead, Qualified"),
        });
        let ForPeople { message, hint, .. } = for_people(&stage, en);
        assert_eq!(message, "There is no stage \"Won\".");
        assert_eq!(hint.as_deref(), Some("Stages: Lead, Qualified."));
    }
}
