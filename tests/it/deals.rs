//! /win and /deal, driven through the console on a real (temporary) database.

use crate::support::{Driver, deal, says, text};

#[tokio::test]
async fn win_is_logged_with_minor_units_and_local_date() {
    let mut d = Driver::new().await;
    d.ok("/setup timezone:Europe/Berlin currency:EUR").await;
    let r = d
        .ok(r#"/win amount:12.5k customer:"Acme GmbH" product:"GTX Pro" note:"signed at the fair""#)
        .await;
    assert_eq!(r["visibility"], "public");
    let deal = deal(&r);
    assert_eq!(deal["number"], 1);
    assert_eq!(deal["amount"]["minor"], 1_250_000);
    assert_eq!(deal["amount"]["currency"], "EUR");
    assert_eq!(deal["outcome"], "won");
    assert_eq!(deal["closed_on"], "2026-03-10");
    assert_eq!(deal["customer"], "Acme GmbH");
    assert_eq!(deal["product"], "GTX Pro");
    assert_eq!(r["buttons"][0]["action"], "undo");
    says(&r, "#1 of 1");
}

#[tokio::test]
async fn money_in_the_forms_people_type() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    for (typed, minor, currency) in [
        ("12500", 1_250_000, "EUR"),
        ("12.5k", 1_250_000, "EUR"),
        ("1.2m", 120_000_000, "EUR"),
        ("$12,500.00", 1_250_000, "USD"),
        ("\"12 500,50 €\"", 1_250_050, "EUR"),
        ("€20.000", 2_000_000, "EUR"),
        ("\"20.000,00 EUR\"", 2_000_000, "EUR"),
        ("\"250 zł\"", 25_000, "PLN"),
    ] {
        let r = d.ok(&format!("/win amount:{typed} customer:Acme")).await;
        assert_eq!(deal(&r)["amount"]["minor"], minor, "{typed}");
        assert_eq!(deal(&r)["amount"]["currency"], currency, "{typed}");
    }
}

