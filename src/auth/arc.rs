//! ARC (RFC 8617): the chain of ARC sets, validated with a trace.
//!
//! Validation follows §5.2: structure (one ARC-Seal, ARC-Message-Signature and
//! ARC-Authentication-Results per instance 1..N, N ≤ 50), the `cv=` progression, the newest
//! AMS, then every ARC-Seal from the newest down. The oldest AMS that still verifies is
//! reported too (§5.2 step 4), as is what every intermediary's AAR said.

use crate::auth::dkim::canon::{self, RawHeader};
use crate::auth::dkim::key::{self, Fetched};
use crate::auth::dkim::tags::{self, SigKind, SignatureTags};
use crate::auth::dkim::{check_signature, result_line, time_problems, Checked, SignedMessage};
use crate::dns::Resolver;
use crate::i18n::phrases::dkim::Dkim;
use crate::i18n::text::Text;
use crate::report::{ArcAar, ArcInstance, ArcReport, AuthResult};
use crate::tr;
use crate::trace::{Step, StepKind};
use mail_auth::crypto::Algorithm;
use mail_auth::dkim::Canonicalization::Relaxed;
use mail_auth::AuthenticatedMessage;
use std::collections::HashMap;

const MAX_INSTANCES: u32 = 50;

/// A `t=`/`x=` problem of a signature: the result it causes and why.
type TimeProblem = (AuthResult, Text);

#[derive(Clone)]
struct Seal {
    instance: u32,
    algorithm: Algorithm,
    b: Vec<u8>,
    domain: String,
    selector: String,
    cv: String,
    timestamp: Option<u64>,
    /// RFC 8617 §4.1.3 gives the ARC-Seal no `x=`; one written anyway is ignored
    /// (RFC 6376 §3.2: unknown tags are ignored) and shown in the trace.
    expiration_written: Option<String>,
}

fn parse_seal(value: &str) -> Result<Seal, Text> {
    let t = tags::parse_tag_list(value)?;
    let need = |n: &str| tags::get(&t, n).ok_or_else(|| tr!(Dkim::TagMissing, name = n));
    if tags::get(&t, "h").is_some() {
        return Err(tr!(Dkim::ArcSealHasH));
    }
    let i = tags::number_value("i", need("i")?)?;
    if !(1..=MAX_INSTANCES as u64).contains(&i) {
        return Err(tr!(Dkim::TagInstanceRange, i = i));
    }
    let cv = need("cv")?;
    if !matches!(cv, "none" | "fail" | "pass") {
        return Err(tr!(Dkim::ArcBadCv, value = cv));
    }
    let timestamp = match tags::get(&t, "t") {
        Some(ts) => Some(tags::number_value("t", ts)?),
        None => None,
    };
    let selector = need("s")?;
    if selector.is_empty() || selector.chars().any(|c| c.is_ascii_whitespace()) {
        return Err(tr!(Dkim::ArcBadSelector, value = selector));
    }
    Ok(Seal {
        instance: i as u32,
        algorithm: tags::algorithm_value(need("a")?)?,
        b: tags::base64_value("b", need("b")?)?,
        domain: tags::domain_value("d", need("d")?)?,
        selector: selector.to_string(),
        cv: cv.to_string(),
        timestamp,
        expiration_written: tags::get(&t, "x").map(str::to_string),
    })
}

/// `i=N; authserv-id; results...` (RFC 8617 §4.1.1): the instance must come first.
fn parse_aar(value: &str) -> Result<ArcAar, Text> {
    let unfolded = crate::message::unfold(value.as_bytes());
    let Some((first, rest)) = unfolded.split_once(';') else {
        return Err(tr!(Dkim::ArcAarNoSemicolon));
    };
    let Some((name, num)) = first.split_once('=') else {
        return Err(tr!(Dkim::ArcAarNoInstance));
    };
    if name.trim() != "i" {
        return Err(tr!(Dkim::ArcAarNoInstance));
    }
    let i = tags::number_value("i", num.trim())?;
    if !(1..=MAX_INSTANCES as u64).contains(&i) {
        return Err(tr!(Dkim::TagInstanceRange, i = i));
    }
    let mut parts = rest.split(';').map(str::trim).filter(|s| !s.is_empty());
    let authserv_id = parts.next().unwrap_or_default().to_string();
    Ok(ArcAar {
        instance: i as u32,
        authserv_id,
        results: parts.map(str::to_string).collect(),
    })
}

