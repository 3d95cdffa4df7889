//! A CSV file as spreadsheet programs save it: its text encoding and column separator
//! detected, split into a header and records.

use super::CrmError;
use crate::core::deal::clean_text;
use encoding_rs::{DecoderResult, Encoding, UTF_8};
use serde::Serialize;
use std::collections::HashMap;
use std::io::Read;

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
    /// Over the file's own bytes when they are UTF-8 already, else through a decoder.
    records: csv::StringRecordsIntoIter<Box<dyn Read + Send + 'a>>,
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
                Err(e) => return Some(Err(record_error(e))),
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

/// A record the CSV reader could not read: the file went away under it, or its text
/// is broken at a line.
fn record_error(e: csv::Error) -> CrmError {
    match e.kind() {
        csv::ErrorKind::Io(io) => CrmError::Unreadable {
            message: io.to_string(),
        },
        _ => CrmError::Malformed {
            line: e.position().map(|p| p.line()).unwrap_or(0),
            message: e.to_string(),
        },
    }
}

/// Where a CSV's bytes come from. It is read twice, each time from its start: once to
/// learn its encoding, separator and size, once for its records; so a big file on disk
/// is never held whole.
pub trait CsvSource {
    fn open(&self) -> std::io::Result<Box<dyn Read + Send + '_>>;
}

impl CsvSource for [u8] {
    fn open(&self) -> std::io::Result<Box<dyn Read + Send + '_>> {
        Ok(Box::new(self))
    }
}

/// How much of the file is read at a time.
const CHUNK: usize = 256 * 1024;

/// The longest header line kept to find the separator in.
const HEADER_MAX: usize = 64 * 1024;

/// What a first reading of the file found: its encoding and its lines.
struct Survey {
    encoding: &'static Encoding,
    /// The byte-order mark's length, passed over before the text.
    bom: usize,
    lines: LineCount,
}

/// The file's encoding: UTF-8 (with or without a byte-order mark), UTF-16 with its mark
/// (Excel's "Unicode text"), or a legacy code page detected from the bytes (a Polish or
/// German Excel saves Windows-1250 or Windows-1252); with its lines counted on the way.
fn survey(source: &(impl CsvSource + ?Sized)) -> Result<Survey, CrmError> {
    let mut start = [0u8; 3];
    let started = read_up_to(&mut *open(source)?, &mut start)?;
    if let Some((encoding, bom)) = Encoding::for_bom(&start[..started]) {
        return survey_as(source, encoding, bom);
    }
    if let Some(lines) = count_lines(source, UTF_8, 0)? {
        return Ok(Survey {
            encoding: UTF_8,
            bom: 0,
            lines,
        });
    }
    let mut detector = chardetng::EncodingDetector::new();
    let mut file = open(source)?;
    let mut chunk = vec![0; CHUNK];
    loop {
        let read = read_up_to(&mut *file, &mut chunk)?;
        detector.feed(&chunk[..read], read == 0);
        if read == 0 {
            break;
        }
    }
    survey_as(source, detector.guess(None, false), 0)
}

/// The file read as text in `encoding` (after a `bom` of that many bytes); not text
/// when it is not valid in it.
fn survey_as(
    source: &(impl CsvSource + ?Sized),
    encoding: &'static Encoding,
    bom: usize,
) -> Result<Survey, CrmError> {
    match count_lines(source, encoding, bom)? {
        Some(lines) => Ok(Survey {
            encoding,
            bom,
            lines,
        }),
        None => Err(CrmError::NotText {
            encoding: encoding.name(),
        }),
    }
}

fn open(source: &(impl CsvSource + ?Sized)) -> Result<Box<dyn Read + Send + '_>, CrmError> {
    source.open().map_err(unreadable)
}

fn unreadable(e: std::io::Error) -> CrmError {
    CrmError::Unreadable {
        message: e.to_string(),
    }
}

/// Fills `buffer` as far as the file goes; the bytes read (fewer only at its end).
fn read_up_to(file: &mut dyn Read, buffer: &mut [u8]) -> Result<usize, CrmError> {
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(unreadable(e)),
        }
    }
    Ok(filled)
}

/// Decodes the file (after its byte-order mark) a chunk at a time, counting its lines;
/// None when it is not valid in `encoding`.
fn count_lines(
    source: &(impl CsvSource + ?Sized),
    encoding: &'static Encoding,
    bom: usize,
) -> Result<Option<LineCount>, CrmError> {
    let mut file = open(source)?;
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut chunk = vec![0; CHUNK];
    let mut text = String::with_capacity(CHUNK * 3 + 16);
    let mut lines = LineCount::default();
    let mut skip = bom;
    loop {
        let read = read_up_to(&mut *file, &mut chunk)?;
        let last = read < chunk.len();
        let mut input = &chunk[skip.min(read)..read];
        skip = skip.saturating_sub(read);
        loop {
            let (result, used) =
                decoder.decode_to_string_without_replacement(input, &mut text, last);
            input = &input[used..];
            lines.feed(&text);
            text.clear();
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => continue,
                DecoderResult::Malformed(..) => return Ok(None),
            }
        }
        if last {
            lines.finish();
            return Ok(Some(lines));
        }
    }
}

