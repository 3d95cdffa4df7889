//! Nudges through the console, with every limit: per day, quiet hours, weekends, away,
//! opted out, never twice for the same state; and what managers see.

use crate::support::*;
use dealbell::config::Config;

/// Nudges delivered since the last call: (who was mentioned, title), in order.
fn nudges(d: &Driver) -> Vec<(String, String)> {
    d.console
        .take_posts()
        .into_iter()
        .filter(|p| p.to.to_string() == "nudges" || p.to.to_string().starts_with("dm:"))
        .map(|p| {
            (
                p.message
                    .mentions
                    .first()
                    .map(|u| u.to_string())
                    .unwrap_or_default(),
                p.message.title.clone(),
            )
        })
        .collect()
}

async fn team(config: Config) -> Driver {
    let mut d = Driver::with_config(config).await;
    d.ok("/setup nudges_channel:#nudges").await;
    d
}

#[tokio::test]
async fn a_quiet_rep_is_nudged_once_per_quiet_spell_and_opted_out_or_away_reps_never() {
    let mut d = team(Config::defaults()).await;
    // Tuesday 10 March: three reps log something.
    d.script(":as bob\n/activity log kind:call\n:as carol\n/activity log kind:call\n:as dan\n/activity log kind:call")
        .await;
    d.ok(":as carol").await;
    let r = d.ok("/nudges off").await;
    assert_eq!(r["data"]["nudges_off"], true);
    d.ok(":as dan").await;
    d.ok("/away until:2026-03-27").await;
    // Five working days later (Tuesday 17 March, 10:00) bob hears from Dealbell.
    d.ok(":advance 6d").await;
    assert!(nudges(&d).is_empty(), "Monday: four working days");
    d.ok(":advance 1d2h").await;
    let got = nudges(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "bob");
    assert!(got[0].1.contains("anything to log"), "{got:?}");
    // Still quiet a week on: the same spell, no second nudge.
    d.ok(":advance 7d").await;
    assert!(nudges(&d).is_empty(), "never twice for the same state");
    // Bob logs again: a new spell, nudged again five working days later.
    d.ok(":as bob").await;
    d.ok("/activity log kind:email").await;
    d.ok(":advance 8d").await;
    let got = nudges(&d);
    assert_eq!(
        got.iter().filter(|(who, _)| who == "bob").count(),
        1,
        "{got:?}"
    );
    assert!(
        got.iter().all(|(who, _)| who != "carol"),
        "opted out: {got:?}"
    );
    // Dan was away to 27 March; the nudge made while he was away was dropped, and
    // the same spell is not nudged again after.
    assert!(got.iter().all(|(who, _)| who != "dan"), "away: {got:?}");

    // Managers see who opted out or is away, not why.
    d.ok(":as you manager").await;
    d.ok(":now 2026-03-20 12:00").await;
    let r = d.ok("/nudges status").await;
    let t = text(&r);
    assert!(t.contains("carol: nudges off"), "{t}");
    assert!(t.contains("dan: away until 27 Mar"), "{t}");
}

#[tokio::test]
async fn at_most_one_nudge_a_day_the_second_waits_for_the_next_morning() {
    let mut d = team(Config::defaults()).await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    d.ok(":advance 7d30m").await; // Tuesday 17 March 09:30
    assert!(nudges(&d).is_empty());
    // A quota set now puts bob far behind pace: two nudges fall due at 10:00.
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@bob amount:100k period:month").await;
    d.ok(":advance 1h").await;
    let got = nudges(&d);
    assert_eq!(got.len(), 1, "one a day: {got:?}");
    d.ok(":advance 23h29m").await; // Wednesday 09:59
    assert!(
        nudges(&d).is_empty(),
        "not before the next day's check (10:00), where it joins the day's new ones"
    );
    d.ok(":advance 1m").await; // Wednesday 10:00
    let got = nudges(&d);
    assert_eq!(got.len(), 1, "the second, the next morning: {got:?}");
}

#[tokio::test]
async fn a_nudge_due_in_quiet_hours_waits_for_the_end_of_them() {
    let mut config = Config::defaults();
    // Worked out at 20:00, inside quiet hours (18:00-09:00).
    config.nudges.check_hour = 20;
    let mut d = team(config).await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    // Tuesday 17 March 20:00: due, but quiet.
    d.ok(":advance 7d11h").await;
    assert!(nudges(&d).is_empty(), "nothing in quiet hours");
    d.ok(":advance 12h59m").await; // Wednesday 08:59
    assert!(nudges(&d).is_empty(), "still quiet at 08:59");
    d.ok(":advance 1m").await; // 09:00
    assert_eq!(nudges(&d).len(), 1, "at the end of quiet hours");
}

