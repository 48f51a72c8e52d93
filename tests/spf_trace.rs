//! The SPF trace: what a person reads to see why a result was reached.
//! DNS comes from a zone file through `ZoneResolver::offline`.

use futures::executor::block_on;
use headerscope::auth::spf::{self, SpfRequest};
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::text::Text;
use headerscope::report::{AuthResult, SpfReport};
use headerscope::trace::{flatten, Step, StepKind};

const ZONE: &str = r#"
$ORIGIN example.com.
$TTL 300
@            TXT "v=spf1 ip4:198.51.100.0/24 include:_spf.example.net " "mx ~all"
@            MX  10 mx1
mx1          A   203.0.113.5
limits       TXT "v=spf1 a:v1.example.com a:v2.example.com a:v3.example.com -all"
broken       TXT "v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/33 -all"
twice        TXT "v=spf1 -all"
twice        TXT "v=spf1 +all"
failing      TXT "v=spf1 ip4:198.51.100.0/24 -all exp=why.example.com"
why          TXT "%{i} is not one of %{d}'s mail servers"
helo         TXT "v=spf1 a -all"
helo         A   192.0.2.7
many         TXT "v=spf1 a a a a a a a a a a a -all"
many         A   198.51.100.1
$ORIGIN example.net.
_spf         TXT "v=spf1 ip4:203.0.113.0/28 -all"
"#;

fn run(ip: &str, mail_from: &str, helo: Option<&str>) -> SpfReport {
    let zone = Zone::parse(ZONE, None).expect("test zone parses");
    let resolver = ZoneResolver::offline(zone);
    block_on(spf::evaluate(
        &resolver,
        &SpfRequest {
            ip: ip.parse().expect("ip"),
            helo: helo.map(String::from),
            mail_from: mail_from.into(),
            receiver: Some("mx.example.org".into()),
            now: 0,
        },
    ))
}

fn find<'a>(steps: &'a [Step], needle: &str) -> &'a Step {
    flatten(steps)
        .into_iter()
        .find(|s| s.text.en().contains(needle))
        .unwrap_or_else(|| panic!("no step containing {needle:?} in {steps:#?}"))
}

fn fact(s: &Step, name: &str) -> String {
    s.facts
        .iter()
        .find(|f| f.name.en() == name)
        .map(|f| f.value.en())
        .unwrap_or_else(|| panic!("no fact {name} on {s:?}"))
}

