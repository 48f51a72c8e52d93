//! The summary's sentences as catalog keys (src/summary.rs, src/i18n/catalog.rs
//! `Sum*`): for every message the other tests inspect, each item rendered
//! through the English catalog is exactly its `text`, which proves the keys
//! and arguments complete; a constructed report reaches every sentence the
//! messages do not; German and Ukrainian render with English core text kept
//! apart; reports without keys (older bundles) fall back to `text`.

use headerscope::auth::dnsbl::{DnsblResult, DnsblStatus};
use headerscope::auth::iprev::{IprevReport, PtrName};
use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::text::{Key, Segment, Text};
use headerscope::i18n::{Lang, Msg};
use headerscope::message::antispam::{AntispamField, AntispamHeader, SpamTest};
use headerscope::message::auth_results::{Comparison, ReceiverVerdict};
use headerscope::message::received::HopRow;
use headerscope::report::{
    ArcAar, ArcInstance, AuthResult, DkimReport, Identities, Report, ReportAuthorization,
};
use headerscope::summary::{summarize, SummaryItem};
use headerscope::trace::{Step, StepKind};
use headerscope::{inspect, Options};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

fn read(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// As the app runs a sample (tests/app_samples.rs).
fn sample(id: &str) -> Report {
    let zone = read(&format!("src/app/samples/{id}.zone"));
    let resolver = offline_resolver_from_text(&zone).expect("the sample zone parses");
    let raw = read(&format!("src/app/samples/{id}.eml"))
        .replace("\r\n", "\n")
        .replace('\n', "\r\n");
    block_on(inspect(raw.as_bytes(), &Options::default(), &resolver)).expect("inspects")
}

/// As tests/helpdesk_messages.rs runs its messages.
fn helpdesk(name: &str) -> Report {
    let zone = read("tests/data/messages/zone.txt");
    let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone parses"));
    let raw = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/messages/{name}")),
    )
    .expect("message");
    let options = Options {
        now: Some(1_794_000_000),
        ..Default::default()
    };
    block_on(inspect(&raw, &options, &resolver)).expect("inspects")
}

fn keys(t: &Text, out: &mut BTreeSet<String>) {
    for inner in t.walk() {
        if let Some(Key::App(m)) = inner.key() {
            out.insert(m.name().to_string());
        }
    }
}

/// Every item is a sentence of the app's catalog, and renders in German and
/// Ukrainian with every placeholder filled.
fn check(what: &str, items: &[SummaryItem], seen: &mut BTreeSet<String>) {
    for i in items {
        // The summary's own sentences are the app catalog's `Sum*`, and the
        // core's `Verdicts` catalog for those that count (plural forms) or
        // name receivers' verdicts (issue 17).
        let same_frame = match i.text.key() {
            Some(Key::App(key)) => key.text(Lang::De) == key.text(Lang::En),
            Some(Key::Core(p)) if p.area == "Verdicts" => false,
            _ => panic!("{what}: not a summary sentence: {:?}", i.text.en()),
        };
        for lang in [Lang::De, Lang::Uk] {
            let t = i.text.render(lang);
            // "{header}: {verdict}{tests}" is the same frame in every language.
            if !same_frame {
                assert_ne!(t, i.text.en(), "{what}: {lang:?} is a translation");
            }
            assert!(!t.contains('{'), "{what}: {lang:?} left a placeholder: {t}");
        }
        if let Some(action) = &i.action {
            for lang in [Lang::De, Lang::Uk] {
                let t = action.render(lang);
                assert_ne!(t, action.en(), "{what}: {lang:?} is a translation");
                assert!(!t.contains('{'), "{what}: {lang:?} left a placeholder: {t}");
            }
        }
        keys(&i.text, seen);
    }
}

