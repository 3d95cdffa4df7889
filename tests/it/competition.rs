//! Friendly competition through the console: win announcements that tell the race
//! (overtakes, distance, milestones, streaks), bursts combined into one post, a deal
//! announced once, and Undo taking the announcement back.

use crate::support::*;
use dealbell::config::Config;
use dealbell::console::outbox::Delivery;

/// The text of every post in `#wins` since the last call.
fn wins_posts(d: &Driver) -> Vec<String> {
    posts_in(d, "wins")
}

async fn team_with_wins_channel() -> Driver {
    let mut d = Driver::new().await;
    d.ok("/setup wins_channel:#wins").await;
    d
}

#[tokio::test]
async fn an_overtake_names_who_was_passed_and_the_distance_to_the_next_place() {
    let mut d = team_with_wins_channel().await;
    d.script(":as alice\n/win amount:3k customer:A1\n:as carol\n/win amount:9k customer:C1\n:as dan\n/win amount:2.5k customer:D1\n:as bob\n/win amount:1k customer:B1")
        .await;
    let posts = wins_posts(&d);
    assert!(
        posts[3].contains("enters the board at #4 · 1,500 USD behind dan for #3"),
        "{}",
        posts[3]
    );
    let r = d.ok("/win amount:2.5k customer:B2").await;
    let said = "moves up to #2, passing alice and dan · 5,500 USD behind carol for #1";
    assert!(text(&r).contains(said), "the rep's reply: {}", text(&r));
    let posts = wins_posts(&d);
    assert_eq!(posts.len(), 1);
    assert!(posts[0].contains(said), "{}", posts[0]);
    // The leader hears the margin.
    d.ok(":as carol").await;
    let r = d.ok("/win amount:1k customer:C2").await;
    says(&r, "holds #1 · 6,500 USD ahead of bob");
}

#[tokio::test]
async fn milestones_first_win_first_of_the_month_and_biggest_deal() {
    let mut d = team_with_wins_channel().await;
    d.ok(":as bob").await;
    let r = d.ok("/win amount:1k customer:Feb date:2026-02-20").await;
    says(&r, "first win ever");
    let r = d.ok("/win amount:2k customer:March").await;
    says(&r, "first win of March 2026");
    assert!(!text(&r).contains("first win ever"));
    assert!(
        !text(&r).contains("biggest deal"),
        "alone in the month, biggest means nothing"
    );
    d.ok(":as alice").await;
    let r = d.ok("/win amount:5k customer:Big").await;
    says(&r, "biggest deal of March 2026");
    let r = d.ok("/win amount:5k customer:Same").await;
    assert!(
        !text(&r).contains("biggest deal"),
        "a tie is not the biggest: {}",
        text(&r)
    );
    let r = d.ok("/win amount:4k customer:Smaller").await;
    assert!(!text(&r).contains("biggest deal"));
}

#[tokio::test]
async fn quota_milestones_are_told_when_quotas_are_shared_and_kept_private_otherwise() {
    let mut d = team_with_wins_channel().await;
    d.ok("/quota set rep:@bob amount:10k period:month").await;
    d.ok(":as bob").await;
    let r = d.ok("/win amount:6k customer:A").await;
    assert!(
        !text(&r).contains("of quota"),
        "private quotas: a public post must not reveal it: {}",
        text(&r)
    );
    d.ok(":as you manager").await;
    d.ok("/setup quota_visibility:team").await;
    d.ok(":as bob").await;
    let r = d.ok("/win amount:4k customer:B").await;
    says(&r, "quota reached (100%)");
    let r = d.ok("/win amount:1k customer:C").await;
    assert!(!text(&r).contains("quota"), "110 % crosses nothing");
    let r = d.ok("/win amount:5k customer:D").await;
    says(&r, "150% of quota");
    // Half way is a milestone too.
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@alice amount:10k period:month").await;
    d.ok(":as alice").await;
    let r = d.ok("/win amount:5k customer:E").await;
    says(&r, "🎯 50% of quota");
}

