//! `headerscope spf` runs the same evaluator: the CLI contract
//! `headerscope spf --ip IP --mail-from ADDR [--helo NAME] [--zone FILE]... [--offline] [--format text|json]`
//! with zone files, so no network is used.

mod cli_support;

use cli_support::{json, trace_texts};
use std::path::PathBuf;
use std::process::{Command, Output};

const ZONE: &str = r#"
$ORIGIN example.com.
$TTL 300
@            TXT "v=spf1 ip4:198.51.100.0/24 include:_spf.example.net ~all"
mail         A   192.0.2.7
mail         TXT "v=spf1 a -all"
strict       TXT "v=spf1 -all exp=why.example.com"
why          TXT "%{i} may not send for %{d}"
$ORIGIN example.net.
_spf         TXT "v=spf1 ip4:203.0.113.0/28 -all"
"#;

fn zone_file(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headerscope-spf-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(format!("{tag}.zone"));
    std::fs::write(&p, ZONE).expect("write zone");
    p
}

fn spf(args: &[&str], tag: &str) -> Output {
    let zone = zone_file(tag);
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .arg("spf")
        .args(args)
        .arg("--zone")
        .arg(&zone)
        .arg("--offline")
        .output()
        .expect("run headerscope")
}

#[test]
fn softfail_with_trace_in_json() {
    let out = spf(
        &[
            "--ip",
            "192.0.2.99",
            "--mail-from",
            "user@example.com",
            "--helo",
            "mail.example.com",
            "--format",
            "json",
        ],
        "softfail",
    );
    let v = json(&out);
    assert_eq!(v["result"], "softfail");
    assert_eq!(v["helo_result"], "fail");
    assert_eq!(v["dns_lookups"], 1);
    assert_eq!(v["void_lookups"], 0);
    let texts = trace_texts(&v["trace"]);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("192.0.2.99 is not in 198.51.100.0/24")),
        "{texts:#?}"
    );
    assert!(texts
        .iter()
        .any(|t| t.contains("192.0.2.99 is not in 203.0.113.0/28")));
    assert!(texts
        .iter()
        .any(|t| t == "Result: softfail (decided by `~all`)"));
}

#[test]
fn include_pass() {
    let v = json(&spf(
        &[
            "--ip",
            "203.0.113.3",
            "--mail-from",
            "user@example.com",
            "--format",
            "json",
        ],
        "pass",
    ));
    assert_eq!(v["result"], "pass");
    assert!(v["received_spf"]
        .as_str()
        .unwrap_or_default()
        .starts_with("Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=203.0.113.3;"));
}

#[test]
fn fail_shows_the_explanation() {
    let v = json(&spf(
        &[
            "--ip",
            "192.0.2.1",
            "--mail-from",
            "x@strict.example.com",
            "--format",
            "json",
        ],
        "fail",
    ));
    assert_eq!(v["result"], "fail");
    assert_eq!(
        v["explanation"],
        "192.0.2.1 may not send for strict.example.com"
    );
}

#[test]
fn null_sender_uses_helo() {
    let v = json(&spf(
        &[
            "--ip",
            "192.0.2.7",
            "--mail-from",
            "",
            "--helo",
            "mail.example.com",
            "--format",
            "json",
        ],
        "null",
    ));
    assert_eq!(v["result"], "pass");
    assert_eq!(v["domain"], "mail.example.com");
    assert_eq!(v["helo_result"], "pass");
}

#[test]
fn text_output_names_the_deciding_term() {
    let out = spf(
        &["--ip", "192.0.2.99", "--mail-from", "user@example.com"],
        "text",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("softfail"), "{text}");
    assert!(text.contains("~all"), "{text}");
}

#[test]
fn bad_ip_is_unusable_input() {
    let out = spf(
        &["--ip", "not-an-ip", "--mail-from", "user@example.com"],
        "badip",
    );
    assert_eq!(out.status.code(), Some(2));
}
