//! Reporting periods (week, month, fiscal quarter, fiscal year) as ranges of local
//! calendar dates in the team's timezone.
//!
//! Deals carry the local date they closed on, so a period is a half-open range of
//! dates `[start, end)`; daylight-saving changes cannot shift a deal across a period
//! boundary because no clock times are compared.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

/// The month (1–12) a team's fiscal year starts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalYearStart(u32);

impl FiscalYearStart {
    pub fn new(month: u32) -> Option<FiscalYearStart> {
        (1..=12).contains(&month).then_some(FiscalYearStart(month))
    }
    pub fn january() -> FiscalYearStart {
        FiscalYearStart(1)
    }
    pub fn month(&self) -> u32 {
        self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    Week,
    Month,
    Quarter,
    FiscalYear,
    Custom,
}

impl PeriodKind {
    /// The word commands use for it: `week`, `month`, `quarter`, `year`.
    pub fn name(self) -> &'static str {
        match self {
            PeriodKind::Week => "week",
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::FiscalYear => "year",
            PeriodKind::Custom => "period",
        }
    }
}

/// A half-open range of local dates, `start` included, `end` excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub kind: PeriodKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Kept so labels and `previous()` need not be told the fiscal year again.
    #[serde(skip)]
    fiscal: FiscalYearStart,
}

/// What a user asked for: "this month", "last quarter", or explicit dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(into = "String")]
pub enum PeriodSpec {
    This(PeriodKind),
    Last(PeriodKind),
    Between(NaiveDate, NaiveDate),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error(
        "I don't know the period {0:?}. Use week, month, quarter or year, with last_ for the one before (last_month)."
    )]
    Unknown(String),
    #[error("The period ends before it starts ({0} to {1}).")]
    Backwards(NaiveDate, NaiveDate),
    #[error("That period is longer than five years; pick a shorter range.")]
    TooLong,
}

impl From<PeriodSpec> for String {
    fn from(spec: PeriodSpec) -> String {
        spec.key()
    }
}

impl PeriodSpec {
    /// The name commands use for it (`month`, `last_quarter`), which `parse` reads
    /// back; explicit dates are written `2026-03-01..2026-03-31`.
    pub fn key(&self) -> String {
        match self {
            PeriodSpec::This(kind) => kind.name().to_string(),
            PeriodSpec::Last(kind) => format!("last_{}", kind.name()),
            PeriodSpec::Between(from, to) => format!("{from}..{to}"),
        }
    }

    /// The names used by commands: `week`, `month`, `quarter`, `year` and their `last_` forms.
    pub fn parse(input: &str) -> Result<PeriodSpec, PeriodError> {
        let key = input.trim().to_lowercase().replace([' ', '-'], "_");
        let (last, name) = match key.strip_prefix("last_") {
            Some(rest) => (true, rest.to_string()),
            None => (false, key.strip_prefix("this_").unwrap_or(&key).to_string()),
        };
        let kind = match name.as_str() {
            "week" | "w" => PeriodKind::Week,
            "month" | "m" | "mtd" => PeriodKind::Month,
            "quarter" | "q" | "qtd" => PeriodKind::Quarter,
            "year" | "fiscal_year" | "fy" | "ytd" => PeriodKind::FiscalYear,
            _ => return Err(PeriodError::Unknown(input.to_string())),
        };
        Ok(if last {
            PeriodSpec::Last(kind)
        } else {
            PeriodSpec::This(kind)
        })
    }

    /// Resolves the spec against the team's local "today".
    pub fn resolve(
        &self,
        today: NaiveDate,
        fiscal: FiscalYearStart,
    ) -> Result<Period, PeriodError> {
        match *self {
            PeriodSpec::This(kind) => Ok(Period::containing(kind, today, fiscal)),
            PeriodSpec::Last(kind) => Ok(Period::containing(kind, today, fiscal).previous()),
            PeriodSpec::Between(from, to) => Period::between(from, to, fiscal),
        }
    }
}

