//! The one split every adapter renders the same way: a user error (shown to the
//! user, privately, with how to fix it) or an internal error (a reference to quote,
//! the details in the log). `for_people` is the one place either becomes words.

use crate::core::crm::CrmError;
use crate::core::dates::DateError;
use crate::core::deal::{DealError, TextError};
use crate::core::ids::{ActivityId, AlertNumber, DealNumber, DocumentNumber, ScheduleNumber};
use crate::core::money::MoneyError;
use crate::core::period::PeriodError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// Bad input or not allowed: the message says what is wrong and how to fix it.
    #[error("{message}")]
    User {
        message: String,
        hint: Option<String>,
    },
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
        matches!(self, CommandError::User { .. })
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

impl From<NotFound> for CommandError {
    fn from(missing: NotFound) -> Self {
        let (message, hint) = match missing {
            NotFound::Deal(number) => (
                format!("There is no deal #{number} in this server."),
                "See your deals with /deal list.".to_string(),
            ),
            NotFound::Schedule(number) => (
                format!("There is no schedule #{number}."),
                "See them with /schedule list.".to_string(),
            ),
            NotFound::Activity(number) => (
                format!("There is no activity #{number}."),
                "See the numbers with /activity list.".to_string(),
            ),
            NotFound::Document(number) => (
                format!("There is no document #{number}."),
                "See them with /docs list.".to_string(),
            ),
            NotFound::Alert(number) => (
                format!("There is no alert #{number}."),
                "See the open ones with /alerts list.".to_string(),
            ),
            NotFound::AlertRule(key) => (
                format!("There is no alert rule called {key:?}."),
                "See them with /alerts rules.".to_string(),
            ),
            NotFound::Contest(name) => (
                format!("There is no contest called {name:?}."),
                "See them with /contest list.".to_string(),
            ),
            NotFound::Team(name) => (
                format!("There is no team called {name:?}."),
                "See the teams with /team list.".to_string(),
            ),
            NotFound::Rep(name) => (
                format!("There is no rep called {name:?} here."),
                "Use a rep's name as /team list shows it, or mention a chat user (@name)."
                    .to_string(),
            ),
            NotFound::CrmRep(name) => (
                format!("There is no rep called {name:?}."),
                "See the reps from the CRM with /team list.".to_string(),
            ),
            NotFound::Stage { name, stages } => (
                format!("There is no stage {name:?}."),
                format!("Stages: {stages}."),
            ),
        };
        CommandError::with_hint(message, hint)
    }
}

impl From<MoneyError> for CommandError {
    fn from(e: MoneyError) -> Self {
        CommandError::with_hint(e.to_string(), MoneyError::ACCEPTED)
    }
}
/// Errors of the core that are the user's to fix: their own words are the message.
macro_rules! users_to_fix {
    ($($error:ty),+) => {
        $(impl From<$error> for CommandError {
            fn from(e: $error) -> Self {
                CommandError::user(e.to_string())
            }
        })+
    };
}
users_to_fix!(
    DateError,
    PeriodError,
    DealError,
    TextError,
    CrmError,
    crate::core::calendar::DaysOffError
);

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

/// Words a `CommandError` for the user. An internal error is logged here, once, with
/// the reference the user is given.
pub fn for_people(e: &CommandError) -> ForPeople {
    match e {
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
            let why = match inner {
                StoreError::DiskFull => "disk full",
                StoreError::ReadOnly => "it is read-only",
                _ => "the disk failed",
            };
            ForPeople {
                message: format!("The database cannot be written: {why}. Nothing was saved."),
                hint: Some(format!(
                    "Try again once an admin has made room or fixed the disk (reference {reference})."
                )),
                reference: Some(reference),
            }
        }
        CommandError::Internal(inner) => {
            let reference = error_reference();
            tracing::error!(reference = %reference, error = %inner, "command failed");
            ForPeople {
                message: format!("Something went wrong on our side (reference {reference})."),
                hint: Some(
                    "Nothing was half-saved. Try again; if it keeps happening, quote the reference to your admin."
                        .to_string(),
                ),
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
        for missing in all {
            let CommandError::User { message, hint } = CommandError::from(missing.clone()) else {
                panic!("{missing:?} is a user error");
            };
            assert!(message.starts_with("There is no "), "{message}");
            let hint = hint.unwrap_or_default();
            assert!(
                hint.contains(" /"),
                "{missing:?}: the hint names a command: {hint}"
            );
            assert!(hint.ends_with('.'), "{hint}");
        }
        let CommandError::User { message, hint } = CommandError::from(NotFound::Stage {
            name: named("Won"),
            stages: named("Lead, Qualified"),
        }) else {
            panic!("a missing stage is a user error");
        };
        assert_eq!(message, "There is no stage \"Won\".");
        assert_eq!(hint.as_deref(), Some("Stages: Lead, Qualified."));
    }
}
