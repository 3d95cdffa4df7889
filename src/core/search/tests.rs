use super::split::windows;
use super::*;

/// How many of the terms a passage's index terms contain.
fn matched(terms: &[QueryTerm], passage_terms: &str) -> usize {
    let set: std::collections::HashSet<&str> = passage_terms.split(' ').collect();
    terms
        .iter()
        .filter(|t| {
            t.forms.iter().any(|f| set.contains(f.as_str()))
                || t.prefix
                    .as_deref()
                    .is_some_and(|p| set.iter().any(|s| s.starts_with(p)))
        })
        .count()
}

#[test]
fn folding_handles_letters_nfd_does_not() {
    assert_eq!(fold("PROWIZJA"), "prowizja");
    assert_eq!(fold("płatność"), "platnosc");
    assert_eq!(fold("Straße"), "strasse");
    assert_eq!(fold("vânzări"), "vanzari");
    assert_eq!(fold("Ţară"), "tara");
    assert_eq!(fold("Provisionsübersicht"), "provisionsubersicht");
    assert_eq!(fold("العُمولة"), "العموله");
    assert_eq!(fold("أجر"), "اجر");
}

#[test]
fn han_text_is_indexed_in_pairs_and_dictionary_words() {
    // Pairs find 客户 inside 客户经理; jieba's word of four characters is indexed too.
    assert_eq!(
        index_terms("客户经理", Lang::Chinese),
        "客户 户经 经理 客户经理"
    );
    assert_eq!(index_terms("佣金 A", Lang::Chinese), "佣金 a");
    // A question is searched by jieba's words, not by pairs that straddle two words.
    let q = query_terms("客户怎么付款");
    let words: Vec<&str> = q.iter().map(|t| t.word.as_str()).collect();
    assert_eq!(words, vec!["客户", "付款"], "怎么 is a stopword");
    let q = query_terms("公司年会在哪里举行");
    let words: Vec<&str> = q.iter().map(|t| t.word.as_str()).collect();
    assert_eq!(words, vec!["公司", "举行"], "no 司年 or 会在");
}

#[test]
fn polish_is_stemmed_and_unaccented_questions_meet_the_text() {
    // Snowball's Polish stemmer, on folded text: the same form for both sides.
    let doc = index_terms("Handlowcy aktualizują prognozę co tydzień", Lang::Polish);
    let q = query_terms("prognoze handlowcow");
    assert_eq!(matched(&q, &doc), 2, "{doc} / {q:?}");
}

#[test]
fn glossary_translations_are_stemmed_in_their_own_language_only() {
    let (words, also, _) = question_words("Can I use the company phone?");
    let phone = words.iter().find(|w| w.term.word == "phone").unwrap();
    // "Handy" is German: no prefix that would find "handlowiec".
    let handy = phone
        .expansions
        .iter()
        .flatten()
        .find(|t| t.word == "Handy")
        .unwrap();
    assert_eq!(handy.prefix, None);
    assert!(also.iter().any(|a| a == "Diensthandy"));
}

#[test]
fn inflected_forms_meet() {
    // German: the document is stemmed in German, the question in every stemmer.
    let doc = index_terms("Die Provision wird monatlich gezahlt.", Lang::German);
    let q = query_terms("Provisionen");
    assert_eq!(matched(&q, &doc), 1, "{doc} / {q:?}");
    // Polish: no stemmer, so a prefix.
    let doc = index_terms("Prowizja jest wypłacana co miesiąc.", Lang::Polish);
    let q = query_terms("prowizji");
    assert_eq!(q[0].prefix.as_deref(), Some("prowiz"));
    assert_eq!(matched(&q, &doc), 1);
    let q = query_terms("platnosc");
    assert_eq!(
        matched(&q, &index_terms("Płatność w terminie", Lang::Polish)),
        1
    );
    // English.
    let doc = index_terms("Commissions are paid monthly", Lang::English);
    assert_eq!(matched(&query_terms("commission months"), &doc), 2);
    // Romanian without diacritics in the question.
    let doc = index_terms("Obiectivele de vânzări sunt trimestriale", Lang::Romanian);
    assert_eq!(matched(&query_terms("vanzari"), &doc), 1);
}

#[test]
fn stopwords_are_not_searched() {
    let words: Vec<String> = query_terms("What is the commission for a deal?")
        .into_iter()
        .map(|t| t.word)
        .collect();
    assert_eq!(words, vec!["commission", "deal"]);
    assert!(query_terms("what is the").is_empty());
}

#[test]
fn own_number_questions_are_recognised() {
    assert_eq!(
        own_numbers("How much commission do I have?"),
        Some(OwnNumbers::Commission)
    );
    assert_eq!(own_numbers("What is my quota?"), Some(OwnNumbers::Quota));
    assert_eq!(
        own_numbers("Wie hoch ist meine Provision?"),
        Some(OwnNumbers::Commission)
    );
    assert_eq!(
        own_numbers("Jaka jest moja prowizja?"),
        Some(OwnNumbers::Commission)
    );
    assert_eq!(own_numbers("Care este cota mea?"), Some(OwnNumbers::Quota));
    assert_eq!(own_numbers("我的佣金是多少"), Some(OwnNumbers::Commission));
    assert_eq!(own_numbers("كم عمولتي؟"), Some(OwnNumbers::Commission));
    assert_eq!(
        own_numbers("How are commissions calculated?"),
        None,
        "about the plan, not mine"
    );
    assert_eq!(own_numbers("Wie werden Provisionen berechnet?"), None);
}

