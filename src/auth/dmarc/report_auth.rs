//! External report destinations (RFC 7489 §7.1, RFC 9989 §4.8 / DMARCbis
//! reporting): `<domain>._report._dmarc.<destination>`.

use super::*;
use crate::dns::{RType, Rcode, Resolver};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::report::ReportAuthorization;
use futures::future::join_all;

/// The report destinations of the policy records both rule sets would use,
/// outside the record's organization, and whether each accepts the reports.
pub(super) async fn report_authorization(
    resolver: &dyn Resolver,
    d: &Discovery,
) -> Vec<ReportAuthorization> {
    let mut checks: Vec<(String, String, String)> = Vec::new();
    for from in &d.from_domains {
        let mut records = Vec::new();
        if let Some((dom, rec)) = policy_record_bis(&d.lookups, from).found() {
            records.push((dom, rec));
        }
        if let Some((dom, rec)) = policy_record_7489(d, from).found() {
            records.push((dom, rec));
        }
        for (dom, rec) in records {
            for uri in rec.rua.iter().chain(rec.ruf.iter()) {
                if let Some(dest) = mailto_domain(uri) {
                    if !same_org_for_reports(&dom, &dest) {
                        let key = (dom.clone(), dest.clone(), uri.clone());
                        if !checks.contains(&key) {
                            checks.push(key);
                        }
                    }
                }
            }
        }
    }
    join_all(checks.into_iter().map(|(dom, dest, uri)| async move {
        let (name, answer) = ask_destination(resolver, &dom, &dest).await;
        let (authorized, text) = match answer {
            DestinationAnswer::Authorized(_) => (
                Some(true),
                crate::tr!(
                    Dmarc::ReportAuthFound,
                    name = name,
                    dest = dest,
                    domain = dom
                ),
            ),
            DestinationAnswer::NotAuthorized {
                rcode: Rcode::NoError,
                ..
            } => (
                Some(false),
                crate::tr!(
                    Dmarc::ReportAuthMissing,
                    name = name,
                    dest = dest,
                    domain = dom
                ),
            ),
            DestinationAnswer::NotAuthorized { rcode, .. } => (
                Some(false),
                crate::tr!(
                    Dmarc::ReportAuthRcode,
                    name = name,
                    rcode = rcode,
                    dest = dest,
                    domain = dom
                ),
            ),
            DestinationAnswer::Unknown(error) => (
                None,
                crate::tr!(
                    Dmarc::ReportAuthError,
                    domain = dom,
                    dest = dest,
                    error = error
                ),
            ),
        };
        ReportAuthorization {
            domain: dom,
            uri,
            destination: dest,
            query: name,
            authorized,
            text,
        }
    }))
    .await
}

/// What `<domain>._report._dmarc.<destination>` TXT said: the one
/// authorization check, for the inspection and the linter alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DestinationAnswer {
    /// A TXT record that is a DMARC record by the same test as the policy
    /// record's (`v=DMARC1` first, exactly: RFC 7489 §6.3, §7.1 step 6).
    Authorized(Vec<String>),
    /// NXDOMAIN, or an answer without such a record (§7.1 step 5: "a
    /// positive determination ... cannot be made"). The TXT strings found.
    NotAuthorized { rcode: Rcode, txt: Vec<String> },
    /// SERVFAIL, a timeout, no answer: RFC 7489 §7.1 step 4 lets the receiver
    /// defer and ask again later, so the answer is neither yes nor no.
    Unknown(String),
}

/// Asks `<domain>._report._dmarc.<dest>` TXT, `domain` being the one the
/// policy record was found at; returns the query name and the answer.
pub async fn ask_destination(
    resolver: &dyn Resolver,
    domain: &str,
    dest: &str,
) -> (String, DestinationAnswer) {
    let name = format!("{domain}._report._dmarc.{dest}");
    let answer = match resolver.query(&name, RType::Txt).await {
        Ok(a) if matches!(a.rcode, Rcode::NoError | Rcode::NxDomain) => {
            let txt = a.txt_joined();
            if txt.iter().any(|t| is_dmarc_record(t)) {
                DestinationAnswer::Authorized(txt)
            } else {
                DestinationAnswer::NotAuthorized {
                    rcode: a.rcode,
                    txt,
                }
            }
        }
        Ok(a) => DestinationAnswer::Unknown(a.rcode.to_string()),
        Err(e) => DestinationAnswer::Unknown(e.to_string()),
    };
    (name, answer)
}

/// The domain of a `mailto:` report URI (`mailto:dmarc@example.com!10m`).
pub(super) fn mailto_domain(uri: &str) -> Option<String> {
    let rest = uri.trim().strip_prefix("mailto:").or_else(|| {
        uri.trim()
            .get(..7)
            .filter(|p| p.eq_ignore_ascii_case("mailto:"))
            .and_then(|_| uri.trim().get(7..))
    })?;
    let addr = rest.split('!').next().unwrap_or(rest);
    crate::message::domain_of(addr)
}

/// RFC 7489 §7.1: the check is needed when the destination's organizational domain differs.
pub(super) fn same_org_for_reports(domain: &str, dest: &str) -> bool {
    psl_org_domain(domain) == psl_org_domain(dest)
}
