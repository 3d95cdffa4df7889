//! Forecast alerts: the rules, what each one measures, and when an alert is (re)sent.
//!
//! Every rule turns what it sees into candidates, each with a key (rule, subject,
//! period) and a measure where bigger is worse. An alert is sent the first time its key
//! is seen; again only when its measure is at least the rule's step worse than when it
//! was last sent, or when it had been resolved (not seen in a check) and came back.
//! A snoozed alert stays quiet until its snooze ends.

use super::closed_set::closed_set;
use super::forecast::Forecast;
use super::money::Money;
use super::period::{FiscalYearStart, Period, PeriodKind};
use crate::core::ids::{DealNumber, MemberId};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

closed_set! {
    /// A forecast alert rule.
    pub enum Rule {
        /// Projected attainment below `threshold` % with `days` or fewer days left.
        Attainment => "attainment";
        /// An open deal more than `threshold` days past its expected close date.
        Slipped => "slipped";
        /// An open deal not changed for `threshold` days.
        Stale => "stale";
        /// Pipeline coverage below `threshold` hundredths (200 = 2×) of the remaining quota.
        Coverage => "coverage";
        /// The blended projection fell more than `threshold` % since the last snapshot.
        ForecastDrop => "forecast_drop";
        /// A deal of at least `threshold` (whole units of the team's currency) moved, won or lost.
        LargeDeal => "large_deal";
    }
}

closed_set! {
    /// What `/alerts set` can change: one rule, or the switch for DM nudges.
    pub enum AlertSwitch {
        Attainment => "attainment";
        Slipped => "slipped";
        Stale => "stale";
        Coverage => "coverage";
        ForecastDrop => "forecast_drop";
        LargeDeal => "large_deal";
        DmNudges => "dm_nudges";
    }
}

impl AlertSwitch {
    /// The rule this switch changes; None for the DM-nudge switch.
    pub fn rule(self) -> Option<Rule> {
        match self {
            AlertSwitch::Attainment => Some(Rule::Attainment),
            AlertSwitch::Slipped => Some(Rule::Slipped),
            AlertSwitch::Stale => Some(Rule::Stale),
            AlertSwitch::Coverage => Some(Rule::Coverage),
            AlertSwitch::ForecastDrop => Some(Rule::ForecastDrop),
            AlertSwitch::LargeDeal => Some(Rule::LargeDeal),
            AlertSwitch::DmNudges => None,
        }
    }

    pub fn of_rule(rule: Rule) -> AlertSwitch {
        match rule {
            Rule::Attainment => AlertSwitch::Attainment,
            Rule::Slipped => AlertSwitch::Slipped,
            Rule::Stale => AlertSwitch::Stale,
            Rule::Coverage => AlertSwitch::Coverage,
            Rule::ForecastDrop => AlertSwitch::ForecastDrop,
            Rule::LargeDeal => AlertSwitch::LargeDeal,
        }
    }
}

/// Every rule, in the order they are listed.
pub const RULES: &[Rule] = Rule::ALL;

impl Rule {
    /// How much worse (in the rule's measure) an open alert must get to be sent again.
    pub fn worse_step(&self, setting: &RuleSetting) -> i64 {
        match self {
            Rule::Attainment => 500, // 5 points of attainment, in basis points
            Rule::Slipped => 7,      // a week later still
            Rule::Stale => setting.threshold.max(1), // another full stale period
            Rule::Coverage => 25,    // 0.25× less coverage
            Rule::ForecastDrop => 500, // 5 points more of drop, in basis points
            Rule::LargeDeal => 1,    // every new change is news
        }
    }
}

/// One rule's switch and thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleSetting {
    pub enabled: bool,
    pub threshold: i64,
    /// Only the attainment rule has a second number: days left in the period.
    pub days: Option<i64>,
}

/// A guild's alert rules: the config's defaults with the guild's changes on top.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AlertSettings {
    pub rules: BTreeMap<Rule, RuleSetting>,
    /// Send the owner of a slipped or stale deal a direct message too.
    pub dm_nudges: bool,
}

impl AlertSettings {
    pub fn get(&self, rule: Rule) -> RuleSetting {
        self.rules.get(&rule).copied().unwrap_or(RuleSetting {
            enabled: false,
            threshold: 0,
            days: None,
        })
    }
    pub fn enabled(&self, rule: Rule) -> Option<RuleSetting> {
        Some(self.get(rule)).filter(|s| s.enabled)
    }
}

/// Why a rule's new numbers do not make sense; each says what would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ThresholdError {
    #[error("{} threshold must be {min}-{max}", rule.key())]
    OutOfRange { rule: Rule, min: i64, max: i64 },
    #[error("attainment days must be 0-366")]
    DaysOutOfRange,
    #[error("{} has no days setting", .0.key())]
    NoDays(Rule),
}

