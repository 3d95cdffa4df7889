//! How the id types of `core::ids` are stored: as the text or integer they wrap.

use crate::core::ids::{DealNumber, GuildId, MemberId, TeamId};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::sqlite::{SqliteArgumentsBuffer, SqliteTypeInfo, SqliteValueRef};
use sqlx::{Decode, Encode, Sqlite, Type};

impl Type<Sqlite> for GuildId {
    fn type_info() -> SqliteTypeInfo {
        <String as Type<Sqlite>>::type_info()
    }
    fn compatible(ty: &SqliteTypeInfo) -> bool {
        <String as Type<Sqlite>>::compatible(ty)
    }
}

impl Encode<'_, Sqlite> for GuildId {
    fn encode_by_ref(&self, args: &mut SqliteArgumentsBuffer) -> Result<IsNull, BoxDynError> {
        <String as Encode<'_, Sqlite>>::encode_by_ref(&self.as_str().to_string(), args)
    }
}

impl<'r> Decode<'r, Sqlite> for GuildId {
    fn decode(value: SqliteValueRef<'r>) -> Result<GuildId, BoxDynError> {
        Ok(GuildId::new(<String as Decode<'r, Sqlite>>::decode(value)?))
    }
}

/// Row ids are stored as the integer they wrap.
macro_rules! stored_row_id {
    ($name:ident) => {
        impl Type<Sqlite> for $name {
            fn type_info() -> SqliteTypeInfo {
                <i64 as Type<Sqlite>>::type_info()
            }
            fn compatible(ty: &SqliteTypeInfo) -> bool {
                <i64 as Type<Sqlite>>::compatible(ty)
            }
        }

        impl Encode<'_, Sqlite> for $name {
            fn encode_by_ref(
                &self,
                args: &mut SqliteArgumentsBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'_, Sqlite>>::encode_by_ref(&self.0, args)
            }
        }

        impl<'r> Decode<'r, Sqlite> for $name {
            fn decode(value: SqliteValueRef<'r>) -> Result<$name, BoxDynError> {
                Ok($name(<i64 as Decode<'r, Sqlite>>::decode(value)?))
            }
        }
    };
}

stored_row_id!(MemberId);
stored_row_id!(DealNumber);
stored_row_id!(TeamId);
