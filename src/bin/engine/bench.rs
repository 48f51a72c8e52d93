//! Entry points for bench/wasm/browser-bench.mjs: the same two measurements
//! `hs-bench cpu` makes natively (bench/src/cpu.rs), made by the wasm build in
//! the browser, so the two can be compared as ratios. Not used by the app;
//! [`check_verdicts`] is the browser test's entry (tests/e2e/webcrypto.test.mjs).

use headerscope::app::engine::webcrypto::WebCrypto;
use headerscope::auth::dkim::{
    canon, hash_bodies, verify_signed, BodyHashKey, PlatformCrypto, SignedMessage,
};
use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::report::AuthResult;
use mail_auth::crypto::{Algorithm, HashAlgorithm};
use mail_auth::dkim::Canonicalization;
use wasm_bindgen::prelude::*;
use web_time::Instant;

/// Milliseconds to canonicalize (relaxed) and SHA-256-hash `body` all in
/// wasm, as the app did before WebCrypto.
#[wasm_bindgen]
pub fn bench_body_hash(body: &[u8]) -> f64 {
    let t0 = Instant::now();
    let (hash, _) = canon::body_hash(Algorithm::RsaSha256, Canonicalization::Relaxed, body, None);
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    // Keeps the hash from being optimized away.
    if hash.is_empty() {
        return f64::NAN;
    }
    ms
}

/// Milliseconds to parse `raw` and verify its DKIM signatures with keys from
/// `zone` (BIND text), every hash in wasm: the "verify (parse + DKIM)" figure
/// of the native benchmark, made the same way. Fails unless every signature
/// passes, as the native benchmark does.
#[wasm_bindgen]
pub async fn bench_dkim_verify(raw: Vec<u8>, zone: String) -> Result<f64, JsValue> {
    dkim_verify_ms(&raw, &zone, None).await
}

/// [`bench_dkim_verify`] the app's way: the body hashes made by WebCrypto
/// before verification reads them (`inspect_with_platform`).
#[wasm_bindgen]
pub async fn bench_dkim_verify_webcrypto(raw: Vec<u8>, zone: String) -> Result<f64, JsValue> {
    let hasher = WebCrypto::default();
    let ms = dkim_verify_ms(&raw, &zone, Some(&hasher)).await?;
    if hasher.made.get() == 0 {
        return Err(JsValue::from_str("no WebCrypto here"));
    }
    Ok(ms)
}

async fn dkim_verify_ms(
    raw: &[u8],
    zone: &str,
    platform: Option<&dyn PlatformCrypto>,
) -> Result<f64, JsValue> {
    let resolver =
        offline_resolver_from_text(zone).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let now = headerscope::unix_now();
    let limits = headerscope::limits::Limits::default();
    let t0 = Instant::now();
    // As inspect_with_platform() does it (and bench/src/cpu.rs natively).
    let msg = headerscope::message::parse_head(raw).map_err(|e| JsValue::from_str(&e.0.en()))?;
    let crlf = canon::with_crlf(raw);
    let signed = SignedMessage::new(raw, &msg, crlf.as_deref()).with_platform(platform);

    signed
        .prehash_bodies(limits.dkim_signatures, limits.arc_sets)
        .await;
    let reports = verify_signed(&signed, &resolver, now).await;
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    if reports.is_empty() || reports.iter().any(|r| r.result != AuthResult::Pass) {
        return Err(JsValue::from_str("the signature did not pass"));
    }
    Ok(ms)
}

/// Milliseconds to make `body`'s relaxed SHA-256 body hash the app's way:
/// [`hash_bodies`] with WebCrypto, the call `prehash_bodies` makes (the body
/// read in place when canonicalization leaves it as it is, else
/// canonicalized, then digested by the browser). Fails if the digest differs
/// from the Rust one.
#[wasm_bindgen]
pub async fn bench_body_hash_webcrypto(body: Vec<u8>) -> Result<f64, JsValue> {
    let hasher = WebCrypto::default();
    let t0 = Instant::now();
    let made = hash_bodies(&hasher, &body, &[RELAXED_SHA256]).await;
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    same_as_rust(&body, made.first().map(|(_, (d, _))| d.as_slice()))?;
    Ok(ms)
}

const RELAXED_SHA256: BodyHashKey = (Canonicalization::Relaxed, HashAlgorithm::Sha256, None);

