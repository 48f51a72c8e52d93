//! DKIM (RFC 6376, 8301, 8463): every DKIM-Signature, in header order, with its own verdict and trace.
//!
//! The verdict is split: whether the signature over the header block verifies (it covers
//! `bh=`), and separately whether the body hash matches, so that "headers pasted without
//! the body" reads as such and not as a bare failure.

pub mod canon;
pub mod key;
pub mod tags;

use crate::dns::Resolver;
use crate::i18n::phrases::dkim::Dkim;
use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
use crate::message::auth_results::{parse_authentication_results, ReceiverVerdict};
use crate::report::{AuthResult, DkimReport};
use crate::tr;
use crate::trace::{Step, StepKind};
use base64::Engine;
use canon::RawHeader;
pub use key::RsaKey;
use key::{Fetched, KeyError, PublicKey};
use mail_auth::crypto::{Algorithm, HashAlgorithm};
use mail_auth::dkim::Canonicalization;
use mail_auth::AuthenticatedMessage;
use std::cell::RefCell;
use tags::{SigKind, SignatureTags};

/// Clock skew tolerated for a `t=` in the future, as dkimpy does.
const FUTURE_SLOP: u64 = 300;

/// Headers whose absence from `h=` lets them be changed under a valid signature.
const IMPORTANT: [&str; 7] = [
    "From",
    "Subject",
    "To",
    "Date",
    "Reply-To",
    "Content-Type",
    "Message-ID",
];

/// A computed body hash: the digest and the whole canonicalized body length.
type BodyHash = (Vec<u8>, usize);

/// What a body hash depends on: body canonicalization, hash function, `l=`.
pub type BodyHashKey = (Canonicalization, HashAlgorithm, Option<u64>);

/// The message as DKIM and ARC read it, made once per inspection: the header
/// fields and body of its CRLF form (signers hash CRLF lines, RFC 6376 §3.4),
/// and every body hash computed so far, so that a body is canonicalized and
/// hashed once per (canonicalization, hash, `l=`) however many DKIM-Signatures
/// and ARC-Message-Signatures ask for it.
pub struct SignedMessage<'x> {
    pub headers: Vec<RawHeader<'x>>,
    pub body: &'x [u8],
    /// The message had bare LF (or CR) line ends, read here as CRLF.
    pub crlf_fixed: bool,
    /// Where each header name occurs in `headers`.
    pub index: canon::HeaderIndex,
    body_hashes: RefCell<Vec<(BodyHashKey, BodyHash)>>,
    /// The platform's own crypto (the browser's WebCrypto), asked first for
    /// body hashes and RSA verifications; `None` natively.
    platform: Option<&'x dyn PlatformCrypto>,
}

impl<'x> SignedMessage<'x> {
    /// `msg` is `raw` parsed (whole, or its header section with
    /// [`crate::message::parse_head`]); `crlf` is [`canon::with_crlf`] of `raw`.
    /// Only the CRLF copy's header section is parsed again: its body is sliced,
    /// not read.
    pub fn new(raw: &'x [u8], msg: &AuthenticatedMessage<'x>, crlf: Option<&'x [u8]>) -> Self {
        let reparsed = crlf.and_then(|c| {
            AuthenticatedMessage::parse(crate::message::header_section(c)).map(|m| (c, m))
        });
        let (headers, body, crlf_fixed) = match reparsed {
            Some((c, m)) => {
                let body = crate::message::body_of(c, &m);
                (m.headers().to_vec(), body, true)
            }
            None => (
                msg.headers().to_vec(),
                crate::message::body_of(raw, msg),
                false,
            ),
        };
        SignedMessage {
            index: canon::HeaderIndex::new(&headers),
            headers,
            body,
            crlf_fixed,
            body_hashes: RefCell::new(Vec::new()),
            platform: None,
        }
    }

    /// The message verified with `platform`'s crypto where it can
    /// ([`Self::prehash_bodies`], [`Self::signature_verifies`]); `None`, the
    /// Rust code alone.
    pub fn with_platform(mut self, platform: Option<&'x dyn PlatformCrypto>) -> Self {
        self.platform = platform;
        self
    }

    /// [`canon::body_hash`] of the body, computed on the first request only.
    pub fn body_hash(&self, a: Algorithm, c: Canonicalization, limit: Option<u64>) -> BodyHash {
        let key: BodyHashKey = (c, canon::hash_algorithm(a), limit);
        if let Some((_, h)) = self.body_hashes.borrow().iter().find(|(k, _)| *k == key) {
            return h.clone();
        }
        let h = canon::body_hash(a, c, self.body, limit);
        self.body_hashes.borrow_mut().push((key, h.clone()));
        h
    }

