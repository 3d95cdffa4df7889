//! Each command's options as a struct of typed fields, read once before its handler
//! runs. `arguments!` declares a struct: one field per option, named as the option,
//! `T` when the option is required and `Option<T>` when it is not. The handler takes
//! that struct (`handlers!` in commands/mod.rs pairs each action with its handler), so
//! its type says what the handler reads, and one test walks every command of the
//! catalogue and holds the two to each other: the same names, kinds, required options,
//! and every offered choice one the field's type reads.
//!
//! Reading turns text into what it means for this team: an amount in its currency, a
//! day in its calendar, free text cleaned and held to the length the catalogue gives.

use super::catalogue::OptionKind;
use super::invocation::{Attachment, OptionValue, UserRef};
use super::{CommandError, Request};
use crate::core::closed_set::ClosedSet;
use crate::core::dates::{Weekdays, parse_date_toward};
use crate::core::ids::{
    ActivityId, AlertNumber, ChannelId, DealNumber, DocumentNumber, DuelId, RoleId, ScheduleNumber,
    TvLinkNumber,
};
use crate::core::money::Money;
use crate::core::period::PeriodSpec;
use chrono::NaiveDate;

/// One option a handler reads, as its arguments struct declares it.
#[derive(Debug, Clone, Copy)]
pub struct ArgSpec {
    pub name: &'static str,
    pub kind: OptionKind,
    pub required: bool,
    /// Whether the field's type reads this text (a choice the catalogue offers).
    pub reads: fn(&str) -> bool,
    /// The field's type is a closed set: the catalogue must offer its choices.
    pub closed: bool,
}

/// A command's options, read from a request.
pub trait Arguments: Sized {
    const OPTIONS: &'static [ArgSpec];
    fn read(req: &Request<'_>) -> Result<Self, CommandError>;
}

/// A command without options.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoArguments;

impl Arguments for NoArguments {
    const OPTIONS: &'static [ArgSpec] = &[];
    fn read(_: &Request<'_>) -> Result<Self, CommandError> {
        Ok(NoArguments)
    }
}

/// The options a handler reads, found from its signature (for the catalogue test).
#[cfg(test)]
pub fn options_of<A: Arguments>(
    _handler: &impl AsyncFn(&Request<'_>, A) -> Result<crate::reply::Reply, CommandError>,
) -> &'static [ArgSpec] {
    A::OPTIONS
}

/// What reading an option gives: the value, or what is wrong with it.
pub type Read<T> = Result<T, CommandError>;

/// A type one option's value is read as.
pub trait FromOption: Sized {
    const KIND: OptionKind;
    /// Set for closed sets, whose every key the catalogue must offer as a choice.
    const CLOSED: bool = false;
    /// Whether `text` reads as this type (for choices the catalogue offers).
    fn reads(_text: &str) -> bool {
        true
    }
    fn from_option(req: &Request<'_>, name: &'static str, value: &OptionValue) -> Read<Self>;
}

/// A field of an arguments struct: `T` for a required option, `Option<T>` otherwise;
/// either way read as `Value`.
pub trait Field: Sized {
    type Value: FromOption;
    const REQUIRED: bool;
    fn read(req: &Request<'_>, name: &'static str) -> Result<Self, CommandError>;
}

impl<T: FromOption> Field for T {
    type Value = T;
    const REQUIRED: bool = true;
    fn read(req: &Request<'_>, name: &'static str) -> Result<Self, CommandError> {
        match req.inv.options.get(name) {
            Some(value) => T::from_option(req, name, value),
            None => Err(crate::i18n::Said::new("error-missing-option")
                .with("command", req.command.display_path())
                .with("option", name)
                .with("example", format!("{name}:…"))
                .into()),
        }
    }
}

impl<T: FromOption> Field for Option<T> {
    type Value = T;
    const REQUIRED: bool = false;
    fn read(req: &Request<'_>, name: &'static str) -> Result<Self, CommandError> {
        req.inv
            .options
            .get(name)
            .map(|value| T::from_option(req, name, value))
            .transpose()
    }
}

/// Declares a command's arguments struct and how it is read; see the module comment.
macro_rules! arguments {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug)]
        $vis struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $crate::commands::arguments::Arguments for $name {
            const OPTIONS: &'static [$crate::commands::arguments::ArgSpec] = &[
                $( $crate::commands::arguments::ArgSpec {
                    name: stringify!($field),
                    kind: <<$ty as $crate::commands::arguments::Field>::Value
                        as $crate::commands::arguments::FromOption>::KIND,
                    required: <$ty as $crate::commands::arguments::Field>::REQUIRED,
                    reads: <<$ty as $crate::commands::arguments::Field>::Value
                        as $crate::commands::arguments::FromOption>::reads,
                    closed: <<$ty as $crate::commands::arguments::Field>::Value
                        as $crate::commands::arguments::FromOption>::CLOSED,
                }, )*
            ];

            #[allow(unused_variables)]
            fn read(
                req: &$crate::commands::Request<'_>,
            ) -> Result<Self, $crate::commands::CommandError> {
                Ok($name {
                    $( $field: <$ty as $crate::commands::arguments::Field>::read(
                        req,
                        stringify!($field),
                    )?, )*
                })
            }
        }
    };
}
pub(crate) use arguments;

