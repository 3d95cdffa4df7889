//! `/help`: the command list, derived from the catalogue.

use super::arguments::arguments;
use super::catalogue::{self, Access};
use super::{CommandError, Request};
use crate::reply::{HelpEntry, HelpOption, Message, Reply, ReplyData, Tone};

arguments! {
    /// `/help`: every command, or one in detail.
    pub struct HelpArgs {
        command: Option<String>,
    }
}

pub async fn run(req: &Request<'_>, args: HelpArgs) -> Result<Reply, CommandError> {
    let wanted = args
        .command
        .as_deref()
        .map(|c| c.trim().trim_start_matches('/').to_lowercase());
    let commands: Vec<_> = catalogue::all_commands()
        .into_iter()
        .filter(|c| {
            wanted
                .as_ref()
                .is_none_or(|w| c.top.name == w.split(' ').next().unwrap_or(""))
        })
        .collect();
    if commands.is_empty() {
        return Err(CommandError::with_hint(
            format!("There is no command /{}.", wanted.unwrap_or_default()),
            "Type /help for the list.",
        ));
    }
    let detailed = wanted.is_some();
    let mut message = Message::new(
        Tone::Info,
        if detailed {
            "Help"
        } else {
            "Dealbell commands"
        },
    );
    let mut entries = Vec::new();
    for c in &commands {
        let managers = c.access() == Access::Manager;
        let badge = if managers { " (managers)" } else { "" };
        message = message.line(format!(
            "{} — {}{}",
            c.display_path(),
            c.leaf.description,
            badge
        ));
        if detailed {
            for o in c.options {
                let need = if o.required { "required" } else { "optional" };
                let only = if o.access == Access::Manager {
                    ", managers"
                } else {
                    ""
                };
                message = message.line(format!(
                    "    {}: {} ({}, {need}{only})",
                    o.name,
                    o.description,
                    o.kind.describe()
                ));
            }
        }
        entries.push(HelpEntry {
            command: c.display_path(),
            description: c.leaf.description.to_string(),
            managers_only: managers,
            options: c
                .options
                .iter()
                .map(|o| HelpOption {
                    name: o.name,
                    description: o.description,
                    kind: o.kind.describe(),
                    required: o.required,
                    managers_only: o.access == Access::Manager,
                    choices: o.choices.iter().map(|c| c.value).collect(),
                })
                .collect(),
        });
    }
    if !detailed {
        message = message.line("Details of one command: /help command:deal");
    }
    if !req.is_manager {
        message =
            message.footer("Commands marked (managers) need the manager role or Manage Server.");
    }
    Ok(Reply::private(
        message,
        ReplyData::Help { commands: entries },
    ))
}
