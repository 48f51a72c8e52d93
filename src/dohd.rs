//! A small DNS-over-HTTPS server that answers from a zone (JSON API and RFC 8484
//! wire format, with CORS): for tests, benchmarks and offline labs. Native only.
//!
//! Routes: `GET /dns-query?dns=<base64url>` and `POST /dns-query`
//! (`application/dns-message`) answer in wire format; `GET /resolve?name=&type=`
//! and `GET /dns-query?name=&type=` answer JSON. `OPTIONS` answers CORS
//! preflights. Every request runs on its own thread, so slow answers overlap.
//!
//! Misbehaviour for hostile-DNS tests is chosen per query name: through
//! [`ServerOptions::faults`], or by asking a name under [`FAULT_SUFFIX`] whose
//! first label names the fault (see [`Fault::from_name`]), e.g.
//! `http-500.fault.test` or `many-a-3000.fault.test`.

use crate::dns::doh::codec::{self, WireQuestion};
use crate::dns::zone::Zone;
use crate::dns::{normalize_name, Answer, RData, RType, Rcode, Record};
use std::collections::HashMap;
use std::io::Read;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response};

/// Names under this suffix trigger the fault their first label names.
pub const FAULT_SUFFIX: &str = "fault.test";

/// More simultaneous requests than this get an immediate 503 rather than a thread.
const MAX_ACTIVE: usize = 512;
/// A hanging answer is given up after this, even if the server is never stopped.
const MAX_HANG: Duration = Duration::from_secs(600);

/// A way for the server to misbehave on one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// An HTTP error status with a short text body.
    Status(u16),
    /// `200 OK` with an HTML page (a captive portal, a misconfigured proxy).
    Html,
    /// The right content type, but the DNS message (or JSON) cut in half.
    Truncated,
    /// The right body with `text/plain` as its content type.
    WrongContentType,
    /// `200 OK` with an empty body.
    EmptyBody,
    /// No answer until the client gives up (or the server stops).
    Hang,
    /// The right answer, this many milliseconds late.
    Delay(u64),
    /// One TXT record carrying this many bytes, in 255-byte strings.
    BigTxt(usize),
    /// This many A records (198.18.0.0/15, the benchmarking range).
    ManyA(usize),
    /// A body of this many bytes of filler with the right content type.
    HugeBody(usize),
    /// An empty answer with this DNS rcode (2 = SERVFAIL, 5 = REFUSED).
    Rcode(u16),
}

impl Fault {
    /// The fault a name under [`FAULT_SUFFIX`] asks for: `http-<status>`,
    /// `html`, `truncated`, `wrong-type`, `empty`, `hang`, `delay-<ms>`,
    /// `big-txt-<bytes>` (`big-txt` = 64 KiB), `many-a-<count>` (`many-a` =
    /// 3000), `huge-body-<bytes>` (`huge-body` = 2 MiB), `servfail`, `rcode-<n>`.
    pub fn from_name(name: &str) -> Option<Fault> {
        let name = normalize_name(name);
        let label = name.strip_suffix(FAULT_SUFFIX)?.strip_suffix('.')?;
        let label = label.rsplit('.').next()?;
        let num = |prefix: &str| -> Option<u64> { label.strip_prefix(prefix)?.parse().ok() };
        let size =
            |prefix: &str| -> Option<usize> { num(prefix).and_then(|n| usize::try_from(n).ok()) };
        Some(match label {
            "html" => Fault::Html,
            "truncated" => Fault::Truncated,
            "wrong-type" => Fault::WrongContentType,
            "empty" => Fault::EmptyBody,
            "hang" => Fault::Hang,
            "big-txt" => Fault::BigTxt(65_536),
            "many-a" => Fault::ManyA(3000),
            "huge-body" => Fault::HugeBody(2 << 20),
            "servfail" => Fault::Rcode(2),
            _ => {
                if let Some(s) = num("http-") {
                    Fault::Status(u16::try_from(s).ok()?)
                } else if let Some(ms) = num("delay-") {
                    Fault::Delay(ms)
                } else if let Some(n) = size("big-txt-") {
                    Fault::BigTxt(n)
                } else if let Some(n) = size("many-a-") {
                    Fault::ManyA(n)
                } else if let Some(n) = size("huge-body-") {
                    Fault::HugeBody(n)
                } else if let Some(n) = num("rcode-") {
                    Fault::Rcode(u16::try_from(n).ok()?)
                } else {
                    return None;
                }
            }
        })
    }
}

