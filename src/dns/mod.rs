//! The one DNS path. Every check asks DNS only through [`Resolver`]; the
//! [`Recorder`] wrapper logs every query for the trace and shares identical
//! queries, in flight or finished, within one inspection.

pub mod replay;
pub mod servfail;
pub mod zone;

pub mod doh;

use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::{Describe, Text};
use crate::tr;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Poll, Waker};
use web_time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum RType {
    A,
    #[serde(rename = "AAAA")]
    Aaaa,
    #[serde(rename = "MX")]
    Mx,
    #[serde(rename = "TXT")]
    Txt,
    #[serde(rename = "PTR")]
    Ptr,
    #[serde(rename = "CNAME")]
    Cname,
    #[serde(rename = "NS")]
    Ns,
    #[serde(rename = "SPF")]
    Spf,
    /// DANE (RFC 6698), at `_25._tcp.<mx>` for SMTP (RFC 7672).
    #[serde(rename = "TLSA")]
    Tlsa,
}

impl RType {
    pub fn code(self) -> u16 {
        match self {
            RType::A => 1,
            RType::Ns => 2,
            RType::Cname => 5,
            RType::Ptr => 12,
            RType::Mx => 15,
            RType::Txt => 16,
            RType::Aaaa => 28,
            RType::Spf => 99,
            RType::Tlsa => 52,
        }
    }

    pub fn from_code(code: u16) -> Option<RType> {
        Some(match code {
            1 => RType::A,
            2 => RType::Ns,
            5 => RType::Cname,
            12 => RType::Ptr,
            15 => RType::Mx,
            16 => RType::Txt,
            28 => RType::Aaaa,
            99 => RType::Spf,
            52 => RType::Tlsa,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RType::A => "A",
            RType::Aaaa => "AAAA",
            RType::Mx => "MX",
            RType::Txt => "TXT",
            RType::Ptr => "PTR",
            RType::Cname => "CNAME",
            RType::Ns => "NS",
            RType::Spf => "SPF",
            RType::Tlsa => "TLSA",
        }
    }

    pub fn parse(s: &str) -> Option<RType> {
        Some(match s.to_ascii_uppercase().as_str() {
            "A" => RType::A,
            "AAAA" => RType::Aaaa,
            "MX" => RType::Mx,
            "TXT" => RType::Txt,
            "PTR" => RType::Ptr,
            "CNAME" => RType::Cname,
            "NS" => RType::Ns,
            "SPF" => RType::Spf,
            "TLSA" => RType::Tlsa,
            _ => return None,
        })
    }
}

impl fmt::Display for RType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Record data for the types the checks need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum RData {
    A(Ipv4Addr),
    #[serde(rename = "AAAA")]
    Aaaa(Ipv6Addr),
    #[serde(rename = "MX")]
    Mx {
        preference: u16,
        exchange: String,
    },
    /// The character-strings of one TXT RR, unjoined: the SPF linter needs to see them apart.
    #[serde(rename = "TXT")]
    Txt(Vec<String>),
    #[serde(rename = "PTR")]
    Ptr(String),
    #[serde(rename = "CNAME")]
    Cname(String),
    #[serde(rename = "NS")]
    Ns(String),
    #[serde(rename = "SPF")]
    Spf(Vec<String>),
    /// Certificate usage, selector, matching type and the association data
    /// in hex (RFC 6698 §2.1).
    #[serde(rename = "TLSA")]
    Tlsa {
        usage: u8,
        selector: u8,
        matching: u8,
        data: String,
    },
}

impl RData {
    pub fn rtype(&self) -> RType {
        match self {
            RData::A(_) => RType::A,
            RData::Aaaa(_) => RType::Aaaa,
            RData::Mx { .. } => RType::Mx,
            RData::Txt(_) => RType::Txt,
            RData::Ptr(_) => RType::Ptr,
            RData::Cname(_) => RType::Cname,
            RData::Ns(_) => RType::Ns,
            RData::Spf(_) => RType::Spf,
            RData::Tlsa { .. } => RType::Tlsa,
        }
    }

