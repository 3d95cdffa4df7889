//! The `dealbell` binary as a user runs it: scripts, JSON output, exit codes, stdin,
//! start-up without a token, settings checks, the demo and the import command.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const PINNED_NOW: &str = "2026-11-18 09:00";

fn dealbell(args: &[&str], stdin: Option<&str>) -> Output {
    dealbell_bytes(args, stdin.map(str::as_bytes))
}

fn dealbell_bytes(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dealbell"));
    // No test reads the real clock: a Wednesday in the middle of a quarter, unless the
    // test pins its own time.
    if !args.contains(&"--now") {
        cmd.args(["--now", PINNED_NOW]);
    }
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // What the shell prints follows the terminal's locale: English unless a test
        // names one.
        .env("LC_ALL", "C")
        .env_remove("DISCORD_TOKEN")
        .env_remove("DEALBELL_DATABASE_URL")
        .env_remove("DEALBELL_CONFIG")
        .env_remove("DEALBELL_DISCORD_API_URL")
        .env_remove("DEALBELL_DEV_GUILD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("dealbell starts");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}
fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn script(lines: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(lines.as_bytes()).unwrap();
    f
}

#[test]
fn a_script_that_fails_says_which_line_and_exits_non_zero() {
    let s = script(
        ":now 2026-03-10 09:00\n/win amount:5k customer:Acme\n/win amount:zero customer:Acme\n/leaderboard\n",
    );
    let o = dealbell(
        &[
            "--memory",
            "console",
            "--script",
            s.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(
        out(&o).contains("✖ line 3: amount: I could not read \"zero\""),
        "{}",
        out(&o)
    );
    assert!(err(&o).contains("line 3: /win amount:zero"), "{}", err(&o));
    assert!(
        out(&o).contains("🏆 Revenue won — March 2026"),
        "later lines still run: {}",
        out(&o)
    );
}

#[test]
fn wins_posted_to_another_channel_show_under_the_reply() {
    let s = script("/setup wins_channel:#wins\n:as bob\n/win amount:5k customer:Initech\n");
    let o = dealbell(
        &[
            "--memory",
            "console",
            "--script",
            s.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    let reply = text.find("🎉 bob won Initech!").expect("the reply");
    let post = text.find("→ posted in #wins:").expect("the post");
    assert!(post > reply, "{text}");
    assert!(text.contains("  │ 🎉 bob won Initech!"), "{text}");
}

#[test]
fn charts_are_saved_where_the_console_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let s = script("/win amount:5k customer:Initech\n/leaderboard chart:true\n");
    let o = dealbell(
        &[
            "--memory",
            "console",
            "--charts",
            dir.path().to_str().unwrap(),
            "--script",
            s.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let saved = dir.path().join("001-leaderboard.png");
    assert!(
        out(&o).contains(&format!("📊 chart saved: {}", saved.display())),
        "{}",
        out(&o)
    );
    assert!(std::fs::read(&saved).unwrap().starts_with(b"\x89PNG"));
}

#[test]
fn json_output_is_one_typed_object_per_line() {
    let s = script(
        ":now 2026-03-10 09:00\n/setup currency:EUR\n/win amount:\"12 500,50 €\" customer:\"Zakład Łódź\"\n/deal show id:7\n/leaderboard\n",
    );
    let o = dealbell(
        &[
            "--memory",
            "console",
            "--format",
            "json",
            "--script",
            s.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[2]["line"], 3);
    assert_eq!(
        lines[2]["reply"]["data"]["deal"]["amount"]["minor"],
        1_250_050
    );
    assert_eq!(lines[2]["reply"]["data"]["deal"]["customer"], "Zakład Łódź");
    assert_eq!(lines[3]["ok"], false);
    assert_eq!(lines[3]["error"]["kind"], "user");
    assert!(
        lines[3]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no deal #7")
    );
    assert_eq!(lines[4]["reply"]["data"]["rows"][0]["rank"], 1);
    assert_eq!(lines[4]["reply"]["data"]["rows"][0]["value"], 1_250_050);
}

#[test]
fn plain_dealbell_without_a_token_opens_the_console_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.db");
    let o = dealbell(
        &["--db", db.to_str().unwrap()],
        Some("/win amount:1k customer:Acme\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("No Discord token set"), "{}", err(&o));
    assert!(err(&o).contains("DISCORD_TOKEN"));
    assert!(out(&o).contains("won Acme"), "{}", out(&o));
    // The data is in the file: a second run sees it.
    let o = dealbell(
        &["--db", db.to_str().unwrap(), "console"],
        Some("/deal show id:1\n"),
    );
    assert!(out(&o).contains("Deal #1 — Acme"), "{}", out(&o));
}

#[test]
fn run_without_a_token_explains_how_to_get_one() {
    let o = dealbell(&["--memory", "run"], None);
    assert_eq!(o.status.code(), Some(2));
    let text = err(&o);
    for needle in [
        "DISCORD_TOKEN",
        "applications.commands",
        "dealbell console",
        "developers/applications",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
}

#[test]
fn check_config_never_prints_the_token() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dealbell"));
    let o = cmd
        .args(["check-config"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DISCORD_TOKEN", "MTIz.secret-token-value")
        .env("DEALBELL_LOG", "debug")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let all = format!("{}{}", out(&o), err(&o));
    assert!(!all.contains("secret-token-value"), "{all}");
    assert!(all.contains("set (hidden)"));
    assert!(all.contains("settings are valid"));
}

#[test]
fn bad_settings_stop_the_start_with_the_reason() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(b"[team]\ntimezone = \"Europe/Berlinn\"\n")
        .unwrap();
    let o = dealbell(
        &["--config", f.path().to_str().unwrap(), "check-config"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Europe/Berlinn"), "{}", err(&o));
}

#[test]
fn the_shell_speaks_the_terminals_language_or_lang() {
    // check-config in German from the locale, Polish from --lang over it.
    let check_config = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_dealbell"))
            .arg("check-config")
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("DISCORD_TOKEN")
            .env_remove("DEALBELL_CONFIG")
            .env("LC_ALL", "de_DE.UTF-8")
            .output()
            .unwrap()
    };
    let german = check_config(&[]);
    assert_eq!(german.status.code(), Some(0), "{}", err(&german));
    let said = out(&german);
    assert!(said.contains("Datenbank:"), "{said}");
    assert!(
        said.contains("nicht gesetzt (stattdessen läuft die Konsole)"),
        "{said}"
    );
    assert!(said.contains("die Einstellungen sind gültig"), "{said}");
    let polish = check_config(&["--lang", "pl"]);
    assert!(
        out(&polish).contains("ustawienia są poprawne"),
        "{}",
        out(&polish)
    );
    // A setting that cannot be used, said in the terminal's language, with what to fix.
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(b"[deals]\nbackdate_days = 5000\n").unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_dealbell"))
        .args(["--config", f.path().to_str().unwrap(), "check-config"])
        .env("LANG", "ro_RO.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        err(&refused).contains("deals.backdate_days trebuie să fie între 0 și 3660 (zece ani)"),
        "{}",
        err(&refused)
    );
    // A backup into a folder that is not there says so, not SQLite's code.
    let nowhere = dealbell(&["--memory", "backup", "/nonexistent-folder/x.db"], None);
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(
        err(&nowhere).contains("the folder /nonexistent-folder does not exist"),
        "{}",
        err(&nowhere)
    );
    // A script's failed line, and the count at the end, in the console's language.
    let script = dealbell(
        &["--memory", "console", "--lang", "pl"],
        Some("/win amount:abc customer:Acme\n"),
    );
    assert_eq!(script.status.code(), Some(1));
    assert!(out(&script).contains("✖ wiersz 1: "), "{}", out(&script));
    assert!(
        err(&script).contains("1 wiersz się nie powiódł."),
        "{}",
        err(&script)
    );
}

#[test]
fn demo_fills_a_living_leaderboard() {
    let o = dealbell(
        &["console", "--demo", "--format", "json"],
        Some("/leaderboard period:quarter\n/leaderboard metric:activities\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("Demo team ready"), "{}", err(&o));
    let lines: Vec<Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rows = lines[0]["reply"]["data"]["rows"].as_array().unwrap();
    assert!(
        rows.len() >= 8,
        "most of the twelve reps have wins: {}",
        rows.len()
    );
    assert_eq!(lines[0]["reply"]["data"]["currency"], "EUR");
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert!(
        names
            .iter()
            .any(|n| n.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)
                || ('\u{0600}'..='\u{06ff}').contains(&c))),
        "names in other scripts: {names:?}"
    );
    assert!(lines[1]["reply"]["data"]["rows"].as_array().unwrap().len() >= 10);
}

#[test]
fn demo_is_alive_on_any_day_of_the_week() {
    // Monday morning before anyone is at work, and a Sunday: the week's boards still fill.
    for now in ["2026-11-30 06:00", "2026-12-06 12:00"] {
        let o = dealbell(
            &["--now", now, "console", "--demo", "--format", "json"],
            Some("/leaderboard metric:activities\n"),
        );
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let line: Value = serde_json::from_str(out(&o).lines().next().unwrap()).unwrap();
        let rows = line["reply"]["data"]["rows"].as_array().unwrap().len();
        assert!(
            rows >= 10,
            "{now}: only {rows} reps on this week's activity board"
        );
    }
}

#[test]
fn demo_is_deterministic() {
    let run = || {
        let o = dealbell(
            &["console", "--demo", "--format", "json"],
            Some("/leaderboard period:quarter metric:deals top:50\n"),
        );
        let line: Value = serde_json::from_str(out(&o).lines().next().unwrap()).unwrap();
        line["reply"]["data"]["rows"].clone()
    };
    assert_eq!(run(), run());
}

#[test]
fn import_command_reports_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crm.db");
    let o = dealbell(
        &[
            "--db",
            db.to_str().unwrap(),
            "import",
            "deals",
            "tests/fixtures/pipeline_small.csv",
            "--guild",
            "crm",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("Created:") && out(&o).contains("Skipped line 8"),
        "{}",
        out(&o)
    );
    let o = dealbell(
        &[
            "--db",
            db.to_str().unwrap(),
            "import",
            "deals",
            "tests/fixtures/missing.csv",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("missing.csv"));
    let o = dealbell(
        &["--db", db.to_str().unwrap(), "console", "--guild", "crm"],
        Some(":as you manager\n/deal list status:all\n"),
    );
    assert!(out(&o).contains("deals"), "{}", out(&o));
}

/// The size cap on an import is chat's (an attachment a rep uploads); a file the
/// operator names to the shell has none, however big.
#[test]
fn the_shell_imports_a_file_above_the_chat_cap_that_chat_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crm.db");
    let config = dir.path().join("small-cap.toml");
    std::fs::write(&config, "[deals]\nimport_max_bytes = 200\n").unwrap();
    let (db, config) = (db.to_str().unwrap(), config.to_str().unwrap());
    let o = dealbell(
        &["--config", config, "--db", db, "console", "--guild", "crm"],
        Some(
            ":as you manager\n/import kind:deals file:@tests/fixtures/pipeline_small.csv confirm:true\n",
        ),
    );
    assert!(
        out(&o).contains("at most 200"),
        "chat keeps its cap: {}{}",
        out(&o),
        err(&o)
    );
    let o = dealbell(
        &[
            "--config",
            config,
            "--db",
            db,
            "import",
            "deals",
            "tests/fixtures/pipeline_small.csv",
            "--guild",
            "crm",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Created:"), "{}", out(&o));
}

#[test]
fn docs_add_indexes_files_from_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("docs.db");
    let db = db.to_str().unwrap();
    let o = dealbell(
        &[
            "--db",
            db,
            "docs",
            "add",
            "tests/fixtures/docs/pl.md",
            "tests/fixtures/docs/zh.md",
            "--guild",
            "warszawa",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("added: Podręcznik zespołu"), "{}", out(&o));
    assert!(out(&o).contains("added: 团队手册"), "{}", out(&o));
    assert!(err(&o).contains("indexed in"), "{}", err(&o));
    let o = dealbell(
        &[
            "--db", db, "console", "--guild", "warszawa", "--format", "json",
        ],
        Some("/ask question:\"platnosc faktury\"\n"),
    );
    let reply: Value = serde_json::from_str(out(&o).lines().next().unwrap()).unwrap();
    assert_eq!(
        reply["reply"]["data"]["passages"][0]["heading"],
        "Podręcznik zespołu › Płatności i faktury"
    );
    let o = dealbell(
        &["--db", db, "docs", "add", "tests/fixtures/plan.toml"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("not a Markdown or text file"),
        "{}",
        err(&o)
    );
}

#[test]
fn backtest_replays_the_crm_sample_month_by_month() {
    let Some(dir) = crate::support::crm_sample("backtest_replays_the_crm_sample_month_by_month")
    else {
        return;
    };
    let file = dir.join("sales_pipeline.csv");
    let o = dealbell(&["backtest", file.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| 2017-")).collect();
    assert_eq!(
        rows.len(),
        9,
        "April to December; March has no history: {text}"
    );
    // What actually closed each month comes straight from the file.
    assert!(rows[0].starts_with("| 2017-04 | 721,932 |"), "{}", rows[0]);
    assert!(text.contains("mean absolute error"));
    assert!(text.contains("months left out for lack of history: 2017-03"));
}

#[test]
fn hostile_console_input_fails_a_line_and_the_run_goes_on() {
    let mut input: Vec<u8> = "\u{feff}:now 2026-03-10 09:00\n".into();
    input.extend(b"/win amount:5k customer:Ac\xffme\n");
    input.extend(b":advance 106751991167d\n");
    input.extend(b":now 99999-01-01 09:00\n");
    input.extend(b"/win amount:7k customer:Initech\r\n");
    input.extend(b"/deal history id:1\n");
    let o = dealbell_bytes(&["--memory", "console"], Some(&input));
    let text = out(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "failed lines make the exit code: {}",
        err(&o)
    );
    assert!(
        text.contains("line 2: This line is not UTF-8 text"),
        "{text}"
    );
    assert!(
        text.contains("line 3: That is further than Dealbell keeps time"),
        "{text}"
    );
    assert!(
        text.contains("line 4:"),
        "the year 99999 is refused: {text}"
    );
    assert!(
        text.contains("Initech"),
        "the run went on after the bad lines: {text}"
    );
    assert!(
        text.contains("History of deal #1"),
        "history still reads: {text}"
    );
    assert!(!err(&o).contains("panicked"), "{}", err(&o));
}

#[test]
fn a_console_runs_only_its_own_teams_schedules() {
    let db = tempfile::tempdir().unwrap();
    let path = db.path().join("two-teams.db");
    let path = path.to_str().unwrap();
    let setup = ":now 2026-03-10 08:00\n/schedule add kind:leaderboard cron:\"daily 09:00\" channel:#sales\n";
    for guild in ["a", "b"] {
        let o = dealbell(&["--db", path, "console", "--guild", guild], Some(setup));
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    }
    let o = dealbell(
        &["--db", path, "console", "--guild", "b", "--format", "json"],
        Some(":now 2026-03-10 08:00\n:advance 2h\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let advance: Value = serde_json::from_str(out(&o).lines().nth(1).unwrap()).unwrap();
    let said = advance["directive"].as_str().unwrap();
    assert!(
        said.contains("Scheduled posts: #1 "),
        "b's own schedule fired: {said}"
    );
    assert_eq!(said.matches('#').count(), 1, "and only b's: {said}");
    // Team a's firing is still due for a's own console.
    let o = dealbell(
        &["--db", path, "console", "--guild", "a", "--format", "json"],
        Some(":now 2026-03-10 10:00\n:tick\n"),
    );
    let tick: Value = serde_json::from_str(out(&o).lines().nth(1).unwrap()).unwrap();
    assert!(
        tick["directive"]
            .as_str()
            .unwrap()
            .contains("Scheduled posts: #1 "),
        "a's own firing was left for a: {tick}"
    );
}

#[test]
fn the_sample_documents_come_with_the_binary_wherever_it_runs() {
    let elsewhere = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_dealbell"))
        .args([
            "--now", PINNED_NOW, "--memory", "console", "--format", "json",
        ])
        .current_dir(elsewhere.path())
        .env_remove("DISCORD_TOKEN")
        .env_remove("DEALBELL_DATABASE_URL")
        .env_remove("DEALBELL_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"/ask question:\"How much discount can I give?\"\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let line: Value = serde_json::from_str(out(&o).lines().next().unwrap()).unwrap();
    let passages = line["reply"]["data"]["passages"].as_array().unwrap();
    assert!(
        !passages.is_empty(),
        "the playbook answers from any folder: {line}"
    );
}

#[test]
fn a_deals_export_reimports_with_every_row_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("export.db");
    let db = db.to_str().unwrap();
    let history = ":now 2026-03-10 09:00
/setup currency:EUR
:as \"Zofia Wójcik\"
/win amount:12.5k customer:\"Zakład Energetyczny Łódź\" product:\"GTX Pro\"
/win amount:\"$900\" customer:Globex
:as 王芳
/deal add customer:北京星辰科技有限公司 amount:30k stage:proposal close:2026-04-30
/deal add customer:\"Bäckerei Müller KG\" amount:8k
/deal lost id:4 reason:\"price, and timing\"
";
    let o = dealbell(&["--db", db, "console", "--guild", "a"], Some(history));
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let first = dir.path().join("a.csv");
    let o = dealbell(
        &[
            "--db",
            db,
            "export",
            "deals",
            "--guild",
            "a",
            "-o",
            first.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let a = std::fs::read_to_string(&first).unwrap();
    assert!(a.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
    assert_eq!(a.lines().count(), 5, "a header and four deals: {a}");
    assert!(a.contains("Zakład Energetyczny Łódź") && a.contains("北京星辰科技有限公司"));
    assert!(a.contains("12500.00,EUR,1250000,\"12,500.00 EUR\""), "{a}");
    // Into another team, and out again: the same rows.
    let o = dealbell(
        &[
            "--db",
            db,
            "import",
            "deals",
            first.to_str().unwrap(),
            "--guild",
            "b",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let o = dealbell(&["--db", db, "export", "deals", "--guild", "b"], None);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), a, "every row reads back unchanged");
}

#[test]
fn the_shell_exports_boards_quotas_and_activities_as_chat_does() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("export.db");
    let db = db.to_str().unwrap();
    let history = ":now 2026-03-10 09:00
/setup currency:EUR
:as Łucja
/win amount:12k customer:Acme
/activity log kind:call count:3
:as Bogdan
/win amount:4k customer:Globex
:as you manager
/quota set rep:@Łucja amount:50k period:month
";
    let o = dealbell(&["--db", db, "console", "--guild", "a"], Some(history));
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let export = |kind: &str, extra: &[&str]| {
        let mut args = vec!["--db", db, "--now", "2026-03-11T10:00:00Z", "export", kind];
        args.extend_from_slice(&["--guild", "a"]);
        args.extend_from_slice(extra);
        dealbell(&args, None)
    };
    let o = export("leaderboard", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let board = out(&o);
    assert!(board.starts_with('\u{feff}'), "{board}");
    assert_eq!(
        board.lines().skip(1).collect::<Vec<_>>(),
        [
            "1,Łucja,1200000,\"12,000 EUR\",1 deal,",
            "2,Bogdan,400000,\"4,000 EUR\",1 deal,"
        ]
    );
    let o = export(
        "leaderboard",
        &["--metric", "deals", "--period", "last_month"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        out(&o).lines().count(),
        1,
        "no deals last month: {}",
        out(&o)
    );
    let o = export("quota", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let quota = out(&o);
    assert!(
        quota.contains(
            "rep,Łucja,March 2026,2026-03-01,EUR,5000000,\"50,000.00 EUR\",1200000,\"12,000.00 EUR\",2400,24.0 %,1818181,618181,3300000"
        ),
        "{quota}"
    );
    let file = dir.path().join("activities.csv");
    let o = export("activities", &["-o", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("1 row written"), "{}", err(&o));
    let activities = std::fs::read_to_string(&file).unwrap();
    assert!(
        activities.contains(",Łucja,call,3,2026-03-10,"),
        "{activities}"
    );
    // A period chat would refuse is refused here in the same words, and nothing is written.
    let o = export("leaderboard", &["--period", "someday"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Use one of: week"), "{}", err(&o));
    assert_eq!(out(&o), "");
}

#[test]
fn run_checks_its_shard_range() {
    let o = dealbell(&["run", "--shards", "3-1", "--shard-total", "8"], None);
    assert!(!o.status.success());
    assert!(err(&o).contains("runs backwards"), "{}", err(&o));
    let o = dealbell(&["run", "--shards", "0-8", "--shard-total", "8"], None);
    assert!(err(&o).contains("one less than the total"), "{}", err(&o));
    let o = dealbell(&["run", "--shards", "0-3"], None);
    assert!(!o.status.success());
    assert!(err(&o).contains("--shard-total"), "{}", err(&o));
}

/// The console has no app language: a member's /language, else the team's /setup
/// language, answers.
#[test]
fn the_console_answers_in_the_teams_language_then_in_the_members_own() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lang.db");
    let o = dealbell(
        &["--db", db.to_str().unwrap(), "console", "--guild", "lang"],
        Some(
            ":as ana manager\n/setup language:ar\n/win amount:100 customer:Acme\n/language set:pl\n/win amount:200 customer:Beta\n",
        ),
    );
    let said = out(&o);
    // Names inside Arabic text are isolated (U+2068 … U+2069) so they keep their own
    // direction.
    assert!(
        said.contains("🎉 صفقة رابحة: \u{2068}ana\u{2069} — \u{2068}Acme\u{2069}!"),
        "{said}"
    );
    assert!(said.contains("Twój język"), "{said}");
    assert!(said.contains("🎉 Wygrana: ana — Beta!"), "{said}");
}

/// `--lang` and `:lang` ask as a phone set to that language would: ahead of the member's
/// own /language; `:lang auto` stops.
#[test]
fn the_console_asks_in_the_language_it_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lang.db");
    let o = dealbell(
        &[
            "--db",
            db.to_str().unwrap(),
            "console",
            "--guild",
            "lang",
            "--lang",
            "ro",
        ],
        Some(
            ":as ana\n/language set:pl\n/win amount:100 customer:Acme\n:lang de\n/win amount:200 customer:Beta\n:lang xx\n:lang auto\n/language set:de auto:true\n/win amount:300 customer:Gamma\n",
        ),
    );
    let said = out(&o);
    assert!(said.contains("🎉 Vânzare câștigată: ana — Acme!"), "{said}");
    assert!(said.contains("Valoare:"), "{said}");
    assert!(said.contains("🎉 ana gewinnt Beta!"), "{said}");
    // The console's own words follow the language too: lines were asked in German.
    assert!(
        said.contains("Dealbell spricht kein „xx“"),
        "{said}{}",
        err(&o)
    );
    assert!(said.contains("Ești ana."), "{said}");
    // A refusal is said in the reader's language too: ana chose Polish.
    assert!(
        said.contains("Wybierz język albo tryb automatyczny, nie oba naraz."),
        "{said}"
    );
    // Without a language of its own, the member's /language answers.
    assert!(said.contains("🎉 Wygrana: ana — Gamma!"), "{said}");
    let o = dealbell(
        &["--db", db.to_str().unwrap(), "console", "--lang", "fr"],
        Some(""),
    );
    assert_ne!(o.status.code(), Some(0), "French is refused by the shell");
}
