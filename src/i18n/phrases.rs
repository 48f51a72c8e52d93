//! The sentences the core writes (trace steps, verdict reasons, warnings,
//! linter findings, DNS errors), in English, German and Ukrainian.
//!
//! The core makes each sentence with [`tr!`](crate::tr) as a
//! [`Text`](super::text::Text): this catalog's key and the arguments. It is
//! rendered in a language only where it is shown (the CLI's English, the
//! app's reader's language); nothing reads a rendered sentence back.
//!
//! Templates follow the app catalog's rules: `{name}` placeholders, the same
//! set in every language; a plural entry picks its form by `{n}`.
//! `tests/core_i18n.rs` checks all of it.

use super::{form_index, Lang};

/// One sentence of the core in every language. A plural sentence has the
/// forms [one, other] in English and German and [one, few, many] in
/// Ukrainian, chosen by its `{n}`.
#[derive(Debug)]
pub struct Phrase {
    /// The catalog: `Spf`, `Dkim`, `Dmarc`, `Intake`.
    pub area: &'static str,
    pub name: &'static str,
    pub plural: bool,
    pub en: &'static [&'static str],
    /// With the `lang-packs` feature, German and Ukrainian are not compiled
    /// in: they come from the pack the app installs (`i18n::pack`).
    #[cfg(not(feature = "lang-packs"))]
    pub de: &'static [&'static str],
    #[cfg(not(feature = "lang-packs"))]
    pub uk: &'static [&'static str],
}

impl Phrase {
    pub fn forms(&self, lang: Lang) -> &'static [&'static str] {
        self.forms_shown(lang).1
    }

    /// The forms shown for `lang`, with the language they are in (whose
    /// plural rule picks among them).
    #[cfg(not(feature = "lang-packs"))]
    pub fn forms_shown(&self, lang: Lang) -> (Lang, &'static [&'static str]) {
        let forms = match lang {
            Lang::En => self.en,
            Lang::De => self.de,
            Lang::Uk => self.uk,
        };
        (lang, forms)
    }

    /// English where the pack of `lang` is not installed.
    #[cfg(feature = "lang-packs")]
    pub fn forms_shown(&self, lang: Lang) -> (Lang, &'static [&'static str]) {
        match lang {
            Lang::En => (lang, self.en),
            _ => super::pack::core(lang, self).map_or((Lang::En, self.en), |f| (lang, f)),
        }
    }

    /// The form of this sentence for the number `n` in `lang` (the only form
    /// when it is not plural).
    pub fn form(&self, lang: Lang, n: u64) -> &'static str {
        let (shown, forms) = self.forms_shown(lang);
        let i = if self.plural {
            form_index(shown, n, forms.len())
        } else {
            0
        };
        forms.get(i).copied().unwrap_or_default()
    }
}

/// A catalog of core sentences: an enum of keys plus `PHRASES`, the
/// sentences in the enum's order. Plain sentences are written
/// `Key { en: "…", de: "…", uk: "…" }`; plural ones,
/// `Key { en: ["one", "other"], de: [..], uk: ["one", "few", "many"] }`,
/// anywhere among them or in a last block `@plurals { … }`. (A block named
/// by a bare word could be a key as well: macro_rules refuses that.)
macro_rules! phrases {
    (@phrase $area:ident $key:ident
        [$en1:literal, $en2:literal $(,)?]
        [$de1:literal, $de2:literal $(,)?]
        [$uk1:literal, $uk2:literal, $uk3:literal $(,)?]
    ) => {
        $crate::i18n::phrases::Phrase {
            area: stringify!($area), name: stringify!($key), plural: true,
            en: &[$en1, $en2],
            #[cfg(not(feature = "lang-packs"))]
            de: &[$de1, $de2],
            #[cfg(not(feature = "lang-packs"))]
            uk: &[$uk1, $uk2, $uk3],
        }
    };
    (@phrase $area:ident $key:ident $en:literal $de:literal $uk:literal) => {
        $crate::i18n::phrases::Phrase {
            area: stringify!($area), name: stringify!($key), plural: false,
            en: &[$en],
            #[cfg(not(feature = "lang-packs"))]
            de: &[$de],
            #[cfg(not(feature = "lang-packs"))]
            uk: &[$uk],
        }
    };
    (
        $enum:ident;
        $( $key:ident { en: $en:tt, de: $de:tt, uk: $uk:tt $(,)? } )*
        $( @plurals {
            $( $pkey:ident { en: $pen:tt, de: $pde:tt, uk: $puk:tt $(,)? } )*
        } )?
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum { $($key,)* $($($pkey,)*)? }

        pub const PHRASES: &[$crate::i18n::phrases::Phrase] = &[
            $( phrases!(@phrase $enum $key $en $de $uk), )*
            $($( phrases!(@phrase $enum $pkey $pen $pde $puk), )*)?
        ];

        impl $enum {
            pub fn phrase(self) -> &'static $crate::i18n::phrases::Phrase {
                &PHRASES[self as usize]
            }
        }
    };
}

/// A core catalog sentence with named arguments, as a
/// [`Text`](crate::i18n::text::Text): `tr!(Spf::Include, domain = d)`; a
/// plural key takes `n = count`. An argument that is a `Text` stays a
/// sentence, an unsigned integer is a count, anything else is data.
#[macro_export]
macro_rules! tr {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::i18n::text::{DataArg as _, SentenceArg as _};
        $crate::i18n::text::Text::new(
            $crate::i18n::text::Key::Core($key.phrase()),
            vec![$((
                ::std::borrow::Cow::Borrowed(stringify!($name)),
                (&$crate::i18n::text::ArgOf(&$value)).to_arg(),
            )),*],
        )
    }};
}

pub mod dkim;
pub mod dmarc;
pub mod domain;
pub mod intake;
pub mod spf;
pub mod triage;
pub mod unwrap;
pub mod verdicts;

/// Every core catalog, for key look-up and the tests.
pub const CATALOGS: &[(&str, &[Phrase])] = &[
    ("spf", spf::PHRASES),
    ("dkim", dkim::PHRASES),
    ("dmarc", dmarc::PHRASES),
    ("domain", domain::PHRASES),
    ("intake", intake::PHRASES),
    ("unwrap", unwrap::PHRASES),
    ("verdicts", verdicts::PHRASES),
    ("triage", triage::PHRASES),
];

/// Every core sentence.
pub fn all() -> impl Iterator<Item = &'static Phrase> {
    CATALOGS.iter().flat_map(|(_, p)| p.iter())
}

/// The `{name}` placeholders of every form of `p` must be those of its
/// first English form; used by the tests.
pub fn placeholder_sets(p: &Phrase) -> Vec<(Lang, &'static str, Vec<String>)> {
    Lang::ALL
        .iter()
        .flat_map(|&l| {
            p.forms(l)
                .iter()
                .map(move |f| (l, *f, super::placeholders(f)))
        })
        .collect()
}