    /// Every body hash the message's topmost `max_dkim` DKIM-Signatures and
    /// `max_arc` ARC-Message-Signatures will ask for, each once; signatures
    /// that do not parse ask for none.
    pub fn body_hashes_wanted(&self, max_dkim: usize, max_arc: usize) -> Vec<BodyHashKey> {
        let of_kind = |name: &'static [u8], kind: SigKind, max: usize| {
            self.headers
                .iter()
                .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
                .take(max)
                .filter_map(move |(_, v)| {
                    tags::parse_signature(&String::from_utf8_lossy(v), kind).ok()
                })
        };
        let mut wanted: Vec<BodyHashKey> = Vec::new();
        for sig in of_kind(b"DKIM-Signature", SigKind::Dkim, max_dkim).chain(of_kind(
            b"ARC-Message-Signature",
            SigKind::ArcMessageSignature,
            max_arc,
        )) {
            let key = (
                sig.body_canon,
                canon::hash_algorithm(sig.algorithm),
                sig.length,
            );
            if !wanted.contains(&key) {
                wanted.push(key);
            }
        }
        wanted
    }

    /// Computes the body hashes the signatures will ask for with the
    /// platform's crypto (the browser's WebCrypto), before verification reads
    /// them: the result is the same digest of the same canonical bytes, so
    /// verdicts do not depend on who hashed. A hash the platform cannot make
    /// is left to the Rust code, which computes it when asked; without a
    /// platform this does nothing.
    pub async fn prehash_bodies(&self, max_dkim: usize, max_arc: usize) {
        let Some(platform) = self.platform else {
            return;
        };
        let wanted: Vec<BodyHashKey> = self
            .body_hashes_wanted(max_dkim, max_arc)
            .into_iter()
            .filter(|key| !self.body_hashes.borrow().iter().any(|(k, _)| k == key))
            .collect();
        for (key, hash) in hash_bodies(platform, self.body, &wanted).await {
            self.body_hashes.borrow_mut().push((key, hash));
        }
    }

    /// Whether `signature` by `key` verifies over `input` ([`PublicKey::verifies`]).
    /// An RSA signature is asked of the platform's crypto first: its `true`
    /// is taken, as the native build takes aws-lc's; its `false`, or a key
    /// it refuses, is checked again by the Rust code, so a failure's verdict
    /// is always the `rsa` crate's. Ed25519 stays with the Rust code: in
    /// wasm it verifies faster than WebCrypto's import and verify round
    /// trips (bench/README-performance.md).
    pub async fn signature_verifies(
        &self,
        key: &PublicKey,
        input: &[u8],
        signature: &[u8],
        a: Algorithm,
    ) -> bool {
        if let Some(platform) = self.platform {
            if platform_verifies(platform, key, input, signature, a).await {
                return true;
            }
        }
        key.verifies(input, signature, a)
    }

    /// How many distinct body hashes were computed (each one pass over the body).
    pub fn body_hashes_computed(&self) -> usize {
        self.body_hashes.borrow().len()
    }
}

/// Whether the platform says the RSA `signature` verifies; `false` for "no",
/// for "cannot" and for any other kind of key alike, all of which the Rust
/// code checks again.
async fn platform_verifies(
    platform: &dyn PlatformCrypto,
    key: &PublicKey,
    input: &[u8],
    signature: &[u8],
    a: Algorithm,
) -> bool {
    let (PublicKey::Rsa(k), Algorithm::RsaSha256 | Algorithm::RsaSha1) = (key, a) else {
        return false;
    };
    let hash = canon::hash_algorithm(a);
    platform
        .rsa_verifies(&RsaKey::from(k), hash, input, signature)
        .await
        == Some(true)
}

