//! DKIM against dkimpy's signed messages, messages signed here with keys generated here
//! (rsa and ed25519, all four c= combinations, l=, several signatures, tampering), and a
//! differential check against mail-auth's own verifier on every one of them.

mod mail_auth_support;

use futures::executor::block_on;
use headerscope::auth::dkim;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::{AuthResult, DkimReport};
use mail_auth::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::{Canonicalization, DkimSigner};
use mail_auth::headers::HeaderWriter;
use mail_auth::{AuthenticatedMessage, DkimResult, MessageAuthenticator};
use mail_auth_support::Cache;

fn data(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/dkimpy/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn verify(raw: &[u8], zone: &Zone) -> Vec<DkimReport> {
    let msg = AuthenticatedMessage::parse(raw).unwrap();
    let resolver = ZoneResolver::offline(zone.clone());
    block_on(dkim::verify_all(&msg, &resolver, headerscope::unix_now()))
}

/// Whether mail-auth passes each (d, s) signature.
fn mail_auth_verdicts(raw: &[u8], zone: &Zone) -> Vec<(String, String, bool)> {
    let cache = Cache::from_zone(zone);
    let crlf = headerscope::auth::dkim::canon::with_crlf(raw).unwrap_or_else(|| raw.to_vec());
    let msg = AuthenticatedMessage::parse(&crlf).unwrap();
    let auth = MessageAuthenticator::new_doh_cloudflare();
    let rt = mail_auth_support::runtime();
    let out = rt.block_on(auth.verify_dkim(mail_auth::Parameters::new(&msg).with_cache(&cache)));
    out.iter()
        .filter_map(|o| {
            o.signature()
                .map(|s| (s.d.clone(), s.s.clone(), *o.result() == DkimResult::Pass))
        })
        .collect()
}

/// Our verdicts agree with mail-auth's, except where RFC 8301 (rsa-sha1) or mail-auth's
/// refusal of l= (it reports l= signatures as errors, RFC 6376 §8.2 only warns) explain it.
fn differential(raw: &[u8], zone: &Zone, ours: &[DkimReport]) {
    for (d, s, theirs) in mail_auth_verdicts(raw, zone) {
        let Some(r) = ours.iter().find(|r| r.domain == d && r.selector == s) else {
            panic!("mail-auth saw d={d} s={s}, we did not");
        };
        let mine = r.result == AuthResult::Pass;
        if r.algorithm == "rsa-sha1" {
            assert!(!mine, "rsa-sha1 must not pass");
            continue;
        }
        assert_eq!(
            mine,
            theirs,
            "d={d} s={s}: ours {} ({}), mail-auth {}",
            r.result,
            r.reason.en(),
            theirs
        );
    }
}

fn dkimpy_zone() -> Zone {
    Zone::parse(&String::from_utf8(data("zone.txt")).unwrap(), None).unwrap()
}

#[test]
fn dkimpy_rfc6376_signed_ed25519_and_rsa() {
    let zone = dkimpy_zone();
    for file in ["rfc6376.signed.msg", "rfc6376.signed.rsa.msg"] {
        let raw = data(file);
        let reports = verify(&raw, &zone);
        assert!(!reports.is_empty(), "{file}");
        for r in &reports {
            assert_eq!(
                r.result,
                AuthResult::Pass,
                "{file} {} {}: {}",
                r.domain,
                r.selector,
                r.reason.en()
            );
            assert_eq!(r.header_signature_valid, Some(true));
            assert_eq!(r.body_hash_matches, Some(true));
        }
        differential(&raw, &zone, &reports);
    }
    let both = verify(&data("rfc6376.signed.msg"), &zone);
    assert_eq!(both.len(), 2);
    assert_eq!(both[0].algorithm, "ed25519-sha256");
    assert_eq!(both[1].algorithm, "rsa-sha256");
    // 1024-bit RSA key: passes, flagged weak.
    assert!(
        both[1].warnings.iter().any(|w| w.en().contains("weak key")),
        "{:?}",
        both[1].warnings
    );
}

#[test]
fn dkimpy_third_party_ed25519() {
    let zone = dkimpy_zone();
    let raw = data("ed25519test2.msg");
    let reports = verify(&raw, &zone);
    assert_eq!(reports.len(), 1);
    assert_eq!(
        reports[0].result,
        AuthResult::Pass,
        "{:?}",
        reports[0].reason
    );
    assert_eq!(reports[0].key_type.as_deref(), Some("ed25519"));
    differential(&raw, &zone, &reports);
}

#[test]
fn headers_only_is_a_distinct_outcome() {
    let zone = dkimpy_zone();
    let raw = data("rfc6376.signed.rsa.msg");
    let text = String::from_utf8(raw).unwrap();
    let headers_only = text.split_once("\n\n").unwrap().0.to_string() + "\n\n";
    let r = &verify(headers_only.as_bytes(), &zone)[0];
    assert_eq!(r.header_signature_valid, Some(true));
    assert_eq!(r.body_hash_matches, Some(false));
    assert!(
        r.reason
            .en()
            .starts_with("header signature valid, body missing"),
        "{:?}",
        r.reason
    );
}

struct Keys {
    zone: Zone,
    rsa: DkimKeyPair,
    ed: DkimKeyPair,
}

/// Generated once: 2048-bit RSA generation is slow in debug builds.
fn keys() -> &'static Keys {
    static KEYS: std::sync::OnceLock<Keys> = std::sync::OnceLock::new();
    KEYS.get_or_init(make_keys)
}