#[tokio::test]
async fn the_team_reaching_its_goal_is_announced_once() {
    let mut d = team_with_wins_channel().await;
    d.ok("/quota set everyone:true amount:10k period:month")
        .await;
    d.ok(":as bob").await;
    let r = d.ok("/win amount:6k customer:A").await;
    assert!(!text(&r).contains("goal"));
    d.ok(":as alice").await;
    let r = d.ok("/win amount:4k customer:B").await;
    says(&r, "The team reached the goal");
    let r = d.ok("/win amount:4k customer:C").await;
    assert!(!text(&r).contains("goal"), "already reached");
}

#[tokio::test]
async fn a_sales_team_reaching_its_goal_is_told_with_its_members_wins_only() {
    let mut d = team_with_wins_channel().await;
    d.small_teams_linked().await;
    d.ok("/quota set team:\"Melvin Marxen\" amount:10k period:month")
        .await;
    // Moses is in another team: his win neither counts nor tells this goal.
    d.ok(":as moses").await;
    let r = d.ok("/win amount:20k customer:A").await;
    assert!(!text(&r).contains("Melvin Marxen reached"), "{}", text(&r));
    d.ok(":as darcel").await;
    let r = d.ok("/win amount:6k customer:B").await;
    assert!(!text(&r).contains("reached the goal"), "{}", text(&r));
    d.ok(":as zofia").await;
    let r = d.ok("/win amount:4k customer:C").await;
    says(&r, "🏁 Melvin Marxen reached the goal");
    let r = d.ok("/win amount:1k customer:D").await;
    assert!(!text(&r).contains("reached the goal"), "already reached");
}

#[tokio::test]
async fn a_streak_survives_a_holiday_week_and_an_empty_week_ends_it() {
    let mut config = Config::defaults();
    // The week of 23 February is all holidays.
    config.team_defaults.calendar.days_off = (23..=27)
        .map(|n| format!("2026-02-{n}").parse().unwrap())
        .collect();
    let mut d = Driver::with_config(config).await;
    d.ok("/setup wins_channel:#wins").await;
    d.ok(":as bob").await;
    d.ok("/win amount:1k customer:W1 date:2026-02-10").await;
    let r = d.ok("/win amount:1k customer:W2 date:2026-02-17").await;
    says(&r, "2-week streak");
    // Nothing in the holiday week; the week of 2 March keeps the streak.
    let r = d.ok("/win amount:1k customer:W3 date:2026-03-03").await;
    says(&r, "3-week streak");
    let r = d.ok("/win amount:1k customer:W3b date:2026-03-04").await;
    assert!(
        !text(&r).contains("streak"),
        "told once a week: {}",
        text(&r)
    );

    // Alice: a win, an empty working week, a win: no streak, and none announced.
    d.ok(":as alice").await;
    d.ok("/win amount:1k customer:X1 date:2026-02-03").await;
    let r = d.ok("/win amount:1k customer:X2 date:2026-02-17").await;
    assert!(!text(&r).contains("streak"), "{}", text(&r));
}

#[tokio::test]
async fn a_burst_of_wins_goes_out_as_one_combined_post() {
    let mut d = team_with_wins_channel().await;
    d.ok(":as bob").await;
    for n in 1..=5 {
        d.ok(&format!("/win amount:1k customer:Early{n}")).await;
    }
    assert_eq!(wins_posts(&d).len(), 5, "the first five go out one by one");
    for n in 1..=3 {
        let r = d.ok(&format!("/win amount:1k customer:Late{n}")).await;
        says(&r, "is busy right now");
    }
    assert!(wins_posts(&d).is_empty(), "held back, not flooding");
    d.ok(":advance 2m").await;
    let posts = wins_posts(&d);
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert!(posts[0].contains("3 wins"), "{}", posts[0]);
    for n in 1..=3 {
        assert!(posts[0].contains(&format!("won Late{n}")), "{}", posts[0]);
    }
    // Ten minutes later the channel is quiet again: the next win goes out alone.
    d.ok(":advance 15m").await;
    d.ok("/win amount:1k customer:Calm").await;
    let posts = wins_posts(&d);
    assert_eq!(posts.len(), 1);
    assert!(posts[0].contains("bob won Calm"));
}

