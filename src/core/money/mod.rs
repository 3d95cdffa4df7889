//! Money: integer minor units with an ISO 4217 currency, and the parser for the
//! amounts people type in chat (`12.5k`, `$12,500.00`, `12 500,50 €`, `€20.000`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Largest amount one deal may carry, in major units. Anything bigger is far more
/// likely a typo (an extra zero, a pasted phone number) than a real deal.
pub const MAX_MAJOR_UNITS: i64 = 1_000_000_000;

/// An ISO 4217 currency code (`EUR`, `USD`, `JPY`...) that this build knows the
/// minor-unit exponent of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: [u8; 3],
    exponent: u8,
}

/// Active ISO 4217 codes with their number of decimal places (minor-unit exponent).
/// Codes not listed here are refused rather than guessed.
#[rustfmt::skip]
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("ANG", 2), ("AOA", 2), ("ARS", 2),
    ("AUD", 2), ("AWG", 2), ("AZN", 2), ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BGN", 2),
    ("BHD", 3), ("BIF", 0), ("BMD", 2), ("BND", 2), ("BOB", 2), ("BRL", 2), ("BSD", 2),
    ("BTN", 2), ("BWP", 2), ("BYN", 2), ("BZD", 2), ("CAD", 2), ("CDF", 2), ("CHF", 2),
    ("CLF", 4), ("CLP", 0), ("CNY", 2), ("COP", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2),
    ("CZK", 2), ("DJF", 0), ("DKK", 2), ("DOP", 2), ("DZD", 2), ("EGP", 2), ("ERN", 2),
    ("ETB", 2), ("EUR", 2), ("FJD", 2), ("FKP", 2), ("GBP", 2), ("GEL", 2), ("GHS", 2),
    ("GIP", 2), ("GMD", 2), ("GNF", 0), ("GTQ", 2), ("GYD", 2), ("HKD", 2), ("HNL", 2),
    ("HTG", 2), ("HUF", 2), ("IDR", 2), ("ILS", 2), ("INR", 2), ("IQD", 3), ("IRR", 2),
    ("ISK", 0), ("JMD", 2), ("JOD", 3), ("JPY", 0), ("KES", 2), ("KGS", 2), ("KHR", 2),
    ("KMF", 0), ("KPW", 2), ("KRW", 0), ("KWD", 3), ("KYD", 2), ("KZT", 2), ("LAK", 2),
    ("LBP", 2), ("LKR", 2), ("LRD", 2), ("LSL", 2), ("LYD", 3), ("MAD", 2), ("MDL", 2),
    ("MGA", 2), ("MKD", 2), ("MMK", 2), ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2),
    ("MVR", 2), ("MWK", 2), ("MXN", 2), ("MYR", 2), ("MZN", 2), ("NAD", 2), ("NGN", 2),
    ("NIO", 2), ("NOK", 2), ("NPR", 2), ("NZD", 2), ("OMR", 3), ("PAB", 2), ("PEN", 2),
    ("PGK", 2), ("PHP", 2), ("PKR", 2), ("PLN", 2), ("PYG", 0), ("QAR", 2), ("RON", 2),
    ("RSD", 2), ("RUB", 2), ("RWF", 0), ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2),
    ("SEK", 2), ("SGD", 2), ("SHP", 2), ("SLE", 2), ("SOS", 2), ("SRD", 2), ("SSP", 2),
    ("STN", 2), ("SVC", 2), ("SYP", 2), ("SZL", 2), ("THB", 2), ("TJS", 2), ("TMT", 2),
    ("TND", 3), ("TOP", 2), ("TRY", 2), ("TTD", 2), ("TWD", 2), ("TZS", 2), ("UAH", 2),
    ("UGX", 0), ("USD", 2), ("UYU", 2), ("UZS", 2), ("VES", 2), ("VND", 0), ("VUV", 0),
    ("WST", 2), ("XAF", 0), ("XCD", 2), ("XOF", 0), ("XPF", 0), ("YER", 2), ("ZAR", 2),
    ("ZMW", 2), ("ZWG", 2),
];

