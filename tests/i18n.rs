//! The web app's catalog (src/i18n.rs): every key complete in every language
//! with the same placeholders, the browser-language choice, and the CLDR
//! plural rules.

use headerscope::i18n::{fill, placeholders, plural_category, Category, Lang, Msg, Plural};

#[test]
fn every_key_has_text_in_every_language() {
    assert!(Msg::ALL.len() > 100, "the catalog is the whole app");
    for &m in Msg::ALL {
        for lang in Lang::ALL {
            let t = m.text(lang);
            assert!(!t.trim().is_empty(), "{m:?} is empty in {lang:?}");
        }
    }
    for &p in Plural::ALL {
        assert_eq!(p.forms(Lang::En).len(), 2, "{p:?}");
        assert_eq!(p.forms(Lang::De).len(), 2, "{p:?}");
        assert_eq!(p.forms(Lang::Uk).len(), 3, "{p:?}");
        for lang in Lang::ALL {
            for f in p.forms(lang) {
                assert!(!f.trim().is_empty(), "{p:?} has an empty form in {lang:?}");
            }
        }
    }
}

#[test]
fn translations_use_the_placeholders_english_uses() {
    for &m in Msg::ALL {
        let en = placeholders(m.text(Lang::En));
        for lang in [Lang::De, Lang::Uk] {
            assert_eq!(
                placeholders(m.text(lang)),
                en,
                "{m:?} in {lang:?}: {:?}",
                m.text(lang)
            );
        }
    }
    for &p in Plural::ALL {
        let en = placeholders(p.forms(Lang::En)[1]);
        assert!(en.contains(&"n".to_string()), "{p:?} shows its number");
        for lang in Lang::ALL {
            for f in p.forms(lang) {
                assert_eq!(placeholders(f), en, "{p:?} in {lang:?}: {f:?}");
            }
        }
    }
}

#[test]
fn german_and_ukrainian_are_translations_not_copies() {
    // Technical labels may be the same in every language (SPF, Selector,
    // Domain, Status); most of the catalog is not.
    let same_de = Msg::ALL
        .iter()
        .filter(|m| m.text(Lang::De) == m.text(Lang::En))
        .count();
    let same_uk = Msg::ALL
        .iter()
        .filter(|m| m.text(Lang::Uk) == m.text(Lang::En))
        .count();
    assert!(
        same_de * 10 < Msg::ALL.len(),
        "{same_de} German strings equal English"
    );
    assert!(
        same_uk * 20 < Msg::ALL.len(),
        "{same_uk} Ukrainian strings equal English"
    );
    // Ukrainian, not Russian: letters Ukrainian does not have.
    for &m in Msg::ALL {
        let uk = m.text(Lang::Uk);
        assert!(
            !uk.contains(['ы', 'э', 'ъ', 'ё']),
            "{m:?} is not Ukrainian: {uk}"
        );
    }
    // Typographic quotes and ellipsis as each language writes them.
    for &m in Msg::ALL {
        let de = m.text(Lang::De);
        assert!(
            !de.contains('"') && !de.contains("..."),
            "{m:?} in German: {de}"
        );
        let uk = m.text(Lang::Uk);
        assert!(
            !uk.contains('"') && !uk.contains("..."),
            "{m:?} in Ukrainian: {uk}"
        );
    }
}

#[test]
fn languages_from_tags() {
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag("de"), Some(Lang::De));
    assert_eq!(Lang::from_tag("DE-ch"), Some(Lang::De));
    assert_eq!(Lang::from_tag("uk-UA"), Some(Lang::Uk));
    assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("ru-UA"), None);
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(""), None);
    // "ukr" is not "uk": only the whole primary subtag counts.
    assert_eq!(Lang::from_tag("ukr"), None);
    for l in Lang::ALL {
        assert_eq!(Lang::from_tag(l.code()), Some(l));
    }
    assert_eq!(Lang::De.native_name(), "Deutsch");
    assert_eq!(Lang::Uk.native_name(), "Українська");
}

#[test]
fn browser_list_picks_the_first_supported_language() {
    assert_eq!(Lang::choose(&["fr-FR", "uk-UA", "de-DE"]), Lang::Uk);
    assert_eq!(Lang::choose(&["de-DE", "en-US"]), Lang::De);
    assert_eq!(Lang::choose(&["ru-RU", "pl"]), Lang::En);
    assert_eq!(Lang::choose::<&str>(&[]), Lang::En);
    assert_eq!(Lang::choose(&["en-US", "de"]), Lang::En);
}

#[test]
fn ukrainian_plural_rule() {
    use Category::*;
    for (n, c) in [
        (0, Many),
        (1, One),
        (2, Few),
        (4, Few),
        (5, Many),
        (11, Many),
        (12, Many),
        (14, Many),
        (21, One),
        (22, Few),
        (25, Many),
        (101, One),
        (111, Many),
        (112, Many),
        (122, Few),
    ] {
        assert_eq!(plural_category(Lang::Uk, n), c, "{n}");
    }
    let sig = |l: Lang, n: u64| l.plural(Plural::Signatures, n, &[]);
    assert_eq!(sig(Lang::Uk, 1), "1 підпис");
    assert_eq!(sig(Lang::Uk, 2), "2 підписи");
    assert_eq!(sig(Lang::Uk, 5), "5 підписів");
    assert_eq!(sig(Lang::Uk, 11), "11 підписів");
    assert_eq!(sig(Lang::Uk, 21), "21 підпис");
    assert_eq!(sig(Lang::Uk, 22), "22 підписи");
    assert_eq!(sig(Lang::Uk, 25), "25 підписів");
    assert_eq!(sig(Lang::Uk, 111), "111 підписів");
    assert_eq!(sig(Lang::En, 1), "1 signature");
    assert_eq!(sig(Lang::En, 2), "2 signatures");
    assert_eq!(sig(Lang::En, 0), "0 signatures");
    assert_eq!(sig(Lang::De, 1), "1 Signatur");
    assert_eq!(sig(Lang::De, 21), "21 Signaturen");
}

#[test]
fn placeholders_are_filled_by_name() {
    assert_eq!(
        Lang::De.f(Msg::DnsProgress, &[("answered", &3), ("in_flight", &"2")]),
        "DNS-Abfragen: 3 beantwortet, 2 unterwegs …"
    );
    // Order in the arguments does not matter; a missing value stays visible;
    // braces that are not placeholders are kept.
    assert_eq!(fill("{b}{a}", &[("a", &1), ("b", &2)]), "21");
    assert_eq!(fill("x {missing} y", &[("a", &1)]), "x {missing} y");
    assert_eq!(fill("{ not one } {", &[]), "{ not one } {");
    assert_eq!(fill("{a}", &[("a", &"{a}")]), "{a}");
    assert_eq!(placeholders("{b} and {a} and {b} { x }"), vec!["a", "b"]);
    assert_eq!(Lang::De.decimal(12.345, 1), "12,3");
    assert_eq!(Lang::En.decimal(12.345, 1), "12.3");
}
