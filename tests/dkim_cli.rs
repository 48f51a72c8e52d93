//! `headerscope check --format json` on messages signed here with keys generated here.
//! Needs the lead's CLI (`check [FILE] --zone FILE --offline --now SECS --format json`).

use mail_auth::crypto::Ed25519Key;
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use mail_auth::headers::HeaderWriter;
use serde_json::Value;
use std::process::Command;

#[test]
fn check_json_lists_each_signature_with_its_result() {
    let dir = std::env::temp_dir().join(format!("headerscope-dkim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ed = DkimKeyPair::generate_ed25519().unwrap();
    let zone = format!(
        "ed._domainkey.example.com. IN TXT \"v=DKIM1; k=ed25519; p={}\"\n",
        ed.encoded_public_key()
    );
    let msg = "From: a@example.com\r\nTo: b@example.net\r\nSubject: hi\r\n\r\nbody\r\n";
    let key = Ed25519Key::from_pkcs8_der(ed.private_key()).unwrap();
    let sig = DkimSigner::from_key(key)
        .domain("example.com")
        .selector("ed")
        .headers(["From", "To", "Subject"])
        .sign(msg.as_bytes())
        .unwrap();
    let good = format!("{}{}", sig.to_header(), msg);
    let tampered = good.replace("body", "changed body");
    std::fs::write(dir.join("zone.txt"), zone).unwrap();
    for (name, text, want) in [("good.eml", &good, "pass"), ("bad.eml", &tampered, "fail")] {
        std::fs::write(dir.join(name), text).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_headerscope"))
            .args([
                "check",
                dir.join(name).to_str().unwrap(),
                "--zone",
                dir.join("zone.txt").to_str().unwrap(),
                "--offline",
                "--now",
                &headerscope::unix_now().to_string(),
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        let dkim = json["dkim"].as_array().unwrap();
        assert_eq!(dkim.len(), 1);
        assert_eq!(dkim[0]["domain"], "example.com");
        assert_eq!(dkim[0]["selector"], "ed");
        assert_eq!(dkim[0]["algorithm"], "ed25519-sha256");
        assert_eq!(dkim[0]["result"], want, "{}", dkim[0]["reason"]);
        assert!(!dkim[0]["trace"].as_array().unwrap().is_empty());
        if want == "fail" {
            assert_eq!(dkim[0]["header_signature_valid"], true);
            assert_eq!(dkim[0]["body_hash_matches"], false);
        }
    }
}

mod mail_auth_support;

use mail_auth::dkim::Canonicalization;
use mail_auth_support::Key;

/// Signs `msg` with `key` under `s=selector`, with the given canonicalization and,
/// when `l` is set, a body length tag.
fn sign_with(
    key: &Key,
    selector: &str,
    c: (Canonicalization, Canonicalization),
    l: bool,
    msg: &str,
) -> String {
    let headers = ["From", "To", "Subject", "Date"];
    let sig = match key {
        Key::Rsa(_) => DkimSigner::from_key(key.rsa_signer().expect("rsa"))
            .domain("example.com")
            .selector(selector)
            .headers(headers)
            .header_canonicalization(c.0)
            .body_canonicalization(c.1)
            .body_length(l)
            .sign(msg.as_bytes()),
        Key::Ed(_) => DkimSigner::from_key(key.ed_signer().expect("ed25519"))
            .domain("example.com")
            .selector(selector)
            .headers(headers)
            .header_canonicalization(c.0)
            .body_canonicalization(c.1)
            .body_length(l)
            .sign(msg.as_bytes()),
    }
    .expect("signing");
    format!("{}{msg}", sig.to_header())
}

/// Every signing variant the issue names, through one batch run of the binary
/// (`check --mbox`, JSON lines): rsa and ed25519 in all four c= combinations,
/// l= with appended text, two signatures (one key missing), a changed header
/// and a changed body. Each line must carry the expected per-signature results.
#[test]
fn every_signing_variant_through_the_cli() {
    use Canonicalization::{Relaxed, Simple};
    let rsa = Key::rsa();
    let ed = Key::ed25519();
    let zone = format!(
        "{}{}",
        rsa.zone_line("rsa", "example.com"),
        ed.zone_line("ed", "example.com")
    );
    let msg = "From: Alice <alice@example.com>\r\nTo: bob@example.net\r\nSubject: report\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nThe  numbers\r\nare in.\r\n";
    // (message, expected [(selector, result, header_valid, body_matches)])
    type Want = Vec<(&'static str, &'static str, Option<bool>, Option<bool>)>;
    let mut cases: Vec<(String, String, Want)> = Vec::new();
    for (key, sel, alg) in [(&rsa, "rsa", "rsa-sha256"), (&ed, "ed", "ed25519-sha256")] {
        for c in [
            (Relaxed, Relaxed),
            (Relaxed, Simple),
            (Simple, Relaxed),
            (Simple, Simple),
        ] {
            cases.push((
                format!("{alg} c={c:?}"),
                sign_with(key, sel, c, false, msg),
                vec![(sel, "pass", Some(true), Some(true))],
            ));
        }
    }
    // mail-auth's signer writes the raw body length into l=, RFC 6376 §3.5 wants the
    // canonicalized length; they agree only when canonicalization changes nothing, so the
    // l= case uses a body without runs of spaces (the double space above would differ).
    let plain = msg.replace("The  numbers", "The numbers");
    let with_l = sign_with(&rsa, "rsa", (Relaxed, Relaxed), true, &plain);
    cases.push((
        "l= with text appended".into(),
        format!("{with_l}-- \r\nappended by someone else\r\n"),
        vec![("rsa", "pass", Some(true), Some(true))],
    ));
    let twice = sign_with(
        &ed,
        "ed",
        (Relaxed, Relaxed),
        false,
        &sign_with(&rsa, "rsa", (Relaxed, Relaxed), false, msg),
    );
    cases.push((
        "two signatures".into(),
        twice.clone(),
        vec![
            ("ed", "pass", Some(true), Some(true)),
            ("rsa", "pass", Some(true), Some(true)),
        ],
    ));
    let missing = sign_with(
        &ed,
        "gone",
        (Relaxed, Relaxed),
        false,
        &sign_with(&rsa, "rsa", (Relaxed, Relaxed), false, msg),
    );
    cases.push((
        "second key missing".into(),
        missing,
        vec![
            ("gone", "permerror", None, None),
            ("rsa", "pass", Some(true), Some(true)),
        ],
    ));
    let signed = sign_with(&rsa, "rsa", (Relaxed, Relaxed), false, msg);
    cases.push((
        "changed header".into(),
        signed.replace("Subject: report", "Subject: invoice"),
        vec![("rsa", "fail", Some(false), Some(true))],
    ));
    cases.push((
        "changed body".into(),
        signed.replace("are in.", "are out."),
        vec![("rsa", "fail", Some(true), Some(false))],
    ));

    let dir = std::env::temp_dir().join(format!("headerscope-dkim-matrix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut mbox = String::new();
    for (_, m, _) in &cases {
        mbox.push_str("From sender@example.com Mon Nov 23 10:00:00 2026\n");
        mbox.push_str(&m.replace("\r\n", "\n"));
        mbox.push('\n');
    }
    std::fs::write(dir.join("all.mbox"), mbox).expect("write mbox");
    std::fs::write(dir.join("zone.txt"), zone).expect("write zone");
    let out = Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args(["check", "--mbox"])
        .arg(dir.join("all.mbox"))
        .args(["--offline", "--zone"])
        .arg(dir.join("zone.txt"))
        .output()
        .expect("the binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), cases.len());
    for ((name, _, want), line) in cases.iter().zip(&lines) {
        let dkim = line["report"]["dkim"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no dkim list in {line}"));
        assert_eq!(dkim.len(), want.len(), "{name}");
        for (got, (sel, result, header_ok, body_ok)) in dkim.iter().zip(want) {
            assert_eq!(got["selector"], *sel, "{name}: header order");
            assert_eq!(got["result"], *result, "{name}: {}", got["reason"]);
            if let Some(h) = header_ok {
                assert_eq!(
                    got["header_signature_valid"], *h,
                    "{name}: {}",
                    got["reason"]
                );
            }
            if let Some(b) = body_ok {
                assert_eq!(got["body_hash_matches"], *b, "{name}: {}", got["reason"]);
            }
        }
        if name.starts_with("l=") {
            let warnings = dkim[0]["warnings"].to_string();
            assert!(warnings.contains("l="), "{name}: l= is flagged: {warnings}");
        }
    }
}
