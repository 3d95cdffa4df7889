//! What a user asked, independent of where they asked it (Discord or the console).

use crate::core::crm::CsvSource;
use crate::core::ids::{ChannelId, GuildId, RoleId, UserId};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;

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

/// A file passed with a command: fetched from chat, or named to the shell.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    pub filename: String,
    #[serde(skip)]
    content: Content,
}

/// Where an attached file's bytes are: chat's size caps are for chat, and a file the
/// operator named stays on disk, read as a stream by the commands that can.
#[derive(Clone, PartialEq, Eq)]
enum Content {
    /// Attached in Discord or the console (which stands in for it), already fetched.
    Chat(Arc<Vec<u8>>),
    /// A file the operator named to the shell (`dealbell import deals big.csv`).
    OperatorFile(PathBuf),
}

impl Attachment {
    /// A file attached in chat (or the console, which stands in for it).
    pub fn from_chat(filename: String, bytes: Vec<u8>) -> Attachment {
        Attachment {
            filename,
            content: Content::Chat(Arc::new(bytes)),
        }
    }

    /// A file the operator named to the shell; it is read when a command needs it.
    pub fn from_operator(path: PathBuf) -> Attachment {
        Attachment {
            filename: path
                .file_name()
                .map(|f| f.to_string_lossy().to_string())
                .unwrap_or_else(|| path.display().to_string()),
            content: Content::OperatorFile(path),
        }
    }

    /// The size of a file attached in chat; None for a file named to the shell, which
    /// has no cap.
    pub fn chat_size(&self) -> Option<usize> {
        match &self.content {
            Content::Chat(bytes) => Some(bytes.len()),
            Content::OperatorFile(_) => None,
        }
    }

    /// The whole file.
    pub fn bytes(&self) -> std::io::Result<Cow<'_, [u8]>> {
        match &self.content {
            Content::Chat(bytes) => Ok(Cow::Borrowed(bytes.as_slice())),
            Content::OperatorFile(path) => std::fs::read(path).map(Cow::Owned),
        }
    }
}

impl CsvSource for Attachment {
    fn open(&self) -> std::io::Result<Box<dyn Read + Send + '_>> {
        match &self.content {
            Content::Chat(bytes) => Ok(Box::new(bytes.as_slice())),
            Content::OperatorFile(path) => Ok(Box::new(std::io::BufReader::with_capacity(
                256 * 1024,
                std::fs::File::open(path)?,
            ))),
        }
    }
}

impl std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.content {
            Content::Chat(bytes) => f
                .debug_struct("Attachment")
                .field("filename", &self.filename)
                .field("bytes", &bytes.len())
                .finish(),
            Content::OperatorFile(path) => write!(f, "Attachment({})", path.display()),
        }
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
