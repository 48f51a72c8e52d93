//! The core's sentences in German and Ukrainian (src/i18n/phrases.rs and its
//! catalogs): every phrase complete with the same placeholders in every
//! language; every English form read back as itself (so a translation never
//! picks the wrong template); and every sentence the core writes for the
//! fixture messages recognized and translated.

use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::phrases::{
    self, has_touching_placeholders, placeholder_sets, recognize, translate, Phrase, CATALOGS,
};
use headerscope::i18n::{fill, placeholders, Lang};
use headerscope::report::Report;
use headerscope::{inspect, Options};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
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
                assert!(
                    !has_touching_placeholders(form),
                    "{} in {lang:?}: two placeholders touch: {form:?}",
                    p.name
                );
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
fn no_two_phrases_share_an_english_form() {
    // Placeholder names do not count: "{a} failed" and "{b} failed" read the same.
    let shape = |f: &str| {
        let mut out = f.to_string();
        for name in placeholders(f) {
            out = out.replace(&format!("{{{name}}}"), "{}");
        }
        out
    };
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for p in phrases::all() {
        for f in p.en {
            if let Some(other) = seen.insert(shape(f), p.name) {
                panic!("{} and {other} are both {f:?}", p.name);
            }
        }
    }
}

/// Each phrase filled with sample arguments is read back as the same phrase
/// (or one with the same words in every language), with the same
/// arguments: so a translated sentence always says what the English said.
#[test]
fn every_english_form_reads_back_as_itself() {
    fn sample_value(name: &str, n: u64) -> String {
        if name == "n" {
            n.to_string()
        } else {
            // Arguments are names, addresses, words: no spaces, so a test
            // failure is a template problem, not a sample one.
            format!("x-{name}-x")
        }
    }
    let mut wrong = Vec::new();
    for p in phrases::all() {
        for n in if p.plural { vec![1, 5] } else { vec![0] } {
            let names = placeholders(p.en[0]);
            let values: Vec<(String, String)> = names
                .iter()
                .map(|k| (k.clone(), sample_value(k, n)))
                .collect();
            let args: Vec<(&str, &dyn Display)> = values
                .iter()
                .map(|(k, v)| (k.as_str(), v as &dyn Display))
                .collect();
            let english = p.english(&args);
            let same = |q: &Phrase| {
                Lang::ALL
                    .iter()
                    .all(|&l| q.form(l, n) == p.form(l, n) || std::ptr::eq(q, p))
            };
            match recognize(&english) {
                Some((q, got)) if same(q) => {
                    let mut got: Vec<(String, String)> =
                        got.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
                    got.sort();
                    let mut want = values.clone();
                    want.sort();
                    if got != want {
                        wrong.push(format!("{}: {english:?} gave {got:?}", p.name));
                    }
                }
                Some((q, _)) => wrong.push(format!("{}: {english:?} read as {}", p.name, q.name)),
                None => wrong.push(format!("{}: {english:?} not recognized", p.name)),
            }
            for lang in [Lang::De, Lang::Uk] {
                let want = fill(p.form(lang, n), &args);
                let got = translate(lang, &english);
                if got != want {
                    wrong.push(format!("{} in {lang:?}: {got:?}, want {want:?}", p.name));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn nested_sentences_are_translated_too() {
    // A DNS error (a phrase) inside an SPF step (a phrase).
    let english = headerscope::tr!(
        phrases::spf::Spf::DnsError,
        rtype = "TXT",
        name = "example.org",
        error = headerscope::tr!(phrases::dmarc::Dmarc::ServerAnswered, rcode = "SERVFAIL")
    );
    assert_eq!(
        english,
        "DNS error for TXT example.org: the DNS server answered SERVFAIL"
    );
    assert_eq!(
        translate(Lang::De, &english),
        "DNS-Fehler bei TXT example.org: der DNS-Server antwortete SERVFAIL"
    );
    // English and unknown text come back unchanged.
    assert_eq!(translate(Lang::En, &english), english);
    assert_eq!(
        translate(Lang::De, "mx.example.net said so"),
        "mx.example.net said so"
    );
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

/// Sentences `translate` does not know, each once with where it was seen.
fn unrecognized<'a>(what: &str, texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    texts
        .into_iter()
        .filter(|t| recognize(t).is_none())
        .filter(|t| seen.insert(t.to_string()))
        .map(|t| format!("{what}: {t:?}"))
        .collect()
}

#[test]
fn every_sentence_of_the_fixture_reports_is_translated() {
    let mut missing = Vec::new();
    let mut total = 0;
    for (what, r) in fixture_reports() {
        let s = r.sentences();
        total += s.len();
        missing.extend(unrecognized(&what, s));
    }
    assert!(total > 300, "only {total} sentences");
    assert!(
        missing.is_empty(),
        "{} sentences are not in the catalog:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