/// Crypto made outside the core by the platform, e.g. the browser's
/// WebCrypto, which hashes several times faster than wasm and verifies RSA
/// several times faster than the `rsa` crate's bignum code in wasm. `None`
/// means "cannot": the Rust code does it instead.
pub trait PlatformCrypto {
    /// The digest of `data`. It reads `data` before it returns (WebCrypto
    /// copies its input when called), so the caller may reuse the buffer and
    /// start the next digest while this one runs.
    fn digest<'a>(
        &'a self,
        algorithm: HashAlgorithm,
        data: &[u8],
    ) -> futures::future::LocalBoxFuture<'a, Option<Vec<u8>>>;

    /// Whether the RSASSA-PKCS1-v1_5 `signature` by `key` verifies over
    /// `data` hashed with `hash` (RFC 6376 §3.3.1). A platform without it
    /// leaves every RSA signature to the Rust code.
    fn rsa_verifies<'a>(
        &'a self,
        _key: &RsaKey,
        _hash: HashAlgorithm,
        _data: &[u8],
        _signature: &[u8],
    ) -> futures::future::LocalBoxFuture<'a, Option<bool>> {
        Box::pin(std::future::ready(None))
    }
}

/// How many bytes the digests running side by side may hold together: each
/// holds its own copy (WebCrypto copies its input), and a message can ask
/// for as many kinds as it has signatures (`l=` values).
const DIGEST_BYTES_IN_FLIGHT: usize = 64 * 1024 * 1024;

/// The body hashes `keys` of `body`, each made by `hasher` (those it cannot
/// make are left out): the body is read in place where canonicalization
/// leaves the hashed bytes as they are, else canonicalized into one buffer
/// shared by the keys ([`canon::canonical_body_in_place`]). Digests are
/// started before any is awaited, so they run side by side, up to
/// [`DIGEST_BYTES_IN_FLIGHT`] at a time.
pub async fn hash_bodies(
    hasher: &dyn PlatformCrypto,
    body: &[u8],
    keys: &[BodyHashKey],
) -> Vec<(BodyHashKey, BodyHash)> {
    let mut scratch = Vec::new();
    let mut made = Vec::with_capacity(keys.len());
    let mut started = Vec::new();
    let mut in_flight = 0;
    for &key @ (c, h, limit) in keys {
        let (bytes, total) = canon::canonical_body_in_place(c, body, limit, &mut scratch);
        if in_flight + bytes.len() > DIGEST_BYTES_IN_FLIGHT && !started.is_empty() {
            made.extend(futures::future::join_all(started.drain(..)).await);
            in_flight = 0;
        }
        in_flight += bytes.len();
        let digest = hasher.digest(h, bytes);
        started.push(async move { Some((key, (digest.await?, total))) });
    }
    made.extend(futures::future::join_all(started).await);
    made.into_iter().flatten().collect()
}

