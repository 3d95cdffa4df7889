//! The `dealbell` command line. `main` only parses arguments and wires the parts
//! together; everything else lives in the library.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use dealbell::app::{App, Database};
use dealbell::clock::Clock;
use dealbell::commands::invocation::{Attachment, OptionValue};
use dealbell::config::{Config, DatabaseLocation, Environment};
use dealbell::console::{self, Console, Format};
use dealbell::core::crm::{ImportKind, TeamColumn};
use dealbell::core::export::ExportKind;
use dealbell::core::language::Language;
use dealbell::{commands, demo, render};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// The console's team when none is named.
const DEFAULT_TEAM: &str = "console";

#[derive(Parser)]
#[command(
    name = "dealbell",
    version,
    about = "A chat bot for sales teams: log wins, leaderboards, quotas and more."
)]
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
    /// Ask in this language, as a phone set to it would (en, de, pl, ro, zh-CN, ar).
    #[arg(long, value_name = "LANGUAGE", value_parser = keys(Language::ALL.iter().map(|l| l.key())))]
    lang: Option<String>,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
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
            eprintln!("dealbell: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dealbell: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `--now`: an RFC 3339 time, or "YYYY-MM-DD HH:MM" read as UTC.
fn parse_now(text: &str) -> Result<DateTime<Utc>, String> {
    let at = match DateTime::parse_from_rfc3339(text) {
        Ok(at) => at.with_timezone(&Utc),
        Err(_) => NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
            .map(|naive| naive.and_utc())
            .map_err(|_| {
                format!(
                    "{text:?} is not a time; write 2026-03-10 09:00 (UTC) or 2026-03-10T09:00:00+01:00"
                )
            })?,
    };
    if !dealbell::clock::in_range(at) {
        return Err(format!(
            "{text:?} is outside the years 1 to 9999, which Dealbell keeps"
        ));
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
        Some(path) => {
            dealbell::config::database_from_url(&path.to_string_lossy()).context("--db")?
        }
        None => config.database.clone(),
    };
    Ok(match location {
        DatabaseLocation::Sqlite(path) => Database::File(path),
        DatabaseLocation::Postgres(url) => Database::Postgres(url),
    })
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::load(cli.config.as_deref(), &Environment::from_process())
        .context("loading settings")?;
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
        }) => dealbell::shell::backtest(&config, file, products.as_deref(), currency),
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
            let app = open(&cli, config).await?;
            let result = dealbell::shell::export(&app, &request, output.as_deref()).await;
            app.db.close().await;
            result
        }
        Some(Command::Backup { file }) => {
            dealbell::shell::backup(open(&cli, config).await?, file).await
        }
        Some(Command::Restore { file }) => {
            dealbell::shell::restore(database(&cli, &config)?, file).await
        }
        Some(Command::MigrateDb { from, to }) => dealbell::shell::migrate_db(from, to).await,
        Some(Command::CheckConfig) => {
            print!("{}", config.redacted_summary());
            println!("settings are valid");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Run {
            shards,
            shard_total,
        }) => {
            let mut config = config.clone();
            if let (Some(range), Some(total)) = (shards, shard_total) {
                config.discord.shards =
                    Some(dealbell::config::ShardRange::parse(range, *total).context("--shards")?);
            }
            if config.discord.token.is_empty() {
                eprintln!("{}", NO_TOKEN_HELP);
                return Ok(ExitCode::from(2));
            }
            let db = database(&cli, &config)?;
            run_bot(config, db, clock(&cli)).await
        }
        Some(Command::InviteUrl { app_id }) => dealbell::shell::invite_url(&config, *app_id).await,
        Some(Command::Console(args)) => {
            let db = if args.demo {
                Database::Temporary
            } else {
                database(&cli, &config)?
            };
            run_console(config, db, clock(&cli), args).await
        }
        None => bot_or_console(&cli, config).await,
        Some(Command::Import {
            kind,
            file,
            guild,
            currency,
            team_by,
        }) => {
            let db = database(&cli, &config)?;
            let mut options = BTreeMap::new();
            if let Some(c) = currency {
                options.insert("currency".to_string(), OptionValue::String(c.clone()));
            }
            if let Some(t) = team_by {
                options.insert("team_by".to_string(), OptionValue::String(t.clone()));
            }
            import(config, db, clock(&cli), kind, file, guild, options).await
        }
        Some(Command::Docs {
            action: DocsAction::Add { files, guild },
        }) => {
            let db = database(&cli, &config)?;
            docs_add(config, db, clock(&cli), files, guild).await
        }
    }
}

/// Opens the app on the database the command line names.
async fn open(cli: &Cli, config: Config) -> Result<App> {
    let db = database(cli, &config)?;
    App::build(config, db, clock(cli))
        .await
        .context("opening the database")
}

/// Plain `dealbell`: the bot when a token is set, otherwise the console, saying how to
/// connect Discord.
async fn bot_or_console(cli: &Cli, config: Config) -> Result<ExitCode> {
    let db = database(cli, &config)?;
    if !config.discord.token.is_empty() {
        return run_bot(config, db, clock(cli)).await;
    }
    eprintln!(
        "No Discord token set, so this is the local console. To connect Discord, set DISCORD_TOKEN and run `dealbell run` (see README)."
    );
    let args = ConsoleArgs {
        guild: DEFAULT_TEAM.to_string(),
        ..ConsoleArgs::default()
    };
    run_console(config, db, clock(cli), &args).await
}

