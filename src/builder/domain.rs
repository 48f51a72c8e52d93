//! The domain check: SPF, DMARC, MX, DKIM selectors, MTA-STS (record and
//! policy), TLS-RPT, DANE, BIMI, and whether DNSSEC validated each part,
//! fetched concurrently and linted in one view, with one DNS log.
//!
//! The documents that live on web servers (the MTA-STS policy, the BIMI
//! logo) come from the shell: [`check_domain_with`] does the DNS part and
//! says where they are; [`attach_documents`] reads what the CLI fetched or
//! the user pasted.

use super::dkim::{lookup_key, KeyRecordLint};
use super::dmarc::{uri_domain, DmarcLint};
use super::spf::SpfLint;
use super::{parse_tag_list, Finding};
use crate::dns::{normalize_name, QueryLog, RType, Rcode, Recorder, Resolver};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::phrases::domain::Domain;
use crate::i18n::text::Text;
use crate::tr;
use futures::future::join_all;
use serde::{Deserialize, Serialize};

/// Selectors worth trying: DKIM selectors cannot be listed from DNS, so the
/// check tries the names big providers and common software use.
pub const COMMON_SELECTORS: &[&str] = &[
    "default",
    "dkim",
    "mail",
    "selector1",
    "selector2",
    "google",
    "k1",
    "k2",
    "s1",
    "s2",
    "smtp",
    "mx",
    "key1",
    "key2",
    "dkim1",
    "mandrill",
    "mxvault",
    "everlytickey1",
    "sig1",
];

