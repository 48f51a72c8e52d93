//! The plain-language verdict: the most likely reasons a message was junked
//! or rejected, one item per underlying fact, ranked by what decided the
//! message's fate (see `crate::report::summary` for the order), each
//! pointing at the trace step that shows it and saying what the sender's
//! administrator can do.
//!
//! Each `*_reasons` function is a producer: it pushes items with their
//! [`Cause`]. [`rank`] orders, folds and numbers them. Another module adds
//! its items by pushing them in [`summarize`] (or by calling [`rank`] on
//! its own list joined with these).

use crate::auth::dnsbl::DnsblStatus;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::phrases::spf::Spf;
use crate::i18n::phrases::verdicts::Verdicts;
use crate::i18n::text::{Arg, Text};
use crate::i18n::{Lang, Msg};
use crate::report::antispam::{AntispamHeader, Side};
pub use crate::report::summary::{Cause, Severity, SummaryItem};
use crate::report::{AuthResult, Report};
use crate::tr;
use crate::trace::StepKind;

/// How many items are shown at once; the rest are folded ("N more").
pub const SHOWN: usize = 5;

/// Ranks the items (see `crate::report::summary`), folds identical ones,
/// and numbers them: `rank` from 1, `shown` for the first [`SHOWN`].
pub fn rank(mut items: Vec<SummaryItem>) -> Vec<SummaryItem> {
    items.sort_by_key(|i| {
        let verdict_first = i.cause != Cause::ReceiverVerdict;
        (weight(i.severity), verdict_first, i.severity, i.cause)
    });
    let mut out = collapse(items);
    for (n, i) in out.iter_mut().enumerate() {
        i.rank = n + 1;
        i.shown = n < SHOWN;
    }
    out
}

/// Items that count against the message first, then the ones worth
/// knowing, then what went right.
fn weight(s: Severity) -> u8 {
    match s {
        Severity::Critical | Severity::Warning => 0,
        Severity::Info => 1,
        Severity::Ok => 2,
    }
}

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

fn item(severity: Severity, cause: Cause, m: Text, link: impl Into<String>) -> SummaryItem {
    SummaryItem {
        text: m,
        severity,
        cause,
        link: link.into(),
        ..Default::default()
    }
}

impl SummaryItem {
    /// The same item with what the sender's administrator can do.
    fn with_action(mut self, action: Text) -> SummaryItem {
        self.action = Some(action);
        self
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
    microsoft_reasons(r, &mut out);
    antispam_reasons(r, &mut out);
    spf_reasons(r, &mut out);
    dkim_reasons(r, &mut out);
    arc_reasons(r, &mut out);
    dmarc_reasons(r, &mut out);
    dnsbl_reasons(r, &mut out);
    iprev_reasons(r, &mut out);
    receiver_reasons(r, &mut out);
    chain_reasons(r, &mut out);
    dnssec_reasons(r, &mut out);
    out.extend(crate::triage::summary_items(r));
    rank(out)
}

/// The DKIM keys and DMARC policies a resolver gave without vouching for
/// them with DNSSEC (no AD bit): the verdicts rest on answers that could
/// have been altered on the way. Offline records and zones were asked of
/// no resolver and are not counted.
fn dnssec_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let unvalidated: Vec<(usize, &str)> = r
        .dns
        .iter()
        .enumerate()
        .filter(|(_, q)| q.rtype == crate::dns::RType::Txt && !q.answers.is_empty())
        .filter(|(_, q)| q.name.contains("._domainkey.") || q.name.starts_with("_dmarc."))
        .filter(|(_, q)| q.dnssec == Some(false))
        .map(|(i, q)| (i, q.name.as_str()))
        .collect();
    let Some((first, _)) = unvalidated.first() else {
        return;
    };
    let names: Vec<&str> = unvalidated.iter().map(|(_, n)| *n).collect();
    out.push(
        item(
            Severity::Info,
            Cause::Other,
            msg(
                Msg::SumDnssecUnvalidated,
                [("names", data(names.join(", ")))],
            ),
            format!("dns[{first}]"),
        )
        .with_action(tr!(Verdicts::DoDnssec)),
    );
}