    /// Presentation format, as `dig` prints the RDATA.
    pub fn presentation(&self) -> String {
        fn quote(strings: &[String]) -> String {
            strings
                .iter()
                .map(|s| {
                    let mut q = String::from("\"");
                    for c in s.chars() {
                        match c {
                            '"' | '\\' => {
                                q.push('\\');
                                q.push(c)
                            }
                            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                                q.push_str(&format!("\\{:03}", c as u32))
                            }
                            c => q.push(c),
                        }
                    }
                    q.push('"');
                    q
                })
                .collect::<Vec<_>>()
                .join(" ")
        }
        match self {
            RData::A(a) => a.to_string(),
            RData::Aaaa(a) => a.to_string(),
            RData::Mx {
                preference,
                exchange,
            } => format!("{preference} {exchange}."),
            RData::Txt(s) | RData::Spf(s) => quote(s),
            RData::Ptr(n) | RData::Cname(n) | RData::Ns(n) => format!("{n}."),
            RData::Tlsa {
                usage,
                selector,
                matching,
                data,
            } => format!(
                "{usage} {selector} {matching} {}",
                data.to_ascii_uppercase()
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Owner name, lowercase, without the trailing dot.
    pub name: String,
    pub ttl: u32,
    pub data: RData,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rcode {
    NoError,
    FormErr,
    ServFail,
    NxDomain,
    NotImp,
    Refused,
    Other(u16),
}

impl Rcode {
    pub fn from_code(c: u16) -> Rcode {
        match c {
            0 => Rcode::NoError,
            1 => Rcode::FormErr,
            2 => Rcode::ServFail,
            3 => Rcode::NxDomain,
            4 => Rcode::NotImp,
            5 => Rcode::Refused,
            o => Rcode::Other(o),
        }
    }

    pub fn code(self) -> u16 {
        match self {
            Rcode::NoError => 0,
            Rcode::FormErr => 1,
            Rcode::ServFail => 2,
            Rcode::NxDomain => 3,
            Rcode::NotImp => 4,
            Rcode::Refused => 5,
            Rcode::Other(o) => o,
        }
    }
}

impl fmt::Display for Rcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rcode::NoError => f.write_str("NOERROR"),
            Rcode::FormErr => f.write_str("FORMERR"),
            Rcode::ServFail => f.write_str("SERVFAIL"),
            Rcode::NxDomain => f.write_str("NXDOMAIN"),
            Rcode::NotImp => f.write_str("NOTIMP"),
            Rcode::Refused => f.write_str("REFUSED"),
            Rcode::Other(c) => write!(f, "RCODE{c}"),
        }
    }
}

/// A DNS response: the rcode and the answer section (CNAMEs included, in order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub rcode: Rcode,
    pub records: Vec<Record>,
    /// DNSSEC as the resolver reported it (its AD bit, RFC 4035 §3.2.3):
    /// `Some(true)` validated, `Some(false)` a resolver answered without
    /// vouching for it, `None` no resolver was asked (offline records, a zone).
    #[serde(default)]
    pub dnssec: Option<bool>,
}

impl Answer {
    /// An answer no resolver validated (offline records, a zone, a test).
    pub fn new(rcode: Rcode, records: Vec<Record>) -> Answer {
        Answer {
            rcode,
            records,
            dnssec: None,
        }
    }

    pub fn nxdomain() -> Answer {
        Answer::new(Rcode::NxDomain, Vec::new())
    }

    pub fn empty() -> Answer {
        Answer::new(Rcode::NoError, Vec::new())
    }

    /// The records of the asked type (CNAMEs on the way are skipped).
    pub fn of_type(&self, rtype: RType) -> impl Iterator<Item = &RData> {
        self.records
            .iter()
            .map(|r| &r.data)
            .filter(move |d| d.rtype() == rtype)
    }

    /// TXT RRs, each as its strings joined (RFC 7208 §3.3, RFC 6376 §3.6.2.2).
    pub fn txt_joined(&self) -> Vec<String> {
        self.records
            .iter()
            .filter_map(|r| match &r.data {
                RData::Txt(s) => Some(s.concat()),
                _ => None,
            })
            .collect()
    }

    pub fn ipv4(&self) -> Vec<Ipv4Addr> {
        self.records
            .iter()
            .filter_map(|r| match r.data {
                RData::A(a) => Some(a),
                _ => None,
            })
            .collect()
    }

