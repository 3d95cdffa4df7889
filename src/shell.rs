//! What the shell commands do beyond running a command: the backtest, exports and the
//! invite link, and the operator who runs chat commands from the shell.
//! `main.rs` parses the arguments and calls these.

use crate::app::{App, Database};
use crate::commands::invocation::OPERATOR;
use crate::commands::{
    self,
    invocation::{Attachment, Caller, Invocation, OptionValue},
};
use crate::config::{Config, DatabaseLocation};
use crate::console;
use crate::core::ids::UserId;
use crate::i18n::Words;
use crate::render;
use crate::reply::ReplyData;
use crate::store::{BackupError, CopyError, Db, NotDealbell, StoreError};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

/// A command typed at the shell: the operator acts as a manager of the team.
pub fn operator_invocation(
    team_name: &str,
    path: &[&str],
    options: BTreeMap<String, OptionValue>,
) -> Invocation {
    Invocation {
        guild_id: console::guild_id_for(team_name),
        guild_name: team_name.to_string(),
        channel_id: None,
        caller: Caller {
            user_id: UserId::new(OPERATOR),
            display_name: OPERATOR.into(),
            roles: Vec::new(),
            manages_server: true,
        },
        locale: None,
        path: path.iter().map(|p| p.to_string()).collect(),
        options,
    }
}

/// What `dealbell export` was asked for; the words are those of `/export`.
pub struct ExportRequest<'a> {
    pub kind: &'a str,
    pub guild: &'a str,
    pub period: Option<&'a str>,
    pub metric: Option<&'a str>,
}

