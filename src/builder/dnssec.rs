//! Whether the resolver validated each part of the domain check with
//! DNSSEC: its AD bit on every answer (RFC 4035 §3.2.3, RFC 6840 §5.7),
//! read from the DNS log. headerscope does not validate signatures itself;
//! it reports what the validating resolver said.

use super::Finding;
use crate::dns::QueryLog;
use crate::i18n::phrases::domain::Domain;
use crate::tr;
use serde::{Deserialize, Serialize};

/// One part of the check and whether all its answers were validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validation {
    /// `SPF`, `DMARC`, `MX`, `DKIM`, `MTA-STS`, `TLS-RPT`, `BIMI`, `DANE`.
    pub check: String,
    /// Every answer of it carried the AD bit; `false` when any did not.
    pub validated: bool,
    pub queries: usize,
}

/// The part of the domain check a query belongs to, by its name.
fn part_of(q: &QueryLog) -> &'static str {
    let n = q.name.as_str();
    if n.starts_with("_dmarc.") || n.contains("._report._dmarc.") {
        "DMARC"
    } else if n.contains("._domainkey.") {
        "DKIM"
    } else if n.starts_with("_mta-sts.") {
        "MTA-STS"
    } else if n.starts_with("_smtp._tls.") {
        "TLS-RPT"
    } else if n.contains("._bimi.") {
        "BIMI"
    } else if n.starts_with("_25._tcp.") {
        "DANE"
    } else if q.rtype == crate::dns::RType::Txt {
        "SPF"
    } else {
        "MX"
    }
}

/// Each part's validation, in the order the parts first appear in the log.
pub fn validations(log: &[QueryLog]) -> Vec<Validation> {
    let mut out: Vec<Validation> = Vec::new();
    for q in log {
        let part = part_of(q);
        let i = match out.iter().position(|v| v.check == part) {
            Some(i) => i,
            None => {
                out.push(Validation {
                    check: part.to_string(),
                    validated: true,
                    queries: 0,
                });
                out.len() - 1
            }
        };
        out[i].validated &= q.dnssec == Some(true) && q.dns_error.is_none();
        out[i].queries += 1;
    }
    out
}

/// One finding per part: validated or not; offline records never are.
pub fn findings(validations: &[Validation], offline: bool) -> Vec<Finding> {
    if offline {
        return vec![Finding::info(
            "dnssec.offline",
            tr!(Domain::OfflineNotValidated),
        )];
    }
    validations
        .iter()
        .map(|v| {
            if v.validated {
                Finding::info("dnssec.validated", tr!(Domain::Validated, check = v.check))
            } else {
                Finding::warning(
                    "dnssec.not-validated",
                    tr!(Domain::NotValidated, check = v.check),
                )
            }
        })
        .collect()
}