#[tokio::test]
async fn bad_amounts_are_refused_with_an_accepted_form() {
    let mut d = Driver::new().await;
    for (typed, expect) in [
        ("0", "more than zero"),
        ("-500", "more than zero"),
        ("5000000000", "more than one deal can be"),
        ("lots", "could not read"),
        ("1,23,456", "ambiguous"),
        ("1.500k", "ambiguous"),
        ("\"$20 EUR\"", "two different currencies"),
        ("\"20 XYZ\"", "not a currency"),
    ] {
        let msg = d
            .refused(&format!("/win amount:{typed} customer:Acme"))
            .await;
        assert!(msg.contains(expect), "{typed}: {msg}");
        assert!(
            msg.contains("12.5k") || msg.contains("ISO 4217") || msg.contains("e.g."),
            "{typed} shows a form: {msg}"
        );
    }
    // Nothing was stored by the refusals.
    let r = d.ok("/deal list status:all").await;
    assert_eq!(r["data"]["deals"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn other_currencies_are_stored_as_given_not_converted() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    let r = d.ok("/win amount:$1000 customer:Globex").await;
    assert_eq!(deal(&r)["amount"]["currency"], "USD");
    says(&r, "Recorded in USD");
    let board = d.ok("/leaderboard").await;
    assert_eq!(board["data"]["other_currency_deals"], 1);
    assert_eq!(
        board["data"]["rows"].as_array().unwrap().len(),
        0,
        "USD is not added to EUR revenue"
    );
    let deals = d.ok("/leaderboard metric:deals").await;
    assert_eq!(
        crate::support::board(&deals),
        vec![(1, "you".to_string(), 1)]
    );
}

#[tokio::test]
async fn names_in_any_script_are_kept_intact() {
    let mut d = Driver::new().await;
    d.ok(":as \"Małgorzata Żółć\"").await;
    for customer in [
        "Zakład Łódź Sp. z o.o.",
        "Bäckerei Groß",
        "Transilvania Logistică",
        "شركة النخبة",
        "北京星辰科技",
    ] {
        let r = d
            .ok(&format!(
                "/win amount:100 customer:\"{customer}\" product:\"Ürün\""
            ))
            .await;
        assert_eq!(deal(&r)["customer"], customer);
        assert_eq!(deal(&r)["owner_name"], "Małgorzata Żółć");
    }
}

#[tokio::test]
async fn logging_for_another_rep_is_for_managers() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok(":as carol").await;
    let msg = d.refused("/win amount:100 customer:Acme rep:@bob").await;
    assert!(msg.contains("Only managers"), "{msg}");
    d.ok(":as alice manager").await;
    let r = d.ok("/win amount:100 customer:Acme rep:@bob").await;
    assert_eq!(deal(&r)["owner_name"], "bob");
}

#[tokio::test]
async fn wins_are_announced_in_the_wins_channel_with_the_owner_mentioned() {
    let mut d = Driver::new().await;
    d.ok("/setup wins_channel:#wins").await;
    d.ok(":as bob").await;
    let r = d.ok("/win amount:5k customer:Initech").await;
    let posts = r["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 1);
    let posted = d.console.take_posts();
    assert_eq!(
        posted.len(),
        1,
        "the post went through the console's Poster"
    );
    assert_eq!(posted[0].to.to_string(), "wins");
    assert_eq!(posts[0]["to"]["channel"], "wins");
    assert_eq!(posts[0]["message"]["mentions"], serde_json::json!(["bob"]));
    // Typed in the wins channel itself: the reply is the announcement.
    d.ok(":channel wins").await;
    let r = d.ok("/win amount:5k customer:Initech").await;
    assert_eq!(r["posts"].as_array().unwrap().len(), 0);
    d.ok(":as alice manager").await;
    d.ok("/setup clear_wins_channel:true").await;
    d.ok(":channel sales").await;
    let r = d.ok("/win amount:5k customer:Initech").await;
    assert_eq!(r["posts"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn pipeline_deals_move_through_stages() {
    let mut d = Driver::new().await;
    d.ok("/setup fiscal_year_start:4").await;
    d.ok(":as bob").await;
    let r = d
        .ok("/deal add customer:Initech amount:€20.000 stage:proposal close:eoq")
        .await;
    assert_eq!(r["visibility"], "ephemeral");
    let added = deal(&r);
    assert_eq!(
        (added["stage"].as_str(), added["outcome"].as_str()),
        (Some("proposal"), Some("open"))
    );
    assert_eq!(
        added["expected_close"], "2026-03-31",
        "fiscal Q4 of a year starting in April ends in March"
    );
    let r = d
        .ok("/deal add customer:Globex amount:5k close:2026-06-30")
        .await;
    assert_eq!(
        deal(&r)["stage"],
        "prospecting",
        "the first stage by default"
    );

    let r = d.ok("/deal stage id:1 stage:Negotiation").await;
    assert_eq!(deal(&r)["stage"], "negotiation");
    assert!(
        d.refused("/deal stage id:1 stage:negotiation")
            .await
            .contains("already at stage")
    );
    assert!(
        d.refused("/deal stage id:1 stage:won")
            .await
            .contains("/deal won")
    );
    assert!(
        d.refused("/deal stage id:1 stage:flying")
            .await
            .contains("Stages: Prospecting")
    );
    assert!(
        d.refused("/deal add customer:X amount:5 stage:won")
            .await
            .contains("/win")
    );

    let r = d.ok("/deal won id:1").await;
    assert_eq!(deal(&r)["outcome"], "won");
    assert_eq!(r["visibility"], "public");
    assert!(d.refused("/deal won id:1").await.contains("already won"));

    let r = d
        .ok("/deal lost id:2 reason:\"went with a competitor\"")
        .await;
    assert_eq!(deal(&r)["lost_reason"], "went with a competitor");
    assert!(d.refused("/deal lost id:2").await.contains("already lost"));
    // A lost deal can be reopened by moving it to an open stage.
    let r = d.ok("/deal stage id:2 stage:qualified").await;
    assert_eq!(
        (
            deal(&r)["outcome"].as_str(),
            deal(&r)["lost_reason"].is_null()
        ),
        (Some("open"), true)
    );
}

#[tokio::test]
async fn past_close_dates_are_flagged() {
    let mut d = Driver::new().await;
    let r = d
        .ok("/deal add customer:Initech amount:5k close:2026-01-02")
        .await;
    says(&r, "already past");
    assert!(
        d.refused("/deal add customer:Initech amount:5k close:someday")
            .await
            .contains("could not read")
    );
    let r = d
        .ok("/deal add customer:Initech amount:5k close:friday")
        .await;
    assert_eq!(deal(&r)["expected_close"], "2026-03-13");
}

#[tokio::test]
async fn reps_change_only_their_own_deals() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok("/deal add customer:Initech amount:5k").await;
    d.ok(":as carol").await;
    assert!(
        d.refused("/deal stage id:1 stage:proposal")
            .await
            .contains("belongs to bob")
    );
    assert!(d.refused("/deal won id:1").await.contains("belongs to bob"));
    assert!(
        d.refused("/deal edit id:1 amount:6k")
            .await
            .contains("belongs to bob")
    );
    assert!(
        d.refused("/deal show id:1")
            .await
            .contains("bob's open pipeline")
    );
    assert!(
        d.refused("/deal list owner:@bob")
            .await
            .contains("Only managers")
    );
    d.ok(":as alice manager").await;
    d.ok("/deal stage id:1 stage:proposal").await;
    let r = d.ok("/deal list owner:@bob").await;
    assert_eq!(r["data"]["deals"].as_array().unwrap().len(), 1);
    d.ok("/deal won id:1").await;
    // Won deals are everyone's news.
    d.ok(":as carol").await;
    d.ok("/deal show id:1").await;
}

#[tokio::test]
async fn edit_changes_details_and_owner_changes_are_for_managers() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok("/deal add customer:Initech amount:5k").await;
    assert!(
        d.refused("/deal edit id:1")
            .await
            .contains("Nothing to change")
    );
    let r = d.ok("/deal edit id:1 amount:7.5k close:eom note:\"budget approved\" customer:\"Initech Polska\"").await;
    let e = deal(&r);
    assert_eq!(e["amount"]["minor"], 750_000);
    assert_eq!(e["expected_close"], "2026-03-31");
    assert_eq!(e["note"], "budget approved");
    assert_eq!(e["customer"], "Initech Polska");
    assert!(
        d.refused("/deal edit id:1 owner:@carol")
            .await
            .contains("Only managers")
    );
    d.ok(":as alice manager").await;
    let r = d.ok("/deal edit id:1 owner:@carol").await;
    assert_eq!(deal(&r)["owner_name"], "carol");
    assert!(
        d.refused("/deal edit id:1 amount:7.5k")
            .await
            .contains("already has those details")
    );
}

#[tokio::test]
async fn missing_deals_and_other_servers_deals_are_not_found() {
    let mut d = Driver::new().await;
    d.ok("/win amount:5k customer:Initech").await;
    assert!(d.refused("/deal show id:99").await.contains("no deal #99"));
    d.ok(":guild other-team").await;
    assert!(d.refused("/deal show id:1").await.contains("no deal #1"));
    let r = d.ok("/leaderboard").await;
    assert_eq!(
        r["data"]["rows"].as_array().unwrap().len(),
        0,
        "another server sees none of it"
    );
    let r = d.ok("/win amount:1k customer:Other").await;
    assert_eq!(deal(&r)["number"], 1, "deal numbers are per server");
}

#[tokio::test]
async fn deal_list_filters() {
    let mut d = Driver::new().await;
    d.script(
        "/deal add customer:A amount:1k stage:proposal close:2026-03-20
/deal add customer:B amount:2k close:2026-05-20
/deal add customer:C amount:3k
/win amount:4k customer:D
/deal lost id:3 reason:price",
    )
    .await;
    let count = |r: &serde_json::Value| r["data"]["deals"].as_array().unwrap().len();
    assert_eq!(count(&d.ok("/deal list").await), 2, "open by default");
    assert_eq!(count(&d.ok("/deal list status:won").await), 1);
    assert_eq!(count(&d.ok("/deal list status:closed").await), 2);
    assert_eq!(count(&d.ok("/deal list status:all").await), 4);
    assert_eq!(count(&d.ok("/deal list stage:proposal").await), 1);
    assert_eq!(
        count(&d.ok("/deal list period:month").await),
        1,
        "only A closes in March"
    );
    let r = d.ok("/deal list").await;
    assert_eq!(
        r["data"]["deals"][0]["customer"], "A",
        "soonest close first"
    );
    assert!(
        d.refused("/deal list status:maybe")
            .await
            .contains("Use one of")
    );
}

#[tokio::test]
async fn undo_takes_back_the_callers_own_last_change() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok("/deal add customer:Initech amount:20k stage:proposal")
        .await;
    d.ok("/deal stage id:1 stage:negotiation").await;
    d.ok("/deal won id:1").await;
    let r = d.ok("/deal undo").await;
    assert_eq!(r["data"]["action"], "won");
    assert_eq!(r["data"]["deal"]["outcome"], "open");
    assert_eq!(r["data"]["deal"]["stage"], "negotiation");
    // Undo again walks further back.
    let r = d.ok("/deal undo").await;
    assert_eq!(r["data"]["deal"]["stage"], "proposal");
    let r = d.ok("/deal undo").await;
    assert_eq!(r["data"]["action"], "create");
    assert!(r["data"]["deal"].is_null());
    assert!(d.refused("/deal show id:1").await.contains("no deal #1"));
    let msg = d.refused("/deal undo").await;
    assert!(msg.contains("no change from the last 30 minutes"), "{msg}");
    // The next deal gets a new number: numbers are never reused.
    let r = d.ok("/deal add customer:Globex amount:1k").await;
    assert_eq!(deal(&r)["number"], 2);
}

#[tokio::test]
async fn undo_respects_the_window_and_other_peoples_changes() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok("/win amount:5k customer:Initech").await;
    d.ok(":advance 31m").await;
    assert!(d.refused("/deal undo").await.contains("last 30 minutes"));

    d.ok("/deal add customer:Globex amount:1k").await;
    d.ok(":as alice manager").await;
    d.ok("/deal edit id:2 amount:2k").await;
    d.ok(":as bob").await;
    let msg = d.refused("/deal undo").await;
    assert!(msg.contains("changed since"), "{msg}");
    d.ok(":as alice manager").await;
    let r = d.ok("/deal show id:2").await;
    assert_eq!(
        deal(&r)["amount"]["minor"],
        200_000,
        "the manager's edit stands"
    );
    // Carol cannot undo Bob's change: undo is per person.
    d.ok(":as carol").await;
    assert!(d.refused("/deal undo").await.contains("no change"));
}

#[tokio::test]
async fn deal_without_an_amount_needs_one_to_be_won() {
    let mut d = Driver::new().await;
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv")
        .await;
    // OPP004 is an open imported deal with no value; numbers follow file order.
    let list = d.ok("/deal list status:open").await;
    assert_eq!(
        list["data"]["deals"].as_array().unwrap().len(),
        0,
        "imported deals belong to the CRM reps"
    );
    let number = 4;
    let msg = d.refused(&format!("/deal won id:{number}")).await;
    assert!(msg.contains("has no amount"), "{msg}");
    let r = d.ok(&format!("/deal won id:{number} amount:600")).await;
    assert_eq!(deal(&r)["amount"]["minor"], 60_000);
}

#[tokio::test]
async fn every_change_is_in_the_deal_history() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok("/deal add customer:Initech amount:20k stage:proposal")
        .await;
    d.ok("/deal stage id:1 stage:negotiation").await;
    d.ok("/deal won id:1").await;
    d.ok("/deal undo").await;
    d.ok(":as alice manager").await;
    d.ok("/deal edit id:1 amount:25k").await;
    let r = d.ok("/deal history id:1").await;
    let entries = r["data"]["entries"].as_array().unwrap();
    let actions: Vec<(&str, &str, bool)> = entries
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap(),
                e["actor"].as_str().unwrap(),
                e["undone"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        vec![
            ("create", "bob", false),
            ("stage", "bob", false),
            ("won", "bob", true),
            ("undo", "bob", false),
            ("edit", "alice", false)
        ]
    );
    assert_eq!(
        entries[1]["changes"],
        serde_json::json!(["stage Proposal → Negotiation"])
    );
    assert_eq!(
        entries[4]["changes"],
        serde_json::json!(["amount 20,000.00 USD → 25,000.00 USD"])
    );
    d.ok(":as carol").await;
    assert!(
        d.refused("/deal history id:1")
            .await
            .contains("open pipeline")
    );
    assert!(d.refused("/deal history id:9").await.contains("no deal #9"));
}

