//! The core's sentences as typed values (src/i18n/text.rs) and their
//! catalogs (src/i18n/phrases/): every phrase complete with the same
//! placeholders in every language; every sentence the core writes for the
//! fixture messages a catalog sentence whose placeholders all have values;
//! the JSON keeps its English and adds the key and arguments, and reads back
//! into the same typed sentence; outside text is never translated.

use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::phrases::{self, placeholder_sets, CATALOGS};
use headerscope::i18n::text::{Arg, Describe, Key, Text};
use headerscope::i18n::{placeholders, Lang, Msg};
use headerscope::report::Report;
use headerscope::trace::{Step, StepKind};
use headerscope::{inspect, Options};
use std::collections::BTreeMap;
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

#[test]
fn every_phrase_is_complete_in_every_language() {
    for (area, catalog) in CATALOGS {
        assert!(!catalog.is_empty(), "{area}");
        for p in *catalog {
            let (en, de, uk) = (p.en.len(), p.de.len(), p.uk.len());
            if p.plural {
                assert_eq!((en, de, uk), (2, 2, 3), "{}", p.name);
            } else {
                assert_eq!((en, de, uk), (1, 1, 1), "{}", p.name);
            }
            let expected = placeholders(p.en[0]);
            if p.plural {
                assert!(expected.contains(&"n".to_string()), "{}: no {{n}}", p.name);
            }
            for (lang, form, ph) in placeholder_sets(p) {
                assert!(!form.trim().is_empty(), "{} is empty in {lang:?}", p.name);
                assert_eq!(ph, expected, "{} in {lang:?}: {form:?}", p.name);
                assert!(!form.contains("..."), "{} in {lang:?}: {form}", p.name);
            }
            for f in p.uk {
                assert!(
                    !f.contains(['ы', 'э', 'ъ', 'ё']),
                    "{} is not Ukrainian: {f}",
                    p.name
                );
            }
        }
    }
}

#[test]
fn every_key_names_one_phrase() {
    let mut seen: BTreeMap<String, ()> = BTreeMap::new();
    for p in phrases::all() {
        let key = Key::Core(p);
        let name = key.name();
        assert!(seen.insert(name.clone(), ()).is_none(), "{name} twice");
        assert_eq!(Key::from_name(&name), Some(key), "{name}");
    }
    assert_eq!(
        Key::from_name("App.CannotInspect"),
        Some(Key::App(Msg::CannotInspect))
    );
    assert_eq!(Key::from_name("Spf.NoSuchSentence"), None);
    assert_eq!(Key::from_name("nothing"), None);
}

/// The reports the other tests make: the app's samples, the helpdesk
/// messages, and the hostile inputs.
fn fixture_reports() -> Vec<(String, Report)> {
    let mut out = Vec::new();
    for id in ["pass", "softfail", "forwarded", "spoofed"] {
        let zone = read(&format!("src/app/samples/{id}.zone"));
        let resolver = offline_resolver_from_text(&zone).expect("the sample zone parses");
        let raw = read(&format!("src/app/samples/{id}.eml"))
            .replace("\r\n", "\n")
            .replace('\n', "\r\n");
        let r =
            block_on(inspect(raw.as_bytes(), &Options::default(), &resolver)).expect("inspects");
        out.push((format!("sample {id}"), r));
    }
    let zone = read("tests/data/messages/zone.txt");
    for dir in ["tests/data/messages", "tests/data/hostile"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path(dir))
            .expect("fixture dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        for f in files {
            let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone parses"));
            let raw = std::fs::read(&f).expect("message");
            let options = Options {
                now: Some(1_794_000_000),
                ..Default::default()
            };
            if let Ok(r) = block_on(inspect(&raw, &options, &resolver)) {
                out.push((f.display().to_string(), r));
            }
        }
    }
    let basic = std::fs::read(path("tests/data/basic.eml")).expect("basic.eml");
    let resolver = ZoneResolver::offline(
        Zone::parse(&read("tests/data/basic.zone"), None).expect("zone parses"),
    );
    let r = block_on(inspect(&basic, &Options::default(), &resolver)).expect("inspects");
    out.push(("basic.eml".into(), r));
    out
}

