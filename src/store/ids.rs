//! How the id types of `core::ids` are stored: as the text or integer they wrap.

use crate::core::ids::{
    ActivityId, AlertId, AlertNumber, AuditId, ChannelId, ContestId, DealId, DealNumber,
    DocumentId, DocumentNumber, DuelId, GuildId, InteractionId, MemberId, MessageId, NudgeId,
    OutboxId, PendingActionId, RoleId, ScheduleId, ScheduleNumber, TeamId, TvLinkNumber, UserId,
};
use sqlx::any::{AnyTypeInfo, AnyValueRef};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Any, Decode, Encode, Type};

/// Text ids are stored as the text they wrap.
macro_rules! stored_text_id {
    ($name:ident) => {
        impl Type<Any> for $name {
            fn type_info() -> AnyTypeInfo {
                <String as Type<Any>>::type_info()
            }
            fn compatible(ty: &AnyTypeInfo) -> bool {
                <String as Type<Any>>::compatible(ty)
            }
        }

        impl Encode<'_, Any> for $name {
            fn encode_by_ref(
                &self,
                args: &mut <Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'_, Any>>::encode_by_ref(&self.as_str().to_string(), args)
            }
        }

        impl<'r> Decode<'r, Any> for $name {
            fn decode(value: AnyValueRef<'r>) -> Result<$name, BoxDynError> {
                Ok($name::new(<String as Decode<'r, Any>>::decode(value)?))
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
        impl Type<Any> for $name {
            fn type_info() -> AnyTypeInfo {
                <i64 as Type<Any>>::type_info()
            }
            fn compatible(ty: &AnyTypeInfo) -> bool {
                <i64 as Type<Any>>::compatible(ty)
            }
        }

        impl Encode<'_, Any> for $name {
            fn encode_by_ref(
                &self,
                args: &mut <Any as sqlx::Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'_, Any>>::encode_by_ref(&self.0, args)
            }
        }

        impl<'r> Decode<'r, Any> for $name {
            fn decode(value: AnyValueRef<'r>) -> Result<$name, BoxDynError> {
                Ok($name(<i64 as Decode<'r, Any>>::decode(value)?))
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
