//! DMARC: policy discovery (DNS, done concurrently with the other checks) and
//! evaluation (pure, once SPF and DKIM are known), under both rule sets:
//! RFC 9989 (DMARCbis: DNS tree walk, `psd=`, `np=`, `t=`) and RFC 7489
//! (Public Suffix List organizational domain, `pct=`).

use crate::dns::{RType, Rcode, Resolver};
use crate::report::{
    AuthResult, DkimReport, DmarcReport, DmarcVerdict, ReportAuthorization, SpfReport,
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
    /// Whether each From domain exists in DNS (for `np=`): `Some(false)` on NXDOMAIN.
    pub exists: BTreeMap<String, Option<bool>>,
    /// The report-authorization checks for `rua`/`ruf` destinations outside the domain.
    pub report_authorization: Vec<ReportAuthorization>,
}

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

/// The RFC 7489 organizational domain (§3.2): the registrable domain by the
/// Public Suffix List, ICANN and private sections (`foo.github.io` is its own).
/// Pure, no DNS: the RFC 9989 organizational domain needs the tree walk's
/// answers, see [`discover`]. A name that is itself a public suffix (or not
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

async fn txt(resolver: &dyn Resolver, domain: String) -> (String, TxtOutcome) {
    let name = format!("_dmarc.{domain}");
    let outcome = match resolver.query(&name, RType::Txt).await {
        Ok(a) => match a.rcode {
            Rcode::NoError => TxtOutcome::Records(a.txt_joined()),
            Rcode::NxDomain => TxtOutcome::NxDomain,
            other => TxtOutcome::Error(crate::tr!(Dmarc::ServerAnswered, rcode = other)),
        },
        Err(e) => TxtOutcome::Error(e.to_string()),
    };
    (domain, outcome)
}

async fn existence(resolver: &dyn Resolver, domain: String) -> (String, Option<bool>) {
    // RFC 9989 §4.7 / RFC 9091: a domain "does not exist" when DNS says NXDOMAIN for it.
    let exists = match resolver.query(&domain, RType::A).await {
        Ok(a) if a.rcode == Rcode::NxDomain => Some(false),
        Ok(a) if a.rcode == Rcode::NoError => Some(true),
        _ => None,
    };
    (domain, exists)
}

