//! Working days: the one calendar that pace, "needed per week", the quota projection,
//! forecasts' run-rates, inactivity nudges, streaks and contests' prorated quotas count
//! with. A team's calendar is its weekend, the public holidays of its country, and the
//! days off its managers add.

use crate::core::closed_set::closed_set;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

closed_set! {
    /// The days of the week nobody works.
    #[derive(Default)]
    pub enum Weekend {
        #[default]
        SatSun => "sat_sun";
        FriSat => "fri_sat";
        Sun => "sun";
    }
}

impl Weekend {
    pub fn contains(self, day: Weekday) -> bool {
        match self {
            Weekend::SatSun => matches!(day, Weekday::Sat | Weekday::Sun),
            Weekend::FriSat => matches!(day, Weekday::Fri | Weekday::Sat),
            Weekend::Sun => day == Weekday::Sun,
        }
    }

    /// Working days in a full week.
    pub fn working_days_a_week(self) -> i64 {
        (0..7)
            .filter(|d| !self.contains(weekday_from_monday(*d)))
            .count() as i64
    }
}

fn weekday_from_monday(days: u8) -> Weekday {
    Weekday::try_from(days % 7).unwrap_or(Weekday::Mon)
}

/// The years the public-holiday data covers (Dealbell says so past the last one).
pub const HOLIDAY_YEARS: std::ops::RangeInclusive<i32> = 2000..=2030;

/// A country whose public holidays Dealbell knows: an ISO 3166-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HolidayCountry(holidays::Country);

impl HolidayCountry {
    /// `PL`, `de`, ` RO `: a country Dealbell has the holidays of.
    pub fn from_code(code: &str) -> Option<HolidayCountry> {
        code.trim()
            .to_ascii_uppercase()
            .parse()
            .ok()
            .map(HolidayCountry)
    }

    pub fn code(&self) -> &'static str {
        self.0.as_ref_static()
    }

    /// Every country Dealbell has the holidays of, by code.
    pub fn all_codes() -> Vec<&'static str> {
        let mut codes: Vec<&'static str> = KNOWN
            .iter()
            .filter(|c| HolidayCountry::from_code(c).is_some())
            .copied()
            .collect();
        codes.sort_unstable();
        codes
    }

    /// The country's public holidays that fall on dates in `HOLIDAY_YEARS`, each
    /// year's list read once per process.
    pub fn holidays(&self) -> Arc<BTreeSet<NaiveDate>> {
        static CACHE: OnceLock<Mutex<HashMap<HolidayCountry, Arc<BTreeSet<NaiveDate>>>>> =
            OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        // A poisoned lock only means another thread panicked while inserting; the map
        // itself is still whole.
        let mut map = cache.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(*self)
            .or_insert_with(|| {
                let years = *HOLIDAY_YEARS.start()..*HOLIDAY_YEARS.end() + 1;
                let days = holidays::Builder::new()
                    .countries(&[self.0])
                    .years(years)
                    .build()
                    .map(|map| {
                        map.values()
                            .flat_map(|by_year| by_year.values())
                            .flat_map(|days| days.keys().copied())
                            .collect()
                    })
                    .unwrap_or_default();
                Arc::new(days)
            })
            .clone()
    }
}

/// The codes the holiday data is compiled with (Cargo.toml lists the same).
const KNOWN: &[&str] = &[
    "AE", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CN", "CZ", "DE", "DK", "EG", "ES", "FI", "FR",
    "GB", "GR", "HU", "IE", "IN", "IT", "JP", "MD", "MX", "NL", "NO", "PL", "PT", "RO", "SA", "SE",
    "SG", "SK", "TR", "UA", "US",
];

trait StaticCode {
    fn as_ref_static(&self) -> &'static str;
}

impl StaticCode for holidays::Country {
    fn as_ref_static(&self) -> &'static str {
        let code: &str = self.as_ref();
        KNOWN.iter().find(|k| **k == code).copied().unwrap_or("??")
    }
}

/// A team's calendar as its settings hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamCalendar {
    pub weekend: Weekend,
    /// Whose public holidays are days off.
    pub country: Option<HolidayCountry>,
    /// The team's own days off (a company holiday, a bridge day).
    pub days_off: BTreeSet<NaiveDate>,
}

impl Default for TeamCalendar {
    fn default() -> TeamCalendar {
        TeamCalendar {
            weekend: Weekend::SatSun,
            country: None,
            days_off: BTreeSet::new(),
        }
    }
}

