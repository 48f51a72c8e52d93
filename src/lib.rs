//! headerscope's core: from raw message bytes to a [`report::Report`].
//!
//! Everything here is plain Rust with no UI and no platform I/O except the
//! [`dns::Resolver`] trait; the Yew app (`app`, wasm32 only) and the CLI
//! (`src/bin/headerscope.rs` over [`cli`]) are shells over [`inspect`].

pub mod auth;
pub mod builder;
pub mod bundle;
pub mod dns;
pub mod export;
pub mod feedback;
pub mod i18n;
pub mod limits;
pub mod message;
pub mod psl;
pub mod report;
pub mod summary;
pub mod trace;
pub mod triage;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod dohd;

#[cfg(target_arch = "wasm32")]
pub mod app;
/// Natively only the app's state and reducer compile (plain Rust, no browser
/// API), so that their unit tests run with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
pub mod app {
    pub mod state;
}

use dns::{Recorder, Resolver};
use i18n::phrases::dkim::Dkim;
use i18n::phrases::intake::Intake;
use i18n::phrases::unwrap::Unwrap;
pub use limits::Limits;
use message::{InputError, Overrides};
use report::Report;
use std::net::IpAddr;

/// What the caller knows beyond the message itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Identities that override what the Received chain and Return-Path say.
    pub overrides: Overrides,
    /// Unix seconds for signature timestamps and expiry; `None` = the clock.
    pub now: Option<u64>,
    /// The receiving host's name, for SPF's `%{r}` and the Received-SPF line.
    pub receiver: Option<String>,
    /// DNS blocklist zones to check the client IP against; empty = the defaults.
    pub dnsbl_zones: Vec<String>,
    /// How much of a hostile message is read (signatures, ARC sets,
    /// receivers' results, Received headers, DNS queries).
    pub limits: Limits,
    /// Inspect the wrapper itself (a forward, bounce or report), not the
    /// message inside it (`--outer`).
    pub outer: bool,
    /// Use no DNS at all: what reads the message alone runs, the rest says
    /// "not checked: no DNS" (`--no-dns`).
    pub no_dns: bool,
}

