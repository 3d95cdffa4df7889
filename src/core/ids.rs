//! One type per id, so that a team id cannot be passed where a member id is meant and
//! a guild id is never confused with a channel or a user. They serialize as the bare
//! value; the store encodes them the same way (`store::ids`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A Discord server (or a console team, `local:NAME`): whose data a query may see.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GuildId(String);

impl GuildId {
    pub fn new(id: impl Into<String>) -> GuildId {
        GuildId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for GuildId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
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
    };
}

row_id!(
    /// A member of a guild (a rep or manager), as stored.
    MemberId
);
row_id!(
    /// A sales team inside a guild.
    TeamId
);
row_id!(
    /// A deal's number within its guild (#12): what people type and see, not its row.
    DealNumber
);
