//! DMARC evaluation under RFC 9989 and RFC 7489, with zone-backed discovery and
//! SPF/DKIM inputs built directly (the SPF and DKIM modules are tested elsewhere).

mod dmarc_support;
mod dns_support;
use dmarc_support::{dkim, run, spf};
use dns_support::FailingName;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::text::Text;
use headerscope::report::AuthResult;
use headerscope::trace::flatten;

const ZONE: &str = r#"
$ORIGIN test.
$TTL 300
_dmarc.example.com.            TXT "v=DMARC1; p=none; rua=mailto:agg@example.com"
_dmarc.shop.example.com.       TXT "v=DMARC1; p=reject; sp=quarantine"
news.shop.example.com.         A 192.0.2.1
_dmarc.corp.example.com.       TXT "v=DMARC1; p=quarantine; psd=n"
x.corp.example.com.            A 192.0.2.2
_dmarc.example.org.            TXT "v=DMARC1; p=none; sp=quarantine; np=reject"
www.example.org.               A 192.0.2.3
_dmarc.strict.example.         TXT "v=DMARC1; p=reject; aspf=s; adkim=s"
_dmarc.gov.example.            TXT "v=DMARC1; p=reject; psd=y"
mail.brand.gov.example.        A 192.0.2.4
_dmarc.testing.example.        TXT "v=DMARC1; p=reject; t=y; pct=20"
_dmarc.kernel-error.com.       TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@kernel-error.de; ruf=mailto:f@reports.example.net"
kernel-error.com._report._dmarc.kernel-error.de. TXT "v=DMARC1"
_dmarc.two.example.            TXT "v=DMARC1; p=reject"
_dmarc.two.example.            TXT "v=DMARC1; p=none"
"#;

fn zone() -> ZoneResolver {
    ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone parses"))
}

