//! What the bot answers, as typed data. Renderers (console text, Discord embeds) turn
//! it into something to show; nothing here formats for a platform.

use serde::{Deserialize, Serialize};

mod data;
pub use data::*;

/// The kind of message, which renderers show as a colour or a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Info,
    Success,
    Celebration,
    Leaderboard,
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone in the channel sees it.
    Public,
    /// Only the person who ran the command sees it.
    Ephemeral,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

/// A ranked table: the rows shown, and the caller's own row when it falls outside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub rows: Vec<TableRow>,
    pub caller_row: Option<TableRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    /// Shared ranks are marked by the renderer ("2="); None for a row shown without a
    /// place (a rep's own row on a board that ranks only what they may see).
    pub rank: Option<u32>,
    pub tied: bool,
    pub name: String,
    pub value: String,
    pub detail: String,
    /// Since the previous period: "▲2", "▼1", "=" or "new".
    pub movement: String,
    /// The caller's own row.
    pub is_caller: bool,
}

/// A message: what a reply shows, and what a post to another channel carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub tone: Tone,
    pub title: String,
    pub lines: Vec<String>,
    pub fields: Vec<Field>,
    pub table: Option<Table>,
    pub footer: Option<String>,
    /// Users the message means to mention (ping); everyone else is shown, not pinged.
    pub mentions: Vec<crate::core::ids::UserId>,
    /// A PNG picture of the same content (leaderboards, quota progress).
    pub chart: Option<Attachment>,
    /// A file that goes with the message (an export).
    pub file: Option<Attachment>,
}

/// A file sent with a message: a chart's PNG or an export. Replies serialize its
/// name and size, not its bytes.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub filename: String,
    #[serde(skip, default)]
    pub data: Vec<u8>,
    pub bytes: usize,
}

impl Attachment {
    pub fn new(filename: &str, data: Vec<u8>) -> Attachment {
        Attachment {
            filename: filename.to_string(),
            bytes: data.len(),
            data,
        }
    }
}

impl std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Attachment")
            .field("filename", &self.filename)
            .field("bytes", &self.bytes)
            .finish()
    }
}

impl Message {
    pub fn new(tone: Tone, title: impl Into<String>) -> Message {
        Message {
            tone,
            title: title.into(),
            lines: Vec::new(),
            fields: Vec::new(),
            table: None,
            footer: None,
            mentions: Vec::new(),
            chart: None,
            file: None,
        }
    }
    pub fn line(mut self, line: impl Into<String>) -> Message {
        self.lines.push(line.into());
        self
    }
    pub fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Message {
        self.fields.push(Field {
            name: name.into(),
            value: value.into(),
            inline: true,
        });
        self
    }
    /// Mentions everyone `other` mentions, each once (a post standing for several).
    pub fn mention_all_of(&mut self, other: &Message) {
        for who in &other.mentions {
            if !self.mentions.contains(who) {
                self.mentions.push(who.clone());
            }
        }
    }
    pub fn footer(mut self, footer: impl Into<String>) -> Message {
        self.footer = Some(footer.into());
        self
    }
}

/// A message for another channel (a win announcement in the wins channel).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    /// A channel, or one user by direct message.
    pub to: crate::core::ids::Destination,
    pub message: Message,
    /// What the post announces: such a post goes through the outbox, once per topic,
    /// and can be taken back. None for a post sent straight away (a warning).
    pub topic: Option<Topic>,
    /// Sent along so that Discord drops a repeat of the same post (a resend after a crash).
    #[serde(skip)]
    pub nonce: Option<String>,
}

impl Post {
    /// A post to a channel.
    pub fn to_channel(channel: crate::core::ids::ChannelId, message: Message) -> Post {
        Post::new(crate::core::ids::Destination::Channel(channel), message)
    }

    pub fn new(to: crate::core::ids::Destination, message: Message) -> Post {
        Post {
            to,
            message,
            topic: None,
            nonce: None,
        }
    }
}

/// What an announcement is about, and the one line standing for it in a combined post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// Unique per guild: `core::deal::win_topic` for a deal's win.
    pub key: String,
    pub summary: String,
}

/// A button under a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Button {
    /// Takes back the change recorded by this audit row.
    Undo { audit_id: crate::core::ids::AuditId },
    /// Applies a previewed manager action.
    Confirm {
        action_id: crate::core::ids::PendingActionId,
    },
    /// Drops a previewed manager action.
    Cancel {
        action_id: crate::core::ids::PendingActionId,
    },
    /// Accepts a duel challenge.
    DuelAccept { duel_id: crate::core::ids::DuelId },
    /// Declines a duel challenge.
    DuelDecline { duel_id: crate::core::ids::DuelId },
}

impl Button {
    /// The catalogue message of its label: `button-undo`.
    pub fn label_key(&self) -> &'static str {
        match self {
            Button::Undo { .. } => "button-undo",
            Button::Confirm { .. } => "button-apply-import",
            Button::Cancel { .. } => "button-cancel",
            Button::DuelAccept { .. } => "button-accept",
            Button::DuelDecline { .. } => "button-decline",
        }
    }

    /// The button's id as a platform carries it back when pressed: `undo:42`.
    pub fn custom_id(&self) -> String {
        let (prefix, id) = match self {
            Button::Undo { audit_id } => ("undo", audit_id.0),
            Button::Confirm { action_id } => ("confirm", action_id.0),
            Button::Cancel { action_id } => ("cancel", action_id.0),
            Button::DuelAccept { duel_id } => ("duel-accept", duel_id.0),
            Button::DuelDecline { duel_id } => ("duel-decline", duel_id.0),
        };
        format!("{prefix}:{id}")
    }

    /// The button a pressed id stands for; None for one Dealbell never made.
    pub fn from_custom_id(custom_id: &str) -> Option<Button> {
        use crate::core::ids::{AuditId, DuelId, PendingActionId};
        let (prefix, id) = custom_id.split_once(':')?;
        let id: i64 = id.parse().ok()?;
        Some(match prefix {
            "undo" => Button::Undo {
                audit_id: AuditId(id),
            },
            "confirm" => Button::Confirm {
                action_id: PendingActionId(id),
            },
            "cancel" => Button::Cancel {
                action_id: PendingActionId(id),
            },
            "duel-accept" => Button::DuelAccept {
                duel_id: DuelId(id),
            },
            "duel-decline" => Button::DuelDecline {
                duel_id: DuelId(id),
            },
            _ => return None,
        })
    }
}

/// A command's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    pub visibility: Visibility,
    pub message: Message,
    pub data: ReplyData,
    pub posts: Vec<Post>,
    pub buttons: Vec<Button>,
    /// The language the reply is worded in, for what the renderers add (button labels).
    #[serde(skip)]
    pub language: crate::core::language::Language,
    /// The outbox rows the dispatcher wrote for `posts`, for the edge to send at once.
    #[serde(skip)]
    pub queued: Vec<crate::core::ids::OutboxId>,
}

impl Reply {
    pub fn public(message: Message, data: ReplyData) -> Reply {
        Reply {
            visibility: Visibility::Public,
            message,
            data,
            posts: Vec::new(),
            buttons: Vec::new(),
            language: crate::core::language::Language::En,
            queued: Vec::new(),
        }
    }
    pub fn private(message: Message, data: ReplyData) -> Reply {
        Reply {
            visibility: Visibility::Ephemeral,
            ..Reply::public(message, data)
        }
    }
}
