//! The one split every adapter renders the same way: a user error (shown to the
//! user, privately, with how to fix it) or an internal error (a reference to quote,
//! the details in the log). `for_people` is the one place either becomes words.

use crate::core::crm::CrmError;
use crate::core::dates::DateError;
use crate::core::deal::{DealError, TextError};
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

impl From<MoneyError> for CommandError {
    fn from(e: MoneyError) -> Self {
        CommandError::with_hint(e.to_string(), MoneyError::ACCEPTED)
    }
}
impl From<DateError> for CommandError {
    fn from(e: DateError) -> Self {
        CommandError::user(e.to_string())
    }
}
impl From<PeriodError> for CommandError {
    fn from(e: PeriodError) -> Self {
        CommandError::user(e.to_string())
    }
}
impl From<DealError> for CommandError {
    fn from(e: DealError) -> Self {
        CommandError::user(e.to_string())
    }
}
impl From<TextError> for CommandError {
    fn from(e: TextError) -> Self {
        CommandError::user(e.to_string())
    }
}
impl From<CrmError> for CommandError {
    fn from(e: CrmError) -> Self {
        CommandError::user(e.to_string())
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
