//! Body hashes made outside the core (the browser's WebCrypto, issue 19) give
//! the same verdicts as the Rust code: the core canonicalizes, the hasher only
//! digests. Here the outside hasher is a plain digest of the canonical bytes,
//! so every path the browser takes (SHA-1 and SHA-256, both body
//! canonicalizations, `l=`, a hasher that cannot) runs natively too;
//! tests/e2e/webcrypto.test.mjs runs the fixtures with WebCrypto itself.

use futures::executor::block_on;
use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::auth::dkim::{canon, BodyHasher, SignedMessage};
use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::{inspect_with_hasher, Options};
use mail_auth::crypto::HashAlgorithm;
use mail_auth::dkim::Canonicalization;
use std::cell::Cell;

/// Digests the bytes it is given, counting them; `refuse` plays a browser without WebCrypto.
#[derive(Default)]
struct Outside {
    refuse: bool,
    made: Cell<usize>,
}

impl BodyHasher for Outside {
    fn digest<'a>(
        &'a self,
        algorithm: HashAlgorithm,
        data: &'a [u8],
    ) -> LocalBoxFuture<'a, Option<Vec<u8>>> {
        async move {
            if self.refuse {
                return None;
            }
            self.made.set(self.made.get() + 1);
            Some(algorithm.hash(data).as_ref().to_vec())
        }
        .boxed_local()
    }
}

