//! How a deal is shown: its card, and the reply that carries it.

use super::*;
use crate::commands::Request;
use crate::core::deal::{Deal, Outcome};
use crate::i18n::Value;
use crate::reply::{Button, Message, Reply, ReplyData, Tone, Visibility};

/// A stage's name in the reader's words: the shipped default (`Won`) is translated
/// (`stage-won`); a name the team or its config chose is theirs and shown as written.
pub fn stage_label(words: crate::i18n::Words, key: &str, label: &str) -> String {
    let message = format!("stage-{key}");
    let english = crate::i18n::Words::new(crate::core::language::Language::En);
    match english.translation(&message) {
        Some(default) if default == label => words.say(&message),
        _ => label.to_string(),
    }
}

/// The standard card for one deal.
pub(super) fn deal_message(req: &Request<'_>, deal: &Deal, tone: Tone, title: String) -> Message {
    let s = &deal.state;
    let words = req.words;
    let stage = req.pipeline.by_key(&s.stage);
    let stage_text = match stage {
        Some(st) if st.outcome == Outcome::Open => format!(
            "{} ({}%)",
            stage_label(words, &st.key, &st.label),
            st.probability
        ),
        Some(st) => stage_label(words, &st.key, &st.label),
        None => s.stage.clone(),
    };
    let mut m = Message::new(tone, title)
        .field(words.say("deal-customer"), s.customer.clone())
        .field(words.say("deal-amount"), money_text(words, s.amount))
        .field(words.say("deal-stage"), stage_text)
        .field(words.say("deal-owner"), deal.owner_name.clone());
    if let Some(p) = &s.product {
        m = m.field(words.say("deal-product"), p.clone());
    }
    if let Some(d) = s.expected_close
        && s.outcome == Outcome::Open
    {
        m = m.field(words.say("deal-expected-close"), words.day_with_weekday(d));
    }
    if let Some(d) = s.closed_on {
        let label = if s.outcome == Outcome::Won {
            "deal-won-on"
        } else {
            "deal-lost-on"
        };
        m = m.field(words.say(label), words.day(d));
    }
    if let Some(r) = &s.lost_reason {
        m = m.field(words.say("deal-lost-because"), r.clone());
    }
    if let Some(n) = &s.note {
        m = m.line(words.say_with("deal-note", &[("note", n.as_str().into())]));
    }
    let team = req.guild.currency;
    let code = |c: crate::core::money::Currency| Value::from(c.code().to_string());
    match (s.amount, s.converted) {
        (Some(amount), Some(c)) if amount.currency != team => {
            m = m.line(words.say_with(
                "deal-counted-as",
                &[
                    ("counted", words.money(c.amount).into()),
                    ("amount", words.money(amount).into()),
                    ("rate", c.rate.number().into()),
                ],
            ));
        }
        (Some(amount), _) if amount.currency != team && s.outcome == Outcome::Open => {
            m = m.line(words.say_with(
                "deal-recorded-until-closed",
                &[("currency", code(amount.currency)), ("team", code(team))],
            ));
        }
        (Some(amount), _) if amount.currency != team => {
            m = m.line(words.say_with(
                "deal-recorded-without-rate",
                &[("currency", code(amount.currency))],
            ));
        }
        _ => {}
    }
    let number = words.say_with("deal-footer", &[("number", deal.number.to_string().into())]);
    m.footer(format!("{number} · {}", req.footer(None)))
}

pub(super) fn deal_reply(
    message: Message,
    deal: Deal,
    audit_id: Option<crate::core::ids::AuditId>,
    visibility: Visibility,
) -> Reply {
    let data = ReplyData::Deal {
        deal: Box::new(deal),
        audit_id,
    };
    let mut reply = match visibility {
        Visibility::Public => Reply::public(message, data),
        Visibility::Ephemeral => Reply::private(message, data),
    };
    if let Some(id) = audit_id {
        reply.buttons.push(Button::Undo { audit_id: id });
    }
    reply
}
