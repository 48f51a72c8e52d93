//! Crypto made outside the core (the browser's WebCrypto, issue 19) gives
//! the same verdicts as the Rust code: the core canonicalizes, the platform
//! only digests bytes and verifies RSA signatures. Here the outside
//! platform is a plain digest of the canonical bytes and aws-lc's RSA from
//! the key's modulus and exponent (as WebCrypto takes a JWK), so every path
//! the browser takes (SHA-1 and SHA-256, both body canonicalizations, `l=`,
//! a platform that cannot, one that answers `false`) runs natively too;
//! tests/e2e/webcrypto.test.mjs runs the fixtures with WebCrypto itself.

mod arc_suite_support;

use futures::executor::block_on;
use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::auth::dkim::{self, canon, PlatformCrypto, RsaKey, SignedMessage};
use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::{inspect_with_platform, Options};
use mail_auth::crypto::Algorithm::RsaSha256;
use mail_auth::crypto::HashAlgorithm;
use mail_auth::dkim::Canonicalization;
use std::cell::Cell;

/// What the outside platform answers about a signature.
#[derive(Default, Clone, Copy, PartialEq, Debug)]
enum Answer {
    /// Verifies it (aws-lc's RSA, from `n` and `e`).
    #[default]
    Verify,
    /// Cannot: a browser whose WebCrypto refuses the key or the algorithm.
    Refuse,
    /// Says every signature fails: the Rust code must check each again.
    SayFails,
    /// Says every signature verifies: whatever it is asked is taken.
    SayPasses,
}

/// Digests the bytes it is given and verifies signatures, counting both;
/// `refuse` plays a browser without WebCrypto's digest.
#[derive(Default)]
struct Outside {
    refuse: bool,
    answer: Answer,
    made: Cell<usize>,
    asked: Cell<usize>,
    verified: Cell<usize>,
}

impl Outside {
    fn answering(answer: Answer) -> Self {
        Outside {
            answer,
            ..Default::default()
        }
    }

    /// `check`'s verdict, or what this platform was told to say instead.
    fn answer(&self, check: impl FnOnce() -> bool) -> LocalBoxFuture<'_, Option<bool>> {
        self.asked.set(self.asked.get() + 1);
        let answer = match self.answer {
            Answer::Verify => Some(check()),
            Answer::Refuse => None,
            Answer::SayFails => Some(false),
            Answer::SayPasses => Some(true),
        };
        if answer == Some(true) {
            self.verified.set(self.verified.get() + 1);
        }
        Box::pin(std::future::ready(answer))
    }
}

impl PlatformCrypto for Outside {
    fn digest<'a>(
        &'a self,
        algorithm: HashAlgorithm,
        data: &[u8],
    ) -> LocalBoxFuture<'a, Option<Vec<u8>>> {
        // Read when called, as WebCrypto does: the caller may reuse `data`.
        let digest = (!self.refuse).then(|| algorithm.hash(data).as_ref().to_vec());
        async move {
            let digest = digest?;
            self.made.set(self.made.get() + 1);
            Some(digest)
        }
        .boxed_local()
    }

    fn rsa_verifies<'a>(
        &'a self,
        key: &RsaKey,
        hash: HashAlgorithm,
        data: &[u8],
        signature: &[u8],
    ) -> LocalBoxFuture<'a, Option<bool>> {
        self.answer(|| dkim::key::aws_lc_rsa_verifies(key, hash, data, signature))
    }
}