    pub fn ipv6(&self) -> Vec<Ipv6Addr> {
        self.records
            .iter()
            .filter_map(|r| match r.data {
                RData::Aaaa(a) => Some(a),
                _ => None,
            })
            .collect()
    }

    /// Names from PTR, MX (exchange), CNAME or NS answers.
    pub fn names(&self, rtype: RType) -> Vec<String> {
        self.of_type(rtype)
            .filter_map(|d| match d {
                RData::Ptr(n) | RData::Cname(n) | RData::Ns(n) => Some(n.clone()),
                RData::Mx { exchange, .. } => Some(exchange.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn min_ttl(&self) -> Option<u32> {
        self.records.iter().map(|r| r.ttl).min()
    }
}

/// Why no answer could be had at all. An NXDOMAIN or SERVFAIL is an [`Answer`], not an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DnsError {
    Timeout,
    /// The resolver is offline and the name is not in the loaded records.
    Offline,
    Transport(Text),
    /// The server answered something that is not a DNS answer.
    Protocol(Text),
    Cancelled,
    /// Replaying an evidence bundle: this query was not made when the bundle was recorded.
    NotInBundle,
    /// The inspection already sent its [`crate::Limits::dns_queries`]; this one was not sent.
    QueryLimit(usize),
}

impl crate::i18n::text::Describe for DnsError {
    fn text(&self) -> Text {
        match self {
            DnsError::Timeout => tr!(Intake::DnsTimeout),
            DnsError::Offline => tr!(Intake::DnsOffline),
            DnsError::Transport(e) => tr!(Intake::DnsTransport, error = e),
            DnsError::Protocol(e) => tr!(Intake::DnsProtocol, error = e),
            DnsError::Cancelled => tr!(Intake::DnsCancelled),
            DnsError::NotInBundle => tr!(Intake::DnsNotInBundle),
            DnsError::QueryLimit(max) => tr!(Intake::DnsQueryLimit, max = max),
        }
    }
}
crate::sentence_arg!(DnsError);

impl fmt::Display for DnsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::i18n::text::Describe;
        f.write_str(&self.text().en())
    }
}

pub type DnsResult = Result<Answer, DnsError>;

/// The only way a check reaches DNS.
pub trait Resolver {
    /// Asks for `name` (no trailing dot needed) and `rtype`.
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult>;
    /// A short description for the DNS log ("DoH https://cloudflare-dns.com/dns-query (JSON)").
    fn describe(&self) -> String;
    /// True when no query can reach the network (offline records, an evidence bundle replay).
    fn is_offline(&self) -> bool {
        false
    }
}

impl<R: Resolver + ?Sized> Resolver for Rc<R> {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        (**self).query(name, rtype)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
    fn is_offline(&self) -> bool {
        (**self).is_offline()
    }
}

impl<R: Resolver + ?Sized> Resolver for Box<R> {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        (**self).query(name, rtype)
    }
    fn describe(&self) -> String {
        (**self).describe()
    }
    fn is_offline(&self) -> bool {
        (**self).is_offline()
    }
}

/// Lowercases and strips the trailing dot, so that queries are shared regardless of spelling.
pub fn normalize_name(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// The reverse-lookup name for an address (`in-addr.arpa` / `ip6.arpa`).
pub fn reverse_name(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V4(v4) => {
            let o = v4.octets();
            format!("{}.{}.{}.{}.in-addr.arpa", o[3], o[2], o[1], o[0])
        }
        std::net::IpAddr::V6(v6) => {
            let mut s = String::with_capacity(72);
            for b in v6.octets().iter().rev() {
                s.push_str(&format!("{:x}.{:x}.", b & 0xf, b >> 4));
            }
            s.push_str("ip6.arpa");
            s
        }
    }
}

