//! DKIM2 (draft-ietf-dkim-dkim2-spec-08): each hop's `DKIM2-Signature` and
//! each `Message-Instance`, in chain order, with the envelope each signature
//! binds and each recipe, verified by mail-auth's implementation of the
//! draft. Its keys are fetched through our resolver first and handed to
//! mail-auth in a cache that answers every name, so mail-auth never asks
//! DNS itself: every query stays in the DNS log, under the same budget.

use crate::dns::{RType, Resolver};
use crate::i18n::phrases::dkim::Dkim;
use crate::i18n::text::Text;
use crate::report::dkim2::{Dkim2Envelope, Dkim2Hop, Dkim2Instance, Dkim2Report};
use crate::report::AuthResult;
use crate::tr;
use crate::trace::{Step, StepKind};
use mail_auth::dkim::DomainKey;
use mail_auth::dkim2::{
    BodyRecipe, ChainBinding, Dkim2Result, Envelope, MessageInstance, Signature,
};
use mail_auth::dns::{DnsCache, NoCache, Parameters, ResolverCache, TxtRecord, TxtRecordParser};
use mail_auth::{AuthenticatedMessage, MessageAuthenticator};
use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

/// The header fields a chain is made of; more is not a chain (§14.2).
const MAX_FIELDS: usize = 50;

/// The envelope to check the most recent signature against.
pub struct EnvelopeIn<'a> {
    pub mail_from: Option<&'a str>,
    /// Given (`--rcpt-to`), else from the receiver's Received `for`.
    pub rcpt_to: Vec<String>,
    pub rcpt_given: bool,
}

/// Whether the message carries any DKIM2 header field (read from the
/// header section alone, as the pipeline parses it).
pub fn present(head: &AuthenticatedMessage<'_>) -> bool {
    head.headers().iter().any(|(name, _)| {
        name.eq_ignore_ascii_case(b"DKIM2-Signature")
            || name.eq_ignore_ascii_case(b"Message-Instance")
    })
}

/// Verifies the DKIM2 chain of the whole message `raw` (CRLF line ends:
/// its body is hashed); `None` when it has no DKIM2 header field.
pub async fn verify(
    raw: &[u8],
    resolver: &dyn Resolver,
    envelope: EnvelopeIn<'_>,
) -> Option<Dkim2Report> {
    let msg = AuthenticatedMessage::parse(raw)?;
    let msg = &msg;
    let (signatures, instances, mut trace) = read_fields(msg);
    if signatures.is_empty() && instances.is_empty() && trace.is_empty() {
        return None;
    }
    let mut report = Dkim2Report {
        hops: signatures.iter().map(hop).collect(),
        instances: instances.iter().map(instance).collect(),
        ..Default::default()
    };
    report.envelope = envelope_for(&signatures, envelope);
    trace.push(Step::new(
        StepKind::Info,
        tr!(
            Dkim::Dkim2EnvelopeUsed,
            mail_from = report.envelope.mail_from,
            rcpt_to = report.envelope.rcpt_to.join(", "),
            source = report.envelope.source.clone()
        ),
    ));
    let cache = fetch_keys(resolver, &signatures, &mut trace).await;
    let authenticator = MessageAuthenticator::new_doh_cloudflare();
    let env = Envelope::new(
        report.envelope.mail_from.as_str(),
        report.envelope.rcpt_to.iter().map(String::as_str),
    );
    let output = authenticator
        .verify_dkim2(Parameters::new(msg).with_cache(&cache), env)
        .await;
    let (result, reason) = verdict(output.result());
    for link in output.chain() {
        if let Some(h) = report.hops.iter_mut().find(|h| h.i == link.signature.i) {
            h.custody_ok = Some(link.custody_ok);
        }
    }
    trace.push(Step::new(StepKind::Info, tr!(Dkim::Dkim2Clock)));
    trace.push(Step::new(
        StepKind::Result,
        tr!(Dkim::Dkim2Verdict, result = result, reason = reason.clone()),
    ));
    report.result = result;
    report.reason = reason;
    report.trace = trace;
    Some(report)
}

/// The DKIM2 header fields parsed (a field that does not parse is a trace
/// step with mail-auth's reason), each described.
fn read_fields(
    msg: &AuthenticatedMessage<'_>,
) -> (Vec<Signature>, Vec<MessageInstance>, Vec<Step>) {
    let mut signatures = Vec::new();
    let mut instances = Vec::new();
    let mut trace = Vec::new();
    for (name, value) in msg.headers().iter().take(10_000) {
        let is_sig = name.eq_ignore_ascii_case(b"DKIM2-Signature");
        let is_mi = name.eq_ignore_ascii_case(b"Message-Instance");
        if !(is_sig || is_mi) || signatures.len() + instances.len() >= MAX_FIELDS {
            continue;
        }
        let parsed = if is_sig {
            Signature::parse(value).map(|s| signatures.push(s))
        } else {
            MessageInstance::parse(value).map(|m| instances.push(m))
        };
        if let Err(e) = parsed {
            let header = if is_sig {
                "DKIM2-Signature"
            } else {
                "Message-Instance"
            };
            trace.push(Step::new(
                StepKind::Error,
                tr!(
                    Dkim::Dkim2Unreadable,
                    header = header,
                    error = Text::verbatim(e.to_string())
                ),
            ));
        }
    }
    signatures.sort_by_key(|s| s.i);
    instances.sort_by_key(|m| m.m);
    trace.extend(signatures.iter().map(signature_step));
    trace.extend(instances.iter().map(instance_step));
    (signatures, instances, trace)
}

