//! SPF's sentences in the catalog (src/i18n/phrases/spf.rs): every sentence
//! the evaluator writes for the OpenSPF RFC 7208 suite (trace steps, reasons,
//! receiver notes), every syntax error of the record grammar, and every
//! finding, note and error of the SPF builder, linter and include walker over
//! varied records, is a catalog sentence (never English written outside the
//! catalog); and some real ones read exactly so in German and Ukrainian.

mod spf_support;

mod dns_support;
use dns_support::FailingName;
use futures::executor::block_on;
use headerscope::auth::spf::parse::{parse_macro_string, parse_record};
use headerscope::auth::spf::{self, receiver_verdicts, SpfRequest};
use headerscope::builder::spf::{self as builder, Qualifier, SpfForm, SpfLint, SpfNode};
use headerscope::builder::Finding;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::text::{Describe, Text};
use headerscope::i18n::Lang;
use headerscope::report::SpfReport;
use headerscope::trace::flatten;
use std::collections::BTreeSet;
use std::net::IpAddr;

/// A sentence in `lang`.
fn translate(lang: Lang, t: &Text) -> String {
    t.render(lang)
}

/// The sentences seen, each once, with where it was first seen.
#[derive(Default)]
struct Seen {
    texts: Vec<(String, Text)>,
    unique: BTreeSet<String>,
}

impl Seen {
    fn add(&mut self, what: &str, text: &Text) {
        if !text.is_empty() && self.unique.insert(text.en()) {
            self.texts.push((what.to_string(), text.clone()));
        }
    }

    fn report(&mut self, what: &str, r: &SpfReport) {
        for s in flatten(&r.trace).into_iter().chain(flatten(&r.helo_trace)) {
            self.add(what, &s.text);
        }
        for v in &r.received_spf_seen {
            self.add(what, &v.note);
        }
    }

    fn findings(&mut self, what: &str, f: &[Finding]) {
        for x in f {
            self.add(what, &x.message);
            if let Some(fix) = &x.fix {
                self.add(what, fix);
            }
        }
    }

    fn node(&mut self, what: &str, n: &SpfNode) {
        self.findings(what, &n.findings);
        if let Some(e) = &n.error {
            self.add(what, e);
        }
        for note in &n.notes {
            self.add(what, note);
        }
        for c in &n.children {
            self.node(what, c);
        }
    }

    fn lint(&mut self, what: &str, l: &SpfLint) {
        self.findings(what, &l.findings);
        self.node(what, &l.tree);
    }

    fn missing(&self) -> Vec<String> {
        self.texts
            .iter()
            .filter(|(_, t)| t.key().is_none())
            .map(|(w, t)| format!("{w}: {:?}", t.en()))
            .collect()
    }

    fn assert_all_recognized(&self, at_least: usize) {
        let missing = self.missing();
        assert!(
            missing.is_empty(),
            "{} of {} sentences were written outside the catalog:\n{}",
            missing.len(),
            self.texts.len(),
            missing.join("\n")
        );
        assert!(
            self.texts.len() >= at_least,
            "only {} different sentences",
            self.texts.len()
        );
    }
}

/// Received-SPF headers as receivers write them, to compare with our result.
const RECEIVED_SPF: &[&str] = &[
    "Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.1; helo=h.example; envelope-from=a@b.example; receiver=r;",
    "Fail (mailfrom) identity=mailfrom; client-ip=198.51.100.9; helo=h.example; envelope-from=a@b.example; receiver=r;",
    "Softfail (helo) identity=helo; client-ip=192.0.2.1; helo=h.example",
    "neutral identity=pra; client-ip=192.0.2.1",
    "permerror identity=pra; client-ip=192.0.2.1",
    "none client-ip=192.0.2.1",
    "temperror client-ip=203.0.113.5",
    "pass (example.com: 192.0.2.1 is authorized) receiver=mx.example.net",
];

