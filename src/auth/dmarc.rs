//! DMARC: policy discovery (DNS, done concurrently with the other checks) and
//! evaluation (pure, once SPF and DKIM are known), under both rule sets:
//! RFC 9989 (DMARCbis: DNS tree walk, `psd=`, `np=`, `t=`) and RFC 7489
//! (Public Suffix List organizational domain, `pct=`).

use crate::dns::{RType, Rcode, Resolver};
use crate::report::{
    AuthResult, DkimReport, DmarcReport, DmarcTags, DmarcVerdict, ReportAuthorization, SpfReport,
};
use crate::trace::{Step, StepKind};
use futures::future::join_all;
use std::collections::{BTreeMap, BTreeSet};

/// What `_dmarc.<domain> TXT` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TxtOutcome {
    /// The TXT strings of every RR (joined per RR), DMARC or not.
    Records(Vec<String>),
    NxDomain,
    /// No answer could be had (SERVFAIL, timeout, offline).
    Error(String),
    /// Never sent: `_dmarc.<domain>` is no DNS name (a label over 63
    /// octets, or over 253 in all, RFC 1035 §2.3.4), so no record can be there.
    NotSent,
}

impl TxtOutcome {
    /// The records that start with `v=DMARC1` (RFC 7489 §6.6.3 step 2, RFC 9989 §4.10).
    pub fn dmarc_records(&self) -> Vec<&str> {
        match self {
            TxtOutcome::Records(r) => r
                .iter()
                .filter(|t| is_dmarc_record(t))
                .map(String::as_str)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The one valid DMARC record here: several at one name are all
    /// discarded (RFC 9989 §4.10 step 2).
    fn single(&self) -> Option<Record> {
        match self.dmarc_records().as_slice() {
            [one] => Some(parse_record(one)),
            _ => None,
        }
    }
}

fn is_dmarc_record(t: &str) -> bool {
    let mut parts = t.trim_start().splitn(2, ';');
    let first = parts.next().unwrap_or("");
    match first.split_once('=') {
        Some((k, v)) => k.trim() == "v" && v.trim() == "DMARC1",
        None => false,
    }
}

/// What DNS said about the From domain's policy; gathered before SPF/DKIM finish.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Discovery {
    /// The first From domain (the Author Domain when there is only one).
    pub from_domain: Option<String>,
    /// Every distinct From domain, in order (RFC 5322 allows an address list).
    pub from_domains: Vec<String>,
    /// Other domains whose organizational domain alignment needs (MAIL FROM, DKIM `d=`).
    pub other_domains: Vec<String>,
    /// `_dmarc.<domain>` TXT outcomes, by domain (without the `_dmarc.` prefix).
    pub lookups: BTreeMap<String, TxtOutcome>,
    /// Whether each From domain exists in DNS (for `np=`): `Some(false)` on
    /// NXDOMAIN, `None` when the lookup failed. Asked only where `np=` can apply.
    pub exists: BTreeMap<String, Option<bool>>,
    /// The report-authorization checks for `rua`/`ruf` destinations outside the domain.
    pub report_authorization: Vec<ReportAuthorization>,
    /// Identifiers whose tree walk was not made: beyond [`MAX_IDENTIFIER_WALKS`].
    pub unwalked: Vec<String>,
}

/// The most tree walks made for identifiers other than the From domain in
/// one message. RFC 9989 bounds each walk (8 queries) but not how many
/// identifiers a message brings; a message with more DKIM `d=` domains than
/// this gets the rest counted as not aligned (as npm mailauth does), which
/// can only make its own verdict worse.
pub const MAX_IDENTIFIER_WALKS: usize = 10;

/// The names the RFC 9989 DNS tree walk queries for `domain`, longest first:
/// the domain itself, then (when it has 8 labels or more) its last 7 labels,
/// then one label less at a time down to the top-level domain (at most 8 queries).
pub fn tree_walk_names(domain: &str) -> Vec<String> {
    let domain = normalize(domain);
    let labels: Vec<&str> = domain.split('.').filter(|l| !l.is_empty()).collect();
    let mut out = Vec::new();
    if labels.is_empty() {
        return out;
    }
    out.push(labels.join("."));
    let start = labels.len().saturating_sub(7).max(1);
    for i in start..labels.len() {
        let name = labels[i..].join(".");
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Whether `_dmarc.<domain>` can be asked at all: every label 1 to 63
/// octets and the whole name at most 253 (RFC 1035 §2.3.4).
fn dmarc_name_sendable(domain: &str) -> bool {
    let name = format!("_dmarc.{domain}");
    name.len() <= 253 && name.split('.').all(|l| !l.is_empty() && l.len() <= 63)
}

/// How far one DNS tree walk (RFC 9989 §4.10) got with the answers at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkEnd {
    /// A single record with `psd=y` or `psd=n` stopped it (steps 2 and 6).
    Psd(String),
    /// Every name was asked.
    Exhausted,
    /// The lookup of this name failed: what the rest would say cannot matter
    /// until this answer is known, so the walk goes no further.
    Failed(String, String),
    /// This name has not been asked yet.
    Needs(String),
}

/// One tree walk: the names it visited in order, and why it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    pub start: String,
    pub visited: Vec<String>,
    pub end: WalkEnd,
}

/// The tree walk from `domain` over the answers in `lookups`. Pure: the
/// discovery runs it, asks the name it needs and runs it again, so the
/// walk over DNS and the walk the evaluation reads are the same code.
pub fn walk(lookups: &BTreeMap<String, TxtOutcome>, domain: &str) -> Walk {
    let names = tree_walk_names(domain);
    let start = names.first().cloned().unwrap_or_default();
    let mut visited = Vec::new();
    for name in names {
        let Some(outcome) = lookups.get(&name) else {
            return Walk {
                start,
                visited,
                end: WalkEnd::Needs(name),
            };
        };
        visited.push(name.clone());
        if let TxtOutcome::Error(e) = outcome {
            return Walk {
                start,
                visited,
                end: WalkEnd::Failed(name, e.clone()),
            };
        }
        if outcome.single().is_some_and(|r| r.psd.is_some()) {
            return Walk {
                start,
                visited,
                end: WalkEnd::Psd(name),
            };
        }
    }
    Walk {
        start,
        visited,
        end: WalkEnd::Exhausted,
    }
}

/// The RFC 9989 organizational domain, when the walk could find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgDomain {
    pub domain: String,
    /// The Public Suffix Domain the walk met (`psd=y`), if any.
    pub psd: Option<String>,
}

/// Why the organizational domain is not known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgUnknown {
    /// A lookup of the walk failed (SERVFAIL, timeout).
    Failed { name: String, error: String },
    /// The walk was not made (not needed for this message).
    NotWalked,
}

/// RFC 9989 §4.10.2: the organizational domain from the walk's records,
/// longest name first: a `psd=n` record's name; one label below a `psd=y`
/// record other than the start's; else the record with the fewest labels;
/// else the start itself.
pub fn org_domain_bis(
    lookups: &BTreeMap<String, TxtOutcome>,
    domain: &str,
) -> Result<OrgDomain, OrgUnknown> {
    let w = walk(lookups, domain);
    match &w.end {
        WalkEnd::Failed(name, error) => {
            return Err(OrgUnknown::Failed {
                name: name.clone(),
                error: error.clone(),
            })
        }
        WalkEnd::Needs(_) => return Err(OrgUnknown::NotWalked),
        WalkEnd::Psd(_) | WalkEnd::Exhausted => {}
    }
    let mut fewest: Option<&String> = None;
    for name in &w.visited {
        let Some(rec) = lookups.get(name).and_then(TxtOutcome::single) else {
            continue;
        };
        match rec.psd {
            Some(false) => {
                return Ok(OrgDomain {
                    domain: name.clone(),
                    psd: None,
                })
            }
            Some(true) if *name != w.start => {
                return Ok(OrgDomain {
                    domain: one_label_below(&w.start, name).unwrap_or_else(|| w.start.clone()),
                    psd: Some(name.clone()),
                })
            }
            _ => fewest = Some(name),
        }
    }
    Ok(OrgDomain {
        domain: fewest.cloned().unwrap_or(w.start),
        psd: None,
    })
}