/// The From domain the sender's administrator is responsible for.
fn from_domain(r: &Report) -> String {
    r.dmarc
        .from_domains
        .first()
        .cloned()
        .or_else(|| r.identities.from_domain.clone())
        .unwrap_or_default()
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
    let domain = if r.spf.domain.is_empty() {
        from_domain(r)
    } else {
        r.spf.domain.clone()
    };
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
            out.push(
                item(
                    if r.spf.result == AuthResult::Fail {
                        Severity::Critical
                    } else {
                        Severity::Warning
                    },
                    Cause::Authentication,
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
                )
                .with_action(Text::new(
                    crate::i18n::text::Key::Core(Verdicts::DoSpfFail.phrase()),
                    vec![("ip".into(), ip_arg()), ("domain".into(), data(&domain))],
                )),
            );
        }
        AuthResult::PermError => {
            let explanation = r.spf.explanation.clone().unwrap_or_default();
            out.push(
                item(
                    Severity::Warning,
                    Cause::Authentication,
                    msg(
                        Msg::SumSpfPermError,
                        [
                            ("domain", data(&r.spf.domain)),
                            ("explanation", sentence(&explanation)),
                        ],
                    ),
                    step_link("spf.trace", &r.spf.trace, |s| s.kind == StepKind::Error),
                )
                .with_action(tr!(Verdicts::DoSpfPermError, domain = domain)),
            )
        }
        AuthResult::TempError => out.push(
            item(
                Severity::Info,
                Cause::Authentication,
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
            )
            .with_action(tr!(Verdicts::DoDnsAnswers, domain = domain)),
        ),
        _ => {}
    }
}

/// DKIM: a broken body hash first, then any other failure.
fn dkim_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    for (i, k) in r.dkim.iter().enumerate() {
        let link = format!("dkim[{i}].trace");
        if k.body_hash_matches == Some(false) {
            out.push(
                item(
                    Severity::Warning,
                    Cause::Authentication,
                    msg(Msg::SumDkimBodyHash, [("domain", data(&k.domain))]),
                    link,
                )
                .with_action(tr!(Verdicts::DoDkimBodyHash, domain = k.domain.clone())),
            );
        } else if matches!(
            k.result,
            AuthResult::Fail | AuthResult::PermError | AuthResult::TempError
        ) {
            out.push(
                item(
                    if k.result == AuthResult::Fail {
                        Severity::Warning
                    } else {
                        Severity::Info
                    },
                    Cause::Authentication,
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
                )
                .with_action(if k.result == AuthResult::TempError {
                    tr!(Verdicts::DoDnsAnswers, domain = k.domain.clone())
                } else {
                    tr!(
                        Verdicts::DoDkimFail,
                        selector = k.selector.clone(),
                        domain = k.domain.clone()
                    )
                }),
            );
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
            Cause::Authentication,
            m,
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    } else if a.result == AuthResult::Fail {
        out.push(item(
            Severity::Info,
            Cause::Authentication,
            msg(Msg::SumArcBroken, [("reason", sentence(&a.reason))]),
            step_link("arc.trace", &a.trace, |s| s.kind == StepKind::Result),
        ));
    }
}

/// DMARC: the verdict, a missing record, RFC disagreements, unauthorized
/// report addresses.
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
        out.push(
            item(
                sev,
                Cause::Authentication,
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
            )
            .with_action(tr!(Verdicts::DoDmarcFail, from = from_domain(r))),
        );
    } else if d.result == AuthResult::Pass {
        let aligned_key = match (d.spf_aligned, d.dkim_aligned) {
            (true, true) => Msg::SumBothAligned,
            (true, false) => Msg::SumSpfAligned,
            _ => Msg::SumDkimAligned,
        };
        out.push(item(
            Severity::Ok,
            Cause::Authentication,
            msg(
                Msg::SumDmarcPass,
                [
                    ("from", data(d.from_domains.join(", "))),
                    ("aligned", sub(aligned_key, [])),
                ],
            ),
            "dmarc.trace",
        ));
    } else if d.result == AuthResult::None && no_dmarc_record(d) {
        let domain = from_domain(r);
        out.push(
            item(
                Severity::Warning,
                Cause::Authentication,
                tr!(Verdicts::NoDmarcRecord, domain = domain.clone()),
                step_link("dmarc.trace", &d.trace, |s| s.kind == StepKind::Result),
            )
            .with_action(tr!(Verdicts::DoDmarcMissing, domain = domain)),
        );
    }
    if !d.differences.is_empty() {
        out.push(item(
            Severity::Info,
            Cause::Authentication,
            msg(
                Msg::SumRfcsDisagree,
                [("differences", sentences(&d.differences))],
            ),
            "dmarc.differences",
        ));
    }
    for (i, a) in d.report_authorization.iter().enumerate() {
        if a.authorized == Some(false) {
            out.push(
                item(
                    Severity::Info,
                    Cause::Authentication,
                    msg(
                        Msg::SumReportsUnauthorized,
                        [
                            ("domain", data(&a.domain)),
                            ("uri", data(&a.uri)),
                            ("query", data(&a.query)),
                        ],
                    ),
                    format!("dmarc.report_authorization[{i}]"),
                )
                .with_action(tr!(
                    Verdicts::DoReportsUnauthorized,
                    uri = a.uri.clone(),
                    query = a.query.clone(),
                    domain = a.domain.clone()
                )),
            );
        }
    }
}

