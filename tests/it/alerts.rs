//! Forecast alerts and forecast accuracy through the console. The clock starts on
//! Tuesday 10 March 2026 at 09:00 UTC; Q1 ends on 31 March (22 days left, today counted).

use crate::support::{Driver, says, text};
use dealbell::reply::Post;

/// A team with a managers' channel, the given rules switched off, and an alerts check
/// every day at 09:30.
async fn team(off: &[&str]) -> Driver {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR managers_channel:#managers").await;
    for rule in off {
        d.ok(&format!("/alerts set rule:{rule} enabled:false"))
            .await;
    }
    let r = d.ok("/schedule add kind:alerts cron:\"daily 09:30\"").await;
    assert_eq!(
        r["data"]["schedules"][0]["channel_id"], "managers",
        "alerts go to the managers' channel by default"
    );
    d
}

/// Moves the clock and returns what was posted to the managers' channel and by DM.
async fn advance(d: &mut Driver, by: &str) -> (Vec<String>, Vec<Post>) {
    d.ok(&format!(":advance {by}")).await;
    let posts = d.console.take_posts();
    let managers = posts
        .iter()
        .filter(|p| p.to.to_string() == "managers")
        .flat_map(|p| p.message.lines.clone())
        .collect();
    let dms = posts
        .into_iter()
        .filter(|p| p.to.to_string().starts_with("dm:"))
        .collect();
    (managers, dms)
}

#[tokio::test]
async fn projected_miss_fires_once_again_when_worse_back_and_after_a_snooze() {
    let mut d = team(&[
        "slipped",
        "stale",
        "coverage",
        "forecast_drop",
        "large_deal",
    ])
    .await;
    d.ok("/alerts set rule:attainment threshold:80 days:30")
        .await;
    d.script(
        ":as bob
/win amount:30k customer:Won
:as you manager
/quota set rep:@bob amount:100k period:quarter",
    )
    .await;

    // 09:30: 30k won in 49 of 64 business days projects 37 % (blended 37,031 EUR).
    let (lines, _) = advance(&mut d, "30m").await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("`#1` **Projected to miss** —"),
        "{lines:?}"
    );
    assert!(
        lines[0].contains("bob is projected at 37.0 % of quota for Q1 FY2026 (Jan–Mar 2026) (37,031 EUR of 100,000 EUR), 22 days left"),
        "{lines:?}"
    );

    // The next day it is as bad (36.5 %): nothing is sent.
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(lines.is_empty(), "{lines:?}");
    let list = d.ok("/alerts list").await;
    assert_eq!(list["data"]["alerts"][0]["times_sent"], 1);

    // A bigger quota makes it at least 5 points worse: sent again, marked worse.
    d.ok("/quota set rep:@bob amount:200k period:quarter").await;
    let (lines, _) = advance(&mut d, "1d").await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("· worse — bob is projected at 18.0 %"),
        "{lines:?}"
    );

    // Resolved when the quota is within reach, and sent again when it comes back.
    d.ok("/quota set rep:@bob amount:30k period:quarter").await;
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(lines.is_empty(), "{lines:?}");
    assert_eq!(
        d.ok("/alerts list").await["data"]["alerts"],
        serde_json::json!([])
    );
    d.ok("/quota set rep:@bob amount:150k period:quarter").await;
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(
        lines[0].contains("`#1` **Projected to miss** · back — bob"),
        "{lines:?}"
    );

    // Snoozed: quiet even when worse, until the snooze ends.
    let r = d.ok("/alerts snooze id:1 days:3").await;
    assert!(
        r["message"]["title"]
            .as_str()
            .unwrap()
            .contains("snoozed until 17 Mar 2026")
    );
    d.ok("/quota set rep:@bob amount:500k period:quarter").await;
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(lines.is_empty(), "snoozed: {lines:?}");
    let list = d.ok("/alerts list").await;
    says(&list, "💤 until 17 Mar");
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(lines.is_empty(), "{lines:?}");
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(
        lines[0].contains("· worse — bob is projected at 6.9 %"),
        "{lines:?}"
    );

    assert!(
        d.refused("/alerts snooze id:9 days:3")
            .await
            .contains("no alert #9")
    );
    d.ok(":as bob").await;
    assert!(d.refused("/alerts list").await.contains("managers"));
}