#[test]
fn languages_are_told_apart() {
    assert_eq!(
        detect_language("The commission is paid on the first of the month and you get it"),
        Lang::English
    );
    assert_eq!(
        detect_language("Die Provision ist für alle und wird mit dem Gehalt gezahlt"),
        Lang::German
    );
    assert_eq!(
        detect_language("Prowizja jest wypłacana w ciągu miesiąca i nie podlega zmianie"),
        Lang::Polish
    );
    assert_eq!(
        detect_language("Comisionul este plătit lunar și pentru toate vânzările"),
        Lang::Romanian
    );
    assert_eq!(detect_language("تدفع العمولة شهريا"), Lang::Arabic);
    assert_eq!(detect_language("佣金每月支付一次"), Lang::Chinese);
}

#[test]
fn highlights_matching_words_in_the_original_text() {
    let q = query_terms("Provisionen Auszahlung");
    let h = highlight(
        "Die Provision wird nach der Auszahlung fällig.",
        Lang::German,
        &q,
        200,
    );
    assert_eq!(h, "Die **Provision** wird nach der **Auszahlung** fällig.");
    let q = query_terms("客户");
    assert_eq!(
        highlight("新客户经理", Lang::Chinese, &q, 200),
        "新**客户**经理"
    );
}

#[test]
fn odd_text_never_breaks_indexing_or_highlighting() {
    let pieces = [
        "e\u{301}", "👍🏽", "\u{3000}", "ﷺ", "ـــ", "İ", "ﬁ", "\u{200f}", "a-b", "#", "客", "١٢٣",
        " ", "\n",
    ];
    let mut x: u64 = 1;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(x >> 33) as usize % pieces.len()]);
        }
        let q = query_terms(&text);
        let _ = index_terms(&text, detect_language(&text));
        let _ = highlight(&text, Lang::English, &q, 20);
        let _ = split(&text);
        let _ = own_numbers(&text);
    }
}

#[test]
fn documents_split_by_heading_and_long_sections_overlap() {
    let doc = "# Playbook\nIntro.\n## Discovery\nAsk questions.\n### Budget\nAsk about money.\n## Closing\nSign.";
    let (title, passages) = split(doc);
    assert_eq!(title.as_deref(), Some("Playbook"));
    let headings: Vec<&str> = passages.iter().map(|p| p.heading.as_str()).collect();
    assert_eq!(
        headings,
        vec![
            "Playbook",
            "Playbook › Discovery",
            "Playbook › Discovery › Budget",
            "Playbook › Closing"
        ]
    );
    let long = "word ".repeat(600);
    let parts = windows(long.trim());
    assert!(parts.len() >= 3, "{}", parts.len());
    assert!(parts.iter().all(|p| p.chars().count() <= PASSAGE_CHARS));
    assert!(
        parts
            .iter()
            .all(|p| p.starts_with("word") && p.ends_with("word"))
    );
}

#[test]
fn when_and_how_questions_about_commission_go_to_the_documents() {
    for q in [
        "Wann bekomme ich meine Provision ausgezahlt?",
        "When is my commission paid?",
        "How is my commission calculated?",
        "Kiedy dostanę moją prowizję?",
    ] {
        assert_eq!(own_numbers(q), None, "{q}");
    }
    assert_eq!(
        own_numbers("How much commission do I have?"),
        Some(OwnNumbers::Commission)
    );
}

#[test]
fn arabic_light_stemming_joins_what_snowball_leaves_apart() {
    assert_eq!(super::stem::arabic_light("العقود"), "عقود");
    assert_eq!(super::stem::arabic_light(&fold("الخصومات")), "خصوم");
    assert_eq!(
        super::stem::arabic_light("وال"),
        "وال",
        "too short to strip"
    );
    let doc = index_terms("العقود متعددة السنوات", Lang::Arabic);
    assert!(doc.split(' ').any(|t| t == "عقود"), "{doc}");
    let q = query_terms("عقود");
    assert_eq!(matched(&q, &doc), 1, "{doc} / {q:?}");
}
#[test]
fn a_chinese_question_is_translated_by_the_glossary() {
    // jieba's words of the question meet the glossary's Chinese column, so a Chinese
    // question finds an English, German or Arabic passage.
    let (words, shown, _) = super::query::question_words("最多可以给多少折扣？");
    let discount = words
        .iter()
        .find(|w| w.term.word == "折扣")
        .expect("折扣 is a question word");
    assert!(
        discount
            .expansions
            .iter()
            .any(|group| group.iter().any(|t| t.matches("discount"))),
        "{:?}",
        discount.expansions
    );
    assert!(shown.iter().any(|s| s == "Rabatt"), "{shown:?}");
}

#[test]
fn neighbouring_characters_jieba_leaves_alone_are_searched_as_their_pair() {
    // jieba cuts "几天年假" into 几天 / 年 / 假: the pair 年假 (annual leave) is the
    // question's word, so a passage holding only 几天 does not answer it.
    let words: Vec<String> = super::query::query_terms("我有几天年假？")
        .into_iter()
        .map(|t| t.word)
        .collect();
    assert!(words.contains(&"年假".to_string()), "{words:?}");
    // A lone character beside a word or beside grammar stays left out ("归" in "归谁").
    let words: Vec<String> = super::query::query_terms("他的客户归谁？")
        .into_iter()
        .map(|t| t.word)
        .collect();
    assert!(!words.iter().any(|w| w.contains('归')), "{words:?}");
}
