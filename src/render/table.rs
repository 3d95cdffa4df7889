//! A ranked table laid out in columns of text: the console prints these lines, and
//! Discord shows them in a code block. Names are shortened to one width, measured in
//! display columns (a Chinese character takes two), so one long name cannot push every
//! row off the screen.

use crate::reply::{Table, TableRow};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The widest a name column gets, in display columns.
pub const NAME_COLUMNS: usize = 24;

/// `text` cut to `columns` display columns, ending in "…" when it was cut.
pub fn shorten(text: &str, columns: usize) -> String {
    if UnicodeWidthStr::width(text) <= columns {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A row's place: "3", "2=" for a shared one, "–" for a row shown without a rank.
pub fn rank_text(row: &TableRow) -> String {
    match row.rank {
        Some(rank) => format!("{rank}{}", if row.tied { "=" } else { "" }),
        None => "–".to_string(),
    }
}

fn pad(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

fn pad_left(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    format!("{}{text}", " ".repeat(width.saturating_sub(w)))
}

/// The table's rows as aligned lines (the caller's own row last, after a gap line),
/// the caller's marked with ▶.
pub fn lines(table: &Table) -> Vec<String> {
    let rows: Vec<&TableRow> = table.rows.iter().chain(table.caller_row.iter()).collect();
    let names: Vec<String> = rows
        .iter()
        .map(|r| shorten(&r.name, NAME_COLUMNS))
        .collect();
    let width = |texts: &mut dyn Iterator<Item = String>| {
        texts
            .map(|t| UnicodeWidthStr::width(t.as_str()))
            .max()
            .unwrap_or(0)
    };
    let rank_w = width(&mut rows.iter().map(|r| rank_text(r))).max(1);
    let name_w = width(&mut names.iter().cloned());
    let value_w = width(&mut rows.iter().map(|r| r.value.clone()));
    let detail_w = width(&mut rows.iter().map(|r| r.detail.clone()));
    let mut out = Vec::new();
    for (i, (row, name)) in rows.iter().zip(&names).enumerate() {
        if i == table.rows.len() {
            out.push(format!("  {}", "·".repeat(3)));
        }
        let marker = if row.is_caller { "▶" } else { " " };
        out.push(
            format!(
                " {marker}{}  {}  {}  {}  {}",
                pad_left(&rank_text(row), rank_w),
                pad(name, name_w),
                pad_left(&row.value, value_w),
                pad(&row.detail, detail_w),
                row.movement
            )
            .trim_end()
            .to_string(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_shortened_by_display_width() {
        assert_eq!(shorten("Zofia Wójcik", 24), "Zofia Wójcik");
        let long = "x".repeat(200);
        assert_eq!(UnicodeWidthStr::width(shorten(&long, 24).as_str()), 24);
        // Twelve Chinese characters fill 24 columns; thirteen do not fit.
        let han = "李".repeat(13);
        let cut = shorten(&han, 24);
        assert!(UnicodeWidthStr::width(cut.as_str()) <= 24, "{cut}");
        assert!(cut.ends_with('…'));
    }
}
