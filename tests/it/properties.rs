//! Open-ended input, proved on generated cases: the parsers of amounts, dates,
//! periods, schedules and console lines never panic on anything typed, and what
//! Dealbell writes it reads back as the same value. (The number of cases is
//! proptest's default, 256 a property; PROPTEST_CASES raises it for a longer run.)

use chrono::{Duration, NaiveDate};
use dealbell::console::parse::parse_line;
use dealbell::core::cron_spec::CronSpec;
use dealbell::core::dates::parse_date;
use dealbell::core::money::{Currency, Money};
use dealbell::core::period::{FiscalYearStart, PeriodSpec};
use proptest::prelude::*;

fn eur() -> Currency {
    Currency::from_code("EUR").unwrap()
}

fn today() -> NaiveDate {
    "2026-03-10".parse().unwrap()
}

proptest! {
    #[test]
    fn no_typed_amount_panics(text in "\\PC{0,40}") {
        let _ = Money::parse(&text, eur());
    }

    #[test]
    fn amounts_shaped_like_amounts_never_panic(
        text in "[-+]?[$€£]?[0-9 .,']{0,16}[kKmM]?( ?(EUR|USD|PLN|zł|€|lei))?"
    ) {
        let _ = Money::parse(&text, eur());
    }

    #[test]
    fn an_amount_as_shown_reads_back_the_same(minor in 1i64..100_000_000_000) {
        let money = Money::new(minor, eur());
        prop_assert_eq!(Money::parse(&money.display(), eur()), Ok(money));
    }

    #[test]
    fn no_typed_date_panics(text in "\\PC{0,24}") {
        let _ = parse_date(&text, today(), FiscalYearStart::january());
    }

    #[test]
    fn a_date_as_written_reads_back_the_same(days in -9_000i64..3_000) {
        let date = today() + Duration::days(days);
        let fiscal = FiscalYearStart::january();
        prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string(), today(), fiscal), Ok(date));
        prop_assert_eq!(parse_date(&date.format("%d.%m.%Y").to_string(), today(), fiscal), Ok(date));
    }

    #[test]
    fn no_typed_period_or_schedule_panics(text in "\\PC{0,40}") {
        let _ = PeriodSpec::parse(&text);
        let _ = CronSpec::parse(&text);
    }

    #[test]
    fn schedules_shaped_like_schedules_never_panic(
        text in "(daily|weekly|monthly|every|[0-9*/,-]{1,4})( [a-z0-9*/,:-]{1,8}){0,5}"
    ) {
        let _ = CronSpec::parse(&text);
    }

    #[test]
    fn no_console_line_panics(text in "\\PC{0,80}") {
        let _ = parse_line(&text);
    }

    #[test]
    fn console_lines_shaped_like_commands_never_panic(
        text in "/[a-z]{1,8}( [a-z]{1,8})?( [a-z_]{1,10}:(\"[^\"]{0,12}\"?|[^ ]{0,12})){0,4}"
    ) {
        let _ = parse_line(&text);
    }
}
