//! The plain-language verdict: the most likely reasons a message was junked
//! or rejected, ranked, each pointing at the trace step that shows it; and its
//! Markdown export for a helpdesk ticket.

use crate::auth::dnsbl::DnsblStatus;
use crate::i18n::{Lang, Msg};
use crate::report::{AuthResult, Report};
use crate::trace::StepKind;
use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryItem {
    /// The sentence in English, for the CLI, JSON and Markdown.
    pub text: String,
    pub severity: Severity,
    /// Where the evidence is: a path into the report ("spf.trace[3]", "received.hops[2]").
    pub link: String,
    /// The same sentence as a catalog key and its arguments, so the app can
    /// show it in the reader's language. `None` in reports made before
    /// summaries were translated: then `text` is all there is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<SummaryMsg>,
    /// How many more identical items (same sentence, same severity) were
    /// folded into this one: a header with 80,000 identical results reads as
    /// one line with a count. `link` is the first one's.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub repeats: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Folds identical items into the first of them, counting the others in
/// `repeats`; the order of first appearance is kept.
pub fn collapse(items: Vec<SummaryItem>) -> Vec<SummaryItem> {
    let mut out: Vec<SummaryItem> = Vec::new();
    let mut first: std::collections::HashMap<(String, Severity), usize> =
        std::collections::HashMap::new();
    for item in items {
        match first.get(&(item.text.clone(), item.severity)) {
            Some(&at) => out[at].repeats += 1 + item.repeats,
            None => {
                first.insert((item.text.clone(), item.severity), out.len());
                out.push(item);
            }
        }
    }
    out
}

/// A sentence of the catalog (`i18n::Msg`, by name) with its named arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryMsg {
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<SummaryArg>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryArg {
    pub name: String,
    pub value: ArgValue,
}

/// What fills a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArgValue {
    /// A name, address, number or RFC result word: the same in every language.
    Data(String),
    /// Text the core wrote in English (a verdict's reason, a DNS error): it
    /// stays English inside the translated sentence.
    English(String),
    /// A phrase of its own from the catalog ("the sender domain").
    Msg(SummaryMsg),
}

/// A piece of a rendered sentence: the app marks English pieces as such.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    English(String),
}

impl SummaryMsg {
    /// The sentence in `lang`, the core's English inside it translated where
    /// the core catalog knows it, or `None` when a key is not in this
    /// version's catalog (a report from a newer version).
    pub fn render(&self, lang: Lang) -> Option<String> {
        Some(
            self.segments(lang)?
                .into_iter()
                .map(|s| match s {
                    Segment::Text(t) => t,
                    Segment::English(t) => crate::i18n::phrases::translate(lang, &t).into_owned(),
                })
                .collect(),
        )
    }

    /// The sentence in `lang` in pieces, adjacent translated text joined.
    pub fn segments(&self, lang: Lang) -> Option<Vec<Segment>> {
        let mut out = Vec::new();
        self.push_segments(lang, &mut out)?;
        Some(out)
    }

    fn push_segments(&self, lang: Lang, out: &mut Vec<Segment>) -> Option<()> {
        fn text(out: &mut Vec<Segment>, t: &str) {
            if t.is_empty() {
                return;
            }
            match out.last_mut() {
                Some(Segment::Text(prev)) => prev.push_str(t),
                _ => out.push(Segment::Text(t.to_string())),
            }
        }
        let tpl = Msg::from_name(&self.key)?.text(lang);
        let mut rest = tpl;
        // The same placeholder syntax as `i18n::fill`: an unknown name stays as written.
        while let Some(open) = rest.find('{') {
            text(out, &rest[..open]);
            let after = &rest[open + 1..];
            let arg = after.find('}').and_then(|end| {
                let name = &after[..end];
                self.args
                    .iter()
                    .find(|a| a.name == name)
                    .map(|a| (end, &a.value))
            });
            match arg {
                Some((end, value)) => {
                    match value {
                        ArgValue::Data(v) => text(out, v),
                        ArgValue::English(v) if !v.is_empty() => {
                            out.push(Segment::English(v.clone()))
                        }
                        ArgValue::English(_) => {}
                        ArgValue::Msg(m) => m.push_segments(lang, out)?,
                    }
                    rest = &after[end + 1..];
                }
                None => {
                    text(out, "{");
                    rest = after;
                }
            }
        }
        text(out, rest);
        Some(())
    }
}

impl SummaryItem {
    /// The sentence in `lang`; `text` when the item has no key or a key this
    /// version does not know.
    pub fn text_in(&self, lang: Lang) -> String {
        self.msg
            .as_ref()
            .and_then(|m| m.render(lang))
            .unwrap_or_else(|| self.text.clone())
    }

