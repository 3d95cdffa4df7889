//! The page, its script and style, and the fonts the charts use, compiled in: one
//! binary, no CDN, no build step.

use axum::extract::Path;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

pub const PAGE: &str = include_str!("../../assets/web/page.html");
const SCRIPT: &str = include_str!("../../assets/web/tv.js");
const STYLE: &str = include_str!("../../assets/web/tv.css");
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const CJK: &[u8] = include_bytes!("../../assets/fonts/DroidSansFallback.ttf");

/// Assets do not change while a binary runs: a day in the browser's cache.
const CACHE: &str = "public, max-age=86400";

pub async fn file(Path(name): Path<String>, headers: HeaderMap) -> Response {
    match name.as_str() {
        "tv.js" => served("text/javascript; charset=utf-8", SCRIPT.as_bytes()),
        "tv.css" => served("text/css; charset=utf-8", STYLE.as_bytes()),
        _ => super::not_found_for(&headers),
    }
}

pub async fn font(Path(name): Path<String>, headers: HeaderMap) -> Response {
    match name.as_str() {
        "regular.ttf" => served("font/ttf", REGULAR),
        "bold.ttf" => served("font/ttf", BOLD),
        "cjk.ttf" => served("font/ttf", CJK),
        _ => super::not_found_for(&headers),
    }
}

fn served(content_type: &'static str, body: &'static [u8]) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, CACHE),
        ],
        body,
    )
        .into_response()
}