/// The placeholders of `t`'s template (in every language) that no argument fills.
fn unfilled(t: &Text) -> Vec<String> {
    let Text::Keyed(k) = t else {
        return Vec::new();
    };
    let Key::Core(p) = k.key else {
        return Vec::new();
    };
    placeholders(p.en[0])
        .into_iter()
        .filter(|name| !k.args.iter().any(|(n, _)| n == name))
        .collect()
}

/// The sentences the core writes in its own words: each must be a catalog
/// sentence (what it quotes from outside, a receiver's comment or a record,
/// is an argument, never the sentence).
fn own_sentences(r: &Report) -> Vec<&Text> {
    let mut out: Vec<&Text> = Vec::new();
    let traces: Vec<&[Step]> = [
        r.spf.trace.as_slice(),
        r.spf.helo_trace.as_slice(),
        r.arc.trace.as_slice(),
        r.dmarc.trace.as_slice(),
        r.dmarc.rfc9989.trace.as_slice(),
        r.dmarc.rfc7489.trace.as_slice(),
    ]
    .into_iter()
    .chain(r.dkim.iter().map(|d| d.trace.as_slice()))
    .chain(r.iprev.iter().map(|i| i.trace.as_slice()))
    .collect();
    for t in traces {
        out.extend(headerscope::trace::flatten(t).into_iter().map(|s| &s.text));
    }
    for d in &r.dkim {
        out.push(&d.reason);
        out.extend(&d.warnings);
    }
    out.push(&r.arc.reason);
    out.push(&r.dmarc.disposition);
    out.extend(&r.dmarc.differences);
    out.extend(&r.notices);
    out.push(&r.received.boundary_source);
    out.extend(&r.received.warnings);
    let src = &r.identities.sources;
    out.extend([&src.ip, &src.helo, &src.mail_from, &src.from_domain]);
    out.extend(r.summary.iter().map(|i| &i.text));
    out.retain(|t| !t.is_empty());
    out
}