fn keys_of(s: &Signature) -> Vec<String> {
    s.s.iter()
        .map(|v| format!("{} ({})", v.selector, v.a.as_str()))
        .collect()
}

fn flags_of(s: &Signature) -> Vec<String> {
    s.flags
        .iter()
        .map(|f| String::from_utf8_lossy(f.as_bytes()).into_owned())
        .collect()
}

fn signature_step(s: &Signature) -> Step {
    let binding = match &s.chain {
        ChainBinding::Envelope { mail_from, rcpt_to } => tr!(
            Dkim::Dkim2Envelope,
            mail_from = mail_from,
            rcpt_to = rcpt_to.join(", ")
        ),
        ChainBinding::NextDomain(d) => tr!(Dkim::Dkim2NextDomain, domain = d),
    };
    let mut details = vec![binding, tr!(Dkim::Dkim2Keys, keys = keys_of(s).join(", "))];
    if !s.flags.is_empty() {
        details.push(tr!(Dkim::Dkim2Flags, flags = flags_of(s).join(", ")));
    }
    Step::new(
        StepKind::Parse,
        tr!(Dkim::Dkim2Signature, i = s.i, d = s.d, m = s.m, t = s.t),
    )
    .with_details(details)
}

fn instance_step(m: &MessageInstance) -> Step {
    let hashes: Vec<&str> = m.hashes.iter().map(|h| h.name.as_str()).collect();
    let recipe = match &m.recipe {
        None => tr!(Dkim::Dkim2NoRecipe),
        Some(r) => {
            let headers: Vec<&str> = r.headers.iter().map(|h| h.name.as_str()).collect();
            let body = match &r.body {
                BodyRecipe::None => tr!(Dkim::Dkim2BodyUnchanged),
                BodyRecipe::Steps(steps) => tr!(Dkim::Dkim2BodySteps, steps = steps.len()),
                BodyRecipe::Unreconstructable => tr!(Dkim::Dkim2BodyLost),
            };
            tr!(Dkim::Dkim2Recipe, headers = headers.join(", "), body = body)
        }
    };
    Step::new(
        StepKind::Parse,
        tr!(Dkim::Dkim2Instance, m = m.m, hashes = hashes.join(", ")),
    )
    .with_detail(recipe)
}

fn hop(s: &Signature) -> Dkim2Hop {
    let (mail_from, rcpt_to, next_domain) = match &s.chain {
        ChainBinding::Envelope { mail_from, rcpt_to } => {
            (Some(mail_from.clone()), rcpt_to.clone(), None)
        }
        ChainBinding::NextDomain(d) => (None, Vec::new(), Some(d.clone())),
    };
    Dkim2Hop {
        i: s.i,
        m: s.m,
        t: s.t,
        domain: s.d.clone(),
        keys: keys_of(s),
        mail_from,
        rcpt_to,
        next_domain,
        flags: flags_of(s),
        custody_ok: None,
    }
}

fn instance(m: &MessageInstance) -> Dkim2Instance {
    Dkim2Instance {
        m: m.m,
        hashes: m
            .hashes
            .iter()
            .map(|h| h.name.as_str().to_string())
            .collect(),
        has_recipe: m.recipe.is_some(),
        recipe_headers: m
            .recipe
            .iter()
            .flat_map(|r| r.headers.iter().map(|h| h.name.clone()))
            .collect(),
        recipe_body: m.recipe.as_ref().map(|r| {
            match r.body {
                BodyRecipe::None => "unchanged",
                BodyRecipe::Steps(_) => "steps",
                BodyRecipe::Unreconstructable => "unrecoverable",
            }
            .to_string()
        }),
    }
}

/// MAIL FROM as the receiver recorded it; RCPT TO as given, else from the
/// receiver's Received line, else the most recent signature's `rt=`.
fn envelope_for(signatures: &[Signature], given: EnvelopeIn<'_>) -> Dkim2Envelope {
    let latest = signatures.iter().max_by_key(|s| s.i);
    let latest_env = latest.and_then(|s| match &s.chain {
        ChainBinding::Envelope { mail_from, rcpt_to } => Some((mail_from.clone(), rcpt_to.clone())),
        ChainBinding::NextDomain(_) => None,
    });
    let mail_from = match given.mail_from {
        Some(m) => format!("<{}>", m.trim_matches(['<', '>'])),
        None => latest_env
            .as_ref()
            .map(|e| e.0.clone())
            .unwrap_or_else(|| "<>".into()),
    };
    let (rcpt_to, source) = if !given.rcpt_to.is_empty() {
        let source = if given.rcpt_given {
            tr!(Dkim::Dkim2RcptGiven)
        } else {
            tr!(Dkim::Dkim2RcptReceived)
        };
        (given.rcpt_to, source)
    } else {
        let assumed = latest_env.map(|e| e.1).unwrap_or_default();
        (assumed, tr!(Dkim::Dkim2RcptAssumed))
    };
    Dkim2Envelope {
        mail_from,
        rcpt_to,
        source,
    }
}

