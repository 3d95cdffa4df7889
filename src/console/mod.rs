//! The local console: a team channel in the terminal. Each line is a slash command
//! in Discord's text form or a `:directive`; commands go through the same
//! `commands::run` as Discord interactions.

mod clock;
pub mod outbox;
pub mod parse;
mod run;
mod words;

pub use run::{Source, print_outcome, run_lines};

use crate::app::App;
use crate::commands::catalogue::{self, OptionKind, OptionSpec};
use crate::commands::invocation::{Attachment, Caller, Invocation, OptionValue, UserRef};
use crate::commands::{self, CommandError};
use crate::core::ids::{ChannelId, GuildId, RoleId, UserId};
use crate::core::language::Language;
use crate::core::localtime::local_to_utc;
use crate::poster::Poster;
use crate::reply::Reply;
use crate::scheduler::Scheduler;
use chrono::{NaiveDate, NaiveDateTime};
use outbox::Outbox;
use parse::{Line, parse_line};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// How replies are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    /// One JSON object per line: the typed reply, for scripts and tests.
    Json,
}

/// What one line did.
#[derive(Debug)]
pub enum Outcome {
    Blank,
    /// A directive changed the session; the text says how.
    Directive(String),
    Reply(Box<Reply>),
    Failed(Failure),
    Quit,
}

#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub hint: Option<String>,
    /// Set for internal errors: quote it when asking for help.
    pub reference: Option<String>,
}

impl Failure {
    fn user(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            hint: None,
            reference: None,
        }
    }
    fn from_command(e: &CommandError, language: crate::i18n::Words) -> Failure {
        let words = crate::error::for_people(e, language);
        Failure {
            message: words.message,
            hint: words.hint,
            reference: words.reference,
        }
    }
}

/// Who the console's user acts as: a rep, or a manager (Manage Server).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Rep,
    Manager,
}

/// One console session: who you are, which team and channel, and the app.
pub struct Console {
    app: App,
    guild: String,
    channel: ChannelId,
    user: Caller,
    /// Display names of users seen with `:as`, so `rep:@zofia` shows "Zofia Wójcik".
    known_users: HashMap<UserId, String>,
    /// Attachments (`file:@path`) are read relative to this folder.
    base_dir: PathBuf,
    /// Where posts to other channels go; the console prints them after each line.
    outbox: Outbox,
    /// Where charts are saved (`--charts DIR`); without it the console says one exists.
    charts_dir: Option<PathBuf>,
    charts_saved: usize,
    /// The language lines are typed in, as a phone's app language is (`--lang`,
    /// `:lang`); None: the member's /language, else the team's.
    language: Option<Language>,
}

/// Console teams live under ids that cannot clash with Discord's numeric ones.
pub fn guild_id_for(name: &str) -> GuildId {
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
        GuildId::new(name)
    } else {
        GuildId::new(format!("local:{name}"))
    }
}

fn user_id_for(name: &str) -> UserId {
    UserId::new(name.trim().trim_start_matches('@').to_lowercase())
}

