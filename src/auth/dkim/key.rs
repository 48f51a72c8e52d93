//! Key records (RFC 6376 §3.6.1, RFC 8463): lookup, tag checks and the verifying key.

use super::tags::{self, Tag};
use crate::dns::{DnsError, RType, Rcode, Resolver};
use crate::i18n::phrases::dkim::Dkim;
use crate::i18n::text::Text;
use crate::report::AuthResult;
use crate::tr;
use crate::trace::{Step, StepKind};
use base64::Engine;
use mail_auth::crypto::{Algorithm, HashAlgorithm};
use rsa::pkcs1::der::Decode;
use rsa::traits::PublicKeyParts;

/// What the TXT lookup gave: the joined strings of each RR, or why there is none.
#[derive(Debug, Clone)]
pub enum Fetched {
    Records(Vec<String>),
    /// No key: the name does not exist or has no TXT record (permanent).
    Missing(Text),
    /// DNS failure (temporary).
    Failed(Text),
}

pub async fn fetch(resolver: &dyn Resolver, name: &str) -> Fetched {
    match resolver.query(name, RType::Txt).await {
        Ok(answer) => {
            let records = answer.txt_joined();
            match answer.rcode {
                Rcode::NoError if !records.is_empty() => Fetched::Records(records),
                Rcode::NoError | Rcode::NxDomain => Fetched::Missing(tr!(
                    Dkim::KeyNotPublished,
                    name = name,
                    rcode = answer.rcode
                )),
                other => Fetched::Failed(tr!(Dkim::KeyLookupRcode, name = name, rcode = other)),
            }
        }
        Err(DnsError::Offline) => Fetched::Failed(tr!(Dkim::KeyNotLookedUp, name = name)),
        Err(e) => Fetched::Failed(tr!(Dkim::KeyLookupFailed, name = name, error = e)),
    }
}

/// A key record that passed every check.
pub struct EvaluatedKey {
    pub tags: Vec<Tag>,
    pub key: PublicKey,
    pub kind: &'static str,
    pub bits: Option<usize>,
    pub testing: bool,
    pub strict: bool,
    pub warnings: Vec<Text>,
}

/// A key problem: the result to report and the reason.
pub struct KeyError {
    pub result: AuthResult,
    pub reason: Text,
}

fn perm(reason: Text) -> KeyError {
    KeyError {
        result: AuthResult::PermError,
        reason,
    }
}

/// Checks a fetched record against the signature's algorithm, and builds the key.
pub fn evaluate(
    fetched: &Fetched,
    algorithm: Algorithm,
    steps: &mut Vec<Step>,
) -> Result<EvaluatedKey, KeyError> {
    let records = match fetched {
        Fetched::Records(r) => r,
        Fetched::Missing(m) => return Err(perm(tr!(Dkim::NoKey, why = m))),
        Fetched::Failed(m) => {
            return Err(KeyError {
                result: AuthResult::TempError,
                reason: m.clone(),
            })
        }
    };
    let record = records.first().map(String::as_str).unwrap_or_default();
    if records.len() > 1 {
        steps.push(
            Step::new(
                StepKind::Warning,
                tr!(Dkim::KeySeveralRecords, count = records.len()),
            )
            .with_details(records.iter().cloned()),
        );
    }
    let tags =
        tags::parse_tag_list(record).map_err(|e| perm(tr!(Dkim::KeyMalformed, error = e)))?;
    let get = |n: &str| tags::get(&tags, n);
    if let Some(v) = get("v") {
        if v != "DKIM1" {
            return Err(perm(tr!(Dkim::KeyVersion, v = v)));
        }
        if tags.first().map(|t| t.name.as_str()) != Some("v") {
            return Err(perm(tr!(Dkim::KeyVersionNotFirst)));
        }
    }
    let kind = match get("k").unwrap_or("rsa") {
        "rsa" => "rsa",
        "ed25519" => "ed25519",
        other => return Err(perm(tr!(Dkim::KeyUnknownType, k = other))),
    };
    let wanted = match algorithm {
        Algorithm::Ed25519Sha256 => "ed25519",
        _ => "rsa",
    };
    if kind != wanted {
        return Err(perm(tr!(
            Dkim::KeyTypeMismatch,
            k = kind,
            a = algorithm.name()
        )));
    }
    if let Some(h) = get("h") {
        let hash = match algorithm {
            Algorithm::RsaSha1 => "sha1",
            _ => "sha256",
        };
        if !h.split(':').any(|x| x.trim() == hash) {
            return Err(perm(tr!(
                Dkim::KeyHashNotAllowed,
                h = h,
                hash = hash,
                a = algorithm.name()
            )));
        }
    }
    if let Some(s) = get("s") {
        if !s.split(':').any(|x| matches!(x.trim(), "*" | "email")) {
            return Err(perm(tr!(Dkim::KeyNotEmail, s = s)));
        }
    }
    let flags: Vec<&str> = get("t")
        .map(|t| t.split(':').map(str::trim).collect())
        .unwrap_or_default();
    let testing = flags.contains(&"y");
    let strict = flags.contains(&"s");
    let p = get("p").ok_or_else(|| perm(tr!(Dkim::KeyNoP)))?;
    if p.chars().all(|c| c.is_ascii_whitespace()) {
        return Err(perm(tr!(Dkim::KeyRevoked)));
    }
    let key = PublicKey::decode(kind, p).map_err(|e| perm(tr!(Dkim::KeyUnusable, error = e)))?;
    let mut warnings = Vec::new();
    let bits = match &key {
        PublicKey::Rsa(k) => {
            let bits = k.n().bits();
            if bits < 1024 {
                return Err(perm(tr!(Dkim::KeyTooShort, bits = bits)));
            }
            if bits < 2048 {
                warnings.push(tr!(Dkim::KeyWeak, bits = bits));
            }
            Some(bits)
        }
        PublicKey::Ed25519(_) => Some(256),
    };
    if testing {
        warnings.push(tr!(Dkim::KeyTesting));
    }
    Ok(EvaluatedKey {
        tags,
        key,
        kind,
        bits,
        testing,
        strict,
        warnings,
    })
}

