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
    #[error("{input:?} is more than one deal can be (at most {most:?})")]
    TooLarge { input: String, most: Money },
    #[error("{input:?} is ambiguous: {why:?}")]
    Ambiguous { input: String, why: Ambiguity },
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

/// Why an amount could be read more than one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ambiguity {
    /// `¥` or `kr`, which several currencies use.
    SharedSymbol {
        symbol: &'static str,
        codes: &'static [&'static str],
    },
    /// `0.500`: a leading zero cannot start a thousands group, nor clearly decimals.
    LeadingZero,
    /// `1.500k`, `1.500 KWD`: thousands or decimals; `whole` and `decimal` say each.
    ThousandsOrDecimals { whole: String, decimal: String },
    /// `1,23,456`: digit groups not in threes.
    DigitGroups,
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
    /// Whole units, rounded half away from zero: the one rounding of every figure shown
    /// without its minor units, in any language.
    pub fn whole_units(&self) -> i64 {
        let per = self.currency.minor_per_major();
        (self.minor + per / 2 * self.minor.signum()) / per
    }

    pub fn display_whole(&self) -> String {
        let major = self.whole_units();
        let sign = if major < 0 { "-" } else { "" };
        format!(
            "{sign}{} {}",
            group_thousands(major.unsigned_abs()),
            self.currency.code()
        )
    }
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
mod parse;
pub use parse::western_digits;
use parse::{finish, split_currency, split_decimal, split_multiplier};
mod rate;
pub use rate::{Converted, Rate, RateBook, RateError};

#[cfg(test)]
mod tests;
