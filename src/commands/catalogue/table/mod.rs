//! Every slash command, in the order `/help` lists it, one const per command in the
//! file of its family. Choice lists come from the closed sets of the core; small
//! const builders keep the table readable. What each command and option is for is
//! said in the catalogues, `locales/<language>/commands.ftl` (`command-deal-add`,
//! `option-deal-add-amount`), English included.

mod boards;
mod competition;
mod deals;
mod documents;
mod forecasts;

pub(super) use super::{
    Access, Action, Body, Choice, CommandSpec, OptionKind, OptionSpec, Suggest,
};
use crate::core::activity::ActivityKind;
use crate::core::alerts::AlertSwitch;
use crate::core::calendar::Weekend;
use crate::core::crm::{ImportKind, TeamColumn};
use crate::core::deal::{StatusFilter, max_chars};
use crate::core::forecast::CategoryChoice;
use crate::core::guild::AmountDisplay;
use crate::core::language::Language;
use crate::core::nudge::NudgeDelivery;
use crate::core::post_kind::PostKind;
use crate::core::quota::{QuotaCheckPeriod, QuotaPeriod, QuotaVisibility};
use crate::core::ranking::{BoardOf, Metric};

// Small const builders keep the table below readable.
const fn opt(name: &'static str, kind: OptionKind) -> OptionSpec {
    OptionSpec {
        name,
        kind,
        required: false,
        choices: &[],
        min: None,
        max: None,
        max_length: None,
        access: Access::Everyone,
        autocomplete: None,
    }
}
const fn req(name: &'static str, kind: OptionKind) -> OptionSpec {
    required(opt(name, kind))
}
const fn text(name: &'static str, max_length: u16) -> OptionSpec {
    OptionSpec {
        max_length: Some(max_length),
        ..opt(name, OptionKind::String)
    }
}
const fn req_text(name: &'static str, max_length: u16) -> OptionSpec {
    required(text(name, max_length))
}
const fn required(spec: OptionSpec) -> OptionSpec {
    OptionSpec {
        required: true,
        ..spec
    }
}
const fn manager_only(spec: OptionSpec) -> OptionSpec {
    OptionSpec {
        access: Access::Manager,
        ..spec
    }
}
const fn suggest(spec: OptionSpec, what: Suggest) -> OptionSpec {
    OptionSpec {
        autocomplete: Some(what),
        ..spec
    }
}
/// An optional text option that takes one of `choices`.
const fn choose(name: &'static str, choices: &'static [Choice]) -> OptionSpec {
    with_choices(opt(name, OptionKind::String), choices)
}

/// A required text option that takes one of `choices`.
const fn choose_one(name: &'static str, choices: &'static [Choice]) -> OptionSpec {
    required(choose(name, choices))
}

const fn with_choices(spec: OptionSpec, choices: &'static [Choice]) -> OptionSpec {
    OptionSpec { choices, ..spec }
}
const fn between(spec: OptionSpec, min: i64, max: i64) -> OptionSpec {
    OptionSpec {
        min: Some(min),
        max: Some(max),
        ..spec
    }
}
const fn leaf(
    name: &'static str,
    access: Access,
    action: Action,
    options: &'static [OptionSpec],
) -> CommandSpec {
    CommandSpec {
        name,
        access,
        body: Body::Leaf {
            action,
            options,
            slow: false,
        },
    }
}
const fn group(
    name: &'static str,
    access: Access,
    commands: &'static [CommandSpec],
) -> CommandSpec {
    CommandSpec {
        name,
        access,
        body: Body::Group(commands),
    }
}
const fn slow(spec: CommandSpec) -> CommandSpec {
    match spec.body {
        Body::Leaf {
            action, options, ..
        } => CommandSpec {
            body: Body::Leaf {
                action,
                options,
                slow: true,
            },
            ..spec
        },
        Body::Group(_) => spec,
    }
}
const fn choice(set: &'static str, value: &'static str) -> Choice {
    Choice { set, value }
}

