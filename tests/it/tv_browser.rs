//! The live page in a real browser: headless Chromium driven over WebDriver (Debian's
//! `chromium` and `chromium-driver`). A win written by another process on the same
//! database moves the row and reaches the ticker within a second; screenshots at TV and
//! phone sizes land in target/tv-screens/ for a person to look at. Without Chromium the
//! test says so and passes.

use crate::support::{Driver, skip};
use dealbell::web::{self, Budget};
use fantoccini::{Client, ClientBuilder, Locator};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A process the test started (chromedriver, a page server), stopped when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn found(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

/// Chromium and chromedriver, or None after saying that `test` is skipped without them.
fn browser_tools(test: &str) -> Option<(PathBuf, PathBuf)> {
    let tools = found("chromium").zip(found("chromedriver"));
    if tools.is_none() {
        skip(
            test,
            "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
        );
    }
    tools
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts chromedriver and a browser, opens `url` and waits until the page has drawn
/// its first screen. The chromedriver process lives as long as the returned guard.
async fn open_page((chromium, chromedriver): &(PathBuf, PathBuf), url: &str) -> (Client, Process) {
    let port = free_port();
    let driver = Process(
        Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let client = browser(chromium, port).await;
    client.goto(url).await.unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("body[data-ready='yes']"))
        .await
        .unwrap();
    (client, driver)
}

async fn browser(chromium: &std::path::Path, port: u16) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1920,1080", "--force-device-scale-factor=1"]
        }),
    );
    let started = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return client,
            Err(e) if started.elapsed() < Duration::from_secs(20) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("chromedriver did not start a browser: {e}"),
        }
    }
}

/// The shown text of every element `css` finds, read in one script: the page redraws
/// its rows whenever news arrives, so elements found first and read one by one may be
/// gone by the time they are read (a loaded machine read four empty names that way).
async fn texts(client: &Client, css: &str) -> Vec<String> {
    let found = client
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText);",
            vec![serde_json::json!(css)],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

async fn screenshot(client: &Client, size: (u32, u32), name: &str) -> PathBuf {
    client.set_window_size(size.0, size.1).await.unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = client.screenshot().await.unwrap();
    let dir = crate::support::project_dir().join("target/tv-screens");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, png).unwrap();
    path
}

