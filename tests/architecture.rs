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
    for entry in fs::read_dir(dir).expect("a readable source directory") {
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

/// Longer functions need a `// Long on purpose: …` comment just above them
/// saying why (a table, a grammar, the pipeline in one place).
const MAX_FUNCTION_LINES: usize = 120;

/// `(name, lines)` of every function with a body in `source` that is longer
/// than the limit and has no reason above it.
fn long_functions_without_reason(source: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = function_name(line) else {
            continue;
        };
        if line.trim_end().ends_with(';') {
            continue; // a trait method without a body
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        let close = format!("{indent}}}");
        let Some(len) = lines[i + 1..].iter().position(|l| *l == close) else {
            continue;
        };
        let reasoned = lines[i.saturating_sub(4)..i]
            .iter()
            .any(|l| l.trim_start().starts_with("// Long on purpose"));
        if len + 2 > MAX_FUNCTION_LINES && !reasoned {
            out.push((name, len + 2));
        }
    }
    out
}

fn function_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    while let Some(w) = words.next() {
        match w {
            "pub" | "async" | "const" | "unsafe" => continue,
            w if w.starts_with("pub(") => continue,
            "fn" => {
                let name = words.next()?;
                let end = name.find(['(', '<']).unwrap_or(name.len());
                return Some(name[..end].to_string());
            }
            _ => return None,
        }
    }
    None
}

#[test]
fn long_functions_say_why() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offending = Vec::new();
    for file in rust_files(&src) {
        let source = fs::read_to_string(&file).expect("a source file");
        for (name, len) in long_functions_without_reason(&source) {
            offending.push(format!("{}: fn {name} is {len} lines", file.display()));
        }
    }
    assert!(
        offending.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines with no `// Long on purpose:` comment:\n{}",
        offending.join("\n")
    );
}

#[test]
fn the_length_check_counts_bodies_and_honours_a_reason() {
    let body: String = (0..130).map(|_| "    x();\n").collect();
    let plain = format!("fn big() {{\n{body}}}\n");
    assert_eq!(
        long_functions_without_reason(&plain),
        vec![("big".to_string(), 132)]
    );
    let reasoned = format!("// Long on purpose: a table.\npub async fn big() {{\n{body}}}\n");
    assert!(long_functions_without_reason(&reasoned).is_empty());
    let declared = "trait T {\n    fn f(&self);\n}\n";
    assert!(long_functions_without_reason(declared).is_empty());
}

/// The Domain tools are a wasm module of their own (src/bin/tools.rs), loaded
/// when their tab opens: whatever of them the inspector's code names is
/// linked into the inspector's module and downloaded on every first visit.
/// Outside `src/app/tools/` the app may name only the configuration the page
/// sends them.
#[test]
fn the_tools_stay_out_of_the_inspectors_module() {
    let mut offending = Vec::new();
    for (file, line) in page_code_lines(&["src/app/tools"]) {
        if line.starts_with("pub mod tools;") {
            continue;
        }
        let mut rest = line.as_str();
        while let Some(at) = rest.find("tools::") {
            let tail = &rest[at + "tools::".len()..];
            if !tail.starts_with("ToolsConfig") {
                offending.push(format!("{file}: {line}"));
            }
            rest = tail;
        }
    }
    assert!(
        offending.is_empty(),
        "the inspector's code names the tools' module (load it through src/app/tools_tab.rs instead):\n{}",
        offending.join("\n")
    );
}

/// The lines of code (comments left out, trimmed) of the page's module:
/// src/app outside the folders given, and its entry src/bin/web.rs.
fn page_code_lines(outside: &[&str]) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let excluded: Vec<_> = outside.iter().map(|d| root.join(d)).collect();
    let mut files: Vec<_> = rust_files(&root.join("src/app"))
        .into_iter()
        .filter(|f| !excluded.iter().any(|d| f.starts_with(d)))
        .collect();
    files.push(root.join("src/bin/web.rs"));
    let mut lines = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("a source file");
        // A file's tests (its last module, by this project's layout) are not
        // in the wasm.
        let shipped = source.lines().take_while(|l| l.trim() != "#[cfg(test)]");
        for line in shipped.map(str::trim_start) {
            if !line.starts_with("//") {
                lines.push((file.display().to_string(), line.to_string()));
            }
        }
    }
    lines
}

/// The page's module is the interface: the verification runs in the engine's
/// module (src/app/engine, src/bin/engine), reached only through
/// src/app/protocol.rs. A call from the page into the core's inspection
/// would link all of the verification code into the page's first download;
/// so would reading the message (its parser, the .msg reader, the charset
/// tables) or the offline records (the zone parser): the engine does both.
#[test]
fn the_verification_stays_out_of_the_pages_module() {
    const ENTRIES: [&str; 8] = [
        "crate::inspect",
        "replay_with",
        "engine::",
        "message::parse",
        "intake::read",
        "unwrap::unwrap",
        "msg::read",
        "offline_resolver_from_text",
    ];
    let offending: Vec<_> = page_code_lines(&["src/app/engine", "src/app/tools"])
        .into_iter()
        .filter(|(_, line)| {
            !line.starts_with("pub mod engine;") && ENTRIES.iter().any(|e| line.contains(e))
        })
        .map(|(file, line)| format!("{file}: {line}"))
        .collect();
    assert!(
        offending.is_empty(),
        "the page's code runs the verification itself (send the engine a job through src/app/worker.rs instead):\n{}",
        offending.join("\n")
    );
}