/// Milliseconds for [`bench_body_hash_webcrypto`]'s work the way the app did
/// it before (the canonical body always copied, then digested): the
/// baseline beside the app's figure in the same run.
#[wasm_bindgen]
pub async fn bench_body_hash_webcrypto_copy(body: Vec<u8>) -> Result<f64, JsValue> {
    let hasher = WebCrypto::default();
    let t0 = Instant::now();
    let (canonical, _) = canon::canonical_body(Canonicalization::Relaxed, &body, None);
    let digest = hasher.digest(HashAlgorithm::Sha256, &canonical).await;
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    same_as_rust(&body, digest.as_deref())?;
    Ok(ms)
}

/// Milliseconds for WebCrypto's SHA-256 of `body` read in place from wasm
/// memory, with no canonicalization: the ceiling of the app's way.
#[wasm_bindgen]
pub async fn bench_digest_in_place(body: Vec<u8>) -> Result<f64, JsValue> {
    let hasher = WebCrypto::default();
    let t0 = Instant::now();
    let digest = hasher.digest(HashAlgorithm::Sha256, &body).await;
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    digest.ok_or_else(|| JsValue::from_str("no WebCrypto here"))?;
    Ok(ms)
}

fn same_as_rust(body: &[u8], digest: Option<&[u8]>) -> Result<(), JsValue> {
    let (rust, _) = canon::body_hash(Algorithm::RsaSha256, Canonicalization::Relaxed, body, None);
    match digest {
        Some(d) if d == rust => Ok(()),
        Some(_) => Err(JsValue::from_str(
            "WebCrypto's digest differs from the Rust one",
        )),
        None => Err(JsValue::from_str("no WebCrypto here")),
    }
}

/// Milliseconds to canonicalize (relaxed) `body` into a new buffer, the part
/// of [`bench_body_hash_webcrypto_copy`] that stays in wasm.
#[wasm_bindgen]
pub fn bench_canonical_body(body: &[u8]) -> f64 {
    let t0 = Instant::now();
    let (canonical, _) = canon::canonical_body(Canonicalization::Relaxed, body, None);
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    if canonical.is_empty() && !body.is_empty() {
        return f64::NAN;
    }
    ms
}

/// Milliseconds for the part of [`bench_body_hash_webcrypto`] that stays in
/// wasm: [`canon::canonical_body_in_place`], which reads a body that is its
/// own canonical form in place and canonicalizes any other into a buffer.
#[wasm_bindgen]
pub fn bench_canonical_in_place(body: &[u8]) -> f64 {
    let mut scratch = Vec::new();
    let t0 = Instant::now();
    let (canonical, _) =
        canon::canonical_body_in_place(Canonicalization::Relaxed, body, None, &mut scratch);
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    if canonical.is_empty() && !body.is_empty() {
        return f64::NAN;
    }
    ms
}

/// The relaxed canonical form of `body`: a body of the same size that is its
/// own canonical form, to time the in-place path beside the copying one.
#[wasm_bindgen]
pub fn bench_relaxed_canonical(body: &[u8]) -> Vec<u8> {
    canon::canonical_body(Canonicalization::Relaxed, body, None).0
}

/// The DKIM and ARC reports (JSON) of a whole inspection of `raw` with keys
/// from `zone`, at unix time `now`, its body hashes made by WebCrypto or by
/// the Rust code, and its signatures verified by WebCrypto or by the Rust
/// code: the browser test compares the two. `webcrypto_hashes` and
/// `webcrypto_signatures` are how many hashes and verifications WebCrypto
/// made.
#[wasm_bindgen]
pub async fn check_verdicts(
    raw: Vec<u8>,
    zone: String,
    now: f64,
    webcrypto: bool,
) -> Result<String, JsValue> {
    let resolver =
        offline_resolver_from_text(&zone).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let options = headerscope::Options {
        now: Some(now as u64),
        ..Default::default()
    };
    let hasher = WebCrypto::default();
    let used: Option<&dyn PlatformCrypto> = if webcrypto { Some(&hasher) } else { None };
    let report = headerscope::inspect_with_platform(
        &raw,
        &options,
        &resolver,
        headerscope::dns::Budget::default(),
        used,
    )
    .await
    .map_err(|e| JsValue::from_str(&e.0.en()))?;
    let out = serde_json::json!({
        "dkim": report.dkim,
        "arc": report.arc,
        "webcrypto_hashes": hasher.made.get(),
        "webcrypto_signatures": hasher.signatures_verified.get(),
    });
    Ok(out.to_string())
}