/// The thresholds a rule accepts, both ends included.
pub fn threshold_range(rule: Rule) -> (i64, i64) {
    match rule {
        Rule::Attainment => (1, 200),
        Rule::Slipped => (0, 365),
        Rule::Stale => (1, 365),
        Rule::Coverage => (1, 2_000),
        Rule::ForecastDrop => (1, 100),
        Rule::LargeDeal => (1, 1_000_000_000_000),
    }
}

/// Whether a threshold makes sense for a rule.
pub fn check_threshold(
    rule: Rule,
    threshold: i64,
    days: Option<i64>,
) -> Result<(), ThresholdError> {
    let (min, max) = threshold_range(rule);
    if !(min..=max).contains(&threshold) {
        return Err(ThresholdError::OutOfRange { rule, min, max });
    }
    match (rule, days) {
        (Rule::Attainment, Some(d)) if !(0..=366).contains(&d) => {
            Err(ThresholdError::DaysOutOfRange)
        }
        (Rule::Attainment, _) | (_, None) => Ok(()),
        (_, Some(_)) => Err(ThresholdError::NoDays(rule)),
    }
}

/// Who a forecast alert is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Who {
    Everyone,
    Team(String),
    Rep(String),
}

/// The period a forecast alert is about, kept with its fiscal year so that it is named
/// the same however long the alert stays open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlertPeriod {
    pub kind: PeriodKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub fiscal_year_starts: u32,
}

impl AlertPeriod {
    pub fn of(period: &Period) -> AlertPeriod {
        AlertPeriod {
            kind: period.kind,
            start: period.start,
            end: period.end,
            fiscal_year_starts: period.fiscal().month(),
        }
    }

    pub fn period(&self) -> Period {
        let fiscal =
            FiscalYearStart::new(self.fiscal_year_starts).unwrap_or(FiscalYearStart::january());
        match self.kind {
            PeriodKind::Custom => {
                Period::between(self.start, self.end - chrono::Duration::days(1), fiscal)
                    .unwrap_or_else(|_| Period::containing(PeriodKind::Month, self.start, fiscal))
            }
            kind => Period::containing(kind, self.start, fiscal),
        }
    }
}

/// The deal a deal alert is about, as it stood when the alert was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AboutDeal {
    pub number: DealNumber,
    pub customer: String,
    pub owner: String,
    pub amount: Option<Money>,
}

/// What happened to a large deal. Stage names are the team's labels at the time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum LargeDealChange {
    Won,
    Lost { reason: Option<String> },
    Opened { stage: String },
    Moved { from: String, to: String },
}

/// What a rule found, with its figures: kept with the alert and worded for each
/// reader in their language (`views::alert_words`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    Attainment {
        who: Who,
        period: AlertPeriod,
        projected_bp: i64,
        blended: Money,
        quota: Money,
        days_left: i64,
    },
    Coverage {
        who: Who,
        period: AlertPeriod,
        coverage_x100: i64,
        quota_left: Money,
        rule_x100: i64,
    },
    ForecastDrop {
        who: Who,
        period: AlertPeriod,
        drop_bp: i64,
        before: Money,
        after: Money,
    },
    Slipped {
        deal: AboutDeal,
        due: NaiveDate,
        days_late: i64,
    },
    Stale {
        deal: AboutDeal,
        idle_days: i64,
    },
    LargeDeal {
        deal: AboutDeal,
        change: LargeDealChange,
    },
    /// Words recorded (in English) before findings were kept typed.
    Recorded {
        text: String,
    },
}

impl Finding {
    /// The same finding with a member's name replaced (a forgotten member's alerts keep
    /// what they found, less the name). Whether anything changed.
    pub fn rename(&mut self, name: &str, shown_as: &str) -> bool {
        let swap = |held: &mut String| {
            let found = held == name;
            if found {
                *held = shown_as.to_string();
            }
            found
        };
        match self {
            Finding::Attainment { who, .. }
            | Finding::Coverage { who, .. }
            | Finding::ForecastDrop { who, .. } => match who {
                Who::Rep(rep) => swap(rep),
                Who::Team(_) | Who::Everyone => false,
            },
            Finding::Slipped { deal, .. }
            | Finding::Stale { deal, .. }
            | Finding::LargeDeal { deal, .. } => swap(&mut deal.owner),
            Finding::Recorded { text } => {
                let found = text.contains(name);
                if found {
                    *text = text.replace(name, shown_as);
                }
                found
            }
        }
    }
}