#[tokio::test]
async fn imported_deals_have_their_audit_rows() {
    let mut d = Driver::new().await;
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv")
        .await;
    for number in 1..=6 {
        let r = d.ok(&format!("/deal history id:{number}")).await;
        let entries = r["data"]["entries"].as_array().unwrap();
        assert_eq!(entries.len(), 1, "deal #{number}");
        assert_eq!(entries[0]["action"], "import");
    }
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small_v2.csv confirm:true")
        .await;
    let r = d.ok("/deal history id:4").await;
    let entries = r["data"]["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert!(
        entries[1]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c.as_str().unwrap().starts_with("stage Qualified → Won"))
    );
}

#[tokio::test]
async fn a_win_can_be_dated_back_and_counts_for_its_own_month() {
    let mut d = Driver::new().await;
    d.script(":now 2026-04-01 09:00\n/setup currency:EUR\n:as bob")
        .await;
    // Signed on 31 March, logged on 1 April: it counts for March.
    let r = d
        .ok("/win amount:20k customer:Initech date:2026-03-31")
        .await;
    assert_eq!(deal(&r)["closed_on"], "2026-03-31");
    says(&r, "bob in March 2026: 20,000 EUR");
    let april = d.ok("/leaderboard").await;
    assert!(
        crate::support::board(&april).is_empty(),
        "nothing won in April"
    );
    let march = d.ok("/leaderboard period:last_month").await;
    assert_eq!(crate::support::board(&march).len(), 1);
    // A pipeline deal won yesterday; then its date corrected with /deal edit.
    d.ok("/deal add customer:Globex amount:5k").await;
    let r = d.ok("/deal won id:2 date:31.3.26").await;
    assert_eq!(deal(&r)["closed_on"], "2026-03-31");
    let r = d.ok("/deal edit id:2 close:2026-03-30").await;
    assert_eq!(deal(&r)["closed_on"], "2026-03-30", "the won-on date moves");
    says(&r, "won on");
    // Not in the future, and a rep goes back at most 90 days (a manager further).
    assert!(
        d.refused("/win amount:1k customer:Soon date:2026-04-02")
            .await
            .contains("future")
    );
    let old = d
        .refused("/win amount:1k customer:Old date:2025-12-01")
        .await;
    assert!(old.contains("more than 90 days ago"), "{old}");
    d.ok(":as you manager").await;
    let r = d
        .ok("/win amount:1k customer:Old date:2025-12-01 rep:@bob")
        .await;
    assert_eq!(deal(&r)["closed_on"], "2025-12-01");
    // The history shows who changed the date and when.
    let h = d.ok("/deal history id:2").await;
    says(&h, "closed on 31 Mar 2026 → 30 Mar 2026");
}

