//! `dealbell eval-ask DIR`: how well `/ask` answers a set of questions with known
//! answers, per language. DIR holds `docs/` (Markdown documents) and either
//! `questions.json` (ask-dev, a set not written for Dealbell: its documents alone, and
//! `/ask`'s numbers chosen on it by cross-validation, `folds`) or `questions.tsv` (the
//! project's own set, beside the built-in samples: a regression guard). Every question
//! also goes through the real `/ask` command, with the numbers it ships with.

mod folds;
mod sets;

pub use folds::{FOLDS, Outcome};
pub use sets::{Group, Place, Question, Scope};

use crate::app::{App, Database};
use crate::clock::Clock;
use crate::commands::invocation::{Caller, Invocation, OptionValue};
use crate::commands::{self, library};
use crate::config::{Config, SampleDocs};
use crate::core::ids::GuildId;
use crate::core::search::{self, TUNED, Tuning};
use crate::reply::ReplyData;
use anyhow::{Context, Result};
use folds::{Asked, Rankings};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the real `/ask` answered a question, with the numbers it ships with.
#[derive(Debug, Clone)]
pub struct Shipped {
    /// The places answered, as (document name, heading path), best first; empty when
    /// it said it was not sure.
    pub answered: Vec<(String, String)>,
    pub took: Duration,
}

/// A set's evaluation.
pub struct Run {
    pub asked: Vec<AskedQuestion>,
    /// The held-out figures and the numbers chosen for each fold (a set `/ask` is tuned
    /// on: ask-dev's `questions.json`).
    pub held_out: Option<(Vec<Outcome>, Vec<Tuning>)>,
    /// The numbers chosen on every question of the set (what `TUNED` should be).
    pub fitted: Option<Tuning>,
    /// Right first and in the top three for each ranking alone and fused (in sample).
    pub rankings: Vec<(String, usize, usize)>,
    /// The figures of the ranker before the n-grams: words alone, declining below 45 %
    /// of the question's meaning covered (a set `/ask` is tuned on).
    pub words_only: Option<Figures>,
}

pub struct AskedQuestion {
    pub question: Question,
    pub shipped: Shipped,
    /// How the question's words weigh and what ranked first (for `--explain`).
    pub explained: Vec<String>,
}

impl AskedQuestion {
    /// Declined when nothing answers it; otherwise the right place first.
    fn is_right(&self) -> bool {
        let o = self.shipped.outcome(&self.question);
        match self.question.group {
            Group::Unanswerable => !o.answered,
            Group::Same(_) | Group::Cross => o.hit == Some(0),
        }
    }
}

impl Shipped {
    fn outcome(&self, question: &Question) -> Outcome {
        Outcome {
            hit: self
                .answered
                .iter()
                .take(3)
                .position(|(doc, heading)| question.is_answered_by(doc, heading)),
            answered: !self.answered.is_empty(),
        }
    }
}

/// A team of the evaluation, and the document name of each title in it.
struct Team {
    guild: GuildId,
    names: Arc<HashMap<String, String>>,
}

