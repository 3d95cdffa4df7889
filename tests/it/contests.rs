//! Contests and duels through the console, from the start post to the results.

use crate::support::*;
use dealbell::core::language::Language;
use dealbell::i18n::Words;

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
    d.ok("/setup quota_visibility:team").await;
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
    // Each quota prorated over the contest's 9 of March's 22 working days: bob's
    // 5,000 of 4,090.91 and alice's 8,000 of 8,181.82.
    assert_eq!(board[0]["value"], "122.2 % of quota");
    assert_eq!(board[1]["value"], "97.8 % of quota");
    d.ok(":as you manager").await;
    // Ended today, it lasted one working day, and each quota is that day's share.
    d.ok("/contest end name:Fair").await;
    let posts = posts_in(&d, "wins");
    let results = posts.last().unwrap();
    assert!(
        results.contains("Winner: bob with 1,100.0 % of quota"),
        "{results}"
    );
    assert!(
        results.contains("prorated over the contest's 1 working day"),
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
        text(&r).contains("You vs bob (Deals won over 3 days): you 2 won · bob 1 won, you lead; ends Sat, 14 Mar 2026 (2 days after today)."),
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
    d.ok("/setup quota_visibility:team").await;
    let create =
        dealbell::commands::catalogue::resolve(&["contest".into(), "create".into()]).unwrap();
    let described = create.option_description(Words::new(Language::En), "target");
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
    // Every language's help offers targets that are read as it says.
    for language in Language::ALL {
        let described = create.option_description(Words::new(*language), "target");
        let examples = described
            .split_once(['(', '（'])
            .and_then(|(_, rest)| rest.strip_suffix([')', '）']))
            .expect("the target's description lists examples in brackets");
        d.ok(&format!(":lang {}", language.key())).await;
        for (i, example) in examples
            .split([',', '、'])
            .flat_map(|e| e.split(" أو "))
            .enumerate()
        {
            d.ok(&format!(
                "/contest create name:{}{i} end:2026-03-20 target:\"{}\"",
                language.key(),
                example.trim()
            ))
            .await;
        }
    }
    d.ok(":lang en").await;
    // Said the other way round, it is refused with the way to say it.
    let said = d
        .refused("/contest create name:Mixed end:2026-03-20 metric:revenue target:\"2 deals\"")
        .await;
    assert!(
        said.contains("counts “Deals won”") && said.contains("metric:deals"),
        "{said}"
    );
}

/// The target a hint offers, typed as the hint says in each language (`10 transakcji`,
/// `25 de activități`, `10 笔交易`), names its metric; a refusal gives the example in the
/// reader's language.
#[tokio::test]
async fn a_target_typed_in_any_language_names_its_metric() {
    let mut d = team().await;
    for language in Language::ALL {
        let words = Words::new(*language);
        d.ok(&format!(":lang {}", language.key())).await;
        for (key, unit) in [
            ("contest-example-deals", "deals"),
            ("contest-example-activities", "activities"),
        ] {
            let example = words.say(key);
            let typed = example
                .strip_prefix("target:")
                .expect("an example is typed as target:…");
            d.ok(&format!(
                "/contest create name:{}-{unit} end:2026-03-20 target:{typed}",
                language.key()
            ))
            .await;
        }
        let refused = d
            .refused("/contest create name:Lots end:2026-03-20 metric:deals target:lots")
            .await;
        assert!(
            refused.contains(&words.say("contest-example-deals")),
            "{}: {refused}",
            language.key()
        );
    }
    d.ok(":lang en").await;
    let listed = text(&d.ok("/contest list").await);
    for language in Language::ALL {
        let key = language.key();
        assert!(
            listed.contains(&format!("**{key}-deals** — Deals won · target 10 won")),
            "{key}: {listed}"
        );
        assert!(
            listed.contains(&format!(
                "**{key}-activities** — Activities logged · target 25"
            )),
            "{key}: {listed}"
        );
    }
}

