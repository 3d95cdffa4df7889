//! Contests and duels through the console, from the start post to the results.

use crate::support::*;

async fn team() -> Driver {
    let mut d = Driver::new().await;
    d.ok("/setup wins_channel:#wins nudges:off").await;
    d
}

#[tokio::test]
async fn a_contest_with_a_tie_at_the_top_shares_the_win_and_the_prize() {
    let mut d = team().await;
    let r = d
        .ok("/contest create name:\"March Madness\" end:2026-03-13 prize:\"Team dinner\"")
        .await;
    says(&r, "It starts now");
    let start = posts_in(&d, "wins");
    assert_eq!(start.len(), 1);
    assert!(
        start[0].contains("🏁 March Madness starts now"),
        "{}",
        start[0]
    );
    assert!(start[0].contains("Prize: Team dinner"));
    d.script(":as alice\n/win amount:3k customer:A\n:as bob\n/win amount:2k customer:B\n/win amount:1k customer:C")
        .await;
    posts_in(&d, "wins");
    let r = d.ok("/contest standings").await;
    says(&r, "Day 1 of 4");
    // Friday's results go out Saturday morning, once.
    d.ok(":advance 4d").await;
    let posts = posts_in(&d, "wins");
    let results: Vec<&String> = posts.iter().filter(|p| p.contains("results")).collect();
    assert_eq!(results.len(), 1, "{posts:?}");
    assert!(
        results[0].contains("Tied for first with 3,000 USD: alice and bob"),
        "{}",
        results[0]
    );
    assert!(results[0].contains("1=  alice") && results[0].contains("1=  bob"));
    assert!(results[0].contains("Prize: Team dinner"));
    d.ok(":advance 3d").await;
    assert!(
        posts_in(&d, "wins").iter().all(|p| !p.contains("results")),
        "results once"
    );
    let r = d.ok("/contest list").await;
    says(&r, "March Madness** — Revenue won · ended 13 Mar");
}

#[tokio::test]
async fn percent_of_quota_is_fair_to_a_smaller_quota() {
    let mut d = team().await;
    d.ok("/quota set rep:@bob amount:10k period:month").await;
    d.ok("/quota set rep:@alice amount:20k period:month").await;
    d.ok("/contest create name:Fair end:2026-03-20 scoring:percent_of_quota")
        .await;
    d.script(":as alice\n/win amount:8k customer:A\n:as bob\n/win amount:5k customer:B")
        .await;
    let r = d.ok("/contest standings name:fair").await;
    let t = text(&r);
    let board = &r["message"]["table"]["rows"];
    assert_eq!(board[0]["name"], "bob", "{t}");
    assert_eq!(board[0]["value"], "50.0 % of quota");
    assert_eq!(board[1]["value"], "40.0 % of quota");
    d.ok(":as you manager").await;
    d.ok("/contest end name:Fair").await;
    let posts = posts_in(&d, "wins");
    let results = posts.last().unwrap();
    assert!(
        results.contains("Winner: bob with 50.0 % of quota"),
        "{results}"
    );
}

#[tokio::test]
async fn a_target_contest_is_won_by_everyone_who_reaches_it() {
    let mut d = team().await;
    d.ok("/contest create name:Club end:2026-03-20 target:4k prize:\"A day off\"")
        .await;
    d.script(":as alice\n/win amount:5k customer:A\n:as bob\n/win amount:4k customer:B\n:as carol\n/win amount:1k customer:C")
        .await;
    let r = d.ok("/contest standings").await;
    says(&r, "Target 4,000 USD: reached by 2 so far");
    d.ok(":as you manager").await;
    d.ok("/contest end name:club").await;
    let posts = posts_in(&d, "wins");
    let results = posts.last().unwrap();
    assert!(
        results.contains("Reached the target (4,000 USD): alice and bob"),
        "{results}"
    );
    assert!(!results.contains("carol,") && !results.contains("and carol"));
}

#[tokio::test]
async fn team_against_team_adds_up_each_teams_reps() {
    let mut d = team().await;
    d.small_teams_linked().await;
    d.script(
        "/contest create name:\"Office cup\" end:2026-03-20 by:teams metric:deals
:as moses
/win amount:1k customer:A
/win amount:1k customer:B
:as darcel
/win amount:1k customer:C
:as zofia
/win amount:1k customer:D
/win amount:1k customer:E",
    )
    .await;
    d.ok(":as you manager").await;
    d.ok("/contest end name:\"office cup\"").await;
    let results = posts_in(&d, "wins").pop().unwrap();
    assert!(results.contains("team against team"), "{results}");
    assert!(
        results.contains("Winner: Melvin Marxen with 3 won"),
        "{results}"
    );
}