#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// Added to every answer (for the DNS critical-path benchmark).
    pub delay_ms: u64,
    /// Misbehaviour by query name (lowercase, no trailing dot); these come
    /// before the names under [`FAULT_SUFFIX`].
    pub faults: HashMap<String, Fault>,
}

impl ServerOptions {
    pub fn with_delay_ms(mut self, ms: u64) -> ServerOptions {
        self.delay_ms = ms;
        self
    }

    pub fn with_fault(mut self, name: &str, fault: Fault) -> ServerOptions {
        self.faults.insert(normalize_name(name), fault);
        self
    }
}

/// A running server; dropping the handle does not stop it, [`Server::stop`] does.
pub struct Server {
    pub addr: SocketAddr,
    http: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
}

impl Server {
    /// Stops accepting, ends hanging answers and waits for the accept loop to end.
    pub fn stop(mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.http.unblock();
        if let Some(t) = self.acceptor.take() {
            let _ = t.join();
        }
    }

    /// Blocks until the server stops (for `headerscope doh-server`, that is forever).
    pub fn wait(mut self) {
        if let Some(t) = self.acceptor.take() {
            let _ = t.join();
        }
    }

    /// The RFC 8484 endpoint, e.g. `http://127.0.0.1:8053/dns-query`.
    pub fn wire_url(&self) -> String {
        format!("http://{}/dns-query", self.addr)
    }

    /// The JSON API endpoint, e.g. `http://127.0.0.1:8053/resolve`.
    pub fn json_url(&self) -> String {
        format!("http://{}/resolve", self.addr)
    }
}

struct Shared {
    zone: Zone,
    opts: ServerOptions,
    stopping: Arc<AtomicBool>,
    active: AtomicUsize,
}

/// Starts serving `zone` on `listen` (e.g. `127.0.0.1:0`) in background threads.
/// Prints nothing; errors (address in use, bad address) come back as `io::Error`.
pub fn spawn(zone: Zone, listen: &str, opts: ServerOptions) -> std::io::Result<Server> {
    let http = tiny_http::Server::http(listen)
        .map_err(|e| std::io::Error::other(format!("cannot listen on {listen}: {e}")))?;
    let addr = http
        .server_addr()
        .to_ip()
        .ok_or_else(|| std::io::Error::other(format!("{listen} is not an IP address")))?;
    let http = Arc::new(http);
    let stopping = Arc::new(AtomicBool::new(false));
    let shared = Arc::new(Shared {
        zone,
        opts,
        stopping: stopping.clone(),
        active: AtomicUsize::new(0),
    });
    let acceptor = {
        let http = http.clone();
        std::thread::Builder::new()
            .name(format!("dohd-{addr}"))
            .spawn(move || accept_loop(&http, &shared))?
    };
    Ok(Server {
        addr,
        http,
        stopping,
        acceptor: Some(acceptor),
    })
}

