//! The Monday-09:00 surge across processes: several senders (each an `App` with its own
//! pool on one database file, as separate processes would be) drain a surge of posts
//! due in the same minute. Every post goes out once (a sender killed mid-batch is taken
//! over when its claims' leases end, and the same nonce keeps a resend single), and
//! together they never send faster than their shares of Discord's rate.
//! `cargo test --test it surge -- --nocapture` prints the drain time.

use crate::support::SharedDatabase;
use dealbell::app::App;
use dealbell::clock::Clock;
use dealbell::core::ids::{ChannelId, Destination, GuildId, MessageId};
use dealbell::jobs::send_posts::send_due;
use dealbell::post_budget::PostBudget;
use dealbell::poster::{PostFuture, Poster};
use dealbell::reply::{Message, Post, Tone};
use dealbell::store::NewOutboxPost;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PROCESSES: usize = 4;
const SHARE_PER_SECOND: u32 = 25;
/// Each claim's lease. A sender claims what it sends in half a lease, so the other half
/// is slack for a stalled sender; four seconds keep the slack above the stalls of a
/// loaded two-core machine (PostgreSQL's server processes run beside the tests).
const LEASE_SECONDS: u32 = 4;
const GUILDS: usize = 300;
const POSTS_PER_GUILD: usize = 2;
/// Never more in any one second than the live processes' shares together (each may
/// start with one send at once).
const CEILING: usize = PROCESSES * SHARE_PER_SECOND as usize + PROCESSES;

