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
                    reply.message.lines.push(format!(
                        "<#{}> is busy right now: your win goes out with the next few in a moment.",
                        post.to
                    ));
                }
                kept.push(post);
            }
            Ok(crate::store::Enqueued::AlreadyAnnounced) => {
                tracing::debug!(topic = %topic.key, "already announced");
            }
            Err(e) => {
                tracing::error!(error = %e, topic = %topic.key, "could not queue an announcement");
                reply.message.lines.push(format!(
                    "It is saved, but I could not announce it in <#{}> ({e}).",
                    post.to
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
    let channel = app.db.guild(&inv.guild_id).await.ok()??.managers_channel?;
    if !app.db.first_write_failure() {
        return None;
    }
    let message = crate::reply::Message::new(
        crate::reply::Tone::Warning,
        "⚠ Dealbell cannot save anything right now",
    )
    .line(format!("{e}. Wins and changes are refused (and say so) until this is fixed; nothing already saved is lost."))
    .line("An admin needs to free disk space or fix the database file; this is said once.");
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

/// Refuses an attached file over `max` bytes: "{file} is N bytes; {limit} at most M."
/// Chat's cap on an attachment's size; a file the operator named to the shell has none.
fn check_size(file: &Attachment, max: usize, limit: &str, hint: &str) -> Result<(), CommandError> {
    let Some(size) = file.chat_size().filter(|size| *size > max) else {
        return Ok(());
    };
    Err(CommandError::with_hint(
        format!(
            "{} is {} bytes; {limit} at most {}.",
            file.filename,
            crate::core::money::group_thousands(size as u64),
            crate::core::money::group_thousands(max as u64)
        ),
        hint.to_string(),
    ))
}

/// An attached file as UTF-8 text.
fn attachment_text(file: &Attachment, hint: &str) -> Result<String, CommandError> {
    String::from_utf8(attachment_bytes(file)?.into_owned()).map_err(|_| {
        CommandError::with_hint(
            format!("{} is not UTF-8 text.", file.filename),
            hint.to_string(),
        )
    })
}

/// An attached file's bytes; a file named to the shell is read here.
fn attachment_bytes(file: &Attachment) -> Result<std::borrow::Cow<'_, [u8]>, CommandError> {
    file.bytes().map_err(|e| {
        CommandError::with_hint(
            format!("I could not read {}: {e}.", file.filename),
            "Check the file's path and that Dealbell may read it, and try again.",
        )
    })
}

fn path_error(e: PathError) -> CommandError {
    match e {
        PathError::Unknown(name) => CommandError::with_hint(
            format!("There is no command /{name}."),
            "Type /help to see every command.",
        ),
        PathError::NeedsSubcommand {
            command,
            subcommands,
        } => CommandError::with_hint(
            format!("/{command} needs one of: {}.", subcommands.join(", ")),
            format!(
                "For example: /{command} {}",
                subcommands.first().copied().unwrap_or("")
            ),
        ),
        PathError::UnknownSubcommand {
            command,
            given,
            subcommands,
        } => CommandError::with_hint(
            format!("/{command} has no {given:?}."),
            format!("Use one of: {}.", subcommands.join(", ")),
        ),
    }
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
                CommandError::user(format!("{path} takes no options."))
            } else {
                CommandError::with_hint(
                    format!("{path} has no option {name:?}."),
                    format!("Its options: {}.", names()),
                )
            });
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
            return Err(CommandError::user(format!(
                "{name} must be a {}.",
                spec.kind.describe()
            )));
        }
        if let OptionValue::String(s) = value {
            if !spec.choices.is_empty() && !spec.choices.iter().any(|c| c.value == s) {
                let values: Vec<&str> = spec.choices.iter().map(|c| c.value).collect();
                return Err(CommandError::with_hint(
                    format!("{name} cannot be {s:?}."),
                    format!("Use one of: {}.", values.join(", ")),
                ));
            }
            if let Some(max) = spec.max_length
                && s.chars().count() > usize::from(max)
            {
                return Err(CommandError::user(format!(
                    "{name} is too long ({} characters); {max} at most.",
                    s.chars().count()
                )));
            }
        }
        if let OptionValue::Integer(n) = value
            && (spec.min.is_some_and(|min| *n < min) || spec.max.is_some_and(|max| *n > max))
        {
            let range = match (spec.min, spec.max) {
                (Some(a), Some(b)) if b < i64::MAX => format!("from {a} to {b}"),
                (Some(a), _) => format!("at least {a}"),
                (_, Some(b)) => format!("at most {b}"),
                _ => String::new(),
            };
            return Err(CommandError::user(format!("{name} must be {range}.")));
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
        return Err(CommandError::with_hint(
            format!("{path} needs {}.", missing.name),
            format!("Write it as {path} {}", example.join(" ")),
        ));
    }
    Ok(())
}
