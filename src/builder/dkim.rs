//! DKIM keys: generation (in the browser: nothing leaves the page), the
//! public TXT record in one line and in BIND zone form, OpenDKIM and amavis
//! configuration snippets, a linter for published key records, and the key
//! match check that `opendkim-testkey` / `amavisd-new testkeys` perform.

use super::Finding;
use crate::auth::tag_list::{lenient_pairs, NameCase};
use crate::dns::{normalize_name, QueryLog, RType, Rcode, Recorder, Resolver};
use crate::i18n::phrases::dkim::Dkim;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::Text;
use crate::tr;
use base64::Engine;
use ed25519_dalek::pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _};
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::{RsaPrivateKey, RsaPublicKey};

pub use crate::auth::dkim::key::PublicKey;
use serde::{Deserialize, Serialize};

/// Shown beside the generator; the app should display it verbatim.
pub const PRIVACY_NOTE: &str = "The key pair is generated in this browser with its cryptographic random number generator. The private key is never sent anywhere: copy it to your mail server yourself.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum KeyType {
    #[serde(rename = "rsa-1024")]
    Rsa1024,
    #[default]
    #[serde(rename = "rsa-2048")]
    Rsa2048,
    #[serde(rename = "rsa-3072")]
    Rsa3072,
    #[serde(rename = "rsa-4096")]
    Rsa4096,
    #[serde(rename = "ed25519")]
    Ed25519,
}

impl KeyType {
    pub const ALL: [KeyType; 5] = [
        KeyType::Rsa1024,
        KeyType::Rsa2048,
        KeyType::Rsa3072,
        KeyType::Rsa4096,
        KeyType::Ed25519,
    ];

    pub fn label(self) -> Text {
        match self {
            KeyType::Rsa1024 => tr!(Dkim::LabelRsa1024),
            KeyType::Rsa2048 => tr!(Dkim::LabelRsa2048),
            KeyType::Rsa3072 => Text::verbatim("RSA 3072"),
            KeyType::Rsa4096 => tr!(Dkim::LabelRsa4096),
            KeyType::Ed25519 => tr!(Dkim::LabelEd25519),
        }
    }

