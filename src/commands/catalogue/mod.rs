//! Every slash command, declared once as data. Discord registration, console parsing,
//! option validation and `/help` are all derived from this table.
//! The table itself is `table.rs`; this file holds its types and the lookups.

mod table;
#[cfg(test)]
mod tests;

pub use table::CATALOGUE;

use serde::Serialize;

/// Who may run a command or pass an option. The check itself lives in `permissions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    Everyone,
    Manager,
}

/// Option types, matching Discord's application command option types, and `Rep`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionKind {
    String,
    Integer,
    Boolean,
    User,
    /// A rep: a chat user, or a rep by name (one from the CRM has no chat user). Discord
    /// cannot suggest names in a user option, so it shows two: `rep` and `rep_name`.
    Rep,
    Channel,
    Role,
    Attachment,
}

impl OptionKind {
    /// The kind as the catalogues name it: `help-kind-number`.
    pub fn key(&self) -> &'static str {
        match self {
            OptionKind::String => "text",
            OptionKind::Integer => "number",
            OptionKind::Boolean => "boolean",
            OptionKind::User => "user",
            OptionKind::Rep => "rep",
            OptionKind::Channel => "channel",
            OptionKind::Role => "role",
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
    ActivityList,
    ActivityRemove,
    Export,
    Leaderboard,
    Import,
    TeamLink,
    TeamList,
    TeamCreate,
    TeamAdd,
    TeamRemove,
    TeamDelete,
    QuotaSet,
    QuotaCheck,
    ScheduleAdd,
    ScheduleList,
    ScheduleRemove,
    SchedulePause,
    ScheduleResume,
    SchedulePreview,
    TvLink,
    TvList,
    TvRevoke,
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
    ContestCreate,
    ContestList,
    ContestStandings,
    ContestEnd,
    ContestCancel,
    DuelChallenge,
    DuelAccept,
    DuelDecline,
    DuelStatus,
    PrivacyForget,
    NudgesOff,
    NudgesOn,
    NudgesStatus,
    Language,
    Away,
    RateSet,
    RateList,
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
    /// Every rep by name: chat members and reps from the CRM.
    Reps,
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
    pub access: Access,
    pub body: Body,
}

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
    /// The command's path as its catalogue keys name it: `["deal", "add"]`.
    pub fn key_path(&self) -> Vec<&'static str> {
        if std::ptr::eq(self.top, self.leaf) {
            vec![self.top.name]
        } else {
            vec![self.top.name, self.leaf.name]
        }
    }
    /// What the command does, in `words`' language (`commands.ftl`).
    pub fn description(&self, words: crate::i18n::Words) -> String {
        words.say(&command_key(&self.key_path()))
    }
    /// What one of its options is for, in `words`' language.
    pub fn option_description(&self, words: crate::i18n::Words, option: &str) -> String {
        words.say(&option_key(&self.key_path().join("-"), option))
    }
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

/// The catalogue message describing a command or subcommand in Discord's menu:
/// `command-deal`, `command-deal-add` (`locales/<language>/commands.ftl`).
pub fn command_key(path: &[&str]) -> String {
    format!("command-{}", path.join("-"))
}

/// The catalogue message describing an option: `option-deal-add-amount`.
pub fn option_key(command_path: &str, option: &str) -> String {
    format!("option-{command_path}-{option}")
}

/// The message key of every description, in catalogue order: each command, subcommand
/// and option (`commands.ftl` describes exactly these, in every language).
pub fn description_keys() -> Vec<String> {
    let mut out = Vec::new();
    for spec in CATALOGUE.iter() {
        out.push(command_key(&[spec.name]));
        let options = |path: &str, options: &[OptionSpec]| -> Vec<String> {
            options.iter().map(|o| option_key(path, o.name)).collect()
        };
        match spec.body {
            Body::Leaf { options: leaf, .. } => out.extend(options(spec.name, leaf)),
            Body::Group(subs) => {
                for sub in subs {
                    out.push(command_key(&[spec.name, sub.name]));
                    if let Body::Leaf { options: leaf, .. } = sub.body {
                        out.extend(options(&format!("{}-{}", spec.name, sub.name), leaf));
                    }
                }
            }
        }
    }
    out
}

/// The message key naming each choice the catalogue offers, each once.
pub fn choice_keys() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for command in all_commands() {
        for choice in command.options.iter().flat_map(|o| o.choices) {
            if let Some(key) = choice.message_key()
                && !out.contains(&key)
            {
                out.push(key);
            }
        }
    }
    out
}
