//! The domain tools' DKIM key-record linter and the verifier read a key
//! record with the same tag-list parser and the same key decoder: a record
//! the verifier cannot use is a lint error, and a record without lint
//! errors is one the verifier uses.

use headerscope::auth::dkim::key::{evaluate, Fetched};
use headerscope::builder::dkim::{self, KeyRequest, KeyType};
use headerscope::builder::FindingSeverity;
use mail_auth::crypto::Algorithm;

fn key(key_type: KeyType) -> String {
    dkim::generate_key(&KeyRequest {
        key_type,
        selector: "s".into(),
        domain: "example.com".into(),
        ttl: None,
    })
    .expect("a generated key")
    .public_key_base64
}

/// 32 octets that are no Ed25519 public key (no point on the curve).
fn not_a_point() -> String {
    use base64::Engine;
    let bytes = (0u8..=255)
        .map(|b| [b; 32])
        .find(|b| ed25519_dalek::VerifyingKey::from_bytes(b).is_err())
        .expect("some pattern is not a point");
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// What the verifier makes of the record for a signature of the type the
/// record's `k=` names (RSA when it names none).
fn verifier_accepts(record: &str) -> bool {
    let algorithm = if record.contains("k=ed25519") {
        Algorithm::Ed25519Sha256
    } else {
        Algorithm::RsaSha256
    };
    evaluate(
        &Fetched::Records(vec![record.to_string()]),
        algorithm,
        &mut Vec::new(),
    )
    .is_ok()
}

fn linter_errors(record: &str) -> Vec<String> {
    let (lint, _) = dkim::lint_key_record(record);
    lint.findings
        .iter()
        .filter(|f| f.severity == FindingSeverity::Error)
        .map(|f| f.code.clone())
        .collect()
}

#[test]
fn linter_and_verifier_agree_on_whether_a_key_record_is_usable() {
    let ed = key(KeyType::Ed25519);
    let rsa1024 = key(KeyType::Rsa1024);
    let rsa2048 = key(KeyType::Rsa2048);
    let bad_point = not_a_point();
    let records = [
        format!("v=DKIM1; k=ed25519; p={ed}"),
        format!("v=DKIM1; k=rsa; p={rsa2048}"),
        format!("v=DKIM1; p={rsa1024}"),
        format!("p={rsa2048}"),
        format!("v=DKIM1; k=ed25519; t=y; p={ed}"),
        format!("v=DKIM1; k=rsa; h=sha256; p={rsa2048}"),
        format!("v=DKIM1; k=rsa; h=sha1; p={rsa2048}"),
        format!("v=DKIM1; k=rsa; p={ed}"),
        format!("v=DKIM1; k=ed25519; p={rsa2048}"),
        format!("v=DKIM1; k=ed25519; p={bad_point}"),
        format!("v=DKIM2; k=ed25519; p={ed}"),
        format!("v=DKIM1; k=ed25519; p={ed}; p={ed}"),
        format!("v=DKIM1; k=dsa; p={ed}"),
        "v=DKIM1; k=rsa".to_string(),
        "v=DKIM1; p=AAAA".to_string(),
        "v=DKIM1; p=not base64!".to_string(),
    ];
    for record in &records {
        let usable = verifier_accepts(record);
        let errors = linter_errors(record);
        assert_eq!(
            errors.is_empty(),
            usable,
            "{record}: verifier {usable}, linter errors {errors:?}"
        );
    }
}

/// A revoked key (empty `p=`, RFC 6376 §3.6.1) is a deliberate state, not a
/// mistake: the verifier fails its signatures, the linter says it is revoked.
#[test]
fn a_revoked_key_is_unusable_and_said_so() {
    let record = "v=DKIM1; p=";
    assert!(!verifier_accepts(record));
    let (lint, _) = dkim::lint_key_record(record);
    assert!(lint.revoked);
    assert!(lint.findings.iter().any(|f| f.code == "dkim.revoked"));
}
