//! serenity drops gateway events it cannot read, saying so only at debug level. The
//! bot turns that into a warning and a count. This runs in its own test process
//! because the count is per process and the other Discord tests assert it stays 0.

// Tests may unwrap and panic: a failing unwrap is a failing test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation
)]

// It shares the integration tests' support code but uses only the fake Discord.
/// Read by the support code: this binary starts no team database of its own.
pub const ON_POSTGRES: bool = false;

#[allow(dead_code)]
#[path = "it/support/mod.rs"]
mod support;

use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::config::{Config, Secret};
use serde_json::json;
use support::fake_discord::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_interaction_is_counted_and_warned_about() {
    dealbell::logging::init_once();
    let fake = FakeDiscord::start().await;
    let mut config = Config::defaults();
    config.discord.token = Secret::new(TOKEN);
    config.discord.api_url = Some(fake.origin());
    let app = App::build(
        config,
        Database::Temporary,
        Clock::fixed("2026-03-10T09:00:00Z".parse().unwrap()),
    )
    .await
    .unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let bot = tokio::spawn(dealbell::bot::run_until(app, async move {
        let _ = stopped.await;
    }));
    fake.registered_commands().await;
    assert_eq!(dealbell::logging::dropped_events(), 0);
    // An INTERACTION_CREATE missing most of its fields: serenity cannot read it.
    fake.dispatch_unchecked(
        "INTERACTION_CREATE",
        json!({"id": "1", "type": 2, "token": "t"}),
    )
    .await;
    for _ in 0..100 {
        if dealbell::logging::dropped_events() > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(
        dealbell::logging::dropped_events(),
        1,
        "the dropped event was noticed"
    );
    let _ = stop.send(());
    assert!(matches!(bot.await, Ok(Ok(()))));
}
