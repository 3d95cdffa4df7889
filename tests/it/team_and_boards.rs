//! /setup, /activity, /leaderboard, /import, /team, /help and input errors, driven
//! through the console on a real (temporary) database.

use crate::support::{Driver, board, crm_sample, deal, says, text};

#[tokio::test]
async fn setup_shows_and_changes_settings() {
    let mut d = Driver::new().await;
    let r = d.ok("/setup").await;
    assert_eq!(r["data"]["timezone"], "UTC");
    assert_eq!(r["data"]["currency"], "USD");
    assert_eq!(r["data"]["changed"].as_array().unwrap().len(), 0);
    let r = d.ok("/setup timezone:europe/warsaw currency:pln fiscal_year_start:7 manager_role:@&leads wins_channel:#wins").await;
    assert_eq!(r["data"]["timezone"], "Europe/Warsaw");
    assert_eq!(r["data"]["currency"], "PLN");
    assert_eq!(r["data"]["fiscal_year_start"], 7);
    assert_eq!(r["data"]["manager_role"], "leads");
    assert_eq!(r["data"]["wins_channel"], "wins");
    // Settings persist.
    let r = d.ok("/setup").await;
    assert_eq!(r["data"]["currency"], "PLN");
}

#[tokio::test]
async fn setup_refuses_bad_values_and_non_managers() {
    let mut d = Driver::new().await;
    assert!(
        d.refused("/setup timezone:Mars/Olympus")
            .await
            .contains("IANA")
    );
    assert!(d.refused("/setup currency:DOGE").await.contains("ISO 4217"));
    assert!(d.refused("/setup currency:XYZ").await.contains("ISO 4217"));
    assert!(
        d.refused("/setup fiscal_year_start:13")
            .await
            .contains("from 1 to 12")
    );
    assert!(
        d.refused("/setup fiscal_year_start:0")
            .await
            .contains("from 1 to 12")
    );
    assert!(
        d.refused("/setup stage_label:nonsense")
            .await
            .contains("key=New name")
    );
    let refused = d.refused("/setup stage_label:nonexistent=X").await;
    assert!(
        refused.contains("There is no stage \"nonexistent\".")
            && refused.contains("Stages: prospecting, qualified, proposal"),
        "{refused}"
    );
    assert!(
        d.refused("/setup stage_label:proposal=Won")
            .await
            .contains("already called")
    );
    let r = d.ok("/setup").await;
    assert_eq!(r["data"]["timezone"], "UTC", "nothing changed by refusals");
    d.ok(":as bob").await;
    assert!(d.refused("/setup").await.contains("Only managers"));
    assert!(
        d.refused("/import kind:deals file:@tests/fixtures/pipeline_small.csv")
            .await
            .contains("Only managers")
    );
}

#[tokio::test]
async fn a_manager_role_makes_managers() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    assert!(
        d.refused("/win amount:1 customer:X rep:@carol")
            .await
            .contains("Only managers")
    );
    d.ok(":as you manager").await;
    d.ok("/setup manager_role:@&leads").await;
    // The console's `manager` flag stands for Manage Server; roles come from Discord.
    // Here we check the rule directly: holders of the role are managers.
    let team = d
        .console
        .app()
        .db
        .guild(&dealbell::core::ids::GuildId::new("local:acme"))
        .await
        .unwrap()
        .unwrap();
    let caller = dealbell::commands::invocation::Caller {
        user_id: "bob".into(),
        display_name: "bob".into(),
        roles: vec!["leads".into()],
        manages_server: false,
    };
    assert!(dealbell::commands::permissions::is_manager(&team, &caller));
    let other = dealbell::commands::invocation::Caller {
        roles: vec!["sales".into()],
        ..caller
    };
    assert!(!dealbell::commands::permissions::is_manager(&team, &other));
}