#[tokio::test]
async fn a_win_moves_the_row_and_reaches_the_ticker_in_a_real_browser_within_a_second() {
    let Some(tools) = browser_tools(
        "a_win_moves_the_row_and_reaches_the_ticker_in_a_real_browser_within_a_second",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dealbell.db");
    let mut serving = Driver::on_file(&file).await;
    serving
        .script(
            ":as ana
/win amount:42000 customer:Acme
:as 李娜
/win amount:38000 customer:Globex
:as سارة
/win amount:30500 customer:Initech
:as bob
/win amount:12000 customer:Umbrella
:as you manager
/contest create name:\"March sprint\" metric:deals start:2026-03-01 end:2026-03-31",
        )
        .await;
    let r = serving.ok("/tv link metric:revenue period:month").await;
    let page = r["data"]["link"].as_str().unwrap().to_string();
    let (addr, _task) = web::serve(
        serving.console.app().clone(),
        "127.0.0.1:0".parse().unwrap(),
        Budget::default(),
    )
    .await
    .unwrap();
    let (client, _driver) = open_page(&tools, &format!("http://{addr}{page}")).await;
    let before = texts(&client, "#rows .name").await;
    assert_eq!(before, ["ana", "李娜", "سارة", "bob"]);

    // Another process on the same database: bob's big win takes the lead.
    let mut other = Driver::on_file(&file).await;
    other
        .script(":as bob\n/win amount:50000 customer:Wayne")
        .await;
    let written = Instant::now();
    loop {
        let rows = texts(&client, "#rows .name").await;
        let ticker = texts(&client, "#ticker .win").await;
        if rows.first().map(String::as_str) == Some("bob")
            && ticker
                .first()
                .is_some_and(|t| t.contains("bob") && t.contains("50,000"))
        {
            break;
        }
        assert!(
            written.elapsed() < Duration::from_secs(1),
            "not on the page within a second: rows {rows:?}, ticker {ticker:?}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let took = written.elapsed();
    let celebrating = client.find(Locator::Css("#celebrate .who")).await.unwrap();
    assert_eq!(celebrating.text().await.unwrap(), "bob");
    eprintln!("the win reached the page in {took:?}");
    screenshot(&client, (1920, 1080), "tv-celebration.png").await;
    // The celebration lasts five seconds; then the board.
    client
        .wait()
        .at_most(Duration::from_secs(8))
        .for_element(Locator::Css("#celebrate[hidden]"))
        .await
        .unwrap();
    let tv = screenshot(&client, (3840, 2160), "tv.png").await;
    let phone = screenshot(&client, (390, 844), "phone.png").await;
    eprintln!("screenshots: {} {}", tv.display(), phone.display());
    client.close().await.unwrap();
}

/// `dealbell console` serving the page from a process of its own.
fn page_server(db: &std::path::Path, config: &std::path::Path) -> Process {
    Process(
        Command::new(env!("CARGO_BIN_EXE_dealbell"))
            .args([
                "--config",
                config.to_str().unwrap(),
                "--db",
                db.to_str().unwrap(),
            ])
            .args(["--now", "2026-03-10 09:00", "console"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    )
}

#[tokio::test]
async fn an_open_page_reconnects_by_itself_after_the_server_restarts() {
    let Some(tools) = browser_tools("an_open_page_reconnects_by_itself_after_the_server_restarts")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("dealbell.db");
    let mut writer = Driver::on_file(&db).await;
    writer
        .script(":as ana\n/win amount:1000 customer:Acme\n:as you manager")
        .await;
    let r = writer.ok("/tv link").await;
    let page = r["data"]["link"].as_str().unwrap().to_string();
    let port = free_port();
    let config = dir.path().join("web.toml");
    std::fs::write(&config, format!("[web]\nlisten = \"127.0.0.1:{port}\"\n")).unwrap();
    let url = format!("http://127.0.0.1:{port}{page}");
    let up = || async {
        let started = Instant::now();
        while !reqwest::get(&url).await.is_ok_and(|r| r.status() == 200) {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the page server did not start"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    let first = page_server(&db, &config);
    up().await;
    let (client, _driver) = open_page(&tools, &url).await;

    // The server goes away and comes back; nobody touches the page.
    drop(first);
    client
        .wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::Css("#status.off"))
        .await
        .expect("the page shows it lost the server");
    let _second = page_server(&db, &config);
    up().await;
    writer
        .script(":as cleo\n/win amount:9000 customer:Initech")
        .await;
    let written = Instant::now();
    loop {
        let rows = texts(&client, "#rows .name").await;
        if rows.first().map(String::as_str) == Some("cleo") {
            break;
        }
        assert!(
            written.elapsed() < Duration::from_secs(5),
            "the page did not come back: {rows:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let status = client.find(Locator::Css("#status")).await.unwrap();
    assert_eq!(
        status.attr("class").await.unwrap().as_deref(),
        Some("status")
    );
    client.close().await.unwrap();
}

/// The page speaks the team's language and runs its way: an Arabic team's page is
/// right to left, and its own words (the empty board, the status) are Arabic.
#[tokio::test]
async fn the_page_speaks_the_teams_language_and_runs_its_way() {
    let Some(tools) = browser_tools("the_page_speaks_the_teams_language_and_runs_its_way") else {
        return;
    };
    let mut d = Driver::new().await;
    d.ok("/setup language:ar").await;
    let r = d.ok("/tv link metric:revenue period:month").await;
    let page = r["data"]["link"].as_str().unwrap().to_string();
    let (addr, _task) = web::serve(
        d.console.app().clone(),
        "127.0.0.1:0".parse().unwrap(),
        Budget::default(),
    )
    .await
    .unwrap();
    let (client, _driver) = open_page(&tools, &format!("http://{addr}{page}")).await;
    client
        .wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::Css("body[data-ready='yes']"))
        .await
        .unwrap();
    let root = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(root.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(root.attr("lang").await.unwrap().as_deref(), Some("ar"));
    let empty = client.find(Locator::Css("#empty")).await.unwrap();
    assert_eq!(
        empty.text().await.unwrap(),
        "لا أحد في اللوحة بعد: أول صفقة رابحة تتصدر."
    );
    let status = client.find(Locator::Css("#status")).await.unwrap();
    assert_eq!(
        status.attr("title").await.unwrap().as_deref(),
        Some("مباشر")
    );
    client.close().await.unwrap();
}
