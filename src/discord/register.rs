//! Slash-command registration, derived from the catalogue.

use crate::commands::catalogue::{
    Access, Body, CATALOGUE, CommandSpec, OptionKind, OptionSpec, command_key, option_key,
};
use crate::core::language::Language;
use crate::i18n::Words;
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
        OptionKind::User | OptionKind::Rep => CommandOptionType::User,
        OptionKind::Channel => CommandOptionType::Channel,
        OptionKind::Role => CommandOptionType::Role,
        OptionKind::Attachment => CommandOptionType::Attachment,
    }
}

fn option(path: &str, spec: &OptionSpec) -> CreateCommandOption {
    let mut o = CreateCommandOption::new(
        option_type(spec.kind),
        spec.name,
        english(&option_key(path, spec.name)),
    )
    .required(spec.required);
    for (language, text) in translations(&option_key(path, spec.name)) {
        o = o.description_localized(language.key(), text);
    }
    for choice in spec.choices {
        let names = choice
            .message_key()
            .map(|key| translations(&key))
            .unwrap_or_default();
        let name = Words::new(Language::En).choice(choice);
        o = if names.is_empty() {
            o.add_string_choice(name, choice.value)
        } else {
            let locales = names
                .into_iter()
                .map(|(language, name)| (language.key(), name));
            o.add_string_choice_localized(name, choice.value, locales)
        };
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

/// The name of the text option beside a rep option (`rep` → `rep_name`): Discord cannot
/// suggest names in a user option, and a rep from the CRM has no chat user to pick.
pub fn rep_name_option(rep_option: &str) -> String {
    format!("{rep_option}{REP_NAME_SUFFIX}")
}

/// What a rep option's text twin adds to its name.
pub const REP_NAME_SUFFIX: &str = "_name";

/// A rep option's text twin, which suggests every rep's name as it is typed.
fn rep_name(spec: &OptionSpec) -> CreateCommandOption {
    let describe = |language: Language| {
        Words::new(language).say_with("discord-rep-name-option", &[("option", spec.name.into())])
    };
    let mut o = CreateCommandOption::new(
        CommandOptionType::String,
        rep_name_option(spec.name),
        describe(Language::En),
    );
    for language in DISCORD_LOCALES {
        o = o.description_localized(language.key(), describe(language));
    }
    o.required(false)
        .max_length(crate::core::deal::max_chars::CRM_KEY)
        .set_autocomplete(true)
}

/// A catalogue option as Discord's options: one, or two for a rep.
fn options_of(path: &str, spec: &OptionSpec) -> Vec<CreateCommandOption> {
    let mut out = vec![option(path, spec)];
    if spec.kind == OptionKind::Rep {
        out.push(rep_name(spec));
    }
    out
}

/// Dealbell's languages that Discord has as locales, besides English (it has no
/// Arabic); their keys are Discord's locale codes.
const DISCORD_LOCALES: [Language; 4] = [Language::De, Language::Pl, Language::Ro, Language::ZhCn];

/// A description's translations into Discord's locales that have one.
/// The description Discord shows where it has none in the user's language.
fn english(key: &str) -> String {
    Words::new(Language::En).say(key)
}

fn translations(key: &str) -> Vec<(Language, String)> {
    DISCORD_LOCALES
        .iter()
        .filter_map(|language| Some((*language, Words::new(*language).translation(key)?)))
        .collect()
}

fn command(spec: &CommandSpec) -> CreateCommand {
    let mut c = CreateCommand::new(spec.name)
        .description(english(&command_key(&[spec.name])))
        .contexts(vec![InteractionContext::Guild]);
    for (language, text) in translations(&command_key(&[spec.name])) {
        c = c.description_localized(language.key(), text);
    }
    // Hides manager commands from members without Manage Server; the permission check
    // in commands::permissions still decides (a manager role also counts there).
    if spec.access == Access::Manager {
        c = c.default_member_permissions(Permissions::MANAGE_GUILD);
    }
    match spec.body {
        Body::Leaf { options, .. } => {
            for o in options.iter().flat_map(|o| options_of(spec.name, o)) {
                c = c.add_option(o);
            }
        }
        Body::Group(subs) => {
            for sub in subs {
                let mut s = CreateCommandOption::new(
                    CommandOptionType::SubCommand,
                    sub.name,
                    english(&command_key(&[spec.name, sub.name])),
                );
                for (language, text) in translations(&command_key(&[spec.name, sub.name])) {
                    s = s.description_localized(language.key(), text);
                }
                let path = format!("{}-{}", spec.name, sub.name);
                if let Body::Leaf { options, .. } = sub.body {
                    for o in options.iter().flat_map(|o| options_of(&path, o)) {
                        s = s.add_sub_option(o);
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