/// The cryptographic part of a signature check, shared by DKIM and ARC-Message-Signature.
pub struct Checked {
    pub header_valid: Option<bool>,
    pub body_matches: Option<bool>,
    pub key_error: Option<KeyError>,
    pub key_kind: Option<&'static str>,
    pub key_bits: Option<usize>,
    pub strict_key: bool,
    pub body_len: usize,
    pub steps: Vec<Step>,
    pub warnings: Vec<Text>,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Hashes the body and the header block of one signature and verifies it with the fetched key.
pub async fn check_signature(
    sig: &SignatureTags,
    sig_header: RawHeader<'_>,
    signed: &SignedMessage<'_>,
    key_name: &str,
    fetched: &Fetched,
) -> Checked {
    // Body hash: needs no key, so it is reported even when the lookup fails.
    let body = check_body_hash(sig, signed);
    let mut steps = vec![body.step];
    let mut warnings: Vec<Text> = sig
        .length
        .map(|l| length_warning(l, body.len))
        .into_iter()
        .collect();
    let (block, header_step) = hash_header_block(sig, sig_header, signed);
    steps.push(header_step);
    steps.push(key_lookup_step(key_name, fetched));
    let key = verify_with_key(sig, &block, signed, fetched, &mut steps, &mut warnings).await;
    Checked {
        header_valid: key.header_valid,
        body_matches: Some(body.matches),
        key_error: key.error,
        key_kind: key.kind,
        key_bits: key.bits,
        strict_key: key.strict,
        body_len: body.len,
        steps,
        warnings,
    }
}

/// The body hash compared with `bh=`, as one trace step.
struct BodyCheck {
    matches: bool,
    len: usize,
    step: Step,
}

fn check_body_hash(sig: &SignatureTags, signed: &SignedMessage<'_>) -> BodyCheck {
    let (computed, len) = signed.body_hash(sig.algorithm, sig.body_canon, sig.length);
    let (matches, step) = match sig.length {
        Some(l) if (l as usize) > len => (
            false,
            Step::new(StepKind::NoMatch, tr!(Dkim::BodyShortened, l = l, n = len)),
        ),
        _ => {
            let ok = computed == sig.bh;
            let text = if ok {
                tr!(Dkim::BodyHashMatches)
            } else if signed.body.iter().all(u8::is_ascii_whitespace) {
                tr!(Dkim::BodyHashNoBody)
            } else {
                tr!(Dkim::BodyHashChanged)
            };
            let step = Step::new(StepKind::matched(ok), text)
                .with_fact(tr!(Dkim::FactComputed), b64(&computed))
                .with_fact("bh=", b64(&sig.bh));
            (ok, step)
        }
    };
    let step = step
        .with_fact(tr!(Dkim::FactBodyCanon), tags::canon_name(sig.body_canon))
        .with_fact(tr!(Dkim::FactBodyLength), len)
        .with_fact(
            tr!(Dkim::FactSignedLength),
            sig.length
                .map(|l| Text::verbatim(l.to_string()))
                .unwrap_or_else(|| tr!(Dkim::FactAllNoL)),
        );
    BodyCheck { matches, len, step }
}

/// `l=` signs a prefix of the body: anything after it can be changed freely.
fn length_warning(l: u64, body_len: usize) -> Text {
    let unsigned = body_len.saturating_sub(l as usize);
    if unsigned > 0 {
        tr!(
            Dkim::LengthSignedUncovered,
            l = l,
            n = l,
            unsigned = unsigned
        )
    } else {
        tr!(Dkim::LengthSigned, l = l, n = l)
    }
}

/// The canonical header block the signature covers, and the step showing
/// exactly what was hashed (with the `h=` names the message lacks).
fn hash_header_block(
    sig: &SignatureTags,
    sig_header: RawHeader<'_>,
    signed: &SignedMessage<'_>,
) -> (Vec<u8>, Step) {
    let (selected, found) = signed.index.select(&signed.headers, &sig.headers);
    let stripped = tags::strip_b_value(sig_header.1);
    let block = canon::header_block(sig.header_canon, &selected, sig_header.0, &stripped);
    let missing: Vec<Step> = sig
        .headers
        .iter()
        .zip(&found)
        .filter(|(_, f)| !**f)
        .map(|(h, _)| Step::new(StepKind::Info, tr!(Dkim::HeaderAbsent, header = h)))
        .collect();
    let mut step = Step::new(
        StepKind::Compute,
        tr!(
            Dkim::HeaderBlock,
            canon = tags::canon_name(sig.header_canon),
            count = selected.len(),
            hash = canon::hash_algorithm(sig.algorithm).name()
        ),
    )
    .with_details(canon::visible_lines(&block))
    .with_fact(
        tr!(Dkim::FactHeaderHash),
        b64(&canon::hash(sig.algorithm, &block)),
    )
    .with_fact(tr!(Dkim::FactBytes), block.len());
    if !missing.is_empty() {
        step = step.with_children(missing);
    }
    (block, step)
}

fn key_lookup_step(key_name: &str, fetched: &Fetched) -> Step {
    let lookup = Step::new(StepKind::Lookup, tr!(Dkim::KeyLookedUp, name = key_name));
    match fetched {
        Fetched::Records(r) => lookup.with_details(r.iter().cloned()),
        Fetched::Missing(m) | Fetched::Failed(m) => lookup.with_detail(m.clone()),
    }
}

/// What the key made of the signature.
struct KeyOutcome {
    header_valid: Option<bool>,
    error: Option<KeyError>,
    kind: Option<&'static str>,
    bits: Option<usize>,
    strict: bool,
}

/// Reads the key record and, with a usable key, verifies `b=` over the
/// header block; the key's steps and warnings join the signature's.
async fn verify_with_key(
    sig: &SignatureTags,
    block: &[u8],
    signed: &SignedMessage<'_>,
    fetched: &Fetched,
    steps: &mut Vec<Step>,
    warnings: &mut Vec<Text>,
) -> KeyOutcome {
    let mut key_steps = Vec::new();
    let evaluated = key::evaluate(fetched, sig.algorithm, &mut key_steps);
    steps.extend(key_steps);
    match evaluated {
        Ok(k) => {
            steps.push(key_step(&k));
            warnings.extend(k.warnings.iter().cloned());
            let ok = signed
                .signature_verifies(&k.key, block, &sig.b, sig.algorithm)
                .await;
            steps.push(Step::new(
                StepKind::matched(ok),
                if ok {
                    tr!(Dkim::SignatureVerifies, kind = k.kind)
                } else {
                    tr!(Dkim::SignatureDoesNotVerify)
                },
            ));
            KeyOutcome {
                header_valid: Some(ok),
                error: None,
                kind: Some(k.kind),
                bits: k.bits,
                strict: k.strict,
            }
        }
        Err(e) => {
            steps.push(Step::new(
                StepKind::Error,
                tr!(Dkim::NoUsableKey, reason = e.reason),
            ));
            KeyOutcome {
                header_valid: None,
                error: Some(e),
                kind: None,
                bits: None,
                strict: false,
            }
        }
    }
}

/// The key as read: its type, size and flags.
fn key_step(k: &key::EvaluatedKey) -> Step {
    let kind = if k.kind == "rsa" { "RSA" } else { "Ed25519" };
    let text = match k.bits {
        Some(bits) => tr!(Dkim::KeyBits, bits = bits, kind = kind),
        None => tr!(Dkim::KeyNoBits, kind = kind),
    };
    Step::new(StepKind::Parse, text)
        .with_details(k.tags.iter().map(|t| format!("{}={}", t.name, t.value)))
        .with_fact(tr!(Dkim::FactType), k.kind)
        .with_fact(
            tr!(Dkim::FactBits),
            k.bits.map(|b| b.to_string()).unwrap_or_default(),
        )
        .with_fact(tr!(Dkim::FactTesting), k.testing)
        .with_fact(tr!(Dkim::FactStrict), k.strict)
}

/// The `t=`/`x=` checks of RFC 6376 §3.5 against `now` (unix seconds), in words,
/// each with the result it causes. ARC-Message-Signature takes them as they are
/// (RFC 8617 §4.1.2) and the ARC-Seal's `t=` the future-date one.
pub fn time_problems(
    timestamp: Option<u64>,
    expiration: Option<u64>,
    now: u64,
) -> Vec<(AuthResult, Text)> {
    let mut out = Vec::new();
    if let (Some(t), Some(x)) = (timestamp, expiration) {
        if x < t {
            out.push((AuthResult::PermError, tr!(Dkim::XBeforeT, x = x, t = t)));
        }
    }
    if let Some(x) = expiration {
        if x < now {
            out.push((
                AuthResult::Fail,
                tr!(Dkim::Expired, x = x, n = now - x, now = now),
            ));
        }
    }
    if let Some(t) = timestamp {
        if t > now.saturating_add(FUTURE_SLOP) {
            out.push((
                AuthResult::Fail,
                tr!(Dkim::FutureDated, t = t, n = t - now, now = now),
            ));
        }
    }
    out
}

/// Verifies every DKIM-Signature of `msg`, parsed from the whole message. `now` is
/// unix seconds (for `x=` and `t=`). [`verify_signed`] shares the CRLF copy and
/// the body hashes with ARC.
pub async fn verify_all(
    msg: &AuthenticatedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
) -> Vec<DkimReport> {
    let crlf = canon::with_crlf(msg.raw_message());
    let signed = SignedMessage::new(msg.raw_message(), msg, crlf.as_deref());
    verify_signed(&signed, resolver, now).await
}

/// Verifies the DKIM-Signatures of the message, the topmost
/// [`crate::Limits::dkim_signatures`] of them by default. `now` is unix
/// seconds (for `x=` and `t=`).
pub async fn verify_signed(
    signed: &SignedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
) -> Vec<DkimReport> {
    let max = crate::Limits::default().dkim_signatures;
    verify_signed_limited(signed, resolver, now, max).await.0
}

/// [`verify_signed`] evaluating at most `max` signatures, topmost first (RFC
/// 6376 §6.1 lets a verifier limit them); the others cost no lookup and no
/// hashing. Also returns how many were left out, which the last report's
/// trace says too.
pub async fn verify_signed_limited(
    signed: &SignedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
    max: usize,
) -> (Vec<DkimReport>, usize) {
    let headers = &signed.headers;
    let total = signed.index.count("DKIM-Signature");
    let sigs: Vec<(RawHeader, Result<SignatureTags, Text>)> = headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(b"DKIM-Signature"))
        .take(max)
        .map(|h| {
            (
                *h,
                tags::parse_signature(&String::from_utf8_lossy(h.1), SigKind::Dkim),
            )
        })
        .collect();
    let left_out = total.saturating_sub(sigs.len());
    // All key lookups at once; the Recorder shares identical ones.
    let fetched = futures::future::join_all(sigs.iter().map(|(_, s)| async move {
        match s {
            Ok(s) => {
                let name = format!("{}._domainkey.{}", s.selector, s.domain);
                let f = key::fetch(resolver, &name).await;
                Some((name, f))
            }
            Err(_) => None,
        }
    }))
    .await;
    // Read only for comparing with signatures: a 3 MB header costs nothing unsigned.
    let mut receivers: Vec<ReceiverVerdict> = headers
        .iter()
        .filter(|_| !sigs.is_empty())
        .filter(|(n, _)| n.eq_ignore_ascii_case(b"Authentication-Results"))
        .map(|(_, v)| parse_authentication_results(&crate::message::unfold(v)))
        .collect();
    crate::limits::keep_results(&mut receivers, crate::Limits::default().receiver_results);
    let mut reports: Vec<DkimReport> = Vec::with_capacity(sigs.len());
    for (n, ((raw, parsed), fetched)) in sigs.iter().zip(fetched).enumerate() {
        let mut report = match (parsed, fetched) {
            (Ok(sig), Some((name, fetched))) => {
                verify_one(n + 1, sig, *raw, signed, &name, &fetched, now).await
            }
            (Err(e), _) => syntax_error(n + 1, raw, e.clone()),
            (Ok(_), None) => syntax_error(n + 1, raw, tr!(Dkim::LookupNotMade)),
        };
        if signed.crlf_fixed {
            report
                .trace
                .insert(0, Step::new(StepKind::Info, tr!(Dkim::BareLf)));
        }
        compare_with_receiver(&mut report, parsed.as_ref().ok(), &receivers);
        reports.push(report);
    }
    if let (Some(last), true) = (reports.last_mut(), left_out > 0) {
        last.trace.push(Step::new(
            StepKind::Warning,
            tr!(Dkim::SignaturesNotEvaluated, n = left_out, max = max),
        ));
    }
    (reports, left_out)
}