#[tokio::test]
async fn contests_refuse_what_cannot_work_and_say_how() {
    let mut d = team().await;
    let refusals = [
        ("/contest create name:X end:2026-03-01", "already be over"),
        (
            "/contest create name:X start:2026-03-20 end:2026-03-15",
            "ends before it starts",
        ),
        (
            "/contest create name:X end:2026-03-20 metric:attainment",
            "scoring:percent_of_quota",
        ),
        (
            "/contest create name:X end:2026-03-20 by:teams metric:win_rate",
            "adds its reps",
        ),
        (
            "/contest create name:X end:2026-03-20 target:lots",
            "target",
        ),
        (
            "/contest create name:X end:2026-03-20 standings:sometimes",
            "sometimes",
        ),
        ("/contest end name:Nope", "no contest called"),
        ("/contest standings", "No contest is running"),
    ];
    for (line, says) in refusals {
        let said = d.refused(line).await;
        assert!(said.contains(says), "{line}: {said}");
    }
    d.ok("/contest create name:Spring start:2026-04-01 end:2026-04-30")
        .await;
    assert!(
        d.refused("/contest create name:spring end:2026-03-20")
            .await
            .contains("already a contest called")
    );
    d.ok(":as bob").await;
    assert!(
        d.refused("/contest create name:Mine end:2026-03-20")
            .await
            .contains("managers")
    );
    // A contest that starts later is announced on its first morning.
    d.ok(":as you manager").await;
    assert!(posts_in(&d, "wins").is_empty());
    d.ok(":now 2026-04-01 08:59").await;
    d.ok(":advance 1m").await;
    let posts = posts_in(&d, "wins");
    assert!(
        posts.iter().any(|p| p.contains("Spring starts now")),
        "{posts:?}"
    );
    d.ok("/contest cancel name:Spring").await;
    let posts = posts_in(&d, "wins");
    assert!(
        posts.iter().any(|p| p.contains("Spring is cancelled")),
        "{posts:?}"
    );
}

#[tokio::test]
async fn a_duel_declined_and_a_duel_won() {
    let mut d = team().await;
    d.ok(":as carol").await;
    let r = d.ok("/duel challenge rep:@bob metric:deals days:3").await;
    assert_eq!(r["buttons"][0]["action"], "duel_accept");
    assert_eq!(r["message"]["mentions"], serde_json::json!(["bob"]));
    assert!(
        d.refused("/duel accept")
            .await
            .contains("No duel is waiting")
    );
    d.ok(":as alice").await;
    let id = r["data"]["duel_id"].as_i64().unwrap();
    assert!(
        d.refused(&format!("/duel accept id:{id}"))
            .await
            .contains("Only bob can answer")
    );
    d.ok(":as bob").await;
    let r = d.ok("/duel decline").await;
    says(&r, "bob declined carol's duel");
    assert!(
        d.refused("/duel accept")
            .await
            .contains("No duel is waiting")
    );

    d.ok(":as carol").await;
    d.ok("/duel challenge rep:@bob metric:deals days:3").await;
    d.ok(":as bob").await;
    let r = d.ok("/duel accept").await;
    says(&r, "Duel on: carol vs bob");
    d.ok("/win amount:1k customer:B1").await;
    d.ok(":as carol").await;
    d.ok("/win amount:1k customer:C1").await;
    d.ok("/win amount:1k customer:C2").await;
    d.console.take_posts();
    // Three days (Tue-Thu); the result Friday 09:00, in the channel it was made in.
    d.ok(":advance 2d23h").await;
    assert!(
        posts_in(&d, "console").is_empty(),
        "not before Friday 09:00"
    );
    d.ok(":advance 1h").await;
    let posts = posts_in(&d, "console");
    assert_eq!(posts.len(), 1, "one result post: {posts:?}");
    assert!(
        posts[0].contains("carol vs bob — 🥇 carol wins!"),
        "{}",
        posts[0]
    );
    assert!(posts[0].contains("carol 2 won · bob 1 won"), "{}", posts[0]);
    d.ok(":advance 2d").await;
    assert!(posts_in(&d, "console").is_empty(), "once");
}

#[tokio::test]
async fn duel_status_tells_each_rep_the_score_so_far() {
    let mut d = team().await;
    d.ok(":as carol").await;
    let r = d.ok("/duel status").await;
    says(&r, "No duel is running or waiting");
    d.ok("/duel challenge rep:@bob metric:deals days:3").await;
    let r = d.ok("/duel status").await;
    says(
        &r,
        "You challenged bob (Deals won over 3 days): waiting for their answer, 48 hours left.",
    );
    d.ok(":as bob").await;
    d.ok(":advance 47h30m").await;
    let r = d.ok("/duel status").await;
    assert_eq!(r["visibility"], "ephemeral");
    says(
        &r,
        "carol challenged you (Deals won over 3 days): answer within 1 hour",
    );
    d.ok("/duel accept").await;
    // Accepted on Thursday 12 March: Thursday to Saturday.
    d.ok("/win amount:1k customer:B1").await;
    d.script(":as carol\n/win amount:1k customer:C1\n/win amount:1k customer:C2")
        .await;
    let r = d.ok("/duel status").await;
    assert_eq!(r["data"]["duels"][0]["scores"], serde_json::json!([2, 1]));
    assert!(
        text(&r).contains("You vs bob (Deals won over 3 days): you 2 won · bob 1 won, you lead; ends Sat 14 Mar (2 days after today)."),
        "{}",
        text(&r)
    );
    d.ok(":as bob").await;
    d.ok(":advance 2d").await;
    let r = d.ok("/duel status").await;
    assert_eq!(r["data"]["duels"][0]["scores"], serde_json::json!([1, 2]));
    assert!(
        text(&r).contains("you 1 won · carol 2 won, carol leads; today is the last day."),
        "{}",
        text(&r)
    );
}