#[tokio::test]
async fn a_win_logged_on_monday_for_friday_or_yesterday_counts_on_that_day() {
    let mut d = Driver::new().await;
    // Monday 2 March, Berlin: Friday's win is February's, Sunday's is March's.
    d.script(":now 2026-03-02 08:00\n/setup currency:EUR timezone:Europe/Berlin\n:as bob")
        .await;
    let r = d.ok("/win amount:3k customer:Initech date:friday").await;
    assert_eq!(deal(&r)["closed_on"], "2026-02-27", "last Friday, not next");
    let r = d.ok("/win amount:2k customer:Globex date:yesterday").await;
    assert_eq!(deal(&r)["closed_on"], "2026-03-01");
    let r = d.ok("/win amount:1k customer:Umbrella date:wczoraj").await;
    assert_eq!(deal(&r)["closed_on"], "2026-03-01");
    let r = d.ok("/win amount:1k customer:Today date:monday").await;
    assert_eq!(deal(&r)["closed_on"], "2026-03-02", "today is this Monday");
    let february = d.ok("/leaderboard period:last_month").await;
    assert_eq!(
        crate::support::board(&february),
        vec![(1, "bob".into(), 300_000)]
    );
    // An expected close still looks ahead: Friday is this week's.
    let r = d
        .ok("/deal add customer:Hooli amount:5k close:friday")
        .await;
    assert_eq!(deal(&r)["expected_close"], "2026-03-06");
    // A board from Friday on counts from last Friday.
    let r = d.ok("/leaderboard from:friday").await;
    assert_eq!(crate::support::board(&r), vec![(1, "bob".into(), 700_000)]);
}