pub fn common_selectors() -> Vec<String> {
    COMMON_SELECTORS.iter().map(|s| s.to_string()).collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxHost {
    pub preference: u16,
    pub exchange: String,
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct MxCheck {
    pub hosts: Vec<MxHost>,
    /// RFC 7505 null MX: the domain accepts no mail.
    pub null_mx: bool,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectorCheck {
    pub selector: String,
    pub name: String,
    pub found: bool,
    pub lint: Option<KeyRecordLint>,
    pub findings: Vec<Finding>,
}

/// A TXT policy record (MTA-STS, TLS-RPT).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TxtCheck {
    pub name: String,
    pub record: Option<String>,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DomainCheck {
    pub domain: String,
    pub spf: SpfLint,
    pub dmarc: DmarcLint,
    pub mx: MxCheck,
    pub dkim: Vec<SelectorCheck>,
    /// Findings about DKIM as a whole (no key found at any selector tried).
    pub dkim_findings: Vec<Finding>,
    pub mta_sts: TxtCheck,
    /// The policy file, when it was fetched or pasted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mta_sts_policy: Option<super::mta_sts::PolicyCheck>,
    pub tls_rpt: TxtCheck,
    /// TLSA records of each MX host.
    #[serde(default)]
    pub dane: Vec<super::dane::DaneHost>,
    #[serde(default)]
    pub bimi: super::bimi::BimiCheck,
    /// Whether the resolver validated each part with DNSSEC.
    #[serde(default)]
    pub dnssec: Vec<super::dnssec::Validation>,
    #[serde(default)]
    pub dnssec_findings: Vec<Finding>,
    /// Every DNS query of the whole check, in the order sent.
    pub dns: Vec<QueryLog>,
}

/// What the domain check reads besides DNS.
#[derive(Debug, Clone, Default)]
pub struct Documents {
    /// The MTA-STS policy text and where it came from.
    pub mta_sts_policy: Option<(Text, String)>,
    /// Why the policy could not be fetched (the CLI's HTTPS error).
    pub mta_sts_error: Option<Text>,
    /// The BIMI logo.
    pub bimi_svg: Option<Vec<u8>>,
    pub bimi_svg_error: Option<Text>,
    /// The mark certificate (PEM) of `a=`.
    pub bimi_certificate: Option<String>,
    pub bimi_certificate_error: Option<Text>,
    /// Unix seconds, for the certificate's validity.
    pub now: u64,
}

/// Checks everything about a domain at once; all lookups run concurrently
/// and share one [`Recorder`], so a name asked twice is asked once.
pub async fn check_domain(
    resolver: &dyn Resolver,
    domain: &str,
    selectors: &[String],
) -> DomainCheck {
    let mut check = check_domain_with(resolver, domain, selectors).await;
    let docs = Documents {
        now: crate::unix_now(),
        ..Default::default()
    };
    attach_documents(&mut check, &docs, resolver.is_offline());
    check
}

/// The DNS part of the domain check: every record, with no web document
/// read yet (see [`attach_documents`]).
pub async fn check_domain_with(
    resolver: &dyn Resolver,
    domain: &str,
    selectors: &[String],
) -> DomainCheck {
    let rec = Recorder::new(resolver);
    let domain = normalize_name(domain);
    let mut sels: Vec<String> = Vec::new();
    for s in selectors
        .iter()
        .map(|s| normalize_name(s))
        .filter(|s| !s.is_empty())
    {
        if !sels.contains(&s) {
            sels.push(s);
        }
    }
    let (spf, dmarc, (mx, dane), dkim, mta_sts, tls_rpt, bimi_records) = futures::join!(
        super::spf::lint_domain_with(&rec, &domain),
        super::dmarc::lint_domain_with(&rec, &domain),
        async {
            let mx = check_mx(&rec, &domain).await;
            let hosts: Vec<String> = mx.hosts.iter().map(|h| h.exchange.clone()).collect();
            let dane = super::dane::check_hosts(&rec, &hosts).await;
            (mx, dane)
        },
        join_all(sels.iter().map(|s| check_selector(&rec, s, &domain))),
        check_mta_sts(&rec, &domain),
        check_tls_rpt(&rec, &domain),
        async {
            let mut lookup = TxtCheck::default();
            let name = super::bimi::record_name(&domain);
            let records = fetch_txt(&rec, &name, "v=BIMI1", &mut lookup).await;
            (lookup, records)
        },
    );
    let (bimi_lookup, bimi_records) = bimi_records;
    // A failed lookup says so, as MTA-STS and TLS-RPT do, rather than "no record".
    let bimi = if bimi_lookup.findings.is_empty() {
        super::bimi::check_record(&bimi_lookup.name, &bimi_records, dmarc.record.as_deref())
    } else {
        super::bimi::BimiCheck {
            name: bimi_lookup.name,
            findings: bimi_lookup.findings,
            ..Default::default()
        }
    };
    let mut dkim_findings = Vec::new();
    if !sels.is_empty() && !dkim.iter().any(|s| s.found) {
        dkim_findings.push(Finding::warning(
            "dkim.no-selector-found",
            tr!(Dmarc::NoSelectorFound, n = sels.len(), domain = domain),
        ));
    }
    let mut spf = spf;
    if mx.null_mx
        && spf
            .record
            .as_deref()
            .is_some_and(|r| !r.trim().eq_ignore_ascii_case("v=spf1 -all"))
    {
        spf.findings
            .push(Finding::info("spf.null-mx", tr!(Dmarc::NullMxSpf)));
    }
    DomainCheck {
        domain,
        spf,
        dmarc,
        mx,
        dkim,
        dkim_findings,
        mta_sts,
        mta_sts_policy: None,
        tls_rpt,
        dane,
        bimi,
        dnssec: Vec::new(),
        dnssec_findings: Vec::new(),
        dns: rec.log(),
    }
}

/// Reads the web documents into the check (pure: the shell fetched them
/// or the user pasted them), and the DNSSEC summary of the DNS log.
pub fn attach_documents(check: &mut DomainCheck, docs: &Documents, offline: bool) {
    let hosts: Vec<String> = check.mx.hosts.iter().map(|h| h.exchange.clone()).collect();
    let url = super::mta_sts::policy_url(&check.domain);
    check.mta_sts_policy = docs
        .mta_sts_policy
        .as_ref()
        .map(|(source, text)| super::mta_sts::check_policy(text, source.clone(), &hosts));
    if check.mta_sts.record.is_some() && check.mta_sts_policy.is_none() {
        let finding = match &docs.mta_sts_error {
            Some(e) => Finding::error(
                "mta-sts.policy-unreadable",
                tr!(Domain::PolicyNotRead, error = e.clone()),
            ),
            None => Finding::info(
                "mta-sts.policy-not-fetched",
                tr!(Domain::PolicyNotGiven, url = url),
            ),
        };
        check.mta_sts.findings.push(finding);
    }
    check.bimi.svg = docs.bimi_svg.as_deref().map(super::bimi::check_svg);
    let logo = check.bimi.location.clone().filter(|l| !l.is_empty());
    if let (Some(logo), None) = (logo, &check.bimi.svg) {
        let finding = match &docs.bimi_svg_error {
            Some(e) => Finding::error(
                "bimi.svg-unreadable",
                tr!(Domain::PolicyNotRead, error = e.clone()),
            ),
            None => Finding::info("bimi.svg-not-read", tr!(Domain::SvgNotGiven, url = logo)),
        };
        check.bimi.findings.push(finding);
    }
    check.bimi.vmc = docs
        .bimi_certificate
        .as_deref()
        .map(|pem| super::vmc::check(pem, &check.domain, docs.now, docs.bimi_svg.as_deref()));
    let authority = check.bimi.authority.clone().filter(|a| !a.is_empty());
    if let (Some(url), None) = (authority, &check.bimi.vmc) {
        let finding = match &docs.bimi_certificate_error {
            Some(e) => Finding::error(
                "bimi.vmc-unreadable",
                tr!(Domain::PolicyNotRead, error = e.clone()),
            ),
            None => Finding::info("bimi.vmc-not-read", tr!(Domain::VmcNotGiven, url = url)),
        };
        check.bimi.findings.push(finding);
    }
    check.dnssec = super::dnssec::validations(&check.dns);
    check.dnssec_findings = super::dnssec::findings(&check.dnssec, offline);
}

async fn check_selector(resolver: &dyn Resolver, selector: &str, domain: &str) -> SelectorCheck {
    let name = format!("{selector}._domainkey.{domain}");
    let mut findings = Vec::new();
    let (lint, _) = lookup_key(resolver, &name, &mut findings).await;
    // A selector that is not there is the normal case when guessing.
    findings.retain(|f| f.code != "dkim.no-record");
    SelectorCheck {
        selector: selector.to_string(),
        found: lint.is_some(),
        name,
        lint,
        findings,
    }
}

async fn check_mx(resolver: &dyn Resolver, domain: &str) -> MxCheck {
    let mut out = MxCheck::default();
    let ans = match resolver.query(domain, RType::Mx).await {
        Ok(a) => a,
        Err(e) => {
            out.findings.push(Finding::error(
                "mx.dns-error",
                tr!(Dmarc::MxLookupFailed, domain = domain, error = e),
            ));
            return out;
        }
    };
    let mut mx: Vec<(u16, String)> = ans
        .of_type(RType::Mx)
        .filter_map(|d| match d {
            crate::dns::RData::Mx {
                preference,
                exchange,
            } => Some((*preference, normalize_name(exchange))),
            _ => None,
        })
        .collect();
    mx.sort();
    if ans.rcode == Rcode::NxDomain {
        out.findings.push(Finding::error(
            "mx.nxdomain",
            tr!(Dmarc::MxNxDomain, domain = domain),
        ));
        return out;
    }
    if mx.is_empty() {
        out.findings.push(
            Finding::warning("mx.none", tr!(Dmarc::MxNone, domain = domain))
                .with_fix(tr!(Dmarc::FixMxNone, domain = domain)),
        );
        return out;
    }
    if mx.iter().any(|(_, e)| e.is_empty()) {
        out.null_mx = true;
        if mx.len() > 1 {
            out.findings.push(
                Finding::error("mx.null-mixed", tr!(Dmarc::MxNullMixed))
                    .with_fix(tr!(Dmarc::FixMxNullMixed)),
            );
        } else {
            out.findings
                .push(Finding::info("mx.null", tr!(Dmarc::MxNull)));
            return out;
        }
    }
    let hosts: Vec<(u16, String)> = mx.into_iter().filter(|(_, e)| !e.is_empty()).collect();
    let lookups = join_all(hosts.iter().map(|(_, h)| async move {
        futures::join!(resolver.query(h, RType::A), resolver.query(h, RType::Aaaa))
    }))
    .await;
    for ((pref, host), (a, aaaa)) in hosts.into_iter().zip(lookups) {
        let mut addrs: Vec<String> = Vec::new();
        if let Ok(a) = &a {
            addrs.extend(a.ipv4().iter().map(|x| x.to_string()));
        }
        if let Ok(a) = &aaaa {
            addrs.extend(a.ipv6().iter().map(|x| x.to_string()));
        }
        if host.parse::<std::net::IpAddr>().is_ok() {
            out.findings.push(
                Finding::error("mx.ip-literal", tr!(Dmarc::MxIpLiteral, host = host))
                    .with_fix(tr!(Dmarc::FixMxIpLiteral)),
            );
        } else if addrs.is_empty() && a.is_ok() && aaaa.is_ok() {
            out.findings.push(
                Finding::error("mx.no-address", tr!(Dmarc::MxNoAddress, host = host))
                    .with_fix(tr!(Dmarc::FixMxNoAddress, host = host)),
            );
        }
        out.hosts.push(MxHost {
            preference: pref,
            exchange: host,
            addresses: addrs,
        });
    }
    out
}

async fn fetch_txt(
    resolver: &dyn Resolver,
    name: &str,
    prefix: &str,
    out: &mut TxtCheck,
) -> Vec<String> {
    out.name = name.to_string();
    match resolver.query(name, RType::Txt).await {
        Err(e) => {
            out.findings.push(Finding::error(
                "txt.dns-error",
                tr!(Dmarc::TxtLookupFailed, name = name, error = e),
            ));
            Vec::new()
        }
        // SERVFAIL, REFUSED…: the record may well exist; not "none".
        Ok(a) if !matches!(a.rcode, Rcode::NoError | Rcode::NxDomain) => {
            out.findings.push(Finding::error(
                "txt.dns-error",
                tr!(Dmarc::TxtLookupFailed, name = name, error = a.rcode),
            ));
            Vec::new()
        }
        Ok(a) => a
            .txt_joined()
            .into_iter()
            .filter(|t| {
                t.trim_start()
                    .to_ascii_lowercase()
                    .starts_with(&prefix.to_ascii_lowercase())
            })
            .collect(),
    }
}

/// `_mta-sts.<domain>` (RFC 8461 §3.1). The policy file itself
/// (`https://mta-sts.<domain>/.well-known/mta-sts.txt`) is not fetched.
async fn check_mta_sts(resolver: &dyn Resolver, domain: &str) -> TxtCheck {
    let mut out = TxtCheck::default();
    let name = format!("_mta-sts.{domain}");
    let recs = fetch_txt(resolver, &name, "v=STSv1", &mut out).await;
    if !out.findings.is_empty() {
        return out;
    }
    out.findings.extend(lint_mta_sts(&recs, domain));
    out.record = recs.into_iter().next();
    out
}

/// Lints the TXT records at `_mta-sts.<domain>` that start with `v=STSv1`.
pub fn lint_mta_sts(records: &[String], domain: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let policy_url = format!("https://mta-sts.{domain}/.well-known/mta-sts.txt");
    match records {
        [] => {
            out.push(
                Finding::info("mta-sts.none", tr!(Dmarc::MtaStsNone)).with_fix(tr!(
                    Dmarc::FixMtaStsNone,
                    domain = domain,
                    url = policy_url
                )),
            );
            return out;
        }
        [_, _, ..] => out.push(
            Finding::error(
                "mta-sts.multiple",
                tr!(Dmarc::MtaStsMultiple, n = records.len()),
            )
            .with_fix(tr!(Dmarc::FixKeepExactlyOne)),
        ),
        _ => {}
    }
    let r = &records[0];
    let tags = parse_tag_list(r);
    if tags.first().map(|(k, v)| (k.as_str(), v.as_str())) != Some(("v", "STSv1")) {
        out.push(
            Finding::error("mta-sts.bad-version", tr!(Dmarc::MtaStsBadVersion))
                .with_fix("v=STSv1; id=..."),
        );
    }
    match tags.iter().find(|(k, _)| k == "id") {
        None => out.push(
            Finding::error("mta-sts.no-id", tr!(Dmarc::MtaStsNoId))
                .with_fix(tr!(Dmarc::FixMtaStsNoId)),
        ),
        Some((_, id))
            if id.is_empty() || id.len() > 32 || !id.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            out.push(Finding::error(
                "mta-sts.bad-id",
                tr!(Dmarc::MtaStsBadId, id = id),
            ))
        }
        _ => {}
    }
    out
}

/// `_smtp._tls.<domain>` (RFC 8460 §3).
async fn check_tls_rpt(resolver: &dyn Resolver, domain: &str) -> TxtCheck {
    let mut out = TxtCheck::default();
    let name = format!("_smtp._tls.{domain}");
    let recs = fetch_txt(resolver, &name, "v=TLSRPTv1", &mut out).await;
    if !out.findings.is_empty() {
        return out;
    }
    out.findings.extend(lint_tls_rpt(&recs, domain));
    out.record = recs.into_iter().next();
    out
}

/// Lints the TXT records at `_smtp._tls.<domain>` that start with `v=TLSRPTv1`.
pub fn lint_tls_rpt(records: &[String], domain: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    match records {
        [] => {
            out.push(
                Finding::info("tls-rpt.none", tr!(Dmarc::TlsRptNone)).with_fix(tr!(
                    Dmarc::FixTlsRptNone,
                    domain = domain,
                    rua_domain = domain
                )),
            );
            return out;
        }
        [_, _, ..] => out.push(
            Finding::error(
                "tls-rpt.multiple",
                tr!(Dmarc::TlsRptMultiple, n = records.len()),
            )
            .with_fix(tr!(Dmarc::FixKeepExactlyOne)),
        ),
        _ => {}
    }
    let tags = parse_tag_list(&records[0]);
    if tags.first().map(|(k, v)| (k.as_str(), v.as_str())) != Some(("v", "TLSRPTv1")) {
        out.push(Finding::error(
            "tls-rpt.bad-version",
            tr!(Dmarc::TlsRptBadVersion),
        ));
    }
    match tags.iter().find(|(k, _)| k == "rua") {
        None => out.push(
            Finding::error("tls-rpt.no-rua", tr!(Dmarc::TlsRptNoRua))
                .with_fix(format!("rua=mailto:tls-reports@{domain}")),
        ),
        Some((_, v)) => {
            for uri in v.split(',').map(str::trim) {
                let lower = uri.to_ascii_lowercase();
                let ok = if lower.starts_with("https://") {
                    uri.len() > "https://".len()
                } else {
                    uri_domain(uri).is_ok()
                };
                if !ok {
                    out.push(Finding::error(
                        "tls-rpt.bad-uri",
                        tr!(Dmarc::TlsRptBadUri, uri = uri),
                    ));
                }
            }
        }
    }
    out
}