/// The RFC 7489 organizational domain (§3.2): the registrable domain by the
/// Public Suffix List, ICANN and private sections (`foo.github.io` is its own).
/// Pure, no DNS: the RFC 9989 organizational domain needs the tree walk's
/// answers, see [`org_domain_bis`]. A name that is itself a public suffix (or not
/// under any) comes back normalized, unchanged.
pub fn psl_org_domain(domain: &str) -> String {
    let d = normalize(domain);
    match psl::domain_str(&d) {
        Some(org) => org.to_string(),
        None => d,
    }
}

fn normalize(d: &str) -> String {
    d.trim().trim_end_matches('.').to_ascii_lowercase()
}

use crate::i18n::phrases::dmarc::Dmarc;

async fn txt(resolver: &dyn Resolver, domain: &str) -> TxtOutcome {
    let name = format!("_dmarc.{domain}");
    match resolver.query(&name, RType::Txt).await {
        Ok(a) => match a.rcode {
            Rcode::NoError => TxtOutcome::Records(a.txt_joined()),
            Rcode::NxDomain => TxtOutcome::NxDomain,
            other => TxtOutcome::Error(crate::tr!(Dmarc::ServerAnswered, rcode = other)),
        },
        Err(e) => TxtOutcome::Error(e.to_string()),
    }
}

/// Asks `_dmarc.<domain>` unless it was asked already (by this or another
/// identifier's walk) or cannot be sent.
async fn ask(resolver: &dyn Resolver, lookups: &mut BTreeMap<String, TxtOutcome>, domain: &str) {
    if lookups.contains_key(domain) {
        return;
    }
    let outcome = if dmarc_name_sendable(domain) {
        txt(resolver, domain).await
    } else {
        TxtOutcome::NotSent
    };
    lookups.insert(domain.to_string(), outcome);
}

/// Runs the tree walk from `domain` over DNS, one query at a time in the
/// RFC's order (each answer decides whether there is a next one). Every
/// round adds the name the walk needs, so it ends within 8 rounds.
async fn run_walk(
    resolver: &dyn Resolver,
    lookups: &mut BTreeMap<String, TxtOutcome>,
    domain: &str,
) {
    while let WalkEnd::Needs(name) = walk(lookups, domain).end {
        ask(resolver, lookups, &name).await;
    }
}

async fn existence(resolver: &dyn Resolver, domain: &str) -> Option<bool> {
    // RFC 9989 §3.2.13 / Appendix A.4: a domain "does not exist" when DNS
    // says NXDOMAIN for it; any other answer (NODATA too) means it exists. A
    // name DNS cannot carry cannot exist.
    if !dmarc_name_sendable(domain) {
        return Some(false);
    }
    match resolver.query(domain, RType::A).await {
        Ok(a) if a.rcode == Rcode::NxDomain => Some(false),
        Ok(a) if a.rcode == Rcode::NoError => Some(true),
        _ => None,
    }
}

fn distinct(domains: &[String], seen: &mut BTreeSet<String>) -> Vec<String> {
    domains
        .iter()
        .map(|d| normalize(d))
        .filter(|d| !d.is_empty() && seen.insert(d.clone()))
        .collect()
}

/// Whether the From domain's walk is needed (RFC 9989 §4.10.1, §4.10.2):
/// when it has no record of its own (the policy comes from its
/// organizational domain), or when another identifier is to be compared
/// with it. With its own record and every identifier the same domain,
/// "this common domain is treated as the Organizational Domain" (§4.10.2).
/// Strict alignment would not need the walk either; it is still made, so
/// that the organizational domain is shown and compared with RFC 7489's.
fn from_walk_needed(own: Option<&Record>, from: &str, others: &[String]) -> bool {
    own.is_none() || others.iter().any(|o| o != from)
}

/// Every DNS query DMARC needs, in the order RFC 9989 makes them: for each
/// From domain its own `_dmarc` name, then its tree walk if needed; then
/// the tree walks of `other_domains` (MAIL FROM and DKIM `d=` domains) when
/// relaxed alignment needs their organizational domains — each name asked
/// once whichever walk meets it first; the RFC 7489 PSL organizational
/// domains' records; whether the From domain exists, only where `np=` can
/// apply; then the report-authorization records of external `rua`/`ruf`
/// destinations. One query at a time: each answer decides the next, and the
/// DNS log reads as the walk.
pub async fn discover(
    resolver: &dyn Resolver,
    from_domains: &[String],
    other_domains: &[String],
) -> Discovery {
    let mut seen = BTreeSet::new();
    let from_domains = distinct(from_domains, &mut seen);
    let other_domains = distinct(other_domains, &mut seen);
    let mut lookups: BTreeMap<String, TxtOutcome> = BTreeMap::new();
    let mut relaxed_somewhere = false;
    for from in &from_domains {
        ask(resolver, &mut lookups, from).await;
        let own = lookups.get(from).and_then(TxtOutcome::single);
        if from_walk_needed(own.as_ref(), from, &other_domains) {
            run_walk(resolver, &mut lookups, from).await;
        }
        let applied = policy_record_bis(&lookups, from).found();
        relaxed_somewhere |= applied.is_some_and(|(_, r)| !r.aspf_strict || !r.adkim_strict);
    }
    let mut unwalked = Vec::new();
    if relaxed_somewhere {
        for (i, other) in walk_order(&lookups, &from_domains, &other_domains)
            .into_iter()
            .enumerate()
        {
            if i < MAX_IDENTIFIER_WALKS {
                run_walk(resolver, &mut lookups, other).await;
            } else {
                unwalked.push(other.clone());
            }
        }
    }
    for from in &from_domains {
        ask(resolver, &mut lookups, &psl_org_domain(from)).await;
    }
    let mut exists = BTreeMap::new();
    for from in &from_domains {
        if np_can_apply(&lookups, from) {
            exists.insert(from.clone(), existence(resolver, from).await);
        }
    }
    let mut d = Discovery {
        from_domain: from_domains.first().cloned(),
        from_domains,
        other_domains,
        lookups,
        exists,
        report_authorization: Vec::new(),
        unwalked,
    };
    d.report_authorization = report_authorization(resolver, &d).await;
    d
}

/// The identifiers in the order their walks are made: those at or below a
/// From domain's organizational domain first (only they can align, RFC 9989
/// §4.10.2: an organizational domain is the name itself or a parent), each
/// group in the order given.
fn walk_order<'a>(
    lookups: &BTreeMap<String, TxtOutcome>,
    from_domains: &[String],
    others: &'a [String],
) -> Vec<&'a String> {
    let orgs: Vec<String> = from_domains
        .iter()
        .filter_map(|f| org_domain_bis(lookups, f).ok().map(|o| o.domain))
        .collect();
    let under = |d: &str| orgs.iter().any(|o| d == o || d.ends_with(&format!(".{o}")));
    let (near, far): (Vec<&String>, Vec<&String>) = others.iter().partition(|d| under(d));
    near.into_iter().chain(far).collect()
}

/// `np=` applies only to a From domain that gets its policy from another
/// domain's record carrying `np=` (RFC 9989 §4.10.1): only then does its
/// existence matter, and only then is it asked.
fn np_can_apply(lookups: &BTreeMap<String, TxtOutcome>, from: &str) -> bool {
    match policy_record_bis(lookups, from) {
        Found::Record { domain, record } => domain != from && record.np.is_some(),
        _ => false,
    }
}

