//! Slash-command registration, derived from the catalogue.

use crate::commands::catalogue::{Access, Body, CATALOGUE, CommandSpec, OptionKind, OptionSpec};
use serenity::all::{
    CommandOptionType, CreateCommand, CreateCommandOption, InteractionContext, Permissions,
};

/// Discord's largest integer option bound (2^53).
const DISCORD_MAX_INTEGER: i64 = 1 << 53;

fn option_type(kind: OptionKind) -> CommandOptionType {
    match kind {
        OptionKind::String => CommandOptionType::String,
        OptionKind::Integer => CommandOptionType::Integer,
        OptionKind::Boolean => CommandOptionType::Boolean,
        OptionKind::User => CommandOptionType::User,
        OptionKind::Channel => CommandOptionType::Channel,
        OptionKind::Role => CommandOptionType::Role,
        OptionKind::Attachment => CommandOptionType::Attachment,
    }
}

fn option(spec: &OptionSpec) -> CreateCommandOption {
    let mut o = CreateCommandOption::new(option_type(spec.kind), spec.name, spec.description)
        .required(spec.required);
    for choice in spec.choices {
        o = o.add_string_choice(choice.name, choice.value);
    }
    if let Some(min) = spec.min.filter(|m| *m >= 0) {
        o = o.min_int_value(min as u64);
    }
    if let Some(max) = spec.max.filter(|m| (0..DISCORD_MAX_INTEGER).contains(m)) {
        o = o.max_int_value(max as u64);
    }
    if let Some(len) = spec.max_length {
        o = o.max_length(len);
    }
    if spec.autocomplete.is_some() {
        o = o.set_autocomplete(true);
    }
    o
}

fn command(spec: &CommandSpec) -> CreateCommand {
    let mut c = CreateCommand::new(spec.name)
        .description(spec.description)
        .contexts(vec![InteractionContext::Guild]);
    // Hides manager commands from members without Manage Server; the permission check
    // in commands::permissions still decides (a manager role also counts there).
    if spec.access == Access::Manager {
        c = c.default_member_permissions(Permissions::MANAGE_GUILD);
    }
    match spec.body {
        Body::Leaf { options, .. } => {
            for o in options {
                c = c.add_option(option(o));
            }
        }
        Body::Group(subs) => {
            for sub in subs {
                let mut s = CreateCommandOption::new(
                    CommandOptionType::SubCommand,
                    sub.name,
                    sub.description,
                );
                if let Body::Leaf { options, .. } = sub.body {
                    for o in options {
                        s = s.add_sub_option(option(o));
                    }
                }
                c = c.add_option(s);
            }
        }
    }
    c
}

/// Every command of the catalogue, ready for a bulk overwrite.
pub fn commands() -> Vec<CreateCommand> {
    CATALOGUE.iter().map(command).collect()
}
