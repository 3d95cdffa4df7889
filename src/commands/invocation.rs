//! What a user asked, independent of where they asked it (Discord or the console).

use crate::core::ids::{ChannelId, GuildId, RoleId, UserId};
use serde::Serialize;
use std::collections::BTreeMap;

/// The user the shell's commands (`dealbell import`, `dealbell docs add`) run as.
pub const OPERATOR: &str = "operator";

/// The chat user who ran a command, as the platform describes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Caller {
    pub user_id: UserId,
    pub display_name: String,
    /// Role ids the member holds in this server.
    pub roles: Vec<RoleId>,
    /// Manage Server permission, or the server owner.
    pub manages_server: bool,
}

/// Another user named in an option (`rep:@bob`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserRef {
    pub user_id: UserId,
    pub display_name: String,
}

/// A file passed with a command, already fetched.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    pub filename: String,
    #[serde(skip)]
    pub bytes: Vec<u8>,
    #[serde(skip)]
    pub origin: AttachmentOrigin,
}

impl Attachment {
    /// A file attached in chat (or the console, which stands in for it).
    pub fn from_chat(filename: String, bytes: Vec<u8>) -> Attachment {
        Attachment {
            filename,
            bytes,
            origin: AttachmentOrigin::Chat,
        }
    }

    /// A file the operator named to the shell.
    pub fn from_operator(filename: String, bytes: Vec<u8>) -> Attachment {
        Attachment {
            filename,
            bytes,
            origin: AttachmentOrigin::OperatorFile,
        }
    }
}

/// Where an attached file came from: chat's size caps are for chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AttachmentOrigin {
    /// Attached in Discord or the console, which stands in for it.
    #[default]
    Chat,
    /// A file the operator named to the shell (`dealbell import deals big.csv`).
    OperatorFile,
}

impl std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Attachment({}, {} bytes)",
            self.filename,
            self.bytes.len()
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum OptionValue {
    String(String),
    Integer(i64),
    Boolean(bool),
    User(UserRef),
    Channel(ChannelId),
    Role(RoleId),
    Attachment(Attachment),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invocation {
    /// Discord server id, or `local:NAME` for a console team.
    pub guild_id: GuildId,
    pub guild_name: String,
    pub channel_id: Option<ChannelId>,
    pub caller: Caller,
    pub locale: Option<String>,
    /// Command path, e.g. `["deal", "add"]`.
    pub path: Vec<String>,
    pub options: BTreeMap<String, OptionValue>,
}