    fn rsa_bits(self) -> Option<usize> {
        match self {
            KeyType::Rsa1024 => Some(1024),
            KeyType::Rsa2048 => Some(2048),
            KeyType::Rsa3072 => Some(3072),
            KeyType::Rsa4096 => Some(4096),
            KeyType::Ed25519 => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRequest {
    pub key_type: KeyType,
    pub selector: String,
    pub domain: String,
    /// TTL for the zone line; 3600 when absent.
    #[serde(default)]
    pub ttl: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeneratedKey {
    pub key_type: KeyType,
    pub bits: usize,
    pub selector: String,
    pub domain: String,
    /// Where the TXT record goes: `selector._domainkey.domain`.
    pub record_name: String,
    /// PKCS#8 PEM (`BEGIN PRIVATE KEY`): OpenDKIM, rspamd, amavis all read it.
    pub private_key_pkcs8_pem: String,
    /// PKCS#1 PEM (`BEGIN RSA PRIVATE KEY`) for older tools; RSA only.
    pub private_key_pkcs1_pem: Option<String>,
    /// The `p=` value.
    pub public_key_base64: String,
    /// The TXT record's text in one line.
    pub txt_record: String,
    /// The record in BIND zone form, split into strings in parentheses as
    /// `amavisd-new showkeys` prints it.
    pub bind_record: String,
    /// OpenDKIM KeyTable line.
    pub opendkim_key_table: String,
    /// OpenDKIM SigningTable line (with `refile:`-style wildcard).
    pub opendkim_signing_table: String,
    /// amavisd.conf line.
    pub amavis: String,
    pub note: String,
}

/// Which name [`check_name`] checks: each has its own sentences.
#[derive(Clone, Copy)]
enum NameKind {
    Selector,
    Domain,
}

/// A `selector` or domain label check that keeps the zone output well formed.
fn check_name(what: NameKind, name: &str) -> Result<String, Text> {
    let selector = matches!(what, NameKind::Selector);
    let n = normalize_name(name);
    if n.is_empty() {
        return Err(if selector {
            tr!(Dkim::SelectorEmpty)
        } else {
            tr!(Spf::DomainEmpty)
        });
    }
    if n.len() > 253 {
        return Err(tr!(if selector {
            Dkim::SelectorTooLong
        } else {
            Dkim::DomainTooLong
        }));
    }
    for label in n.split('.') {
        if label.is_empty() || label.len() > 63 {
            let key = if selector {
                Dkim::SelectorBadLabel
            } else {
                Dkim::DomainBadLabel
            };
            return Err(tr!(key, name = n));
        }
        if !label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            let key = if selector {
                Dkim::SelectorBadChars
            } else {
                Dkim::DomainBadChars
            };
            return Err(tr!(key, name = n));
        }
    }
    Ok(n)
}

/// Generates a key pair and everything needed to publish and configure it.
/// RSA 4096 takes several seconds in a browser.
pub fn generate_key(req: &KeyRequest) -> Result<GeneratedKey, Text> {
    let selector = check_name(NameKind::Selector, &req.selector)?;
    let domain = check_name(NameKind::Domain, &req.domain)?;
    let mut rng = rsa::rand_core::OsRng;
    let (bits, pkcs8, pkcs1, public) = match req.key_type.rsa_bits() {
        Some(bits) => {
            let key = RsaPrivateKey::new(&mut rng, bits)
                .map_err(|e| tr!(Dkim::RsaGenerationFailed, error = e))?;
            let pkcs8 = key
                .to_pkcs8_pem(LineEnding::LF)
                .map_err(|e| tr!(Dkim::Pkcs8Failed, error = e))?
                .to_string();
            let pkcs1 = key
                .to_pkcs1_pem(LineEnding::LF)
                .map_err(|e| tr!(Dkim::Pkcs1Failed, error = e))?
                .to_string();
            // DKIM publishes the SubjectPublicKeyInfo, as opendkim-genkey does (RFC 6376 §3.6.1).
            let public = RsaPublicKey::from(&key)
                .to_public_key_der()
                .map_err(|e| tr!(Dkim::PublicEncodingFailed, error = e))?
                .into_vec();
            (bits, pkcs8, Some(pkcs1), public)
        }
        None => {
            let mut seed = [0u8; ed25519_dalek::SECRET_KEY_LENGTH];
            rsa::rand_core::RngCore::try_fill_bytes(&mut rng, &mut seed)
                .map_err(|e| tr!(Dkim::NoRandom, error = e))?;
            let key = ed25519_dalek::SigningKey::from_bytes(&seed);
            let pkcs8 = key
                .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
                .map_err(|e| tr!(Dkim::Pkcs8Failed, error = e))?
                .to_string();
            // RFC 8463 §4.2: p= is the raw 32-octet public key.
            (256, pkcs8, None, key.verifying_key().to_bytes().to_vec())
        }
    };
    let p = base64::engine::general_purpose::STANDARD.encode(&public);
    let k = if req.key_type == KeyType::Ed25519 {
        "ed25519"
    } else {
        "rsa"
    };
    let txt_record = format!("v=DKIM1; k={k}; p={p}");
    let record_name = format!("{selector}._domainkey.{domain}");
    let ttl = req.ttl.unwrap_or(3600);
    let bind_record = bind_form(
        &record_name,
        ttl,
        &format!("v=DKIM1; k={k}; p="),
        &p,
        &format!("; key {bits} bits ({k}), s={selector}, d={domain}"),
    );
    let key_file = format!("/etc/opendkim/keys/{domain}/{selector}.private");
    Ok(GeneratedKey {
        key_type: req.key_type,
        bits,
        opendkim_key_table: format!("{record_name} {domain}:{selector}:{key_file}"),
        opendkim_signing_table: format!("*@{domain} {record_name}"),
        amavis: format!(
            "dkim_key('{domain}', '{selector}', '/var/db/dkim/{domain}.{selector}.pem');"
        ),
        selector,
        domain,
        record_name,
        private_key_pkcs8_pem: pkcs8,
        private_key_pkcs1_pem: pkcs1,
        public_key_base64: p,
        txt_record,
        bind_record,
        note: PRIVACY_NOTE.to_string(),
    })
}

/// The amavisd-new `showkeys` layout: the tags in one string, then the
/// base64 in 64-character strings, all inside parentheses so the zone file
/// stays readable; every string is far below the 255-octet limit.
fn bind_form(name: &str, ttl: u32, head: &str, b64: &str, comment: &str) -> String {
    let mut out = format!("{comment}\n{name}.\t{ttl} TXT (\n  \"{head}\"");
    let chunks: Vec<String> = super::split_strings(b64, 64);
    for c in &chunks {
        out.push_str(&format!("\n  \"{c}\""));
    }
    out.push_str(" )\n");
    out
}

/// Reads a `p=` value with the verifier's own decoder, its type told by
/// its size (32 octets is Ed25519, RFC 8463 §4.2) rather than by `k=`, so
/// that a `k=` naming the other type can be pointed out.
pub fn decode_public_key(p: &str) -> Result<PublicKey, Text> {
    let octets = p.chars().filter(|c| !c.is_ascii_whitespace()).count() * 3 / 4;
    let kind = if (32..=33).contains(&octets) {
        "ed25519"
    } else {
        "rsa"
    };
    PublicKey::decode(kind, p)
}

/// Reads a pasted private key: PKCS#8 (RSA or Ed25519) or PKCS#1 RSA PEM.
pub fn public_from_private_pem(pem: &str) -> Result<PublicKey, Text> {
    let pem = pem.trim();
    if pem.contains("ENCRYPTED PRIVATE KEY") {
        return Err(tr!(Dkim::PrivateEncrypted));
    }
    if let Ok(k) = RsaPrivateKey::from_pkcs8_pem(pem) {
        return Ok(PublicKey::Rsa(RsaPublicKey::from(&k)));
    }
    if let Ok(k) = RsaPrivateKey::from_pkcs1_pem(pem) {
        return Ok(PublicKey::Rsa(RsaPublicKey::from(&k)));
    }
    if let Ok(k) = ed25519_dalek::SigningKey::from_pkcs8_pem(pem) {
        return Ok(PublicKey::Ed25519(k.verifying_key()));
    }
    Err(tr!(Dkim::PrivateNotPem))
}

/// A published DKIM key record, linted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct KeyRecordLint {
    pub record: String,
    /// `rsa` / `ed25519` when the key decodes.
    pub algorithm: Option<String>,
    pub bits: Option<usize>,
    pub testing: bool,
    pub revoked: bool,
    pub findings: Vec<Finding>,
}

/// Lints one DKIM key record text (RFC 6376 §3.6.1, RFC 8463).
pub fn lint_key_record(record: &str) -> (KeyRecordLint, Option<PublicKey>) {
    let mut out = KeyRecordLint {
        record: record.to_string(),
        ..Default::default()
    };
    // The verifier's strict reading has the last word on whether the list
    // parses (a duplicate tag, an empty part); the lenient one gives advice.
    if let Err(e) = crate::auth::dkim::tags::parse_tag_list(record) {
        out.findings.push(Finding::error(
            "dkim.malformed",
            tr!(Dkim::KeyMalformed, error = e),
        ));
    }
    let tags = lenient_pairs(record, NameCase::AsWritten);
    let get = |n: &str| tags.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    if let Some((k, v)) = tags.first() {
        if k == "v" && v != "DKIM1" {
            out.findings.push(
                Finding::error("dkim.bad-version", tr!(Dkim::LintBadVersion, v = v))
                    .with_fix(tr!(Dkim::FixWriteDkim1)),
            );
        }
    }
    if tags.iter().skip(1).any(|(k, _)| k == "v") {
        out.findings.push(
            Finding::error("dkim.bad-version", tr!(Dkim::LintVersionNotFirst))
                .with_fix(tr!(Dkim::FixVersionFirst)),
        );
    }
    let k = get("k").unwrap_or("rsa").to_ascii_lowercase();
    if k != "rsa" && k != "ed25519" {
        out.findings.push(Finding::error(
            "dkim.unknown-k",
            tr!(Dkim::LintUnknownK, k = k),
        ));
    }
    if let Some(h) = get("h") {
        if !h
            .split(':')
            .any(|x| x.trim().eq_ignore_ascii_case("sha256"))
        {
            out.findings.push(
                Finding::error("dkim.sha1-only", tr!(Dkim::LintSha1Only, h = h))
                    .with_fix(tr!(Dkim::FixSha256)),
            );
        }
    }
    if let Some(t) = get("t") {
        if t.split(':').any(|x| x.trim() == "y") {
            out.testing = true;
            out.findings.push(
                Finding::warning("dkim.testing", tr!(Dkim::LintTesting))
                    .with_fix(tr!(Dkim::FixRemoveTesting)),
            );
        }
    }
    let key = match get("p") {
        None => {
            out.findings
                .push(Finding::error("dkim.no-p", tr!(Dkim::LintNoP)));
            None
        }
        Some("") => {
            out.revoked = true;
            out.findings
                .push(Finding::info("dkim.revoked", tr!(Dkim::LintRevoked)));
            None
        }
        Some(p) => match decode_public_key(p) {
            Err(e) => {
                out.findings.push(Finding::error("dkim.bad-key", e));
                None
            }
            Ok(key) => {
                out.algorithm = Some(key.algorithm().to_string());
                out.bits = Some(key.bits());
                if key.algorithm() != k {
                    out.findings.push(
                        Finding::error(
                            "dkim.k-mismatch",
                            tr!(Dkim::LintKMismatch, k = k, alg = key.algorithm()),
                        )
                        .with_fix(tr!(Dkim::FixWriteK, alg = key.algorithm())),
                    );
                }
                if let PublicKey::Rsa(_) = key {
                    let bits = key.bits();
                    if bits < 1024 {
                        out.findings.push(
                            Finding::error("dkim.weak-key", tr!(Dkim::LintWeakKey, bits = bits))
                                .with_fix(tr!(Dkim::FixGenerate2048)),
                        );
                    } else if bits < 2048 {
                        out.findings.push(
                            Finding::warning(
                                "dkim.short-key",
                                tr!(Dkim::LintShortKey, bits = bits),
                            )
                            .with_fix(tr!(Dkim::FixRotate2048)),
                        );
                    }
                }
                Some(key)
            }
        },
    };
    (out, key)
}

/// Result of the key match check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct KeyMatch {
    pub record_name: String,
    /// Algorithm and size of the pasted private key, when it could be read.
    #[serde(flatten, with = "crate::i18n::text::fields::private_key")]
    pub private_key: Option<Text>,
    /// The published record, when there is one.
    pub published: Option<KeyRecordLint>,
    /// True only when the published key is the pasted key's public half.
    pub matches: bool,
    /// One line as `opendkim-testkey -vvv` would conclude ("key OK", ...).
    #[serde(flatten, with = "crate::i18n::text::fields::summary")]
    pub summary: Text,
    pub findings: Vec<Finding>,
    pub dns: Vec<QueryLog>,
}

/// Fetches `selector._domainkey.domain` and compares it with the pasted private key.
pub async fn check_key_match(
    resolver: &dyn Resolver,
    private_pem: &str,
    selector: &str,
    domain: &str,
) -> KeyMatch {
    let rec = Recorder::new(resolver);
    let mut out = KeyMatch::default();
    let private = public_from_private_pem(private_pem);
    let name = match (
        check_name(NameKind::Selector, selector),
        check_name(NameKind::Domain, domain),
    ) {
        (Ok(s), Ok(d)) => format!("{s}._domainkey.{d}"),
        (Err(e), _) | (_, Err(e)) => {
            out.summary = e.clone();
            out.findings.push(Finding::error("dkim.bad-name", e));
            return out;
        }
    };
    out.record_name = name.clone();
    match &private {
        Ok(k) => {
            out.private_key = Some(tr!(
                Dkim::PrivateKeySize,
                algorithm = k.algorithm(),
                n = k.bits()
            ))
        }
        Err(e) => out
            .findings
            .push(Finding::error("dkim.bad-private-key", e.clone())),
    }
    let (lint, published) = lookup_key(&rec, &name, &mut out.findings).await;
    out.published = lint;
    out.dns = rec.log();
    out.summary = match (&private, &published) {
        (Err(_), _) => tr!(Dkim::MatchUnreadable),
        (_, None) => {
            if out.published.as_ref().is_some_and(|l| l.revoked) {
                tr!(Dkim::MatchRevoked, name = name)
            } else {
                tr!(Dkim::MatchNoKey, name = name)
            }
        }
        (Ok(p), Some(q)) if p == q => {
            out.matches = true;
            tr!(Dkim::MatchOk, name = name)
        }
        (Ok(p), Some(q)) => {
            out.findings.push(
                Finding::error(
                    "dkim.key-mismatch",
                    tr!(
                        Dkim::MismatchFinding,
                        name = name,
                        published_alg = q.algorithm(),
                        published_bits = q.bits(),
                        private_alg = p.algorithm(),
                        private_bits = p.bits()
                    ),
                )
                .with_fix(tr!(Dkim::FixMismatch)),
            );
            tr!(Dkim::MatchMismatch)
        }
    };
    out
}

/// Fetches and lints the key record at `name`; adds lookup-level findings.
pub(crate) async fn lookup_key(
    resolver: &dyn Resolver,
    name: &str,
    findings: &mut Vec<Finding>,
) -> (Option<KeyRecordLint>, Option<PublicKey>) {
    match resolver.query(name, RType::Txt).await {
        Err(e) => {
            findings.push(Finding::error(
                "dkim.dns-error",
                tr!(Dmarc::TxtLookupFailed, name = name, error = e),
            ));
            (None, None)
        }
        Ok(a) => {
            let records: Vec<String> = a.txt_joined();
            let keys: Vec<&String> = records
                .iter()
                .filter(|r| r.contains("p=") || r.starts_with("v=DKIM1"))
                .collect();
            match keys.len() {
                0 => {
                    let why = if a.rcode == Rcode::NxDomain {
                        tr!(Dmarc::MxNxDomain, domain = name)
                    } else {
                        tr!(Dkim::RecordNoKey, name = name)
                    };
                    findings.push(
                        Finding::error("dkim.no-record", why)
                            .with_fix(tr!(Dkim::FixPublishAt, name = name)),
                    );
                    (None, None)
                }
                n => {
                    if n > 1 {
                        findings.push(
                            Finding::error(
                                "dkim.multiple-records",
                                tr!(Dkim::KeyRecordsAt, name = name, n = n),
                            )
                            .with_fix(tr!(Dkim::FixOneRecord)),
                        );
                    }
                    let (lint, key) = lint_key_record(keys[0]);
                    findings.extend(lint.findings.iter().cloned());
                    (Some(lint), key)
                }
            }
        }
    }
}
