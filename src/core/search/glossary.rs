//! The sales-operations glossary (`config/glossary.tsv`): one concept per line in the
//! six languages Dealbell reads. A question's words that name a concept are expanded
//! into the concept's words in the other languages, so "commission" also searches
//! "Provision", "prowizja" and "佣金".

use super::Lang;
use super::fold::{fold, is_han, words};
use super::stem::forms_of;
use std::collections::HashSet;
use std::sync::OnceLock;

const GLOSSARY_TSV: &str = include_str!("../../../config/glossary.tsv");

/// The languages of the file's columns, in order.
const COLUMNS: [Lang; 6] = Lang::ALL;

/// One way of saying a concept: its folded words, each with the forms that match it.
#[derive(Debug, Clone)]
struct Phrase {
    text: String,
    lang: Lang,
    /// For Han text: the folded characters; matched as a substring.
    han: Option<String>,
    tokens: Vec<HashSet<String>>,
}

#[derive(Debug, Clone)]
struct Concept {
    phrases: Vec<Phrase>,
}

/// The glossary, parsed once.
#[derive(Debug)]
pub struct Glossary {
    concepts: Vec<Concept>,
}

/// One concept a question names: the question's words it covers (by their position
/// among the question's words) and the concept's other phrases to search for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub covers: Vec<usize>,
    /// The Han phrases of the concept found in the question's Han text.
    pub named_han: Vec<String>,
    /// The phrases of several words the question used ("parental leave").
    pub named_phrases: Vec<String>,
    /// The concept's other phrases, each with its language.
    pub also: Vec<(String, Lang)>,
}

fn phrase(text: &str, lang: Lang) -> Option<Phrase> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let folded = fold(text);
    if folded.chars().all(is_han) {
        return Some(Phrase {
            text: text.to_string(),
            lang,
            han: Some(folded),
            tokens: Vec::new(),
        });
    }
    let tokens: Vec<HashSet<String>> = words(text)
        .iter()
        .map(|w| forms_of(&fold(&text[w.start..w.end])).into_iter().collect())
        .collect();
    (!tokens.is_empty()).then(|| Phrase {
        text: text.to_string(),
        lang,
        han: None,
        tokens,
    })
}

impl Glossary {
    pub fn parse(tsv: &str) -> Glossary {
        let concepts = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1) // the header: the languages
            .map(|line| Concept {
                phrases: line
                    .split('\t')
                    .zip(COLUMNS)
                    .flat_map(|(cell, lang)| cell.split('|').filter_map(move |p| phrase(p, lang)))
                    .collect(),
            })
            .filter(|c| c.phrases.len() > 1)
            .collect();
        Glossary { concepts }
    }

    /// The glossary compiled into Dealbell.
    pub fn built_in() -> &'static Glossary {
        static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
        GLOSSARY.get_or_init(|| Glossary::parse(GLOSSARY_TSV))
    }

    pub fn concepts(&self) -> usize {
        self.concepts.len()
    }

    pub fn phrases(&self) -> usize {
        self.concepts.iter().map(|c| c.phrases.len()).sum()
    }

    /// The concepts `question` names. `tokens` are the forms of each of the question's
    /// (non-Han) words in order, `han` its folded Han text.
    pub fn expand(&self, tokens: &[Vec<String>], han: &str) -> Vec<Expansion> {
        let mut out = Vec::new();
        for concept in &self.concepts {
            let mut covers: Vec<usize> = Vec::new();
            let mut named: Vec<usize> = Vec::new();
            let mut named_han: Vec<String> = Vec::new();
            let mut named_phrases: Vec<String> = Vec::new();
            for (i, p) in concept.phrases.iter().enumerate() {
                if let Some(h) = &p.han {
                    if !han.is_empty() && han.contains(h.as_str()) {
                        named.push(i);
                        named_han.push(h.clone());
                    }
                    continue;
                }
                let n = p.tokens.len();
                if n == 0 || n > tokens.len() {
                    continue;
                }
                for start in 0..=tokens.len() - n {
                    let fits = p
                        .tokens
                        .iter()
                        .enumerate()
                        .all(|(k, forms)| tokens[start + k].iter().any(|f| forms.contains(f)));
                    if fits {
                        named.push(i);
                        covers.extend(start..start + n);
                        if n > 1 {
                            named_phrases.push(p.text.clone());
                        }
                    }
                }
            }
            if named.is_empty() {
                continue;
            }
            covers.sort_unstable();
            covers.dedup();
            let also = concept
                .phrases
                .iter()
                .enumerate()
                .filter(|(i, _)| !named.contains(i))
                .map(|(_, p)| (p.text.clone(), p.lang))
                .collect();
            out.push(Expansion {
                covers,
                named_han,
                named_phrases,
                also,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(question: &str) -> Vec<Vec<String>> {
        words(question)
            .iter()
            .filter(|w| !w.han)
            .map(|w| forms_of(&fold(&question[w.start..w.end])))
            .collect()
    }

    #[test]
    fn the_built_in_glossary_has_a_hundred_concepts_in_six_languages() {
        let g = Glossary::built_in();
        assert!(g.concepts() >= 100, "{}", g.concepts());
        assert!(g.phrases() >= 600, "{}", g.phrases());
    }

    #[test]
    fn an_english_word_expands_into_the_other_languages() {
        let g = Glossary::built_in();
        let found = g.expand(&forms("When is my commission paid?"), "");
        let also: Vec<&str> = found
            .iter()
            .flat_map(|e| e.also.iter().map(|(a, _)| a.as_str()))
            .collect();
        for word in ["Provision", "prowizja", "comision", "عمولة", "佣金"] {
            assert!(also.contains(&word), "{word} missing from {also:?}");
        }
    }

    #[test]
    fn inflected_and_unaccented_words_name_the_concept_too() {
        let g = Glossary::built_in();
        // "prowizji" (genitive) and "Rueckforderung"-style spelling without diacritics.
        let found = g.expand(&forms("Kiedy dostane prowizji?"), "");
        assert!(
            found
                .iter()
                .any(|e| e.also.iter().any(|(a, _)| a == "commission"))
        );
        let found = g.expand(&forms("sprzedazy"), "");
        assert!(
            found
                .iter()
                .any(|e| e.also.iter().any(|(a, _)| a == "revenue"))
        );
    }

    #[test]
    fn a_phrase_covers_all_its_words_and_chinese_is_found_inside_a_question() {
        let g = Glossary::built_in();
        let found = g.expand(&forms("What are the standard payment terms?"), "");
        let terms = found
            .iter()
            .find(|e| e.also.iter().any(|(a, _)| a == "شروط الدفع"))
            .expect("payment terms");
        assert_eq!(terms.covers, vec![4, 5], "payment and terms");
        let found = g.expand(&[], &fold("佣金什么时候发放"));
        assert!(
            found
                .iter()
                .any(|e| e.also.iter().any(|(a, _)| a == "commission"))
        );
    }
}