/// One row of the DNS log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryLog {
    pub name: String,
    #[serde(rename = "type")]
    pub rtype: RType,
    /// `NOERROR`, `NXDOMAIN`, ... or `ERROR` when no answer was had.
    pub status: String,
    /// Answer records in presentation format.
    pub answers: Vec<String>,
    /// The full answer, for evidence bundles and replay.
    pub records: Vec<Record>,
    pub ttl: Option<u32>,
    #[serde(flatten, with = "crate::i18n::text::fields::error")]
    pub error: Option<Text>,
    /// Milliseconds since the inspection started when the query was sent.
    pub started_ms: f64,
    /// How long the answer took.
    pub elapsed_ms: f64,
    /// How many other times the same query was asked and answered from this one.
    pub shared: u32,
    pub resolver: String,
    /// The numeric rcode when an answer was had (replay needs it exactly, `status` is for people).
    #[serde(default)]
    pub rcode: Option<u16>,
    /// The error when no answer was had, as its kind (replay gives back the same error).
    #[serde(default)]
    pub dns_error: Option<DnsError>,
    /// DNSSEC as the resolver reported it (its AD bit); `None` when no
    /// resolver was asked (offline records, a zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnssec: Option<bool>,
}

type SharedAnswer<'a> = Shared<LocalBoxFuture<'a, DnsResult>>;

/// How long one inspection may wait for DNS. A resolver that never answers
/// (a custom one without its own timeout, a DoH server that accepts the
/// connection and goes silent) must still end in a temperror, not a hang.
#[derive(Debug, Clone)]
pub struct Budget {
    /// The most one query may take; then it fails with [`DnsError::Timeout`].
    pub per_query_ms: u64,
    /// The most all queries together may take, counted from the start of
    /// the inspection; queries started after that fail at once.
    pub overall_ms: u64,
    /// Lets the user stop the inspection: pending and later queries fail
    /// with [`DnsError::Cancelled`].
    pub cancel: Option<CancelToken>,
}

impl Default for Budget {
    /// 10 s per query (twice the DoH resolver's own timeout, so that one
    /// normally reports first) and 30 s overall (RFC 7208 §4.6.4 asks SPF
    /// alone to allow at least 20 s).
    fn default() -> Budget {
        Budget {
            per_query_ms: 10_000,
            overall_ms: 30_000,
            cancel: None,
        }
    }
}

struct CancelState {
    cancelled: AtomicBool,
    wakers: Mutex<Vec<Waker>>,
}

/// A cancel button for an inspection; clones share the state. It is `Send`
/// so that a signal handler or another thread can press it.
#[derive(Clone)]
pub struct CancelToken(Arc<CancelState>);

impl Default for CancelToken {
    fn default() -> Self {
        CancelToken::new()
    }
}

impl fmt::Debug for CancelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CancelToken(cancelled: {})", self.is_cancelled())
    }
}

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken(Arc::new(CancelState {
            cancelled: AtomicBool::new(false),
            wakers: Mutex::new(Vec::new()),
        }))
    }

    /// Stops every pending query of the inspections holding this token.
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        let wakers = match self.0.wakers.lock() {
            Ok(mut w) => std::mem::take(&mut *w),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        };
        for w in wakers {
            w.wake();
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    /// Completes when [`CancelToken::cancel`] is called.
    pub fn cancelled(&self) -> impl std::future::Future<Output = ()> + 'static {
        let state = self.0.clone();
        futures::future::poll_fn(move |cx| {
            if state.cancelled.load(Ordering::SeqCst) {
                return Poll::Ready(());
            }
            let mut wakers = match state.wakers.lock() {
                Ok(w) => w,
                Err(poisoned) => poisoned.into_inner(),
            };
            if !wakers.iter().any(|w| w.will_wake(cx.waker())) {
                wakers.push(cx.waker().clone());
            }
            drop(wakers);
            // Checked again: cancel() may have run between the load and the push.
            if state.cancelled.load(Ordering::SeqCst) {
                Poll::Ready(())
            } else {
                Poll::Pending
            }
        })
    }
}

/// A timer that needs no runtime: futures-timer's helper thread natively (so
/// it works under `futures::executor::block_on` and tokio alike), the
/// browser's setTimeout in wasm.
#[cfg(not(target_arch = "wasm32"))]
fn sleep_ms(ms: u64) -> LocalBoxFuture<'static, ()> {
    futures_timer::Delay::new(std::time::Duration::from_millis(ms)).boxed_local()
}

