//! What a team's privacy settings hide stays hidden in every reply, post and chart that
//! others can see: amounts with `/setup amounts:hidden`, quotas while they are private,
//! and a forgotten member's name.

use crate::support::*;
use dealbell::console::Outcome;

async fn hidden_amounts_team() -> Driver {
    let mut d = Driver::new().await;
    d.script("/setup wins_channel:#wins nudges:off amounts:hidden currency:PLN")
        .await;
    d
}

#[tokio::test]
async fn a_colleagues_won_deal_shows_no_amount_in_its_card_or_history() {
    let mut d = hidden_amounts_team().await;
    d.script(":as ana\n/win amount:48500 customer:Kraków").await;
    d.ok(":as bob").await;
    let r = d.ok("/deal show id:1").await;
    let shown = text(&r);
    assert!(shown.contains("Kraków") && shown.contains("Won"), "{shown}");
    assert!(!shown.contains("48") && !shown.contains("PLN"), "{shown}");
    assert!(r["data"]["deal"]["state"]["amount"].is_null(), "{r}");
    let r = d.ok("/deal history id:1").await;
    assert!(!text(&r).contains("48"), "{}", text(&r));
    // The rep herself, and managers, see it.
    d.ok(":as ana").await;
    says(&d.ok("/deal show id:1").await, "48,500.00 PLN");
    d.ok(":as you manager").await;
    says(&d.ok("/deal show id:1").await, "48,500.00 PLN");
    // Said in another language, the amount is still hidden, and says so in that language.
    d.script(":as bob\n:lang pl").await;
    let r = d.ok("/deal show id:1").await;
    let shown = text(&r);
    assert!(shown.contains("Kwota: ukryta"), "{shown}");
    assert!(!shown.contains("48") && !shown.contains("PLN"), "{shown}");
}

/// The length in pixels of each row's bar in a leaderboard chart (rows from the top).
fn bar_lengths(png: &[u8], rows: usize) -> Vec<u32> {
    let pixmap = tiny_skia::Pixmap::decode_png(png).expect("a PNG");
    (0..rows)
        .map(|i| {
            let y = 112 + 56 * i as u32 + 28;
            // The bar's own colour where it starts; it runs as long as that colour does.
            let bar = pixmap.pixel(382, y).expect("inside");
            (382..900 - 214)
                .take_while(|x| pixmap.pixel(*x, y) == Some(bar))
                .count() as u32
        })
        .collect()
}

#[tokio::test]
async fn chart_bars_measure_what_the_board_shows_not_hidden_revenue() {
    let mut d = hidden_amounts_team().await;
    d.script(
        ":as ana\n/win amount:40000 customer:A\n/win amount:50000 customer:B
:as bob\n/win amount:1000 customer:C\n/win amount:2000 customer:D",
    )
    .await;
    let Outcome::Reply(reply) = d.console.execute("/leaderboard chart:true").await else {
        panic!("a board");
    };
    let chart = reply.message.chart.as_ref().expect("a chart");
    let bars = bar_lengths(&chart.data, 2);
    // Two deals each: equal bars, not 90,000 against 3,000.
    assert!(bars[0] > 100, "{bars:?}");
    assert_eq!(bars[0], bars[1], "{bars:?}");
}

#[tokio::test]
async fn a_target_contest_keeps_a_hidden_amount_off_its_posts_but_tells_each_rep() {
    let mut d = hidden_amounts_team().await;
    d.ok("/contest create name:Club end:2026-03-20 target:50k")
        .await;
    d.script(":as ana\n/win amount:60000 customer:A").await;
    let r = d.ok("/contest standings").await;
    says(&r, "The target: reached by 1 so far");
    let listed = d.ok("/contest list").await;
    assert_eq!(listed["visibility"], "ephemeral");
    says(&listed, "target 50,000 PLN");
    d.ok(":as you manager").await;
    d.ok("/contest end name:Club").await;
    let posts = posts_in(&d, "wins");
    assert!(
        posts.iter().any(|p| p.contains("Reached the target: ana")),
        "{posts:?}"
    );
    assert!(
        posts
            .iter()
            .all(|p| !p.contains("50,000") && !p.contains("PLN")),
        "{posts:?}"
    );
}

#[tokio::test]
async fn each_duelist_sees_their_own_score_with_amounts_hidden() {
    let mut d = hidden_amounts_team().await;
    d.script(
        ":as carol\n/duel challenge rep:@bob metric:revenue\n:as bob\n/duel accept
/win amount:7000 customer:B1\n:as carol\n/win amount:2500 customer:C1",
    )
    .await;
    let r = d.ok("/duel status").await;
    assert_eq!(r["visibility"], "ephemeral");
    says(&r, "you 2,500 PLN · bob —, bob leads");
}

#[tokio::test]
async fn a_nudge_about_a_private_quota_never_reaches_the_channel() {
    let mut d = Driver::new().await;
    d.script("/setup nudges_channel:#nudges\n:as bob\n/activity log kind:call")
        .await;
    d.ok(":advance 7d30m").await; // Tuesday 17 March 09:30
    d.console.take_posts();
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@bob amount:100k period:month").await;
    // Wednesday: both of bob's nudges have gone out (one a day).
    d.ok(":advance 1d2h").await;
    let posts = d.console.take_posts();
    let shown = |p: &dealbell::reply::Post| {
        dealbell::render::text::post(
            p,
            dealbell::render::text::Sent::New,
            dealbell::i18n::Words::new(dealbell::core::language::Language::En),
        )
    };
    let in_channel: Vec<String> = posts
        .iter()
        .filter(|p| p.to.to_string() == "nudges")
        .map(shown)
        .collect();
    assert!(
        in_channel
            .iter()
            .all(|p| !p.contains("quota") && !p.contains("push")),
        "quotas are private here: {in_channel:?}"
    );
    let to_bob: Vec<String> = posts
        .iter()
        .filter(|p| p.to.to_string() == "dm:bob")
        .map(shown)
        .collect();
    assert!(
        to_bob
            .iter()
            .any(|p| p.contains("behind your quota's pace")),
        "{posts:?}"
    );
}

#[tokio::test]
async fn a_reps_private_attainment_board_gives_no_place_among_one() {
    let mut d = Driver::new().await;
    for (rep, quota) in [("ana", "10k"), ("bob", "10k"), ("cara", "10k")] {
        d.ok(&format!(
            "/quota set rep:@{rep} amount:{quota} period:month"
        ))
        .await;
    }
    d.script(":as ana\n/win amount:9k customer:A\n:as bob\n/win amount:5k customer:B\n:as cara\n/win amount:1k customer:C")
        .await;
    let r = d.ok("/leaderboard metric:attainment").await;
    let shown =
        dealbell::render::text::message(&serde_json::from_value(r["message"].clone()).unwrap());
    // cara is last of three; alone on her own board she is not "1".
    assert!(shown.contains("▶–  cara"), "{shown}");
    assert!(!shown.contains("1  cara"), "{shown}");
    says(&r, "Quotas are private here");
}
