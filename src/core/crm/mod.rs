//! Reading CRM exports: the Maven CRM sample's `sales_pipeline.csv` and
//! `sales_teams.csv`, and Dealbell's own plain column format. Pure: bytes in, typed
//! rows and line-numbered skips out; the store applies them in one transaction.

use crate::core::closed_set::closed_set;

closed_set! {
    /// What a CRM export holds.
    pub enum ImportKind {
        Deals => "deals";
        Teams => "teams";
    }
}

closed_set! {
    /// Which column of a teams export names each rep's team.
    pub enum TeamColumn {
        Manager => "manager";
        Office => "office";
        Team => "team";
    }
}

mod table;
pub use table::{CsvSource, ReadAs};
use table::{Rows, Table, open_table};
mod problem;
pub use problem::RowProblem;

use super::deal::{Outcome, Pipeline, max_chars, product_key};
use super::money::{Currency, Money, MoneyError};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DealFormat {
    /// opportunity_id, sales_agent, product, account, deal_stage, engage_date, close_date, close_value
    MavenPipeline,
    /// external_id, rep, customer, product, amount, currency, stage, opened_on, expected_close, closed_on, lost_reason
    Dealbell,
}

/// One deal as the export describes it, checked and mapped onto the team's pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDeal {
    pub line: u64,
    pub external_id: String,
    pub rep: String,
    pub customer: String,
    pub product: Option<String>,
    pub amount: Option<Money>,
    pub stage: String,
    pub outcome: Outcome,
    pub opened_on: Option<NaiveDate>,
    pub expected_close: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub lost_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skip {
    pub line: u64,
    #[serde(flatten)]
    pub problem: RowProblem,
}

#[derive(Debug, Clone)]
pub struct ParsedDeals {
    pub format: DealFormat,
    pub read_as: ReadAs,
    pub rows_read: usize,
    pub deals: Vec<ImportedDeal>,
    pub skipped: Vec<Skip>,
    /// Rows that had no account and were given the placeholder customer name.
    pub without_account: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedTeamRow {
    pub line: u64,
    pub rep: String,
    /// The team the rep is in, from the column the manager chose.
    pub team: String,
    pub manager: String,
    pub region: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ParsedTeams {
    pub rows_read: usize,
    pub rows: Vec<ImportedTeamRow>,
    pub skipped: Vec<Skip>,
    pub read_as: ReadAs,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CrmError {
    #[error(
        "The file is not text I can read (it is not valid {encoding}). Export it as CSV (UTF-8) and try again."
    )]
    NotText { encoding: &'static str },
    #[error(
        "The column {name:?} appears twice (columns {first} and {second}), so I cannot tell which to read. Remove or rename one and try again."
    )]
    DuplicateColumn {
        name: String,
        first: usize,
        second: usize,
    },
    #[error(
        "Line {line} opens a quote that is not closed, so the {swallowed} lines after it would be read as one field (the file seems to have {rows} rows). Close the quote, or remove the stray \", and try again."
    )]
    UnclosedQuote {
        line: u64,
        swallowed: usize,
        rows: usize,
    },
    #[error("The file is empty.")]
    Empty,
    #[error("I don't recognise these columns: {found}. Expected the columns of {expected:?}.")]
    UnknownColumns { found: String, expected: ImportKind },
    #[error(
        "The file has no {column} column to name teams by (its columns: {found}). Choose another with team_by:manager, team_by:office or team_by:team."
    )]
    NoTeamColumn { column: &'static str, found: String },
    #[error("The CSV cannot be read near line {line}: {message}")]
    Malformed { line: u64, message: String },
    #[error(
        "The file could not be read to its end ({message}). Check that it is still there and readable, and try again."
    )]
    Unreadable { message: String },
}

/// The columns each kind of file is read by: the CRM export's, Dealbell's own, and
/// Dealbell's optional ones (for deals).
pub fn expected_columns(kind: ImportKind) -> (String, String, String) {
    match kind {
        ImportKind::Deals => (
            MAVEN_COLUMNS.join(", "),
            PLAIN_REQUIRED.join(", "),
            PLAIN_OPTIONAL.join(", "),
        ),
        ImportKind::Teams => (
            MAVEN_TEAM_COLUMNS.join(", "),
            PLAIN_TEAM_COLUMNS.join(", "),
            "team".to_string(),
        ),
    }
}

/// The columns of a team file: the CRM export's `sales_teams.csv`, and Dealbell's own.
const MAVEN_TEAM_COLUMNS: [&str; 3] = ["sales_agent", "manager", "regional_office"];
const PLAIN_TEAM_COLUMNS: [&str; 3] = ["rep", "manager", "region"];

