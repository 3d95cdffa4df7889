//! `/ask`: answers from the team's documents, with the passages that say it.
//!
//! Ranking: FTS5's BM25 over the folded, stemmed terms picks candidates; a candidate
//! must then contain at least half of the question's words that occur anywhere in the
//! team's documents (words found nowhere say nothing about which passage is right), and
//! as many of them as the best passage (one fewer when the question has four or more).
//! Passages with more of those words come first, BM25 breaks ties. Below that bar the
//! answer says it found nothing good and names the closest documents instead.

use super::{CommandError, Request};
use crate::core::search::{self, Lang, OwnNumbers, QueryTerm};
use crate::reply::{AskData, AskPassage, Message, Reply, ReplyData, Tone};

/// Passages shown at most.
const ANSWERS: usize = 3;
/// Candidates BM25 hands over for the coverage check.
const CANDIDATES: i64 = 40;
/// Characters of a passage shown.
const EXCERPT_CHARS: usize = 350;

/// What `/ask` found: an answer from the documents, or a question about the asker's
/// own numbers, which the dispatcher hands to /comp estimate or /quota check (and
/// then to `about_own_numbers`).
pub enum Answer {
    Ready(Box<Reply>),
    OwnNumbers(OwnNumbers),
}

pub async fn run(req: &Request<'_>) -> Result<Answer, CommandError> {
    let question = req.required_text("question")?.trim().to_string();
    super::library::ensure_samples(req.app, &req.inv.guild_id, req.now).await?;
    if let Some(own) = search::own_numbers(&question) {
        return Ok(Answer::OwnNumbers(own));
    }
    let terms = search::query_terms(&question);
    let answer = find(req, &terms).await?;
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

/// The best passages for the question's terms, or the closest titles.
async fn find(req: &Request<'_>, terms: &[QueryTerm]) -> Result<AskData, CommandError> {
    let db = &req.app.db;
    let guild = &req.inv.guild_id;
    let mut answer = AskData {
        passages: Vec::new(),
        closest: Vec::new(),
    };
    let Some(query) = search::fts_query(terms) else {
        return Ok(answer);
    };
    // Words found nowhere in the team's documents do not count against a passage.
    let mut known: Vec<QueryTerm> = Vec::new();
    for t in terms {
        if db.any_passage_matches(guild, &t.fts()).await? {
            known.push(t.clone());
        }
    }
    if known.is_empty() {
        return Ok(answer);
    }
    let needed = known.len().div_ceil(2);
    let hits = db.search_passages(guild, &query, CANDIDATES).await?;
    let mut ranked: Vec<(usize, f64, &crate::store::Hit)> = hits
        .iter()
        .map(|h| (search::matched(&known, &h.terms), h.score, h))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.total_cmp(&b.1)));
    // Passages that match clearly fewer of the words than the best one are left out:
    // a second answer should be as good an answer, not merely share the title's words.
    let best = ranked.first().map(|r| r.0).unwrap_or(0);
    let slack = usize::from(known.len() > 3);
    let needed = needed.max(best.saturating_sub(slack));
    for (matched, score, hit) in &ranked {
        if *matched < needed || answer.passages.len() == ANSWERS {
            continue;
        }
        let lang = Lang::from_code(&hit.language).unwrap_or(Lang::English);
        answer.passages.push(AskPassage {
            title: hit.title.clone(),
            heading: hit.heading.clone(),
            excerpt: search::highlight(&hit.body, lang, &known, EXCERPT_CHARS),
            matched_words: *matched,
            of_words: known.len(),
            score: *score,
        });
    }
    if answer.passages.is_empty() {
        for (_, _, hit) in &ranked {
            if !answer.closest.contains(&hit.title) && answer.closest.len() < 3 {
                answer.closest.push(hit.title.clone());
            }
        }
    }
    Ok(answer)
}

/// "How much commission do I have?" is a question for the numbers, not the documents:
/// `numbers` is what /comp estimate or /quota check answered.
pub async fn about_own_numbers(
    req: &Request<'_>,
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
            let terms = search::query_terms(req.required_text("question")?);
            let answer = find(req, &terms).await?;
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