impl Period {
    /// The period of `kind` that contains `date`.
    pub fn containing(kind: PeriodKind, date: NaiveDate, fiscal: FiscalYearStart) -> Period {
        let fy = fiscal;
        match kind {
            PeriodKind::Week => {
                let start = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
                Period {
                    kind,
                    start,
                    end: start + Duration::days(7),
                    fiscal: fy,
                }
            }
            PeriodKind::Month => {
                let start = first_of_month(date.year(), date.month());
                Period {
                    kind,
                    start,
                    end: add_months(start, 1),
                    fiscal: fy,
                }
            }
            PeriodKind::Quarter => {
                let offset = months_into_fiscal_year(date, fiscal);
                let start = add_months(
                    first_of_month(date.year(), date.month()),
                    -((offset % 3) as i32),
                );
                Period {
                    kind,
                    start,
                    end: add_months(start, 3),
                    fiscal: fy,
                }
            }
            PeriodKind::FiscalYear | PeriodKind::Custom => {
                let offset = months_into_fiscal_year(date, fiscal);
                let start = add_months(first_of_month(date.year(), date.month()), -(offset as i32));
                Period {
                    kind: PeriodKind::FiscalYear,
                    start,
                    end: add_months(start, 12),
                    fiscal: fy,
                }
            }
        }
    }

    /// An explicit range, both dates included.
    pub fn between(
        from: NaiveDate,
        to: NaiveDate,
        fiscal: FiscalYearStart,
    ) -> Result<Period, PeriodError> {
        if to < from {
            return Err(PeriodError::Backwards(from, to));
        }
        if (to - from).num_days() > 5 * 366 {
            return Err(PeriodError::TooLong);
        }
        Ok(Period {
            kind: PeriodKind::Custom,
            start: from,
            end: to + Duration::days(1),
            fiscal,
        })
    }

    /// The month its team's fiscal year starts in.
    pub fn fiscal(&self) -> FiscalYearStart {
        self.fiscal
    }

    /// The period of the same kind just before this one.
    pub fn previous(&self) -> Period {
        let fiscal = self.fiscal;
        match self.kind {
            PeriodKind::Custom => {
                let len = self.end - self.start;
                Period {
                    start: self.start - len,
                    end: self.start,
                    ..*self
                }
            }
            kind => Period::containing(kind, self.start - Duration::days(1), fiscal),
        }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date < self.end
    }

    /// The last date inside the period.
    pub fn last_day(&self) -> NaiveDate {
        self.end - Duration::days(1)
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days()
    }

    /// Which quarter of its fiscal year a period starts in (1–4).
    pub fn fiscal_quarter(&self) -> u32 {
        months_into_fiscal_year(self.start, self.fiscal) / 3 + 1
    }

    /// The years its fiscal year spans: `2026`, or `2026/27` when it does not start in
    /// January.
    pub fn fiscal_years(&self) -> String {
        fiscal_years(self.start, self.fiscal)
    }

    /// Human label: "week of 9 Mar 2026", "March 2026", "Q1 FY2026/27 (Apr–Jun 2026)".
    pub fn label(&self) -> String {
        match self.kind {
            PeriodKind::Week => format!("week of {}", self.start.format("%-d %b %Y")),
            PeriodKind::Month => self.start.format("%B %Y").to_string(),
            PeriodKind::Quarter => {
                let q = self.fiscal_quarter();
                let fy = fiscal_year_name(self.start, self.fiscal);
                format!(
                    "Q{q} {fy} ({}–{})",
                    self.start.format("%b"),
                    self.last_day().format("%b %Y")
                )
            }
            PeriodKind::FiscalYear => fiscal_year_name(self.start, self.fiscal),
            PeriodKind::Custom => format!("{} – {}", self.start, self.last_day()),
        }
    }
}

/// Whether `day` is the first working day of its period of `kind`: a board of "this"
/// period posted then has barely anything on it.
pub fn opens_its_period(
    day: NaiveDate,
    kind: PeriodKind,
    fiscal: FiscalYearStart,
    days: &crate::core::calendar::WorkingDays,
) -> bool {
    let period = Period::containing(kind, day, fiscal);
    day == period.start || days.working_day_from(period.start, 0) == Some(day)
}

/// "FY2026" for calendar fiscal years, "FY2026/27" when the year straddles two.
pub fn fiscal_year_name(date: NaiveDate, fiscal: FiscalYearStart) -> String {
    format!("FY{}", fiscal_years(date, fiscal))
}

