//! The plain-language verdict: the most likely reasons a message was junked
//! or rejected, ranked, each pointing at the trace step that shows it; and its
//! Markdown export for a helpdesk ticket.

use crate::auth::dnsbl::DnsblStatus;
use crate::report::{AuthResult, Report};
use crate::trace::StepKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Enough on its own to junk or reject the message.
    Critical,
    /// Counts against the message.
    Warning,
    /// Worth knowing.
    #[default]
    Info,
    /// Something that went right.
    Ok,
}

impl Severity {
    fn word(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Ok => "ok",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryItem {
    pub text: String,
    pub severity: Severity,
    /// Where the evidence is: a path into the report ("spf.trace[3]", "received.hops[2]").
    pub link: String,
}

fn item(severity: Severity, text: impl Into<String>, link: impl Into<String>) -> SummaryItem {
    SummaryItem {
        text: text.into(),
        severity,
        link: link.into(),
    }
}

/// The index of the last step whose text contains `needle`, as "path[i]".
fn step_link(
    path: &str,
    trace: &[crate::trace::Step],
    pred: impl Fn(&crate::trace::Step) -> bool,
) -> String {
    match trace.iter().rposition(pred) {
        Some(i) => format!("{path}[{i}]"),
        None => path.to_string(),
    }
}

/// Builds the ranked summary from a finished report.
pub fn summarize(r: &Report) -> Vec<SummaryItem> {
    let mut out = Vec::new();
    let ip = r
        .identities
        .ip
        .clone()
        .unwrap_or_else(|| "the client".into());

    // SPF.
    match r.spf.result {
        AuthResult::Fail | AuthResult::SoftFail => {
            let all = r
                .spf
                .trace
                .iter()
                .flat_map(|s| s.walk())
                .filter(|s| s.kind == StepKind::Match)
                .filter_map(|s| {
                    ["-all", "~all", "?all"]
                        .into_iter()
                        .find(|a| s.text.contains(a))
                })
                .next_back();
            let reached = all.map(|a| format!(", reached `{a}`")).unwrap_or_default();
            out.push(item(
                if r.spf.result == AuthResult::Fail {
                    Severity::Critical
                } else {
                    Severity::Warning
                },
                format!(
                    "SPF {}: {ip} is not in {}'s record{reached}",
                    r.spf.result,
                    if r.spf.domain.is_empty() {
                        "the sender domain"
                    } else {
                        &r.spf.domain
                    }
                ),
                step_link("spf.trace", &r.spf.trace, |s| {
                    s.kind == StepKind::Result || s.kind == StepKind::Match
                }),
            ));
        }
        AuthResult::PermError => out.push(item(
            Severity::Warning,
            format!(
                "SPF permerror: {}'s SPF record is broken ({})",
                r.spf.domain,
                r.spf.explanation.clone().unwrap_or_default()
            ),
            step_link("spf.trace", &r.spf.trace, |s| s.kind == StepKind::Error),
        )),
        AuthResult::TempError => out.push(item(
            Severity::Info,
            format!(
                "SPF could not be checked: {}",
                r.spf
                    .explanation
                    .clone()
                    .unwrap_or_else(|| "a DNS failure".into())
            ),
            "spf.trace",
        )),
        _ => {}
    }

    // DKIM.
    for (i, k) in r.dkim.iter().enumerate() {
        let link = format!("dkim[{i}].trace");
        if k.body_hash_matches == Some(false) {
            out.push(item(
                Severity::Warning,
                format!(
                    "DKIM body hash mismatch (d={}): the message was changed after signing",
                    k.domain
                ),
                link,
            ));
        } else if k.result == AuthResult::Fail {
            out.push(item(
                Severity::Warning,
                format!("DKIM fail (d={}, s={}): {}", k.domain, k.selector, k.reason),
                link,
            ));
        } else if matches!(k.result, AuthResult::PermError | AuthResult::TempError) {
            out.push(item(
                Severity::Info,
                format!(
                    "DKIM {} (d={}, s={}): {}",
                    k.result, k.domain, k.selector, k.reason
                ),
                link,
            ));
        }
    }

    // ARC (RFC 8617): when the author's signature broke on the way, an intact chain
    // says who changed the message and what the first intermediary saw before.
    let a = &r.arc;
    let authors_failed = r.dmarc.result == AuthResult::Fail
        || r.dkim.iter().any(|k| k.body_hash_matches == Some(false));
    if a.result == AuthResult::Pass {
        let vouch = if a.instances.len() == 1 {
            "vouches"
        } else {
            "vouch"
        };
        let sealers: Vec<String> = a
            .instances
            .iter()
            .map(|i| format!("{} (i={})", i.domain, i.instance))
            .collect();
        let text = match a.aar.first() {
            Some(first) if authors_failed => {
                let saw: Vec<&str> = first
                    .results
                    .iter()
                    .filter_map(|x| x.split_whitespace().next())
                    .collect();
                format!(
                    "ARC pass: {} {vouch} for the message. {} saw {} on arrival, so an intermediary (a mailing list or forwarder) modified the message after the author signed it; a receiver that trusts the sealer may accept it despite the DMARC failure (RFC 8617 §7.2)",
                    sealers.join(", "),
                    first.authserv_id,
                    saw.join(" ")
                )
            }
            _ => format!("ARC pass: {} {vouch} for the message", sealers.join(", ")),
        };
        out.push(item(
            if authors_failed {
                Severity::Info
            } else {
                Severity::Ok
            },
            text,
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    } else if a.result == AuthResult::Fail {
        out.push(item(
            Severity::Info,
            format!("ARC chain broken: {}", a.reason),
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    }

    // DMARC.
    let d = &r.dmarc;
    if d.result == AuthResult::Fail {
        let policy = d.policy.clone().unwrap_or_else(|| "none".into());
        let sev = match policy.as_str() {
            "reject" | "quarantine" => Severity::Critical,
            _ => Severity::Warning,
        };
        let why = match (
            r.spf.result == AuthResult::Pass,
            r.dkim.iter().any(|k| k.result == AuthResult::Pass),
        ) {
            (false, false) => "neither SPF nor DKIM aligned".to_string(),
            _ => "a check passed, but not for a domain aligned with the From domain".to_string(),
        };
        out.push(item(
            sev,
            format!(
                "DMARC p={policy} and {why} (From: {}) → {}",
                d.from_domains.join(", "),
                d.disposition
            ),
            step_link("dmarc.trace", &d.trace, |s| s.kind == StepKind::Result),
        ));
    } else if d.result == AuthResult::Pass {
        out.push(item(
            Severity::Ok,
            format!(
                "DMARC pass for {} ({})",
                d.from_domains.join(", "),
                match (d.spf_aligned, d.dkim_aligned) {
                    (true, true) => "SPF and DKIM aligned",
                    (true, false) => "SPF aligned",
                    _ => "DKIM aligned",
                }
            ),
            "dmarc.trace",
        ));
    }
    if !d.differences.is_empty() {
        out.push(item(
            Severity::Info,
            format!(
                "RFC 9989 and RFC 7489 disagree: {}",
                d.differences.join("; ")
            ),
            "dmarc.differences",
        ));
    }
    for (i, a) in d.report_authorization.iter().enumerate() {
        if a.authorized == Some(false) {
            out.push(item(
                Severity::Info,
                format!(
                    "DMARC reports for {} may not go to {}: {} has no authorization record",
                    a.domain, a.uri, a.query
                ),
                format!("dmarc.report_authorization[{i}]"),
            ));
        }
    }

    // Antispam verdicts.
    for (i, h) in r.antispam.iter().enumerate() {
        if h.spam == Some(true) {
            let mut text = h
                .verdict
                .clone()
                .unwrap_or_else(|| format!("{} marked the message as spam", h.engine));
            if h.engine == "SpamAssassin" || h.engine == "rspamd" {
                let mut tests: Vec<&crate::message::antispam::SpamTest> = h
                    .tests
                    .iter()
                    .filter(|t| t.score.is_none_or(|s| s > 0.0))
                    .collect();
                tests.sort_by(|a, b| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)));
                if !tests.is_empty() {
                    text.push_str(&format!(
                        "; tests: {}",
                        tests
                            .iter()
                            .take(5)
                            .map(|t| match t.score {
                                Some(s) => format!("{}={s}", t.name),
                                None => t.name.clone(),
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            out.push(item(
                Severity::Critical,
                format!("{}: {text}", h.header),
                format!("antispam[{i}]"),
            ));
        }
        let bcl = h
            .fields
            .iter()
            .find(|f| f.key.eq_ignore_ascii_case("BCL"))
            .and_then(|f| f.value.parse::<i32>().ok());
        if let Some(b) = bcl.filter(|b| *b >= 4) {
            out.push(item(Severity::Warning, format!("Microsoft rates the sender as bulk mail (BCL {b}): bulk mail goes to Junk at the tenant's BCL threshold"), format!("antispam[{i}]")));
        }
    }

    // DNSBL.
    for (i, b) in r.dnsbl.iter().enumerate() {
        match b.status {
            DnsblStatus::Listed => out.push(item(
                Severity::Critical,
                format!("{ip} is listed in {} ({})", b.zone, b.meaning.join("; ")),
                format!("dnsbl[{i}]"),
            )),
            DnsblStatus::Unknown if b.codes.iter().any(|c| c.starts_with("127.255.255.")) => out
                .push(item(
                    Severity::Info,
                    format!(
                        "{} refused the query ({}): the blocklist status is unknown, not listed",
                        b.zone,
                        b.codes.join(", ")
                    ),
                    format!("dnsbl[{i}]"),
                )),
            _ => {}
        }
    }

    // iprev / HELO.
    if let Some(ipr) = &r.iprev {
        if ipr.result == AuthResult::Fail {
            out.push(item(
                Severity::Warning,
                if ipr.ptr.is_empty() {
                    format!(
                        "{} has no reverse DNS (PTR): many receivers score or refuse such senders",
                        ipr.ip
                    )
                } else {
                    format!(
                        "The reverse DNS of {} ({}) does not resolve back to it",
                        ipr.ip,
                        ipr.ptr
                            .iter()
                            .map(|p| p.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
                step_link("iprev.trace", &ipr.trace, |s| s.kind == StepKind::Result),
            ));
        }
        if ipr.helo_resolves == Some(false) {
            out.push(item(
                Severity::Warning,
                format!("HELO name {} does not exist in DNS: Postfix's reject_unknown_helo_hostname answers \"450 4.7.1 Helo command rejected: Host not found\"", ipr.helo.clone().unwrap_or_default()),
                "iprev.trace",
            ));
        }
    }

    // What the receiver said vs us.
    for (i, v) in r.receiver_said.iter().enumerate() {
        for c in &v.comparisons {
            if !c.agree {
                out.push(item(
                    Severity::Info,
                    format!(
                        "{} ({}) says {}={}, we get {}: {}",
                        v.header,
                        v.authserv_id
                            .clone()
                            .unwrap_or_else(|| "no authserv-id".into()),
                        c.method,
                        c.theirs,
                        c.ours,
                        c.explanation
                    ),
                    format!("receiver_said[{i}]"),
                ));
            }
        }
    }

    // The chain.
    for h in &r.received.hops {
        if h.clock_skew {
            out.push(item(
                Severity::Info,
                format!(
                    "Clock skew at hop {} ({}): {} s before the previous hop",
                    h.hop,
                    h.by.clone().unwrap_or_default(),
                    h.delay_secs.unwrap_or(0)
                ),
                format!("received.hops[{}]", h.hop - 1),
            ));
        }
        if h.boundary && !h.tls {
            out.push(item(
                Severity::Info,
                format!(
                    "The message reached {} without TLS",
                    h.by.clone().unwrap_or_else(|| "the receiver".into())
                ),
                format!("received.hops[{}]", h.hop - 1),
            ));
        }
    }
    out.sort_by_key(|i| i.severity);
    out
}

/// The summary as Markdown for a helpdesk ticket.
pub fn to_markdown(r: &Report) -> String {
    let mut s = String::new();
    s.push_str("## Why this message may have been junked or rejected\n\n");
    if r.summary.is_empty() {
        s.push_str("No problems found.\n");
    }
    for i in &r.summary {
        s.push_str(&format!(
            "- **{}**: {} _(see `{}`)_\n",
            i.severity.word(),
            i.text.replace('\n', " "),
            i.link
        ));
    }
    s.push_str("\n### Identities\n\n");
    let id = &r.identities;
    let row = |k: &str, v: &Option<String>, src: &str| {
        format!(
            "| {k} | {} | {src} |\n",
            v.clone().unwrap_or_else(|| "—".into())
        )
    };
    s.push_str("| | value | source |\n|---|---|---|\n");
    s.push_str(&row("client IP", &id.ip, &id.sources.ip));
    s.push_str(&row("HELO", &id.helo, &id.sources.helo));
    s.push_str(&row("MAIL FROM", &id.mail_from, &id.sources.mail_from));
    s.push_str(&row(
        "From domain",
        &id.from_domain,
        &id.sources.from_domain,
    ));
    s.push_str("\n### Verdicts\n\n");
    s.push_str(&format!("- SPF: {} ({})\n", r.spf.result, r.spf.domain));
    for k in &r.dkim {
        s.push_str(&format!(
            "- DKIM d={} s={}: {}\n",
            k.domain, k.selector, k.result
        ));
    }
    s.push_str(&format!(
        "- DMARC (RFC 9989): {} policy={} → {}\n",
        r.dmarc.result,
        r.dmarc.policy.clone().unwrap_or_else(|| "none".into()),
        r.dmarc.disposition
    ));
    s.push_str(&format!(
        "- DMARC (RFC 7489): {} policy={} → {}\n",
        r.dmarc.rfc7489.result,
        r.dmarc
            .rfc7489
            .policy
            .clone()
            .unwrap_or_else(|| "none".into()),
        r.dmarc.rfc7489.disposition
    ));
    if !r.received.hops.is_empty() {
        s.push_str("\n### Received chain\n\n| hop | from | by | with | TLS | delay |\n|---|---|---|---|---|---|\n");
        for h in &r.received.hops {
            s.push_str(&format!(
                "| {}{} | {} {} | {} | {} | {} | {} |\n",
                h.hop,
                if h.boundary { " (boundary)" } else { "" },
                h.from.clone().unwrap_or_default(),
                h.from_ip
                    .clone()
                    .map(|i| format!("[{i}]"))
                    .unwrap_or_default(),
                h.by.clone().unwrap_or_default(),
                h.with.clone().unwrap_or_default(),
                if h.tls {
                    h.tls_version.clone().unwrap_or_else(|| "yes".into())
                } else {
                    "no".into()
                },
                match h.delay_secs {
                    Some(d) if d < 0 => format!("{d} s (clock skew)"),
                    Some(d) => format!("{d} s"),
                    None => "—".into(),
                }
            ));
        }
    }
    s
}