#[tokio::test]
async fn slipped_stale_and_large_deals_with_nudges() {
    let mut d = team(&["attainment", "coverage", "forecast_drop"]).await;
    d.ok("/alerts set rule:dm_nudges enabled:true").await;
    d.ok("/setup nudges:dm").await;
    d.ok("/alerts set rule:stale threshold:7").await;
    d.script(
        ":as bob
/deal add customer:Late amount:60k stage:proposal close:2026-03-05
/deal add customer:Small amount:5k stage:proposal close:2026-04-30",
    )
    .await;
    let (lines, dms) = advance(&mut d, "30m").await;
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0]
            .contains("**Slipped deal** — #1 Late (bob) — 60,000 EUR was due 5 Mar, 5 days ago"),
        "{lines:?}"
    );
    assert!(
        lines[1].contains("**Large deal** — #1 Late (bob) opened at Proposal — 60,000 EUR"),
        "the small deal is no news: {lines:?}"
    );
    assert_eq!(dms.len(), 1, "one nudge, for the slipped deal");
    assert_eq!(dms[0].to.to_string(), "dm:bob");
    assert!(dms[0].message.lines[1].contains("/deal edit id:1 close:"));

    // Six days on: slipped 11 days (less than a week worse), nothing new.
    for _ in 0..6 {
        let (lines, dms) = advance(&mut d, "1d").await;
        assert!(lines.is_empty() && dms.is_empty(), "{lines:?}");
    }
    // Day 7: a week worse. Both deals untouched for 7 days: stale.
    let (lines, _) = advance(&mut d, "1d").await;
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].contains(
        "**Slipped deal** · worse — #1 Late (bob) — 60,000 EUR was due 5 Mar, 12 days ago"
    ));
    assert!(lines[1].contains("**Stale deal** — #1 Late (bob) — 60,000 EUR, no change for 7 days"));
    assert!(lines[2].contains("**Stale deal** — #2 Small"));

    // Bob wins the big one: good news is news; its slipped and stale alerts resolve.
    d.ok(":as bob").await;
    d.ok("/deal won id:1").await;
    let (lines, _) = advance(&mut d, "1d").await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("**Large deal** — #1 Late (bob) 🎉 won — 60,000 EUR"),
        "{lines:?}"
    );
    d.ok(":as you manager").await;
    let open: Vec<String> = d.ok("/alerts list").await["data"]["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                a["rule"].as_str().unwrap(),
                a["subject"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(open, vec!["large_deal deal:1", "stale deal:2"]);
}

#[tokio::test]
async fn coverage_and_forecast_drop() {
    let mut d = team(&["attainment", "slipped", "stale", "large_deal"]).await;
    d.script(
        ":as bob
/deal add customer:Big amount:40k stage:negotiation close:2026-03-25
/deal add customer:Mid amount:20k stage:proposal close:2026-03-26
:as you manager
/quota set rep:@bob amount:50k period:quarter",
    )
    .await;
    // Coverage 60k ÷ 50k = 1.2×, under 2×. Nothing to compare with yet.
    let (lines, _) = advance(&mut d, "30m").await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("**Thin pipeline** — bob has 1.20× pipeline for the 50,000 EUR of quota left in Q1 FY2026 (Jan–Mar 2026) (rule: 2.00×)"),
        "{lines:?}"
    );
    // The big deal is lost: the blended projection falls from 9,375 to 2,187 EUR.
    d.ok(":as bob").await;
    d.ok("/deal lost id:1 reason:budget").await;
    let (lines, _) = advance(&mut d, "1d").await;
    let drop: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("Forecast dropped"))
        .collect();
    assert_eq!(drop.len(), 2, "bob and everyone: {lines:?}");
    assert!(
        drop.iter()
            .any(|l| l.contains("bob's blended projection for Q1 FY2026 (Jan–Mar 2026) fell")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("**Thin pipeline** · worse — bob has 0.40×")),
        "{lines:?}"
    );
    // Steady the day after: the drop resolves, nothing is sent.
    let (lines, _) = advance(&mut d, "1d").await;
    assert!(lines.is_empty(), "{lines:?}");
}

#[tokio::test]
async fn rules_are_shown_and_changed_with_checks() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    let r = d.ok("/alerts rules").await;
    let rules = r["data"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 6);
    assert_eq!(rules[0]["rule"], "attainment");
    assert_eq!(
        rules[0]["description"],
        "projected attainment below 80% with 15 or fewer days left in the period"
    );
    assert_eq!(r["data"]["dm_nudges"], false);
    let r = d.ok("/alerts set rule:coverage threshold:300").await;
    assert_eq!(r["data"]["rules"][3]["threshold"], 300);
    assert!(text(&r).contains("below 3.00× what is left"));
    assert!(
        d.refused("/alerts set rule:coverage")
            .await
            .contains("Nothing to change")
    );
    assert!(
        d.refused("/alerts set rule:stale days:3")
            .await
            .contains("only attainment")
    );
    assert!(
        d.refused("/alerts set rule:forecast_drop threshold:0")
            .await
            .contains("forecast_drop threshold is a percentage, 1–100")
    );
    assert!(
        d.refused("/alerts set rule:dm_nudges")
            .await
            .contains("enabled:true")
    );
    // Nothing stored was touched by the refusals.
    assert_eq!(
        d.ok("/alerts rules").await["data"]["rules"][3]["threshold"],
        300
    );
    d.ok(":as bob").await;
    assert!(d.refused("/alerts rules").await.contains("managers"));
}

