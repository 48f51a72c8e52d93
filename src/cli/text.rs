//! The text format: for people at a terminal. Aligned, with the trace; in
//! English unless `--lang` asks for German or Ukrainian (labels from the app
//! catalog, the core's sentences through `i18n::phrases::translate`).

use crate::dns::QueryLog;
use crate::i18n::{Lang, Msg};
use crate::message::unwrap::dsn::Dsn;
use crate::message::unwrap::{Inspected, UnwrapInfo};
use crate::report::{AuthResult, DmarcReport, Report, SpfReport};
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
pub fn render_trace(out: &mut String, lang: Lang, steps: &[Step], indent: usize) {
    for s in steps {
        let pad = " ".repeat(indent);
        let _ = writeln!(out, "{pad}{} {}", marker(s.kind), lang.core(&s.text));
        if !s.facts.is_empty() {
            let facts: Vec<String> = s
                .facts
                .iter()
                .map(|f| format!("{}={}", lang.core(&f.name), lang.core(&f.value)))
                .collect();
            let _ = writeln!(out, "{pad}      [{}]", facts.join(", "));
        }
        for d in &s.detail {
            for line in lang.core(d).lines() {
                let _ = writeln!(out, "{pad}      | {line}");
            }
        }
        render_trace(out, lang, &s.children, indent + 4);
    }
}

fn verdict(r: AuthResult) -> String {
    format!("{:<9}", r.as_str().to_uppercase())
}

fn row(out: &mut String, label: &str, value: Option<&str>, source: &str) {
    let _ = writeln!(out, "  {label:<12} {:<40} {source}", value.unwrap_or("-"));
}

