//! The plain-language verdict: the most likely reasons a message was junked
//! or rejected, ranked, each pointing at the trace step that shows it; and its
//! Markdown export for a helpdesk ticket.

use crate::auth::dnsbl::DnsblStatus;
use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::{Arg, Text};
use crate::i18n::{Lang, Msg};
pub use crate::report::summary::{Severity, SummaryItem};
use crate::report::{AuthResult, Report};
use crate::trace::StepKind;

/// Folds identical items into the first of them, counting the others in
/// `repeats`; the order of first appearance is kept.
pub fn collapse(items: Vec<SummaryItem>) -> Vec<SummaryItem> {
    let mut out: Vec<SummaryItem> = Vec::new();
    // Identical means the same words: the English rendering stands for the
    // sentence here, it is compared, never read.
    let mut first: std::collections::HashMap<(String, Severity), usize> =
        std::collections::HashMap::new();
    for item in items {
        let key = (item.text.en(), item.severity);
        match first.get(&key) {
            Some(&at) => out[at].repeats += 1 + item.repeats,
            None => {
                first.insert(key, out.len());
                out.push(item);
            }
        }
    }
    out
}

impl SummaryItem {
    /// The sentence in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        self.text.render(lang)
    }

    /// [`SummaryItem::text_in`], followed by how often it occurred when it
    /// stands for several identical items.
    pub fn counted_text_in(&self, lang: Lang) -> String {
        let text = self.text_in(lang);
        if self.repeats == 0 {
            return text;
        }
        format!("{text} {}", repeated_times(self.repeats + 1).render(lang))
    }
}

/// "(3 times)".
pub fn repeated_times(times: usize) -> Text {
    crate::tr!(
        crate::i18n::phrases::intake::Intake::RepeatedTimes,
        n = times
    )
}

