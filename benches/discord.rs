//! Measures the bot against the fake Discord: the release binary runs as its own
//! process (so its memory is its own), the fake runs here.
//!
//!     cargo bench --bench discord
//!
//! Prints a table for docs/BENCHMARKS.md. Nothing is asserted: figures vary by machine.

#[allow(dead_code)] // a bench uses part of the test support
#[path = "../tests/it/support/mod.rs"]
mod support;

use serde_json::json;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::fake_discord::*;

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(|l| l.to_string())
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
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
        let _ = child.kill();
        let _ = child.wait();
        let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
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
        let violations = fake.violations();
        println!(
            "| requests Discord's spec would reject | {} |",
            violations.len()
        );
    });
}
