//! DMARC record builder and linter (RFC 7489, with the DMARCbis tags
//! `np`, `psd` and `t`), including the external report destination check
//! (RFC 7489 §7.1).

use super::{has_finding, parse_tag_list, Finding};
/// The one policy type, shared with the evaluation.
pub use crate::auth::dmarc::Policy;
use crate::auth::dmarc::{
    ask_destination, discover_policy, is_dmarc_record, parse_record, psl_org_domain, AppliedPolicy,
    DestinationAnswer,
};
use crate::dns::{normalize_name, QueryLog, Rcode, Recorder, Resolver};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::Text;
use crate::tr;
use futures::future::join_all;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AlignmentMode {
    Relaxed,
    Strict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Psd {
    Y,
    N,
    U,
}

/// The builder form; `None` leaves a tag out (its default applies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct DmarcForm {
    pub p: Policy,
    #[serde(default)]
    pub sp: Option<Policy>,
    #[serde(default)]
    pub np: Option<Policy>,
    #[serde(default)]
    pub adkim: Option<AlignmentMode>,
    #[serde(default)]
    pub aspf: Option<AlignmentMode>,
    #[serde(default)]
    pub pct: Option<u8>,
    /// Addresses (`dmarc@example.com`) or URIs (`mailto:...`).
    #[serde(default)]
    pub rua: Vec<String>,
    #[serde(default)]
    pub ruf: Vec<String>,
    /// Failure reporting options: any of `0`, `1`, `d`, `s`.
    #[serde(default)]
    pub fo: Vec<String>,
    #[serde(default)]
    pub rf: Option<String>,
    #[serde(default)]
    pub ri: Option<u32>,
    /// DMARCbis testing flag (`t=y`).
    #[serde(default)]
    pub t: Option<bool>,
    #[serde(default)]
    pub psd: Option<Psd>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DmarcBuild {
    pub record: String,
    /// Where to publish it, when a domain was given: `_dmarc.<domain>`.
    pub name: Option<String>,
    pub findings: Vec<Finding>,
}

fn mode(m: AlignmentMode) -> &'static str {
    match m {
        AlignmentMode::Relaxed => "r",
        AlignmentMode::Strict => "s",
    }
}

fn as_uri(s: &str) -> String {
    let s = s.trim();
    if s.contains(':') {
        s.to_string()
    } else {
        format!("mailto:{s}")
    }
}

/// Writes the record and lints it statically (external destinations are
/// checked by [`lint_record`], which needs DNS).
pub fn build(form: &DmarcForm, domain: Option<&str>) -> DmarcBuild {
    let mut tags = vec!["v=DMARC1".to_string(), format!("p={}", form.p.as_str())];
    if let Some(sp) = form.sp {
        tags.push(format!("sp={}", sp.as_str()));
    }
    if let Some(np) = form.np {
        tags.push(format!("np={}", np.as_str()));
    }
    if let Some(m) = form.adkim {
        tags.push(format!("adkim={}", mode(m)));
    }
    if let Some(m) = form.aspf {
        tags.push(format!("aspf={}", mode(m)));
    }
    if let Some(p) = form.pct {
        tags.push(format!("pct={p}"));
    }
    let rua: Vec<String> = form
        .rua
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| as_uri(s))
        .collect();
    if !rua.is_empty() {
        tags.push(format!("rua={}", rua.join(",")));
    }
    let ruf: Vec<String> = form
        .ruf
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| as_uri(s))
        .collect();
    if !ruf.is_empty() {
        tags.push(format!("ruf={}", ruf.join(",")));
    }
    let fo: Vec<&str> = form
        .fo
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !fo.is_empty() {
        tags.push(format!("fo={}", fo.join(":")));
    }
    if let Some(rf) = form.rf.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        tags.push(format!("rf={rf}"));
    }
    if let Some(ri) = form.ri {
        tags.push(format!("ri={ri}"));
    }
    if let Some(t) = form.t {
        tags.push(format!("t={}", if t { "y" } else { "n" }));
    }
    if let Some(p) = form.psd {
        tags.push(format!(
            "psd={}",
            match p {
                Psd::Y => "y",
                Psd::N => "n",
                Psd::U => "u",
            }
        ));
    }
    let record = tags.join("; ");
    let d = domain.map(normalize_name).filter(|d| !d.is_empty());
    let findings = lint_text(d.as_deref().unwrap_or(""), &record);
    DmarcBuild {
        name: d.map(|d| format!("_dmarc.{d}")),
        record,
        findings,
    }
}

