//! A small DNS-over-HTTPS server that answers from a zone (JSON API and RFC 8484
//! wire format, with CORS): for tests, benchmarks and offline labs. Native only.
//!
//! Routes: `GET /dns-query?dns=<base64url>` and `POST /dns-query`
//! (`application/dns-message`) answer in wire format; `GET /resolve?name=&type=`
//! and `GET /dns-query?name=&type=` answer JSON. `OPTIONS` answers CORS
//! preflights. Every connection has its own thread, so slow answers overlap.
//!
//! Misbehaviour for hostile-DNS tests is chosen per query name: through
//! [`ServerOptions::faults`], or by asking a name under [`FAULT_SUFFIX`] whose
//! label just before the suffix names the fault (see [`Fault::from_name`]),
//! e.g. `http-500.fault.test`, `many-a-3000.fault.test`, or
//! `sel._domainkey.hang.fault.test` (so SPF, DKIM and DMARC names can be hit).

use crate::dns::doh::codec::{self, WireQuestion};
use crate::dns::zone::Zone;
use crate::dns::{normalize_name, Answer, RData, RType, Rcode, Record};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Names under this suffix trigger the fault named by the label before it.
pub const FAULT_SUFFIX: &str = "fault.test";

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
    /// This many A records (198.18.0.0/15, the benchmarking range). In wire
    /// format about 1,800 fit in one message (hickory compresses names only in
    /// the first 16 KiB); beyond that the answer goes out empty with TC set.
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
                } else {
                    Fault::Rcode(u16::try_from(num("rcode-")?).ok()?)
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
    /// Answer as a validating resolver would for a signed zone: the AD bit
    /// set on every answer from the source (for DNSSEC tests and labs).
    pub authenticated: bool,
}

impl ServerOptions {
    pub fn validated(mut self) -> ServerOptions {
        self.authenticated = true;
        self
    }

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
    stopping: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
}