/// The DNS log as a table.
pub fn render_dns(out: &mut String, lang: Lang, log: &[QueryLog]) {
    let _ = writeln!(out, "{}", lang.f(Msg::CliDnsQueries, &[("n", &log.len())]));
    for q in log {
        let answer = match (&q.error, q.answers.is_empty()) {
            (Some(e), _) => lang.core(e),
            (None, true) => lang.t(Msg::CliNoRecords).into(),
            (None, false) => q.answers.join(" | "),
        };
        let ttl = q.ttl.map(|t| format!("ttl {t}")).unwrap_or_default();
        let mut shared = if q.shared > 0 {
            lang.f(Msg::CliShared, &[("n", &q.shared)])
        } else {
            String::new()
        };
        // The resolver's AD bit: the answer was validated with DNSSEC.
        if q.dnssec == Some(true) {
            shared.push_str(" [DNSSEC]");
        }
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

pub fn render_spf_section(out: &mut String, lang: Lang, spf: &SpfReport) {
    let _ = writeln!(out, "SPF    {} {}", verdict(spf.result), spf.domain);
    if let Some(e) = &spf.explanation {
        let _ = writeln!(out, "       {}", lang.core(e));
    }
    let _ = writeln!(
        out,
        "       {}",
        lang.f(
            Msg::CliSpfLookups,
            &[("lookups", &spf.dns_lookups), ("void", &spf.void_lookups)]
        )
    );
    if let Some(h) = spf.helo_result {
        let _ = writeln!(
            out,
            "       {}",
            lang.f(Msg::CliHeloIdentity, &[("result", &h)])
        );
    }
    if let Some(line) = &spf.received_spf {
        let _ = writeln!(out, "       {line}");
    }
    render_trace(out, lang, &spf.trace, 4);
    if !spf.helo_trace.is_empty() {
        let _ = writeln!(out, "    {}", lang.t(Msg::CliHeloTrace));
        render_trace(out, lang, &spf.helo_trace, 6);
    }
}

fn severity_word(lang: Lang, s: crate::summary::Severity) -> String {
    use crate::summary::Severity;
    match s {
        // Upper case so it stands out at a terminal.
        Severity::Critical => lang.t(Msg::SevCritical).to_uppercase(),
        Severity::Warning => lang.t(Msg::SevWarning).into(),
        Severity::Info => lang.t(Msg::SevInfo).into(),
        Severity::Ok => lang.t(Msg::SevOk).into(),
    }
}

fn render_hops(out: &mut String, lang: Lang, chain: &crate::message::received::ReceivedChain) {
    if chain.hops.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "{}",
        lang.f(
            Msg::CliReceivedChain,
            &[
                ("n", &chain.hops.len()),
                ("source", &lang.core(&chain.boundary_source))
            ]
        )
    );
    for h in &chain.hops {
        let delay = match (h.delay_secs, h.clock_skew) {
            (Some(d), true) => format!("{d:+}s {}", lang.t(Msg::CliClockSkew)),
            (Some(d), false) => format!("{d:+}s"),
            (None, _) => "-".into(),
        };
        let tls = match (&h.tls_version, &h.cipher, h.tls) {
            (Some(v), Some(c), _) => format!("{v} {c}"),
            (Some(v), None, _) => v.clone(),
            (None, _, true) => "TLS".into(),
            _ => lang.t(Msg::CliNoTls).into(),
        };
        let ip = h.from_ip.as_deref().unwrap_or("-");
        let private = if h.ip_private {
            format!(" ({})", lang.t(Msg::CliPrivate))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {}{:>2} from {} [{ip}{private}] by {} with {} ({tls}) {delay}{}",
            if h.boundary { ">" } else { " " },
            h.hop,
            h.from.as_deref().unwrap_or("?"),
            h.by.as_deref().unwrap_or("?"),
            h.with.as_deref().unwrap_or("?"),
            if h.boundary {
                format!("  <- {}", lang.t(Msg::CliTrustBoundary))
            } else {
                String::new()
            }
        );
    }
    if let Some(t) = chain.total_delay_secs {
        let _ = writeln!(out, "  {}", lang.f(Msg::CliTotalDelay, &[("secs", &t)]));
    }
    for w in &chain.warnings {
        let _ = writeln!(
            out,
            "  {}",
            lang.f(Msg::CliWarning, &[("text", &lang.core(w))])
        );
    }
    let _ = writeln!(out);
}

fn render_receiver(out: &mut String, lang: Lang, r: &Report) {
    if r.receiver_said.is_empty() && r.antispam.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}", lang.t(Msg::CliReceiversWrote));
    for v in &r.receiver_said {
        let server = v
            .authserv_id
            .as_deref()
            .unwrap_or(lang.t(Msg::CliUnnamedServer));
        let _ = writeln!(
            out,
            "  {}",
            lang.f(
                Msg::CliHeaderBy,
                &[("header", &v.header), ("server", &server)]
            )
        );
        for c in &v.comparisons {
            let mark = lang.t(if c.agree {
                Msg::CliSame
            } else {
                Msg::CliDiffers
            });
            let _ = writeln!(
                out,
                "    {:<6} {} {:<10} {} {:<10} {mark} {}",
                c.method,
                lang.t(Msg::CliTheySaid),
                c.theirs,
                lang.t(Msg::CliWeSay),
                lang.core(&c.ours),
                lang.core(&c.explanation)
            );
        }
    }
    for a in &r.antispam {
        let verdict = a.verdict.as_ref().map(|v| lang.core(v)).unwrap_or_default();
        let _ = writeln!(out, "  {} ({}) {verdict}", a.header, a.engine);
        for f in &a.fields {
            match &f.meaning {
                Some(m) => {
                    let _ = writeln!(out, "    {}={}  {}", f.key, f.value, lang.core(m));
                }
                None => {
                    let _ = writeln!(out, "    {}={}", f.key, f.value);
                }
            }
        }
    }
    let _ = writeln!(out);
}

fn render_host(out: &mut String, lang: Lang, r: &Report) {
    if let Some(ip) = &r.iprev {
        let _ = writeln!(
            out,
            "IPREV  {} {} -> {}",
            verdict(ip.result),
            ip.ip,
            ip.name
                .as_deref()
                .unwrap_or(lang.t(Msg::CliNoConfirmedName))
        );
        render_trace(out, lang, &ip.trace, 4);
    }
    if !r.dnsbl.is_empty() {
        let _ = writeln!(out, "{}", lang.t(Msg::CliBlocklists));
        for b in &r.dnsbl {
            let status = lang.t(match b.status {
                crate::auth::dnsbl::DnsblStatus::Listed => Msg::CliListed,
                crate::auth::dnsbl::DnsblStatus::NotListed => Msg::CliNotListed,
                crate::auth::dnsbl::DnsblStatus::Unknown => Msg::CliUnknown,
            });
            let _ = writeln!(
                out,
                "  {:<28} {:<10} {}",
                b.zone,
                status,
                lang.core(&b.step.text)
            );
        }
    }
    let _ = writeln!(out);
}