/// Runs every question of `dir` through `/ask`, and, for ask-dev, chooses the numbers
/// by cross-validation.
pub async fn evaluate(dir: &Path) -> Result<Run> {
    let tuned_here = dir.join("questions.json").exists();
    let questions = if tuned_here {
        sets::read_json(&read(&dir.join("questions.json"))?)?
    } else {
        sets::read_tsv(&read(&dir.join("questions.tsv"))?)?
    };
    let mut config = Config::load(None, &crate::config::Environment::empty())?;
    // ask-dev's questions are asked of its documents alone; the project's own set
    // beside the samples every team starts with.
    config.docs_samples = if tuned_here {
        SampleDocs::None
    } else {
        SampleDocs::BuiltIn
    };
    let clock = Clock::fixed("2026-03-10T09:00:00Z".parse()?);
    let app = App::build(config, Database::Temporary, clock).await?;
    // ask-dev names a document by its file, the project's own set by its title.
    let every = team(&app, "local:eval", dir, |_| true, tuned_here).await?;
    let not_english = team(
        &app,
        "local:eval-not-en",
        dir,
        |name| !name.starts_with("en-"),
        tuned_here,
    )
    .await?;
    let mut asked = Vec::with_capacity(questions.len());
    let mut searched = Vec::with_capacity(questions.len());
    for question in questions {
        let team = match question.scope {
            Scope::Every => &every,
            Scope::NotEnglish => &not_english,
        };
        let started = Instant::now();
        let answered = ask(&app, team, &question.text).await?;
        let took = started.elapsed();
        let library = library::library(&app, &team.guild)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let searched_one = Asked {
            evidence: search::gather(&library, &question.text),
            library,
            names: team.names.clone(),
            question: question.clone(),
        };
        asked.push(AskedQuestion {
            question,
            shipped: Shipped { answered, took },
            explained: explanation(&searched_one),
        });
        searched.push(searched_one);
    }
    app.db.close().await;
    let mut alone = Vec::new();
    let mut words_only = None;
    let (held_out, fitted) = if tuned_here {
        let before = Tuning {
            fusion_k: 1.0,
            gram_share: 0.0,
            word_confidence_share: 1.0,
            confidence_power: 0.0,
            min_confidence: 0.45,
        };
        let one_search = |gram_share| Tuning {
            gram_share,
            min_confidence: 0.0,
            ..before
        };
        let rankings = Rankings::work_out(&searched, &[before, one_search(0.0), one_search(1.0)]);
        let outcomes: Vec<Outcome> = (0..searched.len())
            .map(|i| rankings.outcome(i, &before))
            .collect();
        let questions: Vec<&Question> = searched.iter().map(|a| &a.question).collect();
        words_only = Some(figures(&questions, &outcomes));
        for (label, gram_share) in [("words alone", 0.0), ("n-grams alone", 1.0)] {
            let (hit1, hit3) = rankings.ranking_figures(&one_search(gram_share));
            alone.push((label.to_string(), hit1, hit3));
        }
        let refs: Vec<&Question> = asked.iter().map(|a| &a.question).collect();
        let folds = folds::folds(&refs);
        (
            Some(rankings.held_out(&folds)),
            Some(rankings.fit(&vec![true; refs.len()])),
        )
    } else {
        (None, None)
    };
    Ok(Run {
        asked,
        held_out,
        fitted,
        rankings: alone,
        words_only,
    })
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// A throwaway team holding the set's documents that `keep` accepts (by file name),
/// each named by its file (`by_file`) or its title.
async fn team(
    app: &App,
    guild: &str,
    dir: &Path,
    keep: impl Fn(&str) -> bool,
    by_file: bool,
) -> Result<Team> {
    let guild = GuildId::new(guild);
    // The first /ask gives the team the samples (when the set wants them): ask once so
    // they are there first.
    ask_text(app, &guild, "warm up").await?;
    let mut names = load_docs(app, &guild, dir, keep).await?;
    if !by_file {
        names.clear();
    }
    Ok(Team {
        guild,
        names: Arc::new(names),
    })
}

async fn ask(app: &App, team: &Team, question: &str) -> Result<Vec<(String, String)>> {
    let places = ask_text(app, &team.guild, question).await?;
    Ok(places
        .into_iter()
        .map(|(title, heading)| {
            let doc = team.names.get(&title).cloned().unwrap_or(title);
            (doc, heading)
        })
        .collect())
}

/// The places `/ask` answered, as (document title, heading path).
async fn ask_text(app: &App, guild: &GuildId, question: &str) -> Result<Vec<(String, String)>> {
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
        .map(|p| (p.title.clone(), p.heading.clone()))
        .collect())
}

/// Adds the set's documents that `keep` accepts to the team: each document's title
/// and its file name.
async fn load_docs(
    app: &App,
    guild: &GuildId,
    dir: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<HashMap<String, String>> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join("docs"))
        .with_context(|| format!("reading {}", dir.join("docs").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let now = app.clock.now();
    let mut names = HashMap::new();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if !keep(&name) {
            continue;
        }
        let text = std::fs::read_to_string(path)?;
        let title = library::file_title(path);
        let doc = library::Incoming {
            title: None,
            fallback_title: &title,
            text: &text,
            origin: "shell",
            by: None,
        };
        let added = library::add_document(app, guild, doc, now)
            .await
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        names.insert(added.title, name);
    }
    Ok(names)
}

/// One line of a table: a group's questions and how they fared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub group: String,
    pub questions: usize,
    pub hit1: usize,
    pub hit3: usize,
    /// Questions it declined (right for unanswerable ones, a miss for the others).
    pub declined: usize,
}

/// The figures of a run: a row per group, and every answerable question together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub groups: Vec<Row>,
    pub answerable: Row,
    pub unanswerable: Row,
}

impl Figures {
    pub fn group(&self, label: &str) -> Row {
        self.groups
            .iter()
            .find(|r| r.group == label)
            .cloned()
            .unwrap_or_default()
    }
}

pub fn figures(questions: &[&Question], outcomes: &[Outcome]) -> Figures {
    let mut groups: BTreeMap<Group, Row> = BTreeMap::new();
    let mut answerable = Row {
        group: "all answerable".into(),
        ..Row::default()
    };
    for (q, o) in questions.iter().zip(outcomes) {
        let row = groups.entry(q.group.clone()).or_insert_with(|| Row {
            group: q.group.label(),
            ..Row::default()
        });
        for row in [row, &mut answerable] {
            if row.group == "all answerable" && q.group == Group::Unanswerable {
                continue;
            }
            row.questions += 1;
            row.hit1 += usize::from(o.hit == Some(0));
            row.hit3 += usize::from(o.hit.is_some());
            row.declined += usize::from(!o.answered);
        }
    }
    let unanswerable = groups.remove(&Group::Unanswerable).unwrap_or_else(|| Row {
        group: "unanswerable".into(),
        ..Row::default()
    });
    Figures {
        groups: groups.into_values().collect(),
        answerable,
        unanswerable,
    }
}

impl Run {
    fn questions(&self) -> Vec<&Question> {
        self.asked.iter().map(|a| &a.question).collect()
    }

