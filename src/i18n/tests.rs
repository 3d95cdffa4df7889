use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message of a catalogue, with the variables it uses anywhere (selectors too).
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    messages_of(language.key(), source(language))
}

fn messages_of(name: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name} does not parse: {errors:?}"),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            assert!(
                found
                    .insert(message.id.name.to_string(), variables)
                    .is_none(),
                "{name}: {} twice",
                message.id.name
            );
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, into),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        _ => {}
    }
}

#[test]
fn every_catalogue_has_the_english_messages_with_the_same_variables() {
    let english = messages(Language::En);
    assert!(english.len() >= 5, "{english:?}");
    for language in Language::ALL.iter().copied().filter(|l| *l != Language::En) {
        let translated = messages(language);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !translated.contains_key(*k))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.key());
        assert!(
            extra.is_empty(),
            "{} has messages English has not: {extra:?}",
            language.key()
        );
        for (key, variables) in &english {
            assert_eq!(
                &translated[key],
                variables,
                "{}: {key} uses other variables than English",
                language.key()
            );
        }
    }
}

#[test]
fn the_check_sees_variables_in_text_and_in_selectors() {
    let found = messages_of(
        "sample",
        "a = { $rep } won\nb = { $n ->\n    [one] one\n   *[other] many\n}\nc = plain\n",
    );
    let names = |key: &str| found[key].iter().cloned().collect::<Vec<_>>();
    assert_eq!(names("a"), ["rep"]);
    assert_eq!(names("b"), ["n"]);
    assert!(names("c").is_empty());
}

#[test]
fn every_message_formats_in_every_language_without_falling_back() {
    for language in Language::ALL.iter().copied() {
        let bundle = bundle_of(language).expect("bundle");
        for key in messages(language).keys() {
            let pattern = bundle.get_message(key).and_then(|m| m.value());
            assert!(pattern.is_some(), "{}: {key} has no value", language.key());
        }
    }
}

fn deals(language: Language, count: i64) -> String {
    Words::new(language).say_with("deals-count", &[("count", count.into())])
}

#[test]
fn plural_forms_follow_each_language() {
    let polish: Vec<String> = [1, 2, 5, 22, 25].map(|n| deals(Language::Pl, n)).into();
    assert_eq!(
        polish,
        [
            "1 transakcja",
            "2 transakcje",
            "5 transakcji",
            "22 transakcje",
            "25 transakcji"
        ]
    );
    let arabic: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| deals(Language::Ar, n)).into();
    assert_eq!(
        arabic,
        [
            "لا صفقات",
            "صفقة واحدة",
            "صفقتان",
            "\u{2068}3\u{2069} صفقات",
            "\u{2068}11\u{2069} صفقة",
            "\u{2068}100\u{2069} صفقة",
        ]
    );
    let romanian: Vec<String> = [1, 2, 20].map(|n| deals(Language::Ro, n)).into();
    assert_eq!(
        romanian,
        ["1 tranzacție", "2 tranzacții", "20 de tranzacții"]
    );
    assert_eq!(deals(Language::De, 1), "1 Abschluss");
    assert_eq!(deals(Language::De, 3), "3 Abschlüsse");
    assert_eq!(deals(Language::ZhCn, 3), "3 笔交易");
    assert_eq!(deals(Language::En, 1), "1 deal");
}

#[test]
fn a_message_no_catalogue_has_is_its_key_not_a_panic() {
    assert_eq!(
        Words::new(Language::Pl).say("no-such-message"),
        "no-such-message"
    );
}

#[test]
fn each_translation_describes_every_command_and_only_those() {
    // Every command, subcommand and option (Discord's menu; Arabic, which Discord's
    // menu lacks, for /help), and every choice's name.
    let expected: BTreeSet<String> = crate::commands::catalogue::description_keys()
        .into_iter()
        .chain(crate::commands::catalogue::choice_keys())
        .collect();
    for language in Language::ALL.iter().copied() {
        let described = messages_of(language.key(), command_source(language));
        let keys: BTreeSet<String> = described.keys().cloned().collect();
        let missing: Vec<&String> = expected.difference(&keys).collect();
        let extra: Vec<&String> = keys.difference(&expected).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: commands.ftl lacks {missing:?} and has {extra:?} the catalogue does not",
            language.key()
        );
        for key in &keys {
            let text = Words::new(language).translation(key).unwrap();
            // Discord's limit for a description.
            assert!(
                (1..=100).contains(&text.chars().count()),
                "{}: {key} is {} characters",
                language.key(),
                text.chars().count()
            );
        }
    }
}

#[test]
fn every_amount_an_amount_hint_offers_is_read() {
    // The hint after a mistyped amount shows how to write one: each example, in each
    // language, must be one Dealbell reads.
    let eur = crate::core::money::Currency::from_code("EUR").unwrap();
    for language in Language::ALL.iter().copied() {
        let hint = Words::new(language).say("error-amount-hint");
        // The examples start at the first digit (or currency sign) and run to the end.
        let first = hint
            .find(|c: char| c.is_ascii_digit() || c == '$' || c == '€')
            .unwrap_or(0);
        let list = hint[first..].trim().trim_end_matches(['.', '。']);
        let mut examples = vec![list.to_string()];
        for separator in [
            ", ", "、", " or ", " oder ", " albo ", " sau ", "或", " أو ",
        ] {
            examples = examples
                .iter()
                .flat_map(|e| e.split(separator).map(str::to_string).collect::<Vec<_>>())
                .collect();
        }
        assert!(examples.len() >= 5, "{}: {examples:?}", language.key());
        for example in examples {
            assert!(
                crate::core::money::Money::parse(example.trim(), eur).is_ok(),
                "{}: the hint offers {example:?}, which does not read",
                language.key()
            );
        }
    }
}

#[test]
fn the_terminal_speaks_the_flag_else_the_environment_locale_else_english() {
    use super::terminal_language;
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(terminal_language(None, env(&[])), Language::En);
    assert_eq!(
        terminal_language(None, env(&[("LANG", "de_DE.UTF-8")])),
        Language::De
    );
    // LC_ALL decides over LANG, and an empty one does not count.
    assert_eq!(
        terminal_language(
            None,
            env(&[("LC_ALL", "pl_PL.UTF-8"), ("LANG", "de_DE.UTF-8")])
        ),
        Language::Pl
    );
    assert_eq!(
        terminal_language(None, env(&[("LC_ALL", ""), ("LC_MESSAGES", "ro_RO.UTF-8")])),
        Language::Ro
    );
    // C is English, whatever LANG says; traditional Chinese is not simplified Chinese.
    assert_eq!(
        terminal_language(None, env(&[("LC_ALL", "C.UTF-8"), ("LANG", "de_DE")])),
        Language::En
    );
    assert_eq!(
        terminal_language(None, env(&[("LANG", "zh_TW.UTF-8")])),
        Language::En
    );
    assert_eq!(
        terminal_language(None, env(&[("LANG", "zh_CN.UTF-8")])),
        Language::ZhCn
    );
    assert_eq!(
        terminal_language(Some(Language::Ar), env(&[("LANG", "de_DE.UTF-8")])),
        Language::Ar
    );
}