#[tokio::test]
async fn forecast_accuracy_compares_each_day_with_what_closed() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.script(
        ":as bob
/win amount:30k customer:Won
/deal add customer:A amount:20k stage:negotiation close:2026-03-20",
    )
    .await;
    assert!(
        d.refused("/forecast accuracy period:month")
            .await
            .contains("No forecasts of March 2026 were kept for bob")
    );
    assert!(
        d.refused("/forecast accuracy period:year")
            .await
            .contains("months and quarters")
    );
    // Snapshots are taken at the first scheduler step of each day; the bot is off
    // until 11 March.
    d.ok(":down 1d").await;
    for _ in 0..9 {
        d.ok(":advance 1d").await;
    }
    d.ok("/deal won id:2").await; // 20 March
    for _ in 0..13 {
        d.ok(":advance 1d").await;
    }
    let r = d.ok("/forecast accuracy period:last_month").await;
    let a = &r["data"];
    assert_eq!(a["actual"], 5_000_000);
    assert_eq!(a["running"], false);
    assert_eq!(
        a["closest"],
        serde_json::json!(["commit", "best_case"]),
        "both said 50k every day"
    );
    // 11 March: 30k won in 8 of 22 business days; A (20k) committed at 75 %.
    let first = &a["rows"][0];
    assert_eq!(first["day"], "2026-03-11");
    let errors: std::collections::BTreeMap<String, i64> =
        serde_json::from_value(first["errors_bp"].clone())
            .map(|v: Vec<(String, i64)>| v.into_iter().collect())
            .unwrap();
    assert_eq!(errors["commit"], 0);
    assert_eq!(errors["weighted"], 1_000, "45k against 50k");
    assert_eq!(errors["run_rate"], 6_500, "30k × 22 ÷ 8 = 82.5k");
    assert_eq!(
        errors["blended"], 1_727,
        "(8 × 82.5k + 14 × 45k) ÷ 22 = 58.6k"
    );
    assert!(text(&r).contains("Closest on average: Commit, Best case"));
    d.ok(":as carol").await;
    assert!(
        d.refused("/forecast accuracy rep:@bob")
            .await
            .contains("Only managers")
    );
}

#[tokio::test]
async fn a_long_list_of_alerts_is_summed_up_after_twenty() {
    let mut d = team(&[
        "attainment",
        "coverage",
        "forecast_drop",
        "large_deal",
        "stale",
    ])
    .await;
    d.ok(":as bob").await;
    for i in 0..25 {
        d.ok(&format!(
            "/deal add customer:C{i} amount:1k stage:proposal close:2026-03-0{}",
            1 + i % 9
        ))
        .await;
    }
    let (lines, _) = advance(&mut d, "30m").await;
    assert_eq!(lines.len(), 21, "{lines:?}");
    assert_eq!(
        lines[20],
        "…and 5 more: 5 × Slipped deal. See them all with /alerts list."
    );
    d.ok(":as you manager").await;
    let r = d.ok("/alerts list").await;
    assert_eq!(r["data"]["alerts"].as_array().unwrap().len(), 25);
}

#[tokio::test]
async fn a_forecast_schedule_posts_everyones_forecast() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.script(
        ":as bob
/win amount:30k customer:Won
/deal add customer:A amount:20k stage:negotiation close:2026-03-20
:as you manager",
    )
    .await;
    assert!(
        d.refused("/schedule add kind:forecast cron:\"daily 10:00\" metric:deals")
            .await
            .contains("metric is for leaderboard and digest posts")
    );
    d.ok("/schedule add kind:forecast cron:\"weekly friday 16:00\" channel:#managers period:month")
        .await;
    d.ok(":advance 3d8h").await;
    let posts = d.console.take_posts();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].to.to_string(), "managers");
    let m = &posts[0].message;
    assert_eq!(m.title, "🔮 Forecast — Everyone — March 2026");
    let commit = m.fields.iter().find(|f| f.name == "Commit").unwrap();
    assert_eq!(commit.value, "50,000 EUR");
}

#[tokio::test]
async fn a_large_win_before_a_long_gap_is_still_reported() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR managers_channel:#managers").await;
    for rule in [
        "attainment",
        "slipped",
        "stale",
        "coverage",
        "forecast_drop",
    ] {
        d.ok(&format!("/alerts set rule:{rule} enabled:false"))
            .await;
    }
    // Tuesday: alerts every Monday at 08:30 (the first check is next Monday).
    d.ok("/schedule add kind:alerts cron:\"weekly monday 08:30\"")
        .await;
    // Friday afternoon, a 90k win.
    d.ok(":now 2026-03-13 16:00").await;
    d.script(":as bob\n/win amount:90k customer:\"Friday Corp\"\n:as you manager")
        .await;
    // Monday 08:30, almost three days later: the win is in the first report.
    d.ok(":now 2026-03-16 08:00").await;
    let (lines, _) = advance(&mut d, "1h").await;
    assert!(
        lines.iter().any(|l| l.contains("Friday Corp")),
        "the Friday win is reported on Monday: {lines:?}"
    );
}

