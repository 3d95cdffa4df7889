//! From what the two searches found to what `/ask` says: the passages fused into one
//! ranking, and whether the best of them answers the question at all.
//!
//! - **Fusion**: reciprocal rank fusion. A passage's score is the sum, over the word
//!   ranking (`rank`) and the n-gram ranking (`grams`), of the ranking's share divided by
//!   `fusion_k` plus its place there. Ranks, not raw scores, are added, because the two
//!   scores are on unrelated scales.
//!   The fused score is then multiplied by the passage's confidence (below) to a power:
//!   a passage that holds more of the question comes first among those ranked alike.
//! - **Declining** is a decision of its own: the best passage answers when its
//!   confidence, a blend of how much of the question's meaning it covers in words and
//!   in n-grams, reaches `min_confidence`. A reader who uses a word the document does
//!   not still leaves most of the question's n-grams in the passage.
//!
//! Every number in `Tuning` was chosen by five-fold cross-validation on a question set
//! not written for Dealbell (`dealbell eval-ask ../shared/data/ask-dev`), which prints
//! the figures on the held-out folds.

use super::grams::GramMatch;
use super::rank::Ranked;
use super::{Lang, Library, QuestionWord};
use std::collections::HashSet;

/// The numbers that turn two rankings into an answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Reciprocal rank fusion's constant: larger flattens the difference between places.
    pub fusion_k: f64,
    /// The n-gram ranking's share of the fused score (the word ranking has the rest).
    pub gram_share: f64,
    /// The word coverage's share of the confidence (the n-gram coverage has the rest).
    pub word_confidence_share: f64,
    /// How strongly a passage's confidence weighs on its fused score (0: not at all).
    pub confidence_power: f64,
    /// Below this confidence `/ask` says it is not sure.
    pub min_confidence: f64,
}

/// Chosen on all of ask-dev's questions ("Chosen on every question" in the report of
/// `dealbell eval-ask ../shared/data/ask-dev`; the held-out figures it prints, and the
/// README quotes, come from choosing on four fifths and scoring the fifth).
pub const TUNED: Tuning = Tuning {
    fusion_k: 1.0,
    gram_share: 0.6,
    word_confidence_share: 0.75,
    confidence_power: 1.0,
    min_confidence: 0.294,
};

/// Answers shown at most.
pub const ANSWERS: usize = 3;

impl Tuning {
    /// How sure a passage is to answer: its word and n-gram coverage, blended.
    pub fn confidence(&self, word_coverage: f64, gram_coverage: f64) -> f64 {
        self.word_confidence_share * word_coverage
            + (1.0 - self.word_confidence_share) * gram_coverage
    }

    /// Which of the ranked passages `/ask` shows, given their confidences best first
    /// (their places): none when the best is below the bar, and it says it is not sure;
    /// otherwise those at or above the bar, at most `ANSWERS`.
    pub fn shown(&self, confidences: impl IntoIterator<Item = f64>) -> Vec<usize> {
        let mut places = Vec::with_capacity(ANSWERS);
        for (place, confidence) in confidences.into_iter().enumerate() {
            if confidence >= self.min_confidence {
                places.push(place);
                if places.len() == ANSWERS {
                    break;
                }
            } else if place == 0 {
                break;
            }
        }
        places
    }
}

/// A passage in a question's script (Arabic, Chinese) counts this much more than an
/// equally ranked one in another: the reader need not translate it.
const SAME_SCRIPT: f64 = 1.5;

/// What both searches found for a question.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// The question's informative words, with their glossary translations.
    pub words: Vec<QuestionWord>,
    /// Translations named under an answer ("also searched").
    pub also: Vec<String>,
    pub by_words: Vec<Ranked>,
    pub by_grams: Vec<GramMatch>,
    /// The question's script, when it says its language for certain.
    pub script: Option<Lang>,
}

/// A passage in the fused ranking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub passage: usize,
    pub score: f64,
    /// The share of the question's meaning its words cover (0 when the word ranking
    /// did not find it).
    pub word_coverage: f64,
    pub gram_coverage: f64,
    /// Question words it holds.
    pub matched: usize,
}

impl Candidate {
    pub fn confidence(&self, tuning: &Tuning) -> f64 {
        tuning.confidence(self.word_coverage, self.gram_coverage)
    }
}

/// Searches the library both ways.
pub fn gather(library: &Library, question: &str) -> Evidence {
    let (mut words, also, phrases) = super::question_words(question);
    library.index.drop_unheld_phrases(&mut words, &phrases);
    let by_words = library.index.rank(&words);
    let by_grams = library.grams.rank(question);
    Evidence {
        words,
        also,
        by_words,
        by_grams,
        script: super::question_script(question),
    }
}

/// How many of the fused passages are kept: enough for the answers and the closest
/// documents of a decline.
const KEPT: usize = 40;

/// The passages both searches found, best first; one per section (a long section's
/// windows are the same place), at most `KEPT`.
pub fn fuse(library: &Library, evidence: &Evidence, tuning: &Tuning) -> Vec<Candidate> {
    let mut slots: Vec<Option<Candidate>> = vec![None; library.passages.len()];
    let blank = |passage: usize| Candidate {
        passage,
        score: 0.0,
        word_coverage: 0.0,
        gram_coverage: 0.0,
        matched: 0,
    };
    let word_share = 1.0 - tuning.gram_share;
    for (place, r) in evidence.by_words.iter().enumerate() {
        if let Some(slot) = slots.get_mut(r.passage) {
            let c = slot.get_or_insert_with(|| blank(r.passage));
            c.score += word_share / (tuning.fusion_k + place as f64 + 1.0);
            c.word_coverage = r.coverage;
            c.matched = r.matched;
        }
    }
    for (place, g) in evidence.by_grams.iter().enumerate() {
        if let Some(slot) = slots.get_mut(g.passage) {
            let c = slot.get_or_insert_with(|| blank(g.passage));
            c.score += tuning.gram_share / (tuning.fusion_k + place as f64 + 1.0);
            c.gram_coverage = g.coverage;
        }
    }
    let mut fused: Vec<Candidate> = slots.into_iter().flatten().collect();
    // A passage that holds more of what was asked comes first among those ranked alike:
    // the n-grams of an English passage can outrank the German passage whose words,
    // through the glossary, say the whole answer.
    if tuning.confidence_power > 0.0 {
        for c in &mut fused {
            c.score *= c.confidence(tuning).powf(tuning.confidence_power);
        }
    }
    if let Some(script) = evidence.script {
        for c in &mut fused {
            if library.passages.get(c.passage).map(|p| p.language) == Some(script) {
                c.score *= SAME_SCRIPT;
            }
        }
    }
    fused.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.passage.cmp(&b.passage))
    });
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    let mut kept = Vec::with_capacity(KEPT);
    for c in fused {
        let Some(p) = library.passages.get(c.passage) else {
            continue;
        };
        if seen.insert((p.title.as_str(), p.heading.as_str())) {
            kept.push(c);
            if kept.len() == KEPT {
                break;
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_below_the_bar_shows_nothing_and_further_answers_need_the_bar_too() {
        let t = Tuning {
            min_confidence: 0.3,
            ..TUNED
        };
        assert_eq!(t.shown([0.2, 0.9, 0.9]), Vec::<usize>::new());
        assert_eq!(t.shown([0.5, 0.1, 0.4, 0.6, 0.7]), vec![0, 2, 3]);
        assert_eq!(t.shown([0.3]), vec![0]);
    }
}