/// The report destinations of the policy records both rule sets would use,
/// outside the record's organization, and whether each accepts the reports.
async fn report_authorization(resolver: &dyn Resolver, d: &Discovery) -> Vec<ReportAuthorization> {
    let mut checks: Vec<(String, String, String)> = Vec::new();
    for from in &d.from_domains {
        let mut records = Vec::new();
        if let Some((dom, rec)) = policy_record_bis(&d.lookups, from).found() {
            records.push((dom, rec));
        }
        if let Some((dom, rec)) = policy_record_7489(d, from).found() {
            records.push((dom, rec));
        }
        for (dom, rec) in records {
            for uri in rec.rua.iter().chain(rec.ruf.iter()) {
                if let Some(dest) = mailto_domain(uri) {
                    if !same_org_for_reports(&dom, &dest) {
                        let key = (dom.clone(), dest.clone(), uri.clone());
                        if !checks.contains(&key) {
                            checks.push(key);
                        }
                    }
                }
            }
        }
    }
    join_all(checks.into_iter().map(|(dom, dest, uri)| async move {
        let name = format!("{dom}._report._dmarc.{dest}");
        let outcome = match resolver.query(&name, RType::Txt).await {
            Ok(a) if a.rcode == Rcode::NoError => {
                let recs = a.txt_joined();
                if recs.iter().any(|r| r.trim_start().starts_with("v=DMARC1")) {
                    (
                        Some(true),
                        crate::tr!(
                            Dmarc::ReportAuthFound,
                            name = name,
                            dest = dest,
                            domain = dom
                        ),
                    )
                } else {
                    (
                        Some(false),
                        crate::tr!(
                            Dmarc::ReportAuthMissing,
                            name = name,
                            dest = dest,
                            domain = dom
                        ),
                    )
                }
            }
            Ok(a) => (
                Some(false),
                crate::tr!(
                    Dmarc::ReportAuthRcode,
                    name = name,
                    rcode = a.rcode,
                    dest = dest,
                    domain = dom
                ),
            ),
            Err(e) => (
                None,
                crate::tr!(Dmarc::ReportAuthError, domain = dom, dest = dest, error = e),
            ),
        };
        ReportAuthorization {
            domain: dom,
            uri,
            destination: dest,
            query: name,
            authorized: outcome.0,
            text: outcome.1,
        }
    }))
    .await
}

/// The domain of a `mailto:` report URI (`mailto:dmarc@example.com!10m`).
fn mailto_domain(uri: &str) -> Option<String> {
    let rest = uri.trim().strip_prefix("mailto:").or_else(|| {
        uri.trim()
            .get(..7)
            .filter(|p| p.eq_ignore_ascii_case("mailto:"))
            .and_then(|_| uri.trim().get(7..))
    })?;
    let addr = rest.split('!').next().unwrap_or(rest);
    crate::message::domain_of(addr)
}

/// RFC 7489 §7.1: the check is needed when the destination's organizational domain differs.
fn same_org_for_reports(domain: &str, dest: &str) -> bool {
    psl_org_domain(domain) == psl_org_domain(dest)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    None,
    Quarantine,
    Reject,
}

impl Policy {
    fn parse(s: &str) -> Option<Policy> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" => Some(Policy::None),
            "quarantine" => Some(Policy::Quarantine),
            "reject" => Some(Policy::Reject),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::None => "none",
            Policy::Quarantine => "quarantine",
            Policy::Reject => "reject",
        }
    }

    fn lower(self) -> Policy {
        match self {
            Policy::Reject => Policy::Quarantine,
            _ => Policy::None,
        }
    }
}

/// A parsed DMARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub raw: String,
    pub p: Option<Policy>,
    pub sp: Option<Policy>,
    pub np: Option<Policy>,
    pub adkim_strict: bool,
    pub aspf_strict: bool,
    pub pct: u8,
    pub pct_given: bool,
    pub testing: bool,
    /// `psd=y` → `Some(true)`, `psd=n` → `Some(false)`, `psd=u`/absent → `None`.
    pub psd: Option<bool>,
    pub rua: Vec<String>,
    pub ruf: Vec<String>,
    pub warnings: Vec<String>,
    /// The policy tags that are missing (`p`) or not a valid policy (`p`,
    /// `sp`, `np`), for RFC 9989 §4.10.1 / RFC 7489 §6.6.3 step 6.
    pub invalid_policy: Vec<&'static str>,
}

impl Record {
    /// Whether `rua=` holds at least one syntactically valid URI (RFC 9989 §4.10.1).
    pub fn has_valid_rua(&self) -> bool {
        self.rua.iter().any(|u| is_valid_report_uri(u))
    }
}

/// A URI by RFC 3986's outline: `scheme ":" rest`, the scheme a letter then
/// letters, digits, `+`, `-` or `.`, the rest non-empty without spaces; the
/// obsolete `!size` suffix (RFC 9989 §4.8) is allowed.
fn is_valid_report_uri(uri: &str) -> bool {
    let uri = uri.split('!').next().unwrap_or(uri).trim();
    let Some((scheme, rest)) = uri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !rest.chars().any(char::is_whitespace)
}

/// Parses a record that starts with `v=DMARC1` (tags RFC 7489 §6.3, RFC 9989 §4.7).
pub fn parse_record(raw: &str) -> Record {
    let mut r = Record {
        raw: raw.to_string(),
        p: None,
        sp: None,
        np: None,
        adkim_strict: false,
        aspf_strict: false,
        pct: 100,
        pct_given: false,
        testing: false,
        psd: None,
        rua: Vec::new(),
        ruf: Vec::new(),
        warnings: Vec::new(),
        invalid_policy: Vec::new(),
    };
    for part in raw.split(';').skip(1) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let Some((k, v)) = part.split_once('=') else {
            r.warnings
                .push(crate::tr!(Dmarc::WarnNotTagValue, part = part));
            continue;
        };
        let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
        let policy =
            |v: &str, w: &mut Vec<String>, bad: &mut Vec<&'static str>, tag: &'static str| {
                let p = Policy::parse(v);
                if p.is_none() {
                    w.push(crate::tr!(Dmarc::WarnBadPolicy, tag = tag, value = v));
                    bad.push(tag);
                }
                p
            };
        match k.as_str() {
            "p" => r.p = policy(v, &mut r.warnings, &mut r.invalid_policy, "p"),
            "sp" => r.sp = policy(v, &mut r.warnings, &mut r.invalid_policy, "sp"),
            "np" => r.np = policy(v, &mut r.warnings, &mut r.invalid_policy, "np"),
            "adkim" | "aspf" => {
                let strict = match v.to_ascii_lowercase().as_str() {
                    "s" => true,
                    "r" => false,
                    _ => {
                        r.warnings
                            .push(crate::tr!(Dmarc::WarnBadAlignment, tag = k, value = v));
                        false
                    }
                };
                if k == "adkim" {
                    r.adkim_strict = strict
                } else {
                    r.aspf_strict = strict
                }
            }
            "pct" => match v.parse::<u32>() {
                Ok(n) if n <= 100 => {
                    r.pct = n as u8;
                    r.pct_given = true
                }
                _ => r.warnings.push(crate::tr!(Dmarc::WarnBadPct, value = v)),
            },
            "t" => match v.to_ascii_lowercase().as_str() {
                "y" => r.testing = true,
                "n" => r.testing = false,
                _ => r
                    .warnings
                    .push(crate::tr!(Dmarc::WarnBadTesting, value = v)),
            },
            "psd" => match v.to_ascii_lowercase().as_str() {
                "y" => r.psd = Some(true),
                "n" => r.psd = Some(false),
                "u" => r.psd = None,
                _ => r.warnings.push(crate::tr!(Dmarc::WarnBadPsd, value = v)),
            },
            "rua" | "ruf" => {
                let list: Vec<String> = v
                    .split(',')
                    .map(|u| u.trim().to_string())
                    .filter(|u| !u.is_empty())
                    .collect();
                if k == "rua" {
                    r.rua = list
                } else {
                    r.ruf = list
                }
            }
            "fo" | "rf" | "ri" => {}
            other => r
                .warnings
                .push(crate::tr!(Dmarc::WarnUnknownTag, tag = other)),
        }
    }
    if r.p.is_none() {
        r.warnings.push(crate::tr!(Dmarc::WarnNoPolicy));
        if !r.invalid_policy.contains(&"p") {
            r.invalid_policy.insert(0, "p");
        }
    }
    r
}

