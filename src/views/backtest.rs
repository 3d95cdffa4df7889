//! The backtest's report (`dealbell backtest`) as a Markdown table in the reader's
//! language: each month's forecasts and their errors, then each method's mean absolute
//! and mean signed error.

use crate::core::backtest::{Backtest, error_bp};
use crate::i18n::Words;
use crate::i18n::numbers::decimal;

/// The table, amounts in whole units of `currency` (`minor_per_major` minor units each).
pub fn table(words: Words, backtest: &Backtest, currency: &str, minor_per_major: i64) -> String {
    let whole = |minor: i64| words.number(minor / minor_per_major.max(1));
    let error = words.say("backtest-error");
    let header = [
        words.say("backtest-month"),
        words.say_with("backtest-won", &[("currency", currency.into())]),
        words.say("backtest-weighted"),
        error.clone(),
        words.say("backtest-win-rate"),
        error.clone(),
        words.say("backtest-last-month"),
        error,
        words.say("backtest-expected"),
        words.say("backtest-cycle"),
    ];
    let mut out = row(&header);
    out.push_str(&row(&["---"; 10].map(String::from)));
    let mut errors: [Vec<i64>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for m in &backtest.months {
        let e = [m.weighted, m.win_rate_weighted, m.last_month].map(|f| error_bp(f, m.actual));
        for (i, x) in e.iter().enumerate() {
            errors[i].extend(*x);
        }
        let shown = |x: Option<i64>| x.map_or_else(|| "—".into(), |bp| signed(words, bp));
        out.push_str(&row(&[
            m.month.format("%Y-%m").to_string(),
            whole(m.actual),
            whole(m.weighted),
            shown(e[0]),
            whole(m.win_rate_weighted),
            shown(e[1]),
            whole(m.last_month),
            shown(e[2]),
            words.number(i64::try_from(m.open_deals).unwrap_or(i64::MAX)),
            words.number(m.median_cycle_days),
        ]));
    }
    let absolute = errors
        .each_ref()
        .map(|v| mean(v, true).map(|bp| unsigned(words, bp)));
    let bias = errors
        .each_ref()
        .map(|v| mean(v, false).map(|bp| signed(words, bp)));
    let dash = || "—".to_string();
    let [a0, a1, a2] = absolute.map(|a| a.map_or_else(dash, |a| format!("**{a}**")));
    let [b0, b1, b2] = bias.map(|b| b.unwrap_or_else(dash));
    let blank = String::new;
    out.push_str(&row(&[
        format!("**{}**", words.say("backtest-mean-absolute")),
        blank(),
        blank(),
        a0,
        blank(),
        a1,
        blank(),
        a2,
        blank(),
        blank(),
    ]));
    out.push_str(&row(&[
        format!("**{}**", words.say("backtest-mean-signed")),
        blank(),
        blank(),
        b0,
        blank(),
        b1,
        blank(),
        b2,
        blank(),
        blank(),
    ]));
    out
}

/// One line of the table.
fn row(cells: &[String]) -> String {
    let mut line = String::from("|");
    for cell in cells {
        match cell.as_str() {
            "" => line.push_str(" |"),
            text => line.push_str(&format!(" {text} |")),
        }
    }
    line.push('\n');
    line
}

/// The mean of the errors (absolute ones when `absolute`), in basis points.
fn mean(errors: &[i64], absolute: bool) -> Option<i64> {
    let count = i64::try_from(errors.len()).ok().filter(|n| *n > 0)?;
    let total: i64 = errors
        .iter()
        .map(|x| if absolute { x.abs() } else { *x })
        .sum();
    Some(total / count)
}

/// An error with its sign, to a tenth of a percent: `+4.5 %`, `-66,6 %`.
fn signed(words: Words, bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "+" };
    format!("{sign}{}", unsigned(words, bp))
}

/// An error's size, to a tenth of a percent (cut, not rounded, as measured).
fn unsigned(words: Words, bp: i64) -> String {
    format!("{} %", decimal(words.language(), bp.abs() / 10, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::backtest::MonthResult;
    use crate::core::language::Language;

    fn february() -> Backtest {
        Backtest {
            months: vec![MonthResult {
                month: "2026-02-01".parse().unwrap(),
                actual: 3_000,
                weighted: 1_000,
                win_rate_weighted: 3_000,
                last_month: 30_000,
                open_deals: 2,
                median_cycle_days: 10,
            }],
            skipped: Vec::new(),
        }
    }

    #[test]
    fn the_table_reads_each_months_errors_and_their_means() {
        let table = table(Words::new(Language::En), &february(), "USD", 1);
        assert!(
            table.contains(
                "| 2026-02 | 3,000 | 1,000 | -66.6 % | 3,000 | +0.0 % | 30,000 | +900.0 % | 2 | 10 |"
            ),
            "{table}"
        );
        assert!(
            table.contains("| **mean absolute error** | | | **66.6 %** |"),
            "{table}"
        );
        assert!(table.starts_with("| month | won (USD) | weighted pipeline | error |"));
        let german = super::table(Words::new(Language::De), &february(), "EUR", 1);
        assert!(
            german.contains("| 2026-02 | 3.000 | 1.000 | -66,6 % |"),
            "{german}"
        );
        assert!(german.contains("gewichtete Pipeline"), "{german}");
    }

    #[test]
    fn a_small_negative_error_keeps_its_sign() {
        assert_eq!(signed(Words::new(Language::En), -50), "-0.5 %");
        assert_eq!(signed(Words::new(Language::En), 0), "+0.0 %");
    }
}
