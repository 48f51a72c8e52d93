//! SPF (RFC 7208): evaluated here, on our own parse, so that the trace can show every term.
//!
//! [`evaluate`] checks the MAIL FROM and the HELO identities; [`check_host`] is
//! RFC 7208's check_host() with its trace and counters; [`parse_received_spf`]
//! and [`receiver_verdicts`] read the `Received-SPF:` lines other receivers wrote.

mod eval;
pub mod macros;
pub mod parse;
pub mod received;
pub mod record;

use crate::dns::Resolver;
use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::Text;
use crate::report::{AuthResult, SpfReport};
use crate::tr;
use crate::trace::{Step, StepKind, Trace};
use std::net::IpAddr;

pub use eval::{check_host, CheckOutcome, Counters};
pub use received::{parse_received_spf, received_spf_line, receiver_verdicts, ReceivedSpfSeen};

/// The inputs of check_host() for one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpfRequest {
    pub ip: IpAddr,
    /// The HELO/EHLO name, if known.
    pub helo: Option<String>,
    /// The MAIL FROM address; empty for the null sender (then postmaster@HELO is checked).
    pub mail_from: String,
    /// The receiving host's name, for `%{r}` and the Received-SPF line.
    pub receiver: Option<String>,
    /// Unix seconds, for `%{t}`.
    pub now: u64,
}

/// Splits MAIL FROM into (sender, domain); the null sender becomes postmaster@HELO (§2.4),
/// and an empty local-part becomes `postmaster` (§4.3).
pub fn mail_from_identity(mail_from: &str, helo: Option<&str>) -> (String, String) {
    let mf = mail_from
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    if mf.is_empty() {
        let h = helo.unwrap_or_default();
        return (format!("postmaster@{h}"), h.to_string());
    }
    match mf.rsplit_once('@') {
        Some((local, domain)) => {
            let local = if local.is_empty() {
                "postmaster"
            } else {
                local
            };
            (format!("{local}@{domain}"), domain.to_string())
        }
        None => (format!("postmaster@{mf}"), mf.to_string()),
    }
}

/// Runs check_host() for the MAIL FROM identity and for the HELO identity, concurrently.
pub async fn evaluate(resolver: &dyn Resolver, req: &SpfRequest) -> SpfReport {
    let helo = req.helo.as_deref().map(str::trim).filter(|h| !h.is_empty());
    let receiver = req.receiver.as_deref();
    let null_sender = req
        .mail_from
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .is_empty();
    let (sender, domain) = mail_from_identity(&req.mail_from, helo);
    let helo_id = helo.map(|h| (format!("postmaster@{h}"), h.to_string()));

    let mail_fut = async {
        if domain.is_empty() {
            None
        } else {
            Some(
                check_host(
                    resolver,
                    req.ip,
                    &domain,
                    &sender,
                    helo.unwrap_or_default(),
                    receiver,
                    req.now,
                )
                .await,
            )
        }
    };
    let helo_fut = async {
        match &helo_id {
            // With a null sender the MAIL FROM check is the HELO check: do it once.
            Some((s, d)) if !null_sender => {
                Some(check_host(resolver, req.ip, d, s, d, receiver, req.now).await)
            }
            _ => None,
        }
    };
    let (mail, helo_out) = futures::join!(mail_fut, helo_fut);

    let mut report = SpfReport::default();
    match mail {
        Some(out) => {
            report.result = out.result;
            report.domain = domain.clone();
            report.explanation = out
                .explanation
                .clone()
                .map(Text::verbatim)
                .or_else(|| out.reason.clone());
            report.dns_lookups = out.counters.dns_lookups;
            report.void_lookups = out.counters.void_lookups;
            let mut head = Step::new(
                StepKind::Info,
                if null_sender {
                    tr!(Spf::NullSender, domain = domain)
                } else {
                    tr!(Spf::CheckingMailFrom, sender = sender)
                },
            )
            .with_fact("ip", req.ip)
            .with_fact("domain", &domain)
            .with_fact("sender", &sender);
            if let Some(h) = helo {
                head = head.with_fact("helo", h);
            }
            report.trace.push(head);
            report.trace.extend(out.trace.clone());
            if null_sender {
                report.helo_result = Some(out.result);
                report.helo_trace = out.trace.clone();
            }
        }
        None => {
            report.result = AuthResult::None;
            report.explanation = Some(tr!(Spf::NoDomainReason));
            report
                .trace
                .push(Step::new(StepKind::Error, tr!(Spf::NoDomainStep)));
        }
    }
    if let Some(h) = helo_out {
        report.helo_result = Some(h.result);
        let mut t: Trace = vec![Step::new(
            StepKind::Info,
            tr!(Spf::CheckingHelo, helo = helo.unwrap_or_default()),
        )
        .with_fact("ip", req.ip)];
        t.extend(h.trace);
        report.helo_trace = t;
    }
    report.received_spf = Some(received_spf_line(
        report.result,
        if null_sender { "helo" } else { "mailfrom" },
        req.ip,
        helo,
        &req.mail_from,
        receiver,
    ));
    report
}