/// The evaluation looked and found no DMARC record for the From domain
/// (not: it did not look, as without DNS).
fn no_dmarc_record(d: &crate::report::DmarcReport) -> bool {
    d.trace
        .iter()
        .flat_map(|s| s.walk())
        .any(|s| s.text.is(Dmarc::ResultNoRecord.phrase()))
}

/// The receiver's own headers: what a header reporting the sending
/// organization's view, or written before the boundary, says is never the
/// receiver's verdict.
fn receivers_own(r: &Report) -> impl Iterator<Item = (usize, &AntispamHeader)> {
    r.antispam
        .iter()
        .enumerate()
        .filter(|(_, h)| h.side == Side::Receiver)
}

fn field<'a>(h: &'a AntispamHeader, key: &str) -> Option<&'a str> {
    h.fields
        .iter()
        .find(|f| f.key.eq_ignore_ascii_case(key))
        .map(|f| f.value.as_str())
}

/// Microsoft's headers of the receiver, as ONE item: SFV, CAT, SCL (from
/// X-Forefront-Antispam-Report or X-MS-Exchange-Organization-SCL), BCL
/// (X-Microsoft-Antispam), and the folder (X-Microsoft-Antispam-Mailbox-Delivery).
fn microsoft_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let ms: Vec<(usize, &AntispamHeader)> = receivers_own(r)
        .filter(|(_, h)| {
            h.engine == "Microsoft" && !h.header.eq_ignore_ascii_case("Authentication-Results")
        })
        .collect();
    let first = |key: &str| ms.iter().find_map(|(_, h)| field(h, key));
    let sfv = first("SFV").map(|s| s.to_ascii_uppercase());
    let scl = first("SCL").and_then(|s| s.trim().parse::<i32>().ok());
    let cat = first("CAT")
        .map(|s| s.to_ascii_uppercase())
        .filter(|c| c != "NONE");
    let bcl = first("BCL").and_then(|s| s.trim().parse::<i32>().ok());
    let dest = first("dest").map(|s| s.to_ascii_uppercase());
    let spam = ms.iter().any(|(_, h)| h.spam == Some(true));
    let bulky = bcl.is_some_and(|b| b >= 4);
    if !spam && !bulky {
        return;
    }
    let mut codes = Vec::new();
    if let Some(s) = &sfv {
        codes.push(format!("SFV:{s}"));
    }
    if let Some(n) = scl {
        codes.push(format!("SCL {n}"));
    }
    if let Some(c) = &cat {
        codes.push(format!("CAT:{c}"));
    }
    let bulk = match bcl.filter(|_| bulky) {
        Some(b) => Arg::sentence(tr!(Verdicts::MsBulkPart, meaning = bcl_meaning_text(b))),
        None => data(""),
    };
    let folder = match dest.as_deref() {
        Some("J") => Arg::sentence(tr!(Verdicts::MsJunkFolderPart)),
        Some("I") => Arg::sentence(tr!(Verdicts::MsInboxPart)),
        _ => data(""),
    };
    let key = if spam {
        Verdicts::MsFiledSpam
    } else {
        Verdicts::MsFiledNotSpam
    };
    let text = Text::new(
        crate::i18n::text::Key::Core(key.phrase()),
        vec![
            ("codes".into(), data(codes.join(", "))),
            ("bulk".into(), bulk),
            ("folder".into(), folder),
        ],
    );
    // The evidence: the header with the filter's verdict (SFV) when there is one.
    let link = ms
        .iter()
        .find(|(_, h)| field(h, "SFV").is_some())
        .or_else(|| {
            ms.iter()
                .find(|(_, h)| h.spam == Some(true) || field(h, "BCL").is_some())
        })
        .map(|(i, _)| format!("antispam[{i}]"))
        .unwrap_or_default();
    let domain = from_domain(r);
    let action = if bulky && cat.as_deref().is_none_or(|c| c == "BULK") {
        tr!(Verdicts::DoBulk, domain = domain)
    } else {
        tr!(Verdicts::DoMsSpam, domain = domain)
    };
    out.push(
        item(
            if spam {
                Severity::Critical
            } else {
                Severity::Warning
            },
            Cause::ReceiverVerdict,
            text,
            link,
        )
        .with_action(action),
    );
}