/// Largest RSA modulus accepted, as mail-auth and OpenDKIM do: verifying
/// with a bigger one costs the verifier far more than it costs the sender.
const RSA_MAX_BITS: usize = 8192;

/// DigestInfo prefixes of EMSA-PKCS1-v1_5 (RFC 8017 §9.2, note 1).
const SHA256_DIGEST_INFO: [u8; 19] = [
    0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
    0x00, 0x04, 0x20,
];
const SHA1_DIGEST_INFO: [u8; 15] = [
    0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14,
];

/// An RSA public key as big-endian modulus and exponent: how aws-lc and the
/// platform's crypto take it (a JWK's `n` and `e`).
pub struct RsaKey {
    pub n: Vec<u8>,
    pub e: Vec<u8>,
}

impl From<&rsa::RsaPublicKey> for RsaKey {
    fn from(k: &rsa::RsaPublicKey) -> Self {
        use rsa::traits::PublicKeyParts;
        RsaKey {
            n: k.n().to_bytes_be(),
            e: k.e().to_bytes_be(),
        }
    }
}

/// The key in `p=`: RSA (SubjectPublicKeyInfo, or a bare RSAPublicKey as
/// some publishers write it) or Ed25519 (the 32 raw bytes, RFC 8463 §4.2).
/// The verifier and the domain tools' key linter and key match read it alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    Rsa(rsa::RsaPublicKey),
    Ed25519(ed25519_dalek::VerifyingKey),
}