fn constructed() -> Vec<Report> {
    let hop = |hop: usize, by: Option<&str>| HopRow {
        hop,
        by: by.map(str::to_string),
        boundary: true,
        clock_skew: true,
        delay_secs: Some(-3600),
        ..Default::default()
    };
    // No client IP, no SPF domain, every DKIM and ARC failure kind, both RFCs
    // disagreeing, unauthorized report addresses, BCL, refused DNSBL, iprev
    // failures, a receiver without authserv-id, skew and a hop without TLS.
    let mut a = Report {
        identities: Identities::default(),
        ..Default::default()
    };
    a.spf.result = AuthResult::Fail;
    a.dkim = vec![
        DkimReport {
            domain: "example.org".into(),
            selector: "s1".into(),
            result: AuthResult::PermError,
            reason: Text::verbatim("the key record has no p= tag"),
            ..Default::default()
        },
        DkimReport {
            domain: "example.org".into(),
            selector: "s2".into(),
            result: AuthResult::TempError,
            reason: Text::verbatim("DNS timeout"),
            ..Default::default()
        },
    ];
    a.arc.result = AuthResult::Fail;
    a.arc.reason = Text::verbatim("ARC-Seal i=2 does not verify");
    a.dmarc.result = AuthResult::Fail;
    a.dmarc.disposition = Text::verbatim("none");
    a.dmarc.from_domains = vec!["example.org".into()];
    // A key and a policy a resolver gave without vouching for them (no AD bit).
    let unvalidated = |name: &str| headerscope::dns::QueryLog {
        name: name.into(),
        rtype: headerscope::dns::RType::Txt,
        status: "NOERROR".into(),
        answers: vec![format!("{name} TXT \"v=...\"")],
        records: Vec::new(),
        ttl: Some(300),
        error: None,
        started_ms: 0.0,
        elapsed_ms: 1.0,
        shared: 0,
        resolver: "DoH https://resolver.example/dns-query".into(),
        rcode: Some(0),
        dns_error: None,
        dnssec: Some(false),
    };
    a.dns = vec![
        unvalidated("s1._domainkey.example.org"),
        unvalidated("_dmarc.example.org"),
    ];
    a.dmarc.differences = vec![Text::verbatim("RFC 7489 finds no record")];
    a.dmarc.report_authorization = vec![ReportAuthorization {
        domain: "example.org".into(),
        uri: "mailto:d@reports.example".into(),
        query: "example.org._report._dmarc.reports.example".into(),
        authorized: Some(false),
        ..Default::default()
    }];
    a.antispam = vec![
        AntispamHeader {
            header: "X-Forefront-Antispam-Report".into(),
            engine: "Microsoft".into(),
            spam: Some(true),
            fields: vec![AntispamField {
                key: "BCL".into(),
                value: "7".into(),
                meaning: None,
            }],
            ..Default::default()
        },
        AntispamHeader {
            header: "X-Spam-Status".into(),
            engine: "SpamAssassin".into(),
            verdict: Some(Text::verbatim("spam: score 7.1, required 5")),
            spam: Some(true),
            tests: vec![SpamTest {
                name: "BAYES_99".into(),
                score: Some(3.5),
                ..Default::default()
            }],
            ..Default::default()
        },
    ];
    a.dnsbl = vec![
        DnsblResult {
            zone: "zen.spamhaus.org".into(),
            query: "9.113.0.203.zen.spamhaus.org".into(),
            status: DnsblStatus::Unknown,
            codes: vec!["127.255.255.254".into()],
            meaning: vec![],
            reason: None,
            step: Step::new(StepKind::Result, Text::verbatim("refused")),
        },
        DnsblResult {
            zone: "bl.spamcop.net".into(),
            query: "9.113.0.203.bl.spamcop.net".into(),
            status: DnsblStatus::Listed,
            codes: vec!["127.0.0.2".into()],
            meaning: vec![Text::verbatim("listed by SpamCop")],
            reason: None,
            step: Step::new(StepKind::Result, Text::verbatim("listed")),
        },
    ];
    a.iprev = Some(IprevReport {
        ip: "203.0.113.9".into(),
        result: AuthResult::Fail,
        helo: Some("nowhere.invalid".into()),
        helo_resolves: Some(false),
        ..Default::default()
    });
    a.receiver_said = vec![ReceiverVerdict {
        header: "Authentication-Results".into(),
        comparisons: vec![Comparison {
            method: "dkim".into(),
            theirs: "pass".into(),
            ours: Text::verbatim("fail"),
            agree: false,
            explanation: Text::verbatim("the message was changed after it arrived"),
        }],
        ..Default::default()
    }];
    a.received.hops = vec![hop(1, None), hop(2, Some("mx.example.net"))];

    // The other branch of each choice: an SPF permerror, ARC vouching by two
    // sealers for a message whose author's signature broke, a PTR that does
    // not lead back, DMARC pass with SPF alone.
    let mut b = Report::default();
    b.spf.result = AuthResult::PermError;
    b.spf.domain = "example.org".into();
    b.spf.explanation = Some(Text::verbatim("too many DNS lookups"));
    b.dkim = vec![DkimReport {
        domain: "example.org".into(),
        selector: "s1".into(),
        result: AuthResult::Fail,
        body_hash_matches: Some(false),
        ..Default::default()
    }];
    b.arc.result = AuthResult::Pass;
    b.arc.instances = vec![
        ArcInstance {
            instance: 1,
            domain: "lists.example".into(),
            ..Default::default()
        },
        ArcInstance {
            instance: 2,
            domain: "relay.example".into(),
            ..Default::default()
        },
    ];
    b.arc.aar = vec![ArcAar {
        instance: 1,
        authserv_id: "lists.example".into(),
        results: vec!["dkim=pass header.d=example.org".into(), "spf=pass".into()],
    }];
    b.dmarc.result = AuthResult::Pass;
    b.dmarc.spf_aligned = true;
    b.dmarc.from_domains = vec!["example.org".into()];
    b.iprev = Some(IprevReport {
        ip: "203.0.113.9".into(),
        result: AuthResult::Fail,
        ptr: vec![PtrName {
            name: "host.example.net".into(),
            ..Default::default()
        }],
        ..Default::default()
    });

    let mut c = Report::default();
    c.spf.result = AuthResult::TempError;
    c.dmarc.result = AuthResult::Pass;
    c.dmarc.spf_aligned = true;
    c.dmarc.dkim_aligned = true;
    c.antispam = vec![AntispamHeader {
        header: "X-Spam-Flag".into(),
        engine: "rspamd".into(),
        spam: Some(true),
        ..Default::default()
    }];
    let mut d = Report::default();
    d.dmarc.result = AuthResult::Fail;
    d.spf.result = AuthResult::Pass;
    d.spf.explanation = Some(Text::verbatim("the DoH server answered SERVFAIL"));
    d.arc.result = AuthResult::Pass;
    d.arc.instances = b.arc.instances[..1].to_vec();
    let mut e = d.clone();
    e.spf.result = AuthResult::TempError;
    e.dmarc.result = AuthResult::Pass;
    e.dmarc.dkim_aligned = true;
    vec![a, b, c, d, e]
}