#[tokio::test]
async fn a_nudge_made_on_friday_evening_waits_through_the_weekend_for_monday_morning() {
    let mut config = Config::defaults();
    config.nudges.check_hour = 20;
    let mut d = team(config).await;
    d.ok(":now 2026-03-06 10:00").await; // Friday
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    // Five working days later is Friday 13 March; worked out at 20:00 (quiet).
    d.ok(":advance 7d10h").await; // Friday 20:00
    assert!(nudges(&d).is_empty());
    d.ok(":advance 2d12h").await; // Monday 08:00
    assert!(nudges(&d).is_empty(), "nothing at the weekend");
    d.ok(":advance 1h").await; // Monday 09:00
    assert_eq!(nudges(&d).len(), 1, "Monday morning");
}

#[tokio::test]
async fn a_stale_nudge_is_dropped_not_sent_late() {
    let mut config = Config::defaults();
    config.nudges.check_hour = 20;
    config.nudges.stale_after = chrono::Duration::hours(6);
    let mut d = team(config).await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    // Made Tuesday 17 March 20:00; the next allowed moment is 13 hours later.
    d.ok(":advance 8d").await;
    assert!(nudges(&d).is_empty(), "stale after 6 hours: dropped");
}

#[tokio::test]
async fn direct_messages_only_when_the_team_chooses_them() {
    let mut d = team(Config::defaults()).await;
    d.ok("/setup nudges:dm").await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    d.ok(":advance 7d1h").await;
    let posts = d.console.take_posts();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].to.to_string(), "dm:bob");
    d.ok(":as you manager").await;
    d.ok("/setup nudges:off").await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    d.ok(":advance 10d").await;
    assert!(d.console.take_posts().is_empty(), "off for the team");
}

#[tokio::test]
async fn away_needs_a_day_ahead_and_back_ends_it() {
    let mut d = team(Config::defaults()).await;
    d.ok(":as bob").await;
    assert!(d.refused("/away").await.contains("until"));
    assert!(
        d.refused("/away until:2026-03-01")
            .await
            .contains("has passed")
    );
    let r = d.ok("/away until:friday").await;
    assert_eq!(r["data"]["away_until"], "2026-03-13");
    let r = d.ok("/away back:true").await;
    assert_eq!(r["data"]["away_until"], "2026-03-09");
}

#[tokio::test]
async fn a_week_away_keeps_a_win_streak() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok(":now 2026-02-24 10:00").await;
    d.ok("/win amount:1k customer:W1").await; // week of 23 Feb
    d.ok(":now 2026-03-02 10:00").await;
    d.ok("/away until:2026-03-06").await; // the week of 2 March away
    d.ok(":now 2026-03-10 10:00").await;
    let r = d.ok("/win amount:1k customer:W2").await;
    says(&r, "2-week streak");
}

/// A nudge goes to the outbox in the transaction that marks it sent: a process that
/// dies while sending it leaves it to the next, which sends it once the lease has run
/// out, once, with its nonce.
#[tokio::test]
async fn a_nudge_cut_off_mid_send_goes_out_once_after_the_restart() {
    use dealbell::console::outbox::Outbox;
    use dealbell::scheduler::Scheduler;
    use std::sync::Arc;
    let mut d = team(Config::defaults()).await;
    d.ok(":as bob").await;
    d.ok("/activity log kind:call").await;
    d.ok(":advance 7d30m").await; // Tuesday 17 March 09:30
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@bob amount:100k period:month").await;
    assert!(nudges(&d).is_empty());
    let app = d.console.app().clone();
    let check = app.clock.now() + chrono::Duration::minutes(30); // 10:00, the day's check
    let dying = Scheduler::new(app.clone(), Arc::new(crate::support::NeverAnswers));
    let cut_off =
        tokio::time::timeout(std::time::Duration::from_millis(300), dying.run_due(check)).await;
    assert!(cut_off.is_err(), "the send never finished");
    let restarted = Outbox::default();
    let scheduler = Scheduler::new(app.clone(), Arc::new(restarted.clone()));
    scheduler
        .run_due(check + chrono::Duration::seconds(30))
        .await
        .unwrap();
    assert!(
        restarted.drain().is_empty(),
        "the dead sender's lease holds"
    );
    scheduler
        .run_due(check + chrono::Duration::minutes(3))
        .await
        .unwrap();
    let sent = restarted.drain();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].to.to_string(), "nudges");
    assert!(sent[0].message.mentions.contains(&"bob".into()));
    assert!(sent[0].nonce.is_some());
    scheduler
        .run_due(check + chrono::Duration::hours(1))
        .await
        .unwrap();
    assert!(restarted.drain().is_empty(), "once");
}
