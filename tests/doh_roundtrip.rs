//! The DoH resolver against the project's own DoH server on 127.0.0.1: every
//! record type in both formats must come back exactly as `Zone::answer` gives
//! it, every server fault must become a clear `DnsError`, and slow answers must
//! overlap.

use futures::executor::block_on;
use futures::future::join_all;
use headerscope::dns::doh::{DohEndpoint, DohFormat, DohResolver};
use headerscope::dns::zone::Zone;
use headerscope::dns::{DnsError, RType, Rcode, Resolver};
use headerscope::dohd::{self, Fault, Server, ServerOptions};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const ZONE: &str = r#"
$ORIGIN example.test.
$TTL 300
@        IN A     192.0.2.1
@        IN AAAA  2001:db8::1
@        IN MX    10 mx1
@        IN MX    20 mx2.example.org.
@        IN TXT   "v=spf1 ip4:192.0.2.0/24 " "include:_spf.example.org -all"
@        IN NS    ns1
@        IN SPF   "v=spf1 -all"
mx1  600 IN A     192.0.2.10
esc      IN TXT   "quote \" backslash \\ semicolon \059 tab\009end" "second string" ""
utf8     IN TXT   "caf\195\169"
UPPER    IN A     192.0.2.9
a1       IN CNAME a2
a2       IN CNAME a3
a3       IN A     192.0.2.3
dangling IN CNAME nowhere.example.test.
sel._domainkey IN TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB"
1.2.0.192.in-addr.arpa. IN PTR example.test.
"#;

/// The zone's answer as a DoH resolver that does not validate gives it:
/// the same records, and its word on DNSSEC (no AD bit).
fn unvalidated(a: headerscope::dns::Answer) -> headerscope::dns::Answer {
    headerscope::dns::Answer {
        dnssec: Some(false),
        ..a
    }
}

fn zone() -> Zone {
    Zone::parse(ZONE, None).expect("test zone parses")
}

fn start(opts: ServerOptions) -> Server {
    dohd::spawn(zone(), "127.0.0.1:0", opts).expect("server starts on 127.0.0.1")
}

fn resolver(server: &Server, format: DohFormat) -> DohResolver {
    let url = match format {
        DohFormat::Json => server.json_url(),
        DohFormat::Wire => server.wire_url(),
    };
    DohResolver::new(DohEndpoint { url, format }).with_timeout_ms(5000)
}

const CASES: &[(&str, RType)] = &[
    ("example.test", RType::A),
    ("example.test", RType::Aaaa),
    ("example.test", RType::Mx),
    ("example.test", RType::Txt),
    ("example.test", RType::Ns),
    ("example.test", RType::Spf),
    ("esc.example.test", RType::Txt),
    ("utf8.example.test", RType::Txt),
    ("Upper.Example.Test.", RType::A),
    ("a1.example.test", RType::A),
    ("a1.example.test", RType::Cname),
    ("dangling.example.test", RType::A),
    ("sel._domainkey.example.test", RType::Txt),
    ("1.2.0.192.in-addr.arpa", RType::Ptr),
    // NXDOMAIN, NODATA, and an empty non-terminal (NODATA too).
    ("nothere.example.test", RType::A),
    ("a3.example.test", RType::Txt),
    ("_domainkey.example.test", RType::Txt),
    ("mx1.example.test", RType::A),
];

#[test]
fn every_type_roundtrips_in_both_formats() {
    let server = start(ServerOptions::default());
    let z = zone();
    for format in [DohFormat::Wire, DohFormat::Json] {
        let r = resolver(&server, format);
        for &(name, rtype) in CASES {
            let got = block_on(r.query(name, rtype))
                .unwrap_or_else(|e| panic!("{format:?} {name} {rtype}: {e}"));
            assert_eq!(
                got,
                unvalidated(z.answer(name, rtype)),
                "{format:?} {name} {rtype}"
            );
        }
    }
    // The zone really has what the cases claim, so equality above means something.
    assert_eq!(
        z.answer("nothere.example.test", RType::A).rcode,
        Rcode::NxDomain
    );
    assert_eq!(
        z.answer("esc.example.test", RType::Txt).records[0].data,
        headerscope::dns::RData::Txt(vec![
            "quote \" backslash \\ semicolon ; tab\tend".into(),
            "second string".into(),
            String::new()
        ])
    );
    assert_eq!(z.answer("a1.example.test", RType::A).records.len(), 3);
    server.stop();
}