/// What a value of the wrong kind says (validation catches it first; this is a guard).
pub(super) fn wrong_kind(name: &str, kind: OptionKind) -> CommandError {
    crate::i18n::Said::new("error-wrong-kind")
        .with("option", name)
        .with(
            "kind",
            crate::i18n::said::Part::message(format!("help-kind-{}", kind.key())),
        )
        .into()
}

/// A value taken as it came, from the option kind that carries it.
macro_rules! plain_option {
    ($($ty:ty => $kind:ident),* $(,)?) => {$(
        impl FromOption for $ty {
            const KIND: OptionKind = OptionKind::$kind;
            fn from_option(_: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
                let OptionValue::$kind(value) = v else {
                    return Err(wrong_kind(name, OptionKind::$kind));
                };
                Ok(value.clone())
            }
        }
    )*};
}

plain_option!(
    String => String,
    i64 => Integer,
    bool => Boolean,
    UserRef => User,
    ChannelId => Channel,
    RoleId => Role,
    Attachment => Attachment,
);

/// A rep as an option names them: a chat user, or a name as typed (a rep from the CRM,
/// or a member's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepRef {
    User(UserRef),
    Name(String),
}

impl FromOption for RepRef {
    const KIND: OptionKind = OptionKind::Rep;
    fn from_option(_: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
        match v {
            OptionValue::User(u) => Ok(RepRef::User(u.clone())),
            OptionValue::String(s) => Ok(RepRef::Name(s.clone())),
            OptionValue::Integer(_)
            | OptionValue::Boolean(_)
            | OptionValue::Channel(_)
            | OptionValue::Role(_)
            | OptionValue::Attachment(_) => Err(wrong_kind(name, <Self as FromOption>::KIND)),
        }
    }
}

/// The text of a string option, for the readers below.
fn text<'v>(name: &'static str, v: &'v OptionValue) -> Result<&'v str, CommandError> {
    let OptionValue::String(s) = v else {
        return Err(wrong_kind(name, OptionKind::String));
    };
    Ok(s)
}

/// Free text typed by a person: control characters become spaces, outer spaces go, and
/// it is held to the length its catalogue entry declares (the one place it is written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanText(pub String);

impl FromOption for CleanText {
    const KIND: OptionKind = OptionKind::String;
    fn from_option(req: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
        let max = req
            .command
            .option(name)
            .and_then(|o| o.max_length)
            .map_or(usize::MAX, usize::from);
        let cleaned = crate::core::deal::clean_text(name, text(name, v)?, max)?;
        Ok(CleanText(cleaned))
    }
}

impl From<CleanText> for String {
    fn from(text: CleanText) -> String {
        text.0
    }
}

