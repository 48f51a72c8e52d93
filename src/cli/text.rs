//! The text format: for people at a terminal. Aligned, with the trace.

use crate::dns::QueryLog;
use crate::report::{AuthResult, Report, SpfReport};
use crate::trace::{Step, StepKind};
use std::fmt::Write;

fn marker(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Lookup => "dns",
        StepKind::Parse => "  >",
        StepKind::Match => "  +",
        StepKind::NoMatch => "  -",
        StepKind::Compute => "  #",
        StepKind::Result => "  =",
        StepKind::Warning => "  !",
        StepKind::Error => "  x",
        StepKind::Info => "  .",
    }
}

/// Renders a trace, children indented under their parent.
pub fn render_trace(out: &mut String, steps: &[Step], indent: usize) {
    for s in steps {
        let pad = " ".repeat(indent);
        let _ = writeln!(out, "{pad}{} {}", marker(s.kind), s.text);
        if !s.facts.is_empty() {
            let facts: Vec<String> = s
                .facts
                .iter()
                .map(|f| format!("{}={}", f.name, f.value))
                .collect();
            let _ = writeln!(out, "{pad}      [{}]", facts.join(", "));
        }
        for d in &s.detail {
            for line in d.lines() {
                let _ = writeln!(out, "{pad}      | {line}");
            }
        }
        render_trace(out, &s.children, indent + 4);
    }
}

fn verdict(r: AuthResult) -> String {
    format!("{:<9}", r.as_str().to_uppercase())
}

fn row(out: &mut String, label: &str, value: Option<&str>, source: &str) {
    let _ = writeln!(out, "  {label:<12} {:<40} {source}", value.unwrap_or("-"));
}

/// The DNS log as a table.
pub fn render_dns(out: &mut String, log: &[QueryLog]) {
    let _ = writeln!(out, "DNS queries ({})", log.len());
    for q in log {
        let answer = match (&q.error, q.answers.is_empty()) {
            (Some(e), _) => e.clone(),
            (None, true) => "(no records)".into(),
            (None, false) => q.answers.join(" | "),
        };
        let ttl = q.ttl.map(|t| format!("ttl {t}")).unwrap_or_default();
        let shared = if q.shared > 0 {
            format!(" (+{} shared)", q.shared)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {:<5} {:<45} {:<8} {:>8.1} ms {:<9} {answer}{shared}",
            q.rtype.as_str(),
            q.name,
            q.status,
            q.elapsed_ms,
            ttl
        );
    }
}

pub fn render_spf_section(out: &mut String, spf: &SpfReport) {
    let _ = writeln!(out, "SPF    {} {}", verdict(spf.result), spf.domain);
    if let Some(e) = &spf.explanation {
        let _ = writeln!(out, "       {e}");
    }
    let _ = writeln!(
        out,
        "       DNS lookups {} of 10, void lookups {} of 2",
        spf.dns_lookups, spf.void_lookups
    );
    if let Some(h) = spf.helo_result {
        let _ = writeln!(out, "       HELO identity: {h}");
    }
    if let Some(line) = &spf.received_spf {
        let _ = writeln!(out, "       {line}");
    }
    render_trace(out, &spf.trace, 4);
    if !spf.helo_trace.is_empty() {
        let _ = writeln!(out, "    HELO identity trace:");
        render_trace(out, &spf.helo_trace, 6);
    }
}

fn severity_word(s: crate::summary::Severity) -> &'static str {
    match s {
        crate::summary::Severity::Critical => "CRITICAL",
        crate::summary::Severity::Warning => "warning",
        crate::summary::Severity::Info => "info",
        crate::summary::Severity::Ok => "ok",
    }
}

fn render_hops(out: &mut String, chain: &crate::message::received::ReceivedChain) {
    if chain.hops.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "Received chain ({} hops, oldest first; {})",
        chain.hops.len(),
        chain.boundary_source
    );
    for h in &chain.hops {
        let delay = match (h.delay_secs, h.clock_skew) {
            (Some(d), true) => format!("{d:+}s CLOCK SKEW"),
            (Some(d), false) => format!("{d:+}s"),
            (None, _) => "-".into(),
        };
        let tls = match (&h.tls_version, &h.cipher, h.tls) {
            (Some(v), Some(c), _) => format!("{v} {c}"),
            (Some(v), None, _) => v.clone(),
            (None, _, true) => "TLS".into(),
            _ => "no TLS".into(),
        };
        let ip = h.from_ip.as_deref().unwrap_or("-");
        let private = if h.ip_private { " (private)" } else { "" };
        let _ = writeln!(
            out,
            "  {}{:>2} from {} [{ip}{private}] by {} with {} ({tls}) {delay}{}",
            if h.boundary { ">" } else { " " },
            h.hop,
            h.from.as_deref().unwrap_or("?"),
            h.by.as_deref().unwrap_or("?"),
            h.with.as_deref().unwrap_or("?"),
            if h.boundary {
                "  <- trust boundary"
            } else {
                ""
            }
        );
    }
    if let Some(t) = chain.total_delay_secs {
        let _ = writeln!(out, "  total delay {t}s");
    }
    for w in &chain.warnings {
        let _ = writeln!(out, "  warning: {w}");
    }
    let _ = writeln!(out);
}

