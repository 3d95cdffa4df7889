//! The live page under load, for docs/BENCHMARKS.md:
//!
//!     cargo bench --bench tv
//!
//! `dealbell console` serves the page from its own process (`web.listen`); this process
//! opens 200 pages' event streams, then writes a burst of 100 wins on the same database
//! file as fast as it can (another process, as a second bot or the console would). It
//! measures how long until every page has every win, against the floor of how long the
//! burst itself took to write, and the server's memory with the pages open.

// A benchmark that cannot set up should stop there and say why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod measure;
/// Read by the test support: this benchmark's teams live in SQLite files.
pub const ON_POSTGRES: bool = false;

#[allow(dead_code)] // a bench uses part of the test support
#[path = "../tests/it/support/mod.rs"]
mod support;

use measure::{ms, percentile, rss_kib};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::Driver;

const PAGES: usize = 200;
const WINS: i64 = 100;

/// Reads a page's event stream until a screen names deal `last` among its wins; returns
/// when that was.
async fn until_deal(mut events: reqwest::Response, last: i64) -> Instant {
    let needle = format!("\"deal\":{last},");
    let mut text = String::new();
    loop {
        let chunk = events
            .chunk()
            .await
            .unwrap()
            .expect("the stream stays open");
        text.push_str(&String::from_utf8_lossy(&chunk));
        if text.contains(&needle) {
            return Instant::now();
        }
        // Keep only the tail: a screen is a few kilobytes.
        if text.len() > 64_000 {
            text = text.split_off(text.len() - 16_000);
        }
    }
}

fn main() {
    let runtime = measure::runtime();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("bench.db");
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let config = dir.path().join("web.toml");
        std::fs::write(&config, format!("[web]\nlisten = \"127.0.0.1:{port}\"\nrequests_per_minute = 100000\n")).unwrap();

        // The team, its first wins and the link, written here first.
        let mut writer = Driver::on_file(&db).await;
        writer.script(":as ana\n/win amount:1000 customer:Acme\n:as boss manager").await;
        let r = writer.ok("/tv link").await;
        let page = r["data"]["link"].as_str().unwrap().to_string();

        let mut server = Command::new(env!("CARGO_BIN_EXE_dealbell"))
            .args(["--config", config.to_str().unwrap(), "--db", db.to_str().unwrap()])
            .args(["--now", "2026-03-10 09:00", "console"])
            .env("DEALBELL_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the dealbell binary");
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while !reqwest::get(format!("{base}{page}"))
            .await
            .is_ok_and(|r| r.status() == reqwest::StatusCode::OK)
        {
            assert!(started.elapsed() < Duration::from_secs(20), "the page server did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        let idle = rss_kib(server.id());

        let client = reqwest::Client::new();
        let mut streams = Vec::with_capacity(PAGES);
        for _ in 0..PAGES {
            let events = client.get(format!("{base}{page}/events")).send().await.unwrap();
            assert_eq!(events.status(), 200);
            streams.push(events);
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        let open = rss_kib(server.id());

        let last = 1 + WINS;
        let waiting: Vec<_> = streams
            .into_iter()
            .map(|events| tokio::spawn(until_deal(events, last)))
            .collect();
        let burst = Instant::now();
        for n in 0..WINS {
            writer.ok(&format!(":as rep{}", n % 10)).await;
            writer.ok(&format!("/win amount:{} customer:\"C {n}\"", 500 + n)).await;
        }
        let written = burst.elapsed();
        let mut arrived = Vec::with_capacity(PAGES);
        for w in waiting {
            arrived.push(w.await.unwrap().duration_since(burst));
        }
        arrived.sort();
        let peak = rss_kib(server.id());
        let all = *arrived.last().unwrap();

        let mut out = std::io::stdout().lock();
        writeln!(out, "| what | figure |").unwrap();
        writeln!(out, "|---|---|").unwrap();
        writeln!(out, "| floor: the burst of {WINS} wins written (another process, one by one) | {} |", ms(written)).unwrap();
        writeln!(out, "| every one of {PAGES} pages has every win, from the burst's start | {} ({:.2}× the floor) |", ms(all), all.as_secs_f64() / written.as_secs_f64()).unwrap();
        writeln!(out, "| after the last win was written | {} |", ms(all.saturating_sub(written))).unwrap();
        writeln!(out, "| first page with every win / median page | {} / {} |", ms(arrived[0]), ms(percentile(&arrived, 0.5))).unwrap();
        writeln!(out, "| server memory: serving, no page open | {:.1} MiB |", idle as f64 / 1024.0).unwrap();
        writeln!(out, "| server memory: {PAGES} pages open | {:.1} MiB |", open as f64 / 1024.0).unwrap();
        writeln!(out, "| server memory: after the burst | {:.1} MiB |", peak as f64 / 1024.0).unwrap();
        drop(server.stdin.take());
        let _ = server.kill();
        let _ = server.wait();
    });
}
