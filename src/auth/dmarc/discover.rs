//! Policy discovery over DNS: every query DMARC needs, in RFC 9989's order.

use super::*;
use crate::dns::{RType, Rcode, Resolver};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::Text;
use crate::report::ReportAuthorization;
use std::collections::{BTreeMap, BTreeSet};

/// What `_dmarc.<domain> TXT` said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TxtOutcome {
    /// The TXT strings of every RR (joined per RR), DMARC or not.
    Records(Vec<String>),
    NxDomain,
    /// No answer could be had (SERVFAIL, timeout, offline).
    Error(Text),
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
    pub(super) fn single(&self) -> Option<Record> {
        match self.dmarc_records().as_slice() {
            [one] => Some(parse_record(one)),
            _ => None,
        }
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

pub(super) async fn txt(resolver: &dyn Resolver, domain: &str) -> TxtOutcome {
    let name = format!("_dmarc.{domain}");
    match resolver.query(&name, RType::Txt).await {
        Ok(a) => match a.rcode {
            Rcode::NoError => TxtOutcome::Records(a.txt_joined()),
            Rcode::NxDomain => TxtOutcome::NxDomain,
            other => TxtOutcome::Error(crate::tr!(Dmarc::ServerAnswered, rcode = other)),
        },
        Err(e) => TxtOutcome::Error(crate::i18n::text::Describe::text(&e)),
    }
}

/// Asks `_dmarc.<domain>` unless it was asked already (by this or another
/// identifier's walk) or cannot be sent.
pub(super) async fn ask(
    resolver: &dyn Resolver,
    lookups: &mut BTreeMap<String, TxtOutcome>,
    domain: &str,
) {
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
pub(super) async fn run_walk(
    resolver: &dyn Resolver,
    lookups: &mut BTreeMap<String, TxtOutcome>,
    domain: &str,
) {
    while let WalkEnd::Needs(name) = walk(lookups, domain).end {
        ask(resolver, lookups, &name).await;
    }
}

pub(super) async fn existence(resolver: &dyn Resolver, domain: &str) -> Option<bool> {
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

/// The From domains DMARC checks: each once, as it compares them
/// (`normalize`), the first `max` of them; and how many more there were.
/// Each costs its own record and tree walk, and under RFC 7489 §6.6.1 its
/// own evaluation, so a From header naming thousands of domains is cut.
pub fn first_from_domains(domains: &[String], max: usize) -> (Vec<String>, usize) {
    let mut all = distinct(domains, &mut BTreeSet::new());
    let left_out = all.len().saturating_sub(max);
    all.truncate(max);
    (all, left_out)
}

pub(super) fn distinct(domains: &[String], seen: &mut BTreeSet<String>) -> Vec<String> {
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
pub(super) fn from_walk_needed(own: Option<&Record>, from: &str, others: &[String]) -> bool {
    own.is_none() || others.iter().any(|o| o != from)
}

/// One From domain's queries: its own `_dmarc` name, then its tree walk
/// when [`from_walk_needed`].
async fn discover_author(
    resolver: &dyn Resolver,
    lookups: &mut BTreeMap<String, TxtOutcome>,
    from: &str,
    others: &[String],
) {
    ask(resolver, lookups, from).await;
    let own = lookups.get(from).and_then(TxtOutcome::single);
    if from_walk_needed(own.as_ref(), from, others) {
        run_walk(resolver, lookups, from).await;
    }
}

/// Which record RFC 9989 applies to mail from a domain, as the evaluation
/// chooses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppliedPolicy {
    /// The record's text and the name it is published at (without
    /// `_dmarc.`): the domain itself, its organizational domain, or the
    /// Public Suffix Domain above it.
    Record {
        domain: String,
        text: String,
        /// The organizational domain by the tree walk, when it was walked.
        org: Option<String>,
    },
    /// The lookup of `_dmarc.<name>` failed: a receiver cannot decide yet.
    DnsError {
        name: String,
        error: Text,
    },
    Absent,
}

/// The domain check's view of a domain's policy: the same queries
/// [`discover`] makes for a From domain with nothing else to align, and the
/// record the evaluation would apply, so the linter and the inspection name
/// the same record. Returns the lookups too (for the own name's records).
pub async fn discover_policy(
    resolver: &dyn Resolver,
    domain: &str,
) -> (BTreeMap<String, TxtOutcome>, AppliedPolicy) {
    let domain = normalize(domain);
    let mut lookups = BTreeMap::new();
    discover_author(resolver, &mut lookups, &domain, &[]).await;
    let applied = match policy_record_bis(&lookups, &domain) {
        Found::Record { domain: at, .. } => {
            let text = lookups
                .get(&at)
                .and_then(|o| o.dmarc_records().first().map(|t| t.to_string()))
                .unwrap_or_default();
            let org = org_domain_bis(&lookups, &domain).ok().map(|o| o.domain);
            AppliedPolicy::Record {
                domain: at,
                text,
                org,
            }
        }
        Found::DnsError(name, error) => AppliedPolicy::DnsError { name, error },
        Found::Absent | Found::Multiple(_) => AppliedPolicy::Absent,
    };
    (lookups, applied)
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
        discover_author(resolver, &mut lookups, from, &other_domains).await;
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
pub(super) fn walk_order<'a>(
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
pub(super) fn np_can_apply(lookups: &BTreeMap<String, TxtOutcome>, from: &str) -> bool {
    match policy_record_bis(lookups, from) {
        Found::Record { domain, record } => domain != from && record.np.is_some(),
        _ => false,
    }
}
