//! The shape the README's architecture section promises, checked on the sources: every
//! import goes down the README's picture, no import circle between the parts of src/, a
//! core without I/O, and no file over 600 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

pub(crate) fn src_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    sources(&root, &mut paths);
    paths.sort();
    paths
        .into_iter()
        // Unit tests in files of their own (`mod tests;`) may use what they like.
        .filter(|p| p.file_name().is_none_or(|n| n != "tests.rs"))
        .map(|p| {
            let rel = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The part of src/ a file belongs to: its folder, or its own name at the top.
fn part(rel: &str) -> String {
    rel.split('/')
        .next()
        .unwrap()
        .trim_end_matches(".rs")
        .to_string()
}

/// Code without its unit tests (test modules may use what they like): cut at the
/// `#[cfg(test)] mod …`, not at a test-only item before it (a helper the tests share),
/// which would hide the code after it.
pub(crate) fn without_tests(text: &str) -> &str {
    const MARK: &str = "#[cfg(test)]";
    let mut from = 0;
    while let Some(at) = text[from..].find(MARK) {
        let start = from + at;
        let mut next = text[start + MARK.len()..].trim_start();
        // Comments and other attributes may stand between it and the module.
        while next.starts_with("//") || next.starts_with("#[") {
            next = next
                .split_once('\n')
                .map_or("", |(_, rest)| rest)
                .trim_start();
        }
        if ["mod ", "pub mod ", "pub(crate) mod "]
            .iter()
            .any(|m| next.starts_with(m))
        {
            return &text[..start];
        }
        from = start + MARK.len();
    }
    text
}

fn imports(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = without_tests(text);
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        out.insert(name);
    }
    out
}

/// The README's picture of the parts: for each part of src/ (`commands` for
/// `commands/`, `bot` for `bot.rs`), the line it is drawn on, counted from the top.
fn picture() -> BTreeMap<String, usize> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("\n## Architecture\n")
        .nth(1)
        .expect("the README has an Architecture section");
    let block = section
        .split("```")
        .nth(1)
        .expect("the Architecture section opens with its picture");
    let mut levels = BTreeMap::new();
    for (line_no, line) in block.lines().enumerate() {
        for word in line.split_whitespace() {
            let part = word
                .strip_suffix(".rs")
                .or_else(|| word.strip_suffix('/'))
                .filter(|p| {
                    p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                });
            if let Some(part) = part {
                assert!(
                    levels.insert(part.to_string(), line_no).is_none(),
                    "{part} is drawn twice in the README's picture"
                );
            }
        }
    }
    levels
}

/// Which parts each part of src/ imports (main.rs and lib.rs left out: they are the top).
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in src_files() {
        if rel == "lib.rs" {
            continue;
        }
        let from = part(&rel);
        let imported = graph.entry(from.clone()).or_default();
        for to in imports(&text) {
            if to != from {
                imported.insert(to);
            }
        }
    }
    graph
}

#[test]
fn every_import_goes_down_the_readmes_picture() {
    let levels = picture();
    let graph = import_graph();
    let mut wrong = Vec::new();
    for part in graph.keys() {
        if !levels.contains_key(part) {
            wrong.push(format!("src/{part} is not in the README's picture"));
        }
    }
    for part in levels.keys() {
        if !graph.contains_key(part) {
            wrong.push(format!(
                "the README's picture draws {part}, which src/ does not have"
            ));
        }
    }
    for (from, imported) in &graph {
        let (Some(&at), false) = (levels.get(from), from == "main") else {
            continue;
        };
        for to in imported {
            match levels.get(to) {
                Some(&below) if below > at => {}
                Some(_) => wrong.push(format!(
                    "{from} imports {to}, which the README draws on its own line or above"
                )),
                None => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The check above can fail: a picture with `store/` drawn above `commands/` is caught.
#[test]
fn an_upward_import_is_caught() {
    let mut levels = picture();
    let graph = import_graph();
    let commands = levels["commands"];
    levels.insert("store".into(), commands - 1);
    let upward = graph["commands"]
        .iter()
        .filter(|to| levels.get(*to).is_some_and(|l| *l <= commands))
        .count();
    assert!(upward > 0, "commands imports store, now drawn above it");
}

#[test]
fn no_import_circle_between_the_parts_of_src() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in src_files() {
        if rel == "main.rs" || rel == "lib.rs" {
            continue;
        }
        let from = part(&rel);
        for to in imports(&text) {
            if to != from {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    // Depth-first search for a path back to where it started.
    fn reaches(
        graph: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
        target: &str,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in graph.get(from).into_iter().flatten() {
            if next == target {
                return true;
            }
            if seen.insert(next.clone()) && reaches(graph, next, target, seen) {
                return true;
            }
        }
        false
    }
    let circles: Vec<&String> = graph
        .keys()
        .filter(|part| reaches(&graph, part, part, &mut BTreeSet::new()))
        .collect();
    assert!(
        circles.is_empty(),
        "parts on an import circle: {circles:?}\n{graph:#?}"
    );
}

#[test]
fn the_core_does_no_io_and_reads_no_clock() {
    let forbidden = [
        "sqlx",
        "serenity",
        "tokio",
        "std::fs",
        "Utc::now",
        "crate::clock",
        "crate::store",
        "crate::app",
    ];
    for (rel, text) in src_files() {
        if !rel.starts_with("core/") {
            continue;
        }
        for word in forbidden {
            assert!(
                !without_tests(&text).contains(word),
                "src/{rel} uses {word}: the core is given what it needs"
            );
        }
    }
}

#[test]
fn no_source_file_is_over_600_lines() {
    for (rel, text) in src_files() {
        let lines = text.lines().count();
        assert!(
            lines <= 600,
            "src/{rel} has {lines} lines; split it along its seams"
        );
    }
}
