//! Differential test: mail-auth's own SPF verifier (`MessageAuthenticator::verify_spf`)
//! against ours, on every input of the OpenSPF RFC 7208 suite with the suite's
//! zones. mail-auth resolves through its DoH JSON client pointed at a small
//! DoH server on 127.0.0.1 that answers from the same zonedata our evaluator
//! reads, so no network is used.
//!
//! Every disagreement must be listed in [`EXPLAINED`] with the RFC section that
//! decides it, and on every one of them our result must be one the suite accepts.

mod spf_support;

use futures::executor::block_on;
use headerscope::auth::spf::{self, SpfRequest};
use headerscope::dns::{Answer, RType, Rcode};
use mail_auth::spf::verify::SpfParameters;
use mail_auth::{MessageAuthenticator, SpfResult};
use spf_support::SuiteZone;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

/// Cases where mail-auth 0.15.1 and we differ, and why we are right.
const EXPLAINED: &[(&str, &str)] = &[
    ("non-ascii-policy", "RFC 7208 §3.1, §4.6: SPF records are 7-bit ASCII and a syntax error anywhere is permerror; mail-auth gives fail"),
    ("non-ascii-mech", "RFC 7208 §3.1, §4.6: SPF records are 7-bit ASCII and a syntax error anywhere is permerror; mail-auth gives fail"),
    ("control-char-policy", "RFC 7208 §4.6.1: terms are separated by SP only, so a CR or LF inside a term is a syntax error (permerror); mail-auth gives pass"),
    ("badip4", "RFC 7208 §4.6.1: terms are separated by SP only, so a CR or LF inside a term is a syntax error (permerror); mail-auth gives pass"),
    ("multitxt1", "RFC 7208 §4.5: two or more v=spf1 records are a permerror; mail-auth gives fail"),
    ("multitxt2", "RFC 7208 §4.5: two or more v=spf1 records are a permerror; mail-auth gives fail"),
    ("multispf1", "RFC 7208 §4.5: two or more v=spf1 records are a permerror; mail-auth gives fail"),
    ("modifier-charset-good", "RFC 7208 §4.6.1 (name = ALPHA *( ALPHA / DIGIT / \"-\" / \"_\" / \".\" )) and §6: `moo.cow-far_out=man:dog/cat` is a well-formed unknown modifier and is ignored; mail-auth gives permerror"),
    ("redirect-after-mechanisms2", "RFC 7208 §4.6.1 (name = ALPHA *( ALPHA / DIGIT / \"-\" / \"_\" / \".\" )) and §6: `moo.cow-far_out=man:dog/cat` is a well-formed unknown modifier and is ignored; mail-auth gives permerror"),
    ("invalid-domain", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-bad-domain", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-null", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-numeric", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-numeric-toplabel", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-bad-toplabel", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-only-toplabel", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("a-only-toplabel-trailing-dot", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("mx-bad-domain", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("mx-null", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("mx-numeric-top-label", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("mx-bad-toplab", "RFC 7208 §7.1: a domain-spec must end in `.` toplabel (not all-numeric, no leading/trailing `-`, at least two labels, no control characters); anything else is a syntax error → permerror; mail-auth gives neutral or fail"),
    ("invalid-domain-empty-label", "RFC 7208 §4.8 and §5: the target expands to a name that is not a valid DNS name (empty label, label over 63 octets); the suite accepts fail or permerror and we give permerror naming the term; mail-auth gives pass or temperror"),
    ("invalid-domain-long", "RFC 7208 §4.8 and §5: the target expands to a name that is not a valid DNS name (empty label, label over 63 octets); the suite accepts fail or permerror and we give permerror naming the term; mail-auth gives pass or temperror"),
    ("invalid-domain-long-via-macro", "RFC 7208 §4.8 and §5: the target expands to a name that is not a valid DNS name (empty label, label over 63 octets); the suite accepts fail or permerror and we give permerror naming the term; mail-auth gives pass or temperror"),
    ("ptr-match-implicit", "RFC 7208 §5.5: a validated PTR name equal to the target domain matches; mail-auth compares the DNS name with its trailing dot (`e3.example.com.`) against `e3.example.com` and misses the exact match"),
    ("ptr-match-ip6", "RFC 7208 §5.5: a validated PTR name equal to the target domain matches; mail-auth compares the DNS name with its trailing dot (`e3.example.com.`) against `e3.example.com` and misses the exact match"),
    ("a-bad-cidr4", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("a-bad-cidr6", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("mx-bad-cidr4", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("mx-bad-cidr6", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("cidr4-33", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("cidr4-032", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("cidr6-129", "RFC 7208 §5.6: ip4-cidr-length is 0-32 and ip6-cidr-length 0-128 without leading zeros; `/33`, `/032`, `//129` are syntax errors (permerror); mail-auth accepts them (fail, pass or neutral)"),
    ("a-dual-cidr-ip4-err", "RFC 7208 §5.6: dual-cidr-length is `/n//m`; `a/24/64` is a syntax error (permerror); mail-auth gives pass"),
    ("a-colon-domain", "RFC 7208 §7.1: macro-literal allows `:` and `/`, so `a:foo:bar/baz.example.com` names the host `foo:bar/baz.example.com`; mail-auth gives permerror"),
    ("a-colon-domain-ip4mapped", "RFC 7208 §7.1: macro-literal allows `:` and `/`, so `a:foo:bar/baz.example.com` names the host `foo:bar/baz.example.com`; mail-auth gives permerror"),
    ("mx-colon-domain", "RFC 7208 §7.1: macro-literal allows `:` and `/`, so `a:foo:bar/baz.example.com` names the host `foo:bar/baz.example.com`; mail-auth gives permerror"),
    ("mx-colon-domain-ip4mapped", "RFC 7208 §7.1: macro-literal allows `:` and `/`, so `a:foo:bar/baz.example.com` names the host `foo:bar/baz.example.com`; mail-auth gives permerror"),
    ("a-cidr6-0-ip4mapped", "RFC 7208 §5 (and §5.6): an IPv4 client, including one given as an IPv4-mapped IPv6 address (::ffff:a.b.c.d), is checked as IPv4, so only A records and ip4 ranges apply and `ip6:::/0` or `//0` does not match it; mail-auth gives pass"),
    ("mx-cidr6-0-ip4mapped", "RFC 7208 §5 (and §5.6): an IPv4 client, including one given as an IPv4-mapped IPv6 address (::ffff:a.b.c.d), is checked as IPv4, so only A records and ip4 ranges apply and `ip6:::/0` or `//0` does not match it; mail-auth gives pass"),
    ("cidr6-0-ip4", "RFC 7208 §5 (and §5.6): an IPv4 client, including one given as an IPv4-mapped IPv6 address (::ffff:a.b.c.d), is checked as IPv4, so only A records and ip4 ranges apply and `ip6:::/0` or `//0` does not match it; mail-auth gives pass"),
    ("cidr6-ip4", "RFC 7208 §5 (and §5.6): an IPv4 client, including one given as an IPv4-mapped IPv6 address (::ffff:a.b.c.d), is checked as IPv4, so only A records and ip4 ranges apply and `ip6:::/0` or `//0` does not match it; mail-auth gives pass"),
    ("exists-ip6only", "RFC 7208 §5.7: exists always queries the A record, whatever the client's family; mail-auth gives pass"),
    ("redirect-syntax-error", "RFC 7208 §6.1, §6.2 and §7.1: `redirect=-all` / `exp=-all` is not a domain-spec (no `.` toplabel), a syntax error → permerror; mail-auth gives neutral"),
    ("exp-syntax-error", "RFC 7208 §6.1, §6.2 and §7.1: `redirect=-all` / `exp=-all` is not a domain-spec (no `.` toplabel), a syntax error → permerror; mail-auth gives neutral"),
    ("invalid-modifier", "RFC 7208 §4.6.1 and §12 (ABNF): `1up=foo` and `=all` are neither mechanisms nor modifiers (a modifier name starts with ALPHA), so permerror; mail-auth gives neutral"),
    ("empty-modifier-name", "RFC 7208 §4.6.1 and §12 (ABNF): `1up=foo` and `=all` are neither mechanisms nor modifiers (a modifier name starts with ALPHA), so permerror; mail-auth gives neutral"),
    ("p-macro-multiple", "RFC 7208 §7.3: with several validated names any one may be used for %{p}; the suite accepts pass (ours: the name in the current domain) and softfail (mail-auth)"),
    ("void-over-limit", "RFC 7208 §4.6.4: more than two void lookups is a permerror (the limit SHOULD be 2); mail-auth gives neutral"),
];

fn mail_auth_word(r: SpfResult) -> &'static str {
    match r {
        SpfResult::Pass => "pass",
        SpfResult::Fail => "fail",
        SpfResult::SoftFail => "softfail",
        SpfResult::Neutral => "neutral",
        SpfResult::TempError => "temperror",
        SpfResult::PermError => "permerror",
        SpfResult::None => "none",
    }
}

/// One project DoH server per scenario, answering with the suite's own DNS
/// semantics (its TIMEOUT entries become SERVFAIL, which mail-auth maps to temperror).
fn spawn_doh(zone: SuiteZone) -> headerscope::dohd::Server {
    let source: headerscope::dohd::AnswerSource = Arc::new(move |name: &str, qtype: u16| {
        match RType::from_code(qtype).map(|rt| zone.lookup(name, rt, 0)) {
            Some(Ok(a)) => a,
            Some(Err(_)) | None => Answer::new(Rcode::ServFail, Vec::new()),
        }
    });
    headerscope::dohd::spawn_with(
        source,
        "127.0.0.1:0",
        headerscope::dohd::ServerOptions::default(),
    )
    .expect("bind 127.0.0.1")
}

#[test]
fn mail_auth_agrees_or_is_explained() {
    let scenarios = spf_support::scenarios();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let explained: HashMap<&str, &str> = EXPLAINED.iter().copied().collect();
    let mut agree = 0;
    let mut explained_seen = 0;
    let mut explained_names: Vec<String> = Vec::new();
    let mut unexplained = Vec::new();
    for sc in &scenarios {
        let server = spawn_doh(sc.zone.clone());
        let auth = MessageAuthenticator::new_doh(server.wire_url());
        for case in &sc.cases {
            let ip: IpAddr = case.host.parse().expect("suite host is an IP address");
            let theirs = rt.block_on(async {
                let params = if case.mailfrom.is_empty() {
                    SpfParameters::helo(ip, &case.helo, "receiver.example")
                } else {
                    SpfParameters::mail_from(ip, &case.helo, "receiver.example", &case.mailfrom)
                };
                auth.verify_spf(params).await
            });
            let theirs = mail_auth_word(theirs.result());
            let ours = block_on(spf::evaluate(
                &sc.zone,
                &SpfRequest {
                    ip,
                    helo: Some(case.helo.clone()),
                    mail_from: case.mailfrom.clone(),
                    receiver: None,
                    now: 0,
                },
            ))
            .result;
            let ours = ours.as_str();
            if ours == theirs {
                agree += 1;
                continue;
            }
            match explained.get(case.name.as_str()) {
                Some(_) => {
                    explained_seen += 1;
                    explained_names.push(case.name.clone());
                    assert!(
                        case.results.iter().any(|r| r == ours),
                        "{}: we give {ours}, which the suite does not accept ({:?})",
                        case.name,
                        case.results
                    );
                }
                None => unexplained.push(format!(
                    "{} ({}): ours {ours}, mail-auth {theirs}, suite {:?}",
                    case.name, case.spec, case.results
                )),
            }
        }
    }
    println!(
        "mail-auth differential: {agree} agree, {explained_seen} explained disagreements, {} unexplained",
        unexplained.len()
    );
    for u in &unexplained {
        println!("UNEXPLAINED {u}");
    }
    assert!(agree > 0);
    assert!(
        unexplained.is_empty(),
        "{} unexplained disagreements",
        unexplained.len()
    );
    let stale: Vec<&str> = EXPLAINED
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !explained_names.iter().any(|n| n == name))
        .collect();
    assert!(
        stale.is_empty(),
        "explained disagreements that no longer occur, remove them from EXPLAINED: {stale:?}"
    );
    assert_eq!(explained_seen, EXPLAINED.len());
}