/// Where a rule set found (or did not find) the policy record.
#[derive(Debug, Clone)]
enum Found {
    Record {
        domain: String,
        record: Record,
    },
    Absent,
    /// A DNS failure on the way: DMARC cannot be decided (temperror).
    DnsError(String, String),
    /// Several DMARC records at one name (RFC 7489 §6.6.3 step 5).
    Multiple(String),
}

impl Found {
    fn found(self) -> Option<(String, Record)> {
        match self {
            Found::Record { domain, record } => Some((domain, record)),
            _ => None,
        }
    }
}

/// RFC 9989 §4.10.1: the record of the Author Domain if it has one, else
/// that of its organizational domain, else that of its Public Suffix Domain
/// — not merely the first record the walk meets.
fn policy_record_bis(lookups: &BTreeMap<String, TxtOutcome>, from: &str) -> Found {
    match lookups.get(from) {
        Some(TxtOutcome::Error(e)) => return Found::DnsError(from.to_string(), e.clone()),
        Some(o) => {
            if let Some(record) = o.single() {
                return Found::Record {
                    domain: from.to_string(),
                    record,
                };
            }
        }
        None => return Found::Absent,
    }
    let org = match org_domain_bis(lookups, from) {
        Ok(org) => org,
        Err(OrgUnknown::Failed { name, error }) => return Found::DnsError(name, error),
        Err(OrgUnknown::NotWalked) => return Found::Absent,
    };
    for domain in std::iter::once(org.domain).chain(org.psd) {
        if let Some(record) = lookups.get(&domain).and_then(TxtOutcome::single) {
            return Found::Record { domain, record };
        }
    }
    Found::Absent
}

/// RFC 7489 §6.6.3: the From domain, then its PSL organizational domain.
fn policy_record_7489(d: &Discovery, from: &str) -> Found {
    let org = psl_org_domain(from);
    let mut names = vec![normalize(from)];
    if org != names[0] {
        names.push(org);
    }
    for name in names {
        match d.lookups.get(&name) {
            Some(TxtOutcome::Error(e)) => return Found::DnsError(name, e.clone()),
            Some(o) => {
                let recs = o.dmarc_records();
                match recs.len() {
                    0 => continue,
                    1 => {
                        return Found::Record {
                            domain: name,
                            record: parse_record(recs[0]),
                        }
                    }
                    _ => return Found::Multiple(name),
                }
            }
            None => {}
        }
    }
    Found::Absent
}

fn one_label_below(domain: &str, ancestor: &str) -> Option<String> {
    let domain = normalize(domain);
    let prefix = domain.strip_suffix(ancestor)?.strip_suffix('.')?;
    let label = prefix.rsplit('.').next()?;
    Some(format!("{label}.{ancestor}"))
}

/// How an SPF or DKIM domain relates to the From domain (RFC 7489 §3.1,
/// RFC 9989 §4.4).
enum How {
    Same {
        strict: bool,
    },
    /// Strict alignment and a different domain.
    StrictOther,
    /// Relaxed: both share this organizational domain.
    SameOrg(String),
    /// Relaxed: the other domain's organizational domain differs.
    OtherOrg(String),
    /// Relaxed, and an organizational domain is unknown: the lookup of
    /// `_dmarc.<name>` failed with this error.
    Unknown {
        name: String,
        error: String,
    },
    /// Relaxed, and the identifier's walk was beyond [`MAX_IDENTIFIER_WALKS`].
    WalkLimit,
}

struct Alignment {
    other: String,
    from: String,
    from_org: String,
    how: How,
}

impl Alignment {
    fn ok(&self) -> bool {
        matches!(self.how, How::Same { .. } | How::SameOrg(_))
    }

    fn unknown(&self) -> bool {
        matches!(self.how, How::Unknown { .. })
    }

    /// The sentence of `keys` for this alignment, one key per way of (not)
    /// aligning in `How`'s order (same strict, same relaxed, strict other,
    /// same organization, other organization, unknown). Each template takes
    /// what it names of the alignment's domains and of `args`; a phrase
    /// ignores the arguments it does not name.
    fn say(&self, keys: [Dmarc; 7], args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let (key, org, name, error) = match &self.how {
            How::Same { strict: true } => (keys[0], "", "", ""),
            How::Same { strict: false } => (keys[1], "", "", ""),
            How::StrictOther => (keys[2], "", "", ""),
            How::SameOrg(o) => (keys[3], o.as_str(), "", ""),
            How::OtherOrg(o) => (keys[4], o.as_str(), "", ""),
            How::Unknown { name, error } => (keys[5], "", name.as_str(), error.as_str()),
            How::WalkLimit => (keys[6], "", "", ""),
        };
        let mut all: Vec<(&str, &dyn std::fmt::Display)> = vec![
            ("other", &self.other),
            ("from", &self.from),
            ("org", &org),
            ("from_org", &self.from_org),
            ("name", &name),
            ("error", &error),
            ("limit", &MAX_IDENTIFIER_WALKS),
        ];
        all.extend_from_slice(args);
        key.phrase().english(&all)
    }

    /// Why the domains are (not) aligned, as a sentence of its own.
    fn why(&self) -> String {
        use Dmarc::*;
        self.say(
            [
                AlignSameStrict,
                AlignSameRelaxed,
                AlignStrictOther,
                AlignSameOrg,
                AlignOtherOrg,
                AlignUnknown,
                AlignWalkLimit,
            ],
            &[],
        )
    }

    // The failing SPF and DKIM steps put the reason in parentheses, and every
    // reason ends in a parenthesis of its own: each reason has its own whole
    // template, so the step reads back unambiguously.
    fn spf_cannot_count(&self, domain: &str, result: AuthResult) -> String {
        use Dmarc::*;
        self.say(
            [
                SpfNoCountSameStrict,
                SpfNoCountSameRelaxed,
                SpfNoCountStrictOther,
                SpfNoCountSameOrg,
                SpfNoCountOtherOrg,
                SpfNoCountUnknown,
                SpfNoCountWalkLimit,
            ],
            &[("result", &result), ("domain", &domain)],
        )
    }

    fn dkim_cannot_count(&self, domain: &str, selector: &str, result: AuthResult) -> String {
        use Dmarc::*;
        self.say(
            [
                DkimNoCountSameStrict,
                DkimNoCountSameRelaxed,
                DkimNoCountStrictOther,
                DkimNoCountSameOrg,
                DkimNoCountOtherOrg,
                DkimNoCountUnknown,
                DkimNoCountWalkLimit,
            ],
            &[
                ("result", &result),
                ("domain", &domain),
                ("selector", &selector),
            ],
        )
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rules {
    Bis,
    Rfc7489,
}

impl Rules {
    fn name(self) -> &'static str {
        match self {
            Rules::Bis => "RFC 9989",
            Rules::Rfc7489 => "RFC 7489",
        }
    }

    /// Where the rule for a record without a valid policy is written.
    fn invalid_policy_section(self) -> &'static str {
        match self {
            Rules::Bis => "RFC 9989 §4.10.1",
            Rules::Rfc7489 => "RFC 7489 §6.6.3",
        }
    }

    fn org(self, d: &Discovery, domain: &str) -> Result<String, OrgUnknown> {
        match self {
            Rules::Bis => org_domain_bis(&d.lookups, domain).map(|o| o.domain),
            Rules::Rfc7489 => Ok(psl_org_domain(domain)),
        }
    }
}

/// One From domain evaluated under one rule set.
struct Outcome {
    verdict: DmarcVerdict,
    /// The policy that applies to this message (after `t=`/`pct` notes), for "most strict" selection.
    applied: Option<Policy>,
}

