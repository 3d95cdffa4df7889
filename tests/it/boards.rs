//! Leaderboard metrics, movement since the previous period, team boards and custom
//! periods, through the console.

use crate::support::{Driver, board, says, table_column, text};

/// February and March wins for three reps on two teams (clock: 10 March 2026).
async fn season() -> Driver {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.small_teams_linked().await;
    d.script(
        ":now 2026-02-10 10:00
:as moses
/win amount:50k customer:A
:as darcel
/win amount:20k customer:B
:as zofia
/win amount:10k customer:C
:now 2026-03-10 09:00
:as moses
/win amount:10k customer:D
:as darcel
/win amount:30k customer:E
/win amount:10k customer:F
/deal add customer:G amount:5k
/deal lost id:7
:as zofia
/win amount:25k customer:H",
    )
    .await;
    d
}

fn movements(r: &serde_json::Value) -> Vec<(String, Option<i64>)> {
    r["data"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["name"].as_str().unwrap().to_string(),
                row["movement"].as_i64(),
            )
        })
        .collect()
}

#[tokio::test]
async fn movement_since_the_previous_period() {
    let mut d = season().await;
    let r = d.ok("/leaderboard").await;
    assert_eq!(
        board(&r),
        vec![
            (1, "darcel".into(), 4_000_000),
            (2, "zofia".into(), 2_500_000),
            (3, "moses".into(), 1_000_000)
        ]
    );
    // February: moses 1st, darcel 2nd, zofia 3rd.
    assert_eq!(
        movements(&r),
        vec![
            ("darcel".into(), Some(1)),
            ("zofia".into(), Some(1)),
            ("moses".into(), Some(-2))
        ]
    );
    let t = &r["message"]["table"]["rows"];
    assert_eq!(
        (t[0]["movement"].as_str(), t[2]["movement"].as_str()),
        (Some("▲1"), Some("▼2"))
    );
    d.ok(":as newbie").await;
    d.ok("/win amount:1k customer:Z").await;
    let r = d.ok("/leaderboard").await;
    assert_eq!(
        movements(&r)[3],
        ("newbie".into(), None),
        "new on the board"
    );
    assert_eq!(r["message"]["table"]["rows"][3]["movement"], "new");
}

#[tokio::test]
async fn more_metrics() {
    let mut d = season().await;
    let r = d.ok("/leaderboard metric:avg_deal").await;
    assert_eq!(board(&r)[0], (1, "zofia".into(), 2_500_000));
    assert_eq!(
        board(&r)[1],
        (2, "darcel".into(), 2_000_000),
        "40k over 2 deals"
    );
    // Win rate needs 5 closed deals by default: nobody qualifies yet.
    let r = d.ok("/leaderboard metric:win_rate").await;
    assert!(board(&r).is_empty());
    says(&r, "need 5 closed deals");
    let r = d.ok("/leaderboard metric:win_rate period:quarter").await;
    assert!(board(&r).is_empty(), "darcel has 4 closed in Q1");
    // Attainment ranks reps with a quota, also those with nothing won yet.
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@darcel amount:80k period:month").await;
    d.ok("/quota set rep:@moses amount:10k period:month").await;
    d.ok("/quota set rep:@you amount:10k period:month").await;
    let r = d.ok("/leaderboard metric:attainment").await;
    assert_eq!(
        board(&r),
        vec![
            (1, "moses".into(), 10_000),
            (2, "darcel".into(), 5_000),
            (3, "you".into(), 0)
        ]
    );
    assert_eq!(r["message"]["table"]["rows"][0]["value"], "100.0 %");
    assert_eq!(r["message"]["table"]["rows"][0]["detail"], "of 10,000 EUR");
    assert!(
        d.refused("/leaderboard metric:attainment period:week")
            .await
            .contains("month, a quarter or a fiscal year")
    );
    // Quotas are private by default: a rep sees their own attainment only, and a
    // scheduled board in a channel shows none of it.
    d.ok(":as darcel").await;
    let r = d.ok("/leaderboard metric:attainment").await;
    assert_eq!(board(&r), vec![(1, "darcel".into(), 5_000)]);
    says(&r, "you see your own attainment");
    assert!(
        !text(&r).contains("10,000 EUR"),
        "no one else's quota: {}",
        text(&r)
    );
    d.ok(":as you manager").await;
    d.ok("/schedule add kind:leaderboard metric:attainment cron:\"daily 12:00\" channel:#sales")
        .await;
    d.ok(":advance 3h").await;
    let posts = d.console.take_posts();
    let post = dealbell::render::text::post(
        posts.last().expect("the board was posted"),
        dealbell::render::text::Sent::New,
        dealbell::i18n::Words::new(dealbell::core::language::Language::En),
    );
    assert!(post.contains("Quotas are private here"), "{post}");
    assert!(!post.contains("EUR"), "no quota in a channel: {post}");
    // When the team shares quotas, everyone's attainment is on the board again.
    d.ok("/setup quota_visibility:team").await;
    d.ok(":as darcel").await;
    let r = d.ok("/leaderboard metric:attainment").await;
    assert_eq!(board(&r).len(), 3);
}

