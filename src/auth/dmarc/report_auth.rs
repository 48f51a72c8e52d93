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
        let name = format!("{dom}._report._dmarc.{dest}");
        let outcome = match resolver.query(&name, RType::Txt).await {
            Ok(a) if a.rcode == Rcode::NoError => {
                let recs = a.txt_joined();
                if recs.iter().any(|r| r.trim_start().starts_with("v=DMARC1")) {
                    (
                        Some(true),
                        crate::tr!(
                            Dmarc::ReportAuthFound,
                            name = name,
                            dest = dest,
                            domain = dom
                        ),
                    )
                } else {
                    (
                        Some(false),
                        crate::tr!(
                            Dmarc::ReportAuthMissing,
                            name = name,
                            dest = dest,
                            domain = dom
                        ),
                    )
                }
            }
            Ok(a) => (
                Some(false),
                crate::tr!(
                    Dmarc::ReportAuthRcode,
                    name = name,
                    rcode = a.rcode,
                    dest = dest,
                    domain = dom
                ),
            ),
            Err(e) => (
                None,
                crate::tr!(Dmarc::ReportAuthError, domain = dom, dest = dest, error = e),
            ),
        };
        ReportAuthorization {
            domain: dom,
            uri,
            destination: dest,
            query: name,
            authorized: outcome.0,
            text: outcome.1,
        }
    }))
    .await
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