    /// [`SummaryItem::text_in`], followed by how often it occurred when it
    /// stands for several identical items.
    pub fn counted_text_in(&self, lang: Lang) -> String {
        let text = self.text_in(lang);
        if self.repeats == 0 {
            return text;
        }
        let times = crate::tr!(
            crate::i18n::phrases::intake::Intake::RepeatedTimes,
            n = self.repeats + 1
        );
        format!("{text} {}", crate::i18n::phrases::translate(lang, &times))
    }
}

fn msg<const N: usize>(key: Msg, args: [(&str, ArgValue); N]) -> SummaryMsg {
    SummaryMsg {
        key: key.name().to_string(),
        args: args
            .into_iter()
            .map(|(name, value)| SummaryArg {
                name: name.to_string(),
                value,
            })
            .collect(),
    }
}

fn data(v: impl ToString) -> ArgValue {
    ArgValue::Data(v.to_string())
}

fn english(v: impl Into<String>) -> ArgValue {
    ArgValue::English(v.into())
}

/// An RFC result word ("softfail") is the same in every language; anything
/// else in its place ("not checked") is the core's English.
fn result_word(v: &str) -> ArgValue {
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase()) {
        data(v)
    } else {
        english(v)
    }
}

fn sub<const N: usize>(key: Msg, args: [(&str, ArgValue); N]) -> ArgValue {
    ArgValue::Msg(msg(key, args))
}

