//! DANE for SMTP (RFC 7672, RFC 6698): the TLSA records at
//! `_25._tcp.<mx host>` of each MX host, each field explained, with what
//! keeps senders from using them (PKIX usages, data of the wrong length,
//! answers DNSSEC did not validate).

use super::Finding;
use crate::dns::{Answer, DnsError, RData, RType, Resolver};
use crate::i18n::phrases::domain::Domain;
use crate::i18n::text::Text;
use crate::tr;
use serde::{Deserialize, Serialize};

/// One MX host's TLSA records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaneHost {
    pub host: String,
    /// `_25._tcp.<host>`
    pub name: String,
    pub records: Vec<Tlsa>,
    /// The resolver validated the TLSA answer (AD bit).
    pub validated: bool,
    pub findings: Vec<Finding>,
}

/// A TLSA record and its fields in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tlsa {
    pub usage: u8,
    pub selector: u8,
    pub matching: u8,
    /// The association data in hex.
    pub data: String,
    #[serde(flatten, with = "crate::i18n::text::fields::meaning")]
    pub meaning: Text,
}

/// The TLSA name of an SMTP server (RFC 7672 §2.2: port 25, TCP).
pub fn tlsa_name(host: &str) -> String {
    format!("_25._tcp.{}", host.trim_end_matches('.'))
}

/// Looks up and explains the TLSA records of every MX host.
pub async fn check_hosts(resolver: &dyn Resolver, hosts: &[String]) -> Vec<DaneHost> {
    let lookups = hosts.iter().map(|host| async move {
        let name = tlsa_name(host);
        let answer = resolver.query(&name, RType::Tlsa).await;
        host_check(host, &name, answer)
    });
    futures::future::join_all(lookups).await
}

/// What one host's TLSA answer means for a sender.
pub fn host_check(host: &str, name: &str, answer: Result<Answer, DnsError>) -> DaneHost {
    let mut out = DaneHost {
        host: host.to_string(),
        name: name.to_string(),
        records: Vec::new(),
        validated: false,
        findings: Vec::new(),
    };
    let answer = match answer {
        Ok(a) => a,
        Err(e) => {
            out.findings.push(Finding::warning(
                "dane.dns-error",
                tr!(
                    Domain::DaneLookupFailed,
                    name = name,
                    error = e,
                    host = host
                ),
            ));
            return out;
        }
    };
    out.validated = answer.dnssec == Some(true);
    out.records = answer.of_type(RType::Tlsa).filter_map(tlsa).collect();
    if out.records.is_empty() {
        out.findings.push(Finding::info(
            "dane.none",
            tr!(Domain::DaneNone, name = name, host = host),
        ));
        return out;
    }
    for r in &out.records {
        out.findings.extend(record_findings(name, r));
    }
    if !out.validated {
        out.findings.push(Finding::error(
            "dane.not-validated",
            tr!(Domain::DaneNotValidated, host = host),
        ));
    }
    if out.records.len() == 1 {
        out.findings.push(Finding::info(
            "dane.single-record",
            tr!(Domain::DaneSingleRecord, host = host),
        ));
    }
    out
}

fn tlsa(data: &RData) -> Option<Tlsa> {
    let RData::Tlsa {
        usage,
        selector,
        matching,
        data,
    } = data
    else {
        return None;
    };
    Some(Tlsa {
        usage: *usage,
        selector: *selector,
        matching: *matching,
        data: data.clone(),
        meaning: tr!(
            Domain::DaneRecord,
            usage = usage_meaning(*usage),
            selector = selector_meaning(*selector),
            matching = matching_meaning(*matching)
        ),
    })
}

/// RFC 6698 §2.1.1, with RFC 7218's names.
pub fn usage_meaning(usage: u8) -> Text {
    match usage {
        0 => tr!(Domain::UsagePkixTa),
        1 => tr!(Domain::UsagePkixEe),
        2 => tr!(Domain::UsageDaneTa),
        3 => tr!(Domain::UsageDaneEe),
        v => tr!(Domain::UsageUnknown, value = v),
    }
}

/// RFC 6698 §2.1.2.
pub fn selector_meaning(selector: u8) -> Text {
    match selector {
        0 => tr!(Domain::SelectorCert),
        1 => tr!(Domain::SelectorSpki),
        v => tr!(Domain::SelectorUnknown, value = v),
    }
}

/// RFC 6698 §2.1.3.
pub fn matching_meaning(matching: u8) -> Text {
    match matching {
        0 => tr!(Domain::MatchingFull),
        1 => tr!(Domain::MatchingSha256),
        2 => tr!(Domain::MatchingSha512),
        v => tr!(Domain::MatchingUnknown, value = v),
    }
}

fn record_findings(name: &str, r: &Tlsa) -> Vec<Finding> {
    let mut out = Vec::new();
    if r.usage > 3 || r.selector > 1 || r.matching > 2 {
        let record = format!("{} {} {}", r.usage, r.selector, r.matching);
        out.push(Finding::error(
            "dane.unusable",
            tr!(Domain::DaneUnusableFields, name = name, record = record),
        ));
        return out;
    }
    if r.usage < 2 {
        out.push(
            Finding::warning(
                "dane.pkix-usage",
                tr!(Domain::DanePkixUsage, name = name, usage = r.usage),
            )
            .with_fix(tr!(Domain::FixDaneUsage)),
        );
    }
    let want = match r.matching {
        1 => Some(32),
        2 => Some(64),
        _ => None,
    };
    let got = r.data.len() / 2;
    if let Some(want) = want.filter(|w| *w != got) {
        out.push(Finding::error(
            "dane.data-length",
            tr!(
                Domain::DaneDataLength,
                name = name,
                matching = r.matching,
                n = want,
                got = got
            ),
        ));
    }
    out
}
