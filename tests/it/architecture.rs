//! The shape the README's architecture section promises, checked on the sources: no
//! import circle between the parts of src/, a core without I/O, and no file over 600
//! lines.

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

fn src_files() -> Vec<(String, String)> {
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

/// Code without its unit tests (test modules may use what they like).
fn without_tests(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap()
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
