//! Reading the amounts people type in chat: currency marks and codes before or after
//! the number, thousands and decimal separators of either convention, `k`/`m` and the
//! multiplier words, digits of other scripts.

use super::{Ambiguity, Currency, MAX_MAJOR_UNITS, Money, MoneyError, SYMBOLS};

pub(super) fn finish(
    original: &str,
    int_part: &str,
    frac_part: &str,
    scale: u32,
    currency: Currency,
) -> Result<Money, MoneyError> {
    let too_large = || MoneyError::TooLarge {
        input: original.to_string(),
        most: Money::new(
            MAX_MAJOR_UNITS.saturating_mul(10i64.pow(u32::from(currency.exponent))),
            currency,
        ),
    };
    let mut digits = String::with_capacity(int_part.len() + scale as usize);
    digits.push_str(int_part);
    digits.push_str(frac_part);
    for _ in u32::try_from(frac_part.len()).unwrap_or(u32::MAX)..scale {
        digits.push('0');
    }
    // `digits` is now the value in minor units: int.frac × 10^scale, where scale
    // counts the currency's decimals plus any k/m zeros.
    let trimmed = digits.trim_start_matches('0');
    if trimmed.len() > 18 {
        return Err(too_large());
    }
    let minor: i64 = if trimmed.is_empty() {
        0
    } else {
        trimmed.parse().map_err(|_| too_large())?
    };
    if minor <= 0 {
        return Err(MoneyError::NotPositive);
    }
    if minor > MAX_MAJOR_UNITS.saturating_mul(currency.minor_per_major()) {
        return Err(too_large());
    }
    Ok(Money::new(minor, currency))
}

/// Separates a currency symbol or code (before or after the number) from the number.
pub(super) fn split_currency(
    text: &str,
    default: Currency,
) -> Result<(String, Currency), MoneyError> {
    let mut rest = text.trim().to_string();
    let mut found: Option<Currency> = None;
    let mut note = |c: Currency| -> Result<(), MoneyError> {
        match found {
            Some(prev) if prev != c => Err(MoneyError::TwoCurrencies(text.to_string())),
            _ => {
                found = Some(c);
                Ok(())
            }
        }
    };
    // Each pass takes one code or symbol off either end; two passes catch "$20 EUR".
    for _ in 0..2 {
        match take_currency_mark(&rest, default, text)? {
            Some((currency, remainder)) => {
                note(currency)?;
                rest = remainder.trim().to_string();
            }
            None => break,
        }
    }
    Ok((rest, found.unwrap_or(default)))
}

/// Finds one currency mark at the start or end of `text`: a three-letter code standing
/// apart from other letters, a symbol, or a symbol several currencies share.
fn take_currency_mark(
    text: &str,
    default: Currency,
    original: &str,
) -> Result<Option<(Currency, String)>, MoneyError> {
    let chars: Vec<char> = text.chars().collect();
    let is_letter = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic());
    if chars.len() > 3
        && chars[..3].iter().all(|c| c.is_ascii_alphabetic())
        && !is_letter(chars.get(3))
    {
        let code: String = chars[..3].iter().collect();
        let currency = Currency::from_code(&code).ok_or(MoneyError::UnknownCurrency(code))?;
        return Ok(Some((currency, chars[3..].iter().collect())));
    }
    let n = chars.len();
    if n > 3
        && chars[n - 3..].iter().all(|c| c.is_ascii_alphabetic())
        && !is_letter(chars.get(n - 4))
        && !is_multiplier_word(text)
        && !text.to_lowercase().ends_with("lei")
    {
        let code: String = chars[n - 3..].iter().collect();
        let currency = Currency::from_code(&code).ok_or(MoneyError::UnknownCurrency(code))?;
        return Ok(Some((currency, chars[..n - 3].iter().collect())));
    }
    let mut symbols: Vec<&(&str, &str)> = SYMBOLS.iter().collect();
    symbols.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    for (symbol, code) in symbols {
        if let Some(rest) = strip_mark(text, symbol) {
            let currency = Currency::from_code(code).unwrap_or(default);
            return Ok(Some((currency, rest)));
        }
    }
    // Symbols several currencies share: take the team's if it is one of them.
    for (symbol, options) in [
        ("¥", &["JPY", "CNY"][..]),
        ("kr", &["SEK", "NOK", "DKK", "ISK"][..]),
    ] {
        if let Some(rest) = strip_mark(text, symbol) {
            if options.contains(&default.code()) {
                return Ok(Some((default, rest)));
            }
            return Err(MoneyError::Ambiguous {
                input: original.to_string(),
                why: Ambiguity::SharedSymbol {
                    symbol,
                    codes: options,
                },
            });
        }
    }
    Ok(None)
}

/// `text` without `mark` at its start or end (ASCII letters compared without case).
fn strip_mark(text: &str, mark: &str) -> Option<String> {
    if text.len() <= mark.len() {
        return None;
    }
    if text
        .get(..mark.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(mark))
    {
        return Some(text[mark.len()..].to_string());
    }
    let cut = text.len() - mark.len();
    if text
        .get(cut..)
        .is_some_and(|t| t.eq_ignore_ascii_case(mark))
    {
        return Some(text[..cut].to_string());
    }
    None
}

/// The ASCII digit a digit of another script (whose zero is `zero`) stands for.
fn ascii_digit(c: char, zero: u32) -> char {
    char::from_digit(u32::from(c) - zero, 10).unwrap_or(c)
}