/// Something a rule found this time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub rule: Rule,
    /// "member:12", "team:3", "everyone" or "deal:45".
    pub subject: String,
    /// Which period (or close date, for a slipped deal) it is about.
    pub period_key: String,
    /// The rule's measure: bigger is worse.
    pub measure: i64,
    pub finding: Finding,
    /// The member to nudge by direct message (slipped and stale deals).
    pub owner: Option<MemberId>,
}

/// What was recorded about an alert's key before this check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertState {
    pub open: bool,
    /// The measure when it was last sent; None if it was never sent (snoozed from the start).
    pub sent_measure: Option<i64>,
    pub snoozed_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// First time seen.
    New,
    /// Seen before, now worse by at least the rule's step.
    Worse,
    /// Resolved before, back again.
    Back,
    /// Nothing to send.
    Quiet,
}

/// Whether a candidate is sent, given what was recorded about its key.
pub fn decide(
    rule: Rule,
    setting: &RuleSetting,
    measure: i64,
    before: Option<&AlertState>,
    now: DateTime<Utc>,
) -> Decision {
    let Some(before) = before else {
        return Decision::New;
    };
    if before.snoozed_until.is_some_and(|until| until > now) {
        return Decision::Quiet;
    }
    if !before.open {
        return Decision::Back;
    }
    match before.sent_measure {
        None => Decision::New,
        Some(sent) if measure >= sent + rule.worse_step(setting) => Decision::Worse,
        Some(_) => Decision::Quiet,
    }
}

/// Attainment: the projection (blended) below the threshold late in the period.
/// Measure: how far below 100 % it is projected, in basis points.
pub fn attainment(f: &Forecast, days_left: i64, s: &RuleSetting) -> Option<i64> {
    let bp = f.projected_attainment_bp?;
    let days = s.days.unwrap_or(0);
    (days_left <= days && bp < s.threshold * 100).then_some(10_000 - bp)
}

/// Coverage: open pipeline ÷ remaining quota under the threshold, while some quota is
/// left. Measure: hundredths below the threshold.
pub fn coverage(f: &Forecast, s: &RuleSetting) -> Option<i64> {
    let c = f.coverage_x100?;
    (c < s.threshold).then_some(s.threshold - c)
}

/// Slipped: days past the expected close date, beyond the grace days.
pub fn slipped(expected_close: NaiveDate, today: NaiveDate, s: &RuleSetting) -> Option<i64> {
    let late = (today - expected_close).num_days();
    (late > s.threshold.max(0)).then_some(late)
}

/// Stale: days since the deal last changed, from the threshold up.
pub fn stale(updated_on: NaiveDate, today: NaiveDate, s: &RuleSetting) -> Option<i64> {
    let idle = (today - updated_on).num_days();
    (idle >= s.threshold.max(1)).then_some(idle)
}

