//! The intake area's sentences (src/i18n/phrases/intake.rs) beyond the
//! fixture reports of tests/core_i18n.rs: identities and the trust boundary
//! under every override, receivers' results and `describe()` lines, the
//! antispam headers of every engine, iprev and DNSBL answers, DNS failures
//! (errors, timeouts, the time budget, bad DoH answers), zone-file parse
//! errors, evidence bundle errors. Every one must be a catalog sentence, so
//! the app can show it in German and Ukrainian.

use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::auth::dnsbl::code_meaning;
use headerscope::bundle::{self, Bundle};
use headerscope::dns::doh::codec;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::dns::{Answer, Budget, DnsError, DnsResult, RType, Rcode, Resolver};
use headerscope::i18n::text::{Describe, Text};
use headerscope::i18n::Lang;
use headerscope::message::{antispam, received, Overrides};
use headerscope::report::Report;
use headerscope::{inspect, inspect_with_budget, Options};
use std::path::PathBuf;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

fn path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The sentences of a report that the intake area writes.
fn intake_sentences(r: &Report) -> Vec<Text> {
    let mut out = Vec::new();
    let src = &r.identities.sources;
    out.extend([&src.ip, &src.helo, &src.mail_from, &src.from_domain].map(Text::clone));
    out.push(r.received.boundary_source.clone());
    out.extend(r.received.warnings.iter().cloned());
    out.extend(r.notices.iter().cloned());
    out.extend(r.dns.iter().filter_map(|q| q.error.clone()));
    for v in &r.receiver_said {
        out.extend(v.warnings.iter().cloned());
        for c in &v.comparisons {
            out.push(c.explanation.clone());
            // Result words are data; "not checked" is a sentence.
            if c.ours.key().is_some() {
                out.push(c.ours.clone());
            }
        }
        out.extend(v.results.iter().map(|m| v.describe(m)));
    }
    for h in &r.antispam {
        out.extend(h.verdict.clone());
        out.extend(h.fields.iter().filter_map(|f| f.meaning.clone()));
    }
    if let Some(i) = &r.iprev {
        out.extend(
            headerscope::trace::flatten(&i.trace)
                .into_iter()
                .map(|s| s.text.clone()),
        );
    }
    for d in &r.dnsbl {
        out.extend(d.meaning.iter().cloned());
        out.push(d.step.text.clone());
    }
    // The explanation is intake's only when SPF did not run at all.
    if r.spf.trace.is_empty() {
        out.extend(r.spf.explanation.clone());
    }
    out.retain(|s| !s.is_empty());
    out
}

fn fixture_messages() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["tests/data/messages", "tests/data/hostile"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path(dir))
            .expect("fixture dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        for f in files {
            out.push((f.display().to_string(), std::fs::read(&f).expect("message")));
        }
    }
    out.push((
        "basic.eml".into(),
        std::fs::read(path("tests/data/basic.eml")).expect("basic.eml"),
    ));
    out
}

/// The fixture messages with the user's overrides: the boundary moved, out
/// of range, the identities given.
fn reports_with_overrides() -> Vec<(String, Report)> {
    let zone = read("tests/data/messages/zone.txt");
    let overrides = [
        Overrides::default(),
        Overrides {
            boundary: Some(0),
            ..Default::default()
        },
        Overrides {
            boundary: Some(1),
            ..Default::default()
        },
        Overrides {
            boundary: Some(99),
            ..Default::default()
        },
        Overrides {
            ip: Some("192.0.2.7".parse().expect("ip")),
            helo: Some("mail.example.org".into()),
            mail_from: Some("a@example.org".into()),
            rcpt_to: Vec::new(),
            boundary: None,
        },
    ];
    let mut out = Vec::new();
    for (name, raw) in fixture_messages() {
        for o in &overrides {
            let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone"));
            let options = Options {
                now: Some(1_794_000_000),
                overrides: o.clone(),
                dnsbl_zones: vec!["zen.spamhaus.org".into(), "bl.spamcop.net".into()],
                ..Default::default()
            };
            if let Ok(r) = block_on(inspect(&raw, &options, &resolver)) {
                out.push((format!("{name} {o:?}"), r));
            }
        }
    }
    out
}

/// Answers nothing right: each name fails in its own way.
struct Broken;

