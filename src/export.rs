//! Exports for people: the `Authentication-Results` header (RFC 8601) we
//! would write for the message, and the Markdown summary for a helpdesk
//! ticket (the ranked reasons, identities, verdicts and hop table of
//! [`to_markdown`], plus the details a ticket needs).

use crate::i18n::text::Text;
use crate::i18n::{Lang, Msg};
use crate::report::{AuthResult, Report};
use crate::summary::Severity;

/// The authserv-id written when none is given.
pub const DEFAULT_AUTHSERV_ID: &str = "headerscope";

/// RFC 2045 `tspecials`: not allowed in a token.
const TSPECIALS: &str = "()<>@,;:\\\"/[]?=";

fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_graphic() && !TSPECIALS.contains(c))
}

/// RFC 5322 `atext` (plus `.` for dot-atoms).
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c)
}

/// A `pvalue` (RFC 8601 §2.2): a token, `local-part@domain` / `@domain`, or
/// else a quoted-string. Quotes and backslashes inside are dropped rather
/// than escaped: such a value came from a malformed message, and many
/// receivers' parsers do not undo quoted-pairs.
fn pvalue(s: &str) -> String {
    let ok_addr = match s.split_once('@') {
        Some((local, domain)) => {
            local.chars().all(is_atext)
                && !domain.is_empty()
                && domain
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        }
        None => false,
    };
    if is_token(s) || ok_addr {
        s.to_string()
    } else {
        quoted(s)
    }
}

