//! The domain: pure rules with no I/O. Nothing here knows about Discord, SQL or the
//! console; it is tested on its own.

pub mod activity;
pub mod alerts;
pub mod backtest;
pub mod calendar;
pub mod closed_set;
pub mod comp;
pub mod contest;
pub mod crm;
pub mod cron_spec;
pub mod dates;
pub mod deal;
pub mod export;
pub mod firing;
pub mod forecast;
pub mod guild;
pub mod ids;
pub mod language;
pub mod localtime;
pub mod money;
pub mod nudge;
pub mod period;
pub mod post_kind;
pub mod progress;
pub mod quota;
pub mod race;
pub mod ranking;
pub mod ratio;
pub mod records;
pub mod search;
pub mod target_words;
pub mod tv;
pub mod words;
