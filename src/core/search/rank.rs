//! Ranking passages for a question, in memory.
//!
//! - **BM25F** over three fields: the section's own heading (weight 5), the document
//!   title and the headings above it (0.6), and the text (1). A section named for the
//!   question is the likely answer; a title shared by every passage of a document says
//!   little about which one.
//! - **Coverage**: how much of the question's meaning a passage holds: the share of its
//!   informative words, each weighted by its IDF, that the passage contains (itself, or
//!   a glossary translation of it). A word no document contains counts against every
//!   passage (a question about leave days is not answered by a passage that shares
//!   only "sales"), except a Han character pair, which may just straddle two words.
//! - **Proximity**: question words close together in the text add a little.
//!
//! The score is BM25F × coverage² × (1 + proximity); `/ask` answers only when the best
//! passage's coverage reaches `MIN_COVERAGE` (calibrated on tests/ask_eval).

use super::query::{PhraseCheck, QueryTerm};
use std::collections::{BTreeMap, HashMap};

/// The fields of a passage, in the order of the weights below: the section heading,
/// the headings above it, the text.
const BODY: usize = 2;
const FIELD_WEIGHT: [f64; 3] = [5.0, 0.6, 1.0];
const FIELD_B: [f64; 3] = [0.3, 0.3, 0.75];
const K1: f64 = 1.2;
/// A translation from the glossary counts a little less than the word itself, in the
/// score and in coverage.
const EXPANSION_WEIGHT: f64 = 0.5;
/// How fully a word found only through a translation counts for coverage.
const EXPANSION_COVERAGE: f64 = 1.0;
/// A word found in no document weighs as much as the rarest word.
const UNKNOWN_WEIGHT: f64 = 1.0;
/// Question words within this many words of each other in the text are "near".
const NEAR: u32 = 4;

/// Below this share of the question's meaning, `/ask` says it found nothing good.
pub const MIN_COVERAGE: f64 = 0.45;

/// A passage's index terms by field.
#[derive(Debug, Clone, Default)]
pub struct IndexPassage {
    pub section: Vec<String>,
    pub path: Vec<String>,
    pub body: Vec<String>,
}

#[derive(Debug, Clone)]
struct Posting {
    passage: u32,
    tf: [u16; 3],
    /// Positions in the text.
    positions: Vec<u32>,
}

/// The passages of one team, indexed.
#[derive(Debug, Clone, Default)]
pub struct Index {
    n: usize,
    vocab: BTreeMap<String, Vec<Posting>>,
    lens: Vec<[u32; 3]>,
    avg: [f64; 3],
}

/// A team's passages and their index: what `/ask` searches.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub index: Index,
    pub passages: Vec<LibraryPassage>,
}

/// A passage as shown: its document, its heading path and its text.
#[derive(Debug, Clone)]
pub struct LibraryPassage {
    pub title: String,
    pub language: super::Lang,
    pub heading: String,
    pub body: String,
}

/// One informative word of a question: the word, and what the glossary adds for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionWord {
    pub term: QueryTerm,
    /// Translations, each a phrase's terms: a phrase counts where all its words are.
    pub expansions: Vec<Vec<QueryTerm>>,
    /// A Han character pair (a miss may only mean it straddles two words).
    pub han_pair: bool,
}

/// A passage's place in the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// Its position in the list the index was built from.
    pub passage: usize,
    pub score: f64,
    /// The share of the question's meaning it holds, 0 to 1.
    pub coverage: f64,
    /// Question words it holds.
    pub matched: usize,
}

/// Per passage, what one query term found: weighted term frequency and positions.
type Found = HashMap<u32, ([f64; 3], Vec<u32>)>;

/// Per passage, what one question word scored: its score, its positions in the text,
/// and how fully it counts for coverage (1 itself, less through a translation).
type WordScores = HashMap<u32, (f64, Vec<u32>, f64)>;