/// The years the fiscal year `date` falls in spans: `2026`, or `2026/27`. They are
/// names, not amounts: no thousands separator in any language.
fn fiscal_years(date: NaiveDate, fiscal: FiscalYearStart) -> String {
    let offset = months_into_fiscal_year(date, fiscal);
    let start = add_months(first_of_month(date.year(), date.month()), -(offset as i32));
    if fiscal.0 == 1 {
        start.year().to_string()
    } else {
        format!("{}/{:02}", start.year(), (start.year() + 1) % 100)
    }
}

fn months_into_fiscal_year(date: NaiveDate, fiscal: FiscalYearStart) -> u32 {
    (date.month() + 12 - fiscal.0) % 12
}

fn first_of_month(year: i32, month: u32) -> NaiveDate {
    // Month is always 1..=12 here, and years stay far inside chrono's range.
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}

/// Adds whole months to the first of a month.
fn add_months(first: NaiveDate, months: i32) -> NaiveDate {
    let total = first.year() * 12 + first.month0() as i32 + months;
    first_of_month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// A range of days [start, end) cut into the days before its first whole month, its
/// whole months and the days after them; each part [from, to), possibly empty. Sums kept
/// per month serve the whole months, sums per day the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthSplit {
    pub head: (NaiveDate, NaiveDate),
    /// The first days of the first whole month and of the month after the last.
    pub months: (NaiveDate, NaiveDate),
    pub tail: (NaiveDate, NaiveDate),
}

impl MonthSplit {
    pub fn of(start: NaiveDate, end: NaiveDate) -> MonthSplit {
        let month_of_start = first_of_month(start.year(), start.month());
        let first_whole = if start == month_of_start {
            start
        } else {
            add_months(month_of_start, 1)
        };
        let after_last_whole = first_of_month(end.year(), end.month());
        if end <= start || first_whole >= after_last_whole {
            return MonthSplit {
                head: (start, end.max(start)),
                months: (start, start),
                tail: (start, start),
            };
        }
        MonthSplit {
            head: (start, first_whole),
            months: (first_whole, after_last_whole),
            tail: (after_last_whole, end),
        }
    }
}

/// The next `weekday` strictly after `date`.
pub fn next_weekday(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() as i64
        - date.weekday().num_days_from_monday() as i64)
        % 7;
    date + Duration::days(if ahead == 0 { 7 } else { ahead })
}