/// Forecast drop: the blended projection against the last snapshot's, when it fell by
/// more than the threshold. Measure: the drop in basis points.
pub fn forecast_drop(previous: i64, now: i64, s: &RuleSetting) -> Option<i64> {
    if previous <= 0 || now >= previous {
        return None;
    }
    let fell = i128::from(previous - now);
    // Compared exactly (fell ÷ previous > threshold %), then reported in basis points.
    (fell * 100 > i128::from(s.threshold) * i128::from(previous)).then_some(
        crate::core::ratio::to_i64((fell * 10_000) / i128::from(previous)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn setting(threshold: i64, days: Option<i64>) -> RuleSetting {
        RuleSetting {
            enabled: true,
            threshold,
            days,
        }
    }

    fn forecast(attainment_bp: Option<i64>, coverage_x100: Option<i64>) -> Forecast {
        Forecast {
            closed_won: 0,
            commit: 0,
            best_case: 0,
            pipeline: 0,
            weighted: 0,
            run_rate: None,
            blended: 0,
            quota: Some(1),
            projected_attainment_bp: attainment_bp,
            coverage_x100,
            largest: vec![],
            slipping: vec![],
            undated: 0,
        }
    }

    #[test]
    fn attainment_fires_below_the_threshold_only_late_in_the_period() {
        let s = setting(80, Some(10));
        assert_eq!(
            attainment(&forecast(Some(7_000), None), 10, &s),
            Some(3_000)
        );
        assert_eq!(
            attainment(&forecast(Some(7_000), None), 11, &s),
            None,
            "too early"
        );
        assert_eq!(
            attainment(&forecast(Some(8_000), None), 3, &s),
            None,
            "exactly 80 % is not below"
        );
        assert_eq!(attainment(&forecast(Some(7_999), None), 3, &s), Some(2_001));
        assert_eq!(
            attainment(&forecast(None, None), 3, &s),
            None,
            "no quota, no alert"
        );
    }

    #[test]
    fn coverage_fires_under_the_multiple() {
        let s = setting(200, None);
        assert_eq!(coverage(&forecast(None, Some(150)), &s), Some(50));
        assert_eq!(coverage(&forecast(None, Some(200)), &s), None);
        assert_eq!(coverage(&forecast(None, None), &s), None, "quota met");
    }

    #[test]
    fn slipped_and_stale_count_days() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
        assert_eq!(slipped(d(9), d(10), &setting(0, None)), Some(1));
        assert_eq!(
            slipped(d(10), d(10), &setting(0, None)),
            None,
            "due today is not late"
        );
        assert_eq!(
            slipped(d(5), d(10), &setting(5, None)),
            None,
            "within grace"
        );
        assert_eq!(slipped(d(4), d(10), &setting(5, None)), Some(6));
        assert_eq!(stale(d(1), d(14), &setting(14, None)), None, "13 days");
        assert_eq!(stale(d(1), d(15), &setting(14, None)), Some(14));
    }

    #[test]
    fn forecast_drop_in_basis_points() {
        let s = setting(10, None);
        assert_eq!(
            forecast_drop(100_000, 90_000, &s),
            None,
            "exactly 10 % is not more"
        );
        assert_eq!(forecast_drop(100_000, 89_999, &s), Some(1_000));
        assert_eq!(forecast_drop(100_000, 50_000, &s), Some(5_000));
        assert_eq!(forecast_drop(0, 0, &s), None);
        assert_eq!(forecast_drop(100, 120, &s), None, "a rise is no alert");
    }

    #[test]
    fn sent_once_again_when_worse_or_back_and_quiet_while_snoozed() {
        let now = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        let s = setting(80, Some(10));
        let open = |sent| AlertState {
            open: true,
            sent_measure: Some(sent),
            snoozed_until: None,
        };
        let attainment =
            |measure, state: Option<&AlertState>| decide(Rule::Attainment, &s, measure, state, now);
        assert_eq!(attainment(3_000, None), Decision::New);
        assert_eq!(attainment(3_499, Some(&open(3_000))), Decision::Quiet);
        assert_eq!(attainment(3_500, Some(&open(3_000))), Decision::Worse);
        assert_eq!(
            attainment(2_000, Some(&open(3_000))),
            Decision::Quiet,
            "better"
        );
        let resolved = AlertState {
            open: false,
            ..open(3_000)
        };
        assert_eq!(attainment(100, Some(&resolved)), Decision::Back);
        let snoozed = AlertState {
            snoozed_until: Some(now + chrono::Duration::days(1)),
            ..open(3_000)
        };
        assert_eq!(attainment(9_000, Some(&snoozed)), Decision::Quiet);
        let woke = AlertState {
            snoozed_until: Some(now),
            ..open(3_000)
        };
        assert_eq!(attainment(9_000, Some(&woke)), Decision::Worse);
        // Stale re-fires after another full stale period.
        let st = setting(14, None);
        let stale = |days| decide(Rule::Stale, &st, days, Some(&open(14)), now);
        assert_eq!(stale(27), Decision::Quiet);
        assert_eq!(stale(28), Decision::Worse);
    }

    #[test]
    fn a_switch_is_kept_under_its_rules_key() {
        assert_eq!(Rule::parse("forecast_drop"), Some(Rule::ForecastDrop));
        for rule in Rule::all() {
            let switch = AlertSwitch::of_rule(*rule);
            assert_eq!(
                switch.key(),
                rule.key(),
                "a switch is stored under its rule's key"
            );
            assert_eq!(switch.rule(), Some(*rule));
        }
    }

    #[test]
    fn a_finding_reads_back_as_it_was_kept_and_forgets_a_name() {
        let eur = crate::core::money::Currency::from_code("EUR").unwrap();
        let mut finding = Finding::Stale {
            deal: AboutDeal {
                number: DealNumber(4),
                customer: "Acme \"North\"".into(),
                owner: "Zoë".into(),
                amount: Some(Money::new(500_000, eur)),
            },
            idle_days: 9,
        };
        let kept = serde_json::to_string(&finding).unwrap();
        assert_eq!(serde_json::from_str::<Finding>(&kept).unwrap(), finding);
        assert!(!finding.rename("Zo", "former member 1"), "whole names only");
        assert!(finding.rename("Zoë", "former member 1"));
        assert!(
            serde_json::to_string(&finding)
                .unwrap()
                .contains("former member 1")
        );
        let period = Period::containing(
            PeriodKind::Quarter,
            NaiveDate::from_ymd_opt(2026, 5, 2).unwrap(),
            FiscalYearStart::new(4).unwrap(),
        );
        assert_eq!(AlertPeriod::of(&period).period(), period);
    }
}
