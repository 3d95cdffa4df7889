use super::*;

fn eur() -> Currency {
    Currency::from_code("EUR").unwrap()
}
fn usd() -> Currency {
    Currency::from_code("USD").unwrap()
}
fn parse(s: &str) -> Result<Money, MoneyError> {
    Money::parse(s, eur())
}
fn minor(s: &str) -> (i64, String) {
    let m = parse(s).unwrap_or_else(|e| panic!("{s:?} should parse: {e}"));
    (m.minor, m.currency.code().to_string())
}

#[test]
fn accepts_the_forms_people_write() {
    assert_eq!(minor("12500"), (1_250_000, "EUR".into()));
    assert_eq!(minor("12.5k"), (1_250_000, "EUR".into()));
    assert_eq!(minor("12,5k"), (1_250_000, "EUR".into()));
    assert_eq!(minor("1.2m"), (120_000_000, "EUR".into()));
    assert_eq!(minor("$12,500.00"), (1_250_000, "USD".into()));
    assert_eq!(minor("12 500,50 €"), (1_250_050, "EUR".into()));
    assert_eq!(minor("12\u{a0}500,50\u{a0}€"), (1_250_050, "EUR".into()));
    assert_eq!(minor("€20.000"), (2_000_000, "EUR".into()));
    assert_eq!(minor("20.000,00 EUR"), (2_000_000, "EUR".into()));
    assert_eq!(minor("EUR 20,000.00"), (2_000_000, "EUR".into()));
    assert_eq!(minor("1,234,567.89"), (123_456_789, "EUR".into()));
    assert_eq!(minor("1.234.567,89"), (123_456_789, "EUR".into()));
    assert_eq!(minor("12,5"), (1_250, "EUR".into()));
    assert_eq!(minor("99.9"), (9_990, "EUR".into()));
    assert_eq!(minor("250 zł"), (25_000, "PLN".into()));
    assert_eq!(minor("1.500 lei"), (150_000, "RON".into()));
    assert_eq!(minor("3 mln PLN"), (300_000_000, "PLN".into()));
    assert_eq!(minor("1'250.50 CHF"), (125_050, "CHF".into()));
    assert_eq!(minor("usd 100"), (10_000, "USD".into()));
}

#[test]
fn minor_units_follow_the_currency() {
    assert_eq!(minor("150000 JPY"), (150_000, "JPY".into()));
    assert_eq!(minor("1.5 KWD"), (1_500, "KWD".into()));
    assert!(matches!(
        parse("12.5 JPY"),
        Err(MoneyError::TooPrecise { .. })
    ));
    assert!(
        parse("12.345 USD").is_ok(),
        "three digits after one dot is a thousands group"
    );
    assert_eq!(minor("12.345 USD").0, 1_234_500);
    assert!(matches!(
        parse("12.3456"),
        Err(MoneyError::TooPrecise { .. })
    ));
    assert_eq!(minor("10.50"), (1_050, "EUR".into()));
}

#[test]
fn refuses_bad_amounts() {
    assert_eq!(parse("0"), Err(MoneyError::NotPositive));
    assert_eq!(parse("0.00 EUR"), Err(MoneyError::NotPositive));
    assert_eq!(parse("-5"), Err(MoneyError::NotPositive));
    assert!(matches!(
        parse("5000000000"),
        Err(MoneyError::TooLarge { .. })
    ));
    assert!(matches!(
        parse("99999999999999999999999"),
        Err(MoneyError::TooLarge { .. })
    ));
    assert!(matches!(parse("lots"), Err(MoneyError::Unreadable(_))));
    assert!(matches!(parse(""), Err(MoneyError::Unreadable(_))));
    assert!(matches!(parse("12.5.3"), Err(MoneyError::Ambiguous { .. })));
    assert!(matches!(
        parse("1,23,456"),
        Err(MoneyError::Ambiguous { .. })
    ));
    assert!(matches!(parse("1.500k"), Err(MoneyError::Ambiguous { .. })));
    assert!(matches!(
        parse("1.500 KWD"),
        Err(MoneyError::Ambiguous { .. })
    ));
    assert!(matches!(
        parse("$20 EUR"),
        Err(MoneyError::TwoCurrencies(_))
    ));
    assert!(matches!(
        parse("20 XYZ"),
        Err(MoneyError::UnknownCurrency(_))
    ));
    assert!(matches!(parse("¥5000"), Err(MoneyError::Ambiguous { .. })));
    assert_eq!(
        Money::parse("¥5000", Currency::from_code("JPY").unwrap())
            .unwrap()
            .minor,
        5000
    );
    assert!(matches!(parse("1e5"), Err(MoneyError::Unreadable(_))));
}

