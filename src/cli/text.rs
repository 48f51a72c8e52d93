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

/// The whole report for `check --format text`.
pub fn render_report(r: &Report) -> String {
    let mut out = String::new();
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
    for n in &r.notices {
        let _ = writeln!(out, "  note: {n}");
    }
    let _ = writeln!(out);
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
    render_trace(&mut out, &r.dmarc.trace, 4);
    let _ = writeln!(out);
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
