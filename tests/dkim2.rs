//! DKIM2 (draft-ietf-dkim-dkim2-spec-08) in `check`: the chain read in
//! order with each hop's envelope and each recipe, verified by mail-auth's
//! implementation with every key fetched through our resolver (and logged).
//! The public vectors are in tests/data/dkim2 (PROVENANCE.md there).

use futures::executor::block_on;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::message::Overrides;
use headerscope::report::AuthResult;
use headerscope::{inspect, Options};
use mail_auth::crypto::Ed25519Key;
use mail_auth::dkim2::{Dkim2Signer, Hop};
use serde_json::Value;
use std::path::PathBuf;

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/dkim2")
        .join(rel)
}

/// A TXT record in zone-file form: strings of at most 255 octets.
fn txt(value: &str) -> String {
    value
        .as_bytes()
        .chunks(255)
        .map(|c| format!("\"{}\"", String::from_utf8_lossy(c)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The vectors' keys as a zone.
fn vector_zone() -> Zone {
    let dns: Value =
        serde_json::from_str(&std::fs::read_to_string(data("vectors/dns.json")).expect("dns.json"))
            .expect("json");
    let mut text = String::from("$TTL 300\n");
    for (domain, names) in dns.as_object().expect("domains") {
        for (name, records) in names.as_object().expect("names") {
            for r in records.as_array().expect("records") {
                if r[0] == "txt" {
                    let value = r[1].as_str().expect("txt");
                    text.push_str(&format!("{name}.{domain}. TXT {}\n", txt(value)));
                }
            }
        }
    }
    Zone::parse(&text, None).expect("the vectors' zone parses")
}

fn options(mail_from: &str, rcpt_to: &[String]) -> Options {
    Options {
        overrides: Overrides {
            mail_from: Some(mail_from.trim_matches(['<', '>']).to_string()),
            rcpt_to: rcpt_to.to_vec(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// The vectors were signed more than 14 days ago, and DKIM2's timestamps
/// are checked against the computer's clock (§14.3): each one that the
/// cases call pass or fail fails here on its timestamp and nothing else;
/// each permerror is a permerror when its fault is found before the
/// timestamps (the header fields' syntax, §14.2), else the same expiry.
/// Of the 21 permerror vectors, those decided by §14.2 (syntax) before the
/// timestamps: 16 today; the other 5 are faults of a key or an algorithm,
/// found after them.
const PERMERRORS_BEFORE_TIMESTAMPS: usize = 16;

#[test]
fn the_public_vectors() {
    let cases: Value =
        serde_json::from_str(&std::fs::read_to_string(data("vectors/cases.json")).expect("cases"))
            .expect("json");
    let resolver = ZoneResolver::offline(vector_zone());
    let mut permerrors = 0;
    for case in cases.as_array().expect("cases") {
        let name = case["name"].as_str().expect("name");
        let raw = std::fs::read(data(&format!(
            "vectors/expected/{}",
            case["file"].as_str().expect("file")
        )))
        .expect("the case's message");
        let rcpt: Vec<String> = case["rcpt_to"]
            .as_array()
            .expect("rcpt_to")
            .iter()
            .map(|r| {
                r.as_str()
                    .expect("address")
                    .trim_matches(['<', '>'])
                    .to_string()
            })
            .collect();
        let opts = options(case["mail_from"].as_str().expect("mail_from"), &rcpt);
        let report = block_on(inspect(&raw, &opts, &resolver)).expect("inspects");
        let d2 = report
            .dkim2
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no DKIM2 section"));
        let reason = d2.reason.en();
        let expired = d2.result == AuthResult::Fail && reason.contains("signature expired");
        match case["expected"].as_str().expect("expected") {
            "permerror" if d2.result == AuthResult::PermError => permerrors += 1,
            "permerror" => assert!(expired, "{name}: {:?} {reason}", d2.result),
            _ => assert!(expired, "{name}: {:?} {reason}", d2.result),
        }
    }
    assert_eq!(permerrors, PERMERRORS_BEFORE_TIMESTAMPS);
}

/// The chain of a vector is read in order with its envelope and instance,
/// and its key lookups are in the DNS log.
#[test]
fn a_vector_chain_is_shown_hop_by_hop() {
    let raw = std::fs::read(data("vectors/expected/d2_07_chain_hop3.eml")).expect("message");
    let resolver = ZoneResolver::offline(vector_zone());
    let report = block_on(inspect(&raw, &Options::default(), &resolver)).expect("inspects");
    let d2 = report.dkim2.expect("DKIM2");
    let is: Vec<u32> = d2.hops.iter().map(|h| h.i).collect();
    assert!(
        is.len() >= 2 && is.windows(2).all(|w| w[0] < w[1]),
        "{is:?}"
    );
    assert!(d2
        .hops
        .iter()
        .all(|h| h.mail_from.is_some() || h.next_domain.is_some()));
    assert!(!d2.instances.is_empty());
    assert!(report.dns.iter().any(
        |q| q.name.ends_with("._domainkey.test1.dkim2.com") || q.name.contains("._domainkey.")
    ));
    assert!(d2
        .trace
        .iter()
        .any(|s| s.text.en().starts_with("DKIM2-Signature i=1 by")));
}

const KEY_SEED: [u8; 32] = [7; 32];

fn signed_message(body: &str) -> (Vec<u8>, String) {
    use ed25519_dalek::pkcs8::EncodePrivateKey;
    let signing = ed25519_dalek::SigningKey::from_bytes(&KEY_SEED);
    let der = signing.to_pkcs8_der().expect("pkcs8");
    let key = Ed25519Key::from_pkcs8_der(der.as_bytes()).expect("mail-auth reads the key");
    let message = format!(
        "From: Alice <alice@example.com>\r\nTo: bob@example.net\r\nSubject: DKIM2 now\r\nDate: Sun, 06 Dec 2026 10:00:00 +0000\r\nMessage-ID: <dkim2-now@example.com>\r\n\r\n{body}\r\n"
    );
    let signed = Dkim2Signer::from_key(key)
        .domain("example.com")
        .selector("k2")
        .sign(
            message.as_bytes(),
            Hop::real("<bounce@example.com>", ["<bob@example.net>"]),
            None,
        )
        .expect("signs");
    let raw = format!("{}{}", signed.to_header(), message).into_bytes();
    use base64::Engine;
    let public =
        base64::engine::general_purpose::STANDARD.encode(signing.verifying_key().to_bytes());
    (
        raw,
        format!("k2._domainkey.example.com. TXT \"v=DKIM1; k=ed25519; p={public}\"\n"),
    )
}

fn check_now(raw: &[u8], zone: &str, rcpt: &str) -> headerscope::report::dkim2::Dkim2Report {
    let resolver = ZoneResolver::offline(Zone::parse(zone, None).expect("zone"));
    let report = block_on(inspect(
        raw,
        &options("bounce@example.com", &[rcpt.to_string()]),
        &resolver,
    ))
    .expect("inspects");
    report.dkim2.expect("DKIM2")
}

#[test]
fn a_message_signed_now_passes_and_a_change_or_another_recipient_fails() {
    let (raw, zone) = signed_message("Hello Bob.");
    let ok = check_now(&raw, &zone, "bob@example.net");
    assert_eq!(ok.result, AuthResult::Pass, "{}", ok.reason.en());
    assert_eq!(ok.hops[0].custody_ok, Some(true));
    assert_eq!(ok.hops[0].rcpt_to, vec!["<bob@example.net>".to_string()]);
    assert_eq!(ok.envelope.source.en(), "RCPT TO as given");

    let tampered = String::from_utf8(raw.clone())
        .expect("text")
        .replace("Hello Bob.", "Hello Eve.");
    let bad = check_now(tampered.as_bytes(), &zone, "bob@example.net");
    assert_eq!(bad.result, AuthResult::Fail, "{}", bad.reason.en());

    let elsewhere = check_now(&raw, &zone, "eve@example.org");
    assert_eq!(
        elsewhere.result,
        AuthResult::Fail,
        "{}",
        elsewhere.reason.en()
    );
    assert!(
        elsewhere.reason.en().contains("eve@example.org"),
        "{}",
        elsewhere.reason.en()
    );

    let no_key = check_now(&raw, "nothing.example. TXT \"x\"\n", "bob@example.net");
    assert_eq!(
        no_key.result,
        AuthResult::PermError,
        "{}",
        no_key.reason.en()
    );
}

#[test]
fn a_message_without_dkim2_has_no_section_and_the_cli_json_has_it_when_present() {
    let resolver = ZoneResolver::offline(Zone::new());
    let plain = b"From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n";
    let report = block_on(inspect(plain, &Options::default(), &resolver)).expect("inspects");
    assert!(report.dkim2.is_none());
    let json = serde_json::to_value(&report).expect("json");
    assert!(json.get("dkim2").is_none());

    let (raw, _) = signed_message("Hello Bob.");
    let dir = std::env::temp_dir().join(format!("hs-dkim2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("m.eml");
    std::fs::write(&path, &raw).expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args([
            "check",
            path.to_str().expect("path"),
            "--offline",
            "--no-dns",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["dkim2"]["hops"][0]["domain"], "example.com");
    assert_eq!(v["dkim2"]["result"], "none", "no DNS: not checked");
}