#[tokio::test]
async fn a_crm_rep_is_found_by_name_before_anyone_links_him() {
    let mut d = Driver::new().await;
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv confirm:true")
        .await;
    let r = d
        .ok("/deal list owner:\"Darcel Schlecht\" status:all")
        .await;
    let deals = r["data"]["deals"].as_array().unwrap();
    assert!(deals.len() >= 2, "his imported deals: {}", text(&r));
    assert!(deals.iter().all(|d| d["owner_name"] == "Darcel Schlecht"));
    // Said plainly (it read "Darcel Schlecht's all deals"), and yours the same way.
    assert_eq!(r["message"]["title"], "Darcel Schlecht's deals");
    let r = d.ok("/deal list status:won").await;
    assert_eq!(r["message"]["title"], "Your won deals");
    // A name that is nobody's is refused, not made into a new rep with no deals.
    let refused = d.refused("/deal list owner:\"Nobody Here\"").await;
    assert!(refused.contains("There is no rep called"), "{refused}");
}

#[tokio::test]
async fn export_gives_reps_their_own_deals_and_managers_everyones() {
    let mut d = Driver::new().await;
    d.script(
        ":as bob\n/win amount:5k customer:Acme\n:as carol\n/win amount:7k customer:Globex\n:as bob",
    )
    .await;
    let r = d.ok("/export kind:deals").await;
    assert_eq!(r["data"]["rows"], 1, "a rep exports their own deals");
    let csv = r["data"]["csv"].as_str().unwrap();
    assert!(
        csv.starts_with('\u{feff}') && csv.contains("Acme") && !csv.contains("Globex"),
        "{csv}"
    );
    assert_eq!(r["message"]["file"]["filename"], "deals-2026-03-10.csv");
    assert!(
        d.refused("/export kind:deals rep:@carol")
            .await
            .contains("Only managers")
    );
    d.ok(":as you manager").await;
    let r = d.ok("/export kind:deals").await;
    assert_eq!(r["data"]["rows"], 2, "a manager exports everyone's");
}

