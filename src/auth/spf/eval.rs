//! check_host() (RFC 7208 §4), recording every step.

use super::macros::{expand, MacroVars};
use super::parse::{
    is_spf_record, parse_macro_string, parse_record, Directive, MacroString, Mechanism, Qualifier,
    Record,
};
use crate::dns::{Answer, RType, Rcode, Resolver};
use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::{Describe, Text};
use crate::report::AuthResult;
use crate::tr;
use crate::trace::{Step, StepKind, Trace};
use futures::future::{join_all, FutureExt, LocalBoxFuture};
use std::cell::{Cell, RefCell};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// At most 10 terms that query DNS (§4.6.4).
pub const MAX_DNS_TERMS: u32 = 10;
/// At most 2 void lookups (§4.6.4).
pub const MAX_VOID: u32 = 2;
/// At most 10 names from one MX or PTR answer (§4.6.4).
pub const MAX_NAMES: usize = 10;

/// The §4.6.4 counters at the end of an evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    pub dns_lookups: u32,
    pub void_lookups: u32,
}

/// What check_host() found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckOutcome {
    pub result: AuthResult,
    /// The `exp=` text, on fail, when the record had one and it could be had.
    pub explanation: Option<String>,
    /// A short reason in words (errors, what decided).
    pub reason: Option<Text>,
    /// The term that decided, as written (`~all`, `redirect=...`), if one did.
    pub decided_by: Option<String>,
    pub trace: Trace,
    pub counters: Counters,
}

/// Why evaluation stopped early.
enum Stop {
    Temp(Text),
    Perm(Text),
}

impl Stop {
    fn result(&self) -> AuthResult {
        match self {
            Stop::Temp(_) => AuthResult::TempError,
            Stop::Perm(_) => AuthResult::PermError,
        }
    }
    fn message(&self) -> &Text {
        match self {
            Stop::Temp(m) | Stop::Perm(m) => m,
        }
    }
}

struct Ctx<'r> {
    resolver: &'r dyn Resolver,
    ip: IpAddr,
    vars: RefCell<MacroVars>,
    dns_lookups: Cell<u32>,
    void_lookups: Cell<u32>,
    ptr_done: Cell<bool>,
}