fn render_receiver(out: &mut String, r: &Report) {
    if r.receiver_said.is_empty() && r.antispam.is_empty() {
        return;
    }
    let _ = writeln!(out, "What the receiving servers wrote");
    for v in &r.receiver_said {
        let _ = writeln!(
            out,
            "  {} (by {})",
            v.header,
            v.authserv_id.as_deref().unwrap_or("unnamed server")
        );
        for c in &v.comparisons {
            let mark = if c.agree { "same" } else { "DIFFERS" };
            let _ = writeln!(
                out,
                "    {:<6} they said {:<10} we say {:<10} {mark} {}",
                c.method, c.theirs, c.ours, c.explanation
            );
        }
    }
    for a in &r.antispam {
        let verdict = a.verdict.as_deref().unwrap_or("");
        let _ = writeln!(out, "  {} ({}) {verdict}", a.header, a.engine);
        for f in &a.fields {
            match &f.meaning {
                Some(m) => {
                    let _ = writeln!(out, "    {}={}  {m}", f.key, f.value);
                }
                None => {
                    let _ = writeln!(out, "    {}={}", f.key, f.value);
                }
            }
        }
    }
    let _ = writeln!(out);
}

fn render_host(out: &mut String, r: &Report) {
    if let Some(ip) = &r.iprev {
        let _ = writeln!(
            out,
            "IPREV  {} {} -> {}",
            verdict(ip.result),
            ip.ip,
            ip.name.as_deref().unwrap_or("no confirmed name")
        );
        render_trace(out, &ip.trace, 4);
    }
    if !r.dnsbl.is_empty() {
        let _ = writeln!(out, "Blocklists");
        for b in &r.dnsbl {
            let status = match b.status {
                crate::auth::dnsbl::DnsblStatus::Listed => "LISTED",
                crate::auth::dnsbl::DnsblStatus::NotListed => "not listed",
                crate::auth::dnsbl::DnsblStatus::Unknown => "unknown",
            };
            let _ = writeln!(out, "  {:<28} {:<10} {}", b.zone, status, b.step.text);
        }
    }
    let _ = writeln!(out);
}

/// The whole report for `check --format text`.
pub fn render_report(r: &Report) -> String {
    let mut out = String::new();
    if !r.summary.is_empty() {
        let _ = writeln!(out, "Summary");
        for item in &r.summary {
            let _ = writeln!(out, "  [{}] {}", severity_word(item.severity), item.text);
        }
        let _ = writeln!(out);
    }
    let id = &r.identities;
    let _ = writeln!(out, "Identities");
    row(&mut out, "client IP", id.ip.as_deref(), &id.sources.ip);
    row(&mut out, "HELO", id.helo.as_deref(), &id.sources.helo);
    row(
        &mut out,
        "MAIL FROM",
        id.mail_from.as_deref(),
        &id.sources.mail_from,
    );
    row(
        &mut out,
        "From domain",
        id.from_domain.as_deref(),
        &id.sources.from_domain,
    );
    if !r.run.resolver.is_empty() {
        let marker = if r.run.offline { " (no network)" } else { "" };
        let _ = writeln!(out, "  {:<12} {}{marker}", "DNS", r.run.resolver);
    }
    for n in &r.notices {
        let _ = writeln!(out, "  note: {n}");
    }
    let _ = writeln!(out);
    render_hops(&mut out, &r.received);
    render_spf_section(&mut out, &r.spf);
    let _ = writeln!(out);
    if r.dkim.is_empty() {
        let _ = writeln!(
            out,
            "DKIM   NONE      the message has no DKIM-Signature header"
        );
    }
    for (i, d) in r.dkim.iter().enumerate() {
        let _ = writeln!(
            out,
            "DKIM   {} #{} d={} s={} a={}",
            verdict(d.result),
            i + 1,
            d.domain,
            d.selector,
            d.algorithm
        );
        if !d.reason.is_empty() {
            let _ = writeln!(out, "       {}", d.reason);
        }
        for w in &d.warnings {
            let _ = writeln!(out, "       warning: {w}");
        }
        render_trace(&mut out, &d.trace, 4);
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "ARC    {} {}", verdict(r.arc.result), r.arc.reason);
    render_trace(&mut out, &r.arc.trace, 4);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "DMARC  {} policy={} disposition={}",
        verdict(r.dmarc.result),
        r.dmarc.policy.as_deref().unwrap_or("-"),
        if r.dmarc.disposition.is_empty() {
            "-"
        } else {
            &r.dmarc.disposition
        }
    );
    for d in &r.dmarc.differences {
        let _ = writeln!(out, "       RFC 7489 and RFC 9989 differ: {d}");
    }
    render_trace(&mut out, &r.dmarc.trace, 4);
    if r.dmarc.rfc7489.result != r.dmarc.result || !r.dmarc.differences.is_empty() {
        let _ = writeln!(
            out,
            "DMARC  {} under RFC 7489 (Public Suffix List)",
            verdict(r.dmarc.rfc7489.result)
        );
        render_trace(&mut out, &r.dmarc.rfc7489.trace, 4);
    }
    let _ = writeln!(out);
    render_host(&mut out, r);
    render_receiver(&mut out, r);
    render_dns(&mut out, &r.dns);
    out
}

/// The report for `spf --format text`.
pub fn render_spf(spf: &SpfReport, log: &[QueryLog]) -> String {
    let mut out = String::new();
    render_spf_section(&mut out, spf);
    let _ = writeln!(out);
    render_dns(&mut out, log);
    out
}