/// Symbols and local words people write instead of a code, in the six languages
/// Dealbell speaks. `¥` and `kr` are shared by several currencies and resolved against
/// the team's own currency.
const SYMBOLS: &[(&str, &str)] = &[
    ("złotych", "PLN"),
    ("złote", "PLN"),
    ("złoty", "PLN"),
    ("zlotych", "PLN"),
    ("zlote", "PLN"),
    ("zloty", "PLN"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("dolarów", "USD"),
    ("dolary", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("leu", "RON"),
    ("人民币", "CNY"),
    ("ريال", "SAR"),
    ("درهم", "AED"),
    ("US$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("zł", "PLN"),
    ("zl", "PLN"),
    ("lei", "RON"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("Fr.", "CHF"),
    ("Kč", "CZK"),
    ("Ft", "HUF"),
    ("R$", "BRL"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("元", "CNY"),
    ("د.إ", "AED"),
    ("ر.س", "SAR"),
];

impl Currency {
    /// Looks up an ISO 4217 code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Currency> {
        let upper = code.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == upper)
            .map(|(c, exp)| {
                let b = c.as_bytes();
                Currency {
                    code: [b[0], b[1], b[2]],
                    exponent: *exp,
                }
            })
    }

    pub fn code(&self) -> &str {
        // The bytes always come from the ASCII table above.
        std::str::from_utf8(&self.code).unwrap_or("???")
    }

    /// Number of decimal places of the minor unit (2 for EUR, 0 for JPY, 3 for KWD).
    pub fn exponent(&self) -> u8 {
        self.exponent
    }

    pub fn minor_per_major(&self) -> i64 {
        10_i64.pow(u32::from(self.exponent))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown currency code {code:?}")))
    }
}

/// An amount of money: integer minor units (cents) in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("I could not read {0:?} as an amount.")]
    Unreadable(String),
    #[error("The amount must be more than zero.")]
    NotPositive,
    #[error("{0} is more than one deal can be ({1}). Check for an extra digit.")]
    TooLarge(String, String),
    #[error("{0:?} is ambiguous: {1}")]
    Ambiguous(String, String),
    #[error("{code} has {exponent} decimal places, so {input:?} has too many.")]
    TooPrecise {
        input: String,
        code: String,
        exponent: u8,
    },
    #[error("{0:?} names two different currencies.")]
    TwoCurrencies(String),
    #[error("{0:?} is not a currency I know. Use an ISO 4217 code such as EUR, USD or PLN.")]
    UnknownCurrency(String),
}

impl MoneyError {
    /// The forms the parser accepts, for error messages.
    pub const ACCEPTED: &'static str =
        "Write it like 12500, 12.5k, 1.2m, $12,500.00, 12 500,50 € or 20.000,00 EUR.";
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Parses an amount as people type it. `default_currency` is used when the text
    /// names none (and to settle `¥`/`kr`, which several currencies share).
    pub fn parse(input: &str, default_currency: Currency) -> Result<Money, MoneyError> {
        let western = western_digits(input);
        let original = western.trim();
        if original.is_empty() {
            return Err(MoneyError::Unreadable(input.to_string()));
        }
        let (number_text, currency) = split_currency(original, default_currency)?;
        let number_text = number_text.trim();
        if number_text.starts_with('-') || number_text.starts_with('−') {
            return Err(MoneyError::NotPositive);
        }
        let (digits_text, multiplier_zeros) = split_multiplier(number_text);
        let (int_part, frac_part) =
            split_decimal(original, digits_text, multiplier_zeros, currency)?;

        // Value = int_part.frac_part × 10^multiplier, expressed in minor units.
        let scale = u32::from(currency.exponent) + multiplier_zeros;
        let frac_len = u32::try_from(frac_part.len()).unwrap_or(u32::MAX);
        if frac_len > scale {
            // More precision than the minor unit can hold, unless the extra digits are zeros.
            let (keep, extra) = frac_part.split_at(scale as usize);
            if extra.chars().any(|c| c != '0') {
                return Err(MoneyError::TooPrecise {
                    input: original.to_string(),
                    code: currency.code().to_string(),
                    exponent: currency.exponent,
                });
            }
            return finish(original, &int_part, keep, scale, currency);
        }
        finish(original, &int_part, &frac_part, scale, currency)
    }

    /// `12,500.00 EUR`: grouped with commas, the currency's own number of decimals.
    /// The amount in minor units, if it is in `currency` (amounts in different
    /// currencies are never compared as numbers).
    pub fn minor_in(&self, currency: Currency) -> Option<i64> {
        (self.currency == currency).then_some(self.minor)
    }

    pub fn display(&self) -> String {
        format!("{} {}", self.display_number(), self.currency.code())
    }

    /// The number alone, grouped: `12,500.00`.
    pub fn display_number(&self) -> String {
        self.number(group_thousands)
    }

    /// The number without grouping, as every import reads it back: `12500.00`.
    pub fn plain_number(&self) -> String {
        self.number(|major| major.to_string())
    }

    /// Sign, whole units written by `major`, and the currency's own number of decimals.
    fn number(&self, major: impl Fn(u64) -> String) -> String {
        let per = self.currency.minor_per_major() as u64;
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        let whole = major(abs / per);
        match usize::from(self.currency.exponent) {
            0 => format!("{sign}{whole}"),
            width => format!("{sign}{whole}.{:0width$}", abs % per),
        }
    }

    /// Short form for tables: whole major units, grouped (`12,500 EUR`).
    pub fn display_whole(&self) -> String {
        let per = self.currency.minor_per_major();
        // Round half away from zero to whole units for display only.
        let major = (self.minor + per / 2 * self.minor.signum()) / per;
        let sign = if major < 0 { "-" } else { "" };
        format!(
            "{sign}{} {}",
            group_thousands(major.unsigned_abs()),
            self.currency.code()
        )
    }
}

fn finish(
    original: &str,
    int_part: &str,
    frac_part: &str,
    scale: u32,
    currency: Currency,
) -> Result<Money, MoneyError> {
    let too_large = || {
        MoneyError::TooLarge(
            original.to_string(),
            format!(
                "at most {} {}",
                group_thousands(MAX_MAJOR_UNITS as u64),
                currency.code()
            ),
        )
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
fn split_currency(text: &str, default: Currency) -> Result<(String, Currency), MoneyError> {
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
            return Err(MoneyError::Ambiguous(
                original.to_string(),
                format!(
                    "{symbol} is used by {}; write the code instead, e.g. 100 {}.",
                    options.join(", "),
                    options[0]
                ),
            ));
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
    ("million", 6),
    ("milioane", 6),
    ("tysięcy", 3),
    ("tysiące", 3),
    ("tysiecy", 3),
    ("tausend", 3),
    ("ألف", 3),
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
fn split_multiplier(text: &str) -> (&str, u32) {
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
fn split_decimal(
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
                    return Err(MoneyError::Ambiguous(
                        original.to_string(),
                        format!(
                            "with a leading zero it is neither clearly thousands nor decimals. {}",
                            MoneyError::ACCEPTED
                        ),
                    ));
                }
                if currency.exponent == 3 || multiplier_zeros > 0 {
                    return Err(MoneyError::Ambiguous(
                        original.to_string(),
                        format!(
                            "it could mean thousands or decimals. Write {} or {} instead.",
                            text.replace([',', '.'], ""),
                            text.replace(',', ".")
                        ),
                    ));
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
            return Err(MoneyError::Ambiguous(
                original.to_string(),
                "the digit groups are not in threes. Write the number without separators, e.g. 1234567.".into(),
            ));
        }
    }
    let int_digits: String = int_raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if int_digits.is_empty() && frac.is_empty() {
        return Err(unreadable());
    }
    Ok((int_digits, frac.to_string()))
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}
mod rate;
pub use rate::{Converted, Rate, RateBook, RateError};

#[cfg(test)]
mod tests;