#[tokio::test]
async fn open_alerts_show_todays_figures_and_a_rule_turned_off_closes_its_alerts() {
    let mut d = team(&[
        "attainment",
        "slipped",
        "stale",
        "large_deal",
        "forecast_drop",
    ])
    .await;
    d.script(
        ":as bob
/deal add customer:Big amount:40k stage:negotiation close:2026-03-25
:as you manager
/quota set rep:@bob amount:50k period:quarter",
    )
    .await;
    advance(&mut d, "30m").await;
    let r = d.ok("/alerts list").await;
    says(
        &r,
        "bob has 0.80× pipeline for the 50,000 EUR of quota left",
    );
    // bob wins 20k the next day: 30,000 is left, and coverage is 40k ÷ 30k.
    d.script(":as bob\n/win amount:20k customer:Quick\n:as you manager")
        .await;
    d.ok(":advance 1d").await;
    d.ok(":now 2026-03-11 15:00").await;
    let r = d.ok("/alerts list").await;
    let shown = text(&r);
    assert!(
        shown.contains("1.33× pipeline for the 30,000 EUR of quota left"),
        "today's figures, not the first day's: {shown}"
    );
    assert!(!shown.contains("50,000 EUR of quota left"), "{shown}");
    // Turned off, the rule's alerts close at once.
    let r = d.ok("/alerts set rule:coverage enabled:false").await;
    says(&r, "open alert");
    let r = d.ok("/alerts list").await;
    says(&r, "Nothing open");
    assert_eq!(r["data"]["alerts"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn a_forgotten_member_is_not_named_by_an_open_alert() {
    let mut d = team(&["attainment", "slipped", "forecast_drop", "coverage"]).await;
    d.ok("/alerts set rule:stale threshold:3").await;
    d.script(":as bob\n/deal add customer:Idle amount:60k stage:proposal close:2026-04-30")
        .await;
    d.ok(":as you manager").await;
    advance(&mut d, "30m").await;
    // A large deal's alert is not measured again: it is kept as it was found.
    says(&d.ok("/alerts list").await, "Idle (bob) opened at Proposal");
    d.ok("/privacy forget user:@bob confirm:true").await;
    let r = d.ok("/alerts list").await;
    let shown = text(&r);
    assert!(!shown.contains("bob"), "{shown}");
    assert!(shown.contains("former member"), "{shown}");
}

/// An alert keeps what it found, not the words it was sent with: the owner's nudge is
/// in their own language, the managers' post in the team's, and when the team changes
/// language the open alerts (the large deal's too, which is never measured again) read
/// in the new one.
#[tokio::test]
async fn an_alert_found_in_one_language_reads_in_another() {
    let mut d = team(&["attainment", "coverage", "forecast_drop", "stale"]).await;
    d.ok("/alerts set rule:dm_nudges enabled:true").await;
    d.ok("/setup nudges:dm").await;
    d.script(
        ":as bob
/language set:pl
/deal add customer:Late amount:60k stage:proposal close:2026-03-05",
    )
    .await;
    let (lines, dms) = advance(&mut d, "30m").await;
    assert!(
        lines[0]
            .contains("**Slipped deal** — #1 Late (bob) — 60,000 EUR was due 5 Mar, 5 days ago"),
        "{lines:?}"
    );
    assert_eq!(dms.len(), 1, "{dms:?}");
    let nudge = &dms[0].message;
    assert!(
        nudge.title.contains("transakcja nr 1 wymaga aktualizacji"),
        "{nudge:?}"
    );
    assert!(
        nudge.lines[0].starts_with("Transakcja po terminie:"),
        "{nudge:?}"
    );

    d.ok(":as you manager").await;
    d.ok("/setup language:de").await;
    let shown = text(&d.ok("/alerts list").await);
    assert!(shown.contains("Offene Warnungen (2)"), "{shown}");
    assert!(
        shown.contains(
            "Überfälliger Deal — #1 Late (bob) — 60.000 EUR war fällig am 5. März, vor 5 Tagen"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("Großer Deal — #1 Late (bob) eröffnet in Proposal — 60.000 EUR"),
        "{shown}"
    );
    let snoozed = text(&d.ok("/alerts snooze id:2 days:3").await);
    assert!(snoozed.contains("eröffnet in Proposal"), "{snoozed}");
}