#[cfg(target_arch = "wasm32")]
fn sleep_ms(ms: u64) -> LocalBoxFuture<'static, ()> {
    gloo_timers::future::TimeoutFuture::new(u32::try_from(ms).unwrap_or(u32::MAX)).boxed_local()
}

enum Waited {
    Answer(DnsResult),
    TimedOut,
    Cancelled,
}

/// Wraps a resolver: logs every distinct query, and answers identical
/// queries (in flight or finished) from the first one.
pub struct Recorder<'a> {
    inner: &'a dyn Resolver,
    started: Instant,
    log: Rc<RefCell<Vec<QueryLog>>>,
    pending: RefCell<HashMap<(String, RType), (usize, SharedAnswer<'a>)>>,
    budget: Budget,
    /// Distinct queries this recorder sends at most; later ones fail unsent.
    max_queries: usize,
    /// Distinct queries refused by `max_queries`.
    refused: RefCell<HashSet<(String, RType)>>,
}

impl<'a> Recorder<'a> {
    /// A recorder with the default [`Budget`].
    pub fn new(inner: &'a dyn Resolver) -> Recorder<'a> {
        Recorder::with_budget(inner, Budget::default())
    }

    /// A recorder whose queries are bounded by `budget` (the overall time
    /// counts from now).
    pub fn with_budget(inner: &'a dyn Resolver, budget: Budget) -> Recorder<'a> {
        Recorder {
            inner,
            started: Instant::now(),
            log: Rc::new(RefCell::new(Vec::new())),
            pending: RefCell::new(HashMap::new()),
            budget,
            max_queries: usize::MAX,
            refused: RefCell::new(HashSet::new()),
        }
    }

    /// Sends at most `max` distinct queries; the later ones fail with
    /// [`DnsError::QueryLimit`] without reaching the resolver or the log
    /// (a message asking for 20,000 keys gets a log of `max` rows).
    pub fn with_max_queries(mut self, max: usize) -> Recorder<'a> {
        self.max_queries = max;
        self
    }

    /// How many distinct queries were refused by the query limit.
    pub fn refused_queries(&self) -> usize {
        self.refused.borrow().len()
    }

    pub fn budget(&self) -> &Budget {
        &self.budget
    }

    /// The log so far, in the order the queries were started.
    pub fn log(&self) -> Vec<QueryLog> {
        self.log.borrow().clone()
    }

    /// How many distinct queries went to the inner resolver.
    pub fn distinct_queries(&self) -> usize {
        self.log.borrow().len()
    }
}

impl Recorder<'_> {
    /// The log row of a query just sent, filled in when its answer comes.
    fn pending_row(&self, name: &str, rtype: RType) -> QueryLog {
        QueryLog {
            name: name.to_string(),
            rtype,
            status: "PENDING".into(),
            answers: Vec::new(),
            records: Vec::new(),
            ttl: None,
            error: None,
            started_ms: self.started.elapsed().as_secs_f64() * 1000.0,
            elapsed_ms: 0.0,
            shared: 0,
            resolver: self.inner.describe(),
            rcode: None,
            dns_error: None,
            dnssec: None,
        }
    }
}