/// The lines of a text fed to it in pieces: its first non-blank line (the header), how
/// many non-blank lines follow it, and whether it holds a NUL character.
#[derive(Default)]
struct LineCount {
    header: Option<String>,
    /// The line being read, while the header is not found yet.
    current: String,
    current_blank: bool,
    rows: usize,
    has_nul: bool,
    started: bool,
}

impl LineCount {
    fn feed(&mut self, text: &str) {
        self.has_nul |= text.contains('\0');
        for piece in text.split_inclusive('\n') {
            if !self.started {
                self.current_blank = true;
                self.started = true;
            }
            if self.header.is_none() && self.current.len() < HEADER_MAX {
                self.current.push_str(piece);
            }
            if !piece.trim().is_empty() {
                self.current_blank = false;
            }
            if piece.ends_with('\n') {
                self.end_line();
            }
        }
    }

    fn end_line(&mut self) {
        if self.started && !self.current_blank {
            if self.header.is_none() {
                self.header = Some(std::mem::take(&mut self.current));
            } else {
                self.rows += 1;
            }
        }
        self.current.clear();
        self.started = false;
    }

    fn finish(&mut self) {
        self.end_line();
    }
}

/// The character between columns: the one of `, ; TAB |` that splits the header line
/// (outside quotes) into the most columns; a comma when none does.
fn separator_of(header: &str) -> char {
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
pub(super) fn open_table(
    source: &(impl CsvSource + ?Sized),
) -> Result<(Table, Rows<'_>), CrmError> {
    let Survey {
        encoding,
        bom,
        lines,
    } = survey(source)?;
    // A spreadsheet's text has no NUL bytes; a picture or an archive does.
    if lines.has_nul {
        return Err(CrmError::NotText {
            encoding: encoding.name(),
        });
    }
    let Some(header_line) = lines.header else {
        return Err(CrmError::Empty);
    };
    let separator = separator_of(&header_line);
    let rows_in_file = lines.rows;
    let mut file = open(source)?;
    std::io::copy(&mut (&mut file).take(bom as u64), &mut std::io::sink()).map_err(unreadable)?;
    let text: Box<dyn Read + Send + '_> = if encoding == UTF_8 {
        file
    } else {
        Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .bom_sniffing(false)
                .build(file),
        )
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(separator as u8)
        .from_reader(Box::new(CrlfAsLf::new(text)) as Box<dyn Read + Send + '_>);
    let header = reader.headers().map_err(record_error)?.clone();
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
            encoding: encoding.name(),
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

/// Text with each CR LF line ending read as LF. The CSV reader counts lines by their
/// LF and sees a record's line when it starts: after a CR LF the LF is still unread
/// then, so every row of a Windows file would be reported one line early.
struct CrlfAsLf<R> {
    inner: R,
    buffer: Box<[u8]>,
    start: usize,
    end: usize,
    /// A CR at the end of what was read, whose next byte is not known yet.
    held_cr: bool,
}

impl<R: Read> CrlfAsLf<R> {
    fn new(inner: R) -> CrlfAsLf<R> {
        CrlfAsLf {
            inner,
            buffer: vec![0; CHUNK].into_boxed_slice(),
            start: 0,
            end: 0,
            held_cr: false,
        }
    }
}

impl<R: Read> Read for CrlfAsLf<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        if self.start == self.end {
            self.start = 0;
            self.end = self.inner.read(&mut self.buffer)?;
            if self.end == 0 {
                // The file ends on a CR: it stays.
                let held = std::mem::take(&mut self.held_cr);
                if held {
                    out[0] = b'\r';
                }
                return Ok(usize::from(held));
            }
        }
        let mut written = 0;
        if self.held_cr {
            self.held_cr = false;
            if self.buffer[self.start] != b'\n' {
                out[0] = b'\r';
                written = 1;
            }
        }
        while written < out.len() && self.start < self.end {
            let byte = self.buffer[self.start];
            self.start += 1;
            if byte == b'\r' {
                match self.buffer[self.start..self.end].first() {
                    Some(b'\n') => continue,
                    Some(_) => {}
                    None => {
                        self.held_cr = true;
                        break;
                    }
                }
            }
            out[written] = byte;
            written += 1;
        }
        if written == 0 {
            // Only a held CR was read: read on to learn what follows it.
            return self.read(out);
        }
        Ok(written)
    }
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
    ) -> Result<Option<String>, super::RowProblem> {
        self.field(record, column)
            .map(|text| clean_text(column, text, usize::from(max_chars)).map_err(Into::into))
            .transpose()
    }

    /// A text column that must not be empty.
    pub(super) fn required_text(
        &self,
        record: &csv::StringRecord,
        column: &'static str,
        max_chars: u16,
    ) -> Result<String, super::RowProblem> {
        let text = super::required(self, record, column)?;
        Ok(clean_text(column, text, usize::from(max_chars))?)
    }
}
