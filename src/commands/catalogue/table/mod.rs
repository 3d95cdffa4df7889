//! Every slash command, in the order `/help` lists it, one const per command in the
//! file of its family. Choice lists come from the closed sets of the core; small
//! const builders keep the table readable.

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
const fn opt(name: &'static str, kind: OptionKind, description: &'static str) -> OptionSpec {
    OptionSpec {
        name,
        description,
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
const fn req(name: &'static str, kind: OptionKind, description: &'static str) -> OptionSpec {
    required(opt(name, kind, description))
}
const fn text(name: &'static str, max_length: u16, description: &'static str) -> OptionSpec {
    OptionSpec {
        max_length: Some(max_length),
        ..opt(name, OptionKind::String, description)
    }
}
const fn req_text(name: &'static str, max_length: u16, description: &'static str) -> OptionSpec {
    required(text(name, max_length, description))
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
const fn choose(
    name: &'static str,
    description: &'static str,
    choices: &'static [Choice],
) -> OptionSpec {
    with_choices(opt(name, OptionKind::String, description), choices)
}

/// A required text option that takes one of `choices`.
const fn choose_one(
    name: &'static str,
    description: &'static str,
    choices: &'static [Choice],
) -> OptionSpec {
    required(choose(name, description, choices))
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
    description: &'static str,
    access: Access,
    action: Action,
    options: &'static [OptionSpec],
) -> CommandSpec {
    CommandSpec {
        name,
        description,
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
    description: &'static str,
    access: Access,
    commands: &'static [CommandSpec],
) -> CommandSpec {
    CommandSpec {
        name,
        description,
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
const fn choice(set: &'static str, name: &'static str, value: &'static str) -> Choice {
    Choice { set, name, value }
}

use Access::{Everyone, Manager};
use OptionKind::{Attachment, Boolean, Channel, Integer, Rep, Role, User};

const PERIODS: &[Choice] = &[
    choice("BoardPeriod", "This week", "week"),
    choice("BoardPeriod", "Last week", "last_week"),
    choice("BoardPeriod", "This month", "month"),
    choice("BoardPeriod", "Last month", "last_month"),
    choice("BoardPeriod", "This quarter", "quarter"),
    choice("BoardPeriod", "Last quarter", "last_quarter"),
    choice("BoardPeriod", "This fiscal year", "year"),
    choice("BoardPeriod", "Last fiscal year", "last_year"),
];

const TEAM_OPTION: OptionSpec = suggest(
    text("team", 100, "A team's quota (as in /team list)"),
    Suggest::Teams,
);
const EVERYONE_OPTION: OptionSpec = opt("everyone", Boolean, "The whole server's quota");

const SCHEDULE_ID: OptionSpec = between(
    req("id", Integer, "Schedule number, as in /schedule list"),
    1,
    i64::MAX,
);

const DEAL_ID: OptionSpec = suggest(
    between(req("id", Integer, "Deal number, as in #12"), 1, i64::MAX),
    Suggest::OpenDeals,
);
// The fields of a deal, each with the one length `max_chars` gives it.
const fn customer(description: &'static str) -> OptionSpec {
    text("customer", max_chars::CUSTOMER, description)
}
const fn product(description: &'static str) -> OptionSpec {
    text("product", max_chars::PRODUCT, description)
}
const fn note(description: &'static str) -> OptionSpec {
    text("note", max_chars::NOTE, description)
}
const fn stage(description: &'static str) -> OptionSpec {
    text("stage", max_chars::STAGE, description)
}
const fn amount(description: &'static str) -> OptionSpec {
    text("amount", max_chars::AMOUNT_OR_DATE, description)
}
/// A day as typed: a date, a weekday, eom, eoq or eoy.
const fn day(name: &'static str, description: &'static str) -> OptionSpec {
    text(name, max_chars::AMOUNT_OR_DATE, description)
}

const AMOUNT_HELP: &str = "Amount, e.g. 12500, 12.5k, €20.000 or 12 500,50 EUR";
const DATE_HELP: &str = "Expected close: 2026-03-31, friday, eom, eoq or eoy";
const WON_ON_HELP: &str =
    "The day it was won (default today): 2026-03-31, 31.3.26, yesterday, friday";
const CLOSE_EDIT_HELP: &str = "Expected close; for a won or lost deal, the day it closed";

const SETUP: CommandSpec = leaf(
    "setup",
    "Team settings: timezone, currency, fiscal year, roles, channels, language",
    Manager,
    Action::Setup,
    &[
        suggest(
            text("timezone", 64, "IANA timezone, e.g. Europe/Berlin"),
            Suggest::Timezones,
        ),
        text("currency", 10, "ISO 4217 currency code, e.g. EUR"),
        between(
            opt(
                "fiscal_year_start",
                Integer,
                "Month the fiscal year starts (1-12)",
            ),
            1,
            12,
        ),
        opt("manager_role", Role, "Role whose members are managers"),
        opt("wins_channel", Channel, "Channel where wins are announced"),
        text(
            "stage_label",
            80,
            "Rename a stage: key=New name (e.g. proposal=Angebot)",
        ),
        opt(
            "clear_wins_channel",
            Boolean,
            "Stop announcing wins in a channel",
        ),
        choose(
            "quota_visibility",
            "Who sees a rep's quota detail",
            QuotaVisibility::CHOICES,
        ),
        opt(
            "managers_channel",
            Channel,
            "Channel for problems managers should know about",
        ),
        opt("charts", Boolean, "Attach a chart to scheduled posts"),
        choose(
            "nudges",
            "How nudges reach reps (default: a mention in the nudges channel)",
            NudgeDelivery::CHOICES,
        ),
        opt(
            "nudges_channel",
            Channel,
            "Where nudges mention reps (default: the wins channel)",
        ),
        choose(
            "amounts",
            "Amounts on public posts, or only % of quota and counts",
            AmountDisplay::CHOICES,
        ),
        choose("weekend", "The days nobody works", Weekend::CHOICES),
        choose(
            "language",
            "The team's language: channel posts, and members with no language of their own",
            Language::CHOICES,
        ),
        text(
            "country",
            10,
            "Public holidays of this country are days off: PL, DE, RO, SA, CN… (none: no country)",
        ),
        text(
            "days_off",
            200,
            "Other days off: 2026-12-24 2026-12-31 (+date adds, -date removes, none clears)",
        ),
    ],
);

const RATES: CommandSpec = group(
    "rates",
    "Exchange rates: wins in other currencies count in the team's",
    Everyone,
    &[
        leaf(
            "set",
            "Set what one unit of another currency is worth here, from a day on",
            Manager,
            Action::RateSet,
            &[
                req_text("rate", 40, "The currency and its worth here: EUR 4.30"),
                day(
                    "from",
                    "The first day it counts for (default today): 2026-04-01",
                ),
            ],
        ),
        leaf(
            "list",
            "The rates, and since when each counts",
            Everyone,
            Action::RateList,
            &[],
        ),
    ],
);

const PRIVACY: CommandSpec = group(
    "privacy",
    "A member's personal data",
    Manager,
    &[leaf(
        "forget",
        "Remove a member's personal data; their deals stay, anonymous",
        Manager,
        Action::PrivacyForget,
        &[
            req("user", User, "Whose data to remove"),
            opt(
                "confirm",
                Boolean,
                "Do it (without it: say what would happen)",
            ),
        ],
    )],
);

const LANGUAGE: CommandSpec = leaf(
    "language",
    "The language Dealbell answers you in",
    Everyone,
    Action::Language,
    &[
        choose("set", "Answer me in this language", Language::CHOICES),
        opt(
            "auto",
            Boolean,
            "Answer me in my Discord app's language, else the team's",
        ),
    ],
);

const HELP: CommandSpec = leaf(
    "help",
    "What Dealbell can do",
    Everyone,
    Action::Help,
    &[text("command", 40, "A command to explain")],
);

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