#[tokio::test]
async fn a_win_in_a_running_duel_tells_where_the_duel_stands() {
    let mut d = team().await;
    d.script(":as carol\n/win amount:1k customer:Before\n/duel challenge rep:@bob metric:deals days:2\n:as bob\n/duel accept")
        .await;
    posts_in(&d, "wins");
    let r = d.ok("/win amount:1k customer:B1").await;
    // Carol's win of the morning, before the duel was accepted, counts: a duel counts
    // its whole first day, as its start post says.
    says(
        &r,
        "⚔️ bob draws level with carol in their duel: 1 won each",
    );
    d.ok("/win amount:1k customer:B2").await;
    let posts = posts_in(&d, "wins");
    assert!(
        posts[1].contains("⚔️ bob takes the lead over carol in their duel: 2 won to 1 won"),
        "{posts:?}"
    );
    d.ok(":as carol").await;
    let r = d.ok("/win amount:1k customer:C1").await;
    says(
        &r,
        "⚔️ carol draws level with bob in their duel: 2 won each",
    );
    // After its last day, a win says nothing of the duel.
    d.ok(":advance 2d").await;
    let r = d.ok("/win amount:1k customer:Later").await;
    assert!(!text(&r).contains("duel"), "{}", text(&r));
}

#[tokio::test]
async fn a_revenue_duel_with_hidden_amounts_is_told_without_them() {
    let mut d = team().await;
    d.script("/setup amounts:hidden\n:as carol\n/duel challenge rep:@bob metric:revenue\n:as bob\n/duel accept")
        .await;
    posts_in(&d, "wins");
    d.ok("/win amount:7k customer:B1").await;
    let posts = posts_in(&d, "wins");
    assert!(
        posts[0].contains("⚔️ bob takes the lead over carol in their duel"),
        "{posts:?}"
    );
    assert!(!posts[0].contains("7,000"), "{posts:?}");
}

#[tokio::test]
async fn an_unanswered_challenge_expires() {
    let mut d = team().await;
    d.ok(":as carol").await;
    d.ok("/duel challenge rep:@bob").await;
    d.ok(":advance 49h").await;
    d.ok(":as bob").await;
    assert!(
        d.refused("/duel accept")
            .await
            .contains("No duel is waiting")
    );
    d.ok(":as carol").await;
    assert!(
        d.refused("/duel challenge rep:@carol")
            .await
            .contains("cannot duel yourself")
    );
    d.ok("/duel challenge rep:@bob").await;
}

#[tokio::test]
async fn contest_boards_respect_hidden_amounts() {
    let mut d = team().await;
    d.ok("/setup amounts:hidden").await;
    d.ok("/contest create name:Quiet end:2026-03-20").await;
    d.script(":as alice\n/win amount:3k customer:A\n/win amount:1k customer:B")
        .await;
    let r = d.ok("/contest standings").await;
    let rows = &r["message"]["table"]["rows"];
    assert_eq!(rows[0]["value"], "2 deals", "{r}");
    assert!(!text(&r).contains("USD"));
}

#[tokio::test]
async fn every_target_the_help_offers_is_accepted_and_picks_its_metric() {
    let mut d = team().await;
    let create =
        dealbell::commands::catalogue::resolve(&["contest".into(), "create".into()]).unwrap();
    let described = create.option("target").unwrap().description;
    let examples = described
        .split_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .expect("the target's description lists examples in brackets");
    for (i, example) in examples.split(", ").enumerate() {
        let r = d
            .ok(&format!(
                "/contest create name:T{i} end:2026-03-20 target:\"{example}\""
            ))
            .await;
        says(&r, "Everyone who reaches");
    }
    // A count names its metric; a percentage scores against quota.
    let listed = text(&d.ok("/contest list").await);
    assert!(
        listed.contains("**T1** — Deals won · target 10 won"),
        "{listed}"
    );
    assert!(
        listed.contains("**T2** — Revenue won · target 120.0 % of quota"),
        "{listed}"
    );
    // Said the other way round, it is refused with the way to say it.
    let said = d
        .refused("/contest create name:Mixed end:2026-03-20 metric:revenue target:\"2 deals\"")
        .await;
    assert!(
        said.contains("counts deals won") && said.contains("metric:deals"),
        "{said}"
    );
}
