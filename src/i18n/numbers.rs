//! Numbers and money as each language writes them, from CLDR's data through ICU4X:
//! `12,500.50` in English, `12.500,50` in German and Romanian, `12 500,50` in Polish,
//! Arabic as CLDR writes it (Latin digits by default). Money is the number and its ISO code
//! (`12 500,50 PLN`): the code reads the same to every member of an international team.

use crate::core::language::Language;
use crate::core::money::Money;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use std::sync::LazyLock;

static FORMATTERS: LazyLock<Vec<(Language, DecimalFormatter)>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .filter_map(|language| {
            let locale: icu_locale_core::Locale = language.key().parse().ok()?;
            let formatter = DecimalFormatter::try_new((&locale).into(), Default::default());
            match formatter {
                Ok(formatter) => Some((*language, formatter)),
                Err(error) => {
                    tracing::error!(language = language.key(), %error, "no number format");
                    None
                }
            }
        })
        .collect()
});

fn formatter(language: Language) -> Option<&'static DecimalFormatter> {
    FORMATTERS
        .iter()
        .find(|(l, _)| *l == language)
        .or_else(|| FORMATTERS.iter().find(|(l, _)| *l == Language::En))
        .map(|(_, f)| f)
}

/// `units` × 10^-`scale`, written the language's way (`scale` digits after the
/// separator, as given).
pub fn decimal(language: Language, units: i64, scale: u8) -> String {
    write(language, &scaled(units, scale))
}

/// `units` × 10^-`scale` without the zeros at its end: `4`, `12.5`, `1,5`.
pub fn trimmed(language: Language, units: i64, scale: u8) -> String {
    let mut value = scaled(units, scale);
    value.trim_end();
    write(language, &value)
}

fn scaled(units: i64, scale: u8) -> Decimal {
    let mut value = Decimal::from(units);
    value.multiply_pow10(-i16::from(scale));
    value
}

/// A number in the language's way, or as plain digits should its format be missing.
fn write(language: Language, value: &Decimal) -> String {
    match formatter(language) {
        Some(formatter) => formatter.format_to_string(value),
        None => value.to_string(),
    }
}

/// An amount with its minor units and its code: `12.500,50 EUR`.
pub fn money(language: Language, money: Money) -> String {
    let number = decimal(language, money.minor, money.currency.exponent());
    format!("{number} {}", money.currency.code())
}

/// An amount in whole units, rounded the one way (`Money::whole_units`): `12.501 EUR`.
pub fn money_whole(language: Language, money: Money) -> String {
    let number = decimal(language, money.whole_units(), 0);
    format!("{number} {}", money.currency.code())
}

/// A count or other whole number: `12,500`, `12.500`, `12 500`.
pub fn whole(language: Language, n: i64) -> String {
    decimal(language, n, 0)
}

/// The number of a percentage from basis points, to a tenth (`46,0`): the catalogue's
/// `percent` message places the sign as the language does.
pub fn percent_number(language: Language, bp: i64) -> String {
    decimal(language, crate::core::ratio::percent_tenths(bp), 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Currency;

    fn amount(minor: i64, code: &str) -> Money {
        Money::new(minor, Currency::from_code(code).unwrap())
    }

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        let m = amount(1_250_050, "EUR");
        let said: Vec<String> = Language::ALL.iter().map(|l| money(*l, m)).collect();
        assert_eq!(
            said,
            [
                "12,500.50 EUR",
                "12.500,50 EUR",
                "12\u{a0}500,50 EUR",
                "12.500,50 EUR",
                "12,500.50 EUR",
                // CLDR's Arabic writes Latin digits by default (Arabic-Indic ones are
                // the `-u-nu-arab` choice).
                "12,500.50 EUR",
            ]
        );
        // Polish groups only from five digits on.
        assert_eq!(decimal(Language::Pl, 2_500, 0), "2500");
        assert_eq!(decimal(Language::Pl, 12_501, 0), "12\u{a0}501");
        assert_eq!(money(Language::De, amount(-500, "JPY")), "-500 JPY");
        assert_eq!(decimal(Language::En, 1_000_000, 0), "1,000,000");
    }
}