/// The last `weekday` on or before `date`.
pub fn last_weekday(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() as i64
        - weekday.num_days_from_monday() as i64)
        % 7;
    date - Duration::days(back)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn april() -> FiscalYearStart {
        FiscalYearStart::new(4).unwrap()
    }

    #[test]
    fn calendar_periods() {
        let jan = FiscalYearStart::january();
        let p = Period::containing(PeriodKind::Week, d("2026-03-11"), jan);
        assert_eq!((p.start, p.end), (d("2026-03-09"), d("2026-03-16")));
        let p = Period::containing(PeriodKind::Month, d("2026-02-14"), jan);
        assert_eq!((p.start, p.end), (d("2026-02-01"), d("2026-03-01")));
        assert_eq!(p.label(), "February 2026");
        let p = Period::containing(PeriodKind::Quarter, d("2026-12-31"), jan);
        assert_eq!((p.start, p.end), (d("2026-10-01"), d("2027-01-01")));
        assert_eq!(p.label(), "Q4 FY2026 (Oct–Dec 2026)");
    }

    #[test]
    fn fiscal_year_starting_in_april() {
        let q = Period::containing(PeriodKind::Quarter, d("2026-03-10"), april());
        assert_eq!((q.start, q.end), (d("2026-01-01"), d("2026-04-01")));
        assert_eq!(q.label(), "Q4 FY2025/26 (Jan–Mar 2026)");
        let q = Period::containing(PeriodKind::Quarter, d("2026-04-01"), april());
        assert_eq!(q.label(), "Q1 FY2026/27 (Apr–Jun 2026)");
        let y = Period::containing(PeriodKind::FiscalYear, d("2026-03-10"), april());
        assert_eq!((y.start, y.end), (d("2025-04-01"), d("2026-04-01")));
        assert_eq!(y.label(), "FY2025/26");
        let y = Period::containing(
            PeriodKind::FiscalYear,
            d("2026-11-30"),
            FiscalYearStart::new(11).unwrap(),
        );
        assert_eq!((y.start, y.end), (d("2026-11-01"), d("2027-11-01")));
    }

    #[test]
    fn previous_periods_cross_year_ends() {
        let jan = FiscalYearStart::january();
        let m = Period::containing(PeriodKind::Month, d("2026-01-15"), jan).previous();
        assert_eq!((m.start, m.end), (d("2025-12-01"), d("2026-01-01")));
        let q = Period::containing(PeriodKind::Quarter, d("2026-05-15"), april()).previous();
        assert_eq!((q.start, q.end), (d("2026-01-01"), d("2026-04-01")));
        let w = Period::containing(PeriodKind::Week, d("2026-01-01"), jan).previous();
        assert_eq!((w.start, w.end), (d("2025-12-22"), d("2025-12-29")));
        let c = Period::between(d("2026-03-01"), d("2026-03-10"), jan)
            .unwrap()
            .previous();
        assert_eq!((c.start, c.end), (d("2026-02-19"), d("2026-03-01")));
    }

    #[test]
    fn week_spanning_a_dst_change_is_seven_days() {
        // Europe/Berlin springs forward on 2026-03-29; the period is still Mon..Mon.
        let w = Period::containing(
            PeriodKind::Week,
            d("2026-03-29"),
            FiscalYearStart::january(),
        );
        assert_eq!(
            (w.start, w.end, w.days()),
            (d("2026-03-23"), d("2026-03-30"), 7)
        );
    }

    #[test]
    fn parses_period_names() {
        for (written, spec) in [
            ("month", PeriodSpec::This(PeriodKind::Month)),
            ("last_quarter", PeriodSpec::Last(PeriodKind::Quarter)),
            ("This Week", PeriodSpec::This(PeriodKind::Week)),
            ("fy", PeriodSpec::This(PeriodKind::FiscalYear)),
        ] {
            assert_eq!(PeriodSpec::parse(written), Ok(spec), "{written}");
        }
        assert!(PeriodSpec::parse("fortnight").is_err());
        assert!(Period::between(d("2026-03-10"), d("2026-03-01"), april()).is_err());
    }

    #[test]
    fn next_weekday_is_strictly_after() {
        assert_eq!(next_weekday(d("2026-03-10"), Weekday::Fri), d("2026-03-13"));
        assert_eq!(next_weekday(d("2026-03-13"), Weekday::Fri), d("2026-03-20"));
    }

    fn days_of(range: (NaiveDate, NaiveDate)) -> Vec<NaiveDate> {
        range.0.iter_days().take_while(|x| *x < range.1).collect()
    }

    #[test]
    fn a_year_is_twelve_whole_months() {
        let split = MonthSplit::of(d("2026-01-01"), d("2027-01-01"));
        assert_eq!(split.months, (d("2026-01-01"), d("2027-01-01")));
        assert!(days_of(split.head).is_empty() && days_of(split.tail).is_empty());
    }

    #[test]
    fn a_week_inside_a_month_is_days_only() {
        let split = MonthSplit::of(d("2026-03-09"), d("2026-03-16"));
        assert_eq!(days_of(split.head).len(), 7);
        assert_eq!(split.months.0, split.months.1);
        assert!(days_of(split.tail).is_empty());
    }

    #[test]
    fn every_day_of_any_range_is_in_exactly_one_part() {
        let starts = [
            "2025-12-31",
            "2026-01-01",
            "2026-01-15",
            "2026-02-28",
            "2026-04-30",
        ];
        for start in starts {
            for length in [0i64, 1, 6, 27, 31, 45, 59, 92, 365, 400, 1096] {
                let start = d(start);
                let end = start + chrono::Duration::days(length);
                let split = MonthSplit::of(start, end);
                let mut covered = days_of(split.head);
                let whole_months = days_of(split.months);
                if !whole_months.is_empty() {
                    assert_eq!((split.months.0.day(), split.months.1.day()), (1, 1));
                }
                covered.extend(whole_months);
                covered.extend(days_of(split.tail));
                assert_eq!(covered, days_of((start, end)), "{start} + {length} days");
            }
        }
    }
}
