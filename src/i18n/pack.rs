//! German and Ukrainian as language packs: one JSON file per language with
//! every string of the app catalog ([`Msg`]), every plural ([`Plural`]) and
//! every core sentence ([`Phrase`]), by name.
//!
//! The catalogs in Rust stay the one source of truth. Natively (the CLI, the
//! tests) all three languages are compiled in, and [`write`] makes a pack
//! from them; `www/i18n/{de,uk}.json` are its output, kept current by
//! `tests/lang_packs.rs`. The browser's modules are built with the
//! `lang-packs` feature, which compiles German and Ukrainian out: they fetch
//! the pack of the language shown and [`install`] it, and until then (or if
//! it never comes) every lookup answers English.

use super::phrases::{self, Phrase};
use super::{Lang, Msg, Plural};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's texts as read from its pack. An entry the pack lacks, or
/// has in the wrong shape, is `None` and shows in English.
pub struct Pack {
    /// By [`Msg`]'s position.
    msgs: Vec<Option<&'static str>>,
    /// By [`Plural`]'s position.
    plurals: Vec<Option<&'static [&'static str]>>,
    /// By the phrase's area and name (a `Phrase` knows no position).
    core: HashMap<(&'static str, &'static str), &'static [&'static str]>,
}

impl Pack {
    /// Reads the pack of `lang` from its JSON.
    pub fn read(lang: Lang, json: &str) -> Result<Pack, String> {
        let pack: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if pack.get("lang").and_then(Value::as_str) != Some(lang.code()) {
            return Err(format!(
                "this is not the language pack of “{}”",
                lang.code()
            ));
        }
        let section = |name: &str| pack.get(name).filter(|v| v.is_object());
        let (app, plurals, core) = (section("app"), section("plurals"), section("core"));
        let many = plural_forms(lang);
        Ok(Pack {
            msgs: Msg::ALL
                .iter()
                .map(|m| {
                    let text = app?.get(m.name())?.as_str()?;
                    Some(leak(text))
                })
                .collect(),
            plurals: Plural::ALL
                .iter()
                .map(|p| forms(plurals?.get(p.name())?, many))
                .collect(),
            core: phrases::all()
                .filter_map(|p| {
                    let count = if p.plural { many } else { 1 };
                    let f = forms(core?.get(p.area)?.get(p.name)?, count)?;
                    Some(((p.area, p.name), f))
                })
                .collect(),
        })
    }

    pub fn msg(&self, m: Msg) -> Option<&'static str> {
        self.msgs.get(m as usize).copied().flatten()
    }

    pub fn plural(&self, p: Plural) -> Option<&'static [&'static str]> {
        self.plurals.get(p as usize).copied().flatten()
    }

    pub fn core(&self, p: &Phrase) -> Option<&'static [&'static str]> {
        self.core.get(&(p.area, p.name)).copied()
    }
}

/// How many forms a plural has in `lang`: [one, other] or [one, few, many].
fn plural_forms(lang: Lang) -> usize {
    match lang {
        Lang::Uk => 3,
        Lang::En | Lang::De => 2,
    }
}

/// A sentence's forms: a string for a sentence with one form, else an
/// array of exactly `count` strings.
fn forms(v: &Value, count: usize) -> Option<&'static [&'static str]> {
    let texts: Vec<&'static str> = match v {
        Value::String(s) => vec![leak(s)],
        Value::Array(a) => a
            .iter()
            .map(|s| s.as_str().map(leak))
            .collect::<Option<_>>()?,
        _ => return None,
    };
    (texts.len() == count).then(|| &*Vec::leak(texts))
}

/// The catalogs hand out `&'static str`, and an installed pack lives as
/// long as the page: its texts are leaked once, when it is installed.
fn leak(s: &str) -> &'static str {
    String::leak(s.to_string())
}

/// The installed packs: German, Ukrainian. A pack is installed once and
/// stays (a second install of the same language is a no-op).
static INSTALLED: [OnceLock<Pack>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> Option<&'static OnceLock<Pack>> {
    match lang {
        Lang::En => None,
        Lang::De => Some(&INSTALLED[0]),
        Lang::Uk => Some(&INSTALLED[1]),
    }
}

fn installed_pack(lang: Lang) -> Option<&'static Pack> {
    slot(lang)?.get()
}

/// Whether `lang` can be shown: English always, the others once installed
/// (or always, where they are compiled in).
pub fn installed(lang: Lang) -> bool {
    cfg!(not(feature = "lang-packs")) || slot(lang).is_none_or(|s| s.get().is_some())
}

/// Installs the pack of `lang` from its JSON (English needs none).
pub fn install(lang: Lang, json: &str) -> Result<(), String> {
    let Some(slot) = slot(lang) else {
        return Ok(());
    };
    if slot.get().is_none() {
        // Installed by another thread meanwhile (native tests only): the
        // same texts, so losing the race loses nothing.
        let _ = slot.set(Pack::read(lang, json)?);
    }
    Ok(())
}

/// `m` in the installed pack of `lang`.
pub fn msg(lang: Lang, m: Msg) -> Option<&'static str> {
    installed_pack(lang)?.msg(m)
}

/// The forms of `p` in the installed pack of `lang`.
pub fn plural(lang: Lang, p: Plural) -> Option<&'static [&'static str]> {
    installed_pack(lang)?.plural(p)
}

/// The forms of `p` in the installed pack of `lang`.
pub fn core(lang: Lang, p: &Phrase) -> Option<&'static [&'static str]> {
    installed_pack(lang)?.core(p)
}

/// The pack of `lang`, as JSON, from the catalogs compiled in: what
/// `www/i18n/<code>.json` must hold. Keys sorted, one per line, so a
/// changed sentence is a one-line diff.
#[cfg(not(feature = "lang-packs"))]
pub fn write(lang: Lang) -> String {
    use serde_json::{json, Map};
    let forms = |f: &[&str]| match f {
        [one] => Value::from(*one),
        _ => Value::from(f.to_vec()),
    };
    let app: Map<String, Value> = Msg::ALL
        .iter()
        .map(|m| (m.name().to_string(), Value::from(m.text(lang))))
        .collect();
    let plurals: Map<String, Value> = Plural::ALL
        .iter()
        .map(|p| (p.name().to_string(), Value::from(p.forms(lang).to_vec())))
        .collect();
    let mut core: Map<String, Value> = Map::new();
    for p in phrases::all() {
        let area = core
            .entry(p.area)
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(area) = area {
            area.insert(p.name.to_string(), forms(p.forms(lang)));
        }
    }
    let pack = json!({ "lang": lang.code(), "app": app, "plurals": plurals, "core": core });
    // A Value always serializes.
    let mut out = serde_json::to_string_pretty(&pack).unwrap_or_default();
    out.push('\n');
    out
}
