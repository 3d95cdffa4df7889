//! A simulated four-week month of a 20-rep team through the console: wins (with a
//! kickoff burst), activities, two contests, a duel, a weekly board and digest, and the
//! nudges all that brings. It checks what "lively but not noisy" means: no rep gets
//! more nudges than the limits allow, none arrives in quiet hours or at a weekend,
//! every win is announced once. `cargo test --test it a_month -- --nocapture` prints
//! the figures (posts by kind per day, nudges per rep).

use crate::support::*;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc, Weekday};
use std::collections::BTreeMap;

/// A small deterministic generator, so the month is the same on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn kind_of(title: &str, channel: &str) -> &'static str {
    if channel.starts_with("dm:") {
        // A nudge about a rep's own (private) quota goes to them alone.
        "dm nudge"
    } else if title.starts_with("👋") || title.starts_with("📈") {
        // A check-in post carries several nudges; each is counted from its mentions.
        "nudge"
    } else if title.starts_with("🎉") {
        "win"
    } else if title.starts_with("🔥") {
        "combined wins"
    } else if title.starts_with("🏁") || title.contains("— results") || title.starts_with("🚫")
    {
        "contest"
    } else if title.starts_with("⚔️") {
        "duel"
    } else if title.starts_with("📬") {
        "digest"
    } else if title.starts_with("🏆") {
        "board"
    } else {
        "other"
    }
}