/// How many characters of `b=` a report keeps: RFC 6008 §4 finds eight
/// enough to tell signatures apart, and so it is what `header.b` carries.
const HEADER_B_CHARS: usize = 8;

/// The start of the `b=` tag of a DKIM-Signature value as written, even
/// one whose tag-list is broken elsewhere.
fn header_b(value: &str) -> String {
    crate::auth::tag_list::loose_get(value, "b")
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(HEADER_B_CHARS)
        .collect()
}

fn syntax_error(n: usize, raw: &RawHeader<'_>, error: Text) -> DkimReport {
    // Best effort for the summary line: d= and s= as written, even if the list is broken.
    let text = String::from_utf8_lossy(raw.1);
    let loose = |name: &str| {
        crate::auth::tag_list::loose_get(&text, name)
            .unwrap_or_default()
            .to_string()
    };
    let reason = tr!(Dkim::SyntaxError, error = error);
    DkimReport {
        header_b: header_b(&text),
        domain: loose("d"),
        selector: loose("s"),
        algorithm: loose("a"),
        result: AuthResult::PermError,
        reason: reason.clone(),
        header_signature_valid: None,
        body_hash_matches: None,
        warnings: Vec::new(),
        trace: vec![
            Step::new(StepKind::Parse, tr!(Dkim::SignatureNumber, index = n))
                .with_detail(crate::message::unfold(raw.1)),
            Step::new(StepKind::Error, reason.clone()),
            Step::new(
                StepKind::Result,
                tr!(Dkim::ResultPermError, reason = reason),
            ),
        ],
        ..Default::default()
    }
}

