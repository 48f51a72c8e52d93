//! The CLI side of evidence bundles: `check --bundle OUT [--include-message]`
//! writes one, `check --replay BUNDLE [FILE]` replays it with no network and
//! prints the same verdicts; usage errors exit 2 with one line.

use std::process::{Command, Output, Stdio};

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

/// A fresh scratch directory for this test (removed at the end).
struct Scratch(std::path::PathBuf);
impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "headerscope-bundle-cli-{name}-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
    fn path(&self, f: &str) -> String {
        self.0.join(f).to_string_lossy().into_owned()
    }
}
impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn one_line_error(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    let s = String::from_utf8_lossy(&o.stderr).trim_end().to_string();
    assert_eq!(s.lines().count(), 1, "one line expected: {s}");
    assert!(o.stdout.is_empty());
    s
}

fn json(o: &Output) -> serde_json::Value {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON output")
}

/// The verdicts a script would look at.
fn verdicts(r: &serde_json::Value) -> Vec<String> {
    let mut v = vec![
        r["spf"]["result"].to_string(),
        r["dmarc"]["result"].to_string(),
        r["dmarc"]["disposition"].to_string(),
        r["arc"]["result"].to_string(),
        r["iprev"]["result"].to_string(),
        r["identities"].to_string(),
        r["summary"].to_string(),
    ];
    for d in r["dkim"].as_array().into_iter().flatten() {
        v.push(format!("{}:{}", d["domain"], d["result"]));
    }
    v
}

#[test]
fn bundle_then_replay_gives_the_same_verdicts() {
    let s = Scratch::new("roundtrip");
    let out = s.path("gmail.json");
    let zone = data("messages/zone.txt");
    let msg = data("messages/gmail.eml");
    let original = json(&run(&[
        "check",
        &msg,
        "--offline",
        "--zone",
        &zone,
        "--now",
        "1794000000",
        "--format",
        "json",
        "--bundle",
        &out,
        "--include-message",
    ]));
    let bundle: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("bundle written"))
            .expect("json");
    assert_eq!(bundle["format"], "headerscope-bundle");
    assert_eq!(bundle["version"], 1);
    assert_eq!(bundle["now"], 1_794_000_000u64);
    assert_eq!(bundle["message"]["encoding"], "text");
    assert_eq!(
        bundle["message"]["size"].as_u64(),
        std::fs::metadata(&msg).ok().map(|m| m.len())
    );
    assert!(bundle["report"]["dns"]
        .as_array()
        .is_some_and(|d| !d.is_empty()
            && d.iter().all(|q| q["rcode"].is_u64()
                || q["dns_error"].is_object()
                || q["dns_error"].is_string())));

    // The message is in the bundle: no FILE needed.
    let replayed = json(&run(&["check", "--replay", &out, "--format", "json"]));
    assert_eq!(verdicts(&replayed), verdicts(&original));
    assert_eq!(replayed["run"]["offline"], true);
    assert!(replayed["run"]["resolver"]
        .as_str()
        .is_some_and(|r| r.starts_with("evidence bundle replay")));
    // Text output works on a replay too, and nothing was said on stderr (it matched).
    let text = run(&["check", "--replay", &out]);
    assert_eq!(text.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&text.stdout).contains("SOFTFAIL"));
    assert!(
        text.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&text.stderr)
    );
}

#[test]
fn digest_only_bundle_needs_the_matching_message() {
    let s = Scratch::new("digest");
    let out = s.path("basic.json");
    let msg = data("basic.eml");
    let original = json(&run(&[
        "check",
        &msg,
        "--offline",
        "--zone",
        &data("basic.zone"),
        "--now",
        "1794000000",
        "--format",
        "json",
        "--bundle",
        &out,
    ]));
    let text = std::fs::read_to_string(&out).expect("bundle written");
    let bundle: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert!(
        bundle["message"].get("content").is_none(),
        "digest only unless asked"
    );
    assert_eq!(bundle["message"]["sha256"].as_str().map(str::len), Some(64));

    let e = one_line_error(&run(&["check", "--replay", &out]));
    assert!(e.contains("only the message's digest"), "{e}");
    let replayed = json(&run(&["check", &msg, "--replay", &out, "--format", "json"]));
    assert_eq!(verdicts(&replayed), verdicts(&original));
    // Another message: refused, with both digests.
    let e = one_line_error(&run(&[
        "check",
        &data("messages/gmail.eml"),
        "--replay",
        &out,
    ]));
    assert!(e.contains("not the one in the evidence bundle"), "{e}");
    assert!(
        e.contains(bundle["message"]["sha256"].as_str().unwrap_or("?")),
        "{e}"
    );
}

