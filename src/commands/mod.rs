//! Running a command: Invocation → checks → handler → Reply. Discord and the console
//! both come through `run`, so a command behaves the same wherever it is typed.

pub mod arguments;
pub mod catalogue;
pub mod invocation;
pub mod permissions;

mod activity;
mod alerts;
mod ask;
mod buttons;
mod comp;
mod contest;
mod deals;
mod dispatch;
mod docs;
mod duel;
mod export;
mod forecast;
mod help;
mod import;
mod language;
mod leaderboard;
pub mod library;
mod nudges;
mod privacy;
mod quota;
mod rates;
mod request;
mod schedule;
mod setup;
mod subject;
pub mod suggest;
mod team;
mod tv;

pub use crate::error::{CommandError, NotFound};
pub use buttons::{check_confirm, confirm_button, duel_button, undo_button};
pub use request::Request;

use crate::app::App;
use crate::core::language::{Language, language_for};
use crate::i18n::Said;
use crate::i18n::said::Part;
use crate::reply::Reply;
use catalogue::{OptionKind, PathError, Resolved};
use invocation::{Attachment, Invocation, OptionValue};

/// A challenged rep's answer to a duel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuelAnswer {
    Accept,
    Decline,
}

/// A manager's answer to a previewed action (an import that changes existing deals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewAnswer {
    Apply,
    Cancel,
}

/// Runs one command.
pub async fn run(app: &App, inv: &Invocation) -> Result<Reply, CommandError> {
    let command = catalogue::resolve(&inv.path).map_err(path_error)?;
    let req = prepare(app, inv, command).await?;
    // Who may run it comes first: a rep hears "only managers", not which option is missing.
    permissions::check_command(&command, inv, &req.guild, req.asker())?;
    validate_options(&command, inv)?;
    tracing::debug!(command = %command.display_path(), guild = %inv.guild_id, user = %inv.caller.user_id, "running");
    let mut reply = dispatch::dispatch(&req).await?;
    reply.language = req.words.language();
    queue_posts(&req, &mut reply).await;
    Ok(reply)
}

/// Writes the reply's announcements into the outbox, where the edge (right away) or
/// the scheduler (on retries) sends them. A topic already announced is dropped from
/// the reply. The change itself is already saved, so a failure here is reported in the
/// reply, not as a failed command.
async fn queue_posts(req: &Request<'_>, reply: &mut Reply) {
    let burst = crate::jobs::send_posts::burst_rule(req.app);
    let mut kept = Vec::new();
    for post in std::mem::take(&mut reply.posts) {
        let Some(topic) = &post.topic else {
            debug_assert!(false, "a command's post has no topic: {post:?}");
            continue;
        };
        let queued = req
            .app
            .db
            .enqueue_post(
                crate::store::NewOutboxPost {
                    guild_id: &req.inv.guild_id,
                    to: &post.to,
                    topic: &topic.key,
                    message: &post.message,
                    summary: &topic.summary,
                    firing: None,
                },
                Some(burst),
                req.now,
            )
            .await;
        match queued {
            Ok(crate::store::Enqueued::Waiting { id, held }) => {
                reply.queued.push(id);
                if held {
                    reply.message.lines.push(req.words.say_with(
                        "announce-busy",
                        &[("channel", format!("<#{}>", post.to).into())],
                    ));
                }
                kept.push(post);
            }
            Ok(crate::store::Enqueued::AlreadyAnnounced) => {
                tracing::debug!(topic = %topic.key, "already announced");
            }
            Err(e) => {
                tracing::error!(error = %e, topic = %topic.key, "could not queue an announcement");
                reply.message.lines.push(req.words.say_with(
                    "announce-failed",
                    &[("channel", format!("<#{}>", post.to).into())],
                ));
            }
        }
    }
    reply.posts = kept;
}

/// When a command failed because the database cannot be written, the post that tells
/// the managers' channel — once, until writes work again.
pub async fn storage_alarm(
    app: &App,
    inv: &Invocation,
    error: &CommandError,
) -> Option<crate::reply::Post> {
    let CommandError::Internal(
        e @ (crate::store::StoreError::DiskFull
        | crate::store::StoreError::ReadOnly
        | crate::store::StoreError::Io(_)),
    ) = error
    else {
        return None;
    };
    // Reading still works when writing does not.
    let guild = app.db.guild(&inv.guild_id).await.ok()??;
    let channel = guild.managers_channel.clone()?;
    if !app.db.first_write_failure() {
        return None;
    }
    let why = crate::error::cannot_write_why(e);
    let words = crate::i18n::Words::team(&guild);
    let message = crate::reply::Message::new(
        crate::reply::Tone::Warning,
        words.say("storage-alarm-title"),
    )
    .line(words.say_with("storage-alarm-why", &[("why", why.into())]))
    .line(words.say("storage-alarm-fix"));
    Some(crate::reply::Post::to_channel(channel, message))
}