const MAVEN_COLUMNS: [&str; 8] = [
    "opportunity_id",
    "sales_agent",
    "product",
    "account",
    "deal_stage",
    "engage_date",
    "close_date",
    "close_value",
];
const PLAIN_REQUIRED: [&str; 4] = ["external_id", "rep", "customer", "stage"];
const PLAIN_OPTIONAL: [&str; 7] = [
    "product",
    "amount",
    "currency",
    "opened_on",
    "expected_close",
    "closed_on",
    "lost_reason",
];

/// What a deal import needs to know about the team.
pub struct DealImportRules<'a> {
    pub pipeline: &'a Pipeline,
    /// Lower-cased CRM stage → stage key.
    pub stage_map: &'a BTreeMap<String, String>,
    pub currency: Currency,
    /// The customer of a deal the export names no account for, in the team's language
    /// (`(no account)`).
    pub no_account: &'a str,
}

/// Parses a deal export in either format.
pub fn parse_deals(bytes: &[u8], rules: &DealImportRules) -> Result<ParsedDeals, CrmError> {
    let mut reader = DealReader::open(bytes, rules)?;
    let mut deals = Vec::new();
    loop {
        let batch = reader.next_batch(10_000)?;
        if batch.is_empty() {
            break;
        }
        deals.extend(batch);
    }
    let read = reader.finish();
    Ok(ParsedDeals {
        format: read.format,
        read_as: read.read_as,
        rows_read: read.rows_read,
        deals,
        skipped: read.skipped,
        without_account: read.without_account,
    })
}

/// What reading a deals file found besides its deals: its format, how it was read, the
/// rows read and skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealsRead {
    pub format: DealFormat,
    pub read_as: ReadAs,
    pub rows_read: usize,
    /// The first `SKIPS_KEPT` rows skipped, with why.
    pub skipped: Vec<Skip>,
    /// Every row skipped.
    pub skipped_count: usize,
    /// Rows that had no account and were given the placeholder customer name.
    pub without_account: usize,
}

/// Skipped rows kept with their reasons; past these a big file's skips are only
/// counted, so a file of a million bad rows does not hold a million reasons.
pub const SKIPS_KEPT: usize = 1_000;

/// A deals file read a batch at a time, so a big file's deals are never all held at
/// once: its format and encoding are known when it opens, its skips gathered as it goes.
pub struct DealReader<'r> {
    table: Table,
    rows: Rows<'r>,
    format: DealFormat,
    rules: &'r DealImportRules<'r>,
    /// Each CRM id's first line, to skip a repeat. Kept by the id's 64-bit fingerprint
    /// rather than its text, so the map's size does not grow with the ids' length; two
    /// different ids of a million-row file share a fingerprint fewer than once in ten
    /// million such imports (the hash is keyed afresh for every file).
    first_line_of: HashMap<u64, u64>,
    fingerprints: std::collections::hash_map::RandomState,
    rows_read: usize,
    skipped: Vec<Skip>,
    skipped_count: usize,
    without_account: usize,
}

impl<'r> DealReader<'r> {
    pub fn open(
        file: &'r (impl CsvSource + ?Sized),
        rules: &'r DealImportRules<'r>,
    ) -> Result<DealReader<'r>, CrmError> {
        let (table, rows) = open_table(file)?;
        let format = if table.has(&MAVEN_COLUMNS) {
            DealFormat::MavenPipeline
        } else if table.has(&PLAIN_REQUIRED) {
            DealFormat::Dealbell
        } else {
            return Err(CrmError::UnknownColumns {
                found: table.header_names.join(", "),
                expected: ImportKind::Deals,
            });
        };
        Ok(DealReader {
            table,
            rows,
            format,
            rules,
            first_line_of: HashMap::new(),
            fingerprints: std::collections::hash_map::RandomState::new(),
            rows_read: 0,
            skipped: Vec::new(),
            skipped_count: 0,
            without_account: 0,
        })
    }

    pub fn format(&self) -> DealFormat {
        self.format
    }

    /// About how many rows the file holds (its non-blank lines after the header).
    pub fn rows_expected(&self) -> usize {
        self.table.rows_in_file
    }

    /// The next deals, at most `most`; none when the file is read to its end.
    pub fn next_batch(&mut self, most: usize) -> Result<Vec<ImportedDeal>, CrmError> {
        let mut batch = Vec::with_capacity(most.min(10_000));
        while batch.len() < most {
            let Some(next) = self.rows.next() else {
                break;
            };
            let (line, record) = next?;
            self.rows_read += 1;
            let row = match self.format {
                DealFormat::MavenPipeline => maven_row(&self.table, &record, line, self.rules),
                DealFormat::Dealbell => plain_row(&self.table, &record, line, self.rules),
            };
            let deal = match row {
                Ok(deal) => deal,
                Err(problem) => {
                    self.skip(line, problem);
                    continue;
                }
            };
            let fingerprint = self.fingerprints.hash_one(&deal.external_id);
            if let Some(first) = self.first_line_of.get(&fingerprint) {
                let problem = RowProblem::RepeatsId {
                    id: deal.external_id.clone(),
                    first_line: *first,
                };
                self.skip(line, problem);
                continue;
            }
            self.first_line_of.insert(fingerprint, line);
            if deal.customer == self.rules.no_account {
                self.without_account += 1;
            }
            batch.push(deal);
        }
        Ok(batch)
    }

    fn skip(&mut self, line: u64, problem: RowProblem) {
        if self.skipped.len() < SKIPS_KEPT {
            self.skipped.push(Skip { line, problem });
        }
        self.skipped_count += 1;
    }

    pub fn finish(self) -> DealsRead {
        DealsRead {
            format: self.format,
            read_as: self.table.read_as,
            rows_read: self.rows_read,
            skipped: self.skipped,
            skipped_count: self.skipped_count,
            without_account: self.without_account,
        }
    }
}

