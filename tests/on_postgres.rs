//! The console- and Discord-driven suites of `tests/it` again, each test's team in a
//! new database of a throwaway PostgreSQL cluster (`tests/it/support/postgres.rs`)
//! instead of a temporary SQLite file: the same modules, compiled a second time with
//! `ON_POSTGRES` set, so that both backends pass the same tests.
//!
//! Left out, because they are about SQLite itself or about no database: the disk-full,
//! several-processes-on-one-file and restore tests (`durability`), SQLite's schema
//! upgrades (`upgrades`), the binary on a database file (`cli`), the processes sharing
//! one file (`simulation`), the browser, the parsers' properties and the
//! architecture checks. The schema-shape test runs in `tests/it` (`postgres`).
//!
//! Where PostgreSQL is not installed, the first test to ask for a database prints one
//! line saying how to install it and ends this binary with success: the SQLite run in
//! `tests/it` is the rest.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation
)]

/// Read by `support::on_postgres`: every team of this binary lives in PostgreSQL.
pub const ON_POSTGRES: bool = true;

// Some support code serves only the modules left out here.
#[allow(dead_code)]
#[path = "it/support/mod.rs"]
mod support;

#[path = "it/alerts.rs"]
mod alerts;
#[path = "it/boards.rs"]
mod boards;
#[path = "it/calendar.rs"]
mod calendar;
#[path = "it/comp_and_docs.rs"]
mod comp_and_docs;
#[path = "it/competition.rs"]
mod competition;
#[path = "it/contests.rs"]
mod contests;
#[path = "it/currencies.rs"]
mod currencies;
#[path = "it/deals.rs"]
mod deals;
#[path = "it/discord.rs"]
mod discord;
#[path = "it/forecasts.rs"]
mod forecasts;
#[path = "it/nudges.rs"]
mod nudges;
#[path = "it/privacy.rs"]
mod privacy;
#[path = "it/quotas.rs"]
mod quotas;
#[path = "it/reference.rs"]
mod reference;
#[path = "it/reference_competition.rs"]
mod reference_competition;
#[path = "it/reference_pipeline.rs"]
mod reference_pipeline;
#[path = "it/schedules.rs"]
mod schedules;
#[path = "it/surge.rs"]
mod surge;
#[path = "it/team_and_boards.rs"]
mod team_and_boards;
#[path = "it/tv.rs"]
mod tv;
