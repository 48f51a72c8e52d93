//! SMTP TLS reports (RFC 8460 §4): the JSON a sending MTA posts or mails
//! about its TLS sessions to a domain's MX hosts, with every failure's
//! result type said in plain words.
//!
//! Every list is read up to a bound and the rest counted (a serde visitor
//! that skips without allocating), so a hostile report costs bounded memory.

use super::ReportError;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::Text;
use crate::tr;
use serde::de::{IgnoredAny, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// Policies read per report, failure details per policy, strings per list.
pub const MAX_POLICIES: usize = 1_000;
pub const MAX_FAILURE_DETAILS: usize = 1_000;
const MAX_STRINGS: usize = 100;

/// One report (RFC 8460 §4.4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlsReport {
    pub organization_name: String,
    pub contact_info: String,
    pub report_id: String,
    /// The date range as written (RFC 3339).
    pub start_datetime: String,
    pub end_datetime: String,
    /// The start as Unix seconds, when it reads as RFC 3339.
    pub begin: Option<u64>,
    pub policies: Vec<TlsPolicy>,
    /// Policies and failure details past the bounds, counted and not read.
    pub not_read: u64,
    #[serde(flatten, with = "crate::i18n::text::fields::notices")]
    pub notices: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlsPolicy {
    /// sts, tlsa or no-policy-found.
    pub policy_type: String,
    pub policy_string: Vec<String>,
    pub policy_domain: String,
    pub mx_host: Vec<String>,
    pub successful_sessions: u64,
    pub failed_sessions: u64,
    pub failure_details: Vec<TlsFailure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlsFailure {
    /// RFC 8460 §4.3's result type as written, lower-cased.
    pub result_type: String,
    /// What it means, in words.
    #[serde(flatten, with = "crate::i18n::text::fields::meaning")]
    pub meaning: Text,
    pub sending_mta_ip: Option<String>,
    pub receiving_mx_hostname: Option<String>,
    pub receiving_mx_helo: Option<String>,
    pub receiving_ip: Option<String>,
    pub failed_session_count: u64,
    pub additional_information: Option<String>,
    pub failure_reason_code: Option<String>,
}

/// What a result type means (RFC 8460 §4.3), in words.
pub fn result_meaning(result_type: &str) -> Text {
    match result_type {
        "starttls-not-supported" => tr!(Dmarc::TlsStarttlsNotSupported),
        "certificate-host-mismatch" => tr!(Dmarc::TlsCertificateHostMismatch),
        "certificate-expired" => tr!(Dmarc::TlsCertificateExpired),
        "certificate-not-trusted" => tr!(Dmarc::TlsCertificateNotTrusted),
        "validation-failure" => tr!(Dmarc::TlsValidationFailure),
        "tlsa-invalid" => tr!(Dmarc::TlsTlsaInvalid),
        "dnssec-invalid" => tr!(Dmarc::TlsDnssecInvalid),
        "dane-required" => tr!(Dmarc::TlsDaneRequired),
        "sts-policy-fetch-error" => tr!(Dmarc::TlsStsPolicyFetchError),
        "sts-policy-invalid" => tr!(Dmarc::TlsStsPolicyInvalid),
        "sts-webpki-invalid" => tr!(Dmarc::TlsStsWebpkiInvalid),
        _ => tr!(Dmarc::TlsResultOther),
    }
}

/// Reads the JSON of a report (already unpacked). `name` names the file in errors.
pub fn read(name: &str, json: &[u8]) -> Result<TlsReport, ReportError> {
    let wire: Wire = serde_json::from_slice(json)
        .map_err(|e| ReportError::Parse(tr!(Dmarc::TlsReportUnreadable, file = name, error = e)))?;
    if wire.policies.is_none() || wire.organization_name.is_none() {
        return Err(ReportError::Parse(tr!(
            Dmarc::TlsReportMissing,
            file = name
        )));
    }
    Ok(from_wire(wire))
}

fn from_wire(w: Wire) -> TlsReport {
    let policies = w.policies.unwrap_or_default();
    let mut not_read = policies.skipped;
    let policies: Vec<TlsPolicy> = policies
        .items
        .into_iter()
        .map(|p| {
            not_read += p.failure_details.skipped;
            TlsPolicy {
                policy_type: p.policy.policy_type.to_ascii_lowercase(),
                policy_string: p.policy.policy_string.0.items,
                policy_domain: p.policy.policy_domain,
                mx_host: p.policy.mx_host.0.items,
                successful_sessions: p.summary.total_successful_session_count.0,
                failed_sessions: p.summary.total_failure_session_count.0,
                failure_details: p.failure_details.items.into_iter().map(failure).collect(),
            }
        })
        .collect();
    let start = w.date_range.start_datetime;
    TlsReport {
        organization_name: w.organization_name.unwrap_or_default(),
        contact_info: w.contact_info,
        report_id: w.report_id,
        begin: super::combine::rfc3339_seconds(&start),
        start_datetime: start,
        end_datetime: w.date_range.end_datetime,
        policies,
        not_read,
        notices: if not_read > 0 {
            vec![tr!(Dmarc::TlsReportNotRead, n = not_read)]
        } else {
            Vec::new()
        },
    }
}

fn failure(f: WireFailure) -> TlsFailure {
    let result_type = f.result_type.to_ascii_lowercase();
    TlsFailure {
        meaning: result_meaning(&result_type),
        result_type,
        sending_mta_ip: f.sending_mta_ip,
        receiving_mx_hostname: f.receiving_mx_hostname,
        receiving_mx_helo: f.receiving_mx_helo,
        receiving_ip: f.receiving_ip,
        failed_session_count: f.failed_session_count.0,
        additional_information: f.additional_information,
        failure_reason_code: f.failure_reason_code,
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Wire {
    organization_name: Option<String>,
    #[serde(default)]
    date_range: WireRange,
    #[serde(default)]
    contact_info: String,
    #[serde(default)]
    report_id: String,
    policies: Option<Bounded<WirePolicy, MAX_POLICIES>>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case", default)]
struct WireRange {
    start_datetime: String,
    end_datetime: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case", default)]
struct WirePolicy {
    policy: WirePolicyDesc,
    summary: WireSummary,
    failure_details: Bounded<WireFailure, MAX_FAILURE_DETAILS>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case", default)]
struct WirePolicyDesc {
    policy_type: String,
    policy_string: Strings,
    policy_domain: String,
    mx_host: Strings,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case", default)]
struct WireSummary {
    total_successful_session_count: Count,
    total_failure_session_count: Count,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case", default)]
struct WireFailure {
    result_type: String,
    sending_mta_ip: Option<String>,
    receiving_mx_hostname: Option<String>,
    receiving_mx_helo: Option<String>,
    receiving_ip: Option<String>,
    failed_session_count: Count,
    additional_information: Option<String>,
    failure_reason_code: Option<String>,
}

/// The first `N` items of a JSON array; the rest are skipped and counted.
struct Bounded<T, const N: usize> {
    items: Vec<T>,
    skipped: u64,
}

impl<T, const N: usize> Default for Bounded<T, N> {
    fn default() -> Self {
        Bounded {
            items: Vec::new(),
            skipped: 0,
        }
    }
}

impl<'de, T: Deserialize<'de>, const N: usize> Deserialize<'de> for Bounded<T, N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T, const N: usize>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>, const N: usize> Visitor<'de> for V<T, N> {
            type Value = Bounded<T, N>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Bounded::default();
                while out.items.len() < N {
                    match seq.next_element()? {
                        Some(x) => out.items.push(x),
                        None => return Ok(out),
                    }
                }
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    out.skipped += 1;
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V::<T, N>(std::marker::PhantomData))
    }
}

/// A string or an array of strings (reporters write `mx-host` both ways).
#[derive(Default)]
struct Strings(Bounded<String, MAX_STRINGS>);

impl<'de> Deserialize<'de> for Strings {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Strings;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an array of strings")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Strings, E> {
                let mut b = Bounded::default();
                b.items.push(v.to_string());
                Ok(Strings(b))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Strings, E> {
                Ok(Strings::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strings, A::Error> {
                let mut b = Bounded::default();
                while let Some(x) = seq.next_element::<IgnoredOrString>()? {
                    if let (IgnoredOrString::Str(s), true) = (x, b.items.len() < MAX_STRINGS) {
                        b.items.push(s);
                    }
                }
                Ok(Strings(b))
            }
        }
        d.deserialize_any(V)
    }
}

/// An array element of [`Strings`]: a string, or anything else skipped.
enum IgnoredOrString {
    Str(String),
    Other,
}

impl<'de> Deserialize<'de> for IgnoredOrString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = IgnoredOrString;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(IgnoredOrString::Str(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(IgnoredOrString::Other)
            }
            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(IgnoredOrString::Other)
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(IgnoredOrString::Other)
            }
            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(IgnoredOrString::Other)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(IgnoredOrString::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(IgnoredOrString::Other)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(IgnoredOrString::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// A session count: a JSON number, or a string of digits; 0 otherwise.
#[derive(Default)]
struct Count(u64);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a count")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Count, E> {
                Ok(Count(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Count, E> {
                Ok(Count(u64::try_from(v).unwrap_or(0)))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Count, E> {
                Ok(Count(if v.is_finite() && v > 0.0 {
                    v as u64
                } else {
                    0
                }))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Count, E> {
                Ok(Count(v.trim().parse().unwrap_or(0)))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Count, E> {
                Ok(Count(0))
            }
        }
        d.deserialize_any(V)
    }
}