#[test]
fn english_catalog_gives_every_summary_text() {
    let mut seen = BTreeSet::new();
    for id in ["pass", "softfail", "forwarded", "spoofed"] {
        let r = sample(id);
        assert_eq!(r.summary, summarize(&r));
        check(&format!("sample {id}"), &r.summary, &mut seen);
    }
    for name in [
        "gmail.eml",
        "m365.eml",
        "postfix_amavis.eml",
        "arc_forwarded.eml",
        "mailing_list.eml",
    ] {
        let r = helpdesk(name);
        assert!(!r.summary.is_empty(), "{name}");
        check(name, &r.summary, &mut seen);
    }
    // The messages include DNSBL listings and antispam verdicts.
    for k in [
        "SumDnsblListed",
        "SumSpamHeader",
        "SumSpfFail",
        "SumArcPass",
    ] {
        assert!(seen.contains(k), "the messages reach {k}: {seen:?}");
    }
    // The triage's items (src/triage/): a newsletter without one-click
    // unsubscribe and a lookalike From (tests/data/triage/).
    for name in ["bulk-no-oneclick.eml", "lookalike-paypa1.eml"] {
        let zone = read("tests/data/triage/zone.txt");
        let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone parses"));
        let raw = read(&format!("tests/data/triage/{name}"));
        let options = Options {
            now: Some(1_796_600_000),
            ..Default::default()
        };
        let r = block_on(inspect(raw.as_bytes(), &options, &resolver)).expect("inspects");
        check(name, &r.summary, &mut seen);
    }
    for (i, r) in constructed().iter().enumerate() {
        check(&format!("constructed {i}"), &summarize(r), &mut seen);
    }
    let all: BTreeSet<String> = Msg::ALL
        .iter()
        .map(|m| m.name())
        .filter(|n| n.starts_with("Sum") && !n.starts_with("Summary"))
        .map(str::to_string)
        .collect();
    let unused: Vec<&String> = all.difference(&seen).collect();
    assert!(unused.is_empty(), "never produced: {unused:?}");
    assert!(all.len() >= 30, "{}", all.len());
}