impl Console {
    pub fn new(app: App, team_name: &str) -> Console {
        let outbox = Outbox::default();
        let mut console = Console {
            app,
            guild: team_name.to_string(),
            channel: ChannelId::new("console"),
            user: Caller {
                user_id: UserId::new(""),
                display_name: String::new(),
                roles: Vec::new(),
                manages_server: false,
            },
            known_users: HashMap::new(),
            base_dir: PathBuf::from("."),
            outbox,
            charts_dir: None,
            charts_saved: 0,
            language: None,
        };
        // You run the console for your own team, so you start as its manager.
        console.act_as("you", Role::Manager);
        console
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    /// Where `file:@relative/path` is read from.
    pub fn set_base_dir(&mut self, dir: &Path) {
        self.base_dir = dir.to_path_buf();
    }

    pub fn act_as(&mut self, name: &str, role: Role) {
        let id = user_id_for(name);
        self.known_users.insert(id.clone(), name.to_string());
        self.user = Caller {
            user_id: id,
            display_name: name.to_string(),
            roles: Vec::new(),
            manages_server: role == Role::Manager,
        };
    }

    /// Asks every line in `language`, as a phone set to it would (`--lang`).
    pub fn set_language(&mut self, language: Option<Language>) {
        self.language = language;
    }

    /// `:lang pl` asks in Polish from here on; `:lang auto` stops asking in one.
    async fn set_language_directive(&mut self, args: &[String]) -> Outcome {
        let tags = Language::ALL
            .iter()
            .map(|l| l.key())
            .collect::<Vec<_>>()
            .join(", ");
        match args.first().map(String::as_str) {
            Some("auto") => {
                self.language = None;
                Outcome::Directive(self.own_words().await.say("console-lang-auto"))
            }
            Some(tag) => match Language::from_tag(tag) {
                Some(language) => {
                    self.language = Some(language);
                    Outcome::Directive(self.own_words().await.say_with(
                        "console-lang-set",
                        &[("language", language.own_name().into())],
                    ))
                }
                None => Outcome::Failed(Failure::user(self.own_words().await.say_with(
                    "console-lang-unknown",
                    &[("tag", tag.into()), ("tags", tags.into())],
                ))),
            },
            None => Outcome::Failed(Failure::user(
                self.own_words()
                    .await
                    .say_with("console-lang-which", &[("tags", tags.into())]),
            )),
        }
    }

    /// Saves charts to `dir` (created if missing).
    pub fn set_charts_dir(&mut self, dir: &Path) {
        self.charts_dir = Some(dir.to_path_buf());
    }

    /// Saves a message's chart (when a charts folder is set) and says where, or says
    /// a chart exists.
    fn chart_note(
        &mut self,
        words: crate::i18n::Words,
        message: &crate::reply::Message,
    ) -> Option<String> {
        let (filename, data, bytes, what) = match (&message.chart, &message.file) {
            (Some(c), _) => (&c.filename, &c.data, c.bytes, "chart"),
            (None, Some(f)) => (&f.filename, &f.data, f.bytes, "file"),
            (None, None) => return None,
        };
        let Some(dir) = &self.charts_dir else {
            return Some(words.say_with(
                "console-file-note",
                &[
                    ("what", what.into()),
                    ("filename", filename.as_str().into()),
                    ("bytes", i64::try_from(bytes).unwrap_or(i64::MAX).into()),
                ],
            ));
        };
        self.charts_saved += 1;
        let path = dir.join(format!("{:03}-{filename}", self.charts_saved));
        let written = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(&path, data));
        let shown = path.display().to_string();
        Some(match written {
            Ok(()) => words.say_with(
                "console-file-saved",
                &[("what", what.into()), ("path", shown.into())],
            ),
            Err(e) => words.say_with(
                "console-file-not-saved",
                &[
                    ("what", what.into()),
                    ("path", shown.into()),
                    ("why", e.to_string().into()),
                ],
            ),
        })
    }

    /// Posts made since the last call (win announcements in other channels).
    pub fn take_posts(&self) -> Vec<crate::reply::Post> {
        self.outbox.drain()
    }

    /// Posts and edits of earlier posts since the last call, in order.
    pub fn take_deliveries(&self) -> Vec<outbox::Delivery> {
        self.outbox.take_deliveries()
    }

    /// Sends what the last command put in the outbox (and anything else now due).
    async fn send_posts(&self) {
        let guild = guild_id_for(&self.guild);
        let now = self.app.clock.now();
        match crate::jobs::send_posts::send_due(&self.app, &self.outbox, Some(&guild), now).await {
            Ok(undelivered) => {
                for u in undelivered {
                    tracing::warn!(to = %u.to, error = %u.error, "post not delivered");
                }
            }
            Err(e) => tracing::error!(error = %e, "could not send the outbox"),
        }
    }

    pub fn prompt(&self) -> String {
        format!(
            "{}@{} #{}> ",
            self.user.display_name, self.guild, self.channel
        )
    }