impl Index {
    pub fn build(passages: &[IndexPassage]) -> Index {
        let mut vocab: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
        let mut lens = Vec::with_capacity(passages.len());
        let mut totals = [0f64; 3];
        for (i, p) in passages.iter().enumerate() {
            let fields = [&p.section, &p.path, &p.body];
            let mut here: HashMap<&str, Posting> = HashMap::new();
            let mut len = [0u32; 3];
            for (f, terms) in fields.iter().enumerate() {
                len[f] = terms.len() as u32;
                totals[f] += terms.len() as f64;
                for (pos, t) in terms.iter().enumerate() {
                    let posting = here.entry(t.as_str()).or_insert_with(|| Posting {
                        passage: i as u32,
                        tf: [0; 3],
                        positions: Vec::new(),
                    });
                    posting.tf[f] = posting.tf[f].saturating_add(1);
                    if f == BODY {
                        posting.positions.push(pos as u32);
                    }
                }
            }
            for (t, posting) in here {
                vocab.entry(t.to_string()).or_default().push(posting);
            }
            lens.push(len);
        }
        let n = passages.len().max(1) as f64;
        Index {
            n: passages.len(),
            vocab,
            lens,
            avg: totals.map(|t| (t / n).max(1.0)),
        }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Whether any passage holds the term.
    pub fn holds(&self, term: &QueryTerm) -> bool {
        term.forms.iter().any(|f| self.vocab.contains_key(f))
            || term.prefix.as_ref().is_some_and(|p| {
                self.vocab
                    .range(p.clone()..)
                    .next()
                    .is_some_and(|(t, _)| t.starts_with(p.as_str()))
            })
    }

    /// Whether some passage holds every one of the terms.
    pub fn holds_all(&self, terms: &[QueryTerm]) -> bool {
        let mut sets = terms.iter().map(|t| {
            self.find(t)
                .into_keys()
                .collect::<std::collections::HashSet<u32>>()
        });
        let Some(mut common) = sets.next() else {
            return false;
        };
        for set in sets {
            common.retain(|p| set.contains(p));
            if common.is_empty() {
                return false;
            }
        }
        !common.is_empty()
    }

    /// Turns the words of a glossary phrase that no passage holds whole (nor any of its
    /// translations) into words found nowhere: "parental leave" is not answered by a
    /// passage about a rep who leaves.
    pub fn drop_unheld_phrases(&self, words: &mut [QuestionWord], phrases: &[PhraseCheck]) {
        for phrase in phrases {
            if phrase.ways.iter().any(|way| self.holds_all(way)) {
                continue;
            }
            for w in &phrase.words {
                if let Some(word) = words.get_mut(*w) {
                    word.term.forms.clear();
                    word.term.prefix = None;
                    word.expansions.clear();
                }
            }
        }
    }

    fn idf(&self, df: usize) -> f64 {
        let (n, df) = (self.n as f64, df as f64);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The passages holding a term: its exact forms, or any term with its prefix.
    fn find(&self, term: &QueryTerm) -> Found {
        let mut found: Found = HashMap::new();
        let mut add = |postings: &Vec<Posting>| {
            for p in postings {
                let entry = found.entry(p.passage).or_insert(([0.0; 3], Vec::new()));
                for f in 0..3 {
                    entry.0[f] += f64::from(p.tf[f]);
                }
                entry.1.extend(&p.positions);
            }
        };
        for form in &term.forms {
            if let Some(postings) = self.vocab.get(form) {
                add(postings);
            }
        }
        if let Some(prefix) = &term.prefix {
            for (t, postings) in self.vocab.range(prefix.clone()..) {
                if !t.starts_with(prefix.as_str()) {
                    break;
                }
                if !term.forms.contains(t) {
                    add(postings);
                }
            }
        }
        found
    }

    /// The passages holding every term of a phrase: term frequencies added up.
    fn find_all(&self, terms: &[QueryTerm]) -> Found {
        let mut iter = terms.iter();
        let Some(first) = iter.next() else {
            return HashMap::new();
        };
        let mut found = self.find(first);
        for t in iter {
            let more = self.find(t);
            found.retain(|p, _| more.contains_key(p));
            for (p, (tf, positions)) in more {
                if let Some(entry) = found.get_mut(&p) {
                    for (sum, more) in entry.0.iter_mut().zip(tf) {
                        *sum += more;
                    }
                    entry.1.extend(positions);
                }
            }
        }
        found
    }

    /// Each way of saying a word (itself, then its translations) with the passages
    /// holding it.
    fn variants(&self, w: &QuestionWord) -> Vec<(f64, Found)> {
        std::iter::once((1.0, self.find(&w.term)))
            .chain(
                w.expansions
                    .iter()
                    .map(|group| (EXPANSION_WEIGHT, self.find_all(group))),
            )
            .collect()
    }

    /// A word's weight for coverage: the IDF of every passage holding it any way; a word
    /// found nowhere weighs as the rarest (a Han pair nothing).
    fn weight(&self, w: &QuestionWord, variants: &[(f64, Found)]) -> (f64, usize) {
        let held: std::collections::HashSet<u32> = variants
            .iter()
            .flat_map(|(_, found)| found.keys().copied())
            .collect();
        let weight = match held.len() {
            0 if w.han_pair => 0.0,
            0 => UNKNOWN_WEIGHT * self.idf(1),
            df => self.idf(df),
        };
        (weight, held.len())
    }

    /// BM25F of one term's finds in one passage.
    fn bm25f(&self, idf: f64, passage: u32, tf: &[f64; 3]) -> f64 {
        let len = self.lens[passage as usize];
        let weighted: f64 = (0..3)
            .map(|f| {
                let norm = 1.0 - FIELD_B[f] + FIELD_B[f] * f64::from(len[f]) / self.avg[f];
                FIELD_WEIGHT[f] * tf[f] / norm
            })
            .sum();
        idf * weighted / (K1 + weighted)
    }

    /// Each word's weight for coverage and how many passages hold it (itself, or a
    /// translation): what `eval-ask --explain` prints.
    pub fn explain(&self, words: &[QuestionWord]) -> Vec<(String, f64, usize)> {
        words
            .iter()
            .map(|w| {
                let (weight, df) = self.weight(w, &self.variants(w));
                (w.term.word.clone(), weight, df)
            })
            .collect()
    }

    /// Every passage holding any of the question's words, best first.
    pub fn rank(&self, words: &[QuestionWord]) -> Vec<Ranked> {
        if self.n == 0 || words.is_empty() {
            return Vec::new();
        }
        // For each word: per passage, its score; and the word's weight for coverage.
        let mut weights = Vec::with_capacity(words.len());
        let mut scores: Vec<WordScores> = Vec::with_capacity(words.len());
        for w in words {
            let mut per: WordScores = HashMap::new();
            let variants = self.variants(w);
            for (factor, found) in &variants {
                if found.is_empty() {
                    continue;
                }
                let idf = self.idf(found.len());
                let counts = if *factor < 1.0 {
                    EXPANSION_COVERAGE
                } else {
                    1.0
                };
                for (p, (tf, positions)) in found {
                    let s = factor * self.bm25f(idf, *p, tf);
                    let slot = per.entry(*p).or_insert((0.0, Vec::new(), 0.0));
                    if s > slot.0 {
                        *slot = (s, positions.clone(), counts.max(slot.2));
                    } else {
                        slot.2 = slot.2.max(counts);
                    }
                }
            }
            // Two words of one glossary phrase ("urlopu wypoczynkowego") are one idea:
            // the second one adds to the score but not again to what must be covered.
            let same_idea = !w.expansions.is_empty()
                && words[..weights.len()]
                    .iter()
                    .any(|o| w.expansions.iter().all(|g| o.expansions.contains(g)));
            weights.push(if same_idea {
                0.0
            } else {
                self.weight(w, &variants).0
            });
            scores.push(per);
        }
        let total_weight: f64 = weights.iter().sum();
        if total_weight <= 0.0 {
            return Vec::new();
        }
        let mut passages: HashMap<u32, Vec<usize>> = HashMap::new();
        for (wi, per) in scores.iter().enumerate() {
            for p in per.keys() {
                passages.entry(*p).or_default().push(wi);
            }
        }
        let mut ranked: Vec<Ranked> = passages
            .into_iter()
            .map(|(p, held)| {
                let bm25: f64 = held.iter().map(|wi| scores[*wi][&p].0).sum();
                let covered: f64 = held.iter().map(|wi| weights[*wi] * scores[*wi][&p].2).sum();
                let coverage = (covered / total_weight).min(1.0);
                let mut near = 0usize;
                for (a, wa) in held.iter().enumerate() {
                    for wb in &held[a + 1..] {
                        let (pa, pb) = (&scores[*wa][&p].1, &scores[*wb][&p].1);
                        if pa.iter().any(|x| pb.iter().any(|y| x.abs_diff(*y) <= NEAR)) {
                            near += 1;
                        }
                    }
                }
                let proximity = (0.15 * near as f64).min(0.6);
                Ranked {
                    passage: p as usize,
                    score: bm25 * coverage * coverage * (1.0 + proximity),
                    coverage,
                    matched: held.len(),
                }
            })
            .collect();
        ranked.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.passage.cmp(&b.passage))
        });
        ranked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }
    fn word(w: &str) -> QuestionWord {
        QuestionWord {
            term: QueryTerm {
                word: w.into(),
                forms: vec![w.into()],
                prefix: None,
            },
            expansions: Vec::new(),
            han_pair: false,
        }
    }
    fn index() -> Index {
        Index::build(&[
            IndexPassage {
                section: terms("team insight"),
                path: terms("pay policy"),
                body: terms(
                    "the team meets monthly to share what works in sales and why deals were lost",
                ),
            },
            IndexPassage {
                section: terms("variable pay split"),
                path: terms("pay policy"),
                body: terms(
                    "variable pay depends 75 percent on the individual target and 25 percent on the team result",
                ),
            },
            IndexPassage {
                section: terms("payout"),
                path: terms("pay policy"),
                body: terms("commission is paid quarterly with the salary"),
            },
        ])
    }

    #[test]
    fn the_section_that_states_the_answer_beats_one_that_shares_a_word() {
        let q = [
            word("variable"),
            word("individual"),
            word("team"),
            word("result"),
        ];
        let ranked = index().rank(&q);
        assert_eq!(ranked[0].passage, 1, "{ranked:?}");
        assert!(ranked[0].coverage > 0.99);
        assert!(
            ranked[1].coverage < MIN_COVERAGE,
            "team alone is not an answer"
        );
    }

    #[test]
    fn a_word_no_document_holds_counts_against_every_passage() {
        // "leave days" appear nowhere: "team" alone covers too little to answer.
        let q = [word("leave"), word("days"), word("team")];
        let ranked = index().rank(&q);
        assert!(
            ranked.iter().all(|r| r.coverage < MIN_COVERAGE),
            "{ranked:?}"
        );
    }

    #[test]
    fn a_han_pair_found_nowhere_is_not_held_against_a_passage() {
        let mut straddling = word("金什");
        straddling.han_pair = true;
        let q = [word("commission"), straddling];
        let ranked = index().rank(&q);
        assert_eq!(ranked[0].passage, 2);
        assert!(ranked[0].coverage > 0.99);
    }

    #[test]
    fn a_glossary_translation_finds_the_passage_a_little_below_the_word_itself() {
        let mut provision = word("provision");
        provision.expansions = vec![vec![word("commission").term]];
        let ranked = index().rank(&[provision]);
        assert_eq!(ranked[0].passage, 2);
        let direct = index().rank(&[word("commission")]);
        assert!(ranked[0].score < direct[0].score);
        assert!(ranked[0].coverage > 0.99, "a translation covers the word");
    }

    #[test]
    fn words_near_each_other_rank_a_passage_higher() {
        let far = Index::build(&[
            IndexPassage {
                body: terms("target a b c d e f g h i j k l m n o p team"),
                ..Default::default()
            },
            IndexPassage {
                body: terms("target team a b c d e f g h i j k l m n o p"),
                ..Default::default()
            },
        ]);
        let ranked = far.rank(&[word("target"), word("team")]);
        assert_eq!(ranked[0].passage, 1);
    }
}