fn bcl_meaning_text(b: i32) -> Text {
    use crate::i18n::phrases::intake::Intake;
    match b {
        0 => tr!(Intake::BclNone),
        n @ 1..=3 => tr!(Intake::BclFew, level = n),
        n @ 4..=7 => tr!(Intake::BclMixed, level = n),
        n => tr!(Intake::BclMany, level = n),
    }
}

/// The other engines' spam verdicts (SpamAssassin, rspamd, gateways), with
/// their top tests; only the receiver's own headers, one item per engine
/// (X-Spam-Flag and X-Spam-Status are one verdict): the header that says
/// the most (tests, then a score) stands for it.
fn antispam_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let spam: Vec<(usize, &AntispamHeader)> = receivers_own(r)
        .filter(|(_, h)| h.engine != "Microsoft" && h.spam == Some(true))
        .collect();
    let says = |h: &AntispamHeader| (!h.tests.is_empty(), h.score.is_some());
    for (i, h) in spam.iter().copied() {
        let best = spam
            .iter()
            .filter(|(_, o)| o.engine == h.engine)
            .max_by_key(|(j, o)| (says(o), std::cmp::Reverse(*j)))
            .map(|(j, _)| *j);
        if best != Some(i) {
            continue;
        }
        let verdict = match &h.verdict {
            Some(v) => sentence(v),
            None => sub(Msg::SumMarkedSpam, [("engine", data(&h.engine))]),
        };
        let mut tests_arg = data("");
        let mut top = String::new();
        let mut tests: Vec<&crate::message::antispam::SpamTest> = h
            .tests
            .iter()
            .filter(|t| t.score.is_none_or(|s| s > 0.0))
            .collect();
        tests.sort_by(|a, b| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)));
        if !tests.is_empty() {
            top = tests
                .iter()
                .take(5)
                .map(|t| match t.score {
                    Some(s) => format!("{}={s}", t.name),
                    None => t.name.clone(),
                })
                .collect::<Vec<_>>()
                .join(", ");
            tests_arg = sub(Msg::SumSpamTests, [("tests", data(&top))]);
        }
        let action = if top.is_empty() {
            tr!(Verdicts::DoSpamGeneric, engine = h.engine.clone())
        } else {
            tr!(Verdicts::DoSpamTests, tests = top)
        };
        out.push(
            item(
                Severity::Critical,
                Cause::ReceiverVerdict,
                msg(
                    Msg::SumSpamHeader,
                    [
                        ("header", data(&h.header)),
                        ("verdict", verdict),
                        ("tests", tests_arg),
                    ],
                ),
                format!("antispam[{i}]"),
            )
            .with_action(action),
        );
    }
}

