//! Stopwords, stemming and the index form of a document's text.

use super::Lang;
use super::fold::{bigrams, fold, han_words, is_arabic, words};
use snowstem::{Algorithm, Stemmer};

/// Common words of each language, folded, that say nothing about what is asked:
/// question words, articles, pronouns, prepositions and auxiliaries.
pub(super) const STOPWORDS: &[&str] = &[
    // English
    "give",
    "get",
    "gets",
    "need",
    "want",
    "make",
    "use",
    "happen",
    "happens",
    "know",
    "tell",
    "find",
    "take",
    "go",
    "come",
    "see",
    "say",
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "been",
    "by",
    "can",
    "could",
    "do",
    "does",
    "did",
    "for",
    "from",
    "has",
    "have",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "me",
    "more",
    "most",
    "much",
    "many",
    "my",
    "no",
    "not",
    "of",
    "on",
    "or",
    "our",
    "should",
    "so",
    "some",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "us",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "about",
    "any",
    "after",
    "all",
    "also",
    "before",
    "each",
    "every",
    "just",
    "long",
    "often",
    "only",
    "other",
    "over",
    "fast",
    "quickly",
    "exactly",
    // German
    "geben",
    "gebe",
    "bekommt",
    "brauche",
    "brauchen",
    "machen",
    "mache",
    "wissen",
    "passiert",
    "passieren",
    "erhalte",
    "finden",
    "sagen",
    "am",
    "auf",
    "aus",
    "bei",
    "bekomme",
    "bekommen",
    "bin",
    "bis",
    "das",
    "dass",
    "dem",
    "den",
    "der",
    "des",
    "die",
    "doch",
    "du",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "es",
    "fur",
    "gibt",
    "hat",
    "haben",
    "ich",
    "im",
    "ist",
    "ja",
    "kann",
    "konnen",
    "man",
    "mehr",
    "mein",
    "meine",
    "meinem",
    "meiner",
    "mit",
    "muss",
    "mussen",
    "nach",
    "nicht",
    "noch",
    "nur",
    "ob",
    "oder",
    "schon",
    "sehr",
    "sein",
    "seine",
    "sie",
    "sind",
    "soll",
    "sollen",
    "uber",
    "um",
    "und",
    "uns",
    "unser",
    "viel",
    "von",
    "vor",
    "wann",
    "war",
    "welche",
    "welcher",
    "welches",
    "wenn",
    "wer",
    "werde",
    "werden",
    "wie",
    "oft",
    "wieviel",
    "wir",
    "wird",
    "wo",
    "wurde",
    "zu",
    "zum",
    "zur",
    "darf",
    "durfen",
    "gilt",
    "gelten",
    "dann",
    "auch",
    // Polish
    "dac",
    "dostac",
    "dostane",
    "miec",
    "zrobic",
    "wiedziec",
    "robic",
    "prosze",
    "aby",
    "ale",
    "bez",
    "byc",
    "co",
    "czy",
    "dla",
    "gdy",
    "gdzie",
    "ile",
    "jak",
    "jaka",
    "jaki",
    "jakie",
    "jakim",
    "jest",
    "juz",
    "ktora",
    "ktore",
    "ktory",
    "kiedy",
    "mam",
    "mi",
    "moja",
    "moje",
    "moj",
    "moge",
    "mozna",
    "na",
    "nad",
    "nie",
    "o",
    "od",
    "oraz",
    "po",
    "pod",
    "powinno",
    "powinien",
    "przez",
    "przy",
    "sa",
    "ta",
    "tak",
    "te",
    "tego",
    "ten",
    "trzeba",
    "tu",
    "tylko",
    "tym",
    "w",
    "wiec",
    "z",
    "za",
    "ze",
    "zeby",
    "czym",
    "kto",
    "komu",
    // Romanian
    "primi",
    "avea",
    "face",
    "trebuie",
    "stiu",
    "vreau",
    "spune",
    "al",
    "ar",
    "au",
    "ca",
    "care",
    "cat",
    "cata",
    "cate",
    "cand",
    "ce",
    "intampla",
    "cea",
    "cel",
    "cine",
    "cu",
    "cum",
    "da",
    "daca",
    "de",
    "din",
    "dupa",
    "e",
    "eu",
    "fara",
    "fi",
    "iar",
    "il",
    "intr",
    "la",
    "le",
    "li",
    "lor",
    "mai",
    "ma",
    "mea",
    "meu",
    "mie",
    "nu",
    "pe",
    "pentru",
    "pot",
    "poate",
    "se",
    "si",
    "sau",
    "sunt",
    "sub",
    "un",
    "una",
    "unde",
    "va",
    "este",
    // Arabic
    "ما",
    "ماذا",
    "كيف",
    "هل",
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "هو",
    "هي",
    "انا",
    "كم",
    "متي",
    "اين",
    "لماذا",
    "التي",
    "الذي",
    "و",
    "او",
    "ان",
    "اذا",
    "لا",
    "مع",
    "بعد",
    "قبل",
    "حتي",
    "ثم",
    "كان",
    "يوجد",
    "هناك",
    "ذلك",
    "هذا",
    "هذه",
    "كل",
    "اي",
    "يمكنني",
    "يمكن",
    "لي",
    "لنا",
    "يتم",
    // Chinese
    "怎么",
    "什么",
    "多少",
    "如何",
    "我的",
    "是否",
    "可以",
    "哪些",
    "为什",
    "么计",
    "时候",
    "多久",
    "一次",
    "有多",
    "有什",
    "么奖",
    "吗",
    "呢",
    "哪里",
    "在哪",
    "一起",
    "他的",
    "她的",
    "谁",
];