#[test]
fn queries_run_concurrently_from_a_plain_executor() {
    let delay = 200u64;
    let server = start(ServerOptions::default().with_delay_ms(delay));
    for format in [DohFormat::Wire, DohFormat::Json] {
        let r = resolver(&server, format);
        let names: Vec<String> = (0..10).map(|i| format!("n{i}.example.test")).collect();
        let t0 = Instant::now();
        let answers = block_on(join_all(names.iter().map(|n| r.query(n, RType::A))));
        let took = t0.elapsed();
        for a in &answers {
            assert_eq!(
                a.as_ref().map(|a| a.rcode),
                Ok(Rcode::NxDomain),
                "{format:?}"
            );
        }
        // Sequential would be 10 × 200 ms; overlapping stays near one delay.
        assert!(
            took < Duration::from_millis(5 * delay),
            "{format:?}: 10 queries took {took:?}"
        );
        assert!(
            took >= Duration::from_millis(delay),
            "the delay was applied"
        );
    }
    server.stop();
}

#[tokio::test]
async fn works_inside_a_tokio_runtime_too() {
    let server = start(ServerOptions::default());
    let r = resolver(&server, DohFormat::Wire);
    let a = r.query("example.test", RType::A).await.expect("answer");
    assert_eq!(a, unvalidated(zone().answer("example.test", RType::A)));
    server.stop();
}

#[test]
fn timeout_is_per_query() {
    let server = start(ServerOptions::default().with_delay_ms(1500));
    for format in [DohFormat::Wire, DohFormat::Json] {
        let r = resolver(&server, format).with_timeout_ms(200);
        let t0 = Instant::now();
        let res = block_on(r.query("example.test", RType::A));
        assert_eq!(res, Err(DnsError::Timeout), "{format:?}");
        assert!(
            t0.elapsed() < Duration::from_millis(1000),
            "{:?}",
            t0.elapsed()
        );
    }
    server.stop();
}

fn fault(
    server: &Server,
    format: DohFormat,
    name: &str,
) -> Result<headerscope::dns::Answer, DnsError> {
    block_on(
        resolver(server, format)
            .with_timeout_ms(500)
            .query(name, RType::A),
    )
}

fn protocol_error(res: Result<headerscope::dns::Answer, DnsError>, needle: &str) {
    match res {
        Err(DnsError::Protocol(m)) => assert!(m.en().contains(needle), "'{m:?}' lacks '{needle}'"),
        other => panic!("expected a protocol error with '{needle}', got {other:?}"),
    }
}

