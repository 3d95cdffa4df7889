//! `/language`: the language Dealbell answers a member in.

use super::arguments::arguments;
use super::{CommandError, Request};
use crate::core::language::{Language, language_for};
use crate::i18n::Words;
use crate::reply::{Message, Reply, ReplyData, Tone};

arguments! {
    /// `/language`
    pub struct LanguageArgs {
        set: Option<Language>,
        auto: Option<bool>,
    }
}

/// Keeps the member's choice (with `set`) and says which language they get and why,
/// in that language.
pub async fn run(req: &Request<'_>, args: LanguageArgs) -> Result<Reply, CommandError> {
    let choice = match (args.set, args.auto) {
        (Some(_), Some(true)) => {
            return Err(crate::i18n::Said::new("error-language-and-auto").into());
        }
        (Some(language), _) => Some(Some(language)),
        (None, Some(true)) => Some(None),
        (None, _) => None,
    };
    let chosen = match choice {
        Some(chosen) => {
            req.app
                .db
                .set_member_language(&req.inv.guild_id, req.caller.id, chosen)
                .await?;
            chosen
        }
        None => {
            req.app
                .db
                .member_language(&req.inv.guild_id, req.caller.id)
                .await?
        }
    };
    let now_in = language_for(req.inv.locale.as_deref(), chosen, req.guild.language);
    let words = Words::new(now_in);
    let label = |language: Language| language.own_name().into();
    let why = match chosen {
        Some(language) => words.say_with("language-chosen", &[("language", label(language))]),
        None => words.say_with(
            "language-automatic",
            &[("language", label(req.guild.language))],
        ),
    };
    let message = Message::new(Tone::Info, words.say("language-title"))
        .line(words.say_with("language-current", &[("language", label(now_in))]))
        .line(why);
    Ok(Reply::private(
        message,
        ReplyData::Language {
            chosen,
            answering_in: now_in,
        },
    ))
}