impl TeamCalendar {
    pub fn working_days(&self) -> WorkingDays {
        WorkingDays {
            weekend: self.weekend,
            public: self.country.map(|c| c.holidays()).unwrap_or_default(),
            own: self.days_off.clone(),
        }
    }
}

/// Why a list of days off cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DaysOffError {
    #[error("days_off: {0}")]
    Date(crate::core::dates::DateError),
    #[error("days_off: a team keeps at most {MAX_DAYS_OFF} days off of its own.")]
    TooMany,
}

/// The most days off of its own a team keeps (a decade of company holidays).
pub const MAX_DAYS_OFF: usize = 400;

/// A team's own days off after `typed`: dates replace the list; `+date` adds one and
/// `-date` removes one; `none` clears it. Dates are read as people type them.
pub fn change_days_off(
    current: &BTreeSet<NaiveDate>,
    typed: &str,
    read_date: impl Fn(&str) -> Result<NaiveDate, crate::core::dates::DateError>,
) -> Result<BTreeSet<NaiveDate>, DaysOffError> {
    let words: Vec<&str> = typed
        .split([',', ';', ' '])
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| w.eq_ignore_ascii_case("none")) {
        return Ok(BTreeSet::new());
    }
    let changes_only = words.iter().all(|w| w.starts_with(['+', '-']));
    let mut days = if changes_only {
        current.clone()
    } else {
        BTreeSet::new()
    };
    for word in words {
        let (sign, date) = match word.strip_prefix('-') {
            Some(rest) => ('-', rest),
            None => ('+', word.trim_start_matches('+')),
        };
        let day = read_date(date).map_err(DaysOffError::Date)?;
        if sign == '-' {
            days.remove(&day);
        } else {
            days.insert(day);
        }
    }
    if days.len() > MAX_DAYS_OFF {
        return Err(DaysOffError::TooMany);
    }
    Ok(days)
}

/// Which days are working days: the one answer every count of days asks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkingDays {
    weekend: Weekend,
    public: Arc<BTreeSet<NaiveDate>>,
    own: BTreeSet<NaiveDate>,
}

impl WorkingDays {
    /// Monday to Friday, no holidays.
    pub fn weekdays() -> WorkingDays {
        WorkingDays::default()
    }

    /// Monday to Friday except `days_off`.
    pub fn weekdays_except(days_off: impl IntoIterator<Item = NaiveDate>) -> WorkingDays {
        WorkingDays {
            own: days_off.into_iter().collect(),
            ..WorkingDays::default()
        }
    }

    /// These working days less `more` days off (a rep's days away).
    pub fn and_days_off(&self, more: impl IntoIterator<Item = NaiveDate>) -> WorkingDays {
        let mut own = self.own.clone();
        own.extend(more);
        WorkingDays {
            own,
            ..self.clone()
        }
    }

    pub fn weekend(&self) -> Weekend {
        self.weekend
    }

    /// A day off that is not a weekend day: a public holiday or one of the team's own.
    pub fn is_holiday(&self, day: NaiveDate) -> bool {
        self.own.contains(&day) || self.public.contains(&day)
    }

    pub fn is_working(&self, day: NaiveDate) -> bool {
        !self.weekend.contains(day.weekday()) && !self.is_holiday(day)
    }

    /// Working days in `[start, end)`.
    pub fn count(&self, start: NaiveDate, end: NaiveDate) -> i64 {
        if end <= start {
            return 0;
        }
        let days = (end - start).num_days();
        let full_weeks = days / 7;
        let tail_start = start + Duration::days(full_weeks * 7);
        let weekdays = full_weeks * self.weekend.working_days_a_week()
            + tail_start
                .iter_days()
                .take_while(|d| *d < end)
                .filter(|d| !self.weekend.contains(d.weekday()))
                .count() as i64;
        let holidays = self.holidays_between(start, end).count() as i64;
        weekdays - holidays
    }

    /// The holidays on weekdays in `[start, end)`, each once, in order.
    pub fn holidays_between(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> impl Iterator<Item = NaiveDate> + '_ {
        let mut days: BTreeSet<NaiveDate> = self
            .own
            .range(start..end)
            .chain(self.public.range(start..end))
            .copied()
            .collect();
        days.retain(|d| !self.weekend.contains(d.weekday()));
        days.into_iter()
    }