impl Ctx<'_> {
    fn counters(&self) -> Counters {
        Counters {
            dns_lookups: self.dns_lookups.get(),
            void_lookups: self.void_lookups.get(),
        }
    }

    fn with_counters(&self, step: Step) -> Step {
        step.with_fact(
            "dns_lookups",
            format!("{}/{MAX_DNS_TERMS}", self.dns_lookups.get()),
        )
        .with_fact(
            "void_lookups",
            format!("{}/{MAX_VOID}", self.void_lookups.get()),
        )
    }

    /// §4.6.4: at most MAX_DNS_TERMS terms that cause DNS queries.
    fn count_term(&self, term: &str) -> Result<(), Stop> {
        bump_within(&self.dns_lookups, MAX_DNS_TERMS, |n| {
            tr!(Spf::LookupLimit, term = term, n = n, limit = MAX_DNS_TERMS)
        })
    }

    /// §4.6.4: at most MAX_VOID lookups that return no answer.
    fn count_void(&self, what: &str) -> Result<(), Stop> {
        bump_within(&self.void_lookups, MAX_VOID, |n| {
            tr!(Spf::VoidLimit, what = what, n = n, limit = MAX_VOID)
        })
    }

    /// One query; NOERROR and NXDOMAIN are answers, everything else is a temperror (§2.6.6).
    async fn query(&self, name: &str, rtype: RType) -> Result<Answer, Stop> {
        match self.resolver.query(name, rtype).await {
            Ok(a) if matches!(a.rcode, Rcode::NoError | Rcode::NxDomain) => Ok(a),
            Ok(a) => Err(Stop::Temp(tr!(
                Spf::DnsError,
                rtype = rtype,
                name = name,
                error = a.rcode
            ))),
            Err(e) => Err(Stop::Temp(tr!(
                Spf::DnsError,
                rtype = rtype,
                name = name,
                error = e
            ))),
        }
    }

    fn expand(&self, ms: &MacroString) -> String {
        expand(ms, &self.vars.borrow())
    }

    /// Expands a domain-spec into a name to query (§4.8, §7.3: trailing dot dropped,
    /// left labels dropped past 253 characters).
    async fn target(&self, ms: &MacroString) -> Result<String, Stop> {
        self.ensure_p(ms).await;
        let mut name = self.expand(ms);
        if name.ends_with('.') {
            name.pop();
        }
        while name.len() > 253 {
            match name.split_once('.') {
                Some((_, rest)) => name = rest.to_string(),
                None => break,
            }
        }
        if name.is_empty() || name.split('.').any(|l| l.is_empty() || l.len() > 63) {
            return Err(Stop::Perm(tr!(Spf::BadTarget, spec = ms.raw, name = name)));
        }
        Ok(name)
    }

    /// Computes `%{p}` when the macro-string needs it.
    async fn ensure_p(&self, ms: &MacroString) {
        let needs = ms
            .parts
            .iter()
            .any(|p| matches!(p, super::parse::MacroPart::Expand { letter: 'p', .. }));
        if !needs || self.ptr_done.get() {
            return;
        }
        self.ptr_done.set(true);
        let domain = self.vars.borrow().domain.clone();
        let (validated, _) = self.validated_names(&domain).await;
        let pick = validated
            .iter()
            .find(|n| is_same_or_sub(n, &domain))
            .or_else(|| validated.first())
            .cloned();
        self.vars.borrow_mut().validated = pick;
    }

    /// The PTR names of the client that resolve back to it (§5.5), with notes for the trace.
    async fn validated_names(&self, _domain: &str) -> (Vec<String>, Vec<Text>) {
        let rev = crate::dns::reverse_name(self.ip);
        let mut notes = Vec::new();
        let ans = match self.query(&rev, RType::Ptr).await {
            Ok(a) => a,
            Err(e) => {
                notes.push(tr!(Spf::PtrNoNames, rev = rev, error = e.message()));
                return (Vec::new(), notes);
            }
        };
        let mut names: Vec<String> = ans
            .names(RType::Ptr)
            .into_iter()
            .map(|n| n.trim_end_matches('.').to_ascii_lowercase())
            .collect();
        notes.push(tr!(
            Spf::LookupGave,
            query = format!("PTR {rev}"),
            answer = describe_names(&ans, &names)
        ));
        if names.len() > MAX_NAMES {
            notes.push(tr!(
                Spf::PtrNamesCapped,
                max = MAX_NAMES,
                count = names.len()
            ));
            names.truncate(MAX_NAMES);
        }
        let rtype = addr_type(self.ip);
        let lookups = names.iter().map(|n| self.query(n, rtype));
        let answers = join_all(lookups).await;
        let mut validated = Vec::new();
        for (n, a) in names.iter().zip(answers) {
            match a {
                Ok(a) => {
                    let addrs = addresses(&a);
                    let hit = addrs.contains(&self.ip);
                    let query = format!("{rtype} {n}");
                    let answer = list_or(&addrs, &a);
                    notes.push(if hit {
                        tr!(Spf::PtrNameValidated, query = query, answer = answer)
                    } else {
                        tr!(Spf::PtrNameNotBack, query = query, answer = answer)
                    });
                    if hit {
                        validated.push(n.clone());
                    }
                }
                Err(e) => notes.push(tr!(Spf::PtrNameSkipped, error = e.message())),
            }
        }
        (validated, notes)
    }
}

/// Counts one more against `limit`; past it, a permerror saying why.
fn bump_within(counter: &Cell<u32>, limit: u32, why: impl FnOnce(u32) -> Text) -> Result<(), Stop> {
    let n = counter.get() + 1;
    counter.set(n);
    if n > limit {
        return Err(Stop::Perm(why(n)));
    }
    Ok(())
}

fn addr_type(ip: IpAddr) -> RType {
    match ip {
        IpAddr::V4(_) => RType::A,
        IpAddr::V6(_) => RType::Aaaa,
    }
}

fn addresses(a: &Answer) -> Vec<IpAddr> {
    a.ipv4()
        .into_iter()
        .map(IpAddr::V4)
        .chain(a.ipv6().into_iter().map(IpAddr::V6))
        .collect()
}

fn rcode_word(a: &Answer) -> Text {
    if a.rcode == Rcode::NxDomain {
        Text::verbatim("NXDOMAIN")
    } else {
        tr!(Spf::NoRecordsNodata)
    }
}

