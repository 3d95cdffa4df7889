//! Every slash command, declared once as data. Discord registration, console parsing,
//! option validation and `/help` are all derived from this table.

use crate::core::activity::ActivityKind;
use crate::core::alerts::AlertSwitch;
use crate::core::crm::ImportKind;
use crate::core::deal::StatusFilter;
use crate::core::forecast::CategoryChoice;
use crate::core::post_kind::PostKind;
use crate::core::quota::{QuotaPeriod, QuotaVisibility};
use crate::core::ranking::{BoardOf, Metric};
use serde::Serialize;

/// Who may run a command or pass an option. The check itself lives in `permissions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    Everyone,
    Manager,
}

/// Option types, matching Discord's application command option types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    String,
    Integer,
    Boolean,
    User,
    Channel,
    Role,
    Attachment,
}

impl OptionKind {
    pub fn describe(&self) -> &'static str {
        match self {
            OptionKind::String => "text",
            OptionKind::Integer => "whole number",
            OptionKind::Boolean => "true/false",
            OptionKind::User => "@user",
            OptionKind::Channel => "#channel",
            OptionKind::Role => "@&role",
            OptionKind::Attachment => "file",
        }
    }
}

/// What a command does; the dispatcher matches on it exhaustively, so a command
/// declared here without a handler does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Help,
    Setup,
    Win,
    DealAdd,
    DealStage,
    DealWon,
    DealLost,
    DealEdit,
    DealShow,
    DealList,
    DealUndo,
    DealHistory,
    ActivityLog,
    Leaderboard,
    Import,
    TeamLink,
    TeamList,
    QuotaSet,
    QuotaCheck,
    ScheduleAdd,
    ScheduleList,
    ScheduleRemove,
    SchedulePause,
    ScheduleResume,
    SchedulePreview,
    DealForecast,
    Forecast,
    ForecastAccuracy,
    AlertRules,
    AlertSet,
    AlertList,
    AlertSnooze,
    CompPlan,
    CompEstimate,
    DocsAdd,
    DocsList,
    DocsRemove,
    Ask,
}

/// Suggestions offered while an option is typed (Discord's autocomplete).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Suggest {
    /// Deals the caller can change that are still open (all open deals for managers).
    OpenDeals,
    /// Customers already in the team's deals.
    Customers,
    /// IANA timezone names.
    Timezones,
    /// Reps from the CRM not yet linked to a chat user.
    CrmReps,
    /// Team names.
    Teams,
    /// Open alerts, by number (managers).
    OpenAlerts,
    /// The team's documents, by number.
    Documents,
}

