//! A Discord interaction as an `Invocation`.

use crate::commands::catalogue::{OptionKind, Resolved, resolve};
use crate::commands::invocation::{Attachment, Caller, Invocation, OptionValue, UserRef};
use crate::core::ids::{self, GuildId};
use crate::i18n::Words;
use serenity::all::{
    CommandDataOption, CommandDataOptionValue, CommandInteraction, ComponentInteraction, Member,
    Permissions, User,
};
use std::collections::BTreeMap;

/// Why an interaction could not become an invocation.
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("Dealbell works in servers, not in direct messages.")]
    NotInServer,
    #[error("{filename} is {size} bytes; the limit is {limit}. Split the file and send the parts.")]
    TooLarge {
        filename: String,
        size: u64,
        limit: usize,
    },
    #[error("I could not download {filename}: {}", reason.as_deref().unwrap_or("Discord did not send it"))]
    Download {
        filename: String,
        /// The download's error; None when Discord sent no such attachment.
        reason: Option<String>,
    },
    #[error("Name the rep once: {option} (a chat user) or {option}_name (a name), not both.")]
    RepTwice { option: String },
}

impl ConvertError {
    /// What the member reads (the `Display` above is for logs).
    pub fn worded(&self, words: Words) -> String {
        match self {
            ConvertError::NotInServer => words.say("discord-not-in-server"),
            ConvertError::TooLarge {
                filename,
                size,
                limit,
            } => words.say_with(
                "discord-file-too-large",
                &[
                    ("file", filename.as_str().into()),
                    (
                        "size",
                        words
                            .number(i64::try_from(*size).unwrap_or(i64::MAX))
                            .into(),
                    ),
                    (
                        "limit",
                        words
                            .number(i64::try_from(*limit).unwrap_or(i64::MAX))
                            .into(),
                    ),
                ],
            ),
            ConvertError::Download {
                filename,
                reason: Some(why),
            } => words.say_with(
                "discord-download-failed",
                &[
                    ("file", filename.as_str().into()),
                    ("why", why.as_str().into()),
                ],
            ),
            ConvertError::Download {
                filename,
                reason: None,
            } => words.say_with(
                "discord-download-missing",
                &[("file", filename.as_str().into())],
            ),
            ConvertError::RepTwice { option } => {
                words.say_with("discord-rep-twice", &[("option", option.as_str().into())])
            }
        }
    }
}

/// The option an interaction's option stands for: `rep_name` (the text twin Discord
/// shows beside a rep option) is the rep option `rep`, given by name.
fn catalogue_option(command: Option<&Resolved>, name: &str) -> String {
    match (command, name.strip_suffix(super::register::REP_NAME_SUFFIX)) {
        (Some(command), Some(base))
            if command
                .option(base)
                .is_some_and(|o| o.kind == OptionKind::Rep) =>
        {
            base.to_string()
        }
        _ => name.to_string(),
    }
}

/// The name people see: server nickname, then global display name, then username.
pub fn display_name(user: &User, member: Option<&Member>) -> String {
    member
        .and_then(|m| m.nick.clone())
        .or_else(|| user.global_name.clone())
        .unwrap_or_else(|| user.name.clone())
}

fn caller(user: &User, member: Option<&Member>) -> Caller {
    let permissions = member
        .and_then(|m| m.permissions)
        .unwrap_or_else(Permissions::empty);
    Caller {
        user_id: ids::UserId::new(user.id.get().to_string()),
        display_name: display_name(user, member),
        roles: member
            .map(|m| {
                m.roles
                    .iter()
                    .map(|r| ids::RoleId::new(r.get().to_string()))
                    .collect()
            })
            .unwrap_or_default(),
        // Discord computes the member's permissions in the channel for us; the owner
        // and administrators have all of them.
        manages_server: permissions.manage_guild() || permissions.administrator(),
    }
}

/// The command path and raw options: `/deal add ...` is "deal" with a subcommand "add".
fn path_and_options(
    name: &str,
    options: &[CommandDataOption],
) -> (Vec<String>, Vec<CommandDataOption>) {
    let mut path = vec![name.to_string()];
    let mut current = options.to_vec();
    while let Some(first) = current.first().cloned() {
        match first.value {
            CommandDataOptionValue::SubCommand(inner)
            | CommandDataOptionValue::SubCommandGroup(inner) => {
                path.push(first.name.clone());
                current = inner;
            }
            _ => break,
        }
    }
    (path, current)
}

/// The command path of an interaction (for deciding whether to defer before converting).
pub fn command_path(cmd: &CommandInteraction) -> Vec<String> {
    path_and_options(&cmd.data.name, &cmd.data.options).0
}