impl PublicKey {
    /// `rsa` or `ed25519`, as `k=` writes it.
    pub fn algorithm(&self) -> &'static str {
        match self {
            PublicKey::Rsa(_) => "rsa",
            PublicKey::Ed25519(_) => "ed25519",
        }
    }

    pub fn bits(&self) -> usize {
        use rsa::traits::PublicKeyParts;
        match self {
            PublicKey::Rsa(k) => k.n().bits(),
            PublicKey::Ed25519(_) => 256,
        }
    }

    /// Decodes the base64 of `p=` (folding whitespace removed, RFC 6376 §3.6.1)
    /// as a key of type `kind`; the error says why it is unusable.
    pub fn decode(kind: &str, p: &str) -> Result<PublicKey, Text> {
        let b64: String = p.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(b64.as_bytes())
            .map_err(|e| tr!(Dkim::KeyNotBase64, error = e))?;
        if kind == "ed25519" {
            let raw: &[u8; 32] = der
                .as_slice()
                .try_into()
                .map_err(|_| tr!(Dkim::KeyEd25519Length, n = der.len()))?;
            return ed25519_dalek::VerifyingKey::from_bytes(raw)
                .map(PublicKey::Ed25519)
                .map_err(|_| tr!(Dkim::KeyEd25519NotPoint));
        }
        let pkcs1 = match rsa::pkcs8::SubjectPublicKeyInfoRef::try_from(der.as_slice()) {
            Ok(spki) => spki
                .subject_public_key
                .as_bytes()
                .and_then(|b| rsa::pkcs1::RsaPublicKey::from_der(b).ok()),
            Err(_) => rsa::pkcs1::RsaPublicKey::from_der(&der).ok(),
        }
        .ok_or_else(|| tr!(Dkim::KeyRsaNotDer))?;
        let n = rsa::BigUint::from_bytes_be(pkcs1.modulus.as_bytes());
        let e = rsa::BigUint::from_bytes_be(pkcs1.public_exponent.as_bytes());
        if n.bits() > RSA_MAX_BITS {
            return Err(tr!(
                Dkim::KeyRsaTooLong,
                bits = n.bits(),
                max = RSA_MAX_BITS
            ));
        }
        rsa::RsaPublicKey::new_with_max_size(n, e, RSA_MAX_BITS)
            .map(PublicKey::Rsa)
            .map_err(|_| tr!(Dkim::KeyRsaNotDer))
    }

    /// Whether `signature` verifies over the canonicalized `input` (RFC 6376
    /// §3.7 for RSA, RFC 8463 §3 for Ed25519, which signs the SHA-256 of the
    /// input). A key of the other type never verifies.
    pub fn verifies(&self, input: &[u8], signature: &[u8], a: Algorithm) -> bool {
        match (self, a) {
            (PublicKey::Rsa(k), Algorithm::RsaSha256 | Algorithm::RsaSha1)
                if native_rsa_verifies(k, input, signature, a) =>
            {
                true
            }
            (PublicKey::Rsa(k), Algorithm::RsaSha256) => {
                let digest = HashAlgorithm::Sha256.hash(input);
                let scheme = rsa::Pkcs1v15Sign {
                    hash_len: Some(32),
                    prefix: SHA256_DIGEST_INFO.into(),
                };
                k.verify(scheme, digest.as_ref(), signature).is_ok()
            }
            (PublicKey::Rsa(k), Algorithm::RsaSha1) => {
                let digest = HashAlgorithm::Sha1.hash(input);
                let scheme = rsa::Pkcs1v15Sign {
                    hash_len: Some(20),
                    prefix: SHA1_DIGEST_INFO.into(),
                };
                k.verify(scheme, digest.as_ref(), signature).is_ok()
            }
            (PublicKey::Ed25519(k), Algorithm::Ed25519Sha256) => {
                let Ok(sig) = <&[u8; 64]>::try_from(signature) else {
                    return false;
                };
                let digest = HashAlgorithm::Sha256.hash(input);
                k.verify_strict(digest.as_ref(), &ed25519_dalek::Signature::from_bytes(sig))
                    .is_ok()
            }
            _ => false,
        }
    }
}

/// RSA by aws-lc (already built for the CLI's HTTPS) where it takes the key:
/// its verification is some ten times faster than the pure-Rust bignum code,
/// which dominated the batch benchmark's profile. It refuses keys under 1024
/// bits, and a `false` here is checked again by the `rsa` crate, so the
/// verdict is always the `rsa` crate's.
#[cfg(not(target_arch = "wasm32"))]
fn native_rsa_verifies(
    k: &rsa::RsaPublicKey,
    input: &[u8],
    signature: &[u8],
    a: Algorithm,
) -> bool {
    let hash = super::canon::hash_algorithm(a);
    aws_lc_rsa_verifies(&RsaKey::from(k), hash, input, signature)
}

/// Whether aws-lc verifies the RSASSA-PKCS1-v1_5 `signature` over `input`
/// hashed with `hash` (SHA-1 or SHA-256) by `key`; `false` for a key it
/// refuses too.
#[cfg(not(target_arch = "wasm32"))]
pub fn aws_lc_rsa_verifies(
    key: &RsaKey,
    hash: HashAlgorithm,
    input: &[u8],
    signature: &[u8],
) -> bool {
    use aws_lc_rs::signature::{
        RsaPublicKeyComponents, RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY,
        RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
    };
    let params = match hash {
        HashAlgorithm::Sha1 => &RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY,
        _ => &RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
    };
    RsaPublicKeyComponents {
        n: &key.n,
        e: &key.e,
    }
    .verify(params, input, signature)
    .is_ok()
}

/// The browser build keeps the `rsa` crate alone.
#[cfg(target_arch = "wasm32")]
fn native_rsa_verifies(_: &rsa::RsaPublicKey, _: &[u8], _: &[u8], _: Algorithm) -> bool {
    false
}