#[tokio::test]
async fn a_surge_lists_its_first_wins_and_counts_the_rest() {
    let mut d = team_with_wins_channel().await;
    d.ok(":as bob").await;
    for n in 1..=5 {
        d.ok(&format!("/win amount:1k customer:Early{n}")).await;
    }
    wins_posts(&d);
    for n in 1..=40 {
        d.ok(&format!("/win amount:1k customer:Surge{n}")).await;
    }
    d.ok(":advance 2m").await;
    let posts = wins_posts(&d);
    assert_eq!(posts.len(), 1, "{posts:?}");
    let post = &posts[0];
    assert!(post.contains("40 wins"), "{post}");
    assert!(
        post.contains("won Surge1!") && post.contains("won Surge25!"),
        "{post}"
    );
    assert!(!post.contains("won Surge26!"), "{post}");
    assert!(post.contains("…and 15 more wins"), "{post}");
}

#[tokio::test]
async fn a_deal_is_announced_once_even_when_it_is_won_again() {
    let mut d = team_with_wins_channel().await;
    d.ok(":as bob").await;
    d.ok("/deal add customer:Initech amount:5k stage:proposal")
        .await;
    d.ok("/deal won id:1").await;
    assert_eq!(wins_posts(&d).len(), 1);
    d.ok("/deal stage id:1 stage:proposal").await;
    let r = d.ok("/deal won id:1").await;
    assert!(text(&r).contains("won Initech"));
    assert!(
        r["posts"].as_array().unwrap().is_empty(),
        "not announced again"
    );
    assert!(wins_posts(&d).is_empty());
}

#[tokio::test]
async fn undo_takes_the_announcement_back() {
    let mut d = team_with_wins_channel().await;
    d.ok(":as bob").await;
    d.ok("/win amount:5k customer:Initech").await;
    let posted = d.console.take_deliveries();
    let Delivery::Posted { message_id, .. } = &posted[0] else {
        panic!("{posted:?}")
    };
    let message_id = message_id.clone();
    d.ok("/deal undo").await;
    let after = d.console.take_deliveries();
    assert_eq!(after.len(), 1, "{after:?}");
    let Delivery::Edited {
        message_id: edited,
        post,
    } = &after[0]
    else {
        panic!("an edit, not a new post: {after:?}")
    };
    assert_eq!(*edited, message_id, "the same message is edited");
    let shown = dealbell::render::text::post(
        post,
        dealbell::render::text::Sent::Edit,
        dealbell::i18n::Words::new(dealbell::core::language::Language::En),
    );
    assert!(shown.starts_with("→ edited in #wins"), "{shown}");
    assert!(shown.contains("~~🎉 bob won Initech!~~"), "{shown}");
    assert!(shown.contains("Undone"), "{shown}");
    assert!(post.message.mentions.is_empty(), "an edit pings nobody");
}

#[tokio::test]
async fn undoing_a_win_still_held_back_means_it_is_never_posted() {
    let mut d = team_with_wins_channel().await;
    d.ok(":as bob").await;
    for n in 1..=5 {
        d.ok(&format!("/win amount:1k customer:Early{n}")).await;
    }
    wins_posts(&d);
    d.ok("/win amount:1k customer:Held").await;
    d.ok("/win amount:1k customer:Mistake").await;
    d.ok("/deal undo").await;
    d.ok(":advance 3m").await;
    let posts = wins_posts(&d);
    assert_eq!(posts.len(), 1, "one post for what was held: {posts:?}");
    assert!(posts[0].contains("won Held"), "{}", posts[0]);
    assert!(!posts[0].contains("Mistake"), "{}", posts[0]);
}