/// The summary in rank order: the items shown at once, then the folded
/// ones under "N more:" (a terminal has no disclosure; nothing is dropped),
/// each with its "what to do" on the line below.
fn summary_items(out: &mut String, lang: Lang, items: &[crate::summary::SummaryItem]) {
    let folded = items.iter().filter(|i| !i.shown).count();
    for (n, item) in items.iter().enumerate() {
        if !item.shown && (n == 0 || items[n - 1].shown) {
            let _ = writeln!(out, "  {}:", lang.f(Msg::SummaryMore, &[("n", &folded)]));
        }
        let _ = writeln!(
            out,
            "  [{}] {}",
            severity_word(lang, item.severity),
            item.counted_text_in(lang)
        );
        if let Some(action) = &item.action {
            let _ = writeln!(
                out,
                "      {}: {}",
                lang.t(Msg::SummaryWhatToDo),
                action.render(lang)
            );
        }
    }
}

/// The whole report for `check --format text`, in `lang`.
pub fn render_report(r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    if !r.summary.is_empty() {
        let _ = writeln!(out, "{}", lang.t(Msg::Summary));
        summary_items(&mut out, lang, &r.summary);
        let _ = writeln!(out);
    }
    let id = &r.identities;
    let _ = writeln!(out, "{}", lang.t(Msg::MdIdentities));
    let src = |s: &crate::i18n::text::Text| lang.core(s);
    row(
        &mut out,
        lang.t(Msg::MdClientIp),
        id.ip.as_deref(),
        &src(&id.sources.ip),
    );
    row(&mut out, "HELO", id.helo.as_deref(), &src(&id.sources.helo));
    row(
        &mut out,
        "MAIL FROM",
        id.mail_from.as_deref(),
        &src(&id.sources.mail_from),
    );
    row(
        &mut out,
        lang.t(Msg::MdFromDomain),
        id.from_domain.as_deref(),
        &src(&id.sources.from_domain),
    );
    if !r.run.resolver.is_empty() {
        let marker = if r.run.offline {
            format!(" ({})", lang.t(Msg::CliNoNetwork))
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {:<12} {}{marker}", "DNS", r.run.resolver);
    }
    for n in &r.notices {
        let _ = writeln!(
            out,
            "  {}",
            lang.f(Msg::CliNote, &[("text", &lang.core(n))])
        );
    }
    if let Some(u) = &r.unwrapped {
        render_unwrapped(&mut out, lang, u);
    }
    let _ = writeln!(out);
    render_hops(&mut out, lang, &r.received);
    render_spf_section(&mut out, lang, &r.spf);
    let _ = writeln!(out);
    if r.dkim.is_empty() {
        let _ = writeln!(out, "DKIM   NONE      {}", lang.t(Msg::CliNoDkim));
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
            let _ = writeln!(out, "       {}", lang.core(&d.reason));
        }
        for w in &d.warnings {
            let _ = writeln!(
                out,
                "       {}",
                lang.f(Msg::CliWarning, &[("text", &lang.core(w))])
            );
        }
        render_trace(&mut out, lang, &d.trace, 4);
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "ARC    {} {}",
        verdict(r.arc.result),
        lang.core(&r.arc.reason)
    );
    render_trace(&mut out, lang, &r.arc.trace, 4);
    if let Some(d2) = &r.dkim2 {
        let _ = writeln!(
            out,
            "DKIM2  {} {}",
            verdict(d2.result),
            lang.core(&d2.reason)
        );
        render_trace(&mut out, lang, &d2.trace, 4);
    }
    let _ = writeln!(out);
    render_dmarc_section(&mut out, lang, &r.dmarc, false);
    let _ = writeln!(out);
    render_host(&mut out, lang, r);
    render_receiver(&mut out, lang, r);
    render_triage(&mut out, lang, r);
    render_dns(&mut out, lang, &r.dns);
    // A person reads lines, not megabytes: values are cut with their length shown.
    crate::limits::elide_lines(&out, crate::Limits::default().shown_line_chars, lang)
}