/// Help text for every tag, for the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagHelp {
    pub tag: String,
    #[serde(flatten, with = "crate::i18n::text::fields::name")]
    pub name: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::values")]
    pub values: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::default")]
    pub default: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::help")]
    pub help: Text,
}

pub fn tag_help() -> Vec<TagHelp> {
    let h = |tag: &str, name: Text, values: Text, default: Text, help: Text| TagHelp {
        tag: tag.into(),
        name,
        values,
        default,
        help,
    };
    let lit = |s: &str| Text::verbatim(s);
    let policies = || lit("none | quarantine | reject");
    let modes = || lit("r (relaxed) | s (strict)");
    vec![
        h(
            "v",
            tr!(Dmarc::TagV),
            lit("DMARC1"),
            tr!(Dmarc::TagRequired),
            tr!(Dmarc::HelpV),
        ),
        h(
            "p",
            tr!(Dmarc::TagP),
            policies(),
            tr!(Dmarc::TagRequired),
            tr!(Dmarc::HelpP),
        ),
        h(
            "sp",
            tr!(Dmarc::TagSp),
            policies(),
            tr!(Dmarc::TagDefaultP),
            tr!(Dmarc::HelpSp),
        ),
        h(
            "np",
            tr!(Dmarc::TagNp),
            policies(),
            tr!(Dmarc::TagDefaultSp),
            tr!(Dmarc::HelpNp),
        ),
        h(
            "adkim",
            tr!(Dmarc::TagAdkim),
            modes(),
            lit("r"),
            tr!(Dmarc::HelpAdkim),
        ),
        h(
            "aspf",
            tr!(Dmarc::TagAspf),
            modes(),
            lit("r"),
            tr!(Dmarc::HelpAspf),
        ),
        h(
            "pct",
            tr!(Dmarc::TagPct),
            lit("0-100"),
            lit("100"),
            tr!(Dmarc::HelpPct),
        ),
        h(
            "rua",
            tr!(Dmarc::TagRua),
            tr!(Dmarc::ValuesRua),
            lit("none"),
            tr!(Dmarc::HelpRua),
        ),
        h(
            "ruf",
            tr!(Dmarc::TagRuf),
            tr!(Dmarc::ValuesRuf),
            lit("none"),
            tr!(Dmarc::HelpRuf),
        ),
        h(
            "fo",
            tr!(Dmarc::TagFo),
            tr!(Dmarc::ValuesFo),
            lit("0"),
            tr!(Dmarc::HelpFo),
        ),
        h(
            "rf",
            tr!(Dmarc::TagRf),
            lit("afrf"),
            lit("afrf"),
            tr!(Dmarc::HelpRf),
        ),
        h(
            "ri",
            tr!(Dmarc::TagRi),
            tr!(Dmarc::ValuesRi),
            lit("86400"),
            tr!(Dmarc::HelpRi),
        ),
        h(
            "t",
            tr!(Dmarc::TagT),
            lit("y | n"),
            lit("n"),
            tr!(Dmarc::HelpT),
        ),
        h(
            "psd",
            tr!(Dmarc::TagPsd),
            lit("y | n | u"),
            lit("u"),
            tr!(Dmarc::HelpPsd),
        ),
    ]
}

const KNOWN: &[&str] = &[
    "v", "p", "sp", "np", "adkim", "aspf", "pct", "rua", "ruf", "fo", "rf", "ri", "t", "psd",
];

/// What a tag's value must be, for the bad-value finding.
fn must(tag: &str) -> Option<Dmarc> {
    Some(match tag {
        "p" | "sp" | "np" => Dmarc::MustPolicy,
        "adkim" | "aspf" => Dmarc::MustMode,
        "pct" => Dmarc::MustPct,
        "ri" => Dmarc::MustSeconds,
        "fo" => Dmarc::MustFo,
        "rf" => Dmarc::MustAfrf,
        "t" => Dmarc::MustYn,
        "psd" => Dmarc::MustYnu,
        _ => return None,
    })
}

