//! The web app's translations: English, German, Ukrainian.
//!
//! Every string the app renders is a [`Msg`] (or, where a number varies, a
//! [`Plural`]). Each key is written once with all three languages side by
//! side, so a missing translation does not compile. Parameters are named
//! (`{name}`) and filled by [`Lang::f`]; the tests check that every language
//! uses exactly the placeholders English uses.
//!
//! Protocol and header names (SPF, DKIM, DMARC, ARC, DNS, Received,
//! Return-Path, MAIL FROM, HELO) and the RFC result words (pass, fail,
//! softfail, neutral, none, temperror, permerror) stay as they are in every
//! language: that is how admins read them. Every other trade term (record,
//! selector, alignment, hop, zone file …) has one German and one Ukrainian
//! form, decided in docs/glossary.md and checked by tests/glossary.rs.
//!
//! Plain Rust with no UI dependency, so native tests can check the catalog.

use serde::{Deserialize, Serialize};
use std::fmt::Display;

/// A language of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Uk];

    /// The BCP 47 code, for `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Uk => "uk",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Uk => "Українська",
        }
    }

    /// The language of a BCP 47 tag (`de-AT`, `uk`, `en_GB`), if supported.
    /// Only the primary subtag counts: every German or English region gets
    /// the one German or English the app has.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first supported language among the browser's preferences
    /// (`navigator.languages`, most preferred first); English otherwise.
    pub fn choose<S: AsRef<str>>(tags: &[S]) -> Lang {
        tags.iter()
            .find_map(|t| Lang::from_tag(t.as_ref()))
            .unwrap_or_default()
    }

    /// The text of `m` in this language.
    pub fn t(self, m: Msg) -> &'static str {
        m.text(self)
    }

    /// The text of `m` with its `{name}` placeholders filled from `args`.
    pub fn f(self, m: Msg, args: &[(&str, &dyn Display)]) -> String {
        fill(m.text(self), args)
    }

    /// The form of `p` for the number `n`, with `{n}` and `args` filled in.
    pub fn plural(self, p: Plural, n: u64, args: &[(&str, &dyn Display)]) -> String {
        let (shown, forms) = p.forms_shown(self);
        let tpl = forms
            .get(form_index(shown, n, forms.len()))
            .copied()
            .unwrap_or_default();
        let mut all: Vec<(&str, &dyn Display)> = vec![("n", &n)];
        all.extend_from_slice(args);
        fill(tpl, &all)
    }

    /// `x` with `decimals` digits after the decimal separator this language
    /// writes (a comma in German and Ukrainian).
    pub fn decimal(self, x: f64, decimals: usize) -> String {
        let s = format!("{x:.decimals$}");
        match self {
            Lang::En => s,
            Lang::De | Lang::Uk => s.replace('.', ","),
        }
    }
}

/// CLDR plural categories for integers (the app counts whole things).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    One,
    Few,
    Many,
    Other,
}

/// The CLDR plural rule of `lang` for the integer `n`. English and German:
/// one (1) / other. Ukrainian: one (1, 21, 31, … but not 11), few (2–4, 22–24,
/// … but not 12–14), many (0, 5–20, 25–30, 11–14, …).
pub fn plural_category(lang: Lang, n: u64) -> Category {
    match lang {
        Lang::En | Lang::De => {
            if n == 1 {
                Category::One
            } else {
                Category::Other
            }
        }
        Lang::Uk => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                Category::One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                Category::Few
            } else {
                Category::Many
            }
        }
    }
}

/// Which of `count` plural forms of `lang` fits the number `n`: [one, other]
/// in English and German, [one, few, many] in Ukrainian.
pub fn form_index(lang: Lang, n: u64, count: usize) -> usize {
    match (lang, plural_category(lang, n)) {
        (_, Category::One) => 0,
        (Lang::Uk, Category::Few) => 1,
        (Lang::Uk, Category::Many) => 2,
        (_, _) => count.saturating_sub(1),
    }
}

