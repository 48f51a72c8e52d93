//! SPF record builder and linter.
//!
//! The linter is a record-structure walker, not an evaluator: it follows
//! every `include:` and `redirect=` through DNS (all of one record's lookups
//! concurrently), counts the DNS-querying terms against the limit of 10 and
//! the void lookups against the limit of 2 (RFC 7208 §4.6.4), and lists the
//! address ranges each record authorizes. It is kept apart from the evaluator
//! in `auth::spf` on purpose: it looks at every branch, where an evaluator
//! stops at the first match. It reads each record, and each term of the
//! lint, with the evaluator's parser (`auth::spf::parse`), so both follow
//! the same terms and refuse the same ones.

use super::{
    has_finding, parse_typed_strings, split_strings, zone_quote, Finding, FindingSeverity,
};
use crate::auth::spf::parse::{
    is_spf_record, parse_record, parse_record_diagnosed, read_term, read_terms, Diagnostic,
    Directive, MacroString, Mechanism, SyntaxError, TermRead,
};
use crate::dns::{normalize_name, Answer, DnsError, QueryLog, RType, Rcode, Recorder, Resolver};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::Text;
use crate::tr;
use futures::future::{join_all, FutureExt, LocalBoxFuture};
use serde::{Deserialize, Serialize};
use std::net::{Ipv4Addr, Ipv6Addr};

/// RFC 7208 §4.6.4.
pub const LOOKUP_LIMIT: u32 = 10;
pub const VOID_LIMIT: u32 = 2;
/// Per `mx` term, at most 10 exchanges may be looked up (RFC 7208 §4.6.4).
pub const MX_NAME_LIMIT: usize = 10;
/// Guards against include loops that the lookup limit would stop in a real evaluation.
const MAX_DEPTH: usize = 12;

/// The one qualifier type, shared with the evaluator.
pub use crate::auth::spf::parse::Qualifier;

/// The builder form. Empty fields are left out of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SpfForm {
    pub mx: bool,
    pub a: bool,
    /// Addresses or CIDR ranges (`192.0.2.0/24`).
    #[serde(default)]
    pub ip4: Vec<String>,
    #[serde(default)]
    pub ip6: Vec<String>,
    /// Domains to include (`_spf.google.com`), without the `include:` prefix.
    #[serde(default)]
    pub includes: Vec<String>,
    /// The `all` term's qualifier; `None` leaves `all` out (needed with `redirect`).
    pub all: Option<Qualifier>,
    /// Domain for `redirect=`; only used when `all` is `None`.
    #[serde(default)]
    pub redirect: Option<String>,
}

/// What the builder produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpfBuild {
    /// The record as one line.
    pub record: String,
    /// The record as ≤255-octet strings, zone-file quoted (`"v=spf1 ..." "..."`).
    pub zone_value: String,
    /// Problems with the form's input and lint findings on the result.
    pub findings: Vec<Finding>,
}

/// Writes the record the form describes and lints it (statically).
pub fn build(form: &SpfForm) -> SpfBuild {
    let mut findings = Vec::new();
    let mut terms = vec!["v=spf1".to_string()];
    if form.a {
        terms.push("a".into());
    }
    if form.mx {
        terms.push("mx".into());
    }
    for (prefix, list) in [("ip4", &form.ip4), ("ip6", &form.ip6)] {
        for raw in list.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            let term = format!("{prefix}:{raw}");
            match term_refused(&term) {
                None => terms.push(term),
                Some(e) => findings.push(Finding::error(
                    "spf.form-bad-ip",
                    tr!(
                        Spf::FormIpLeftOut,
                        mechanism = prefix,
                        entry = raw,
                        error = e
                    ),
                )),
            }
        }
    }
    for inc in form
        .includes
        .iter()
        .map(|s| s.trim().trim_start_matches("include:"))
        .filter(|s| !s.is_empty())
    {
        let term = format!("include:{}", inc.trim_end_matches('.'));
        match term_refused(&term) {
            None => terms.push(term),
            Some(e) => findings.push(Finding::error(
                "spf.form-bad-domain",
                tr!(Spf::FormIncludeLeftOut, entry = inc, error = e),
            )),
        }
    }
    let redirect = form
        .redirect
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match (form.all, redirect) {
        (Some(q), Some(r)) => {
            terms.push(format!("{}all", q.symbol()));
            findings.push(
                Finding::warning(
                    "spf.form-redirect-dropped",
                    tr!(Spf::FormRedirectDropped, domain = r),
                )
                .with_fix(tr!(Spf::FixAllOrRedirect)),
            );
        }
        (Some(q), None) => terms.push(format!("{}all", q.symbol())),
        (None, Some(r)) => match term_refused(&format!("redirect={}", r.trim_end_matches('.'))) {
            None => terms.push(format!("redirect={}", r.trim_end_matches('.'))),
            Some(e) => findings.push(Finding::error(
                "spf.form-bad-domain",
                tr!(Spf::FormRedirectLeftOut, entry = r, error = e),
            )),
        },
        (None, None) => {}
    }
    let record = terms.join(" ");
    findings.extend(lint_text(&record));
    SpfBuild {
        zone_value: zone_quote(&split_strings(&record, 255)),
        record,
        findings,
    }
}

