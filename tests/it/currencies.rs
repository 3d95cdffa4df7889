//! Wins in another currency: left out of revenue (and said so) until a manager sets a
//! rate; then converted at the rate of their day, kept with the deal, shown beside
//! the amount won, and counted on boards, quotas, forecasts, contests and commission.

// Amounts here are written major_minor (43_000_00 is 43,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

use crate::support::*;

async fn polish_team() -> Driver {
    let mut d = Driver::new().await;
    d.script(
        "/setup wins_channel:#wins nudges:off currency:PLN timezone:Europe/Warsaw
:now 2026-03-10 10:00
:as bob
/win amount:20000 customer:Local
:as ana",
    )
    .await;
    d
}

#[tokio::test]
async fn a_win_in_another_currency_without_a_rate_says_plainly_why_it_is_not_counted() {
    let mut d = polish_team().await;
    let r = d.ok("/win amount:\"10000 EUR\" customer:Berlin").await;
    let shown = text(&r);
    assert!(
        shown.contains(
            "this win is in EUR, and with no EUR rate for 10 Mar it is not added to PLN revenue"
        ),
        "{shown}"
    );
    assert!(!shown.contains("0 PLN won across 0 deals"), "{shown}");
    assert!(
        !shown.contains("#"),
        "no place on a board it is not on: {shown}"
    );
    // Her next win, in złoty, is her first on the board: she takes #2, not "enters".
    let r = d.ok("/win amount:5000 customer:Gdańsk").await;
    says(&r, "5,000 PLN won across 1 deal");
    says(
        &r,
        "(+1 won deal in other currencies, not added: no rate for their day)",
    );
}

#[tokio::test]
async fn a_rate_converts_wins_of_its_day_on_and_they_count_everywhere() {
    let mut d = polish_team().await;
    d.ok(":as you manager").await;
    let r = d.ok("/rates set rate:\"EUR 4.30\" from:2026-03-01").await;
    says(&r, "1 EUR = 4.30 PLN from 1 Mar 2026");
    d.ok(":as ana").await;
    let r = d.ok("/win amount:\"10000 EUR\" customer:Berlin").await;
    let shown = text(&r);
    assert!(
        shown.contains("Counted as 43,000.00 PLN: 10,000.00 EUR at 4.30, the rate of its day."),
        "{shown}"
    );
    assert!(shown.contains("43,000 PLN won across 1 deal"), "{shown}");
    assert!(shown.contains("takes #1, passing bob"), "{shown}");
    let posts = posts_in(&d, "wins");
    assert!(
        posts
            .iter()
            .any(|p| p.contains("10,000.00 EUR (43,000 PLN at 4.30)")),
        "{posts:?}"
    );
    let r = d.ok("/leaderboard").await;
    assert_eq!(
        board(&r),
        vec![(1, "ana".into(), 43_000_00), (2, "bob".into(), 20_000_00)]
    );
    // A rate changed later keeps what was converted (a closed deal is not rewritten
    // unless its amount or day changes)...
    d.ok(":as you manager").await;
    d.ok("/rates set rate:\"EUR 4.40\" from:2026-03-11").await;
    let r = d.ok("/deal show id:2").await;
    says(&r, "Counted as 43,000.00 PLN");
    // ...and a win on a later day takes the later rate.
    d.script(":now 2026-03-12 10:00\n:as ana\n/win amount:\"1000 EUR\" customer:Bonn")
        .await;
    let r = d.ok("/deal show id:3").await;
    says(&r, "Counted as 4,400.00 PLN");
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@ana amount:100k period:month").await;
    d.ok(":as ana").await;
    let r = d.ok("/quota check").await;
    assert_eq!(r["data"]["pace"]["won"], 47_400_00, "{}", text(&r));
    let r = d.ok("/export kind:deals").await;
    let csv = r["data"]["csv"].as_str().unwrap();
    assert!(csv.contains(",4300000,PLN,4.30"), "{csv}");
}

#[tokio::test]
async fn a_rate_set_later_counts_the_open_months_wins_but_not_a_closed_month() {
    let mut d = polish_team().await;
    // February, a closed month, and March, the open one.
    d.script("/win amount:\"1000 EUR\" customer:February date:2026-02-20\n/win amount:\"2000 EUR\" customer:March date:2026-03-05")
        .await;
    d.ok(":as you manager").await;
    let r = d.ok("/rates set rate:\"EUR 4.25\" from:2026-02-01").await;
    says(&r, "1 won or lost deal in EUR without a rate now counts");
    says(&r, "keep the figures their month closed with");
    let r = d.ok("/leaderboard period:last_month").await;
    assert!(
        board(&r).is_empty(),
        "February keeps what it closed with: {r}"
    );
    let r = d.ok("/leaderboard").await;
    assert_eq!(board(&r)[0], (1, "bob".into(), 20_000_00));
    assert_eq!(board(&r)[1], (2, "ana".into(), 8_500_00));
    let r = d.ok("/rates list").await;
    says(&r, "1 EUR = 4.25 PLN from 1 Feb 2026 (set by you)");
    let said = d.refused("/rates set rate:\"PLN 1\"").await;
    assert!(said.contains("always 1"), "{said}");
    d.ok(":as ana").await;
    let said = d.refused("/rates set rate:\"EUR 4\"").await;
    assert!(said.contains("managers"), "{said}");
}
