//! `/ask`: answers from the team's documents, with the passages that say it.
//!
//! Ranking (`core::search::rank`): BM25F over the section heading, the headings above
//! and the text, weighted by how much of the question's meaning a passage covers, with
//! the question's words expanded into the other languages by the glossary. Below the
//! coverage bar the answer says it found nothing good and names the closest documents.

use super::arguments::arguments;
use super::{CommandError, Request};
use crate::core::search::{self, Candidate, Library, OwnNumbers, QueryTerm, Tuning};
use crate::i18n::Words;
use crate::reply::{AskData, AskPassage, Message, Reply, ReplyData, Tone};

/// Translations named under an answer at most.
const MAX_ALSO: usize = 6;
/// Characters of a passage shown.
const EXCERPT_CHARS: usize = 350;

/// What `/ask` found: an answer from the documents, or a question about the asker's
/// own numbers, which the dispatcher hands to /comp estimate or /quota check (and
/// then to `about_own_numbers`).
pub enum Answer {
    Ready(Box<Reply>),
    OwnNumbers(OwnNumbers),
}

arguments! {
    /// `/ask`
    pub struct AskArgs {
        question: String,
    }
}

pub async fn run(req: &Request<'_>, args: &AskArgs) -> Result<Answer, CommandError> {
    let question = args.question.trim().to_string();
    super::library::ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    if let Some(own) = search::own_numbers(&question) {
        return Ok(Answer::OwnNumbers(own));
    }
    let answer = find(req, &question).await?;
    let m = answer_message(req.words, &question, &answer);
    Ok(Answer::Ready(Box::new(Reply::private(
        m,
        ReplyData::Ask(answer),
    ))))
}

/// What `/ask` says: the answers, or that it is not sure, with the closest passage
/// and documents.
fn answer_message(words: Words, question: &str, answer: &AskData) -> Message {
    if !answer.passages.is_empty() {
        let mut m = with_passages(
            Message::new(Tone::Info, format!("🔎 {question}")),
            &answer.passages,
        )
        .footer(words.say("ask-footer"));
        if !answer.also_searched.is_empty() {
            m = m.line(words.say_with(
                "ask-also-searched",
                &[("words", answer.also_searched.join(", ").into())],
            ));
        }
        return m;
    }
    let mut m = Message::new(Tone::Info, words.say("ask-not-sure"));
    match &answer.unsure {
        None => {
            m = m.line(words.say("ask-no-document"));
        }
        Some(closest) => {
            m = m.line(words.say("ask-closest-passage"));
            m = with_passages(m, std::slice::from_ref(closest));
            let others: Vec<&String> = answer
                .closest
                .iter()
                .filter(|t| **t != closest.title)
                .collect();
            if !others.is_empty() {
                m = m.line(words.say("ask-other-documents"));
                for t in others {
                    m = m.line(format!("• {t}"));
                }
            }
        }
    }
    m.footer(words.say("ask-try-other-words"))
}

/// Each passage as its place (document › section) and its highlighted excerpt.
fn with_passages(mut m: Message, passages: &[AskPassage]) -> Message {
    for p in passages {
        let place = if p.heading.is_empty() || p.heading == p.title {
            p.title.clone()
        } else {
            format!(
                "{} › {}",
                p.title,
                p.heading.trim_start_matches(&format!("{} › ", p.title))
            )
        };
        m = m.line(format!("📄 **{place}**"));
        if let Some(sentence) = &p.sentence {
            m = m.line(format!("💬 {sentence}"));
        }
        m = m.line(format!("> {}", p.excerpt));
    }
    m
}

/// The best passages for the question (`core::search::answer`): both searches fused,
/// and, when the best covers too little of what was asked, no answer but the closest
/// passage (shown as "not sure") and the closest documents.
async fn find(req: &Request<'_>, question: &str) -> Result<AskData, CommandError> {
    let library = super::library::library(req.app, &req.inv.guild_id).await?;
    Ok(answer_from(&library, question, &search::TUNED))
}