/// Why the parser refuses `term`, if it does: the form's entries are read
/// by the same parser as every record.
fn term_refused(term: &str) -> Option<Text> {
    read_term(term).err().map(|e| e.reason)
}

const MECHANISMS: &[&str] = &["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"];

/// Static lint of one record's text (the strings already joined). No DNS.
/// Every term is read by the evaluator's parser ([`read_term`]): a term it
/// refuses is an error here, named with a fix; what it accepts gets advice
/// only (`+all`, `ptr`, terms after `all`), never an error of the
/// linter's own, so the linter and the evaluator cannot disagree.
pub fn lint_text(record: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let trimmed = record.trim();
    let first = trimmed.split([' ', '\t']).next().unwrap_or("");
    if !first.eq_ignore_ascii_case("v=spf1") {
        out.push(
            Finding::error("spf.no-version", tr!(Spf::LintNoVersion, first = first))
                .with_fix(tr!(Spf::FixBeginWithVersion)),
        );
        return out;
    }
    if trimmed.len() > 512 {
        out.push(
            Finding::warning("spf.too-long", tr!(Spf::TooLong, n = trimmed.len()))
                .with_fix(tr!(Spf::FixMoveToSubRecord)),
        );
    }
    let parsed = parse_record_diagnosed(record);
    out.extend(parsed.diagnostics.iter().map(diagnostic_finding));
    let mut walk = TermWalk::default();
    for (raw, read) in read_terms(trimmed) {
        match read {
            // A term a diagnostic above already explains (`ipv4:`, a tab
            // that joined two terms) is not reported twice.
            Err(_) if explained_by(&parsed.diagnostics, raw) => {}
            Err(e) => out.push(term_error(raw, &e)),
            Ok(TermRead::Directive(d)) => walk.directive(&d, &mut out),
            Ok(TermRead::Modifier { name, spec, .. }) => {
                walk.modifier(raw, &name, spec.as_ref(), &mut out)
            }
        }
    }
    walk.record_rules(&mut out);
    if let Err(e) = &parsed.record {
        if e.reason.is(Spf::ModifierTwice.phrase()) {
            out.push(Finding::error(
                "spf.duplicate-modifier",
                tr!(Spf::DuplicateModifier),
            ));
        }
        // The evaluator's parser has the last word: a record it rejects is
        // an error here even when no rule above names the mistake.
        if !out.iter().any(|f| f.severity == FindingSeverity::Error) {
            out.push(Finding::error(
                "spf.permerror",
                tr!(Spf::LintParserRejects, error = e),
            ));
        }
    }
    out
}

/// What the walk over a record's terms has seen, for the rules about the
/// record as a whole.
#[derive(Default)]
struct TermWalk {
    all_seen: bool,
    after_all_reported: bool,
    redirect: bool,
}

impl TermWalk {
    /// Advice on a term the parser accepted.
    fn directive(&mut self, d: &Directive, out: &mut Vec<Finding>) {
        if self.all_seen && !self.after_all_reported {
            self.after_all_reported = true;
            out.push(
                Finding::warning("spf.after-all", tr!(Spf::AfterAll, term = d.raw))
                    .with_fix(tr!(Spf::FixAllLast)),
            );
        }
        match &d.mechanism {
            Mechanism::All => {
                self.all_seen = true;
                match d.qualifier {
                    Qualifier::Pass => out.push(
                        Finding::error("spf.pass-all", tr!(Spf::PassAll))
                            .with_fix(tr!(Spf::FixEndWithFail)),
                    ),
                    Qualifier::Neutral => out.push(
                        Finding::warning("spf.neutral-all", tr!(Spf::NeutralAll))
                            .with_fix(tr!(Spf::FixEndWithFail)),
                    ),
                    _ => {}
                }
            }
            Mechanism::Ptr(_) => out.push(
                Finding::warning("spf.ptr", tr!(Spf::PtrDiscouraged))
                    .with_fix(tr!(Spf::FixReplacePtr)),
            ),
            Mechanism::Include(spec) | Mechanism::Exists(spec) => {
                out.extend(unresolvable_name(&d.raw, spec))
            }
            Mechanism::A {
                domain: Some(spec), ..
            }
            | Mechanism::Mx {
                domain: Some(spec), ..
            } => out.extend(unresolvable_name(&d.raw, spec)),
            _ => {}
        }
    }

    fn modifier(
        &mut self,
        raw: &str,
        name: &str,
        spec: Option<&MacroString>,
        out: &mut Vec<Finding>,
    ) {
        match (name, spec) {
            ("redirect", Some(spec)) => {
                self.redirect = true;
                out.extend(unresolvable_name(raw, spec));
            }
            ("exp", _) => {}
            // A valid (ignored) modifier to the evaluator (§6), but almost
            // always two records pasted into one.
            ("v", _) => out.push(
                Finding::warning("spf.run-together", tr!(Spf::RunTogether, term = raw))
                    .with_fix(tr!(Spf::FixRemoveTerm)),
            ),
            _ => out.push(Finding::info(
                "spf.unknown-modifier",
                tr!(Spf::UnknownModifier, term = raw),
            )),
        }
    }

