//! This process's share of Discord's rate: at most `discord.posts_per_second` posts and
//! edits to channels a second, whoever sends them (the scheduler, or a command's
//! announcement). Discord allows a bot 50 requests a second across all its processes;
//! each process keeps to its configured share, so together they stay under it even when
//! thousands of teams' Monday boards fall due in the same minute.

use governor::clock::DefaultClock;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};
use std::num::NonZeroU32;

pub struct PostBudget {
    limiter: RateLimiter<NotKeyed, InMemoryState, DefaultClock>,
    per_second: NonZeroU32,
}

/// What a process sends a second when its share is not set.
const DEFAULT_PER_SECOND: NonZeroU32 = NonZeroU32::MIN.saturating_add(39);

impl PostBudget {
    /// A budget of `per_second` sends a second, with no burst beyond it.
    pub fn per_second(per_second: u32) -> PostBudget {
        let per_second = NonZeroU32::new(per_second).unwrap_or(DEFAULT_PER_SECOND);
        // One send every 1/n s: a burst of n at once would already be a second's worth.
        let quota = Quota::per_second(per_second).allow_burst(NonZeroU32::MIN);
        PostBudget {
            limiter: RateLimiter::direct(quota),
            per_second,
        }
    }

    /// Waits until one more send fits in the budget.
    pub async fn wait(&self) {
        self.limiter.until_ready().await;
    }

    pub fn sends_per_second(&self) -> u32 {
        self.per_second.get()
    }
}

impl std::fmt::Debug for PostBudget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PostBudget({} a second)", self.per_second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn sends_are_spaced_to_the_budget() {
        let budget = PostBudget::per_second(50);
        let started = std::time::Instant::now();
        for _ in 0..26 {
            budget.wait().await;
        }
        // The first goes at once, then one every 20 ms: 25 gaps.
        let took = started.elapsed();
        assert!(took >= std::time::Duration::from_millis(480), "{took:?}");
    }
}