/// Chinese characters that, standing alone in a question, are grammar rather than
/// meaning: particles, pronouns, measure words, question words, verbs of being, having
/// and being able, prepositions, conjunctions and adverbs of degree and time.
pub(super) const HAN_GRAMMAR: &[&str] = &[
    "的", "了", "是", "在", "有", "和", "与", "及", "或", "会", "能", "要", "到", "给", "对", "把",
    "被", "让", "我", "你", "您", "他", "她", "它", "们", "这", "那", "哪", "谁", "吗", "呢", "吧",
    "啊", "呀", "多", "少", "几", "个", "位", "名", "次", "一", "不", "没", "也", "都", "就", "还",
    "又", "很", "太", "更", "最", "怎", "么", "什", "为", "如", "何", "时", "后", "前", "里", "上",
    "下", "中", "可", "以", "该", "应", "需", "得", "地", "着", "过", "从", "向", "按", "比", "才",
    "再", "已", "将", "每", "各", "其", "些", "所", "等", "并", "而", "但", "则", "即", "由", "于",
    "之", "此", "请", "做", "算", "带", "内", "外",
];

pub(super) fn stem_with(algorithm: Algorithm, folded: &str) -> String {
    Stemmer::create(algorithm).stem(folded).into_owned()
}

/// The stemmers a word of unknown language is tried in (a question's language is a
/// guess): every Latin-script language Dealbell reads, or Arabic's for Arabic script.
pub(super) fn stemmers_for(folded: &str) -> &'static [Algorithm] {
    if folded.chars().any(is_arabic) {
        &[Algorithm::Arabic]
    } else {
        &[
            Algorithm::English,
            Algorithm::German,
            Algorithm::Romanian,
            Algorithm::Polish,
        ]
    }
}

/// A folded word and its stems in every stemmer it may belong to.
pub(super) fn forms_of(folded: &str) -> Vec<String> {
    let mut forms = vec![folded.to_string()];
    for a in stemmers_for(folded) {
        let s = stem_with(*a, folded);
        if !s.is_empty() && !forms.contains(&s) {
            forms.push(s);
        }
    }
    if folded.chars().any(is_arabic) {
        let light = arabic_light(folded);
        if !forms.contains(&light) {
            forms.push(light);
        }
    }
    forms
}

/// The index form of one folded non-Han word in a document of `lang`.
pub(super) fn doc_form(folded: &str, lang: Lang) -> String {
    if folded.chars().any(is_arabic) {
        return stem_with(Algorithm::Arabic, folded);
    }
    match lang.stemmer() {
        Some(a) if a != Algorithm::Arabic => stem_with(a, folded),
        _ => folded.to_string(),
    }
}

/// Light stemming for Arabic, beside Snowball's: the article with the conjunctions and
/// prepositions joined to it, and the commonest plural, dual and pronoun endings, so
/// that "العقود" and "عقود", "الخصومات" and "خصم" meet where Snowball's stems (roots for
/// some words, not for others) leave them apart. At least three letters stay.
pub(super) fn arabic_light(folded: &str) -> String {
    let mut w: Vec<char> = folded.chars().collect();
    for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        let p: Vec<char> = prefix.chars().collect();
        if w.len() >= p.len() + 3 && w.starts_with(&p) {
            w.drain(..p.len());
            break;
        }
    }
    for suffix in ["ات", "ون", "ين", "ان", "ها", "ه", "ي"] {
        let sfx: Vec<char> = suffix.chars().collect();
        if w.len() >= sfx.len() + 3 && w.ends_with(&sfx) {
            w.truncate(w.len() - sfx.len());
            break;
        }
    }
    w.into_iter().collect()
}

/// The terms FTS5 indexes for a passage: folded, stemmed, Han text in pairs, joined by
/// spaces.
pub fn index_terms(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    for w in words(text) {
        let piece = &text[w.start..w.end];
        if w.han {
            for b in bigrams(piece) {
                out.push_str(&b);
                out.push(' ');
            }
            // Words of three or more characters as well (a two-character word is a pair).
            for word in han_words(piece) {
                if word.chars().count() >= 3 {
                    out.push_str(&word);
                    out.push(' ');
                }
            }
        } else {
            let folded = fold(piece);
            if !folded.is_empty() {
                let form = doc_form(&folded, lang);
                out.push_str(&form);
                out.push(' ');
                if folded.chars().any(is_arabic) {
                    let light = arabic_light(&folded);
                    if light != form {
                        out.push_str(&light);
                        out.push(' ');
                    }
                }
            }
        }
    }
    out.trim_end().to_string()
}
