//! Key records (RFC 6376 §3.6.1, RFC 8463): lookup, tag checks and the verifying key.

use super::tags::{self, Tag};
use crate::dns::{DnsError, RType, Rcode, Resolver};
use crate::report::AuthResult;
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
                Rcode::NoError | Rcode::NxDomain => Fetched::Missing(format!(
                    "{name} has no TXT record ({}): no key is published under this selector",
                    answer.rcode
                )),
                other => Fetched::Failed(format!("the lookup of {name} failed with {other}")),
            }
        }
        Err(DnsError::Offline) => Fetched::Failed(format!(
            "{name} was not looked up: offline and not in the loaded records"
        )),
        Err(e) => Fetched::Failed(format!("the lookup of {name} failed: {e}")),
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
        Fetched::Missing(m) => {
            return Err(perm(format!(
                "no key: {m} (the key was removed, or the selector is wrong)"
            )))
        }
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
                format!(
                    "{} TXT records were found; the first is used",
                    records.len()
                ),
            )
            .with_details(records.iter().cloned()),
        );
    }
    let tags = tags::parse_tag_list(record)
        .map_err(|e| perm(format!("the key record is malformed: {e}")))?;
    let get = |n: &str| tags::get(&tags, n);
    if let Some(v) = get("v") {
        if v != "DKIM1" {
            return Err(perm(format!("the key record has v={v}, not v=DKIM1")));
        }
        if tags.first().map(|t| t.name.as_str()) != Some("v") {
            return Err(perm(
                "the key record's v= tag is not the first tag (RFC 6376 §3.6.1)",
            ));
        }
    }
    let kind = match get("k").unwrap_or("rsa") {
        "rsa" => "rsa",
        "ed25519" => "ed25519",
        other => {
            return Err(perm(format!(
                "the key record has an unknown key type k={other}"
            )))
        }
    };
    let wanted = match algorithm {
        Algorithm::Ed25519Sha256 => "ed25519",
        _ => "rsa",
    };
    if kind != wanted {
        return Err(perm(format!(
            "the key is k={kind} but the signature uses a={}",
            algorithm.name()
        )));
    }
    if let Some(h) = get("h") {
        let hash = match algorithm {
            Algorithm::RsaSha1 => "sha1",
            _ => "sha256",
        };
        if !h.split(':').any(|x| x.trim() == hash) {
            return Err(perm(format!(
                "the key record allows only h={h}, not {hash} as used by a={}",
                algorithm.name()
            )));
        }
    }
    if let Some(s) = get("s") {
        if !s.split(':').any(|x| matches!(x.trim(), "*" | "email")) {
            return Err(perm(format!("the key is not for e-mail (s={s})")));
        }
    }
    let flags: Vec<&str> = get("t")
        .map(|t| t.split(':').map(str::trim).collect())
        .unwrap_or_default();
    let testing = flags.contains(&"y");
    let strict = flags.contains(&"s");
    let p = get("p").ok_or_else(|| perm("the key record has no p= tag"))?;
    if p.chars().all(|c| c.is_ascii_whitespace()) {
        return Err(perm("the key has been revoked (empty p=)"));
    }
    let domain_key = DomainKey::parse(record.as_bytes())
        .map_err(|e| perm(format!("the public key in p= cannot be used: {e}")))?;
    let mut warnings = Vec::new();
    let bits = match kind {
        "rsa" => {
            let bits = domain_key.p.public_key_bits();
            if bits < 1024 {
                return Err(perm(format!(
                    "the RSA key has only {bits} bits; keys under 1024 bits are not acceptable (RFC 8301 §3.2)"
                )));
            }
            if bits < 2048 {
                warnings.push(format!(
                    "weak key: the RSA key has {bits} bits (RFC 8301 asks signers for at least 2048)"
                ));
            }
            Some(bits)
        }
        _ => Some(256),
    };
    if testing {
        warnings.push("the key is in testing mode (t=y): the domain is testing DKIM, receivers may ignore failures".into());
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