fn quoted(s: &str) -> String {
    let inner: String = s
        .chars()
        .filter(|&c| c != '"' && c != '\\')
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!(
        "\"{}\"",
        inner.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// A comment: parentheses and backslashes inside become brackets and slashes,
/// so the comment cannot end early or nest by accident.
fn comment(s: &str) -> String {
    let inner: String = s
        .chars()
        .map(|c| match c {
            '(' => '[',
            ')' => ']',
            '\\' => '/',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!(
        "({})",
        inner.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// One `method=result` clause being built.
struct Clause {
    text: String,
}

impl Clause {
    fn new(method: &str, result: &str) -> Clause {
        Clause {
            text: format!("{method}={result}"),
        }
    }
    fn comment(mut self, c: &str) -> Clause {
        self.text.push(' ');
        self.text.push_str(&comment(c));
        self
    }
    /// `reason=` must come before the properties (RFC 8601 §2.2 `resinfo`).
    fn reason(mut self, r: &str) -> Clause {
        if !r.trim().is_empty() {
            self.text.push_str(" reason=");
            self.text.push_str(&quoted(r));
        }
        self
    }
    fn prop(mut self, ptype: &str, property: &str, value: &str) -> Clause {
        if !value.is_empty() {
            self.text
                .push_str(&format!(" {ptype}.{property}={}", pvalue(value)));
        }
        self
    }
}

/// ARC's chain status has three values (RFC 8617 §4.4); an error is a chain that did not validate.
fn arc_word(r: AuthResult) -> &'static str {
    match r {
        AuthResult::Pass => "pass",
        AuthResult::None => "none",
        _ => "fail",
    }
}

/// The DMARC disposition as the `dis=` word receivers write: the policy
/// applied to a failing message.
fn dis_word(result: AuthResult, applied: Option<&str>) -> &'static str {
    match (result, applied) {
        (AuthResult::Pass, _) => "none",
        (_, Some("reject")) => "reject",
        (_, Some("quarantine")) => "quarantine",
        _ => "none",
    }
}

/// The value of the `Authentication-Results` header we would write, on one
/// line: `authserv-id; spf=…; dkim=…; arc=…; dmarc=…; iprev=…`.
///
/// An `authserv_id` that is not a token is replaced by [`DEFAULT_AUTHSERV_ID`].
pub fn authentication_results_value(report: &Report, authserv_id: &str) -> String {
    let id = if is_token(authserv_id.trim()) {
        authserv_id.trim()
    } else {
        DEFAULT_AUTHSERV_ID
    };
    let mut clauses: Vec<String> = Vec::new();

    // SPF was evaluated only when the client IP was known.
    let spf = &report.spf;
    if report.identities.ip.is_some() {
        let mut c = Clause::new("spf", spf.result.as_str());
        if spf.result != AuthResult::Pass {
            if let Some(e) = &spf.explanation {
                c = c.comment(&e.en());
            }
        }
        let mail_from = report.identities.mail_from.clone().unwrap_or_default();
        c = if mail_from.is_empty() {
            // Null sender: the HELO identity was checked (RFC 7208 §2.4).
            c.prop(
                "smtp",
                "helo",
                report.identities.helo.as_deref().unwrap_or(""),
            )
        } else {
            c.prop("smtp", "mailfrom", &mail_from)
        };
        clauses.push(c.text);
    }

    if report.dkim.is_empty() {
        clauses.push(Clause::new("dkim", "none").comment("no signature").text);
    }
    for d in &report.dkim {
        let mut c = Clause::new("dkim", d.result.as_str());
        if let (Some(bits), Some(kind)) = (d.key_bits, &d.key_type) {
            c = c.comment(&format!("{bits}-bit {kind} key"));
        }
        if d.result != AuthResult::Pass {
            c = c.reason(&d.reason.en());
        }
        c = c
            .prop("header", "d", &d.domain)
            .prop("header", "i", &d.auid)
            .prop("header", "s", &d.selector)
            .prop("header", "a", &d.algorithm);
        c = c.prop("header", "b", &d.header_b);
        clauses.push(c.text);
    }

    let arc = &report.arc;
    let mut c = Clause::new("arc", arc_word(arc.result));
    match arc.instances.len() {
        0 => {}
        1 => c = c.comment("1 ARC set"),
        n => c = c.comment(&format!("{n} ARC sets")),
    }
    if arc.result != AuthResult::Pass && arc.result != AuthResult::None {
        c = c.reason(&arc.reason.en());
    }
    if let Some(oldest) = arc.oldest_pass {
        c = c.prop("header", "oldest-pass", &oldest.to_string());
    }
    if !arc.instances.is_empty() {
        c = c.prop(
            "smtp",
            "remote-ip",
            report.identities.ip.as_deref().unwrap_or(""),
        );
    }
    clauses.push(c.text);

    let dm = &report.dmarc;
    let mut c = Clause::new("dmarc", dm.result.as_str());
    if let Some(p) = &dm.policy {
        c = c.comment(&format!(
            "p={p} dis={}",
            dis_word(dm.result, dm.rfc9989.applied_policy.as_deref())
        ));
    }
    let from = dm
        .from_domains
        .first()
        .cloned()
        .or_else(|| report.identities.from_domain.clone())
        .unwrap_or_default();
    clauses.push(c.prop("header", "from", &from).text);

    if let Some(ip) = &report.iprev {
        let mut c = Clause::new("iprev", ip.result.as_str());
        if let Some(name) = &ip.name {
            c = c.comment(name);
        }
        clauses.push(c.prop("policy", "iprev", &ip.ip).text);
    }

    let mut out = id.to_string();
    for c in clauses {
        out.push_str("; ");
        out.push_str(&c);
    }
    out
}

/// The whole header field, folded before each clause for reading
/// (`\n\t`: the display form; a mail system writes CRLF).
pub fn authentication_results_header(report: &Report, authserv_id: &str) -> String {
    let value = authentication_results_value(report, authserv_id);
    format!("Authentication-Results: {}", value.replace("; ", ";\n\t"))
}

fn verdict_line(label: &str, result: AuthResult, detail: &str) -> String {
    if detail.is_empty() {
        format!("| {label} | **{result}** | |\n")
    } else {
        format!("| {label} | **{result}** | {} |\n", cell(detail))
    }
}

/// Text for a Markdown table cell: no line breaks, no column separators.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The summary as Markdown for a helpdesk ticket.
pub fn to_markdown(r: &Report) -> String {
    to_markdown_in(r, Lang::En)
}

/// [`to_markdown`] in `lang`, for a ticket written in that language: the
/// labels from the app catalog, the core's sentences through
/// `i18n::phrases::translate`; names, addresses and RFC words as they are.
pub fn to_markdown_in(r: &Report, lang: Lang) -> String {
    let core = |t: &Text| t.render(lang);
    let mut s = String::new();
    s.push_str(&format!("## {}\n\n", lang.t(Msg::MdWhy)));
    if r.summary.is_empty() {
        s.push_str(lang.t(Msg::MdNoProblems));
        s.push('\n');
    }
    for i in &r.summary {
        let word = match i.severity {
            Severity::Critical => Msg::SevCritical,
            Severity::Warning => Msg::SevWarning,
            Severity::Info => Msg::SevInfo,
            Severity::Ok => Msg::SevOk,
        };
        s.push_str(&format!(
            "- **{}**: {} _({} `{}`)_\n",
            lang.t(word),
            i.counted_text_in(lang).replace('\n', " "),
            lang.t(Msg::MdSee),
            i.link
        ));
        if let Some(action) = &i.action {
            s.push_str(&format!(
                "  - {}: {}\n",
                lang.t(Msg::SummaryWhatToDo),
                action.render(lang).replace('\n', " ")
            ));
        }
    }
    s.push_str(&format!("\n### {}\n\n", lang.t(Msg::MdIdentities)));
    let id = &r.identities;
    let row = |k: &str, v: &Option<String>, src: &Text| {
        format!(
            "| {k} | {} | {} |\n",
            v.clone().unwrap_or_else(|| "—".into()),
            core(src)
        )
    };
    s.push_str(&format!(
        "| | {} | {} |\n|---|---|---|\n",
        lang.t(Msg::MdValue),
        lang.t(Msg::MdSource)
    ));
    s.push_str(&row(lang.t(Msg::MdClientIp), &id.ip, &id.sources.ip));
    s.push_str(&row("HELO", &id.helo, &id.sources.helo));
    s.push_str(&row("MAIL FROM", &id.mail_from, &id.sources.mail_from));
    s.push_str(&row(
        lang.t(Msg::MdFromDomain),
        &id.from_domain,
        &id.sources.from_domain,
    ));
    s.push_str(&format!("\n### {}\n\n", lang.t(Msg::MdVerdicts)));
    s.push_str(&format!("- SPF: {} ({})\n", r.spf.result, r.spf.domain));
    for k in &r.dkim {
        s.push_str(&format!(
            "- DKIM d={} s={}: {}\n",
            k.domain, k.selector, k.result
        ));
    }
    let d = &r.dmarc;
    for (rules, result, policy, disposition) in [
        ("RFC 9989", d.result, &d.policy, &d.disposition),
        (
            "RFC 7489",
            d.rfc7489.result,
            &d.rfc7489.policy,
            &d.rfc7489.disposition,
        ),
    ] {
        s.push_str(&format!(
            "- DMARC ({rules}): {result} policy={} → {}\n",
            policy.clone().unwrap_or_else(|| "none".into()),
            core(disposition)
        ));
    }
    if !r.received.hops.is_empty() {
        s.push_str(&format!(
            "\n### {}\n\n| {} | {} | {} | {} | TLS | {} |\n|---|---|---|---|---|---|\n",
            lang.t(Msg::MdReceivedChain),
            lang.t(Msg::MdHop),
            lang.t(Msg::MdFrom),
            lang.t(Msg::MdBy),
            lang.t(Msg::MdWith),
            lang.t(Msg::MdDelay)
        ));
        for h in &r.received.hops {
            s.push_str(&format!(
                "| {}{} | {} {} | {} | {} | {} | {} |\n",
                h.hop,
                if h.boundary {
                    format!(" ({})", lang.t(Msg::MdBoundary))
                } else {
                    String::new()
                },
                h.from.clone().unwrap_or_default(),
                h.from_ip
                    .clone()
                    .map(|i| format!("[{i}]"))
                    .unwrap_or_default(),
                h.by.clone().unwrap_or_default(),
                h.with.clone().unwrap_or_default(),
                if h.tls {
                    h.tls_version
                        .clone()
                        .unwrap_or_else(|| lang.t(Msg::MdYes).into())
                } else {
                    lang.t(Msg::MdNo).into()
                },
                match h.delay_secs {
                    Some(d) if d < 0 => format!("{d} s ({})", lang.t(Msg::MdClockSkew)),
                    Some(d) => format!("{d} s"),
                    None => "—".into(),
                }
            ));
        }
    }
    triage_markdown(&mut s, r, lang);
    crate::limits::elide_lines(&s, crate::Limits::default().shown_line_chars, lang)
}

/// The Markdown for a helpdesk ticket: [`to_markdown`]
/// (ranked reasons, identities, verdicts, hop table) followed by what a
/// ticket also needs: why each check came out as it did, iprev, the
/// notices, how DNS was answered, and the Authentication-Results header.
pub fn helpdesk_markdown(report: &Report, authserv_id: &str) -> String {
    helpdesk_markdown_in(report, authserv_id, Lang::En)
}

/// [`helpdesk_markdown`] in `lang` (the app exports in the reader's
/// language); the Authentication-Results header stays as a receiver writes it.
pub fn helpdesk_markdown_in(report: &Report, authserv_id: &str, lang: Lang) -> String {
    let core = |t: &Text| t.render(lang);
    let mut s = to_markdown_in(report, lang);
    if !s.ends_with('\n') {
        s.push('\n');
    }
    let summary_end = s.len();
    s.push_str(&format!(
        "\n### {}\n\n| {} | {} | {} |\n|---|---|---|\n",
        lang.t(Msg::MdDetails),
        lang.t(Msg::MdCheck),
        lang.t(Msg::MdResult),
        lang.t(Msg::MdWhyCol)
    ));
    let spf_detail = match &report.spf.explanation {
        Some(e) => format!("{} — {}", report.spf.domain, core(e)),
        None => report.spf.domain.clone(),
    };
    s.push_str(&verdict_line("SPF", report.spf.result, &spf_detail));
    if let Some(h) = report.spf.helo_result {
        s.push_str(&verdict_line(
            "SPF (HELO)",
            h,
            report.identities.helo.as_deref().unwrap_or(""),
        ));
    }
    for d in &report.dkim {
        let key = match (d.key_bits, &d.key_type) {
            (Some(b), Some(k)) => format!(" ({b}-bit {k})"),
            _ => String::new(),
        };
        s.push_str(&verdict_line(
            &format!("DKIM d={} s={}{key}", d.domain, d.selector),
            d.result,
            &core(&d.reason),
        ));
    }
    s.push_str(&verdict_line(
        "ARC",
        report.arc.result,
        &core(&report.arc.reason),
    ));
    s.push_str(&verdict_line(
        "DMARC",
        report.dmarc.result,
        &core(&report.dmarc.disposition),
    ));
    if let Some(ip) = &report.iprev {
        let detail = match &ip.name {
            Some(n) => format!("{} → {n}", ip.ip),
            None => ip.ip.clone(),
        };
        s.push_str(&verdict_line("iprev", ip.result, &detail));
    }
    if !report.notices.is_empty() {
        s.push_str(&format!("\n### {}\n\n", lang.t(Msg::MdNotices)));
        for n in &report.notices {
            s.push_str(&format!("- {}\n", cell(&core(n))));
        }
    }
    s.push_str("\n### DNS\n\n");
    let run = &report.run;
    let n = report.dns.len();
    if !run.resolver.is_empty() {
        s.push_str(&lang.f(
            Msg::MdQueriesBy,
            &[("n", &n), ("resolver", &cell(&run.resolver))],
        ));
        if run.offline {
            s.push(' ');
            s.push_str(lang.t(Msg::MdOffline));
        }
        s.push('\n');
    } else {
        s.push_str(&lang.f(Msg::MdQueries, &[("n", &n)]));
        s.push('\n');
    }
    if run.now != 0 {
        s.push_str(&lang.f(Msg::MdJudgedAt, &[("now", &run.now)]));
        s.push('\n');
    }
    s.push_str(&format!("\n### {}\n\n```\n", lang.t(Msg::MdArWeWouldWrite)));
    s.push_str(&authentication_results_header(report, authserv_id));
    s.push_str("\n```\n");
    // The summary part is cut already; cutting it twice would miscount.
    let rest = s.split_off(summary_end);
    s.push_str(&crate::limits::elide_lines(
        &rest,
        crate::Limits::default().shown_line_chars,
        lang,
    ));
    s
}

/// A print stylesheet for the report page: no navigation or buttons, traces
/// expanded, tables and steps kept whole across pages, links spelled out.
///
/// One source: this is www/print.css, which index.html also links for the page.
pub const PRINT_CSS: &str = include_str!("../www/print.css");

/// The sender requirements as a table and the security findings as a list.
fn triage_markdown(s: &mut String, r: &Report, lang: Lang) {
    use crate::triage::{bulk_label, rule_label, status_label, who_label};
    let req = &r.requirements;
    if !req.lines.is_empty() {
        s.push_str(&format!(
            "\n### {}\n\n{}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
            lang.t(Msg::ReqTitle),
            bulk_label(req).render(lang),
            lang.t(Msg::ReqColRule),
            lang.t(Msg::ReqColWho),
            lang.t(Msg::ReqColStatus),
            lang.t(Msg::ReqColWhy)
        ));
        for line in &req.lines {
            s.push_str(&format!(
                "| {} | {} | **{}** | {} _({} `{}`)_ |\n",
                cell(&rule_label(line.rule).render(lang)),
                cell(&who_label(line).render(lang)),
                status_label(line.status).render(lang),
                cell(&line.why.render(lang)),
                lang.t(Msg::MdSee),
                line.link
            ));
        }
    }
    if !r.security.is_empty() {
        s.push_str(&format!("\n### {}\n\n", lang.t(Msg::SecTitle)));
        for f in &r.security {
            let word = match f.severity {
                Severity::Critical => Msg::SevCritical,
                Severity::Warning => Msg::SevWarning,
                Severity::Info => Msg::SevInfo,
                Severity::Ok => Msg::SevOk,
            };
            let evidence = f
                .evidence
                .iter()
                .map(|e| format!("{}: `{}`", e.header, e.value.replace('`', "'")))
                .collect::<Vec<_>>()
                .join("; ");
            s.push_str(&format!(
                "- **{}**: {} {}: {} ({})\n",
                lang.t(word),
                f.text.render(lang).replace('\n', " "),
                lang.t(Msg::SecWhyMatters),
                f.why.render(lang).replace('\n', " "),
                evidence
            ));
        }
    }
}