/// Every DNS query DMARC needs, run concurrently: the tree walks of the From
/// domains and of `other_domains` (MAIL FROM and DKIM `d=` domains, for
/// relaxed alignment), the PSL organizational domains' records, the From
/// domains' existence (for `np=`), then the report-authorization records of
/// external `rua`/`ruf` destinations.
pub async fn discover(
    resolver: &dyn Resolver,
    from_domains: &[String],
    other_domains: &[String],
) -> Discovery {
    let from_domains: Vec<String> = {
        let mut seen = BTreeSet::new();
        from_domains
            .iter()
            .map(|d| normalize(d))
            .filter(|d| !d.is_empty() && seen.insert(d.clone()))
            .collect()
    };
    let other_domains: Vec<String> = {
        let mut seen: BTreeSet<String> = from_domains.iter().cloned().collect();
        other_domains
            .iter()
            .map(|d| normalize(d))
            .filter(|d| !d.is_empty() && seen.insert(d.clone()))
            .collect()
    };
    let mut names = BTreeSet::new();
    for d in from_domains.iter().chain(other_domains.iter()) {
        names.extend(tree_walk_names(d));
        names.insert(psl_org_domain(d));
    }
    let (lookups, exists) = futures::join!(
        join_all(names.into_iter().map(|n| txt(resolver, n))),
        join_all(from_domains.iter().map(|d| existence(resolver, d.clone()))),
    );
    let lookups: BTreeMap<String, TxtOutcome> = lookups.into_iter().collect();
    let mut d = Discovery {
        from_domain: from_domains.first().cloned(),
        from_domains,
        other_domains,
        lookups,
        exists: exists.into_iter().collect(),
        report_authorization: Vec::new(),
    };
    // The report destinations come from the policy records both rule sets would use.
    let mut checks: Vec<(String, String, String)> = Vec::new();
    for from in d.from_domains.clone() {
        let mut records = Vec::new();
        if let Some((dom, rec)) = policy_record_bis(&d, &from).found() {
            records.push((dom, rec));
        }
        if let Some((dom, rec)) = policy_record_7489(&d, &from).found() {
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
    let results = join_all(checks.into_iter().map(|(dom, dest, uri)| async move {
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
    .await;
    d.report_authorization = results;
    d
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
        let policy = |v: &str, w: &mut Vec<String>| {
            let p = Policy::parse(v);
            if p.is_none() {
                w.push(crate::tr!(Dmarc::WarnBadPolicy, tag = k, value = v));
            }
            p
        };
        match k.as_str() {
            "p" => r.p = policy(v, &mut r.warnings),
            "sp" => r.sp = policy(v, &mut r.warnings),
            "np" => r.np = policy(v, &mut r.warnings),
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

/// RFC 9989 policy discovery: the first name of the tree walk with exactly one DMARC record.
fn policy_record_bis(d: &Discovery, from: &str) -> Found {
    for name in tree_walk_names(from) {
        match d.lookups.get(&name) {
            Some(TxtOutcome::Error(e)) => return Found::DnsError(name, e.clone()),
            Some(o) => {
                let recs = o.dmarc_records();
                if recs.len() == 1 {
                    return Found::Record {
                        domain: name,
                        record: parse_record(recs[0]),
                    };
                }
            }
            None => {}
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

/// RFC 9989 §4.10.2: the organizational domain from the tree walk records.
fn org_domain_bis(d: &Discovery, domain: &str) -> String {
    let names = tree_walk_names(domain);
    let start = names.first().cloned().unwrap_or_default();
    let mut shortest: Option<String> = None;
    let mut prev: Option<&String> = None;
    for name in &names {
        if let Some(o) = d.lookups.get(name) {
            let recs = o.dmarc_records();
            if recs.len() == 1 {
                let rec = parse_record(recs[0]);
                match rec.psd {
                    Some(false) => return name.clone(),
                    Some(true) if *name != start => {
                        // The domain one label below the PSD, on the way from the start.
                        return one_label_below(domain, name)
                            .unwrap_or_else(|| prev.cloned().unwrap_or_else(|| start.clone()));
                    }
                    _ => shortest = Some(name.clone()),
                }
            }
        }
        prev = Some(name);
    }
    shortest.unwrap_or(start)
}

fn one_label_below(domain: &str, ancestor: &str) -> Option<String> {
    let domain = normalize(domain);
    let prefix = domain.strip_suffix(ancestor)?.strip_suffix('.')?;
    let label = prefix.rsplit('.').next()?;
    Some(format!("{label}.{ancestor}"))
}

/// How an SPF or DKIM domain relates to the From domain (RFC 7489 §3.1).
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

    /// The sentence of `keys` for this alignment, one key per way of (not)
    /// aligning in `How`'s order (same strict, same relaxed, strict other,
    /// same organization, other organization). Each template takes what it
    /// names of the alignment's domains and of `args`; a phrase ignores the
    /// arguments it does not name.
    fn say(&self, keys: [Dmarc; 5], args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let (key, org) = match &self.how {
            How::Same { strict: true } => (keys[0], ""),
            How::Same { strict: false } => (keys[1], ""),
            How::StrictOther => (keys[2], ""),
            How::SameOrg(o) => (keys[3], o.as_str()),
            How::OtherOrg(o) => (keys[4], o.as_str()),
        };
        let mut all: Vec<(&str, &dyn std::fmt::Display)> = vec![
            ("other", &self.other),
            ("from", &self.from),
            ("org", &org),
            ("from_org", &self.from_org),
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

    fn org(self, d: &Discovery, domain: &str) -> String {
        match self {
            Rules::Bis => org_domain_bis(d, domain),
            Rules::Rfc7489 => psl_org_domain(domain),
        }
    }
}

/// One From domain evaluated under one rule set.
struct Outcome {
    verdict: DmarcVerdict,
    /// The policy that applies to this message (after `t=`/`pct` notes), for "most strict" selection.
    applied: Option<Policy>,
}

fn evaluate_one(
    rules: Rules,
    d: &Discovery,
    from: &str,
    spf: &SpfReport,
    spf_domain: Option<&str>,
    dkim: &[DkimReport],
) -> Outcome {
    let mut trace = Vec::new();
    let mut v = DmarcVerdict {
        rules: rules.name().into(),
        from_domain: Some(from.to_string()),
        ..Default::default()
    };
    // Discovery trace.
    let names: Vec<String> = match rules {
        Rules::Bis => tree_walk_names(from),
        Rules::Rfc7489 => {
            let org = psl_org_domain(from);
            if org == from {
                vec![from.to_string()]
            } else {
                vec![from.to_string(), org]
            }
        }
    };
    let mut lookups = Vec::new();
    for n in &names {
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
            None => crate::tr!(Dmarc::LookupNotQueried, name = n),
        };
        let mut s = Step::new(StepKind::Lookup, text);
        if let Some(TxtOutcome::Records(r)) = d.lookups.get(n) {
            s = s.with_details(r.iter().cloned());
        }
        lookups.push(s);
    }
    let how = match rules {
        Rules::Bis => crate::tr!(Dmarc::DiscoveryBis, from = from, n = names.len()),
        Rules::Rfc7489 => crate::tr!(Dmarc::Discovery7489, from = from),
    };
    trace.push(Step::new(StepKind::Lookup, how).with_children(lookups));

    let org = rules.org(d, from);
    v.org_domain = Some(org.clone());
    trace.push(
        Step::new(
            StepKind::Compute,
            match rules {
                Rules::Bis => crate::tr!(Dmarc::OrgDomainBis, from = from, org = org),
                Rules::Rfc7489 => crate::tr!(Dmarc::OrgDomain7489, from = from, org = org),
            },
        )
        .with_fact("org_domain", &org),
    );

    let found = match rules {
        Rules::Bis => policy_record_bis(d, from),
        Rules::Rfc7489 => policy_record_7489(d, from),
    };
    let (record_domain, record) = match found {
        Found::Record { domain, record } => (domain, record),
        Found::Absent => {
            v.result = AuthResult::None;
            v.disposition = crate::tr!(Dmarc::DispositionNoPolicy);
            trace.push(Step::new(
                StepKind::Result,
                crate::tr!(Dmarc::ResultNoRecord, from = from, rules = rules.name()),
            ));
            v.trace = trace;
            return Outcome {
                verdict: v,
                applied: None,
            };
        }
        Found::Multiple(name) => {
            v.result = AuthResult::None;
            v.disposition = crate::tr!(Dmarc::DispositionSeveralRecords);
            trace.push(Step::new(
                StepKind::Error,
                crate::tr!(Dmarc::SeveralRecords, name = name),
            ));
            v.trace = trace;
            return Outcome {
                verdict: v,
                applied: None,
            };
        }
        Found::DnsError(name, e) => {
            v.result = AuthResult::TempError;
            v.disposition = crate::tr!(Dmarc::DispositionTempError);
            trace.push(Step::new(
                StepKind::Error,
                crate::tr!(Dmarc::ResultTempError, name = name, error = e),
            ));
            v.trace = trace;
            return Outcome {
                verdict: v,
                applied: None,
            };
        }
    };
    v.record_domain = Some(record_domain.clone());
    let mut rs = Step::new(
        StepKind::Parse,
        crate::tr!(Dmarc::RecordAt, domain = record_domain),
    )
    .with_detail(record.raw.clone());
    for w in &record.warnings {
        rs.children.push(Step::new(StepKind::Warning, w.clone()));
    }
    trace.push(rs);

    // Alignment: SPF (RFC 7489 §3.1.2, RFC 9989 §4.4.2).
    let from_org = org.clone();
    let aligned = |other: &str, strict: bool| -> Alignment {
        let other = normalize(other);
        let how = if other == from {
            How::Same { strict }
        } else if strict {
            How::StrictOther
        } else {
            let o = rules.org(d, &other);
            if o == from_org {
                How::SameOrg(o)
            } else {
                How::OtherOrg(o)
            }
        };
        Alignment {
            other,
            from: from.to_string(),
            from_org: from_org.clone(),
            how,
        }
    };
    let mode = |s: bool| if s { "strict" } else { "relaxed" };
    match spf_domain {
        Some(sd) => {
            let a = aligned(sd, record.aspf_strict);
            let pass = spf.result == AuthResult::Pass;
            v.spf_aligned = a.ok() && pass;
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
                .with_fact("spf", spf.result),
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
            .with_fact("dkim", k.result),
        );
    }

    // Policy selection.
    let p = record.p.unwrap_or(Policy::None);
    let at_from = record_domain == from;
    let nonexistent = d.exists.get(from).copied().flatten() == Some(false);
    let (policy, why) = if at_from {
        (p, crate::tr!(Dmarc::PolicyOwn, p = p.as_str()))
    } else if rules == Rules::Bis && nonexistent && record.np.is_some() {
        let np = record.np.unwrap_or(p);
        (
            np,
            crate::tr!(
                Dmarc::PolicyNp,
                np = np.as_str(),
                from = from,
                domain = record_domain
            ),
        )
    } else if let Some(sp) = record.sp {
        (
            sp,
            crate::tr!(
                Dmarc::PolicySp,
                sp = sp.as_str(),
                from = from,
                domain = record_domain
            ),
        )
    } else {
        (
            p,
            crate::tr!(Dmarc::PolicySubdomain, p = p.as_str(), from = from),
        )
    };
    if rules == Rules::Rfc7489 && nonexistent && record.np.is_some() && !at_from {
        trace.push(Step::new(StepKind::Info, crate::tr!(Dmarc::NpIgnored7489)));
    }
    v.policy = Some(policy.as_str().to_string());
    trace.push(Step::new(StepKind::Compute, why).with_fact("policy", policy.as_str()));

    let pass = v.spf_aligned || v.dkim_aligned;
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
    if bis.org_domain != old.org_domain {
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
