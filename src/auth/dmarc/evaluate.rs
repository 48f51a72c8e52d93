//! The evaluation under both rule sets (RFC 9989 and RFC 7489): pure, over
//! a [`Discovery`] and the SPF and DKIM results.

use super::*;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::{Arg, Key, Text};
use crate::report::{AuthResult, DkimReport, DmarcReport, DmarcTags, DmarcVerdict, SpfReport};
use crate::trace::{Step, StepKind};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Where a rule set found (or did not find) the policy record.
#[derive(Debug, Clone)]
pub(super) enum Found {
    Record {
        domain: String,
        record: Record,
    },
    Absent,
    /// A DNS failure on the way: DMARC cannot be decided (temperror).
    DnsError(String, Text),
    /// Several DMARC records at one name (RFC 7489 §6.6.3 step 5).
    Multiple(String),
}

impl Found {
    pub(super) fn found(self) -> Option<(String, Record)> {
        match self {
            Found::Record { domain, record } => Some((domain, record)),
            _ => None,
        }
    }
}

/// RFC 9989 §4.10.1: the record of the Author Domain if it has one, else
/// that of its organizational domain, else that of its Public Suffix Domain
/// — not merely the first record the walk meets.
pub(super) fn policy_record_bis(lookups: &BTreeMap<String, TxtOutcome>, from: &str) -> Found {
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
pub(super) fn policy_record_7489(d: &Discovery, from: &str) -> Found {
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

/// How an SPF or DKIM domain relates to the From domain (RFC 7489 §3.1,
/// RFC 9989 §4.4).
pub(super) enum How {
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
        error: Text,
    },
    /// Relaxed, and the identifier's walk was beyond [`MAX_IDENTIFIER_WALKS`].
    WalkLimit,
}

pub(super) struct Alignment {
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
    fn say(&self, keys: [Dmarc; 7], args: Vec<(&'static str, Arg)>) -> Text {
        let data = |s: &str| Arg::Data(s.to_string());
        let (key, org, name, error) = match &self.how {
            How::Same { strict: true } => (keys[0], "", "", None),
            How::Same { strict: false } => (keys[1], "", "", None),
            How::StrictOther => (keys[2], "", "", None),
            How::SameOrg(o) => (keys[3], o.as_str(), "", None),
            How::OtherOrg(o) => (keys[4], o.as_str(), "", None),
            How::Unknown { name, error } => (keys[5], "", name.as_str(), Some(error)),
            How::WalkLimit => (keys[6], "", "", None),
        };
        let mut all: Vec<(&'static str, Arg)> = vec![
            ("other", data(&self.other)),
            ("from", data(&self.from)),
            ("org", data(org)),
            ("from_org", data(&self.from_org)),
            ("name", data(name)),
            (
                "error",
                error.map_or_else(|| data(""), |e| Arg::sentence(e.clone())),
            ),
            ("limit", Arg::Count(MAX_IDENTIFIER_WALKS as u64)),
        ];
        all.extend(args);
        // A phrase ignores the arguments it does not name; only the named
        // ones are kept, so a stored sentence carries no unused data.
        let forms = key.phrase().en;
        all.retain(|(n, _)| forms.iter().any(|f| f.contains(&format!("{{{n}}}"))));
        Text::new(
            Key::Core(key.phrase()),
            all.into_iter()
                .map(|(n, a)| (Cow::Borrowed(n), a))
                .collect(),
        )
    }

    /// Why the domains are (not) aligned, as a sentence of its own.
    fn why(&self) -> Text {
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
            Vec::new(),
        )
    }

    // The failing SPF and DKIM steps put the reason in parentheses, and every
    // reason ends in a parenthesis of its own: each reason has its own whole
    // template, so the step reads back unambiguously.
    fn spf_cannot_count(&self, domain: &str, result: AuthResult) -> Text {
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
            vec![
                ("result", Arg::Data(result.to_string())),
                ("domain", Arg::Data(domain.to_string())),
            ],
        )
    }

    fn dkim_cannot_count(&self, domain: &str, selector: &str, result: AuthResult) -> Text {
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
            vec![
                ("result", Arg::Data(result.to_string())),
                ("domain", Arg::Data(domain.to_string())),
                ("selector", Arg::Data(selector.to_string())),
            ],
        )
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Rules {
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
pub(super) struct RulesOutcome {
    verdict: DmarcVerdict,
    /// The policy that applies to this message (after `t=`/`pct` notes), for "most strict" selection.
    applied: Option<Policy>,
}

/// The trace line of one `_dmarc` lookup, with the records as details.
pub(super) fn lookup_step(d: &Discovery, n: &str) -> Step {
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
pub(super) fn walk_steps(d: &Discovery, domain: &str) -> Vec<Step> {
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
pub(super) fn discovery_step(rules: Rules, d: &Discovery, from: &str) -> Step {
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

pub(super) fn org_step(rules: Rules, from: &str, org: &Result<String, OrgUnknown>) -> Step {
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
pub(super) fn policy_source_steps(d: &Discovery, from: &str, record_domain: &str) -> Vec<Step> {
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
pub(super) fn tags_of(r: &Record) -> DmarcTags {
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
pub(super) enum Selected {
    Policy(Policy, Text),
    Undecided(Text),
}

/// RFC 9989 §4.10.1 (and §4.7 for `np`): `p` for the Author Domain's own
/// record; for a subdomain `np` if it does not exist, else `sp`, else `p`.
pub(super) fn select_policy(
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

pub(super) fn evaluate_one(
    rules: Rules,
    d: &Discovery,
    from: &str,
    spf: &SpfReport,
    spf_domain: Option<&str>,
    dkim: &[DkimReport],
) -> RulesOutcome {
    let mut e = Eval::start(rules, d, from);
    let (record_domain, mut record) = match e.policy_record() {
        Ok(found) => found,
        Err((result, disposition)) => return e.end(result, disposition),
    };
    e.record_steps(&record_domain, &record);
    if let Err((result, disposition)) = e.invalid_policy(&mut record) {
        return e.end(result, disposition);
    }
    e.v.tags = Some(tags_of(&record));
    let mut undecided: Vec<String> = Vec::new();
    e.align_spf(&record, spf, spf_domain, &mut undecided);
    e.align_dkim(&record, dkim, &mut undecided);
    let pass = e.v.spf_aligned || e.v.dkim_aligned;
    if !pass && !undecided.is_empty() {
        e.undecided_alignment(&mut undecided, &record_domain, &record);
        return e.end(
            AuthResult::TempError,
            crate::tr!(Dmarc::DispositionTempError),
        );
    }
    let policy = match e.choose_policy(pass, &record_domain, &record) {
        Ok(policy) => policy,
        Err((result, disposition)) => return e.end(result, disposition),
    };
    e.conclude(pass, policy, &record)
}

fn mode(strict: bool) -> &'static str {
    if strict {
        "strict"
    } else {
        "relaxed"
    }
}

/// One rule set's evaluation for one From domain, as it goes: the verdict so
/// far and its trace. A step that ends early gives the result and disposition.
struct Eval<'a> {
    rules: Rules,
    d: &'a Discovery,
    from: &'a str,
    org: Result<String, OrgUnknown>,
    trace: Vec<Step>,
    v: DmarcVerdict,
}

type EarlyEnd = (AuthResult, Text);

impl<'a> Eval<'a> {
    /// Discovery and the organizational domain of the From domain.
    fn start(rules: Rules, d: &'a Discovery, from: &'a str) -> Self {
        let mut trace = vec![discovery_step(rules, d, from)];
        let v = DmarcVerdict {
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
        let mut e = Eval {
            rules,
            d,
            from,
            org,
            trace,
            v,
        };
        e.v.org_domain = e.org.as_ref().ok().cloned();
        e
    }

    fn end(mut self, result: AuthResult, disposition: Text) -> RulesOutcome {
        self.v.result = result;
        self.v.disposition = disposition;
        self.v.trace = self.trace;
        RulesOutcome {
            verdict: self.v,
            applied: None,
        }
    }

    /// The policy record this rule set uses, or why there is none.
    fn policy_record(&mut self) -> Result<(String, Record), EarlyEnd> {
        let (rules, from) = (self.rules, self.from);
        let found = match rules {
            Rules::Bis => policy_record_bis(&self.d.lookups, from),
            Rules::Rfc7489 => policy_record_7489(self.d, from),
        };
        match found {
            Found::Record { domain, record } => Ok((domain, record)),
            Found::Absent => {
                self.trace.push(Step::new(
                    StepKind::Result,
                    crate::tr!(Dmarc::ResultNoRecord, from = from, rules = rules.name()),
                ));
                Err((AuthResult::None, crate::tr!(Dmarc::DispositionNoPolicy)))
            }
            Found::Multiple(name) => {
                self.trace.push(Step::new(
                    StepKind::Error,
                    crate::tr!(Dmarc::SeveralRecords, name = name),
                ));
                Err((
                    AuthResult::None,
                    crate::tr!(Dmarc::DispositionSeveralRecords),
                ))
            }
            Found::DnsError(name, e) => {
                self.trace.push(Step::new(
                    StepKind::Error,
                    crate::tr!(Dmarc::ResultTempError, name = name, error = e),
                ));
                Err((
                    AuthResult::TempError,
                    crate::tr!(Dmarc::DispositionTempError),
                ))
            }
        }
    }

    fn record_steps(&mut self, record_domain: &str, record: &Record) {
        self.v.record_domain = Some(record_domain.to_string());
        self.v.record = Some(record.raw.clone());
        let mut rs = Step::new(
            StepKind::Parse,
            crate::tr!(Dmarc::RecordAt, domain = record_domain),
        )
        .with_detail(record.raw.clone());
        for w in &record.warnings {
            rs.children.push(Step::new(StepKind::Warning, w.clone()));
        }
        self.trace.push(rs);
        if self.rules == Rules::Bis {
            self.trace
                .extend(policy_source_steps(self.d, self.from, record_domain));
        }
    }

    /// RFC 9989 §4.10.1 / RFC 7489 §6.6.3 step 6: a missing or invalid p, or
    /// an invalid sp (or np, RFC 9989 only).
    fn invalid_policy(&mut self, record: &mut Record) -> Result<(), EarlyEnd> {
        let rules = self.rules;
        let invalid: Vec<String> = record
            .invalid_policy
            .iter()
            .filter(|t| rules == Rules::Bis || **t != "np")
            .map(|t| format!("{t}="))
            .collect();
        if invalid.is_empty() {
            return Ok(());
        }
        let tags = invalid.join(", ");
        let section = rules.invalid_policy_section();
        if record.has_valid_rua() {
            self.trace.push(Step::new(
                StepKind::Warning,
                crate::tr!(Dmarc::InvalidPolicyRua, tags = tags, section = section),
            ));
            record.p = Some(Policy::None);
            record.sp = None;
            record.np = None;
            Ok(())
        } else {
            self.trace.push(Step::new(
                StepKind::Result,
                crate::tr!(Dmarc::InvalidPolicyNoRua, tags = tags, section = section),
            ));
            self.v.tags = Some(tags_of(record));
            Err((AuthResult::None, crate::tr!(Dmarc::DispositionNotApplied)))
        }
    }

    /// Alignment of `other` with the From domain: SPF (RFC 7489 §3.1.2,
    /// RFC 9989 §4.4.2), DKIM (§4.4.1).
    fn aligned(&self, other: &str, strict: bool) -> Alignment {
        let (d, from) = (self.d, self.from);
        let other = normalize(other);
        let how = if other == from {
            How::Same { strict }
        } else if strict {
            How::StrictOther
        } else {
            match (&self.org, &self.rules.org(d, &other)) {
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
            from_org: self.org.as_ref().cloned().unwrap_or_default(),
            how,
        }
    }

    /// The walk of a relaxed identifier other than the From domain, shown under its step.
    fn identifier_walk(&self, other: &str, strict: bool) -> Vec<Step> {
        let other = normalize(other);
        if self.rules == Rules::Bis && !strict && other != self.from {
            walk_steps(self.d, &other)
        } else {
            Vec::new()
        }
    }

    fn align_spf(
        &mut self,
        record: &Record,
        spf: &SpfReport,
        spf_domain: Option<&str>,
        undecided: &mut Vec<String>,
    ) {
        let Some(sd) = spf_domain else {
            self.trace.push(
                Step::new(StepKind::NoMatch, crate::tr!(Dmarc::SpfNothing))
                    .with_fact("aspf", mode(record.aspf_strict)),
            );
            return;
        };
        let a = self.aligned(sd, record.aspf_strict);
        let pass = spf.result == AuthResult::Pass;
        self.v.spf_aligned = a.ok() && pass;
        if pass && a.unknown() {
            undecided.push(normalize(sd));
        }
        let text = if pass {
            crate::tr!(Dmarc::SpfPass, domain = sd, why = a.why())
        } else {
            a.spf_cannot_count(sd, spf.result)
        };
        let walk = self.identifier_walk(sd, record.aspf_strict);
        self.trace.push(
            Step::new(StepKind::matched(self.v.spf_aligned), text)
                .with_fact("aspf", mode(record.aspf_strict))
                .with_fact("spf", spf.result)
                .with_children(walk),
        );
    }

    fn align_dkim(&mut self, record: &Record, dkim: &[DkimReport], undecided: &mut Vec<String>) {
        if dkim.is_empty() {
            self.trace.push(
                Step::new(StepKind::NoMatch, crate::tr!(Dmarc::DkimNothing))
                    .with_fact("adkim", mode(record.adkim_strict)),
            );
        }
        for k in dkim {
            let a = self.aligned(&k.domain, record.adkim_strict);
            let ok = a.ok();
            let pass = k.result == AuthResult::Pass;
            if ok && pass {
                self.v.dkim_aligned = true;
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
            let walk = self.identifier_walk(&k.domain, record.adkim_strict);
            self.trace.push(
                Step::new(StepKind::matched(ok && pass), text)
                    .with_fact("adkim", mode(record.adkim_strict))
                    .with_fact("dkim", k.result)
                    .with_children(walk),
            );
        }
    }

    /// RFC 9989 §5.3.6: with a query the verdict needs unanswered, the message
    /// neither passes nor fails.
    fn undecided_alignment(
        &mut self,
        undecided: &mut Vec<String>,
        record_domain: &str,
        record: &Record,
    ) {
        undecided.dedup();
        self.trace.push(Step::new(
            StepKind::Result,
            crate::tr!(
                Dmarc::ResultTempErrorAlign,
                rules = self.rules.name(),
                list = undecided.join(", ")
            ),
        ));
        if let Selected::Policy(policy, _) =
            select_policy(self.rules, self.d, self.from, record_domain, record)
        {
            self.v.policy = Some(policy.as_str().to_string());
        }
    }

    fn choose_policy(
        &mut self,
        pass: bool,
        record_domain: &str,
        record: &Record,
    ) -> Result<Policy, EarlyEnd> {
        let (rules, from) = (self.rules, self.from);
        let policy = match select_policy(rules, self.d, from, record_domain, record) {
            Selected::Policy(policy, why) => {
                self.trace
                    .push(Step::new(StepKind::Compute, why).with_fact("policy", policy.as_str()));
                policy
            }
            Selected::Undecided(why) if !pass => {
                self.trace.push(Step::new(StepKind::Error, why));
                self.trace.push(Step::new(
                    StepKind::Result,
                    crate::tr!(Dmarc::ResultTempErrorNp, rules = rules.name(), from = from),
                ));
                return Err((
                    AuthResult::TempError,
                    crate::tr!(Dmarc::DispositionTempError),
                ));
            }
            // A pass needs no policy: whichever np or sp would have said.
            Selected::Undecided(why) => {
                self.trace.push(Step::new(StepKind::Info, why));
                record.p.unwrap_or(Policy::None)
            }
        };
        let nonexistent = self.d.exists.get(from).copied().flatten() == Some(false);
        if rules == Rules::Rfc7489 && nonexistent && record.np.is_some() && record_domain != from {
            self.trace
                .push(Step::new(StepKind::Info, crate::tr!(Dmarc::NpIgnored7489)));
        }
        self.v.policy = Some(policy.as_str().to_string());
        Ok(policy)
    }

    /// The policy a failing message gets after RFC 9989's `t=` or RFC 7489's `pct=`.
    fn applied_policy(&mut self, pass: bool, policy: Policy, record: &Record) -> Policy {
        let mut applied = policy;
        if !pass {
            match self.rules {
                Rules::Bis if record.testing => {
                    applied = policy.lower();
                    self.trace.push(Step::new(
                        StepKind::Info,
                        crate::tr!(
                            Dmarc::Testing,
                            applied = applied.as_str(),
                            policy = policy.as_str()
                        ),
                    ));
                }
                Rules::Rfc7489 if record.pct < 100 && policy != Policy::None => {
                    self.trace.push(Step::new(
                        StepKind::Info,
                        crate::tr!(
                            Dmarc::Pct,
                            pct = record.pct,
                            percent = record.pct,
                            policy = policy.as_str(),
                            lower = policy.lower().as_str()
                        ),
                    ))
                }
                _ => {}
            }
            self.v.applied_policy = Some(applied.as_str().to_string());
        }
        if self.rules == Rules::Bis && record.pct_given {
            self.trace.push(Step::new(
                StepKind::Info,
                crate::tr!(Dmarc::PctIgnoredBis, pct = record.pct),
            ));
        }
        applied
    }

    /// The verdict, its disposition and the result line.
    fn conclude(mut self, pass: bool, policy: Policy, record: &Record) -> RulesOutcome {
        let rules = self.rules;
        self.v.result = if pass {
            AuthResult::Pass
        } else {
            AuthResult::Fail
        };
        let applied = self.applied_policy(pass, policy, record);
        let v = &mut self.v;
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
        self.trace.push(
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
        self.v.trace = self.trace;
        RulesOutcome {
            verdict: self.v,
            applied: (!pass).then_some(applied),
        }
    }
}

pub(super) fn disposition_words(p: Policy) -> Text {
    match p {
        Policy::None => crate::tr!(Dmarc::DispositionNone),
        Policy::Quarantine => crate::tr!(Dmarc::DispositionQuarantine),
        Policy::Reject => crate::tr!(Dmarc::DispositionReject),
    }
}

pub(super) fn rank(p: Option<Policy>) -> u8 {
    match p {
        None => 0,
        Some(Policy::None) => 1,
        Some(Policy::Quarantine) => 2,
        Some(Policy::Reject) => 3,
    }
}

pub(super) fn evaluate_rules(
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
            let outcomes: Vec<RulesOutcome> = d
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
