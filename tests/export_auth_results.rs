//! The Authentication-Results header we would write (RFC 8601), read back
//! with the project's own parser (src/message/auth_results.rs): the methods,
//! results and properties must come back as written, with no warnings.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::export::{authentication_results_header, authentication_results_value};
use headerscope::i18n::text::Text;
use headerscope::message::auth_results::{parse_authentication_results, MethodResult};
use headerscope::report::{AuthResult, Report};
use headerscope::{inspect, Options};
use mail_auth::crypto::{RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use mail_auth::headers::HeaderWriter;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer};

fn read(rel: &str) -> Vec<u8> {
    let p = format!("{}/tests/data/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn zone(rel: &str) -> Zone {
    Zone::parse(&String::from_utf8(read(rel)).expect("utf-8"), None).expect("zone")
}

fn run(raw: &[u8], zone: Zone, now: Option<u64>) -> Report {
    let options = Options {
        now,
        ..Default::default()
    };
    futures::executor::block_on(inspect(raw, &options, &ZoneResolver::offline(zone)))
        .expect("inspect")
}

fn method<'a>(results: &'a [MethodResult], name: &str) -> Vec<&'a MethodResult> {
    results.iter().filter(|m| m.method == name).collect()
}

/// Parses what we wrote and checks it against the report it came from.
fn round_trip(label: &str, report: &Report) -> Vec<MethodResult> {
    let value = authentication_results_value(report, "mx.example.net");
    let parsed = parse_authentication_results(&value);
    assert!(
        parsed.warnings.is_empty(),
        "{label}: {:?}\n{value}",
        parsed.warnings
    );
    assert_eq!(parsed.authserv_id.as_deref(), Some("mx.example.net"));
    let r = &parsed.results;
    // Every result word is an RFC 8601 word.
    for m in r {
        assert!(AuthResult::parse(&m.result).is_some(), "{label}: {m:?}");
        for (k, v) in &m.properties {
            assert!(
                k.contains('.') && !v.is_empty(),
                "{label}: property {k}={v}"
            );
        }
    }
    let spf = method(r, "spf");
    if report.identities.ip.is_some() {
        assert_eq!(spf.len(), 1, "{label}");
        assert_eq!(spf[0].result, report.spf.result.as_str());
        match report.identities.mail_from.as_deref() {
            Some(mf) if !mf.is_empty() => assert_eq!(spf[0].property("smtp.mailfrom"), Some(mf)),
            _ => assert_eq!(
                spf[0].property("smtp.helo"),
                report.identities.helo.as_deref()
            ),
        }
    } else {
        assert!(spf.is_empty(), "{label}: SPF was not checked");
    }
    let dkim = method(r, "dkim");
    assert_eq!(dkim.len(), report.dkim.len().max(1), "{label}");
    for (m, d) in dkim.iter().zip(&report.dkim) {
        assert_eq!(m.result, d.result.as_str(), "{label}");
        assert_eq!(m.property("header.d"), Some(d.domain.as_str()));
        assert_eq!(m.property("header.s"), Some(d.selector.as_str()));
        if d.result != AuthResult::Pass && !d.reason.is_empty() {
            assert!(m.reason.is_some(), "{label}: a failing signature says why");
        }
    }
    let arc = method(r, "arc");
    assert_eq!(arc.len(), 1, "{label}");
    let dmarc = method(r, "dmarc");
    assert_eq!(dmarc.len(), 1, "{label}");
    assert_eq!(dmarc[0].result, report.dmarc.result.as_str());
    if let Some(from) = report.dmarc.from_domains.first() {
        assert_eq!(dmarc[0].property("header.from"), Some(from.as_str()));
    }
    let iprev = method(r, "iprev");
    match &report.iprev {
        Some(ip) => {
            assert_eq!(iprev.len(), 1);
            assert_eq!(iprev[0].result, ip.result.as_str());
            assert_eq!(iprev[0].property("policy.iprev"), Some(ip.ip.as_str()));
        }
        None => assert!(iprev.is_empty()),
    }
    // The folded header parses the same as the one-line value.
    let header = authentication_results_header(report, "mx.example.net");
    let folded = header
        .strip_prefix("Authentication-Results: ")
        .expect("field name");
    assert!(folded.contains(";\n\t"));
    assert_eq!(parse_authentication_results(folded).results, parsed.results);
    parsed.results
}

