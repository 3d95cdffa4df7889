//! The running bot: the Discord adapter and the scheduler side by side, sharing one
//! `App`. Neither knows of the other; this is where they meet.

use crate::app::App;
use crate::discord::{self, DiscordError};
use crate::scheduler::Scheduler;
use std::sync::Arc;

/// Runs the bot until Ctrl-C or SIGTERM.
pub async fn run(app: App) -> Result<(), DiscordError> {
    run_until(app, discord::shutdown_signal()).await
}

/// Runs the bot until `stop` completes (tests stop it this way; `run` uses signals).
pub async fn run_until(
    app: App,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), DiscordError> {
    let bot = discord::connect(app.clone()).await?;
    let scheduler = Scheduler::new(app, Arc::new(bot.poster()));
    let scheduler_task = tokio::spawn(scheduler.run_forever());
    let result = bot.run_until(stop).await;
    scheduler_task.abort();
    result
}
