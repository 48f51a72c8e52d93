//! Key records (RFC 6376 §3.6.1, RFC 8463): lookup, tag checks and the verifying key.

use super::tags::{self, Tag};
use crate::dns::{DnsError, RType, Rcode, Resolver};
use crate::i18n::phrases::dkim::Dkim;
use crate::report::AuthResult;
use crate::tr;
use crate::trace::{Step, StepKind};
use mail_auth::common::crypto::{Algorithm, VerifyingKey};
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::DomainKey;

/// What the TXT lookup gave: the joined strings of each RR, or why there is none.
#[derive(Debug, Clone)]
pub enum Fetched {
    Records(Vec<String>),
    /// No key: the name does not exist or has no TXT record (permanent).
    Missing(String),
    /// DNS failure (temporary).
    Failed(String),
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
pub struct Key {
    pub tags: Vec<Tag>,
    pub key: Box<dyn VerifyingKey + Send + Sync>,
    pub kind: &'static str,
    pub bits: Option<usize>,
    pub testing: bool,
    pub strict: bool,
    pub warnings: Vec<String>,
}

/// A key problem: the result to report and the reason.
pub struct KeyError {
    pub result: AuthResult,
    pub reason: String,
}

fn perm(reason: impl Into<String>) -> KeyError {
    KeyError {
        result: AuthResult::PermError,
        reason: reason.into(),
    }
}

/// Checks a fetched record against the signature's algorithm, and builds the key.
pub fn evaluate(
    fetched: &Fetched,
    algorithm: Algorithm,
    steps: &mut Vec<Step>,
) -> Result<Key, KeyError> {
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
    let domain_key = DomainKey::parse(record.as_bytes())
        .map_err(|e| perm(tr!(Dkim::KeyUnusable, error = mail_auth_error(&e))))?;
    let mut warnings = Vec::new();
    let bits = match kind {
        "rsa" => {
            let bits = domain_key.p.public_key_bits();
            if bits < 1024 {
                return Err(perm(tr!(Dkim::KeyTooShort, bits = bits)));
            }
            if bits < 2048 {
                warnings.push(tr!(Dkim::KeyWeak, bits = bits));
            }
            Some(bits)
        }
        _ => Some(256),
    };
    if testing {
        warnings.push(tr!(Dkim::KeyTesting));
    }
    Ok(Key {
        tags,
        key: domain_key.p,
        kind,
        bits,
        testing,
        strict,
        warnings,
    })
}

/// mail-auth's text for the errors its key parser gives, as catalog
/// sentences with the same English, so they are translated too; any other
/// error as mail-auth writes it.
fn mail_auth_error(e: &mail_auth::Error) -> String {
    use mail_auth::common::crypto::CryptoError;
    match e {
        mail_auth::Error::Dns(mail_auth::DnsError::InvalidRecordType) => {
            tr!(Dkim::MailAuthInvalidRecord)
        }
        mail_auth::Error::Dkim(mail_auth::dkim::DkimError::UnsupportedKeyType) => {
            tr!(Dkim::MailAuthUnsupportedKeyType)
        }
        mail_auth::Error::Dkim(mail_auth::dkim::DkimError::RevokedPublicKey) => {
            tr!(Dkim::MailAuthRevoked)
        }
        mail_auth::Error::Crypto(CryptoError::Library(inner)) => {
            tr!(Dkim::MailAuthCrypto, error = inner)
        }
        other => other.to_string(),
    }
}