fn make_keys() -> Keys {
    let rsa = DkimKeyPair::generate_rsa(2048).unwrap();
    let ed = DkimKeyPair::generate_ed25519().unwrap();
    let text = format!(
        "rsa._domainkey.example.com. IN TXT \"v=DKIM1; k=rsa; p={}\"\ned._domainkey.example.com. IN TXT \"v=DKIM1; k=ed25519; p={}\"\n",
        rsa.encoded_public_key(),
        ed.encoded_public_key()
    );
    Keys {
        zone: Zone::parse(&text, None).unwrap(),
        rsa,
        ed,
    }
}

const MESSAGE: &str = "From: Alice <alice@example.com>\r\nTo: bob@example.net\r\nSubject: Lunch  on  Friday\r\nDate: Tue, 14 Nov 2023 22:13:20 +0000\r\nMessage-ID: <1@example.com>\r\n\r\nHello Bob,  \r\n\r\nsee you there.\r\n\r\n\r\n";

fn sign(
    keys: &Keys,
    ed: bool,
    ch: Canonicalization,
    cb: Canonicalization,
    l: bool,
    selector: &str,
    msg: &str,
) -> String {
    let headers = ["From", "To", "Subject", "Date", "Message-ID"];
    let sig = if ed {
        let k = Ed25519Key::from_pkcs8_der(keys.ed.private_key()).unwrap();
        DkimSigner::from_key(k)
            .domain("example.com")
            .selector(selector)
            .headers(headers)
            .header_canonicalization(ch)
            .body_canonicalization(cb)
            .body_length(l)
            .sign(msg.as_bytes())
            .unwrap()
    } else {
        let der = rustls_pki_types::PrivateKeyDer::Pkcs1(keys.rsa.private_key().to_vec().into());
        let k = RsaKey::<Sha256>::from_key_der(der).unwrap();
        DkimSigner::from_key(k)
            .domain("example.com")
            .selector(selector)
            .headers(headers)
            .header_canonicalization(ch)
            .body_canonicalization(cb)
            .body_length(l)
            .sign(msg.as_bytes())
            .unwrap()
    };
    format!("{}{}", sig.to_header(), msg)
}

