//! The second way `/ask` finds a passage: BM25 over character n-grams of folded text.
//!
//! Words are matched whole (by their stems) in `rank`; that fails when a reader types a
//! form no stemmer joins ("verlorene" and "Verlust", a German compound, a typo, a word
//! without its diacritics that folds differently). Overlapping three-letter pieces of
//! the folded text still meet there: "verlustgrund" shares "ver", "erl", "rlu", "lus"…
//! with "Verlustgründe". Han text has no spaces and short words, so it is cut into
//! character pairs instead. Both ways are ranked, and `answer` fuses the two rankings.

use super::fold::{fold_into, is_han, words};
use rustc_hash::FxHashMap;

/// BM25's term-frequency saturation and length normalisation.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// An n-gram, packed: three characters of 21 bits each, or a Han pair marked by the
/// top bit.
type Gram = u64;

const HAN_PAIR: Gram = 1 << 63;

fn pack(a: char, b: char, c: char) -> Gram {
    (u64::from(u32::from(a)) << 42) | (u64::from(u32::from(b)) << 21) | u64::from(u32::from(c))
}

/// The n-grams of a text: three-character pieces of its folded words, each word padded
/// by a space on either side and joined to the next by one (so "lost reason" holds
/// "t r"); character pairs of its Han runs.
pub fn grams(text: &str) -> Vec<Gram> {
    let mut out = Vec::with_capacity(text.len());
    let mut latin: Vec<char> = vec![' '];
    for w in words(text) {
        let piece = &text[w.start..w.end];
        if w.han {
            let chars: Vec<char> = piece.chars().filter(|c| is_han(*c)).collect();
            if let [one] = chars[..] {
                out.push(HAN_PAIR | pack('\0', '\0', one));
            }
            out.extend(chars.windows(2).map(|p| HAN_PAIR | pack('\0', p[0], p[1])));
            continue;
        }
        fold_into(piece, &mut latin);
        latin.push(' ');
    }
    out.extend(latin.windows(3).map(|t| pack(t[0], t[1], t[2])));
    out
}

/// The passages of a team as n-gram counts, for BM25.
#[derive(Debug, Clone, Default)]
pub struct GramIndex {
    postings: FxHashMap<Gram, Vec<(u32, u16)>>,
    lens: Vec<u32>,
    avg: f64,
}

/// A passage's n-gram score for a question, and the share of the question's n-grams
/// (each weighted by its rarity) that it holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GramMatch {
    pub passage: usize,
    pub score: f64,
    pub coverage: f64,
}

impl GramIndex {
    /// Indexes each passage's text (its section heading and body, as the caller joins
    /// them), in order.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> GramIndex {
        let mut postings: FxHashMap<Gram, Vec<(u32, u16)>> = FxHashMap::default();
        let mut lens = Vec::new();
        for (i, text) in texts.into_iter().enumerate() {
            let passage = u32::try_from(i).unwrap_or(u32::MAX);
            let mut all = grams(text);
            lens.push(u32::try_from(all.len()).unwrap_or(u32::MAX));
            // Sorted, each n-gram's count is the length of its run.
            all.sort_unstable();
            for run in all.chunk_by(|a, b| a == b) {
                let tf = u16::try_from(run.len()).unwrap_or(u16::MAX);
                postings.entry(run[0]).or_default().push((passage, tf));
            }
        }
        let total: f64 = lens.iter().map(|l| f64::from(*l)).sum();
        let avg = (total / lens.len().max(1) as f64).max(1.0);
        GramIndex {
            postings,
            lens,
            avg,
        }
    }

    fn idf(&self, df: usize) -> f64 {
        let (n, df) = (self.lens.len() as f64, df as f64);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Every passage sharing an n-gram with the question, best first.
    pub fn rank(&self, question: &str) -> Vec<GramMatch> {
        let n = self.lens.len();
        let mut q = grams(question);
        q.sort_unstable();
        q.dedup();
        if n == 0 || q.is_empty() {
            return Vec::new();
        }
        let mut score = vec![0f64; n];
        let mut held = vec![0f64; n];
        let mut touched: Vec<u32> = Vec::new();
        // An n-gram no passage holds weighs as the rarest: a question made of words the
        // documents never use covers little of any passage.
        let rarest = self.idf(0);
        let mut total = 0.0;
        for g in &q {
            let Some(list) = self.postings.get(g) else {
                total += rarest;
                continue;
            };
            let idf = self.idf(list.len());
            total += idf;
            for (p, tf) in list {
                let i = *p as usize;
                if held[i] == 0.0 {
                    touched.push(*p);
                }
                let tf = f64::from(*tf);
                let norm = 1.0 - B + B * f64::from(self.lens[i]) / self.avg;
                score[i] += idf * tf * (K1 + 1.0) / (tf + K1 * norm);
                held[i] += idf;
            }
        }
        let mut out: Vec<GramMatch> = touched
            .into_iter()
            .map(|p| {
                let i = p as usize;
                GramMatch {
                    passage: i,
                    score: score[i],
                    coverage: if total > 0.0 { held[i] / total } else { 0.0 },
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.passage.cmp(&b.passage))
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_without_its_diacritics_or_in_another_form_still_meets_the_text() {
        let index = GramIndex::build([
            "Verlustgründe erstellen und bearbeiten",
            "Verkaufsteams verwalten und Mitglieder hinzufügen",
        ]);
        let ranked = index.rank("verlustgrund nachtraglich andern");
        assert_eq!(ranked[0].passage, 0, "{ranked:?}");
        assert!(ranked[0].coverage > ranked.get(1).map_or(0.0, |r| r.coverage));
    }

    #[test]
    fn han_text_is_matched_by_character_pairs() {
        let index = GramIndex::build(["将商机标记为丢失", "创建销售团队"]);
        let ranked = index.rank("怎么把商机标成丢失");
        assert_eq!(ranked.len(), 1);
        assert_eq!(ranked[0].passage, 0);
    }

    #[test]
    fn words_no_passage_holds_leave_the_coverage_low() {
        let index = GramIndex::build(["lost reasons", "sales teams"]);
        let known = index.rank("lost reasons");
        let unknown = index.rank("parental leave weeks reasons");
        assert!(known[0].coverage > 0.99, "{known:?}");
        assert!(unknown[0].coverage < 0.5, "{unknown:?}");
    }
}