fn accept_loop(http: &tiny_http::Server, shared: &Arc<Shared>) {
    while !shared.stopping.load(Ordering::SeqCst) {
        let request = match http.recv() {
            Ok(r) => r,
            // unblock() from stop(), or a failed connection: the flag decides.
            Err(_) => continue,
        };
        if shared.active.fetch_add(1, Ordering::SeqCst) >= MAX_ACTIVE {
            shared.active.fetch_sub(1, Ordering::SeqCst);
            let _ = request.respond(with_cors(
                Response::from_string("too many requests in flight").with_status_code(503),
            ));
            continue;
        }
        let worker = shared.clone();
        let spawned = std::thread::Builder::new()
            .name("dohd-request".into())
            .spawn(move || {
                handle(request, &worker);
                worker.active.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            // The request went down with the closure; tiny_http answers it 500 on drop.
            shared.active.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn with_cors<R: Read>(mut resp: Response<R>) -> Response<R> {
    for (n, v) in [
        ("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
        ("Access-Control-Allow-Headers", "accept, content-type"),
        ("Access-Control-Max-Age", "86400"),
    ] {
        if let Some(h) = header(n, v) {
            resp.add_header(h);
        }
    }
    resp
}

fn reply(request: Request, status: u16, content_type: &str, body: Vec<u8>, max_age: Option<u32>) {
    let mut resp = Response::from_data(body).with_status_code(status);
    if let Some(h) = header("Content-Type", content_type) {
        resp.add_header(h);
    }
    if let Some(h) = max_age.and_then(|a| header("Cache-Control", &format!("max-age={a}"))) {
        resp.add_header(h);
    }
    // The client may have gone (it timed out): nothing to do about it.
    let _ = request.respond(with_cors(resp));
}

fn plain(request: Request, status: u16, text: &str) {
    reply(
        request,
        status,
        "text/plain; charset=utf-8",
        format!("{text}\n").into_bytes(),
        None,
    );
}

/// What a request asks, once its route and parameters are read.
enum Asked {
    Wire(WireQuestion),
    Json { name: String, qtype: u16 },
}

impl Asked {
    fn name(&self) -> &str {
        match self {
            Asked::Wire(q) => &q.name,
            Asked::Json { name, .. } => name,
        }
    }
    fn qtype(&self) -> u16 {
        match self {
            Asked::Wire(q) => q.qtype,
            Asked::Json { qtype, .. } => *qtype,
        }
    }
}

fn handle(mut request: Request, shared: &Shared) {
    if *request.method() == Method::Options {
        let _ = request.respond(with_cors(Response::empty(204)));
        return;
    }
    let url = request.url().to_string();
    let path = url.split('?').next().unwrap_or("");
    let params = codec::query_params(&url);
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let asked = match (request.method(), path) {
        (Method::Get, "/dns-query") if param("dns").is_some() => {
            let raw = match codec::decode_dns_param(&param("dns").unwrap_or_default()) {
                Ok(r) => r,
                Err(e) => return plain(request, 400, &e),
            };
            match codec::decode_wire_query(&raw) {
                Ok(q) => Asked::Wire(q),
                Err(e) => return plain(request, 400, &e),
            }
        }
        (Method::Get, "/dns-query" | "/resolve") => {
            let Some(name) = param("name") else {
                return plain(request, 400, "missing name parameter");
            };
            let t = param("type").unwrap_or_else(|| "A".into());
            let qtype = match RType::parse(&t) {
                Some(rt) => rt.code(),
                None => match t.parse::<u16>() {
                    Ok(n) => n,
                    Err(_) => return plain(request, 400, &format!("unknown type '{t}'")),
                },
            };
            Asked::Json {
                name: normalize_name(&name),
                qtype,
            }
        }
        (Method::Post, "/dns-query") => {
            let ctype = request
                .headers()
                .iter()
                .find(|h| h.field.equiv("Content-Type"))
                .map(|h| h.value.as_str().to_string())
                .unwrap_or_default();
            if !codec::content_type_is(&ctype, codec::WIRE_CONTENT_TYPE) {
                return plain(
                    request,
                    415,
                    &format!("POST needs {}", codec::WIRE_CONTENT_TYPE),
                );
            }
            let mut raw = Vec::new();
            let limit = codec::MAX_WIRE_LEN as u64 + 1;
            if request
                .as_reader()
                .take(limit)
                .read_to_end(&mut raw)
                .is_err()
            {
                return plain(request, 400, "cannot read the request body");
            }
            if raw.len() > codec::MAX_WIRE_LEN {
                return plain(request, 413, "a DNS message is at most 65535 bytes");
            }
            match codec::decode_wire_query(&raw) {
                Ok(q) => Asked::Wire(q),
                Err(e) => return plain(request, 400, &e),
            }
        }
        (_, "/dns-query" | "/resolve") => return plain(request, 405, "use GET, POST or OPTIONS"),
        _ => return plain(request, 404, "not found: try /dns-query or /resolve"),
    };

    if shared.opts.delay_ms > 0 {
        pause(shared, Duration::from_millis(shared.opts.delay_ms));
    }
    let fault = shared
        .opts
        .faults
        .get(asked.name())
        .cloned()
        .or_else(|| Fault::from_name(asked.name()));
    let answer = match &fault {
        Some(Fault::BigTxt(bytes)) => big_txt(asked.name(), *bytes),
        Some(Fault::ManyA(count)) => many_a(asked.name(), *count),
        Some(Fault::Rcode(rcode)) => Answer {
            rcode: Rcode::from_code(*rcode),
            records: Vec::new(),
        },
        _ => answer(&shared.zone, asked.name(), asked.qtype()),
    };
    let (ctype, body) = match &asked {
        Asked::Wire(q) => match codec::encode_wire_answer(q, &answer) {
            Ok(b) => (codec::WIRE_CONTENT_TYPE, b),
            Err(e) => return plain(request, 500, &format!("cannot encode the answer: {e}")),
        },
        Asked::Json { name, qtype } => (
            codec::JSON_CONTENT_TYPE,
            codec::encode_json_answer(name, *qtype, &answer).into_bytes(),
        ),
    };
    let max_age = Some(answer.min_ttl().unwrap_or(0));
    match fault {
        None | Some(Fault::BigTxt(_) | Fault::ManyA(_) | Fault::Rcode(_)) => {
            reply(request, 200, ctype, body, max_age)
        }
        Some(Fault::Delay(ms)) => {
            pause(shared, Duration::from_millis(ms));
            reply(request, 200, ctype, body, max_age)
        }
        Some(Fault::Status(status)) => plain(
            request,
            status,
            &format!("fault injected: HTTP {status}"),
        ),
        Some(Fault::Html) => reply(
            request,
            200,
            "text/html; charset=utf-8",
            b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><p>Please sign in to use this network.</p></body></html>\n".to_vec(),
            None,
        ),
        Some(Fault::Truncated) => {
            let half = body.len() / 2;
            reply(request, 200, ctype, body[..half].to_vec(), None)
        }
        Some(Fault::WrongContentType) => reply(request, 200, "text/plain", body, None),
        Some(Fault::EmptyBody) => reply(request, 200, ctype, Vec::new(), None),
        Some(Fault::HugeBody(n)) => reply(request, 200, ctype, vec![b'x'; n], None),
        Some(Fault::Hang) => {
            pause(shared, MAX_HANG);
            // Dropping the request makes tiny_http close it with a 500.
            drop(request);
        }
    }
}

/// Sleeps, but wakes early when the server stops.
fn pause(shared: &Shared, total: Duration) {
    let end = Instant::now() + total;
    loop {
        let now = Instant::now();
        if now >= end || shared.stopping.load(Ordering::SeqCst) {
            return;
        }
        std::thread::sleep((end - now).min(Duration::from_millis(20)));
    }
}

/// The zone's answer; types the zone cannot hold get NODATA or NXDOMAIN.
fn answer(zone: &Zone, name: &str, qtype: u16) -> Answer {
    match RType::from_code(qtype) {
        Some(rt) => zone.answer(name, rt),
        None if zone.contains(name) => Answer::empty(),
        None => Answer::nxdomain(),
    }
}

fn big_txt(name: &str, bytes: usize) -> Answer {
    let strings = (0..bytes.div_ceil(255))
        .map(|i| {
            let len = (bytes - i * 255).min(255);
            let c = char::from(b'a' + (i % 26) as u8);
            std::iter::repeat_n(c, len).collect()
        })
        .collect();
    Answer {
        rcode: Rcode::NoError,
        records: vec![Record {
            name: name.to_string(),
            ttl: 60,
            data: RData::Txt(strings),
        }],
    }
}

fn many_a(name: &str, count: usize) -> Answer {
    // 198.18.0.0/15 holds 131072 addresses; more would repeat.
    let records = (0..count.min(131_072))
        .map(|i| {
            let i = i as u32;
            Record {
                name: name.to_string(),
                ttl: 60,
                data: RData::A(Ipv4Addr::from(0xC612_0000u32 + i)),
            }
        })
        .collect();
    Answer {
        rcode: Rcode::NoError,
        records,
    }
}