/// Asks `inner`, giving up at the per-query limit, the overall budget's end
/// or a cancel, whichever comes first. Beside the result: why the query got
/// no answer, for the DNS log (the error and its cause in one sentence); the
/// checks only see the [`DnsError`].
async fn ask_within_budget(
    inner: &dyn Resolver,
    qname: &str,
    rtype: RType,
    budget: &Budget,
    spent_ms: u64,
) -> (DnsResult, Option<Text>) {
    let remaining = budget.overall_ms.saturating_sub(spent_ms);
    if budget
        .cancel
        .as_ref()
        .is_some_and(CancelToken::is_cancelled)
    {
        return (
            Err(DnsError::Cancelled),
            Some(tr!(Intake::DnsLogCancelledBefore)),
        );
    }
    if remaining == 0 {
        let note = tr!(Intake::DnsLogBudgetUsed, ms = budget.overall_ms);
        return (Err(DnsError::Timeout), Some(note));
    }
    let (limit, which) = if budget.per_query_ms <= remaining {
        (budget.per_query_ms, Intake::PerQueryLimit)
    } else {
        (remaining, Intake::BudgetLeft)
    };
    let cancelled: LocalBoxFuture<'static, ()> = match &budget.cancel {
        Some(c) => c.cancelled().boxed_local(),
        None => futures::future::pending().boxed_local(),
    };
    let mut query = inner.query(qname, rtype);
    // An answer that is there at once (offline records, a zone) needs no
    // timer: natively each timer wakes futures-timer's helper thread, a
    // tenth of a batch run's CPU time.
    let waited = match futures::future::poll_immediate(&mut query).await {
        Some(answer) => Waited::Answer(answer),
        None => {
            let racers: Vec<LocalBoxFuture<'_, Waited>> = vec![
                query.map(Waited::Answer).boxed_local(),
                sleep_ms(limit).map(|_| Waited::TimedOut).boxed_local(),
                cancelled.map(|_| Waited::Cancelled).boxed_local(),
            ];
            futures::future::select_all(racers).await.0
        }
    };
    match waited {
        Waited::Answer(r) => (r, None),
        Waited::TimedOut => {
            let note = tr!(Intake::DnsLogNoAnswer, ms = limit, limit = tr!(which));
            (Err(DnsError::Timeout), Some(note))
        }
        Waited::Cancelled => (
            Err(DnsError::Cancelled),
            Some(tr!(Intake::DnsLogCancelledWaiting)),
        ),
    }
}

/// Writes an answer (or why there was none) into its log row.
fn record_outcome(row: &mut QueryLog, res: &DnsResult, note: Option<Text>) {
    match res {
        Ok(a) => {
            row.status = a.rcode.to_string();
            row.answers = a
                .records
                .iter()
                .map(|r| format!("{} {} {}", r.name, r.data.rtype(), r.data.presentation()))
                .collect();
            row.records = a.records.clone();
            row.ttl = a.min_ttl();
            row.rcode = Some(a.rcode.code());
            row.dnssec = a.dnssec;
        }
        Err(e) => {
            row.status = "ERROR".into();
            row.error = Some(note.unwrap_or_else(|| e.text()));
            row.dns_error = Some(e.clone());
        }
    }
}

impl<'r> Resolver for Recorder<'r> {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        let key = (normalize_name(name), rtype);
        if let Some((idx, fut)) = self.pending.borrow().get(&key) {
            if let Some(row) = self.log.borrow_mut().get_mut(*idx) {
                row.shared += 1;
            }
            return fut.clone().boxed_local();
        }
        if self.log.borrow().len() >= self.max_queries {
            self.refused.borrow_mut().insert(key);
            let max = self.max_queries;
            return futures::future::ready(Err(DnsError::QueryLimit(max))).boxed_local();
        }
        let idx = {
            let mut log = self.log.borrow_mut();
            log.push(self.pending_row(&key.0, rtype));
            log.len() - 1
        };
        let inner: &'r dyn Resolver = self.inner;
        let log = self.log.clone();
        let qname = key.0.clone();
        let budget = self.budget.clone();
        let spent_ms = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let fut: LocalBoxFuture<'r, DnsResult> = async move {
            let t0 = Instant::now();
            let (res, note) = ask_within_budget(inner, &qname, rtype, &budget, spent_ms).await;
            if let Some(row) = log.borrow_mut().get_mut(idx) {
                row.elapsed_ms = t0.elapsed().as_secs_f64() * 1000.0;
                record_outcome(row, &res, note);
            }
            res
        }
        .boxed_local();
        let shared = fut.shared();
        self.pending.borrow_mut().insert(key, (idx, shared.clone()));
        shared.boxed_local()
    }

    fn describe(&self) -> String {
        self.inner.describe()
    }

    fn is_offline(&self) -> bool {
        self.inner.is_offline()
    }
}

/// No DNS at all (`--no-dns`, the app's "headers only"): every query fails
/// unsent, as offline, and the inspection says what was not checked.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoDns;

impl Resolver for NoDns {
    fn query<'a>(&'a self, _name: &'a str, _rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        futures::future::ready(Err(DnsError::Offline)).boxed_local()
    }
    fn describe(&self) -> String {
        tr!(crate::i18n::phrases::unwrap::Unwrap::NoDnsResolver).en()
    }
    fn is_offline(&self) -> bool {
        true
    }
}