#[tokio::test]
async fn stages_can_be_renamed_per_team() {
    let mut d = Driver::new().await;
    let r = d.ok("/setup stage_label:proposal=Angebot").await;
    assert!(
        r["data"]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s[0] == "proposal" && s[1] == "Angebot")
    );
    let r = d
        .ok("/deal add customer:Acme amount:5k stage:angebot")
        .await;
    assert_eq!(
        crate::support::deal(&r)["stage"],
        "proposal",
        "the key is stored, the label shown"
    );
    says(&r, "Angebot (50%)");
    d.ok("/deal add customer:Acme amount:5k stage:Proposal")
        .await;
    d.ok("/setup stage_label:proposal=").await;
    let r = d.ok("/deal show id:1").await;
    assert!(text(&r).contains("Proposal (50%)"));
    // Another team keeps the defaults.
    d.ok(":guild other").await;
    assert!(
        d.refused("/deal add customer:Acme amount:5k stage:angebot")
            .await
            .contains("no stage")
    );
}

#[tokio::test]
async fn activities_are_logged_and_totalled() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    let r = d.ok("/activity log kind:call count:5").await;
    assert_eq!(r["data"]["today"], serde_json::json!([["call", 5]]));
    d.ok("/activity log kind:Email").await;
    let r = d
        .ok("/activity log kind:call count:2 note:\"follow-ups\"")
        .await;
    assert_eq!(
        r["data"]["today"],
        serde_json::json!([["call", 7], ["email", 1]])
    );
    says(&r, "This week: 8 activities");
    assert!(
        d.refused("/activity log kind:fax")
            .await
            .contains("Use one of")
    );
    assert!(
        d.refused("/activity log kind:call count:0")
            .await
            .contains("from 1 to 500")
    );
    assert!(
        d.refused("/activity log kind:call count:501")
            .await
            .contains("from 1 to 500")
    );
    assert!(
        d.refused("/activity log kind:call count:many")
            .await
            .contains("whole number")
    );
    let r = d.ok("/leaderboard metric:activities").await;
    assert_eq!(board(&r), vec![(1, "bob".into(), 8)]);
}

#[tokio::test]
async fn leaderboard_ties_share_a_rank() {
    let mut d = Driver::new().await;
    d.script(
        ":as ana
/win amount:5k customer:A
:as bo
/win amount:8k customer:B
:as cy
/win amount:3k customer:C
/win amount:2k customer:C2
:as di
/win amount:1k customer:D",
    )
    .await;
    let r = d.ok("/leaderboard").await;
    assert_eq!(
        board(&r),
        vec![
            (1, "bo".into(), 800_000),
            (2, "ana".into(), 500_000),
            (2, "cy".into(), 500_000),
            (4, "di".into(), 100_000)
        ]
    );
    assert_eq!(r["visibility"], "public");
    let table = &r["message"]["table"]["rows"];
    assert_eq!(
        (table[1]["tied"].as_bool(), table[0]["tied"].as_bool()),
        (Some(true), Some(false))
    );
    let r = d.ok("/leaderboard metric:deals").await;
    assert_eq!(board(&r)[0], (1, "cy".into(), 2));
}

#[tokio::test]
async fn leaderboard_shows_the_callers_row_outside_the_top() {
    let mut d = Driver::new().await;
    for i in 1..=12 {
        d.ok(&format!(":as rep{i:02}")).await;
        d.ok(&format!("/win amount:{} customer:C", 1000 * (20 - i)))
            .await;
    }
    d.ok(":as rep12").await;
    let r = d.ok("/leaderboard top:5").await;
    assert_eq!(board(&r).len(), 5);
    assert_eq!(r["data"]["caller"]["rank"], 12);
    assert_eq!(r["data"]["caller"]["name"], "rep12");
    assert_eq!(r["message"]["table"]["caller_row"]["is_caller"], true);
    let r = d.ok("/leaderboard").await;
    assert_eq!(board(&r).len(), 10, "the configured default");
    d.ok(":as newbie").await;
    let r = d.ok("/leaderboard").await;
    assert!(r["data"]["caller"].is_null());
    assert!(text(&r).contains("not on this board yet"));
    assert!(
        d.refused("/leaderboard top:0")
            .await
            .contains("from 1 to 50")
    );
    assert!(
        d.refused("/leaderboard period:decade")
            .await
            .contains("Use one of")
    );
}