/// What the library answers to a question, with the numbers `/ask` ships with.
fn answer_from(library: &Library, question: &str, tuning: &Tuning) -> AskData {
    let evidence = search::gather(library, question);
    let fused = search::fuse(library, &evidence, tuning);
    let mut answer = AskData {
        passages: Vec::new(),
        unsure: None,
        closest: Vec::new(),
        also_searched: Vec::new(),
    };
    let Some(best) = fused.first() else {
        return answer;
    };
    // Translations worth naming: those some document holds.
    for a in &evidence.also {
        let held = search::query_terms(a)
            .iter()
            .any(|t| library.index.holds(t));
        if held && !answer.also_searched.contains(a) && answer.also_searched.len() < MAX_ALSO {
            answer.also_searched.push(a.clone());
        }
    }
    let highlight_terms: Vec<QueryTerm> = evidence
        .words
        .iter()
        .flat_map(|w| std::iter::once(w.term.clone()).chain(w.expansions.iter().flatten().cloned()))
        .collect();
    // The answer leads with the best passage's answering sentence (`lead`); the others
    // are context, and a passage shown whole needs no lead: the excerpt is the answer.
    let shown = |c: &Candidate, lead: bool| -> Option<AskPassage> {
        let p = library.passages.get(c.passage)?;
        Some(AskPassage {
            title: p.title.clone(),
            heading: p.heading.clone(),
            excerpt: search::highlight(&p.body, p.language, &highlight_terms, EXCERPT_CHARS),
            sentence: (lead && p.body.chars().count() > EXCERPT_CHARS)
                .then(|| search::answering_sentence(&p.body, p.language, &highlight_terms))
                .flatten(),
            matched_words: c.matched,
            of_words: evidence.words.len(),
            coverage: c.word_coverage,
            score: c.score,
        })
    };
    // Further answers must be as sure as the first had to be (`Tuning::shown`).
    let places = tuning.shown(fused.iter().map(|c| c.confidence(tuning)));
    if places.is_empty() {
        answer.unsure = shown(best, false);
        for c in &fused {
            let Some(p) = library.passages.get(c.passage) else {
                continue;
            };
            if !answer.closest.contains(&p.title) && answer.closest.len() < 3 {
                answer.closest.push(p.title.clone());
            }
        }
        return answer;
    }
    answer.passages = places
        .iter()
        .filter_map(|place| fused.get(*place))
        .enumerate()
        .filter_map(|(n, c)| shown(c, n == 0))
        .collect();
    answer
}

/// "How much commission do I have?" is a question for the numbers, not the documents:
/// `numbers` is what /comp estimate or /quota check answered.
pub async fn about_own_numbers(
    req: &Request<'_>,
    args: &AskArgs,
    own: OwnNumbers,
    numbers: Result<Reply, CommandError>,
) -> Result<Reply, CommandError> {
    let command = match own {
        OwnNumbers::Commission => "/comp estimate",
        OwnNumbers::Quota => "/quota check",
    };
    let mut reply = match numbers {
        Ok(reply) => reply,
        // The numbers cannot be worked out yet (no plan, no quota): say what is missing,
        // in the command's own words, and what the documents say.
        Err(e) if e.is_user_error() => {
            // Worded as the command itself would say it, in the reader's language.
            let crate::error::ForPeople { message, hint, .. } =
                crate::error::for_people(&e, req.words);
            let answer = find(req, args.question.trim()).await?;
            let words = req.words;
            let topic = match own {
                OwnNumbers::Commission => "commission",
                OwnNumbers::Quota => "quota",
            };
            let mut m = Message::new(
                Tone::Info,
                words.say_with("ask-about-own", &[("topic", topic.into())]),
            )
            .line(words.say_with(
                "ask-cannot-work-out",
                &[("topic", topic.into()), ("why", message.into())],
            ));
            if let Some(hint) = hint {
                m = m.line(hint);
            }
            if !answer.passages.is_empty() {
                m = m.line(words.say("ask-documents-say"));
            }
            let m = with_passages(m, &answer.passages);
            return Ok(Reply::private(m, ReplyData::Ask(answer)));
        }
        Err(e) => return Err(e),
    };
    reply.message.lines.insert(
        0,
        req.words
            .say_with("ask-own-numbers", &[("command", command.into())]),
    );
    Ok(reply)
}