struct Set<'x> {
    seal: (RawHeader<'x>, Seal),
    ams: (RawHeader<'x>, SignatureTags),
    aar: (RawHeader<'x>, ArcAar),
}

fn fail(mut report: ArcReport, instance: Option<u32>, reason: Text) -> ArcReport {
    report.result = AuthResult::Fail;
    report.failing_instance = instance;
    report.trace.push(Step::new(
        StepKind::Result,
        tr!(Dkim::ResultFail, reason = reason),
    ));
    report.reason = reason;
    report
}

/// Validates the ARC chain of `msg`, parsed from the whole message. `now` is unix
/// seconds. [`verify_signed`] shares the CRLF copy and the body hashes with DKIM.
pub async fn verify(
    msg: &AuthenticatedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
) -> ArcReport {
    let crlf = canon::with_crlf(msg.raw_message());
    let signed = SignedMessage::new(msg.raw_message(), msg, crlf.as_deref());
    verify_signed(&signed, resolver, now).await
}

/// Validates the ARC chain of the message. `now` is unix seconds.
pub async fn verify_signed(
    signed: &SignedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
) -> ArcReport {
    verify_signed_limited(signed, resolver, now, crate::Limits::default().arc_sets).await
}

/// [`verify_signed`] with a chain of more than `max` sets failing unread.
pub async fn verify_signed_limited(
    signed: &SignedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
    max: usize,
) -> ArcReport {
    let mut report = ArcReport::default();
    match verify_chain(&mut report, signed, resolver, now, max).await {
        Ok(Some(n)) => pass(report, n),
        Ok(None) => report,
        Err(stop) => {
            let mut r = fail(report, stop.instance, stop.why);
            r.result = stop.result;
            r
        }
    }
}

/// Why and where the chain failed: the first failing step ends validation.
struct ChainStop {
    instance: Option<u32>,
    why: Text,
    result: AuthResult,
}

impl ChainStop {
    fn fail(instance: Option<u32>, why: Text) -> Self {
        ChainStop {
            instance,
            why,
            result: AuthResult::Fail,
        }
    }
}

/// The headers of each kind, parsed, in message order.
#[derive(Default)]
struct ArcHeaders<'x> {
    seals: Vec<(RawHeader<'x>, Seal)>,
    amss: Vec<(RawHeader<'x>, SignatureTags)>,
    aars: Vec<(RawHeader<'x>, ArcAar)>,
}

/// The §5.2 steps in order, filling `report`'s trace as they go. `Ok(None)` is
/// a message without ARC headers, `Ok(Some(n))` an intact chain of `n` sets.
async fn verify_chain(
    report: &mut ArcReport,
    signed: &SignedMessage<'_>,
    resolver: &dyn Resolver,
    now: u64,
    max: usize,
) -> Result<Option<u32>, ChainStop> {
    check_set_count(report, signed, max)?;
    let parsed = parse_arc_headers(report, &signed.headers)?;
    if parsed.seals.is_empty() && parsed.amss.is_empty() && parsed.aars.is_empty() {
        report.reason = tr!(Dkim::ArcNoHeaders);
        report.trace.push(Step::new(
            StepKind::Result,
            result_line(AuthResult::None, &report.reason),
        ));
        return Ok(None);
    }
    record_aars(report, &parsed.aars);
    let (n, sets) = assemble_sets(report, &parsed)?;
    check_cv_progression(report, &sets)?;
    let fetched = fetch_keys(resolver, &sets).await;
    check_amss(report, signed, &sets, &fetched, now).await?;
    check_seals(report, signed, &sets, &fetched, now).await?;
    Ok(Some(n))
}

/// More sets than RFC 8617 allows instances (§4.2.1: i= is 1 to 50) is a
/// failed chain whatever they say: decided before parsing or any lookup.
fn check_set_count(
    report: &mut ArcReport,
    signed: &SignedMessage<'_>,
    max: usize,
) -> Result<(), ChainStop> {
    let sets = [
        "ARC-Seal",
        "ARC-Message-Signature",
        "ARC-Authentication-Results",
    ]
    .map(|n| signed.index.count(n))
    .into_iter()
    .max()
    .unwrap_or(0);
    if sets > max {
        let why = tr!(Dkim::ArcSetsOverLimit, n = sets, max = max);
        report.trace.push(Step::new(StepKind::Error, why.clone()));
        return Err(ChainStop::fail(None, why));
    }
    Ok(())
}

/// Parses every ARC header; the first malformed one fails the chain.
fn parse_arc_headers<'x>(
    report: &mut ArcReport,
    headers: &[RawHeader<'x>],
) -> Result<ArcHeaders<'x>, ChainStop> {
    let mut out = ArcHeaders::default();
    for h in headers {
        let name = h.0;
        let value = String::from_utf8_lossy(h.1);
        // The header's name is part of each sentence (a phrase per header).
        let (label, parsed) = if name.eq_ignore_ascii_case(b"ARC-Seal") {
            (
                (Dkim::ArcSealError, Dkim::ArcSealMalformed),
                parse_seal(&value).map(|s| out.seals.push((*h, s))),
            )
        } else if name.eq_ignore_ascii_case(b"ARC-Message-Signature") {
            let p = tags::parse_signature(&value, SigKind::ArcMessageSignature).and_then(|s| {
                if s.headers.iter().any(|n| n.eq_ignore_ascii_case("arc-seal")) {
                    Err(tr!(Dkim::ArcAmsSignsSeal))
                } else {
                    Ok(s)
                }
            });
            (
                (Dkim::ArcAmsError, Dkim::ArcAmsMalformed),
                p.map(|s| out.amss.push((*h, s))),
            )
        } else if name.eq_ignore_ascii_case(b"ARC-Authentication-Results") {
            (
                (Dkim::ArcAarError, Dkim::ArcAarMalformed),
                parse_aar(&value).map(|a| out.aars.push((*h, a))),
            )
        } else {
            continue;
        };
        if let Err(e) = parsed {
            let instance =
                crate::auth::tag_list::loose_get(&value, "i").and_then(|v| v.parse::<u32>().ok());
            report.trace.push(
                Step::new(StepKind::Error, tr!(label.0, error = e))
                    .with_detail(crate::message::unfold(h.1)),
            );
            return Err(ChainStop::fail(instance, tr!(label.1, error = e)));
        }
    }
    Ok(out)
}

/// What each intermediary's ARC-Authentication-Results said, oldest first.
fn record_aars(report: &mut ArcReport, aars: &[(RawHeader<'_>, ArcAar)]) {
    report.aar = aars.iter().map(|(_, a)| a.clone()).collect();
    report.aar.sort_by_key(|a| a.instance);
    for a in &report.aar {
        report.trace.push(
            Step::new(
                StepKind::Info,
                tr!(Dkim::ArcAarSaw, i = a.instance, authserv = a.authserv_id),
            )
            .with_details(a.results.iter().cloned()),
        );
    }
}

/// Structure (§5.2 step 1): exactly one of each header per instance, 1..N without gaps.
fn assemble_sets<'x>(
    report: &mut ArcReport,
    parsed: &ArcHeaders<'x>,
) -> Result<(u32, Vec<Set<'x>>), ChainStop> {
    let ArcHeaders { seals, amss, aars } = parsed;
    let n = seals
        .iter()
        .map(|s| s.1.instance)
        .chain(amss.iter().filter_map(|s| s.1.instance))
        .chain(aars.iter().map(|a| a.1.instance))
        .max()
        .unwrap_or(0);
    let mut sets: Vec<Set> = Vec::new();
    for i in 1..=n {
        let s: Vec<_> = seals.iter().filter(|s| s.1.instance == i).collect();
        let m: Vec<_> = amss.iter().filter(|s| s.1.instance == Some(i)).collect();
        let a: Vec<_> = aars.iter().filter(|s| s.1.instance == i).collect();
        let (1, 1, 1) = (s.len(), m.len(), a.len()) else {
            let what = tr!(
                Dkim::ArcInstanceIncomplete,
                i = i,
                seals = s.len(),
                amss = m.len(),
                aars = a.len()
            );
            report.trace.push(Step::new(StepKind::Error, what.clone()));
            return Err(ChainStop::fail(
                Some(i),
                tr!(Dkim::ArcChainBroken, what = what),
            ));
        };
        let (Some(s), Some(m), Some(a)) = (s.first(), m.first(), a.first()) else {
            continue;
        };
        sets.push(Set {
            seal: (s.0, s.1.clone()),
            ams: (m.0, m.1.clone()),
            aar: (a.0, a.1.clone()),
        });
    }
    report.instances = sets
        .iter()
        .map(|s| ArcInstance {
            instance: s.seal.1.instance,
            domain: s.seal.1.domain.clone(),
            selector: s.seal.1.selector.clone(),
            cv: s.seal.1.cv.clone(),
            ..Default::default()
        })
        .collect();
    report.trace.push(Step::new(
        StepKind::Match,
        tr!(Dkim::ArcCompleteSets, n = n, last = n),
    ));
    Ok((n, sets))
}

/// cv= progression (§5.2 step 2, §4.1.3).
fn check_cv_progression(report: &mut ArcReport, sets: &[Set<'_>]) -> Result<(), ChainStop> {
    for set in sets {
        let (i, cv) = (set.seal.1.instance, set.seal.1.cv.as_str());
        let expected = if i == 1 { "none" } else { "pass" };
        if cv != expected {
            let what = if cv == "fail" {
                tr!(Dkim::ArcCvFail, i = i)
            } else {
                tr!(
                    Dkim::ArcCvWrong,
                    i = i,
                    cv = cv,
                    instance = i,
                    expected = expected
                )
            };
            report.trace.push(Step::new(StepKind::Error, what.clone()));
            return Err(ChainStop::fail(Some(i), what));
        }
    }
    report
        .trace
        .push(Step::new(StepKind::Match, tr!(Dkim::ArcCvRight)));
    Ok(())
}

/// All keys at once: every seal's and every AMS's, each name once.
async fn fetch_keys(resolver: &dyn Resolver, sets: &[Set<'_>]) -> HashMap<String, Fetched> {
    let mut names: Vec<String> = Vec::new();
    for set in sets {
        for name in [
            format!("{}._domainkey.{}", set.seal.1.selector, set.seal.1.domain),
            format!("{}._domainkey.{}", set.ams.1.selector, set.ams.1.domain),
        ] {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    futures::future::join_all(
        names
            .iter()
            .map(|name| async move { (name.clone(), key::fetch(resolver, name).await) }),
    )
    .await
    .into_iter()
    .collect()
}

fn missing_key() -> Fetched {
    Fetched::Failed(tr!(Dkim::ArcNoLookup))
}

/// Every AMS, newest first; the newest decides, the others tell how far the message is intact.
async fn check_amss(
    report: &mut ArcReport,
    signed: &SignedMessage<'_>,
    sets: &[Set<'_>],
    fetched: &HashMap<String, Fetched>,
    now: u64,
) -> Result<(), ChainStop> {
    let missing = missing_key();
    let mut ams_checks: Vec<(u32, Checked, Option<TimeProblem>)> = Vec::new();
    for set in sets.iter().rev() {
        let sig = &set.ams.1;
        let name = format!("{}._domainkey.{}", sig.selector, sig.domain);
        let mut checked = check_signature(
            sig,
            set.ams.0,
            signed,
            &name,
            fetched.get(&name).unwrap_or(&missing),
        )
        .await;
        // RFC 8617 §4.1.2: the AMS has DKIM's t= and x= semantics (RFC 6376 §3.5).
        let late = time_problems(sig.timestamp, sig.expiration, now);
        checked.steps.extend(
            late.iter()
                .map(|(_, why)| Step::new(StepKind::Error, why.clone())),
        );
        ams_checks.push((set.seal.1.instance, checked, late.into_iter().next()));
    }
    let ams_ok = |c: &Checked, late: &Option<TimeProblem>, a: Algorithm| {
        c.key_error.is_none()
            && c.header_valid == Some(true)
            && c.body_matches == Some(true)
            && late.is_none()
            && a != Algorithm::RsaSha1
    };
    for (i, c, late) in &ams_checks {
        if let Some(inst) = report.instances.iter_mut().find(|x| x.instance == *i) {
            inst.ams_valid = Some(
                c.key_error.is_none()
                    && c.header_valid == Some(true)
                    && c.body_matches == Some(true)
                    && late.is_none(),
            );
            inst.ams_body_hash_matches = c.body_matches;
        }
    }
    report.oldest_pass = ams_checks
        .iter()
        .zip(sets.iter().rev())
        .filter(|((_, c, late), s)| ams_ok(c, late, s.ams.1.algorithm))
        .map(|((i, _, _), _)| *i)
        .min();
    let mut ams_steps = Vec::new();
    for ((i, c, late), set) in ams_checks.iter().zip(sets.iter().rev()) {
        let ok = ams_ok(c, late, set.ams.1.algorithm);
        ams_steps.push(
            Step::new(
                StepKind::matched(ok),
                tr!(
                    if ok {
                        Dkim::ArcAmsVerifies
                    } else {
                        Dkim::ArcAmsDoesNotVerify
                    },
                    i = i,
                    d = set.ams.1.domain,
                    s = set.ams.1.selector
                ),
            )
            .with_children(c.steps.clone()),
        );
    }
    report
        .trace
        .push(Step::new(StepKind::Compute, tr!(Dkim::ArcAmsNewestFirst)).with_children(ams_steps));
    if let (Some((i, c, late)), Some(set)) = (ams_checks.first(), sets.last()) {
        if !ams_ok(c, late, set.ams.1.algorithm) {
            let why = if set.ams.1.algorithm == Algorithm::RsaSha1 {
                tr!(Dkim::ArcRsaSha1)
            } else if let Some((_, why)) = late {
                why.clone()
            } else if let Some(e) = &c.key_error {
                e.reason.clone()
            } else if c.header_valid != Some(true) {
                tr!(Dkim::ArcHeadersDoNotVerify)
            } else {
                tr!(Dkim::ArcBodyChanged)
            };
            let result = match &c.key_error {
                Some(e) if e.result == AuthResult::TempError => AuthResult::TempError,
                _ => AuthResult::Fail,
            };
            return Err(ChainStop {
                instance: Some(*i),
                why: tr!(Dkim::ArcNewestAmsFails, i = i, why = why),
                result,
            });
        }
    }
    Ok(())
}

/// Every ARC-Seal, newest first (§5.2 step 3).
async fn check_seals(
    report: &mut ArcReport,
    signed: &SignedMessage<'_>,
    sets: &[Set<'_>],
    fetched: &HashMap<String, Fetched>,
    now: u64,
) -> Result<(), ChainStop> {
    let missing = missing_key();
    let mut seal_steps = Vec::new();
    let mut failure: Option<(u32, Text, AuthResult)> = None;
    for k in (0..sets.len()).rev() {
        let Some(set) = sets.get(k) else { continue };
        let seal = &set.seal.1;
        let name = format!("{}._domainkey.{}", seal.selector, seal.domain);
        let mut step_children = Vec::new();
        let fetched_key = fetched.get(&name).unwrap_or(&missing);
        let verdict = verify_seal(
            signed,
            set,
            sets.get(..k).unwrap_or_default(),
            fetched_key,
            now,
            &mut step_children,
        )
        .await;
        if let Some(inst) = report
            .instances
            .iter_mut()
            .find(|x| x.instance == seal.instance)
        {
            inst.seal_valid = Some(verdict.is_ok());
        }
        seal_steps.push(
            Step::new(
                StepKind::matched(verdict.is_ok()),
                match &verdict {
                    Ok(()) => tr!(
                        Dkim::ArcSealVerifies,
                        i = seal.instance,
                        d = seal.domain,
                        s = seal.selector,
                        cv = seal.cv
                    ),
                    Err((why, _)) => tr!(
                        Dkim::ArcSealFails,
                        i = seal.instance,
                        d = seal.domain,
                        s = seal.selector,
                        cv = seal.cv,
                        why = why
                    ),
                },
            )
            .with_children(step_children),
        );
        if let Err((why, result)) = verdict {
            failure = Some((seal.instance, why, result));
            break;
        }
    }
    report.trace.push(
        Step::new(StepKind::Compute, tr!(Dkim::ArcSealsNewestFirst)).with_children(seal_steps),
    );
    match failure {
        Some((i, why, result)) => Err(ChainStop {
            instance: Some(i),
            why: tr!(Dkim::ArcSealOfInstanceFails, i = i, why = why),
            result,
        }),
        None => Ok(()),
    }
}

/// The seal of `set` over the `earlier` sets and its own AAR and AMS (§5.1.1).
async fn verify_seal(
    signed: &SignedMessage<'_>,
    set: &Set<'_>,
    earlier: &[Set<'_>],
    fetched_key: &Fetched,
    now: u64,
    step_children: &mut Vec<Step>,
) -> Result<(), (Text, AuthResult)> {
    let seal = &set.seal.1;
    let key = key::evaluate(fetched_key, seal.algorithm, step_children)
        .map_err(|e| (e.reason, e.result))?;
    let mut block = Vec::new();
    let stripped = tags::strip_b_value(set.seal.0 .1);
    let mut input: Vec<RawHeader> = Vec::new();
    for s in earlier {
        input.extend([s.aar.0, s.ams.0, s.seal.0]);
    }
    input.extend([set.aar.0, set.ams.0]);
    canon::canonicalize_headers(Relaxed, input.into_iter(), &mut block);
    canon::canonicalize_headers(
        Relaxed,
        std::iter::once((set.seal.0 .0, &stripped[..])),
        &mut block,
    );
    step_children.push(
        Step::new(StepKind::Compute, tr!(Dkim::ArcSealInput))
            .with_details(canon::visible_lines(&block)),
    );
    step_children.extend(
        key.warnings
            .iter()
            .map(|w| Step::new(StepKind::Warning, w.clone())),
    );
    if let Some(x) = &seal.expiration_written {
        step_children.push(Step::new(StepKind::Info, tr!(Dkim::ArcSealXIgnored, x = x)));
    }
    let future = time_problems(seal.timestamp, None, now).into_iter().next();
    if seal.algorithm == Algorithm::RsaSha1 {
        Err((tr!(Dkim::ArcRsaSha1), AuthResult::Fail))
    } else if let Some((result, why)) = future {
        Err((why, result))
    } else if signed
        .signature_verifies(&key.key, &block, &seal.b, seal.algorithm)
        .await
    {
        Ok(())
    } else {
        Err((tr!(Dkim::ArcSealSignatureFails), AuthResult::Fail))
    }
}

/// An intact chain of `n` sets: how far back the message itself is unchanged.
fn pass(mut report: ArcReport, n: u32) -> ArcReport {
    report.result = AuthResult::Pass;
    report.reason = match report.oldest_pass {
        Some(1) => tr!(Dkim::ArcIntactSinceFirst, n = n),
        Some(o) => tr!(Dkim::ArcIntactSince, n = n, since = o),
        None => tr!(Dkim::ArcIntact, n = n),
    };
    report.trace.push(Step::new(
        StepKind::Result,
        result_line(AuthResult::Pass, &report.reason),
    ));
    report
}
