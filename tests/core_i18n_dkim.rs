//! DKIM's and ARC's sentences in the catalog (src/i18n/phrases/dkim.rs), from
//! sources beyond tests/core_i18n.rs's fixtures: the ValiMail ARC suite,
//! dkimpy's messages, chains and signatures made here (broken on purpose in
//! every way the verifier names), the helpdesk fixtures signed and sealed,
//! key lookups that fail, and the DKIM key tools. Every sentence DKIM and ARC
//! write (reasons, warnings, trace steps, fact names, the key tools' findings,
//! fixes, summaries and errors) must be recognized, so the app can translate it.

mod arc_suite_support;
mod mail_auth_support;

use futures::executor::block_on;
use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::auth::{arc, dkim};
use headerscope::builder::dkim as keys;
use headerscope::builder::dkim::{KeyRequest, KeyType};
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::dns::{Answer, DnsError, DnsResult, RType, Rcode, Resolver};
use headerscope::i18n::text::{Arg, Text};
use headerscope::i18n::Lang;
use headerscope::report::{ArcReport, DkimReport};
use headerscope::trace::{flatten, Step};
use headerscope::{inspect, Options};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::AuthenticatedMessage;
use mail_auth_support::{Cache, Intermediary, Key};
use std::collections::BTreeSet;

const MESSAGE: &str = "From: Alice <alice@example.com>\r\nTo: devs@lists.example.org\r\nSubject: Release\r\nDate: Sat, 7 Nov 2026 08:00:00 +0000\r\nMessage-ID: <5@example.com>\r\n\r\nRelease notes.\r\n";

