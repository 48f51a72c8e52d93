//! DMARC builder and linter: every finding triggered and not, the external
//! destination check over a zone.

use futures::executor::block_on;
use headerscope::builder::dmarc::{self, AlignmentMode, DmarcForm, Policy, Psd};
use headerscope::builder::{has_finding, Finding};
use headerscope::dns::zone::{Zone, ZoneResolver};

fn codes(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|x| x.code.as_str()).collect()
}

const GOOD: &str = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com";

const CASES: &[(&str, &str)] = &[
    ("dmarc.no-version", "p=reject; v=DMARC1"),
    ("dmarc.no-version", "v=dmarc1; p=reject"),
    (
        "dmarc.syntax",
        "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; garbage",
    ),
    (
        "dmarc.duplicate-tag",
        "v=DMARC1; p=reject; p=none; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=block; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; adkim=x; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; pct=150; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; fo=2; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; ri=daily; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; rf=iodef; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; t=yes; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.bad-value",
        "v=DMARC1; p=reject; psd=x; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.pct-partial",
        "v=DMARC1; p=reject; pct=50; rua=mailto:dmarc@example.com",
    ),
    ("dmarc.bad-uri", "v=DMARC1; p=reject; rua=dmarc@example.com"),
    (
        "dmarc.bad-uri",
        "v=DMARC1; p=reject; rua=https://example.com/r",
    ),
    (
        "dmarc.bad-uri",
        "v=DMARC1; p=reject; rua=mailto:dmarc@example.com!big",
    ),
    (
        "dmarc.unknown-tag",
        "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; foo=1",
    ),
    ("dmarc.no-p", "v=DMARC1; rua=mailto:dmarc@example.com"),
    (
        "dmarc.p-none",
        "v=DMARC1; p=none; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.sp-weaker",
        "v=DMARC1; p=reject; sp=none; rua=mailto:dmarc@example.com",
    ),
    ("dmarc.no-rua", "v=DMARC1; p=reject"),
    (
        "dmarc.fo-without-ruf",
        "v=DMARC1; p=reject; fo=1; rua=mailto:dmarc@example.com",
    ),
    (
        "dmarc.ruf",
        "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; ruf=mailto:f@example.com",
    ),
];

#[test]
fn every_finding_triggers_and_does_not() {
    for (code, bad) in CASES {
        let f = dmarc::lint_text("example.com", bad);
        assert!(has_finding(&f, code), "{code}: {bad} → {:?}", codes(&f));
    }
    assert!(
        dmarc::lint_text("example.com", GOOD).is_empty(),
        "{:?}",
        dmarc::lint_text("example.com", GOOD)
    );
    let all_valid = "v=DMARC1; p=quarantine; sp=reject; np=reject; adkim=s; aspf=r; pct=100; rua=mailto:a@example.com!10m,mailto:b@example.com; ri=3600; t=n; psd=n";
    assert!(
        dmarc::lint_text("example.com", all_valid).is_empty(),
        "{:?}",
        dmarc::lint_text("example.com", all_valid)
    );
}

#[test]
fn builder_writes_every_tag() {
    let form = DmarcForm {
        p: Policy::Quarantine,
        sp: Some(Policy::Reject),
        np: Some(Policy::Reject),
        adkim: Some(AlignmentMode::Strict),
        aspf: Some(AlignmentMode::Relaxed),
        pct: Some(100),
        rua: vec![
            "dmarc@example.com".into(),
            "mailto:agg@reports.example.net".into(),
        ],
        ruf: vec!["forensic@example.com".into()],
        fo: vec!["1".into(), "d".into()],
        rf: Some("afrf".into()),
        ri: Some(86400),
        t: Some(false),
        psd: Some(Psd::N),
    };
    let b = dmarc::build(&form, Some("Example.com"));
    assert_eq!(b.record, "v=DMARC1; p=quarantine; sp=reject; np=reject; adkim=s; aspf=r; pct=100; rua=mailto:dmarc@example.com,mailto:agg@reports.example.net; ruf=mailto:forensic@example.com; fo=1:d; rf=afrf; ri=86400; t=n; psd=n");
    assert_eq!(b.name.as_deref(), Some("_dmarc.example.com"));
    assert_eq!(codes(&b.findings), ["dmarc.ruf"]);
    let minimal = dmarc::build(&DmarcForm::default(), None);
    assert_eq!(minimal.record, "v=DMARC1; p=none");
    assert!(
        has_finding(&minimal.findings, "dmarc.no-rua")
            && has_finding(&minimal.findings, "dmarc.p-none")
    );
    // Every tag the builder writes has help text.
    let help = dmarc::tag_help();
    for tag in [
        "v", "p", "sp", "np", "adkim", "aspf", "pct", "rua", "ruf", "fo", "rf", "ri", "t", "psd",
    ] {
        assert!(
            help.iter().any(|h| h.tag == tag && !h.help.is_empty()),
            "{tag}"
        );
    }
}

