//! "What would DMARC say if…" (`headerscope dmarc`, the web app's tools).

use super::*;
use crate::dns::Resolver;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::report::{AuthResult, DkimReport, DmarcReport, SpfReport};

/// "What would DMARC say if…": the From addresses and the SPF and DKIM
/// results a postmaster supposes, evaluated by the same discovery and
/// evaluation as a real message (`headerscope dmarc`, the web app's tools).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WhatIf {
    /// RFC5322.From addresses (a bare domain is taken as itself).
    pub from: Vec<String>,
    /// The SPF-authenticated domain (MAIL FROM) and its result.
    pub spf: Option<(String, AuthResult)>,
    /// One `d=` and result per DKIM signature.
    pub dkim: Vec<(String, AuthResult)>,
}

impl WhatIf {
    /// The From domains, or the first address that names none.
    pub fn from_domains(&self) -> Result<Vec<String>, String> {
        self.from
            .iter()
            .map(|a| {
                let a = a.trim().trim_matches(['<', '>']);
                let domain = if a.contains('@') {
                    crate::message::domain_of(a)
                } else {
                    Some(normalize(a))
                };
                domain
                    .filter(|d| !d.is_empty() && !d.contains(char::is_whitespace))
                    .ok_or_else(|| a.to_string())
            })
            .collect()
    }

    fn spf_report(&self) -> SpfReport {
        match &self.spf {
            Some((domain, result)) => SpfReport {
                result: *result,
                domain: normalize(domain),
                ..Default::default()
            },
            None => SpfReport::default(),
        }
    }

    fn dkim_reports(&self) -> Vec<DkimReport> {
        self.dkim
            .iter()
            .map(|(domain, result)| DkimReport {
                domain: normalize(domain),
                // No signature was verified: there is no selector to name.
                selector: "-".into(),
                result: *result,
                ..Default::default()
            })
            .collect()
    }
}

/// Runs [`discover`] and [`evaluate`] for a [`WhatIf`]; `Err` names a From
/// address without a domain.
pub async fn what_if(resolver: &dyn Resolver, q: &WhatIf) -> Result<DmarcReport, String> {
    let from = q.from_domains()?;
    let spf = q.spf_report();
    let dkim = q.dkim_reports();
    let others: Vec<String> = std::iter::once(spf.domain.clone())
        .filter(|d| !d.is_empty())
        .chain(dkim.iter().map(|k| k.domain.clone()))
        .collect();
    let d = discover(resolver, &from, &others).await;
    let spf_domain = (!spf.domain.is_empty()).then_some(spf.domain.as_str());
    Ok(evaluate(&d, &spf, spf_domain, &dkim))
}

pub(super) fn yn(b: bool) -> crate::i18n::text::Text {
    if b {
        crate::tr!(Dmarc::Aligned)
    } else {
        crate::tr!(Dmarc::NotAligned)
    }
}
