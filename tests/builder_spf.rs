//! SPF builder and linter: every finding with a record that triggers it and
//! one that does not, and the live include walker over a zone.

mod dns_support;
use dns_support::FailingName;
use futures::executor::block_on;
use headerscope::builder::spf::{self, Qualifier, SpfForm};
use headerscope::builder::{has_finding, Finding};
use headerscope::dns::zone::{Zone, ZoneResolver};

fn codes(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|x| x.code.as_str()).collect()
}

const CLEAN: &str = "v=spf1 mx ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.net -all";

/// (code, record that triggers it, record that does not)
const STATIC_CASES: &[(&str, &str, &str)] = &[
    ("spf.no-version", "v=spf2 mx -all", "v=spf1 mx -all"),
    (
        "spf.ip-typo",
        "v=spf1 ipv4:192.0.2.1 -all",
        "v=spf1 ip4:192.0.2.1 -all",
    ),
    (
        "spf.ip-typo",
        "v=spf1 ~ipv6:2001:db8::1 -all",
        "v=spf1 ip6:2001:db8::1 -all",
    ),
    ("spf.pass-all", "v=spf1 mx +all", "v=spf1 mx -all"),
    ("spf.pass-all", "v=spf1 mx all", "v=spf1 mx ~all"),
    ("spf.neutral-all", "v=spf1 mx ?all", "v=spf1 mx -all"),
    ("spf.ptr", "v=spf1 ptr -all", "v=spf1 a -all"),
    (
        "spf.bad-ip",
        "v=spf1 ip4:192.0.2.300 -all",
        "v=spf1 ip4:192.0.2.30 -all",
    ),
    (
        "spf.bad-ip",
        "v=spf1 ip4:192.0.2.0/33 -all",
        "v=spf1 ip4:192.0.2.0/32 -all",
    ),
    (
        "spf.bad-ip",
        "v=spf1 ip4:2001:db8::1 -all",
        "v=spf1 ip6:2001:db8::1 -all",
    ),
    (
        "spf.bad-domain",
        "v=spf1 include:localhost -all",
        "v=spf1 include:_spf.example.net -all",
    ),
    (
        "spf.syntax",
        "v=spf1 include -all",
        "v=spf1 include:example.net -all",
    ),
    // A second `v=spf1` is an unknown modifier to the evaluator (RFC 7208
    // §4.6.1, §6), so advice, not a syntax error: the record still works.
    (
        "spf.run-together",
        "v=spf1 mx -all v=spf1 a",
        "v=spf1 mx a -all",
    ),
    (
        "spf.unknown-mechanism",
        "v=spf1 mx inclde:example.net -all",
        "v=spf1 mx include:example.net -all",
    ),
    (
        "spf.unknown-modifier",
        "v=spf1 mx foo=bar -all",
        "v=spf1 mx -all",
    ),
    (
        "spf.duplicate-modifier",
        "v=spf1 redirect=a.example redirect=b.example",
        "v=spf1 redirect=a.example",
    ),
    (
        "spf.redirect-with-all",
        "v=spf1 mx redirect=_spf.example.net -all",
        "v=spf1 mx redirect=_spf.example.net",
    ),
    ("spf.after-all", "v=spf1 -all mx", "v=spf1 mx -all"),
    ("spf.no-all", "v=spf1 mx", "v=spf1 mx -all"),
];

#[test]
fn every_static_finding_triggers_and_does_not() {
    for (code, bad, good) in STATIC_CASES {
        let f = spf::lint_text(bad);
        assert!(
            has_finding(&f, code),
            "{code}: {bad:?} gave {:?}",
            codes(&f)
        );
        let g = spf::lint_text(good);
        assert!(
            !has_finding(&g, code),
            "{code}: {good:?} gave {:?}",
            codes(&g)
        );
    }
    assert!(
        spf::lint_text(CLEAN).is_empty(),
        "{:?}",
        spf::lint_text(CLEAN)
    );
}

#[test]
fn ip_typo_fix_is_spelled_out() {
    let f = spf::lint_text("v=spf1 ipv4:192.0.2.0/24 -all");
    let fix = f
        .iter()
        .find(|x| x.code == "spf.ip-typo")
        .and_then(|x| x.fix.clone());
    assert_eq!(
        fix.map(|t| t.en()).as_deref(),
        Some("write \"ip4:192.0.2.0/24\"")
    );
    let f = spf::lint_text("v=spf1 -ipv6:2001:db8::/32 -all");
    let fix = f
        .iter()
        .find(|x| x.code == "spf.ip-typo")
        .and_then(|x| x.fix.clone());
    assert_eq!(
        fix.map(|t| t.en()).as_deref(),
        Some("write \"-ip6:2001:db8::/32\"")
    );
}