#[test]
fn shows_why_softfail_all_was_reached() {
    let r = run("192.0.2.7", "user@example.com", Some("helo.example.com"));
    assert_eq!(r.result, AuthResult::SoftFail);
    assert_eq!(r.domain, "example.com");
    // The record: the raw strings apart, then the joined record and its terms.
    let fetched = find(&r.trace, "TXT example.com: 1 TXT record");
    assert_eq!(fetched.kind, StepKind::Lookup);
    assert_eq!(
        fetched.detail.iter().map(Text::en).collect::<Vec<_>>(),
        vec![r#""v=spf1 ip4:198.51.100.0/24 include:_spf.example.net " "mx ~all""#]
    );
    let parsed = find(&r.trace, "SPF record of example.com");
    assert!(parsed
        .detail
        .iter()
        .any(|d| d.en().contains("~all (on match: softfail)")));
    // Every term, in order, with its reason.
    let ip4 = find(&r.trace, "`ip4:198.51.100.0/24` does not match");
    assert!(ip4
        .text
        .en()
        .contains("192.0.2.7 is not in 198.51.100.0/24"));
    assert_eq!(ip4.kind, StepKind::NoMatch);
    assert_eq!(fact(ip4, "dns_lookups"), "0/10");
    let inc = find(&r.trace, "`include:_spf.example.net` does not match");
    assert!(inc.text.en().contains("gives fail"), "{:?}", inc.text);
    assert_eq!(fact(inc, "dns_lookups"), "1/10");
    // The nested evaluation is nested.
    assert!(inc
        .children
        .iter()
        .any(|c| c.text.en().contains("192.0.2.7 is not in 203.0.113.0/28")));
    let mx = find(&r.trace, "`mx` does not match");
    assert!(mx
        .detail
        .iter()
        .any(|d| d.en() == "MX example.com → mx1.example.com"));
    assert!(mx
        .detail
        .iter()
        .any(|d| d.en() == "A mx1.example.com → 203.0.113.5"));
    assert!(mx.text.en().contains("192.0.2.7 is not in 203.0.113.5"));
    assert_eq!(fact(mx, "dns_lookups"), "2/10");
    let all = find(&r.trace, "`~all` matches");
    assert_eq!(all.kind, StepKind::Match);
    let last = r.trace.last().expect("a result step");
    assert_eq!(last.text.en(), "Result: softfail (decided by `~all`)");
    assert_eq!(r.dns_lookups, 2);
    assert_eq!(r.void_lookups, 0);
    // HELO checked too.
    assert_eq!(r.helo_result, Some(AuthResult::Pass));
    assert!(find(&r.helo_trace, "`a` matches")
        .text
        .en()
        .contains("192.0.2.7 is in 192.0.2.7"));
    assert_eq!(
        r.received_spf.as_deref(),
        Some("Received-SPF: Softfail (mailfrom) identity=mailfrom; client-ip=192.0.2.7; helo=helo.example.com; envelope-from=user@example.com; receiver=mx.example.org;")
    );
}

#[test]
fn void_lookup_limit_is_counted_and_named() {
    let r = run("192.0.2.7", "a@limits.example.com", None);
    assert_eq!(r.result, AuthResult::PermError);
    assert_eq!(r.void_lookups, 3);
    let third = find(&r.trace, "`a:v3.example.com`");
    assert_eq!(third.kind, StepKind::Error);
    assert!(
        third.text.en().contains("void lookup number 3"),
        "{:?}",
        third.text
    );
    assert_eq!(r.helo_result, None);
}

#[test]
fn dns_term_limit() {
    let r = run("192.0.2.99", "a@many.example.com", None);
    assert_eq!(r.result, AuthResult::PermError);
    let e = find(&r.trace, "DNS lookup number 11");
    assert_eq!(e.kind, StepKind::Error);
}

#[test]
fn syntax_error_names_the_term() {
    let r = run("192.0.2.7", "a@broken.example.com", None);
    assert_eq!(r.result, AuthResult::PermError);
    let e = find(&r.trace, "syntax error in `ip4:198.51.100.0/33`");
    assert_eq!(e.kind, StepKind::Error);
    assert!(r
        .explanation
        .as_ref()
        .map(|t| t.en())
        .as_deref()
        .unwrap_or_default()
        .contains("ip4:198.51.100.0/33"));
}

#[test]
fn two_records_are_a_permerror() {
    let r = run("192.0.2.7", "a@twice.example.com", None);
    assert_eq!(r.result, AuthResult::PermError);
    let e = find(&r.trace, "publishes 2 SPF records");
    assert_eq!(e.detail.len(), 2);
}

#[test]
fn explanation_on_fail() {
    let r = run("192.0.2.7", "a@failing.example.com", None);
    assert_eq!(r.result, AuthResult::Fail);
    assert_eq!(
        r.explanation.as_ref().map(|t| t.en()).as_deref(),
        Some("192.0.2.7 is not one of failing.example.com's mail servers")
    );
}

#[test]
fn null_sender_checks_postmaster_at_helo() {
    let r = run("192.0.2.7", "", Some("helo.example.com"));
    assert_eq!(r.result, AuthResult::Pass);
    assert_eq!(r.domain, "helo.example.com");
    assert_eq!(r.helo_result, Some(AuthResult::Pass));
    assert!(r.trace[0].text.en().contains("postmaster@helo.example.com"));
    assert!(r
        .received_spf
        .as_deref()
        .unwrap_or_default()
        .contains("identity=helo;"));
}

#[test]
fn ipv4_mapped_client_is_ipv4() {
    let r = run("::ffff:203.0.113.5", "user@example.com", None);
    // The included ip4 range matches the mapped address (RFC 7208 §5).
    assert_eq!(r.result, AuthResult::Pass);
    find(&r.trace, "checked as the IPv4 client 203.0.113.5");
    assert!(find(&r.trace, "`include:_spf.example.net` matches")
        .children
        .iter()
        .any(|c| c.text.en().contains("203.0.113.5 is in 203.0.113.0/28")));
}

#[test]
fn receivers_headers_beside_ours() {
    let r = run("192.0.2.7", "user@example.com", Some("helo.example.com"));
    let v = spf::receiver_verdicts(
        &[
            "Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.7; helo=helo.example.com; envelope-from=user@example.com; receiver=mx.example.org;".into(),
            "softfail (example.com: transitioning domain of example.com does not designate 192.0.2.7 as permitted sender) client-ip=192.0.2.7; envelope-from=\"user@example.com\"; helo=helo.example.com; receiver=mx; identity=mailfrom".into(),
        ],
        &r,
        headerscope::Limits::default().receiver_results,
    );
    assert_eq!(v[0].agrees, Some(false));
    assert!(v[0]
        .note
        .en()
        .contains("the receiver said pass, we get softfail"));
    assert_eq!(v[1].agrees, Some(true));
}
