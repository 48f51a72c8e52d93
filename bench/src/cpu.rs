//! (2) CPU: DKIM verification of a large signed message (base64 attachments),
//! headerscope against mail-auth on the same bytes, DNS from memory.

use crate::keys;
use headerscope::auth::dkim::canon;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::AuthResult;
use mail_auth::crypto::{Algorithm, HashAlgorithm};
use mail_auth::dkim::DomainKey;
use mail_auth::dkim::{Canonicalization, DkimSigner};
use mail_auth::dns::TxtRecordParser;
use mail_auth::headers::HeaderWriter;
use mail_auth::{
    AuthenticatedMessage, DkimResult, DnsCache, MessageAuthenticator, NoCache, ResolverCache,
    TxtRecord,
};
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Instant;

/// mail-auth's TXT cache, filled from the zone so its verifier needs no network.
struct Txt(Mutex<HashMap<Box<str>, TxtRecord>>);
impl ResolverCache<Box<str>, TxtRecord> for Txt {
    fn get<Q>(&self, k: &Q) -> Option<TxtRecord>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.lock().ok()?.get(k).cloned()
    }
    fn remove<Q>(&self, k: &Q) -> Option<TxtRecord>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.lock().ok()?.remove(k)
    }
    fn insert(&self, k: Box<str>, v: TxtRecord, _: std::time::Instant) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(k, v);
        }
    }
}

/// Only the TXT cache: DKIM needs nothing else.
struct Cache(Txt);
impl DnsCache for Cache {
    type Txt = Txt;
    type Mx = NoCache;
    type Ipv4 = NoCache;
    type Ipv6 = NoCache;
    type Ptr = NoCache;
    fn txt(&self) -> Option<&Txt> {
        Some(&self.0)
    }
    fn mx(&self) -> Option<&NoCache> {
        None
    }
    fn ipv4(&self) -> Option<&NoCache> {
        None
    }
    fn ipv6(&self) -> Option<&NoCache> {
        None
    }
    fn ptr(&self) -> Option<&NoCache> {
        None
    }
}

/// A multipart message of about `mb` MB: a text part and attachments of
/// pseudo-random bytes, base64 in 76-character lines, CRLF throughout.
pub fn big_message(mb: usize) -> String {
    use base64::Engine;
    let mut m = String::with_capacity(mb * 1_050_000);
    m += "From: Alice <alice@example.org>\r\n\
To: bob@example.net\r\n\
Subject: the scans\r\n\
Date: Mon, 23 Nov 2026 09:59:58 +0100\r\n\
Message-ID: <big-1@example.org>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\
\r\n\
--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Bob,  the  scans  are attached.\t\r\n\r\n";
    // xorshift: reproducible filler that does not compress away.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let per_file = 4 * 1024 * 1024 * 3 / 4; // ~4 MB once in base64
    let mut n = 0;
    while m.len() < mb * 1_000_000 {
        n += 1;
        let mut bytes = vec![0u8; per_file];
        for b in bytes.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        let b64 = base64::engine::general_purpose::STANDARD.encode(&bytes);
        m += &format!(
            "--b1\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"scan{n}.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        );
        let room = (mb * 1_000_000).saturating_sub(m.len());
        for line in b64.as_bytes().chunks(76).take(room / 78 + 1) {
            m += std::str::from_utf8(line).unwrap_or_default();
            m += "\r\n";
        }
    }
    m += "--b1--\r\n";
    m
}

