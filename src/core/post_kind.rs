//! The kinds of scheduled post, and which options each takes.

use crate::core::closed_set::closed_set;

closed_set! {
    /// What a schedule posts.
    pub enum PostKind {
        Leaderboard => "leaderboard";
        Quota => "quota";
        Digest => "digest";
        Forecast => "forecast";
        Alerts => "alerts";
    }
}

impl PostKind {
    /// Whether the post ranks a board, and so takes a metric.
    pub fn takes_metric(self) -> bool {
        matches!(self, PostKind::Leaderboard | PostKind::Digest)
    }

    /// Whether the post covers a period the schedule may choose.
    pub fn takes_period(self) -> bool {
        !matches!(self, PostKind::Quota)
    }
}
