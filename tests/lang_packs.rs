//! The language packs (src/i18n/pack.rs): `www/i18n/de.json` and
//! `www/i18n/uk.json` are what the catalogs make of them today, every key
//! of every catalog reads back from them, and what a pack lacks stays
//! English. (The browser's build compiles German and Ukrainian out and shows
//! these files instead, so a stale file would ship stale text.)

use headerscope::i18n::pack::{self, Pack};
use headerscope::i18n::{phrases, placeholders, Lang, Msg, Plural};
use std::path::PathBuf;

const REFRESH: &str = "HEADERSCOPE_WRITE_PACKS=1 cargo test --test lang_packs";

fn committed(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("www/i18n/{}.json", lang.code()))
}

#[test]
fn the_committed_packs_are_the_catalogs() {
    let refresh = std::env::var_os("HEADERSCOPE_WRITE_PACKS").is_some();
    for lang in [Lang::De, Lang::Uk] {
        let path = committed(lang);
        let fresh = pack::write(lang);
        if refresh {
            std::fs::write(&path, &fresh).expect("write the pack");
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == fresh,
            "{} is not what the catalogs say now; refresh it with\n    {REFRESH}",
            path.display()
        );
    }
}

#[test]
fn every_key_of_every_catalog_reads_back_with_its_placeholders() {
    for lang in [Lang::De, Lang::Uk] {
        let read = Pack::read(lang, &pack::write(lang)).expect("the pack reads");
        for &m in Msg::ALL {
            let text = read.msg(m);
            assert_eq!(text, Some(m.text(lang)), "{m:?} in {lang:?}");
            let en = placeholders(m.text(Lang::En));
            assert_eq!(text.map(placeholders), Some(en), "{m:?} in {lang:?}");
        }
        for &p in Plural::ALL {
            assert_eq!(read.plural(p), Some(p.forms(lang)), "{p:?} in {lang:?}");
        }
        for p in phrases::all() {
            let forms = read.core(p);
            assert_eq!(
                forms,
                Some(p.forms(lang)),
                "{}.{} in {lang:?}",
                p.area,
                p.name
            );
            let en = placeholders(p.en[0]);
            for f in forms.unwrap_or_default() {
                assert_eq!(placeholders(f), en, "{}.{} in {lang:?}", p.area, p.name);
            }
        }
    }
}

#[test]
fn what_a_pack_lacks_or_gets_wrong_is_left_out() {
    let mut json: serde_json::Value =
        serde_json::from_str(&pack::write(Lang::Uk)).expect("a pack is JSON");
    json["app"]
        .as_object_mut()
        .expect("app strings")
        .remove("Tagline");
    // Ukrainian has three plural forms: two are not a plural of it.
    json["plurals"]["Signatures"] = serde_json::json!(["один", "інші"]);
    json["core"]["Spf"]
        .as_object_mut()
        .expect("SPF sentences")
        .clear();
    let read = Pack::read(Lang::Uk, &json.to_string()).expect("still a pack");
    assert_eq!(read.msg(Msg::Tagline), None);
    assert_eq!(read.msg(Msg::Language), Some(Msg::Language.text(Lang::Uk)));
    assert_eq!(read.plural(Plural::Signatures), None);
    let spf = phrases::spf::PHRASES.first().expect("an SPF sentence");
    assert_eq!(read.core(spf), None);
}

#[test]
fn a_pack_of_another_language_or_no_pack_is_refused() {
    let de = pack::write(Lang::De);
    assert!(Pack::read(Lang::Uk, &de).is_err());
    assert!(Pack::read(Lang::De, "<!doctype html><p>Not found</p>").is_err());
    assert!(Pack::read(Lang::De, "{}").is_err());
}

#[test]
fn english_is_always_installed() {
    assert!(pack::installed(Lang::En));
    assert!(pack::install(Lang::En, "not read").is_ok());
}
