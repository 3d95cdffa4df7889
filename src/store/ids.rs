//! How the id types of `core::ids` are stored: as the text or integer they wrap.

use crate::core::ids::{
    ActivityId, AlertId, AlertNumber, AuditId, ChannelId, ContestId, DealId, DealNumber,
    DocumentId, DocumentNumber, DuelId, GuildId, InteractionId, MemberId, MessageId, NudgeId,
    OutboxId, PendingActionId, RoleId, ScheduleId, ScheduleNumber, TeamId, TvLinkNumber, UserId,
};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::sqlite::{SqliteArgumentsBuffer, SqliteTypeInfo, SqliteValueRef};
use sqlx::{Decode, Encode, Sqlite, Type};

/// Text ids are stored as the text they wrap.
macro_rules! stored_text_id {
    ($name:ident) => {
        impl Type<Sqlite> for $name {
            fn type_info() -> SqliteTypeInfo {
                <String as Type<Sqlite>>::type_info()
            }
            fn compatible(ty: &SqliteTypeInfo) -> bool {
                <String as Type<Sqlite>>::compatible(ty)
            }
        }

        impl Encode<'_, Sqlite> for $name {
            fn encode_by_ref(
                &self,
                args: &mut SqliteArgumentsBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'_, Sqlite>>::encode_by_ref(&self.as_str().to_string(), args)
            }
        }

        impl<'r> Decode<'r, Sqlite> for $name {
            fn decode(value: SqliteValueRef<'r>) -> Result<$name, BoxDynError> {
                Ok($name::new(<String as Decode<'r, Sqlite>>::decode(value)?))
            }
        }
    };
}

stored_text_id!(GuildId);
stored_text_id!(UserId);
stored_text_id!(ChannelId);
stored_text_id!(RoleId);
stored_text_id!(MessageId);
stored_text_id!(InteractionId);

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
stored_row_id!(DealId);
stored_row_id!(AuditId);
stored_row_id!(ScheduleId);
stored_row_id!(ScheduleNumber);
stored_row_id!(AlertNumber);
stored_row_id!(DocumentNumber);
stored_row_id!(DocumentId);
stored_row_id!(AlertId);
stored_row_id!(ActivityId);
stored_row_id!(TvLinkNumber);
stored_row_id!(ContestId);
stored_row_id!(DuelId);
stored_row_id!(OutboxId);
stored_row_id!(NudgeId);
stored_row_id!(PendingActionId);