/// Loads who is asking and where: the team (created on first contact), the caller's
/// member row, whether they are a manager, and the team's "today".
async fn prepare<'a>(
    app: &'a App,
    inv: &'a Invocation,
    command: Resolved,
) -> Result<Request<'a>, CommandError> {
    let now = app.clock.now();
    // Both read at once; only a first contact (or a new display name) writes.
    let (guild, member) = tokio::try_join!(
        app.db.guild(&inv.guild_id),
        app.db.member_by_user(&inv.guild_id, &inv.caller.user_id)
    )?;
    let guild = match guild {
        Some(guild) => guild,
        None => {
            app.db
                .ensure_guild(
                    &inv.guild_id,
                    &inv.guild_name,
                    &app.config.team_defaults,
                    now,
                )
                .await?
        }
    };
    let caller = match member {
        Some(member) if member.display_name == inv.caller.display_name => member,
        _ => {
            app.db
                .upsert_member(
                    &inv.guild_id,
                    &inv.caller.user_id,
                    &inv.caller.display_name,
                    now,
                )
                .await?
        }
    };
    let is_manager = permissions::is_manager(&guild, &inv.caller);
    let words =
        crate::i18n::Words::new(reader_language(app, inv, guild.language, caller.id).await?);
    Ok(Request {
        app,
        inv,
        command,
        pipeline: app.config.pipeline.with_labels(&guild.stage_labels),
        today: guild.today(now),
        guild,
        caller,
        is_manager,
        now,
        words,
    })
}

/// The language a reply to the caller is in: their app's when Dealbell speaks it (the
/// member's own choice is only read when it does not), else their choice, else the team's.
async fn reader_language(
    app: &App,
    inv: &Invocation,
    team: Language,
    caller: crate::core::ids::MemberId,
) -> Result<Language, crate::store::StoreError> {
    if let Some(language) = client_language(inv) {
        return Ok(language);
    }
    let chosen = app.db.member_language(&inv.guild_id, caller).await?;
    Ok(language_for(None, chosen, team))
}

/// The caller's app language, when the platform says and Dealbell speaks it.
fn client_language(inv: &Invocation) -> Option<Language> {
    inv.locale.as_deref().and_then(Language::from_tag)
}

/// The words an error is told in: the reader's language, as a command's reply would be
/// (`reader_language`), found again because the command may have failed before it knew.
/// English when even that cannot be read (the database is down).
pub async fn error_words(app: &App, inv: &Invocation) -> crate::i18n::Words {
    let language = match client_language(inv) {
        Some(language) => language,
        None => {
            let (guild, member) = tokio::join!(
                app.db.guild(&inv.guild_id),
                app.db.member_by_user(&inv.guild_id, &inv.caller.user_id)
            );
            let team = guild.ok().flatten().map_or(Language::En, |g| g.language);
            match member.ok().flatten() {
                Some(m) => reader_language(app, inv, team, m.id).await.unwrap_or(team),
                None => team,
            }
        }
    };
    crate::i18n::Words::new(language)
}

/// Suggestions for an option being typed (Discord autocomplete).
pub async fn suggestions(
    app: &App,
    inv: &Invocation,
    option: &str,
    typed: &str,
) -> Result<Vec<suggest::Suggestion>, CommandError> {
    let command = catalogue::resolve(&inv.path).map_err(path_error)?;
    let Some(what) = command.option(option).and_then(|o| match o.kind {
        OptionKind::Rep => Some(catalogue::Suggest::Reps),
        OptionKind::String
        | OptionKind::Integer
        | OptionKind::Boolean
        | OptionKind::User
        | OptionKind::Channel
        | OptionKind::Role
        | OptionKind::Attachment => o.autocomplete,
    }) else {
        return Ok(Vec::new());
    };
    let req = prepare(app, inv, command).await?;
    if permissions::check_command(&command, inv, &req.guild, req.asker()).is_err() {
        return Ok(Vec::new());
    }
    suggest::run(&req, what, typed).await
}

/// What an attached file is for: its limits and the advice on a wrong one differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileUse {
    Import,
    Plan,
    Document,
}

impl FileUse {
    /// How the catalogues' messages about files tell the uses apart.
    fn key(self) -> &'static str {
        match self {
            FileUse::Import => "csv",
            FileUse::Plan => "plan",
            FileUse::Document => "document",
        }
    }
}

/// Refuses an attached file over `max` bytes, the cap for its use. Chat's cap on an
/// attachment's size; a file the operator named to the shell has none.
fn check_size(file: &Attachment, max: usize, used_as: FileUse) -> Result<(), CommandError> {
    let Some(size) = file.chat_size().filter(|size| *size > max) else {
        return Ok(());
    };
    let bytes = |n: usize| Part::Grouped(i64::try_from(n).unwrap_or(i64::MAX));
    Err(Said::new("error-file-too-big")
        .with("file", file.filename.as_str())
        .with("size", bytes(size))
        .with("max", bytes(max))
        .with("limit", used_as.key())
        .into())
}