impl Resolver for Broken {
    fn query<'a>(&'a self, name: &'a str, _rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        let r = if name.contains("in-addr") || name.contains("ip6.arpa") {
            Err(DnsError::Transport(Text::verbatim("connection refused")))
        } else if name.starts_with("_dmarc") {
            // What a DoH server sending an empty body gives.
            codec::decode_json_answer(b"")
        } else if name.contains("_domainkey") {
            Err(DnsError::NotInBundle)
        } else if name.ends_with("spamhaus.org") {
            Err(DnsError::Offline)
        } else if name.ends_with("spamcop.net") {
            Ok(Answer::new(Rcode::ServFail, Vec::new()))
        } else {
            Err(DnsError::Timeout)
        };
        async move { r }.boxed_local()
    }

    fn describe(&self) -> String {
        "broken".into()
    }
}

/// Never answers: the time budget decides.
struct Silent;

impl Resolver for Silent {
    fn query<'a>(&'a self, _name: &'a str, _rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        futures::future::pending().boxed_local()
    }

    fn describe(&self) -> String {
        "silent".into()
    }
}

fn dns_failure_sentences() -> Vec<Text> {
    let raw = std::fs::read(path("tests/data/basic.eml")).expect("basic.eml");
    let options = Options {
        now: Some(1_794_000_000),
        dnsbl_zones: vec!["zen.spamhaus.org".into(), "bl.spamcop.net".into()],
        ..Default::default()
    };
    let mut out = Vec::new();
    let r = block_on(inspect(&raw, &options, &Broken)).expect("inspects");
    out.extend(intake_sentences(&r));
    for budget in [
        Budget {
            per_query_ms: 30,
            overall_ms: 10_000,
            cancel: None,
        },
        Budget {
            per_query_ms: 10_000,
            overall_ms: 40,
            cancel: None,
        },
    ] {
        let r = block_on(inspect_with_budget(&raw, &options, &Silent, budget)).expect("inspects");
        out.extend(intake_sentences(&r));
    }
    for e in [
        DnsError::Timeout,
        DnsError::Offline,
        DnsError::Cancelled,
        DnsError::NotInBundle,
        DnsError::Transport(Text::verbatim("x")),
    ] {
        out.push(e.text());
    }
    // Bad DoH answers, wire and JSON.
    let wire: [&[u8]; 3] = [b"", b"not dns at all", &[0u8; 70_000]];
    for w in wire {
        out.extend(
            codec::decode_wire_answer(w, "example.org", RType::Txt)
                .err()
                .map(|e| e.text()),
        );
    }
    let json: [&[u8]; 7] = [
        b"",
        b"{",
        br#"{"Status":0,"TC":true}"#,
        br#"{"Status":0,"Answer":[{"name":"a.example","type":1,"TTL":1,"data":"999.1.1.1"}]}"#,
        br#"{"Status":0,"Answer":[{"name":"a.example","type":28,"TTL":1,"data":"nope"}]}"#,
        br#"{"Status":0,"Answer":[{"name":"a.example","type":15,"TTL":1,"data":"ten mx."}]}"#,
        br#"{"Status":0,"Answer":[{"name":"a.example","type":15,"TTL":1,"data":"10"}]}"#,
    ];
    for j in json {
        out.extend(codec::decode_json_answer(j).err().map(|e| e.text()));
    }
    for t in [r#""open"#, r#""\999""#, r#""a" b"#] {
        out.extend(codec::unquote_txt(t).err());
    }
    out
}

fn zone_errors() -> Vec<Text> {
    [
        "a.example. IN A 192.0.2.1 )\n",
        "a.example. IN TXT \"\\12x\"\n",
        "a.example. IN TXT \"\\300\"\n",
        "a.example. IN TXT \"open\n",
        "a.example. IN TXT ( \"x\"\n",
        "$ORIGIN\n",
        "$TTL\n",
        "$TTL soon\n",
        "$INCLUDE other.zone\n",
        " IN A 192.0.2.1\n",
        "a.example.\n",
        "a.example. IN MX\n",
        "a.example. IN A 999.1.1.1\n",
        "a.example. IN AAAA nope\n",
        "a.example. IN MX ten mx.example.\n",
        "a.example. IN WKS 1\n",
    ]
    .iter()
    .filter_map(|z| Zone::parse(z, None).err().map(|e| e.text()))
    .collect()
}