/// The trace line of one `_dmarc` lookup, with the records as details.
fn lookup_step(d: &Discovery, n: &str) -> Step {
    let text = match d.lookups.get(n) {
        Some(TxtOutcome::Records(r)) => {
            let dm = r.iter().filter(|t| is_dmarc_record(t)).count();
            match dm {
                0 if r.is_empty() => crate::tr!(Dmarc::LookupNoRecords, name = n),
                0 => crate::tr!(Dmarc::LookupNoDmarc, name = n, n = r.len()),
                1 => crate::tr!(Dmarc::LookupOne, name = n),
                k => crate::tr!(Dmarc::LookupSeveral, name = n, n = k),
            }
        }
        Some(TxtOutcome::NxDomain) => crate::tr!(Dmarc::LookupNxDomain, name = n),
        Some(TxtOutcome::Error(e)) => crate::tr!(Dmarc::LookupError, name = n, error = e),
        Some(TxtOutcome::NotSent) => crate::tr!(Dmarc::LookupNotSent, name = n),
        None => crate::tr!(Dmarc::LookupNotQueried, name = n),
    };
    let kind = match d.lookups.get(n) {
        Some(TxtOutcome::Error(_)) => StepKind::Error,
        _ => StepKind::Lookup,
    };
    let mut s = Step::new(kind, text);
    if let Some(TxtOutcome::Records(r)) = d.lookups.get(n) {
        s = s.with_details(r.iter().cloned());
    }
    s
}

/// The steps of the tree walk from `domain` as far as it went, and why it ended.
fn walk_steps(d: &Discovery, domain: &str) -> Vec<Step> {
    let w = walk(&d.lookups, domain);
    let mut steps: Vec<Step> = w.visited.iter().map(|n| lookup_step(d, n)).collect();
    match &w.end {
        WalkEnd::Psd(name) => {
            let psd = d
                .lookups
                .get(name)
                .and_then(TxtOutcome::single)
                .and_then(|r| r.psd)
                .map_or("u", |y| if y { "y" } else { "n" });
            steps.push(Step::new(
                StepKind::Info,
                crate::tr!(Dmarc::WalkStopPsd, psd = psd, name = name),
            ));
        }
        WalkEnd::Failed(name, _) => steps.push(Step::new(
            StepKind::Error,
            crate::tr!(Dmarc::WalkStopFailed, name = name),
        )),
        WalkEnd::Exhausted | WalkEnd::Needs(_) => {}
    }
    steps
}

/// The names each rule set looks at for the policy, as a trace step.
fn discovery_step(rules: Rules, d: &Discovery, from: &str) -> Step {
    match rules {
        Rules::Bis => {
            let walked = !matches!(walk(&d.lookups, from).end, WalkEnd::Needs(_));
            let children = if walked {
                walk_steps(d, from)
            } else {
                vec![lookup_step(d, from)]
            };
            let n = children
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Lookup | StepKind::Error))
                .count()
                .min(tree_walk_names(from).len());
            Step::new(
                StepKind::Lookup,
                crate::tr!(Dmarc::DiscoveryBis, from = from, n = n),
            )
            .with_children(children)
        }
        Rules::Rfc7489 => {
            let org = psl_org_domain(from);
            let mut names = vec![from.to_string()];
            if org != from {
                names.push(org);
            }
            Step::new(
                StepKind::Lookup,
                crate::tr!(Dmarc::Discovery7489, from = from),
            )
            .with_children(names.iter().map(|n| lookup_step(d, n)).collect())
        }
    }
}

fn org_step(rules: Rules, from: &str, org: &Result<String, OrgUnknown>) -> Step {
    match (rules, org) {
        (Rules::Bis, Ok(org)) => Step::new(
            StepKind::Compute,
            crate::tr!(Dmarc::OrgDomainBis, from = from, org = org),
        )
        .with_fact("org_domain", org),
        (Rules::Rfc7489, Ok(org)) => Step::new(
            StepKind::Compute,
            crate::tr!(Dmarc::OrgDomain7489, from = from, org = org),
        )
        .with_fact("org_domain", org),
        (_, Err(OrgUnknown::Failed { name, error })) => Step::new(
            StepKind::Error,
            crate::tr!(
                Dmarc::OrgDomainUnknown,
                from = from,
                name = name,
                error = error
            ),
        ),
        (_, Err(OrgUnknown::NotWalked)) => Step::new(
            StepKind::Error,
            crate::tr!(Dmarc::LookupNotQueried, name = from),
        ),
    }
}

/// RFC 9989 §4.10.1: whose record the policy comes from, and the records
/// the walk met that are not used for it.
fn policy_source_steps(d: &Discovery, from: &str, record_domain: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    if record_domain == from {
        steps.push(Step::new(
            StepKind::Compute,
            crate::tr!(Dmarc::PolicyFromAuthor, domain = record_domain),
        ));
        return steps;
    }
    let org = org_domain_bis(&d.lookups, from).ok();
    let text = match &org {
        Some(o) if o.domain == record_domain => {
            crate::tr!(Dmarc::PolicyFromOrg, domain = record_domain)
        }
        Some(o) => crate::tr!(Dmarc::PolicyFromPsd, domain = record_domain, org = o.domain),
        None => crate::tr!(Dmarc::PolicyFromOrg, domain = record_domain),
    };
    steps.push(Step::new(StepKind::Compute, text));
    for name in walk(&d.lookups, from).visited {
        let has_record = d.lookups.get(&name).and_then(TxtOutcome::single).is_some();
        if has_record && name != record_domain {
            steps.push(Step::new(
                StepKind::Info,
                crate::tr!(Dmarc::RecordNotUsed, name = name),
            ));
        }
    }
    steps
}

/// The record as applied, for the verdict's `tags`.
fn tags_of(r: &Record) -> DmarcTags {
    let yn = |b: bool| if b { "y" } else { "n" };
    let rs = |strict: bool| if strict { "s" } else { "r" };
    DmarcTags {
        p: r.p.map(|p| p.as_str().to_string()),
        sp: r.sp.map(|p| p.as_str().to_string()),
        np: r.np.map(|p| p.as_str().to_string()),
        t: yn(r.testing).into(),
        adkim: rs(r.adkim_strict).into(),
        aspf: rs(r.aspf_strict).into(),
        psd: match r.psd {
            Some(true) => "y",
            Some(false) => "n",
            None => "u",
        }
        .into(),
    }
}

/// What the policy selection found: a policy, or (RFC 9989 §5.3.6) none
/// because the From domain's existence decides it and is unknown.
enum Selected {
    Policy(Policy, String),
    Undecided(String),
}

/// RFC 9989 §4.10.1 (and §4.7 for `np`): `p` for the Author Domain's own
/// record; for a subdomain `np` if it does not exist, else `sp`, else `p`.
fn select_policy(
    rules: Rules,
    d: &Discovery,
    from: &str,
    record_domain: &str,
    record: &Record,
) -> Selected {
    let p = record.p.unwrap_or(Policy::None);
    if record_domain == from {
        return Selected::Policy(p, crate::tr!(Dmarc::PolicyOwn, p = p.as_str()));
    }
    let fallback = || match record.sp {
        Some(sp) => (
            sp,
            crate::tr!(
                Dmarc::PolicySp,
                sp = sp.as_str(),
                from = from,
                domain = record_domain
            ),
        ),
        None => (
            p,
            crate::tr!(Dmarc::PolicySubdomain, p = p.as_str(), from = from),
        ),
    };
    let np = match (rules, record.np) {
        (Rules::Bis, Some(np)) => np,
        _ => {
            let (policy, why) = fallback();
            return Selected::Policy(policy, why);
        }
    };
    match d.exists.get(from).copied().flatten() {
        Some(false) => Selected::Policy(
            np,
            crate::tr!(
                Dmarc::PolicyNp,
                np = np.as_str(),
                from = from,
                domain = record_domain
            ),
        ),
        Some(true) => {
            let (policy, why) = fallback();
            Selected::Policy(policy, why)
        }
        None => {
            let (policy, why) = fallback();
            let other = match record.sp {
                Some(sp) => format!("sp={}", sp.as_str()),
                None => format!("p={}", p.as_str()),
            };
            if policy == np {
                Selected::Policy(
                    policy,
                    crate::tr!(Dmarc::NpUnknownSame, from = from, why = why),
                )
            } else {
                Selected::Undecided(crate::tr!(
                    Dmarc::NpUndecided,
                    from = from,
                    np = np.as_str(),
                    other = other
                ))
            }
        }
    }
}

