//! Entry points for bench/wasm/browser-bench.mjs: the same two measurements
//! `hs-bench cpu` makes natively (bench/src/cpu.rs), made by the wasm build in
//! the browser, so the two can be compared as ratios. Not used by the app.

use crate::auth::dkim::{canon, verify_signed, SignedMessage};
use crate::dns::replay::offline_resolver_from_text;
use crate::report::AuthResult;
use mail_auth::crypto::Algorithm;
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