#[tokio::test]
async fn an_export_keeps_its_machine_columns_and_says_its_text_in_the_teams_language() {
    let mut d = Driver::new().await;
    d.script(
        "/setup currency:EUR language:de
/quota set everyone:true amount:100k period:quarter
:lang pl
:as bob
/win amount:12500.5 customer:Acme",
    )
    .await;
    d.ok(":as you manager").await;
    let csv = |r: &serde_json::Value| r["data"]["csv"].as_str().unwrap().to_string();
    // Asked in Polish, written in the team's German: a file outlives the conversation.
    let deals = csv(&d.ok("/export kind:deals").await);
    let mut rows = csv::Reader::from_reader(deals.trim_start_matches('\u{feff}').as_bytes());
    let header = rows.headers().unwrap().clone();
    let row = rows.records().next().unwrap().unwrap();
    let column = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
    assert_eq!(column("amount"), "12500.50", "the import's own format");
    assert_eq!(column("amount_minor"), "1250050");
    assert_eq!(column("closed_on"), "2026-03-10");
    assert_eq!(column("amount_text"), "12.500,50 EUR");
    let quota = csv(&d.ok("/export kind:quota period:quarter").await);
    // A text with a comma in it is quoted, as CSV does.
    assert!(quota.contains(",1250050,\"12.500,50 EUR\","), "{quota}");
    assert!(quota.contains("Q1 GJ 2026 (Jan–Mär 2026)"), "{quota}");
    assert!(quota.contains(",1250,\"12,5 %\","), "{quota}");
}