async fn verify_one(
    n: usize,
    sig: &SignatureTags,
    raw: RawHeader<'_>,
    signed: &SignedMessage<'_>,
    key_name: &str,
    fetched: &Fetched,
    now: u64,
) -> DkimReport {
    let mut trace = vec![signature_heading(n, sig)];
    let auid = sig
        .auid
        .clone()
        .unwrap_or_else(|| format!("@{}", sig.domain));
    let auid_domain = auid
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    let mut problems = Problems::default();
    problems.tag_checks(sig, &auid, &auid_domain, now, &mut trace);

    let checked = check_signature(sig, raw, signed, key_name, fetched).await;
    trace.extend(checked.steps);
    let mut warnings = checked.warnings;
    if checked.strict_key && auid_domain != sig.domain.to_ascii_lowercase() {
        let why = tr!(Dkim::StrictKeySubdomain, domain = sig.domain, auid = auid);
        problems.add(AuthResult::PermError, why, &mut trace);
    }
    if sig.algorithm == Algorithm::RsaSha1 {
        problems.add(AuthResult::Fail, tr!(Dkim::RsaSha1), &mut trace);
    }
    warnings.extend(coverage_warnings(sig, &signed.index));

    let (header_valid, body_ok) = (checked.header_valid, checked.body_matches);
    let body_empty = signed.body.iter().all(u8::is_ascii_whitespace);
    let (result, reason) = match (checked.key_error, problems.first) {
        (Some(e), _) => (e.result, e.reason),
        (None, Some(first)) => first,
        (None, None) => crypto_verdict(header_valid, body_ok, body_empty),
    };
    trace.push(result_step(result, &reason, header_valid, body_ok));
    trace.extend(
        warnings
            .iter()
            .map(|w| Step::new(StepKind::Warning, w.clone())),
    );
    DkimReport {
        domain: sig.domain.clone(),
        selector: sig.selector.clone(),
        algorithm: sig.algorithm.name().to_string(),
        result,
        reason,
        header_signature_valid: header_valid,
        body_hash_matches: body_ok,
        warnings,
        trace,
        auid,
        canonicalization: format!(
            "{}/{}",
            tags::canon_name(sig.header_canon),
            tags::canon_name(sig.body_canon)
        ),
        key_type: checked.key_kind.map(str::to_string),
        key_bits: checked.key_bits.map(|b| b as u32),
        body_length: sig.length,
        canonical_body_length: checked.body_len as u64,
        receiver_line: None,
        header_b: header_b(&String::from_utf8_lossy(raw.1)),
    }
}

