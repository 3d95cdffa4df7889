//! What the scheduler runs (`scheduler.rs` decides when): the post a schedule fires,
//! the forecast alert check, and the daily forecast snapshots. Jobs build on views
//! and the store; no command handler is imported here.

pub mod alert_check;
pub mod forecast_snapshots;
pub mod scheduled_post;
