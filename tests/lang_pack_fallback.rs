//! The catalogs as the browser's modules build them (the `lang-packs`
//! feature: German and Ukrainian compiled out): English until a pack is
//! installed, the pack's text after, English again for what it lacks.
//! Run by scripts/test.sh as
//! `cargo test --features lang-packs --test lang_pack_fallback`; without the
//! feature this file is empty.
#![cfg(feature = "lang-packs")]

use headerscope::i18n::{pack, phrases, Lang, Msg, Plural};

const DE: &str = include_str!("../www/i18n/de.json");

#[test]
fn english_until_the_pack_is_in_then_german_and_english_for_what_it_lacks() {
    let before = Lang::De.t(Msg::Tagline);
    assert_eq!(before, Lang::En.t(Msg::Tagline));
    assert!(!pack::installed(Lang::De));
    // Ukrainian without its pack counts in English: 21 is "21 signatures",
    // not the form English keeps for one.
    assert_eq!(
        Lang::Uk.plural(Plural::Signatures, 21, &[]),
        Lang::En.plural(Plural::Signatures, 21, &[])
    );

    let mut json: serde_json::Value = serde_json::from_str(DE).expect("the pack is JSON");
    json["app"]
        .as_object_mut()
        .expect("app strings")
        .remove("Tagline");
    pack::install(Lang::De, &json.to_string()).expect("the pack installs");

    assert!(pack::installed(Lang::De));
    assert_eq!(
        Lang::De.t(Msg::Tagline),
        before,
        "a missing key stays English"
    );
    assert_eq!(Lang::De.t(Msg::Language), "Sprache");
    let spf = phrases::spf::PHRASES.first().expect("an SPF sentence");
    assert_ne!(spf.form(Lang::De, 1), spf.form(Lang::En, 1));
    assert_eq!(spf.form(Lang::Uk, 1), spf.form(Lang::En, 1));
}