#[test]
fn every_sentence_of_the_rfc7208_suite_is_in_the_catalog() {
    let mut seen = Seen::default();
    let mut cases = 0;
    for sc in spf_support::scenarios() {
        for case in &sc.cases {
            let Ok(ip) = case.host.parse::<IpAddr>() else {
                continue;
            };
            cases += 1;
            let what = format!("{} ({})", case.name, sc.description);
            let req = SpfRequest {
                ip,
                helo: Some(case.helo.clone()),
                mail_from: case.mailfrom.clone(),
                receiver: Some("mx.example.net".into()),
                now: 0,
            };
            let mut report = block_on(spf::evaluate(&sc.zone, &req));
            let headers: Vec<String> = RECEIVED_SPF.iter().map(|s| s.to_string()).collect();
            report.received_spf_seen = receiver_verdicts(
                &headers,
                &report,
                headerscope::Limits::default().receiver_results,
            );
            seen.report(&what, &report);
            let (sender, domain) = spf::mail_from_identity(&case.mailfrom, Some(&case.helo));
            let low = block_on(spf::check_host(
                &sc.zone, ip, &domain, &sender, &case.helo, None, 0,
            ));
            if let Some(r) = &low.reason {
                seen.add(&what, r);
            }
        }
    }
    assert!(cases > 100, "only {cases} suite cases");
    seen.assert_all_recognized(300);
}

#[test]
fn every_sentence_of_odd_requests_is_in_the_catalog() {
    let zone = ZoneResolver::offline(
        Zone::parse(
            r#"
$ORIGIN example.org.
@        300 TXT "v=spf1 ip4:192.0.2.0/24 -all"
mapped   300 TXT "v=spf1 ip6:2001:db8::/32 ~all"
"#,
            None,
        )
        .expect("zone"),
    );
    let mut seen = Seen::default();
    let ip: IpAddr = "192.0.2.7".parse().expect("ip");
    for domain in [
        "[192.0.2.1]",
        "",
        ".",
        "a..example.org",
        "single",
        &format!("{}.example.org", "a".repeat(64)),
        &format!("{}example.org", "abcdefghi.".repeat(26)),
    ] {
        let out = block_on(spf::check_host(
            &zone,
            ip,
            domain,
            "x@example.org",
            "h",
            None,
            0,
        ));
        for s in flatten(&out.trace) {
            seen.add(domain, &s.text);
        }
        if let Some(r) = &out.reason {
            seen.add(domain, r);
        }
    }
    // An IPv4-mapped IPv6 client, a null sender with and without HELO.
    for (ip, mail_from, helo) in [
        (
            "::ffff:192.0.2.7",
            "a@example.org",
            Some("mapped.example.org"),
        ),
        ("192.0.2.7", "<>", Some("example.org")),
        ("192.0.2.7", "<>", None),
        ("2001:db8::1", "a@mapped.example.org", Some("h.example.org")),
    ] {
        let req = SpfRequest {
            ip: ip.parse().expect("ip"),
            helo: helo.map(str::to_string),
            mail_from: mail_from.into(),
            receiver: None,
            now: 0,
        };
        let r = block_on(spf::evaluate(&zone, &req));
        seen.report(ip, &r);
        if let Some(e) = &r.explanation {
            seen.add(ip, e);
        }
    }
    seen.assert_all_recognized(10);
}

#[test]
fn every_syntax_error_is_in_the_catalog() {
    let mut seen = Seen::default();
    for rec in [
        "v=spf1 a ip4:192.0.2.0/33 -all",
        "v=spf1 a:%{c}.example.com",
        "v=spf1 ip4:192.0.2.300",
        "v=spf1 ip6:2001:db8::zz",
        "v=spf1 ip4",
        "v=spf1 ip6",
        "v=spf1 include",
        "v=spf1 exists",
        "v=spf1 include:",
        "v=spf1 include:localhost",
        "v=spf1 include:example.123",
        "v=spf1 all:foo",
        "v=spf1 ptr/24",
        "v=spf1 a:example.com:x",
        "v=spf1 mx/024",
        "v=spf1 a//129",
        "v=spf1 -",
        "v=spf1 inclde:example.com",
        "v=spf1 redirect=a.example redirect=b.example",
        "v=spf1 exp=a.example exp=b.example",
        "v=spf1 a:ex\u{e4}mple.com",
        "v=spf2 -all",
        "v=spf1 exists:%{x}.example.com",
        "v=spf1 exists:%{l0}.example.com",
        "v=spf1 exists:%{d*}.example.com",
        "v=spf1 exists:%{}.example.com",
        "v=spf1 exists:%{d.example.com",
        "v=spf1 exists:%x.example.com",
        "v=spf1 exists:example.com%",
        "v=spf1 foo=%",
    ] {
        match parse_record(rec) {
            Ok(_) => panic!("{rec:?} parses"),
            Err(e) => seen.add(rec, &e.text()),
        }
    }
    for exp in ["%{c} at %{t}\u{7}", "ok %{r}", "%"] {
        if let Err(e) = parse_macro_string(exp, true) {
            seen.add(exp, &e);
        }
    }
    seen.assert_all_recognized(25);
}

