//! Evidence bundles replay to identical verdicts: every fixture message under
//! tests/data (and the signed messages the pipeline test builds, and the ARC
//! suite's messages) is inspected on its zone, bundled, written as JSON, read
//! back and replayed with no network; the replayed report must equal the
//! original in everything but timings, resolver description and query order.

mod arc_suite_support;

use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::bundle::{self, Bundle, BundleError};
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::dns::{Answer, DnsError, DnsResult, RType, Rcode, Resolver};
use headerscope::i18n::text::Text;
use headerscope::report::{AuthResult, Report};
use headerscope::{inspect, Options};
use mail_auth::crypto::{RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use mail_auth::headers::HeaderWriter;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer};

fn path(rel: &str) -> String {
    format!("{}/tests/data/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn zone(rel: &str) -> Zone {
    let text = String::from_utf8(read(rel)).expect("utf-8 zone");
    Zone::parse(&text, None).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The first line where the two reports' JSON differ, for a readable failure.
fn first_difference(a: &Report, b: &Report) -> String {
    let ja = serde_json::to_string_pretty(&bundle::normalized(a)).unwrap_or_default();
    let jb = serde_json::to_string_pretty(&bundle::normalized(b)).unwrap_or_default();
    for (n, (la, lb)) in ja.lines().zip(jb.lines()).enumerate() {
        if la != lb {
            return format!("line {}: original {la:?}, replay {lb:?}", n + 1);
        }
    }
    format!(
        "lengths differ: {} vs {} lines",
        ja.lines().count(),
        jb.lines().count()
    )
}

/// inspect → bundle → JSON → parse → replay, and the replay must match. Both
/// the bundle with the message and the digest-only one (message given apart).
fn round_trip(label: &str, raw: &[u8], options: &Options, resolver: &dyn Resolver) -> Report {
    let original = futures::executor::block_on(inspect(raw, options, resolver))
        .unwrap_or_else(|e| panic!("{label}: inspect: {e}"));
    for include in [true, false] {
        let b = bundle::create(raw, options, &original, include);
        let json = b.to_json();
        let back = Bundle::from_json(&json).unwrap_or_else(|e| panic!("{label}: read back: {e}"));
        assert!(
            back == b,
            "{label}: the JSON round trip changed the bundle: {}",
            first_difference(&b.report, &back.report)
        );
        let replayed = if include {
            futures::executor::block_on(bundle::replay(&back))
        } else {
            assert_eq!(
                futures::executor::block_on(bundle::replay(&back)),
                Err(BundleError::MessageMissing),
                "{label}"
            );
            futures::executor::block_on(bundle::replay_with(&back, raw))
        }
        .unwrap_or_else(|e| panic!("{label}: replay: {e}"));
        assert!(
            bundle::verdicts_equal(&original, &replayed),
            "{label} (message included: {include}): replay differs: {}",
            first_difference(&original, &replayed)
        );
        assert!(
            replayed.run.offline,
            "{label}: a replay never uses the network"
        );
        assert!(
            replayed.run.resolver.starts_with("evidence bundle replay"),
            "{label}: {}",
            replayed.run.resolver
        );
        assert_eq!(replayed.run.now, original.run.now, "{label}");
        // Nothing was asked that the bundle lacked.
        assert!(
            replayed
                .dns
                .iter()
                .all(|q| q.dns_error != Some(DnsError::NotInBundle)),
            "{label}: a replayed query was not in the bundle"
        );
    }
    original
}

fn fixed(now: u64) -> Options {
    Options {
        now: Some(now),
        ..Default::default()
    }
}

#[test]
fn basic_message() {
    let r = round_trip(
        "basic.eml",
        &read("basic.eml"),
        &fixed(1_794_000_000),
        &ZoneResolver::offline(zone("basic.zone")),
    );
    assert!(!r.dns.is_empty());
    assert_eq!(r.run.resolver, "offline records (3)");
    assert!(r.run.offline);
}

#[test]
fn helpdesk_messages() {
    let resolver = ZoneResolver::offline(zone("messages/zone.txt"));
    let mut seen = 0;
    let dir = path("messages");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("messages dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".eml"))
        .collect();
    names.sort();
    for name in &names {
        round_trip(
            name,
            &read(&format!("messages/{name}")),
            &fixed(1_794_000_000),
            &resolver,
        );
        seen += 1;
    }
    assert!(seen >= 5, "only {seen} messages found in {dir}");
}

#[test]
fn dkimpy_messages() {
    let resolver = ZoneResolver::offline(zone("dkimpy/zone.txt"));
    for name in [
        "rfc6376.signed.msg",
        "rfc6376.signed.rsa.msg",
        "ed25519test2.msg",
    ] {
        let r = round_trip(
            name,
            &read(&format!("dkimpy/{name}")),
            &fixed(1_700_000_000),
            &resolver,
        );
        assert!(!r.dkim.is_empty(), "{name} is signed");
    }
}

#[test]
fn options_are_recorded_and_used() {
    let options = Options {
        overrides: headerscope::message::Overrides {
            ip: "203.0.113.9".parse().ok(),
            helo: Some("elsewhere.example".into()),
            mail_from: Some("bounce@example.org".into()),
            rcpt_to: Vec::new(),
            boundary: Some(0),
        },
        now: Some(1_794_000_000),
        receiver: Some("mx.example.net".into()),
        dnsbl_zones: vec!["bl.example".into()],
        limits: headerscope::Limits::default(),
        ..Default::default()
    };
    let r = round_trip(
        "basic.eml with overrides",
        &read("basic.eml"),
        &options,
        &ZoneResolver::offline(zone("basic.zone")),
    );
    // The override makes SPF fail; the replay only matches if it used the override too.
    assert_eq!(r.spf.result, AuthResult::Fail);
    assert!(r.dns.iter().any(|q| q.name.ends_with(".bl.example")));
}

#[test]
fn arc_suite_messages() {
    let mut count = 0;
    for scenario in &arc_suite_support::suite() {
        let text = arc_suite_support::zone_text(scenario);
        let resolver = ZoneResolver::offline(Zone::parse(&text, None).expect("suite zone"));
        for test in scenario["tests"].as_array().into_iter().flatten() {
            let name = test["name"].as_str().unwrap_or("?");
            let raw = arc_suite_support::message(test);
            // A few suite messages are deliberately not messages at all.
            if headerscope::message::parse(raw.as_bytes()).is_err() {
                continue;
            }
            round_trip(name, raw.as_bytes(), &fixed(1_700_000_000), &resolver);
            count += 1;
        }
    }
    println!("ARC suite: {count} messages replayed identically");
    assert!(count >= 150, "only {count} ARC suite messages replayed");
}

/// A message signed here, with a key made here (as in tests/pipeline.rs).
fn signed_message() -> (String, Zone) {
    let pair = DkimKeyPair::generate_rsa(2048).expect("key generation");
    let zone_text = format!(
        "$ORIGIN example.org.\n\
@ TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n\
_dmarc TXT \"v=DMARC1; p=reject\"\n\
sel._domainkey TXT \"v=DKIM1; k=rsa; p={}\"\n",
        pair.encoded_public_key()
    );
    let zone = Zone::parse(&zone_text, None).expect("zone");
    let (private, _) = pair.into_inner();
    let key =
        RsaKey::<Sha256>::from_key_der(PrivateKeyDer::Pkcs1(PrivatePkcs1KeyDer::from(private)))
            .expect("key");
    let message = String::from_utf8(read("basic.eml")).expect("utf-8");
    let sig = DkimSigner::from_key(key)
        .domain("example.org")
        .selector("sel")
        .headers(["From", "To", "Subject", "Date", "Message-ID"])
        .sign(message.as_bytes())
        .expect("signing");
    (format!("{}{}", sig.to_header(), message), zone)
}

#[test]
fn signed_tampered_and_spoofed_messages_on_the_real_clock() {
    let (raw, zone) = signed_message();
    let resolver = ZoneResolver::offline(zone);
    // The clock, not a fixed now: the bundle must record the now inspect() used.
    let r = round_trip("signed", raw.as_bytes(), &Options::default(), &resolver);
    assert_eq!(r.dkim.first().map(|d| d.result), Some(AuthResult::Pass));
    assert_eq!(r.dmarc.result, AuthResult::Pass);
    assert!(r.run.now > 1_700_000_000);
    let tampered = raw.replace("Hi Bob", "Hi Rob");
    let r = round_trip(
        "tampered",
        tampered.as_bytes(),
        &Options::default(),
        &resolver,
    );
    assert_eq!(r.dkim.first().map(|d| d.result), Some(AuthResult::Fail));
    let spoofed = raw.replace("[192.0.2.7]", "[203.0.113.9]");
    let r = round_trip(
        "spoofed",
        spoofed.as_bytes(),
        &Options::default(),
        &resolver,
    );
    assert_eq!(r.spf.result, AuthResult::Fail);
}

/// Zone answers, except that some names time out, fail, or SERVFAIL.
struct Flaky(ZoneResolver);
impl Resolver for Flaky {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        async move {
            if name.starts_with("_dmarc.") {
                Err(DnsError::Timeout)
            } else if name.ends_with(".in-addr.arpa") {
                Err(DnsError::Transport(Text::verbatim("connection reset")))
            } else if rtype == RType::Txt && name == "example.org" {
                Ok(Answer::new(Rcode::ServFail, Vec::new()))
            } else {
                self.0.query(name, rtype).await
            }
        }
        .boxed_local()
    }
    fn describe(&self) -> String {
        "flaky test resolver".into()
    }
}

#[test]
fn dns_failures_replay_as_the_same_failures() {
    let r = round_trip(
        "basic.eml on flaky DNS",
        &read("basic.eml"),
        &fixed(1_794_000_000),
        &Flaky(ZoneResolver::offline(zone("basic.zone"))),
    );
    assert_eq!(r.spf.result, AuthResult::TempError);
    assert_eq!(r.dmarc.result, AuthResult::TempError);
    assert!(r.dns.iter().any(|q| q.dns_error == Some(DnsError::Timeout)));
    assert!(!r.run.offline);
}

#[test]
fn a_different_message_is_refused() {
    let raw = read("basic.eml");
    let resolver = ZoneResolver::offline(zone("basic.zone"));
    let options = fixed(1_794_000_000);
    let report = futures::executor::block_on(inspect(&raw, &options, &resolver)).expect("inspect");
    let b = bundle::create(&raw, &options, &report, false);
    let mut other = raw.clone();
    other.extend_from_slice(b"one more line\r\n");
    let err = futures::executor::block_on(bundle::replay_with(&b, &other)).unwrap_err();
    assert!(matches!(err, BundleError::MessageMismatch { .. }));
    assert!(err.to_string().contains(&b.message.sha256), "{err}");
    assert_eq!(b.message.size, raw.len() as u64);
}

#[test]
fn a_changed_dns_answer_changes_the_replay() {
    // The replay really answers from the bundle: edit a recorded answer and
    // the verdict follows the edit.
    let raw = read("basic.eml");
    let resolver = ZoneResolver::offline(zone("basic.zone"));
    let options = fixed(1_794_000_000);
    let report = futures::executor::block_on(inspect(&raw, &options, &resolver)).expect("inspect");
    assert_eq!(report.spf.result, AuthResult::Pass);
    let mut b = bundle::create(&raw, &options, &report, true);
    for q in &mut b.report.dns {
        if q.name == "example.org" && q.rtype == RType::Txt {
            q.records.clear();
            q.rcode = Some(Rcode::NxDomain.code());
        }
    }
    let replayed = futures::executor::block_on(bundle::replay(&b)).expect("replay");
    assert_eq!(replayed.spf.result, AuthResult::None);
    assert!(!bundle::verdicts_equal(&report, &replayed));
}

#[test]
fn recorded_over_doh_replays_after_the_server_is_gone() {
    use headerscope::dns::doh::{DohEndpoint, DohFormat, DohResolver};
    use headerscope::dohd::{self, ServerOptions};
    let raw = read("messages/gmail.eml");
    let options = fixed(1_794_000_000);
    for format in [DohFormat::Wire, DohFormat::Json] {
        let server = dohd::spawn(
            zone("messages/zone.txt"),
            "127.0.0.1:0",
            ServerOptions::default(),
        )
        .expect("a local DoH server");
        let url = match format {
            DohFormat::Json => server.json_url(),
            DohFormat::Wire => server.wire_url(),
        };
        let doh = DohResolver::new(DohEndpoint { url, format }).with_timeout_ms(5000);
        let original = futures::executor::block_on(inspect(&raw, &options, &doh)).expect("inspect");
        assert!(!original.run.offline);
        server.stop();
        let b = Bundle::from_json(&bundle::create(&raw, &options, &original, true).to_json())
            .expect("read back");
        let replayed = futures::executor::block_on(bundle::replay(&b)).expect("replay");
        assert!(
            bundle::verdicts_equal(&original, &replayed),
            "{format:?}: {}",
            first_difference(&original, &replayed)
        );
        // The same answers a zone gives: DoH changed nothing but the
        // transport, and added the resolver's word on DNSSEC (no AD bit
        // here), which a zone cannot give.
        let on_zone = futures::executor::block_on(inspect(
            &raw,
            &options,
            &ZoneResolver::offline(zone("messages/zone.txt")),
        ))
        .expect("inspect");
        let mut without_dnssec = replayed.clone();
        for q in &mut without_dnssec.dns {
            assert_eq!(q.dnssec, Some(false), "{}", q.name);
            q.dnssec = None;
        }
        without_dnssec.summary = headerscope::summary::summarize(&without_dnssec);
        assert!(
            bundle::verdicts_equal(&on_zone, &without_dnssec),
            "{format:?}"
        );
    }
}