pub use crate::core::closed_set::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OptionSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub kind: OptionKind,
    pub required: bool,
    pub choices: &'static [Choice],
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub max_length: Option<u16>,
    /// Options only managers may pass (logging a win for someone else).
    pub access: Access,
    pub autocomplete: Option<Suggest>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Body {
    /// A command that runs: what it does and its options.
    Leaf {
        action: Action,
        options: &'static [OptionSpec],
        /// Work that may take longer than Discord's 3 seconds: answer "thinking" first.
        slow: bool,
    },
    /// A command with subcommands (`/deal add`, `/deal list`).
    Group(&'static [CommandSpec]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CommandSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub access: Access,
    pub body: Body,
}

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
    OptionSpec {
        required: true,
        ..opt(name, kind, description)
    }
}
const fn text(name: &'static str, max_length: u16, description: &'static str) -> OptionSpec {
    OptionSpec {
        max_length: Some(max_length),
        ..opt(name, OptionKind::String, description)
    }
}
const fn req_text(name: &'static str, max_length: u16, description: &'static str) -> OptionSpec {
    OptionSpec {
        required: true,
        ..text(name, max_length, description)
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
const fn choice(name: &'static str, value: &'static str) -> Choice {
    Choice { name, value }
}

use Access::{Everyone, Manager};
use OptionKind::{Attachment, Boolean, Channel, Integer, Role, User};

const PERIODS: &[Choice] = &[
    choice("This week", "week"),
    choice("Last week", "last_week"),
    choice("This month", "month"),
    choice("Last month", "last_month"),
    choice("This quarter", "quarter"),
    choice("Last quarter", "last_quarter"),
    choice("This fiscal year", "year"),
    choice("Last fiscal year", "last_year"),
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
const AMOUNT_HELP: &str = "Amount, e.g. 12500, 12.5k, €20.000 or 12 500,50 EUR";
const DATE_HELP: &str = "Expected close: 2026-03-31, friday, eom, eoq or eoy";

/// The whole catalogue, in the order `/help` lists it.
pub const CATALOGUE: &[CommandSpec] = &[
    leaf(
        "win",
        "Log a closed-won deal in one step",
        Everyone,
        Action::Win,
        &[
            req_text("amount", 40, AMOUNT_HELP),
            suggest(req_text("customer", 200, "Who bought"), Suggest::Customers),
            text("product", 100, "What they bought"),
            text("note", 500, "Anything worth remembering"),
            manager_only(opt("rep", User, "Log it for another rep (managers)")),
        ],
    ),
    CommandSpec {
        name: "deal",
        description: "Pipeline deals: add, move, close, list, undo",
        access: Everyone,
        body: Body::Group(&[
            leaf(
                "add",
                "Add a deal to your pipeline",
                Everyone,
                Action::DealAdd,
                &[
                    suggest(
                        req_text("customer", 200, "Who you are selling to"),
                        Suggest::Customers,
                    ),
                    req_text("amount", 40, AMOUNT_HELP),
                    text("product", 100, "What you are selling"),
                    text("stage", 60, "Pipeline stage (default: the first)"),
                    text("close", 40, DATE_HELP),
                    text("note", 500, "Anything worth remembering"),
                    manager_only(opt("rep", User, "Add it for another rep (managers)")),
                ],
            ),
            leaf(
                "stage",
                "Move a deal to another open stage",
                Everyone,
                Action::DealStage,
                &[DEAL_ID, req_text("stage", 60, "The new stage")],
            ),
            leaf(
                "won",
                "Mark a deal won",
                Everyone,
                Action::DealWon,
                &[DEAL_ID, text("amount", 40, "Final amount, if it changed")],
            ),
            leaf(
                "lost",
                "Mark a deal lost",
                Everyone,
                Action::DealLost,
                &[
                    DEAL_ID,
                    text(
                        "reason",
                        300,
                        "Why it was lost (price, timing, competitor...)",
                    ),
                ],
            ),
            leaf(
                "edit",
                "Change a deal's details",
                Everyone,
                Action::DealEdit,
                &[
                    DEAL_ID,
                    text("customer", 200, "New customer name"),
                    text("amount", 40, AMOUNT_HELP),
                    text("product", 100, "New product"),
                    text("close", 40, DATE_HELP),
                    text("note", 500, "New note"),
                    manager_only(opt(
                        "owner",
                        User,
                        "Give the deal to another rep (managers)",
                    )),
                ],
            ),
            leaf(
                "show",
                "Show one deal",
                Everyone,
                Action::DealShow,
                &[DEAL_ID],
            ),
            leaf(
                "list",
                "List deals",
                Everyone,
                Action::DealList,
                &[
                    opt("owner", User, "Whose deals (default: yours)"),
                    text("stage", 60, "Only this stage"),
                    with_choices(
                        opt(
                            "status",
                            OptionKind::String,
                            "Open, won, lost, closed or all (default: open)",
                        ),
                        StatusFilter::CHOICES,
                    ),
                    with_choices(
                        opt(
                            "period",
                            OptionKind::String,
                            "Closing (or closed) in this period",
                        ),
                        PERIODS,
                    ),
                ],
            ),
            leaf(
                "undo",
                "Take back your last change to a deal",
                Everyone,
                Action::DealUndo,
                &[],
            ),
            leaf(
                "history",
                "Who changed a deal, when, and how",
                Everyone,
                Action::DealHistory,
                &[DEAL_ID],
            ),
            leaf(
                "forecast",
                "Put a deal in a forecast category (commit, best case, pipeline, omit)",
                Everyone,
                Action::DealForecast,
                &[
                    DEAL_ID,
                    with_choices(
                        req("category", OptionKind::String, "Where the deal stands"),
                        CategoryChoice::CHOICES,
                    ),
                ],
            ),
        ]),
    },
    CommandSpec {
        name: "activity",
        description: "Log the calls, emails, meetings and demos behind the wins",
        access: Everyone,
        body: Body::Group(&[leaf(
            "log",
            "Log activities",
            Everyone,
            Action::ActivityLog,
            &[
                with_choices(
                    req("kind", OptionKind::String, "What you did"),
                    ActivityKind::CHOICES,
                ),
                between(
                    opt("count", Integer, "How many (default 1)"),
                    1,
                    crate::core::activity::MAX_COUNT,
                ),
                text("note", 500, "Anything worth remembering"),
            ],
        )]),
    },
    leaf(
        "leaderboard",
        "Who is winning this period",
        Everyone,
        Action::Leaderboard,
        &[
            with_choices(
                opt(
                    "period",
                    OptionKind::String,
                    "Which period (default: this month)",
                ),
                PERIODS,
            ),
            with_choices(
                opt(
                    "metric",
                    OptionKind::String,
                    "What to rank by (default: revenue)",
                ),
                Metric::CHOICES,
            ),
            between(opt("top", Integer, "How many rows (default 10)"), 1, 50),
            suggest(text("team", 100, "Only this team's reps"), Suggest::Teams),
            with_choices(
                opt("by", OptionKind::String, "Rank reps (default) or teams"),
                BoardOf::CHOICES,
            ),
            text("from", 40, "Custom period: first day (2026-01-01)"),
            text("to", 40, "Custom period: last day (default: today)"),
            opt("chart", Boolean, "Also send it as a picture"),
        ],
    ),
    slow(leaf(
        "import",
        "Import a CRM export (CSV)",
        Manager,
        Action::Import,
        &[
            with_choices(
                req("kind", OptionKind::String, "What the file holds"),
                ImportKind::CHOICES,
            ),
            req("file", Attachment, "The CSV file"),
            text(
                "currency",
                10,
                "Currency of amounts without one (default: the team's)",
            ),
            opt(
                "confirm",
                Boolean,
                "Apply even if it changes existing deals (skips the preview)",
            ),
        ],
    )),
    CommandSpec {
        name: "team",
        description: "Teams and reps from the CRM",
        access: Everyone,
        body: Body::Group(&[
            leaf(
                "list",
                "Show teams, regions and who is linked",
                Everyone,
                Action::TeamList,
                &[],
            ),
            leaf(
                "link",
                "Link a rep from the CRM to a chat user",
                Manager,
                Action::TeamLink,
                &[
                    suggest(
                        req_text("rep", 100, "The rep's name as in the CRM"),
                        Suggest::CrmReps,
                    ),
                    req("user", User, "The chat user who is that rep"),
                ],
            ),
        ]),
    },
    CommandSpec {
        name: "quota",
        description: "Quotas: where you stand, and setting them",
        access: Everyone,
        body: Body::Group(&[
            leaf(
                "check",
                "Where you (or a rep, a team, everyone) stand against quota",
                Everyone,
                Action::QuotaCheck,
                &[
                    opt(
                        "rep",
                        User,
                        "Another rep (managers; teammates if the team shares)",
                    ),
                    TEAM_OPTION,
                    EVERYONE_OPTION,
                    with_choices(
                        opt(
                            "period",
                            OptionKind::String,
                            "Month, quarter or year (default: the shortest with a quota)",
                        ),
                        QuotaPeriod::CHOICES,
                    ),
                    opt("chart", Boolean, "Also send it as a picture"),
                ],
            ),
            leaf(
                "set",
                "Set a quota for a rep, a team or everyone",
                Manager,
                Action::QuotaSet,
                &[
                    req_text("amount", 40, AMOUNT_HELP),
                    with_choices(
                        req(
                            "period",
                            OptionKind::String,
                            "Month, quarter or fiscal year",
                        ),
                        QuotaPeriod::CHOICES,
                    ),
                    opt("rep", User, "Whose quota"),
                    TEAM_OPTION,
                    EVERYONE_OPTION,
                    text(
                        "starting",
                        40,
                        "A date in the period to set (default: the current one)",
                    ),
                ],
            ),
        ]),
    },
    CommandSpec {
        name: "schedule",
        description: "Scheduled posts: leaderboards, quota progress, digests",
        access: Manager,
        body: Body::Group(&[
            leaf(
                "add",
                "Post something on a schedule",
                Manager,
                Action::ScheduleAdd,
                &[
                    with_choices(
                        req("kind", OptionKind::String, "What to post"),
                        PostKind::CHOICES,
                    ),
                    req_text(
                        "cron",
                        60,
                        "When: \"0 9 * * MON\", daily 17:30, weekly monday 09:00, monthly 1 09:00",
                    ),
                    opt(
                        "channel",
                        Channel,
                        "Where to post (default: here; alerts: the managers' channel)",
                    ),
                    with_choices(
                        opt(
                            "metric",
                            OptionKind::String,
                            "Leaderboard metric (default: revenue)",
                        ),
                        Metric::CHOICES,
                    ),
                    with_choices(
                        opt(
                            "period",
                            OptionKind::String,
                            "Leaderboard period (default: this month)",
                        ),
                        PERIODS,
                    ),
                ],
            ),
            leaf(
                "list",
                "The team's schedules, next and last posts",
                Manager,
                Action::ScheduleList,
                &[],
            ),
            leaf(
                "preview",
                "The next five posting times",
                Manager,
                Action::SchedulePreview,
                &[SCHEDULE_ID],
            ),
            leaf(
                "pause",
                "Stop a schedule for now",
                Manager,
                Action::SchedulePause,
                &[SCHEDULE_ID],
            ),
            leaf(
                "resume",
                "Start a paused schedule again",
                Manager,
                Action::ScheduleResume,
                &[SCHEDULE_ID],
            ),
            leaf(
                "remove",
                "Delete a schedule",
                Manager,
                Action::ScheduleRemove,
                &[SCHEDULE_ID],
            ),
        ]),
    },
    CommandSpec {
        name: "forecast",
        description: "What will close this period, and how good past forecasts were",
        access: Everyone,
        body: Body::Group(&[
            leaf(
                "show",
                "What will close this period, by several methods, and pipeline coverage",
                Everyone,
                Action::Forecast,
                &[
                    opt("rep", User, "A rep's forecast (managers; default: yours)"),
                    TEAM_OPTION,
                    EVERYONE_OPTION,
                    with_choices(
                        opt(
                            "period",
                            OptionKind::String,
                            "Which period (default: this quarter)",
                        ),
                        PERIODS,
                    ),
                ],
            ),
            leaf(
                "accuracy",
                "What each method forecast day by day against what closed",
                Everyone,
                Action::ForecastAccuracy,
                &[
                    opt("rep", User, "A rep's (managers; default: yours)"),
                    TEAM_OPTION,
                    EVERYONE_OPTION,
                    with_choices(
                        opt(
                            "period",
                            OptionKind::String,
                            "Which month or quarter (default: last month)",
                        ),
                        PERIODS,
                    ),
                ],
            ),
        ]),
    },
    CommandSpec {
        name: "comp",
        description: "Commission: the plan in plain words, and estimates from it",
        access: Everyone,
        body: Body::Group(&[
            leaf(
                "plan",
                "The team's commission plan; managers load a new one with file or text",
                Everyone,
                Action::CompPlan,
                &[
                    manager_only(opt(
                        "file",
                        Attachment,
                        "A plan as TOML (see config/comp_plan.example.toml)",
                    )),
                    manager_only(text(
                        "text",
                        6000,
                        "A plan as TOML, pasted (\\n for a line break)",
                    )),
                ],
            ),
            leaf(
                "estimate",
                "What you have earned this period, what the next tier needs, and what a deal adds",
                Everyone,
                Action::CompEstimate,
                &[
                    text("amount", 40, "What-if: a deal of this size closing now"),
                    with_choices(
                        opt(
                            "period",
                            OptionKind::String,
                            "Which period (default: the plan's current one)",
                        ),
                        PERIODS,
                    ),
                    manager_only(opt("rep", User, "Someone else's estimate (managers)")),
                ],
            ),
        ]),
    },
    CommandSpec {
        name: "docs",
        description: "The team's documents that /ask answers from",
        access: Everyone,
        body: Body::Group(&[
            leaf(
                "add",
                "Add (or replace) a document: a Markdown or text file, or a title and text",
                Manager,
                Action::DocsAdd,
                &[
                    opt("file", Attachment, "A .md or .txt file"),
                    text(
                        "title",
                        120,
                        "Title (default: the file's first heading or name)",
                    ),
                    text(
                        "text",
                        6000,
                        "The text, when there is no file (\\n for a line break)",
                    ),
                ],
            ),
            leaf(
                "list",
                "The documents /ask searches",
                Everyone,
                Action::DocsList,
                &[],
            ),
            leaf(
                "remove",
                "Remove a document",
                Manager,
                Action::DocsRemove,
                &[suggest(
                    between(
                        req("id", Integer, "Document number, as in /docs list"),
                        1,
                        i64::MAX,
                    ),
                    Suggest::Documents,
                )],
            ),
        ]),
    },
    leaf(
        "ask",
        "Ask the comp plan and sales documents: answers with the passages that say it",
        Everyone,
        Action::Ask,
        &[req_text("question", 300, "Your question, in any language")],
    ),
    CommandSpec {
        name: "alerts",
        description: "Forecast alerts: rules, what is open, snooze",
        access: Manager,
        body: Body::Group(&[
            leaf(
                "rules",
                "The alert rules and their thresholds",
                Manager,
                Action::AlertRules,
                &[],
            ),
            leaf(
                "set",
                "Change a rule's threshold, or turn it on or off",
                Manager,
                Action::AlertSet,
                &[
                    with_choices(
                        req("rule", OptionKind::String, "Which rule"),
                        AlertSwitch::CHOICES,
                    ),
                    opt(
                        "threshold",
                        Integer,
                        "New threshold (percent, days, hundredths or amount: see /alerts rules)",
                    ),
                    opt("days", Integer, "Attainment only: days left in the period"),
                    opt("enabled", Boolean, "Turn the rule on or off"),
                ],
            ),
            leaf(
                "list",
                "Alerts that are open now",
                Manager,
                Action::AlertList,
                &[],
            ),
            leaf(
                "snooze",
                "Quiet an alert for some days",
                Manager,
                Action::AlertSnooze,
                &[
                    suggest(
                        between(
                            req("id", Integer, "Alert number, as in /alerts list"),
                            1,
                            i64::MAX,
                        ),
                        Suggest::OpenAlerts,
                    ),
                    between(req("days", Integer, "How many days (1-90)"), 1, 90),
                ],
            ),
        ]),
    },
    leaf(
        "setup",
        "Team settings: timezone, currency, fiscal year, roles, channels",
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
            with_choices(
                opt(
                    "quota_visibility",
                    OptionKind::String,
                    "Who sees a rep's quota detail",
                ),
                QuotaVisibility::CHOICES,
            ),
            opt(
                "managers_channel",
                Channel,
                "Channel for problems managers should know about",
            ),
            opt("charts", Boolean, "Attach a chart to scheduled posts"),
        ],
    ),
    leaf(
        "help",
        "What Dealbell can do",
        Everyone,
        Action::Help,
        &[text("command", 40, "A command to explain")],
    ),
];

/// A runnable command found by its path (`["deal", "add"]`).
#[derive(Debug, Clone, Copy)]
pub struct Resolved {
    pub top: &'static CommandSpec,
    pub leaf: &'static CommandSpec,
    pub action: Action,
    pub options: &'static [OptionSpec],
    pub slow: bool,
}

impl Resolved {
    /// `/deal add`
    pub fn display_path(&self) -> String {
        if std::ptr::eq(self.top, self.leaf) {
            format!("/{}", self.top.name)
        } else {
            format!("/{} {}", self.top.name, self.leaf.name)
        }
    }
    /// Managers only if either the command or its group says so.
    pub fn access(&self) -> Access {
        if self.top.access == Access::Manager || self.leaf.access == Access::Manager {
            Access::Manager
        } else {
            Access::Everyone
        }
    }
    pub fn option(&self, name: &str) -> Option<&'static OptionSpec> {
        self.options.iter().find(|o| o.name == name)
    }
}

/// Why a path does not name a runnable command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    Unknown(String),
    NeedsSubcommand {
        command: &'static str,
        subcommands: Vec<&'static str>,
    },
    UnknownSubcommand {
        command: &'static str,
        given: String,
        subcommands: Vec<&'static str>,
    },
}