const ZONE: &str = r#"
$ORIGIN example.com.
@            300 TXT "v=spf1 mx a:out.example.com include:_spf.example.net include:esp.example.org -all"
@            300 MX 10 mx1
mx1          300 A 192.0.2.25
out          300 A 192.0.2.26
_spf.example.net.  300 TXT "v=spf1 ip4:198.51.100.0/24 include:_spf2.example.net ~all"
_spf2.example.net. 300 TXT "v=spf1 ip6:2001:db8:100::/48 ip4:203.0.113.0/25 ptr exists:%{i}.x.example -all"
esp.example.org.   300 TXT "v=spf1 ip4:203.0.113.128/25 exists:esp.example.org ?all"
esp.example.org.   300 A 192.0.2.9

big.example.     300 TXT "v=spf1 include:i1.example include:i2.example include:i3.example include:i4.example include:i5.example include:i6.example -all"
i1.example.      300 TXT "v=spf1 a:h1.example a:h2.example -all"
h1.example.      300 A 192.0.2.1
h2.example.      300 A 192.0.2.2
i2.example.      300 TXT "v=spf1 ip4:192.0.2.0/28 -all"
i3.example.      300 TXT "v=spf1 ip4:192.0.2.16/28 -all"
i4.example.      300 TXT "v=spf1 ip4:192.0.2.32/28 -all"
i5.example.      300 TXT "v=spf1 ip4:192.0.2.48/28 -all"
i6.example.      300 TXT "v=spf1 include:i1.example -all"

missing.example. 300 TXT "v=spf1 include:nonexistent.example include:nospf.example redirect=gone.example"
nospf.example.   300 TXT "hello"

voids.example.   300 TXT "v=spf1 a:v1.example a:v2.example mx:v3.example exists:v4.example -all"
v1.example.      300 TXT "x"
v2.example.      300 TXT "x"
v3.example.      300 TXT "x"

manymx.example.  300 TXT "v=spf1 mx -all"
manymx.example.  300 MX 1 m1.example.com.
manymx.example.  300 MX 2 m2.example.com.
manymx.example.  300 MX 3 m3.example.com.
manymx.example.  300 MX 4 m4.example.com.
manymx.example.  300 MX 5 m5.example.com.
manymx.example.  300 MX 6 m6.example.com.
manymx.example.  300 MX 7 m7.example.com.
manymx.example.  300 MX 8 m8.example.com.
manymx.example.  300 MX 9 m9.example.com.
manymx.example.  300 MX 10 m10.example.com.
manymx.example.  300 MX 11 m11.example.com.

loop.example.    300 TXT "v=spf1 include:loop2.example -all"
loop2.example.   300 TXT "v=spf1 redirect=loop.example"

two.example.     300 TXT "v=spf1 mx -all"
two.example.     300 TXT "v=spf1 a -all"
two.example.     300 SPF "v=spf1 a -all"
twoinc.example.  300 TXT "v=spf1 include:two.example redirect=two.example"
old.example.     300 SPF "v=spf1 a -all"

redir.example.   300 TXT "v=spf1 redirect=_spf.example.net redirect=%{d}.example.net"
redirall.example. 300 TXT "v=spf1 redirect=_spf.example.net -all"
"#;

