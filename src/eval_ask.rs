//! `dealbell eval-ask DIR`: how well `/ask` answers a set of questions with known
//! answers. DIR holds `questions.tsv` and `docs/` (Markdown documents); they are added
//! to a throwaway team beside the built-in sample documents, and every question goes
//! through the real `/ask` command. Prints hit@1, hit@3, declined and cross-language
//! figures, and each miss.

use crate::app::{App, Database};
use crate::clock::Clock;
use crate::commands::invocation::{Caller, Invocation, OptionValue};
use crate::commands::{self, library};
use crate::config::{Config, SampleDocs};
use crate::core::ids::GuildId;
use crate::reply::ReplyData;
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// Which kind of question a line of the set is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Asked in the document's own language.
    Same,
    /// Asked in English about a document in another language.
    Cross,
    /// No document answers it: the right answer is to decline.
    None,
}

/// One question with its expected answer.
#[derive(Debug, Clone)]
pub struct Question {
    pub kind: Kind,
    /// "document title › section"; several passages may answer it.
    pub expected: Vec<String>,
    pub text: String,
}

/// What one question got.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub question: Question,
    /// The passages answered, as "title › section", best first (empty: declined).
    pub answered: Vec<String>,
    pub took: Duration,
}

impl Outcome {
    /// Declined when nothing answers it; otherwise the right passage first.
    fn is_right(&self) -> bool {
        match self.question.kind {
            Kind::None => self.answered.is_empty(),
            Kind::Same | Kind::Cross => self.rank() == Some(0),
        }
    }

    fn rank(&self) -> Option<usize> {
        self.answered
            .iter()
            .position(|a| self.question.expected.iter().any(|e| same_place(a, e)))
    }
}

/// Whether an answered place ("title › section" or "title › parent › section") is
/// the expected one.
fn same_place(answered: &str, expected: &str) -> bool {
    let (Some((doc, section)), Some((want_doc, want_section))) =
        (answered.split_once(" › "), expected.split_once(" › "))
    else {
        return answered == expected;
    };
    doc == want_doc && (section == want_section || section.ends_with(&format!(" › {want_section}")))
}

/// Reads `questions.tsv`: kind, expected place, another place that answers as well,
/// question; `#` starts a comment.
pub fn read_questions(text: &str) -> Result<Vec<Question>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, expected, also, text] = cols[..] else {
            bail!(
                "questions.tsv line {}: expected four tab-separated columns",
                n + 1
            );
        };
        let kind = match kind {
            "same" => Kind::Same,
            "cross" => Kind::Cross,
            "none" => Kind::None,
            other => bail!("questions.tsv line {}: unknown kind {other:?}", n + 1),
        };
        let expected = [expected, also]
            .into_iter()
            .filter(|e| *e != "-")
            .map(str::to_string)
            .collect();
        out.push(Question {
            kind,
            expected,
            text: text.to_string(),
        });
    }
    Ok(out)
}

/// A throwaway team with the built-in samples and the set's documents.
async fn eval_team(dir: &Path) -> Result<(App, GuildId)> {
    let mut config = Config::load(None, &crate::config::Environment::empty())?;
    config.docs_samples = SampleDocs::BuiltIn;
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse()?);
    let app = App::build(config, Database::Temporary, clock).await?;
    let guild = GuildId::new("local:eval");
    // The first /ask gives the team the samples; ask once so they are there first.
    ask(&app, &guild, "warm up").await?;
    load_docs(&app, &guild, dir).await?;
    Ok((app, guild))
}

/// Runs every question of `dir` through `/ask`.
pub async fn evaluate(dir: &Path) -> Result<Vec<Outcome>> {
    let questions = read_questions(
        &std::fs::read_to_string(dir.join("questions.tsv"))
            .with_context(|| format!("reading {}", dir.join("questions.tsv").display()))?,
    )?;
    let (app, guild) = eval_team(dir).await?;
    let mut outcomes = Vec::new();
    for question in questions {
        let started = Instant::now();
        let answered = ask(&app, &guild, &question.text).await?;
        outcomes.push(Outcome {
            question,
            answered,
            took: started.elapsed(),
        });
    }
    app.db.close().await;
    Ok(outcomes)
}

async fn ask(app: &App, guild: &GuildId, question: &str) -> Result<Vec<String>> {
    let inv = Invocation {
        guild_id: guild.clone(),
        guild_name: "eval".into(),
        channel_id: Some("eval".into()),
        caller: Caller {
            user_id: "eval".into(),
            display_name: "eval".into(),
            roles: Vec::new(),
            manages_server: false,
        },
        locale: None,
        path: vec!["ask".into()],
        options: BTreeMap::from([(
            "question".to_string(),
            OptionValue::String(question.to_string()),
        )]),
    };
    let reply = commands::run(app, &inv)
        .await
        .map_err(|e| anyhow::anyhow!("{question:?}: {e}"))?;
    // An own-numbers answer (commission, quota) is not a document answer.
    let ReplyData::Ask(answer) = reply.data else {
        return Ok(Vec::new());
    };
    Ok(answer
        .passages
        .iter()
        .map(|p| {
            if p.heading.is_empty() {
                p.title.clone()
            } else if p.heading.starts_with(&format!("{} › ", p.title)) {
                p.heading.clone()
            } else {
                format!("{} › {}", p.title, p.heading)
            }
        })
        .collect())
}

