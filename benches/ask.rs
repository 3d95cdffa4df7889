//! `/ask` over a large document library, for docs/BENCHMARKS.md:
//!
//!     cargo bench --bench ask
//!     DEALBELL_BENCH_BACKEND=postgres cargo bench --bench ask    (on a throwaway PostgreSQL)
//!
//! Builds 10 synthetic documents of 1,000 sections each (10,000 passages; English,
//! German, Polish and Chinese text drawn from a fixed vocabulary), indexes them through
//! `/docs add` as a manager would, then times questions through the console.

// A benchmark that cannot set up should stop there and say why.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod measure;
/// Read by the test support: its default database is a SQLite file; this benchmark
/// names PostgreSQL's itself when asked to.
pub const ON_POSTGRES: bool = false;

#[allow(dead_code)] // a bench uses part of the test support
#[path = "../tests/it/support/mod.rs"]
mod support;

use measure::{median, ms};
use std::io::Write;
use std::time::Instant;
use support::Driver;

const WORDS: &[&str] = &[
    "commission",
    "quota",
    "discount",
    "approval",
    "customer",
    "renewal",
    "pipeline",
    "forecast",
    "contract",
    "invoice",
    "payment",
    "territory",
    "manager",
    "proposal",
    "Provision",
    "Rabatt",
    "Freigabe",
    "Kunde",
    "Vertrag",
    "Rechnung",
    "Zahlung",
    "Angebot",
    "Gebiet",
    "prowizja",
    "rabat",
    "klient",
    "umowa",
    "faktura",
    "płatność",
    "wynagrodzenie",
    "oferta",
    "region",
    "the",
    "and",
    "of",
    "is",
    "die",
    "und",
    "ist",
    "佣金",
    "客户",
    "折扣",
    "合同",
    "付款",
    "审批",
    "经理",
];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut config = dealbell::config::Config::defaults();
        config.docs_samples = dealbell::config::SampleDocs::None;
        config.docs_max_bytes = 20_000_000;
        let database = if std::env::var("DEALBELL_BENCH_BACKEND").as_deref() == Ok("postgres") {
            let url = support::postgres::available()
                .unwrap_or_else(|why| panic!("{why}"))
                .new_database()
                .await;
            println!("On PostgreSQL (a throwaway cluster on a Unix socket).\n");
            dealbell::app::Database::Postgres(url)
        } else {
            println!("On SQLite (a temporary file).\n");
            dealbell::app::Database::Temporary
        };
        let mut d = Driver::on(config, database).await;
        let dir = tempfile::tempdir().unwrap();
        let mut x: u64 = 7;
        let mut next = || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) as usize
        };
        let mut files = Vec::new();
        for doc in 0..10 {
            let path = dir.path().join(format!("library-{doc}.md"));
            let mut f = std::fs::File::create(&path).unwrap();
            writeln!(f, "# Library {doc}").unwrap();
            for section in 0..1_000 {
                writeln!(f, "\n## Section {doc}-{section} {}", WORDS[next() % WORDS.len()]).unwrap();
                let words: Vec<&str> = (0..70).map(|_| WORDS[next() % WORDS.len()]).collect();
                writeln!(f, "{}.", words.join(" ")).unwrap();
            }
            files.push(path);
        }
        println!("| what | figure |");
        println!("|---|---|");
        let start = Instant::now();
        for path in &files {
            d.ok(&format!("/docs add file:@{}", path.display())).await;
        }
        let build = start.elapsed();
        let docs = d.ok("/docs list").await;
        let passages: i64 = docs["data"]["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["passages"].as_i64().unwrap())
            .sum();
        println!(
            "| index build: {passages} passages in 10 documents (/docs add: split, fold, stem, store terms) | {} ({:.0} µs a passage) |",
            ms(build),
            build.as_secs_f64() * 1e6 / passages as f64
        );
        // The first /ask after a change builds the team's in-memory index from the
        // stored terms; later ones reuse it until the documents change again.
        let t = Instant::now();
        d.ok("/ask question:\"commission\"").await;
        let first = t.elapsed();
        println!(
            "| first /ask after the change (reads the {passages} passages' terms and builds the in-memory index) | {} |",
            ms(first)
        );
        // The floor: a command through the same console path that searches nothing.
        let mut floor = Vec::new();
        for _ in 0..30 {
            let t = Instant::now();
            d.ok("/help").await;
            floor.push(t.elapsed());
        }
        let floor = median(floor);
        println!("| floor: `/help` through the same path | {} |", ms(floor));
        for question in [
            "When is commission paid after the invoice?",
            "Wann wird die Provision nach der Rechnung gezahlt?",
            "kiedy płatność prowizji",
            "佣金什么时候付款",
            "parking garage opening hours",
        ] {
            let mut samples = Vec::new();
            for _ in 0..30 {
                let t = Instant::now();
                d.ok(&format!("/ask question:\"{question}\"")).await;
                samples.push(t.elapsed());
            }
            let m = median(samples);
            println!(
                "| /ask \"{question}\" | {} ({:.1}× the floor) |",
                ms(m),
                m.as_secs_f64() / floor.as_secs_f64()
            );
        }
    });
}