#[test]
fn generated_keys_all_canonicalizations() {
    let keys = keys();
    use Canonicalization::{Relaxed, Simple};
    for ed in [false, true] {
        let sel = if ed { "ed" } else { "rsa" };
        for (ch, cb) in [
            (Simple, Simple),
            (Simple, Relaxed),
            (Relaxed, Simple),
            (Relaxed, Relaxed),
        ] {
            let signed = sign(keys, ed, ch, cb, false, sel, MESSAGE);
            let r = verify(signed.as_bytes(), &keys.zone);
            assert_eq!(r.len(), 1);
            assert_eq!(
                r[0].result,
                AuthResult::Pass,
                "{sel} {:?}/{:?}: {}",
                ch,
                cb,
                r[0].reason.en()
            );
            assert_eq!(
                r[0].algorithm,
                if ed { "ed25519-sha256" } else { "rsa-sha256" }
            );
            differential(signed.as_bytes(), &keys.zone, &r);

            // Tampered header: the header signature breaks, the body still matches.
            let bad = signed.replace("Subject: Lunch", "Subject: Dinner");
            let r = verify(bad.as_bytes(), &keys.zone);
            assert_eq!(r[0].result, AuthResult::Fail);
            assert_eq!(
                (r[0].header_signature_valid, r[0].body_hash_matches),
                (Some(false), Some(true))
            );
            differential(bad.as_bytes(), &keys.zone, &r);

            // Tampered body: the header signature holds, the body hash does not.
            let bad = signed.replace("see you there", "send money");
            let r = verify(bad.as_bytes(), &keys.zone);
            assert_eq!(r[0].result, AuthResult::Fail);
            assert_eq!(
                (r[0].header_signature_valid, r[0].body_hash_matches),
                (Some(true), Some(false))
            );
            assert!(
                r[0].reason.en().contains("body changed"),
                "{:?}",
                r[0].reason
            );
            differential(bad.as_bytes(), &keys.zone, &r);
        }
    }
}

#[test]
fn relaxed_survives_whitespace_simple_does_not() {
    let keys = keys();
    use Canonicalization::{Relaxed, Simple};
    // Relaxed header canonicalization folds runs of white space into one (RFC 6376 §3.4.2).
    let relaxed = sign(keys, false, Relaxed, Relaxed, false, "rsa", MESSAGE)
        .replace("Subject: Lunch  on  Friday", "Subject:   Lunch on Friday  ");
    assert_eq!(
        verify(relaxed.as_bytes(), &keys.zone)[0].result,
        AuthResult::Pass
    );
    let simple = sign(keys, false, Simple, Relaxed, false, "rsa", MESSAGE)
        .replace("Subject: Lunch  on  Friday", "Subject:   Lunch on Friday  ");
    assert_eq!(
        verify(simple.as_bytes(), &keys.zone)[0].header_signature_valid,
        Some(false)
    );
    let ws = sign(keys, true, Relaxed, Relaxed, false, "ed", MESSAGE)
        .replace("Hello Bob,  \r\n", "Hello Bob, \r\n");
    assert_eq!(
        verify(ws.as_bytes(), &keys.zone)[0].result,
        AuthResult::Pass
    );
    let ws = sign(keys, true, Simple, Simple, false, "ed", MESSAGE)
        .replace("Hello Bob,  \r\n", "Hello Bob, \r\n");
    assert_eq!(
        verify(ws.as_bytes(), &keys.zone)[0].body_hash_matches,
        Some(false)
    );
}

#[test]
fn body_length_is_honoured_and_flagged() {
    let keys = keys();
    // mail-auth's signer writes the raw body length into l= where RFC 6376 §3.5 wants the
    // canonicalized length; with simple body canonicalization of a body without trailing blank
    // lines the two are equal, so this signature is right under both readings.
    let body = "From: Alice <alice@example.com>\r\nTo: bob@example.net\r\nSubject: Lunch\r\nDate: Tue, 14 Nov 2023 22:13:20 +0000\r\nMessage-ID: <1@example.com>\r\n\r\nHello Bob,\r\nsee you there.\r\n";
    let signed = sign(
        keys,
        false,
        Canonicalization::Relaxed,
        Canonicalization::Simple,
        true,
        "rsa",
        body,
    );
    let appended = format!("{signed}Appended by someone else.\r\n");
    let r = verify(appended.as_bytes(), &keys.zone);
    assert_eq!(r[0].result, AuthResult::Pass, "{:?}", r[0].reason);
    assert!(r[0].body_length.is_some());
    assert!(
        r[0].warnings
            .iter()
            .any(|w| w.en().contains("content can be appended") && w.en().contains("not covered")),
        "{:?}",
        r[0].warnings
    );
}