fn evaluate_one(
    rules: Rules,
    d: &Discovery,
    from: &str,
    spf: &SpfReport,
    spf_domain: Option<&str>,
    dkim: &[DkimReport],
) -> Outcome {
    let mut trace = vec![discovery_step(rules, d, from)];
    let mut v = DmarcVerdict {
        rules: rules.name().into(),
        from_domain: Some(from.to_string()),
        ..Default::default()
    };
    let org = match rules.org(d, from) {
        // §4.10.2: its own record, and no other identifier to compare.
        Err(OrgUnknown::NotWalked)
            if d.lookups.get(from).and_then(TxtOutcome::single).is_some() =>
        {
            trace.push(
                Step::new(
                    StepKind::Compute,
                    crate::tr!(Dmarc::OrgDomainNotNeeded, from = from, org = from),
                )
                .with_fact("org_domain", from),
            );
            Ok(from.to_string())
        }
        org => {
            trace.push(org_step(rules, from, &org));
            org
        }
    };
    v.org_domain = org.as_ref().ok().cloned();

    let found = match rules {
        Rules::Bis => policy_record_bis(&d.lookups, from),
        Rules::Rfc7489 => policy_record_7489(d, from),
    };
    let end = |mut v: DmarcVerdict, trace: Vec<Step>, result, disposition| {
        v.result = result;
        v.disposition = disposition;
        v.trace = trace;
        Outcome {
            verdict: v,
            applied: None,
        }
    };
    let (record_domain, mut record) = match found {
        Found::Record { domain, record } => (domain, record),
        Found::Absent => {
            trace.push(Step::new(
                StepKind::Result,
                crate::tr!(Dmarc::ResultNoRecord, from = from, rules = rules.name()),
            ));
            return end(
                v,
                trace,
                AuthResult::None,
                crate::tr!(Dmarc::DispositionNoPolicy),
            );
        }
        Found::Multiple(name) => {
            trace.push(Step::new(
                StepKind::Error,
                crate::tr!(Dmarc::SeveralRecords, name = name),
            ));
            return end(
                v,
                trace,
                AuthResult::None,
                crate::tr!(Dmarc::DispositionSeveralRecords),
            );
        }
        Found::DnsError(name, e) => {
            trace.push(Step::new(
                StepKind::Error,
                crate::tr!(Dmarc::ResultTempError, name = name, error = e),
            ));
            return end(
                v,
                trace,
                AuthResult::TempError,
                crate::tr!(Dmarc::DispositionTempError),
            );
        }
    };
    v.record_domain = Some(record_domain.clone());
    v.record = Some(record.raw.clone());
    let mut rs = Step::new(
        StepKind::Parse,
        crate::tr!(Dmarc::RecordAt, domain = record_domain),
    )
    .with_detail(record.raw.clone());
    for w in &record.warnings {
        rs.children.push(Step::new(StepKind::Warning, w.clone()));
    }
    trace.push(rs);
    if rules == Rules::Bis {
        trace.extend(policy_source_steps(d, from, &record_domain));
    }

    // RFC 9989 §4.10.1 / RFC 7489 §6.6.3 step 6: a missing or invalid p, or
    // an invalid sp (or np, RFC 9989 only).
    let invalid: Vec<String> = record
        .invalid_policy
        .iter()
        .filter(|t| rules == Rules::Bis || **t != "np")
        .map(|t| format!("{t}="))
        .collect();
    if !invalid.is_empty() {
        let tags = invalid.join(", ");
        let section = rules.invalid_policy_section();
        if record.has_valid_rua() {
            trace.push(Step::new(
                StepKind::Warning,
                crate::tr!(Dmarc::InvalidPolicyRua, tags = tags, section = section),
            ));
            record.p = Some(Policy::None);
            record.sp = None;
            record.np = None;
        } else {
            trace.push(Step::new(
                StepKind::Result,
                crate::tr!(Dmarc::InvalidPolicyNoRua, tags = tags, section = section),
            ));
            v.tags = Some(tags_of(&record));
            return end(
                v,
                trace,
                AuthResult::None,
                crate::tr!(Dmarc::DispositionNotApplied),
            );
        }
    }
    v.tags = Some(tags_of(&record));

    // Alignment: SPF (RFC 7489 §3.1.2, RFC 9989 §4.4.2), DKIM (§4.4.1).
    let aligned = |other: &str, strict: bool| -> Alignment {
        let other = normalize(other);
        let how = if other == from {
            How::Same { strict }
        } else if strict {
            How::StrictOther
        } else {
            match (&org, &rules.org(d, &other)) {
                (Ok(from_org), Ok(o)) if o == from_org => How::SameOrg(o.clone()),
                (Ok(_), Ok(o)) => How::OtherOrg(o.clone()),
                (Err(OrgUnknown::Failed { name, error }), _)
                | (_, Err(OrgUnknown::Failed { name, error })) => How::Unknown {
                    name: name.clone(),
                    error: error.clone(),
                },
                (Err(OrgUnknown::NotWalked), _) => How::Unknown {
                    name: from.to_string(),
                    error: crate::tr!(Dmarc::LookupNotQueried, name = from),
                },
                (_, Err(OrgUnknown::NotWalked)) if d.unwalked.contains(&other) => How::WalkLimit,
                (_, Err(OrgUnknown::NotWalked)) => How::Unknown {
                    name: other.clone(),
                    error: crate::tr!(Dmarc::LookupNotQueried, name = other),
                },
            }
        };
        Alignment {
            other,
            from: from.to_string(),
            from_org: org.as_ref().cloned().unwrap_or_default(),
            how,
        }
    };
    // The walk of a relaxed identifier other than the From domain, shown under its step.
    let identifier_walk = |other: &str, strict: bool| -> Vec<Step> {
        let other = normalize(other);
        if rules == Rules::Bis && !strict && other != from {
            walk_steps(d, &other)
        } else {
            Vec::new()
        }
    };
    let mode = |s: bool| if s { "strict" } else { "relaxed" };
    let mut undecided: Vec<String> = Vec::new();
    match spf_domain {
        Some(sd) => {
            let a = aligned(sd, record.aspf_strict);
            let pass = spf.result == AuthResult::Pass;
            v.spf_aligned = a.ok() && pass;
            if pass && a.unknown() {
                undecided.push(normalize(sd));
            }
            let text = if pass {
                crate::tr!(Dmarc::SpfPass, domain = sd, why = a.why())
            } else {
                a.spf_cannot_count(sd, spf.result)
            };
            trace.push(
                Step::new(
                    if v.spf_aligned {
                        StepKind::Match
                    } else {
                        StepKind::NoMatch
                    },
                    text,
                )
                .with_fact("aspf", mode(record.aspf_strict))
                .with_fact("spf", spf.result)
                .with_children(identifier_walk(sd, record.aspf_strict)),
            );
        }
        None => trace.push(
            Step::new(StepKind::NoMatch, crate::tr!(Dmarc::SpfNothing))
                .with_fact("aspf", mode(record.aspf_strict)),
        ),
    }
    if dkim.is_empty() {
        trace.push(
            Step::new(StepKind::NoMatch, crate::tr!(Dmarc::DkimNothing))
                .with_fact("adkim", mode(record.adkim_strict)),
        );
    }
    for k in dkim {
        let a = aligned(&k.domain, record.adkim_strict);
        let ok = a.ok();
        let pass = k.result == AuthResult::Pass;
        if ok && pass {
            v.dkim_aligned = true;
        }
        if pass && a.unknown() {
            undecided.push(normalize(&k.domain));
        }
        let text = if pass {
            crate::tr!(
                Dmarc::DkimPass,
                domain = k.domain,
                selector = k.selector,
                why = a.why()
            )
        } else {
            a.dkim_cannot_count(&k.domain, &k.selector, k.result)
        };
        trace.push(
            Step::new(
                if ok && pass {
                    StepKind::Match
                } else {
                    StepKind::NoMatch
                },
                text,
            )
            .with_fact("adkim", mode(record.adkim_strict))
            .with_fact("dkim", k.result)
            .with_children(identifier_walk(&k.domain, record.adkim_strict)),
        );
    }

    let pass = v.spf_aligned || v.dkim_aligned;
    // RFC 9989 §5.3.6: with a query the verdict needs unanswered, the message
    // neither passes nor fails.
    if !pass && !undecided.is_empty() {
        undecided.dedup();
        trace.push(Step::new(
            StepKind::Result,
            crate::tr!(
                Dmarc::ResultTempErrorAlign,
                rules = rules.name(),
                list = undecided.join(", ")
            ),
        ));
        if let Selected::Policy(policy, _) = select_policy(rules, d, from, &record_domain, &record)
        {
            v.policy = Some(policy.as_str().to_string());
        }
        return end(
            v,
            trace,
            AuthResult::TempError,
            crate::tr!(Dmarc::DispositionTempError),
        );
    }
    let policy = match select_policy(rules, d, from, &record_domain, &record) {
        Selected::Policy(policy, why) => {
            trace.push(Step::new(StepKind::Compute, why).with_fact("policy", policy.as_str()));
            policy
        }
        Selected::Undecided(why) if !pass => {
            trace.push(Step::new(StepKind::Error, why));
            trace.push(Step::new(
                StepKind::Result,
                crate::tr!(Dmarc::ResultTempErrorNp, rules = rules.name(), from = from),
            ));
            return end(
                v,
                trace,
                AuthResult::TempError,
                crate::tr!(Dmarc::DispositionTempError),
            );
        }
        // A pass needs no policy: whichever np or sp would have said.
        Selected::Undecided(why) => {
            trace.push(Step::new(StepKind::Info, why));
            record.p.unwrap_or(Policy::None)
        }
    };
    let nonexistent = d.exists.get(from).copied().flatten() == Some(false);
    if rules == Rules::Rfc7489 && nonexistent && record.np.is_some() && record_domain != from {
        trace.push(Step::new(StepKind::Info, crate::tr!(Dmarc::NpIgnored7489)));
    }
    v.policy = Some(policy.as_str().to_string());

    v.result = if pass {
        AuthResult::Pass
    } else {
        AuthResult::Fail
    };
    let mut applied = policy;
    if !pass {
        match rules {
            Rules::Bis if record.testing => {
                applied = policy.lower();
                trace.push(Step::new(
                    StepKind::Info,
                    crate::tr!(
                        Dmarc::Testing,
                        applied = applied.as_str(),
                        policy = policy.as_str()
                    ),
                ));
            }
            Rules::Rfc7489 if record.pct < 100 && policy != Policy::None => trace.push(Step::new(
                StepKind::Info,
                crate::tr!(
                    Dmarc::Pct,
                    pct = record.pct,
                    percent = record.pct,
                    policy = policy.as_str(),
                    lower = policy.lower().as_str()
                ),
            )),
            _ => {}
        }
        v.applied_policy = Some(applied.as_str().to_string());
    }
    if rules == Rules::Bis && record.pct_given {
        trace.push(Step::new(
            StepKind::Info,
            crate::tr!(Dmarc::PctIgnoredBis, pct = record.pct),
        ));
    }
    v.disposition = if pass {
        crate::tr!(Dmarc::DispositionPass)
    } else if rules == Rules::Rfc7489 && record.pct < 100 && policy != Policy::None {
        crate::tr!(
            Dmarc::DispositionPct,
            disposition = disposition_words(applied),
            pct = record.pct,
            other = disposition_words(policy.lower())
        )
    } else {
        disposition_words(applied)
    };
    let because = if pass {
        match (v.spf_aligned, v.dkim_aligned) {
            (true, true) => crate::tr!(Dmarc::BecauseBoth),
            (true, false) => crate::tr!(Dmarc::BecauseSpf),
            _ => crate::tr!(Dmarc::BecauseDkim),
        }
    } else {
        crate::tr!(Dmarc::BecauseNeither)
    };
    trace.push(
        Step::new(
            StepKind::Result,
            crate::tr!(
                Dmarc::ResultLine,
                result = v.result,
                rules = rules.name(),
                because = because,
                policy = policy.as_str(),
                disposition = v.disposition
            ),
        )
        .with_fact("disposition", &v.disposition),
    );
    v.trace = trace;
    Outcome {
        verdict: v,
        applied: (!pass).then_some(applied),
    }
}