fn list_or(addrs: &[IpAddr], a: &Answer) -> Text {
    if addrs.is_empty() {
        rcode_word(a)
    } else {
        Text::Verbatim(
            addrs
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
}

fn describe_names(a: &Answer, names: &[String]) -> Text {
    if names.is_empty() {
        rcode_word(a)
    } else {
        Text::Verbatim(names.join(", "))
    }
}

fn is_same_or_sub(name: &str, domain: &str) -> bool {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let d = domain.trim_end_matches('.').to_ascii_lowercase();
    n == d || n.ends_with(&format!(".{d}"))
}

fn v4_in(ip: Ipv4Addr, net: Ipv4Addr, len: u8) -> bool {
    if len == 0 {
        return true;
    }
    let mask = u32::MAX << (32 - u32::from(len.min(32)));
    (u32::from(ip) & mask) == (u32::from(net) & mask)
}

fn v6_in(ip: Ipv6Addr, net: Ipv6Addr, len: u8) -> bool {
    if len == 0 {
        return true;
    }
    let mask = u128::MAX << (128 - u32::from(len.min(128)));
    (u128::from(ip) & mask) == (u128::from(net) & mask)
}

/// Whether `ip` is in `addr/len`, with the length that fits the family.
fn ip_in(ip: IpAddr, addr: IpAddr, cidr4: u8, cidr6: u8) -> bool {
    match (ip, addr) {
        (IpAddr::V4(i), IpAddr::V4(a)) => v4_in(i, a, cidr4),
        (IpAddr::V6(i), IpAddr::V6(a)) => v6_in(i, a, cidr6),
        _ => false,
    }
}

/// "192.0.2.7 is in 192.0.2.0/24", or "is not in".
fn in_or_not(hit: bool, ip: impl std::fmt::Display, cidr: &str) -> Text {
    if hit {
        tr!(Spf::IpIn, ip = ip, range = cidr)
    } else {
        tr!(Spf::IpNotIn, ip = ip, ranges = cidr)
    }
}

fn cidr_suffix(ip: IpAddr, cidr4: u8, cidr6: u8) -> String {
    match ip {
        IpAddr::V4(_) if cidr4 != 32 => format!("/{cidr4}"),
        IpAddr::V6(_) if cidr6 != 128 => format!("/{cidr6}"),
        _ => String::new(),
    }
}

/// Whether a domain can be checked at all (§4.3): otherwise the result is `none`.
pub fn domain_problem(domain: &str) -> Option<Text> {
    if domain.starts_with('[') {
        return Some(tr!(Spf::DomainIsLiteral, domain = domain));
    }
    let d = domain.strip_suffix('.').unwrap_or(domain);
    if d.is_empty() {
        return Some(tr!(Spf::DomainEmpty));
    }
    if d.len() > 253 {
        return Some(tr!(Spf::DomainTooLong, domain = domain));
    }
    for l in d.split('.') {
        if l.is_empty() {
            return Some(tr!(Spf::DomainEmptyLabel, domain = domain));
        }
        if l.len() > 63 {
            return Some(tr!(Spf::DomainLongLabel, domain = domain));
        }
    }
    if !d.contains('.') {
        return Some(tr!(Spf::DomainSingleLabel, domain = domain));
    }
    None
}

/// RFC 7208 check_host(): `ip` (an IPv4-mapped IPv6 address counts as IPv4),
/// `domain`, `sender` (local@domain), the HELO name and the receiver for the
/// macros. Returns the result, the `exp=` explanation on fail, the trace and
/// the §4.6.4 counters.
pub async fn check_host(
    resolver: &dyn Resolver,
    ip: IpAddr,
    domain: &str,
    sender: &str,
    helo: &str,
    receiver: Option<&str>,
    now: u64,
) -> CheckOutcome {
    let given = ip;
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    let (local, sender_domain) = match sender.rsplit_once('@') {
        Some((l, d)) => (
            if l.is_empty() { "postmaster" } else { l }.to_string(),
            d.to_string(),
        ),
        None => ("postmaster".to_string(), domain.to_string()),
    };
    let ctx = Ctx {
        resolver,
        ip,
        vars: RefCell::new(MacroVars {
            sender: format!("{local}@{sender_domain}"),
            local,
            sender_domain,
            domain: domain.to_string(),
            ip,
            helo: helo.to_string(),
            receiver: receiver.unwrap_or("unknown").to_string(),
            now,
            validated: None,
        }),
        dns_lookups: Cell::new(0),
        void_lookups: Cell::new(0),
        ptr_done: Cell::new(false),
    };
    let mut trace = Vec::new();
    if given != ip {
        trace.push(Step::new(
            StepKind::Info,
            tr!(Spf::Ipv4Mapped, given = given, ip = ip),
        ));
    }
    if let Some(problem) = domain_problem(domain) {
        trace.push(Step::new(
            StepKind::Result,
            tr!(Spf::ResultNoneBecause, problem = problem),
        ));
        return CheckOutcome {
            result: AuthResult::None,
            explanation: None,
            reason: Some(problem),
            decided_by: None,
            trace,
            counters: Counters::default(),
        };
    }
    let domain = domain.trim_end_matches('.');
    let out = check_record(&ctx, domain.to_string(), true, 0).await;
    trace.extend(out.steps);
    let text = match &out.decided_by {
        Some(t) => tr!(Spf::ResultDecidedBy, result = out.result, term = t),
        None => match &out.reason {
            Some(r) => tr!(Spf::ResultBecause, result = out.result, reason = r),
            None => tr!(Spf::ResultOnly, result = out.result),
        },
    };
    let mut step = ctx.with_counters(Step::new(StepKind::Result, text));
    if let Some(e) = &out.explanation {
        step = step.with_detail(format!("explanation: {e}"));
    }
    trace.push(step);
    CheckOutcome {
        result: out.result,
        explanation: out.explanation,
        reason: out.reason,
        decided_by: out.decided_by,
        trace,
        counters: ctx.counters(),
    }
}

struct Inner {
    result: AuthResult,
    explanation: Option<String>,
    reason: Option<Text>,
    decided_by: Option<String>,
    steps: Vec<Step>,
}

/// Fetches, selects and parses the record of `domain` (§4.4, §4.5, §4.6).
/// `Ok(None)` when the domain has no SPF record.
async fn fetch_record(
    ctx: &Ctx<'_>,
    domain: &str,
    steps: &mut Vec<Step>,
) -> Result<Option<(Record, String)>, Stop> {
    let ans = match ctx.query(domain, RType::Txt).await {
        Ok(a) => a,
        Err(e) => {
            steps.push(Step::new(
                StepKind::Error,
                tr!(Spf::TxtTempError, domain = domain, error = e.message()),
            ));
            return Err(e);
        }
    };
    let rrs: Vec<Vec<String>> = ans
        .records
        .iter()
        .filter_map(|r| match &r.data {
            crate::dns::RData::Txt(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    let mut lookup = Step::new(
        StepKind::Lookup,
        if ans.rcode == Rcode::NxDomain {
            tr!(Spf::TxtNxdomain, domain = domain)
        } else {
            tr!(Spf::TxtRecords, domain = domain, n = rrs.len())
        },
    );
    for rr in &rrs {
        let quoted: Vec<String> = rr.iter().map(|s| format!("{s:?}")).collect();
        lookup = lookup.with_detail(if quoted.is_empty() {
            "(a TXT record with no strings)".to_string()
        } else {
            quoted.join(" ")
        });
    }
    // The strings of one TXT RR are joined with nothing between them (§3.3).
    let spf: Vec<String> = rrs
        .iter()
        .map(|rr| rr.concat())
        .filter(|t| is_spf_record(t))
        .collect();
    steps.push(lookup);
    match spf.len() {
        0 => Ok(None),
        1 => {
            let txt = spf.into_iter().next().unwrap_or_default();
            match parse_record(&txt) {
                Ok(rec) => {
                    let mut p = Step::new(StepKind::Parse, tr!(Spf::RecordOf, domain = domain))
                        .with_detail(txt.clone());
                    for d in &rec.directives {
                        p = p.with_detail(format!("  {}", describe_directive(d)));
                    }
                    if let Some(r) = &rec.redirect {
                        p = p.with_detail(format!(
                            "  {} (modifier: used if nothing matches)",
                            r.raw
                        ));
                    }
                    if let Some(e) = &rec.exp {
                        p = p.with_detail(format!("  {} (modifier: explanation on fail)", e.raw));
                    }
                    for u in &rec.unknown_modifiers {
                        p = p
                            .with_detail(format!("  {u} (unknown modifier, ignored: RFC 7208 §6)"));
                    }
                    steps.push(p);
                    Ok(Some((rec, txt)))
                }
                Err(e) => {
                    steps.push(
                        Step::new(
                            StepKind::Error,
                            tr!(Spf::RecordOfError, domain = domain, error = e),
                        )
                        .with_detail(txt),
                    );
                    Err(Stop::Perm(e.text()))
                }
            }
        }
        n => {
            let mut s = Step::new(
                StepKind::Error,
                tr!(Spf::PublishesManyRecords, domain = domain, n = n),
            );
            for t in &spf {
                s = s.with_detail(t.clone());
            }
            steps.push(s);
            Err(Stop::Perm(tr!(Spf::HasManyRecords, domain = domain, n = n)))
        }
    }
}

fn describe_directive(d: &Directive) -> String {
    let q = match d.qualifier {
        Qualifier::Pass => "pass",
        Qualifier::Fail => "fail",
        Qualifier::SoftFail => "softfail",
        Qualifier::Neutral => "neutral",
    };
    format!("{} (on match: {q})", d.raw)
}

fn qualifier_result(q: Qualifier) -> AuthResult {
    match q {
        Qualifier::Pass => AuthResult::Pass,
        Qualifier::Fail => AuthResult::Fail,
        Qualifier::SoftFail => AuthResult::SoftFail,
        Qualifier::Neutral => AuthResult::Neutral,
    }
}

/// Evaluates the record of `domain`; recursion for include and redirect.
fn check_record<'a>(
    ctx: &'a Ctx<'a>,
    domain: String,
    want_exp: bool,
    depth: u32,
) -> LocalBoxFuture<'a, Inner> {
    async move {
        let mut steps = Vec::new();
        let saved_domain = std::mem::replace(&mut ctx.vars.borrow_mut().domain, domain.clone());
        let r = run_record(ctx, &domain, want_exp, depth, &mut steps).await;
        ctx.vars.borrow_mut().domain = saved_domain;
        match r {
            Ok(mut inner) => {
                steps.append(&mut inner.steps);
                inner.steps = steps;
                inner
            }
            Err(stop) => {
                let msg = stop.message().clone();
                Inner {
                    result: stop.result(),
                    explanation: None,
                    reason: Some(msg),
                    decided_by: None,
                    steps,
                }
            }
        }
    }
    .boxed_local()
}

// Long on purpose: RFC 7208 §4.6.2 in order (fetch, each directive until one
// matches, redirect, exp=); the mechanisms themselves are in eval_mechanism.
async fn run_record(
    ctx: &Ctx<'_>,
    domain: &str,
    want_exp: bool,
    depth: u32,
    steps: &mut Vec<Step>,
) -> Result<Inner, Stop> {
    let Some((rec, _txt)) = fetch_record(ctx, domain, steps).await? else {
        steps.push(Step::new(
            StepKind::Info,
            tr!(Spf::NoRecordNone, domain = domain),
        ));
        return Ok(Inner {
            result: AuthResult::None,
            explanation: None,
            reason: Some(tr!(Spf::NoRecord, domain = domain)),
            decided_by: None,
            steps: Vec::new(),
        });
    };
    for d in &rec.directives {
        if d.mechanism.queries_dns() {
            if let Err(e) = ctx.count_term(&d.raw) {
                steps.push(ctx.with_counters(Step::new(StepKind::Error, e.message().clone())));
                return Err(e);
            }
        }
        let outcome = eval_mechanism(ctx, d, depth).await;
        match outcome {
            Ok(m) => {
                let kind = StepKind::matched(m.matched);
                let text = if m.matched {
                    tr!(
                        Spf::TermMatches,
                        term = d.raw,
                        why = m.why,
                        result = qualifier_result(d.qualifier)
                    )
                } else {
                    tr!(Spf::TermNoMatch, term = d.raw, why = m.why)
                };
                let step = ctx
                    .with_counters(Step::new(kind, text))
                    .with_details(m.detail)
                    .with_children(m.children);
                steps.push(step);
                if m.matched {
                    let result = qualifier_result(d.qualifier);
                    let explanation = if result == AuthResult::Fail && want_exp {
                        explain(ctx, &rec, steps).await
                    } else {
                        None
                    };
                    return Ok(Inner {
                        result,
                        explanation,
                        reason: Some(tr!(Spf::TermMatched, term = d.raw)),
                        decided_by: Some(d.raw.clone()),
                        steps: Vec::new(),
                    });
                }
            }
            Err((stop, detail, children)) => {
                steps.push(
                    ctx.with_counters(Step::new(
                        StepKind::Error,
                        tr!(
                            match stop {
                                Stop::Temp(_) => Spf::TermTempError,
                                Stop::Perm(_) => Spf::TermPermError,
                            },
                            term = d.raw,
                            error = stop.message()
                        ),
                    ))
                    .with_details(detail)
                    .with_children(children),
                );
                return Err(stop);
            }
        }
    }
    if let Some(redirect) = &rec.redirect {
        if let Err(e) = ctx.count_term(&redirect.raw) {
            steps.push(ctx.with_counters(Step::new(StepKind::Error, e.message().clone())));
            return Err(e);
        }
        let target = match ctx.target(&redirect.spec).await {
            Ok(t) => t,
            Err(e) => {
                steps.push(ctx.with_counters(Step::new(
                    StepKind::Error,
                    tr!(Spf::TermProblem, term = redirect.raw, error = e.message()),
                )));
                return Err(e);
            }
        };
        let sub = check_record(ctx, target.clone(), want_exp, depth + 1).await;
        let (result, reason) = if sub.result == AuthResult::None {
            (
                AuthResult::PermError,
                tr!(Spf::RedirectNoRecord, target = target),
            )
        } else {
            (
                sub.result,
                tr!(Spf::RecordGives, target = target, result = sub.result),
            )
        };
        steps.push(
            ctx.with_counters(Step::new(
                StepKind::Match,
                tr!(
                    Spf::FollowingRedirect,
                    term = redirect.raw,
                    target = target,
                    reason = reason
                ),
            ))
            .with_children(sub.steps),
        );
        return Ok(Inner {
            result,
            // The redirected record's own exp= applies, not ours (§6.2).
            explanation: sub.explanation,
            reason: Some(reason),
            decided_by: sub.decided_by.or(Some(redirect.raw.clone())),
            steps: Vec::new(),
        });
    }
    steps.push(ctx.with_counters(Step::new(StepKind::Info, tr!(Spf::NoMatchNeutral))));
    Ok(Inner {
        result: AuthResult::Neutral,
        explanation: None,
        reason: Some(tr!(Spf::DefaultResult)),
        decided_by: None,
        steps: Vec::new(),
    })
}

/// The `exp=` explanation (§6.2): any problem means no explanation, never an error.
async fn explain(ctx: &Ctx<'_>, rec: &Record, steps: &mut Vec<Step>) -> Option<String> {
    let exp = rec.exp.as_ref()?;
    let name = match ctx.target(&exp.spec).await {
        Ok(n) => n,
        Err(e) => {
            steps.push(Step::new(
                StepKind::Warning,
                tr!(Spf::ExpNoExplanation, term = exp.raw, error = e.message()),
            ));
            return None;
        }
    };
    let ans = match ctx.query(&name, RType::Txt).await {
        Ok(a) => a,
        Err(e) => {
            steps.push(Step::new(
                StepKind::Warning,
                tr!(Spf::ExpNoExplanation, term = exp.raw, error = e.message()),
            ));
            return None;
        }
    };
    let txts = ans.txt_joined();
    let one = match txts.as_slice() {
        [one] => one.clone(),
        [] => {
            steps.push(Step::new(
                StepKind::Warning,
                tr!(
                    Spf::ExpTxtNoExplanation,
                    term = exp.raw,
                    name = name,
                    answer = rcode_word(&ans)
                ),
            ));
            return None;
        }
        many => {
            steps.push(Step::new(
                StepKind::Warning,
                tr!(
                    Spf::ExpManyRecords,
                    term = exp.raw,
                    name = name,
                    n = many.len()
                ),
            ));
            return None;
        }
    };
    if !one.is_ascii() {
        steps.push(
            Step::new(
                StepKind::Warning,
                tr!(Spf::ExpNotAscii, term = exp.raw, name = name),
            )
            .with_detail(one),
        );
        return None;
    }
    match parse_macro_string(&one, true) {
        Ok(ms) => {
            ctx.ensure_p(&ms).await;
            let text = ctx.expand(&ms);
            steps.push(
                Step::new(
                    StepKind::Compute,
                    tr!(Spf::ExplanationFrom, name = name, text = text),
                )
                .with_detail(one),
            );
            Some(text)
        }
        Err(e) => {
            steps.push(
                Step::new(
                    StepKind::Warning,
                    tr!(Spf::ExpSyntaxError, term = exp.raw, name = name, error = e),
                )
                .with_detail(one),
            );
            None
        }
    }
}

struct MechOutcome {
    matched: bool,
    why: Text,
    detail: Vec<Text>,
    children: Vec<Step>,
}

type MechError = (Stop, Vec<Text>, Vec<Step>);

fn fail(stop: Stop, detail: Vec<Text>) -> MechError {
    (stop, detail, Vec::new())
}

async fn eval_mechanism(
    ctx: &Ctx<'_>,
    d: &Directive,
    depth: u32,
) -> Result<MechOutcome, MechError> {
    match &d.mechanism {
        Mechanism::All => Ok(outcome(true, tr!(Spf::AllMatches), Vec::new())),
        Mechanism::Ip4 { net, len } => Ok(eval_ip_literal(ctx.ip, IpAddr::V4(*net), *len)),
        Mechanism::Ip6 { net, len } => Ok(eval_ip_literal(ctx.ip, IpAddr::V6(*net), *len)),
        Mechanism::A {
            domain,
            cidr4,
            cidr6,
        } => eval_a(ctx, domain.as_ref(), *cidr4, *cidr6).await,
        Mechanism::Mx {
            domain,
            cidr4,
            cidr6,
        } => eval_mx(ctx, domain.as_ref(), *cidr4, *cidr6).await,
        Mechanism::Ptr(domain) => eval_ptr(ctx, domain.as_ref()).await,
        Mechanism::Exists(ms) => eval_exists(ctx, ms).await,
        Mechanism::Include(ms) => eval_include(ctx, ms, depth).await,
    }
}

fn outcome(matched: bool, why: Text, detail: Vec<Text>) -> MechOutcome {
    MechOutcome {
        matched,
        why,
        detail,
        children: Vec::new(),
    }
}

/// The mechanism's own domain, or the domain whose record is being evaluated.
async fn mechanism_target(
    ctx: &Ctx<'_>,
    domain: Option<&MacroString>,
) -> Result<String, MechError> {
    match domain {
        Some(ms) => ctx.target(ms).await.map_err(|e| fail(e, Vec::new())),
        None => Ok(ctx.vars.borrow().domain.clone()),
    }
}

/// ip4: and ip6: — a client of the other family never matches (§5.6).
fn eval_ip_literal(ip: IpAddr, net: IpAddr, len: u8) -> MechOutcome {
    if ip.is_ipv4() != net.is_ipv4() {
        let why = if net.is_ipv4() {
            tr!(Spf::Ip4OnlyV4, ip = ip)
        } else {
            tr!(Spf::Ip6OnlyV6, ip = ip)
        };
        return outcome(false, why, Vec::new());
    }
    let hit = ip_in(ip, net, len, len);
    outcome(hit, in_or_not(hit, ip, &format!("{net}/{len}")), Vec::new())
}

async fn eval_a(
    ctx: &Ctx<'_>,
    domain: Option<&MacroString>,
    cidr4: u8,
    cidr6: u8,
) -> Result<MechOutcome, MechError> {
    let ip = ctx.ip;
    let target = mechanism_target(ctx, domain).await?;
    let mut detail = Vec::new();
    let rtype = addr_type(ip);
    let ans = ctx
        .query(&target, rtype)
        .await
        .map_err(|e| fail(e, Vec::new()))?;
    let addrs = addresses(&ans);
    detail.push(tr!(
        Spf::LookupGave,
        query = format!("{rtype} {target}"),
        answer = list_or(&addrs, &ans)
    ));
    if addrs.is_empty() {
        ctx.count_void(&format!("{rtype} {target}"))
            .map_err(|e| fail(e, detail.clone()))?;
    }
    let sfx = cidr_suffix(ip, cidr4, cidr6);
    let hit = addrs.iter().find(|a| ip_in(ip, **a, cidr4, cidr6));
    let why = match hit {
        Some(a) => tr!(
            Spf::IpInAddressOf,
            ip = ip,
            range = format!("{a}{sfx}"),
            target = target
        ),
        None if addrs.is_empty() => {
            tr!(Spf::HasNoRecordsOfType, target = target, rtype = rtype)
        }
        None => tr!(
            Spf::IpNotIn,
            ip = ip,
            ranges = addrs
                .iter()
                .map(|a| format!("{a}{sfx}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Ok(outcome(hit.is_some(), why, detail))
}

async fn eval_mx(
    ctx: &Ctx<'_>,
    domain: Option<&MacroString>,
    cidr4: u8,
    cidr6: u8,
) -> Result<MechOutcome, MechError> {
    let ip = ctx.ip;
    let target = mechanism_target(ctx, domain).await?;
    let mut detail = Vec::new();
    let ans = ctx
        .query(&target, RType::Mx)
        .await
        .map_err(|e| fail(e, Vec::new()))?;
    let mx_count = ans.names(RType::Mx).len();
    let mut hosts: Vec<String> = Vec::new();
    for n in ans.names(RType::Mx) {
        let n = n.trim_end_matches('.').to_ascii_lowercase();
        if !hosts.contains(&n) {
            hosts.push(n);
        }
    }
    detail.push(tr!(
        Spf::LookupGave,
        query = format!("MX {target}"),
        answer = describe_names(&ans, &hosts)
    ));
    if hosts.is_empty() {
        ctx.count_void(&format!("MX {target}"))
            .map_err(|e| fail(e, detail.clone()))?;
        let why = tr!(Spf::HasNoRecordsOfType, target = target, rtype = "MX");
        return Ok(outcome(false, why, detail));
    }
    // The limit counts MX records, even when several name the same host
    // (OpenSPF suite mx-limit).
    if mx_count > MAX_NAMES {
        return Err(fail(
            Stop::Perm(tr!(
                Spf::TooManyMx,
                target = target,
                n = mx_count,
                limit = MAX_NAMES
            )),
            detail,
        ));
    }
    let rtype = addr_type(ip);
    let answers = join_all(hosts.iter().map(|h| ctx.query(h, rtype))).await;
    let sfx = cidr_suffix(ip, cidr4, cidr6);
    let mut all = Vec::new();
    let mut hit = None;
    for (h, a) in hosts.iter().zip(answers) {
        let a = a.map_err(|e| fail(e, detail.clone()))?;
        let addrs = addresses(&a);
        detail.push(tr!(
            Spf::LookupGave,
            query = format!("{rtype} {h}"),
            answer = list_or(&addrs, &a)
        ));
        for x in addrs {
            if hit.is_none() && ip_in(ip, x, cidr4, cidr6) {
                hit = Some(tr!(
                    Spf::IpInMx,
                    ip = ip,
                    range = format!("{x}{sfx}"),
                    host = h
                ));
            }
            all.push(format!("{x}{sfx}"));
        }
    }
    let why = match &hit {
        Some(w) => w.clone(),
        None if all.is_empty() => {
            tr!(Spf::MxHostsNoRecords, target = target, rtype = rtype)
        }
        None => tr!(Spf::IpNotIn, ip = ip, ranges = all.join(", ")),
    };
    Ok(outcome(hit.is_some(), why, detail))
}

async fn eval_ptr(ctx: &Ctx<'_>, domain: Option<&MacroString>) -> Result<MechOutcome, MechError> {
    let ip = ctx.ip;
    let target = mechanism_target(ctx, domain).await?;
    let mut detail = Vec::new();
    let rev = crate::dns::reverse_name(ip);
    // A DNS error on the PTR query means no match, not an error (§5.5).
    let ans = match ctx.query(&rev, RType::Ptr).await {
        Ok(a) => a,
        Err(e) => {
            let why = tr!(Spf::PtrFailureNoMatch, error = e.message());
            return Ok(outcome(false, why, detail));
        }
    };
    if ans.names(RType::Ptr).is_empty() {
        detail.push(tr!(
            Spf::LookupGave,
            query = format!("PTR {rev}"),
            answer = rcode_word(&ans)
        ));
        ctx.count_void(&format!("PTR {rev}"))
            .map_err(|e| fail(e, detail.clone()))?;
        return Ok(outcome(false, tr!(Spf::NoPtr, ip = ip), detail));
    }
    let (validated, notes) = ctx.validated_names(&target).await;
    detail.extend(notes);
    let hit = validated.iter().find(|n| is_same_or_sub(n, &target));
    let why = match hit {
        Some(n) => tr!(Spf::ValidatedNameIn, name = n, ip = ip, target = target),
        None if validated.is_empty() => tr!(Spf::NoValidatedName, ip = ip),
        None => tr!(
            Spf::ValidatedNotUnder,
            names = validated.join(", "),
            target = target
        ),
    };
    Ok(outcome(hit.is_some(), why, detail))
}

async fn eval_exists(ctx: &Ctx<'_>, ms: &MacroString) -> Result<MechOutcome, MechError> {
    let target = ctx.target(ms).await.map_err(|e| fail(e, Vec::new()))?;
    let mut detail = Vec::new();
    // Always an A query, whatever the client's family (§5.7).
    let ans = ctx
        .query(&target, RType::A)
        .await
        .map_err(|e| fail(e, Vec::new()))?;
    let addrs = ans.ipv4();
    detail.push(tr!(
        Spf::LookupGave,
        query = format!("A {target}"),
        answer = list_or(
            &addrs.iter().map(|a| IpAddr::V4(*a)).collect::<Vec<_>>(),
            &ans
        )
    ));
    if addrs.is_empty() {
        ctx.count_void(&format!("A {target}"))
            .map_err(|e| fail(e, detail.clone()))?;
    }
    let why = if addrs.is_empty() {
        tr!(Spf::NoARecord, target = target)
    } else {
        tr!(Spf::HasARecord, target = target)
    };
    Ok(outcome(!addrs.is_empty(), why, detail))
}

async fn eval_include(
    ctx: &Ctx<'_>,
    ms: &MacroString,
    depth: u32,
) -> Result<MechOutcome, MechError> {
    let target = ctx.target(ms).await.map_err(|e| fail(e, Vec::new()))?;
    let detail = Vec::new();
    if depth > 20 {
        return Err(fail(
            Stop::Perm(tr!(Spf::IncludeTooDeep, target = target)),
            detail,
        ));
    }
    let sub = check_record(ctx, target.clone(), false, depth + 1).await;
    // §5.2: pass matches; fail, softfail and neutral do not; errors propagate; none is a permerror.
    match sub.result {
        AuthResult::Pass => Ok(MechOutcome {
            matched: true,
            why: tr!(Spf::RecordGives, target = target, result = AuthResult::Pass),
            detail,
            children: sub.steps,
        }),
        AuthResult::Fail | AuthResult::SoftFail | AuthResult::Neutral => Ok(MechOutcome {
            matched: false,
            why: tr!(
                Spf::RecordGivesOnlyPass,
                target = target,
                result = sub.result
            ),
            detail,
            children: sub.steps,
        }),
        AuthResult::TempError => Err((
            Stop::Temp(tr!(
                Spf::RecordGivesTempError,
                target = target,
                reason = sub.reason.unwrap_or_default()
            )),
            detail,
            sub.steps,
        )),
        AuthResult::PermError => Err((
            Stop::Perm(tr!(
                Spf::RecordGivesPermError,
                target = target,
                reason = sub.reason.unwrap_or_default()
            )),
            detail,
            sub.steps,
        )),
        AuthResult::None => Err((
            Stop::Perm(tr!(Spf::IncludeNoRecord, target = target)),
            detail,
            sub.steps,
        )),
    }
}
