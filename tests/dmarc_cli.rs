//! `headerscope dmarc` — the CLI contract
//! `headerscope dmarc --from ADDR [--spf DOMAIN[=RESULT]] [--dkim DOMAIN[=RESULT]]...
//! [--zone FILE]... [--offline] [--doh URL] [--servfail NAME[/TYPE]]...
//! [--format text|json] [--lang en|de|uk]`, with zone files, so no network is
//! used; and that it gives what `check` gives for the same identities.

mod cli_support;

use cli_support::{json, trace_texts};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

const ZONE: &str = r#"
$ORIGIN example.com.
$TTL 300
_dmarc           TXT "v=DMARC1; p=reject; rua=mailto:agg@example.com"
_dmarc.b         TXT "v=DMARC1; p=none"
bounce           TXT "v=spf1 ip4:192.0.2.1 -all"
$ORIGIN example.org.
_dmarc           TXT "v=DMARC1; p=quarantine; sp=none; np=reject; t=y"
www              A   192.0.2.80
"#;

fn dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headerscope-dmarc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn zone_file(tag: &str) -> PathBuf {
    let p = dir().join(format!("{tag}.zone"));
    std::fs::write(&p, ZONE).expect("write zone");
    p
}

fn headerscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args(args)
        .output()
        .expect("run headerscope")
}

fn dmarc(args: &[&str], tag: &str) -> Output {
    let zone = zone_file(tag);
    let mut all = vec!["dmarc"];
    all.extend_from_slice(args);
    let zone = zone.to_string_lossy().to_string();
    all.extend_from_slice(&["--zone", &zone, "--offline"]);
    headerscope(&all)
}