fn msg<const N: usize>(key: Msg, args: [(&'static str, Arg); N]) -> Text {
    Text::app(key, args.into_iter().collect())
}

fn data(v: impl ToString) -> Arg {
    Arg::Data(v.to_string())
}

/// A sentence the core wrote (a verdict's reason, a DNS error), inside the summary's.
fn sentence(v: &Text) -> Arg {
    Arg::sentence(v.clone())
}

/// Sentences one after the other, `; ` between them.
fn sentences(items: &[Text]) -> Arg {
    let mut all = items.iter().rev();
    let Some(last) = all.next() else {
        return data("");
    };
    let joined = all.fold(last.clone(), |rest, first| {
        crate::tr!(
            crate::i18n::phrases::intake::Intake::ThenNext,
            first = first,
            rest = rest
        )
    });
    Arg::sentence(joined)
}

fn sub<const N: usize>(key: Msg, args: [(&'static str, Arg); N]) -> Arg {
    Arg::sentence(msg(key, args))
}

fn item(severity: Severity, m: Text, link: impl Into<String>) -> SummaryItem {
    SummaryItem {
        text: m,
        severity,
        link: link.into(),
        repeats: 0,
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
    spf_reasons(r, &mut out);
    dkim_reasons(r, &mut out);
    arc_reasons(r, &mut out);
    dmarc_reasons(r, &mut out);
    antispam_reasons(r, &mut out);
    dnsbl_reasons(r, &mut out);
    iprev_reasons(r, &mut out);
    receiver_reasons(r, &mut out);
    chain_reasons(r, &mut out);
    out.extend(crate::triage::summary_items(r));
    out.sort_by_key(|i| i.severity);
    collapse(out)
}

/// The client IP as a message argument.
fn client_ip_arg(r: &Report) -> Arg {
    match &r.identities.ip {
        Some(ip) => data(ip),
        None => sub(Msg::SumTheClient, []),
    }
}

/// SPF: a fail names the `all` it reached; perm/temp errors say why.
fn spf_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let ip_arg = || client_ip_arg(r);
    match r.spf.result {
        AuthResult::Fail | AuthResult::SoftFail => {
            let all = r
                .spf
                .trace
                .iter()
                .flat_map(|s| s.walk())
                .filter(|s| s.kind == StepKind::Match && s.text.is(Spf::TermMatches.phrase()))
                .filter_map(|s| match s.text.arg("term") {
                    Some(Arg::Data(term)) => ["-all", "~all", "?all"]
                        .into_iter()
                        .find(|a| term.eq_ignore_ascii_case(a)),
                    _ => None,
                })
                .next_back();
            out.push(item(
                if r.spf.result == AuthResult::Fail {
                    Severity::Critical
                } else {
                    Severity::Warning
                },
                msg(
                    Msg::SumSpfFail,
                    [
                        ("result", data(r.spf.result)),
                        ("ip", ip_arg()),
                        (
                            "domain",
                            if r.spf.domain.is_empty() {
                                sub(Msg::SumTheSenderDomain, [])
                            } else {
                                data(&r.spf.domain)
                            },
                        ),
                        (
                            "reached",
                            match all {
                                Some(a) => sub(Msg::SumSpfReached, [("all", data(a))]),
                                None => data(""),
                            },
                        ),
                    ],
                ),
                step_link("spf.trace", &r.spf.trace, |s| {
                    s.kind == StepKind::Result || s.kind == StepKind::Match
                }),
            ));
        }
        AuthResult::PermError => {
            let explanation = r.spf.explanation.clone().unwrap_or_default();
            out.push(item(
                Severity::Warning,
                msg(
                    Msg::SumSpfPermError,
                    [
                        ("domain", data(&r.spf.domain)),
                        ("explanation", sentence(&explanation)),
                    ],
                ),
                step_link("spf.trace", &r.spf.trace, |s| s.kind == StepKind::Error),
            ))
        }
        AuthResult::TempError => out.push(item(
            Severity::Info,
            msg(
                Msg::SumSpfTempError,
                [(
                    "explanation",
                    match &r.spf.explanation {
                        Some(e) => sentence(e),
                        None => sub(Msg::SumDnsFailure, []),
                    },
                )],
            ),
            "spf.trace",
        )),
        _ => {}
    }
}

/// DKIM: a broken body hash first, then any other failure.
fn dkim_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    for (i, k) in r.dkim.iter().enumerate() {
        let link = format!("dkim[{i}].trace");
        if k.body_hash_matches == Some(false) {
            out.push(item(
                Severity::Warning,
                msg(Msg::SumDkimBodyHash, [("domain", data(&k.domain))]),
                link,
            ));
        } else if matches!(
            k.result,
            AuthResult::Fail | AuthResult::PermError | AuthResult::TempError
        ) {
            out.push(item(
                if k.result == AuthResult::Fail {
                    Severity::Warning
                } else {
                    Severity::Info
                },
                msg(
                    Msg::SumDkimResult,
                    [
                        ("result", data(k.result)),
                        ("domain", data(&k.domain)),
                        ("selector", data(&k.selector)),
                        ("reason", sentence(&k.reason)),
                    ],
                ),
                link,
            ));
        }
    }
}

/// ARC (RFC 8617): when the author's signature broke on the way, an intact chain
/// says who changed the message and what the first intermediary saw before.
fn arc_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let a = &r.arc;
    let authors_failed = r.dmarc.result == AuthResult::Fail
        || r.dkim.iter().any(|k| k.body_hash_matches == Some(false));
    if a.result == AuthResult::Pass {
        let vouch_key = if a.instances.len() == 1 {
            Msg::SumVouchOne
        } else {
            Msg::SumVouchMany
        };
        let sealers: Vec<String> = a
            .instances
            .iter()
            .map(|i| format!("{} (i={})", i.domain, i.instance))
            .collect();
        let m = match a.aar.first() {
            Some(first) if authors_failed => {
                let saw: Vec<&str> = first
                    .results
                    .iter()
                    .filter_map(|x| x.split_whitespace().next())
                    .collect();
                msg(
                    Msg::SumArcPassModified,
                    [
                        ("sealers", data(sealers.join(", "))),
                        ("vouch", sub(vouch_key, [])),
                        ("authserv", data(&first.authserv_id)),
                        ("results", data(saw.join(" "))),
                    ],
                )
            }
            _ => msg(
                Msg::SumArcPass,
                [
                    ("sealers", data(sealers.join(", "))),
                    ("vouch", sub(vouch_key, [])),
                ],
            ),
        };
        out.push(item(
            if authors_failed {
                Severity::Info
            } else {
                Severity::Ok
            },
            m,
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    } else if a.result == AuthResult::Fail {
        out.push(item(
            Severity::Info,
            msg(Msg::SumArcBroken, [("reason", sentence(&a.reason))]),
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    }
}

/// DMARC: the verdict, RFC disagreements, unauthorized report addresses.
fn dmarc_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let d = &r.dmarc;
    if d.result == AuthResult::Fail {
        let policy = d.policy.clone().unwrap_or_else(|| "none".into());
        let sev = match policy.as_str() {
            "reject" | "quarantine" => Severity::Critical,
            _ => Severity::Warning,
        };
        let why_key = match (
            r.spf.result == AuthResult::Pass,
            r.dkim.iter().any(|k| k.result == AuthResult::Pass),
        ) {
            (false, false) => Msg::SumNeitherAligned,
            _ => Msg::SumPassedNotAligned,
        };
        out.push(item(
            sev,
            msg(
                Msg::SumDmarcFail,
                [
                    ("policy", data(&policy)),
                    ("why", sub(why_key, [])),
                    ("from", data(d.from_domains.join(", "))),
                    // Prose ("quarantine: deliver to the spam/junk folder or hold").
                    ("disposition", sentence(&d.disposition)),
                ],
            ),
            step_link("dmarc.trace", &d.trace, |s| s.kind == StepKind::Result),
        ));
    } else if d.result == AuthResult::Pass {
        let aligned_key = match (d.spf_aligned, d.dkim_aligned) {
            (true, true) => Msg::SumBothAligned,
            (true, false) => Msg::SumSpfAligned,
            _ => Msg::SumDkimAligned,
        };
        out.push(item(
            Severity::Ok,
            msg(
                Msg::SumDmarcPass,
                [
                    ("from", data(d.from_domains.join(", "))),
                    ("aligned", sub(aligned_key, [])),
                ],
            ),
            "dmarc.trace",
        ));
    }
    if !d.differences.is_empty() {
        out.push(item(
            Severity::Info,
            msg(
                Msg::SumRfcsDisagree,
                [("differences", sentences(&d.differences))],
            ),
            "dmarc.differences",
        ));
    }
    for (i, a) in d.report_authorization.iter().enumerate() {
        if a.authorized == Some(false) {
            out.push(item(
                Severity::Info,
                msg(
                    Msg::SumReportsUnauthorized,
                    [
                        ("domain", data(&a.domain)),
                        ("uri", data(&a.uri)),
                        ("query", data(&a.query)),
                    ],
                ),
                format!("dmarc.report_authorization[{i}]"),
            ));
        }
    }
}

/// Antispam headers: spam verdicts with their top tests, and Microsoft bulk ratings.
fn antispam_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    for (i, h) in r.antispam.iter().enumerate() {
        if h.spam == Some(true) {
            let verdict = match &h.verdict {
                Some(v) => sentence(v),
                None => sub(Msg::SumMarkedSpam, [("engine", data(&h.engine))]),
            };
            let mut tests_arg = data("");
            if h.engine == "SpamAssassin" || h.engine == "rspamd" {
                let mut tests: Vec<&crate::message::antispam::SpamTest> = h
                    .tests
                    .iter()
                    .filter(|t| t.score.is_none_or(|s| s > 0.0))
                    .collect();
                tests.sort_by(|a, b| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)));
                if !tests.is_empty() {
                    let list = tests
                        .iter()
                        .take(5)
                        .map(|t| match t.score {
                            Some(s) => format!("{}={s}", t.name),
                            None => t.name.clone(),
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    tests_arg = sub(Msg::SumSpamTests, [("tests", data(list))]);
                }
            }
            out.push(item(
                Severity::Critical,
                msg(
                    Msg::SumSpamHeader,
                    [
                        ("header", data(&h.header)),
                        ("verdict", verdict),
                        ("tests", tests_arg),
                    ],
                ),
                format!("antispam[{i}]"),
            ));
        }
        let bcl = h
            .fields
            .iter()
            .find(|f| f.key.eq_ignore_ascii_case("BCL"))
            .and_then(|f| f.value.parse::<i32>().ok());
        if let Some(b) = bcl.filter(|b| *b >= 4) {
            out.push(item(
                Severity::Warning,
                msg(Msg::SumBulk, [("bcl", data(b))]),
                format!("antispam[{i}]"),
            ));
        }
    }
}

/// Blocklist listings, and the blocklists that refused to answer.
fn dnsbl_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let ip_arg = || client_ip_arg(r);
    for (i, b) in r.dnsbl.iter().enumerate() {
        match b.status {
            DnsblStatus::Listed => out.push(item(
                Severity::Critical,
                msg(
                    Msg::SumDnsblListed,
                    [
                        ("ip", ip_arg()),
                        ("zone", data(&b.zone)),
                        ("meaning", sentences(&b.meaning)),
                    ],
                ),
                format!("dnsbl[{i}]"),
            )),
            DnsblStatus::Unknown if b.codes.iter().any(|c| c.starts_with("127.255.255.")) => out
                .push(item(
                    Severity::Info,
                    msg(
                        Msg::SumDnsblRefused,
                        [("zone", data(&b.zone)), ("codes", data(b.codes.join(", ")))],
                    ),
                    format!("dnsbl[{i}]"),
                )),
            _ => {}
        }
    }
}

/// Reverse DNS and HELO findings.
fn iprev_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    if let Some(ipr) = &r.iprev {
        if ipr.result == AuthResult::Fail {
            let ptr = ipr
                .ptr
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let m = if ipr.ptr.is_empty() {
                msg(Msg::SumNoPtr, [("ip", data(&ipr.ip))])
            } else {
                msg(
                    Msg::SumPtrMismatch,
                    [("ip", data(&ipr.ip)), ("ptr", data(&ptr))],
                )
            };
            out.push(item(
                Severity::Warning,
                m,
                step_link("iprev.trace", &ipr.trace, |s| s.kind == StepKind::Result),
            ));
        }
        if ipr.helo_resolves == Some(false) {
            let helo = ipr.helo.clone().unwrap_or_default();
            out.push(item(
                Severity::Warning,
                msg(Msg::SumHeloUnknown, [("helo", data(&helo))]),
                "iprev.trace",
            ));
        }
    }
}

/// Where a receiver's Authentication-Results disagree with ours.
fn receiver_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    for (i, v) in r.receiver_said.iter().enumerate() {
        for c in &v.comparisons {
            if !c.agree {
                out.push(item(
                    Severity::Info,
                    msg(
                        Msg::SumReceiverDisagrees,
                        [
                            ("header", data(&v.header)),
                            (
                                "authserv",
                                match &v.authserv_id {
                                    Some(id) => data(id),
                                    None => sub(Msg::SumNoAuthservId, []),
                                },
                            ),
                            ("method", data(&c.method)),
                            ("theirs", data(&c.theirs)),
                            ("ours", sentence(&c.ours)),
                            ("explanation", sentence(&c.explanation)),
                        ],
                    ),
                    format!("receiver_said[{i}]"),
                ));
            }
        }
    }
}

/// The Received chain: clock skew and hops without TLS.
fn chain_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    for h in &r.received.hops {
        if h.clock_skew {
            let by = h.by.clone().unwrap_or_default();
            let secs = h.delay_secs.unwrap_or(0);
            out.push(item(
                Severity::Info,
                msg(
                    Msg::SumClockSkew,
                    [
                        ("hop", data(h.hop)),
                        ("by", data(&by)),
                        ("secs", data(secs)),
                    ],
                ),
                format!("received.hops[{}]", h.hop - 1),
            ));
        }
        if h.boundary && !h.tls {
            out.push(item(
                Severity::Info,
                msg(
                    Msg::SumNoTls,
                    [(
                        "by",
                        match &h.by {
                            Some(by) => data(by),
                            None => sub(Msg::SumTheReceiver, []),
                        },
                    )],
                ),
                format!("received.hops[{}]", h.hop - 1),
            ));
        }
    }
}