    fn record_rules(&self, out: &mut Vec<Finding>) {
        if self.redirect && self.all_seen {
            out.push(
                Finding::warning("spf.redirect-with-all", tr!(Spf::RedirectWithAll))
                    .with_fix(tr!(Spf::FixAllOrRedirectRemove)),
            );
        }
        if !self.redirect && !self.all_seen && !has_finding(out, "spf.unknown-mechanism") {
            out.push(Finding::info("spf.no-all", tr!(Spf::NoAll)).with_fix(tr!(Spf::FixEndRecord)));
        }
    }
}

fn explained_by(diagnostics: &[Diagnostic], raw: &str) -> bool {
    diagnostics.iter().any(|d| match d {
        Diagnostic::IpTypo { term, .. } => term == raw,
        Diagnostic::OtherWhitespace => raw.contains(char::is_whitespace),
        Diagnostic::LeadingWhitespace => false,
    })
}

/// The mechanism or modifier name of a term, lowercased (`ip4`, `include`, `redirect`).
fn term_name(raw: &str) -> String {
    let body = raw.trim_start_matches(['+', '-', '~', '?']);
    let end = body.find([':', '/', '=']).unwrap_or(body.len());
    body[..end].to_ascii_lowercase()
}

/// The finding for a term the parser refuses, named by what kind of
/// mistake it is, with a fix where one is known.
fn term_error(raw: &str, e: &SyntaxError) -> Finding {
    let name = term_name(raw);
    let reason = &e.reason;
    let quoted = || tr!(Spf::QuotedTermError, term = raw, error = reason.clone());
    match name.as_str() {
        _ if reason.is(Spf::NotAMechanism.phrase()) => Finding::error(
            "spf.unknown-mechanism",
            tr!(
                Spf::UnknownMechanism,
                term = raw,
                mechanisms = MECHANISMS.join(", ")
            ),
        )
        .with_fix(tr!(Spf::FixRemoveTerm)),
        "ip4" | "ip6" if reason.is(Spf::NeedsAddress.phrase()) => Finding::error(
            "spf.syntax",
            tr!(
                Spf::QuotedNeedsAddress,
                term = raw,
                mechanism = name,
                example = format!("{name}:...")
            ),
        ),
        "ip4" | "ip6" => Finding::error(
            "spf.bad-ip",
            tr!(Spf::BadIpPermerror, term = raw, error = reason.clone()),
        )
        .with_fix(ip_fix(raw, name == "ip6")),
        "include" | "exists" if reason.is(Spf::NeedsDomain.phrase()) => Finding::error(
            "spf.syntax",
            tr!(
                Spf::QuotedNeedsDomain,
                term = raw,
                mechanism = name,
                example = format!("{name}:example.com")
            ),
        ),
        "all" => Finding::error("spf.syntax", tr!(Spf::QuotedAllNoArgument, term = raw)),
        "a" | "mx" if reason.is(Spf::BadPrefixLength.phrase()) => {
            Finding::error("spf.syntax", quoted())
        }
        "a" | "mx" | "ptr" | "include" | "exists" | "redirect" | "exp" => {
            Finding::error("spf.bad-domain", quoted())
        }
        _ => Finding::error("spf.syntax", quoted()),
    }
}

/// An address of the other family gets the other mechanism; anything else
/// needs a valid address.
fn ip_fix(raw: &str, v6: bool) -> Text {
    let arg = raw.split_once(':').map(|(_, a)| a).unwrap_or("");
    let addr = arg.split('/').next().unwrap_or("");
    if !v6 && addr.parse::<Ipv6Addr>().is_ok() {
        tr!(Spf::FixWrite, text = format!("ip6:{arg}"))
    } else if v6 && addr.parse::<Ipv4Addr>().is_ok() {
        tr!(Spf::FixWrite, text = format!("ip4:{arg}"))
    } else {
        tr!(Spf::FixValidAddress)
    }
}

/// A literal name the parser accepts but DNS cannot ask for (a label over
/// 63 octets, a name over 253, an empty label): advice, since the
/// evaluator would only find out when it queries.
fn unresolvable_name(raw: &str, spec: &MacroString) -> Option<Finding> {
    if spec.has_macros() {
        return None;
    }
    let name = spec.raw.trim_end_matches('.');
    let bad = name.len() > 253 || name.split('.').any(|l| l.is_empty() || l.len() > 63);
    bad.then(|| {
        Finding::warning(
            "spf.unresolvable-name",
            tr!(
                Spf::QuotedTermError,
                term = raw,
                error = tr!(Spf::QuotedBadDomain, domain = name)
            ),
        )
    })
}

/// The finding for one of the parser's named mistakes, with its fix.
fn diagnostic_finding(d: &Diagnostic) -> Finding {
    match d {
        Diagnostic::IpTypo { term, fixed } => {
            Finding::error("spf.ip-typo", tr!(Spf::IpTypo, term = term))
                .with_fix(tr!(Spf::FixWrite, text = fixed))
        }
        Diagnostic::OtherWhitespace => {
            Finding::error("spf.whitespace", tr!(Spf::LintOtherWhitespace))
                .with_fix(tr!(Spf::FixSingleSpaces))
        }
        Diagnostic::LeadingWhitespace => {
            Finding::error("spf.leading-space", tr!(Spf::LintLeadingWhitespace))
                .with_fix(tr!(Spf::FixSingleSpaces))
        }
    }
}