/// DMARC's verdict line, the rule sets' differences and the trace; the RFC
/// 7489 verdict too when `always_7489` or when it differs.
fn render_dmarc_section(out: &mut String, lang: Lang, d: &DmarcReport, always_7489: bool) {
    let _ = writeln!(
        out,
        "DMARC  {} policy={} disposition={}",
        verdict(d.result),
        d.policy.as_deref().unwrap_or("-"),
        if d.disposition.is_empty() {
            "-".into()
        } else {
            lang.core(&d.disposition)
        }
    );
    for diff in &d.differences {
        let _ = writeln!(
            out,
            "       {}",
            lang.f(Msg::CliRulesDiffer, &[("text", &lang.core(diff))])
        );
    }
    render_trace(out, lang, &d.trace, 4);
    if always_7489 || d.rfc7489.result != d.result || !d.differences.is_empty() {
        let _ = writeln!(
            out,
            "DMARC  {} {}",
            verdict(d.rfc7489.result),
            lang.t(Msg::CliUnder7489)
        );
        render_trace(out, lang, &d.rfc7489.trace, 4);
    }
}

/// The report for `dmarc --format text`: both verdicts with their traces
/// (the RFC 9989 walk shown step by step), then the DNS log in start order.
pub fn render_dmarc(d: &DmarcReport, log: &[QueryLog], lang: Lang) -> String {
    let mut out = String::new();
    render_dmarc_section(&mut out, lang, d, true);
    let _ = writeln!(out);
    render_dns(&mut out, lang, log);
    out
}

/// The report for `spf --format text`.
pub fn render_spf(spf: &SpfReport, log: &[QueryLog], lang: Lang) -> String {
    let mut out = String::new();
    render_spf_section(&mut out, lang, spf);
    let _ = writeln!(out);
    render_dns(&mut out, lang, log);
    out
}

/// What was unwrapped, the bounce's recipients explained and the report's
/// feedback type; the notes themselves are among the notices above.
fn render_unwrapped(out: &mut String, lang: Lang, u: &UnwrapInfo) {
    let kinds: Vec<&str> = u.found.iter().map(|k| lang.t(k.label())).collect();
    let hint = if u.outer_available && u.inspected == Inspected::Inner {
        format!(" {}", lang.t(Msg::CliOuterHint))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "\n{}{hint}",
        lang.f(Msg::CliUnwrapped, &[("kinds", &kinds.join(" > "))])
    );
    if u.outer_from.is_some() || u.outer_subject.is_some() {
        let from = u.outer_from.as_deref().unwrap_or("-");
        let subject = u.outer_subject.as_deref().unwrap_or("-");
        let _ = writeln!(
            out,
            "  {}",
            lang.f(Msg::OuterMessage, &[("from", &from), ("subject", &subject)])
        );
    }
    if let Some(m) = &u.msg {
        if let Some(s) = &m.subject {
            let _ = writeln!(out, "  {}: {s}", lang.t(Msg::MsgSubject));
        }
        if let Some(n) = m.body_chars {
            let _ = writeln!(out, "  {}", lang.f(Msg::MsgBodyChars, &[("n", &n)]));
        }
    }
    if let Some(d) = &u.dsn {
        render_dsn(out, lang, d);
    }
    if let Some(a) = &u.arf {
        let _ = writeln!(out, "  {}", lang.t(Msg::FeedbackTitle));
        let _ = writeln!(
            out,
            "    {:<20} {} ({})",
            lang.t(Msg::FeedbackType),
            a.feedback_type,
            lang.core(&a.feedback_meaning)
        );
        let fields = [
            ("User-Agent", a.user_agent.clone()),
            ("Version", a.version.clone()),
            ("Original-Mail-From", a.original_mail_from.clone()),
            ("Arrival-Date", a.arrival_date.clone()),
            ("Source-IP", a.source_ip.clone()),
            (
                "Reported-Domain",
                Some(a.reported_domain.join(", ")).filter(|s| !s.is_empty()),
            ),
            (
                "Reported-Uri",
                Some(a.reported_uri.join(", ")).filter(|s| !s.is_empty()),
            ),
        ];
        for (name, value) in fields {
            if let Some(v) = value {
                let _ = writeln!(out, "    {name:<20} {v}");
            }
        }
    }
}

