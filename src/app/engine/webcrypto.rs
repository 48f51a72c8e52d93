//! DKIM and ARC body hashes by the browser's WebCrypto (`crypto.subtle.digest`),
//! the platform's native SHA-256 and SHA-1: several times faster than the
//! same hash compiled to wasm; and RSA signatures by `crypto.subtle.verify`,
//! several times faster than the `rsa` crate's bignum code in wasm (Ed25519
//! is not asked: it verifies faster in wasm than WebCrypto's round trips). The
//! core canonicalizes, decides which hashes it needs
//! ([`crate::auth::dkim::SignedMessage::prehash_bodies`]) and which
//! signatures to check ([`crate::auth::dkim::SignedMessage::signature_verifies`]);
//! this only digests bytes and verifies. Where WebCrypto is missing (a page
//! served over plain http from another host than localhost has no
//! `crypto.subtle`) or fails, the answer is `None` and the Rust code does it.

use crate::auth::dkim::{PlatformCrypto, RsaKey};
use base64::Engine;
use futures::future::{FutureExt, LocalBoxFuture};
use mail_auth::crypto::HashAlgorithm;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // The same global in the page and in the worker (`self.crypto`). The
    // bytes are passed as a view of wasm memory (wasm-bindgen's glue makes a
    // subarray of memory.buffer at the call): digest() copies them when
    // called (WebCrypto: "get a copy of the bytes held by the data"), so no
    // copy is made here, and nothing allocates between the view and the call.
    #[wasm_bindgen(js_namespace = ["crypto", "subtle"], js_name = digest, catch)]
    fn subtle_digest(algorithm: &str, data: &[u8]) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(js_namespace = ["crypto", "subtle"], js_name = importKey, catch)]
    fn subtle_import_key(
        format: &str,
        key: &js_sys::Object,
        algorithm: &js_sys::Object,
        extractable: bool,
        usages: &js_sys::Array,
    ) -> Result<js_sys::Promise, JsValue>;

    // Like digest(), verify() copies `signature` and `data` when called.
    #[wasm_bindgen(js_namespace = ["crypto", "subtle"], js_name = verify, catch)]
    fn subtle_verify(
        algorithm: &str,
        key: &JsValue,
        signature: &[u8],
        data: &[u8],
    ) -> Result<js_sys::Promise, JsValue>;
}

/// The WebCrypto name of RSASSA-PKCS1-v1_5, the only RSA scheme of DKIM and
/// ARC (RFC 6376 §3.3.1).
const RSA_PKCS1: &str = "RSASSA-PKCS1-v1_5";

/// WebCrypto's digest and signature verification, counting the hashes and
/// the verifications it made (the browser test checks that WebCrypto, not the
/// fallback, produced them).
#[derive(Default)]
pub struct WebCrypto {
    pub made: Cell<usize>,
    pub signatures_verified: Cell<usize>,
}

fn algorithm_name(h: HashAlgorithm) -> &'static str {
    match h {
        HashAlgorithm::Sha1 => "SHA-1",
        HashAlgorithm::Sha256 => "SHA-256",
        HashAlgorithm::Sha512 => "SHA-512",
    }
}

impl PlatformCrypto for WebCrypto {
    fn digest<'a>(
        &'a self,
        algorithm: HashAlgorithm,
        data: &[u8],
    ) -> LocalBoxFuture<'a, Option<Vec<u8>>> {
        // Called here, not when the future is first polled: digest() has
        // copied `data` out of wasm memory by the time it returns, so the
        // view is never read after the caller reuses or frees the bytes.
        let promise = subtle_digest(algorithm_name(algorithm), data).ok();
        async move {
            let buffer = JsFuture::from(promise?).await.ok()?;
            let digest = js_sys::Uint8Array::new(&buffer).to_vec();
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
        // The key is imported first (a promise), so verify() is called after
        // an await: it needs bytes of its own, not a view of the caller's.
        let (data, signature) = (data.to_vec(), signature.to_vec());
        let algorithm = rsa_algorithm(hash);
        let import = jwk(key).and_then(|jwk| {
            let usages = js_sys::Array::of1(&JsValue::from_str("verify"));
            subtle_import_key("jwk", &jwk, &algorithm?, false, &usages).ok()
        });
        async move {
            let key = JsFuture::from(import?).await.ok()?;
            let verified = subtle_verify(RSA_PKCS1, &key, &signature, &data).ok()?;
            let ok = JsFuture::from(verified).await.ok()?.as_bool()?;
            self.signatures_verified
                .set(self.signatures_verified.get() + 1);
            Some(ok)
        }
        .boxed_local()
    }
}

/// `{ name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }` (or SHA-1).
fn rsa_algorithm(hash: HashAlgorithm) -> Option<js_sys::Object> {
    object(&[("name", RSA_PKCS1), ("hash", algorithm_name(hash))])
}

/// The key as a JWK (RFC 7518 §6.3.1): modulus and exponent in base64url.
fn jwk(key: &RsaKey) -> Option<js_sys::Object> {
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    object(&[("kty", "RSA"), ("n", &b64(&key.n)), ("e", &b64(&key.e))])
}

fn object(fields: &[(&str, &str)]) -> Option<js_sys::Object> {
    let out = js_sys::Object::new();
    for (name, value) in fields {
        js_sys::Reflect::set(&out, &JsValue::from_str(name), &JsValue::from_str(value)).ok()?;
    }
    Some(out)
}