#[tokio::test]
async fn team_boards_and_custom_periods() {
    let mut d = season().await;
    let r = d.ok("/leaderboard team:\"Melvin Marxen\"").await;
    assert_eq!(
        board(&r),
        vec![
            (1, "darcel".into(), 4_000_000),
            (2, "zofia".into(), 2_500_000)
        ]
    );
    assert!(
        r["message"]["title"]
            .as_str()
            .unwrap()
            .contains("Melvin Marxen")
    );
    let r = d.ok("/leaderboard by:teams").await;
    assert_eq!(
        board(&r),
        vec![
            (1, "Melvin Marxen".into(), 6_500_000),
            (2, "Dustin Brinkmann".into(), 1_000_000)
        ]
    );
    assert!(
        d.refused("/leaderboard by:teams metric:win_rate")
            .await
            .contains("board of teams")
    );
    assert!(
        d.refused("/leaderboard team:Nobody")
            .await
            .contains("no team called")
    );
    let r = d.ok("/leaderboard from:2026-02-01 to:2026-03-31").await;
    assert_eq!(board(&r)[0], (1, "darcel".into(), 6_000_000));
    assert_eq!(r["data"]["period_label"], "2026-02-01 – 2026-03-31");
    assert!(
        d.refused("/leaderboard to:2026-03-31")
            .await
            .contains("to needs from")
    );
    assert!(
        d.refused("/leaderboard from:2026-04-01 to:2026-03-01")
            .await
            .contains("ends before it starts")
    );
}

#[tokio::test]
async fn boards_and_quotas_as_pictures() {
    let mut d = season().await;
    let r = d.ok("/leaderboard chart:true").await;
    assert_eq!(r["message"]["chart"]["filename"], "leaderboard.png");
    assert!(r["message"]["chart"]["bytes"].as_u64().unwrap() > 1_000);
    let r = d.ok("/leaderboard").await;
    assert!(r["message"]["chart"].is_null(), "only when asked");
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@zofia amount:50k period:month").await;
    d.ok(":as zofia").await;
    let r = d.ok("/quota check chart:true").await;
    assert_eq!(r["message"]["chart"]["filename"], "quota.png");
    // Scheduled posts carry a chart when the team turns it on.
    d.ok(":as you manager").await;
    d.ok("/setup charts:true").await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    d.ok(":now 2026-03-10 17:30").await; // this team keeps UTC
    d.ok(":tick").await;
    let posts = d.console.take_posts();
    assert_eq!(posts.len(), 1);
    assert!(
        posts[0]
            .message
            .chart
            .as_ref()
            .is_some_and(|c| c.data.starts_with(b"\x89PNG"))
    );
}

#[tokio::test]
async fn two_reps_with_one_name_are_told_apart_on_a_board() {
    let mut d = Driver::new().await;
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv confirm:true")
        .await;
    // A chat user who happens to share the CRM rep's name, not linked to him.
    d.script(":now 2017-03-20 09:00\n:as \"Darcel Schlecht\"\n/win amount:1k customer:Acme\n:as you manager")
        .await;
    let r = d.ok("/leaderboard").await;
    let names: Vec<String> = board(&r).into_iter().map(|(_, n, _)| n).collect();
    let darcels: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("Darcel Schlecht"))
        .collect();
    assert_eq!(darcels.len(), 2, "{names:?}");
    assert_ne!(darcels[0], darcels[1], "told apart: {names:?}");
    assert!(darcels.iter().all(|n| n.contains(" (#")), "{names:?}");
}

#[tokio::test]
async fn a_board_counts_one_activity_in_the_singular() {
    let mut d = Driver::new().await;
    d.script(
        ":as bob\n/activity log kind:call\n:as alice\n/activity log kind:call\n/activity log kind:email",
    )
    .await;
    let r = d.ok("/leaderboard metric:activities").await;
    assert_eq!(table_column(&r, "value"), ["2 activities", "1 activity"]);
}

#[tokio::test]
async fn a_very_long_name_is_shortened_on_a_text_board() {
    let mut d = Driver::new().await;
    let long = "Aleksandra ".repeat(20);
    d.ok(&format!(":as \"{}\"", long.trim())).await;
    d.ok("/win amount:1k customer:A").await;
    d.script(":as bob\n/win amount:2k customer:B").await;
    let r = d.ok("/leaderboard").await;
    let shown =
        dealbell::render::text::message(&serde_json::from_value(r["message"].clone()).unwrap());
    let widest = shown.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest < 80, "no row runs off the screen:\n{shown}");
    assert!(
        shown.contains("Aleksandra Aleksandra A…  1,000 USD"),
        "{shown}"
    );
}