/// An announcement written down but not sent yet, as a crash right after the reply
/// would leave it: the win's console line with its sender switched off.
async fn queued_win(d: &mut Driver) -> dealbell::core::ids::OutboxId {
    let app = d.console.app().clone();
    let guild = dealbell::console::guild_id_for("acme");
    let message =
        dealbell::reply::Message::new(dealbell::reply::Tone::Celebration, "🎉 bob won X!");
    let queued = app
        .db
        .enqueue_post(
            dealbell::store::NewOutboxPost {
                guild_id: &guild,
                to: &dealbell::core::ids::Destination::Channel("wins".into()),
                topic: "win:99",
                message: &message,
                summary: "🎉 bob won X",
                firing: None,
            },
            Some(dealbell::jobs::send_posts::burst_rule(&app)),
            app.clock.now(),
        )
        .await
        .unwrap();
    match queued {
        dealbell::store::Enqueued::Waiting { id, .. } => id,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn two_senders_racing_post_an_announcement_once() {
    use dealbell::console::outbox::Outbox;
    use dealbell::jobs::send_posts::send_due;
    let mut d = team_with_wins_channel().await;
    queued_win(&mut d).await;
    let app = d.console.app().clone();
    let (a, b) = (Outbox::default(), Outbox::default());
    let now = app.clock.now();
    let (x, y) = tokio::join!(send_due(&app, &a, None, now), send_due(&app, &b, None, now));
    assert!(x.unwrap().is_empty() && y.unwrap().is_empty());
    assert_eq!(a.drain().len() + b.drain().len(), 1, "exactly one post");
    let again = Outbox::default();
    send_due(&app, &again, None, now + chrono::Duration::hours(1))
        .await
        .unwrap();
    assert!(again.drain().is_empty(), "and never again");
}

#[tokio::test]
async fn a_sender_that_died_mid_send_is_taken_over_after_its_lease_with_the_same_nonce() {
    use dealbell::console::outbox::Outbox;
    use dealbell::jobs::send_posts::send_due;
    let mut d = team_with_wins_channel().await;
    let id = queued_win(&mut d).await;
    let app = d.console.app().clone();
    let now = app.clock.now();
    // A sender claims the row and dies before recording the send.
    let claimed = app
        .db
        .claim_due_posts(None, chrono::Duration::seconds(120), now, i64::MAX)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    let other = Outbox::default();
    send_due(&app, &other, None, now + chrono::Duration::seconds(30))
        .await
        .unwrap();
    assert!(other.drain().is_empty(), "the lease still holds");
    send_due(&app, &other, None, now + chrono::Duration::minutes(3))
        .await
        .unwrap();
    let posts = other.drain();
    assert_eq!(posts.len(), 1, "taken over once the lease ran out");
    assert_eq!(
        posts[0].nonce.as_deref(),
        Some(format!("dealbell-{id}").as_str()),
        "the same nonce, so Discord drops it if the dead sender's post did arrive"
    );
}

#[tokio::test]
async fn hidden_amounts_keep_money_off_every_public_post_and_board() {
    let mut d = team_with_wins_channel().await;
    d.ok("/setup amounts:hidden").await;
    d.ok("/quota set everyone:true amount:50k period:month")
        .await;
    d.ok("/schedule add kind:quota cron:\"daily 17:00\" channel:#sales")
        .await;
    d.script(":as alice\n/win amount:3k customer:A1\n/win amount:2k customer:A2")
        .await;
    d.ok(":as bob").await;
    let r = d.ok("/win amount:9k customer:B1 product:Widget").await;
    assert_eq!(
        r["visibility"], "ephemeral",
        "the rep's own amounts, privately"
    );
    says(&r, "9,000.00 USD");
    let posts = wins_posts(&d);
    let bob = posts.last().unwrap();
    assert!(bob.contains("bob won B1"), "{bob}");
    assert!(bob.contains("takes #1, passing alice"), "{bob}");
    assert!(bob.contains("Widget"));
    assert!(
        !bob.contains("USD") && !bob.contains("9,000"),
        "no amounts: {bob}"
    );
    // Typed in the wins channel itself, the announcement still goes out (the reply is private).
    d.ok(":channel wins").await;
    d.ok("/win amount:1k customer:B2").await;
    let posts = wins_posts(&d);
    assert_eq!(posts.len(), 1);
    assert!(!posts[0].contains("USD"));

    let r = d.ok("/leaderboard").await;
    let rows = &r["message"]["table"]["rows"];
    assert_eq!(rows[0]["value"], "2 deals", "{r}");
    assert_eq!(rows[0]["detail"], "");
    assert!(!text(&r).contains("USD"));
    d.ok(":advance 8h").await;
    let posts = d.console.take_posts();
    let quota = posts
        .iter()
        .find(|p| p.to.to_string() == "sales")
        .expect("quota post");
    let shown = dealbell::render::text::post(
        quota,
        dealbell::render::text::Sent::New,
        dealbell::i18n::Words::new(dealbell::core::language::Language::En),
    );
    assert!(shown.contains("% of quota"), "{shown}");
    assert!(!shown.contains("USD"), "{shown}");
}

#[tokio::test]
async fn around_me_shows_the_neighbours_and_what_one_more_deal_would_do() {
    let mut d = Driver::new().await;
    d.script(
        ":as ann\n/win amount:10k customer:A\n:as ben\n/win amount:8k customer:B\n:as cat\n/win amount:6k customer:C\n:as bob\n/win amount:2k customer:D\n/win amount:3k customer:E\n:as dev\n/win amount:4k customer:F\n:as eve\n/win amount:1k customer:G\n:as fay\n/win amount:500 customer:H",
    )
    .await;
    d.ok(":as bob").await;
    let r = d.ok("/leaderboard around:me").await;
    let names = table_column(&r, "name");
    assert_eq!(
        names,
        vec!["ben", "cat", "bob", "dev", "eve"],
        "two above, two below"
    );
    says(
        &r,
        "One more deal of your average size (2,500 USD) would take you to #3, passing cat.",
    );
    d.ok(":as ann").await;
    let r = d.ok("/leaderboard around:me").await;
    assert_eq!(
        r["message"]["table"]["rows"].as_array().unwrap().len(),
        3,
        "the leader: two below"
    );
    d.ok(":as newbie").await;
    let r = d.ok("/leaderboard around:me").await;
    says(&r, "not on this board yet");
}

#[tokio::test]
async fn the_digest_tells_the_closest_races_who_moved_and_who_improved() {
    let mut d = Driver::new().await;
    d.ok("/quota set everyone:true amount:20k period:month")
        .await;
    d.ok("/schedule add kind:digest cron:\"daily 17:00\" channel:#sales")
        .await;
    d.script(
        ":now 2026-02-03 10:00\n:as ann\n/win amount:2k customer:F1\n:as bob\n/win amount:1k customer:F2\n:now 2026-03-02 10:00\n:as ann\n/win amount:5k customer:A\n:as ben\n/win amount:4.8k customer:B\n:as cat\n/win amount:1k customer:C\n:now 2026-03-09 10:00\n/win amount:4.5k customer:D\n:now 2026-03-10 09:00",
    )
    .await;
    d.console.take_posts();
    d.ok(":advance 8h").await;
    let posts = d.console.take_posts();
    let digest = posts
        .iter()
        .find(|p| p.message.title.starts_with("📬 Digest"))
        .expect("the digest");
    let lines = digest.message.lines.join("\n");
    assert!(
        lines.contains("🏎 ben is 200 USD behind ann for #2"),
        "{lines}"
    );
    assert!(
        lines.contains("🏎 ann is 500 USD behind cat for #1"),
        "{lines}"
    );
    assert!(
        lines.contains("🚀 Moved most this week: cat, up 2 places to #1"),
        "{lines}"
    );
    assert!(
        lines.contains("📈 Most improved on February 2026: cat (+5,500 USD on the same days)"),
        "{lines}"
    );
    assert!(
        lines.contains("Everyone · March 2026"),
        "the team's progress: {lines}"
    );
}

#[tokio::test]
async fn a_wins_place_counts_only_reps_on_the_revenue_board() {
    let mut d = Driver::new().await;
    d.script(
        ":as bob
/deal add customer:Lost amount:5k stage:proposal
/deal lost id:1
:as carol
/deal add customer:AlsoLost amount:5k stage:proposal
/deal lost id:2
:as alice",
    )
    .await;
    let r = d.ok("/win amount:3k customer:A").await;
    // bob and carol only lost deals: they are not on the board /leaderboard shows.
    says(&r, "— #1 of 1.");
    assert_eq!(board(&d.ok("/leaderboard").await).len(), 1);
}