/// Lints one TXT value as the user typed it, plain or as quoted zone strings:
/// the static lint plus the string-splitting rules.
pub fn lint_typed(input: &str) -> Vec<Finding> {
    let strings = parse_typed_strings(input);
    let mut out = lint_strings(&strings);
    out.extend(lint_text(&strings.concat()));
    out
}

/// Rules about how one TXT RR's strings carry the record.
fn lint_strings(strings: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(long) = strings.iter().find(|s| s.len() > 255) {
        let joined = strings.concat();
        out.push(
            Finding::error(
                "spf.string-too-long",
                tr!(Spf::StringTooLong, n = long.len()),
            )
            .with_fix(tr!(
                Spf::FixSplitStrings,
                strings = zone_quote(&split_strings(&joined, 255))
            )),
        );
    }
    if strings.len() > 1 {
        let starts_spf = strings
            .first()
            .is_some_and(|s| s.to_ascii_lowercase().starts_with("v=spf1"));
        for (i, s) in strings.iter().enumerate().skip(1) {
            let is_other = looks_like_other_txt(s);
            if is_other || (!starts_spf && s.to_ascii_lowercase().starts_with("v=spf1")) {
                let spf_part: Vec<&String> = strings
                    .iter()
                    .filter(|x| !looks_like_other_txt(x))
                    .collect();
                out.push(
                    Finding::error(
                        "spf.mixed-rr",
                        tr!(Spf::MixedRr, i = i + 1, text = truncate(s, 60)),
                    )
                    .with_fix(tr!(
                        Spf::FixSeparateRecords,
                        strings = zone_quote(&spf_part.into_iter().cloned().collect::<Vec<_>>())
                    )),
                );
                break;
            }
        }
    }
    out
}

/// A string that is clearly some other TXT record (site verification and
/// the like), not a continuation of an SPF record.
fn looks_like_other_txt(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("v=spf1") {
        return false;
    }
    if lower.starts_with("v=") {
        return true;
    }
    match lower.split_once('=') {
        Some((name, _)) => {
            !name.is_empty()
                && !name.contains([' ', ':', '/'])
                && name != "redirect"
                && name != "exp"
                && (name.contains("verification")
                    || name.contains("-site-")
                    || name.contains("domain-verif")
                    || name.ends_with("-verify")
                    || name.contains('-'))
        }
        None => false,
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Lints the set of records at one name: several SPF records, the obsolete
/// SPF RR type, and each record's strings. `txt` holds the TXT RRs'
/// strings unjoined, `spf_type` the type-99 RRs.
pub fn lint_rrset(txt: &[Vec<String>], spf_type: &[Vec<String>]) -> Vec<Finding> {
    let mut out = Vec::new();
    let spf_rrs: Vec<&Vec<String>> = txt
        .iter()
        .filter(|rr| {
            let j = rr.concat().to_ascii_lowercase();
            j == "v=spf1"
                || j.starts_with("v=spf1 ")
                || rr
                    .iter()
                    .any(|s| s.to_ascii_lowercase().starts_with("v=spf1"))
        })
        .collect();
    let real: Vec<&&Vec<String>> = spf_rrs
        .iter()
        .filter(|rr| is_spf_record(&rr.concat()))
        .collect();
    if real.len() > 1 {
        out.push(
            Finding::error(
                "spf.multiple-records",
                tr!(Spf::MultipleRecords, n = real.len()),
            )
            .with_fix(tr!(Spf::FixMerge)),
        );
    }
    if !spf_type.is_empty() {
        out.push(
            Finding::warning("spf.spf-rrtype", tr!(Spf::SpfRrType))
                .with_fix(tr!(Spf::FixDeleteSpfType)),
        );
        if spf_rrs.is_empty() {
            out.push(
                Finding::error("spf.only-spf-rrtype", tr!(Spf::OnlySpfRrType)).with_fix(tr!(
                    Spf::FixPublishAsTxt,
                    text = spf_type.first().map(|s| zone_quote(s)).unwrap_or_default()
                )),
            );
        }
    }
    for rr in &spf_rrs {
        out.extend(lint_strings(rr));
    }
    out
}

/// One record in the include/redirect tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SpfNode {
    pub domain: String,
    /// How this record was reached: `"record"`, `"include:x"`, `"redirect=x"`.
    pub via: String,
    /// The record text, joined; `None` when none was found.
    pub record: Option<String>,
    /// Why the record could not be used (no record, DNS error, loop, ...).
    #[serde(flatten, with = "crate::i18n::text::fields::error_opt")]
    pub error: Option<Text>,
    /// DNS-querying terms in this record itself (a, mx, ptr, exists, include, redirect).
    pub lookups_here: u32,
    /// ... and in this record with everything below it.
    pub lookups_total: u32,
    pub voids_here: u32,
    pub voids_total: u32,
    /// Ranges this record authorizes directly (ip4/ip6 and resolved a/mx).
    pub ip4: Vec<String>,
    pub ip6: Vec<String>,
    /// Counts over this record and everything below it.
    pub ip4_total: usize,
    pub ip6_total: usize,
    /// Addresses authorized by this subtree (IPv4, counted by prefix size).
    pub ipv4_addresses_total: u64,
    /// Notes about terms that were not or could not be followed.
    #[serde(flatten, with = "crate::i18n::text::fields::notes_opt")]
    pub notes: Vec<Text>,
    /// Lint findings for this record alone.
    pub findings: Vec<Finding>,
    pub children: Vec<SpfNode>,
}

/// The live lint of a domain's (or a typed) SPF record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SpfLint {
    pub domain: String,
    /// The root record text, when there is one.
    pub record: Option<String>,
    /// Findings for the root record and the whole tree (limits, missing includes).
    pub findings: Vec<Finding>,
    /// DNS-querying terms over the whole tree, against [`LOOKUP_LIMIT`].
    pub lookups: u32,
    /// Lookups that returned nothing, against [`VOID_LIMIT`].
    pub void_lookups: u32,
    pub tree: SpfNode,
    /// Every DNS query made, in order.
    pub dns: Vec<QueryLog>,
}