#[test]
fn every_sentence_of_the_builder_and_linter_is_in_the_catalog() {
    let mut seen = Seen::default();
    let long = format!(
        "v=spf1 {} -all",
        (0..40)
            .map(|i| format!("ip4:198.51.100.{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let records = [
        "v=spf2 mx -all",
        "v=spf1 ipv4:192.0.2.1 -all",
        "v=spf1 ~ipv6:2001:db8::1 -all",
        "v=spf1 ip:192.0.2.1 -all",
        "v=spf1 mx +all",
        "v=spf1 mx ?all",
        "v=spf1 ptr -all",
        "v=spf1 ip4:192.0.2.300 -all",
        "v=spf1 ip4:192.0.2.0/33 -all",
        "v=spf1 ip4:2001:db8::1 -all",
        "v=spf1 ip6:192.0.2.1 -all",
        "v=spf1 ip6:zz -all",
        "v=spf1 ip4 ip6 include exists -all",
        "v=spf1 include:localhost a:bad..example mx:x/y.example -all",
        "v=spf1 include: -all",
        "v=spf1 mx -all v=spf1 a",
        "v=spf1 mx inclde:example.net -all",
        "v=spf1 mx foo=bar -all",
        "v=spf1 redirect=a.example redirect=b.example",
        "v=spf1 redirect=localhost",
        "v=spf1 mx redirect=_spf.example.net -all",
        "v=spf1 -all mx",
        "v=spf1 mx",
        "v=spf1 all/24",
        &long,
    ];
    for r in records {
        seen.findings(r, &builder::lint_text(r));
    }
    let long_string = format!("\"{}\"", "a".repeat(300));
    for typed in [
        long_string.as_str(),
        "\"v=spf1 mx \" \"google-site-verification=abc\"",
        "\"v=spf1 \" \"mx -all\"",
        "\"hello\" \"v=spf1 -all\"",
    ] {
        seen.findings(typed, &builder::lint_typed(typed));
    }
    seen.findings(
        "rrset",
        &builder::lint_rrset(
            &[vec!["v=spf1 mx -all".into()], vec!["v=spf1 a -all".into()]],
            &[vec!["v=spf1 a -all".into()]],
        ),
    );
    seen.findings(
        "rrset",
        &builder::lint_rrset(&[vec!["x".into()]], &[vec!["v=spf1 a -all".into()]]),
    );
    for form in [
        SpfForm {
            mx: true,
            a: true,
            ip4: vec![
                "192.0.2.0/24".into(),
                "192.0.2.300".into(),
                "192.0.2.0/033".into(),
            ],
            ip6: vec!["2001:db8::/129".into(), "zz".into()],
            includes: vec![
                "_spf.example.net".into(),
                "localhost".into(),
                "a b.example".into(),
                "a..b".into(),
                ".".into(),
            ],
            all: Some(Qualifier::Neutral),
            redirect: Some("other.example".into()),
        },
        SpfForm {
            redirect: Some("nodot".into()),
            ..Default::default()
        },
        SpfForm {
            all: Some(Qualifier::Pass),
            ..Default::default()
        },
    ] {
        seen.findings("form", &builder::build(&form).findings);
    }
    let r = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"));
    for d in [
        "example.com",
        "big.example",
        "missing.example",
        "voids.example",
        "manymx.example",
        "loop.example",
        "two.example",
        "twoinc.example",
        "old.example",
        "nospf.example",
        "nothing.example",
        "redir.example",
        "redirall.example",
    ] {
        seen.lint(d, &block_on(builder::lint_domain(&r, d)));
    }
    seen.lint(
        "typed",
        &block_on(builder::lint_record(
            &r,
            "big.example",
            "v=spf1 include:i1.example include:i6.example include:i2.example include:i3.example include:i4.example -all",
        )),
    );
    for name in [
        "_spf.example.net",
        "example.com",
        "out.example.com",
        "example.com",
    ] {
        let f = FailingName::timeout(
            ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone")),
            name,
        );
        seen.lint(name, &block_on(builder::lint_domain(&f, "example.com")));
    }
    let f = FailingName::timeout(
        ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone")),
        "manymx.example",
    );
    seen.lint(
        "mx fails",
        &block_on(builder::lint_record(
            &f,
            "x.example",
            "v=spf1 mx:manymx.example redirect=manymx.example",
        )),
    );
    seen.assert_all_recognized(60);
}

#[test]
fn real_sentences_read_in_german_and_ukrainian() {
    let zone = ZoneResolver::offline(
        Zone::parse(
            r#"
$ORIGIN example.org.
@        300 TXT "v=spf1 ip4:198.51.100.0/24 include:_spf.example.net ~all"
_spf.example.net. 300 TXT "v=spf1 ip4:203.0.113.0/24 -all"
"#,
            None,
        )
        .expect("zone"),
    );
    let req = SpfRequest {
        ip: "192.0.2.7".parse().expect("ip"),
        helo: Some("mail.example.org".into()),
        mail_from: "a@example.org".into(),
        receiver: None,
        now: 0,
    };
    let r = block_on(spf::evaluate(&zone, &req));
    let texts: Vec<&Text> = flatten(&r.trace).into_iter().map(|s| &s.text).collect();
    let step = |start: &str| {
        texts
            .iter()
            .find(|t| t.en().starts_with(start))
            .copied()
            .unwrap_or_else(|| panic!("no step {start:?} in {texts:#?}"))
    };

    let s = step("TXT example.org");
    assert_eq!(s.en(), "TXT example.org: 1 TXT record");
    assert_eq!(translate(Lang::De, s), "TXT example.org: 1 TXT-Record");
    assert_eq!(translate(Lang::Uk, s), "TXT example.org: 1 запис TXT");

    let s = step("`ip4:198.51.100.0/24`");
    assert_eq!(
        s.en(),
        "`ip4:198.51.100.0/24` does not match: 192.0.2.7 is not in 198.51.100.0/24"
    );
    // The reason inside the step is a sentence of its own, translated too.
    assert_eq!(
        translate(Lang::De, s),
        "`ip4:198.51.100.0/24` trifft nicht zu: 192.0.2.7 liegt nicht in 198.51.100.0/24"
    );
    assert_eq!(
        translate(Lang::Uk, s),
        "`ip4:198.51.100.0/24` не збігається: 192.0.2.7 не входить до 198.51.100.0/24"
    );

    let s = step("`include:");
    assert_eq!(
        s.en(),
        "`include:_spf.example.net` does not match: the record of _spf.example.net gives fail (only pass matches)"
    );
    assert_eq!(
        translate(Lang::De, s),
        "`include:_spf.example.net` trifft nicht zu: der Record von _spf.example.net ergibt fail (nur pass trifft zu)"
    );

    let s = step("Result:");
    assert_eq!(s.en(), "Result: softfail (decided by `~all`)");
    assert_eq!(
        translate(Lang::De, s),
        "Ergebnis: softfail (entschieden durch `~all`)"
    );
    assert_eq!(
        translate(Lang::Uk, s),
        "Результат: softfail (вирішив `~all`)"
    );

    // Three levels: a syntax error inside a record step inside a term error.
    let e = parse_record("v=spf1 ip4:192.0.2.0/33").expect_err("bad prefix");
    assert_eq!(
        e.text().en(),
        "syntax error in `ip4:192.0.2.0/33`: `/33` is not a valid prefix length (0 to 32, no leading zeros)"
    );
    assert_eq!(
        translate(Lang::Uk, &e.text()),
        "синтаксична помилка в `ip4:192.0.2.0/33`: `/33` не є коректною довжиною префікса (від 0 до 32, без ведучих нулів)"
    );

    // An include whose record redirects to nowhere: the reason inside the
    // error step says "→ permerror" itself and still reads back whole.
    let zone = ZoneResolver::offline(
        Zone::parse(
            r#"
$ORIGIN example.org.
@        300 TXT "v=spf1 include:inc.example.org -all"
inc      300 TXT "v=spf1 redirect=gone.example.org"
"#,
            None,
        )
        .expect("zone"),
    );
    let r = block_on(spf::evaluate(&zone, &req));
    let s = flatten(&r.trace)
        .into_iter()
        .map(|s| &s.text)
        .find(|t| t.en().starts_with("`include:"))
        .expect("include step");
    assert_eq!(
        s.en(),
        "`include:inc.example.org`: the record of inc.example.org gives permerror: redirect target gone.example.org has no SPF record → permerror (RFC 7208 §6.1) → permerror"
    );
    assert_eq!(
        translate(Lang::De, s),
        "`include:inc.example.org`: der Record von inc.example.org ergibt permerror: Ziel des redirect gone.example.org hat keinen SPF-Record → permerror (RFC 7208 §6.1) → permerror"
    );

    // The linter: a finding of an included record, behind the walker's
    // "in <domain> (<via>)".
    let zone = ZoneResolver::offline(
        Zone::parse(
            r#"
$ORIGIN example.org.
@        300 TXT "v=spf1 include:a.example.org -all"
a        300 TXT "v=spf1 mx +all"
"#,
            None,
        )
        .expect("zone"),
    );
    let l = block_on(builder::lint_domain(&zone, "example.org"));
    let pass_all = l
        .findings
        .iter()
        .find(|x| x.code == "spf.pass-all")
        .expect("pass-all");
    assert_eq!(
        pass_all.message.en(),
        "in a.example.org (include:a.example.org): \"+all\" (or a bare \"all\") authorizes every host on the Internet to send as this domain"
    );
    assert_eq!(
        translate(Lang::De, &pass_all.message),
        "in a.example.org (include:a.example.org): „+all“ (oder ein bloßes „all“) erlaubt jedem Host im Internet, im Namen dieser Domain zu senden"
    );
    assert_eq!(
        translate(Lang::Uk, pass_all.fix.as_ref().expect("a fix")),
        "завершіть запис на «-all» (або «~all» під час тестування)"
    );
}