    /// The figures of the real `/ask`, with the numbers it ships with.
    pub fn shipped(&self) -> Figures {
        let outcomes: Vec<Outcome> = self
            .asked
            .iter()
            .map(|a| a.shipped.outcome(&a.question))
            .collect();
        figures(&self.questions(), &outcomes)
    }

    /// The figures of each question scored with numbers chosen without it.
    pub fn held_out_figures(&self) -> Option<Figures> {
        self.held_out
            .as_ref()
            .map(|(outcomes, _)| figures(&self.questions(), outcomes))
    }

    /// The report `dealbell eval-ask` prints: each miss of the real `/ask`, its figures,
    /// and for a tuning set the held-out figures and the numbers chosen.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for a in &self.asked {
            if a.is_right() {
                continue;
            }
            let expected: Vec<String> = a
                .question
                .expected
                .iter()
                .map(|p| format!("{} › {}", p.doc, p.section))
                .collect();
            let answered: Vec<String> = a
                .shipped
                .answered
                .iter()
                .map(|(doc, heading)| format!("{doc} › {heading}"))
                .collect();
            let _ = writeln!(
                out,
                "✗ [{}] {}\n    expected: {}\n    answered: {}",
                a.question.id,
                a.question.text,
                if expected.is_empty() {
                    "nothing (decline)".to_string()
                } else {
                    expected.join(" | ")
                },
                if answered.is_empty() {
                    "nothing (not sure)".to_string()
                } else {
                    answered.join(" | ")
                }
            );
        }
        let _ = writeln!(out, "\nThe real /ask, as shipped ({}):", describe(&TUNED));
        out.push_str(&table(&self.shipped()));
        if let (Some(held), Some((_, tunings))) = (self.held_out_figures(), &self.held_out) {
            let _ = writeln!(
                out,
                "\nHeld out ({FOLDS}-fold cross-validation: each question scored with the numbers chosen on the other folds):"
            );
            out.push_str(&table(&held));
            for (fold, t) in tunings.iter().enumerate() {
                let _ = writeln!(out, "  fold {}: {}", fold + 1, describe(t));
            }
        }
        if let Some(before) = &self.words_only {
            out.push_str(
                "\nThe ranker before n-grams (words alone, declining below 45 % coverage):\n",
            );
            out.push_str(&table(before));
        }
        for (label, hit1, hit3) in &self.rankings {
            let _ = writeln!(
                out,
                "{label} (every question): right first {hit1}, in the top 3 {hit3}"
            );
        }
        if let Some(t) = &self.fitted {
            let _ = writeln!(out, "Chosen on every question: {}", describe(t));
        }
        let mut times: Vec<Duration> = self.asked.iter().map(|a| a.shipped.took).collect();
        times.sort();
        let median = times.get(times.len() / 2).copied().unwrap_or_default();
        let _ = writeln!(
            out,
            "median /ask time: {:.1} ms",
            median.as_secs_f64() * 1000.0
        );
        out
    }
}

fn describe(t: &Tuning) -> String {
    format!(
        "fusion k {}, n-gram share {:.1}, word share of confidence {:.2}, confidence power {}, confidence bar {:.3}",
        t.fusion_k, t.gram_share, t.word_confidence_share, t.confidence_power, t.min_confidence
    )
}

/// The figures as a Markdown table.
fn table(f: &Figures) -> String {
    let pct = |a: usize, b: usize| (a * 100 + b / 2).checked_div(b).unwrap_or(0);
    let mut out = String::from(
        "| group | questions | right first | in the top 3 | declined |\n|---|---|---|---|---|\n",
    );
    for r in f.groups.iter().chain([&f.answerable]) {
        let _ = writeln!(
            out,
            "| {} | {} | {} ({} %) | {} ({} %) | {} |",
            r.group,
            r.questions,
            r.hit1,
            pct(r.hit1, r.questions),
            r.hit3,
            pct(r.hit3, r.questions),
            r.declined
        );
    }
    let _ = writeln!(
        out,
        "| unanswerable | {} | | | {} |",
        f.unanswerable.questions, f.unanswerable.declined
    );
    out
}

/// How a question's words weigh, and the three places ranked first with how much of
/// the question each covers in words and in n-grams.
fn explanation(asked: &Asked) -> Vec<String> {
    let mut out: Vec<String> = asked
        .library
        .index
        .explain(&asked.evidence.words)
        .into_iter()
        .map(|(word, weight, df)| format!("{word:<20} weight {weight:.2}  in {df} passages"))
        .collect();
    for (doc, heading, words, grams) in asked.places(&TUNED).into_iter().take(3) {
        out.push(format!(
            "→ words {words:.2} n-grams {grams:.2}  {doc} › {heading}"
        ));
    }
    out
}

/// For `--explain`: for each question the real `/ask` got wrong, how its words weigh
/// and what ranked first.
pub fn explain(run: &Run) -> String {
    let mut out = String::new();
    for a in &run.asked {
        if a.is_right() {
            continue;
        }
        let _ = writeln!(out, "? [{}] {}", a.question.id, a.question.text);
        for line in &a.explained {
            let _ = writeln!(out, "    {line}");
        }
    }
    out
}