#[test]
fn server_faults_become_clear_errors() {
    let server =
        start(ServerOptions::default().with_fault("broken.example.test", Fault::Status(503)));
    for format in [DohFormat::Wire, DohFormat::Json] {
        match fault(&server, format, "http-500.fault.test") {
            Err(DnsError::Transport(m)) => {
                assert!(
                    m.en().starts_with("HTTP 500 from http://127.0.0.1:"),
                    "{m:?}"
                );
                assert!(m.en().contains("fault injected"), "{m:?}");
            }
            other => panic!("{format:?}: {other:?}"),
        }
        match fault(&server, format, "broken.example.test") {
            Err(DnsError::Transport(m)) => assert!(m.en().starts_with("HTTP 503"), "{m:?}"),
            other => panic!("{format:?}: {other:?}"),
        }
        protocol_error(fault(&server, format, "html.fault.test"), "got text/html");
        protocol_error(fault(&server, format, "html.fault.test"), "<!DOCTYPE html>");
        protocol_error(
            fault(&server, format, "wrong-type.fault.test"),
            "got text/plain",
        );
        protocol_error(
            fault(&server, format, "truncated.fault.test"),
            "undecodable",
        );
        protocol_error(fault(&server, format, "empty.fault.test"), "empty");

        let t0 = Instant::now();
        assert_eq!(
            fault(&server, format, "hang.fault.test"),
            Err(DnsError::Timeout)
        );
        assert!(t0.elapsed() < Duration::from_secs(2));

        let t0 = Instant::now();
        let late = fault(&server, format, "delay-300.fault.test").expect("a late answer");
        assert_eq!(late.rcode, Rcode::NxDomain);
        assert!(t0.elapsed() >= Duration::from_millis(300));

        let servfail = fault(&server, format, "servfail.fault.test").expect("an answer");
        assert_eq!(
            (servfail.rcode, servfail.records.len()),
            (Rcode::ServFail, 0)
        );

        // A thousand A records fit in one DNS message and are accepted whole.
        let many = fault(&server, format, "many-a-1000.fault.test").expect("1000 records");
        assert_eq!(many.ipv4().len(), 1000);
        assert_eq!(many.ipv4()[999].to_string(), "198.18.3.231");
    }

    // Too big for one DNS message (hickory compresses names only in the first
    // 16 KiB, so about 1,800 A records fit): the server sets TC, as a real one would.
    protocol_error(
        fault(&server, DohFormat::Wire, "many-a-3000.fault.test"),
        "TC",
    );
    let many = fault(&server, DohFormat::Json, "many-a-3000.fault.test").expect("JSON has room");
    assert_eq!(many.ipv4().len(), 3000);
    protocol_error(
        block_on(resolver(&server, DohFormat::Wire).query("big-txt.fault.test", RType::Txt)),
        "TC",
    );
    // JSON has no such limit: 64 KiB of TXT arrives intact, 5000 records are too many.
    let big = block_on(resolver(&server, DohFormat::Json).query("big-txt.fault.test", RType::Txt))
        .expect("64 KiB TXT over JSON");
    assert_eq!(big.txt_joined()[0].len(), 65_536);
    protocol_error(
        fault(&server, DohFormat::Json, "many-a-5000.fault.test"),
        "5000 records",
    );

    // Bodies beyond the caps are cut off, not buffered.
    protocol_error(
        fault(&server, DohFormat::Wire, "huge-body.fault.test"),
        "longer than the 65535",
    );
    protocol_error(
        fault(&server, DohFormat::Json, "huge-body.fault.test"),
        "longer than the 1048576",
    );

    // stop() returns promptly even with a hanging answer in flight.
    let hung = std::thread::spawn({
        let url = server.wire_url();
        move || {
            let r = DohResolver::new(DohEndpoint {
                url,
                format: DohFormat::Wire,
            })
            .with_timeout_ms(10_000);
            block_on(r.query("hang.fault.test", RType::A))
        }
    });
    std::thread::sleep(Duration::from_millis(200));
    let t0 = Instant::now();
    server.stop();
    assert!(
        t0.elapsed() < Duration::from_secs(1),
        "stop took {:?}",
        t0.elapsed()
    );
    // The hanging connection is closed, not answered: an error, well before the 10 s timeout.
    match hung.join().expect("no panic") {
        Err(DnsError::Transport(_)) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn nobody_listening_is_a_transport_error() {
    // Port 1 (tcpmux) is not served on test machines; ports freed by other
    // tests' servers would be reused by parallel tests and cannot be relied on.
    let gone = DohResolver::new(DohEndpoint {
        url: "http://127.0.0.1:1/dns-query".into(),
        format: DohFormat::Wire,
    })
    .with_timeout_ms(2000);
    match block_on(gone.query("example.test", RType::A)) {
        Err(DnsError::Transport(m)) => assert!(m.en().contains("127.0.0.1:1"), "{m:?}"),
        other => panic!("{other:?}"),
    }
}

/// One raw HTTP/1.1 exchange, to see exactly what a browser would see.
fn raw_http(server: &Server, request: &[u8]) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(server.addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    s.write_all(request).expect("write");
    let mut out = Vec::new();
    s.read_to_end(&mut out).expect("read");
    let split = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let head = String::from_utf8_lossy(&out[..split]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    (status, head, out[split + 4..].to_vec())
}

#[test]
fn cors_post_and_caching_headers() {
    use headerscope::dns::doh::codec;
    let server = start(ServerOptions::default());
    let (status, head, _) = raw_http(
        &server,
        b"OPTIONS /dns-query HTTP/1.1\r\nHost: x\r\nOrigin: http://app.test\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: accept\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 204);
    assert!(head.contains("access-control-allow-origin: *"), "{head}");
    assert!(
        head.contains("access-control-allow-headers: accept, content-type"),
        "{head}"
    );

    let query = codec::wire_query("example.test", RType::Txt).expect("query");
    let mut post = format!(
        "POST /dns-query HTTP/1.1\r\nHost: x\r\nContent-Type: application/dns-message\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        query.len()
    )
    .into_bytes();
    post.extend_from_slice(&query);
    let (status, head, body) = raw_http(&server, &post);
    assert_eq!(status, 200);
    assert!(
        head.contains("content-type: application/dns-message"),
        "{head}"
    );
    assert!(head.contains("access-control-allow-origin: *"), "{head}");
    assert!(head.contains("cache-control: max-age=300"), "{head}");
    let answer = codec::decode_wire_answer(&body, "example.test", RType::Txt).expect("decodes");
    assert_eq!(
        answer,
        unvalidated(zone().answer("example.test", RType::Txt))
    );

    // The JSON API on /dns-query too, as Cloudflare serves it; the MX answer has TTL 300.
    let (status, head, body) = raw_http(
        &server,
        b"GET /dns-query?name=mx1.example.test&type=A HTTP/1.1\r\nHost: x\r\nAccept: application/dns-json\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 200);
    assert!(
        head.contains("content-type: application/dns-json"),
        "{head}"
    );
    assert!(head.contains("cache-control: max-age=600"), "{head}");
    let answer = codec::decode_json_answer(&body).expect("decodes");
    assert_eq!(
        answer,
        unvalidated(zone().answer("mx1.example.test", RType::A))
    );

    let (status, _, _) = raw_http(
        &server,
        b"POST /dns-query HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi",
    );
    assert_eq!(status, 415);
    let (status, _, _) = raw_http(
        &server,
        b"GET /dns-query?dns=!!! HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 400);
    let (status, _, _) = raw_http(
        &server,
        b"GET /elsewhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 404);
    server.stop();
}