/// Replaces each `{name}` in `tpl` by its value in `args`; a placeholder with
/// no value stays as written, so a mistake shows instead of vanishing.
pub fn fill(tpl: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(tpl.len() + 16);
    let mut rest = tpl;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_end = after.find('}');
        let value = name_end.and_then(|end| {
            let name = &after[..end];
            args.iter().find(|(k, _)| *k == name).map(|(_, v)| (end, v))
        });
        match value {
            Some((end, v)) => {
                out.push_str(&v.to_string());
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a template, sorted and without repeats.
pub fn placeholders(tpl: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = tpl;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(end)
                if end > 0
                    && after[..end]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                names.push(after[..end].to_string());
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    names.sort();
    names.dedup();
    names
}

macro_rules! catalog {
    ($( $key:ident { en: $en:expr, de: $de:expr, uk: $uk:expr $(,)? } )*) => {
        /// A string of the app, in every language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($key,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];

            /// The key's name as written in the catalog ("SumSpfFail"): how a
            /// report names a sentence without depending on the enum's layout.
            pub fn name(self) -> &'static str {
                match self {
                    $(Msg::$key => stringify!($key),)*
                }
            }

            /// The key named `name`, if this version of the catalog has it.
            pub fn from_name(name: &str) -> Option<Msg> {
                Msg::ALL.iter().copied().find(|m| m.name() == name)
            }

            #[cfg(not(feature = "lang-packs"))]
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $(Msg::$key => match lang {
                        Lang::En => $en,
                        Lang::De => $de,
                        Lang::Uk => $uk,
                    },)*
                }
            }

            /// German and Ukrainian come from the installed pack; English
            /// where there is none (not loaded yet, or failed to load).
            #[cfg(feature = "lang-packs")]
            pub fn text(self, lang: Lang) -> &'static str {
                let en = match self {
                    $(Msg::$key => $en,)*
                };
                match lang {
                    Lang::En => en,
                    _ => $crate::i18n::pack::msg(lang, self).unwrap_or(en),
                }
            }
        }
    };
}

macro_rules! plurals {
    ($( $key:ident { en: $en:expr, de: $de:expr, uk: $uk:expr $(,)? } )*) => {
        /// A string whose form depends on a number `{n}`: English and German
        /// have [one, other], Ukrainian [one, few, many].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Plural { $($key,)* }

        impl Plural {
            pub const ALL: &'static [Plural] = &[$(Plural::$key,)*];

            /// The key's name as written in the catalog: its name in a
            /// language pack.
            pub fn name(self) -> &'static str {
                match self {
                    $(Plural::$key => stringify!($key),)*
                }
            }

            pub fn forms(self, lang: Lang) -> &'static [&'static str] {
                self.forms_shown(lang).1
            }

            /// The forms shown for `lang`, with the language they are in:
            /// the plural rule to pick one by is that language's.
            #[cfg(not(feature = "lang-packs"))]
            pub fn forms_shown(self, lang: Lang) -> (Lang, &'static [&'static str]) {
                let forms: &'static [&'static str] = match self {
                    $(Plural::$key => match lang {
                        Lang::En => { const F: [&str; 2] = $en; &F }
                        Lang::De => { const F: [&str; 2] = $de; &F }
                        Lang::Uk => { const F: [&str; 3] = $uk; &F }
                    },)*
                };
                (lang, forms)
            }

            /// English where the pack of `lang` is not installed.
            #[cfg(feature = "lang-packs")]
            pub fn forms_shown(self, lang: Lang) -> (Lang, &'static [&'static str]) {
                let en: &'static [&'static str] = match self {
                    $(Plural::$key => { const F: [&str; 2] = $en; &F })*
                };
                match lang {
                    Lang::En => (lang, en),
                    _ => $crate::i18n::pack::plural(lang, self).map_or((Lang::En, en), |f| (lang, f)),
                }
            }
        }
    };
}

mod catalog;
pub use catalog::{Msg, Plural};

pub mod pack;
pub mod phrases;
pub mod text;

impl Lang {
    /// A sentence of the core in this language.
    pub fn core(self, text: &text::Text) -> String {
        text.render(self)
    }
}