fn path(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every sentence seen, with where it was first seen.
#[derive(Default)]
struct Seen {
    texts: Vec<(String, Text)>,
    unique: BTreeSet<String>,
    /// Fact values: mostly data (hashes, numbers, `relaxed`), a few words.
    values: Vec<Text>,
}

impl Seen {
    fn add(&mut self, what: &str, text: &Text) {
        if !text.is_empty() && self.unique.insert(text.en()) {
            self.texts.push((what.to_string(), text.clone()));
        }
    }

    fn steps(&mut self, what: &str, trace: &[Step]) {
        for s in flatten(trace) {
            self.add(what, &s.text);
            // Fact names that are tags (`bh=`) are not words to translate.
            for f in s.facts.iter().filter(|f| f.name.as_verbatim().is_none()) {
                self.add(what, &f.name);
                self.values.push(f.value.clone());
            }
        }
    }

    fn dkim(&mut self, what: &str, reports: &[DkimReport]) {
        for r in reports {
            self.add(what, &r.reason);
            for w in &r.warnings {
                self.add(what, w);
            }
            self.steps(what, &r.trace);
        }
    }

    fn arc(&mut self, what: &str, r: &ArcReport) {
        self.add(what, &r.reason);
        self.steps(what, &r.trace);
    }

    /// Sentences written outside the catalog (at any depth: a reason inside
    /// a result, a cause inside a warning). `error` arguments may hold other
    /// libraries' words and are not checked here.
    fn missing(&self) -> Vec<String> {
        fn whole(t: &Text) -> bool {
            match t {
                Text::Verbatim(_) => false,
                Text::Keyed(k) => k.args.iter().all(|(name, a)| match a {
                    Arg::Text(inner)
                        if matches!(name.as_ref(), "reason" | "why" | "what" | "cause") =>
                    {
                        whole(inner)
                    }
                    _ => true,
                }),
            }
        }
        self.texts
            .iter()
            .filter(|(_, t)| !whole(t))
            .map(|(w, t)| format!("{w}: {:?}", t.en()))
            .collect()
    }

    fn has(&self, text: &str) -> bool {
        self.unique.contains(text)
    }

    /// The sentence seen whose English is `english` (or one inside it).
    fn find(&self, english: &str) -> &Text {
        self.texts
            .iter()
            .flat_map(|(_, t)| t.walk())
            .chain(self.values.iter())
            .find(|t| t.en() == english)
            .unwrap_or_else(|| panic!("never seen: {english:?}"))
    }
}

fn verify_dkim(raw: &str, resolver: &dyn Resolver, now: u64) -> Vec<DkimReport> {
    match AuthenticatedMessage::parse(raw.as_bytes()) {
        Some(msg) => block_on(dkim::verify_all(&msg, resolver, now)),
        None => Vec::new(),
    }
}

fn verify_arc(raw: &str, resolver: &dyn Resolver, now: u64) -> Option<ArcReport> {
    AuthenticatedMessage::parse(raw.as_bytes())
        .map(|msg| block_on(arc::verify(&msg, resolver, now)))
}

fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// The ValiMail ARC suite: every message through ARC and DKIM.
fn arc_suite(seen: &mut Seen) {
    for scenario in &arc_suite_support::suite() {
        let zone = arc_suite_support::zone_text(scenario);
        let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone"));
        for test in scenario["tests"].as_array().expect("tests") {
            let name = test["name"].as_str().unwrap_or_default();
            let raw = arc_suite_support::message(test);
            let what = format!("arc suite {name}");
            if let Some(r) = verify_arc(&raw, &resolver, 1_700_000_000) {
                seen.arc(&what, &r);
            }
            seen.dkim(&what, &verify_dkim(&raw, &resolver, 1_700_000_000));
        }
    }
}

/// dkimpy's signed messages, whole, headers only and with the body changed.
fn dkimpy(seen: &mut Seen) {
    let zone = Zone::parse(&read("tests/data/dkimpy/zone.txt"), None).expect("zone");
    let resolver = ZoneResolver::offline(zone);
    for file in [
        "rfc6376.signed.msg",
        "rfc6376.signed.rsa.msg",
        "ed25519test2.msg",
        "test.txt",
    ] {
        let raw = String::from_utf8_lossy(
            &std::fs::read(path(&format!("tests/data/dkimpy/{file}"))).expect("dkimpy file"),
        )
        .to_string();
        let head = raw
            .split_once("\r\n\r\n")
            .or_else(|| raw.split_once("\n\n"))
            .map(|(h, _)| format!("{h}\r\n\r\n"))
            .unwrap_or_default();
        let variants = [
            ("", raw.clone()),
            (" headers only", head),
            (" body changed", format!("{raw}tampered\r\n")),
        ];
        for (how, text) in variants {
            let what = format!("dkimpy {file}{how}");
            seen.dkim(
                &what,
                &verify_dkim(&text, &resolver, headerscope::unix_now()),
            );
        }
    }
}

/// How a [`Failing`] resolver answers.
type Failure = fn() -> DnsResult;

/// A resolver that fails every query in one way.
struct Failing(Failure);

impl Resolver for Failing {
    fn query<'a>(&'a self, _name: &'a str, _rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        let r = (self.0)();
        async move { r }.boxed_local()
    }

    fn describe(&self) -> String {
        "failing".into()
    }
}

