//! The CLI contract: exit codes, stderr, and the JSON shape scripts rely on.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
}

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("the binary finishes")
}

fn stderr_line(o: &Output) -> String {
    let s = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(
        s.trim_end().lines().count(),
        1,
        "one-line reason expected, got: {s}"
    );
    s
}

#[test]
fn unusable_input_exits_2_with_one_line() {
    let o = run(&["check", "/nonexistent/message.eml", "--offline"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr_line(&o).contains("cannot read /nonexistent/message.eml"));

    let o = run(&["check", "-", "--offline"], Some(b""));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr_line(&o).contains("empty"));

    let o = run(&["check", "--format", "yaml"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr_line(&o).contains("text or json"));

    let bad_zone = std::env::temp_dir().join(format!("hs-bad-{}.zone", std::process::id()));
    std::fs::write(&bad_zone, "x.example. IN A 999.1.1.1\n").expect("write zone");
    let o = run(
        &[
            "spf",
            "--ip",
            "192.0.2.1",
            "--mail-from",
            "a@x.example",
            "--offline",
            "--zone",
            bad_zone.to_str().unwrap_or_default(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr_line(&o).contains("line 1"));
    let _ = std::fs::remove_file(bad_zone);

    let o = run(&["nonsense"], None);
    assert_eq!(o.status.code(), Some(2));
    stderr_line(&o);
}

#[test]
fn check_json_has_the_contract_fields() {
    let o = run(
        &[
            "check",
            &data("basic.eml"),
            "--offline",
            "--zone",
            &data("basic.zone"),
            "--now",
            "1795428000",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).expect("stdout is one JSON object");
    let id = &v["identities"];
    assert_eq!(id["ip"], "192.0.2.7");
    assert_eq!(id["helo"], "mail.example.org");
    assert_eq!(id["mail_from"], "alice@example.org");
    assert_eq!(id["from_domain"], "example.org");
    for k in ["ip", "helo", "mail_from", "from_domain"] {
        assert!(
            id["sources"][k].as_str().is_some_and(|s| !s.is_empty()),
            "source of {k}"
        );
    }
    for k in ["result", "domain", "explanation", "trace"] {
        assert!(v["spf"].get(k).is_some(), "spf.{k}");
    }
    assert!(v["dkim"].is_array());
    assert!(v["arc"].get("result").is_some());
    for k in ["result", "policy", "trace"] {
        assert!(v["dmarc"].get(k).is_some(), "dmarc.{k}");
    }
    assert!(v["dns"].is_array());
    let words = [
        "pass",
        "fail",
        "softfail",
        "neutral",
        "none",
        "temperror",
        "permerror",
    ];
    for r in [
        &v["spf"]["result"],
        &v["arc"]["result"],
        &v["dmarc"]["result"],
    ] {
        assert!(
            words.contains(&r.as_str().unwrap_or("?")),
            "{r} is an RFC 8601 word"
        );
    }
}

#[test]
fn stdin_and_text_format() {
    let raw = std::fs::read(data("basic.eml")).expect("fixture");
    let o = run(
        &["check", "-", "--offline", "--zone", &data("basic.zone")],
        Some(&raw),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    for needle in [
        "Identities",
        "client IP",
        "192.0.2.7",
        "SPF",
        "DKIM",
        "DMARC",
        "DNS queries",
    ] {
        assert!(text.contains(needle), "text output lacks {needle}:\n{text}");
    }
}

#[test]
fn spf_json_shape() {
    let o = run(
        &[
            "spf",
            "--ip",
            "192.0.2.7",
            "--mail-from",
            "alice@example.org",
            "--helo",
            "mail.example.org",
            "--offline",
            "--zone",
            &data("basic.zone"),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    for k in [
        "result",
        "explanation",
        "dns_lookups",
        "void_lookups",
        "trace",
        "helo_result",
    ] {
        assert!(v.get(k).is_some(), "spf json lacks {k}");
    }
}