/// Blocklist listings, and the blocklists that refused to answer.
fn dnsbl_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    let ip_arg = || client_ip_arg(r);
    for (i, b) in r.dnsbl.iter().enumerate() {
        match b.status {
            DnsblStatus::Listed => out.push(
                item(
                    Severity::Critical,
                    Cause::Reputation,
                    msg(
                        Msg::SumDnsblListed,
                        [
                            ("ip", ip_arg()),
                            ("zone", data(&b.zone)),
                            ("meaning", sentences(&b.meaning)),
                        ],
                    ),
                    format!("dnsbl[{i}]"),
                )
                .with_action(Text::new(
                    crate::i18n::text::Key::Core(Verdicts::DoDnsbl.phrase()),
                    vec![("zone".into(), data(&b.zone)), ("ip".into(), ip_arg())],
                )),
            ),
            DnsblStatus::Unknown if b.codes.iter().any(|c| c.starts_with("127.255.255.")) => out
                .push(item(
                    Severity::Info,
                    Cause::Reputation,
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
            let ptr = ipr.ptr_names();
            let (m, action) = if ipr.ptr.is_empty() {
                (
                    msg(Msg::SumNoPtr, [("ip", data(&ipr.ip))]),
                    tr!(Verdicts::DoNoPtr, ip = ipr.ip.clone()),
                )
            } else {
                (
                    msg(
                        Msg::SumPtrMismatch,
                        [("ip", data(&ipr.ip)), ("ptr", data(&ptr))],
                    ),
                    tr!(
                        Verdicts::DoPtrMismatch,
                        ptr = ptr.clone(),
                        ip = ipr.ip.clone()
                    ),
                )
            };
            out.push(
                item(
                    Severity::Warning,
                    Cause::Reputation,
                    m,
                    step_link("iprev.trace", &ipr.trace, |s| s.kind == StepKind::Result),
                )
                .with_action(action),
            );
        }
        if ipr.helo_resolves == Some(false) {
            let helo = ipr.helo.clone().unwrap_or_default();
            out.push(
                item(
                    Severity::Warning,
                    Cause::Reputation,
                    msg(Msg::SumHeloUnknown, [("helo", data(&helo))]),
                    "iprev.trace",
                )
                .with_action(tr!(Verdicts::DoHeloUnknown, helo = helo)),
            );
        }
    }
}

/// Where receivers' Authentication-Results disagree with ours: ONE item per
/// kind of explanation, however many headers and receivers say it.
fn receiver_reasons(r: &Report, out: &mut Vec<SummaryItem>) {
    struct Group<'a> {
        first: (
            usize,
            &'a crate::report::receivers::ReceiverVerdict,
            &'a crate::report::receivers::Comparison,
        ),
        headers: Vec<usize>,
        receivers: Vec<String>,
        methods: Vec<String>,
        explanations: Vec<Text>,
    }
    let mut groups: Vec<Group> = Vec::new();
    for (i, v) in r.receiver_said.iter().enumerate() {
        for c in v.comparisons.iter().filter(|c| !c.agree) {
            // One fact: the same kind of explanation (its catalog entry).
            let kind = c.explanation.key().map(|k| k.name());
            let at = groups
                .iter()
                .position(|g| g.first.2.explanation.key().map(|k| k.name()) == kind);
            let g = match at {
                Some(at) => &mut groups[at],
                None => {
                    groups.push(Group {
                        first: (i, v, c),
                        headers: Vec::new(),
                        receivers: Vec::new(),
                        methods: Vec::new(),
                        explanations: Vec::new(),
                    });
                    let last = groups.len() - 1;
                    &mut groups[last]
                }
            };
            if !g.headers.contains(&i) {
                g.headers.push(i);
            }
            let receiver = v.authserv_id.clone().unwrap_or_else(|| v.header.clone());
            if !g.receivers.contains(&receiver) {
                g.receivers.push(receiver);
            }
            if !g.methods.contains(&c.method) {
                g.methods.push(c.method.clone());
            }
            if !g.explanations.iter().any(|e| e.en() == c.explanation.en()) {
                g.explanations.push(c.explanation.clone());
            }
        }
    }
    for g in groups {
        let (i, v, c) = g.first;
        let text = if g.headers.len() == 1 && g.methods.len() == 1 {
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
            )
        } else {
            Text::new(
                crate::i18n::text::Key::Core(Verdicts::ReceiversDisagree.phrase()),
                vec![
                    ("n".into(), Arg::Count(g.headers.len() as u64)),
                    ("receivers".into(), data(g.receivers.join(", "))),
                    ("methods".into(), data(g.methods.join(", "))),
                    ("explanation".into(), sentences(&g.explanations)),
                ],
            )
        };
        out.push(item(
            Severity::Info,
            Cause::ReceiverDisagreement,
            text,
            format!("receiver_said[{i}]"),
        ));
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
                Cause::Transport,
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
            let by = match &h.by {
                Some(by) => data(by),
                None => sub(Msg::SumTheReceiver, []),
            };
            out.push(
                item(
                    Severity::Info,
                    Cause::Transport,
                    msg(Msg::SumNoTls, [("by", by.clone())]),
                    format!("received.hops[{}]", h.hop - 1),
                )
                .with_action(Text::new(
                    crate::i18n::text::Key::Core(Verdicts::DoNoTls.phrase()),
                    vec![("by".into(), by)],
                )),
            );
        }
    }
}
