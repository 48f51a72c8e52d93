//! DKIM key generation: every generated key signs a message that mail-auth
//! verifies against the record we print, read back through our own zone
//! reader from the BIND form; the key match check; the key record linter.

use futures::executor::block_on;
use headerscope::builder::dkim::{self, KeyRequest, KeyType};
use headerscope::builder::has_finding;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::dns::RType;
use mail_auth::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::dkim::DkimSigner;
use mail_auth::headers::HeaderWriter;
use mail_auth::{AuthenticatedMessage, DkimResult, MessageAuthenticator, Parameters};
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

mod mail_auth_support;

const MESSAGE: &str = "From: Alice <alice@example.com>\r\nTo: bob@example.net\r\nSubject: key test\r\nDate: Thu, 1 Feb 2024 10:00:00 +0000\r\nMessage-ID: <k1@example.com>\r\n\r\nHello Bob,\r\nthis message is signed with a freshly generated key.\r\n";

fn pem_body(pem: &str) -> Vec<u8> {
    use base64::Engine;
    let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .expect("PEM base64")
}

/// Generates a key, reads the BIND form back with the zone reader, signs
/// with the private PEM and verifies with mail-auth against the zone record.
fn round_trip(key_type: KeyType) {
    let k = dkim::generate_key(&KeyRequest {
        key_type,
        selector: "sel1".into(),
        domain: "Example.COM.".into(),
        ttl: None,
    })
    .expect("generated");
    assert_eq!(k.record_name, "sel1._domainkey.example.com");
    assert!(k.note.contains("never sent"));

    // BIND form → our zone reader → the same one-line record and key.
    let zone = Zone::parse(&k.bind_record, None).expect("BIND form parses");
    let ans = zone.answer(&k.record_name, RType::Txt);
    let strings: Vec<Vec<String>> = ans
        .records
        .iter()
        .filter_map(|r| match &r.data {
            headerscope::dns::RData::Txt(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(strings.len(), 1);
    assert!(strings[0].len() > 1 && strings[0].iter().all(|s| s.len() <= 255));
    assert_eq!(strings[0].concat(), k.txt_record);
    let (lint, published) = dkim::lint_key_record(&strings[0].concat());
    assert!(
        lint.findings.iter().all(|f| f.code == "dkim.short-key"),
        "{:?}",
        lint.findings
    );
    let from_private =
        dkim::public_from_private_pem(&k.private_key_pkcs8_pem).expect("private PEM reads");
    assert_eq!(published.as_ref(), Some(&from_private));
    assert_eq!(from_private.bits(), k.bits);

    // Sign with mail-auth from our PEM, verify with mail-auth against the zone's record.
    let signature = match key_type {
        KeyType::Ed25519 => {
            let key = Ed25519Key::from_pkcs8_der(&pem_body(&k.private_key_pkcs8_pem))
                .expect("ed25519 PKCS#8");
            DkimSigner::from_key(key)
                .domain("example.com")
                .selector("sel1")
                .headers(["From", "To", "Subject", "Date", "Message-ID"])
                .sign(MESSAGE.as_bytes())
                .expect("signs")
        }
        _ => {
            // Both PEM forms must hold the same key.
            let p8 = rsa::RsaPrivateKey::from_pkcs8_pem(&k.private_key_pkcs8_pem).expect("pkcs8");
            let p1 = rsa::RsaPrivateKey::from_pkcs1_pem(
                k.private_key_pkcs1_pem.as_deref().expect("pkcs1 present"),
            )
            .expect("pkcs1");
            assert_eq!(p8, p1);
            let der = p8.to_pkcs8_der().expect("der");
            let key = RsaKey::<Sha256>::from_key_der(PrivateKeyDer::Pkcs8(
                PrivatePkcs8KeyDer::from(der.as_bytes()),
            ))
            .expect("rsa key");
            DkimSigner::from_key(key)
                .domain("example.com")
                .selector("sel1")
                .headers(["From", "To", "Subject", "Date", "Message-ID"])
                .sign(MESSAGE.as_bytes())
                .expect("signs")
        }
    };
    let signed = format!("{}{}", signature.to_header(), MESSAGE);
    // mail-auth reads the record from the zone: a miss would be NXDOMAIN.
    let cache = mail_auth_support::Cache::from_zone(&zone);
    let auth = MessageAuthenticator::new_doh_cloudflare();
    let msg = AuthenticatedMessage::parse(signed.as_bytes()).expect("message");
    let out = block_on(auth.verify_dkim(Parameters::new(&msg).with_cache(&cache)));
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].result(), &DkimResult::Pass, "{key_type:?}");

    // The same message altered must fail, so the pass above means something.
    let tampered = signed.replace("Hello Bob", "Hello Eve");
    let msg = AuthenticatedMessage::parse(tampered.as_bytes()).expect("message");
    let out = block_on(auth.verify_dkim(Parameters::new(&msg).with_cache(&cache)));
    assert_ne!(out[0].result(), &DkimResult::Pass);

    // And the key match check agrees through DNS.
    let resolver = ZoneResolver::offline(zone);
    let m = block_on(dkim::check_key_match(
        &resolver,
        &k.private_key_pkcs8_pem,
        "sel1",
        "example.com",
    ));
    assert!(m.matches, "{m:?}");
    assert!(m.summary.en().starts_with("key OK"));
    assert_eq!(m.dns.len(), 1);
}

#[test]
fn rsa_1024_round_trip() {
    round_trip(KeyType::Rsa1024);
}

#[test]
fn rsa_2048_round_trip() {
    round_trip(KeyType::Rsa2048);
}

#[test]
fn ed25519_round_trip() {
    round_trip(KeyType::Ed25519);
}

#[test]
fn rsa_3072_round_trip() {
    round_trip(KeyType::Rsa3072);
}

#[test]
fn outputs_have_expected_shape() {
    let k = dkim::generate_key(&KeyRequest {
        key_type: KeyType::Rsa2048,
        selector: "mail".into(),
        domain: "example.org".into(),
        ttl: Some(600),
    })
    .expect("key");
    assert_eq!(k.bits, 2048);
    assert!(k
        .private_key_pkcs8_pem
        .starts_with("-----BEGIN PRIVATE KEY-----"));
    assert!(k
        .private_key_pkcs1_pem
        .as_deref()
        .unwrap_or("")
        .starts_with("-----BEGIN RSA PRIVATE KEY-----"));
    assert_eq!(
        k.txt_record,
        format!("v=DKIM1; k=rsa; p={}", k.public_key_base64)
    );
    assert!(k
        .bind_record
        .contains("mail._domainkey.example.org.\t600 TXT (\n  \"v=DKIM1; k=rsa; p=\"\n  \""));
    assert_eq!(
        k.opendkim_key_table,
        "mail._domainkey.example.org example.org:mail:/etc/opendkim/keys/example.org/mail.private"
    );
    assert_eq!(
        k.opendkim_signing_table,
        "*@example.org mail._domainkey.example.org"
    );
    assert_eq!(
        k.amavis,
        "dkim_key('example.org', 'mail', '/var/db/dkim/example.org.mail.pem');"
    );

    let e = dkim::generate_key(&KeyRequest {
        key_type: KeyType::Ed25519,
        selector: "ed".into(),
        domain: "example.org".into(),
        ttl: None,
    })
    .expect("key");
    assert!(e.private_key_pkcs1_pem.is_none());
    assert!(e.txt_record.starts_with("v=DKIM1; k=ed25519; p="));
    assert_eq!(e.public_key_base64.len(), 44);

    assert!(dkim::generate_key(&KeyRequest {
        key_type: KeyType::Ed25519,
        selector: "bad selector".into(),
        domain: "example.org".into(),
        ttl: None
    })
    .is_err());
    assert!(dkim::generate_key(&KeyRequest {
        key_type: KeyType::Ed25519,
        selector: "s".into(),
        domain: "".into(),
        ttl: None
    })
    .is_err());
}

#[test]
fn key_mismatch_and_missing_record() {
    let a = dkim::generate_key(&KeyRequest {
        key_type: KeyType::Ed25519,
        selector: "s".into(),
        domain: "example.com".into(),
        ttl: None,
    })
    .expect("a");
    let b = dkim::generate_key(&KeyRequest {
        key_type: KeyType::Ed25519,
        selector: "s".into(),
        domain: "example.com".into(),
        ttl: None,
    })
    .expect("b");
    let resolver = ZoneResolver::offline(Zone::parse(&a.bind_record, None).expect("zone"));
    let m = block_on(dkim::check_key_match(
        &resolver,
        &b.private_key_pkcs8_pem,
        "s",
        "example.com",
    ));
    assert!(!m.matches);
    assert!(has_finding(&m.findings, "dkim.key-mismatch"));
    let m = block_on(dkim::check_key_match(
        &resolver,
        &a.private_key_pkcs8_pem,
        "other",
        "example.com",
    ));
    assert!(!m.matches && has_finding(&m.findings, "dkim.no-record"));
    let m = block_on(dkim::check_key_match(
        &resolver,
        "not a key",
        "s",
        "example.com",
    ));
    assert!(!m.matches && has_finding(&m.findings, "dkim.bad-private-key"));
}

#[test]
fn key_record_findings() {
    let ed = dkim::generate_key(&KeyRequest {
        key_type: KeyType::Ed25519,
        selector: "s".into(),
        domain: "example.com".into(),
        ttl: None,
    })
    .expect("ed");
    let rsa1024 = dkim::generate_key(&KeyRequest {
        key_type: KeyType::Rsa1024,
        selector: "s".into(),
        domain: "example.com".into(),
        ttl: None,
    })
    .expect("rsa");
    let good = ed.txt_record.clone();
    let p = &ed.public_key_base64;
    let cases: Vec<(&str, String)> = vec![
        ("dkim.bad-version", format!("v=DKIM2; k=ed25519; p={p}")),
        ("dkim.unknown-k", format!("v=DKIM1; k=dsa; p={p}")),
        ("dkim.k-mismatch", format!("v=DKIM1; k=rsa; p={p}")),
        (
            "dkim.sha1-only",
            format!("v=DKIM1; k=ed25519; h=sha1; p={p}"),
        ),
        ("dkim.testing", format!("v=DKIM1; k=ed25519; t=y; p={p}")),
        ("dkim.no-p", "v=DKIM1; k=ed25519".to_string()),
        ("dkim.revoked", "v=DKIM1; k=ed25519; p=".to_string()),
        ("dkim.bad-key", "v=DKIM1; p=AAAA".to_string()),
        ("dkim.short-key", rsa1024.txt_record.clone()),
        // The verifier's strict tag-list reading rejects a duplicate tag.
        (
            "dkim.malformed",
            format!("v=DKIM1; k=ed25519; p={p}; p={p}"),
        ),
        // Tag names are case-sensitive (RFC 6376 §3.2): `K=` is no `k=`, so
        // the key type is the default rsa for the linter as for the verifier.
        ("dkim.k-mismatch", format!("v=DKIM1; K=ed25519; p={p}")),
    ];
    for (code, rec) in cases {
        let (l, _) = dkim::lint_key_record(&rec);
        assert!(
            has_finding(&l.findings, code),
            "{code}: {rec} → {:?}",
            l.findings
        );
        let (g, _) = dkim::lint_key_record(&good);
        assert!(!has_finding(&g.findings, code));
    }
    let (g, _) = dkim::lint_key_record(&good);
    assert!(g.findings.is_empty());
}
