//! iprev (RFC 8601 §3): the PTR names of the client IP, each forward-confirmed
//! (its A/AAAA must lead back to the IP), and the HELO name checked against DNS
//! and against the PTR names (Postfix's `reject_unknown_helo_hostname` gives
//! "450 4.7.1 Helo command rejected: Host not found" when the HELO name has no
//! A, AAAA or MX record).

use crate::dns::{reverse_name, DnsResult, RType, Rcode, Resolver};
use crate::i18n::phrases::intake::Intake;
pub use crate::report::host::{IprevReport, PtrName};
use crate::report::AuthResult;
use crate::tr;
use crate::trace::{Step, StepKind};
use futures::future::join_all;
use std::net::IpAddr;

fn status(r: &DnsResult) -> Result<Rcode, String> {
    match r {
        Ok(a) => Ok(a.rcode),
        Err(e) => Err(e.to_string()),
    }
}

async fn forward(resolver: &dyn Resolver, name: String, v6: bool) -> (String, DnsResult) {
    let r = resolver
        .query(&name, if v6 { RType::Aaaa } else { RType::A })
        .await;
    (name, r)
}

/// Checks `ip` (and `helo`, when known). PTR and the HELO lookups run concurrently.
pub async fn check(resolver: &dyn Resolver, ip: IpAddr, helo: Option<&str>) -> IprevReport {
    let rname = reverse_name(ip);
    let helo_name = helo
        .map(|h| h.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|h| !h.is_empty());
    let helo_is_literal = helo_name.as_deref().is_some_and(|h| {
        h.trim_matches(['[', ']']).parse::<IpAddr>().is_ok() || h.starts_with('[')
    });
    let helo_q = helo_name.clone().filter(|_| !helo_is_literal);
    let (ptr, helo_a, helo_aaaa, helo_mx) = futures::join!(
        resolver.query(&rname, RType::Ptr),
        helo_query(resolver, helo_q.as_deref(), RType::A),
        helo_query(resolver, helo_q.as_deref(), RType::Aaaa),
        helo_query(resolver, helo_q.as_deref(), RType::Mx),
    );
    let mut rep = IprevReport {
        ip: ip.to_string(),
        helo: helo_name.clone(),
        ..Default::default()
    };
    let mut trace = Vec::new();
    let names: Vec<String> = match &ptr {
        Ok(a) => a
            .names(RType::Ptr)
            .into_iter()
            .map(|n| n.trim_end_matches('.').to_ascii_lowercase())
            .collect(),
        Err(_) => Vec::new(),
    };
    rep.result = ptr_step(&ptr, ip, &rname, &names, &mut trace);
    let any_temp = confirm_forward(resolver, ip, &names, &mut rep, &mut trace).await;
    if rep.result == AuthResult::None {
        rep.result = if rep.name.is_some() {
            AuthResult::Pass
        } else if any_temp {
            AuthResult::TempError
        } else {
            AuthResult::Fail
        };
    }
    trace.push(Step::new(
        StepKind::Result,
        match rep.result {
            AuthResult::Pass => tr!(
                Intake::IprevPass,
                ip = ip,
                name = rep.name.clone().unwrap_or_default()
            ),
            AuthResult::TempError => tr!(Intake::IprevTemperror, ip = ip),
            _ => tr!(Intake::IprevFail, ip = ip),
        },
    ));
    if let Some(h) = &helo_name {
        if helo_is_literal {
            rep.helo_matches = Some(
                h.trim_matches(['[', ']'])
                    .trim_start_matches("IPv6:")
                    .parse::<IpAddr>()
                    .ok()
                    == Some(ip),
            );
            trace.push(Step::new(
                StepKind::Info,
                tr!(Intake::HeloLiteral, helo = h),
            ));
        } else {
            check_helo_name(h, ip, [&helo_a, &helo_aaaa, &helo_mx], &mut rep, &mut trace);
        }
    }
    rep.trace = trace;
    rep
}

async fn helo_query(
    resolver: &dyn Resolver,
    helo: Option<&str>,
    rtype: RType,
) -> Option<DnsResult> {
    match helo {
        Some(h) => Some(resolver.query(h, rtype).await),
        None => None,
    }
}

/// The PTR answer as a step; a result when it already decides (no names, or
/// a DNS failure), `None` while the names still need forward confirmation.
fn ptr_step(
    ptr: &DnsResult,
    ip: IpAddr,
    rname: &str,
    names: &[String],
    trace: &mut Vec<Step>,
) -> AuthResult {
    match status(ptr) {
        Err(e) => {
            trace.push(Step::new(
                StepKind::Error,
                tr!(Intake::PtrAnswer, name = rname, answer = e),
            ));
            AuthResult::TempError
        }
        Ok(Rcode::NoError) | Ok(Rcode::NxDomain) if names.is_empty() => {
            trace.push(Step::new(
                StepKind::NoMatch,
                tr!(Intake::NoReverseDns, ip = ip, name = rname),
            ));
            AuthResult::Fail
        }
        Ok(Rcode::NoError) => {
            trace.push(
                Step::new(
                    StepKind::Lookup,
                    tr!(Intake::PtrAnswer, name = rname, answer = names.join(", ")),
                )
                .with_fact("ptr_names", names.len()),
            );
            AuthResult::None
        }
        Ok(code) => {
            trace.push(Step::new(
                StepKind::Error,
                tr!(Intake::PtrAnswer, name = rname, answer = code),
            ));
            AuthResult::TempError
        }
    }
}