#[tokio::test]
async fn percent_of_quota_ranks_every_rep_with_a_quota_prorated_over_the_contests_days() {
    let mut d = Driver::new().await;
    d.script(
        "/setup wins_channel:#wins nudges:off currency:PLN fiscal_year_start:4 quota_visibility:team
:now 2026-04-20 09:00
/quota set rep:@ana amount:50000 period:month
/quota set rep:@ana amount:80000 period:month starting:2026-05-01
/quota set rep:@bob amount:150000 period:quarter
/quota set rep:@cara amount:600000 period:year
/contest create name:Spring end:2026-05-10 scoring:percent_of_quota
:as ana
/win amount:30000 customer:A
:as bob
/win amount:45000 customer:B
:as cara
/win amount:10000 customer:C
:as dan
/win amount:99000 customer:D
:now 2026-05-08 12:00
:as ana
/win amount:30000 customer:E",
    )
    .await;
    let r = d.ok("/contest standings name:spring").await;
    let shown = text(&r) + &r["message"]["footer"].to_string();
    let names = table_column(&r, "name");
    let values = table_column(&r, "value");
    // 60,000 against 50,000 × 9/22 of April and 80,000 × 6/21 of May (43,311.69):
    // 138.5 %, not the 120.0 % of dividing by April's quota alone.
    assert_eq!(names[0], "ana", "{shown}");
    assert_eq!(values[0], "138.5 % of quota", "{shown}");
    // bob's quarter (150,000 × 15/65) and cara's year count too; dan has no quota.
    assert_eq!(names, vec!["ana", "bob", "cara"], "{shown}");
    assert_eq!(values[1], "130.0 % of quota", "{shown}");
    assert!(!names.contains(&"dan"));
    assert!(
        shown.contains("prorated over the contest's 15 working days"),
        "{shown}"
    );
}

#[tokio::test]
async fn a_percent_of_quota_contest_is_refused_where_it_would_reveal_private_quotas() {
    let mut d = team().await;
    let said = d
        .refused("/contest create name:Fair end:2026-03-20 scoring:percent_of_quota")
        .await;
    assert!(
        said.contains("quotas are private") && said.contains("quota_visibility:team"),
        "{said}"
    );
    // With amounts kept off public posts the percentages reveal no quota.
    d.ok("/setup amounts:hidden").await;
    d.ok("/contest create name:Fair end:2026-03-20 scoring:percent_of_quota")
        .await;
}

#[tokio::test]
async fn a_duel_counts_only_what_is_won_after_it_is_accepted() {
    let mut d = team().await;
    d.script(
        ":now 2026-03-10 08:30
:as carol
/duel challenge rep:@bob metric:revenue days:3
:now 2026-03-10 09:00
:as bob
/win amount:18k customer:Morning
:now 2026-03-10 11:00
/duel accept
:now 2026-03-10 12:00
:as carol
/win amount:5k customer:Noon",
    )
    .await;
    let r = d.ok("/duel status").await;
    // bob's 18,000 at 09:00 came before the duel: carol leads 5,000 to 0.
    assert_eq!(
        r["data"]["duels"][0]["scores"],
        serde_json::json!([500_000, 0]),
        "{}",
        text(&r)
    );
    says(&r, "you lead");
    d.ok(":as bob").await;
    let r = d.ok("/win amount:1k customer:Afternoon").await;
    says(&r, "closes in on carol");
    d.ok(":advance 3d").await;
    let result = d
        .console
        .take_posts()
        .iter()
        .map(|p| {
            dealbell::render::text::post(
                p,
                dealbell::render::text::Sent::New,
                dealbell::i18n::Words::new(dealbell::core::language::Language::En),
            )
        })
        .find(|p| p.contains("Duel: carol vs bob"))
        .expect("the result post");
    assert!(result.contains("carol wins"), "{result}");
}

#[tokio::test]
async fn standings_without_a_name_show_every_running_contest() {
    let mut d = team().await;
    d.script(
        "/contest create name:Sprint end:2026-03-13
/contest create name:Marathon end:2026-03-31 metric:deals
:as alice
/win amount:3k customer:A
:as bob
/win amount:1k customer:B
/win amount:1k customer:C",
    )
    .await;
    let r = d.ok("/contest standings").await;
    let shown = text(&r);
    assert!(shown.contains("Contests running: 2"), "{shown}");
    assert!(shown.contains("**Sprint — standings**"), "{shown}");
    assert!(shown.contains("**Marathon — standings**"), "{shown}");
    assert!(shown.contains("1  alice  3,000 USD"), "{shown}");
    assert!(shown.contains("1  bob  2 won"), "{shown}");
    let one = d.ok("/contest standings name:sprint").await;
    assert!(!text(&one).contains("Marathon"), "a name shows that one");
}
