use super::*;
use std::collections::HashSet;

#[test]
fn names_follow_discords_rules() {
    // Discord: 1-32 chars, lower case, letters/digits/_/-; descriptions 1-100 chars;
    // at most 25 options; required options before optional ones; unique names.
    let valid = |n: &str| {
        !n.is_empty()
            && n.len() <= 32
            && n.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    };
    let mut tops = HashSet::new();
    for top in CATALOGUE {
        assert!(valid(top.name) && tops.insert(top.name), "{}", top.name);
    }
    for cmd in all_commands() {
        assert!(valid(cmd.leaf.name));
        assert!(cmd.options.len() <= 25);
        let mut seen = HashSet::new();
        let mut optional_seen = false;
        for o in cmd.options {
            assert!(
                valid(o.name) && seen.insert(o.name),
                "{} {}",
                cmd.display_path(),
                o.name
            );
            assert!(
                !(o.required && optional_seen),
                "{}: required option {} after an optional one",
                cmd.display_path(),
                o.name
            );
            optional_seen |= !o.required;
            assert!(o.choices.len() <= 25);
        }
    }
}

#[test]
fn every_action_is_declared_once() {
    let actions: Vec<Action> = all_commands().iter().map(|c| c.action).collect();
    let unique: HashSet<String> = actions.iter().map(|a| format!("{a:?}")).collect();
    assert_eq!(unique.len(), actions.len());
}

#[test]
fn resolves_paths() {
    let p = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
    assert_eq!(
        resolve(&p("deal add")).map(|r| r.action).ok(),
        Some(Action::DealAdd)
    );
    assert_eq!(resolve(&p("WIN")).map(|r| r.action).ok(), Some(Action::Win));
    assert!(matches!(
        resolve(&p("deal")),
        Err(PathError::NeedsSubcommand { .. })
    ));
    assert!(matches!(
        resolve(&p("deal fly")),
        Err(PathError::UnknownSubcommand { .. })
    ));
    assert!(matches!(resolve(&p("dance")), Err(PathError::Unknown(_))));
    assert_eq!(
        resolve(&p("team link")).map(|r| r.access()).ok(),
        Some(Access::Manager)
    );
}
