//! The same team's week in each of Dealbell's six languages: a win (the reply and the
//! wins channel's post), a leaderboard, `/quota check`, `/comp estimate`, an error,
//! `/help` for one command, five calls logged and the win undone, a contest's standings,
//! a duel challenged and one refused, an amount that does not read and a manager's
//! command refused, as the console shows them; then a manager changes a setting. The texts are checked in (`tests/snapshots/<language>.txt`)
//! for reviewers and translators to read; a change to a word shows as a diff here.
//!
//! After a deliberate change, write them again with
//! `DEALBELL_WRITE_SNAPSHOTS=1 cargo test --test it languages` and read the diff.

use crate::support::{Driver, posts_in, project_dir};

const LANGUAGES: [&str; 6] = ["en", "de", "pl", "ro", "zh-CN", "ar"];

/// One language's snapshot: the reader asks in `language`, and the team speaks it too
/// (so the channel's post is in it as well).
async fn week_in(language: &str) -> String {
    let mut d = Driver::new().await;
    d.script(&format!(
        "/setup currency:EUR wins_channel:#wins language:{language}
:lang {language}
/comp plan file:@tests/fixtures/plan.toml
:as bob
/win amount:40k customer:Acme product:\"gtk 500\"
:as carol
/win amount:12.5k customer:Globex
:as you manager
/quota set rep:@bob amount:100k period:quarter
/contest create name:Sprint end:2026-03-20 metric:deals prize:\"Team dinner\"
:as bob"
    ))
    .await;
    posts_in(&d, "wins");
    let mut sections = Vec::new();
    let win = d.shown("/win amount:55.8k customer:Initech").await;
    sections.push(("/win amount:55.8k customer:Initech", win));
    sections.push(("→ #wins", posts_in(&d, "wins").join("\n")));
    for line in [
        "/leaderboard",
        "/quota check",
        "/comp estimate amount:10k",
        "/comp plan",
        "/deal show id:99",
        "/deal history id:1",
        "/help command:win",
        "/activity log kind:call count:5",
        "/deal undo",
        "/contest standings",
        "/duel challenge rep:@carol metric:deals days:5",
        "/duel challenge rep:@bob",
        "/win amount:0,500 customer:Acme",
        "/setup language:en",
    ] {
        let shown = d.shown(line).await;
        sections.push((line, shown));
    }
    // A manager's view of the team's settings, one of them changed.
    d.ok(":as you manager").await;
    let setup = "/setup weekend:fri_sat";
    sections.push((setup, d.shown(setup).await));
    for line in ["/alerts rules", "/alerts set rule:stale threshold:0"] {
        sections.push((line, d.shown(line).await));
    }
    let mut text = format!("# Dealbell in {language}: Tuesday 10 March 2026, bob's view\n");
    for (asked, shown) in sections {
        text.push_str(&format!("\n## {asked}\n\n{shown}\n"));
    }
    text
}

#[tokio::test]
async fn each_language_reads_as_its_checked_in_snapshot() {
    let folder = project_dir().join("tests/snapshots");
    let write = std::env::var_os("DEALBELL_WRITE_SNAPSHOTS").is_some();
    let mut differ = Vec::new();
    for language in LANGUAGES {
        let text = week_in(language).await;
        let path = folder.join(format!("{language}.txt"));
        if write {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        if kept != text {
            differ.push(format!(
                "{language}: {} differs; now:\n{text}",
                path.display()
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{}\n(after a deliberate change: DEALBELL_WRITE_SNAPSHOTS=1 cargo test --test it languages)",
        differ.join("\n")
    );
}

/// Whether a line names a command (`/comp estimate`), which stays as typed in every
/// language, whatever punctuation is before it.
fn names_a_command(line: &str) -> bool {
    line.match_indices('/')
        .any(|(i, _)| line[i + 1..].starts_with(|c: char| c.is_ascii_lowercase()))
}

#[tokio::test]
async fn every_snapshot_but_englishs_is_free_of_english_sentences() {
    // Names, commands and codes stay as they are; the sentences around them do not.
    let english = [
        " won ",
        "Revenue",
        "quota",
        "deal #",
        "Nobody",
        "There is no",
        "business days",
        "commission",
        "estimate",
        "Undo",
        "standings",
        "challenges",
        "Prize",
        "yourself",
        "ambiguous",
        "Only managers",
        "Timezone",
        "Changed",
        "threshold is",
        "pipeline is below",
        "Alert rules",
        "History of",
        "stage change",
        "of revenue",
        "is paid",
    ];
    for language in LANGUAGES.iter().filter(|l| **l != "en") {
        let text = week_in(language).await;
        for phrase in english {
            let found: Vec<&str> = text
                .lines()
                .filter(|line| line.contains(phrase) && !line.trim_start().starts_with('#'))
                .filter(|line| !names_a_command(line) && !line.contains("rep:@"))
                .collect();
            assert!(
                found.is_empty(),
                "{language}: {phrase:?} in {found:?}\n{text}"
            );
        }
    }
}

/// What goes out on its own, with nobody asking, is in the team's language too: a
/// scheduled quota post, and a nudge in the nudges channel.
#[tokio::test]
async fn posts_nobody_asked_for_are_in_the_teams_language() {
    let mut d = Driver::new().await;
    d.script(
        "/setup currency:PLN language:pl nudges_channel:#nudges
/quota set everyone:true amount:100k period:month
/schedule add kind:quota cron:\"daily 17:00\" channel:#sales
:as bob
/win amount:12.5k customer:Acme",
    )
    .await;
    d.ok(":advance 9h").await;
    let sales = posts_in(&d, "sales").join("\n");
    assert!(
        sales.contains("🎯 Realizacja planów — 10 mar 2026"),
        "{sales}"
    );
    assert!(
        sales.contains("Wszyscy · marzec 2026: ▓░░░░░░░░░ 12,5% z 100\u{a0}000 PLN"),
        "{sales}"
    );
    // A week with nothing logged: bob hears from Dealbell in Polish.
    d.ok(":advance 7d").await;
    let nudges = posts_in(&d, "nudges").join("\n");
    assert!(nudges.contains("👋 bob, coś do zapisania?"), "{nudges}");
    assert!(nudges.contains("dni roboczych"), "{nudges}");
    assert!(!nudges.contains("anything to log"), "{nudges}");
}
