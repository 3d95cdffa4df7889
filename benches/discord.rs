//! Measures the bot against the fake Discord: the release binary runs as its own
//! process (so its memory is its own), the fake runs here.
//!
//!     cargo bench --bench discord
//!
//! Prints a table for docs/BENCHMARKS.md. Nothing is asserted: figures vary by machine.

// A benchmark that cannot set up should stop there and say why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod measure;
/// Read by the test support: this benchmark's teams live in SQLite files.
pub const ON_POSTGRES: bool = false;

#[allow(dead_code)] // a bench uses part of the test support
#[path = "../tests/it/support/mod.rs"]
mod support;

use measure::{ms, percentile, rss_kib};
use serde_json::json;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::fake_discord::*;

/// The floor: a bare serenity bot through the same fake, answering every interaction
/// with "ok" (no command, no database, no rendering).
struct Bare;

#[serenity::async_trait]
impl serenity::all::EventHandler for Bare {
    async fn interaction_create(&self, ctx: serenity::all::Context, i: serenity::all::Interaction) {
        use serenity::all::{CreateInteractionResponse, CreateInteractionResponseMessage};
        if let serenity::all::Interaction::Command(cmd) = i {
            let _ = cmd
                .create_response(
                    &ctx.http,
                    CreateInteractionResponse::Message(
                        CreateInteractionResponseMessage::new().content("ok"),
                    ),
                )
                .await;
        }
    }
}

/// Latencies of `rounds` × `in_flight` /win interactions sent `in_flight` at a time.
async fn in_flight(fake: &FakeDiscord, in_flight: usize, rounds: usize) -> Vec<Duration> {
    let rep = Person::rep(960_000_000_000_000_001, "Bob Brown");
    let mut all = Vec::with_capacity(in_flight * rounds);
    for round in 0..rounds {
        let mut tasks = Vec::with_capacity(in_flight);
        for k in 0..in_flight {
            let fake = fake.clone();
            let rep = rep.clone();
            tasks.push(tokio::spawn(async move {
                let options = json!([
                    {"name": "amount", "type": 3, "value": format!("{}", 1000 + k)},
                    {"name": "customer", "type": 3, "value": format!("Flight {round}-{k}")}
                ]);
                let sent = Instant::now();
                let (id, _) = fake.command(&rep, "win", options, json!({})).await;
                fake.callback(&id).await;
                sent.elapsed()
            }));
        }
        for t in tasks {
            all.push(t.await.unwrap());
        }
    }
    all.sort();
    all
}

/// Runs the bare bot against the same fake (after Dealbell has stopped, so the fake
/// carries the same history) and measures it at each load.
async fn floor(fake: &FakeDiscord, loads: &[(usize, usize)]) -> Vec<Vec<Duration>> {
    let identified = fake.identifies();
    let http = serenity::http::HttpBuilder::new(TOKEN)
        .proxy(fake.origin())
        .ratelimiter_disabled(true)
        .build();
    let mut client =
        serenity::all::ClientBuilder::new_with_http(http, serenity::all::GatewayIntents::GUILDS)
            .event_handler(Bare)
            .await
            .unwrap();
    let shards = client.shard_manager.clone();
    let task = tokio::spawn(async move {
        let _ = client.start().await;
    });
    while fake.identifies() == identified {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut out = Vec::new();
    for (load, rounds) in loads {
        out.push(in_flight(fake, *load, *rounds).await);
    }
    shards.shutdown_all().await;
    task.abort();
    out
}

fn main() {
    let runtime = measure::runtime();
    runtime.block_on(async {
        let fake = FakeDiscord::start().await;
        let dir = tempfile::tempdir().unwrap();
        let started = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_dealbell"))
            .args(["--db", dir.path().join("bench.db").to_str().unwrap(), "run"])
            .env("DISCORD_TOKEN", TOKEN)
            .env("DEALBELL_DISCORD_API_URL", fake.origin())
            .env("DEALBELL_DEV_GUILD", GUILD_ID.to_string())
            .env("DEALBELL_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("the dealbell binary");
        fake.registered_commands().await;
        let registered = started.elapsed();
        tokio::time::sleep(Duration::from_secs(1)).await;
        let idle = rss_kib(child.id());

        let rep = Person::rep(960_000_000_000_000_001, "Bob Brown");
        let mut latencies = Vec::with_capacity(500);
        for n in 0..500 {
            let options = json!([
                {"name": "amount", "type": 3, "value": format!("{}", 1000 + n)},
                {"name": "customer", "type": 3, "value": format!("Customer {n}")}
            ]);
            let sent = Instant::now();
            let (id, _) = fake.command(&rep, "win", options, json!({})).await;
            fake.callback(&id).await;
            latencies.push(sent.elapsed());
        }
        let after = rss_kib(child.id());
        latencies.sort();
        // Many in flight at once, against the bare bot doing the same through a fake.
        let loads = [(1usize, 200usize), (50, 10), (500, 2)];
        let mut ours = Vec::new();
        let mut peaks = Vec::new();
        for (load, rounds) in loads {
            // The bot's memory, sampled every 10 ms while the load runs.
            let pid = child.id();
            let running = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
            let sampler = {
                let running = running.clone();
                tokio::spawn(async move {
                    let mut peak = 0;
                    while running.load(std::sync::atomic::Ordering::SeqCst) {
                        peak = rss_kib(pid).max(peak);
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                    peak
                })
            };
            ours.push(in_flight(&fake, load, rounds).await);
            running.store(false, std::sync::atomic::Ordering::SeqCst);
            peaks.push(sampler.await.unwrap());
        }
        let _ = child.kill();
        let _ = child.wait();
        let bare = floor(&fake, &loads).await;
        let _ = child.kill();
        let _ = child.wait();
        println!("| start to commands registered | {} |", ms(registered));
        println!(
            "| /win p50 over 500 sequential interactions | {} |",
            ms(percentile(&latencies, 0.50))
        );
        println!("| /win p99 | {} |", ms(percentile(&latencies, 0.99)));
        println!("| /win max | {} |", ms(*latencies.last().unwrap()));
        println!(
            "| resident memory, idle after start | {:.1} MiB |",
            idle as f64 / 1024.0
        );
        println!(
            "| resident memory after the 500 wins | {:.1} MiB |",
            after as f64 / 1024.0
        );
        for ((load, _), peak) in loads.iter().zip(&peaks) {
            println!(
                "| resident memory, highest with {load} in flight | {:.1} MiB |",
                *peak as f64 / 1024.0
            );
        }
        println!();
        println!("| in flight | Dealbell p50 | Dealbell p99 | bare serenity p50 | bare p99 | p99 overhead |");
        println!("|---|---|---|---|---|---|");
        for (((load, _), ours), bare) in loads.iter().zip(&ours).zip(&bare) {
            let (p50, p99) = (percentile(ours, 0.50), percentile(ours, 0.99));
            let (f50, f99) = (percentile(bare, 0.50), percentile(bare, 0.99));
            println!(
                "| {load} | {} | {} | {} | {} | {} |",
                ms(p50),
                ms(p99),
                ms(f50),
                ms(f99),
                ms(p99.saturating_sub(f99))
            );
        }
        let violations = fake.violations();
        println!(
            "| requests Discord's spec would reject | {} |",
            violations.len()
        );
    });
}
