//! Where "now" comes from. Production reads the system clock; tests and the console
//! can pin it (`:now 2026-03-10 09:00`) and move it (`:advance 2d`).

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, RwLock};

/// A clock shared by everything in one process. Cloning shares the same setting.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    pinned: Arc<RwLock<Option<DateTime<Utc>>>>,
}

impl Clock {
    /// The real clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock stopped at `at` until it is set or advanced.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        let clock = Clock::default();
        clock.set(Some(at));
        clock
    }

    pub fn now(&self) -> DateTime<Utc> {
        // A poisoned lock only means another thread panicked mid-write of a Copy value;
        // the value itself is still whole.
        match *self.pinned.read().unwrap_or_else(|e| e.into_inner()) {
            Some(at) => at,
            None => Utc::now(),
        }
    }

    /// Pins the clock at `at`, or returns it to real time with `None`.
    pub fn set(&self, at: Option<DateTime<Utc>>) {
        *self.pinned.write().unwrap_or_else(|e| e.into_inner()) = at;
    }

    /// Moves the clock forward, pinning it first if it was running on real time. None
    /// (and the clock unchanged) when that would pass the latest time Dealbell keeps.
    pub fn advance(&self, by: Duration) -> Option<DateTime<Utc>> {
        let next = self.now().checked_add_signed(by).filter(|t| in_range(*t))?;
        self.set(Some(next));
        Some(next)
    }

    pub fn is_pinned(&self) -> bool {
        self.pinned
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }
}

/// Whether Dealbell can keep this time: stored times have four-digit years, and a
/// time outside them would make every later read of the audit trail fail.
pub fn in_range(at: DateTime<Utc>) -> bool {
    (1..=9999).contains(&chrono::Datelike::year(&at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinned_clock_stays_and_advances() {
        let at: DateTime<Utc> = "2026-03-10T09:00:00Z".parse().unwrap();
        let clock = Clock::fixed(at);
        let shared = clock.clone();
        assert_eq!(shared.now(), at);
        clock.advance(Duration::hours(2)).unwrap();
        assert_eq!(shared.now(), at + Duration::hours(2));
        clock.set(None);
        assert!(!shared.is_pinned());
        // Far beyond what can be stored: refused, and the clock stays where it was.
        let pinned = Clock::fixed(at);
        assert_eq!(pinned.advance(Duration::days(106_751_991_167)), None);
        assert_eq!(pinned.advance(Duration::days(3_000_000)), None, "past 9999");
        assert_eq!(pinned.now(), at);
    }
}