    /// The `n`th working day at or after `day` (0: the first working day from `day`).
    pub fn working_day_from(&self, day: NaiveDate, n: i64) -> Option<NaiveDate> {
        day.iter_days()
            .take(3_660)
            .filter(|d| self.is_working(*d))
            .nth(usize::try_from(n).ok()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekdays_alone_count_as_before() {
        let w = WorkingDays::weekdays();
        assert_eq!(w.count(d("2026-03-01"), d("2026-04-01")), 22);
        assert_eq!(w.count(d("2026-03-07"), d("2026-03-09")), 0, "a weekend");
        assert_eq!(w.count(d("2026-01-01"), d("2026-04-01")), 64);
        assert_eq!(w.count(d("2026-03-10"), d("2026-03-10")), 0);
    }

    #[test]
    fn polish_public_holidays_are_days_off() {
        let pl = TeamCalendar {
            country: HolidayCountry::from_code("pl"),
            ..TeamCalendar::default()
        }
        .working_days();
        // Easter Monday 2026 is 6 April; 1 May is a Friday.
        assert!(!pl.is_working(d("2026-04-06")));
        assert!(!pl.is_working(d("2026-05-01")));
        assert!(pl.is_working(d("2026-04-07")));
        // April 2026: 22 weekdays, less Easter Monday.
        assert_eq!(pl.count(d("2026-04-01"), d("2026-05-01")), 21);
        // May 2026: 21 weekdays, less 1 May and Corpus Christi (4 June is in June);
        // 3 May is a Sunday and takes no weekday.
        assert_eq!(pl.count(d("2026-05-01"), d("2026-06-01")), 20);
        let named: Vec<NaiveDate> = pl
            .holidays_between(d("2026-04-01"), d("2026-06-01"))
            .collect();
        assert_eq!(named, vec![d("2026-04-06"), d("2026-05-01")]);
    }

    #[test]
    fn a_team_of_its_own_days_and_a_friday_weekend() {
        let cal = TeamCalendar {
            weekend: Weekend::FriSat,
            country: None,
            days_off: [d("2026-03-10")].into_iter().collect(),
        }
        .working_days();
        assert!(cal.is_working(d("2026-03-08")), "Sunday is a working day");
        assert!(!cal.is_working(d("2026-03-13")), "Friday is not");
        assert!(!cal.is_working(d("2026-03-10")), "the team's own day off");
        assert_eq!(cal.count(d("2026-03-08"), d("2026-03-15")), 4);
        assert_eq!(Weekend::Sun.working_days_a_week(), 6);
    }

    #[test]
    fn the_count_is_the_days_it_lists() {
        let pl = TeamCalendar {
            country: HolidayCountry::from_code("PL"),
            days_off: [d("2026-12-24"), d("2026-12-26")].into_iter().collect(),
            ..TeamCalendar::default()
        }
        .working_days();
        let mut day = d("2025-11-20");
        while day < d("2027-02-01") {
            let end = day + Duration::days(45);
            let listed = day
                .iter_days()
                .take_while(|x| *x < end)
                .filter(|x| pl.is_working(*x))
                .count() as i64;
            assert_eq!(pl.count(day, end), listed, "from {day}");
            day += Duration::days(3);
        }
        assert_eq!(
            pl.working_day_from(d("2026-12-24"), 0),
            Some(d("2026-12-28"))
        );
    }

    #[test]
    fn days_off_are_replaced_added_removed_and_cleared() {
        let read = |t: &str| {
            crate::core::dates::parse_date(
                t,
                d("2026-03-10"),
                crate::core::period::FiscalYearStart::january(),
            )
        };
        let none = BTreeSet::new();
        let two = change_days_off(&none, "2026-12-24, 31.12.2026", read).unwrap();
        assert_eq!(
            two,
            [d("2026-12-24"), d("2026-12-31")].into_iter().collect()
        );
        let three = change_days_off(&two, "+2026-12-28", read).unwrap();
        assert_eq!(three.len(), 3);
        let back = change_days_off(&three, "-2026-12-24 -2026-12-28", read).unwrap();
        assert_eq!(back, [d("2026-12-31")].into_iter().collect());
        assert!(change_days_off(&three, "none", read).unwrap().is_empty());
        assert!(matches!(
            change_days_off(&none, "2026-12-24 soon", read),
            Err(DaysOffError::Date(_))
        ));
    }

    #[test]
    fn unknown_countries_are_refused() {
        assert!(HolidayCountry::from_code("XX").is_none());
        assert!(HolidayCountry::from_code("").is_none());
        assert_eq!(
            HolidayCountry::from_code("ro").map(|c| c.code()),
            Some("RO")
        );
        assert!(HolidayCountry::all_codes().contains(&"SA"));
    }
}