/// An amount, in the team's currency unless it names another.
impl FromOption for Money {
    const KIND: OptionKind = OptionKind::String;
    fn from_option(req: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
        Money::parse(text(name, v)?, req.guild.currency)
            .map_err(|e| crate::error::money_said(e).about_option(name).into())
    }
}

/// A day on the team's calendar that has not passed yet, or today: a weekday is the next
/// one ("friday"), "eom" the end of this month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

/// A day that has come: a weekday is the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PastDay(pub NaiveDate);

fn day_toward(
    req: &Request<'_>,
    name: &'static str,
    v: &OptionValue,
    weekdays: Weekdays,
) -> Result<NaiveDate, CommandError> {
    parse_date_toward(
        text(name, v)?,
        req.today,
        req.guild.fiscal_year_start,
        weekdays,
    )
    .map_err(|e| crate::error::date_said(e).about_option(name).into())
}

/// A day option read toward the future (`Day`) or the past (`PastDay`).
macro_rules! day_option {
    ($($ty:ident => $toward:ident),* $(,)?) => {$(
        impl FromOption for $ty {
            const KIND: OptionKind = OptionKind::String;
            fn from_option(req: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
                day_toward(req, name, v, Weekdays::$toward).map($ty)
            }
        }
    )*};
}

day_option!(Day => Next, PastDay => Last);

/// A period as asked ("month", "last_quarter"); resolved against the team's today and
/// fiscal year by the handler, which knows its default.
impl FromOption for PeriodSpec {
    const KIND: OptionKind = OptionKind::String;
    fn reads(text: &str) -> bool {
        PeriodSpec::parse(text).is_ok()
    }
    fn from_option(_: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
        Ok(PeriodSpec::parse(text(name, v)?)?)
    }
}

/// A choice from a closed set (validation has checked it is one of them).
macro_rules! closed_set_option {
    ($($set:ty),* $(,)?) => {$(
        impl FromOption for $set {
            const KIND: OptionKind = OptionKind::String;
            const CLOSED: bool = true;
            fn reads(text: &str) -> bool {
                <$set as ClosedSet>::from_key(text).is_some()
            }
            fn from_option(_: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
                let given = text(name, v)?;
                <$set as ClosedSet>::from_key(given).ok_or_else(|| {
                    let keys: Vec<&str> =
                        <$set as ClosedSet>::choices().iter().map(|c| c.value).collect();
                    CommandError::from(
                        crate::i18n::Said::new("error-not-a-choice")
                            .with("option", name)
                            .with("given", given)
                            .with("choices", keys.join(", ")),
                    )
                })
            }
        }
    )*};
}

closed_set_option!(
    crate::core::activity::ActivityKind,
    crate::core::alerts::AlertSwitch,
    crate::core::alerts::Rule,
    crate::core::contest::Scoring,
    crate::core::crm::ImportKind,
    crate::core::crm::TeamColumn,
    crate::core::deal::StatusFilter,
    crate::core::export::ExportKind,
    crate::core::forecast::CategoryChoice,
    crate::core::guild::AmountDisplay,
    crate::core::calendar::Weekend,
    crate::core::nudge::NudgeDelivery,
    crate::core::post_kind::PostKind,
    crate::core::quota::QuotaVisibility,
    crate::core::quota::QuotaCheckPeriod,
    crate::core::quota::QuotaPeriod,
    crate::core::ranking::Metric,
    crate::core::ranking::BoardOf,
    crate::core::language::Language,
);

/// A number people see ("#12", "schedule 3"), as an integer option.
macro_rules! number_option {
    ($($id:ident),* $(,)?) => {$(
        impl FromOption for $id {
            const KIND: OptionKind = OptionKind::Integer;
            fn from_option(req: &Request<'_>, name: &'static str, v: &OptionValue) -> Read<Self> {
                i64::from_option(req, name, v).map($id)
            }
        }
    )*};
}

number_option!(
    DealNumber,
    ScheduleNumber,
    AlertNumber,
    DocumentNumber,
    ActivityId,
    DuelId,
    TvLinkNumber
);