#[tokio::test]
async fn a_leaderboard_and_activities_export_every_row() {
    let mut d = Driver::new().await;
    for i in 0..12 {
        d.script(&format!(
            ":as rep{i}\n/win amount:{}k customer:Acme\n/activity log kind:call count:{}",
            i + 1,
            i + 1
        ))
        .await;
    }
    d.ok(":as you manager").await;
    let r = d.ok("/export kind:leaderboard").await;
    assert_eq!(r["data"]["rows"], 12, "every row, not only the top 10");
    let csv = r["data"]["csv"].as_str().unwrap();
    assert!(
        csv.contains("rank,name,value,value_text,detail,movement"),
        "{csv}"
    );
    assert!(
        csv.contains("1,rep11,1200000,\"12,000 USD\",1 deal,"),
        "{csv}"
    );
    let r = d.ok("/export kind:activities").await;
    assert_eq!(r["data"]["rows"], 12);
    d.ok(":as rep3").await;
    let r = d.ok("/export kind:activities").await;
    assert_eq!(r["data"]["rows"], 1, "a rep exports their own activities");
}

#[tokio::test]
async fn quotas_export_with_attainment_and_pace_for_managers_and_a_reps_own_for_a_rep() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/quota set everyone:true amount:100k period:month")
        .await;
    d.ok("/quota set rep:@bob amount:40k period:month").await;
    d.ok("/quota set rep:@ann amount:60k period:month").await;
    d.script(":as bob\n/win amount:10k customer:A\n:as ann\n/win amount:30k customer:B")
        .await;
    d.ok(":as you manager").await;
    let r = d.ok("/export kind:quota").await;
    assert_eq!(r["data"]["rows"], 3, "everyone, bob and ann");
    let csv = r["data"]["csv"].as_str().unwrap();
    assert!(csv.starts_with('\u{feff}'), "UTF-8 with BOM");
    assert!(
        csv.contains("subject_kind,subject,period,period_start,currency,quota_minor,quota,won_minor,won,attainment_bp,attainment"),
        "{csv}"
    );
    assert!(
        csv.contains("everyone,Everyone,March 2026,2026-03-01,EUR,10000000,\"100,000.00 EUR\",4000000,\"40,000.00 EUR\",4000,40.0 %"),
        "{csv}"
    );
    assert!(
        csv.contains("rep,bob,March 2026,2026-03-01,EUR,4000000"),
        "{csv}"
    );
    d.ok(":as bob").await;
    let r = d.ok("/export kind:quota").await;
    assert_eq!(r["data"]["rows"], 1, "a rep exports their own quota");
    assert!(!r["data"]["csv"].as_str().unwrap().contains("ann"));
    assert!(
        d.refused("/export kind:quota period:week")
            .await
            .contains("month, a quarter")
    );
}

#[tokio::test]
async fn renamed_stages_are_read_back_by_every_command_in_their_order() {
    let mut d = Driver::new().await;
    d.ok("/setup stage_label:proposal=Angebot").await;
    d.ok("/setup stage_label:qualified=Qualifiziert").await;
    // A stage is found by its new name, and shown with it.
    let r = d
        .ok("/deal add customer:Initech amount:€20.000 stage:Angebot")
        .await;
    assert_eq!(deal(&r)["stage"], "proposal");
    says(&r, "Stage: Angebot (50%)");
    // The refusal lists the stages in pipeline order, renamed ones included.
    let msg = d.refused("/deal stage id:1 stage:flying").await;
    assert!(
        msg.contains("Prospecting, Qualifiziert, Angebot, Negotiation"),
        "{msg}"
    );
    // An empty name gives a stage its default back.
    d.ok("/setup stage_label:proposal=").await;
    let r = d.ok("/deal show id:1").await;
    says(&r, "Stage: Proposal (50%)");
}

#[tokio::test]
async fn an_import_of_one_deal_speaks_of_one_rep_and_one_deal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one.csv");
    std::fs::write(
        &file,
        "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n\
         X1,Alice Ames,GTX,Acme,Won,01/05/2026,02/05/2026,1000\n",
    )
    .unwrap();
    let mut d = Driver::new().await;
    let r = d
        .ok(&format!("/import kind:deals file:@{}", file.display()))
        .await;
    let t = text(&r);
    assert!(t.contains("1 rep was new;"), "{t}");
    assert!(t.contains("1 deal, 1,000 USD"), "{t}");
}
