//! `headerscope reports FILE... [--format text|json] [--lang en|de|uk]
//! [--zone FILE]... [--offline] [--doh URL]` — the CLI contract: several
//! files combined, both formats, exit 0 when it ran and 2 with a one-line
//! reason naming the file that is not a report. No network: a failure
//! report's message is inspected with no DNS, or with zone files.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output};

const OLD: &str = "tests/data/reports/google.com!example.com!1700000000!1700086399.xml.gz";
const NEW: &str = "tests/data/feedback/rfc9990-example.xml";
const TLS: &str = "tests/data/feedback/rfc8460-example.json";
const ARF: &str = "tests/data/feedback/rfc6591-auth-failure.eml";

fn headerscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args(args)
        .output()
        .expect("runs")
}

fn temp(name: &str, data: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headerscope-reports-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, data).expect("write");
    p
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn text_combines_several_files() {
    let o = headerscope(&["reports", OLD, NEW, TLS, ARF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    // Per day: 200 messages on the 14th (the gzipped RFC 7489 report), 128 on the 15th.
    let day14 = out
        .lines()
        .find(|l| l.trim_start().starts_with("2023-11-14"))
        .expect("day row");
    assert!(day14.split_whitespace().nth(1) == Some("200"), "{day14}");
    let day15 = out
        .lines()
        .find(|l| l.trim_start().starts_with("2023-11-15"))
        .expect("day row");
    assert!(day15.split_whitespace().nth(1) == Some("128"), "{day15}");
    assert!(out.contains("328 messages from 6 sources"), "{out}");
    assert!(out.contains("Per reporting organization"));
    assert!(out.contains("Sample Reporter"));
    // TLS: per policy domain, failures by result type in words.
    assert!(out.contains("Successful sessions: 5326; failed sessions: 303."));
    let starttls = out
        .lines()
        .find(|l| l.trim_start().starts_with("starttls-not-supported"))
        .expect("result row");
    assert!(
        starttls.contains("200") && starttls.contains("did not offer STARTTLS"),
        "{starttls}"
    );
    // The failure report and its message, inspected without DNS.
    assert!(out.contains("Auth-Failure: dkim"));
    assert!(out.contains("DKIM-Domain: example.com"));
    assert!(out.contains("Message-ID: <8787KJKJ3K4J3K4J3K4J3.mail@example.com>"));
    assert!(out.contains("DKIM none (d=example.com, s=news)"), "{out}");
}

#[test]
fn json_is_the_combined_model() {
    let o = headerscope(&["reports", OLD, NEW, TLS, ARF, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    let kinds: Vec<&str> = v["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["report"]["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kinds, ["aggregate", "aggregate", "tls", "failure"]);
    assert_eq!(v["files"][1]["report"]["version"], "1.0");
    assert_eq!(
        v["files"][1]["report"]["policy"]["discovery_method"],
        "treewalk"
    );
    assert_eq!(v["files"][0]["report"]["version"], Value::Null);
    assert_eq!(v["aggregate"]["totals"]["messages"], 328);
    assert_eq!(v["aggregate"]["by_day"][0]["key"], "2023-11-14");
    assert_eq!(v["aggregate"]["by_day"][1]["messages"], 128);
    assert_eq!(v["aggregate"]["by_source_ip"][0]["key"], "192.0.2.123");
    assert_eq!(v["tls"]["failed_sessions"], 303);
    assert_eq!(
        v["tls"]["by_result"][0]["result_type"],
        "starttls-not-supported"
    );
    assert!(v["tls"]["by_result"][0]["meaning_i18n"]["key"].is_string());
    assert_eq!(v["inspections"][0]["file"], ARF);
    assert_eq!(v["inspections"][0]["no_dns"], true);
    assert_eq!(
        v["inspections"][0]["report"]["dkim"][0]["domain"],
        "example.com"
    );
}

#[test]
fn failure_report_message_can_be_inspected_with_zone_dns() {
    let zone = temp(
        "example.zone",
        b"$ORIGIN example.com.\n$TTL 300\n_dmarc TXT \"v=DMARC1; p=reject\"\n",
    );
    let zone = zone.to_str().expect("utf-8 path");
    let o = headerscope(&[
        "reports",
        ARF,
        "--zone",
        zone,
        "--offline",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["inspections"][0]["no_dns"], false);
    assert_eq!(v["inspections"][0]["report"]["dmarc"]["policy"], "reject");
}

#[test]
fn german_text() {
    let o = headerscope(&["reports", TLS, "--lang", "de"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Erfolgreiche Sitzungen: 5326"), "{out}");
    assert!(out.contains("bot kein STARTTLS an"), "{out}");
}

#[test]
fn a_file_that_is_not_a_report_is_named_and_exits_2() {
    let junk = temp("notes.txt", b"just some words\n");
    let junk = junk.to_str().expect("utf-8 path");
    let o = headerscope(&["reports", NEW, junk]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("notes.txt") && err.contains("not a report"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn unusable_input_exits_2_with_one_line() {
    let mut bomb = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    bomb.write_all(&vec![b' '; 16 * 1024 * 1024]).expect("gzip");
    let bomb = temp("bomb.xml.gz", &bomb.finish().expect("gzip"));
    let bomb = bomb.to_str().expect("utf-8 path");
    let broken = temp(
        "broken.json",
        b"{\"organization-name\": \"x\", \"policies\": [",
    );
    let broken = broken.to_str().expect("utf-8 path");
    for (args, says) in [
        (vec!["reports"], "needs at least one FILE"),
        (
            vec!["reports", "/nonexistent/r.xml"],
            "cannot read /nonexistent/r.xml",
        ),
        (
            vec!["reports", NEW, "--format", "csv"],
            "--format must be text or json",
        ),
        (
            vec!["reports", NEW, "--bogus"],
            "unexpected argument '--bogus'",
        ),
        (vec!["reports", bomb], "decompression bomb"),
        (
            vec!["reports", broken],
            "broken.json: not an SMTP TLS report",
        ),
    ] {
        let o = headerscope(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn help_lists_reports() {
    let o = headerscope(&["help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("headerscope reports FILE..."));
}