/// The most sends that fell within any one second.
fn busiest_second(sends: &[(Instant, String)]) -> usize {
    (0..sends.len())
        .map(|i| {
            sends[i..]
                .iter()
                .take_while(|(t, _)| t.duration_since(sends[i].0) < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Discord as far as posting goes: each send is recorded with its moment; a repeated
/// nonce gets the message made the first time, as `enforce_nonce` does.
#[derive(Default)]
struct RecordingDiscord {
    sends: Mutex<Vec<(Instant, String)>>,
    by_nonce: Mutex<HashMap<String, MessageId>>,
}

impl Poster for RecordingDiscord {
    fn post<'a>(&'a self, post: &'a Post) -> PostFuture<'a, MessageId> {
        Box::pin(async move {
            tokio::time::sleep(Duration::from_millis(2)).await;
            let nonce = post.nonce.clone().unwrap_or_default();
            self.sends
                .lock()
                .unwrap()
                .push((Instant::now(), nonce.clone()));
            let mut by_nonce = self.by_nonce.lock().unwrap();
            let next = by_nonce.len();
            Ok(by_nonce
                .entry(nonce)
                .or_insert_with(|| MessageId::new(format!("m{next}")))
                .clone())
        })
    }

    fn edit<'a>(
        &'a self,
        _to: &'a Destination,
        _message_id: &'a MessageId,
        _message: &'a Message,
    ) -> PostFuture<'a> {
        Box::pin(async { Ok(()) })
    }
}

/// A clock pinned at `from` and moved on in real time, shared by every process, so
/// that leases end while a surge drains, on any day the test runs. Abort the task to stop.
fn ticking_clock(from: &str) -> (Clock, tokio::task::JoinHandle<()>) {
    let from: chrono::DateTime<chrono::Utc> = from.parse().unwrap();
    let clock = Clock::fixed(from);
    let started = Instant::now();
    let ticking = {
        let clock = clock.clone();
        tokio::spawn(async move {
            loop {
                let elapsed = chrono::Duration::from_std(started.elapsed()).unwrap();
                clock.set(Some(from + elapsed));
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    (clock, ticking)
}

async fn process(shared: &SharedDatabase, clock: &Clock) -> App {
    let mut config = dealbell::config::Config::defaults();
    config.post_lease_seconds = LEASE_SECONDS.into();
    let mut app = App::build(config, shared.database(), clock.clone())
        .await
        .unwrap();
    app.post_budget = Some(Arc::new(PostBudget::per_second(SHARE_PER_SECOND)));
    app
}

/// Sends what is due until nothing is left for anyone.
async fn sender(app: App, discord: Arc<RecordingDiscord>, shared: SharedDatabase) {
    let mut db = shared.look().await;
    loop {
        send_due(&app, discord.as_ref(), None, app.clock.now())
            .await
            .unwrap();
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
            .fetch_one(&mut db)
            .await
            .unwrap();
        if left == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_surge_drains_once_each_across_processes_within_their_shares() {
    dealbell::logging::init_once();
    let shared = SharedDatabase::new().await;
    let (clock, ticking) = ticking_clock("2026-03-09T09:00:00Z");
    let first = process(&shared, &clock).await;
    let now = first.clock.now();
    for g in 0..GUILDS {
        let guild = GuildId::new(format!("surge-{g}"));
        for p in 0..POSTS_PER_GUILD {
            let to = Destination::Channel(ChannelId::new(format!("c{g}")));
            let message = Message::new(Tone::Info, format!("Monday board {p}"));
            let post = NewOutboxPost {
                guild_id: &guild,
                to: &to,
                topic: &format!("board:{p}"),
                message: &message,
                summary: "board",
                firing: None,
            };
            first.db.enqueue_post(post, None, now).await.unwrap();
        }
    }
    let total = GUILDS * POSTS_PER_GUILD;
    let discord = Arc::new(RecordingDiscord::default());
    let started = Instant::now();
    let mut senders = Vec::new();
    for _ in 0..PROCESSES {
        senders.push(tokio::spawn(sender(
            process(&shared, &clock).await,
            discord.clone(),
            shared.clone(),
        )));
    }
    // One process dies mid-surge, holding claims; a new one starts a second later.
    tokio::time::sleep(Duration::from_millis(700)).await;
    senders[0].abort();
    tokio::time::sleep(Duration::from_secs(1)).await;
    senders.push(tokio::spawn(sender(
        process(&shared, &clock).await,
        discord.clone(),
        shared.clone(),
    )));
    for s in senders.into_iter().skip(1) {
        s.await.unwrap();
    }
    let drained = started.elapsed();
    ticking.abort();

    let sends = discord.sends.lock().unwrap().clone();
    let distinct: std::collections::HashSet<&String> = sends.iter().map(|(_, n)| n).collect();
    assert_eq!(distinct.len(), total, "every post reached Discord");
    let resent = sends.len() - distinct.len();
    let states: Vec<(String, i64)> =
        sqlx::query_as("SELECT state, COUNT(*) FROM outbox GROUP BY state")
            .fetch_all(&mut shared.look().await)
            .await
            .unwrap();
    assert_eq!(states, [("sent".to_string(), total as i64)]);
    let busiest = busiest_second(&sends);
    println!(
        "surge: {total} posts by {PROCESSES} senders (one killed, one started), {:.1} s, busiest second {busiest} (ceiling {CEILING}), {resent} resent with their nonce",
        drained.as_secs_f64()
    );
    assert!(busiest <= CEILING, "{busiest} sends in one second");
    // A resend happens only for what the killed sender held (at most one claim: what
    // its share sends in half a lease).
    let one_claim = (SHARE_PER_SECOND * LEASE_SECONDS / 2) as usize;
    assert!(resent <= one_claim, "{resent} resent");
}

/// Four schedulers (each an `App` with its own pool on one file, as processes would be)
/// and 400 teams whose Monday 09:00 board falls due in the same minute: each board is
/// claimed, composed and posted once, though one scheduler is killed mid-surge (its
/// claims are taken over when their leases end) and a new one started; together they
/// stay within their shares of Discord's rate.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn four_schedulers_post_every_teams_monday_board_once() {
    use dealbell::core::cron_spec::CronSpec;
    use dealbell::core::ids::UserId;
    use dealbell::core::post_kind::PostKind;
    use dealbell::scheduler::Scheduler;
    use dealbell::store::NewSchedule;
    // DEALBELL_SURGE_TEAMS=10000 measures the size (docs/BENCHMARKS.md).
    let teams: usize = std::env::var("DEALBELL_SURGE_TEAMS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    dealbell::logging::init_once();
    let shared = SharedDatabase::new().await;
    let sunday: chrono::DateTime<chrono::Utc> = "2026-03-08T12:00:00Z".parse().unwrap();
    let setup = process(&shared, &Clock::fixed(sunday)).await;
    let cron = CronSpec::parse("weekly monday 09:00").unwrap();
    for t in 0..teams {
        let guild = GuildId::new(format!("team-{t}"));
        let defaults = &setup.config.team_defaults;
        setup
            .db
            .ensure_guild(&guild, &format!("Team {t}"), defaults, sunday)
            .await
            .unwrap();
        let owner = setup
            .db
            .upsert_member(&guild, &UserId::new(format!("owner-{t}")), "Owner", sunday)
            .await
            .unwrap();
        let schedule = NewSchedule {
            kind: PostKind::Leaderboard,
            cron: &cron,
            cron_input: "weekly monday 09:00",
            channel_id: &ChannelId::new(format!("sales-{t}")),
            metric: None,
            period: None,
        };
        setup
            .db
            .create_schedule(&guild, schedule, owner.id, sunday)
            .await
            .unwrap();
    }
    // From just after the boards fall due.
    let (clock, ticking) = ticking_clock("2026-03-09T09:00:05Z");
    let started = Instant::now();
    let discord = Arc::new(RecordingDiscord::default());
    let scheduler = |app: App| {
        let discord = discord.clone();
        let shared = shared.clone();
        tokio::spawn(async move {
            let mut db = shared.look().await;
            let steps = Scheduler::new(app.clone(), discord);
            loop {
                steps.run_due(app.clock.now()).await.unwrap();
                let sent: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
                        .fetch_one(&mut db)
                        .await
                        .unwrap();
                if sent as usize == teams {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let mut running = Vec::new();
    for _ in 0..PROCESSES {
        running.push(scheduler(process(&shared, &clock).await));
    }
    tokio::time::sleep(Duration::from_millis(800)).await;
    running[0].abort();
    tokio::time::sleep(Duration::from_secs(1)).await;
    running.push(scheduler(process(&shared, &clock).await));
    let all = async {
        for r in running.into_iter().skip(1) {
            r.await.unwrap();
        }
    };
    // The shares together send 100 a second: the surge takes teams / 100 s at least.
    let patience = Duration::from_secs(60 + teams as u64 / 50);
    tokio::time::timeout(patience, all)
        .await
        .expect("every board posted in time");
    let drained = started.elapsed();
    ticking.abort();

    let sends = discord.sends.lock().unwrap().clone();
    let distinct: std::collections::HashSet<&String> = sends.iter().map(|(_, n)| n).collect();
    assert_eq!(distinct.len(), teams, "one board per team reached Discord");
    let mut db = shared.look().await;
    let firings: Vec<(i64, i64)> =
        sqlx::query_as("SELECT schedule_id, COUNT(*) FROM schedule_firings GROUP BY schedule_id")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(firings.len(), teams, "every schedule fired");
    assert!(firings.iter().all(|(_, n)| *n == 1), "each fired once");
    let statuses: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM schedule_firings GROUP BY status")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(
        statuses,
        [("posted".to_string(), teams as i64)],
        "each posted, on time"
    );
    let busiest = busiest_second(&sends);
    println!(
        "monday: {teams} boards by {PROCESSES} schedulers (one killed, one started), {:.1} s, busiest second {busiest} (ceiling {CEILING}), {} resent with their nonce",
        drained.as_secs_f64(),
        sends.len() - distinct.len()
    );
    assert!(busiest <= CEILING, "{busiest} sends in one second");
}