#[test]
fn several_signatures_in_header_order_with_their_own_verdicts() {
    let keys = keys();
    use Canonicalization::Relaxed;
    let inner = sign(keys, false, Relaxed, Relaxed, false, "rsa", MESSAGE);
    let both = sign(keys, true, Relaxed, Relaxed, false, "ed", &inner);
    let r = verify(both.as_bytes(), &keys.zone);
    assert_eq!(
        r.iter().map(|r| r.selector.as_str()).collect::<Vec<_>>(),
        ["ed", "rsa"]
    );
    assert!(r.iter().all(|r| r.result == AuthResult::Pass));
    differential(both.as_bytes(), &keys.zone, &r);
    // Only the rsa key missing: each signature keeps its own verdict.
    let only_ed = Zone::parse(
        &format!(
            "ed._domainkey.example.com. IN TXT \"v=DKIM1; k=ed25519; p={}\"",
            keys.ed.encoded_public_key()
        ),
        None,
    )
    .unwrap();
    let r = verify(both.as_bytes(), &only_ed);
    assert_eq!(r[0].result, AuthResult::Pass);
    assert_eq!(r[1].result, AuthResult::PermError);
    assert!(r[1].reason.en().starts_with("no key"), "{:?}", r[1].reason);
    assert_eq!(r[1].body_hash_matches, Some(true));
}

#[test]
fn trace_shows_canonicalized_headers_and_body_hash() {
    let keys = keys();
    let signed = sign(
        keys,
        false,
        Canonicalization::Relaxed,
        Canonicalization::Relaxed,
        false,
        "rsa",
        MESSAGE,
    );
    let r = &verify(signed.as_bytes(), &keys.zone)[0];
    let steps = headerscope::trace::flatten(&r.trace);
    let block = steps
        .iter()
        .find(|s| s.text.en().contains("canonicalized header block"))
        .unwrap();
    assert!(
        block
            .detail
            .iter()
            .any(|l| l.en() == "subject:Lunch on Friday\\r\\n"),
        "{:?}",
        block.detail
    );
    assert!(block
        .detail
        .last()
        .unwrap()
        .en()
        .starts_with("dkim-signature:"));
    assert!(block.detail.last().unwrap().en().ends_with("(no CRLF)"));
    let body = steps
        .iter()
        .find(|s| s.text.en().contains("body hash matches"))
        .unwrap();
    let fact = |n: &str| {
        body.facts
            .iter()
            .find(|f| f.name.en() == n)
            .unwrap()
            .value
            .en()
    };
    assert_eq!(fact("computed"), fact("bh="));
    assert!(steps.iter().any(|s| s.text.en().contains("2048-bit RSA")));
    assert!(r.warnings.iter().any(|w| w.en().contains("Reply-To")));
}

#[test]
fn policy_checks_name_the_problem() {
    let keys = keys();
    let signed = sign(
        keys,
        false,
        Canonicalization::Relaxed,
        Canonicalization::Relaxed,
        false,
        "rsa",
        MESSAGE,
    );
    // Syntax error names the tag.
    let broken = signed.replacen("a=rsa-sha256", "a=rsa-sha512", 1);
    let r = verify(broken.as_bytes(), &keys.zone);
    assert_eq!(r[0].result, AuthResult::PermError);
    assert!(r[0].reason.en().contains("a="), "{:?}", r[0].reason);
    // Revoked key.
    let revoked = Zone::parse(
        "rsa._domainkey.example.com. IN TXT \"v=DKIM1; k=rsa; p=\"",
        None,
    )
    .unwrap();
    let r = verify(signed.as_bytes(), &revoked);
    assert!(r[0].reason.en().contains("revoked"), "{:?}", r[0].reason);
    // A receiver said pass: the change is explained.
    let with_ar = format!("Authentication-Results: mx.example.net; dkim=pass header.d=example.com header.s=rsa\r\n{signed}").replace("see you there", "see you");
    let r = verify(with_ar.as_bytes(), &keys.zone);
    assert!(r[0]
        .receiver_line
        .as_ref()
        .map(|t| t.en())
        .as_deref()
        .unwrap_or_default()
        .contains("mx.example.net"));
    assert!(
        r[0].warnings
            .iter()
            .any(|w| w.en().contains("receiver said pass") && w.en().contains("body was modified")),
        "{:?}",
        r[0].warnings
    );
}
