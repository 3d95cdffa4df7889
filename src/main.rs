//! The `dealbell` command line. `main` only parses arguments and wires the parts
//! together; everything else lives in the library.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::config::{Config, DatabaseLocation, Environment};
use dealbell::console::{self, Console, Format};
use dealbell::core::crm::{ImportKind, TeamColumn};
use dealbell::core::export::ExportKind;
use dealbell::core::language::Language;
use dealbell::demo;
use dealbell::i18n::Words;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// The console's team when none is named.
const DEFAULT_TEAM: &str = "console";

/// A chat bot for sales teams: log wins, leaderboards, quotas and more.
#[derive(Parser)]
#[command(name = "dealbell", version)]
struct Cli {
    /// Settings file (default: config/dealbell.toml when it exists).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The database: a SQLite file, or postgres://user@host/db (default: data/dealbell.db,
    /// or DEALBELL_DATABASE_URL).
    #[arg(
        long,
        global = true,
        value_name = "PATH|URL",
        conflicts_with = "memory"
    )]
    db: Option<PathBuf>,
    /// Use a throwaway database, deleted on exit.
    #[arg(long, global = true)]
    memory: bool,
    /// Pin the clock at this UTC time ("2026-03-10 09:00" or RFC 3339) instead of
    /// following real time: for tests, demos and replays.
    #[arg(long, global = true, value_name = "TIME", value_parser = parse_now)]
    now: Option<DateTime<Utc>>,
    /// The language of what Dealbell prints here (en, de, pl, ro, zh-CN, ar; default:
    /// the terminal's locale, LC_ALL or LANG); the console asks in it, as a phone set to
    /// it would.
    #[arg(long, global = true, value_name = "LANGUAGE", value_parser = keys(Language::ALL.iter().map(|l| l.key())))]
    lang: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the Discord bot (needs DISCORD_TOKEN).
    Run {
        /// Run only these gateway shards, as 0-3 (with --shard-total); several processes
        /// with their own ranges share the database.
        #[arg(long, value_name = "RANGE", requires = "shard_total")]
        shards: Option<String>,
        /// How many shards there are in all, across every process.
        #[arg(long, value_name = "N", requires = "shards")]
        shard_total: Option<u32>,
    },
    /// A local team channel in the terminal: every command, no Discord needed.
    Console(ConsoleArgs),
    /// Import a CRM export into a team.
    Import {
        #[arg(value_parser = keys(ImportKind::all().iter().map(|k| k.key())))]
        kind: String,
        file: PathBuf,
        /// Team to import into: a Discord server id, or a console team name.
        #[arg(long, default_value = DEFAULT_TEAM)]
        guild: String,
        /// Currency of amounts that name none (default: the team's).
        #[arg(long)]
        currency: Option<String>,
        /// Teams: the column that names each team (manager, office or team).
        #[arg(long, value_parser = keys(TeamColumn::all().iter().map(|k| k.key())))]
        team_by: Option<String>,
    },
    /// Add Markdown or text documents to a team's /ask library (a file with the same
    /// title replaces the one there).
    Docs {
        #[command(subcommand)]
        action: DocsAction,
    },
    /// Replay a CRM export month by month and report how each forecast method did.
    Backtest {
        file: PathBuf,
        /// Product list prices (product, series, sales_price); default: products.csv beside FILE.
        #[arg(long)]
        products: Option<PathBuf>,
        /// Currency of the export's amounts.
        #[arg(long, default_value = "USD")]
        currency: String,
    },
    /// How well /ask answers a question set, per language: DIR holds docs/ and questions.json
    /// (ask-dev: also chooses /ask's numbers by cross-validation and prints the held-out
    /// figures) or questions.tsv (default: the project's own set, tests/ask_eval).
    EvalAsk {
        #[arg(default_value = "tests/ask_eval")]
        dir: PathBuf,
        /// For each miss, print how the question's words weigh and what ranked first.
        #[arg(long)]
        explain: bool,
    },
    /// Check the settings and print them (the token only as set or not).
    CheckConfig,
    /// Write a CSV as /export does (UTF-8 with BOM): deals (the format `import deals`
    /// reads), a leaderboard, quotas or activities.
    Export {
        #[arg(value_parser = keys(ExportKind::all().iter().map(|k| k.key())))]
        kind: String,
        /// Team: a Discord server id, or a console team name.
        #[arg(long, default_value = DEFAULT_TEAM)]
        guild: String,
        /// For a leaderboard, quotas or activities: which period, as in chat
        /// (month, last_quarter, fiscal_year, 2026-03, ...; default this month).
        #[arg(long)]
        period: Option<String>,
        /// For a leaderboard: what it ranks (revenue, deals, ...; default revenue).
        #[arg(long)]
        metric: Option<String>,
        /// Write to FILE instead of standard output.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write a consistent copy of the database to FILE (safe while the bot runs).
    Backup { file: PathBuf },
    /// Put the backup FILE in place of the database (stop Dealbell first); the database
    /// that was there is kept beside it.
    Restore { file: PathBuf },
    /// Copy every team's whole history from a SQLite database into an empty PostgreSQL
    /// one, and check row counts and money totals per team (stop Dealbell first).
    MigrateDb {
        /// The SQLite database: a path or sqlite://path.
        #[arg(long)]
        from: String,
        /// The PostgreSQL database: postgres://user@host/database.
        #[arg(long)]
        to: String,
    },
    /// Print the link that invites the bot to a server, with the permissions it needs.
    InviteUrl {
        /// The application id (default: asked from Discord with the configured token).
        #[arg(long)]
        app_id: Option<u64>,
    },
}

