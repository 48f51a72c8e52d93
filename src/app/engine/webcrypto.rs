//! DKIM and ARC body hashes by the browser's WebCrypto (`crypto.subtle.digest`),
//! the platform's native SHA-256 and SHA-1: several times faster than the
//! same hash compiled to wasm. The core canonicalizes the body and decides
//! which hashes it needs ([`crate::auth::dkim::SignedMessage::prehash_bodies`]);
//! this only digests bytes. Where WebCrypto is missing (a page served over
//! plain http from another host than localhost has no `crypto.subtle`) or
//! fails, the digest is `None` and the Rust code hashes as before.

use crate::auth::dkim::BodyHasher;
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
}

/// WebCrypto's digest, counting the hashes it made (the browser test checks
/// that WebCrypto, not the fallback, produced them).
#[derive(Default)]
pub struct WebCryptoHasher {
    pub made: Cell<usize>,
}

fn algorithm_name(h: HashAlgorithm) -> &'static str {
    match h {
        HashAlgorithm::Sha1 => "SHA-1",
        HashAlgorithm::Sha256 => "SHA-256",
        HashAlgorithm::Sha512 => "SHA-512",
    }
}

impl BodyHasher for WebCryptoHasher {
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
}
