//! What the scheduler runs (`scheduler.rs` decides when): the post a schedule fires,
//! the forecast alert check, the daily forecast snapshots, and the outbox sender. Jobs build on views
//! and the store; no command handler is imported here.

pub mod alert_check;
pub mod contests;
pub mod forecast_snapshots;
pub mod nudges;
pub mod scheduled_post;
pub mod send_posts;