/// Fetches the SPF record of `domain` and lints it live.
pub async fn lint_domain(resolver: &dyn Resolver, domain: &str) -> SpfLint {
    let rec = Recorder::new(resolver);
    let mut lint = lint_domain_with(&rec, domain).await;
    lint.dns = rec.log();
    lint
}

/// Lints a typed record as if published at `domain`: its includes and
/// redirect are followed live.
pub async fn lint_record(resolver: &dyn Resolver, domain: &str, input: &str) -> SpfLint {
    let rec = Recorder::new(resolver);
    let strings = parse_typed_strings(input);
    let record = strings.concat();
    let domain = normalize_name(domain);
    let mut findings = lint_strings(&strings);
    let tree = walk_record(
        &rec,
        domain.clone(),
        "record".into(),
        record.clone(),
        0,
        vec![domain.clone()],
    )
    .await;
    findings.extend(tree.findings.iter().cloned());
    let mut lint = finish(domain, Some(record), findings, tree);
    lint.dns = rec.log();
    lint
}

/// As [`lint_domain`], on a resolver the caller already records.
pub(crate) async fn lint_domain_with(resolver: &dyn Resolver, domain: &str) -> SpfLint {
    let domain = normalize_name(domain);
    let (txt, spf99) = futures::join!(
        resolver.query(&domain, RType::Txt),
        resolver.query(&domain, RType::Spf)
    );
    let mut findings = Vec::new();
    let txt_rrs: Vec<Vec<String>> = match &txt {
        Ok(a) => txt_rrs(a),
        Err(e) => {
            findings.push(Finding::error(
                "spf.dns-error",
                tr!(Dmarc::TxtLookupFailed, name = domain, error = e),
            ));
            Vec::new()
        }
    };
    let spf_rrs: Vec<Vec<String>> = match &spf99 {
        Ok(a) => a
            .of_type(RType::Spf)
            .filter_map(|d| match d {
                crate::dns::RData::Spf(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    findings.extend(lint_rrset(&txt_rrs, &spf_rrs));
    let records = spf_records(&txt_rrs);
    let Some(record) = records.into_iter().next() else {
        if txt.is_ok() && !has_finding(&findings, "spf.only-spf-rrtype") {
            findings.push(
                Finding::error("spf.none", tr!(Spf::LintNoRecord, domain = domain))
                    .with_fix(tr!(Spf::FixPublishRecord, domain = domain)),
            );
        }
        let tree = SpfNode {
            domain: domain.clone(),
            via: "record".into(),
            error: Some(tr!(Spf::NoSpfRecord)),
            ..Default::default()
        };
        return finish(domain, None, findings, tree);
    };
    let tree = walk_record(
        resolver,
        domain.clone(),
        "record".into(),
        record.clone(),
        0,
        vec![domain.clone()],
    )
    .await;
    findings.extend(tree.findings.iter().cloned());
    finish(domain, Some(record), findings, tree)
}

fn finish(
    domain: String,
    record: Option<String>,
    mut findings: Vec<Finding>,
    tree: SpfNode,
) -> SpfLint {
    collect_tree_findings(&tree, &mut findings, true);
    if tree.lookups_total > LOOKUP_LIMIT {
        let mut parts: Vec<String> = tree
            .children
            .iter()
            .map(|c| format!("{} → {}", c.via, c.lookups_total))
            .collect();
        parts.sort();
        findings.push(
            Finding::error(
                "spf.too-many-lookups",
                tr!(
                    Spf::TooManyLookups,
                    n = tree.lookups_total,
                    limit = LOOKUP_LIMIT,
                    branches = parts.join(", ")
                ),
            )
            .with_fix(tr!(Spf::FixTooManyLookups)),
        );
    } else if tree.lookups_total >= LOOKUP_LIMIT - 1 {
        findings.push(Finding::warning(
            "spf.near-lookup-limit",
            tr!(
                Spf::NearLookupLimit,
                n = tree.lookups_total,
                limit = LOOKUP_LIMIT
            ),
        ));
    }
    if tree.voids_total > VOID_LIMIT {
        findings.push(
            Finding::error(
                "spf.too-many-voids",
                tr!(Spf::TooManyVoids, n = tree.voids_total, limit = VOID_LIMIT),
            )
            .with_fix(tr!(Spf::FixRemoveVoid)),
        );
    }
    SpfLint {
        domain,
        record,
        lookups: tree.lookups_total,
        void_lookups: tree.voids_total,
        findings,
        tree,
        dns: Vec::new(),
    }
}

/// Findings of included records go into the overall list once, prefixed
/// with where they come from; the root's own are already there.
fn collect_tree_findings(node: &SpfNode, out: &mut Vec<Finding>, root: bool) {
    if !root {
        for f in &node.findings {
            let mut f = f.clone();
            f.message = tr!(
                Spf::InNode,
                domain = node.domain,
                via = node.via,
                message = f.message
            );
            out.push(f);
        }
    }
    for c in &node.children {
        collect_tree_findings(c, out, false);
    }
}

fn txt_rrs(a: &Answer) -> Vec<Vec<String>> {
    a.of_type(RType::Txt)
        .filter_map(|d| match d {
            crate::dns::RData::Txt(s) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

/// The SPF records among TXT RRs (RFC 7208 §4.5: "v=spf1" then space or end).
fn spf_records(rrs: &[Vec<String>]) -> Vec<String> {
    rrs.iter()
        .map(|rr| rr.concat())
        .filter(|j| is_spf_record(j))
        .collect()
}

fn is_void(r: &Result<Answer, DnsError>, rtype: RType) -> bool {
    match r {
        Ok(a) => {
            a.rcode == Rcode::NxDomain
                || (a.rcode == Rcode::NoError && a.of_type(rtype).next().is_none())
        }
        Err(_) => false,
    }
}

fn ipv4_count(prefix: u8) -> u64 {
    1u64 << (32 - u32::from(prefix.min(32)))
}

/// What one DNS-querying term contributes once looked up.
enum WalkOutcome {
    Child(SpfNode),
    Addresses {
        ip4: Vec<String>,
        ip6: Vec<String>,
        voids: u32,
        /// DNS lookups beyond the term itself that count (none: MX exchanges count separately).
        note: Option<Text>,
    },
    Note(Text),
}

/// Walks one record: the terms it follows are the ones the evaluator's
/// parser reads ([`parse_record`]), so the tree and the evaluation cannot
/// disagree about what the record says. A record the parser rejects is a
/// permerror for every receiver: its node says so and nothing is followed.
fn walk_record<'a>(
    resolver: &'a dyn Resolver,
    domain: String,
    via: String,
    record: String,
    depth: usize,
    path: Vec<String>,
) -> LocalBoxFuture<'a, SpfNode> {
    async move {
        let mut node = SpfNode {
            findings: lint_text(&record),
            domain: domain.clone(),
            via,
            record: Some(record.clone()),
            ..Default::default()
        };
        let parsed = match parse_record(&record) {
            Ok(r) => r,
            Err(e) => {
                node.error = Some(tr!(Spf::NodeUnparsable, error = e));
                return node;
            }
        };
        let walk = WalkCtx {
            resolver,
            domain: &domain,
            depth,
            path: &path,
        };
        let mut futs: Vec<LocalBoxFuture<'a, WalkOutcome>> = Vec::new();
        for d in &parsed.directives {
            if let Some(f) = walk.directive(&mut node, d) {
                futs.push(f);
            }
        }
        if let Some(r) = &parsed.redirect {
            node.lookups_here += 1;
            let has_all = parsed
                .directives
                .iter()
                .any(|d| d.mechanism == Mechanism::All);
            if has_all {
                node.notes
                    .push(tr!(Spf::NoteRedirectWithAll, domain = r.spec.raw));
            } else if r.spec.has_macros() {
                node.notes
                    .push(tr!(Spf::NoteRedirectMacros, domain = r.spec.raw));
            } else {
                futs.push(follow(
                    resolver,
                    normalize_name(&r.spec.raw),
                    format!("redirect={}", r.spec.raw),
                    depth,
                    path.clone(),
                ));
            }
        }
        for outcome in join_all(futs).await {
            node.absorb(outcome);
        }
        node.sum_subtree();
        node
    }
    .boxed_local()
}

/// What a walk of one record needs to follow its directives.
struct WalkCtx<'a, 'p> {
    resolver: &'a dyn Resolver,
    domain: &'p str,
    depth: usize,
    path: &'p [String],
}

impl<'a> WalkCtx<'a, '_> {
    /// Records an address range, counts a lookup, or starts the lookup one
    /// directive asks for.
    fn directive(
        &self,
        node: &mut SpfNode,
        d: &Directive,
    ) -> Option<LocalBoxFuture<'a, WalkOutcome>> {
        let spec = match &d.mechanism {
            Mechanism::All => return None,
            Mechanism::Ip4 { net, len } => {
                node.ip4.push(range_text(net.to_string(), *len, 32));
                return None;
            }
            Mechanism::Ip6 { net, len } => {
                node.ip6.push(range_text(net.to_string(), *len, 128));
                return None;
            }
            Mechanism::Include(s) | Mechanism::Exists(s) => Some(s),
            Mechanism::A { domain, .. } | Mechanism::Mx { domain, .. } => domain.as_ref(),
            Mechanism::Ptr(domain) => domain.as_ref(),
        };
        node.lookups_here += 1;
        if spec.is_some_and(MacroString::has_macros) {
            node.notes.push(tr!(Spf::NoteMacros, term = d.raw));
            return None;
        }
        let target = normalize_name(spec.map_or(self.domain, |s| s.raw.as_str()));
        let raw = d.raw.clone();
        Some(match &d.mechanism {
            Mechanism::Include(s) => follow(
                self.resolver,
                target,
                format!("include:{}", s.raw),
                self.depth,
                self.path.to_vec(),
            ),
            Mechanism::A { cidr4, cidr6, .. } => {
                resolve_a(self.resolver, target, Prefixes::of(*cidr4, *cidr6), raw)
            }
            Mechanism::Mx { cidr4, cidr6, .. } => {
                resolve_mx(self.resolver, target, Prefixes::of(*cidr4, *cidr6), raw)
            }
            Mechanism::Exists(_) => resolve_exists(self.resolver, target, raw),
            _ => {
                node.notes.push(tr!(Spf::NotePtr));
                return None;
            }
        })
    }
}

impl SpfNode {
    fn absorb(&mut self, outcome: WalkOutcome) {
        match outcome {
            WalkOutcome::Child(c) => self.children.push(c),
            WalkOutcome::Addresses {
                ip4,
                ip6,
                voids,
                note,
            } => {
                self.ip4.extend(ip4);
                self.ip6.extend(ip6);
                self.voids_here += voids;
                self.notes.extend(note);
            }
            WalkOutcome::Note(n) => self.notes.push(n),
        }
    }

    /// Fills the totals from this record's own counts and its children's totals.
    fn sum_subtree(&mut self) {
        let c = &self.children;
        self.lookups_total = self.lookups_here + c.iter().map(|c| c.lookups_total).sum::<u32>();
        self.voids_total = self.voids_here + c.iter().map(|c| c.voids_total).sum::<u32>();
        self.ip4_total = self.ip4.len() + c.iter().map(|c| c.ip4_total).sum::<usize>();
        self.ip6_total = self.ip6.len() + c.iter().map(|c| c.ip6_total).sum::<usize>();
        let own: u64 = self
            .ip4
            .iter()
            .map(|r| {
                r.split_once('/')
                    .and_then(|(_, p)| p.parse::<u8>().ok())
                    .map(ipv4_count)
                    .unwrap_or(1)
            })
            .sum();
        self.ipv4_addresses_total = own + c.iter().map(|c| c.ipv4_addresses_total).sum::<u64>();
    }
}

/// `net/len`, or the bare address when the length is the whole address.
fn range_text(addr: String, len: u8, full: u8) -> String {
    if len == full {
        addr
    } else {
        format!("{addr}/{len}")
    }
}

/// The prefix lengths an `a`/`mx` term applies to the addresses it finds.
#[derive(Clone, Copy)]
struct Prefixes {
    v4: u8,
    v6: u8,
}

impl Prefixes {
    fn of(v4: u8, v6: u8) -> Self {
        Prefixes { v4, v6 }
    }
    fn v4(self, a: Ipv4Addr) -> String {
        range_text(a.to_string(), self.v4, 32)
    }
    fn v6(self, a: Ipv6Addr) -> String {
        range_text(a.to_string(), self.v6, 128)
    }
}

/// Looks up the record an include or redirect points to and walks it.
// Long on purpose: the include and redirect cases share the node and the loop
// guard; most of the length is their separate sentences.
fn follow<'a>(
    resolver: &'a dyn Resolver,
    target: String,
    via: String,
    depth: usize,
    mut path: Vec<String>,
) -> LocalBoxFuture<'a, WalkOutcome> {
    async move {
        let mut node = SpfNode {
            domain: target.clone(),
            via: via.clone(),
            ..Default::default()
        };
        // `via` is `include:<spec>` or `redirect=<spec>`: each has its own
        // sentences, which then start with a word rather than a placeholder.
        let (is_include, spec) = match via.strip_prefix("include:") {
            Some(s) => (true, s.to_string()),
            None => (
                false,
                via.strip_prefix("redirect=").unwrap_or(&via).to_string(),
            ),
        };
        if path.contains(&target) {
            node.error = Some(tr!(
                Spf::LoopError,
                target = target,
                path = path.join(" → ")
            ));
            node.findings.push(Finding::error(
                "spf.loop",
                tr!(
                    if is_include {
                        Spf::IncludeLoop
                    } else {
                        Spf::RedirectLoop
                    },
                    spec = spec,
                    target = target
                ),
            ));
            return WalkOutcome::Child(node);
        }
        if depth >= MAX_DEPTH {
            node.error = Some(tr!(Spf::TooDeep));
            return WalkOutcome::Child(node);
        }
        let ans = resolver.query(&target, RType::Txt).await;
        match ans {
            Err(e) => {
                node.error = Some(tr!(Spf::NodeDnsError, error = e));
                node.findings.push(Finding::warning(
                    "spf.include-dns-error",
                    tr!(
                        if is_include {
                            Spf::IncludeLookupFailed
                        } else {
                            Spf::RedirectLookupFailed
                        },
                        spec = spec,
                        error = e
                    ),
                ));
                WalkOutcome::Child(node)
            }
            Ok(a) => {
                let records = spf_records(&txt_rrs(&a));
                let void = is_void(&Ok(a.clone()), RType::Txt);
                if void {
                    node.voids_here = 1;
                    node.voids_total = 1;
                }
                match records.len() {
                    0 => {
                        let why = if a.rcode == Rcode::NxDomain {
                            tr!(Dmarc::MxNxDomain, domain = target)
                        } else {
                            tr!(Spf::TargetNoRecord, target = target)
                        };
                        node.error = Some(why.clone());
                        let sev = tr!(
                            if is_include {
                                Spf::IncludeMissing
                            } else {
                                Spf::RedirectMissing
                            },
                            spec = spec,
                            why = why
                        );
                        node.findings.push(
                            Finding::error("spf.include-missing", sev)
                                .with_fix(tr!(Spf::FixRemoveVia, via = via)),
                        );
                        WalkOutcome::Child(node)
                    }
                    1 => {
                        path.push(target.clone());
                        let record = records.into_iter().next().unwrap_or_default();
                        let mut child =
                            walk_record(resolver, target, via, record, depth + 1, path).await;
                        child.voids_total += node.voids_here;
                        child.voids_here += node.voids_here;
                        WalkOutcome::Child(child)
                    }
                    n => {
                        node.error = Some(tr!(Spf::NodeManyRecords, n = n, target = target));
                        node.findings.push(Finding::error(
                            "spf.multiple-records",
                            tr!(
                                if is_include {
                                    Spf::IncludeManyRecords
                                } else {
                                    Spf::RedirectManyRecords
                                },
                                spec = spec,
                                target = target,
                                n = n
                            ),
                        ));
                        WalkOutcome::Child(node)
                    }
                }
            }
        }
    }
    .boxed_local()
}

async fn lookup_addresses(
    resolver: &dyn Resolver,
    name: &str,
) -> (Vec<Ipv4Addr>, Vec<Ipv6Addr>, bool, Option<String>) {
    let (a, aaaa) = futures::join!(
        resolver.query(name, RType::A),
        resolver.query(name, RType::Aaaa)
    );
    let mut err = None;
    let v4 = match &a {
        Ok(x) => x.ipv4(),
        Err(e) => {
            err = Some(e.to_string());
            Vec::new()
        }
    };
    let v6 = match &aaaa {
        Ok(x) => x.ipv6(),
        Err(e) => {
            err = Some(e.to_string());
            Vec::new()
        }
    };
    // A term is void when neither family has records; a receiver asks only
    // the family of the client address, so this counts at most one void.
    let void = is_void(&a, RType::A) && is_void(&aaaa, RType::Aaaa);
    (v4, v6, void, err)
}

fn resolve_a<'a>(
    resolver: &'a dyn Resolver,
    target: String,
    prefixes: Prefixes,
    raw: String,
) -> LocalBoxFuture<'a, WalkOutcome> {
    async move {
        let (v4, v6, void, err) = lookup_addresses(resolver, &target).await;
        WalkOutcome::Addresses {
            ip4: v4.into_iter().map(|a| prefixes.v4(a)).collect(),
            ip6: v6.into_iter().map(|a| prefixes.v6(a)).collect(),
            voids: u32::from(void),
            note: if void {
                Some(tr!(Spf::NoteNoAddresses, term = raw, target = target))
            } else {
                err.map(|e| tr!(Spf::NoteLookupFailed, term = raw, error = e))
            },
        }
    }
    .boxed_local()
}