/// `dealbell export KIND`: runs `/export` as the operator (a manager, so every rep's rows)
/// and writes the CSV it attaches to `output` or standard output.
pub async fn export(
    words: Words,
    app: &App,
    request: &ExportRequest<'_>,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let mut options = BTreeMap::new();
    let text = |s: &str| OptionValue::String(s.to_string());
    options.insert("kind".to_string(), text(request.kind));
    if let Some(period) = request.period {
        options.insert("period".to_string(), text(period));
    }
    if let Some(metric) = request.metric {
        options.insert("metric".to_string(), text(metric));
    }
    let invocation = operator_invocation(request.guild, &["export"], options);
    let reply = match commands::run(app, &invocation).await {
        Ok(reply) => reply,
        Err(e) => {
            let error_words = commands::error_words(app, &invocation).await;
            eprintln!("{}", render::text::error(&e, error_words));
            return Ok(ExitCode::FAILURE);
        }
    };
    let ReplyData::Export { rows, csv, .. } = &reply.data else {
        anyhow::bail!(words.say("shell-export-no-file"));
    };
    match output {
        Some(path) => {
            let shown = path.display().to_string();
            std::fs::write(path, csv).with_context(|| {
                words.say_with("shell-writing", &[("path", shown.clone().into())])
            })?;
            let rows = *rows as i64;
            eprintln!(
                "{}",
                words.say_with(
                    "shell-rows-written",
                    &[("rows", rows.into()), ("path", shown.into())]
                )
            );
        }
        None => print!("{csv}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `dealbell backtest`: replays a CRM export month by month.
pub fn backtest(
    words: Words,
    config: &Config,
    file: &Path,
    products: Option<&Path>,
    currency: &str,
) -> Result<ExitCode> {
    use crate::core::{backtest, crm, money::Currency};
    let currency = Currency::from_code(currency)
        .with_context(|| words.say_with("shell-not-a-currency", &[("code", currency.into())]))?;
    let bytes = std::fs::read(file).with_context(|| {
        words.say_with(
            "shell-reading",
            &[("path", file.display().to_string().into())],
        )
    })?;
    let no_account = words.say("crm-no-account");
    let rules = crm::DealImportRules {
        no_account: &no_account,
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency,
    };
    let parsed = crm::parse_deals(&bytes, &rules)
        .map_err(|e| anyhow::anyhow!(crate::error::for_people(&e.into(), words).message))?;
    let products_path = products
        .map(Path::to_path_buf)
        .unwrap_or_else(|| file.with_file_name("products.csv"));
    let minor = 10_i64.pow(u32::from(currency.exponent()));
    let mut prices = std::collections::HashMap::new();
    if let Ok(text) = std::fs::read_to_string(&products_path) {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records().flatten() {
            if let (Some(name), Some(price)) = (
                record.get(0),
                record.get(2).and_then(|p| p.trim().parse::<i64>().ok()),
            ) {
                prices.insert(name.trim().to_string(), price * minor);
            }
        }
    }
    // An engaged deal's probability: the stage the import maps "Engaging" to.
    let probability = config
        .import_stage_map
        .get("engaging")
        .and_then(|key| config.pipeline.by_key(key))
        .map(|s| s.probability)
        .unwrap_or(25);
    let result = backtest::run(&parsed.deals, &prices, probability);
    let table = crate::views::backtest::table(words, &result, currency.code(), minor);
    println!("{table}");
    let skipped: Vec<String> = result
        .skipped
        .iter()
        .map(|m| m.format("%Y-%m").to_string())
        .collect();
    let skipped = if skipped.is_empty() {
        words.say("shell-none")
    } else {
        skipped.join(", ")
    };
    let read = words.say_with(
        "shell-backtest-read",
        &[
            ("deals", words.number(parsed.deals.len() as i64).into()),
            ("prices", words.number(prices.len() as i64).into()),
            ("path", products_path.display().to_string().into()),
            ("probability", i64::from(probability).into()),
            ("skipped", skipped.into()),
        ],
    );
    println!("{read}");
    Ok(ExitCode::SUCCESS)
}

/// `dealbell invite-url`: the link that adds the bot to a server.
pub async fn invite_url(words: Words, config: &Config, app_id: Option<u64>) -> Result<ExitCode> {
    let id = match app_id {
        Some(id) => Some(id),
        None if !config.discord.token.is_empty() => {
            let id = crate::discord::application_id(config).await;
            Some(id.map_err(|e| anyhow::anyhow!(e.worded(words)))?)
        }
        None => None,
    };
    println!("{}", crate::discord::invite_url(id));
    if id.is_none() {
        eprintln!("{}", words.say("shell-invite-replace"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Draws the import's progress on stderr (rows, rate, time left) until aborted; draws
/// nothing when stderr is not a terminal.
pub async fn show_progress(
    words: Words,
    progress: std::sync::Arc<crate::core::progress::Progress>,
) {
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message(words.say("shell-progress-reading"));
    // indicatif's own placeholders go into the reader's sentence.
    let counts = words.say_with(
        "shell-progress",
        &[
            ("done", "{human_pos}".into()),
            ("total", "{human_len}".into()),
            ("rate", "{per_sec}".into()),
            ("left", "{eta}".into()),
        ],
    );
    let style = indicatif::ProgressStyle::with_template(&format!("{{bar:40}} {}", counts));
    let mut counting = false;
    loop {
        let total = progress.total();
        if total > 0 && !counting {
            counting = true;
            bar.set_length(total);
            if let Ok(style) = &style {
                bar.set_style(style.clone());
            }
        }
        if counting {
            bar.set_position(progress.done());
        } else {
            bar.tick();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// `dealbell backup FILE`.
pub async fn backup(words: Words, app: App, file: &Path) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    app.db
        .backup(file)
        .await
        .map_err(store_failure(words))
        .context(words.say("shell-backing-up"))?;
    app.db.close().await;
    let ms = milliseconds_since(started);
    let done = words.say_with(
        "shell-backed-up",
        &[
            ("path", file.display().to_string().into()),
            ("ms", words.number(ms).into()),
        ],
    );
    println!("{done}");
    Ok(ExitCode::SUCCESS)
}

/// `dealbell restore FILE`: the database file replaced by a backup (the one there kept).
pub async fn restore(words: Words, database: Database, file: &Path) -> Result<ExitCode> {
    let Database::File(path) = database else {
        eprintln!("dealbell: {}", words.say("shell-restore-not-a-file"));
        return Ok(ExitCode::from(2));
    };
    let kept = crate::store::restore(file, &path)
        .await
        .map_err(store_failure(words))
        .context(words.say("shell-restoring"))?;
    let restored = words.say_with(
        "shell-restored",
        &[
            ("database", path.display().to_string().into()),
            ("backup", file.display().to_string().into()),
        ],
    );
    println!("{restored}");
    if let Some(kept) = kept {
        let kept = kept.display().to_string();
        println!(
            "{}",
            words.say_with("shell-restore-kept", &[("path", kept.into())])
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `dealbell migrate-db --from sqlite://… --to postgres://…`: every team's whole
/// history copied into an empty PostgreSQL database, and checked, with a progress bar.
pub async fn migrate_db(words: Words, from: &str, to: &str) -> Result<ExitCode> {
    let location = |url: &str, flag: &'static str| {
        crate::config::database_from_url(url)
            .map_err(|e| anyhow::anyhow!(e.worded(words)))
            .context(flag)
    };
    let DatabaseLocation::Sqlite(path) = location(from, "--from")? else {
        anyhow::bail!(words.say("shell-from-not-sqlite"));
    };
    let DatabaseLocation::Postgres(url) = location(to, "--to")? else {
        anyhow::bail!(words.say("shell-to-not-postgres"));
    };
    let shown_path = path.display().to_string();
    if !path.is_file() {
        anyhow::bail!(words.say_with("shell-no-database-at", &[("path", shown_path.into())]));
    }
    let opening = |what: String| words.say_with("shell-opening", &[("what", what.into())]);
    // Opening brings the file up to this version's schema first, as a start would.
    let source = Db::open(&path)
        .await
        .map_err(store_failure(words))
        .with_context(|| opening(shown_path))?;
    let shown_url = crate::config::without_password(&url);
    let target = Db::open_postgres(&url)
        .await
        .map_err(store_failure(words))
        .with_context(|| opening(shown_url.clone()))?;
    let progress = std::sync::Arc::new(crate::core::progress::Progress::default());
    let bar = tokio::spawn(show_progress(words, progress.clone()));
    let copied = source.copy_into(&target, &progress).await;
    bar.abort();
    let report = copied
        .map_err(|e| anyhow::anyhow!(copy_words(&e, words)))
        .context("migrate-db")?;
    source.close().await;
    target.close().await;
    let copied = words.say_with(
        "shell-copied",
        &[
            ("teams", (report.guilds as i64).into()),
            ("target", shown_url.into()),
        ],
    );
    println!("{copied}");
    for (table, rows) in report.rows.iter().filter(|(_, n)| *n > 0) {
        let count = *rows as i64;
        let word = words.say_with("shell-copied-rows", &[("rows", count.into())]);
        println!("  {:<24} {:>10} {}", table, words.number(count), word);
    }
    let checks = report.checks as i64;
    println!(
        "{}",
        words.say_with(
            "shell-copy-checked",
            &[("checks", words.number(checks).into())]
        )
    );
    println!("{}", words.say("shell-use-postgres-now"));
    Ok(ExitCode::SUCCESS)
}

/// `dealbell docs add FILE...`: each file goes through /docs add, as the operator.
pub async fn docs_add(
    words: Words,
    app: &App,
    files: &[std::path::PathBuf],
    team_name: &str,
) -> Result<ExitCode> {
    let mut failed = 0;
    for file in files {
        let started = std::time::Instant::now();
        let mut options = BTreeMap::new();
        options.insert(
            "file".to_string(),
            OptionValue::Attachment(Attachment::from_operator(file.clone())),
        );
        let invocation = operator_invocation(team_name, &["docs", "add"], options);
        match commands::run(app, &invocation).await {
            Ok(reply) => {
                println!("{}", render::text::reply(&reply));
                let ms = milliseconds_since(started);
                let indexed = words.say_with(
                    "shell-indexed",
                    &[
                        ("file", file.display().to_string().into()),
                        ("ms", words.number(ms).into()),
                    ],
                );
                eprintln!("{indexed}");
            }
            Err(e) => {
                let error_words = commands::error_words(app, &invocation).await;
                eprintln!(
                    "{}: {}",
                    file.display(),
                    render::text::error(&e, error_words)
                );
                failed += 1;
            }
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// What `dealbell import` reads into which team; the words are those of `/import`.
pub struct ImportRequest<'a> {
    pub kind: &'a str,
    pub file: &'a Path,
    pub team_name: &'a str,
    pub currency: Option<&'a str>,
    pub team_by: Option<&'a str>,
}

/// `dealbell import KIND FILE`: runs `/import` as the operator, confirmed (no preview
/// step at the shell), with a progress bar.
pub async fn import(words: Words, app: &App, request: &ImportRequest<'_>) -> Result<ExitCode> {
    let text = |s: &str| OptionValue::String(s.to_string());
    let mut options = BTreeMap::new();
    options.insert("kind".to_string(), text(request.kind));
    options.insert(
        "file".to_string(),
        OptionValue::Attachment(Attachment::from_operator(request.file.to_path_buf())),
    );
    options.insert("confirm".to_string(), OptionValue::Boolean(true));
    if let Some(currency) = request.currency {
        options.insert("currency".to_string(), text(currency));
    }
    if let Some(team_by) = request.team_by {
        options.insert("team_by".to_string(), text(team_by));
    }
    let invocation = operator_invocation(request.team_name, &["import"], options);
    let started = std::time::Instant::now();
    let bar = tokio::spawn(show_progress(words, app.progress.clone()));
    let result = commands::run(app, &invocation).await;
    bar.abort();
    let ms = milliseconds_since(started);
    match result {
        Ok(reply) => {
            println!("{}", render::text::reply(&reply));
            let took = words.say_with("shell-import-took", &[("ms", words.number(ms).into())]);
            eprintln!("{took}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            let error_words = commands::error_words(app, &invocation).await;
            eprintln!("{}", render::text::error(&e, error_words));
            if let commands::CommandError::Internal(inner) = &e {
                let cause = words.say_with("shell-cause", &[("cause", inner.to_string().into())]);
                eprintln!("  {cause}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
}

/// A database the shell could not open, back up, restore or copy, as the operator
/// reads it. Errors no operator can act on (a query that failed) keep their log text.
pub fn store_words(e: &StoreError, words: Words) -> String {
    let path = |p: &Path| -> crate::i18n::Value<'static> { p.display().to_string().into() };
    match e {
        StoreError::NotDealbell { database, why } => {
            let (kind, detail) = match why {
                NotDealbell::NotSqlite(detail) => ("not-sqlite", detail),
                NotDealbell::OtherTables(detail) => ("other-tables", detail),
            };
            words.say_with(
                "shell-store-not-dealbell",
                &[
                    ("database", database.as_str().into()),
                    ("why", kind.into()),
                    ("detail", detail.as_str().into()),
                ],
            )
        }
        StoreError::Newer { database, version } => words.say_with(
            "shell-store-newer",
            &[
                ("database", database.as_str().into()),
                ("version", (*version).into()),
            ],
        ),
        StoreError::DiskFull => {
            words.say_with("shell-store-cannot-write", &[("why", "disk-full".into())])
        }
        StoreError::ReadOnly => {
            words.say_with("shell-store-cannot-write", &[("why", "read-only".into())])
        }
        StoreError::Folder { path: p, source } => words.say_with(
            "shell-store-folder",
            &[("path", path(p)), ("why", source.to_string().into())],
        ),
        StoreError::Lock { path: p, source } => words.say_with(
            "shell-store-lock",
            &[("path", path(p)), ("why", source.to_string().into())],
        ),
        StoreError::Backup(backup) => match backup {
            BackupError::Postgres => words.say("shell-backup-postgres"),
            BackupError::Exists(p) => words.say_with("shell-backup-exists", &[("path", path(p))]),
            BackupError::NotAFile(p) => {
                words.say_with("shell-backup-not-a-file", &[("path", path(p))])
            }
            BackupError::Empty(p) => words.say_with("shell-backup-empty", &[("path", path(p))]),
            BackupError::NoFolder(p) => {
                words.say_with("shell-backup-no-folder", &[("path", path(p))])
            }
            BackupError::Failed { step, source } => words.say_with(
                "shell-backup-failed",
                &[
                    ("step", step.key().into()),
                    ("why", source.to_string().into()),
                ],
            ),
        },
        other => other.to_string(),
    }
}

/// Turns a store's error into the shell's, worded for the operator (for `map_err`).
pub fn store_failure(words: Words) -> impl Fn(StoreError) -> anyhow::Error {
    move |e| anyhow::anyhow!(store_words(&e, words))
}

/// Whole milliseconds since `started`, as the shell reports how long something took.
fn milliseconds_since(started: std::time::Instant) -> i64 {
    i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX)
}

/// Why `migrate-db` could not copy, as the operator reads it.
fn copy_words(e: &CopyError, words: Words) -> String {
    match e {
        CopyError::WrongWay => words.say("shell-copy-wrong-way"),
        CopyError::TargetNotEmpty(rows, table) => words.say_with(
            "shell-copy-not-empty",
            &[
                ("table", (*table).into()),
                ("rows", words.number(*rows).into()),
            ],
        ),
        CopyError::Mismatch(detail) => {
            words.say_with("shell-copy-mismatch", &[("detail", detail.as_str().into())])
        }
        CopyError::Store(store) => store_words(store, words),
    }
}