#[tokio::test]
async fn leaderboard_periods_follow_timezone_and_fiscal_year() {
    let mut d = Driver::new().await;
    d.ok("/setup timezone:Asia/Tokyo fiscal_year_start:4").await;
    // 2026-03-31 23:30 in Tokyo is still 14:30 UTC on the 31st...
    d.ok(":now 2026-03-31 23:30").await;
    d.ok("/win amount:1k customer:March").await;
    // ...and 00:30 on 1 April in Tokyo is 15:30 UTC on 31 March: it is an April win.
    d.ok(":now 2026-04-01 00:30").await;
    let r = d.ok("/win amount:2k customer:April").await;
    assert_eq!(crate::support::deal(&r)["closed_on"], "2026-04-01");
    let r = d.ok("/leaderboard period:month").await;
    assert_eq!(board(&r)[0].2, 200_000);
    assert_eq!(r["data"]["period_label"], "April 2026");
    let r = d.ok("/leaderboard period:last_month").await;
    assert_eq!(board(&r)[0].2, 100_000);
    let r = d.ok("/leaderboard period:last_quarter").await;
    assert_eq!(r["data"]["period_label"], "Q4 FY2025/26 (Jan–Mar 2026)");
    assert_eq!(board(&r)[0].2, 100_000);
    let r = d.ok("/leaderboard period:year").await;
    assert_eq!(r["data"]["period_label"], "FY2026/27");
    assert_eq!(board(&r)[0].2, 200_000);
}

#[tokio::test]
async fn console_clock_handles_daylight_saving_changes() {
    let mut d = Driver::new().await;
    d.ok("/setup timezone:Europe/Berlin").await;
    // 02:30 does not exist on 2026-03-29 in Berlin: the clock goes to 03:00 CEST.
    d.ok(":now 2026-03-29 02:30").await;
    assert_eq!(
        d.console.app().clock.now().to_rfc3339(),
        "2026-03-29T01:00:00+00:00"
    );
    // 02:30 happens twice on 2026-10-25: the first (CEST) is taken.
    d.ok(":now 2026-10-25 02:30").await;
    assert_eq!(
        d.console.app().clock.now().to_rfc3339(),
        "2026-10-25T00:30:00+00:00"
    );
    let r = d.ok("/win amount:1k customer:X").await;
    assert_eq!(crate::support::deal(&r)["closed_on"], "2026-10-25");
}

#[tokio::test]
async fn input_errors_say_how_to_fix_them() {
    let mut d = Driver::new().await;
    assert!(d.refused("/dance").await.contains("/help"));
    assert!(d.refused("/deal").await.contains("add, stage, won"));
    assert!(d.refused("/deal fly").await.contains("Use one of"));
    let msg = d.refused("/win customer:Acme").await;
    assert!(
        msg.contains("needs amount") && msg.contains("/win amount:… customer:…"),
        "{msg}"
    );
    let msg = d.refused("/win amount:5 customer:Acme colour:red").await;
    assert!(
        msg.contains("no option \"colour\"") && msg.contains("amount, customer"),
        "{msg}"
    );
    assert!(
        d.refused("/deal show id:abc")
            .await
            .contains("whole number")
    );
    assert!(d.refused("/deal show id:0").await.contains("at least 1"));
    assert!(
        d.refused("/win amount:5 customer:\"Acme")
            .await
            .contains("quote")
    );
    assert!(
        d.refused("win amount:5")
            .await
            .contains("Start a command with /")
    );
    assert!(d.refused(":fly").await.contains(":help"));
    let long = "x".repeat(201);
    assert!(
        d.refused(&format!("/win amount:5 customer:{long}"))
            .await
            .contains("too long")
    );
    assert!(
        d.refused("/win amount:5 customer:\"   \"")
            .await
            .contains("cannot be empty")
    );
    assert!(
        d.refused("/deal undo now:yes")
            .await
            .contains("takes no options")
    );
}

