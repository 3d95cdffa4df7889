//! `/ask`: answers from the team's documents, with the passages that say it.
//!
//! Ranking (`core::search::rank`): BM25F over the section heading, the headings above
//! and the text, weighted by how much of the question's meaning a passage covers, with
//! the question's words expanded into the other languages by the glossary. Below the
//! coverage bar the answer says it found nothing good and names the closest documents.

use super::arguments::arguments;
use super::{CommandError, Request};
use crate::core::search::{self, OwnNumbers, QueryTerm};
use crate::reply::{AskData, AskPassage, Message, Reply, ReplyData, Tone};

/// Passages shown at most.
const ANSWERS: usize = 3;
/// Ranked passages looked through for the closest titles.
const CANDIDATES: usize = 40;
/// A second or third answer scores at least this share of the best one.
const NEXT_SHARE: f64 = 0.5;
/// How much a passage in the question's language counts over one in another.
const SAME_LANGUAGE: f64 = 1.5;
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
    let mut m;
    if answer.passages.is_empty() {
        m = Message::new(Tone::Info, "🔎 I found nothing good for that".to_string());
        if answer.closest.is_empty() {
            m = m.line("No document mentions those words. See what there is with /docs list.");
        } else {
            m = m.line("Rather than guess, here are the documents that come closest:");
            for t in &answer.closest {
                m = m.line(format!("• {t}"));
            }
        }
        m = m.footer("Try other words, or ask a manager to add the document: /docs add");
    } else {
        m = with_passages(
            Message::new(Tone::Info, format!("🔎 {question}")),
            &answer.passages,
        )
        .footer("From the team's documents (/docs list); the words that matched are in bold");
        if !answer.also_searched.is_empty() {
            m = m.line(format!(
                "Also searched: {}",
                answer.also_searched.join(", ")
            ));
        }
    }
    Ok(Answer::Ready(Box::new(Reply::private(
        m,
        ReplyData::Ask(answer),
    ))))
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
        m = m.line(format!("> {}", p.excerpt));
    }
    m
}

/// The best passages for the question (`core::search::rank`), or, when none covers
/// enough of what was asked, the closest documents' titles.
async fn find(req: &Request<'_>, question: &str) -> Result<AskData, CommandError> {
    let library = super::library::library(req.app, &req.inv.guild_id).await?;
    let (mut words, also, phrases) = search::question_words(question);
    library.index.drop_unheld_phrases(&mut words, &phrases);
    let mut answer = AskData {
        passages: Vec::new(),
        closest: Vec::new(),
        also_searched: Vec::new(),
    };
    let mut ranked = library.index.rank(&words);
    // A passage in the question's own script, Arabic or Chinese, comes before an
    // equally good one in another: the asker reads it without translating.
    if let Some(lang) = search::question_script(question) {
        for r in &mut ranked {
            if library.passages[r.passage].language == lang {
                r.score *= SAME_LANGUAGE;
            }
        }
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.passage.cmp(&b.passage)));
    }
    let Some(best) = ranked.first() else {
        return Ok(answer);
    };
    // Translations worth naming: those some document holds.
    for a in also {
        let held = search::query_terms(&a)
            .iter()
            .any(|t| library.index.holds(t));
        if held && !answer.also_searched.contains(&a) && answer.also_searched.len() < MAX_ALSO {
            answer.also_searched.push(a);
        }
    }
    if best.coverage < search::MIN_COVERAGE {
        for r in ranked.iter().take(CANDIDATES) {
            let title = &library.passages[r.passage].title;
            if !answer.closest.contains(title) && answer.closest.len() < 3 {
                answer.closest.push(title.clone());
            }
        }
        return Ok(answer);
    }
    let highlight_terms: Vec<QueryTerm> = words
        .iter()
        .flat_map(|w| std::iter::once(w.term.clone()).chain(w.expansions.iter().flatten().cloned()))
        .collect();
    // Further answers must be nearly as good: the same coverage bar, and a score not
    // far below the best one's.
    for r in ranked
        .iter()
        .filter(|r| r.coverage >= search::MIN_COVERAGE && r.score >= best.score * NEXT_SHARE)
        .take(ANSWERS)
    {
        let p = &library.passages[r.passage];
        answer.passages.push(AskPassage {
            title: p.title.clone(),
            heading: p.heading.clone(),
            excerpt: search::highlight(&p.body, p.language, &highlight_terms, EXCERPT_CHARS),
            matched_words: r.matched,
            of_words: words.len(),
            coverage: r.coverage,
            score: r.score,
        });
    }
    Ok(answer)
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
        Err(CommandError::User { message, hint }) => {
            let answer = find(req, args.question.trim()).await?;
            let topic = match own {
                OwnNumbers::Commission => "your commission",
                OwnNumbers::Quota => "your quota",
            };
            let mut m = Message::new(Tone::Info, format!("🔎 About {topic}"))
                .line(format!("I cannot work out {topic} yet: {message}"));
            if let Some(hint) = hint {
                m = m.line(hint);
            }
            if !answer.passages.is_empty() {
                m = m.line("This is what the documents say:");
            }
            let m = with_passages(m, &answer.passages);
            return Ok(Reply::private(m, ReplyData::Ask(answer)));
        }
        Err(e) => return Err(e),
    };
    reply.message.lines.insert(
        0,
        format!("That is about your own numbers, so here is {command} (only you see it):"),
    );
    Ok(reply)
}
