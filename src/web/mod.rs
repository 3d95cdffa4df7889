//! The live page's HTTP server (`web.listen`): a team's leaderboard for an office screen
//! or a phone, opened with a `/tv link` token and kept true by server-sent events.
//!
//! It only reads: no route writes anything. A token that is unknown, malformed or
//! revoked gets the same plain 404 as any other path. The token never reaches a log
//! line (no request is logged by path). Every response carries the security headers
//! (`headers.rs`), every address is held to a request budget (`limit.rs`), and the page,
//! its script, style and fonts are compiled into the binary (`assets.rs`).
//!
//! The page stays live without any in-process signal: each open page's event stream
//! compares the screen, read from the database at most every `FRESH` per link, with what
//! it sent last, so a win written by another process (the console, a second bot) shows
//! within a second.

mod assets;
mod headers;
mod limit;
mod screens;

use crate::app::App;
use crate::i18n::Words;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub use limit::Budget;

/// How often an open page's event stream looks for a change.
const TICK: Duration = Duration::from_millis(100);

/// What every request handler shares.
#[derive(Clone)]
struct Web {
    screens: Arc<screens::Screens>,
    limit: Arc<limit::Limiter>,
}

/// Serves the live page on `listen` until the process ends. Returns the address bound
/// (port 0 picks a free one) and the server's task.
pub async fn serve(
    app: App,
    listen: SocketAddr,
    budget: Budget,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let bound = listener.local_addr()?;
    let web = Web {
        screens: Arc::new(screens::Screens::new(app)),
        limit: Arc::new(limit::Limiter::new(budget)),
    };
    let router = Router::new()
        .route("/tv/{token}", get(page))
        .route("/tv/{token}/screen.json", get(screen_json))
        .route("/tv/{token}/events", get(events))
        .route("/static/{file}", get(assets::file))
        .route("/static/fonts/{file}", get(assets::font))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            web.limit.clone(),
            limit::enforce,
        ))
        .layer(axum::middleware::map_response(headers::secure))
        .with_state(web);
    let task = tokio::spawn(async move {
        let service = router.into_make_service_with_connect_info::<SocketAddr>();
        if let Err(e) = axum::serve(listener, service).await {
            tracing::error!(error = %e, "the live page server stopped");
        }
    });
    tracing::info!(address = %bound, "live page served");
    Ok((bound, task))
}

/// Serves the live page when the settings say where (`web.listen`), with their request
/// budget; returns the address bound.
pub async fn serve_configured(app: &App) -> std::io::Result<Option<SocketAddr>> {
    let Some(listen) = app.config.web.listen else {
        return Ok(None);
    };
    let budget = Budget {
        requests: app.config.web.requests_per_minute,
        window: Duration::from_secs(60),
    };
    let (bound, _task) = serve(app.clone(), listen, budget).await?;
    Ok(Some(bound))
}

/// The words of a plain answer to a browser: the language it asks for
/// (`Accept-Language`), else English. (The page's own words follow its team.)
pub(crate) fn browser_words(headers: &HeaderMap) -> Words {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(crate::core::language::language_accepted);
    Words::new(asked.unwrap_or(crate::core::language::Language::En))
}

/// The plain 404 of every path that is not a page, a token that never existed or one
/// revoked.
pub(crate) fn not_found_for(headers: &HeaderMap) -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        browser_words(headers).say("web-not-found"),
    )
        .into_response()
}

async fn not_found(headers: HeaderMap) -> Response {
    not_found_for(&headers)
}

/// The page itself: the same HTML for every link (its script reads the token from the
/// address), served only for an open link.
async fn page(State(web): State<Web>, Path(token): Path<String>, headers: HeaderMap) -> Response {
    match web.screens.link(&token).await {
        Some(_) => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            assets::PAGE,
        )
            .into_response(),
        None => not_found_for(&headers),
    }
}

/// The screen as JSON (the page's first paint).
async fn screen_json(
    State(web): State<Web>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    // A revoked link answers 404 at once, not when its cached screen goes stale.
    if web.screens.link(&token).await.is_none() {
        return not_found_for(&headers);
    }
    match web.screens.current(&token).await {
        Some(json) => (
            [(header::CONTENT_TYPE, "application/json")],
            json.as_str().to_string(),
        )
            .into_response(),
        None => not_found_for(&headers),
    }
}

/// The screen again each time it changes, as server-sent events; the stream ends when
/// the link is revoked. Browsers reconnect by themselves (after `retry`).
async fn events(State(web): State<Web>, Path(token): Path<String>, headers: HeaderMap) -> Response {
    if web.screens.link(&token).await.is_none() {
        return not_found_for(&headers);
    }
    let watch = Watch {
        screens: web.screens.clone(),
        token,
        sent: None,
    };
    let stream = futures_util::stream::unfold(watch, next_change);
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// An open page's event stream between events: the link, and the screen sent last.
struct Watch {
    screens: Arc<screens::Screens>,
    token: String,
    sent: Option<Arc<String>>,
}

/// The next screen that differs from the one sent last (the first at once); None, which
/// ends the stream, when the link is gone.
async fn next_change(mut watch: Watch) -> Option<(Result<Event, Infallible>, Watch)> {
    loop {
        let json = watch.screens.current(&watch.token).await?;
        if watch.sent.as_ref() != Some(&json) {
            let event = Event::default()
                .event("screen")
                .retry(Duration::from_secs(1))
                .data(json.as_str());
            watch.sent = Some(json);
            return Some((Ok(event), watch));
        }
        tokio::time::sleep(TICK).await;
    }
}