const ZONE: &str = r#"
_dmarc.example.com.  300 TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com,mailto:agg@reports.example.net,mailto:x@unauth.example.org"
example.com._report._dmarc.reports.example.net. 300 TXT "v=DMARC1"
_dmarc.two.example.  300 TXT "v=DMARC1; p=none"
_dmarc.two.example.  300 TXT "v=DMARC1; p=reject"
"#;

#[test]
fn external_destinations_checked_live() {
    let r = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"));
    let l = block_on(dmarc::lint_domain(&r, "example.com"));
    assert_eq!(l.external.len(), 2, "{:?}", l.external);
    let net = l
        .external
        .iter()
        .find(|e| e.destination == "reports.example.net")
        .expect("net");
    assert!(net.authorized);
    assert_eq!(
        net.query_name,
        "example.com._report._dmarc.reports.example.net"
    );
    let org = l
        .external
        .iter()
        .find(|e| e.destination == "unauth.example.org")
        .expect("org");
    assert!(!org.authorized);
    let bad: Vec<&Finding> = l
        .findings
        .iter()
        .filter(|f| f.code == "dmarc.external-unauthorized")
        .collect();
    assert_eq!(bad.len(), 1);
    assert!(bad[0].message.en().contains("unauth.example.org"));
    assert!(l
        .dns
        .iter()
        .any(|q| q.name == "example.com._report._dmarc.unauth.example.org"));

    // A destination inside the domain needs no authorization.
    let l = block_on(dmarc::lint_record(&r, "example.com", GOOD));
    assert!(l.external.is_empty() && !has_finding(&l.findings, "dmarc.external-unauthorized"));
}

#[test]
fn domain_level_findings() {
    let r = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"));
    assert!(has_finding(
        &block_on(dmarc::lint_domain(&r, "two.example")).findings,
        "dmarc.multiple-records"
    ));
    assert!(!has_finding(
        &block_on(dmarc::lint_domain(&r, "example.com")).findings,
        "dmarc.multiple-records"
    ));
    assert!(has_finding(
        &block_on(dmarc::lint_domain(&r, "nothing.example")).findings,
        "dmarc.none"
    ));
    let sub = block_on(dmarc::lint_domain(&r, "mail.example.com"));
    assert_eq!(sub.inherited_from.as_deref(), Some("example.com"));
    assert!(
        has_finding(&sub.findings, "dmarc.inherited") && !has_finding(&sub.findings, "dmarc.none")
    );
}

/// The organizational domain comes from the Public Suffix List (RFC 7489 §3.2),
/// not from a label count: two github.io sites are different organizations,
/// and a kyoto.jp name inherits from its registrable domain.
#[test]
fn organizational_domain_follows_the_public_suffix_list() {
    let zone = r#"
_dmarc.foo.github.io.  300 TXT "v=DMARC1; p=reject; rua=mailto:d@foo.github.io,mailto:agg@bar.github.io"
_dmarc.example.kyoto.jp. 300 TXT "v=DMARC1; p=quarantine"
"#;
    let r = ZoneResolver::offline(Zone::parse(zone, None).expect("zone"));
    let l = block_on(dmarc::lint_domain(&r, "foo.github.io"));
    let dests: Vec<&str> = l.external.iter().map(|e| e.destination.as_str()).collect();
    assert_eq!(dests, vec!["bar.github.io"]);
    assert!(has_finding(&l.findings, "dmarc.external-unauthorized"));
    let sub = block_on(dmarc::lint_domain(&r, "mail.example.kyoto.jp"));
    assert_eq!(sub.inherited_from.as_deref(), Some("example.kyoto.jp"));
    assert!(!has_finding(&sub.findings, "dmarc.none"));
}