/// Forward-confirms the PTR names into `rep.ptr` (and `rep.name`, the first
/// confirmed one). Returns whether a forward lookup failed.
async fn confirm_forward(
    resolver: &dyn Resolver,
    ip: IpAddr,
    names: &[String],
    rep: &mut IprevReport,
    trace: &mut Vec<Step>,
) -> bool {
    let v6 = ip.is_ipv6();
    // RFC 8601 §3 / RFC 1912 §2.1: at most 10 PTR names are followed.
    let forwards = join_all(
        names
            .iter()
            .take(10)
            .map(|n| forward(resolver, n.clone(), v6)),
    )
    .await;
    let mut any_temp = false;
    for (name, r) in forwards {
        let addrs: Vec<IpAddr> = match &r {
            Ok(a) if v6 => a.ipv6().into_iter().map(IpAddr::V6).collect(),
            Ok(a) => a.ipv4().into_iter().map(IpAddr::V4).collect(),
            Err(_) => {
                any_temp = true;
                Vec::new()
            }
        };
        let confirmed = addrs.contains(&ip);
        let text = match (&r, confirmed) {
            (Err(e), _) if v6 => tr!(Intake::ForwardAaaaError, name = name, error = e),
            (Err(e), _) => tr!(Intake::ForwardAError, name = name, error = e),
            (_, true) => tr!(Intake::ForwardConfirmed, name = name, ip = ip),
            (_, false) if addrs.is_empty() => tr!(
                Intake::ForwardNoRecord,
                name = name,
                rtype = if v6 { "AAAA" } else { "A" }
            ),
            (_, false) => tr!(
                Intake::ForwardOther,
                name = name,
                addresses = addrs
                    .iter()
                    .map(|a| a.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                ip = ip
            ),
        };
        trace.push(Step::new(
            match (&r, confirmed) {
                (Err(_), _) => StepKind::Error,
                (_, true) => StepKind::Match,
                _ => StepKind::NoMatch,
            },
            text,
        ));
        if confirmed && rep.name.is_none() {
            rep.name = Some(name.clone());
        }
        rep.ptr.push(PtrName {
            name,
            addresses: addrs.iter().map(|a| a.to_string()).collect(),
            confirmed,
        });
    }
    any_temp
}

/// A HELO name (not an address literal): does it exist in DNS, and does it
/// agree with the PTR names or lead to the client IP.
fn check_helo_name(
    h: &str,
    ip: IpAddr,
    answers: [&Option<DnsResult>; 3],
    rep: &mut IprevReport,
    trace: &mut Vec<Step>,
) {
    let mut found = false;
    let mut failed = false;
    let mut helo_ips: Vec<IpAddr> = Vec::new();
    for a in answers.into_iter().flatten() {
        match a {
            Ok(ans) => {
                found |= !ans.records.is_empty()
                    && (ans.of_type(RType::A).next().is_some()
                        || ans.of_type(RType::Aaaa).next().is_some()
                        || ans.of_type(RType::Mx).next().is_some());
                helo_ips.extend(ans.ipv4().into_iter().map(IpAddr::V4));
                helo_ips.extend(ans.ipv6().into_iter().map(IpAddr::V6));
            }
            Err(_) => failed = true,
        }
    }
    rep.helo_resolves = if found {
        Some(true)
    } else if failed {
        None
    } else {
        Some(false)
    };
    trace.push(Step::new(
        match rep.helo_resolves {
            Some(true) => StepKind::Match,
            Some(false) => StepKind::Warning,
            None => StepKind::Error,
        },
        match rep.helo_resolves {
            Some(true) => tr!(Intake::HeloExists, helo = h),
            Some(false) => tr!(Intake::HeloNoRecord, helo = h, name = h),
            None => tr!(Intake::HeloDnsFailed, helo = h),
        },
    ));
    let matches = rep.ptr.iter().any(|p| p.name == *h) || helo_ips.contains(&ip);
    rep.helo_matches = Some(matches);
    trace.push(Step::new(
        if matches {
            StepKind::Match
        } else {
            StepKind::Warning
        },
        if matches {
            tr!(Intake::HeloConsistent, helo = h, ip = ip)
        } else if rep.ptr.is_empty() {
            tr!(Intake::HeloNoPtr, helo = h, client = ip, ip = ip)
        } else {
            let names = rep
                .ptr
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            if rep.ptr.len() == 1 {
                tr!(Intake::HeloDiffersOne, helo = h, names = names, ip = ip)
            } else {
                tr!(Intake::HeloDiffersMany, helo = h, names = names, ip = ip)
            }
        },
    ));
}