fn read(rel: &str) -> String {
    let p = format!("{}/tests/data/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// The DKIM and ARC reports of a whole inspection, as JSON, and how many hashes `hasher` made.
fn verdicts(raw: &str, zone: &str, hasher: Option<&Outside>) -> String {
    let resolver = offline_resolver_from_text(zone).expect("zone");
    let options = Options {
        now: Some(1_700_000_000),
        ..Default::default()
    };
    let report = block_on(inspect_with_hasher(
        raw.as_bytes(),
        &options,
        &resolver,
        headerscope::dns::Budget::default(),
        hasher.map(|h| h as &dyn BodyHasher),
    ))
    .expect("inspectable");
    serde_json::json!({ "dkim": report.dkim, "arc": report.arc }).to_string()
}

#[test]
fn fixtures_verify_the_same_with_an_outside_hasher() {
    let cases = [
        ("messages/zone.txt", "messages/gmail.eml"),
        ("messages/zone.txt", "messages/gmail_delivery.eml"),
        ("messages/zone.txt", "messages/m365.eml"),
        ("messages/zone.txt", "messages/m365_delivery.eml"),
        ("messages/zone.txt", "messages/mailing_list.eml"),
        ("messages/zone.txt", "messages/arc_forwarded.eml"),
        ("messages/zone.txt", "messages/yahoo_delivery.eml"),
        ("messages/zone.txt", "messages/postfix_amavis.eml"),
        ("dkimpy/zone.txt", "dkimpy/rfc6376.signed.msg"),
        ("dkimpy/zone.txt", "dkimpy/rfc6376.signed.rsa.msg"),
        ("dkimpy/zone.txt", "dkimpy/ed25519test2.msg"),
        ("basic.zone", "basic.eml"),
    ];
    let mut hashed = 0;
    let mut same = |what: &str, raw: &str, zone: &str| {
        let outside = Outside::default();
        let with = verdicts(raw, zone, Some(&outside));
        assert_eq!(with, verdicts(raw, zone, None), "{what}");
        hashed += outside.made.get();
    };
    for (zone, msg) in cases {
        same(msg, &read(msg), &read(zone));
    }
    // The ValiMail ARC suite: real ARC and DKIM signatures, good and broken.
    let suite: Vec<serde_json::Value> =
        serde_json::from_str(&read("arc_test_suite/arc-draft-validation-tests.json"))
            .expect("suite");
    let mut messages = 0;
    for scenario in &suite {
        let mut zone = String::new();
        for (name, value) in scenario["txt-records"].as_object().expect("records") {
            let v = value.as_str().unwrap_or_default().replace('\n', "");
            zone.push_str(&format!("{name}. 60 IN TXT \"{v}\"\n"));
        }
        for test in scenario["tests"].as_array().expect("tests") {
            let raw = test["message"]
                .as_str()
                .unwrap_or_default()
                .replace('\n', "\r\n");
            if raw.contains("\r\n\r\n") {
                same(test["name"].as_str().unwrap_or_default(), &raw, &zone);
                messages += 1;
            }
        }
    }
    assert!(messages > 50, "{messages} suite messages");
    // Most suite messages carry an ARC-Message-Signature that parses.
    assert!(
        hashed * 2 > messages,
        "the outside hasher made only {hashed} hashes for {messages} messages"
    );
}

/// A body with everything canonicalization changes: trailing WSP, WSP runs,
/// bare LF, empty lines at the end.
const BODY: &str = "Hello  \t world \r\n\r\nline\twith\t tabs \r\nbare lf\nend\r\n\r\n\r\n";

fn signature(name: &str, a: &str, c: &str, l: Option<usize>) -> String {
    let l = l.map(|l| format!(" l={l};")).unwrap_or_default();
    let i = if name == "ARC-Message-Signature" {
        " i=1;"
    } else {
        ""
    };
    format!("{name}: v=1;{i} a={a}; c={c}; d=example.org; s=sel; h=from;{l} bh=AAAA; b=AAAA\r\n")
}

#[test]
fn every_body_hash_kind_is_the_same_made_outside() {
    let mut raw = String::new();
    for (a, c, l) in [
        ("rsa-sha256", "relaxed/relaxed", None),
        ("rsa-sha256", "relaxed/simple", None),
        ("rsa-sha1", "simple/simple", None),
        ("rsa-sha1", "relaxed/relaxed", Some(7)),
        ("ed25519-sha256", "simple/relaxed", Some(0)),
        ("rsa-sha256", "relaxed/relaxed", Some(10_000)),
    ] {
        raw.push_str(&signature("DKIM-Signature", a, c, l));
    }
    raw.push_str(&signature(
        "ARC-Message-Signature",
        "rsa-sha256",
        "relaxed/simple",
        Some(3),
    ));
    raw.push_str("From: a@example.org\r\n\r\n");
    raw.push_str(BODY);
    let crlf = canon::with_crlf(raw.as_bytes());
    let parse = || headerscope::message::parse_head(raw.as_bytes()).expect("parses");
    let msg = parse();
    let prehashed = SignedMessage::new(raw.as_bytes(), &msg, crlf.as_deref());
    let outside = Outside::default();
    block_on(prehashed.prehash_bodies(&outside, 50, 50));
    let wanted = prehashed.body_hashes_wanted(50, 50);
    assert_eq!(wanted.len(), 7, "{wanted:?}");
    assert_eq!(outside.made.get(), 7);
    assert_eq!(prehashed.body_hashes_computed(), 7);

    let lazy = SignedMessage::new(raw.as_bytes(), &msg, crlf.as_deref());
    let refusing = Outside {
        refuse: true,
        ..Default::default()
    };
    block_on(lazy.prehash_bodies(&refusing, 50, 50));
    assert_eq!(
        lazy.body_hashes_computed(),
        0,
        "a refusing hasher leaves the hashes to Rust"
    );
    for (c, h, l) in wanted {
        let a = match h {
            HashAlgorithm::Sha1 => mail_auth::crypto::Algorithm::RsaSha1,
            _ => mail_auth::crypto::Algorithm::RsaSha256,
        };
        assert_eq!(
            prehashed.body_hash(a, c, l),
            lazy.body_hash(a, c, l),
            "{c:?} {h:?} {l:?}"
        );
    }
    assert_eq!(prehashed.body_hashes_computed(), 7, "nothing hashed twice");
    // Sanity: the two canonicalizations really differ on this body.
    let relaxed = canon::canonical_body(Canonicalization::Relaxed, lazy.body, None);
    let simple = canon::canonical_body(Canonicalization::Simple, lazy.body, None);
    assert_ne!(relaxed.0, simple.0);
    assert_eq!(
        canon::canonical_body(Canonicalization::Relaxed, lazy.body, Some(7)).0,
        relaxed.0[..7]
    );
}
