//! A CSV file as spreadsheet programs save it: its text encoding and column separator
//! detected, split into a header and records.

use super::CrmError;
use crate::core::deal::clean_text;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;

/// How a file was read: its text encoding and the character between its columns, as
/// the import report tells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReadAs {
    /// "UTF-8", "windows-1250", "UTF-16LE", …
    pub encoding: &'static str,
    pub separator: char,
}

/// A CSV's header (lower-cased names → column index) and how it was read; its records
/// come from `Rows`.
pub(super) struct Table {
    columns: HashMap<String, usize>,
    pub(super) header_names: Vec<String>,
    pub(super) read_as: ReadAs,
    /// Non-blank lines after the header: about how many rows the file holds.
    pub(super) rows_in_file: usize,
}

/// A CSV's records, read one at a time (line number, fields); blank lines are passed
/// over, and a quote left open stops the reading with an error.
pub(super) struct Rows<'a> {
    /// Over the file's own bytes when they are UTF-8 already (no copy of a big file),
    /// else over their decoded text.
    records: csv::StringRecordsIntoIter<std::io::Cursor<Cow<'a, [u8]>>>,
    separator: char,
    separators: usize,
    rows_in_file: usize,
}

impl Iterator for Rows<'_> {
    type Item = Result<(u64, csv::StringRecord), CrmError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let record = match self.records.next()? {
                Ok(record) => record,
                Err(e) => {
                    return Some(Err(CrmError::Malformed {
                        line: e.position().map(|p| p.line()).unwrap_or(0),
                        message: e.to_string(),
                    }));
                }
            };
            let line = record.position().map(|p| p.line()).unwrap_or(0);
            // A field holding lines that look like whole rows is an unclosed quote.
            let (separator, separators) = (self.separator, self.separators);
            let swallowed = record
                .iter()
                .flat_map(|f| f.lines().skip(1))
                .filter(|l| separators > 0 && l.matches(separator).count() >= separators)
                .count();
            if swallowed > 0 {
                return Some(Err(CrmError::UnclosedQuote {
                    line,
                    swallowed,
                    rows: self.rows_in_file,
                }));
            }
            if record.iter().all(|f| f.trim().is_empty()) {
                continue; // blank line
            }
            return Some(Ok((line, record)));
        }
    }
}

/// The file's text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark
/// (Excel's "Unicode text"), or a legacy code page detected from the bytes (a Polish or
/// German Excel saves Windows-1250 or Windows-1252).
fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, &'static str), CrmError> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(CrmError::NotText {
                encoding: encoding.name(),
            });
        }
        return Ok((text, encoding.name()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(text), "UTF-8"));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, false);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(CrmError::NotText {
            encoding: encoding.name(),
        });
    }
    Ok((text, encoding.name()))
}

/// The character between columns: the one of `, ; TAB |` that splits the header line
/// (outside quotes) into the most columns; a comma when none does.
fn separator_of(text: &str) -> char {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |sep: char| {
        let mut quoted = false;
        header
            .chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                !quoted && *c == sep
            })
            .count()
    };
    [',', ';', '\t', '|']
        .into_iter()
        .max_by_key(|sep| (count(*sep), *sep == ','))
        .filter(|sep| count(*sep) > 0)
        .unwrap_or(',')
}

/// Opens a CSV: detects its encoding and separator, reads and checks its header, and
/// hands back the header with its records still to be read.
pub(super) fn open_table(bytes: &[u8]) -> Result<(Table, Rows<'_>), CrmError> {
    let (text, encoding) = decode(bytes)?;
    // A spreadsheet's text has no NUL bytes; a picture or an archive does.
    if text.contains('\0') {
        return Err(CrmError::NotText { encoding });
    }
    if text.trim().is_empty() {
        return Err(CrmError::Empty);
    }
    let separator = separator_of(&text);
    // What the file seems to hold, line by line, to say when a quote swallowed rows.
    let rows_in_file = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .count();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator as u8)
        .from_reader(std::io::Cursor::new(match text {
            Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
            Cow::Owned(text) => Cow::Owned(text.into_bytes()),
        }));
    let header = reader
        .headers()
        .map_err(|e| CrmError::Malformed {
            line: 1,
            message: e.to_string(),
        })?
        .clone();
    let header_names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    for (second, name) in header_names.iter().enumerate() {
        if let Some(first) = header_names[..second].iter().position(|h| h == name)
            && !name.is_empty()
        {
            return Err(CrmError::DuplicateColumn {
                name: name.clone(),
                first: first + 1,
                second: second + 1,
            });
        }
    }
    let separators = header_names.len().saturating_sub(1);
    let columns = header_names
        .iter()
        .enumerate()
        .map(|(i, h)| (h.clone(), i))
        .collect();
    let table = Table {
        columns,
        header_names,
        read_as: ReadAs {
            encoding,
            separator,
        },
        rows_in_file,
    };
    let rows = Rows {
        records: reader.into_records(),
        separator,
        separators,
        rows_in_file,
    };
    Ok((table, rows))
}

impl Table {
    pub(super) fn has(&self, names: &[&str]) -> bool {
        names.iter().all(|n| self.columns.contains_key(*n))
    }
    /// The trimmed field, or None when the column is absent or the field blank.
    pub(super) fn field<'r>(&self, record: &'r csv::StringRecord, name: &str) -> Option<&'r str> {
        let index = *self.columns.get(name)?;
        record.get(index).map(str::trim).filter(|s| !s.is_empty())
    }

    /// A text column, cleaned and at most `max_chars` long; None when it is empty.
    pub(super) fn text(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
        max_chars: u16,
    ) -> Result<Option<String>, String> {
        self.field(record, column)
            .map(|text| clean_text(column, text, usize::from(max_chars)).map_err(|e| e.to_string()))
            .transpose()
    }

    /// A text column that must not be empty.
    pub(super) fn required_text(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
        max_chars: u16,
    ) -> Result<String, String> {
        let text = super::required(self, record, column)?;
        clean_text(column, text, usize::from(max_chars)).map_err(|e| e.to_string())
    }
}