use Access::{Everyone, Manager};
use OptionKind::{Attachment, Boolean, Channel, Integer, Rep, Role, User};

const PERIODS: &[Choice] = &[
    choice("BoardPeriod", "week"),
    choice("BoardPeriod", "last_week"),
    choice("BoardPeriod", "month"),
    choice("BoardPeriod", "last_month"),
    choice("BoardPeriod", "quarter"),
    choice("BoardPeriod", "last_quarter"),
    choice("BoardPeriod", "year"),
    choice("BoardPeriod", "last_year"),
];

const TEAM_OPTION: OptionSpec = suggest(text("team", 100), Suggest::Teams);
const EVERYONE_OPTION: OptionSpec = opt("everyone", Boolean);

const SCHEDULE_ID: OptionSpec = between(req("id", Integer), 1, i64::MAX);

const DEAL_ID: OptionSpec = suggest(between(req("id", Integer), 1, i64::MAX), Suggest::OpenDeals);
// The fields of a deal, each with the one length `max_chars` gives it.
const fn customer() -> OptionSpec {
    text("customer", max_chars::CUSTOMER)
}
const fn product() -> OptionSpec {
    text("product", max_chars::PRODUCT)
}
const fn note() -> OptionSpec {
    text("note", max_chars::NOTE)
}
const fn stage() -> OptionSpec {
    text("stage", max_chars::STAGE)
}
const fn amount() -> OptionSpec {
    text("amount", max_chars::AMOUNT_OR_DATE)
}
/// A day as typed: a date, a weekday, eom, eoq or eoy.
const fn day(name: &'static str) -> OptionSpec {
    text(name, max_chars::AMOUNT_OR_DATE)
}

const SETUP: CommandSpec = leaf(
    "setup",
    Manager,
    Action::Setup,
    &[
        suggest(text("timezone", 64), Suggest::Timezones),
        text("currency", 10),
        between(opt("fiscal_year_start", Integer), 1, 12),
        opt("manager_role", Role),
        opt("wins_channel", Channel),
        text("stage_label", 80),
        opt("clear_wins_channel", Boolean),
        choose("quota_visibility", QuotaVisibility::CHOICES),
        opt("managers_channel", Channel),
        opt("charts", Boolean),
        choose("nudges", NudgeDelivery::CHOICES),
        opt("nudges_channel", Channel),
        choose("amounts", AmountDisplay::CHOICES),
        choose("weekend", Weekend::CHOICES),
        choose("language", Language::CHOICES),
        text("country", 10),
        text("days_off", 200),
    ],
);

const RATES: CommandSpec = group(
    "rates",
    Everyone,
    &[
        leaf(
            "set",
            Manager,
            Action::RateSet,
            &[req_text("rate", 40), day("from")],
        ),
        leaf("list", Everyone, Action::RateList, &[]),
    ],
);

const PRIVACY: CommandSpec = group(
    "privacy",
    Manager,
    &[leaf(
        "forget",
        Manager,
        Action::PrivacyForget,
        &[req("user", User), opt("confirm", Boolean)],
    )],
);

const LANGUAGE: CommandSpec = leaf(
    "language",
    Everyone,
    Action::Language,
    &[choose("set", Language::CHOICES), opt("auto", Boolean)],
);

const HELP: CommandSpec = leaf("help", Everyone, Action::Help, &[text("command", 40)]);

/// The whole catalogue, in the order `/help` lists it.
pub const CATALOGUE: &[CommandSpec] = &[
    deals::WIN,
    deals::DEAL,
    deals::ACTIVITY,
    boards::LEADERBOARD,
    boards::IMPORT,
    boards::TEAM,
    boards::QUOTA,
    boards::SCHEDULE,
    boards::TV,
    forecasts::FORECAST,
    documents::COMP,
    documents::DOCS,
    documents::ASK,
    documents::EXPORT,
    forecasts::ALERTS,
    competition::CONTEST,
    competition::DUEL,
    competition::NUDGES,
    competition::AWAY,
    SETUP,
    RATES,
    PRIVACY,
    LANGUAGE,
    HELP,
];
