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
//! The score is BM25F × coverage² × (1 + proximity). This is one of the two rankings
//! `answer` fuses (the other is `grams`); the coverage is part of its confidence.

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
/// How many of the best passages the proximity bonus is worked out for.
const PROXIMITY_CANDIDATES: usize = 50;

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
    pub grams: super::grams::GramIndex,
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

/// What one term found, in passage order: each passage's term frequency per field.
type Found = Vec<(u32, [f64; 3])>;

/// One way a question's word is found: its weight factor (1 for the word itself, less
/// for a translation), the passages holding it, and the terms it was looked up as.
type Variant<'w> = (f64, Found, Vec<&'w QueryTerm>);

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
                len[f] = u32::try_from(terms.len()).unwrap_or(u32::MAX);
                totals[f] += terms.len() as f64;
                for (pos, t) in terms.iter().enumerate() {
                    let posting = here.entry(t.as_str()).or_insert_with(|| Posting {
                        passage: u32::try_from(i).unwrap_or(u32::MAX),
                        tf: [0; 3],
                        positions: Vec::new(),
                    });
                    posting.tf[f] = posting.tf[f].saturating_add(1);
                    if f == BODY {
                        posting
                            .positions
                            .push(u32::try_from(pos).unwrap_or(u32::MAX));
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
        !self.lists(term).is_empty()
    }

    /// Whether some passage holds every one of the terms.
    pub fn holds_all(&self, terms: &[QueryTerm]) -> bool {
        !terms.is_empty() && !self.find_all(terms).is_empty()
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

    /// The posting lists of a term: its exact forms, and any term with its prefix.
    fn lists(&self, term: &QueryTerm) -> Vec<&[Posting]> {
        let mut lists: Vec<&[Posting]> = term
            .forms
            .iter()
            .filter_map(|f| self.vocab.get(f).map(Vec::as_slice))
            .collect();
        if let Some(prefix) = &term.prefix {
            for (t, postings) in self.vocab.range(prefix.clone()..) {
                if !t.starts_with(prefix.as_str()) {
                    break;
                }
                if !term.forms.contains(t) {
                    lists.push(postings);
                }
            }
        }
        lists
    }

    /// The passages holding a term, in passage order, with its term frequencies per
    /// field added up over its forms. Posting lists are in passage order, so this merges.
    fn find(&self, term: &QueryTerm) -> Found {
        merge(&self.lists(term))
    }

    /// The passages holding every term of a phrase, with term frequencies added up.
    fn find_all(&self, terms: &[QueryTerm]) -> Found {
        let mut iter = terms.iter();
        let Some(first) = iter.next() else {
            return Vec::new();
        };
        let mut found = self.find(first);
        for t in iter {
            let more = self.find(t);
            let mut kept = Vec::with_capacity(found.len().min(more.len()));
            let (mut i, mut j) = (0, 0);
            while i < found.len() && j < more.len() {
                match found[i].0.cmp(&more[j].0) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        let mut tf = found[i].1;
                        for (sum, add) in tf.iter_mut().zip(more[j].1) {
                            *sum += add;
                        }
                        kept.push((found[i].0, tf));
                        i += 1;
                        j += 1;
                    }
                }
            }
            found = kept;
            if found.is_empty() {
                break;
            }
        }
        found
    }

    /// Each way of saying a word (itself, then its translations): its score factor,
    /// the passages holding it, and the terms it is made of.
    fn variants<'w>(&self, w: &'w QuestionWord) -> Vec<Variant<'w>> {
        std::iter::once((1.0, self.find(&w.term), vec![&w.term]))
            .chain(w.expansions.iter().map(|group| {
                (
                    EXPANSION_WEIGHT,
                    self.find_all(group),
                    group.iter().collect(),
                )
            }))
            .collect()
    }

    /// A word's weight for coverage: the IDF of every passage holding it any way; a word
    /// found nowhere weighs as the rarest (a Han pair nothing).
    fn weight(&self, w: &QuestionWord, variants: &[(f64, Found, Vec<&QueryTerm>)]) -> (f64, usize) {
        let mut held: Vec<u32> = variants
            .iter()
            .flat_map(|(_, found, _)| found.iter().map(|(p, _)| *p))
            .collect();
        held.sort_unstable();
        held.dedup();
        let weight = match held.len() {
            0 if w.han_pair => 0.0,
            0 => UNKNOWN_WEIGHT * self.idf(1),
            df => self.idf(df),
        };
        (weight, held.len())
    }

    /// Where a term's words are in a passage's text.
    fn positions(&self, terms: &[&QueryTerm], passage: u32) -> Vec<u32> {
        let mut out = Vec::new();
        for t in terms {
            for list in self.lists(t) {
                if let Ok(i) = list.binary_search_by_key(&passage, |p| p.passage) {
                    out.extend(&list[i].positions);
                }
            }
        }
        out
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
                let variants = self.variants(w);
                let (weight, df) = self.weight(w, &variants);
                (w.term.word.clone(), weight, df)
            })
            .collect()
    }

    /// Every passage holding any of the question's words, best first.
    pub fn rank(&self, words: &[QuestionWord]) -> Vec<Ranked> {
        if self.n == 0 || words.is_empty() {
            return Vec::new();
        }
        // Per passage: the BM25F summed over words, the coverage weight held, the words
        // held; per word and passage, which way of saying it scored (for proximity).
        let mut bm25 = vec![0f64; self.n];
        let mut covered = vec![0f64; self.n];
        let mut held = vec![0u16; self.n];
        let mut touched: Vec<u32> = Vec::new();
        let mut best_variant: Vec<HashMap<u32, usize>> = Vec::with_capacity(words.len());
        let mut all_variants = Vec::with_capacity(words.len());
        let mut total_weight = 0.0;
        let mut word_best = vec![(0f64, 0f64, usize::MAX); self.n];
        for (wi, w) in words.iter().enumerate() {
            let variants = self.variants(w);
            // Two words of one glossary phrase ("urlopu wypoczynkowego") are one idea:
            // the second one adds to the score but not again to what must be covered.
            let same_idea = !w.expansions.is_empty()
                && words[..wi]
                    .iter()
                    .any(|o| w.expansions.iter().all(|g| o.expansions.contains(g)));
            let weight = if same_idea {
                0.0
            } else {
                self.weight(w, &variants).0
            };
            total_weight += weight;
            let mut mine: Vec<u32> = Vec::new();
            for (vi, (factor, found, _)) in variants.iter().enumerate() {
                if found.is_empty() {
                    continue;
                }
                let idf = self.idf(found.len());
                let counts = if *factor < 1.0 {
                    EXPANSION_COVERAGE
                } else {
                    1.0
                };
                for (p, tf) in found {
                    let s = factor * self.bm25f(idf, *p, tf);
                    let slot = &mut word_best[*p as usize];
                    if slot.2 == usize::MAX {
                        mine.push(*p);
                        *slot = (s, counts, vi);
                    } else if s > slot.0 {
                        *slot = (s, counts.max(slot.1), vi);
                    } else {
                        slot.1 = slot.1.max(counts);
                    }
                }
            }
            let mut chosen = HashMap::with_capacity(mine.len());
            for p in mine {
                let (s, counts, vi) = word_best[p as usize];
                word_best[p as usize] = (0.0, 0.0, usize::MAX);
                let i = p as usize;
                if held[i] == 0 {
                    touched.push(p);
                }
                bm25[i] += s;
                covered[i] += weight * counts;
                held[i] += 1;
                chosen.insert(p, vi);
            }
            best_variant.push(chosen);
            all_variants.push(variants);
        }
        if total_weight <= 0.0 {
            return Vec::new();
        }
        let mut ranked: Vec<Ranked> = touched
            .iter()
            .map(|p| {
                let i = *p as usize;
                let coverage = (covered[i] / total_weight).min(1.0);
                Ranked {
                    passage: i,
                    score: bm25[i] * coverage * coverage,
                    coverage,
                    matched: usize::from(held[i]),
                }
            })
            .collect();
        let by_score = |a: &Ranked, b: &Ranked| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.passage.cmp(&b.passage))
        };
        ranked.sort_by(by_score);
        // Proximity for the leaders only: it adds at most 60 %, so it reorders the top.
        for r in ranked.iter_mut().take(PROXIMITY_CANDIDATES) {
            let p = u32::try_from(r.passage).unwrap_or(u32::MAX);
            r.score *= self.proximity_bonus(p, &best_variant, &all_variants);
        }
        ranked.sort_by(by_score);
        ranked
    }

    /// 1 + 15 % for each pair of the question's words found near each other in passage
    /// `p` (each word as it was found there), at most 1.6.
    fn proximity_bonus(
        &self,
        p: u32,
        best_variant: &[HashMap<u32, usize>],
        all_variants: &[Vec<Variant<'_>>],
    ) -> f64 {
        let spots: Vec<Vec<u32>> = best_variant
            .iter()
            .zip(all_variants)
            .filter_map(|(chosen, variants)| {
                chosen.get(&p).map(|vi| self.positions(&variants[*vi].2, p))
            })
            .collect();
        let mut near = 0usize;
        for (a, pa) in spots.iter().enumerate() {
            for pb in &spots[a + 1..] {
                if pa.iter().any(|x| pb.iter().any(|y| x.abs_diff(*y) <= NEAR)) {
                    near += 1;
                }
            }
        }
        1.0 + (0.15 * near as f64).min(0.6)
    }
}

/// Merges posting lists (each in passage order) into one: per passage, the term
/// frequencies added up.
fn merge(lists: &[&[Posting]]) -> Found {
    match lists {
        [] => Vec::new(),
        [one] => one
            .iter()
            .map(|p| (p.passage, p.tf.map(f64::from)))
            .collect(),
        _ => {
            let mut all: Vec<(u32, [f64; 3])> = lists
                .iter()
                .flat_map(|l| l.iter().map(|p| (p.passage, p.tf.map(f64::from))))
                .collect();
            all.sort_unstable_by_key(|(p, _)| *p);
            let mut out: Found = Vec::with_capacity(all.len());
            for (p, tf) in all {
                match out.last_mut() {
                    Some((last, sum)) if *last == p => {
                        for (s, add) in sum.iter_mut().zip(tf) {
                            *s += add;
                        }
                    }
                    _ => out.push((p, tf)),
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Below this share of the question's meaning a passage is not an answer.
    const MIN_COVERAGE: f64 = 0.45;

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