fn signature_heading(n: usize, sig: &SignatureTags) -> Step {
    Step::new(
        StepKind::Parse,
        tr!(
            Dkim::SignatureHeading,
            index = n,
            d = sig.domain,
            s = sig.selector,
            a = sig.algorithm.name()
        ),
    )
    .with_details(sig.tags.iter().map(|t| format!("{}={}", t.name, t.value)))
}

/// Problems that decide the result whatever the cryptography says; each is
/// a trace step, and the first one found is the reason given.
#[derive(Default)]
struct Problems {
    first: Option<(AuthResult, Text)>,
}

impl Problems {
    fn add(&mut self, result: AuthResult, why: Text, trace: &mut Vec<Step>) {
        trace.push(Step::new(StepKind::Error, why.clone()));
        if self.first.is_none() {
            self.first = Some((result, why));
        }
    }

    /// The checks on the tags themselves (RFC 6376 §6.1.1): `h=` signs From,
    /// `i=` is an address within `d=`, and `t=`/`x=` against `now`.
    fn tag_checks(
        &mut self,
        sig: &SignatureTags,
        auid: &str,
        auid_domain: &str,
        now: u64,
        trace: &mut Vec<Step>,
    ) {
        if !sig.headers.iter().any(|h| h.eq_ignore_ascii_case("from")) {
            self.add(AuthResult::PermError, tr!(Dkim::HNoFrom), trace);
        }
        let d = sig.domain.to_ascii_lowercase();
        if sig.auid.is_some() && !auid.contains('@') {
            let why = tr!(Dkim::AuidNotAddress, auid = auid);
            self.add(AuthResult::PermError, why, trace);
        } else if auid_domain != d && !auid_domain.ends_with(&format!(".{d}")) {
            let why = tr!(Dkim::AuidOutsideDomain, auid = auid, domain = sig.domain);
            self.add(AuthResult::PermError, why, trace);
        }
        for (r, why) in time_problems(sig.timestamp, sig.expiration, now) {
            self.add(r, why, trace);
        }
    }
}

/// The verdict from the header signature and the body hash alone.
fn crypto_verdict(
    header_valid: Option<bool>,
    body_ok: Option<bool>,
    body_empty: bool,
) -> (AuthResult, Text) {
    match (header_valid, body_ok) {
        (Some(true), Some(true)) => (AuthResult::Pass, tr!(Dkim::VerifiesAndMatches)),
        (Some(true), _) if body_empty => (AuthResult::Fail, tr!(Dkim::BodyMissing)),
        (Some(true), _) => (AuthResult::Fail, tr!(Dkim::BodyChanged)),
        (_, Some(true)) => (AuthResult::Fail, tr!(Dkim::HeadersInvalidBodyMatches)),
        _ => (AuthResult::Fail, tr!(Dkim::HeadersInvalidBodyChanged)),
    }
}

fn checked_fact(value: Option<bool>) -> Text {
    value
        .map(|b| Text::verbatim(b.to_string()))
        .unwrap_or_else(|| tr!(Intake::NotChecked))
}