#[test]
fn json_fields_in_the_contracts_order() {
    let out = dmarc(
        &[
            "--from",
            "user@a.b.example.com",
            "--spf",
            "bounce.example.com=softfail",
            "--dkim",
            "esp.example.net",
            "--format",
            "json",
        ],
        "fields",
    );
    let v = json(&out);
    let text = String::from_utf8_lossy(&out.stdout);
    let top: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .filter_map(|l| l.trim().split('"').nth(1))
        .collect();
    assert_eq!(
        top,
        [
            "result",
            "policy",
            "applied_policy",
            "disposition",
            // The sentence's catalog key and arguments, for other languages.
            "disposition_i18n",
            "org_domain",
            "record_domain",
            "record",
            "spf_aligned",
            "dkim_aligned",
            "tags",
            "rfc9989",
            "rfc7489",
            "dns"
        ]
    );
    // RFC 9989 §4.10.1: the organizational domain's record, not b.example.com's.
    assert_eq!(v["result"], "fail");
    assert_eq!(v["policy"], "reject");
    assert_eq!(v["applied_policy"], "reject");
    assert_eq!(v["org_domain"], "example.com");
    assert_eq!(v["record_domain"], "example.com");
    assert_eq!(
        v["record"],
        "v=DMARC1; p=reject; rua=mailto:agg@example.com"
    );
    assert_eq!(v["spf_aligned"], false);
    assert_eq!(v["dkim_aligned"], false);
    for (tag, value) in [
        ("p", "reject"),
        ("t", "n"),
        ("adkim", "r"),
        ("aspf", "r"),
        ("psd", "u"),
    ] {
        assert_eq!(v["tags"][tag], value, "{tag}");
    }
    assert_eq!(v["tags"]["sp"], Value::Null);
    assert_eq!(v["rfc9989"]["result"], "fail");
    assert_eq!(v["rfc7489"]["rules"], "RFC 7489");
    // The DNS log in the order the queries were started: the walk, then the
    // identifiers' walks, names already asked not asked again.
    let dns: Vec<String> = v["dns"]
        .as_array()
        .expect("dns")
        .iter()
        .map(|q| {
            format!(
                "{} {} {}",
                q["name"].as_str().unwrap_or(""),
                q["type"].as_str().unwrap_or(""),
                q["status"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        dns,
        [
            "_dmarc.a.b.example.com TXT NXDOMAIN",
            "_dmarc.b.example.com TXT NOERROR",
            "_dmarc.example.com TXT NOERROR",
            "_dmarc.com TXT NXDOMAIN",
            "_dmarc.bounce.example.com TXT NXDOMAIN",
            "_dmarc.esp.example.net TXT NXDOMAIN",
            "_dmarc.example.net TXT NXDOMAIN",
            "_dmarc.net TXT NXDOMAIN",
        ]
    );
}

#[test]
fn testing_mode_and_np_with_an_existence_query() {
    let v = json(&dmarc(
        &["--from", "x@ghost.example.org", "--format", "json"],
        "np",
    ));
    assert_eq!(v["policy"], "reject");
    assert_eq!(v["applied_policy"], "quarantine", "t=y lowers reject");
    assert_eq!(v["tags"]["np"], "reject");
    assert_eq!(v["rfc7489"]["policy"], "none", "no np in RFC 7489: sp=none");
    let names: Vec<&str> = v["dns"]
        .as_array()
        .expect("dns")
        .iter()
        .map(|q| q["type"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names.last(), Some(&"A"), "existence asked last, once");
    // An existing subdomain: sp=none.
    let v = json(&dmarc(
        &["--from", "x@www.example.org", "--format", "json"],
        "sp",
    ));
    assert_eq!(v["policy"], "none");
}

#[test]
fn servfail_shows_what_an_outage_does() {
    let v = json(&dmarc(
        &[
            "--from",
            "user@a.b.example.com",
            "--dkim",
            "example.com",
            "--servfail",
            "_dmarc.b.example.com/TXT",
            "--format",
            "json",
        ],
        "servfail",
    ));
    assert_eq!(v["result"], "temperror");
    assert_eq!(v["policy"], Value::Null);
    let texts = trace_texts(&v["rfc9989"]["trace"]);
    assert!(
        texts
            .iter()
            .any(|t| t == "_dmarc.b.example.com TXT: the DNS server answered SERVFAIL"),
        "{texts:#?}"
    );
    assert!(texts
        .iter()
        .any(|t| t.starts_with("the tree walk stops at _dmarc.b.example.com")));
    assert_eq!(v["dns"][1]["status"], "SERVFAIL");
    // RFC 7489 never asks _dmarc.b.example.com: it passes.
    assert_eq!(v["rfc7489"]["result"], "pass");
    // `*` fails every name.
    let v = json(&dmarc(
        &[
            "--from",
            "user@example.com",
            "--servfail",
            "*",
            "--format",
            "json",
        ],
        "star",
    ));
    assert_eq!(v["result"], "temperror");
    // Only another type: TXT answers normally.
    let v = json(&dmarc(
        &[
            "--from",
            "user@example.com",
            "--spf",
            "example.com",
            "--servfail",
            "_dmarc.example.com/A",
            "--format",
            "json",
        ],
        "type",
    ));
    assert_eq!(v["result"], "pass");
}

#[test]
fn text_shows_both_verdicts_and_the_walk_in_german() {
    let out = dmarc(
        &[
            "--from",
            "user@a.b.example.com",
            "--spf",
            "bounce.example.com",
            "--lang",
            "de",
        ],
        "text",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("DMARC  PASS"), "{text}");
    assert!(text.contains("RFC 7489"), "{text}");
    assert!(
        text.contains("Die From-Domain hat keinen Record: Die Policy stammt aus dem Record der Organisationsdomain, _dmarc.example.com"),
        "{text}"
    );
    let a = text.find("_dmarc.a.b.example.com").expect("first name");
    let b = text.rfind("_dmarc.com").expect("last name");
    assert!(a < b);
}

#[test]
fn unusable_arguments_exit_2_with_one_line() {
    for (args, needle) in [
        (vec!["dmarc"], "needs --from"),
        (vec!["dmarc", "--from", "a@"], "names no domain"),
        (
            vec![
                "dmarc",
                "--from",
                "a@b.example",
                "--spf",
                "b.example=perhaps",
            ],
            "not a result",
        ),
        (
            vec!["dmarc", "--from", "a@b.example", "--servfail", "x/NOTATYPE"],
            "--servfail",
        ),
        (
            vec!["dmarc", "--from", "a@b.example", "--format", "xml"],
            "text or json",
        ),
        (
            vec!["dmarc", "--from", "a@b.example", "--mail-from", "c@d"],
            "unknown option",
        ),
    ] {
        let mut all = args.clone();
        all.push("--offline");
        let out = headerscope(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn same_verdict_as_check_for_the_same_identities() {
    // One discovery and evaluation: `check` on a message from
    // user@a.b.example.com whose MAIL FROM bounce.example.com passes SPF
    // gives the RFC 9989 and RFC 7489 verdicts `dmarc` gives when told so.
    let msg = dir().join("same.eml");
    std::fs::write(
        &msg,
        "From: user@a.b.example.com\r\nTo: x@example.net\r\nSubject: t\r\nDate: Thu, 1 Jan 2026 00:00:00 +0000\r\nMessage-ID: <1@a.b.example.com>\r\n\r\nbody\r\n",
    )
    .expect("write message");
    let zone = zone_file("same");
    let check = json(&headerscope(&[
        "check",
        &msg.to_string_lossy(),
        "--ip",
        "192.0.2.1",
        "--mail-from",
        "bounce@bounce.example.com",
        "--helo",
        "mail.example.com",
        "--zone",
        &zone.to_string_lossy(),
        "--offline",
        "--format",
        "json",
    ]));
    assert_eq!(check["spf"]["result"], "pass");
    let what_if = json(&dmarc(
        &[
            "--from",
            "user@a.b.example.com",
            "--spf",
            "bounce.example.com=pass",
            "--format",
            "json",
        ],
        "same-dmarc",
    ));
    assert_eq!(check["dmarc"]["rfc9989"], what_if["rfc9989"]);
    assert_eq!(check["dmarc"]["rfc7489"], what_if["rfc7489"]);
    assert_eq!(what_if["result"], "pass");
}