fn render_dsn(out: &mut String, lang: Lang, d: &Dsn) {
    let _ = writeln!(out, "  {}", lang.t(Msg::BounceTitle));
    if let Some(mta) = &d.reporting_mta {
        let _ = writeln!(
            out,
            "    {}",
            lang.f(Msg::BounceReportedBy, &[("mta", mta)])
        );
    }
    for r in &d.recipients {
        let _ = writeln!(
            out,
            "    {}  {}  {}",
            r.final_recipient.as_deref().unwrap_or("-"),
            r.action.as_deref().unwrap_or("-"),
            r.status.as_deref().unwrap_or("-"),
        );
        if let Some(mta) = &r.remote_mta {
            let _ = writeln!(out, "      {}: {mta}", lang.t(Msg::RemoteMta));
        }
        if let Some(diag) = &r.diagnostic_code {
            let _ = writeln!(out, "      {}: {diag}", lang.t(Msg::ServerSaid));
        }
        if let Some(e) = &r.explained {
            let _ = writeln!(
                out,
                "      {}: {}; {}; {}",
                e.code,
                lang.core(&e.class_meaning),
                lang.core(&e.subject_meaning),
                lang.core(&e.detail_meaning)
            );
            if let Some(v) = &e.vendor {
                let _ = writeln!(out, "      {}", lang.core(&v.meaning));
                let _ = writeln!(
                    out,
                    "      {}: {}",
                    lang.t(Msg::WhatToFix),
                    lang.core(&v.fix)
                );
            }
        }
    }
    if d.recipients_left_out > 0 {
        let _ = writeln!(
            out,
            "    {}",
            lang.f(Msg::RecipientsLeftOut, &[("n", &d.recipients_left_out)])
        );
    }
}

/// The sender requirements, one line each, and the security findings.
fn render_triage(out: &mut String, lang: Lang, r: &Report) {
    use crate::report::triage::RequirementStatus;
    use crate::triage::{bulk_label, rule_label, status_label, who_label};
    let req = &r.requirements;
    if !req.lines.is_empty() {
        let _ = writeln!(out, "{}", lang.t(Msg::ReqTitle));
        let _ = writeln!(out, "  {}", lang.core(&bulk_label(req)));
        for line in &req.lines {
            let status = lang.core(&status_label(line.status));
            let status = match line.status {
                // Upper case as the verdicts above, so a failure stands out.
                RequirementStatus::Fail => status.to_uppercase(),
                _ => status,
            };
            let _ = writeln!(
                out,
                "  [{status}] {} — {}",
                lang.core(&rule_label(line.rule)),
                lang.core(&who_label(line))
            );
            let _ = writeln!(
                out,
                "       {} ({} {})",
                lang.core(&line.why),
                lang.t(Msg::ReqEvidence),
                line.link
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{}", lang.t(Msg::SecTitle));
    if r.security.is_empty() {
        let _ = writeln!(out, "  {}", lang.t(Msg::SecNone));
    }
    for f in &r.security {
        let _ = writeln!(
            out,
            "  [{}] {}",
            severity_word(lang, f.severity),
            lang.core(&f.text)
        );
        let _ = writeln!(
            out,
            "       {}: {}",
            lang.t(Msg::SecWhyMatters),
            lang.core(&f.why)
        );
        let evidence = f
            .evidence
            .iter()
            .map(|e| format!("{}: {}", e.header, e.value))
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(out, "       {}: {evidence}", lang.t(Msg::SecEvidence));
    }
    let _ = writeln!(out);
}