/// A report URI's destination domain, or an error text.
pub fn uri_domain(uri: &str) -> Result<String, Text> {
    let u = uri.trim();
    // RFC 7489 §6.2: an optional "!" size limit follows the URI.
    let u = match u.rfind('!') {
        Some(i) => {
            let size = &u[i + 1..];
            let digits = size.trim_end_matches(|c: char| {
                matches!(c.to_ascii_lowercase(), 'k' | 'm' | 'g' | 't')
            });
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(tr!(Dmarc::UriBadSize, uri = uri));
            }
            &u[..i]
        }
        None => u,
    };
    let lower = u.to_ascii_lowercase();
    if let Some(addr) = lower.strip_prefix("mailto:") {
        match addr.rsplit_once('@') {
            Some((local, dom))
                if !local.is_empty() && dom.contains('.') && !dom.contains([' ', ',']) =>
            {
                Ok(normalize_name(dom))
            }
            _ => Err(tr!(Dmarc::UriBadMailto, uri = uri)),
        }
    } else if lower.starts_with("https:") || lower.starts_with("http:") {
        Err(tr!(Dmarc::UriHttp, uri = uri))
    } else if lower.contains('@') {
        Err(tr!(Dmarc::UriNoPrefix, uri = uri))
    } else {
        Err(tr!(Dmarc::UriNotMailto, uri = uri))
    }
}