/// An attached file as UTF-8 text.
fn attachment_text(file: &Attachment, used_as: FileUse) -> Result<String, CommandError> {
    String::from_utf8(attachment_bytes(file)?.into_owned()).map_err(|_| {
        Said::new("error-not-utf8")
            .with("file", file.filename.as_str())
            .with("limit", used_as.key())
            .into()
    })
}

/// An attached file's bytes; a file named to the shell is read here.
fn attachment_bytes(file: &Attachment) -> Result<std::borrow::Cow<'_, [u8]>, CommandError> {
    file.bytes().map_err(|e| {
        Said::new("error-cannot-read-file")
            .with("file", file.filename.as_str())
            .with("why", e.to_string())
            .into()
    })
}

fn path_error(e: PathError) -> CommandError {
    match e {
        PathError::Unknown(name) => Said::new("error-no-command").with("name", name),
        PathError::NeedsSubcommand {
            command,
            subcommands,
        } => Said::new("error-needs-subcommand")
            .with("command", command)
            .with("subcommands", subcommands.join(", "))
            .with("first", subcommands.first().copied().unwrap_or("")),
        PathError::UnknownSubcommand {
            command,
            given,
            subcommands,
        } => Said::new("error-no-subcommand")
            .with("command", command)
            .with("given", given)
            .with("subcommands", subcommands.join(", ")),
    }
    .into()
}

/// Checks options against the catalogue: known names, right types, choices, limits,
/// required ones present. Discord checks most of this itself; the console does not,
/// and checking here too means no handler ever sees an option it did not declare.
fn validate_options(command: &Resolved, inv: &Invocation) -> Result<(), CommandError> {
    let path = command.display_path();
    let names = || {
        command
            .options
            .iter()
            .map(|o| o.name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (name, value) in &inv.options {
        let Some(spec) = command.option(name) else {
            return Err(if command.options.is_empty() {
                Said::new("error-takes-no-options").with("command", path)
            } else {
                Said::new("error-no-option")
                    .with("command", path)
                    .with("option", name.as_str())
                    .with("options", names())
            }
            .into());
        };
        let kind_ok = matches!(
            (spec.kind, value),
            (OptionKind::String, OptionValue::String(_))
                | (OptionKind::Integer, OptionValue::Integer(_))
                | (OptionKind::Boolean, OptionValue::Boolean(_))
                | (OptionKind::User, OptionValue::User(_))
                | (
                    OptionKind::Rep,
                    OptionValue::User(_) | OptionValue::String(_)
                )
                | (OptionKind::Channel, OptionValue::Channel(_))
                | (OptionKind::Role, OptionValue::Role(_))
                | (OptionKind::Attachment, OptionValue::Attachment(_))
        );
        if !kind_ok {
            return Err(arguments::wrong_kind(name, spec.kind));
        }
        if let OptionValue::String(s) = value {
            if !spec.choices.is_empty() && !spec.choices.iter().any(|c| c.value == s) {
                let values: Vec<&str> = spec.choices.iter().map(|c| c.value).collect();
                return Err(Said::new("error-not-a-choice")
                    .with("option", name.as_str())
                    .with("given", s.as_str())
                    .with("choices", values.join(", "))
                    .into());
            }
            if let Some(max) = spec.max_length
                && s.chars().count() > usize::from(max)
            {
                let length = i64::try_from(s.chars().count()).unwrap_or(i64::MAX);
                return Err(Said::new("error-too-long")
                    .with("option", name.as_str())
                    .with("length", length)
                    .with("max", i64::from(max))
                    .into());
            }
        }
        if let OptionValue::Integer(n) = value
            && (spec.min.is_some_and(|min| *n < min) || spec.max.is_some_and(|max| *n > max))
        {
            let range = match (spec.min, spec.max) {
                (Some(_), Some(b)) if b < i64::MAX => "between",
                (Some(_), _) => "at-least",
                _ => "at-most",
            };
            return Err(Said::new("error-out-of-range")
                .with("option", name.as_str())
                .with("range", range)
                .with("min", spec.min.unwrap_or(i64::MIN))
                .with("max", spec.max.unwrap_or(i64::MAX))
                .into());
        }
    }
    if let Some(missing) = command
        .options
        .iter()
        .find(|o| o.required && !inv.options.contains_key(o.name))
    {
        let example: Vec<String> = command
            .options
            .iter()
            .filter(|o| o.required)
            .map(|o| format!("{}:…", o.name))
            .collect();
        return Err(Said::new("error-missing-option")
            .with("command", path)
            .with("option", missing.name)
            .with("example", example.join(" "))
            .into());
    }
    Ok(())
}
