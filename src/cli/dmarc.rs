//! `headerscope dmarc`: what DMARC would say for supposed SPF and DKIM
//! results, by the same discovery and evaluation as `check`
//! ([`crate::auth::dmarc::what_if`]); DNS through a `Recorder`, optionally
//! over a resolver that fails chosen names.

use super::args::{DmarcArgs, Format};
use super::{build_resolver, text, Usage};
use crate::dns::servfail::ServFail;
use crate::dns::{QueryLog, Recorder};
use crate::report::{AuthResult, DmarcReport, DmarcTags, DmarcVerdict};
use serde::Serialize;

/// The JSON contract: the RFC 9989 verdict's fields at the top level, then
/// both verdicts in full, then every query in the order it was started.
#[derive(Debug, Serialize)]
pub struct DmarcJson<'a> {
    pub result: AuthResult,
    pub policy: Option<&'a str>,
    pub applied_policy: Option<&'a str>,
    #[serde(flatten, with = "crate::i18n::text::fields::disposition")]
    pub disposition: crate::i18n::text::Text,
    pub org_domain: Option<&'a str>,
    pub record_domain: Option<&'a str>,
    pub record: Option<&'a str>,
    pub spf_aligned: bool,
    pub dkim_aligned: bool,
    pub tags: Option<&'a DmarcTags>,
    pub rfc9989: &'a DmarcVerdict,
    pub rfc7489: &'a DmarcVerdict,
    pub dns: Vec<DnsRow<'a>>,
}

#[derive(Debug, Serialize)]
pub struct DnsRow<'a> {
    pub name: &'a str,
    #[serde(rename = "type")]
    pub rtype: &'static str,
    pub status: &'a str,
}

impl<'a> DmarcJson<'a> {
    pub fn new(r: &'a DmarcReport, log: &'a [QueryLog]) -> DmarcJson<'a> {
        let v = &r.rfc9989;
        DmarcJson {
            result: v.result,
            policy: v.policy.as_deref(),
            applied_policy: v.applied_policy.as_deref(),
            disposition: v.disposition.clone(),
            org_domain: v.org_domain.as_deref(),
            record_domain: v.record_domain.as_deref(),
            record: v.record.as_deref(),
            spf_aligned: v.spf_aligned,
            dkim_aligned: v.dkim_aligned,
            tags: v.tags.as_ref(),
            rfc9989: &r.rfc9989,
            rfc7489: &r.rfc7489,
            dns: log
                .iter()
                .map(|q| DnsRow {
                    name: &q.name,
                    rtype: q.rtype.as_str(),
                    status: &q.status,
                })
                .collect(),
        }
    }
}

/// Runs the command; the rendered output.
pub fn run(a: &DmarcArgs) -> Result<String, Usage> {
    let resolver = ServFail {
        inner: build_resolver(&a.dns)?,
        rules: a.servfail.clone(),
    };
    let recorder = Recorder::new(&resolver);
    let report = futures::executor::block_on(crate::auth::dmarc::what_if(&recorder, &a.query))
        .map_err(|addr| Usage(format!("--from '{addr}' names no domain")))?;
    let log = recorder.log();
    Ok(match a.format {
        Format::Json => serde_json::to_string_pretty(&DmarcJson::new(&report, &log))
            .map_err(|e| Usage(format!("cannot encode the report: {e}")))?,
        Format::Text => text::render_dmarc(&report, &log, a.lang),
    })
}