const NO_TOKEN_HELP: &str = "\
Dealbell needs a Discord bot token to run on Discord.
  1. Create an application at https://discord.com/developers/applications, add a Bot, copy its token.
  2. export DISCORD_TOKEN=... (or set discord.token_file in your config file)
  3. Invite the bot: https://discord.com/oauth2/authorize?client_id=YOUR_APPLICATION_ID&scope=bot%20applications.commands&permissions=52224
  4. dealbell run
Until then, `dealbell console` runs every command locally.";

async fn run_bot(config: Config, db: Database, clock: Clock) -> Result<ExitCode> {
    let app = App::build(config, db, clock)
        .await
        .context("opening the database")?;
    announce_live_page(dealbell::web::serve_configured(&app).await?);
    match dealbell::bot::run(app).await {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("dealbell: {e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn announce_live_page(bound: Option<std::net::SocketAddr>) {
    if let Some(bound) = bound {
        eprintln!("Live page served on http://{bound} — make a link with /tv link");
    }
}

async fn run_console(
    config: Config,
    db: Database,
    clock: Clock,
    args: &ConsoleArgs,
) -> Result<ExitCode> {
    let started = Instant::now();
    let app = App::build(config, db, clock)
        .await
        .context("opening the database")?;
    announce_live_page(dealbell::web::serve_configured(&app).await?);
    let mut console = Console::new(app.clone(), &args.guild);
    if let Some(dir) = &args.charts {
        console.set_charts_dir(dir);
    }
    console.set_language(args.lang.as_deref().and_then(Language::parse));
    let format = match args.format {
        OutputFormat::Text => Format::Text,
        OutputFormat::Json => Format::Json,
    };
    if args.demo {
        let summary = demo::fill(&mut console).await;
        eprintln!(
            "Demo team ready: {} commands replayed ({} wins) in {:.1}s. Try /leaderboard or /leaderboard metric:deals period:quarter",
            summary.commands,
            summary.wins,
            started.elapsed().as_secs_f64()
        );
    }
    let failures = match &args.script {
        Some(path) => {
            let file = std::fs::File::open(path)
                .with_context(|| format!("opening script {}", path.display()))?;
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
                println!(
                    "Dealbell console — type /help for commands, :help for console directives, :quit to leave."
                );
            }
            let mut out = std::io::stdout().lock();
            console::run_lines(&mut console, stdin.lock(), &mut out, format, source).await?
        }
    };
    app.db.close().await;
    if failures > 0 {
        eprintln!(
            "{} failed.",
            dealbell::core::words::count(failures as i64, "line", "lines")
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// `dealbell docs add FILE...`: each file goes through /docs add, as the operator.
async fn docs_add(
    config: Config,
    db: Database,
    clock: Clock,
    files: &[PathBuf],
    team_name: &str,
) -> Result<ExitCode> {
    let app = App::build(config, db, clock)
        .await
        .context("opening the database")?;
    let mut failed = 0;
    for file in files {
        let started = Instant::now();
        let mut options = BTreeMap::new();
        options.insert(
            "file".to_string(),
            OptionValue::Attachment(Attachment::from_operator(file.clone())),
        );
        let invocation = dealbell::shell::operator_invocation(team_name, &["docs", "add"], options);
        match commands::run(&app, &invocation).await {
            Ok(reply) => {
                println!("{}", render::text::reply(&reply));
                eprintln!(
                    "{} indexed in {:.0} ms",
                    file.display(),
                    started.elapsed().as_secs_f64() * 1000.0
                );
            }
            Err(e) => {
                let words = commands::error_words(&app, &invocation).await;
                eprintln!("{}: {}", file.display(), render::text::error(&e, words));
                failed += 1;
            }
        }
    }
    app.db.close().await;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

async fn import(
    config: Config,
    db: Database,
    clock: Clock,
    kind: &str,
    file: &PathBuf,
    team_name: &str,
    mut options: BTreeMap<String, OptionValue>,
) -> Result<ExitCode> {
    // Read as a stream by the import; opened here first to say early when it cannot be.
    std::fs::File::open(file).with_context(|| format!("reading {}", file.display()))?;
    let app = App::build(config, db, clock)
        .await
        .context("opening the database")?;
    options.insert("kind".to_string(), OptionValue::String(kind.into()));
    options.insert(
        "file".to_string(),
        OptionValue::Attachment(Attachment::from_operator(file.clone())),
    );
    // Typed at the shell by the operator: no preview step.
    options.insert("confirm".to_string(), OptionValue::Boolean(true));
    let invocation = dealbell::shell::operator_invocation(team_name, &["import"], options);
    let started = Instant::now();
    let bar = tokio::spawn(dealbell::shell::show_progress(app.progress.clone()));
    let result = commands::run(&app, &invocation).await;
    bar.abort();
    let elapsed = started.elapsed();
    let error_words = match &result {
        Err(_) => Some(commands::error_words(&app, &invocation).await),
        Ok(_) => None,
    };
    app.db.close().await;
    match result {
        Ok(reply) => {
            println!("{}", render::text::reply(&reply));
            eprintln!("import took {:.0} ms", elapsed.as_secs_f64() * 1000.0);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            let words = error_words.unwrap_or(dealbell::i18n::Words::new(Language::En));
            eprintln!("{}", render::text::error(&e, words));
            if let commands::CommandError::Internal(inner) = &e {
                eprintln!("  cause: {inner}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
}
