//! Why a row of an import was skipped: typed here, worded for the reader at the edge.

use crate::core::deal::{Outcome, TextError};
use crate::core::money::MoneyError;
use serde::Serialize;

/// Why a row of an import was skipped, with what it held; worded for the reader at
/// the edge (`commands::import`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum RowProblem {
    /// A column the row needs is blank.
    Empty {
        column: String,
    },
    TooLong {
        column: String,
        count: usize,
        most: usize,
    },
    /// A stage that is neither the team's nor in `import.stage_map`.
    UnknownStage {
        stage: String,
    },
    /// `import.stage_map` maps the stage to a key that is no stage.
    StageMapsNowhere {
        stage: String,
        key: String,
    },
    /// A date in the CRM export's US form (M/D/YYYY) that does not read.
    NotAUsDate {
        column: String,
        text: String,
    },
    /// A date in Dealbell's form (YYYY-MM-DD) that does not read.
    NotAnIsoDate {
        column: String,
        text: String,
    },
    NotAWholeAmount {
        text: String,
    },
    UnknownCurrency {
        code: String,
    },
    /// An amount that does not read, and why.
    Amount {
        text: String,
        #[serde(skip)]
        error: MoneyError,
    },
    /// A won or lost deal without the date it closed.
    ClosedWithoutDate {
        outcome: Outcome,
    },
    WonWithoutValue,
    /// The same id as an earlier row of the file.
    RepeatsId {
        id: String,
        first_line: u64,
    },
}

impl From<TextError> for RowProblem {
    fn from(e: TextError) -> RowProblem {
        match e {
            TextError::Empty(column) => RowProblem::Empty {
                column: column.to_string(),
            },
            TextError::TooLong(column, count, most) => RowProblem::TooLong {
                column: column.to_string(),
                count,
                most,
            },
        }
    }
}
