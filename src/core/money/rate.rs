//! Exchange rates a team's managers set ("EUR 4.30": one euro is 4.30 złoty), and a
//! win in another currency converted with the rate of its day. Integer maths: a rate
//! is kept in millionths, and a conversion is rounded half up once, to the minor unit.

use super::{Currency, Money};
use serde::{Deserialize, Serialize};

/// Millionths in one unit of a rate.
const MICROS: i128 = 1_000_000;

/// How many units of `to` one unit of `from` buys, in millionths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub from: Currency,
    pub to: Currency,
    pub micros: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    #[error("I could not read {0:?} as a rate.")]
    Unreadable(String),
    #[error("{0:?} is not a currency I know.")]
    UnknownCurrency(String),
    #[error("A rate for {0} into {0} is always 1.")]
    SameCurrency(Currency),
    #[error("A rate must be more than zero and at most 1,000,000, with at most six decimals.")]
    OutOfRange,
}

impl Rate {
    /// Reads `EUR 4.30`, `EUR=4,30`, `1 EUR = 4.30` or `1 EUR = 4.30 PLN`: one unit of
    /// a currency in units of `to` (the team's).
    pub fn parse(text: &str, to: Currency) -> Result<Rate, RateError> {
        let unreadable = || RateError::Unreadable(text.to_string());
        let cleaned = text.trim().replace('=', " ");
        let mut words: Vec<&str> = cleaned.split_whitespace().collect();
        if words.first() == Some(&"1") {
            words.remove(0);
        }
        if words.len() == 3 && Currency::from_code(words[2]) == Some(to) {
            words.pop();
        }
        let [code, number] = words.as_slice() else {
            return Err(unreadable());
        };
        let from = Currency::from_code(code)
            .ok_or_else(|| RateError::UnknownCurrency(code.to_string()))?;
        if from == to {
            return Err(RateError::SameCurrency(to));
        }
        let micros = parse_micros(number).ok_or_else(unreadable)?;
        if micros <= 0 || micros > 1_000_000 * 1_000_000 {
            return Err(RateError::OutOfRange);
        }
        Ok(Rate { from, to, micros })
    }

    /// `amount` (in `from`) in `to`, rounded half up to `to`'s minor unit; None for an
    /// amount in another currency.
    pub fn convert(&self, amount: Money) -> Option<Money> {
        if amount.currency != self.from {
            return None;
        }
        let scale_to = i128::from(self.to.minor_per_major());
        let scale_from = i128::from(self.from.minor_per_major());
        let top = i128::from(amount.minor) * i128::from(self.micros) * scale_to;
        let bottom = scale_from * MICROS;
        let minor = (2 * top + bottom) / (2 * bottom);
        i64::try_from(minor).ok().map(|m| Money::new(m, self.to))
    }

    /// The rate as people write it: at least two decimals, no trailing zeros beyond.
    pub fn number(&self) -> String {
        let whole = self.micros / 1_000_000;
        let mut fraction = format!("{:06}", self.micros % 1_000_000);
        while fraction.len() > 2 && fraction.ends_with('0') {
            fraction.pop();
        }
        format!("{whole}.{fraction}")
    }
}

/// A decimal with at most six places (`4.30`, `4,3`, `0.026830`) in millionths.
fn parse_micros(text: &str) -> Option<i64> {
    let text = text.replace(',', ".");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 6
        || whole.len() > 7
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: i64 = format!("{fraction:0<6}").parse().ok()?;
    Some(whole * 1_000_000 + fraction)
}

/// A team's rates into its currency, each from a day on: the rate of a day is the
/// latest one set from that day or before.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateBook {
    /// (first day, rate), in any order.
    rates: Vec<(chrono::NaiveDate, Rate)>,
}

impl RateBook {
    pub fn new(rates: Vec<(chrono::NaiveDate, Rate)>) -> RateBook {
        RateBook { rates }
    }

    /// The rate from `currency` into `into` on `day`, if one was set by then.
    pub fn on(&self, currency: Currency, into: Currency, day: chrono::NaiveDate) -> Option<Rate> {
        self.rates
            .iter()
            .filter(|(from, r)| r.from == currency && r.to == into && *from <= day)
            .max_by_key(|(from, _)| *from)
            .map(|(_, r)| *r)
    }

    /// The latest rate from `currency` into `into`, whatever its day.
    pub fn latest(&self, currency: Currency, into: Currency) -> Option<Rate> {
        self.rates
            .iter()
            .filter(|(_, r)| r.from == currency && r.to == into)
            .max_by_key(|(from, _)| *from)
            .map(|(_, r)| *r)
    }

    pub fn is_empty(&self) -> bool {
        self.rates.is_empty()
    }
}

/// A won or lost deal's amount counted in the team's currency: converted at the rate
/// of its day, kept with the deal so that a rate changed later does not rewrite it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Converted {
    pub amount: Money,
    pub rate: Rate,
}

impl Converted {
    /// "43,000 PLN (10,000 EUR at 4.30)": the counted amount, then what was won.
    pub fn describe(&self, won: Money) -> String {
        format!(
            "{} ({} at {})",
            self.amount.display_whole(),
            won.display_whole(),
            self.rate.number()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pln() -> Currency {
        Currency::from_code("PLN").unwrap()
    }
    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    #[test]
    fn reads_rates_as_people_write_them() {
        for text in [
            "EUR 4.30",
            "EUR=4,30",
            "1 EUR = 4.30",
            "1 EUR = 4.30 PLN",
            "eur 4.3",
        ] {
            let r = Rate::parse(text, pln()).unwrap();
            assert_eq!((r.from, r.micros), (eur(), 4_300_000), "{text}");
        }
        assert_eq!(Rate::parse("JPY 0.02683", pln()).unwrap().micros, 26_830);
        assert!(Rate::parse("PLN 1", pln()).is_err());
        assert!(Rate::parse("EUR", pln()).is_err());
        assert!(Rate::parse("EUR 0", pln()).is_err());
        assert!(Rate::parse("XYZ 2", pln()).is_err());
        assert!(Rate::parse("EUR 4.1234567", pln()).is_err());
    }

    #[test]
    fn converts_once_rounding_half_up() {
        let r = Rate::parse("EUR 4.30", pln()).unwrap();
        assert_eq!(
            r.convert(Money::new(1_000_000, eur())),
            Some(Money::new(4_300_000, pln())),
            "10,000.00 EUR is 43,000.00 PLN"
        );
        // 0.01 EUR × 4.305 = 0.04305 → 0.04; 0.03 × 4.305 = 0.12915 → 0.13.
        let r = Rate::parse("EUR 4.305", pln()).unwrap();
        assert_eq!(r.convert(Money::new(1, eur())), Some(Money::new(4, pln())));
        assert_eq!(r.convert(Money::new(3, eur())), Some(Money::new(13, pln())));
        assert_eq!(r.convert(Money::new(1, pln())), None);
        // Into a currency without minor units: 1,000.00 EUR at 162.5 JPY.
        let jpy = Currency::from_code("JPY").unwrap();
        let r = Rate::parse("EUR 162.5", jpy).unwrap();
        assert_eq!(
            r.convert(Money::new(100_000, eur())),
            Some(Money::new(162_500, jpy))
        );
        assert_eq!(Rate::parse("EUR 4.300", pln()).unwrap().number(), "4.30");
        assert_eq!(Rate::parse("EUR 4.305", pln()).unwrap().number(), "4.305");
    }
}
