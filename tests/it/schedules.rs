//! Scheduled posts: the commands, firing, catch-up after downtime, exactly once under
//! racing steps, pause/resume, and daylight-saving changes. The clock starts on
//! Tuesday 10 March 2026 at 09:00 UTC (10:00 in Berlin).

use crate::support::{Driver, text};
use dealbell::config::Config;
use dealbell::console::outbox::Outbox;
use dealbell::scheduler::Scheduler;
use std::sync::Arc;

async fn berlin() -> Driver {
    let mut d = Driver::new().await;
    d.ok("/setup timezone:Europe/Berlin currency:EUR").await;
    d.ok("/win amount:5k customer:Acme").await;
    d
}

fn statuses(d: &Driver, fired: &str) -> Vec<String> {
    // "... Scheduled posts: #1 skipped, #1 late." → ["#1 skipped", "#1 late"]
    let _ = d;
    fired
        .split("Scheduled posts: ")
        .nth(1)
        .map(|s| {
            s.trim_end_matches('.')
                .split(", ")
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

async fn advance(d: &mut Driver, by: &str) -> Vec<String> {
    match d.console.execute(&format!(":advance {by}")).await {
        dealbell::console::Outcome::Directive(text) => statuses(d, &text),
        other => panic!(":advance gave {other:?}"),
    }
}

/// The bot is off for `by`, then starts again.
async fn down(d: &mut Driver, by: &str) -> Vec<String> {
    match d.console.execute(&format!(":down {by}")).await {
        dealbell::console::Outcome::Directive(text) => statuses(d, &text),
        other => panic!(":down gave {other:?}"),
    }
}

#[tokio::test]
async fn managing_schedules() {
    let mut d = berlin().await;
    let r = d.ok("/schedule add kind:leaderboard cron:\"0 9 * * MON\" channel:#sales metric:deals period:week").await;
    let s = &r["data"]["schedules"][0];
    assert_eq!(
        (s["number"].as_i64(), s["cron"].as_str()),
        (Some(1), Some("0 0 9 * * MON"))
    );
    assert_eq!(s["next"][0], "2026-03-16T08:00:00Z", "Monday 09:00 CET");
    d.ok("/schedule add kind:quota cron:\"monthly 1 09:00\" channel:#managers")
        .await;
    let r = d.ok("/schedule list").await;
    assert_eq!(r["data"]["schedules"].as_array().unwrap().len(), 2);
    let r = d.ok("/schedule preview id:2").await;
    let next: Vec<&str> = r["data"]["schedules"][0]["next"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(
        next,
        vec![
            "2026-04-01T07:00:00Z",
            "2026-05-01T07:00:00Z",
            "2026-06-01T07:00:00Z",
            "2026-07-01T07:00:00Z",
            "2026-08-01T07:00:00Z"
        ]
    );
    d.ok("/schedule pause id:1").await;
    assert!(
        d.refused("/schedule pause id:1")
            .await
            .contains("already paused")
    );
    let r = d.ok("/schedule list").await;
    assert!(text(&r).contains("paused"));
    d.ok("/schedule resume id:1").await;
    d.ok("/schedule remove id:2").await;
    assert!(
        d.refused("/schedule preview id:2")
            .await
            .contains("no schedule #2")
    );
    // Refusals.
    assert!(
        d.refused("/schedule add kind:leaderboard cron:\"every so often\" channel:#x")
            .await
            .contains("five cron fields")
    );
    assert!(
        d.refused("/schedule add kind:leaderboard cron:\"*/5 * * * *\" channel:#x")
            .await
            .contains("at most hourly")
    );
    assert!(
        d.refused("/schedule add kind:leaderboard cron:\"daily 9:00\" channel:#x period:decade")
            .await
            .contains("Use one of")
    );
    assert!(
        d.refused("/schedule add kind:poem cron:\"daily 09:00\" channel:#x")
            .await
            .contains("Use one of")
    );
    d.ok(":as bob").await;
    assert!(d.refused("/schedule list").await.contains("Only managers"));
}

#[tokio::test]
async fn a_schedule_posts_when_due_once() {
    let mut d = berlin().await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    assert_eq!(
        advance(&mut d, "7h").await,
        Vec::<String>::new(),
        "16:00 UTC: not yet"
    );
    assert_eq!(
        advance(&mut d, "30m").await,
        vec!["#1 posted"],
        "17:30 in Berlin is 16:30 UTC"
    );
    let posts = d.console.take_posts();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].to.to_string(), "sales");
    assert!(posts[0].message.title.contains("Revenue won — March 2026"));
    assert_eq!(
        advance(&mut d, "1h").await,
        Vec::<String>::new(),
        "not again"
    );
    assert_eq!(d.ok(":tick").await, serde_json::Value::Null);
    assert!(d.console.take_posts().is_empty());
    assert_eq!(
        down(&mut d, "23h30m").await,
        vec!["#1 late"],
        "down until the next day, then half an hour late"
    );
    let posts = d.console.take_posts();
    assert!(
        posts[0].message.lines[0]
            .starts_with("⏰ Posted late: this was due Wed, 11 Mar 2026 17:30 CET")
    );
}

#[tokio::test]
async fn after_downtime_only_the_latest_missed_post_goes_out() {
    let mut d = berlin().await;
    d.ok("/schedule add kind:digest cron:\"daily 17:30\" channel:#sales")
        .await;
    // Down from Tuesday morning to Friday 18:30 Berlin.
    let fired = down(&mut d, "80h30m").await;
    assert_eq!(fired, vec!["#1 skipped ×3", "#1 late"], "summed up");
    let posts = d.console.take_posts();
    assert_eq!(posts.len(), 1);
    assert!(posts[0].message.title.starts_with("📬 Digest"));
    let r = d.ok("/schedule list").await;
    assert_eq!(r["data"]["schedules"][0]["last"]["status"], "posted");
    assert_eq!(r["data"]["schedules"][0]["last"]["late"], true);
}

#[tokio::test]
async fn advancing_lives_through_every_firing_in_order() {
    let mut d = berlin().await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    d.ok("/schedule add kind:digest cron:\"daily 09:00\" channel:#sales")
        .await;
    // Tuesday 10:00 Berlin to Friday 10:00: three evening boards, three morning digests.
    let fired = advance(&mut d, "3d").await;
    assert_eq!(fired, vec!["#1 posted ×3", "#2 posted ×3"]);
    let posts = d.console.take_posts();
    let titles: Vec<String> = posts
        .iter()
        .map(|p| p.message.title.chars().take(8).collect())
        .collect();
    assert_eq!(titles.len(), 6);
    assert!(
        titles[0].starts_with("🏆") && titles[1].starts_with("📬"),
        "in the order they fell due: {titles:?}"
    );
    assert!(
        posts
            .iter()
            .all(|p| !p.message.lines.iter().any(|l| l.contains("Posted late"))),
        "none of them late"
    );
}

#[tokio::test]
async fn posts_older_than_the_grace_window_are_skipped() {
    let mut config = Config::defaults();
    config.schedule_grace_minutes = 30;
    let mut d = Driver::with_config(config).await;
    d.ok("/setup timezone:Europe/Berlin").await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    assert_eq!(
        down(&mut d, "8h30m").await,
        vec!["#1 skipped"],
        "an hour late is past a 30-minute grace"
    );
    assert!(d.console.take_posts().is_empty());
}

#[tokio::test]
async fn two_steps_racing_post_once() {
    let mut d = berlin().await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    d.ok(":now 2026-03-10 17:31").await;
    let app = d.console.app().clone();
    let (a, b) = (Outbox::default(), Outbox::default());
    let first = Scheduler::new(app.clone(), Arc::new(a.clone()));
    let second = Scheduler::new(app.clone(), Arc::new(b.clone()));
    let now = app.clock.now();
    let (x, y) = tokio::join!(first.run_due(now), second.run_due(now));
    let fired = x.unwrap().len() + y.unwrap().len();
    assert_eq!(fired, 1);
    assert_eq!(a.drain().len() + b.drain().len(), 1, "exactly one post");
    // A restart (a new scheduler) at the same moment posts nothing more.
    let third = Scheduler::new(app.clone(), Arc::new(Outbox::default()));
    assert!(third.run_due(now).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_resumed_schedule_owes_nothing_from_its_pause() {
    let mut d = berlin().await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    d.ok("/schedule pause id:1").await;
    assert!(advance(&mut d, "2d").await.is_empty());
    d.ok("/schedule resume id:1").await;
    let ticked = crate::support::directive(&mut d, ":tick").await;
    assert!(statuses(&d, &ticked).is_empty(), "nothing owed: {ticked}");
    assert!(d.console.take_posts().is_empty(), "nothing from the pause");
    assert_eq!(advance(&mut d, "7h30m").await, vec!["#1 posted"]);
}

#[tokio::test]
async fn daylight_saving_changes_post_once() {
    let mut d = berlin().await;
    d.ok(":now 2026-03-27 12:00").await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 02:30\" channel:#sales")
        .await;
    let mut fired = Vec::new();
    for _ in 0..(4 * 48) {
        fired.extend(advance(&mut d, "30m").await);
    }
    assert_eq!(
        fired,
        vec!["#1 posted", "#1 posted", "#1 posted", "#1 posted"],
        "28, 29 (at 03:00), 30, 31 March"
    );
    d.ok(":now 2026-10-23 12:00").await;
    d.ok("/schedule remove id:1").await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 02:30\" channel:#sales")
        .await;
    let mut fired = Vec::new();
    for _ in 0..(4 * 24 * 4) {
        fired.extend(advance(&mut d, "15m").await);
    }
    assert_eq!(
        fired.len(),
        4,
        "24, 25 (once, though 02:30 happens twice), 26, 27 October: {fired:?}"
    );
}

#[tokio::test]
async fn the_bot_takes_one_nightly_backup_a_day_and_keeps_the_newest() {
    if crate::support::on_postgres() {
        crate::support::skip(
            "schedules::the_bot_takes_one_nightly_backup_a_day_and_keeps_the_newest",
            "nightly backups copy a SQLite file; PostgreSQL is backed up by its own tools",
        );
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let mut config = Config::defaults();
    config.nightly_backup = Some(dealbell::config::NightlyBackup {
        folder: folder.path().join("nightly"),
        keep: 2,
        hour: 3,
    });
    let mut d = Driver::with_config(config).await;
    d.ok("/win amount:5k customer:Acme").await;
    let app = d.console.app().clone();
    let bot = Scheduler::new(app.clone(), Arc::new(Outbox::default()));
    let at = |day: u32, hour: u32| {
        format!("2026-03-{day:02}T{hour:02}:30:00Z")
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    };
    let files = || {
        let mut names: Vec<String> = std::fs::read_dir(folder.path().join("nightly"))
            .map(|r| {
                r.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    bot.run_due(at(11, 2)).await.unwrap();
    assert!(files().is_empty(), "not before the backup hour");
    bot.run_due(at(11, 3)).await.unwrap();
    bot.run_due(at(11, 9)).await.unwrap();
    assert_eq!(files(), ["dealbell-2026-03-11.db"], "one a day");
    // A second bot on the same database finds today's file and takes none.
    Scheduler::new(app.clone(), Arc::new(Outbox::default()))
        .run_due(at(11, 10))
        .await
        .unwrap();
    assert_eq!(files().len(), 1);
    for day in 12..=14 {
        bot.run_due(at(day, 4)).await.unwrap();
    }
    assert_eq!(
        files(),
        ["dealbell-2026-03-13.db", "dealbell-2026-03-14.db"],
        "the newest two are kept"
    );
}

/// A team with a daily leaderboard at 17:30 in Berlin, the clock at that moment.
async fn leaderboard_due_now() -> (Driver, dealbell::app::App, chrono::DateTime<chrono::Utc>) {
    let mut d = berlin().await;
    d.ok("/schedule add kind:leaderboard cron:\"daily 17:30\" channel:#sales")
        .await;
    d.ok(":now 2026-03-10 17:30").await;
    let app = d.console.app().clone();
    let now = app.clock.now();
    (d, app, now)
}

/// A scheduled post is written to the outbox with its firing's claim behind it: a
/// process that dies while sending it leaves it to the next one, which sends it once
/// its lease has run out, with the same nonce, and the firing reads "posted".
#[tokio::test]
async fn a_scheduled_post_cut_off_mid_send_goes_out_after_the_restart_once() {
    let (mut d, app, now) = leaderboard_due_now().await;
    let dying = Scheduler::new(app.clone(), Arc::new(crate::support::NeverAnswers));
    let cut_off =
        tokio::time::timeout(std::time::Duration::from_millis(300), dying.run_due(now)).await;
    assert!(cut_off.is_err(), "the send never finished");
    let restarted = Outbox::default();
    let scheduler = Scheduler::new(app.clone(), Arc::new(restarted.clone()));
    let soon = now + chrono::Duration::seconds(30);
    scheduler.run_due(soon).await.unwrap();
    assert!(
        restarted.drain().is_empty(),
        "the dead sender's lease holds"
    );
    let later = now + chrono::Duration::minutes(3);
    scheduler.run_due(later).await.unwrap();
    let posts = restarted.drain();
    assert_eq!(posts.len(), 1, "sent once the lease ran out: {posts:?}");
    assert!(posts[0].message.title.contains("Revenue won — March 2026"));
    assert!(
        posts[0]
            .nonce
            .as_deref()
            .is_some_and(|n| n.starts_with("dealbell-")),
        "with its nonce, so Discord drops it if the dead sender's post did arrive"
    );
    scheduler
        .run_due(later + chrono::Duration::hours(1))
        .await
        .unwrap();
    assert!(restarted.drain().is_empty(), "and never again");
    let list = d.ok("/schedule list").await;
    assert_eq!(list["data"]["schedules"][0]["last"]["status"], "posted");
}

/// A process that claimed a firing and died before writing its post down: a later step
/// takes the claim over once its lease has run out and posts it, once.
#[tokio::test]
async fn a_firing_claimed_by_a_process_that_died_is_posted_after_its_lease() {
    let (_team, app, now) = leaderboard_due_now().await;
    let guild = dealbell::console::guild_id_for("acme");
    let schedule = app.db.schedules(&guild).await.unwrap().remove(0);
    assert!(
        app.db
            .claim_firing(
                schedule.id,
                now,
                &[],
                dealbell::core::firing::Timing::OnTime,
                now
            )
            .await
            .unwrap()
    );
    let outbox = Outbox::default();
    let scheduler = Scheduler::new(app.clone(), Arc::new(outbox.clone()));
    let fired = scheduler
        .run_due(now + chrono::Duration::seconds(30))
        .await
        .unwrap();
    assert!(
        fired.is_empty() && outbox.drain().is_empty(),
        "still claimed"
    );
    let fired = scheduler
        .run_due(now + chrono::Duration::minutes(3))
        .await
        .unwrap();
    assert_eq!(fired.len(), 1, "{fired:?}");
    assert_eq!(outbox.drain().len(), 1);
    scheduler
        .run_due(now + chrono::Duration::minutes(10))
        .await
        .unwrap();
    assert!(outbox.drain().is_empty(), "once");
}

#[tokio::test]
async fn a_board_posted_as_its_period_begins_shows_how_the_last_one_ended() {
    let mut d = Driver::new().await;
    d.script(
        "/setup currency:PLN fiscal_year_start:4 timezone:Europe/Warsaw
:now 2026-04-01 12:00
:as ana
/win amount:8k customer:A
:as bob
/win amount:5k customer:B
:as you manager",
    )
    .await;
    let r = d
        .ok("/schedule add kind:leaderboard cron:\"weekly monday 09:00\" channel:#sales metric:revenue period:week")
        .await;
    let advice = text(&r);
    assert!(
        advice.contains("first day of their week") && advice.contains("period:last_week"),
        "{advice}"
    );
    assert!(advice.contains("If it posted now"), "{advice}");
    d.ok("/schedule add kind:digest cron:\"weekly friday 16:00\" channel:#sales period:month")
        .await;
    crate::support::posts_in(&d, "sales");
    // Monday 6 April, 09:00: nothing won yet this week.
    d.ok(":advance 4d21h").await;
    let posted = crate::support::posts_in(&d, "sales");
    let monday = posted
        .iter()
        .find(|p| p.contains("🏆 Revenue won"))
        .expect("the board");
    assert!(!monday.contains("Nobody is on the board"), "{monday}");
    assert!(
        monday.contains("final standings, week of 30 Mar 2026"),
        "{monday}"
    );
    assert!(
        monday.contains("ana") && monday.contains("8,000 PLN"),
        "{monday}"
    );
    // Friday 1 May, 16:00: May has nothing yet; the digest tells April's end.
    d.ok(":advance 25d7h").await;
    let posted = crate::support::posts_in(&d, "sales");
    let digest = posted
        .iter()
        .rev()
        .find(|p| p.contains("Digest"))
        .expect("the digest");
    assert!(digest.contains("final standings, April 2026"), "{digest}");
    assert!(digest.contains("Nothing won yet in May 2026"), "{digest}");
}