fn bundle_errors() -> Vec<Text> {
    let mut out = Vec::new();
    for text in [
        "{",
        r#"{"version":1}"#,
        r#"{"format":"other","version":1}"#,
        r#"{"format":"headerscope-bundle","version":999}"#,
        r#"{"format":"headerscope-bundle"}"#,
    ] {
        out.extend(Bundle::from_json(text).err().map(|e| e.text()));
    }
    let raw = std::fs::read(path("tests/data/basic.eml")).expect("basic.eml");
    let zone = read("tests/data/basic.zone");
    let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone"));
    let options = Options::default();
    let report = block_on(inspect(&raw, &options, &resolver)).expect("inspects");
    let b = bundle::create(&raw, &options, &report, false);
    out.extend(
        b.check_message(b"Subject: other\r\n\r\n")
            .err()
            .map(|e| e.text()),
    );
    out
}

fn antispam_sentences() -> Vec<Text> {
    let headers = [
        ("X-Forefront-Antispam-Report", "CIP:203.0.113.9;CTRY:US;LANG:en;SCL:5;SRV:BULK;IPV:NLI;SFV:SPM;H:out.example.org;PTR:out.example.org;CAT:SPOOF;SFS:(13230031);DIR:INB;SFTY:9.25;SFP:1501"),
        ("X-Forefront-Antispam-Report", "CIP:198.51.100.1;CTRY:;SCL:1;SFV:NSPM;IPV:CAL;CAT:NONE;DIR:OUT;SFTY:9.19;SFP:1102"),
        ("X-Forefront-Antispam-Report", "SCL:-1;SFV:SKN;CAT:BULK;DIR:INT;SFTY:9.20"),
        ("X-Forefront-Antispam-Report", "SCL:3;SFV:SKA;CAT:PHSH;SFTY:9.1"),
        ("X-Forefront-Antispam-Report", "SCL:7;SFV:SKB;CAT:HPHSH"),
        ("X-Forefront-Antispam-Report", "SCL:x;SFV:BLK;CAT:MALW"),
        ("X-Forefront-Antispam-Report", "SFV:SFE;CAT:DIMP"),
        ("X-Forefront-Antispam-Report", "SFV:SKI;CAT:GIMP"),
        ("X-Forefront-Antispam-Report", "SFV:SKQ;CAT:HSPM"),
        ("X-Forefront-Antispam-Report", "SFV:SKS;CAT:SPM"),
        ("X-Forefront-Antispam-Report", "CAT:UIMP"),
        ("X-Forefront-Antispam-Report", "CAT:AMP"),
        ("X-Forefront-Antispam-Report", "CAT:SAP"),
        ("X-Forefront-Antispam-Report", "CAT:FTBP"),
        ("X-Forefront-Antispam-Report", "CAT:OSPM"),
        ("X-Forefront-Antispam-Report", "CAT:INTOS"),
        ("X-Microsoft-Antispam", "BCL:0;PCL:2"),
        ("X-Microsoft-Antispam", "BCL:2;PCL:6"),
        ("X-Microsoft-Antispam", "BCL:5;PCL:x"),
        ("X-Microsoft-Antispam", "BCL:9"),
        ("X-Microsoft-Antispam", "BCL:x;ARA:1"),
        ("X-MS-Exchange-Organization-SCL", "9"),
        ("X-MS-Exchange-Organization-SCL", "6"),
        ("X-MS-Exchange-Organization-PCL", "2"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthAs", "Partner"),
        ("X-MS-Exchange-Organization-AuthAs", "Other"),
        ("X-Spam-Status", "Yes, score=7.3 required=5.0 tests=BAYES_99,SPF_SOFTFAIL autolearn=no autolearn_force=no version=3.4.6"),
        ("X-Spam-Status", "No, score=-1.9 tagged_above=-999 required=6.31 tests=[BAYES_00=-1.9] autolearn=ham"),
        ("X-Spam-Score", "2.5"),
        ("X-Spam-Flag", "YES"),
        ("X-Spam-Flag", "NO"),
        ("X-Spam-Level", "*"),
        ("X-Spam-Level", "****"),
        ("X-Spam-Level", ""),
        ("X-Spamd-Result", "default: False [3.40 / 15.00]; R_SPF_SOFTFAIL(0.60)[~all]"),
        ("X-Spamd-Result", "default: True [16.00 / 15.00]; BAD(16.00)"),
        ("X-Spamd-Result", "default: maybe [1.00 / 15.00]"),
        ("X-Rspamd-Score", "3.4"),
        ("X-Virus-Scanned", "Debian amavisd-new at mx.example.net"),
        ("X-Virus-Scanned", "ClamAV"),
    ];
    let mut out = Vec::new();
    for (n, v) in headers {
        let h = antispam::decode(n, v).unwrap_or_else(|| panic!("{n} is decoded"));
        out.extend(h.verdict);
        out.extend(h.fields.into_iter().filter_map(|f| f.meaning));
    }
    for a in [
        "no action",
        "greylist",
        "add header",
        "rewrite subject",
        "soft reject",
        "reject",
        "odd",
    ] {
        let h = antispam::decode("X-Rspamd-Action", a).expect("decoded");
        out.extend(h.verdict);
        out.extend(h.fields.into_iter().filter_map(|f| f.meaning));
    }
    out
}

fn received_and_dnsbl_sentences() -> Vec<Text> {
    let hops = vec![
        "from relay.internal (relay [10.0.0.5]) by mx.example.net; not a date".to_string(),
        "from out.example.org (out.example.org [203.0.113.9]) by relay.internal; Mon, 2 Nov 2026 10:00:00 +0100".to_string(),
    ];
    let mut out = Vec::new();
    for boundary in [None, Some(0), Some(1), Some(5)] {
        let c = received::chain(&hops, None, boundary);
        out.push(c.boundary_source);
        out.extend(c.warnings);
    }
    let one = vec![hops[1].clone()];
    let c = received::chain(&one, None, Some(3));
    out.extend(c.warnings);
    let private = vec!["from a (a [10.0.0.1]) by b".to_string()];
    out.push(received::chain(&private, None, None).boundary_source);
    let c = received::chain(&private, None, Some(0));
    out.push(c.boundary_source);
    for (zone, last) in [
        ("zen.spamhaus.org", [127, 0, 0, 2]),
        ("zen.spamhaus.org", [127, 0, 0, 3]),
        ("zen.spamhaus.org", [127, 0, 0, 4]),
        ("zen.spamhaus.org", [127, 0, 0, 9]),
        ("zen.spamhaus.org", [127, 0, 0, 10]),
        ("zen.spamhaus.org", [127, 0, 0, 11]),
        ("zen.spamhaus.org", [127, 0, 0, 99]),
        ("zen.spamhaus.org", [127, 255, 255, 252]),
        ("zen.spamhaus.org", [127, 255, 255, 254]),
        ("zen.spamhaus.org", [127, 255, 255, 255]),
        ("zen.spamhaus.org", [127, 255, 255, 1]),
        ("bl.spamcop.net", [127, 0, 0, 2]),
        ("bl.spamcop.net", [10, 0, 0, 1]),
    ] {
        out.push(code_meaning(zone, last.into()).1);
    }
    out
}

/// Every intake sentence the fixtures, failures and odd inputs give, with
/// where it came from.
fn collect() -> Vec<(String, Text)> {
    let mut all: Vec<(String, Text)> = Vec::new();
    for (what, r) in reports_with_overrides() {
        all.extend(intake_sentences(&r).into_iter().map(|s| (what.clone(), s)));
    }
    let groups: [(&str, Vec<Text>); 6] = [
        ("DNS failures", dns_failure_sentences()),
        ("zone errors", zone_errors()),
        ("bundle errors", bundle_errors()),
        ("antispam", antispam_sentences()),
        ("received/dnsbl", received_and_dnsbl_sentences()),
        (
            "input errors",
            ["", "not a message\n", "::\n"]
                .iter()
                .filter_map(|m| headerscope::message::parse(m.as_bytes()).err())
                .map(|e| e.text())
                .collect(),
        ),
    ];
    for (what, list) in groups {
        assert!(!list.is_empty(), "{what} gave no sentence");
        all.extend(list.into_iter().map(|s| (what.to_string(), s)));
    }
    all
}

#[test]
fn every_intake_sentence_is_in_the_catalog() {
    let all = collect();
    assert!(all.len() > 400, "only {} sentences", all.len());
    let mut seen = std::collections::BTreeSet::new();
    let missing: Vec<String> = all
        .iter()
        .filter(|(_, s)| s.key().is_none())
        .filter(|(_, s)| seen.insert(s.en()))
        .map(|(w, s)| format!("{w}: {:?}", s.en()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} sentences were written outside the catalog:\n{}",
        missing.len(),
        missing.join("\n")
    );
    // Each kind of failure really was met, not only the happy paths.
    for want in [
        "the DNS query timed out: no answer within 30 ms (the per-query limit)",
        "DNS transport error: connection refused",
        "bad DNS answer: the answer body is empty",
        "line 1: unbalanced ')'",
        "evidence bundle version 999 is not supported",
        "the trust boundary cannot be Received header #4: the message has 1 Received header;",
        "the trust boundary cannot be Received header #6: the message has 2 Received headers;",
        "1 star: one per whole score point",
        "4 stars: one per whole score point",
    ] {
        assert!(
            all.iter().any(|(_, s)| s.en().contains(want)),
            "no sentence contains {want:?}"
        );
    }
}

#[test]
fn intake_sentences_read_in_german_and_ukrainian() {
    let mut all = collect();
    let without_id = headerscope::message::auth_results::parse_authentication_results(
        "dkim=pass header.d=contoso.com",
    );
    all.push((
        "no authserv-id".into(),
        without_id.describe(&without_id.results[0]),
    ));
    if let Err(e) = Zone::parse("\n\n$TTL soon\n", None) {
        all.push(("zone line 3".into(), e.text()));
    }
    let translate = |lang: Lang, english: &str| {
        all.iter()
            .flat_map(|(_, t)| t.walk())
            .find(|t| t.en() == english)
            .unwrap_or_else(|| panic!("never seen: {english:?}"))
            .render(lang)
    };
    let cases = [
        (
            "Return-Path header",
            "Return-Path-Header",
            "Заголовок Return-Path",
        ),
        (
            "automatic: the topmost hop from a public client address",
            "automatisch: der oberste Hop von einer öffentlichen Client-Adresse",
            "автоматично: найвищий хоп із публічної адреси клієнта",
        ),
        (
            "192.0.2.7 is not listed in zen.spamhaus.org",
            "192.0.2.7 ist nicht in zen.spamhaus.org gelistet",
            "192.0.2.7 немає у списку zen.spamhaus.org",
        ),
        // Nested: the SCL meaning inside the field's sentence.
        (
            "spam confidence level 9: high confidence spam",
            "Spam-Konfidenzstufe (SCL) 9: Spam mit hoher Zuverlässigkeit",
            "рівень упевненості щодо спаму (SCL) 9: спам з високою впевненістю",
        ),
        // Nested twice: a DoH error inside a DNS error inside the log line.
        (
            "bad DNS answer: the answer body is empty",
            "fehlerhafte DNS-Antwort: der Body der Antwort ist leer",
            "некоректна відповідь DNS: тіло відповіді порожнє",
        ),
        (
            "the DNS query timed out: no answer within 30 ms (the per-query limit)",
            "die DNS-Abfrage hat das Zeitlimit überschritten: keine Antwort innerhalb von 30 ms (das Limit pro Abfrage)",
            "час очікування DNS-запиту вичерпано: немає відповіді протягом 30 мс (ліміт на один запит)",
        ),
        (
            "the receiver (Authentication-Results without authserv-id) said dkim=pass header.d=contoso.com",
            "der Empfänger (Authentication-Results ohne authserv-id) meldete dkim=pass header.d=contoso.com",
            "одержувач (Authentication-Results без authserv-id) повідомив dkim=pass header.d=contoso.com",
        ),
        (
            "line 3: bad $TTL 'soon'",
            "Zeile 3: ungültiges $TTL „soon“",
            "рядок 3: некоректне значення $TTL «soon»",
        ),
    ];
    for (en, de, uk) in cases {
        assert_eq!(translate(Lang::De, en), de, "{en}");
        assert_eq!(translate(Lang::Uk, en), uk, "{en}");
    }
}

/// Counted sentences take the form of their number in each language
/// (Ukrainian: one, few, many).
#[test]
fn counted_sentences_agree_with_their_number() {
    use headerscope::i18n::phrases::intake::Intake;
    let stars = |n: u64| headerscope::tr!(Intake::Stars, n = n);
    let translate = |lang: Lang, t: &Text| t.render(lang);
    assert_eq!(stars(1).en(), "1 star: one per whole score point");
    assert_eq!(stars(7).en(), "7 stars: one per whole score point");
    assert_eq!(
        translate(Lang::Uk, &stars(1)),
        "1 зірочка: по одній за кожен повний бал"
    );
    assert_eq!(
        translate(Lang::Uk, &stars(3)),
        "3 зірочки: по одній за кожен повний бал"
    );
    assert_eq!(
        translate(Lang::Uk, &stars(7)),
        "7 зірочок: по одній за кожен повний бал"
    );
    assert_eq!(
        translate(Lang::De, &stars(1)),
        "1 Stern: einer pro ganzem Punkt"
    );
    let out_of_range = headerscope::tr!(Intake::BoundaryOutOfRange, index = 9, n = 2);
    assert_eq!(
        translate(Lang::Uk, &out_of_range),
        "межею довіри не може бути заголовок Received № 9: у листі 2 заголовки Received; використано автоматичний вибір"
    );
}
