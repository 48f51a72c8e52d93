//! The DMARC linter (builder) and the evaluation (inspection) read a record
//! with the same parser, so they give the same answer about it. Each case
//! here is one where they used to disagree.

mod dmarc_support;
mod dns_support;
use dmarc_support::{run, spf};
use dns_support::FailingName;
use futures::executor::block_on;
use headerscope::auth::dmarc::parse_record;
use headerscope::builder::dmarc as lint;
use headerscope::builder::has_finding;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::AuthResult;

const ZONE: &str = r#"
$ORIGIN test.
$TTL 300
_dmarc.lower.example.        TXT "v=dmarc1; p=reject"
_dmarc.ext.example.          TXT "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net"
_dmarc.lowerauth.example.    TXT "v=DMARC1; p=reject; rua=mailto:agg@reports.example.org"
lowerauth.example._report._dmarc.reports.example.org. TXT "v=dmarc1"
"#;

fn zone() -> ZoneResolver {
    ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"))
}

/// `v=dmarc1` is no DMARC record (RFC 7489 §6.3: the value "MUST match
/// precisely"). The linter used to take it as the domain's record (and then
/// call it versionless) while the evaluation found no policy at all.
#[test]
fn a_lowercase_version_is_no_record_for_either() {
    let r = run(
        &zone(),
        &["lower.example"],
        &spf(AuthResult::Pass, "lower.example"),
        &[],
    );
    assert_eq!(r.result, AuthResult::None);
    assert_eq!(r.record_domain, None);
    let l = block_on(lint::lint_domain(&zone(), "lower.example"));
    assert_eq!(l.record, None);
    assert!(has_finding(&l.findings, "dmarc.none"), "{:?}", l.findings);
}

/// A `_report._dmarc` lookup that fails: RFC 7489 §7.1 step 4 lets a
/// receiver defer, so it is neither authorized nor refused. The linter used
/// to call it unauthorized (an error) while the inspection said unknown.
#[test]
fn a_failed_authorization_lookup_is_undetermined_for_both() {
    for servfail in [false, true] {
        let r = FailingName {
            zone: zone(),
            name: "ext.example._report._dmarc.reports.example.net",
            servfail,
        };
        let d = run(
            &r,
            &["ext.example"],
            &spf(AuthResult::Pass, "ext.example"),
            &[],
        );
        assert_eq!(d.report_authorization.len(), 1);
        assert_eq!(
            d.report_authorization[0].authorized, None,
            "servfail {servfail}"
        );
        let l = block_on(lint::lint_domain(&r, "ext.example"));
        assert_eq!(l.external.len(), 1);
        assert!(!l.external[0].authorized);
        assert!(
            !has_finding(&l.findings, "dmarc.external-unauthorized"),
            "{:?}",
            l.findings
        );
        assert!(has_finding(&l.findings, "dmarc.external-unknown"));
    }
}

/// An authorization record `v=dmarc1`: the linter lowercased it and said
/// authorized, the inspection said not. The one test says not.
#[test]
fn a_lowercase_authorization_record_authorizes_neither() {
    let d = run(
        &zone(),
        &["lowerauth.example"],
        &spf(AuthResult::Pass, "lowerauth.example"),
        &[],
    );
    assert_eq!(d.report_authorization[0].authorized, Some(false));
    let l = block_on(lint::lint_domain(&zone(), "lowerauth.example"));
    assert!(!l.external[0].authorized);
    assert!(has_finding(&l.findings, "dmarc.external-unauthorized"));
}

/// Tag values are case-insensitive where the evaluation reads them so
/// (`adkim=S` is strict): the linter used to call them bad values.
#[test]
fn uppercase_values_the_evaluation_accepts_are_no_lint_error() {
    let rec = "v=DMARC1; p=Reject; adkim=S; aspf=S; t=Y; psd=N; rua=mailto:d@example.com";
    let parsed = parse_record(rec);
    assert!(parsed.adkim_strict && parsed.aspf_strict && parsed.testing);
    assert_eq!(parsed.psd, Some(false));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let findings = lint::lint_text("example.com", rec);
    assert!(!has_finding(&findings, "dmarc.bad-value"), "{:?}", findings);
}

