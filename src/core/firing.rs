//! One firing of a schedule: the state it is stored in, and what a scheduler step
//! reports it did.

use crate::core::closed_set::closed_set;

closed_set! {
    /// A firing as the database records it.
    pub enum FiringState {
        /// Taken by one scheduler step, which is posting it now.
        Claimed => "claimed";
        Posted => "posted";
        Skipped => "skipped";
        /// Not delivered yet; tried again at `next_attempt_at`.
        Retrying => "retrying";
        Failed => "failed";
    }
}

closed_set! {
    /// What one scheduler step did with a firing.
    pub enum FiringOutcome {
        Posted => "posted";
        /// Written to the outbox and not sent yet (another sender holds it).
        Queued => "queued";
        /// Posted after its due time (after downtime).
        Late => "late";
        /// An alerts check with nothing new to say: nothing posted.
        Quiet => "quiet";
        Skipped => "skipped";
        Retrying => "retrying";
        Failed => "failed";
    }
}

/// Whether a firing is posted on time or late (after downtime, beyond a few minutes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    OnTime,
    Late,
}

impl Timing {
    /// As a stored flag reads back.
    pub fn from_late(late: bool) -> Timing {
        if late { Timing::Late } else { Timing::OnTime }
    }
}