    /// Runs one line.
    pub async fn execute(&mut self, raw: &str) -> Outcome {
        let line = match parse_line(raw) {
            Ok(line) => line,
            Err(e) => {
                let words = self.own_words().await;
                let hint = parse::quoting_hint(raw).map(|(option, value)| {
                    words.say_with(
                        "console-quote-hint",
                        &[("option", option.into()), ("value", value.into())],
                    )
                });
                return Outcome::Failed(Failure {
                    hint,
                    ..Failure::user(words::parse_error(words, &e))
                });
            }
        };
        match line {
            Line::Blank => Outcome::Blank,
            Line::Directive { name, args } => self.directive(&name, &args).await,
            Line::Command { path, options } => {
                let words = self.own_words().await;
                let invocation = match self.invocation(words, path, options) {
                    Ok(inv) => inv,
                    Err(f) => return Outcome::Failed(f),
                };
                match commands::run(&self.app, &invocation).await {
                    Ok(reply) => {
                        self.send_posts().await;
                        Outcome::Reply(Box::new(reply))
                    }
                    Err(e) => {
                        if e.is_user_error() {
                            tracing::info!(error = %e, "refused");
                        }
                        if let Some(post) =
                            commands::storage_alarm(&self.app, &invocation, &e).await
                        {
                            let _ = self.outbox.post(&post).await;
                        }
                        let words = commands::error_words(&self.app, &invocation).await;
                        Outcome::Failed(Failure::from_command(&e, words))
                    }
                }
            }
        }
    }