fn required<'r>(
    table: &Table,
    record: &'r csv::StringRecord,
    name: &str,
) -> Result<&'r str, RowProblem> {
    table.field(record, name).ok_or_else(|| RowProblem::Empty {
        column: name.to_string(),
    })
}

fn map_stage(raw: &str, rules: &DealImportRules) -> Result<(String, Outcome), RowProblem> {
    let key = rules
        .stage_map
        .get(&raw.to_lowercase())
        .cloned()
        .or_else(|| rules.pipeline.find(raw).map(|s| s.key.clone()))
        .ok_or_else(|| RowProblem::UnknownStage {
            stage: raw.to_string(),
        })?;
    let stage = rules
        .pipeline
        .by_key(&key)
        .ok_or_else(|| RowProblem::StageMapsNowhere {
            stage: raw.to_string(),
            key: key.clone(),
        })?;
    Ok((stage.key.clone(), stage.outcome))
}

fn us_date(text: Option<&str>, column: &str) -> Result<Option<NaiveDate>, RowProblem> {
    text.map(|t| {
        NaiveDate::parse_from_str(t, "%m/%d/%Y")
            .or_else(|_| NaiveDate::parse_from_str(t, "%Y-%m-%d"))
            .map_err(|_| RowProblem::NotAUsDate {
                column: column.to_string(),
                text: t.to_string(),
            })
    })
    .transpose()
}

fn iso_date(text: Option<&str>, column: &str) -> Result<Option<NaiveDate>, RowProblem> {
    text.map(|t| {
        NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| RowProblem::NotAnIsoDate {
            column: column.to_string(),
            text: t.to_string(),
        })
    })
    .transpose()
}

fn maven_row(
    table: &Table,
    r: &csv::StringRecord,
    line: u64,
    rules: &DealImportRules,
) -> Result<ImportedDeal, RowProblem> {
    let external_id = table.required_text(r, "opportunity_id", max_chars::CRM_KEY)?;
    let rep = table.required_text(r, "sales_agent", max_chars::CRM_KEY)?;
    let (stage, outcome) = map_stage(required(table, r, "deal_stage")?, rules)?;
    let customer = table
        .text(r, "account", max_chars::CUSTOMER)?
        .unwrap_or_else(|| rules.no_account.to_string());
    let product = table.text(r, "product", max_chars::PRODUCT)?;
    let opened_on = us_date(table.field(r, "engage_date"), "engage_date")?;
    let closed_on = us_date(table.field(r, "close_date"), "close_date")?;
    let amount = table
        .field(r, "close_value")
        .map(|v| {
            v.parse::<i64>()
                .ok()
                .filter(|n| (0..=super::money::MAX_MAJOR_UNITS).contains(n))
                .map(|n| {
                    Money::new(
                        n * 10_i64.pow(u32::from(rules.currency.exponent())),
                        rules.currency,
                    )
                })
                .ok_or_else(|| RowProblem::NotAWholeAmount {
                    text: v.to_string(),
                })
        })
        .transpose()?;
    check_closed(outcome, closed_on, amount)?;
    Ok(ImportedDeal {
        line,
        external_id,
        rep,
        customer,
        product,
        amount,
        stage,
        outcome,
        opened_on,
        expected_close: None,
        closed_on,
        lost_reason: None,
    })
}

