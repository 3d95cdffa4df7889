//! Dealbell's integration tests, one binary so that the support code (the console
//! driver and the fake Discord) compiles once. Each module drives the real app: the
//! console on a temporary SQLite file, the real serenity client against the fake
//! Discord on 127.0.0.1, or the `dealbell` binary itself.
//!
//! Only tests that must run in a process of their own live beside this folder
//! (`tests/dropped_events.rs`, which reads a per-process counter).

// Tests may unwrap and panic: a failing unwrap is a failing test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation
)]

/// Read by `support::on_postgres`: this binary's teams live in temporary SQLite files
/// (`tests/on_postgres.rs` runs the same suites on PostgreSQL).
pub const ON_POSTGRES: bool = false;

mod support;

mod alerts;
mod architecture;
mod boards;
mod calendar;
mod cli;
mod comp_and_docs;
mod competition;
mod contests;
mod currencies;
mod deals;
mod discord;
mod durability;
mod forecasts;
mod languages;
mod nudges;
mod postgres;
mod privacy;
mod properties;
mod quotas;
mod reference;
mod reference_competition;
mod reference_pipeline;
mod schedules;
mod simulation;
mod surge;
mod team_and_boards;
mod tv;
mod tv_browser;
mod upgrades;
mod words_left;