#[derive(Subcommand)]
enum DocsAction {
    /// Add (or replace) documents: dealbell docs add FILE... [--guild NAME]
    Add {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Team: a Discord server id, or a console team name.
        #[arg(long, default_value = DEFAULT_TEAM)]
        guild: String,
    },
}

#[derive(clap::Args, Default)]
struct ConsoleArgs {
    /// Run the lines of FILE instead of reading the keyboard.
    #[arg(long, value_name = "FILE")]
    script: Option<PathBuf>,
    /// Print replies as text or as one JSON object per line.
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    /// Fill a throwaway team with a quarter of demo history first.
    #[arg(long)]
    demo: bool,
    /// Team (console channel's server) to use.
    #[arg(long, default_value = DEFAULT_TEAM)]
    guild: String,
    /// Save charts (chart:true, scheduled posts) as PNG files in DIR.
    #[arg(long, value_name = "DIR")]
    charts: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, Default)]
enum OutputFormat {
    #[default]
    Text,
    Json,
}

/// The keys of one of the core's closed sets as the shell's choices: the words chat
/// takes, declared once.
fn keys(keys: impl Iterator<Item = &'static str>) -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(keys)
}

/// The words of what this run prints: `--lang`, else the terminal's locale.
fn terminal_words(flag: Option<&str>) -> Words {
    Words::new(dealbell::i18n::terminal_language(
        flag.and_then(Language::parse),
        |name| std::env::var(name).ok(),
    ))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let words = terminal_words(cli.lang.as_deref());
    // The bot reports what it does; the console and one-off commands stay quiet.
    let bot = matches!(cli.command, Some(Command::Run { .. }))
        || (cli.command.is_none() && std::env::var_os("DISCORD_TOKEN").is_some());
    dealbell::logging::init(if bot { "warn,dealbell=info" } else { "warn" });
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let why = words.say_with("shell-no-runtime", &[("why", e.to_string().into())]);
            eprintln!("dealbell: {}", why);
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli, words)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dealbell: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `--now`: an RFC 3339 time, or "YYYY-MM-DD HH:MM" read as UTC. (Read before `--lang`
/// is, so refused in the terminal's locale.)
fn parse_now(text: &str) -> Result<DateTime<Utc>, String> {
    let refuse = |key: &str| terminal_words(None).say_with(key, &[("text", text.into())]);
    let at = match DateTime::parse_from_rfc3339(text) {
        Ok(at) => at.with_timezone(&Utc),
        Err(_) => NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .map(|naive| naive.and_utc())
            .map_err(|_| refuse("shell-not-a-time"))?,
    };
    if !dealbell::clock::in_range(at) {
        return Err(refuse("shell-time-out-of-range"));
    }
    Ok(at)
}

/// The clock every part of this run reads: pinned by `--now`, or the system's.
fn clock(cli: &Cli) -> Clock {
    match cli.now {
        Some(at) => Clock::fixed(at),
        None => Clock::system(),
    }
}

/// The database `--memory`, `--db` or the settings name (`--db` read as the settings
/// read DEALBELL_DATABASE_URL: a path, sqlite:// or postgres://).
fn database(cli: &Cli, config: &Config) -> Result<Database> {
    if cli.memory {
        return Ok(Database::Temporary);
    }
    let location = match &cli.db {
        Some(path) => dealbell::config::database_from_url(&path.to_string_lossy())
            .map_err(|e| anyhow::anyhow!(e.worded(terminal_words(cli.lang.as_deref()))))
            .context("--db")?,
        None => config.database.clone(),
    };
    Ok(match location {
        DatabaseLocation::Sqlite(path) => Database::File(path),
        DatabaseLocation::Postgres(url) => Database::Postgres(url),
    })
}

async fn run(cli: Cli, words: Words) -> Result<ExitCode> {
    let config = Config::load(cli.config.as_deref(), &Environment::from_process())
        .map_err(|e| anyhow::anyhow!(e.worded(words)))
        .context(words.say("shell-loading-settings"))?;
    match &cli.command {
        Some(Command::EvalAsk { dir, explain }) => {
            let run = dealbell::eval_ask::evaluate(dir).await?;
            if *explain {
                print!("{}", dealbell::eval_ask::explain(&run));
            }
            print!("{}", run.report());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Backtest {
            file,
            products,
            currency,
        }) => dealbell::shell::backtest(words, &config, file, products.as_deref(), currency),
        Some(Command::Export {
            kind,
            guild,
            period,
            metric,
            output,
        }) => {
            let request = dealbell::shell::ExportRequest {
                kind,
                guild,
                period: period.as_deref(),
                metric: metric.as_deref(),
            };
            let app = open(&cli, config, words).await?;
            let result = dealbell::shell::export(words, &app, &request, output.as_deref()).await;
            app.db.close().await;
            result
        }
        Some(Command::Backup { file }) => {
            dealbell::shell::backup(words, open(&cli, config, words).await?, file).await
        }
        Some(Command::Restore { file }) => {
            dealbell::shell::restore(words, database(&cli, &config)?, file).await
        }
        Some(Command::MigrateDb { from, to }) => dealbell::shell::migrate_db(words, from, to).await,
        Some(Command::CheckConfig) => {
            print!("{}", config.redacted_summary(words));
            println!("{}", words.say("shell-settings-valid"));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Run {
            shards,
            shard_total,
        }) => {
            let mut config = config.clone();
            if let (Some(range), Some(total)) = (shards, shard_total) {
                let shards = dealbell::config::ShardRange::parse(range, *total)
                    .map_err(|e| anyhow::anyhow!(e.worded(words)))
                    .context("--shards")?;
                config.discord.shards = Some(shards);
            }
            if config.discord.token.is_empty() {
                let invite = dealbell::discord::invite_url(None);
                eprintln!(
                    "{}",
                    words.say_with("shell-no-token-help", &[("invite", invite.into())])
                );
                return Ok(ExitCode::from(2));
            }
            let db = database(&cli, &config)?;
            run_bot(words, config, db, clock(&cli)).await
        }
        Some(Command::InviteUrl { app_id }) => {
            dealbell::shell::invite_url(words, &config, *app_id).await
        }
        Some(Command::Console(args)) => {
            let db = if args.demo {
                Database::Temporary
            } else {
                database(&cli, &config)?
            };
            run_console(words, config, db, &cli, args).await
        }
        None => bot_or_console(&cli, config, words).await,
        Some(Command::Import {
            kind,
            file,
            guild,
            currency,
            team_by,
        }) => {
            // Read as a stream by the import; opened here first to say early when it
            // cannot be.
            std::fs::File::open(file).with_context(|| {
                words.say_with(
                    "shell-reading",
                    &[("path", file.display().to_string().into())],
                )
            })?;
            let request = dealbell::shell::ImportRequest {
                kind,
                file,
                team_name: guild,
                currency: currency.as_deref(),
                team_by: team_by.as_deref(),
            };
            let app = open(&cli, config, words).await?;
            let result = dealbell::shell::import(words, &app, &request).await;
            app.db.close().await;
            result
        }
        Some(Command::Docs {
            action: DocsAction::Add { files, guild },
        }) => {
            let app = open(&cli, config, words).await?;
            let result = dealbell::shell::docs_add(words, &app, files, guild).await;
            app.db.close().await;
            result
        }
    }
}

/// Opens the app on the database the command line names.
async fn open(cli: &Cli, config: Config, words: Words) -> Result<App> {
    let db = database(cli, &config)?;
    build(words, config, db, clock(cli)).await
}

/// Opens the app on `db`.
async fn build(words: Words, config: Config, db: Database, clock: Clock) -> Result<App> {
    App::build(config, db, clock)
        .await
        .map_err(|e| anyhow::anyhow!(dealbell::shell::store_words(&e, words)))
        .context(words.say("shell-opening-database"))
}

/// Plain `dealbell`: the bot when a token is set, otherwise the console, saying how to
/// connect Discord.
async fn bot_or_console(cli: &Cli, config: Config, words: Words) -> Result<ExitCode> {
    let db = database(cli, &config)?;
    if !config.discord.token.is_empty() {
        return run_bot(words, config, db, clock(cli)).await;
    }
    eprintln!("{}", words.say("shell-no-token-console"));
    let args = ConsoleArgs {
        guild: DEFAULT_TEAM.to_string(),
        ..ConsoleArgs::default()
    };
    run_console(words, config, db, cli, &args).await
}

async fn run_bot(words: Words, config: Config, db: Database, clock: Clock) -> Result<ExitCode> {
    let app = build(words, config, db, clock).await?;
    serve_live_page(words, &app).await?;
    match dealbell::bot::run(app).await {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("dealbell: {}", e.worded(words));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Serves the live page when the settings say where, and says where it is.
async fn serve_live_page(words: Words, app: &App) -> Result<()> {
    let served = dealbell::web::serve_configured(app).await.map_err(|e| {
        let address = app
            .config
            .web
            .listen
            .map(|a| a.to_string())
            .unwrap_or_default();
        anyhow::anyhow!(words.say_with(
            "shell-live-page-cannot-serve",
            &[("address", address.into()), ("why", e.to_string().into())],
        ))
    })?;
    if let Some(bound) = served {
        let address = format!("http://{bound}");
        eprintln!(
            "{}",
            words.say_with("shell-live-page", &[("address", address.into())])
        );
    }
    Ok(())
}

async fn run_console(
    words: Words,
    config: Config,
    db: Database,
    cli: &Cli,
    args: &ConsoleArgs,
) -> Result<ExitCode> {
    let started = Instant::now();
    let app = build(words, config, db, clock(cli)).await?;
    serve_live_page(words, &app).await?;
    let mut console = Console::new(app.clone(), &args.guild);
    if let Some(dir) = &args.charts {
        console.set_charts_dir(dir);
    }
    console.set_language(cli.lang.as_deref().and_then(Language::parse));
    let format = match args.format {
        OutputFormat::Text => Format::Text,
        OutputFormat::Json => Format::Json,
    };
    if args.demo {
        let summary = demo::fill(&mut console).await;
        let tenths = i64::try_from(started.elapsed().as_millis() / 100).unwrap_or(i64::MAX);
        let ready = words.say_with(
            "shell-demo-ready",
            &[
                ("commands", words.number(summary.commands as i64).into()),
                ("wins", words.number(summary.wins as i64).into()),
                (
                    "seconds",
                    dealbell::i18n::numbers::decimal(words.language(), tenths, 1).into(),
                ),
            ],
        );
        eprintln!("{ready}");
    }
    let failures = match &args.script {
        Some(path) => {
            let file = std::fs::File::open(path).with_context(|| {
                words.say_with(
                    "shell-opening",
                    &[("what", path.display().to_string().into())],
                )
            })?;
            let mut out = std::io::stdout().lock();
            console::run_lines(
                &mut console,
                std::io::BufReader::new(file),
                &mut out,
                format,
                console::Source::Script,
            )
            .await?
        }
        None => {
            let stdin = std::io::stdin();
            let source = if stdin.is_terminal() {
                console::Source::Keyboard
            } else {
                console::Source::Script
            };
            if source == console::Source::Keyboard {
                println!("{}", words.say("shell-console-banner"));
            }
            let mut out = std::io::stdout().lock();
            console::run_lines(&mut console, stdin.lock(), &mut out, format, source).await?
        }
    };
    app.db.close().await;
    if failures > 0 {
        let count = failures as i64;
        eprintln!(
            "{}",
            words.say_with("shell-lines-failed", &[("count", count.into())])
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