#[test]
fn exports_for_people() {
    let msg = data("basic.eml");
    let zone = data("basic.zone");
    let o = run(&[
        "check",
        &msg,
        "--offline",
        "--zone",
        &zone,
        "--now",
        "1794000000",
        "--format",
        "authres",
        "--authserv-id",
        "mx.example.net",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let header = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(
        header.starts_with(
            "Authentication-Results: mx.example.net;\n\tspf=pass smtp.mailfrom=alice@example.org;"
        ),
        "{header}"
    );
    let o = run(&[
        "check",
        &msg,
        "--offline",
        "--zone",
        &zone,
        "--now",
        "1794000000",
        "--format",
        "markdown",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let md = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(md.starts_with("## Why this message may have been junked or rejected"));
    assert!(
        md.contains("answered by: offline records (3). Offline: no query reached the network."),
        "{md}"
    );
    assert!(md.contains("Authentication-Results: headerscope;"));
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let s = Scratch::new("usage");
    let msg = data("basic.eml");
    let cases: [(&[&str], &str); 8] = [
        (&["check", &msg, "--include-message"], "needs --bundle"),
        (&["check", "--replay"], "needs a value"),
        (&["check", &msg, &msg, "--bundle", "x.json"], "not a batch"),
        (
            &["check", "--replay", "b.json", "--offline"],
            "do not apply",
        ),
        (
            &["check", "--replay", "b.json", "--now", "5"],
            "recorded identities",
        ),
        (
            &["check", "--replay", "b.json", "--bundle", "c.json"],
            "cannot be combined",
        ),
        (
            &["check", "--replay", &s.path("missing.json")],
            "cannot read the bundle",
        ),
        (&["check", &msg, "--format", "yaml"], "text or json"),
    ];
    for (args, needle) in cases {
        let e = one_line_error(&run(args));
        assert!(e.contains(needle), "{args:?}: {e}");
    }
    // Files that are not bundles.
    let not_json = s.path("not.json");
    std::fs::write(&not_json, "hello").expect("write");
    let e = one_line_error(&run(&["check", "--replay", &not_json]));
    assert!(e.contains("not a readable evidence bundle"), "{e}");
    let other = s.path("other.json");
    std::fs::write(&other, r#"{"format":"something","version":1}"#).expect("write");
    let e = one_line_error(&run(&["check", "--replay", &other]));
    assert!(e.contains("not a headerscope evidence bundle"), "{e}");
    let future = s.path("future.json");
    std::fs::write(&future, r#"{"format":"headerscope-bundle","version":2}"#).expect("write");
    let e = one_line_error(&run(&["check", "--replay", &future]));
    assert!(e.contains("version 2 is not supported"), "{e}");
    // An unwritable bundle path.
    let e = one_line_error(&run(&[
        "check",
        &msg,
        "--offline",
        "--bundle",
        &s.path("no/such/dir/b.json"),
    ]));
    assert!(e.contains("cannot write the bundle"), "{e}");
    // The usage text documents the options.
    let help = run(&["--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    for opt in [
        "--bundle",
        "--include-message",
        "--replay",
        "--authserv-id",
        "markdown",
    ] {
        assert!(help.contains(opt), "usage lacks {opt}");
    }
}

#[test]
fn a_bundle_with_an_edited_answer_replays_the_edit_and_says_so() {
    let s = Scratch::new("edited");
    let out = s.path("b.json");
    let msg = data("basic.eml");
    json(&run(&[
        "check",
        &msg,
        "--offline",
        "--zone",
        &data("basic.zone"),
        "--now",
        "1794000000",
        "--format",
        "json",
        "--bundle",
        &out,
        "--include-message",
    ]));
    let mut b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("json");
    for q in b["report"]["dns"].as_array_mut().into_iter().flatten() {
        if q["name"] == "example.org" && q["type"] == "TXT" {
            q["records"] = serde_json::json!([]);
            q["rcode"] = serde_json::json!(3);
        }
    }
    std::fs::write(&out, b.to_string()).expect("write");
    let o = run(&["check", "--replay", &out, "--format", "json"]);
    let r = json(&o);
    assert_eq!(r["spf"]["result"], "none");
    let note = String::from_utf8_lossy(&o.stderr);
    assert!(
        note.contains("replay differs from the verdicts recorded"),
        "{note}"
    );
}