#[tokio::test]
async fn help_is_derived_from_the_catalogue() {
    let mut d = Driver::new().await;
    let r = d.ok("/help").await;
    let commands: Vec<String> = r["data"]["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = dealbell::commands::catalogue::all_commands()
        .iter()
        .map(|c| c.display_path())
        .collect();
    assert_eq!(commands, expected);
    let r = d.ok("/help command:deal").await;
    assert!(text(&r).contains("customer: Who you are selling to"));
    assert!(d.refused("/help command:nope").await.contains("no command"));
}

#[tokio::test]
async fn import_reports_and_is_idempotent() {
    let mut d = Driver::new().await;
    d.ok("/win amount:4k customer:Isdom product:\"GTX Pro\"")
        .await;
    let r = d
        .ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv")
        .await;
    let data = &r["data"];
    assert_eq!(data["format"], "maven_pipeline");
    assert_eq!(data["rows_read"], 10);
    assert_eq!(data["created"], 6);
    assert_eq!(
        (data["updated"].as_u64(), data["unchanged"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(data["won"], 3);
    assert_eq!(data["won_total_minor"], 561_800);
    assert_eq!(data["without_account"], 1);
    assert_eq!(data["reps_created"], 3);
    let skipped = data["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 4);
    assert_eq!(
        skipped[0],
        serde_json::json!({"line": 8, "problem": "unknown_stage", "stage": "Sleeping"})
    );
    assert_eq!(
        skipped[1],
        serde_json::json!({"line": 9, "problem": "empty", "column": "sales_agent"})
    );
    assert_eq!(
        skipped[2],
        serde_json::json!({"line": 10, "problem": "closed_without_date", "outcome": "won"})
    );
    assert_eq!(
        skipped[3],
        serde_json::json!({"line": 11, "problem": "repeats_id", "id": "OPP002", "first_line": 3})
    );
    says(&r, "Skipped line 9: sales_agent is empty");
    says(&r, "Skipped line 11: repeats id OPP002 from line 3");
    // GTXPro in the file and "GTX Pro" typed in chat are reported, not merged.
    assert_eq!(
        data["product_variants"],
        serde_json::json!([[["GTX Pro", 1], ["GTXPro", 1]]])
    );
    assert!(text(&r).contains("Skipped line 8"));

    // The same file again changes nothing.
    let r = d
        .ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv")
        .await;
    assert_eq!(
        (r["data"]["created"].as_u64(), r["data"]["updated"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(r["data"]["unchanged"], 6);

    // A newer export that would overwrite existing deals is previewed first...
    let r = d
        .ok("/import kind:deals file:@tests/fixtures/pipeline_small_v2.csv")
        .await;
    assert_eq!(r["data"]["kind"], "import_preview");
    assert_eq!(
        (r["data"]["created"].as_u64(), r["data"]["updated"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(r["buttons"][0]["action"], "confirm");
    let unchanged = d.ok("/deal show id:5").await; // OPP004: #1 is the chat win
    assert_eq!(
        unchanged["data"]["deal"]["outcome"], "open",
        "a preview changes nothing"
    );
    // ...and applied when confirmed: it updates what changed and adds what is new.
    let r = d
        .ok("/import kind:deals file:@tests/fixtures/pipeline_small_v2.csv confirm:true")
        .await;
    assert_eq!(r["data"]["kind"], "deal_import");
    assert_eq!(
        (r["data"]["created"].as_u64(), r["data"]["updated"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(r["data"]["unchanged"], 5);
    let changed = d.ok("/deal show id:5").await;
    assert_eq!(changed["data"]["deal"]["outcome"], "won");
    let board = d.ok("/leaderboard period:year").await;
    assert_eq!(
        board["data"]["rows"].as_array().unwrap().len(),
        1,
        "2017 wins are not this year's"
    );
}

#[tokio::test]
async fn import_refuses_what_it_cannot_read() {
    let mut d = Driver::new().await;
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let wrong = write("notes.pdf", b"%PDF");
    assert!(
        d.refused(&format!("/import kind:deals file:@{wrong}"))
            .await
            .contains("not a CSV")
    );
    let cols = write("x.csv", b"name,value\nA,1\n");
    assert!(
        d.refused(&format!("/import kind:deals file:@{cols}"))
            .await
            .contains("don't recognise these columns")
    );
    let binary = write(
        "y.csv",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    );
    assert!(
        d.refused(&format!("/import kind:deals file:@{binary}"))
            .await
            .contains("UTF-8")
    );
    assert!(
        d.refused("/import kind:deals file:@tests/fixtures/missing.csv")
            .await
            .contains("Cannot read")
    );
    assert!(
        d.refused("/import kind:deals file:tests/fixtures/pipeline_small.csv")
            .await
            .contains("file:@")
    );
    assert!(
        d.refused("/import kind:deals file:@tests/fixtures/pipeline_small.csv currency:ZZZ")
            .await
            .contains("ISO 4217")
    );
    let r = d.ok("/deal list status:all").await;
    assert_eq!(r["data"]["deals"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn teams_import_and_linking_reps_to_users() {
    let mut d = Driver::new().await;
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv")
        .await;
    let r = d
        .ok("/import kind:teams file:@tests/fixtures/teams_small.csv")
        .await;
    assert_eq!(r["data"]["summary"]["teams_created"], 2);
    assert_eq!(r["data"]["summary"]["memberships_added"], 3);
    let r = d.ok("/team list").await;
    let teams = r["data"]["teams"].as_array().unwrap();
    assert_eq!(teams.len(), 2);
    assert_eq!(teams[1]["name"], "Melvin Marxen");
    assert_eq!(teams[1]["region"], "Central");

    // Moses already logged a win in chat before being linked; linking merges him.
    d.ok(":as moses").await;
    d.ok("/win amount:1k customer:Chat").await;
    assert!(
        d.refused("/team link rep:\"Moses Frase\" user:@moses")
            .await
            .contains("Only managers")
    );
    d.ok(":as you manager").await;
    let r = d.ok("/team link rep:\"moses frase\" user:@moses").await;
    assert_eq!(
        r["data"]["deals_owned"], 4,
        "3 imported (one row was skipped) + 1 logged in chat"
    );
    assert!(
        d.refused("/team link rep:\"Moses Frase\" user:@someone")
            .await
            .contains("already linked")
    );
    assert!(
        d.refused("/team link rep:Nobody user:@x")
            .await
            .contains("no rep called")
    );
    // Moses now sees his imported deals as his own.
    d.ok(":as moses").await;
    let r = d.ok("/deal list status:all").await;
    assert_eq!(r["data"]["deals"].as_array().unwrap().len(), 4);
    let r = d.ok("/team list").await;
    says(&r, "moses (Moses Frase) ✓");
}

#[tokio::test]
async fn full_crm_sample_import() {
    let Some(dir) = crm_sample("full_crm_sample_import") else {
        return;
    };
    let mut d = Driver::new().await;
    let path = dir.join("sales_pipeline.csv");
    let r = d
        .ok(&format!(
            "/import kind:deals file:@{} currency:USD",
            path.display()
        ))
        .await;
    let data = &r["data"];
    assert_eq!(data["rows_read"], 8_800);
    assert_eq!(data["created"], 8_800);
    assert_eq!(data["skipped"].as_array().unwrap().len(), 0);
    assert_eq!(data["won"], 4_238);
    assert_eq!(data["won_total_minor"], 1_000_553_400_i64, "10,005,534 USD");
    assert_eq!(data["without_account"], 1_425);
    let r = d
        .ok(&format!("/import kind:deals file:@{}", path.display()))
        .await;
    assert_eq!(
        (r["data"]["created"].as_u64(), r["data"]["updated"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(r["data"]["unchanged"], 8_800);
    let r = d
        .ok(&format!(
            "/import kind:teams file:@{}",
            dir.join("sales_teams.csv").display()
        ))
        .await;
    assert_eq!(r["data"]["summary"]["teams_created"], 6);
    // 2017 as a custom board: the year's won revenue adds up to the file's.
    d.ok(":now 2017-12-31 12:00").await;
    let r = d.ok("/leaderboard period:year top:50").await;
    let total: i64 = board(&r).iter().map(|(_, _, v)| v).sum();
    assert_eq!(total, 1_000_553_400);
    assert_eq!(board(&r).len(), 30, "30 reps closed deals");
}

#[tokio::test]
async fn the_crm_sample_exported_and_imported_again_changes_nothing() {
    let Some(dir) = crm_sample("the_crm_sample_exported_and_imported_again_changes_nothing") else {
        return;
    };
    let mut d = Driver::new().await;
    let path = dir.join("sales_pipeline.csv");
    d.ok(&format!(
        "/import kind:deals file:@{} currency:USD",
        path.display()
    ))
    .await;
    let first = d.ok("/export kind:deals").await;
    let csv = first["data"]["csv"].as_str().unwrap().to_string();
    let file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    std::fs::write(file.path(), &csv).unwrap();
    // Into another team: every row is read, none skipped.
    d.ok(":guild copy").await;
    d.ok(":as you manager").await;
    let r = d
        .ok(&format!(
            "/import kind:deals file:@{}",
            file.path().display()
        ))
        .await;
    assert_eq!(
        r["data"]["skipped"],
        serde_json::json!([]),
        "{}",
        r["data"]["skipped"]
    );
    assert_eq!(r["data"]["created"], 8_800);
    // And back out again: the same file, byte for byte.
    let again = d.ok("/export kind:deals").await;
    assert_eq!(again["data"]["csv"].as_str().unwrap(), csv);
    // Into the first team again: every row unchanged.
    d.ok(":guild acme").await;
    let r = d
        .ok(&format!(
            "/import kind:deals file:@{}",
            file.path().display()
        ))
        .await;
    assert_eq!(r["data"]["unchanged"], 8_800, "{}", r["data"]);
}

#[tokio::test]
async fn a_wrong_activity_log_can_be_undone_listed_and_removed() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call count:50").await; // meant 5
    let r = d.ok("/deal undo").await;
    says(&r, "Undone: 50 calls");
    d.ok("/activity log kind:call count:5").await;
    d.ok("/activity log kind:email count:3").await;
    let r = d.ok("/activity list").await;
    let list = r["data"]["activities"].as_array().unwrap();
    assert_eq!(list.len(), 2, "the undone log is gone: {list:?}");
    let email = list[0]["id"].as_i64().unwrap();
    // Someone else cannot remove it; bob can, and it stops counting.
    d.ok(":as carol").await;
    assert!(
        d.refused(&format!("/activity remove id:{email}"))
            .await
            .contains("Only the rep who logged it")
    );
    let refused = d.refused("/activity list rep:@bob").await;
    assert!(
        refused.contains("Only managers can list another rep's activities"),
        "{refused}"
    );
    d.ok(":as bob").await;
    d.ok(&format!("/activity remove id:{email}")).await;
    assert!(
        d.refused(&format!("/activity remove id:{email}"))
            .await
            .contains("no activity")
    );
    let board = d.ok("/leaderboard metric:activities").await;
    assert_eq!(crate::support::board(&board), vec![(1, "bob".into(), 5)]);
    // A later deal change is what undo takes back first.
    d.ok("/activity log kind:demo").await;
    d.ok(":advance 1m").await;
    d.ok("/win amount:1k customer:Acme").await;
    let r = d.ok("/deal undo").await;
    says(&r, "Undone");
    let board = d.ok("/leaderboard metric:activities").await;
    assert_eq!(
        crate::support::board(&board),
        vec![(1, "bob".into(), 6)],
        "the demo stays"
    );
}

#[tokio::test]
async fn replies_that_confused_a_new_team_now_say_what_they_mean() {
    let mut d = Driver::new().await;
    // A board of teams with no teams says how to get some, not "log a win".
    let r = d.ok("/leaderboard by:teams").await;
    says(&r, "no teams yet");
    // Exactly the limit is fine; one more says how long it was.
    let name = "x".repeat(200);
    d.ok(&format!("/win amount:1k customer:\"{name}\"")).await;
    let refused = d
        .refused(&format!("/win amount:1k customer:\"{name}y\""))
        .await;
    assert!(
        refused.contains("201 characters); 200 at most"),
        "{refused}"
    );
    // A console role it does not know is refused, not ignored.
    assert!(
        d.refused(":as bob admin")
            .await
            .contains("the one role is 'manager'")
    );
    // A name of two words without quotes is shown quoted.
    let refused = d.refused(":as Ioana Dumitrescu manager").await;
    assert!(
        refused.contains(r#":as "Ioana Dumitrescu" manager"#),
        "{refused}"
    );
    // A forecast category change reads as one in the history.
    d.ok("/deal add customer:Initech amount:5k").await;
    d.ok("/deal forecast id:2 category:commit").await;
    let h = d.ok("/deal history id:2").await;
    says(&h, "forecast category follows the stage → Commit");
}

#[tokio::test]
async fn team_list_shows_the_reps_in_no_team_that_team_link_points_to() {
    let mut d = Driver::new().await;
    d.ok("/import kind:deals file:@tests/fixtures/pipeline_small.csv confirm:true")
        .await;
    let r = d.ok("/team list").await;
    let t = text(&r);
    assert!(t.contains("In no team:"), "{t}");
    assert!(t.contains("/team link"), "{t}");
}

#[tokio::test]
async fn forgetting_a_member_keeps_their_deals_under_an_anonymous_name() {
    let mut d = Driver::new().await;
    d.ok("/setup wins_channel:#wins").await;
    d.script(":as bob\n/win amount:5k customer:Initech\n/activity log kind:call note:\"called his wife about it\"\n/away until:friday")
        .await;
    d.ok(":as carol").await;
    assert!(
        d.refused("/privacy forget user:@bob confirm:true")
            .await
            .contains("managers")
    );
    d.ok(":as you manager").await;
    let r = d.ok("/privacy forget user:@bob").await;
    says(&r, "Nothing is changed yet");
    assert_eq!(
        board(&d.ok("/leaderboard").await)[0].1,
        "bob",
        "a preview changes nothing"
    );
    let r = d.ok("/privacy forget user:@bob confirm:true").await;
    let t = text(&r);
    assert!(t.contains("bob is forgotten"), "{t}");
    assert!(
        t.contains("1 deal kept, 1 activity note cleared, 1 announcement anonymised"),
        "{t}"
    );
    let rows = board(&d.ok("/leaderboard").await);
    assert_eq!(
        rows,
        vec![(1, "former member 2".to_string(), 500_000)],
        "the deal stays, anonymous"
    );
    let r = d.ok("/deal show id:1").await;
    assert_eq!(deal(&r)["owner_name"], "former member 2");
    let r = d.ok("/activity list").await;
    assert!(!text(&r).contains("wife"), "the note is gone: {}", text(&r));
    assert!(!text(&r).contains("bob"), "{}", text(&r));
    // Coming back, bob starts as a new member.
    d.ok(":as bob").await;
    let r = d.ok("/win amount:1k customer:Again").await;
    says(&r, "first win ever");
    assert!(
        d.refused("/privacy forget user:@nobody confirm:true")
            .await
            .contains("managers")
    );
}

#[tokio::test]
async fn a_forgotten_rep_stays_forgotten_when_the_crm_export_is_imported_again() {
    let mut d = Driver::new().await;
    d.small_teams_linked().await;
    d.script(":as zofia\n/win amount:5k customer:Initech\n:as you manager")
        .await;
    d.ok("/privacy forget user:@zofia confirm:true").await;
    // A CRM sync imports the unchanged teams file again.
    let r = d
        .ok("/import kind:teams file:@tests/fixtures/teams_small.csv")
        .await;
    assert_eq!(r["data"]["summary"]["people_created"], 0, "{r}");
    let r = d.ok("/team list").await;
    let shown = text(&r) + &r["data"].to_string();
    assert!(!shown.contains("Zofia"), "{shown}");
    assert!(shown.contains("former member"), "{shown}");
    let rows = board(&d.ok("/leaderboard").await);
    assert!(
        rows.iter().all(|(_, name, _)| !name.contains("Zofia")),
        "{rows:?}"
    );
}

#[tokio::test]
async fn a_polish_excel_file_with_semicolons_imports_and_teams_can_be_named_by_office() {
    let mut d = Driver::new().await;
    let csv = "sales_agent;manager;regional_office\n\
        Łukasz Wójcik;Grażyna Żółkiewska;Warszawa\n\
        Małgorzata Kowalczyk;Grażyna Żółkiewska;Kraków\n\
        Zbigniew Świątek;Grażyna Żółkiewska;Kraków\n\
        Jędrzej Błażejczyk;Grażyna Żółkiewska;Warszawa\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1250.encode(csv);
    assert!(!unmappable);
    let file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    std::fs::write(file.path(), &bytes).unwrap();
    let r = d
        .ok(&format!(
            "/import kind:teams file:@{} team_by:office",
            file.path().display()
        ))
        .await;
    says(
        &r,
        "Read as windows-1250 text, columns separated by semicolons.",
    );
    assert_eq!(r["data"]["summary"]["teams_created"], 2, "{r}");
    let r = d.ok("/team list").await;
    let shown = text(&r);
    assert!(
        shown.contains("Warszawa") && shown.contains("Kraków"),
        "{shown}"
    );
    assert!(
        shown.contains("Łukasz Wójcik") && shown.contains("Zbigniew Świątek"),
        "{shown}"
    );
    // Warszawa is a team of its own now, not folded into the manager's.
    d.script(":as bob\n/win amount:5k customer:A").await;
    d.ok(":as you manager").await;
    d.ok("/team link rep:\"Łukasz Wójcik\" user:@bob").await;
    let r = d.ok("/leaderboard team:Warszawa").await;
    assert_eq!(board(&r).len(), 1, "{}", text(&r));
}

#[tokio::test]
async fn a_manager_makes_and_fills_a_team_by_hand() {
    let mut d = Driver::new().await;
    d.script(
        ":as ana\n/win amount:3k customer:A\n:as bob\n/win amount:2k customer:B\n:as you manager",
    )
    .await;
    let r = d.ok("/team create name:Gdańsk region:North").await;
    says(&r, "Team \"Gdańsk\" created");
    assert!(
        d.refused("/team create name:gdańsk")
            .await
            .contains("already a team")
    );
    d.ok("/team add team:Gdańsk rep:@ana").await;
    says(
        &d.ok("/team add team:gdańsk rep:@ana").await,
        "already in Gdańsk",
    );
    let r = d.ok("/leaderboard team:Gdańsk").await;
    assert_eq!(board(&r), vec![(1, "ana".to_string(), 300_000)]);
    d.ok("/team add team:Gdańsk rep:@bob").await;
    d.ok("/team remove team:Gdańsk rep:@ana").await;
    let r = d.ok("/leaderboard team:Gdańsk").await;
    assert_eq!(board(&r), vec![(1, "bob".to_string(), 200_000)]);
    assert!(
        d.refused("/team remove team:Gdańsk rep:@ana")
            .await
            .contains("not in Gdańsk")
    );
    d.ok("/team delete team:Gdańsk").await;
    assert!(
        d.refused("/leaderboard team:Gdańsk")
            .await
            .contains("no team called")
    );
    d.ok(":as ana").await;
    assert!(
        d.refused("/team create name:Mine")
            .await
            .contains("managers")
    );
}