#[tokio::test]
async fn a_month_of_friendly_competition_is_lively_but_not_noisy() {
    let dir = tempfile::tempdir().unwrap();
    let db_file = dir.path().join("simulation.db");
    let mut d = Driver::on_file(&db_file).await;
    let reps: Vec<String> = (1..=20).map(|n| format!("rep{n:02}")).collect();
    let mut dice = Dice(2026);
    // How often each rep wins on a working day, in percent: a few go quiet.
    let keen: Vec<u64> = reps
        .iter()
        .map(|_| [5, 15, 25, 35, 45][dice.below(5) as usize])
        .collect();
    d.script(":now 2026-03-02 08:00\n/setup wins_channel:#wins nudges_channel:#team currency:EUR timezone:Europe/Berlin")
        .await;
    for r in &reps {
        d.ok(&format!(":as {r}")).await;
    }
    d.ok(":as you manager").await;
    d.ok("/quota set everyone:true amount:400k period:month")
        .await;
    for r in &reps {
        d.ok(&format!("/quota set rep:@{r} amount:30k period:month"))
            .await;
    }
    d.script(
        "/schedule add kind:leaderboard cron:\"weekly friday 17:00\" channel:#team
/schedule add kind:digest cron:\"weekly monday 09:00\" channel:#team
/contest create name:\"March race\" end:2026-03-31 prize:\"Dinner for two\" standings:\"weekly wednesday 12:00\"
/contest create name:\"Pipeline week\" start:2026-03-09 end:2026-03-13 metric:activities target:15 prize:\"Coffee\"",
    )
    .await;

    let mut posts: Vec<(DateTime<Utc>, String, String, Vec<String>)> = Vec::new();
    let collect = |d: &Driver, posts: &mut Vec<(DateTime<Utc>, String, String, Vec<String>)>| {
        let now = d.console.app().clock.now();
        for p in d.console.take_posts() {
            posts.push((
                now,
                p.to.to_string(),
                p.message.title.clone(),
                p.message.mentions.iter().map(|u| u.to_string()).collect(),
            ));
        }
    };
    collect(&d, &mut posts);
    let mut wins = 0;
    let start: NaiveDate = "2026-03-02".parse().unwrap();
    for day in 0..28 {
        let date = start + Duration::days(day);
        // 08:00 → 10:00 Berlin (09:00 UTC); the morning's work until 16:00.
        d.ok(":advance 1h").await;
        collect(&d, &mut posts);
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            for _ in 0..23 {
                d.ok(":advance 1h").await;
                collect(&d, &mut posts);
            }
            continue;
        }
        // Kickoff Monday: eight wins within minutes (a burst).
        let burst = day == 0;
        for hour in 0..6 {
            for (i, r) in reps.iter().enumerate() {
                let roll = dice.below(100 * 6);
                let wins_now = if burst && hour == 0 {
                    i < 8
                } else {
                    roll < keen[i]
                };
                if wins_now {
                    let amount = 500 + dice.below(60) * 100;
                    d.ok(&format!(":as {r}")).await;
                    d.ok(&format!("/win amount:{amount} customer:C{wins}"))
                        .await;
                    wins += 1;
                } else if roll < keen[i] * 3 {
                    d.ok(&format!(":as {r}")).await;
                    d.ok("/activity log kind:call count:2").await;
                }
                collect(&d, &mut posts);
            }
            if day == 7 && hour == 1 {
                // The second Monday: a duel, accepted.
                d.script(":as rep03\n/duel challenge rep:@rep07 metric:deals days:5\n:as rep07\n/duel accept").await;
            }
            d.ok(":advance 1h").await;
            collect(&d, &mut posts);
        }
        // 16:00 Berlin → 09:00 Berlin the next day, an hour at a time so that each
        // post is counted on the day it went out.
        for _ in 0..17 {
            d.ok(":advance 1h").await;
            collect(&d, &mut posts);
        }
    }
    d.ok(":advance 2d").await;
    collect(&d, &mut posts);

    // What went out, by kind and day.
    let mut by_day: BTreeMap<NaiveDate, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut nudges_by_rep: BTreeMap<String, usize> = BTreeMap::new();
    for (at, channel, title, mentions) in &posts {
        let kind = kind_of(title, channel);
        let local = at.with_timezone(&chrono_tz::Europe::Berlin);
        *by_day
            .entry(local.date_naive())
            .or_default()
            .entry(kind)
            .or_default() += 1;
        if kind == "nudge" || kind == "dm nudge" {
            for m in mentions {
                *nudges_by_rep.entry(m.clone()).or_default() += 1;
            }
        }
    }
    // "nudge" counts posts: a check-in post carries several reps' nudges.
    let kinds = [
        "win",
        "combined wins",
        "contest",
        "duel",
        "board",
        "digest",
        "nudge",
        "dm nudge",
        "other",
    ];
    println!("posts by day (Europe/Berlin), {wins} wins logged:");
    println!("{:<11} {}", "day", kinds.join(" | "));
    for (day, counts) in &by_day {
        let cells: Vec<String> = kinds
            .iter()
            .map(|k| {
                format!(
                    "{:>width$}",
                    counts.get(k).copied().unwrap_or(0),
                    width = k.len()
                )
            })
            .collect();
        println!("{:<11} {}", day.format("%a %d %b"), cells.join(" | "));
    }
    let total = |k: &str| {
        by_day
            .values()
            .map(|c| c.get(k).copied().unwrap_or(0))
            .sum::<usize>()
    };
    println!(
        "totals: {}",
        kinds
            .iter()
            .map(|k| format!("{k} {}", total(k)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("nudges per rep: {nudges_by_rep:?}");

    // Every win announced once: one post each, or a line of a combined post.
    assert_eq!(total("other"), 0, "every post is of a known kind");
    assert!(
        total("combined wins") >= 1,
        "the kickoff burst was combined"
    );
    assert!(
        total("win") + 8 >= wins && total("win") <= wins,
        "each win once"
    );
    assert!(
        total("contest") >= 2 + 2 + 4,
        "two starts, two results, weekly standings"
    );
    assert_eq!(total("duel"), 1, "one duel result");
    assert!(
        by_day
            .values()
            .all(|c| c.get("nudge").copied().unwrap_or(0) <= 1),
        "at most one nudge post (a check-in) a day in the team channel"
    );

    // The nudge limits, read from the database's record of what was sent.
    let app = d.console.app().clone();
    let sent = sent_nudges(&db_file, &dealbell::console::guild_id_for("acme")).await;
    assert!(!sent.is_empty(), "quiet reps were nudged");
    let limits = &app.config.nudges;
    let mut per_day: BTreeMap<(String, NaiveDate), i64> = BTreeMap::new();
    let mut per_week: BTreeMap<(String, u32), i64> = BTreeMap::new();
    for (name, _, at) in &sent {
        let local = at.with_timezone(&chrono_tz::Europe::Berlin);
        assert!(
            (9..18).contains(&local.hour()),
            "{name} nudged at {local}, in quiet hours"
        );
        assert!(
            !matches!(local.weekday(), Weekday::Sat | Weekday::Sun),
            "{name} nudged at the weekend ({local})"
        );
        *per_day
            .entry((name.clone(), local.date_naive()))
            .or_default() += 1;
        *per_week
            .entry((name.clone(), local.iso_week().week()))
            .or_default() += 1;
    }
    assert!(
        per_day.values().all(|n| *n <= limits.per_day),
        "{per_day:?}"
    );
    assert!(
        per_week.values().all(|n| *n <= limits.per_week),
        "{per_week:?}"
    );
    println!(
        "nudges sent: {}, most to one rep in a day: {}, in a week: {}",
        sent.len(),
        per_day.values().max().unwrap_or(&0),
        per_week.values().max().unwrap_or(&0)
    );
}

/// Every nudge sent to the guild: (member name, kind, sent at), read from the database
/// file itself.
async fn sent_nudges(
    db_file: &std::path::Path,
    guild: &dealbell::core::ids::GuildId,
) -> Vec<(String, String, DateTime<Utc>)> {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(db_file)
        .read_only(true)
        .connect()
        .await
        .unwrap();
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT m.display_name, n.kind, n.sent_at FROM nudges n JOIN members m ON m.id = n.member_id
         WHERE n.guild_id = ? AND n.state = 'sent' ORDER BY n.sent_at",
    )
    .bind(guild.as_str())
    .fetch_all(&mut conn)
    .await
    .unwrap();
    rows.into_iter()
        .map(|(name, kind, at)| (name, kind, at.parse().unwrap()))
        .collect()
}