#[test]
fn too_long_record() {
    let long = format!(
        "v=spf1 {} -all",
        (0..40)
            .map(|i| format!("ip4:198.51.100.{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    assert!(long.len() > 512);
    assert!(has_finding(&spf::lint_text(&long), "spf.too-long"));
    assert!(!has_finding(&spf::lint_text(CLEAN), "spf.too-long"));
}

#[test]
fn string_longer_than_255_must_be_split() {
    let long = format!(
        "v=spf1 {} -all",
        (0..20)
            .map(|i| format!("ip4:198.51.100.{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    assert!(long.len() > 255 && long.len() < 512);
    let f = spf::lint_typed(&long);
    let finding = f
        .iter()
        .find(|x| x.code == "spf.string-too-long")
        .expect("finding");
    let fix = finding.fix.clone().unwrap_or_default();
    // The suggested zone value re-joins to the same record.
    let fix = fix.en();
    let value = fix.trim_start_matches("publish it split into strings: ");
    let strings = headerscope::builder::parse_typed_strings(value);
    assert!(strings.len() == 2 && strings.iter().all(|s| s.len() <= 255));
    assert_eq!(strings.concat(), long);
    // Typed already split: no finding.
    let split = headerscope::builder::zone_quote(&headerscope::builder::split_strings(&long, 255));
    assert!(!has_finding(
        &spf::lint_typed(&split),
        "spf.string-too-long"
    ));
}

#[test]
fn spf_in_same_rr_as_other_text() {
    let bad = vec![vec![
        "v=spf1 mx -all".to_string(),
        "google-site-verification=abc123".to_string(),
    ]];
    assert!(has_finding(&spf::lint_rrset(&bad, &[]), "spf.mixed-rr"));
    let typed = "\"v=spf1 mx -all\" \"google-site-verification=abc123\"";
    assert!(has_finding(&spf::lint_typed(typed), "spf.mixed-rr"));
    // A record legitimately split over strings, and separate RRs, are fine.
    let good = vec![
        vec![
            "v=spf1 ip4:192.0.2.0/24 ".to_string(),
            "include:_spf.example.net -all".to_string(),
        ],
        vec!["google-site-verification=abc123".to_string()],
    ];
    assert!(!has_finding(&spf::lint_rrset(&good, &[]), "spf.mixed-rr"));
}

#[test]
fn rrset_findings() {
    let two = vec![
        vec!["v=spf1 mx -all".to_string()],
        vec!["v=spf1 a -all".to_string()],
    ];
    assert!(has_finding(
        &spf::lint_rrset(&two, &[]),
        "spf.multiple-records"
    ));
    let one = vec![
        vec!["v=spf1 mx -all".to_string()],
        vec!["other=1".to_string()],
    ];
    assert!(!has_finding(
        &spf::lint_rrset(&one, &[]),
        "spf.multiple-records"
    ));

    let t99 = vec![vec!["v=spf1 mx -all".to_string()]];
    let f = spf::lint_rrset(&one, &t99);
    assert!(has_finding(&f, "spf.spf-rrtype") && !has_finding(&f, "spf.only-spf-rrtype"));
    let f = spf::lint_rrset(&[], &t99);
    assert!(has_finding(&f, "spf.only-spf-rrtype"));
    assert!(!has_finding(&spf::lint_rrset(&one, &[]), "spf.spf-rrtype"));
}

#[test]
fn builder_writes_records() {
    let form = SpfForm {
        mx: true,
        a: false,
        ip4: vec!["192.0.2.0/24".into()],
        ip6: vec!["2001:db8::/32".into()],
        includes: vec!["_spf.example.net".into()],
        all: Some(Qualifier::Fail),
        redirect: None,
    };
    let b = spf::build(&form);
    assert_eq!(b.record, CLEAN);
    assert!(b.findings.is_empty(), "{:?}", b.findings);
    assert_eq!(b.zone_value, format!("\"{CLEAN}\""));

    let bad = SpfForm {
        ip4: vec!["192.0.2.0/40".into(), "2001:db8::1".into()],
        includes: vec!["nodot".into()],
        all: Some(Qualifier::SoftFail),
        redirect: Some("_spf.example.net".into()),
        ..Default::default()
    };
    let b = spf::build(&bad);
    assert_eq!(b.record, "v=spf1 ~all");
    let c = codes(&b.findings);
    assert_eq!(c.iter().filter(|x| **x == "spf.form-bad-ip").count(), 2);
    assert!(c.contains(&"spf.form-bad-domain") && c.contains(&"spf.form-redirect-dropped"));

    let redirect = SpfForm {
        redirect: Some("_spf.example.net".into()),
        ..Default::default()
    };
    let b = spf::build(&redirect);
    assert_eq!(b.record, "v=spf1 redirect=_spf.example.net");
    assert!(b.findings.is_empty(), "{:?}", b.findings);
}

const ZONE: &str = r#"
$ORIGIN example.com.
@            300 TXT "v=spf1 mx a:out.example.com include:_spf.example.net include:esp.example.org -all"
@            300 TXT "google-site-verification=xyz"
@            300 MX 10 mx1
mx1          300 A 192.0.2.25
mx1          300 AAAA 2001:db8::25
out          300 A 192.0.2.26
_spf.example.net.  300 TXT "v=spf1 ip4:198.51.100.0/24 include:_spf2.example.net ~all"
_spf2.example.net. 300 TXT "v=spf1 ip6:2001:db8:100::/48 ip4:203.0.113.0/25 -all"
esp.example.org.   300 TXT "v=spf1 ip4:203.0.113.128/25 -all"

big.example.     300 TXT "v=spf1 include:i1.example include:i2.example include:i3.example include:i4.example include:i5.example include:i6.example -all"
i1.example.      300 TXT "v=spf1 a:h1.example a:h2.example -all"
h1.example.      300 A 192.0.2.1
h2.example.      300 A 192.0.2.2
i2.example.      300 TXT "v=spf1 ip4:192.0.2.0/28 -all"
i3.example.      300 TXT "v=spf1 ip4:192.0.2.16/28 -all"
i4.example.      300 TXT "v=spf1 ip4:192.0.2.32/28 -all"
i5.example.      300 TXT "v=spf1 ip4:192.0.2.48/28 -all"
i6.example.      300 TXT "v=spf1 include:i1.example -all"

missing.example. 300 TXT "v=spf1 include:nonexistent.example include:nospf.example -all"
nospf.example.   300 TXT "hello"

voids.example.   300 TXT "v=spf1 a:v1.example a:v2.example mx:v3.example exists:v4.example -all"
v1.example.      300 TXT "x"
v2.example.      300 TXT "x"
v3.example.      300 TXT "x"

loop.example.    300 TXT "v=spf1 include:loop2.example -all"
loop2.example.   300 TXT "v=spf1 include:loop.example -all"

two.example.     300 TXT "v=spf1 mx -all"
two.example.     300 TXT "v=spf1 a -all"
two.example.     300 SPF "v=spf1 a -all"

redir.example.   300 TXT "v=spf1 redirect=_spf.example.net"
"#;

fn resolver() -> ZoneResolver {
    ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"))
}

#[test]
fn live_walk_counts_lookups_and_ranges() {
    let r = resolver();
    let l = block_on(spf::lint_domain(&r, "example.com"));
    assert_eq!(
        l.record.as_deref(),
        Some("v=spf1 mx a:out.example.com include:_spf.example.net include:esp.example.org -all")
    );
    // mx, a, include, include at the top; one include below _spf.example.net.
    assert_eq!(l.tree.lookups_here, 4);
    assert_eq!(l.lookups, 5);
    assert_eq!(l.void_lookups, 0);
    assert!(l.findings.is_empty(), "{:?}", codes(&l.findings));
    assert_eq!(l.tree.ip4, ["192.0.2.25", "192.0.2.26"]);
    assert_eq!(l.tree.ip6, ["2001:db8::25"]);
    let net = l
        .tree
        .children
        .iter()
        .find(|c| c.domain == "_spf.example.net")
        .expect("child");
    assert_eq!(net.via, "include:_spf.example.net");
    assert_eq!(net.ip4, ["198.51.100.0/24"]);
    assert_eq!(net.lookups_total, 1);
    assert_eq!(net.children[0].ip6, ["2001:db8:100::/48"]);
    // 2 (mx, a) + 256 + 128 + 128 addresses.
    assert_eq!(l.tree.ipv4_addresses_total, 2 + 256 + 128 + 128);
    // The separate site-verification RR is no problem.
    assert!(!has_finding(&l.findings, "spf.mixed-rr"));
    // Every lookup is in the log.
    let names: Vec<String> = l
        .dns
        .iter()
        .map(|q| format!("{} {}", q.name, q.rtype))
        .collect();
    for n in [
        "example.com TXT",
        "example.com SPF",
        "example.com MX",
        "mx1.example.com A",
        "out.example.com AAAA",
        "_spf2.example.net TXT",
        "esp.example.org TXT",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} not in {names:?}");
    }
}

#[test]
fn too_many_lookups_and_near_limit() {
    let r = resolver();
    let l = block_on(spf::lint_domain(&r, "big.example"));
    // 6 includes + 2 (i1) + 1+2 (i6 → i1) = 11.
    assert_eq!(l.lookups, 11);
    assert!(
        has_finding(&l.findings, "spf.too-many-lookups"),
        "{:?}",
        codes(&l.findings)
    );
    let l = block_on(spf::lint_domain(&r, "example.com"));
    assert!(!has_finding(&l.findings, "spf.too-many-lookups"));
    assert!(!has_finding(&l.findings, "spf.near-lookup-limit"));
    let l = block_on(spf::lint_record(&r, "big.example", "v=spf1 include:i1.example include:i6.example include:i2.example include:i3.example include:i4.example -all"));
    assert_eq!(l.lookups, 10);
    assert!(
        has_finding(&l.findings, "spf.near-lookup-limit")
            && !has_finding(&l.findings, "spf.too-many-lookups")
    );
}

#[test]
fn missing_includes() {
    let r = resolver();
    let l = block_on(spf::lint_domain(&r, "missing.example"));
    let missing: Vec<&Finding> = l
        .findings
        .iter()
        .filter(|f| f.code == "spf.include-missing")
        .collect();
    assert_eq!(missing.len(), 2, "{:?}", codes(&l.findings));
    assert!(missing.iter().any(|f| f.message.en().contains("NXDOMAIN")));
    assert!(!has_finding(
        &block_on(spf::lint_domain(&r, "example.com")).findings,
        "spf.include-missing"
    ));
}

#[test]
fn void_lookups() {
    let r = resolver();
    let l = block_on(spf::lint_domain(&r, "voids.example"));
    assert_eq!(l.void_lookups, 4);
    assert!(has_finding(&l.findings, "spf.too-many-voids"));
    let l = block_on(spf::lint_record(
        &r,
        "voids.example",
        "v=spf1 a:v1.example a:v2.example -all",
    ));
    assert_eq!(l.void_lookups, 2);
    assert!(!has_finding(&l.findings, "spf.too-many-voids"));
}

#[test]
fn loops_multiple_and_obsolete_type_live() {
    let r = resolver();
    let l = block_on(spf::lint_domain(&r, "loop.example"));
    assert!(has_finding(&l.findings, "spf.loop"));
    let l = block_on(spf::lint_domain(&r, "two.example"));
    assert!(has_finding(&l.findings, "spf.multiple-records"));
    assert!(has_finding(&l.findings, "spf.spf-rrtype"));
    let l = block_on(spf::lint_domain(&r, "nospf.example"));
    assert!(has_finding(&l.findings, "spf.none"));
    assert!(!has_finding(
        &block_on(spf::lint_domain(&r, "example.com")).findings,
        "spf.none"
    ));
}

#[test]
fn redirect_is_followed() {
    let r = resolver();
    let l = block_on(spf::lint_domain(&r, "redir.example"));
    assert_eq!(l.lookups, 2);
    assert_eq!(l.tree.children[0].via, "redirect=_spf.example.net");
    assert!(l.findings.is_empty(), "{:?}", codes(&l.findings));
}

#[test]
fn dns_errors_are_findings() {
    let r = FailingName::timeout(resolver(), "_spf.example.net");
    let l = block_on(spf::lint_domain(&r, "example.com"));
    assert!(has_finding(&l.findings, "spf.include-dns-error"));
    let r = FailingName::timeout(resolver(), "example.com");
    let l = block_on(spf::lint_domain(&r, "example.com"));
    assert!(has_finding(&l.findings, "spf.dns-error"));
    assert!(!has_finding(
        &block_on(spf::lint_domain(&resolver(), "example.com")).findings,
        "spf.dns-error"
    ));
}
