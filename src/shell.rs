//! What the shell commands do beyond running a command: the backtest, exports and the
//! invite link, and the operator who runs chat commands from the shell.
//! `main.rs` parses the arguments and calls these.

use crate::app::{App, Database};
use crate::commands::invocation::OPERATOR;
use crate::commands::{
    self,
    invocation::{Caller, Invocation, OptionValue},
};
use crate::config::{Config, DatabaseLocation};
use crate::console;
use crate::core::ids::UserId;
use crate::render;
use crate::reply::ReplyData;
use crate::store::Db;
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
            let words = commands::error_words(app, &invocation).await;
            eprintln!("{}", render::text::error(&e, words));
            return Ok(ExitCode::FAILURE);
        }
    };
    let ReplyData::Export { rows, csv, .. } = &reply.data else {
        anyhow::bail!("/export replied without a file");
    };
    match output {
        Some(path) => {
            std::fs::write(path, csv).with_context(|| format!("writing {}", path.display()))?;
            eprintln!(
                "{} written to {}.",
                crate::core::words::count(*rows as i64, "row", "rows"),
                path.display()
            );
        }
        None => print!("{csv}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `dealbell backtest`: replays a CRM export month by month.
pub fn backtest(
    config: &Config,
    file: &Path,
    products: Option<&Path>,
    currency: &str,
) -> Result<ExitCode> {
    use crate::core::{backtest, crm, money::Currency};
    let currency = Currency::from_code(currency)
        .with_context(|| format!("{currency:?} is not an ISO 4217 currency code"))?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let rules = crm::DealImportRules {
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency,
    };
    let parsed = crm::parse_deals(&bytes, &rules).map_err(|e| anyhow::anyhow!("{e}"))?;
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
    println!("{}", result.markdown(currency.code(), minor));
    println!(
        "Deals read: {}; product prices: {} (from {}); engaged-deal probability: {probability} %; months left out for lack of history: {}.",
        parsed.deals.len(),
        prices.len(),
        products_path.display(),
        result
            .skipped
            .iter()
            .map(|m| m.format("%Y-%m").to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(ExitCode::SUCCESS)
}

/// `dealbell invite-url`: the link that adds the bot to a server.
pub async fn invite_url(config: &Config, app_id: Option<u64>) -> Result<ExitCode> {
    let id = match app_id {
        Some(id) => Some(id),
        None if !config.discord.token.is_empty() => {
            Some(crate::discord::application_id(config).await?)
        }
        None => None,
    };
    println!("{}", crate::discord::invite_url(id));
    if id.is_none() {
        eprintln!(
            "Replace YOUR_APPLICATION_ID with your application's id (or set DISCORD_TOKEN, or pass --app-id)."
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Draws the import's progress on stderr (rows, rate, time left) until aborted; draws
/// nothing when stderr is not a terminal.
pub async fn show_progress(progress: std::sync::Arc<crate::core::progress::Progress>) {
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message("reading the file");
    let style = indicatif::ProgressStyle::with_template(
        "{bar:40} {human_pos}/{human_len} rows · {per_sec} · {eta} left",
    );
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
pub async fn backup(app: App, file: &Path) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    app.db.backup(file).await.context("backing up")?;
    app.db.close().await;
    println!(
        "Backed up to {} in {:.0} ms.",
        file.display(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    Ok(ExitCode::SUCCESS)
}

/// `dealbell restore FILE`: the database file replaced by a backup (the one there kept).
pub async fn restore(database: Database, file: &Path) -> Result<ExitCode> {
    let Database::File(path) = database else {
        eprintln!(
            "dealbell: restore puts a backup file in place of a SQLite database file (--db PATH); \
             a PostgreSQL database is restored with its server's tools (pg_restore)."
        );
        return Ok(ExitCode::from(2));
    };
    let kept = crate::store::restore(file, &path)
        .await
        .context("restoring")?;
    println!("Restored {} from {}.", path.display(), file.display());
    if let Some(kept) = kept {
        println!("The database that was there is kept as {}.", kept.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `dealbell migrate-db --from sqlite://… --to postgres://…`: every team's whole
/// history copied into an empty PostgreSQL database, and checked, with a progress bar.
pub async fn migrate_db(from: &str, to: &str) -> Result<ExitCode> {
    let DatabaseLocation::Sqlite(path) =
        crate::config::database_from_url(from).context("--from")?
    else {
        anyhow::bail!("--from names the SQLite database to copy: a path or sqlite://path");
    };
    let DatabaseLocation::Postgres(url) = crate::config::database_from_url(to).context("--to")?
    else {
        anyhow::bail!("--to names the PostgreSQL database to fill: postgres://user@host/database");
    };
    if !path.is_file() {
        anyhow::bail!("there is no database at {}", path.display());
    }
    // Opening brings the file up to this version's schema first, as a start would.
    let source = Db::open(&path)
        .await
        .context("opening the SQLite database")?;
    let target = Db::open_postgres(&url)
        .await
        .with_context(|| format!("opening {}", crate::config::without_password(&url)))?;
    let progress = std::sync::Arc::new(crate::core::progress::Progress::default());
    let bar = tokio::spawn(show_progress(progress.clone()));
    let copied = source.copy_into(&target, &progress).await;
    bar.abort();
    let report = copied.context("migrate-db")?;
    source.close().await;
    target.close().await;
    println!(
        "Copied {} into {}:",
        match report.guilds {
            1 => "1 team".to_string(),
            n => format!("{n} teams"),
        },
        crate::config::without_password(&url)
    );
    for (table, rows) in report.rows.iter().filter(|(_, n)| *n > 0) {
        let word = if *rows == 1 { "row" } else { "rows" };
        println!("  {table:<24} {rows:>10} {word}");
    }
    println!(
        "Checked {} row counts and money totals, per team and table: all match.",
        report.checks
    );
    println!("Run Dealbell with DEALBELL_DATABASE_URL set to the PostgreSQL URL from now on.");
    Ok(ExitCode::SUCCESS)
}
