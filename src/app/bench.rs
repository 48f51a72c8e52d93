//! Entry points for bench/wasm/browser-bench.mjs: the same two measurements
//! `hs-bench cpu` makes natively (bench/src/cpu.rs), made by the wasm build in
//! the browser, so the two can be compared as ratios. Not used by the app;
//! [`check_verdicts`] is the browser test's entry (tests/e2e/webcrypto.test.mjs).

use super::webcrypto::WebCryptoHasher;
use crate::auth::dkim::{canon, verify_signed, BodyHasher, SignedMessage};
use crate::dns::replay::offline_resolver_from_text;
use crate::report::AuthResult;
use mail_auth::crypto::{Algorithm, HashAlgorithm};
use mail_auth::dkim::Canonicalization;
use wasm_bindgen::prelude::*;
use web_time::Instant;

/// Milliseconds to canonicalize (relaxed) and SHA-256-hash `body`.
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
/// `zone` (BIND text): the "verify (parse + DKIM)" figure. Fails unless every
/// signature passes, as the native benchmark does.
#[wasm_bindgen]
pub async fn bench_dkim_verify(raw: Vec<u8>, zone: String) -> Result<f64, JsValue> {
    let resolver =
        offline_resolver_from_text(&zone).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let now = crate::unix_now();
    let t0 = Instant::now();
    // As inspect() does it (and bench/src/cpu.rs natively).
    let msg = crate::message::parse_head(&raw).map_err(|e| JsValue::from_str(&e.0.en()))?;
    let crlf = canon::with_crlf(&raw);
    let signed = SignedMessage::new(&raw, &msg, crlf.as_deref());
    let reports = verify_signed(&signed, &resolver, now).await;
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    if reports.is_empty() || reports.iter().any(|r| r.result != AuthResult::Pass) {
        return Err(JsValue::from_str("the signature did not pass"));
    }
    Ok(ms)
}

/// Milliseconds to canonicalize (relaxed) `body` in wasm and SHA-256-hash it
/// with WebCrypto, as the app does it: [`bench_body_hash`]'s work done the
/// browser's way. Fails if the two digests differ.
#[wasm_bindgen]
pub async fn bench_body_hash_webcrypto(body: Vec<u8>) -> Result<f64, JsValue> {
    let hasher = WebCryptoHasher::default();
    let t0 = Instant::now();
    let (canonical, _) = canon::canonical_body(Canonicalization::Relaxed, &body, None);
    let digest = hasher.digest(HashAlgorithm::Sha256, &canonical).await;
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    let (rust, _) = canon::body_hash(Algorithm::RsaSha256, Canonicalization::Relaxed, &body, None);
    match digest {
        Some(d) if d == rust => Ok(ms),
        Some(_) => Err(JsValue::from_str(
            "WebCrypto's digest differs from the Rust one",
        )),
        None => Err(JsValue::from_str("no WebCrypto here")),
    }
}

/// Milliseconds to canonicalize (relaxed) `body` alone, the part of
/// [`bench_body_hash_webcrypto`] that stays in wasm.
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

/// The DKIM and ARC reports (JSON) of a whole inspection of `raw` with keys
/// from `zone`, at unix time `now`, its body hashes made by WebCrypto or by
/// the Rust code: the browser test compares the two. `webcrypto_hashes` is
/// how many hashes WebCrypto made.
#[wasm_bindgen]
pub async fn check_verdicts(
    raw: Vec<u8>,
    zone: String,
    now: f64,
    webcrypto: bool,
) -> Result<String, JsValue> {
    let resolver =
        offline_resolver_from_text(&zone).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let options = crate::Options {
        now: Some(now as u64),
        ..Default::default()
    };
    let hasher = WebCryptoHasher::default();
    let used: Option<&dyn BodyHasher> = if webcrypto { Some(&hasher) } else { None };
    let report = crate::inspect_with_hasher(
        &raw,
        &options,
        &resolver,
        crate::dns::Budget::default(),
        used,
    )
    .await
    .map_err(|e| JsValue::from_str(&e.0.en()))?;
    let out = serde_json::json!({
        "dkim": report.dkim,
        "arc": report.arc,
        "webcrypto_hashes": hasher.made.get(),
    });
    Ok(out.to_string())
}