fn disposition_words(p: Policy) -> String {
    match p {
        Policy::None => crate::tr!(Dmarc::DispositionNone),
        Policy::Quarantine => crate::tr!(Dmarc::DispositionQuarantine),
        Policy::Reject => crate::tr!(Dmarc::DispositionReject),
    }
}

fn rank(p: Option<Policy>) -> u8 {
    match p {
        None => 0,
        Some(Policy::None) => 1,
        Some(Policy::Quarantine) => 2,
        Some(Policy::Reject) => 3,
    }
}

fn evaluate_rules(
    rules: Rules,
    d: &Discovery,
    spf: &SpfReport,
    spf_domain: Option<&str>,
    dkim: &[DkimReport],
) -> DmarcVerdict {
    if d.from_domains.is_empty() {
        return DmarcVerdict {
            rules: rules.name().into(),
            result: AuthResult::None,
            disposition: crate::tr!(Dmarc::DispositionNoFrom),
            trace: vec![Step::new(StepKind::Error, crate::tr!(Dmarc::NoFromDomain))],
            ..Default::default()
        };
    }
    if d.from_domains.len() == 1 {
        return evaluate_one(rules, d, &d.from_domains[0], spf, spf_domain, dkim).verdict;
    }
    let list = d.from_domains.join(", ");
    match rules {
        // RFC 9989 (draft-ietf-dmarc-dmarcbis), Mail Receiver Actions, "Extract Author
        // Domain": "The process, in this case, is to only proceed with DMARC checking if
        // the domain is identical for all addresses in a multi-valued RFC5322.From header
        // field. Multi-valued RFC5322.From header fields with multiple domains MUST be
        // exempt from DMARC checking." Identical is compared after normalization (case,
        // trailing dot): `discover` keeps each domain once, so one domain reaches
        // `evaluate_one` above. Several From fields are forbidden by RFC 5322 §3.6 and
        // "outside the scope" of the same section; they are treated like one multi-valued
        // field here, and the caller warns about them.
        Rules::Bis => DmarcVerdict {
            rules: rules.name().into(),
            result: AuthResult::None,
            from_domain: d.from_domain.clone(),
            disposition: crate::tr!(Dmarc::DispositionSeveralFrom),
            trace: vec![Step::new(
                StepKind::Warning,
                crate::tr!(
                    Dmarc::SeveralFromBis,
                    count = d.from_domains.len(),
                    list = list
                ),
            )],
            ..Default::default()
        },
        Rules::Rfc7489 => {
            // RFC 7489 §6.6.1: check each domain; apply the strictest policy among the failing ones.
            let outcomes: Vec<Outcome> = d
                .from_domains
                .iter()
                .map(|f| evaluate_one(rules, d, f, spf, spf_domain, dkim))
                .collect();
            let worst = outcomes
                .iter()
                .filter(|o| o.verdict.result == AuthResult::Fail)
                .max_by_key(|o| rank(o.applied));
            let chosen = worst.or_else(|| outcomes.first());
            let mut v = chosen.map(|o| o.verdict.clone()).unwrap_or_default();
            let children = outcomes
                .iter()
                .map(|o| {
                    Step::new(
                        StepKind::Compute,
                        crate::tr!(
                            Dmarc::PerDomain,
                            domain = o.verdict.from_domain.clone().unwrap_or_default(),
                            result = o.verdict.result
                        ),
                    )
                    .with_children(o.verdict.trace.clone())
                })
                .collect();
            v.trace = vec![Step::new(
                StepKind::Info,
                crate::tr!(
                    Dmarc::SeveralFrom7489,
                    count = d.from_domains.len(),
                    list = list
                ),
            )
            .with_children(children)];
            v
        }
    }
}