pub fn find_top(name: &str) -> Option<&'static CommandSpec> {
    CATALOGUE.iter().find(|c| c.name.eq_ignore_ascii_case(name))
}

impl Resolved {
    /// `leaf` under `top` (the same spec for a command without subcommands), if it runs.
    fn of(top: &'static CommandSpec, leaf: &'static CommandSpec) -> Option<Resolved> {
        match leaf.body {
            Body::Leaf {
                action,
                options,
                slow,
            } => Some(Resolved {
                top,
                leaf,
                action,
                options,
                slow,
            }),
            Body::Group(_) => None,
        }
    }
}

/// Finds the command a path names.
pub fn resolve(path: &[String]) -> Result<Resolved, PathError> {
    let first = path
        .first()
        .ok_or_else(|| PathError::Unknown(String::new()))?;
    let top = find_top(first).ok_or_else(|| PathError::Unknown(first.clone()))?;
    let Body::Group(subs) = top.body else {
        return Resolved::of(top, top).ok_or_else(|| PathError::Unknown(first.clone()));
    };
    let names = subs.iter().map(|s| s.name).collect();
    let Some(second) = path.get(1) else {
        return Err(PathError::NeedsSubcommand {
            command: top.name,
            subcommands: names,
        });
    };
    let leaf = subs
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(second))
        .ok_or_else(|| PathError::UnknownSubcommand {
            command: top.name,
            given: second.clone(),
            subcommands: names,
        })?;
    Resolved::of(top, leaf).ok_or_else(|| PathError::Unknown(second.clone()))
}

