//! ARCHITECTURE.md's layout rules, checked on the source so that a change
//! breaking one fails here instead of in review.

use std::fs;
use std::path::Path;

/// What `src/report/` may name: the trace, the sentence type, the DNS log row,
/// and itself. Anything else would make the data model depend on a check.
const REPORT_MAY_USE: &[&str] = &[
    "crate::trace",
    "crate::i18n::text",
    "crate::dns::QueryLog",
    "crate::report",
];

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("src/report is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every `crate::…` path a file names in code (doc comments may point anywhere).
fn crate_paths(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let tail = &rest[at..];
            let end = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            out.push(tail[..end].trim_end_matches(':').to_string());
            rest = &tail[end..];
        }
    }
    out
}

#[test]
fn the_report_is_a_leaf() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report");
    let mut offending = Vec::new();
    for file in rust_files(&dir) {
        let source = fs::read_to_string(&file).expect("a source file");
        for path in crate_paths(&source) {
            if !REPORT_MAY_USE.iter().any(|ok| path.starts_with(ok)) {
                offending.push(format!("{}: {path}", file.display()));
            }
        }
    }
    assert!(
        offending.is_empty(),
        "src/report/ names modules outside its leaf rule:\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_leaf_check_sees_a_forbidden_path() {
    let paths = crate_paths("use crate::auth::spf::SpfReport;\n/// crate::message in a doc\n");
    assert_eq!(paths, vec!["crate::auth::spf::SpfReport".to_string()]);
    assert!(!REPORT_MAY_USE.iter().any(|ok| paths[0].starts_with(ok)));
}
