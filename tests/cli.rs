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

#[test]
fn batch_prints_json_lines_in_input_order() {
    let basic = std::fs::read_to_string(data("basic.eml")).expect("fixture");
    let mut mbox = String::new();
    for i in 0..7 {
        mbox.push_str(&format!(
            "From sender{i}@example.org Mon Nov 23 10:00:0{i} 2026\n"
        ));
        if i == 3 {
            mbox.push_str("no header here\n\n");
        } else {
            mbox.push_str(&basic.replace("Subject: hello", &format!("Subject: hello {i}")));
            mbox.push('\n');
        }
    }
    let path = std::env::temp_dir().join(format!("hs-batch-{}.mbox", std::process::id()));
    std::fs::write(&path, mbox).expect("write mbox");
    let p = path.to_str().unwrap_or_default();
    let o = run(
        &[
            "check",
            "--mbox",
            p,
            "--offline",
            "--zone",
            &data("basic.zone"),
        ],
        None,
    );
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert_eq!(lines.len(), 7);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["index"], i);
        assert_eq!(l["source"], format!("{p}#{}", i + 1));
        if i == 3 {
            assert!(l["error"]
                .as_str()
                .is_some_and(|e| e.contains("not an e-mail")));
        } else {
            assert_eq!(l["report"]["spf"]["result"], "pass");
        }
    }
    // Two files are a batch too.
    let o = run(
        &[
            "check",
            &data("basic.eml"),
            &data("basic.eml"),
            "--offline",
            "--zone",
            &data("basic.zone"),
        ],
        None,
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 2);
}

/// `--lang` prints the text and markdown formats in German or Ukrainian; the
/// JSON stays the English contract; an unknown language is a usage error.
#[test]
fn lang_translates_text_and_markdown_not_json() {
    let base = [
        "check",
        &data("basic.eml"),
        "--offline",
        "--zone",
        &data("basic.zone"),
        "--now",
        "1795428000",
    ];
    let with = |extra: &[&str]| {
        let mut args: Vec<&str> = base.to_vec();
        args.extend_from_slice(extra);
        let o = run(&args, None);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{extra:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).to_string()
    };
    let en = with(&[]);
    assert_eq!(
        without_timings(&with(&["--lang", "en"])),
        without_timings(&en)
    );
    let de = with(&["--lang", "de"]);
    for needle in [
        "Identitäten",
        "Client-IP",
        "DNS-Abfragen (",
        "Prüfung der MAIL-FROM-Identität alice@example.org",
    ] {
        assert!(de.contains(needle), "German text lacks {needle}:\n{de}");
    }
    assert!(
        !de.contains("Identities") && !de.contains("Checking the MAIL FROM"),
        "{de}"
    );
    let uk = with(&["--lang=uk", "--format", "markdown"]);
    assert!(uk.starts_with("## Чому цей лист"), "{uk}");
    assert!(uk.contains("Authentication-Results: headerscope;"), "{uk}");

    let json = |lang: &str| -> serde_json::Value {
        let out = with(&["--format", "json", "--lang", lang]);
        let mut v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
        // Timings differ from run to run.
        if let Some(log) = v["dns"].as_array_mut() {
            for q in log {
                q["started_ms"] = 0.into();
                q["elapsed_ms"] = 0.into();
            }
        }
        v
    };
    assert_eq!(json("de"), json("en"));

    let o = run(&["check", "--lang", "fr"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr_line(&o).contains("--lang must be en, de or uk, not 'fr'"));
}

/// The text format without the DNS log's timings, which differ from run to run.
fn without_timings(text: &str) -> String {
    text.lines()
        .map(|l| match l.find(" ms ") {
            Some(end) => {
                // The column is right-aligned: a slow query (10 ms and more)
                // takes one space of the padding, so the padding goes too.
                let start = l[..end]
                    .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
                    .trim_end();
                format!("{start} X{}\n", &l[end..])
            }
            None => format!("{l}\n"),
        })
        .collect()
}