pub fn run(mb: usize, runs: usize, write_dir: Option<&str>) -> Result<(), String> {
    let key = keys::rsa2048()?;
    let key_public = key.public.clone();
    let zone = Zone::parse(
        &keys::txt(
            "sel._domainkey.example.org.",
            &format!("v=DKIM1; k=rsa; p={}", key.public),
        ),
        None,
    )
    .map_err(|e| format!("zone: {e}"))?;
    let unsigned = big_message(mb);
    let sig = DkimSigner::from_key(key.key)
        .domain("example.org")
        .selector("sel")
        .headers(["From", "To", "Subject", "Date", "Message-ID"])
        .sign(unsigned.as_bytes())
        .map_err(|e| format!("sign: {e}"))?;
    let raw = format!("{}{}", sig.to_header(), unsigned).into_bytes();
    if let Some(dir) = write_dir {
        // For the browser benchmark: the same kind of message and its key.
        std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
        std::fs::write(format!("{dir}/big.eml"), &raw).map_err(|e| format!("{dir}: {e}"))?;
        let zone_text = keys::txt(
            "sel._domainkey.example.org.",
            &format!("v=DKIM1; k=rsa; p={}", key_public),
        );
        std::fs::write(format!("{dir}/big.zone"), zone_text).map_err(|e| format!("{dir}: {e}"))?;
    }
    let size_mb = raw.len() as f64 / 1e6;
    let body_start = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .ok_or("no body")?;
    let body = raw.get(body_start..).ok_or("no body")?;
    let body_mb = body.len() as f64 / 1e6;
    println!(
        "== CPU: DKIM verify of a {size_mb:.1} MB message (rsa-sha256, relaxed/relaxed, {:.1} MB body), median of {runs} ==",
        body_mb
    );

    // Body hashing alone, as each implementation does it: both stream the
    // canonicalizer into the hasher (headerscope also counts and cuts at l=).
    // mail-auth 0.15 keeps its canonicalizer private; its parse hashes the body
    // once per distinct (c=, a=, l=) of the signatures, so its parse of the
    // signed message (one signature) is its body hash plus a header parse.
    let mut ours_hash = Vec::new();
    let mut theirs_hash = Vec::new();
    // SHA-256 over the body as it is, no canonicalization: what WebCrypto's
    // digest() does after copying its input, for the browser's ceiling.
    let mut sha_alone = Vec::new();
    // The same SHA-256 taken the way digest() must take it: its input copied
    // first ("get a copy of the bytes held by the data parameter") into
    // memory the allocator has just mapped, every page of it faulted in on
    // first touch. Timed with and without the hash, to show what the copy
    // itself costs on this machine.
    let mut sha_fresh_copy = Vec::new();
    let mut fresh_copy = Vec::new();
    for _ in 0..runs.max(1) {
        let t0 = Instant::now();
        std::hint::black_box(HashAlgorithm::Sha256.hash(std::hint::black_box(body)));
        sha_alone.push(t0.elapsed().as_secs_f64());
        let t0 = Instant::now();
        let copy = FreshMapping::copy_of(body)?;
        fresh_copy.push(t0.elapsed().as_secs_f64());
        drop(copy);
        let t0 = Instant::now();
        let copy = FreshMapping::copy_of(body)?;
        std::hint::black_box(HashAlgorithm::Sha256.hash(copy.bytes()));
        sha_fresh_copy.push(t0.elapsed().as_secs_f64());
        drop(copy);
        let t0 = Instant::now();
        let (h1, _) = canon::body_hash(Algorithm::RsaSha256, Canonicalization::Relaxed, body, None);
        ours_hash.push(t0.elapsed().as_secs_f64());
        let t0 = Instant::now();
        let parsed = AuthenticatedMessage::parse(&raw).ok_or("mail-auth cannot parse it")?;
        theirs_hash.push(t0.elapsed().as_secs_f64());
        let signed_bh = parsed
            .dkim_signatures()
            .first()
            .map(|s| s.header.bh.clone());
        if signed_bh.as_deref() != Some(h1.as_slice()) {
            return Err("our body hash differs from the signature's bh=".into());
        }
    }
    let (oh, th) = (crate::median(ours_hash), crate::median(theirs_hash));

    // Whole verification: parse + DKIM, DNS from memory.
    let resolver = ZoneResolver::offline(zone.clone());
    let now = headerscope::unix_now();
    let mut ours = Vec::new();
    for _ in 0..runs.max(1) {
        let t0 = Instant::now();
        // As inspect() does it: the header section parsed, one CRLF copy at most,
        // the body hashed by the verifier only.
        let msg = headerscope::message::parse_head(&raw).map_err(|e| e.to_string())?;
        let crlf = canon::with_crlf(&raw);
        let signed = headerscope::auth::dkim::SignedMessage::new(&raw, &msg, crlf.as_deref());
        let reports = futures::executor::block_on(headerscope::auth::dkim::verify_signed(
            &signed, &resolver, now,
        ));
        ours.push(t0.elapsed().as_secs_f64());
        if reports.len() != 1 || reports.iter().any(|r| r.result != AuthResult::Pass) {
            return Err(format!(
                "headerscope did not pass the signature: {:?}",
                reports.iter().map(|r| r.result).collect::<Vec<_>>()
            ));
        }
    }
    let cache = Cache(Txt(Mutex::new(HashMap::new())));
    for r in zone.records() {
        if let headerscope::dns::RData::Txt(s) = &r.data {
            if let Ok(k) = DomainKey::parse(s.concat().as_bytes()) {
                cache.0.insert(
                    format!("{}.", r.name).into_boxed_str(),
                    k.into(),
                    std::time::Instant::now(),
                );
            }
        }
    }
    let auth = MessageAuthenticator::new_doh("http://127.0.0.1:9/unused");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let mut theirs = Vec::new();
    for _ in 0..runs.max(1) {
        let t0 = Instant::now();
        let msg = AuthenticatedMessage::parse(&raw).ok_or("mail-auth cannot parse it")?;
        let out =
            rt.block_on(auth.verify_dkim(mail_auth::Parameters::new(&msg).with_cache(&cache)));
        theirs.push(t0.elapsed().as_secs_f64());
        if out.len() != 1 || out.iter().any(|o| *o.result() != DkimResult::Pass) {
            return Err(format!(
                "mail-auth did not pass the signature: {:?}",
                out.iter().map(|o| o.result().clone()).collect::<Vec<_>>()
            ));
        }
    }
    let (o, t) = (crate::median(ours), crate::median(theirs));
    println!(
        "  body hash (canonicalize + sha256): headerscope {:.0} MB/s, mail-auth {:.0} MB/s; headerscope takes {:.2}x mail-auth's time",
        body_mb / oh,
        body_mb / th,
        oh / th
    );
    println!(
        "  verify (parse + DKIM): headerscope {:.0} ms ({:.0} MB/s), mail-auth {:.0} ms ({:.0} MB/s); headerscope takes {:.2}x mail-auth's time",
        o * 1000.0,
        size_mb / o,
        t * 1000.0,
        size_mb / t,
        o / t
    );
    println!("RESULT cpu_mb={size_mb:.1}");
    println!("RESULT cpu_hash_ours_mbs={:.0}", body_mb / oh);
    println!("RESULT cpu_hash_mailauth_mbs={:.0}", body_mb / th);
    println!("RESULT cpu_verify_ours_ms={:.0}", o * 1000.0);
    println!("RESULT cpu_verify_mailauth_ms={:.0}", t * 1000.0);
    println!("RESULT cpu_hash_ratio={:.2}", oh / th);
    let sa = crate::median(sha_alone);
    println!(
        "  SHA-256 of the body as it is (no canonicalization): {:.0} MB/s ({:.1} ms)",
        body_mb / sa,
        sa * 1000.0
    );
    println!("RESULT cpu_sha256_alone_mbs={:.0}", body_mb / sa);
    let (fc, sfc) = (crate::median(fresh_copy), crate::median(sha_fresh_copy));
    println!(
        "  a copy of the body into a fresh mapping: {:.0} MB/s ({:.1} ms); that copy, then SHA-256 of it (what digest() does): {:.0} MB/s ({:.1} ms)",
        body_mb / fc,
        fc * 1000.0,
        body_mb / sfc,
        sfc * 1000.0
    );
    println!("RESULT cpu_fresh_copy_mbs={:.0}", body_mb / fc);
    println!("RESULT cpu_sha256_fresh_copy_mbs={:.0}", body_mb / sfc);
    println!("RESULT cpu_verify_ratio={:.2}", o / t);
    Ok(())
}