#[test]
fn every_sentence_of_the_fixture_reports_is_a_whole_catalog_sentence() {
    let mut problems = Vec::new();
    let mut total = 0;
    for (what, r) in fixture_reports() {
        for t in own_sentences(&r) {
            total += 1;
            if t.key().is_none() {
                problems.push(format!("{what}: written outside the catalog: {:?}", t.en()));
            }
        }
        for t in r.sentences().into_iter().flat_map(Text::walk) {
            let missing = unfilled(t);
            if !missing.is_empty() {
                problems.push(format!("{what}: {missing:?} unfilled in {:?}", t.en()));
            }
        }
    }
    assert!(total > 300, "only {total} sentences");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn nested_sentences_are_rendered_in_the_same_language() {
    // A DNS error (a phrase) inside an SPF step (a phrase).
    let text = headerscope::tr!(
        phrases::spf::Spf::DnsError,
        rtype = "TXT",
        name = "example.org",
        error = headerscope::tr!(phrases::dmarc::Dmarc::ServerAnswered, rcode = "SERVFAIL")
    );
    assert_eq!(
        text.en(),
        "DNS error for TXT example.org: the DNS server answered SERVFAIL"
    );
    assert_eq!(
        text.render(Lang::De),
        "DNS-Fehler bei TXT example.org: der DNS-Server antwortete SERVFAIL"
    );
    assert!(matches!(text.arg("error"), Some(Arg::Text(_))));
    assert!(text.mentions(phrases::dmarc::Dmarc::ServerAnswered.phrase()));
}

#[test]
fn outside_text_stays_as_written_even_when_it_reads_like_a_catalog_sentence() {
    // A receiver's comment or an SPF exp= text may say exactly what one of
    // our sentences says: it is still the sender's words.
    let english = phrases::dkim::Dkim::VerifiesAndMatches.phrase().en[0];
    let outside = Text::verbatim(english);
    assert_eq!(outside.render(Lang::De), english);
    assert_eq!(outside.render(Lang::Uk), english);
    let ours = headerscope::tr!(phrases::dkim::Dkim::VerifiesAndMatches);
    assert_ne!(ours.render(Lang::De), english);
    // Short templates wrap outside text without reading it.
    let wrapped = headerscope::tr!(
        phrases::dkim::Dkim::ResultPass,
        reason = Text::verbatim("pass: the signature verifies")
    );
    assert!(wrapped
        .render(Lang::De)
        .ends_with("pass: the signature verifies"));
}

#[test]
fn a_message_that_cannot_be_inspected_says_so_in_one_language() {
    let e = headerscope::message::parse(b"").expect_err("an empty message");
    let banner = headerscope::app_text!(Msg::CannotInspect, error = e);
    for lang in [Lang::De, Lang::Uk] {
        let shown = banner.render(lang);
        let inner = e.text().render(lang);
        assert!(shown.contains(&inner), "{lang:?}: {shown}");
        assert!(
            !shown.contains(&e.text().en()),
            "{lang:?}: English inside: {shown}"
        );
        assert_ne!(inner, e.text().en(), "{lang:?}");
    }
}

#[test]
fn json_keeps_the_english_and_adds_key_and_arguments() {
    let step = Step::new(
        StepKind::Lookup,
        headerscope::tr!(
            phrases::spf::Spf::DnsError,
            rtype = "TXT",
            name = "example.org",
            error = headerscope::tr!(phrases::dmarc::Dmarc::ServerAnswered, rcode = "SERVFAIL")
        ),
    )
    .with_fact("ip", "192.0.2.1")
    .with_detail("v=spf1 -all");
    let json = serde_json::to_value(&step).expect("serializes");
    assert_eq!(
        json["text"],
        "DNS error for TXT example.org: the DNS server answered SERVFAIL"
    );
    assert_eq!(json["text_i18n"]["key"], "Spf.DnsError");
    assert_eq!(json["text_i18n"]["args"]["name"], "example.org");
    assert_eq!(
        json["text_i18n"]["args"]["error"]["key"],
        "Dmarc.ServerAnswered"
    );
    // Data carries no key: a fact's label and a record stay as they are.
    assert_eq!(json["facts"][0]["name"], "ip");
    assert!(json["facts"][0].get("name_i18n").is_none());
    assert_eq!(json["detail"][0], "v=spf1 -all");
    assert!(json.get("detail_i18n").is_none());
    let back: Step = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, step);
    assert_eq!(back.text.render(Lang::Uk), step.text.render(Lang::Uk));
}

#[test]
fn a_report_from_before_typed_sentences_reads_as_its_english() {
    // Old reports have the English only; a newer version's key is unknown.
    let old: Step = serde_json::from_str(r#"{"kind":"info","text":"something happened"}"#)
        .expect("an old step reads");
    assert_eq!(old.text, Text::verbatim("something happened"));
    let newer: Step = serde_json::from_str(
        r#"{"kind":"info","text":"a sentence from the future","text_i18n":{"key":"Spf.NotYetWritten"}}"#,
    )
    .expect("a newer step reads");
    assert_eq!(newer.text.render(Lang::De), "a sentence from the future");
}

#[test]
fn whole_reports_travel_as_json_without_losing_a_sentence() {
    // The app's worker sends the report to the page through serde; the
    // bundles store it as JSON.
    for (what, r) in fixture_reports() {
        let json = serde_json::to_string(&r).expect("serializes");
        let back: Report = serde_json::from_str(&json).expect("reads back");
        let before: Vec<String> = r.sentences().iter().map(|t| t.render(Lang::Uk)).collect();
        let after: Vec<String> = back
            .sentences()
            .iter()
            .map(|t| t.render(Lang::Uk))
            .collect();
        assert_eq!(before, after, "{what}");
    }
}