fn result_step(
    result: AuthResult,
    reason: &Text,
    header_valid: Option<bool>,
    body_ok: Option<bool>,
) -> Step {
    Step::new(StepKind::Result, result_line(result, reason))
        .with_fact(tr!(Dkim::FactHeaderValid), checked_fact(header_valid))
        .with_fact(tr!(Dkim::FactBodyMatches), checked_fact(body_ok))
}

/// Important headers left unsigned, and repeated headers not over-signed (RFC 6376 §8.15).
fn coverage_warnings(sig: &SignatureTags, index: &canon::HeaderIndex) -> Vec<Text> {
    // Counted once: an `h=` of thousands of names must not cost names × names.
    let mut in_h: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for h in &sig.headers {
        *in_h.entry(h.to_ascii_lowercase()).or_default() += 1;
    }
    let count_h = |name: &str| in_h.get(&name.to_ascii_lowercase()).copied().unwrap_or(0);
    let mut out = Vec::new();
    let mut addable = Vec::new();
    for name in IMPORTANT {
        if count_h(name) == 0 {
            if index.count(name) > 0 {
                out.push(tr!(Dkim::NotSigned, header = name));
            } else {
                addable.push(name);
            }
        }
    }
    if !addable.is_empty() {
        out.push(tr!(Dkim::NotSignedNotPresent, headers = addable.join(", ")));
    }
    let mut seen = std::collections::HashSet::new();
    for h in &sig.headers {
        if !seen.insert(h.to_ascii_lowercase()) {
            continue;
        }
        let (m, s) = (index.count(h), count_h(h));
        if m > 1 && s <= m {
            out.push(tr!(Dkim::NotOverSigned, header = h, m = m, n = s, same = h));
        }
    }
    out
}

fn compare_with_receiver(
    report: &mut DkimReport,
    sig: Option<&SignatureTags>,
    receivers: &[ReceiverVerdict],
) {
    let Some(sig) = sig else { return };
    let b = b64(&sig.b);
    let Some(said) = receivers.iter().find_map(|v| {
        v.results
            .iter()
            .find(|m| m.is_about_dkim_signature(&sig.domain, &sig.selector, &report.auid, Some(&b)))
            .map(|m| (v.describe(m), AuthResult::parse(&m.result)))
    }) else {
        return;
    };
    let (said, their_result) = said;
    report.receiver_line = Some(said.clone());
    let mut step = Step::new(StepKind::Info, said.clone());
    if their_result == Some(AuthResult::Pass) && report.result != AuthResult::Pass {
        let cause = if report.reason.is(Dkim::NoKey.phrase())
            || report.reason.is(Dkim::KeyRevoked.phrase())
        {
            Dkim::CauseKeyRemoved
        } else if report.result == AuthResult::TempError {
            Dkim::CauseKeyNotFetched
        } else if report.header_signature_valid == Some(true)
            && report.body_hash_matches == Some(false)
        {
            if report.reason.is(Dkim::BodyMissing.phrase()) {
                Dkim::CauseBodyNotPasted
            } else {
                Dkim::CauseBodyModified
            }
        } else if report.header_signature_valid == Some(false) {
            Dkim::CauseKeyRotated
        } else if report.reason.is(Dkim::Expired.phrase()) {
            Dkim::CauseExpired
        } else {
            Dkim::CauseRulesDiffer
        };
        let text = tr!(Dkim::ReceiverPassFailsNow, cause = tr!(cause));
        step = Step::new(StepKind::Warning, text.clone()).with_detail(said);
        report.warnings.push(text);
    }
    report.trace.push(step);
}

/// `result: reason`, the line that ends a DKIM or ARC trace, as a catalog
/// sentence for the results these checks give.
pub fn result_line(result: AuthResult, reason: &Text) -> Text {
    match result {
        AuthResult::Pass => tr!(Dkim::ResultPass, reason = reason),
        AuthResult::Fail => tr!(Dkim::ResultFail, reason = reason),
        AuthResult::None => tr!(Dkim::ResultNone, reason = reason),
        AuthResult::PermError => tr!(Dkim::ResultPermError, reason = reason),
        AuthResult::TempError => tr!(Dkim::ResultTempError, reason = reason),
        // Neither check gives these.
        AuthResult::SoftFail | AuthResult::Neutral => {
            tr!(Dkim::ResultOther, result = result, reason = reason)
        }
    }
}