/// Every runnable command, flattened.
pub fn all_commands() -> Vec<Resolved> {
    CATALOGUE
        .iter()
        .flat_map(|top| match top.body {
            Body::Leaf { .. } => vec![Resolved::of(top, top)],
            Body::Group(subs) => subs.iter().map(|leaf| Resolved::of(top, leaf)).collect(),
        })
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_follow_discords_rules() {
        // Discord: 1-32 chars, lower case, letters/digits/_/-; descriptions 1-100 chars;
        // at most 25 options; required options before optional ones; unique names.
        let valid = |n: &str| {
            !n.is_empty()
                && n.len() <= 32
                && n.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        };
        let mut tops = HashSet::new();
        for top in CATALOGUE {
            assert!(valid(top.name) && tops.insert(top.name), "{}", top.name);
            assert!((1..=100).contains(&top.description.len()), "{}", top.name);
        }
        for cmd in all_commands() {
            assert!(valid(cmd.leaf.name));
            assert!(
                (1..=100).contains(&cmd.leaf.description.len()),
                "{}",
                cmd.display_path()
            );
            assert!(cmd.options.len() <= 25);
            let mut seen = HashSet::new();
            let mut optional_seen = false;
            for o in cmd.options {
                assert!(
                    valid(o.name) && seen.insert(o.name),
                    "{} {}",
                    cmd.display_path(),
                    o.name
                );
                assert!(
                    (1..=100).contains(&o.description.len()),
                    "{} {}",
                    cmd.display_path(),
                    o.name
                );
                assert!(
                    !(o.required && optional_seen),
                    "{}: required option {} after an optional one",
                    cmd.display_path(),
                    o.name
                );
                optional_seen |= !o.required;
                assert!(o.choices.len() <= 25);
            }
        }
    }

    #[test]
    fn every_action_is_declared_once() {
        let actions: Vec<Action> = all_commands().iter().map(|c| c.action).collect();
        let unique: HashSet<String> = actions.iter().map(|a| format!("{a:?}")).collect();
        assert_eq!(unique.len(), actions.len());
    }

    #[test]
    fn resolves_paths() {
        let p = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            resolve(&p("deal add")).map(|r| r.action).ok(),
            Some(Action::DealAdd)
        );
        assert_eq!(resolve(&p("WIN")).map(|r| r.action).ok(), Some(Action::Win));
        assert!(matches!(
            resolve(&p("deal")),
            Err(PathError::NeedsSubcommand { .. })
        ));
        assert!(matches!(
            resolve(&p("deal fly")),
            Err(PathError::UnknownSubcommand { .. })
        ));
        assert!(matches!(resolve(&p("dance")), Err(PathError::Unknown(_))));
        assert_eq!(
            resolve(&p("team link")).map(|r| r.access()).ok(),
            Some(Access::Manager)
        );
    }
}