fn resolve_mx<'a>(
    resolver: &'a dyn Resolver,
    target: String,
    prefixes: Prefixes,
    raw: String,
) -> LocalBoxFuture<'a, WalkOutcome> {
    async move {
        let ans = resolver.query(&target, RType::Mx).await;
        let mut names = match &ans {
            Ok(a) => a.names(RType::Mx),
            Err(e) => {
                return WalkOutcome::Note(tr!(Spf::NoteMxLookupFailed, term = raw, error = e))
            }
        };
        if is_void(&ans, RType::Mx) {
            return WalkOutcome::Addresses {
                ip4: Vec::new(),
                ip6: Vec::new(),
                voids: 1,
                note: Some(tr!(Spf::NoteNoMx, term = raw, target = target)),
            };
        }
        let mut note = None;
        if names.len() > MX_NAME_LIMIT {
            note = Some(tr!(
                Spf::TooManyMxHosts,
                term = raw,
                target = target,
                n = names.len(),
                limit = MX_NAME_LIMIT
            ));
        }
        names.retain(|n| !n.is_empty());
        let results = join_all(names.iter().map(|n| lookup_addresses(resolver, n))).await;
        let mut ip4 = Vec::new();
        let mut ip6 = Vec::new();
        for (v4, v6, _, _) in results {
            ip4.extend(v4.into_iter().map(|a| prefixes.v4(a)));
            ip6.extend(v6.into_iter().map(|a| prefixes.v6(a)));
        }
        WalkOutcome::Addresses {
            ip4,
            ip6,
            voids: 0,
            note,
        }
    }
    .boxed_local()
}

fn resolve_exists<'a>(
    resolver: &'a dyn Resolver,
    target: String,
    raw: String,
) -> LocalBoxFuture<'a, WalkOutcome> {
    async move {
        let ans = resolver.query(&target, RType::A).await;
        let void = is_void(&ans, RType::A);
        WalkOutcome::Addresses {
            ip4: Vec::new(),
            ip6: Vec::new(),
            voids: u32::from(void),
            note: Some(if void {
                tr!(Spf::NoteExistsVoid, term = raw, target = target)
            } else {
                tr!(Spf::NoteExistsMatchesAll, term = raw, target = target)
            }),
        }
    }
    .boxed_local()
}
