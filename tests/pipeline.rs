//! The whole core on zone-backed DNS: a message signed here, with a key made
//! here, published in a zone made here, must pass SPF, DKIM and DMARC; and the
//! usual ways of breaking it must give the usual verdicts.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::AuthResult;
use headerscope::{inspect, Options};
use mail_auth::crypto::{RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use mail_auth::headers::HeaderWriter;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer};

fn unsigned(ip: &str) -> String {
    format!(
        "Return-Path: <alice@example.org>\r\n\
Received: from mail.example.org (mail.example.org [{ip}])\r\n\
\tby mx.example.net (Postfix) with ESMTPS id 4AbC\r\n\
\tfor <bob@example.net>; Mon, 23 Nov 2026 10:00:00 +0100 (CET)\r\n\
From: Alice <alice@example.org>\r\n\
To: bob@example.net\r\n\
Subject: quarterly numbers\r\n\
Date: Mon, 23 Nov 2026 09:59:58 +0100\r\n\
Message-ID: <1@example.org>\r\n\
\r\n\
Hi Bob,\r\nthe numbers are attached.\r\n"
    )
}

struct Fixture {
    zone: Zone,
    key: RsaKey<Sha256>,
}

fn fixture() -> Fixture {
    let pair = DkimKeyPair::generate_rsa(2048).expect("key generation");
    let zone_text = format!(
        "$ORIGIN example.org.\n\
@ TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n\
_dmarc TXT \"v=DMARC1; p=reject\"\n\
sel._domainkey TXT \"v=DKIM1; k=rsa; p={}\"\n",
        pair.encoded_public_key()
    );
    let zone = Zone::parse(&zone_text, None).expect("zone");
    let (private, _) = pair.into_inner();
    let key =
        RsaKey::<Sha256>::from_key_der(PrivateKeyDer::Pkcs1(PrivatePkcs1KeyDer::from(private)))
            .expect("key");
    Fixture { zone, key }
}

fn sign(f: Fixture, message: &str) -> (String, Zone) {
    let sig = DkimSigner::from_key(f.key)
        .domain("example.org")
        .selector("sel")
        .headers(["From", "To", "Subject", "Date", "Message-ID"])
        .sign(message.as_bytes())
        .expect("signing");
    (format!("{}{}", sig.to_header(), message), f.zone)
}

fn run(raw: &str, zone: &Zone) -> headerscope::report::Report {
    let resolver = ZoneResolver::offline(zone.clone());
    // mail-auth's signer stamps t= with the system clock, so the check uses the clock too.
    let options = Options::default();
    futures::executor::block_on(inspect(raw.as_bytes(), &options, &resolver)).expect("inspect runs")
}

#[test]
fn signed_message_passes_everything() {
    let (raw, zone) = sign(fixture(), &unsigned("192.0.2.7"));
    let r = run(&raw, &zone);
    assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(r.spf.result, AuthResult::Pass, "spf: {:?}", r.spf);
    assert_eq!(r.dkim.len(), 1);
    assert_eq!(r.dkim[0].result, AuthResult::Pass, "dkim: {:?}", r.dkim[0]);
    assert_eq!(
        (r.dkim[0].domain.as_str(), r.dkim[0].selector.as_str()),
        ("example.org", "sel")
    );
    assert_eq!(r.dmarc.result, AuthResult::Pass, "dmarc: {:?}", r.dmarc);
    assert_eq!(r.dmarc.policy.as_deref(), Some("reject"));
    assert!(!r.spf.trace.is_empty() && !r.dkim[0].trace.is_empty() && !r.dmarc.trace.is_empty());
    // Every distinct query once: the recorder shares repeats.
    let mut seen = std::collections::HashSet::new();
    for q in &r.dns {
        assert!(
            seen.insert((q.name.clone(), q.rtype)),
            "{} {} asked twice",
            q.name,
            q.rtype
        );
    }
    for name in [
        "example.org",
        "sel._domainkey.example.org",
        "_dmarc.example.org",
    ] {
        assert!(
            r.dns.iter().any(|q| q.name == name),
            "{name} in the DNS log"
        );
    }
}

#[test]
fn tampered_body_fails_dkim_but_dmarc_passes_through_spf() {
    let (raw, zone) = sign(fixture(), &unsigned("192.0.2.7"));
    let raw = raw.replace("numbers are attached", "numbers are wrong");
    let r = run(&raw, &zone);
    assert_eq!(r.dkim[0].result, AuthResult::Fail);
    assert_eq!(r.dkim[0].body_hash_matches, Some(false));
    assert_eq!(r.dkim[0].header_signature_valid, Some(true));
    assert_eq!(r.spf.result, AuthResult::Pass);
    assert_eq!(r.dmarc.result, AuthResult::Pass);
}

#[test]
fn spoofed_sender_fails_spf_and_dmarc() {
    let f = fixture();
    let zone = f.zone.clone();
    let r = run(&unsigned("203.0.113.9"), &zone);
    assert_eq!(r.spf.result, AuthResult::Fail);
    assert!(r.dkim.is_empty());
    assert_eq!(r.dmarc.result, AuthResult::Fail);
    assert!(
        r.dmarc.disposition.en().starts_with("reject"),
        "{:?}",
        r.dmarc.disposition
    );
}