/// Static lint of a DMARC record published (or to be published) for `domain`.
pub fn lint_text(domain: &str, record: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let tags = parse_tag_list(record);
    if !is_dmarc_record(record) {
        out.push(
            Finding::error("dmarc.no-version", tr!(Dmarc::LintNoVersion))
                .with_fix(format!("v=DMARC1; {}", record.trim())),
        );
        return out;
    }
    // Values are judged by the evaluation's parser: what it rejects, and only
    // that, is a bad value here.
    let parsed = parse_record(record);
    let mut seen: Vec<&str> = Vec::new();
    for (k, v) in &tags {
        if k.is_empty() {
            out.push(Finding::error(
                "dmarc.syntax",
                tr!(Dmarc::LintSyntax, value = v),
            ));
            continue;
        }
        if seen.contains(&k.as_str()) {
            out.push(
                Finding::error("dmarc.duplicate-tag", tr!(Dmarc::LintDuplicate, tag = k))
                    .with_fix(tr!(Dmarc::FixKeepOne, tag = k)),
            );
        }
        seen.push(k);
        let bad = |what: Dmarc| {
            Finding::error(
                "dmarc.bad-value",
                tr!(Dmarc::LintBadValue, tag = k, value = v, what = tr!(what)),
            )
        };
        let rejected = parsed.invalid.iter().any(|(t, x)| t == k && x == v);
        match k.as_str() {
            "v" => {}
            _ if rejected => {
                if let Some(what) = must(k) {
                    out.push(bad(what))
                }
            }
            "pct" => {
                if let Ok(n @ 0..=99) = v.parse::<u8>() {
                    out.push(Finding::info(
                        "dmarc.pct-partial",
                        tr!(Dmarc::LintPctPartial, pct = n, percent = n),
                    ));
                }
            }
            "rua" | "ruf" => {
                for uri in v.split(',').filter(|u| !u.trim().is_empty()) {
                    if let Err(e) = uri_domain(uri) {
                        out.push(
                            Finding::error("dmarc.bad-uri", e).with_fix(tr!(Dmarc::FixWriteMailto)),
                        );
                    }
                }
            }
            _ if !KNOWN.contains(&k.as_str()) => out.push(
                Finding::warning("dmarc.unknown-tag", tr!(Dmarc::LintUnknownTag, tag = k))
                    .with_fix(tr!(Dmarc::FixSpelling)),
            ),
            _ => {}
        }
    }
    let get = |n: &str| {
        tags.iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    match parsed.p {
        None if get("p").is_none() => {
            let is_sub = !domain.is_empty() && psl_org_domain(domain) != normalize_name(domain);
            out.push(
                Finding::error(
                    "dmarc.no-p",
                    if is_sub {
                        tr!(Dmarc::LintNoPSub)
                    } else {
                        tr!(Dmarc::LintNoP)
                    },
                )
                .with_fix(tr!(Dmarc::FixAddP)),
            );
        }
        Some(Policy::None) => out.push(
            Finding::info("dmarc.p-none", tr!(Dmarc::LintPNone)).with_fix(tr!(Dmarc::FixRaiseP)),
        ),
        _ => {}
    }
    if let (Some(p), Some(sp)) = (parsed.p, parsed.sp) {
        if sp < p {
            out.push(Finding::info(
                "dmarc.sp-weaker",
                tr!(Dmarc::LintSpWeaker, sp = sp.as_str(), p = p.as_str()),
            ));
        }
    }
    if get("rua").is_none() {
        out.push(
            Finding::warning("dmarc.no-rua", tr!(Dmarc::LintNoRua)).with_fix(tr!(Dmarc::FixAddRua)),
        );
    }
    if get("fo").is_some() && get("ruf").is_none() {
        out.push(Finding::info(
            "dmarc.fo-without-ruf",
            tr!(Dmarc::LintFoWithoutRuf),
        ));
    }
    if get("ruf").is_some() {
        out.push(Finding::info("dmarc.ruf", tr!(Dmarc::LintRuf)));
    }
    out
}

/// One rua/ruf destination outside the domain and its authorization record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalDestination {
    pub uri: String,
    pub destination: String,
    /// `<domain>._report._dmarc.<destination>`.
    pub query_name: String,
    pub authorized: bool,
    /// The lookup failed (SERVFAIL, timeout): neither yes nor no yet (RFC
    /// 7489 §7.1 step 4), as the inspection says too.
    #[serde(default)]
    pub undetermined: bool,
    /// What was found, or the DNS error.
    #[serde(flatten, with = "crate::i18n::text::fields::detail")]
    pub detail: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DmarcLint {
    pub domain: String,
    /// Where the record was looked for (`_dmarc.<domain>`).
    pub name: String,
    pub record: Option<String>,
    /// When the domain has no record of its own and the organizational
    /// domain's record applies: that domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<String>,
    pub tags: Vec<(String, String)>,
    pub findings: Vec<Finding>,
    pub external: Vec<ExternalDestination>,
    pub dns: Vec<QueryLog>,
}

/// Fetches `_dmarc.<domain>` (and the organizational domain's record when
/// there is none) and lints it, destinations included.
pub async fn lint_domain(resolver: &dyn Resolver, domain: &str) -> DmarcLint {
    let rec = Recorder::new(resolver);
    let mut l = lint_domain_with(&rec, domain).await;
    l.dns = rec.log();
    l
}

/// Lints a typed record for `domain`, checking its external destinations live.
pub async fn lint_record(resolver: &dyn Resolver, domain: &str, record: &str) -> DmarcLint {
    let rec = Recorder::new(resolver);
    let domain = normalize_name(domain);
    let mut l = DmarcLint {
        name: format!("_dmarc.{domain}"),
        domain: domain.clone(),
        ..Default::default()
    };
    fill(&rec, &mut l, record).await;
    l.dns = rec.log();
    l
}

async fn fill(resolver: &dyn Resolver, l: &mut DmarcLint, record: &str) {
    l.record = Some(record.to_string());
    l.tags = parse_tag_list(record);
    l.findings.extend(lint_text(&l.domain, record));
    if has_finding(&l.findings, "dmarc.no-version") {
        return;
    }
    // RFC 7489 §7.1 step 3: the domain the policy record was found at.
    let record_domain = l.inherited_from.clone().unwrap_or_else(|| l.domain.clone());
    l.external = check_external(resolver, &record_domain, &l.tags).await;
    for e in &l.external {
        if e.undetermined {
            l.findings.push(Finding::warning(
                "dmarc.external-unknown",
                tr!(
                    Dmarc::LintExternalUnknown,
                    uri = e.uri,
                    dest = e.destination,
                    detail = e.detail
                ),
            ));
        } else if !e.authorized {
            l.findings.push(
                Finding::error(
                    "dmarc.external-unauthorized",
                    tr!(
                        Dmarc::LintExternal,
                        uri = e.uri,
                        domain = l.domain,
                        dest = e.destination,
                        detail = e.detail
                    ),
                )
                .with_fix(tr!(
                    Dmarc::FixAuthorize,
                    dest = e.destination,
                    name = e.query_name
                )),
            );
        }
    }
}

/// The record linted is the one the evaluation applies (RFC 9989 §4.10:
/// the domain's own, else the one its DNS tree walk finds), by the
/// evaluation's own discovery, so both name the same record.
pub(crate) async fn lint_domain_with(resolver: &dyn Resolver, domain: &str) -> DmarcLint {
    let domain = normalize_name(domain);
    let name = format!("_dmarc.{domain}");
    let mut l = DmarcLint {
        domain: domain.clone(),
        name: name.clone(),
        ..Default::default()
    };
    let (lookups, applied) = discover_policy(resolver, &domain).await;
    let own = lookups
        .get(&domain)
        .map(|o| o.dmarc_records().len())
        .unwrap_or(0);
    if own > 1 {
        l.findings.push(
            Finding::error(
                "dmarc.multiple-records",
                tr!(Dmarc::LintMultiple, name = name, n = own),
            )
            .with_fix(tr!(Dmarc::FixKeepExactlyOne)),
        );
    }
    let record = match applied {
        AppliedPolicy::Record {
            domain: at,
            text,
            org,
        } => {
            if at != domain {
                l.findings
                    .push(inherited_finding(&domain, &at, org.as_deref()));
                l.inherited_from = Some(at);
            }
            text
        }
        AppliedPolicy::DnsError { name, error } => {
            l.findings.push(Finding::error(
                "dmarc.dns-error",
                tr!(
                    Dmarc::TxtLookupFailed,
                    name = format!("_dmarc.{name}"),
                    error = error
                ),
            ));
            return l;
        }
        AppliedPolicy::Absent => {
            // Several records at the name already say why none applies.
            if own <= 1 {
                l.findings.push(none_finding(&domain, &name));
            }
            return l;
        }
    };
    fill(resolver, &mut l, &record).await;
    l
}

/// Where an inherited record comes from: the organizational domain, or the
/// Public Suffix Domain above it (RFC 9989 §4.10.1).
fn inherited_finding(domain: &str, at: &str, org: Option<&str>) -> Finding {
    let message = match org {
        Some(org) if org != at => tr!(
            Dmarc::LintInheritedPsd,
            domain = domain,
            org = org,
            psd = at
        ),
        _ => tr!(Dmarc::LintInherited, domain = domain, org = at),
    };
    Finding::info("dmarc.inherited", message)
}

fn none_finding(domain: &str, name: &str) -> Finding {
    Finding::error("dmarc.none", tr!(Dmarc::LintNone, domain = domain)).with_fix(tr!(
        Dmarc::FixPublish,
        name = name,
        domain = domain
    ))
}

/// RFC 7489 §7.1: each rua/ruf destination whose organizational domain is
/// not the record's must publish `<domain>._report._dmarc.<dest>` TXT
/// starting with `v=DMARC1`. All queries run concurrently.
async fn check_external(
    resolver: &dyn Resolver,
    domain: &str,
    tags: &[(String, String)],
) -> Vec<ExternalDestination> {
    let own_org = psl_org_domain(domain);
    let mut dests: Vec<(String, String)> = Vec::new();
    for (k, v) in tags {
        if k != "rua" && k != "ruf" {
            continue;
        }
        for uri in v.split(',').map(str::trim).filter(|u| !u.is_empty()) {
            if let Ok(d) = uri_domain(uri) {
                if psl_org_domain(&d) != own_org && !dests.iter().any(|(_, x)| x == &d) {
                    dests.push((uri.to_string(), d));
                }
            }
        }
    }
    let futs = dests.into_iter().map(|(uri, dest)| async move {
        let (query_name, answer) = ask_destination(resolver, domain, &dest).await;
        let (authorized, undetermined, detail) = match answer {
            DestinationAnswer::Unknown(e) => (false, true, tr!(Dmarc::ExtLookupFailed, error = e)),
            DestinationAnswer::Authorized(found) => (
                true,
                false,
                tr!(Dmarc::ExtSays, name = query_name, txt = found.join("\" \"")),
            ),
            DestinationAnswer::NotAuthorized { rcode, txt } => {
                if rcode == Rcode::NxDomain || txt.is_empty() {
                    (false, false, tr!(Dmarc::ExtNoTxt, name = query_name))
                } else {
                    let txt = txt.join("\" \"");
                    (
                        false,
                        false,
                        tr!(Dmarc::ExtOtherTxt, name = query_name, txt = txt),
                    )
                }
            }
        };
        ExternalDestination {
            uri,
            destination: dest,
            query_name,
            authorized,
            undetermined,
            detail,
        }
    });
    join_all(futs).await
}
