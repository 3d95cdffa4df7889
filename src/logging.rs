//! Logging setup, and one alarm: serenity drops gateway events whose payload it
//! cannot read and says so only at debug level ("An unknown event was received").
//! A dropped INTERACTION_CREATE is a command that silently never answers, so the
//! alarm repeats it as a warning and counts it.

use std::sync::Once;
use std::sync::atomic::{AtomicU64, Ordering};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::filter::{EnvFilter, Targets};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

const DISPATCH_TARGET: &str = "serenity::client::dispatch";
static DROPPED: AtomicU64 = AtomicU64::new(0);

/// How many gateway events serenity dropped since the process started.
pub fn dropped_events() -> u64 {
    DROPPED.load(Ordering::SeqCst)
}

struct MessageText(String);

impl Visit for MessageText {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

struct DroppedEventAlarm;

impl<S: Subscriber> Layer<S> for DroppedEventAlarm {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        if event.metadata().target() != DISPATCH_TARGET {
            return;
        }
        let mut text = MessageText(String::new());
        event.record(&mut text);
        if text.0.contains("unknown event") {
            DROPPED.fetch_add(1, Ordering::SeqCst);
            let mut shown = text.0;
            shown.truncate(600);
            tracing::warn!(target: "dealbell::discord", "serenity could not read an event from Discord and dropped it: {shown}");
        }
    }
}

/// Logs to stderr with `DEALBELL_LOG` (or `default`) as the filter, plus the alarm.
pub fn init(default: &str) {
    let filter =
        EnvFilter::try_from_env("DEALBELL_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let fmt = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_filter(filter);
    let alarm =
        DroppedEventAlarm.with_filter(Targets::new().with_target(DISPATCH_TARGET, Level::DEBUG));
    // A second init (tests) keeps the first subscriber.
    let _ = tracing_subscriber::registry()
        .with(fmt)
        .with(alarm)
        .try_init();
}

/// For tests: installs logging once per process.
pub fn init_once() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| init("warn"));
}
