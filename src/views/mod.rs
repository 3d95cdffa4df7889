//! Screens shared by commands and scheduled posts: the leaderboard board, quota
//! progress, the forecast view, a team's alert rules and what they measure, contests,
//! the race a win changed, and what a scheduled board says. A view reads the store and
//! builds a message; it knows nothing of who asked or how it is delivered.

pub mod alert_words;
pub mod alerts;
pub mod backtest;
pub mod board;
pub mod comp;
pub mod contest;
pub mod digest;
pub mod forecast;
pub mod quota;
pub mod race_words;
pub mod scheduled;
pub mod screen;
pub mod win;
