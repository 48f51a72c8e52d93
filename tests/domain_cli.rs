//! `headerscope domain DOMAIN` — the CLI contract and the checks behind it:
//! MTA-STS policy matching (RFC 8461), DANE (RFC 7672), BIMI's record and
//! its SVG Tiny PS logo, DNSSEC validation from the resolver's AD bit.
//! DNS comes from tests/data/domain/example.zone, offline or through
//! `doh-server` on 127.0.0.1; nothing is fetched from the internet.

// Shared by several test crates; this one reads JSON only.
#[allow(dead_code)]
mod cli_support;

use cli_support::json;
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn data(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/domain")
        .join(name)
        .display()
        .to_string()
}

fn headerscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args(args)
        .output()
        .expect("run headerscope")
}

fn offline(domain: &str, extra: &[&str]) -> Value {
    let zone = data("example.zone");
    let mut args = vec![
        "domain",
        domain,
        "--zone",
        &zone,
        "--offline",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = headerscope(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)
}

fn codes(findings: &Value) -> Vec<String> {
    findings
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_policy_file_is_matched_against_every_mx_host() {
    let policy = data("mta-sts.txt");
    let v = offline("example.com", &["--mta-sts-policy", &policy]);
    let p = &v["mta_sts_policy"];
    assert_eq!(p["mode"], "enforce");
    assert_eq!(p["max_age"], 604800);
    assert_eq!(p["matches"][0]["host"], "mx1.example.com");
    assert_eq!(p["matches"][0]["pattern"], "mx1.example.com");
    assert_eq!(p["matches"][1]["host"], "mx2.example.net");
    assert!(p["matches"][1]["pattern"].is_null());
    let unmatched: Vec<&Value> = p["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "mta-sts.mx-unmatched")
        .collect();
    assert_eq!(unmatched.len(), 1);
    assert_eq!(
        unmatched[0]["severity"], "error",
        "enforce mode blocks delivery"
    );
    assert!(unmatched[0]["fix"]
        .as_str()
        .is_some_and(|f| f.contains("mx: mx2.example.net")));
}

#[test]
fn a_testing_policy_with_crlf_and_a_short_max_age() {
    let policy = data("mta-sts-testing.txt");
    let v = offline("example.com", &["--mta-sts-policy", &policy]);
    let found = codes(&v["mta_sts_policy"]["findings"]);
    assert!(
        found.contains(&"mta-sts.policy-testing".to_string()),
        "{found:?}"
    );
    assert!(found.contains(&"mta-sts.policy-short-max-age".to_string()));
    let unmatched = v["mta_sts_policy"]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "mta-sts.mx-unmatched")
        .expect("mx2 unmatched");
    assert_eq!(
        unmatched["severity"], "warning",
        "testing mode only reports"
    );
}

#[test]
fn offline_fetches_nothing_and_says_where_the_documents_are() {
    let v = offline("example.com", &[]);
    assert!(v.get("mta_sts_policy").is_none());
    let mta = &v["mta_sts"]["findings"];
    let note = mta
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "mta-sts.policy-not-fetched")
        .expect("policy not fetched");
    assert!(note["message"]
        .as_str()
        .is_some_and(|m| m.contains("https://mta-sts.example.com/.well-known/mta-sts.txt")));
    assert!(codes(&v["bimi"]["findings"]).contains(&"bimi.svg-not-read".to_string()));
    assert!(codes(&v["dnssec_findings"]).contains(&"dnssec.offline".to_string()));
}

#[test]
fn dane_records_are_explained_and_their_mistakes_named() {
    let v = offline("example.com", &[]);
    let dane = v["dane"].as_array().expect("dane");
    assert_eq!(dane.len(), 2);
    let mx1 = &dane[0];
    assert_eq!(mx1["name"], "_25._tcp.mx1.example.com");
    assert_eq!(mx1["records"].as_array().map(Vec::len), Some(2));
    assert_eq!(mx1["records"][0]["usage"], 3);
    assert!(mx1["records"][0]["meaning"]
        .as_str()
        .is_some_and(|m| m.contains("DANE-EE") && m.contains("SHA-256")));
    let mx1_codes = codes(&mx1["findings"]);
    assert!(
        mx1_codes.contains(&"dane.not-validated".to_string()),
        "offline is never validated"
    );
    assert!(!mx1_codes.contains(&"dane.single-record".to_string()));
    let mx2_codes = codes(&dane[1]["findings"]);
    assert!(
        mx2_codes.contains(&"dane.pkix-usage".to_string()),
        "{mx2_codes:?}"
    );
    assert!(mx2_codes.contains(&"dane.data-length".to_string()));
    assert!(mx2_codes.contains(&"dane.single-record".to_string()));
}

#[test]
fn bimi_record_logo_and_dmarc_enforcement() {
    let good = data("logo-tiny-ps.svg");
    let v = offline("example.com", &["--bimi-svg", &good]);
    let bimi = &v["bimi"];
    assert_eq!(bimi["location"], "https://brand.example.com/logo.svg");
    let found = codes(&bimi["findings"]);
    assert!(
        found.contains(&"bimi.no-authority".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"bimi.dmarc-not-enforced".to_string()),
        "p=reject enforces"
    );
    assert_eq!(bimi["svg"]["conforms"], true);
    assert_eq!(bimi["svg"]["title"], "Example Company");

    let bad = data("logo-script.svg");
    let v = offline("example.com", &["--bimi-svg", &bad]);
    let svg = &v["bimi"]["svg"];
    assert_eq!(svg["conforms"], false);
    let found = codes(&svg["findings"]);
    for code in [
        "bimi.svg-profile",
        "bimi.svg-no-title",
        "bimi.svg-forbidden-element",
        "bimi.svg-forbidden-attribute",
        "bimi.svg-not-square",
    ] {
        assert!(found.contains(&code.to_string()), "{code}: {found:?}");
    }

    let v = offline("example.org", &[]);
    let found = codes(&v["bimi"]["findings"]);
    assert!(found.contains(&"bimi.not-https".to_string()), "{found:?}");
    assert!(
        found.contains(&"bimi.dmarc-not-enforced".to_string()),
        "p=none"
    );
}

#[test]
fn text_output_and_exit_codes() {
    let zone = data("example.zone");
    let out = headerscope(&["domain", "example.com", "--zone", &zone, "--offline"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for part in [
        "MTA-STS",
        "TLS-RPT",
        "DANE _25._tcp.mx1.example.com",
        "BIMI",
        "DNSSEC",
    ] {
        assert!(text.contains(part), "{part} missing:\n{text}");
    }
    let de = headerscope(&[
        "domain",
        "example.com",
        "--zone",
        &zone,
        "--offline",
        "--lang",
        "de",
    ]);
    assert!(String::from_utf8_lossy(&de.stdout).contains("Verwendung 3, DANE-EE"));
    let missing = headerscope(&["domain", "--offline"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("domain needs a DOMAIN"));
    let unreadable = headerscope(&[
        "domain",
        "example.com",
        "--offline",
        "--bimi-svg",
        "/nonexistent.svg",
    ]);
    assert_eq!(unreadable.status.code(), Some(2));
}

/// Through DoH from `doh-server --dnssec` (the AD bit on every answer, as a
/// validating resolver sets it for a signed zone), every part is validated
/// and DANE is usable; the DNS log keeps the AD bit per answer.
#[test]
fn dnssec_comes_from_the_resolvers_ad_bit() {
    use headerscope::builder::domain::{attach_documents, check_domain_with, Documents};
    use headerscope::dns::doh::{DohEndpoint, DohResolver};
    use headerscope::dns::zone::Zone;
    let zone_text = std::fs::read_to_string(data("example.zone")).expect("zone");
    let zone = Zone::parse(&zone_text, None).expect("zone parses");
    let opts = headerscope::dohd::ServerOptions::default().validated();
    let server = headerscope::dohd::spawn(zone, "127.0.0.1:0", opts).expect("server");
    let endpoint =
        DohEndpoint::custom(&format!("http://{}/dns-query", server.addr)).expect("endpoint");
    let resolver = DohResolver::new(endpoint).with_timeout_ms(5000);
    let mut check = futures::executor::block_on(check_domain_with(
        &resolver,
        "example.com",
        &["default".to_string()],
    ));
    attach_documents(&mut check, &Documents::default(), false);
    assert!(
        check.dns.iter().all(|q| q.dnssec == Some(true)),
        "{:?}",
        check.dns
    );
    assert!(!check.dnssec.is_empty());
    assert!(
        check.dnssec.iter().all(|v| v.validated),
        "{:?}",
        check.dnssec
    );
    let mx1 = &check.dane[0];
    assert!(mx1.validated);
    assert!(!mx1.findings.iter().any(|f| f.code == "dane.not-validated"));
    server.stop();
}

/// The mark certificate (made by tests/data/domain/make-vmc.py to the
/// shape of a VMC): chain order and RSA signatures, validity, the BIMI EKU,
/// the domain among its names, and its logo against the SVG served.
#[test]
fn the_mark_certificate_and_its_logo() {
    let cert = data("vmc-chain.pem");
    let good = data("logo-tiny-ps.svg");
    let v = offline("example.com", &["--bimi-svg", &good, "--bimi-cert", &cert]);
    let vmc = &v["bimi"]["vmc"];
    assert_eq!(vmc["certificates"].as_array().map(Vec::len), Some(3));
    assert_eq!(vmc["certificates"][0]["subject"], "Example Company");
    assert_eq!(vmc["certificates"][0]["bimi_usage"], true);
    assert_eq!(vmc["certificates"][0]["names"][0], "example.com");
    assert_eq!(vmc["logo_matches"], true);
    let found = codes(&vmc["findings"]);
    assert!(found.contains(&"vmc.logo-matches".to_string()), "{found:?}");
    for bad in [
        "vmc.signature",
        "vmc.chain-order",
        "vmc.expired",
        "vmc.no-bimi-usage",
        "vmc.domain-not-named",
    ] {
        assert!(!found.contains(&bad.to_string()), "{bad}: {found:?}");
    }

    // Another logo served than the one certified; another domain.
    let other = data("logo-script.svg");
    let v = offline("example.org", &["--bimi-svg", &other, "--bimi-cert", &cert]);
    let found = codes(&v["bimi"]["vmc"]["findings"]);
    assert!(found.contains(&"vmc.logo-differs".to_string()), "{found:?}");
    assert!(found.contains(&"vmc.domain-not-named".to_string()));

    // A tampered signature: one byte of the leaf's signature flipped.
    let pem = std::fs::read_to_string(&cert).expect("pem");
    let tampered = flip_leaf_signature(&pem);
    let path = std::env::temp_dir().join(format!("hs-vmc-{}.pem", std::process::id()));
    std::fs::write(&path, tampered).expect("write");
    let path = path.display().to_string();
    let v = offline("example.com", &["--bimi-cert", &path]);
    let found = codes(&v["bimi"]["vmc"]["findings"]);
    assert!(found.contains(&"vmc.signature".to_string()), "{found:?}");

    // Not a certificate at all.
    let v = offline("example.com", &["--bimi-cert", &good]);
    assert!(codes(&v["bimi"]["vmc"]["findings"]).contains(&"vmc.no-certificate".to_string()));
}

fn flip_leaf_signature(pem: &str) -> String {
    use base64::Engine;
    let engine = base64::engine::general_purpose::STANDARD;
    let begin = "-----BEGIN CERTIFICATE-----";
    let end = "-----END CERTIFICATE-----";
    let start = pem.find(begin).expect("begin") + begin.len();
    let stop = pem.find(end).expect("end");
    let body: String = pem[start..stop]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut der = engine.decode(body).expect("base64");
    let last = der.len() - 1;
    der[last] ^= 0x01;
    format!("{begin}\n{}\n{}", engine.encode(der), &pem[stop..])
}

/// In `check`, the summary names the DKIM keys and DMARC policies a
/// resolver gave without the AD bit, and says nothing when it validated
/// them (or when no resolver was asked: offline records).
#[test]
fn the_check_summary_names_keys_and_policies_dnssec_did_not_validate() {
    use headerscope::dns::doh::{DohEndpoint, DohResolver};
    use headerscope::dns::zone::{Zone, ZoneResolver};
    use headerscope::i18n::text::Key;
    use headerscope::i18n::Msg;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let raw = std::fs::read(root.join("basic.eml")).expect("message");
    let zone_text = std::fs::read_to_string(root.join("basic.zone")).expect("zone");
    let options = headerscope::Options {
        now: Some(1_795_428_000),
        ..Default::default()
    };
    let names_unvalidated = |report: &headerscope::report::Report| {
        report
            .summary
            .iter()
            .find(|i| i.text.key() == Some(Key::App(Msg::SumDnssecUnvalidated)))
            .map(|i| i.text.en())
    };
    for validated in [false, true] {
        let zone = Zone::parse(&zone_text, None).expect("zone");
        let mut opts = headerscope::dohd::ServerOptions::default();
        if validated {
            opts = opts.validated();
        }
        let server = headerscope::dohd::spawn(zone, "127.0.0.1:0", opts).expect("server");
        let endpoint =
            DohEndpoint::custom(&format!("http://{}/dns-query", server.addr)).expect("url");
        let resolver = DohResolver::new(endpoint).with_timeout_ms(5000);
        let report = futures::executor::block_on(headerscope::inspect(&raw, &options, &resolver))
            .expect("inspects");
        server.stop();
        match (validated, names_unvalidated(&report)) {
            (false, Some(text)) => assert!(text.contains("_dmarc.example.org"), "{text}"),
            (false, None) => panic!("no DNSSEC item without the AD bit"),
            (true, found) => assert!(found.is_none(), "{found:?}"),
        }
    }
    let offline = ZoneResolver::offline(Zone::parse(&zone_text, None).expect("zone"));
    let report = futures::executor::block_on(headerscope::inspect(&raw, &options, &offline))
        .expect("inspects");
    assert!(
        names_unvalidated(&report).is_none(),
        "offline records are no resolver's answer"
    );
}

/// A TXT lookup that fails (SERVFAIL) says so, for BIMI and MTA-STS alike,
/// rather than "no record".
#[test]
fn a_failed_bimi_lookup_is_not_a_missing_record() {
    use headerscope::builder::domain::check_domain;
    use headerscope::dns::servfail::{ServFail, ServFailRule};
    use headerscope::dns::zone::{Zone, ZoneResolver};
    let zone_text = std::fs::read_to_string(data("example.zone")).expect("zone");
    let resolver = ServFail {
        inner: ZoneResolver::offline(Zone::parse(&zone_text, None).expect("zone")),
        rules: vec![
            ServFailRule::parse("default._bimi.example.com").expect("rule"),
            ServFailRule::parse("_mta-sts.example.com").expect("rule"),
        ],
    };
    let check = futures::executor::block_on(check_domain(&resolver, "example.com", &[]));
    let found: Vec<&str> = check
        .bimi
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect();
    assert_eq!(found, vec!["txt.dns-error"]);
    assert!(check.bimi.record.is_none());
    let mta: Vec<&str> = check
        .mta_sts
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect();
    assert!(mta.contains(&"txt.dns-error"), "{mta:?}");
    assert!(!mta.contains(&"mta-sts.none"), "{mta:?}");
}