#[test]
fn german_sentence_keeps_outside_text_as_written() {
    let r = &constructed()[0];
    let s = summarize(r);
    let dkim = s
        .iter()
        .find(|i| i.text.en().starts_with("DKIM permerror"))
        .expect("the permerror item");
    assert_eq!(
        dkim.text.segments(Lang::De),
        // The constructed reason is outside text: kept as written.
        vec![Segment::Translated(
            "DKIM-Ergebnis permerror (d=example.org, s=s1): the key record has no p= tag".into()
        )]
    );
    let spf = s
        .iter()
        .find(|i| i.text.en().starts_with("SPF fail"))
        .expect("the SPF item");
    assert_eq!(
        spf.text.en(),
        "SPF fail: the client is not in the sender domain's record"
    );
    assert_eq!(
        spf.text_in(Lang::De),
        "SPF fail: Die Adresse des Clients steht nicht im SPF-Record von der Absenderdomain"
    );
    assert_eq!(
        spf.text_in(Lang::Uk),
        "SPF fail: адреси клієнта немає в SPF-записі домену відправника"
    );
}

#[test]
fn pass_sample_in_german() {
    // tests/e2e/i18n.test.mjs looks for the same sentence on the page.
    let r = sample("pass");
    let texts: Vec<String> = r.summary.iter().map(|i| i.text_in(Lang::De)).collect();
    assert_eq!(
        texts,
        vec!["DMARC pass für example.com (SPF und DKIM aligned)"],
        "{:?}",
        r.summary
    );
}

#[test]
fn soft_fail_sample_in_german() {
    let r = sample("softfail");
    // The disposition is the core's own sentence: it is German too.
    let dmarc = &r.summary[0].text;
    assert_eq!(
        dmarc.segments(Lang::De),
        vec![Segment::Translated(
            "DMARC p=quarantine und eine Prüfung hat bestanden, aber nicht für eine Domain mit Alignment zur From-Domain (From: shop.example) → quarantine: in den Spam-Ordner zustellen oder zurückhalten".into()
        )]
    );
    let spf = r
        .summary
        .iter()
        .find(|i| i.text.en().starts_with("SPF softfail"))
        .expect("SPF item");
    assert_eq!(
        spf.text_in(Lang::De),
        "SPF softfail: Die Adresse 198.51.100.23 steht nicht im SPF-Record von shop.example, ausgewertet bis `~all`",
        "{:?}",
        spf.text
    );
}

#[test]
fn items_without_a_key_show_their_text() {
    // A bundle from before the summary was translated.
    let old: SummaryItem = serde_json::from_str(
        r#"{"text":"SPF fail: 192.0.2.1 is not in example.org's record","severity":"critical","link":"spf.trace"}"#,
    )
    .expect("an old item reads");
    assert_eq!(old.text.key(), None);
    assert_eq!(old.text_in(Lang::De), old.text.en());
    // A key this version does not know (a newer bundle).
    let newer: SummaryItem = serde_json::from_str(
        r#"{"text":"SPF fail: 192.0.2.1 is not in example.org's record","text_i18n":{"key":"App.SumSomethingNew"},"severity":"critical","link":"spf.trace"}"#,
    )
    .expect("a newer item reads");
    assert_eq!(newer.text_in(Lang::Uk), old.text.en());
    // The key survives JSON.
    let r = sample("softfail");
    let json = serde_json::to_string(&r.summary).expect("serializes");
    let back: Vec<SummaryItem> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, r.summary);
}
