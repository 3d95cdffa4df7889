//! One calendar of working days per team: its weekend, its country's public holidays
//! and its own days off, used by pace, "needed per week", the projection, forecasts'
//! run-rates, inactivity nudges and streaks alike.

// Amounts here are written major_minor (7_000_00 is 7,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

use crate::support::*;

/// A Polish team whose fiscal year starts in April, on Friday 10 April 2026 (Easter
/// Monday, 6 April, was a public holiday).
async fn polish_team() -> Driver {
    let mut d = Driver::new().await;
    d.script(
        "/setup timezone:Europe/Warsaw currency:PLN fiscal_year_start:4 country:PL nudges_channel:#nudges
:now 2026-04-10 12:00",
    )
    .await;
    d
}

#[tokio::test]
async fn easter_monday_is_not_a_day_of_pace_needed_per_week_or_projection() {
    let mut d = polish_team().await;
    d.ok("/quota set rep:@ana amount:21000 period:month").await;
    d.ok(":as ana").await;
    d.ok("/win amount:7000 customer:A date:2026-04-02").await;
    let r = d.ok("/quota check").await;
    let pace = &r["data"]["pace"];
    // April 2026 has 22 weekdays; Easter Monday leaves 21, of which 7 are done.
    assert_eq!(pace["business_days_total"], 21, "{}", text(&r));
    assert_eq!(pace["business_days_elapsed"], 7);
    assert_eq!(pace["expected_by_now"], 7_000_00, "21,000 × 7/21");
    assert_eq!(pace["projected"], 21_000_00, "7,000 in 7 of 21 days");
    says(&r, "on pace");
    // 14,000 over the 14 working days left: 5,000 a week.
    assert_eq!(pace["needed_per_week"], 5_000_00);
    says(&r, "14 business days left");
}

#[tokio::test]
async fn nobody_is_nudged_on_a_public_holiday_and_holidays_are_not_quiet_days() {
    let mut d = polish_team().await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    // Friday 10 April to Friday 17 April is five working days; on weekdays alone it
    // would be the same, so the holiday that matters is 1 May.
    d.ok(":now 2026-04-28 08:00").await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    // From Tuesday 28 April: 29, 30, [1 May off], 4, 5, 6 May → five working days on
    // Wednesday 6 May, not on Tuesday 5 May as weekdays alone would say.
    d.ok(":advance 7d3h").await;
    let early: Vec<String> = posts_in(&d, "nudges");
    assert!(
        early.iter().all(|p| !p.contains("bob")),
        "Tuesday 5 May is only the fourth working day: {early:?}"
    );
    d.ok(":advance 1d").await;
    let posts = posts_in(&d, "nudges");
    assert!(
        posts
            .iter()
            .any(|p| p.contains("bob") && p.contains("Nothing logged for 5 working days")),
        "{posts:?}"
    );
}

#[tokio::test]
async fn setup_shows_the_calendar_and_takes_days_off_and_a_weekend() {
    let mut d = polish_team().await;
    let r = d.ok("/setup days_off:\"2026-04-30 +2026-05-04\"").await;
    let shown = text(&r);
    assert!(shown.contains("public holidays of PL"), "{shown}");
    assert!(shown.contains("2 days off of the team's own"), "{shown}");
    assert!(shown.contains("next: 30 Apr, 1 May, 4 May"), "{shown}");
    let r = d.ok("/setup days_off:-2026-04-30").await;
    says(&r, "1 day off of the team's own");
    let r = d.ok("/setup weekend:fri_sat country:none").await;
    says(&r, "Friday and Saturday off; no public holidays");
    let said = d.refused("/setup country:Atlantis").await;
    assert!(said.contains("PL") && said.contains("days_off"), "{said}");
    let said = d.refused("/setup days_off:\"someday\"").await;
    assert!(said.contains("days_off"), "{said}");
}