/// A DKIM-Signature by `example.com`, `k1`: DKIM's checks on the tags, the key
/// record and the message, each broken on purpose.
fn signatures(seen: &mut Seen, ed: &Key, rsa1024: &Key) {
    let p = |k: &Key| {
        let line = k.zone_line("x", "x");
        line.split("p=")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    let ed_p = p(ed);
    let signed = ed.dkim_sign(
        "example.com",
        "k1",
        &["From", "To", "Subject", "Date", "Message-ID"],
        MESSAGE,
    );
    // Key records at k1._domainkey.example.com.
    let records: Vec<(&str, Vec<String>)> = vec![
        ("good key", vec![format!("v=DKIM1; k=ed25519; p={ed_p}")]),
        ("v=DKIM2", vec![format!("v=DKIM2; k=ed25519; p={ed_p}")]),
        (
            "v= not first",
            vec![format!("k=ed25519; v=DKIM1; p={ed_p}")],
        ),
        ("k=foo", vec![format!("v=DKIM1; k=foo; p={ed_p}")]),
        ("k=rsa", vec![format!("v=DKIM1; k=rsa; p={ed_p}")]),
        (
            "h=sha1",
            vec![format!("v=DKIM1; k=ed25519; h=sha1; p={ed_p}")],
        ),
        (
            "s=foo",
            vec![format!("v=DKIM1; k=ed25519; s=foo; p={ed_p}")],
        ),
        ("t=y", vec![format!("v=DKIM1; k=ed25519; t=y; p={ed_p}")]),
        ("t=s", vec![format!("v=DKIM1; k=ed25519; t=s; p={ed_p}")]),
        ("revoked", vec!["v=DKIM1; k=ed25519; p=".to_string()]),
        ("no p=", vec!["v=DKIM1; k=ed25519".to_string()]),
        ("short p=", vec!["v=DKIM1; k=ed25519; p=AAAA".to_string()]),
        ("malformed", vec![format!("v=DKIM1;; p={ed_p}")]),
        (
            "two records",
            vec![
                format!("v=DKIM1; k=ed25519; p={ed_p}"),
                "v=DKIM1; p=".to_string(),
            ],
        ),
        ("no record", vec![]),
    ];
    // Changes to the signature's tags and to the message.
    let sig_edits: Vec<(&str, String)> = vec![
        ("as signed", signed.clone()),
        (
            "a=rsa-sha1",
            signed.replacen("a=ed25519-sha256", "a=rsa-sha1", 1),
        ),
        (
            "a=unknown",
            signed.replacen("a=ed25519-sha256", "a=foo-bar", 1),
        ),
        ("a= empty", signed.replacen("a=ed25519-sha256", "a=", 1)),
        (
            "a= with space",
            signed.replacen("a=ed25519-sha256", "a=ed 25519", 1),
        ),
        ("v=2", signed.replacen("v=1;", "v=2;", 1)),
        ("no v=", signed.replacen("v=1;", "", 1)),
        (
            "d= invalid",
            signed.replacen("d=example.com", "d=exa..mple.com", 1),
        ),
        (
            "i= outside d=",
            signed.replacen("v=1;", "v=1; i=@other.example;", 1),
        ),
        (
            "i= not an address",
            signed.replacen("v=1;", "v=1; i=nobody;", 1),
        ),
        (
            "i= subdomain",
            signed.replacen("v=1;", "v=1; i=@sub.example.com;", 1),
        ),
        ("q= other", signed.replacen("v=1;", "v=1; q=dns/foo;", 1)),
        ("l= too long", signed.replacen("v=1;", "v=1; l=99999;", 1)),
        ("l= short", signed.replacen("v=1;", "v=1; l=5;", 1)),
        ("l= all", signed.replacen("v=1;", "v=1; l=16;", 1)),
        ("x= expired", signed.replacen("v=1;", "v=1; x=1;", 1)),
        (
            "x= huge",
            signed.replacen("v=1;", "v=1; x=99999999999999999999;", 1),
        ),
        ("x= word", signed.replacen("v=1;", "v=1; x=soon;", 1)),
        (
            "c= unknown",
            signed.replacen("v=1;", "v=1; c=foo/relaxed;", 1),
        ),
        (
            "c= body unknown",
            signed.replacen("v=1;", "v=1; c=relaxed/foo;", 1),
        ),
        ("empty tag", signed.replacen("v=1;", "v=1;;", 1)),
        ("not a pair", signed.replacen("v=1;", "v=1; nonsense;", 1)),
        ("bad tag name", signed.replacen("v=1;", "v=1; 1x=2;", 1)),
        ("tag twice", signed.replacen("v=1;", "v=1; v=1;", 1)),
        ("bh= bad", signed.replacen("bh=", "bh=!!", 1)),
        ("bh= empty", signed.replacen("bh=", "bh=;x=", 1)),
        ("h= bad name", signed.replacen("h=", "h=Fr om:", 1)),
        ("s= missing", signed.replacen(" s=k1;", "", 1)),
        ("empty list", "DKIM-Signature: \r\n".to_string() + MESSAGE),
        (
            "signed Subject changed",
            signed.replacen("Subject: Release", "Subject: Re", 1),
        ),
        (
            "header and body changed",
            signed.replacen("Subject: Release", "Subject: Re", 1) + "footer\r\n",
        ),
        ("body changed", format!("{signed}footer\r\n")),
        (
            "headers only",
            signed
                .split("\r\n\r\n")
                .next()
                .unwrap_or_default()
                .to_string()
                + "\r\n\r\n",
        ),
        ("bare LF", signed.replace("\r\n", "\n")),
        (
            "From not signed",
            ed.dkim_sign("example.com", "k1", &["To", "Subject"], MESSAGE),
        ),
        (
            "To twice",
            ed.dkim_sign(
                "example.com",
                "k1",
                &["From", "To"],
                &MESSAGE.replacen("To: ", "To: x@example.org\r\nTo: ", 1),
            ),
        ),
    ];
    // What the receiver said, for the comparison with our verdict.
    let receiver =
        "Authentication-Results: mx.example.net; dkim=pass header.d=example.com header.s=k1\r\n";
    let now = headerscope::unix_now();
    for (key_name, txts) in &records {
        let mut zone = String::new();
        for t in txts {
            zone.push_str(&format!("k1._domainkey.example.com. IN TXT \"{t}\"\n"));
        }
        let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone"));
        for (edit, raw) in &sig_edits {
            let what = format!("signature {edit}, key {key_name}");
            seen.dkim(&what, &verify_dkim(raw, &resolver, now));
            let said = format!("{receiver}{raw}");
            seen.dkim(
                &format!("{what}, receiver said pass"),
                &verify_dkim(&said, &resolver, now),
            );
        }
        // t= in the future: checked against an early clock.
        seen.dkim(
            &format!("signature from the future, key {key_name}"),
            &verify_dkim(&signed, &resolver, 1),
        );
    }
    // A 1024-bit RSA key: verifies, with the weak-key warning.
    let rsa_signed = rsa1024.dkim_sign("example.com", "r1", &["From", "Subject"], MESSAGE);
    let zone = Zone::parse(&rsa1024.zone_line("r1", "example.com"), None).expect("zone");
    let resolver = ZoneResolver::offline(zone);
    seen.dkim("rsa 1024", &verify_dkim(&rsa_signed, &resolver, now));
    // Key lookups that fail.
    let failures: [(&str, Failure); 4] = [
        ("timeout", || Err(DnsError::Timeout)),
        ("offline", || Err(DnsError::Offline)),
        ("transport", || {
            Err(DnsError::Transport(Text::verbatim("connection reset")))
        }),
        ("servfail", || Ok(Answer::new(Rcode::ServFail, Vec::new()))),
    ];
    for (how, f) in failures {
        let resolver = Failing(f);
        seen.dkim(
            &format!("lookup {how}"),
            &verify_dkim(&signed, &resolver, now),
        );
        let said = format!("{receiver}{signed}");
        seen.dkim(
            &format!("lookup {how}, receiver said pass"),
            &verify_dkim(&said, &resolver, now),
        );
        let sealed = Intermediary {
            domain: "forwarder.example",
            selector: "ed",
            authserv_id: "mx.forwarder.example",
            session: None,
            expiration: None,
        }
        .seal(
            ed,
            &Cache::from_zone(&Zone::default()),
            &signed,
            str::to_string,
        );
        if let Some(r) = verify_arc(&sealed, &resolver, now) {
            seen.arc(&format!("arc lookup {how}"), &r);
        }
    }
}

/// ARC chains sealed here (as tests/arc_generated.rs makes them), intact and
/// broken, and the same messages through the whole inspection.
fn chains(seen: &mut Seen, ed: &Key) -> Vec<String> {
    let zone_text = [
        ed.zone_line("ed", "example.com"),
        ed.zone_line("ed", "lists.example.org"),
        ed.zone_line("ed", "forwarder.example"),
    ]
    .concat();
    let zone = Zone::parse(&zone_text, None).expect("zone");
    let cache = Cache::from_zone(&zone);
    let seal =
        |raw: &str, domain: &str, expiration: Option<u64>, modify: &dyn Fn(&str) -> String| {
            let authserv_id = format!("mx.{domain}");
            Intermediary {
                domain,
                selector: "ed",
                authserv_id: &authserv_id,
                session: None,
                expiration,
            }
            .seal(ed, &cache, raw, modify)
        };
    let same = |m: &str| m.to_string();
    let signed = ed.dkim_sign(
        "example.com",
        "ed",
        &["From", "To", "Subject", "Date", "Message-ID"],
        MESSAGE,
    );
    let one = seal(&signed, "forwarder.example", None, &same);
    let two = seal(&one, "lists.example.org", None, &same);
    let footer = seal(&one, "lists.example.org", None, &|m: &str| {
        m.replace(
            "Release notes.\r\n",
            "Release notes.\r\n-- \r\nlist footer\r\n",
        )
    });
    let three_after_footer = seal(&footer, "forwarder.example", None, &same);
    let expiring = seal(&signed, "forwarder.example", Some(60), &same);
    let broken = seal(
        &one.replace("Subject: Release", "Subject: [devs] Release"),
        "lists.example.org",
        None,
        &same,
    );
    let cases: Vec<(&str, String, u64)> = vec![
        ("no ARC", signed.clone(), 0),
        ("one set", one.clone(), 0),
        ("two sets", two.clone(), 0),
        ("body changed between sets", footer.clone(), 0),
        ("three sets after a footer", three_after_footer, 0),
        (
            "body changed after sealing",
            one.replace("Release notes.", "Release notes!"),
            0,
        ),
        (
            "Subject changed after sealing",
            two.replace("Subject: Release", "Subject: Re"),
            0,
        ),
        (
            "AAR rewritten",
            two.replacen("mx.lists.example.org", "mx.other.example", 1),
            0,
        ),
        (
            "AAR removed",
            two.replacen("ARC-Authentication-Results: i=2", "X-Old: i=2", 1),
            0,
        ),
        (
            "seal removed",
            two.replacen("ARC-Seal: i=2", "X-Old: i=2", 1),
            0,
        ),
        ("seal cv=fail", broken, 0),
        ("seal cv wrong", two.replacen("cv=pass", "cv=none", 1), 0),
        ("seal cv unknown", two.replacen("cv=pass", "cv=maybe", 1), 0),
        (
            "seal with h=",
            one.replacen("ARC-Seal: i=1;", "ARC-Seal: i=1; h=From;", 1),
            0,
        ),
        (
            "seal with x=",
            one.replacen("ARC-Seal: i=1;", "ARC-Seal: i=1; x=5;", 1),
            0,
        ),
        (
            "seal s= bad",
            one.replacen("ARC-Seal: i=1;", "ARC-Seal: i=1; s=a b;", 1),
            0,
        ),
        (
            "seal i=0",
            one.replacen("ARC-Seal: i=1;", "ARC-Seal: i=0;", 1),
            0,
        ),
        (
            "AMS signs the seal",
            one.replacen("h=From", "h=ARC-Seal:From", 1),
            0,
        ),
        (
            "AMS without c=",
            one.replacen("c=relaxed/relaxed;", "", 1),
            0,
        ),
        (
            "AAR without ;",
            one.replacen(
                "ARC-Authentication-Results: i=1;",
                "ARC-Authentication-Results: i=1",
                1,
            ),
            0,
        ),
        (
            "AAR not i=",
            one.replacen(
                "ARC-Authentication-Results: i=1;",
                "ARC-Authentication-Results: x=1;",
                1,
            ),
            0,
        ),
        (
            "AAR i=99",
            one.replacen(
                "ARC-Authentication-Results: i=1;",
                "ARC-Authentication-Results: i=99;",
                1,
            ),
            0,
        ),
        (
            "AMS expired",
            expiring.clone(),
            headerscope::unix_now() + 3600,
        ),
        (
            "AAR with no ';'",
            format!("ARC-Authentication-Results: i=1 mx.example\r\n{one}"),
            0,
        ),
        ("from the future", one.clone(), 1),
    ];
    let now = headerscope::unix_now();
    let resolver = ZoneResolver::offline(zone);
    for (name, raw, at) in &cases {
        let at = if *at == 0 { now } else { *at };
        if let Some(r) = verify_arc(raw, &resolver, at) {
            seen.arc(&format!("chain {name}"), &r);
        }
        seen.dkim(&format!("chain {name}"), &verify_dkim(raw, &resolver, at));
    }
    // An RSA-SHA1 AMS: the key is right, the algorithm is not.
    let sha1 = one.replacen("a=ed25519-sha256", "a=rsa-sha1", 1);
    if let Some(r) = verify_arc(&sha1, &resolver, now) {
        seen.arc("chain AMS rsa-sha1", &r);
    }
    vec![zone_text, one, two, footer]
}

/// The helpdesk fixtures (tests/data/messages), DKIM-signed and ARC-sealed
/// here as tests/helpdesk_signed.rs does, through the whole inspection.
fn helpdesk(seen: &mut Seen, ed: &Key, zone_text: &str) {
    let mut text = read("tests/data/messages/zone.txt");
    text.push('\n');
    text.push_str(zone_text);
    let zone = Zone::parse(&text, None).expect("zone");
    let cache = Cache::from_zone(&zone);
    let mut files: Vec<_> = std::fs::read_dir(path("tests/data/messages"))
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    for f in files {
        let raw = crlf(&std::fs::read_to_string(&f).expect("fixture"));
        let signed = ed.dkim_sign("example.com", "ed", &["From", "To", "Subject"], &raw);
        let sealed = Intermediary {
            domain: "forwarder.example",
            selector: "ed",
            authserv_id: "mx.forwarder.example",
            session: None,
            expiration: None,
        }
        .seal(ed, &cache, &signed, str::to_string);
        for (how, msg) in [("", raw.clone()), (" signed and sealed", sealed)] {
            let resolver = ZoneResolver::offline(zone.clone());
            let options = Options {
                now: Some(headerscope::unix_now()),
                ..Default::default()
            };
            if let Ok(r) = rt.block_on(inspect(msg.as_bytes(), &options, &resolver)) {
                let what = format!("{}{how}", f.display());
                seen.dkim(&what, &r.dkim);
                seen.arc(&what, &r.arc);
            }
        }
    }
}

/// The DKIM key tools: generation errors, the record linter, the key match.
fn key_tools(seen: &mut Seen) {
    let gen = |key_type, selector: &str, domain: &str| {
        keys::generate_key(&KeyRequest {
            key_type,
            selector: selector.into(),
            domain: domain.into(),
            ttl: None,
        })
    };
    let ed = gen(KeyType::Ed25519, "s1", "example.com").expect("ed25519");
    let rsa = gen(KeyType::Rsa1024, "s2", "example.com").expect("rsa");
    let other = gen(KeyType::Ed25519, "s3", "example.com").expect("ed25519");
    let long = "a".repeat(250) + ".example";
    for (selector, domain) in [
        ("", "example.com"),
        ("s1", ""),
        (long.as_str(), "example.com"),
        ("s1", long.as_str()),
        ("a..b", "example.com"),
        ("s1", "example..com"),
        ("s 1", "example.com"),
        ("s1", "exa mple.com"),
    ] {
        if let Err(e) = gen(KeyType::Ed25519, selector, domain) {
            seen.add("generate_key", &e);
        }
    }
    for k in KeyType::ALL {
        if k != KeyType::Rsa3072 {
            seen.add("key type label", &k.label());
        }
    }
    let ed_p = ed.public_key_base64.clone();
    let rsa_p = rsa.public_key_base64.clone();
    let records = [
        ed.txt_record.clone(),
        rsa.txt_record.clone(),
        format!("v=DKIM2; k=ed25519; p={ed_p}"),
        format!("k=ed25519; v=DKIM1; p={ed_p}"),
        format!("v=DKIM1; k=dsa; p={ed_p}"),
        format!("v=DKIM1; k=rsa; p={ed_p}"),
        format!("v=DKIM1; k=ed25519; p={rsa_p}"),
        format!("v=DKIM1; h=sha1; p={rsa_p}"),
        format!("v=DKIM1; t=y; p={rsa_p}"),
        "v=DKIM1; p=".to_string(),
        "v=DKIM1; k=rsa".to_string(),
        "v=DKIM1; p=!!!".to_string(),
        "v=DKIM1; p=AAAAAAAA".to_string(),
        // A 512-bit RSA key (SubjectPublicKeyInfo).
        "v=DKIM1; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMnp7BkR4FS0VBu+GzZJcIs4Jyp2dsmyN1TVd3ssuR/d1ZHMYbMm+Yk7e5Fg9EeV4a1CrXQdqeMmB7rlCXsnKrcCAwEAAQ==".to_string(),
    ];
    for rec in &records {
        let (lint, _) = keys::lint_key_record(rec);
        for f in &lint.findings {
            seen.add(&format!("lint {rec}"), &f.message);
            if let Some(fix) = &f.fix {
                seen.add(&format!("lint fix {rec}"), fix);
            }
        }
    }
    for bad in ["!!!", "AAAAAAAA"] {
        if let Err(e) = keys::decode_public_key(bad) {
            seen.add("decode_public_key", &e);
        }
    }
    for pem in [
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----",
        "not a key",
    ] {
        if let Err(e) = keys::public_from_private_pem(pem) {
            seen.add("public_from_private_pem", &e);
        }
    }
    // The key match against published records: the same key, another key,
    // revoked, none, two, and a DNS failure.
    let zone = format!(
        "s1._domainkey.example.com. IN TXT \"{}\"\n\
         s3._domainkey.example.com. IN TXT \"{}\"\n\
         gone._domainkey.example.com. IN TXT \"v=DKIM1; p=\"\n\
         two._domainkey.example.com. IN TXT \"{}\"\n\
         two._domainkey.example.com. IN TXT \"{}\"\n\
         text._domainkey.example.com. IN TXT \"hello\"\n",
        ed.txt_record, other.txt_record, ed.txt_record, other.txt_record
    );
    let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone"));
    let private = ed.private_key_pkcs8_pem.as_str();
    for (pem, selector, domain) in [
        (private, "s1", "example.com"),
        (private, "s3", "example.com"),
        (private, "gone", "example.com"),
        (private, "missing", "example.com"),
        (private, "two", "example.com"),
        (private, "text", "example.com"),
        ("not a key", "s1", "example.com"),
        (private, "", "example.com"),
        (private, "s1", "exa mple.com"),
    ] {
        let m = block_on(keys::check_key_match(&resolver, pem, selector, domain));
        let what = format!("key match {selector}");
        seen.add(&what, &m.summary);
        for f in &m.findings {
            seen.add(&what, &f.message);
            if let Some(fix) = &f.fix {
                seen.add(&what, fix);
            }
        }
    }
    let failing = Failing(|| Err(DnsError::Timeout));
    let m = block_on(keys::check_key_match(
        &failing,
        private,
        "s1",
        "example.com",
    ));
    for f in &m.findings {
        seen.add("key match timeout", &f.message);
    }
}

/// Every DKIM and ARC sentence the checks and key tools write for the
/// suites, the generated chains and the helpdesk messages.
fn collect() -> Seen {
    let ed = Key::ed25519();
    let rsa1024 = Key::Rsa(DkimKeyPair::generate_rsa(1024).expect("rsa key"));
    let mut seen = Seen::default();
    arc_suite(&mut seen);
    dkimpy(&mut seen);
    signatures(&mut seen, &ed, &rsa1024);
    let generated = chains(&mut seen, &ed);
    helpdesk(&mut seen, &ed, &generated[0]);
    key_tools(&mut seen);
    seen
}

#[test]
fn every_dkim_and_arc_sentence_is_in_the_catalog() {
    let seen = collect();

    let missing = seen.missing();
    println!("{} distinct sentences", seen.texts.len());
    assert!(
        missing.is_empty(),
        "{} of {} sentences are not in the catalog:\n{}",
        missing.len(),
        seen.texts.len(),
        missing.join("\n")
    );
    assert!(
        seen.texts.len() > 400,
        "only {} sentences",
        seen.texts.len()
    );
    // The sources reached the paths they are here for.
    for expected in [
        "the signature verifies and the body hash matches",
        "the key has been revoked (empty p=)",
        "the key is in testing mode (t=y): the domain is testing DKIM, receivers may ignore failures",
        "the message had bare LF line ends; they were read as CRLF, as they were when it was signed",
        "the ARC chain of 1 instance is intact; the message is unchanged since the first intermediary signed it",
        "the ARC chain of 2 instances is intact; the message is unchanged since intermediary i=2 (changed before)",
        "1 complete ARC set, instances 1 to 1",
        "2 complete ARC sets, instances 1 to 2",
        "the private key could not be read",
        "cv= progression is right: none at i=1, pass after",
        "the public key in p= cannot be used: an Ed25519 key is 32 bytes, this one is 3",
        "the receiver said pass but it fails now: likely the key was removed or rotated since delivery",
        "the receiver said pass but it fails now: likely the body was not pasted",
        "the receiver said pass but it fails now: likely verification rules differ between the receiver and this check",
        "ARC-Authentication-Results is malformed: no ';' after the i= tag",
    ] {
        assert!(seen.has(expected), "never seen: {expected:?}");
    }
    for word in ["not checked", "all (no l=)"] {
        assert!(
            seen.find(word).key().is_some(),
            "{word:?} is not a sentence"
        );
    }
}

#[test]
fn dkim_sentences_in_german_and_ukrainian() {
    let seen = collect();
    let translate = |lang: Lang, english: &str| seen.find(english).render(lang);
    let pass = "pass: the signature verifies and the body hash matches";
    assert_eq!(
        translate(Lang::De, pass),
        "pass: die Signatur ist gültig und der Body-Hash stimmt"
    );
    assert_eq!(
        translate(Lang::Uk, pass),
        "pass: підпис дійсний, і хеш тіла збігається"
    );
    // Three sentences inside each other: the reason, the missing key, the lookup.
    let nested = "fail: the newest ARC-Message-Signature (i=1) fails: no key: arc._domainkey.forwarder.example has no TXT record (NXDOMAIN): no key is published under this selector (the key was removed, or the selector is wrong)";
    assert_eq!(
        translate(Lang::De, nested),
        "fail: die neueste ARC-Message-Signature (i=1) schlägt fehl: kein Schlüssel: arc._domainkey.forwarder.example hat keinen TXT-Record (NXDOMAIN): Unter diesem Selector ist kein Schlüssel veröffentlicht (der Schlüssel wurde entfernt, oder der Selector ist falsch)"
    );
    assert_eq!(
        translate(Lang::Uk, nested),
        "fail: найновіший ARC-Message-Signature (i=1) не пройшов: немає ключа: arc._domainkey.forwarder.example не має запису TXT (NXDOMAIN): під цим селектором ключ не опубліковано (ключ видалено, або селектор неправильний)"
    );
    // Plural forms chosen by the count.
    assert_eq!(
        translate(Lang::Uk, "2 complete ARC sets, instances 1 to 2"),
        "2 повні набори ARC, екземпляри з 1 по 2"
    );
    assert_eq!(
        translate(Lang::De, "1 complete ARC set, instances 1 to 1"),
        "1 vollständiges ARC-Set, Instanzen 1 bis 1"
    );
    // Why the key is unusable, inside the sentence that says it is.
    assert_eq!(
        translate(
            Lang::De,
            "the public key in p= cannot be used: an Ed25519 key is 32 bytes, this one is 3"
        ),
        "der öffentliche Schlüssel in p= ist nicht verwendbar: ein Ed25519-Schlüssel hat 32 Byte, dieser hat 3"
    );
    // A key tool finding with its fix.
    assert_eq!(
        translate(Lang::Uk, "k=rsa but p= holds an ed25519 key"),
        "k=rsa, але p= містить ключ ed25519"
    );
    assert_eq!(
        translate(Lang::De, "write k=ed25519"),
        "schreiben Sie k=ed25519"
    );
}
