//! The live page (`/tv link`, `web/`) over real HTTP: links, the 404 of every token that
//! opens nothing, security headers, nothing hidden in any byte served, teams kept apart,
//! the request limit, and a win from another process reaching an open page.

use crate::support::Driver;
use dealbell::web::{self, Budget};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

/// Serves the driver's app on a free port.
async fn serve(d: &Driver, budget: Budget) -> SocketAddr {
    let (addr, _task) = web::serve(
        d.console.app().clone(),
        "127.0.0.1:0".parse().unwrap(),
        budget,
    )
    .await
    .unwrap();
    addr
}

/// `/tv link` as a manager: the link's path ("/tv/<token>").
async fn link(d: &mut Driver, options: &str) -> String {
    let r = d.ok(&format!("/tv link {options}")).await;
    let link = r["data"]["link"].as_str().unwrap().to_string();
    assert!(link.starts_with("/tv/"), "{link}");
    link
}

async fn get(addr: SocketAddr, path: &str) -> reqwest::Response {
    reqwest::get(format!("http://{addr}{path}")).await.unwrap()
}

async fn screen(addr: SocketAddr, page: &str) -> serde_json::Value {
    let text = get(addr, &format!("{page}/screen.json"))
        .await
        .text()
        .await
        .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The next piece of an event stream ("" after 3 s without one).
async fn next_chunk(events: &mut reqwest::Response) -> String {
    tokio::time::timeout(Duration::from_secs(3), events.chunk())
        .await
        .ok()
        .and_then(|c| c.ok().flatten())
        .map(|c| String::from_utf8_lossy(&c).to_string())
        .unwrap_or_default()
}

/// The first event of a page's event stream.
async fn first_event(addr: SocketAddr, path: &str) -> String {
    let mut events = get(addr, &format!("{path}/events")).await;
    assert_eq!(events.status(), 200);
    let mut text = String::new();
    while !text.contains("\n\n") {
        let chunk = tokio::time::timeout(Duration::from_secs(5), events.chunk())
            .await
            .expect("an event within 5 s")
            .unwrap()
            .expect("the stream stays open");
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    text
}

#[tokio::test]
async fn a_link_opens_the_page_and_every_token_that_opens_nothing_gets_the_same_404() {
    let mut d = Driver::new().await;
    d.script(":as ana\n/win amount:12000 customer:Acme\n:as you manager")
        .await;
    let page = link(&mut d, "metric:revenue period:month").await;
    let addr = serve(&d, Budget::default()).await;

    let r = get(addr, &page).await;
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["x-content-type-options"], "nosniff");
    let html = r.text().await.unwrap();
    assert!(
        html.contains("/static/tv.js") && !html.contains("<script>"),
        "no inline script"
    );

    let json = screen(addr, &page).await;
    assert_eq!(json["rows"][0]["name"], "ana");
    assert_eq!(json["rows"][0]["value"], "12,000 USD");
    assert_eq!(json["wins"][0]["what"], "won 12,000 USD");

    let never = format!("/tv/{}", "0".repeat(40));
    let malformed = "/tv/not-a-token".to_string();
    d.ok("/tv revoke link:1").await;
    let mut bodies = Vec::new();
    for path in [
        page.clone(),
        format!("{page}/screen.json"),
        format!("{page}/events"),
        never,
        malformed,
    ] {
        let r = get(addr, &path).await;
        assert_eq!(r.status(), 404, "{path}");
        bodies.push(r.text().await.unwrap());
    }
    assert!(bodies.iter().all(|b| b == "Not found"), "{bodies:?}");
    // A browser that asks for Polish (then English) is told so in Polish.
    let polish = reqwest::Client::new()
        .get(format!("http://{addr}{page}"))
        .header("Accept-Language", "pl-PL,pl;q=0.9,en;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(polish.status(), 404);
    assert_eq!(polish.text().await.unwrap(), "Nie znaleziono");
    let listed = crate::support::text(&d.ok("/tv list").await);
    assert!(
        listed.contains("#1") && listed.contains("revoked"),
        "{listed}"
    );
    // Only managers make links.
    d.ok(":as ana").await;
    assert!(d.refused("/tv link").await.contains("Only managers"));
}

#[tokio::test]
async fn hidden_amounts_are_in_no_byte_the_page_serves() {
    let mut d = Driver::new().await;
    d.script(
        "/setup amounts:hidden
:as ana
/win amount:12345 customer:Acme
:as bob
/win amount:6789 customer:Initech
:as you manager
/contest create name:March metric:revenue start:2026-03-01 end:2026-03-31",
    )
    .await;
    let page = link(&mut d, "metric:revenue period:month").await;
    let addr = serve(&d, Budget::default()).await;
    let mut served = String::new();
    for path in [
        page.clone(),
        format!("{page}/screen.json"),
        "/static/tv.js".into(),
        "/static/tv.css".into(),
    ] {
        served.push_str(&get(addr, &path).await.text().await.unwrap());
    }
    served.push_str(&first_event(addr, &page).await);
    assert!(served.contains("ana") && served.contains("bob"), "{served}");
    for amount in [
        "12,345", "12345", "1234500", "6,789", "6789", "678900", "USD",
    ] {
        assert!(!served.contains(amount), "{amount} served:\n{served}");
    }
    let json = screen(addr, &page).await;
    assert_eq!(json["rows"][0]["value"], "1 deal");
    // The bars are drawn to the deal counts shown, not to revenue.
    assert_eq!(json["rows"][0]["bar"], json["rows"][1]["bar"]);
    assert_eq!(json["wins"][0]["what"], "won a deal");
}

#[tokio::test]
async fn one_teams_link_never_reads_another_team() {
    let mut d = Driver::new().await;
    d.script(":as ana\n/win amount:1000 customer:Acme\n:as you manager")
        .await;
    let ours = link(&mut d, "").await;
    d.script(":guild rivals\n:as zed\n/win amount:99000 customer:Globex\n:as boss manager")
        .await;
    let theirs = link(&mut d, "").await;
    let addr = serve(&d, Budget::default()).await;
    let ours = get(addr, &format!("{ours}/screen.json"))
        .await
        .text()
        .await
        .unwrap();
    let theirs = get(addr, &format!("{theirs}/screen.json"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        ours.contains("ana") && !ours.contains("zed") && !ours.contains("99,000"),
        "{ours}"
    );
    assert!(
        theirs.contains("zed") && !theirs.contains("ana"),
        "{theirs}"
    );
}

#[tokio::test]
async fn an_address_that_spends_its_budget_gets_429() {
    let mut d = Driver::new().await;
    let page = link(&mut d, "").await;
    let addr = serve(
        &d,
        Budget {
            requests: 5,
            window: Duration::from_secs(60),
        },
    )
    .await;
    for _ in 0..5 {
        assert_eq!(get(addr, &page).await.status(), 200);
    }
    let r = get(addr, &page).await;
    assert_eq!(r.status(), 429);
    assert_eq!(r.headers()["retry-after"], "60");
}

/// Two apps on one database file stand for two processes: the page is served by one,
/// the win written by the other, and the open page's event stream carries it within a
/// second.
#[tokio::test]
async fn a_win_written_by_another_process_reaches_an_open_page_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dealbell.db");
    let mut serving = Driver::on_file(&file).await;
    serving
        .script(":as ana\n/win amount:5000 customer:Acme\n:as you manager")
        .await;
    let page = link(&mut serving, "").await;
    let addr = serve(&serving, Budget::default()).await;
    let mut other = Driver::on_file(&file).await;

    let mut events = get(addr, &format!("{page}/events")).await;
    let mut seen = String::new();
    while !seen.contains("\n\n") {
        seen.push_str(&next_chunk(&mut events).await);
    }
    assert!(seen.contains("ana") && !seen.contains("bob"));
    other
        .script(":as bob\n/win amount:9000 customer:Initech")
        .await;
    let written = Instant::now();
    let mut after = String::new();
    while !after.contains("\"name\":\"bob\"") {
        assert!(
            written.elapsed() < Duration::from_secs(1),
            "no update within a second:\n{after}"
        );
        after.push_str(&next_chunk(&mut events).await);
    }
    let took = written.elapsed();
    assert!(took < Duration::from_secs(1), "{took:?}");
    assert!(after.contains("won 9,000 USD"), "{after}");
}

#[tokio::test]
async fn the_page_follows_quota_privacy_undo_and_a_forgotten_member() {
    let mut d = Driver::new().await;
    d.script(
        "/quota set rep:@ana amount:100k period:month
/quota set rep:@bob amount:50k period:month
:as ana
/win amount:40000 customer:Acme
:as bob
/win amount:10000 customer:Initech
:as you manager",
    )
    .await;
    let page = link(&mut d, "").await;
    let addr = serve(&d, Budget::default()).await;
    // Quotas private (the default): no quota bar, no attainment anywhere.
    let json = screen(addr, &page).await;
    assert!(
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["quota"].is_null()),
        "{json}"
    );
    assert!(
        !json.to_string().contains("40%") && !json.to_string().contains("40.0"),
        "{json}"
    );
    // Shared: each rep's bar.
    d.ok("/setup quota_visibility:team").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let json = screen(addr, &page).await;
    assert_eq!(json["rows"][0]["name"], "ana");
    assert_eq!(json["rows"][0]["quota"]["bar"], 400, "{json}");
    assert_eq!(json["rows"][1]["quota"]["bar"], 200, "{json}");
    // bob's win undone: gone from the board and the ticker.
    d.script(":as bob\n/deal undo\n:as you manager").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let json = screen(addr, &page).await;
    assert!(!json.to_string().contains("bob"), "{json}");
    // ana forgotten: her name is nowhere on the page.
    d.ok("/privacy forget user:@ana confirm:true").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let text = get(addr, &format!("{page}/screen.json"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!text.contains("ana"), "{text}");
    assert!(
        text.contains("40,000 USD"),
        "her win still counts, unnamed: {text}"
    );
}
