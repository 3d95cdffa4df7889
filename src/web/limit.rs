//! A request budget per address: so many requests a minute, counted in fixed windows.
//! A page needs a handful to load and one long-lived event stream, so a screen or a
//! phone never meets it; a script hammering tokens does, and gets 429.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How many requests an address may make in a window.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub requests: u32,
    pub window: Duration,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            requests: 120,
            window: Duration::from_secs(60),
        }
    }
}

pub struct Limiter {
    budget: Budget,
    /// Per address: when its window began and the requests made in it.
    seen: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl Limiter {
    pub fn new(budget: Budget) -> Limiter {
        Limiter {
            budget,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request; false when the address has used its budget.
    fn allow(&self, from: IpAddr) -> bool {
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        // Forget addresses whose window is over, now and then, so the map stays small.
        if seen.len() > 10_000 {
            let window = self.budget.window;
            seen.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let (start, count) = seen.entry(from).or_insert((now, 0));
        if now.duration_since(*start) >= self.budget.window {
            *start = now;
            *count = 0;
        }
        *count += 1;
        *count <= self.budget.requests
    }
}

pub async fn enforce(
    State(limiter): State<Arc<Limiter>>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    if limiter.allow(from.ip()) {
        return next.run(request).await;
    }
    let words = super::browser_words(request.headers());
    (
        StatusCode::TOO_MANY_REQUESTS,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::RETRY_AFTER, "60"),
        ],
        words.say("web-too-many-requests"),
    )
        .into_response()
}