/// mail-auth's verdict in RFC 8601 words and a reason: its own wording of
/// the failed check (outside text), or the pass sentence.
fn verdict(result: &Dkim2Result) -> (AuthResult, Text) {
    let detail = |e: &mail_auth::Error| Text::verbatim(e.to_string());
    match result {
        Dkim2Result::Pass => (AuthResult::Pass, tr!(Dkim::Dkim2Pass)),
        Dkim2Result::Fail(e) => (AuthResult::Fail, tr!(Dkim::Dkim2Failed, error = detail(e))),
        Dkim2Result::PermError(e) => (
            AuthResult::PermError,
            tr!(Dkim::Dkim2Failed, error = detail(e)),
        ),
        Dkim2Result::TempError(e) => (
            AuthResult::TempError,
            tr!(Dkim::Dkim2Failed, error = detail(e)),
        ),
        Dkim2Result::None => (AuthResult::None, tr!(Dkim::Dkim2NoFields)),
    }
}

/// Every key the chain names, asked through our resolver, ready for mail-auth.
async fn fetch_keys(
    resolver: &dyn Resolver,
    signatures: &[Signature],
    trace: &mut Vec<Step>,
) -> KeyCache {
    let mut names: Vec<String> = Vec::new();
    for s in signatures {
        for v in &s.s {
            let name = format!("{}._domainkey.{}", v.selector, s.d).to_ascii_lowercase();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let answers =
        futures::future::join_all(names.iter().map(|n| resolver.query(n, RType::Txt))).await;
    let cache = KeyCache::default();
    for (name, answer) in names.iter().zip(answers) {
        let record = match answer {
            Ok(a) => {
                let txt = a.txt_joined();
                trace.push(
                    Step::new(StepKind::Lookup, tr!(Dkim::KeyLookedUp, name = name))
                        .with_details(txt.iter().cloned()),
                );
                key_record(&txt)
            }
            Err(e) => {
                trace.push(
                    Step::new(StepKind::Lookup, tr!(Dkim::KeyLookedUp, name = name))
                        .with_detail(crate::i18n::text::Describe::text(&e)),
                );
                TxtRecord::Error(mail_auth::Error::Dns(mail_auth::DnsError::Resolver(
                    crate::i18n::text::Describe::text(&e).en(),
                )))
            }
        };
        cache.0.borrow_mut().insert(fqdn(name), record);
    }
    cache
}

/// The first TXT string that parses as a key record, else "no such record".
fn key_record(txt: &[String]) -> TxtRecord {
    for t in txt {
        if let Ok(k) = DomainKey::parse(t.as_bytes()) {
            return TxtRecord::DomainKey(Arc::new(k));
        }
    }
    TxtRecord::Error(mail_auth::Error::Dns(mail_auth::DnsError::RecordNotFound(
        3,
    )))
}

/// The keys asked for, answering every other name "not found": mail-auth
/// consults this first and, with an answer for every name, never queries.
#[derive(Default)]
struct KeyCache(RefCell<HashMap<Box<str>, TxtRecord>>);

/// A name as mail-auth keys its cache: lowercase, with the trailing dot.
fn fqdn(name: &str) -> Box<str> {
    format!("{}.", name.trim_end_matches('.').to_ascii_lowercase()).into_boxed_str()
}

impl ResolverCache<Box<str>, TxtRecord> for KeyCache {
    fn get<Q>(&self, name: &Q) -> Option<TxtRecord>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        Some(self.0.borrow().get(name).cloned().unwrap_or_else(|| {
            TxtRecord::Error(mail_auth::Error::Dns(mail_auth::DnsError::RecordNotFound(
                3,
            )))
        }))
    }

    fn remove<Q>(&self, _: &Q) -> Option<TxtRecord>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        None
    }

    fn insert(&self, _: Box<str>, _: TxtRecord, _: web_time::Instant) {}
}

impl DnsCache for KeyCache {
    type Txt = KeyCache;
    type Mx = NoCache;
    type Ipv4 = NoCache;
    type Ipv6 = NoCache;
    type Ptr = NoCache;

    fn txt(&self) -> Option<&Self::Txt> {
        Some(self)
    }

    fn mx(&self) -> Option<&Self::Mx> {
        None
    }

    fn ipv4(&self) -> Option<&Self::Ipv4> {
        None
    }

    fn ipv6(&self) -> Option<&Self::Ipv6> {
        None
    }

    fn ptr(&self) -> Option<&Self::Ptr> {
        None
    }
}
