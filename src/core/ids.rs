//! One type per id, so that a team id cannot be passed where a member id is meant and
//! a guild id is never confused with a channel or a user. They serialize as the bare
//! value; the store encodes them the same way (`store::ids`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Declares an id that is a chat platform's text (a Discord snowflake, or a console
/// name).
macro_rules! text_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> $name {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> $name {
                $name(id.to_string())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> $name {
                $name(id)
            }
        }
    };
}

text_id!(
    /// A Discord server (or a console team, `local:NAME`): whose data a query may see.
    GuildId
);
text_id!(
    /// A chat user (a Discord user id, or a console name).
    UserId
);
text_id!(
    /// A channel (a Discord channel id, or a console channel name).
    ChannelId
);
text_id!(
    /// A role (the team's manager role).
    RoleId
);
text_id!(
    /// A message Dealbell posted, by the id the platform gave it.
    MessageId
);
text_id!(
    /// A Discord interaction, claimed once so a replayed delivery is not handled twice.
    InteractionId
);

/// Where a post goes: a channel, or a direct message to one user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    Channel(ChannelId),
    Direct(UserId),
}

/// "wins" for a channel, "dm:bob" for a direct message: how logs and the console name
/// a destination.
impl fmt::Display for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Destination::Channel(c) => write!(f, "{c}"),
            Destination::Direct(u) => write!(f, "dm:{u}"),
        }
    }
}

impl Destination {
    /// The channel, for a channel post.
    pub fn channel(&self) -> Option<&ChannelId> {
        match self {
            Destination::Channel(c) => Some(c),
            Destination::Direct(_) => None,
        }
    }
}

/// Declares an id that is a database row number.
macro_rules! row_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    };
}

row_id!(
    /// A member of a guild (a rep or manager), as stored.
    MemberId
);
row_id!(
    /// A document of a guild's library, as stored (people see its `DocumentNumber`).
    DocumentId
);
row_id!(
    /// An alert, as stored (people see its `AlertNumber`).
    AlertId
);
row_id!(
    /// A sales team inside a guild.
    TeamId
);
row_id!(
    /// A deal's number within its guild (#12): what people type and see, not its row.
    DealNumber
);
row_id!(
    /// A deal's row.
    DealId
);
row_id!(
    /// One change in a deal's audit trail.
    AuditId
);
row_id!(
    /// A schedule's row.
    ScheduleId
);
row_id!(
    /// A schedule's number within its guild (what `/schedule pause id:2` names).
    ScheduleNumber
);
row_id!(
    /// An alert's number within its guild (what `/alerts snooze id:3` names).
    AlertNumber
);
row_id!(
    /// A document's number within its guild (what `/docs remove id:2` names).
    DocumentNumber
);
row_id!(
    /// An activity log (what `/activity remove id:4` names).
    ActivityId
);
row_id!(
    /// A live page link's number within its guild (what `/tv revoke link:2` names).
    TvLinkNumber
);
row_id!(
    /// A contest.
    ContestId
);
row_id!(
    /// A duel (what `/duel accept id:5` names).
    DuelId
);
row_id!(
    /// An announcement in the outbox.
    OutboxId
);
row_id!(
    /// A nudge waiting or sent.
    NudgeId
);
row_id!(
    /// A manager action waiting for its Apply or Cancel (an import preview).
    PendingActionId
);
