//! The `dealbell` command line. `main` only parses arguments and wires the parts
//! together; everything else lives in the library.

use anyhow::{Context, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
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

/// The command line. Each command's and option's help is in the catalogues
/// (`cli-<command>--<option>` in `locales/*/dealbell.ftl`), shown in the terminal's
/// language (`help_in`).
#[derive(Parser)]
#[command(name = "dealbell", version)]
struct Cli {
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(
        long,
        global = true,
        value_name = "PATH|URL",
        conflicts_with = "memory"
    )]
    db: Option<PathBuf>,
    #[arg(long, global = true)]
    memory: bool,
    #[arg(long, global = true, value_name = "TIME", value_parser = parse_now)]
    now: Option<DateTime<Utc>>,
    #[arg(long, global = true, value_name = "LANGUAGE", value_parser = keys(Language::ALL.iter().map(|l| l.key())))]
    lang: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    Run {
        #[arg(long, value_name = "RANGE", requires = "shard_total")]
        shards: Option<String>,
        #[arg(long, value_name = "N", requires = "shards")]
        shard_total: Option<u32>,
    },
    Console(ConsoleArgs),
    Import {
        #[arg(value_parser = keys(ImportKind::all().iter().map(|k| k.key())))]
        kind: String,
        file: PathBuf,
        #[arg(long, default_value = DEFAULT_TEAM)]
        guild: String,
        #[arg(long)]
        currency: Option<String>,
        #[arg(long, value_parser = keys(TeamColumn::all().iter().map(|k| k.key())))]
        team_by: Option<String>,
    },
    Docs {
        #[command(subcommand)]
        action: DocsAction,
    },
    Backtest {
        file: PathBuf,
        #[arg(long)]
        products: Option<PathBuf>,
        #[arg(long, default_value = "USD")]
        currency: String,
    },
    EvalAsk {
        #[arg(default_value = "tests/ask_eval")]
        dir: PathBuf,
        #[arg(long)]
        explain: bool,
    },
    CheckConfig,
    Export {
        #[arg(value_parser = keys(ExportKind::all().iter().map(|k| k.key())))]
        kind: String,
        #[arg(long, default_value = DEFAULT_TEAM)]
        guild: String,
        #[arg(long)]
        period: Option<String>,
        #[arg(long)]
        metric: Option<String>,
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Backup {
        file: PathBuf,
    },
    Restore {
        file: PathBuf,
    },
    MigrateDb {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
    },
    InviteUrl {
        #[arg(long)]
        app_id: Option<u64>,
    },
}

#[derive(Subcommand)]
enum DocsAction {
    Add {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value = DEFAULT_TEAM)]
        guild: String,
    },
}

#[derive(clap::Args, Default)]
struct ConsoleArgs {
    #[arg(long, value_name = "FILE")]
    script: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    #[arg(long)]
    demo: bool,
    #[arg(long, default_value = DEFAULT_TEAM)]
    guild: String,
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

/// `--lang`'s value as typed, read before the rest so that `--help` is in it too.
fn lang_flag(args: &[String]) -> Option<&str> {
    args.iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(value) => value.strip_prefix('='),
            None => None,
        })
}

/// The path of a subcommand under `path` (`docs` → `docs-add`), as help keys name it.
fn sub_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

/// The message keys of a command's help and its options' (`cli-import`,
/// `cli-import--file`), with the path to each: `path` names the command.
fn help_keys(command: &clap::Command, path: &str) -> Vec<(String, Option<String>)> {
    let key = if path.is_empty() {
        "cli".to_string()
    } else {
        format!("cli-{path}")
    };
    let mut keys = vec![(key.clone(), None)];
    for arg in command.get_arguments() {
        let id = arg.get_id().to_string();
        keys.push((format!("{key}--{id}"), Some(id)));
    }
    keys
}

/// The command line with each command's and option's help in `words`' language
/// (`cli-…` in the catalogues); clap's own words (Usage, Options) stay as clap has them.
fn help_in(mut command: clap::Command, words: Words, path: &str) -> clap::Command {
    for (key, arg) in help_keys(&command, path) {
        let text = words.say(&key);
        command = match arg {
            None => command.about(text).long_about(None),
            Some(id) => command.mut_arg(id, |a| a.help(text)),
        };
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let inner = sub_path(path, &name);
        command = command.mut_subcommand(&name, |s| help_in(s, words, &inner));
    }
    command
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let words = terminal_words(lang_flag(&args));
    let matches = help_in(Cli::command(), words, "").get_matches_from(&args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
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
        .map_err(dealbell::shell::store_failure(words))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and option of the command line, however deep.
    fn all_keys(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.extend(help_keys(command, path).into_iter().map(|(key, _)| key));
        for sub in command.get_subcommands() {
            all_keys(sub, &sub_path(path, sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_option_has_its_help_in_the_catalogue() {
        let mut keys = Vec::new();
        all_keys(&Cli::command(), "", &mut keys);
        assert!(keys.len() > 40, "{keys:?}");
        let english = Words::new(Language::En);
        let missing: Vec<&String> = keys.iter().filter(|k| !english.has(k)).collect();
        assert!(missing.is_empty(), "no help for {missing:?}");
    }

    #[test]
    fn the_help_is_in_the_language_asked_for() {
        let german = help_in(Cli::command(), Words::new(Language::De), "");
        let import = german.find_subcommand("import").unwrap();
        assert_eq!(
            import.get_about().unwrap().to_string(),
            "Einen CRM-Export in ein Team importieren"
        );
        let help = german.clone().render_help().to_string();
        assert!(help.contains("Eine Wegwerf-Datenbank nutzen"), "{help}");
        let args: Vec<String> = ["dealbell", "console", "--lang", "pl"]
            .map(String::from)
            .into();
        assert_eq!(lang_flag(&args), Some("pl"));
        let args: Vec<String> = ["dealbell", "--lang=ar", "check-config"]
            .map(String::from)
            .into();
        assert_eq!(lang_flag(&args), Some("ar"));
    }
}