/// The figures of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub answerable: usize,
    pub hit1: usize,
    pub hit3: usize,
    pub unanswerable: usize,
    pub declined: usize,
    /// Answerable questions that got no answer.
    pub lost: usize,
    pub cross: usize,
    pub cross_hit1: usize,
}

pub fn figures(outcomes: &[Outcome]) -> Figures {
    let answerable: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| o.question.kind != Kind::None)
        .collect();
    let cross: Vec<&&Outcome> = answerable
        .iter()
        .filter(|o| o.question.kind == Kind::Cross)
        .collect();
    Figures {
        answerable: answerable.len(),
        hit1: answerable.iter().filter(|o| o.rank() == Some(0)).count(),
        hit3: answerable
            .iter()
            .filter(|o| o.rank().is_some_and(|r| r < 3))
            .count(),
        unanswerable: outcomes.len() - answerable.len(),
        declined: outcomes
            .iter()
            .filter(|o| o.question.kind == Kind::None && o.answered.is_empty())
            .count(),
        lost: answerable.iter().filter(|o| o.answered.is_empty()).count(),
        cross: cross.len(),
        cross_hit1: cross.iter().filter(|o| o.rank() == Some(0)).count(),
    }
}

/// For `--explain`: how each missed question's words weigh, and the passages ranked first.
pub async fn explain(dir: &Path, outcomes: &[Outcome]) -> Result<String> {
    let (app, guild) = eval_team(dir).await?;
    let library = library::library(&app, &guild)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut out = String::new();
    for o in outcomes {
        if o.is_right() {
            continue;
        }
        let (mut words, _, phrases) = crate::core::search::question_words(&o.question.text);
        library.index.drop_unheld_phrases(&mut words, &phrases);
        out.push_str(&format!("? {}\n", o.question.text));
        for (word, weight, df) in library.index.explain(&words) {
            out.push_str(&format!(
                "    {word:<20} weight {weight:.2}  in {df} passages\n"
            ));
        }
        for r in library.index.rank(&words).iter().take(3) {
            let p = &library.passages[r.passage];
            out.push_str(&format!(
                "    → {:.2} coverage {:.2} ({} words) {}\n",
                r.score, r.coverage, r.matched, p.heading
            ));
        }
    }
    app.db.close().await;
    Ok(out)
}

/// Adds the set's documents to the team.
async fn load_docs(app: &App, guild: &GuildId, dir: &Path) -> Result<()> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("docs"))
        .with_context(|| format!("reading {}", dir.join("docs").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let now = app.clock.now();
    for path in &files {
        let text = std::fs::read_to_string(path)?;
        let title = library::file_title(path);
        let doc = library::Incoming {
            title: None,
            fallback_title: &title,
            text: &text,
            origin: "shell",
            by: None,
        };
        library::add_document(app, guild, doc, now)
            .await
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The report `dealbell eval-ask` prints.
pub fn report(outcomes: &[Outcome]) -> String {
    let f = figures(outcomes);
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            a as f64 * 100.0 / b as f64
        }
    };
    let mut times: Vec<Duration> = outcomes.iter().map(|o| o.took).collect();
    times.sort();
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    let mut out = String::new();
    for o in outcomes {
        if !o.is_right() {
            out.push_str(&format!(
                "✗ [{:?}] {}\n    expected: {}\n    answered: {}\n",
                o.question.kind,
                o.question.text,
                if o.question.expected.is_empty() {
                    "nothing (decline)".to_string()
                } else {
                    o.question.expected.join(" | ")
                },
                if o.answered.is_empty() {
                    "nothing".to_string()
                } else {
                    o.answered.join(" | ")
                }
            ));
        }
    }
    out.push_str(&format!(
        "right section first: {}/{} ({:.0} %)\nright section in top 3: {}/{} ({:.0} %)\nunanswerable declined: {}/{}\nanswerable declined needlessly: {}\nacross languages, first: {}/{}\nmedian /ask time: {:.1} ms\n",
        f.hit1,
        f.answerable,
        pct(f.hit1, f.answerable),
        f.hit3,
        f.answerable,
        pct(f.hit3, f.answerable),
        f.declined,
        f.unanswerable,
        f.lost,
        f.cross_hit1,
        f.cross,
        median.as_secs_f64() * 1000.0
    ));
    out
}