/// Builds the invocation, downloading attachments (up to `max_attachment` bytes).
pub async fn invocation(
    cmd: &CommandInteraction,
    max_attachment: usize,
) -> Result<Invocation, ConvertError> {
    let guild_id = cmd.guild_id.ok_or(ConvertError::NotInServer)?;
    let (path, raw) = path_and_options(&cmd.data.name, &cmd.data.options);
    let command = resolve(&path).ok();
    let resolved = &cmd.data.resolved;
    let mut options = BTreeMap::new();
    for option in raw {
        let value = match &option.value {
            CommandDataOptionValue::String(s) => OptionValue::String(s.clone()),
            CommandDataOptionValue::Integer(n) => OptionValue::Integer(*n),
            CommandDataOptionValue::Boolean(b) => OptionValue::Boolean(*b),
            CommandDataOptionValue::User(id) => {
                let user = resolved.users.get(id);
                let member = resolved.members.get(id);
                let display_name = match (member.and_then(|m| m.nick.clone()), user) {
                    (Some(nick), _) => nick,
                    (None, Some(u)) => u.global_name.clone().unwrap_or_else(|| u.name.clone()),
                    (None, None) => id.get().to_string(),
                };
                OptionValue::User(UserRef {
                    user_id: ids::UserId::new(id.get().to_string()),
                    display_name,
                })
            }
            CommandDataOptionValue::Channel(id) => {
                OptionValue::Channel(ids::ChannelId::new(id.get().to_string()))
            }
            CommandDataOptionValue::Role(id) => {
                OptionValue::Role(ids::RoleId::new(id.get().to_string()))
            }
            CommandDataOptionValue::Attachment(id) => {
                let Some(att) = resolved.attachments.get(id) else {
                    return Err(ConvertError::Download {
                        filename: id.get().to_string(),
                        reason: None,
                    });
                };
                if att.size as usize > max_attachment {
                    return Err(ConvertError::TooLarge {
                        filename: att.filename.clone(),
                        size: u64::from(att.size),
                        limit: max_attachment,
                    });
                }
                let bytes = att.download().await.map_err(|e| ConvertError::Download {
                    filename: att.filename.clone(),
                    reason: Some(e.to_string()),
                })?;
                if bytes.len() > max_attachment {
                    return Err(ConvertError::TooLarge {
                        filename: att.filename.clone(),
                        size: bytes.len() as u64,
                        limit: max_attachment,
                    });
                }
                OptionValue::Attachment(Attachment::from_chat(att.filename.clone(), bytes))
            }
            // Number, mentionable and autocomplete values are not used by the catalogue;
            // commands::run reports an unexpected option by name.
            other => OptionValue::String(format!("{other:?}")),
        };
        let key = catalogue_option(command.as_ref(), &option.name);
        if options.insert(key.clone(), value).is_some() {
            return Err(ConvertError::RepTwice { option: key });
        }
    }
    Ok(Invocation {
        guild_id: GuildId::new(guild_id.get().to_string()),
        guild_name: guild_id.get().to_string(),
        channel_id: Some(ids::ChannelId::new(cmd.channel_id.get().to_string())),
        caller: caller(&cmd.user, cmd.member.as_deref()),
        locale: Some(cmd.locale.clone()),
        path,
        options,
    })
}

/// The focused option of an autocomplete request and what has been typed so far.
/// (A rep's text twin, `rep_name`, is reported as the rep option, `rep`.)
pub fn focused(cmd: &CommandInteraction) -> Option<(String, String)> {
    let (path, raw) = path_and_options(&cmd.data.name, &cmd.data.options);
    let command = resolve(&path).ok();
    raw.into_iter().find_map(|o| match o.value {
        CommandDataOptionValue::Autocomplete { value, .. } => {
            Some((catalogue_option(command.as_ref(), &o.name), value))
        }
        _ => None,
    })
}

/// An invocation without options, for requests where only who and where matter.
fn bare_invocation(
    guild_id: Option<serenity::all::GuildId>,
    channel_id: serenity::all::ChannelId,
    user: &User,
    member: Option<&Member>,
    locale: &str,
    path: Vec<String>,
) -> Result<Invocation, ConvertError> {
    let guild_id = guild_id.ok_or(ConvertError::NotInServer)?;
    Ok(Invocation {
        guild_id: GuildId::new(guild_id.get().to_string()),
        guild_name: guild_id.get().to_string(),
        channel_id: Some(ids::ChannelId::new(channel_id.get().to_string())),
        caller: caller(user, member),
        locale: Some(locale.to_string()),
        path,
        options: BTreeMap::new(),
    })
}

/// An autocomplete request: the command's path, who is typing, and where.
pub fn autocomplete_invocation(cmd: &CommandInteraction) -> Result<Invocation, ConvertError> {
    bare_invocation(
        cmd.guild_id,
        cmd.channel_id,
        &cmd.user,
        cmd.member.as_deref(),
        &cmd.locale,
        command_path(cmd),
    )
}

/// A button press: who pressed it, and where (the button says what it does).
pub fn component_invocation(c: &ComponentInteraction) -> Result<Invocation, ConvertError> {
    bare_invocation(
        c.guild_id,
        c.channel_id,
        &c.user,
        c.member.as_ref(),
        &c.locale,
        Vec::new(),
    )
}