fn texts(t: &[headerscope::trace::Step]) -> String {
    flatten(t)
        .iter()
        .map(|s| s.text.en())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn policy_comes_from_the_organizational_domain_not_the_first_record_met() {
    // RFC 9989 §4.10.1: "The DMARC Policy Record to be applied to an email
    // message will be the record found at any of the following locations,
    // listed from highest preference to lowest: The Author Domain; The
    // Organizational Domain of the Author Domain; The Public Suffix Domain of
    // the Author Domain." The walk news.shop.example.com → shop.example.com
    // (a record, no psd) → example.com (a record) → com makes example.com the
    // organizational domain (§4.10.2: the record with the fewest labels), so
    // its p=none applies, not shop.example.com's sp=quarantine met first.
    let r = run(
        &zone(),
        &["news.shop.example.com"],
        &spf(AuthResult::SoftFail, "news.shop.example.com"),
        &[],
    );
    assert_eq!(r.result, AuthResult::Fail);
    assert_eq!(r.org_domain.as_deref(), Some("example.com"));
    assert_eq!(r.record_domain.as_deref(), Some("example.com"));
    assert_eq!(r.policy.as_deref(), Some("none"));
    assert!(
        r.disposition.en().starts_with("deliver normally"),
        "{:?}",
        r.disposition
    );
    // RFC 7489 reaches the same record by the Public Suffix List.
    assert_eq!(r.rfc7489.record_domain.as_deref(), Some("example.com"));
    assert_eq!(r.rfc7489.policy.as_deref(), Some("none"));
    assert!(r.differences.is_empty(), "{:?}", r.differences);
    // The walk's queries appear in the trace, longest name first, and the
    // intermediate record is said not to give the policy.
    let t = texts(&r.trace);
    assert!(
        t.contains("_dmarc.news.shop.example.com TXT: NXDOMAIN"),
        "{t}"
    );
    assert!(
        t.contains("the policy comes from the organizational domain's record _dmarc.example.com"),
        "{t}"
    );
    assert!(
        t.contains("_dmarc.shop.example.com has a DMARC record too, but it is neither"),
        "{t}"
    );
}

#[test]
fn psd_n_makes_a_different_organizational_domain() {
    // corp.example.com says psd=n: it is its own organizational domain under RFC 9989,
    // so d=example.com is not relaxed-aligned; the PSL says example.com, so RFC 7489 aligns.
    let r = run(
        &zone(),
        &["x.corp.example.com"],
        &spf(AuthResult::None, ""),
        &[dkim(AuthResult::Pass, "example.com")],
    );
    assert_eq!(r.org_domain.as_deref(), Some("corp.example.com"));
    assert_eq!(r.rfc7489.org_domain.as_deref(), Some("example.com"));
    assert_eq!(r.result, AuthResult::Fail);
    assert!(!r.dkim_aligned);
    assert_eq!(r.rfc7489.result, AuthResult::Pass);
    assert!(r.rfc7489.dkim_aligned);
    assert!(r.differences.iter().any(|d| d.en().starts_with("Result:")));
    assert!(r
        .differences
        .iter()
        .any(|d| d.en().starts_with("Organizational domain:")));
    let t = texts(&r.rfc9989.trace);
    assert!(t.contains("example.com's organizational domain example.com ≠ corp.example.com: not aligned (relaxed)"), "{t}");
}

#[test]
fn psd_y_puts_the_org_domain_one_label_below() {
    let r = run(
        &zone(),
        &["mail.brand.gov.example"],
        &spf(AuthResult::Pass, "brand.gov.example"),
        &[],
    );
    assert_eq!(r.org_domain.as_deref(), Some("brand.gov.example"));
    // Relaxed: brand.gov.example shares the org domain with mail.brand.gov.example.
    assert!(r.spf_aligned);
    assert_eq!(r.result, AuthResult::Pass);
    assert_eq!(r.record_domain.as_deref(), Some("gov.example"));
}

#[test]
fn strict_and_relaxed_alignment_are_separate_steps() {
    let r = run(
        &zone(),
        &["strict.example"],
        &spf(AuthResult::Pass, "bounce.strict.example"),
        &[
            dkim(AuthResult::Pass, "mail.strict.example"),
            dkim(AuthResult::Fail, "strict.example"),
        ],
    );
    assert_eq!(r.result, AuthResult::Fail);
    assert_eq!(r.policy.as_deref(), Some("reject"));
    assert!(r.disposition.en().starts_with("reject"));
    let steps = flatten(&r.trace);
    let spf_step = steps
        .iter()
        .find(|s| {
            s.text
                .en()
                .starts_with("SPF pass for bounce.strict.example")
        })
        .expect("spf step");
    assert!(spf_step
        .text
        .en()
        .contains("strict alignment needs the exact domain"));
    assert!(spf_step
        .facts
        .iter()
        .any(|f| f.name == Text::verbatim("aspf") && f.value == Text::verbatim("strict")));
    let dk: Vec<_> = steps
        .iter()
        .filter(|s| s.text.en().starts_with("DKIM "))
        .collect();
    assert_eq!(dk.len(), 2, "one step per signature");
    assert!(dk[1].text.en().contains("DKIM fail for d=strict.example"));
    // The same message with relaxed alignment passes (example.com family: p=none).
    let r2 = run(
        &zone(),
        &["example.com"],
        &spf(AuthResult::Pass, "bounce.example.com"),
        &[],
    );
    assert_eq!(r2.result, AuthResult::Pass);
    assert!(r2.spf_aligned);
}

#[test]
fn np_for_nonexistent_subdomains_only_under_rfc_9989() {
    // ghost.example.org does not exist: RFC 9989 uses np=reject, RFC 7489 (no np) sp=quarantine.
    let r = run(
        &zone(),
        &["ghost.example.org"],
        &spf(AuthResult::None, ""),
        &[],
    );
    assert_eq!(r.policy.as_deref(), Some("reject"));
    assert_eq!(r.rfc7489.policy.as_deref(), Some("quarantine"));
    assert!(texts(&r.trace).contains("np=reject applies"));
    assert!(texts(&r.rfc7489.trace).contains("np= is not part of RFC 7489"));
    // An existing subdomain gets sp under both.
    let r = run(
        &zone(),
        &["www.example.org"],
        &spf(AuthResult::None, ""),
        &[],
    );
    assert_eq!(r.policy.as_deref(), Some("quarantine"));
    assert_eq!(r.rfc7489.policy.as_deref(), Some("quarantine"));
    assert!(r.differences.is_empty(), "{:?}", r.differences);
}

#[test]
fn testing_mode_and_pct() {
    let r = run(
        &zone(),
        &["testing.example"],
        &spf(AuthResult::Fail, "testing.example"),
        &[],
    );
    // RFC 9989: t=y → one step lower than reject.
    assert!(
        r.disposition.en().starts_with("quarantine"),
        "{:?}",
        r.disposition
    );
    assert!(texts(&r.trace).contains("pct=20 is ignored"));
    // RFC 7489: pct=20 → 20% reject, the rest quarantine.
    assert!(
        r.rfc7489
            .disposition
            .en()
            .contains("for 20% of such messages, else quarantine"),
        "{:?}",
        r.rfc7489.disposition
    );
}

#[test]
fn multiple_from_domains() {
    let r = run(
        &zone(),
        &["strict.example", "example.com"],
        &spf(AuthResult::Pass, "example.com"),
        &[],
    );
    assert_eq!(r.result, AuthResult::None);
    assert!(texts(&r.trace).contains("exempts a multi-valued From"));
    // RFC 7489 §6.6.1: the strictest policy among the failing domains (strict.example: reject).
    assert_eq!(r.rfc7489.result, AuthResult::Fail);
    assert_eq!(r.rfc7489.policy.as_deref(), Some("reject"));
    assert_eq!(r.from_domains, vec!["strict.example", "example.com"]);
    // RFC 9989, Extract Author Domain: several addresses in one domain (case aside) are
    // checked as that one Author Domain, not exempt.
    let r = run(
        &zone(),
        &["strict.example", "Strict.Example."],
        &spf(AuthResult::Pass, "strict.example"),
        &[],
    );
    assert_eq!(r.from_domains, vec!["strict.example"]);
    assert_eq!(r.result, AuthResult::Pass);
    assert_eq!(r.rfc7489.result, AuthResult::Pass);
}

#[test]
fn multiple_records_and_no_record() {
    let r = run(
        &zone(),
        &["two.example"],
        &spf(AuthResult::Pass, "two.example"),
        &[],
    );
    assert_eq!(r.result, AuthResult::None);
    assert_eq!(r.rfc7489.result, AuthResult::None);
    assert!(texts(&r.rfc7489.trace).contains("more than one DMARC record"));
    let r = run(
        &zone(),
        &["nothing.invalid"],
        &spf(AuthResult::Pass, "nothing.invalid"),
        &[],
    );
    assert_eq!(r.result, AuthResult::None);
    assert!(r.disposition.en().starts_with("no DMARC policy"));
}

#[test]
fn report_destinations_need_authorization() {
    let r = run(
        &zone(),
        &["kernel-error.com"],
        &spf(AuthResult::Pass, "kernel-error.com"),
        &[],
    );
    assert_eq!(
        r.report_authorization.len(),
        2,
        "{:?}",
        r.report_authorization
    );
    let de = r
        .report_authorization
        .iter()
        .find(|a| a.destination == "kernel-error.de")
        .expect("de");
    assert_eq!(de.query, "kernel-error.com._report._dmarc.kernel-error.de");
    assert_eq!(de.authorized, Some(true));
    let net = r
        .report_authorization
        .iter()
        .find(|a| a.destination == "reports.example.net")
        .expect("net");
    assert_eq!(net.authorized, Some(false));
    assert!(net.text.en().contains("must not send"));
    // Same-organization destinations need no check.
    let r = run(
        &zone(),
        &["example.com"],
        &spf(AuthResult::Pass, "example.com"),
        &[],
    );
    assert!(r.report_authorization.is_empty());
}

#[test]
fn dns_failure_is_temperror() {
    let r = run(
        &FailingName::timeout(zone(), "_dmarc.example.com"),
        &["example.com"],
        &spf(AuthResult::Pass, "example.com"),
        &[],
    );
    assert_eq!(r.result, AuthResult::TempError);
    assert_eq!(r.rfc7489.result, AuthResult::TempError);
    assert!(texts(&r.trace).contains("timed out"));
}
