//! How a deal is shown: its card, and the reply that carries it.

use super::*;
use crate::commands::Request;
use crate::core::deal::{Deal, Outcome};
use crate::reply::{Button, Message, Reply, ReplyData, Tone, Visibility};

/// The standard card for one deal.
pub(super) fn deal_message(req: &Request<'_>, deal: &Deal, tone: Tone, title: String) -> Message {
    let s = &deal.state;
    let stage = req.pipeline.by_key(&s.stage);
    let stage_text = match stage {
        Some(st) if st.outcome == Outcome::Open => format!("{} ({}%)", st.label, st.probability),
        Some(st) => st.label.clone(),
        None => s.stage.clone(),
    };
    let mut m = Message::new(tone, title)
        .field("Customer", s.customer.clone())
        .field("Amount", money_text(s.amount))
        .field("Stage", stage_text)
        .field("Owner", deal.owner_name.clone());
    if let Some(p) = &s.product {
        m = m.field("Product", p.clone());
    }
    if let Some(d) = s.expected_close
        && s.outcome == Outcome::Open
    {
        m = m.field("Expected close", d.format("%a %-d %b %Y").to_string());
    }
    if let Some(d) = s.closed_on {
        m = m.field(
            if s.outcome == Outcome::Won {
                "Won on"
            } else {
                "Lost on"
            },
            d.format("%-d %b %Y").to_string(),
        );
    }
    if let Some(r) = &s.lost_reason {
        m = m.field("Lost because", r.clone());
    }
    if let Some(n) = &s.note {
        m = m.line(format!("Note: {n}"));
    }
    let team = req.guild.currency;
    match (s.amount, s.converted) {
        (Some(amount), Some(c)) if amount.currency != team => {
            m = m.line(format!(
                "Counted as {}: {} at {}, the rate of its day.",
                c.amount.display(),
                amount.display(),
                c.rate.number()
            ));
        }
        (Some(amount), _) if amount.currency != team && s.outcome == Outcome::Open => {
            m = m.line(format!(
                "Recorded in {} as given; when it closes it counts in {team} at the rate of its day (/rates list).",
                amount.currency
            ));
        }
        (Some(amount), _) if amount.currency != team => {
            m = m.line(format!(
                "Recorded in {} as given; with no {} rate for its day, leaderboards count this deal but not its amount (a manager sets one: /rates set rate:\"{} …\").",
                amount.currency, amount.currency, amount.currency
            ));
        }
        _ => {}
    }
    m.footer(format!("Deal #{} · {}", deal.number, req.footer(None)))
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
