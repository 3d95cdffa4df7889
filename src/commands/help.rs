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
    let words = req.words;
    if commands.is_empty() {
        return Err(CommandError::with_hint(
            words.say_with(
                "help-no-command",
                &[("command", wanted.unwrap_or_default().into())],
            ),
            words.say("help-no-command-hint"),
        ));
    }
    let detailed = wanted.is_some();
    let mut message = Message::new(
        Tone::Info,
        words.say(if detailed {
            "help-title-one"
        } else {
            "help-title"
        }),
    );
    let mut entries = Vec::new();
    for c in &commands {
        let managers = c.access() == Access::Manager;
        let description = c.description(words);
        message = message.line(words.say_with(
            if managers {
                "help-line-managers"
            } else {
                "help-line"
            },
            &[
                ("command", c.display_path().into()),
                ("description", description.as_str().into()),
            ],
        ));
        if detailed {
            for o in c.options {
                let need = if o.required { "required" } else { "optional" };
                let managers_only = if o.access == Access::Manager {
                    "-managers"
                } else {
                    ""
                };
                message = message.line(words.say_with(
                    &format!("help-option-{need}{managers_only}"),
                    &[
                        ("option", o.name.into()),
                        ("description", c.option_description(words, o.name).into()),
                        (
                            "kind",
                            words.say(&format!("help-kind-{}", o.kind.key())).into(),
                        ),
                    ],
                ));
            }
        }
        entries.push(HelpEntry {
            command: c.display_path(),
            description,
            managers_only: managers,
            options: c
                .options
                .iter()
                .map(|o| HelpOption {
                    name: o.name,
                    description: c.option_description(words, o.name),
                    kind: o.kind.key(),
                    required: o.required,
                    managers_only: o.access == Access::Manager,
                    choices: o.choices.iter().map(|c| c.value).collect(),
                })
                .collect(),
        });
    }
    if !detailed {
        message = message.line(words.say("help-details"));
    }
    if !req.is_manager {
        message = message.footer(words.say("help-footer"));
    }
    Ok(Reply::private(
        message,
        ReplyData::Help { commands: entries },
    ))
}
