//! DNS blocklists: the client IP looked up in each zone (`4.3.2.1.zone A`).
//! Spamhaus answers 127.255.255.x when it refuses the query (a public or open
//! resolver, a typo, too many queries): that means "unknown", never "listed".

use crate::dns::{RType, Rcode, Resolver};
use crate::i18n::phrases::{dmarc::Dmarc, intake::Intake};
use crate::i18n::text::{Describe, Text};
pub use crate::report::host::{DnsblResult, DnsblStatus};
use crate::tr;
use crate::trace::{Step, StepKind};
use futures::future::join_all;
use std::net::{IpAddr, Ipv4Addr};

/// The zones used when the user configured none.
pub const DEFAULT_ZONES: &[&str] = &[
    "zen.spamhaus.org",
    "bl.spamcop.net",
    "b.barracudacentral.org",
    "psbl.surriel.com",
];

/// The name queried for `ip` in `zone`: reversed octets (IPv4) or nibbles (IPv6).
pub fn query_name(ip: IpAddr, zone: &str) -> String {
    let rev = crate::dns::reverse_name(ip);
    let base = rev
        .trim_end_matches(".in-addr.arpa")
        .trim_end_matches(".ip6.arpa");
    format!("{base}.{}", zone.trim().trim_end_matches('.'))
}

fn is_spamhaus(zone: &str) -> bool {
    zone.to_ascii_lowercase().ends_with("spamhaus.org")
        || zone.to_ascii_lowercase().ends_with("dq.spamhaus.net")
}

/// What a return code means.
pub fn code_meaning(zone: &str, code: Ipv4Addr) -> (DnsblStatus, Text) {
    let o = code.octets();
    if o[0] != 127 {
        return (DnsblStatus::Unknown, tr!(Intake::DnsblNot127, code = code));
    }
    if o[1] == 255 && o[2] == 255 {
        let why = match o[3] {
            252 => Intake::DnsblTypo,
            254 => Intake::DnsblPublicResolver,
            255 => Intake::DnsblTooMany,
            _ => Intake::DnsblErrorCode,
        };
        return (DnsblStatus::Unknown, tr!(why, code = code));
    }
    if is_spamhaus(zone) {
        let m = match o[3] {
            2 => Intake::SpamhausSbl,
            3 => Intake::SpamhausCss,
            4..=7 => Intake::SpamhausXbl,
            9 => Intake::SpamhausDrop,
            10 => Intake::SpamhausPblIsp,
            11 => Intake::SpamhausPbl,
            _ => Intake::SpamhausOther,
        };
        return (DnsblStatus::Listed, tr!(m, code = code));
    }
    (
        DnsblStatus::Listed,
        tr!(Intake::DnsblListedCode, code = code),
    )
}

async fn one(resolver: &dyn Resolver, ip: IpAddr, zone: String) -> DnsblResult {
    let q = query_name(ip, &zone);
    let a = resolver.query(&q, RType::A).await;
    let (status, codes, meaning) = match &a {
        Ok(ans) if ans.rcode == Rcode::NxDomain => (DnsblStatus::NotListed, vec![], vec![]),
        Ok(ans) if ans.rcode == Rcode::NoError => {
            let codes = ans.ipv4();
            if codes.is_empty() {
                (DnsblStatus::NotListed, vec![], vec![])
            } else {
                let judged: Vec<(DnsblStatus, Text)> =
                    codes.iter().map(|c| code_meaning(&zone, *c)).collect();
                // One refusal code makes the whole answer untrustworthy.
                let status = if judged.iter().any(|(s, _)| *s == DnsblStatus::Unknown) {
                    DnsblStatus::Unknown
                } else {
                    DnsblStatus::Listed
                };
                (
                    status,
                    codes.iter().map(|c| c.to_string()).collect(),
                    judged.into_iter().map(|(_, m)| m).collect(),
                )
            }
        }
        Ok(ans) => (
            DnsblStatus::Unknown,
            vec![],
            vec![tr!(Dmarc::ServerAnswered, rcode = ans.rcode)],
        ),
        Err(e) => (DnsblStatus::Unknown, vec![], vec![e.text()]),
    };
    let reason = if status == DnsblStatus::Listed {
        match resolver.query(&q, RType::Txt).await {
            Ok(t) => t.txt_joined().into_iter().next(),
            Err(_) => None,
        }
    } else {
        None
    };
    let text = match status {
        DnsblStatus::Listed => tr!(Intake::DnsblListed, ip = ip, zone = zone),
        DnsblStatus::NotListed => tr!(Intake::DnsblNotListed, ip = ip, zone = zone),
        DnsblStatus::Unknown => tr!(Intake::DnsblUnknown, zone = zone),
    };
    let mut step = Step::new(
        match status {
            DnsblStatus::Listed => StepKind::Error,
            DnsblStatus::NotListed => StepKind::NoMatch,
            DnsblStatus::Unknown => StepKind::Warning,
        },
        text,
    )
    .with_detail(format!("{q} A"))
    .with_details(meaning.iter().cloned());
    if let Some(r) = &reason {
        step = step.with_detail(r.clone());
    }
    DnsblResult {
        zone,
        query: q,
        status,
        codes,
        meaning,
        reason,
        step,
    }
}

/// Looks `ip` up in every zone concurrently (`zones` empty = [`DEFAULT_ZONES`]).
/// Private addresses are not looked up: no blocklist lists them.
pub async fn check(resolver: &dyn Resolver, ip: IpAddr, zones: &[String]) -> Vec<DnsblResult> {
    if crate::message::received::is_internal(ip) {
        return Vec::new();
    }
    let zones: Vec<String> = if zones.is_empty() {
        DEFAULT_ZONES.iter().map(|z| z.to_string()).collect()
    } else {
        zones
            .iter()
            .map(|z| z.trim().trim_end_matches('.').to_ascii_lowercase())
            .filter(|z| !z.is_empty())
            .collect()
    };
    join_all(zones.into_iter().map(|z| one(resolver, ip, z))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes() {
        assert_eq!(
            query_name("192.0.2.99".parse().unwrap(), "zen.spamhaus.org"),
            "99.2.0.192.zen.spamhaus.org"
        );
        assert!(
            query_name("2001:db8::1".parse().unwrap(), "x.org").ends_with(".8.b.d.0.1.0.0.2.x.org")
        );
        for last in [252u8, 254, 255, 1] {
            let (s, _) = code_meaning("zen.spamhaus.org", Ipv4Addr::new(127, 255, 255, last));
            assert_eq!(s, DnsblStatus::Unknown);
        }
        let (s, m) = code_meaning("zen.spamhaus.org", Ipv4Addr::new(127, 0, 0, 4));
        assert_eq!(s, DnsblStatus::Listed);
        assert!(m.en().contains("XBL"));
        assert_eq!(
            code_meaning("bl.spamcop.net", Ipv4Addr::new(10, 0, 0, 1)).0,
            DnsblStatus::Unknown
        );
    }
}