#[test]
fn displays_grouped_with_code() {
    assert_eq!(Money::new(1_250_050, eur()).display(), "12,500.50 EUR");
    assert_eq!(
        Money::new(100_553_400, usd()).display_whole(),
        "1,005,534 USD"
    );
    assert_eq!(
        Money::new(150_000, Currency::from_code("JPY").unwrap()).display(),
        "150,000 JPY"
    );
    assert_eq!(Money::new(5, eur()).display(), "0.05 EUR");
    assert_eq!(group_thousands(0), "0");
    assert_eq!(group_thousands(1000), "1,000");
}

#[test]
fn round_trips_through_display() {
    for s in ["12500", "0.01", "999,999,999.99", "7.5k"] {
        let m = parse(s).unwrap();
        assert_eq!(parse(&m.display()).unwrap(), m, "{s}");
    }
}

#[test]
fn a_leading_zero_before_three_digits_is_ambiguous_not_thousands() {
    let eur = Currency::from_code("EUR").unwrap();
    for input in ["0.001", "$0.500", "0,500", "00.500 EUR"] {
        match Money::parse(input, eur) {
            Err(MoneyError::Ambiguous {
                why: Ambiguity::LeadingZero,
                ..
            }) => {}
            other => panic!("{input}: {other:?}"),
        }
    }
    // Two decimals after a zero are plain decimals, and real thousands still read.
    assert_eq!(Money::parse("0.50", eur).unwrap().minor, 50);
    assert_eq!(Money::parse("20.000", eur).unwrap().minor, 2_000_000);
    assert_eq!(Money::parse("1,500", eur).unwrap().minor, 150_000);
}

#[test]
fn reads_the_words_and_digits_of_six_languages() {
    let pln = Currency::from_code("PLN").unwrap();
    let as_pln = |s: &str| Money::parse(s, pln).map(|m| (m.minor, m.currency.code().to_string()));
    assert_eq!(as_pln("5 tys. zł"), Ok((500_000, "PLN".into())));
    assert_eq!(as_pln("5 tys zł"), Ok((500_000, "PLN".into())));
    assert_eq!(as_pln("100 złotych"), Ok((10_000, "PLN".into())));
    assert_eq!(as_pln("2 mln zlotych"), Ok((200_000_000, "PLN".into())));
    assert_eq!(
        as_pln("١٢٠٠٠"),
        Ok((1_200_000, "PLN".into())),
        "Arabic-Indic digits"
    );
    assert_eq!(
        as_pln("۱۲۰۰۰"),
        Ok((1_200_000, "PLN".into())),
        "Persian digits"
    );
    assert_eq!(
        as_pln("１２０００"),
        Ok((1_200_000, "PLN".into())),
        "full-width digits"
    );
    assert_eq!(
        as_pln("١٢٬٥٠٠٫٥٠"),
        Ok((1_250_050, "PLN".into())),
        "Arabic separators"
    );
    assert_eq!(as_pln("5 Tsd. EUR"), Ok((500_000, "EUR".into())));
    assert_eq!(as_pln("3 Mio. Euro"), Ok((300_000_000, "EUR".into())));
    assert_eq!(as_pln("100 euro"), Ok((10_000, "EUR".into())));
    assert_eq!(as_pln("5 mii lei"), Ok((500_000, "RON".into())));
    assert_eq!(as_pln("3万元"), Ok((3_000_000, "CNY".into())));
    assert_eq!(as_pln("5 ألف ريال"), Ok((500_000, "SAR".into())));
    assert_eq!(as_pln("250 dollars"), Ok((25_000, "USD".into())));
}

/// The multiplier words people type, the same set in each of the six languages: a
/// thousand and a million, as a word and as an abbreviation.
#[test]
fn every_language_has_words_for_thousands_and_millions() {
    let eur = Currency::from_code("EUR").unwrap();
    // (thousand as a word, its abbreviation, million as a word, its abbreviation)
    let words: [(&str, [&str; 4]); 6] = [
        ("en", ["thousand", "k", "million", "m"]),
        ("de", ["tausend", "Tsd.", "Millionen", "Mio."]),
        ("pl", ["tysięcy", "tys.", "milionów", "mln"]),
        ("ro", ["mii", "mii", "milioane", "mln"]),
        ("zh-CN", ["千", "千", "百万", "百万"]),
        ("ar", ["ألف", "آلاف", "مليون", "ملايين"]),
    ];
    for (language, said) in words {
        for (word, zeros) in said.iter().zip([3, 3, 6, 6]) {
            let typed = format!("12 {word}");
            assert_eq!(
                Money::parse(&typed, eur).map(|m| m.minor),
                Ok(12 * 10_i64.pow(zeros) * 100),
                "{language}: {typed}"
            );
        }
    }
    assert_eq!(Money::parse("3万", eur).map(|m| m.minor), Ok(3_000_000));
}