fn item(
    severity: Severity,
    text: impl Into<String>,
    m: SummaryMsg,
    link: impl Into<String>,
) -> SummaryItem {
    SummaryItem {
        text: text.into(),
        severity,
        link: link.into(),
        msg: Some(m),
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
    out.sort_by_key(|i| i.severity);
    collapse(out)
}

/// The client IP as the summary names it in English.
fn client_ip(r: &Report) -> String {
    r.identities
        .ip
        .clone()
        .unwrap_or_else(|| "the client".into())
}

/// The client IP as a message argument.
fn client_ip_arg(r: &Report) -> ArgValue {
    match &r.identities.ip {
        Some(ip) => data(ip),
        None => sub(Msg::SumTheClient, []),
    }
}

/// SPF: a fail names the `all` it reached; perm/temp errors say why.
fn spf_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let ip_arg = || client_ip_arg(r);
    let ip = client_ip(r);
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
                format!(
                    "SPF permerror: {}'s SPF record is broken ({explanation})",
                    r.spf.domain,
                ),
                msg(
                    Msg::SumSpfPermError,
                    [
                        ("domain", data(&r.spf.domain)),
                        ("explanation", english(explanation)),
                    ],
                ),
                step_link("spf.trace", &r.spf.trace, |s| s.kind == StepKind::Error),
            ))
        }
        AuthResult::TempError => out.push(item(
            Severity::Info,
            format!(
                "SPF could not be checked: {}",
                r.spf
                    .explanation
                    .clone()
                    .unwrap_or_else(|| "a DNS failure".into())
            ),
            msg(
                Msg::SumSpfTempError,
                [(
                    "explanation",
                    match &r.spf.explanation {
                        Some(e) => english(e.clone()),
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
                format!(
                    "DKIM body hash mismatch (d={}): the message was changed after signing",
                    k.domain
                ),
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
                format!(
                    "DKIM {} (d={}, s={}): {}",
                    k.result, k.domain, k.selector, k.reason
                ),
                msg(
                    Msg::SumDkimResult,
                    [
                        ("result", data(k.result)),
                        ("domain", data(&k.domain)),
                        ("selector", data(&k.selector)),
                        ("reason", english(k.reason.clone())),
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
        let (vouch, vouch_key) = if a.instances.len() == 1 {
            ("vouches", Msg::SumVouchOne)
        } else {
            ("vouch", Msg::SumVouchMany)
        };
        let sealers: Vec<String> = a
            .instances
            .iter()
            .map(|i| format!("{} (i={})", i.domain, i.instance))
            .collect();
        let (text, m) = match a.aar.first() {
            Some(first) if authors_failed => {
                let saw: Vec<&str> = first
                    .results
                    .iter()
                    .filter_map(|x| x.split_whitespace().next())
                    .collect();
                (
                    format!(
                        "ARC pass: {} {vouch} for the message. {} saw {} on arrival, so an intermediary (a mailing list or forwarder) modified the message after the author signed it; a receiver that trusts the sealer may accept it despite the DMARC failure (RFC 8617 §7.2)",
                        sealers.join(", "),
                        first.authserv_id,
                        saw.join(" ")
                    ),
                    msg(
                        Msg::SumArcPassModified,
                        [
                            ("sealers", data(sealers.join(", "))),
                            ("vouch", sub(vouch_key, [])),
                            ("authserv", data(&first.authserv_id)),
                            ("results", data(saw.join(" "))),
                        ],
                    ),
                )
            }
            _ => (
                format!("ARC pass: {} {vouch} for the message", sealers.join(", ")),
                msg(
                    Msg::SumArcPass,
                    [
                        ("sealers", data(sealers.join(", "))),
                        ("vouch", sub(vouch_key, [])),
                    ],
                ),
            ),
        };
        out.push(item(
            if authors_failed {
                Severity::Info
            } else {
                Severity::Ok
            },
            text,
            m,
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    } else if a.result == AuthResult::Fail {
        out.push(item(
            Severity::Info,
            format!("ARC chain broken: {}", a.reason),
            msg(Msg::SumArcBroken, [("reason", english(a.reason.clone()))]),
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
        let (why, why_key) = match (
            r.spf.result == AuthResult::Pass,
            r.dkim.iter().any(|k| k.result == AuthResult::Pass),
        ) {
            (false, false) => ("neither SPF nor DKIM aligned", Msg::SumNeitherAligned),
            _ => (
                "a check passed, but not for a domain aligned with the From domain",
                Msg::SumPassedNotAligned,
            ),
        };
        out.push(item(
            sev,
            format!(
                "DMARC p={policy} and {why} (From: {}) → {}",
                d.from_domains.join(", "),
                d.disposition
            ),
            msg(
                Msg::SumDmarcFail,
                [
                    ("policy", data(&policy)),
                    ("why", sub(why_key, [])),
                    ("from", data(d.from_domains.join(", "))),
                    // Prose ("quarantine: deliver to the spam/junk folder or hold").
                    ("disposition", english(d.disposition.clone())),
                ],
            ),
            step_link("dmarc.trace", &d.trace, |s| s.kind == StepKind::Result),
        ));
    } else if d.result == AuthResult::Pass {
        let (aligned, aligned_key) = match (d.spf_aligned, d.dkim_aligned) {
            (true, true) => ("SPF and DKIM aligned", Msg::SumBothAligned),
            (true, false) => ("SPF aligned", Msg::SumSpfAligned),
            _ => ("DKIM aligned", Msg::SumDkimAligned),
        };
        out.push(item(
            Severity::Ok,
            format!("DMARC pass for {} ({aligned})", d.from_domains.join(", ")),
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
            format!(
                "RFC 9989 and RFC 7489 disagree: {}",
                d.differences.join("; ")
            ),
            msg(
                Msg::SumRfcsDisagree,
                [("differences", english(d.differences.join("; ")))],
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
            let mut text = h
                .verdict
                .clone()
                .unwrap_or_else(|| format!("{} marked the message as spam", h.engine));
            let verdict = match &h.verdict {
                Some(v) => english(v.clone()),
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
                    text.push_str(&format!("; tests: {list}"));
                    tests_arg = sub(Msg::SumSpamTests, [("tests", data(list))]);
                }
            }
            out.push(item(
                Severity::Critical,
                format!("{}: {text}", h.header),
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
                format!("Microsoft rates the sender as bulk mail (BCL {b}): bulk mail goes to Junk at the tenant's BCL threshold"),
                msg(Msg::SumBulk, [("bcl", data(b))]),
                format!("antispam[{i}]"),
            ));
        }
    }
}

/// Blocklist listings, and the blocklists that refused to answer.
fn dnsbl_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let ip_arg = || client_ip_arg(r);
    let ip = client_ip(r);
    for (i, b) in r.dnsbl.iter().enumerate() {
        match b.status {
            DnsblStatus::Listed => out.push(item(
                Severity::Critical,
                format!("{ip} is listed in {} ({})", b.zone, b.meaning.join("; ")),
                msg(
                    Msg::SumDnsblListed,
                    [
                        ("ip", ip_arg()),
                        ("zone", data(&b.zone)),
                        ("meaning", english(b.meaning.join("; "))),
                    ],
                ),
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
            let (text, m) = if ipr.ptr.is_empty() {
                (
                    format!(
                        "{} has no reverse DNS (PTR): many receivers score or refuse such senders",
                        ipr.ip
                    ),
                    msg(Msg::SumNoPtr, [("ip", data(&ipr.ip))]),
                )
            } else {
                (
                    format!(
                        "The reverse DNS of {} ({ptr}) does not resolve back to it",
                        ipr.ip,
                    ),
                    msg(
                        Msg::SumPtrMismatch,
                        [("ip", data(&ipr.ip)), ("ptr", data(&ptr))],
                    ),
                )
            };
            out.push(item(
                Severity::Warning,
                text,
                m,
                step_link("iprev.trace", &ipr.trace, |s| s.kind == StepKind::Result),
            ));
        }
        if ipr.helo_resolves == Some(false) {
            let helo = ipr.helo.clone().unwrap_or_default();
            out.push(item(
                Severity::Warning,
                format!("HELO name {helo} does not exist in DNS: Postfix's reject_unknown_helo_hostname answers \"450 4.7.1 Helo command rejected: Host not found\""),
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
                            ("ours", result_word(&c.ours)),
                            ("explanation", english(c.explanation.clone())),
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
                format!(
                    "Clock skew at hop {} ({by}): {secs} s before the previous hop",
                    h.hop,
                ),
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
                format!(
                    "The message reached {} without TLS",
                    h.by.clone().unwrap_or_else(|| "the receiver".into())
                ),
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