fn plain_row(
    table: &Table,
    r: &csv::StringRecord,
    line: u64,
    rules: &DealImportRules,
) -> Result<ImportedDeal, RowProblem> {
    let external_id = table.required_text(r, "external_id", max_chars::CRM_KEY)?;
    let rep = table.required_text(r, "rep", max_chars::CRM_KEY)?;
    let customer = table.required_text(r, "customer", max_chars::CUSTOMER)?;
    let (stage, outcome) = map_stage(required(table, r, "stage")?, rules)?;
    let currency = match table.field(r, "currency") {
        Some(code) => Currency::from_code(code).ok_or_else(|| RowProblem::UnknownCurrency {
            code: code.to_string(),
        })?,
        None => rules.currency,
    };
    let amount = table
        .field(r, "amount")
        .map(|a| import_amount(a, currency))
        .transpose()?;
    let closed_on = iso_date(table.field(r, "closed_on"), "closed_on")?;
    check_closed(outcome, closed_on, amount)?;
    Ok(ImportedDeal {
        line,
        external_id,
        rep,
        customer,
        product: table.text(r, "product", max_chars::PRODUCT)?,
        amount,
        stage,
        outcome,
        opened_on: iso_date(table.field(r, "opened_on"), "opened_on")?,
        expected_close: iso_date(table.field(r, "expected_close"), "expected_close")?,
        closed_on,
        lost_reason: table.text(r, "lost_reason", max_chars::LOST_REASON)?,
    })
}

/// An amount in an import: as typed in chat, and also zero, which CRMs write for a lost
/// or open deal without a value (and Dealbell's own export writes back as `0.00`).
fn import_amount(text: &str, currency: Currency) -> Result<Money, RowProblem> {
    match Money::parse(text, currency) {
        Ok(m) => Ok(m),
        Err(MoneyError::NotPositive) if !text.contains(['-', '−']) => Ok(Money::new(0, currency)),
        Err(error) => Err(RowProblem::Amount {
            text: text.to_string(),
            error,
        }),
    }
}

/// Closed deals need the date they closed; won deals also need what they were worth.
fn check_closed(
    outcome: Outcome,
    closed_on: Option<NaiveDate>,
    amount: Option<Money>,
) -> Result<(), RowProblem> {
    match outcome {
        Outcome::Open => Ok(()),
        Outcome::Won | Outcome::Lost if closed_on.is_none() => {
            Err(RowProblem::ClosedWithoutDate { outcome })
        }
        Outcome::Won if amount.is_none_or(|m| m.minor <= 0) => Err(RowProblem::WonWithoutValue),
        Outcome::Won | Outcome::Lost => Ok(()),
    }
}

/// Parses `sales_teams.csv` (sales_agent, manager, regional_office) or the plain
/// form (rep, manager, region, and optionally team); each rep's team is named by the
/// column `team_by` chooses.
pub fn parse_teams(bytes: &[u8], team_by: TeamColumn) -> Result<ParsedTeams, CrmError> {
    let (table, rows) = open_table(bytes)?;
    let records = rows.collect::<Result<Vec<_>, _>>()?;
    let (rep_col, region_col) = if table.has(&["sales_agent", "manager"]) {
        ("sales_agent", "regional_office")
    } else if table.has(&["rep", "manager"]) {
        ("rep", "region")
    } else {
        return Err(CrmError::UnknownColumns {
            found: table.header_names.join(", "),
            expected: ImportKind::Teams,
        });
    };
    let team_col = match team_by {
        TeamColumn::Manager => "manager",
        TeamColumn::Office => region_col,
        TeamColumn::Team => "team",
    };
    if !table.has(&[team_col]) {
        return Err(CrmError::NoTeamColumn {
            column: team_col,
            found: table.header_names.join(", "),
        });
    }
    let mut parsed = ParsedTeams {
        rows_read: records.len(),
        rows: Vec::new(),
        skipped: Vec::new(),
        read_as: table.read_as,
    };
    for (line, record) in &records {
        let row = (|| -> Result<ImportedTeamRow, RowProblem> {
            Ok(ImportedTeamRow {
                line: *line,
                rep: table.required_text(record, rep_col, max_chars::CRM_KEY)?,
                team: table.required_text(record, team_col, max_chars::CRM_KEY)?,
                manager: table.required_text(record, "manager", max_chars::CRM_KEY)?,
                region: table.text(record, region_col, max_chars::CRM_KEY)?,
            })
        })();
        match row {
            Ok(r) => parsed.rows.push(r),
            Err(problem) => parsed.skipped.push(Skip {
                line: *line,
                problem,
            }),
        }
    }
    Ok(parsed)
}

/// Product names that differ only in spacing, case or punctuation ("GTXPro" and
/// "GTX Pro"), each group with how often each spelling occurs. Reported, never merged.
pub fn product_variants<'a>(
    names: impl IntoIterator<Item = (&'a str, u64)>,
) -> Vec<Vec<(String, u64)>> {
    let mut groups: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (name, count) in names {
        *groups
            .entry(product_key(name))
            .or_default()
            .entry(name.to_string())
            .or_default() += count;
    }
    groups
        .into_values()
        .filter(|spellings| spellings.len() > 1)
        .map(|spellings| spellings.into_iter().collect())
        .collect()
}
#[cfg(test)]
mod tests;
