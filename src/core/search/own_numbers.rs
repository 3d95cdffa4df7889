//! Questions about the asker's own numbers ("how much commission do I have?"), which
//! the numbers answer, not the documents.

use super::fold::fold;
use serde::Serialize;

/// A question about the asker's own numbers, which documents cannot answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnNumbers {
    Commission,
    Quota,
}

// Typed by people, not shown to them: words that ask how the plan works ("how is
// commission paid?") rather than about the asker's own figures.
const ASKS_HOW: &[&str] = &[
    "when ",
    "wann ",
    "kiedy ",
    "cand ",
    "متى",
    "什么时候",
    "how is",
    "how are",
    "wie wird",
    "jak jest",
    "paid",
    "ausgezahlt",
    "auszahl",
    "wyplac",
    "platit",
    "支付",
    "发放",
];

/// Recognises "how much commission do I have?", "what is my quota?" and the same in
/// the teams' languages (folded text, so diacritics do not matter).
pub fn own_numbers(question: &str) -> Option<OwnNumbers> {
    let q: String = question
        .split_whitespace()
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ");
    let has = |needles: &[&str]| needles.iter().any(|n| q.contains(n));
    let mine = has(&[
        "my ", " i ", "i have", "i earn", "i make", "i get", "do i", "mein", "ich ", "moja",
        "moj ", "moje", "mam ", "meu", "mea", "mele", "我",
    ]) || q.starts_with("i ");
    // Arabic says "my" with a suffix: عمولتي (my commission), حصتي (my quota).
    if has(&["عمولتي"]) {
        return Some(OwnNumbers::Commission);
    }
    if has(&["حصتي", "هدفي"]) {
        return Some(OwnNumbers::Quota);
    }
    // "When is my commission paid?" asks how the plan works, which the documents say.
    let about_how =
        has(ASKS_HOW) || q.starts_with("when") || q.starts_with("wann") || q.starts_with("kiedy");
    if !mine || about_how {
        return None;
    }
    if has(&[
        "commission",
        "earn",
        "provision",
        "verdien",
        "prowizj",
        "zarobi",
        "comision",
        "castig",
        "佣金",
        "提成",
    ]) {
        return Some(OwnNumbers::Commission);
    }
    if has(&[
        "quota", "target", "ziel", "kwot", "cel ", "cota", "tinta", "配额", "指标",
    ]) {
        return Some(OwnNumbers::Quota);
    }
    None
}