fn read(rel: &str) -> String {
    let p = format!("{}/tests/data/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// The DKIM and ARC reports of a whole inspection, as JSON.
fn verdicts(raw: &str, zone: &str, platform: Option<&Outside>) -> String {
    let resolver = offline_resolver_from_text(zone).expect("zone");
    let options = Options {
        now: Some(1_700_000_000),
        ..Default::default()
    };
    let report = block_on(inspect_with_platform(
        raw.as_bytes(),
        &options,
        &resolver,
        headerscope::dns::Budget::default(),
        platform.map(|p| p as &dyn PlatformCrypto),
    ))
    .expect("inspectable");
    serde_json::json!({ "dkim": report.dkim, "arc": report.arc }).to_string()
}

/// The signed messages of tests/data, and every message of the ValiMail ARC
/// suite (real ARC and DKIM signatures, good and broken): name, message, zone.
fn corpus() -> Vec<(String, String, String)> {
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
    let mut out: Vec<(String, String, String)> = cases
        .iter()
        .map(|(zone, msg)| (msg.to_string(), read(msg), read(zone)))
        .collect();
    for scenario in &arc_suite_support::suite() {
        let zone = arc_suite_support::zone_text(scenario);
        for test in scenario["tests"].as_array().expect("tests") {
            let raw = arc_suite_support::message(test);
            if raw.contains("\r\n\r\n") {
                let name = test["name"].as_str().unwrap_or_default().to_string();
                out.push((name, raw, zone.clone()));
            }
        }
    }
    out
}

#[test]
fn fixtures_verify_the_same_with_outside_crypto() {
    let corpus = corpus();
    assert!(corpus.len() > 60, "{} messages", corpus.len());
    let (mut hashed, mut verified) = (0, 0);
    for (name, raw, zone) in &corpus {
        let outside = Outside::default();
        let with = verdicts(raw, zone, Some(&outside));
        assert_eq!(with, verdicts(raw, zone, None), "{name}");
        hashed += outside.made.get();
        verified += outside.verified.get();
    }
    // Most suite messages carry an ARC-Message-Signature that parses, and
    // most carry a good RSA signature (145 of the 158 asked, today).
    assert!(
        hashed * 2 > corpus.len(),
        "the outside platform made only {hashed} hashes for {} messages",
        corpus.len()
    );
    assert!(
        verified * 2 > corpus.len(),
        "the outside platform verified only {verified} RSA signatures for {} messages",
        corpus.len()
    );
}

/// The platform's `true` is taken; its `false`, and a key it cannot take,
/// are checked again by the Rust code: so a platform that answers `false`
/// to every signature, or cannot verify any, changes no verdict.
#[test]
fn what_the_platform_fails_or_refuses_is_checked_again_by_the_rust_code() {
    let corpus = corpus();
    for answer in [Answer::SayFails, Answer::Refuse] {
        let mut asked = 0;
        for (name, raw, zone) in &corpus {
            let outside = Outside::answering(answer);
            let with = verdicts(raw, zone, Some(&outside));
            assert_eq!(with, verdicts(raw, zone, None), "{answer:?} {name}");
            asked += outside.asked.get();
            assert_eq!(outside.verified.get(), 0);
        }
        assert!(
            asked * 2 > corpus.len(),
            "{answer:?}: only {asked} signatures asked"
        );
    }
}

/// Ed25519 stays with the Rust code (faster in wasm than WebCrypto's round
/// trips), so a platform's word on it is never taken: not even for a
/// signature whose key and `R` are the neutral point (`S` = 0), which
/// satisfies RFC 8032's cofactorless equation for any message, so that
/// BoringSSL-style verifiers (WebCrypto's, aws-lc's) accept it, while the
/// Rust check (`verify_strict`) rejects points of small order.
#[test]
fn ed25519_signatures_are_never_asked_of_the_platform() {
    let neutral = {
        let mut p = [0u8; 32];
        p[0] = 1;
        p
    };
    let b64 = |bytes: &[u8]| {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(bytes)
    };
    let body = "Hello\r\n";
    let (bh, _) = canon::body_hash(
        mail_auth::crypto::Algorithm::Ed25519Sha256,
        Canonicalization::Relaxed,
        body.as_bytes(),
        None,
    );
    let signature = [neutral, [0u8; 32]].concat();
    let raw = format!(
        "DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=example.org; s=weak; h=from; bh={}; b={}\r\nFrom: a@example.org\r\n\r\n{body}",
        b64(&bh),
        b64(&signature)
    );
    let zone = format!(
        "weak._domainkey.example.org. 60 IN TXT \"v=DKIM1; k=ed25519; p={}\"\n",
        b64(&neutral)
    );
    let rust = verdicts(&raw, &zone, None);
    assert!(rust.contains(r#""result":"fail""#), "{rust}");
    let yes_man = Outside::answering(Answer::SayPasses);
    assert_eq!(verdicts(&raw, &zone, Some(&yes_man)), rust);
    assert_eq!(yes_man.asked.get(), 0);

    let ordinary = Outside::answering(Answer::SayPasses);
    let zone = read("dkimpy/zone.txt");
    let raw = read("dkimpy/ed25519test2.msg");
    let rust = verdicts(&raw, &zone, None);
    assert!(rust.contains(r#""result":"pass""#), "{rust}");
    assert_eq!(verdicts(&raw, &zone, Some(&ordinary)), rust);
    assert_eq!(ordinary.asked.get(), 0);
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
    let outside = Outside::default();
    let prehashed =
        SignedMessage::new(raw.as_bytes(), &msg, crlf.as_deref()).with_platform(Some(&outside));
    block_on(prehashed.prehash_bodies(50, 50));
    let wanted = prehashed.body_hashes_wanted(50, 50);
    assert_eq!(wanted.len(), 7, "{wanted:?}");
    assert_eq!(outside.made.get(), 7);
    assert_eq!(prehashed.body_hashes_computed(), 7);

    let refusing = Outside {
        refuse: true,
        ..Default::default()
    };
    let lazy =
        SignedMessage::new(raw.as_bytes(), &msg, crlf.as_deref()).with_platform(Some(&refusing));
    block_on(lazy.prehash_bodies(50, 50));
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

/// [`canon::canonical_body_in_place`] when it reads the body in place (its
/// bytes are the body's own, no copy), checked to be the canonical body.
fn in_place(c: Canonicalization, body: &[u8], l: Option<u64>) -> Option<(Vec<u8>, usize)> {
    let mut scratch = Vec::new();
    let (bytes, total) = canon::canonical_body_in_place(c, body, l, &mut scratch);
    assert_eq!(
        (bytes.to_vec(), total),
        canon::canonical_body(c, body, l),
        "{c:?} {l:?} {body:?}"
    );
    std::ptr::eq(bytes.as_ptr(), body.as_ptr()).then(|| (bytes.to_vec(), total))
}

/// What the canonical bytes are, made the long way: canonicalized into a new
/// buffer; `Some` when they are the start of the body itself.
fn prefix_oracle(c: Canonicalization, body: &[u8], l: Option<u64>) -> Option<(Vec<u8>, usize)> {
    let (canonical, total) = canon::canonical_body(c, body, l);
    body.starts_with(&canonical).then_some((canonical, total))
}

/// The body is read in place exactly when its canonical form is the body's
/// own start, and then that start is the canonical body (RFC 6376 §3.4.3,
/// §3.4.4, §3.4.5): simple with and without empty lines at the end, WSP for
/// relaxed to fold, a last line without CRLF, bare LF, `l=` shorter and
/// longer than the body.
#[test]
fn the_body_is_read_in_place_exactly_when_canonicalization_leaves_it() {
    let bodies: [&[u8]; 14] = [
        b"",
        b"\r\n",
        b"\r\n\r\n",
        b"line\r\n",
        b"line\r\nmore\r\n",
        b"line\r\nmore\r\n\r\n\r\n",
        b"line\r\n\r\nmore\r\n",
        b"no final break",
        b"line\nbare lf\n",
        b"trailing wsp \r\nmore\r\n",
        b"two  spaces\r\n",
        b"tab\there\r\n",
        b"line\r\n \r\n\t\r\n",
        BODY.as_bytes(),
    ];
    let limits = [None, Some(0), Some(3), Some(6), Some(12), Some(10_000)];
    let mut read_in_place = 0;
    for body in bodies {
        for c in [Canonicalization::Simple, Canonicalization::Relaxed] {
            for l in limits {
                let got = in_place(c, body, l);
                let want = prefix_oracle(c, body, l);
                let what = format!("{c:?} l={l:?} {:?}", String::from_utf8_lossy(body));
                assert_eq!(got, want, "{what}");
                let key = (c, HashAlgorithm::Sha256, l);
                let made = block_on(dkim::hash_bodies(&Outside::default(), body, &[key]));
                let rust = canon::body_hash(RsaSha256, c, body, l);
                assert_eq!(made, vec![(key, rust)], "{what}");
                read_in_place += usize::from(got.is_some());
            }
        }
    }
    // Both answers occur: the comparison above is not one-sided.
    assert!(
        read_in_place > 40 && read_in_place < 14 * 12,
        "{read_in_place}"
    );
    let relaxed = Canonicalization::Relaxed;
    let simple = Canonicalization::Simple;
    // Empty lines at the end are dropped by leaving them out of the prefix.
    let (p, total) = in_place(simple, b"a\r\nb\r\n\r\n\r\n", None).expect("prefix");
    assert_eq!((p, total), (b"a\r\nb\r\n".to_vec(), 6));
    // A change past l= is not hashed, so the body is still read in place;
    // the whole canonical length is still counted (for the l= warning).
    let (p, total) = in_place(relaxed, b"abc\r\ndef  \r\n", Some(5)).expect("prefix");
    assert_eq!((p, total), (b"abc\r\n".to_vec(), 10));
    assert_eq!(in_place(relaxed, b"abc\r\ndef  \r\n", Some(9)), None);
    // Bare LF is read as CRLF, which the body does not hold.
    assert_eq!(in_place(simple, b"a\nb\n", None), None);
    // A simple empty body is one CRLF, which the body does not hold.
    assert_eq!(in_place(simple, b"", None), None);
}

/// The in-place and the copied paths give the same verdicts as the Rust
/// hash through a whole inspection, for a simple and a relaxed signature:
/// the body as signed (in place), with empty lines added at the end (in
/// place, shorter), with bare LF line ends (the inspection reads its CRLF
/// copy) and with WSP added at the body's line ends (copied for relaxed,
/// which still passes; in place for simple, which no longer does).
#[test]
fn in_place_and_copied_bodies_verify_the_same() {
    let zone = read("dkimpy/zone.txt");
    let with_trailing_wsp = |crlf: &str| {
        let (head, body) = crlf.split_once("\r\n\r\n").expect("a body");
        format!("{head}\r\n\r\n{}", body.replace("\r\n", " \t\r\n"))
    };
    for (msg, relaxed) in [
        ("dkimpy/rfc6376.signed.rsa.msg", false),
        ("dkimpy/ed25519test2.msg", true),
    ] {
        let lf = read(msg).replace("\r\n", "\n");
        let crlf = lf.replace('\n', "\r\n");
        let variants = [
            ("as signed", crlf.clone(), true),
            ("empty lines added", format!("{crlf}\r\n\r\n"), true),
            ("bare LF", lf.clone(), true),
            ("WSP at line ends", with_trailing_wsp(&crlf), relaxed),
        ];
        for (what, raw, passes) in &variants {
            let outside = Outside::default();
            let with = verdicts(raw, &zone, Some(&outside));
            assert_eq!(with, verdicts(raw, &zone, None), "{msg} {what}");
            assert_eq!(outside.made.get(), 1, "{msg} {what}: one hash made outside");
            assert_eq!(
                with.contains(r#""result":"pass""#),
                *passes,
                "{msg} {what}: {with}"
            );
        }
    }
}

/// A body of `lines` base64-like lines of 76 characters, CRLF each.
fn big_body(lines: usize) -> Vec<u8> {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut body = Vec::with_capacity(lines * 78);
    let mut x: u32 = 0x1234_5678;
    for _ in 0..lines {
        for _ in 0..76 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            body.push(alphabet[(x % 64) as usize]);
        }
        body.extend_from_slice(b"\r\n");
    }
    body
}

/// A big body read in place, or copied from its first change on, gives the
/// Rust digest wherever the change is (none, WSP near the start, empty lines
/// and a signature separator with its SP at the end, WSP, a bare CR or a
/// WSP-only line in the middle, no CRLF at the end), for both
/// canonicalizations, with and without `l=`.
#[test]
fn big_bodies_give_the_rust_hash_in_place_or_copied() {
    let clean = big_body(20_000);
    let at = |body: &[u8], pos: usize, insert: &[u8]| {
        let line_start = pos - pos % 78;
        [&body[..line_start], insert, &body[line_start..]].concat()
    };
    let middle = clean.len() / 2;
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("clean", clean.clone()),
        (
            "WSP near the start",
            at(&clean, 780, b"Hi Bob,  the  scans\t \r\n"),
        ),
        (
            "empty lines at the end",
            [&clean[..], b"\r\n\r\n \r\n"].concat(),
        ),
        (
            "signature at the end",
            [&clean[..], b"-- \r\nBob\r\n"].concat(),
        ),
        ("WSP in the middle", at(&clean, middle, b"a  b \r\n")),
        ("bare CR in the middle", at(&clean, middle, b"a\rb\r\n")),
        (
            "WSP-only line in the middle",
            at(&clean, middle, b" \t\r\n"),
        ),
        ("no CRLF at the end", clean[..clean.len() - 2].to_vec()),
    ];
    for (what, body) in &variants {
        for c in [Canonicalization::Simple, Canonicalization::Relaxed] {
            for l in [None, Some(1000), Some(body.len() as u64 / 2)] {
                let key = (c, HashAlgorithm::Sha256, l);
                let made = block_on(dkim::hash_bodies(&Outside::default(), body, &[key]));
                let rust = canon::body_hash(RsaSha256, c, body, l);
                assert_eq!(made, vec![(key, rust)], "{what} {c:?} {l:?}");
            }
        }
    }
}

/// Counts the bytes its digests hold until they are awaited, as WebCrypto's
/// copies are held until they are hashed.
#[derive(Default)]
struct Holding {
    held: std::rc::Rc<Cell<usize>>,
    most: Cell<usize>,
}

impl PlatformCrypto for Holding {
    fn digest<'a>(
        &'a self,
        algorithm: HashAlgorithm,
        data: &[u8],
    ) -> LocalBoxFuture<'a, Option<Vec<u8>>> {
        let len = data.len();
        self.held.set(self.held.get() + len);
        self.most.set(self.most.get().max(self.held.get()));
        let digest = algorithm.hash(data).as_ref().to_vec();
        let held = self.held.clone();
        async move {
            held.set(held.get() - len);
            Some(digest)
        }
        .boxed_local()
    }
}

/// A message can ask for as many body hashes as it has signatures with
/// distinct `l=`: the digests side by side hold at most 64 MiB together,
/// and every one is still made.
#[test]
fn digests_side_by_side_hold_a_bounded_number_of_bytes() {
    let body = big_body(13_000);
    let keys: Vec<_> = (0..70u64)
        .map(|i| {
            let l = Some(body.len() as u64 - i);
            (Canonicalization::Simple, HashAlgorithm::Sha256, l)
        })
        .collect();
    let hasher = Holding::default();
    let made = block_on(dkim::hash_bodies(&hasher, &body, &keys));
    assert_eq!(made.len(), keys.len());
    for ((key, hash), want) in made.iter().zip(&keys).step_by(23) {
        assert_eq!(key, want);
        let (c, _, l) = *key;
        assert_eq!(*hash, canon::body_hash(RsaSha256, c, &body, l));
    }
    let most = hasher.most.get();
    assert!(most <= 64 * 1024 * 1024, "{most} bytes held at once");
    assert!(
        most > 32 * 1024 * 1024,
        "{most}: the digests did run side by side"
    );
}
