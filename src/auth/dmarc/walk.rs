//! The RFC 9989 DNS tree walk and both organizational domains (RFC 9989
//! §4.10.2 by the walk, RFC 7489 §3.2 by the Public Suffix List). Pure.

use super::*;
use crate::i18n::text::Text;
use std::collections::BTreeMap;

/// The names the RFC 9989 DNS tree walk queries for `domain`, longest first:
/// the domain itself, then (when it has 8 labels or more) its last 7 labels,
/// then one label less at a time down to the top-level domain (at most 8 queries).
pub fn tree_walk_names(domain: &str) -> Vec<String> {
    let domain = normalize(domain);
    let labels: Vec<&str> = domain.split('.').filter(|l| !l.is_empty()).collect();
    let mut out = Vec::new();
    if labels.is_empty() {
        return out;
    }
    out.push(labels.join("."));
    let start = labels.len().saturating_sub(7).max(1);
    for i in start..labels.len() {
        let name = labels[i..].join(".");
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Whether `_dmarc.<domain>` can be asked at all: every label 1 to 63
/// octets and the whole name at most 253 (RFC 1035 §2.3.4).
pub(super) fn dmarc_name_sendable(domain: &str) -> bool {
    let name = format!("_dmarc.{domain}");
    name.len() <= 253 && name.split('.').all(|l| !l.is_empty() && l.len() <= 63)
}

/// How far one DNS tree walk (RFC 9989 §4.10) got with the answers at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkEnd {
    /// A single record with `psd=y` or `psd=n` stopped it (steps 2 and 6).
    Psd(String),
    /// Every name was asked.
    Exhausted,
    /// The lookup of this name failed: what the rest would say cannot matter
    /// until this answer is known, so the walk goes no further.
    Failed(String, Text),
    /// This name has not been asked yet.
    Needs(String),
}

/// One tree walk: the names it visited in order, and why it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    pub start: String,
    pub visited: Vec<String>,
    pub end: WalkEnd,
}

/// The tree walk from `domain` over the answers in `lookups`. Pure: the
/// discovery runs it, asks the name it needs and runs it again, so the
/// walk over DNS and the walk the evaluation reads are the same code.
pub fn walk(lookups: &BTreeMap<String, TxtOutcome>, domain: &str) -> Walk {
    let names = tree_walk_names(domain);
    let start = names.first().cloned().unwrap_or_default();
    let mut visited = Vec::new();
    for name in names {
        let Some(outcome) = lookups.get(&name) else {
            return Walk {
                start,
                visited,
                end: WalkEnd::Needs(name),
            };
        };
        visited.push(name.clone());
        if let TxtOutcome::Error(e) = outcome {
            return Walk {
                start,
                visited,
                end: WalkEnd::Failed(name, e.clone()),
            };
        }
        if outcome.single().is_some_and(|r| r.psd.is_some()) {
            return Walk {
                start,
                visited,
                end: WalkEnd::Psd(name),
            };
        }
    }
    Walk {
        start,
        visited,
        end: WalkEnd::Exhausted,
    }
}

/// The RFC 9989 organizational domain, when the walk could find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgDomain {
    pub domain: String,
    /// The Public Suffix Domain the walk met (`psd=y`), if any.
    pub psd: Option<String>,
}

/// Why the organizational domain is not known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgUnknown {
    /// A lookup of the walk failed (SERVFAIL, timeout).
    Failed { name: String, error: Text },
    /// The walk was not made (not needed for this message).
    NotWalked,
}

/// RFC 9989 §4.10.2: the organizational domain from the walk's records,
/// longest name first: a `psd=n` record's name; one label below a `psd=y`
/// record other than the start's; else the record with the fewest labels;
/// else the start itself.
pub fn org_domain_bis(
    lookups: &BTreeMap<String, TxtOutcome>,
    domain: &str,
) -> Result<OrgDomain, OrgUnknown> {
    let w = walk(lookups, domain);
    match &w.end {
        WalkEnd::Failed(name, error) => {
            return Err(OrgUnknown::Failed {
                name: name.clone(),
                error: error.clone(),
            })
        }
        WalkEnd::Needs(_) => return Err(OrgUnknown::NotWalked),
        WalkEnd::Psd(_) | WalkEnd::Exhausted => {}
    }
    let mut fewest: Option<&String> = None;
    for name in &w.visited {
        let Some(rec) = lookups.get(name).and_then(TxtOutcome::single) else {
            continue;
        };
        match rec.psd {
            Some(false) => {
                return Ok(OrgDomain {
                    domain: name.clone(),
                    psd: None,
                })
            }
            Some(true) if *name != w.start => {
                return Ok(OrgDomain {
                    domain: one_label_below(&w.start, name).unwrap_or_else(|| w.start.clone()),
                    psd: Some(name.clone()),
                })
            }
            _ => fewest = Some(name),
        }
    }
    Ok(OrgDomain {
        domain: fewest.cloned().unwrap_or(w.start),
        psd: None,
    })
}

/// The RFC 7489 organizational domain (§3.2): the registrable domain by the
/// Public Suffix List, ICANN and private sections (`foo.github.io` is its own).
/// Pure, no DNS: the RFC 9989 organizational domain needs the tree walk's
/// answers, see [`org_domain_bis`]. A name that is itself a public suffix (or not
/// under any) comes back normalized, unchanged.
pub fn psl_org_domain(domain: &str) -> String {
    let d = normalize(domain);
    match crate::psl::domain_str(&d) {
        Some(org) => org.to_string(),
        None => d,
    }
}

pub(super) fn normalize(d: &str) -> String {
    d.trim().trim_end_matches('.').to_ascii_lowercase()
}

pub(super) fn one_label_below(domain: &str, ancestor: &str) -> Option<String> {
    let domain = normalize(domain);
    let prefix = domain.strip_suffix(ancestor)?.strip_suffix('.')?;
    let label = prefix.rsplit('.').next()?;
    Some(format!("{label}.{ancestor}"))
}
