//! The running bot: the Discord adapter and the scheduler side by side, sharing one
//! `App`. Neither knows of the other; this is where they meet.

use crate::app::App;
use crate::discord::{self, DiscordError};
use crate::post_budget::PostBudget;
use crate::scheduler::Scheduler;
use std::sync::Arc;
use std::time::Duration;

/// How long a stop waits for the scheduler to finish the step it is in.
const SCHEDULER_GRACE: Duration = Duration::from_secs(10);

/// Runs the bot until Ctrl-C or SIGTERM.
pub async fn run(app: App) -> Result<(), DiscordError> {
    run_until(app, discord::shutdown_signal()).await
}

/// Runs the bot until `stop` completes (tests stop it this way; `run` uses signals).
pub async fn run_until(
    mut app: App,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), DiscordError> {
    let share = app.config.discord.posts_per_second;
    app.post_budget = Some(Arc::new(PostBudget::per_second(share)));
    let bot = discord::connect(app.clone()).await?;
    let scheduler = Scheduler::new(app.clone(), Arc::new(bot.poster()));
    let (stop_scheduler, scheduler_stopped) = tokio::sync::watch::channel(false);
    let mut scheduler_task = tokio::spawn(scheduler.run_until_stopped(scheduler_stopped));
    let result = bot.run_until(stop).await;
    // The scheduler finishes the step it is in (its posts go out or are reported);
    // one that hangs is cut off, and its claims are taken over when their leases end.
    let _stopping = stop_scheduler.send(true);
    if tokio::time::timeout(SCHEDULER_GRACE, &mut scheduler_task)
        .await
        .is_err()
    {
        tracing::warn!("the scheduler did not finish its step within 10 s of the stop");
        scheduler_task.abort();
    }
    app.db.close().await;
    result
}