/// An invalid `sp=`: the evaluation marks the policy invalid (RFC 9989
/// §4.10.1) and the linter reports that very tag, and nothing else as bad.
#[test]
fn an_invalid_sp_is_invalid_for_both() {
    let rec = "v=DMARC1; p=reject; sp=bogus; rua=mailto:d@example.com";
    let parsed = parse_record(rec);
    assert_eq!(parsed.invalid_policy, vec!["sp"]);
    let bad: Vec<_> = lint::lint_text("example.com", rec)
        .into_iter()
        .filter(|f| f.code == "dmarc.bad-value")
        .collect();
    assert_eq!(bad.len(), 1);
    assert!(bad[0].message.en().contains("sp=bogus") || bad[0].message.en().contains("bogus"));
}

/// One policy type: the builder's is the evaluation's.
#[test]
fn one_policy_type() {
    let p: headerscope::auth::dmarc::Policy = lint::Policy::Quarantine;
    assert_eq!(p.as_str(), "quarantine");
    assert_eq!(parse_record("v=DMARC1; p=quarantine").p, Some(p));
}

/// Records where the Public Suffix List (RFC 7489 §3.2) and the RFC 9989
/// DNS tree walk name different organizational domains, or where the
/// nearest record is not the one that applies.
const WALK_ZONE: &str = r#"
$TTL 300
_dmarc.example.com.             TXT "v=DMARC1; p=none; rua=mailto:d@example.com"
_dmarc.dept.example.com.        TXT "v=DMARC1; p=reject; psd=n; rua=mailto:d@example.com"
_dmarc.example.net.             TXT "v=DMARC1; p=quarantine; rua=mailto:d@example.net"
_dmarc.c.d.example.net.         TXT "v=DMARC1; p=reject; rua=mailto:d@example.net"
_dmarc.co.uk.                   TXT "v=DMARC1; p=reject; psd=y"
"#;

/// (domain, where both find the record, the policy that applies, the
/// RFC 7489 record the PSL view names)
const WALK_CASES: &[(&str, &str, &str, Option<&str>)] = &[
    // `psd=n` makes dept.example.com an organizational domain of its own;
    // the PSL says example.com (p=none), which the old linter showed.
    (
        "mail.dept.example.com",
        "dept.example.com",
        "reject",
        Some("example.com"),
    ),
    // Several labels below the organizational domain, with a record on
    // the way: the walk's organizational domain is the record with the
    // fewest labels, not the first one met.
    (
        "a.b.c.d.example.net",
        "example.net",
        "quarantine",
        Some("example.net"),
    ),
    // A public suffix with its own record (`psd=y`): it applies to a
    // registrable domain below it with none of its own; the PSL view found
    // no record at all.
    ("shop.co.uk", "co.uk", "reject", None),
];

#[test]
fn the_linter_names_the_record_the_evaluation_applies() {
    let r = ZoneResolver::offline(Zone::parse(WALK_ZONE, None).expect("zone"));
    for (domain, at, policy, psl_at) in WALK_CASES {
        let eval = run(&r, &[domain], &spf(AuthResult::Fail, domain), &[]);
        assert_eq!(
            eval.record_domain.as_deref(),
            Some(*at),
            "evaluation for {domain}"
        );
        assert_eq!(eval.rfc9989.policy.as_deref(), Some(*policy), "{domain}");
        let l = block_on(lint::lint_domain(&r, domain));
        assert_eq!(
            l.inherited_from.as_deref(),
            Some(*at),
            "linter for {domain}"
        );
        let record = l.record.as_deref().expect("record");
        assert_eq!(
            parse_record(record).p.map(|p| p.as_str()),
            Some(*policy),
            "{domain}: {record}"
        );
        assert!(has_finding(&l.findings, "dmarc.inherited"));
        assert!(!has_finding(&l.findings, "dmarc.none"), "{domain}");
        // The RFC 7489 comparison keeps the Public Suffix List's view.
        let rfc7489_at = eval
            .rfc7489
            .policy
            .as_ref()
            .map(|_| headerscope::auth::dmarc::psl_org_domain(domain));
        assert_eq!(rfc7489_at.as_deref(), *psl_at, "RFC 7489 for {domain}");
    }
}

/// The record inherited from a Public Suffix Domain is said to be one.
#[test]
fn a_public_suffix_domains_record_is_named_as_such() {
    let r = ZoneResolver::offline(Zone::parse(WALK_ZONE, None).expect("zone"));
    let l = block_on(lint::lint_domain(&r, "shop.co.uk"));
    let f = l
        .findings
        .iter()
        .find(|f| f.code == "dmarc.inherited")
        .expect("inherited");
    let en = f.message.en();
    assert!(en.contains("public suffix domain co.uk"), "{en}");
    assert!(en.contains("organizational domain shop.co.uk"), "{en}");
}