    async fn directive(&mut self, name: &str, args: &[String]) -> Outcome {
        let words = self.own_words().await;
        let fail = |m: String| Outcome::Failed(Failure::user(m));
        match name {
            "as" => {
                let Some(who) = args.first() else {
                    return fail(words.say("console-as-who"));
                };
                if let Some(other) = args
                    .iter()
                    .skip(1)
                    .find(|a| !a.eq_ignore_ascii_case("manager"))
                {
                    // Most often a name of several words typed without quotes.
                    let whole = args
                        .iter()
                        .filter(|a| !a.eq_ignore_ascii_case("manager"))
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" ");
                    return fail(words.say_with(
                        "console-as-unknown-word",
                        &[("word", other.as_str().into()), ("whole", whole.into())],
                    ));
                }
                let role = if args.len() > 1 {
                    Role::Manager
                } else {
                    Role::Rep
                };
                self.act_as(who, role);
                let role = match role {
                    Role::Manager => "manager",
                    Role::Rep => "rep",
                };
                Outcome::Directive(words.say_with(
                    "console-you-are",
                    &[("who", who.as_str().into()), ("role", role.into())],
                ))
            }
            "now" => self.set_now(args).await,
            "advance" | "down" => match args.first().and_then(|a| parse::parse_duration(a)) {
                Some(by) => {
                    let Some(at) = self
                        .app
                        .clock
                        .now()
                        .checked_add_signed(by)
                        .filter(|t| crate::clock::in_range(*t))
                    else {
                        return fail(words.say("console-too-far"));
                    };
                    // `:down` is the bot being off for that long: the clock jumps and
                    // one step runs at the end, as a restart would.
                    let fired = if name == "down" {
                        self.app.clock.set(Some(at));
                        self.run_scheduler().await
                    } else {
                        self.live_until(at).await
                    };
                    let tz = self.team_timezone().await;
                    Outcome::Directive(format!("{}{fired}", clock::clock_now(words, at, tz)))
                }
                None => fail(words.say("console-how-far")),
            },
            "tick" => {
                let fired = self.run_scheduler().await;
                let time = self.app.clock.now().format("%Y-%m-%d %H:%M").to_string();
                Outcome::Directive(format!(
                    "{}{fired}",
                    words.say_with("console-scheduler-step", &[("time", time.into())])
                ))
            }
            "guild" | "team" => match args.first() {
                Some(g) => {
                    self.guild = g.clone();
                    Outcome::Directive(
                        words.say_with("console-now-in-team", &[("team", g.as_str().into())]),
                    )
                }
                None => fail(words.say("console-which-team")),
            },
            "channel" => match args.first() {
                Some(c) => {
                    self.channel = ChannelId::new(c.trim_start_matches('#'));
                    Outcome::Directive(words.say_with(
                        "console-now-in-channel",
                        &[("channel", format!("#{}", self.channel).into())],
                    ))
                }
                None => fail(words.say("console-which-channel")),
            },
            "lang" => self.set_language_directive(args).await,
            "help" => Outcome::Directive(words::console_help(words)),
            "quit" | "exit" | "q" => Outcome::Quit,
            other => fail(words.say_with("console-no-directive", &[("name", other.into())])),
        }
    }

    /// Builds the Invocation, typing each option by the catalogue.
    fn invocation(
        &self,
        words: crate::i18n::Words,
        path: Vec<String>,
        raw: Vec<(String, String)>,
    ) -> Result<Invocation, Failure> {
        let command = catalogue::resolve(&path);
        let mut options = BTreeMap::new();
        for (name, text) in raw {
            // Unknown commands and options are reported by commands::run with the
            // catalogue's wording; here we only type what we can.
            let spec = command.as_ref().ok().and_then(|c| c.option(&name));
            let value = match spec {
                Some(spec) => self.typed_value(words, spec, &text)?,
                None => OptionValue::String(text),
            };
            options.insert(name, value);
        }
        Ok(Invocation {
            guild_id: guild_id_for(&self.guild),
            guild_name: self.guild.clone(),
            channel_id: Some(self.channel.clone()),
            caller: self.user.clone(),
            locale: self.language.map(|l| l.key().to_string()),
            path,
            options,
        })
    }

    fn typed_value(
        &self,
        words: crate::i18n::Words,
        spec: &OptionSpec,
        text: &str,
    ) -> Result<OptionValue, Failure> {
        let name = spec.name;
        let refuse = |key: &str| Failure::user(words.say_with(key, &[("option", name.into())]));
        Ok(match spec.kind {
            OptionKind::String => {
                // Choices may be typed by value or by their name in the reader's language.
                let matched = spec
                    .choices
                    .iter()
                    .find(|c| {
                        c.value.eq_ignore_ascii_case(text)
                            || words.choice(c).to_lowercase() == text.to_lowercase()
                    })
                    .map(|c| c.value.to_string());
                OptionValue::String(matched.unwrap_or_else(|| text.to_string()))
            }
            OptionKind::Integer => {
                let digits = text.trim().trim_start_matches('#');
                OptionValue::Integer(digits.parse().map_err(|_| {
                    Failure::user(words.say_with(
                        "console-whole-number",
                        &[("option", name.into()), ("text", text.into())],
                    ))
                })?)
            }
            OptionKind::Boolean => OptionValue::Boolean(match text.to_lowercase().as_str() {
                "true" | "yes" | "y" | "1" | "on" => true,
                "false" | "no" | "n" | "0" | "off" => false,
                _ => return Err(refuse("console-true-or-false")),
            }),
            // A rep option takes a chat user (`rep:@bob`) or, like Discord's `rep_name`, a
            // rep's name (`rep:"Darcel Schlecht"`), which must be someone's.
            OptionKind::Rep if !text.starts_with('@') && !text.starts_with("<@") => {
                OptionValue::String(text.to_string())
            }
            OptionKind::User | OptionKind::Rep => {
                let id = user_id_for(text.trim_start_matches("<@").trim_end_matches('>'));
                if id.as_str().is_empty() {
                    return Err(refuse("console-a-user"));
                }
                let display_name = self
                    .known_users
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| text.trim_start_matches('@').to_string());
                OptionValue::User(UserRef {
                    user_id: id,
                    display_name,
                })
            }
            OptionKind::Channel => OptionValue::Channel(ChannelId::new(
                text.trim_start_matches("<#")
                    .trim_start_matches('#')
                    .trim_end_matches('>'),
            )),
            OptionKind::Role => OptionValue::Role(RoleId::new(
                text.trim_start_matches("<@&")
                    .trim_start_matches("@&")
                    .trim_start_matches('@')
                    .trim_end_matches('>'),
            )),
            OptionKind::Attachment => {
                let Some(path) = text.strip_prefix('@') else {
                    return Err(refuse("console-a-file"));
                };
                let full = self.base_dir.join(path);
                let bytes = std::fs::read(&full).map_err(|e| {
                    Failure::user(words.say_with(
                        "console-cannot-read",
                        &[
                            ("path", full.display().to_string().into()),
                            ("why", e.to_string().into()),
                        ],
                    ))
                })?;
                let filename = full
                    .file_name()
                    .map(|f| f.to_string_lossy().to_string())
                    .unwrap_or_else(|| path.to_string());
                OptionValue::Attachment(Attachment::from_chat(filename, bytes))
            }
        })
    }
}