/// The current time in unix seconds (works in the browser too).
pub fn unix_now() -> u64 {
    web_time::SystemTime::now()
        .duration_since(web_time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Inspects one raw message: identities, SPF, DKIM, ARC and DMARC, every DNS
/// query logged. Independent lookups run concurrently. DNS waiting is bounded
/// by the default [`dns::Budget`].
pub async fn inspect(
    raw: &[u8],
    options: &Options,
    resolver: &dyn Resolver,
) -> Result<Report, InputError> {
    inspect_with_budget(raw, options, resolver, dns::Budget::default()).await
}

/// [`inspect`] with explicit DNS time limits and a cancel token: a query past
/// its limit, or after a cancel, fails and its check ends in temperror.
pub async fn inspect_with_budget(
    raw: &[u8],
    options: &Options,
    resolver: &dyn Resolver,
    budget: dns::Budget,
) -> Result<Report, InputError> {
    inspect_with_platform(raw, options, resolver, budget, None).await
}

/// [`inspect_with_budget`] with the DKIM and ARC body hashes made, and their
/// RSA signatures verified, by `platform` (the browser's WebCrypto) where it
/// can; the Rust code does the rest.
// Long on purpose: the whole pipeline in one place, every check started and joined
// together so the concurrency is visible; each step is one call into its module.
pub async fn inspect_with_platform(
    raw: &[u8],
    options: &Options,
    resolver: &dyn Resolver,
    budget: dns::Budget,
    platform: Option<&dyn auth::dkim::PlatformCrypto>,
) -> Result<Report, InputError> {
    let unwrapped = message::unwrap::unwrap(raw, options.outer)?;
    let raw: &[u8] = &unwrapped.inner;
    // The body is read only by the DKIM and ARC body hashes, over one CRLF copy
    // shared by both: mail-auth parses the header section alone.
    let completed = message::complete_header_section(raw);
    let raw: &[u8] = &completed;
    let msg = message::parse_head(raw)?;
    let crlf = auth::dkim::canon::with_crlf(raw);
    let signed = auth::dkim::SignedMessage::new(raw, &msg, crlf.as_deref()).with_platform(platform);

    let overrides = &options.overrides;
    let identities = message::identities(&msg, overrides);
    let now = options.now.unwrap_or_else(unix_now);
    let limits = options.limits;
    let no_dns = options.no_dns;
    let resolver: &dyn Resolver = if no_dns { &dns::NoDns } else { resolver };
    signed
        .prehash_bodies(limits.dkim_signatures, limits.arc_sets)
        .await;
    let recorder = Recorder::with_budget(resolver, budget).with_max_queries(limits.dns_queries);
    let mut notices = Vec::new();
    if let Some(info) = &unwrapped.info {
        notices.extend(info.notes.iter().cloned());
    }
    if no_dns {
        notices.push(tr!(Unwrap::NoDnsNotice));
    }

    let ip: Option<IpAddr> = identities.ip.as_deref().and_then(|s| s.parse().ok());
    // Without DNS, the checks that need it are not started at all.
    let dns_ip = ip.filter(|_| !no_dns);
    let spf_request = dns_ip.map(|ip| auth::spf::SpfRequest {
        ip,
        helo: identities.helo.clone(),
        mail_from: identities.mail_from.clone().unwrap_or_default(),
        receiver: options.receiver.clone(),
        now,
    });
    if spf_request.is_none() && !no_dns {
        notices.push(tr!(Intake::SpfNotCheckedNotice));
    }
    let spf_fut = async {
        match &spf_request {
            Some(req) => Some(auth::spf::evaluate(&recorder, req).await),
            None => None,
        }
    };
    // DMARC needs the From domains (up to the limit), and the organizational
    // domains of the MAIL FROM (or HELO) and DKIM d= domains for relaxed
    // alignment.
    let froms = message::header_values(&msg, "From");
    let every_from_domain: Vec<String> = froms
        .iter()
        .flat_map(|f| message::from_addresses(f))
        .filter_map(|a| message::domain_of(&a))
        .collect();
    let (from_domains, from_domains_left_out) =
        auth::dmarc::first_from_domains(&every_from_domain, limits.from_domains);
    if froms.len() > 1 {
        notices.push(tr!(Intake::SeveralFroms));
    }
    // Said in the notices and atop DMARC's own trace, where the cut shows.
    let from_domains_cut = (from_domains_left_out > 0).then(|| {
        tr!(
            Intake::FromDomainsNotChecked,
            n = from_domains_left_out,
            max = limits.from_domains
        )
    });
    notices.extend(from_domains_cut.clone());
    let mut other_domains: Vec<String> = msg
        .dkim_signatures()
        .iter()
        .take(limits.dkim_signatures)
        .map(|h| h.header.d.to_ascii_lowercase())
        .collect();
    match identities.mail_from.as_deref().and_then(message::domain_of) {
        Some(d) => other_domains.push(d),
        None => other_domains.extend(identities.helo.clone()),
    }
    let iprev_fut = async {
        match dns_ip {
            Some(ip) => Some(auth::iprev::check(&recorder, ip, identities.helo.as_deref()).await),
            None => None,
        }
    };
    let dnsbl_fut = async {
        match dns_ip {
            Some(ip) => auth::dnsbl::check(&recorder, ip, &options.dnsbl_zones).await,
            None => Vec::new(),
        }
    };
    let (spf, (dkim, signatures_left_out), arc, discovery, iprev, dnsbl) = futures::join!(
        spf_fut,
        auth::dkim::verify_signed_limited(&signed, &recorder, now, limits.dkim_signatures),
        auth::arc::verify_signed_limited(&signed, &recorder, now, limits.arc_sets),
        async {
            if no_dns {
                None
            } else {
                Some(auth::dmarc::discover(&recorder, &from_domains, &other_domains).await)
            }
        },
        iprev_fut,
        dnsbl_fut,
    );
    let mut dkim = dkim;
    if unwrapped.info.as_ref().is_some_and(|u| u.body_missing) {
        // With no raw body (a .msg, returned headers, a header-only paste) the
        // body hash was computed over nothing: it says nothing either way.
        for k in &mut dkim {
            k.body_hash_matches = None;
        }
    }
    let mut spf = spf.unwrap_or_else(|| report::SpfReport {
        result: report::AuthResult::None,
        explanation: Some(if no_dns {
            tr!(Unwrap::NotCheckedNoDns)
        } else {
            tr!(Intake::SpfNotChecked)
        }),
        ..Default::default()
    });
    spf.received_spf_seen = auth::spf::receiver_verdicts(
        &message::header_values(&msg, "Received-SPF"),
        &spf,
        limits.receiver_results,
    );
    let spf_domain = if spf.domain.is_empty() {
        None
    } else {
        Some(spf.domain.as_str())
    };
    let mut dmarc = match &discovery {
        Some(discovery) => auth::dmarc::evaluate(discovery, &spf, spf_domain, &dkim),
        None => not_checked_dmarc(&from_domains),
    };
    if let Some(cut) = from_domains_cut {
        dmarc
            .trace
            .insert(0, trace::Step::new(trace::StepKind::Warning, cut));
    }
    if signatures_left_out > 0 {
        notices.push(tr!(
            Dkim::SignaturesNotEvaluated,
            n = signatures_left_out,
            max = limits.dkim_signatures
        ));
    }
    let (received, received_left_out) =
        message::received_chain_limited(&msg, overrides, limits.received_headers);
    if received_left_out > 0 {
        notices.push(tr!(
            Intake::ReceivedNotRead,
            n = received_left_out,
            max = limits.received_headers
        ));
    }
    notices.extend(received.warnings.iter().cloned());
    let mut receiver_said = message::auth_results::collect(&msg);
    let results_left_out = limits::keep_results(&mut receiver_said, limits.receiver_results);
    if results_left_out > 0 {
        notices.push(tr!(
            Intake::ResultsNotRead,
            n = results_left_out,
            max = limits.receiver_results
        ));
    }
    let mut antispam = message::antispam::collect_within(&msg, received.boundary);
    if let Some(n) = limits::over(antispam.len(), limits.antispam_headers) {
        antispam.truncate(limits.antispam_headers);
        notices.push(tr!(
            Intake::AntispamNotRead,
            n = n,
            max = limits.antispam_headers
        ));
    }
    if recorder.refused_queries() > 0 {
        notices.push(tr!(
            Intake::DnsQueriesNotSent,
            n = recorder.refused_queries(),
            max = limits.dns_queries
        ));
    }
    // After the others: its envelope needs the receiver's Received line.
    let dkim2 = if auth::dkim2::present(&msg) {
        let whole = crlf.as_deref().unwrap_or(raw);
        dkim2_chain(whole, &identities, &received, overrides, &recorder, no_dns).await
    } else {
        None
    };
    let mut report = Report {
        identities,
        spf,
        dkim,
        arc,
        dmarc,
        // Without DNS nothing was asked: the failed-unsent key lookups are not a log.
        dns: if no_dns { Vec::new() } else { recorder.log() },
        notices,
        received,
        receiver_said,
        antispam,
        iprev,
        dnsbl,
        summary: Vec::new(),
        dkim2,
        requirements: Default::default(),
        security: Vec::new(),
        unwrapped: unwrapped.info.clone(),
        run: bundle::RunInfo {
            now,
            resolver: resolver.describe(),
            offline: resolver.is_offline(),
        },
    };
    if no_dns {
        mark_not_checked(&mut report);
    } else {
        let mut said = std::mem::take(&mut report.receiver_said);
        message::auth_results::compare(&mut said, &report);
        report.receiver_said = said;
    }
    limits::bound_report(&mut report);
    let headers = triage::Headers::from_message(&msg, limits.dkim_signatures);
    triage::triage(&mut report, &headers, no_dns);
    report.summary = summary::summarize(&report);
    Ok(report)
}

/// DKIM2's chain, checked for the envelope the receiver recorded: MAIL FROM
/// as identified, RCPT TO as given or from the receiver's own Received line
/// (`for`). Without DNS its signatures are not checked.
async fn dkim2_chain(
    raw: &[u8],
    identities: &report::Identities,
    received: &report::received::ReceivedChain,
    overrides: &Overrides,
    resolver: &dyn Resolver,
    no_dns: bool,
) -> Option<report::dkim2::Dkim2Report> {
    let rcpt_given = !overrides.rcpt_to.is_empty();
    let rcpt_to = if rcpt_given {
        overrides.rcpt_to.clone()
    } else {
        received
            .hops
            .iter()
            .find(|h| h.boundary)
            .and_then(|h| h.for_addr.clone())
            .into_iter()
            .collect()
    };
    let envelope = auth::dkim2::EnvelopeIn {
        mail_from: identities.mail_from.as_deref(),
        rcpt_to,
        rcpt_given,
    };
    let mut d2 = auth::dkim2::verify(raw, resolver, envelope).await?;
    if no_dns {
        d2.result = report::AuthResult::None;
        d2.reason = tr!(Unwrap::NotCheckedNoDns);
    }
    Some(d2)
}

/// DMARC when there is no DNS to find a record with.
fn not_checked_dmarc(from_domains: &[String]) -> report::DmarcReport {
    report::DmarcReport {
        result: report::AuthResult::None,
        disposition: tr!(Unwrap::NotCheckedNoDns),
        from_domains: from_domains.to_vec(),
        ..Default::default()
    }
}

/// Without DNS, a verdict that needed an answer (a DKIM key, an ARC seal's
/// key) is not a temperror but "not checked"; what the message alone shows
/// (a body hash, a malformed signature) stands. The receivers' verdicts
/// are listed as they wrote them, with nothing of ours to compare.
fn mark_not_checked(report: &mut Report) {
    use report::AuthResult;
    for k in &mut report.dkim {
        if k.result == AuthResult::TempError {
            k.result = AuthResult::None;
            k.reason = tr!(Unwrap::NotCheckedNoDns);
        }
    }
    if report.arc.result == AuthResult::TempError {
        report.arc.result = AuthResult::None;
        report.arc.reason = tr!(Unwrap::NotCheckedNoDns);
    }
    for v in &mut report.spf.received_spf_seen {
        v.ours = None;
        v.agrees = None;
        v.note = tr!(Unwrap::NotCheckedNoDns);
    }
    for v in &mut report.receiver_said {
        v.comparisons.clear();
    }
}