/// Digits as people's keyboards write them (Arabic-Indic `١٢٠٠٠`, Persian `۱۲۰۰۰`,
/// full-width `１２０００`, with their separators) in ASCII.
pub fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => ascii_digit(c, 0x660),
            '\u{6f0}'..='\u{6f9}' => ascii_digit(c, 0x6f0),
            '\u{ff10}'..='\u{ff19}' => ascii_digit(c, 0xff10),
            '\u{66b}' | '\u{ff0e}' => '.',
            '\u{66c}' | '\u{ff0c}' => ',',
            other => other,
        })
        .collect()
}

/// The words after a number that multiply it, longest first: thousands and millions
/// in English, Polish, German, Romanian, Arabic and Chinese.
const MULTIPLIERS: &[(&str, u32)] = &[
    // Whole words first, longer before shorter where one ends another (百万 before 万).
    ("millionen", 6),
    ("milioane", 6),
    ("milionów", 6),
    ("milionow", 6),
    ("miliony", 6),
    ("million", 6),
    ("milion", 6),
    ("ملايين", 6),
    ("مليون", 6),
    ("百万", 6),
    ("thousand", 3),
    ("tausend", 3),
    ("tysięcy", 3),
    ("tysiące", 3),
    ("tysiecy", 3),
    ("tysiace", 3),
    ("tysiąc", 3),
    ("tysiac", 3),
    ("آلاف", 3),
    ("ألف", 3),
    ("الف", 3),
    // Abbreviations.
    ("mln", 6),
    ("mio", 6),
    ("tys", 3),
    ("tsd", 3),
    ("mii", 3),
    ("万", 4),
    ("千", 3),
    ("k", 3),
    ("m", 6),
];

fn is_multiplier_word(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_end_matches('.');
    MULTIPLIERS
        .iter()
        .any(|(word, _)| word.chars().count() > 1 && lower.ends_with(word))
}

/// `12.5k` → ("12.5", 3); `1.2m` → ("1.2", 6); `5 tys.` → ("5", 3); `3万` → ("3", 4).
pub(super) fn split_multiplier(text: &str) -> (&str, u32) {
    let lower = text.to_lowercase();
    // An abbreviation may end in a dot ("tys.", "Tsd.", "Mio.").
    let dotted = lower.ends_with('.') && lower.trim_end_matches('.').ends_with(char::is_alphabetic);
    let (lower, text) = if dotted {
        (&lower[..lower.len() - 1], &text[..text.len() - 1])
    } else {
        (lower.as_str(), text)
    };
    for (suffix, zeros) in MULTIPLIERS {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            let cut = text.len() - suffix.len();
            if text.is_char_boundary(cut) && lower.len() == text.len() {
                return (text[..cut].trim_end_matches('.').trim(), *zeros);
            }
        }
    }
    (text, 0)
}

/// Works out which separator is the decimal point and checks the grouping.
/// Returns the integer digits and the fraction digits.
pub(super) fn split_decimal(
    original: &str,
    text: &str,
    multiplier_zeros: u32,
    currency: Currency,
) -> Result<(String, String), MoneyError> {
    let unreadable = || MoneyError::Unreadable(original.to_string());
    let is_space = |c: char| c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\'' || c == '’';
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return Err(unreadable());
    }
    if !text.starts_with(|c: char| c.is_ascii_digit()) && !text.starts_with(['.', ',']) {
        return Err(unreadable());
    }
    let last_dot = text.rfind('.');
    let last_comma = text.rfind(',');
    let decimal_sep: Option<char> = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(_), None) | (None, Some(_)) => {
            let sep = if last_dot.is_some() { '.' } else { ',' };
            let count = text.matches(sep).count();
            let after = text.rsplit(sep).next().unwrap_or("");
            if count > 1 {
                None // several of the same: grouping ("1.234.567")
            } else if after.len() == 3 && !text.contains(is_space) {
                // "12,500" or "20.000": a thousands group in both conventions, unless the
                // currency itself has three decimals or a multiplier follows. A leading
                // zero ("0.500", "0,001") cannot start a thousands group, and reading it
                // as decimals would be a guess.
                let before = text.split(sep).next().unwrap_or("");
                if before.starts_with('0') {
                    return Err(MoneyError::Ambiguous {
                        input: original.to_string(),
                        why: Ambiguity::LeadingZero,
                    });
                }
                if currency.exponent == 3 || multiplier_zeros > 0 {
                    return Err(MoneyError::Ambiguous {
                        input: original.to_string(),
                        why: Ambiguity::ThousandsOrDecimals {
                            whole: text.replace([',', '.'], ""),
                            decimal: text.replace(',', "."),
                        },
                    });
                }
                None
            } else {
                Some(sep)
            }
        }
        (None, None) => None,
    };

    let (int_raw, frac) = match decimal_sep {
        Some(sep) => {
            let pos = text.rfind(sep).ok_or_else(unreadable)?;
            (&text[..pos], &text[pos + 1..])
        }
        None => (text, ""),
    };
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(unreadable());
    }
    // The integer part may use one kind of grouping mark, in groups of three.
    let group_marks: Vec<char> = int_raw.chars().filter(|c| !c.is_ascii_digit()).collect();
    if !group_marks.is_empty() {
        let first = group_marks[0];
        let same_kind = group_marks
            .iter()
            .all(|&c| c == first || (is_space(c) && is_space(first)));
        if !same_kind {
            return Err(unreadable());
        }
        let groups: Vec<&str> = int_raw.split(|c: char| !c.is_ascii_digit()).collect();
        let valid = groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
            && groups.iter().skip(1).all(|g| g.len() == 3);
        if !valid {
            return Err(MoneyError::Ambiguous {
                input: original.to_string(),
                why: Ambiguity::DigitGroups,
            });
        }
    }
    let int_digits: String = int_raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if int_digits.is_empty() && frac.is_empty() {
        return Err(unreadable());
    }
    Ok((int_digits, frac.to_string()))
}