impl Server {
    /// Stops accepting, ends hanging answers and waits for the accept loop to
    /// end; open connections close within [`POLL`].
    pub fn stop(mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // accept() cannot be interrupted: a connection of our own wakes it.
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(match wake {
                SocketAddr::V4(_) => Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
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

/// Where answers come from: a zone, or any function of (name, qtype).
pub type AnswerSource = Arc<dyn Fn(&str, u16) -> Answer + Send + Sync>;

struct Shared {
    source: AnswerSource,
    opts: ServerOptions,
    stopping: Arc<AtomicBool>,
    connections: AtomicUsize,
}

/// Starts serving `zone` on `listen` (e.g. `127.0.0.1:0`) in background threads.
/// Prints nothing; errors (address in use, bad address) come back as `io::Error`.
///
/// HTTP/1.1 is served by a small loop over `std::net` with one thread per
/// connection: tiny_http 0.12's task pool can leave a new connection queued
/// behind threads parked on idle keep-alive connections, which made 5 of 10
/// concurrent queries hang in our tests.
pub fn spawn(zone: Zone, listen: &str, opts: ServerOptions) -> std::io::Result<Server> {
    spawn_with(
        Arc::new(move |name: &str, qtype: u16| answer(&zone, name, qtype)),
        listen,
        opts,
    )
}

/// Like [`spawn`], with answers from `source` (tests that model special DNS
/// behaviour, e.g. a conformance suite's own zone semantics).
pub fn spawn_with(
    source: AnswerSource,
    listen: &str,
    opts: ServerOptions,
) -> std::io::Result<Server> {
    let listener = TcpListener::bind(listen)
        .map_err(|e| std::io::Error::new(e.kind(), format!("cannot listen on {listen}: {e}")))?;
    let addr = listener.local_addr()?;
    let stopping = Arc::new(AtomicBool::new(false));
    let shared = Arc::new(Shared {
        source,
        opts,
        stopping: stopping.clone(),
        connections: AtomicUsize::new(0),
    });
    let acceptor = std::thread::Builder::new()
        .name(format!("dohd-{addr}"))
        .spawn(move || accept_loop(&listener, &shared))?;
    Ok(Server {
        addr,
        stopping,
        acceptor: Some(acceptor),
    })
}

fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut stream) = stream else {
            // A connection that failed before accept() finished; there may be more.
            continue;
        };
        if shared.connections.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            shared.connections.fetch_sub(1, Ordering::SeqCst);
            let resp = text(503, "too many connections");
            let _ = write_response(&mut stream, &resp, false);
            continue;
        }
        let worker = shared.clone();
        let spawned = std::thread::Builder::new()
            .name("dohd-conn".into())
            .spawn(move || {
                serve_connection(stream, &worker);
                worker.connections.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            shared.connections.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// More simultaneous connections than this get an immediate 503.
const MAX_CONNECTIONS: usize = 512;
/// How often blocked reads look at the stop flag.
const POLL: Duration = Duration::from_millis(100);
/// An idle keep-alive connection is closed after this.
const IDLE: Duration = Duration::from_secs(30);
/// A request must arrive whole within this once it has begun.
const REQUEST_DEADLINE: Duration = Duration::from_secs(10);
/// Request line plus headers.
const MAX_HEAD: usize = 16 * 1024;

#[derive(Debug)]
struct HttpRequest {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    keep_alive: bool,
}

impl HttpRequest {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug)]
struct HttpResponse {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

fn write_response(
    stream: &mut TcpStream,
    resp: &HttpResponse,
    keep_alive: bool,
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status));
    for (n, v) in [
        ("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
        ("Access-Control-Allow-Headers", "accept, content-type"),
        ("Access-Control-Max-Age", "86400"),
    ] {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    for (n, v) in &resp.headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: {}\r\n\r\n",
        resp.body.len(),
        if keep_alive { "keep-alive" } else { "close" }
    ));
    stream.write_all(head.as_bytes())?;
    stream.write_all(&resp.body)?;
    stream.flush()
}

fn serve_connection(mut stream: TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(POLL));
    let _ = stream.set_nodelay(true);
    let mut buf = Vec::new();
    loop {
        let request = match read_request(&mut stream, &mut buf, shared) {
            Ok(Some(r)) => r,
            Ok(None) => return,
            Err(resp) => {
                let _ = write_response(&mut stream, &resp, false);
                return;
            }
        };
        let keep_alive = request.keep_alive;
        let Some(resp) = respond(&request, shared) else {
            // A hanging answer: the connection just closes, late.
            return;
        };
        let keep_alive = keep_alive && !shared.stopping.load(Ordering::SeqCst);
        if write_response(&mut stream, &resp, keep_alive).is_err() || !keep_alive {
            return;
        }
    }
}

/// Reads one request; `Ok(None)` when the client closed, went idle, or the server stops.
fn read_request(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    shared: &Shared,
) -> Result<Option<HttpRequest>, HttpResponse> {
    let waiting_since = Instant::now();
    let mut started: Option<Instant> = (!buf.is_empty()).then(Instant::now);
    let mut head: Option<(usize, HttpRequest, usize)> = None;
    let mut chunk = [0u8; 8192];
    let mut sent_continue = false;
    loop {
        if head.is_none() {
            if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let (req, len) = parse_head(&buf[..end])?;
                head = Some((end + 4, req, len));
            } else if buf.len() > MAX_HEAD {
                return Err(text(431, "request head too large"));
            }
        }
        if let Some((start, req, len)) = &mut head {
            if buf.len() >= *start + *len {
                let mut req = std::mem::replace(
                    req,
                    HttpRequest {
                        method: String::new(),
                        target: String::new(),
                        headers: Vec::new(),
                        body: Vec::new(),
                        keep_alive: false,
                    },
                );
                req.body = buf[*start..*start + *len].to_vec();
                buf.drain(..*start + *len);
                return Ok(Some(req));
            }
            if !sent_continue
                && req
                    .header("Expect")
                    .is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
            {
                sent_continue = true;
                let _ = stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) => {
                return if buf.is_empty() {
                    Ok(None)
                } else {
                    Err(text(400, "the connection closed mid-request"))
                };
            }
            Ok(n) => {
                started.get_or_insert_with(Instant::now);
                buf.extend_from_slice(&chunk[..n]);
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                if shared.stopping.load(Ordering::SeqCst) {
                    return Ok(None);
                }
                match started {
                    None if waiting_since.elapsed() > IDLE => return Ok(None),
                    Some(t) if t.elapsed() > REQUEST_DEADLINE => {
                        return Err(text(408, "the request did not arrive in time"))
                    }
                    _ => {}
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Ok(None),
        }
    }
}

/// Parses the request line and headers; returns the request and its body length.
fn parse_head(head: &[u8]) -> Result<(HttpRequest, usize), HttpResponse> {
    let head = std::str::from_utf8(head).map_err(|_| text(400, "the request head is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or("");
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(text(400, "malformed request line"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(text(400, "only HTTP/1.x is served"));
    }
    let mut headers = Vec::new();
    for line in lines {
        let (n, v) = line
            .split_once(':')
            .ok_or_else(|| text(400, "malformed header line"))?;
        headers.push((n.trim().to_string(), v.trim().to_string()));
    }
    let mut req = HttpRequest {
        method: method.to_string(),
        target: target.to_string(),
        headers,
        body: Vec::new(),
        keep_alive: false,
    };
    let connection = req.header("Connection").unwrap_or("").to_ascii_lowercase();
    req.keep_alive = if version == "HTTP/1.0" {
        connection.contains("keep-alive")
    } else {
        !connection.contains("close")
    };
    if req.header("Transfer-Encoding").is_some() {
        return Err(text(411, "send the body with a Content-Length"));
    }
    let len = match req.header("Content-Length") {
        None => 0,
        Some(l) => l
            .parse::<usize>()
            .map_err(|_| text(400, "bad Content-Length"))?,
    };
    if len > codec::MAX_WIRE_LEN {
        return Err(text(413, "a DNS message is at most 65535 bytes"));
    }
    Ok((req, len))
}

fn text(status: u16, msg: &str) -> HttpResponse {
    HttpResponse {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
        body: format!("{msg}\n").into_bytes(),
    }
}

fn body(content_type: &str, body: Vec<u8>, max_age: Option<u32>) -> HttpResponse {
    let mut headers = vec![("Content-Type", content_type.to_string())];
    if let Some(a) = max_age {
        headers.push(("Cache-Control", format!("max-age={a}")));
    }
    HttpResponse {
        status: 200,
        headers,
        body,
    }
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

/// Reads the route and the question.
fn route(req: &HttpRequest) -> Result<Asked, HttpResponse> {
    let path = req.target.split('?').next().unwrap_or("");
    let params = codec::query_params(&req.target);
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    match (req.method.as_str(), path) {
        ("GET", "/dns-query") if param("dns").is_some() => {
            let raw = codec::decode_dns_param(param("dns").unwrap_or_default())
                .map_err(|e| text(400, &e.en()))?;
            codec::decode_wire_query(&raw)
                .map(Asked::Wire)
                .map_err(|e| text(400, &e.en()))
        }
        ("GET", "/dns-query" | "/resolve") => {
            let name = param("name").ok_or_else(|| text(400, "missing name or dns parameter"))?;
            let t = param("type").unwrap_or("A");
            let qtype = match RType::parse(t) {
                Some(rt) => rt.code(),
                None => t
                    .parse::<u16>()
                    .map_err(|_| text(400, &format!("unknown type '{t}'")))?,
            };
            Ok(Asked::Json {
                name: normalize_name(name),
                qtype,
            })
        }
        ("POST", "/dns-query") => {
            let ctype = req.header("Content-Type").unwrap_or("");
            if !codec::content_type_is(ctype, codec::WIRE_CONTENT_TYPE) {
                return Err(text(
                    415,
                    &format!("POST needs {}", codec::WIRE_CONTENT_TYPE),
                ));
            }
            codec::decode_wire_query(&req.body)
                .map(Asked::Wire)
                .map_err(|e| text(400, &e.en()))
        }
        (_, "/dns-query" | "/resolve") => Err(text(405, "use GET, POST or OPTIONS")),
        _ => Err(text(404, "not found: try /dns-query or /resolve")),
    }
}

/// The response to one request; `None` means: hang up without answering.
fn respond(req: &HttpRequest, shared: &Shared) -> Option<HttpResponse> {
    if req.method == "OPTIONS" {
        return Some(HttpResponse {
            status: 204,
            headers: Vec::new(),
            body: Vec::new(),
        });
    }
    let asked = match route(req) {
        Ok(a) => a,
        Err(resp) => return Some(resp),
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
        Some(Fault::Rcode(rcode)) => Answer::new(Rcode::from_code(*rcode), Vec::new()),
        _ => {
            let mut answer = (shared.source)(asked.name(), asked.qtype());
            if shared.opts.authenticated {
                answer.dnssec = Some(true);
            }
            answer
        }
    };
    let (ctype, encoded) = match &asked {
        Asked::Wire(q) => match codec::encode_wire_answer(q, &answer) {
            Ok(b) => (codec::WIRE_CONTENT_TYPE, b),
            Err(e) => return Some(text(500, &format!("cannot encode the answer: {}", e.en()))),
        },
        Asked::Json { name, qtype } => (
            codec::JSON_CONTENT_TYPE,
            codec::encode_json_answer(name, *qtype, &answer).into_bytes(),
        ),
    };
    let max_age = Some(answer.min_ttl().unwrap_or(0));
    Some(match fault {
        None | Some(Fault::BigTxt(_) | Fault::ManyA(_) | Fault::Rcode(_)) => {
            body(ctype, encoded, max_age)
        }
        Some(Fault::Delay(ms)) => {
            pause(shared, Duration::from_millis(ms));
            body(ctype, encoded, max_age)
        }
        Some(Fault::Status(status)) => text(status, &format!("fault injected: HTTP {status}")),
        Some(Fault::Html) => body(
            "text/html; charset=utf-8",
            b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><p>Please sign in to use this network.</p></body></html>\n".to_vec(),
            None,
        ),
        Some(Fault::Truncated) => {
            let half = encoded.len() / 2;
            body(ctype, encoded[..half].to_vec(), None)
        }
        Some(Fault::WrongContentType) => body("text/plain", encoded, None),
        Some(Fault::EmptyBody) => body(ctype, Vec::new(), None),
        Some(Fault::HugeBody(n)) => body(ctype, vec![b'x'; n], None),
        Some(Fault::Hang) => {
            pause(shared, MAX_HANG);
            return None;
        }
    })
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
        dnssec: None,
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
    Answer::new(Rcode::NoError, records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fault_names() {
        let f = |n: &str| Fault::from_name(n);
        assert_eq!(f("http-500.fault.test"), Some(Fault::Status(500)));
        assert_eq!(f("HTML.Fault.Test."), Some(Fault::Html));
        assert_eq!(f("x.y.truncated.fault.test"), Some(Fault::Truncated));
        assert_eq!(f("wrong-type.fault.test"), Some(Fault::WrongContentType));
        assert_eq!(f("empty.fault.test"), Some(Fault::EmptyBody));
        assert_eq!(f("hang.fault.test"), Some(Fault::Hang));
        assert_eq!(f("delay-250.fault.test"), Some(Fault::Delay(250)));
        assert_eq!(f("big-txt.fault.test"), Some(Fault::BigTxt(65_536)));
        assert_eq!(f("big-txt-100.fault.test"), Some(Fault::BigTxt(100)));
        assert_eq!(f("many-a.fault.test"), Some(Fault::ManyA(3000)));
        assert_eq!(f("huge-body-9.fault.test"), Some(Fault::HugeBody(9)));
        assert_eq!(f("servfail.fault.test"), Some(Fault::Rcode(2)));
        assert_eq!(f("rcode-5.fault.test"), Some(Fault::Rcode(5)));
        for none in [
            "fault.test",
            "html.fault.test.example",
            "htmlfault.test",
            "http-70000.fault.test",
            "nonsense.fault.test",
            "example.test",
        ] {
            assert_eq!(f(none), None, "{none}");
        }
    }

    #[test]
    fn fault_answers_have_the_promised_size() {
        let t = big_txt("t.test", 600);
        assert_eq!(t.txt_joined()[0].len(), 600);
        assert!(matches!(&t.records[0].data, RData::Txt(s) if s.len() == 3 && s[2].len() == 90));
        let a = many_a("a.test", 300);
        assert_eq!(a.ipv4().len(), 300);
        assert_eq!(a.ipv4()[299], Ipv4Addr::new(198, 18, 1, 43));
    }

    #[test]
    fn request_heads() {
        let (r, len) =
            parse_head(b"POST /dns-query HTTP/1.1\r\nContent-Type: application/dns-message\r\nContent-Length: 33").expect("parses");
        assert_eq!(
            (r.method.as_str(), r.target.as_str(), len),
            ("POST", "/dns-query", 33)
        );
        assert!(r.keep_alive);
        assert_eq!(r.header("content-type"), Some("application/dns-message"));
        let (r, _) = parse_head(b"GET / HTTP/1.0").expect("parses");
        assert!(!r.keep_alive);
        let (r, _) = parse_head(b"GET / HTTP/1.1\r\nConnection: close").expect("parses");
        assert!(!r.keep_alive);
        for (bad, status) in [
            (&b"GET /"[..], 400),
            (b"GET / HTTP/2", 400),
            (b"GET / HTTP/1.1\r\nno colon", 400),
            (b"POST / HTTP/1.1\r\nContent-Length: -1", 400),
            (b"POST / HTTP/1.1\r\nContent-Length: 70000", 413),
            (b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked", 411),
            (b"GET /\xff HTTP/1.1", 400),
        ] {
            match parse_head(bad) {
                Err(resp) => assert_eq!(resp.status, status, "{}", String::from_utf8_lossy(bad)),
                Ok(_) => panic!("accepted {}", String::from_utf8_lossy(bad)),
            }
        }
    }
}