/// Bytes copied into an anonymous mapping made for them and unmapped on
/// drop, as Chromium's allocator serves and frees a buffer of megabytes:
/// no page of it has been touched before the copy.
struct FreshMapping {
    at: std::ptr::NonNull<u8>,
    len: usize,
}

impl FreshMapping {
    fn copy_of(bytes: &[u8]) -> Result<Self, String> {
        let len = bytes.len().max(1);
        // SAFETY: a private anonymous mapping of `len` bytes, checked for
        // failure before use; nothing else refers to it.
        let at = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if at == libc::MAP_FAILED {
            return Err(format!("mmap of {len} bytes failed"));
        }
        let at = std::ptr::NonNull::new(at.cast::<u8>()).ok_or("mmap returned null")?;
        // SAFETY: the mapping is `len` >= bytes.len() writable bytes and
        // cannot overlap `bytes`, which was mapped before it.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), at.as_ptr(), bytes.len()) };
        Ok(Self {
            at,
            len: bytes.len(),
        })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes were written by copy_of and stay mapped until drop.
        unsafe { std::slice::from_raw_parts(self.at.as_ptr(), self.len) }
    }
}

impl Drop for FreshMapping {
    fn drop(&mut self) {
        // SAFETY: the mapping made in copy_of, unmapped once.
        unsafe { libc::munmap(self.at.as_ptr().cast(), self.len.max(1)) };
    }
}