/// Evaluates DMARC under RFC 9989 (the main verdict) and RFC 7489 (beside it).
pub fn evaluate(
    d: &Discovery,
    spf: &SpfReport,
    spf_domain: Option<&str>,
    dkim: &[DkimReport],
) -> DmarcReport {
    let bis = evaluate_rules(Rules::Bis, d, spf, spf_domain, dkim);
    let old = evaluate_rules(Rules::Rfc7489, d, spf, spf_domain, dkim);
    let mut differences = Vec::new();
    if bis.result != old.result {
        differences.push(crate::tr!(
            Dmarc::DiffResult,
            bis = bis.result,
            old = old.result
        ));
    }
    if bis.record_domain != old.record_domain {
        differences.push(crate::tr!(
            Dmarc::DiffRecord,
            bis = bis
                .record_domain
                .as_deref()
                .map(|d| format!("_dmarc.{d}"))
                .unwrap_or_else(|| "none".into()),
            old = old
                .record_domain
                .as_deref()
                .map(|d| format!("_dmarc.{d}"))
                .unwrap_or_else(|| "none".into()),
        ));
    }
    // An organizational domain the walk could not find (a DNS failure) is
    // no disagreement: the temperror already says why.
    if bis.org_domain.is_some() && bis.org_domain != old.org_domain {
        differences.push(crate::tr!(
            Dmarc::DiffOrg,
            bis = bis.org_domain.as_deref().unwrap_or("none"),
            old = old.org_domain.as_deref().unwrap_or("none")
        ));
    }
    if bis.policy != old.policy {
        differences.push(crate::tr!(
            Dmarc::DiffPolicy,
            bis = bis.policy.as_deref().unwrap_or("none"),
            old = old.policy.as_deref().unwrap_or("none")
        ));
    }
    if bis.spf_aligned != old.spf_aligned || bis.dkim_aligned != old.dkim_aligned {
        differences.push(crate::tr!(
            Dmarc::DiffAlignment,
            bis_spf = yn(bis.spf_aligned),
            bis_dkim = yn(bis.dkim_aligned),
            old_spf = yn(old.spf_aligned),
            old_dkim = yn(old.dkim_aligned)
        ));
    }
    if bis.disposition != old.disposition && bis.result == old.result {
        differences.push(crate::tr!(
            Dmarc::DiffDisposition,
            bis = bis.disposition,
            old = old.disposition
        ));
    }
    let mut trace = bis.trace.clone();
    for r in &d.report_authorization {
        trace.push(Step::new(
            match r.authorized {
                Some(true) => StepKind::Match,
                Some(false) => StepKind::Warning,
                None => StepKind::Error,
            },
            crate::tr!(Dmarc::ReportDestination, uri = r.uri, text = r.text),
        ));
    }
    if !differences.is_empty() {
        trace.push(
            Step::new(StepKind::Warning, crate::tr!(Dmarc::Disagree))
                .with_details(differences.iter().cloned()),
        );
    }
    DmarcReport {
        result: bis.result,
        policy: bis.policy.clone(),
        disposition: bis.disposition.clone(),
        record_domain: bis.record_domain.clone(),
        spf_aligned: bis.spf_aligned,
        dkim_aligned: bis.dkim_aligned,
        trace,
        org_domain: bis.org_domain.clone(),
        rfc9989: bis,
        rfc7489: old,
        differences,
        report_authorization: d.report_authorization.clone(),
        from_domains: d.from_domains.clone(),
    }
}

/// "What would DMARC say if…": the From addresses and the SPF and DKIM
/// results a postmaster supposes, evaluated by the same discovery and
/// evaluation as a real message (`headerscope dmarc`, the web app's tools).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WhatIf {
    /// RFC5322.From addresses (a bare domain is taken as itself).
    pub from: Vec<String>,
    /// The SPF-authenticated domain (MAIL FROM) and its result.
    pub spf: Option<(String, AuthResult)>,
    /// One `d=` and result per DKIM signature.
    pub dkim: Vec<(String, AuthResult)>,
}

impl WhatIf {
    /// The From domains, or the first address that names none.
    pub fn from_domains(&self) -> Result<Vec<String>, String> {
        self.from
            .iter()
            .map(|a| {
                let a = a.trim().trim_matches(['<', '>']);
                let domain = if a.contains('@') {
                    crate::message::domain_of(a)
                } else {
                    Some(normalize(a))
                };
                domain
                    .filter(|d| !d.is_empty() && !d.contains(char::is_whitespace))
                    .ok_or_else(|| a.to_string())
            })
            .collect()
    }

    fn spf_report(&self) -> SpfReport {
        match &self.spf {
            Some((domain, result)) => SpfReport {
                result: *result,
                domain: normalize(domain),
                ..Default::default()
            },
            None => SpfReport::default(),
        }
    }

    fn dkim_reports(&self) -> Vec<DkimReport> {
        self.dkim
            .iter()
            .map(|(domain, result)| DkimReport {
                domain: normalize(domain),
                // No signature was verified: there is no selector to name.
                selector: "-".into(),
                result: *result,
                ..Default::default()
            })
            .collect()
    }
}

/// Runs [`discover`] and [`evaluate`] for a [`WhatIf`]; `Err` names a From
/// address without a domain.
pub async fn what_if(resolver: &dyn Resolver, q: &WhatIf) -> Result<DmarcReport, String> {
    let from = q.from_domains()?;
    let spf = q.spf_report();
    let dkim = q.dkim_reports();
    let others: Vec<String> = std::iter::once(spf.domain.clone())
        .filter(|d| !d.is_empty())
        .chain(dkim.iter().map(|k| k.domain.clone()))
        .collect();
    let d = discover(resolver, &from, &others).await;
    let spf_domain = (!spf.domain.is_empty()).then_some(spf.domain.as_str());
    Ok(evaluate(&d, &spf, spf_domain, &dkim))
}

fn yn(b: bool) -> String {
    if b {
        crate::tr!(Dmarc::Aligned)
    } else {
        crate::tr!(Dmarc::NotAligned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_names() {
        assert_eq!(
            tree_walk_names("a.mail.example.com"),
            vec![
                "a.mail.example.com",
                "mail.example.com",
                "example.com",
                "com"
            ]
        );
        let long = tree_walk_names("a.b.c.d.e.f.g.h.example.com");
        assert_eq!(long.len(), 8);
        assert_eq!(long[0], "a.b.c.d.e.f.g.h.example.com");
        assert_eq!(long[1], "d.e.f.g.h.example.com");
        assert_eq!(long[7], "com");
    }

    #[test]
    fn psl() {
        assert_eq!(psl_org_domain("mail.example.co.uk"), "example.co.uk");
        assert_eq!(psl_org_domain("Example.COM."), "example.com");
        // Where the builder's old "last two labels, three under co.uk" guess was wrong:
        // private-section suffixes and deeper ICANN suffixes.
        assert_eq!(psl_org_domain("foo.github.io"), "foo.github.io");
        assert_eq!(psl_org_domain("www.foo.github.io"), "foo.github.io");
        assert_eq!(psl_org_domain("mail.example.kyoto.jp"), "example.kyoto.jp");
        assert_eq!(psl_org_domain("a.b.example.co.jp"), "example.co.jp");
        // A public suffix has no organizational domain below it: itself.
        assert_eq!(psl_org_domain("co.uk"), "co.uk");
    }

    #[test]
    fn record_parse() {
        let r = parse_record("v=DMARC1; p=quarantine; sp=reject; np=reject; adkim=s; pct=50; t=y; psd=n; rua=mailto:a@x.org,mailto:b@y.org!10m; foo=bar");
        assert_eq!(r.p, Some(Policy::Quarantine));
        assert_eq!(r.sp, Some(Policy::Reject));
        assert_eq!(r.np, Some(Policy::Reject));
        assert!(r.adkim_strict && !r.aspf_strict && r.testing);
        assert_eq!(r.pct, 50);
        assert_eq!(r.psd, Some(false));
        assert_eq!(r.rua.len(), 2);
        assert_eq!(mailto_domain(&r.rua[1]).as_deref(), Some("y.org"));
        assert!(r.warnings.iter().any(|w| w.contains("foo")));
        assert!(is_dmarc_record("v=DMARC1;p=none"));
        assert!(!is_dmarc_record("v=spf1 -all"));
    }
}