#[test]
fn signed_message_has_dkim_properties_and_key_comment() {
    let pair = DkimKeyPair::generate_rsa(2048).expect("key");
    let zone_text = format!(
        "$ORIGIN example.org.\n@ TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n_dmarc TXT \"v=DMARC1; p=reject\"\nsel._domainkey TXT \"v=DKIM1; k=rsa; p={}\"\n",
        pair.encoded_public_key()
    );
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
        .expect("sign");
    let header = sig.to_header();
    // The b= tag as written, folding removed.
    let b_value: String = header
        .split(';')
        .find_map(|t| t.trim().strip_prefix("b="))
        .expect("b= tag")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let raw = format!("{header}{message}");
    let check = |raw: &[u8]| run(raw, Zone::parse(&zone_text, None).expect("zone"), None);
    let report = check(raw.as_bytes());
    let results = round_trip("signed", &report);
    let dkim = method(&results, "dkim");
    assert_eq!(dkim[0].result, "pass");
    assert_eq!(dkim[0].property("header.i"), Some("@example.org"));
    assert_eq!(dkim[0].property("header.a"), Some("rsa-sha256"));
    // RFC 6008: the first 8 characters of b=.
    assert_eq!(dkim[0].property("header.b"), Some(&b_value[..8]));
    assert_eq!(dkim[0].comments, vec!["2048-bit rsa key"]);
    let dmarc = method(&results, "dmarc");
    assert_eq!(dmarc[0].result, "pass");
    assert_eq!(dmarc[0].comments, vec!["p=reject dis=none"]);
    assert_eq!(method(&results, "arc")[0].result, "none");

    // Tampered: dkim=fail with a reason, before the properties.
    let tampered = raw.replace("Hi Bob", "Hi Rob");
    let report = check(tampered.as_bytes());
    let value = authentication_results_value(&report, "mx.example.net");
    let reason_at = value.find("reason=").expect("a reason");
    assert!(reason_at < value.find("header.d=").expect("header.d"));
    let results = round_trip("tampered", &report);
    assert_eq!(method(&results, "dkim")[0].result, "fail");

    // Forwarded as an attachment under a signature of the forwarder's: the
    // message inside is inspected, and header.b is its signature's, not the
    // wrapper's at the same position.
    let eol = if message.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let forward = [
        "From: helpdesk@forwarder.example",
        "DKIM-Signature: v=1; a=rsa-sha256; d=forwarder.example; s=x; h=from; bh=AAAA; b=WRAPPERSIGNATURE",
        "Subject: Fwd: a message",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"fwd\"",
        "",
        "--fwd",
        "Content-Type: text/plain",
        "",
        "See the attached message.",
        "--fwd",
        "Content-Type: message/rfc822",
        "",
        &raw,
        "--fwd--",
        "",
    ]
    .join(eol);
    let report = check(forward.as_bytes());
    let results = round_trip("forwarded", &report);
    let dkim = method(&results, "dkim");
    assert_eq!(dkim.len(), 1, "{results:?}");
    assert_eq!(dkim[0].property("header.d"), Some("example.org"));
    assert_eq!(dkim[0].property("header.b"), Some(&b_value[..8]));
}

#[test]
fn helpdesk_fixtures_round_trip() {
    for name in [
        "gmail.eml",
        "m365.eml",
        "mailing_list.eml",
        "postfix_amavis.eml",
        "arc_forwarded.eml",
    ] {
        let raw = read(&format!("messages/{name}"));
        let report = run(&raw, zone("messages/zone.txt"), Some(1_794_000_000));
        let results = round_trip(name, &report);
        if name == "arc_forwarded.eml" {
            let arc = method(&results, "arc");
            assert_eq!(arc[0].result, headerscope_arc_word(report.arc.result));
            assert!(arc[0].property("smtp.remote-ip").is_some(), "{arc:?}");
        }
        if name == "gmail.eml" {
            let dmarc = method(&results, "dmarc");
            assert_eq!(dmarc[0].comments, vec!["p=quarantine dis=quarantine"]);
        }
    }
}

fn headerscope_arc_word(r: AuthResult) -> &'static str {
    match r {
        AuthResult::Pass => "pass",
        AuthResult::None => "none",
        _ => "fail",
    }
}

#[test]
fn dkimpy_and_basic_fixtures_round_trip() {
    for name in [
        "rfc6376.signed.msg",
        "rfc6376.signed.rsa.msg",
        "ed25519test2.msg",
    ] {
        let raw = read(&format!("dkimpy/{name}"));
        let report = run(&raw, zone("dkimpy/zone.txt"), Some(1_700_000_000));
        round_trip(name, &report);
    }
    let raw = read("basic.eml");
    let report = run(&raw, zone("basic.zone"), Some(1_794_000_000));
    round_trip("basic.eml", &report);
}

#[test]
fn awkward_values_stay_inside_the_grammar() {
    let mut report = Report::default();
    report.identities.ip = Some("192.0.2.1".into());
    // A null sender: the HELO identity is reported.
    report.identities.mail_from = Some(String::new());
    report.identities.helo = Some("helo.example".into());
    report.spf.result = AuthResult::Fail;
    report.spf.explanation = Some(Text::verbatim("see (http://x.example/why) \\ now; really"));
    report.dkim.push(headerscope::report::DkimReport {
        domain: "we;ird.example".into(),
        selector: "s 1".into(),
        result: AuthResult::PermError,
        reason: Text::verbatim("bad \"tag\" (x=)"),
        ..Default::default()
    });
    report.dmarc.result = AuthResult::None;
    let value = authentication_results_value(&report, "not a token;");
    assert!(value.starts_with("headerscope; "), "{value}");
    let parsed = parse_authentication_results(&value);
    assert!(parsed.warnings.is_empty(), "{:?}: {value}", parsed.warnings);
    let spf = method(&parsed.results, "spf");
    assert_eq!(spf[0].property("smtp.helo"), Some("helo.example"));
    assert_eq!(spf[0].comments.len(), 1);
    let dkim = method(&parsed.results, "dkim");
    assert_eq!(dkim[0].result, "permerror");
    assert_eq!(dkim[0].property("header.d"), Some("we;ird.example"));
    assert_eq!(dkim[0].property("header.s"), Some("s 1"));
    assert_eq!(parsed.results.len(), 4, "{value}");
}
