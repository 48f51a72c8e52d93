//! The sentences the core writes (trace steps, verdict reasons, warnings,
//! linter findings, DNS errors), in English, German and Ukrainian.
//!
//! The core writes English only: the CLI, the JSON, the exports and the tests
//! read it, and a report made by any version can be replayed. Each such
//! sentence is a [`Phrase`] of this catalog, and the core makes it with
//! [`tr!`](crate::tr) from the English template, so the English exists once.
//!
//! The app shows a core sentence in another language with [`translate`]: it
//! finds the template that produced the English sentence, reads the
//! arguments back out of it, and fills the same template in the reader's
//! language. Arguments that are themselves catalog sentences (a DNS error
//! inside a reason) are translated too; anything else (names, addresses,
//! record text, a resolver's own error message) stays as written. A sentence
//! no template produced is shown as it is, in English.
//!
//! Templates follow the app catalog's rules (`{name}` placeholders, the same
//! set in every language) plus one of their own: two placeholders never touch,
//! so the English can always be split back into its arguments.
//! `tests/core_i18n.rs` checks all of it, and that every sentence the core
//! writes for the test fixtures comes back out of [`translate`].

use super::{fill, plural_category, Category, Lang};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;

/// One sentence of the core in every language. A plural sentence has the
/// forms [one, other] in English and German and [one, few, many] in
/// Ukrainian, chosen by its `{n}`.
#[derive(Debug)]
pub struct Phrase {
    pub name: &'static str,
    pub plural: bool,
    pub en: &'static [&'static str],
    pub de: &'static [&'static str],
    pub uk: &'static [&'static str],
}

impl Phrase {
    pub fn forms(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::En => self.en,
            Lang::De => self.de,
            Lang::Uk => self.uk,
        }
    }

    /// The form of this sentence for the number `n` in `lang` (the only form
    /// when it is not plural).
    pub fn form(&self, lang: Lang, n: u64) -> &'static str {
        let forms = self.forms(lang);
        let i = if !self.plural {
            0
        } else {
            match (lang, plural_category(lang, n)) {
                (_, Category::One) => 0,
                (Lang::Uk, Category::Few) => 1,
                (Lang::Uk, Category::Many) => 2,
                (_, _) => forms.len().saturating_sub(1),
            }
        };
        forms.get(i).copied().unwrap_or_default()
    }

    /// The English sentence with `args` filled in; a plural sentence takes
    /// its number from the argument `n`.
    pub fn english(&self, args: &[(&str, &dyn Display)]) -> String {
        let n = if self.plural {
            args.iter()
                .find(|(k, _)| *k == "n")
                .and_then(|(_, v)| v.to_string().parse::<u64>().ok())
                .unwrap_or(0)
        } else {
            0
        };
        fill(self.form(Lang::En, n), args)
    }
}

/// A catalog of core sentences: an enum of keys plus `PHRASES`, the
/// sentences in the enum's order. Plain sentences are written
/// `Key { en: "…", de: "…", uk: "…" }`; plural ones,
/// `Key { en: ["one", "other"], de: [..], uk: ["one", "few", "many"] }`,
/// anywhere among them or in a last block `@plurals { … }`. (A block named
/// by a bare word could be a key as well: macro_rules refuses that.)
macro_rules! phrases {
    (@phrase $key:ident
        [$en1:literal, $en2:literal $(,)?]
        [$de1:literal, $de2:literal $(,)?]
        [$uk1:literal, $uk2:literal, $uk3:literal $(,)?]
    ) => {
        $crate::i18n::phrases::Phrase {
            name: stringify!($key), plural: true,
            en: &[$en1, $en2], de: &[$de1, $de2], uk: &[$uk1, $uk2, $uk3],
        }
    };
    (@phrase $key:ident $en:literal $de:literal $uk:literal) => {
        $crate::i18n::phrases::Phrase {
            name: stringify!($key), plural: false, en: &[$en], de: &[$de], uk: &[$uk],
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
            $( phrases!(@phrase $key $en $de $uk), )*
            $($( phrases!(@phrase $pkey $pen $pde $puk), )*)?
        ];

        impl $enum {
            pub fn phrase(self) -> &'static $crate::i18n::phrases::Phrase {
                &PHRASES[self as usize]
            }
        }
    };
}

/// The English sentence of a core catalog key, with named arguments:
/// `tr!(Spf::Include, domain = d)`; a plural key takes `n = count`.
#[macro_export]
macro_rules! tr {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $key.phrase().english(&[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    };
}

pub mod dkim;
pub mod dmarc;
pub mod intake;
pub mod spf;
pub mod unwrap;

/// Every core catalog, for the matcher and the tests.
pub const CATALOGS: &[(&str, &[Phrase])] = &[
    ("spf", spf::PHRASES),
    ("dkim", dkim::PHRASES),
    ("dmarc", dmarc::PHRASES),
    ("intake", intake::PHRASES),
    ("unwrap", unwrap::PHRASES),
];

/// Every core sentence.
pub fn all() -> impl Iterator<Item = &'static Phrase> {
    CATALOGS.iter().flat_map(|(_, p)| p.iter())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Lit(&'static str),
    Arg(&'static str),
}

/// An English form split at its placeholders, for matching.
struct Pattern {
    phrase: &'static Phrase,
    pieces: Vec<Piece>,
    /// Literal characters: a pattern with more is more specific and is tried first.
    weight: usize,
    /// What a text it produced starts and ends with, and its shortest length
    /// in bytes: a cheap test that rules out almost every pattern.
    head: &'static str,
    tail: &'static str,
    min_len: usize,
}

impl Pattern {
    fn may_match(&self, text: &str) -> bool {
        text.len() >= self.min_len && text.starts_with(self.head) && text.ends_with(self.tail)
    }
}

/// `tpl` as literal text and `{name}` placeholders (the syntax of `fill`).
fn pieces(tpl: &'static str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lit_start = 0;
    let mut i = 0;
    let b = tpl.as_bytes();
    while i < b.len() {
        if b[i] == b'{' {
            let name_len = tpl[i + 1..]
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
                .count();
            if name_len > 0 && b.get(i + 1 + name_len) == Some(&b'}') {
                if lit_start < i {
                    out.push(Piece::Lit(&tpl[lit_start..i]));
                }
                out.push(Piece::Arg(&tpl[i + 1..i + 1 + name_len]));
                i += name_len + 2;
                lit_start = i;
                continue;
            }
        }
        i += 1;
    }
    if lit_start < tpl.len() {
        out.push(Piece::Lit(&tpl[lit_start..]));
    }
    out
}

fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        let mut v: Vec<Pattern> = all()
            .flat_map(|phrase| {
                phrase.en.iter().map(move |form| {
                    let pieces = pieces(form);
                    let weight = pieces
                        .iter()
                        .map(|p| match p {
                            Piece::Lit(l) => l.chars().count(),
                            Piece::Arg(_) => 0,
                        })
                        .sum();
                    let lit = |p: Option<&Piece>| match p {
                        Some(Piece::Lit(l)) => *l,
                        _ => "",
                    };
                    let (head, tail) = (lit(pieces.first()), lit(pieces.last()));
                    let min_len = pieces
                        .iter()
                        .map(|p| match p {
                            Piece::Lit(l) => l.len(),
                            Piece::Arg(_) => 0,
                        })
                        .sum();
                    Pattern {
                        phrase,
                        pieces,
                        weight,
                        head,
                        tail,
                        min_len,
                    }
                })
            })
            // A pattern that is a bare placeholder would match anything.
            .filter(|p| p.weight > 0)
            .collect();
        v.sort_by_key(|p| std::cmp::Reverse(p.weight));
        v
    })
}

/// The arguments of `text` if `pieces` produced it. A placeholder takes the
/// shortest text after which the rest still matches, so an argument may
/// contain the literal that follows it (a ")" inside "(…)").
#[cfg(test)]
fn split(pieces: &[Piece], text: &str) -> Option<Vec<(&'static str, String)>> {
    let mut budget = RECOGNITION_BUDGET;
    split_within(pieces, text, &mut budget)
}

/// [`split`] within a budget of steps, shared by every split of one
/// recognition: text the core wrote can carry what a sender chose (a HELO
/// name, a header value) full of a template's literals, and backtracking over
/// every occurrence of each could otherwise take very long. Out of budget,
/// a text is not recognized and stays English.
fn split_within(
    pieces: &[Piece],
    text: &str,
    budget: &mut usize,
) -> Option<Vec<(&'static str, String)>> {
    let mut args = Vec::new();
    split_from(pieces, text, &mut args, budget)
        .then(|| args.into_iter().map(|(k, v)| (k, v.to_string())).collect())
}

fn split_from<'t>(
    pieces: &[Piece],
    rest: &'t str,
    args: &mut Vec<(&'static str, &'t str)>,
    budget: &mut usize,
) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    match pieces {
        [] => rest.is_empty(),
        [Piece::Lit(l), tail @ ..] => rest
            .strip_prefix(l)
            .is_some_and(|r| split_from(tail, r, args, budget)),
        [Piece::Arg(name)] => {
            args.push((name, rest));
            true
        }
        [Piece::Arg(name), Piece::Lit(next), tail @ ..] => {
            for (at, _) in rest.match_indices(next) {
                args.push((name, &rest[..at]));
                if split_from(tail, &rest[at + next.len()..], args, budget) {
                    return true;
                }
                args.pop();
                if *budget == 0 {
                    return false;
                }
            }
            false
        }
        // Touching placeholders cannot be told apart: the tests forbid them.
        [Piece::Arg(_), Piece::Arg(_), ..] => false,
    }
}

/// Steps one recognition may take, nested sentences included: a few hundred
/// at most for what the core writes (the fixtures' longest), so this only
/// stops pathological input.
const RECOGNITION_BUDGET: usize = 20_000;

/// The catalog sentence that produced `text`, with its arguments.
///
/// Several templates can match one text: "`ptr` matches: {why} → pass" is
/// also "{name} is a validated name of {ip} in {target}" with odd arguments
/// when `why` is that sentence. The reading that explains the most literal
/// text, counting the sentences recognized inside its arguments, wins; on a
/// tie the template with more literal text.
pub fn recognize(text: &str) -> Option<(&'static Phrase, Vec<(&'static str, String)>)> {
    let mut budget = RECOGNITION_BUDGET;
    best_reading(text, 0, &mut budget).map(|(_, phrase, args)| (phrase, args))
}

type Reading = (usize, &'static Phrase, Vec<(&'static str, String)>);

fn best_reading(text: &str, depth: usize, budget: &mut usize) -> Option<Reading> {
    let mut best: Option<Reading> = None;
    for p in patterns().iter().filter(|p| p.may_match(text)) {
        let Some(args) = split_within(&p.pieces, text, budget) else {
            continue;
        };
        let inner: usize = if depth + 1 < MAX_DEPTH {
            args.iter()
                .filter(|(_, v)| !v.is_empty())
                .filter_map(|(_, v)| best_reading(v, depth + 1, budget).map(|r| r.0))
                .sum()
        } else {
            0
        };
        let score = p.weight + inner;
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, p.phrase, args));
        }
    }
    best
}

/// How deep a sentence inside a sentence inside … is still translated.
const MAX_DEPTH: usize = 4;

/// `text`, a sentence the core wrote in English, in `lang`: unchanged when
/// `lang` is English or no catalog sentence produced it.
pub fn translate(lang: Lang, text: &str) -> Cow<'_, str> {
    if lang == Lang::En || text.is_empty() {
        return Cow::Borrowed(text);
    }
    // The app translates every sentence of a report on each render: a
    // report's few hundred sentences are remembered, so only the first
    // render in a language pays for recognizing them.
    thread_local! {
        static MEMO: RefCell<HashMap<(Lang, String), Option<String>>> = RefCell::new(HashMap::new());
    }
    const MEMO_MAX: usize = 8192;
    let key = (lang, text.to_string());
    let known = MEMO.with(|m| m.borrow().get(&key).cloned());
    let result = match known {
        Some(r) => r,
        None => {
            // One budget for the sentence and every sentence inside it.
            let mut budget = RECOGNITION_BUDGET;
            let r = translate_at(lang, text, 0, &mut budget);
            MEMO.with(|m| {
                let mut m = m.borrow_mut();
                if m.len() >= MEMO_MAX {
                    m.clear();
                }
                m.insert(key, r.clone());
            });
            r
        }
    };
    match result {
        Some(t) => Cow::Owned(t),
        None => Cow::Borrowed(text),
    }
}

fn translate_at(lang: Lang, text: &str, depth: usize, budget: &mut usize) -> Option<String> {
    if depth >= MAX_DEPTH || text.is_empty() {
        return None;
    }
    let (_, phrase, args) = best_reading(text, 0, budget)?;
    let n = args
        .iter()
        .find(|(k, _)| *k == "n")
        .and_then(|(_, v)| v.parse::<u64>().ok())
        .unwrap_or(0);
    let values: Vec<(&str, String)> = args
        .into_iter()
        .map(|(k, v)| {
            let t = translate_at(lang, &v, depth + 1, budget).unwrap_or(v);
            (k, t)
        })
        .collect();
    let refs: Vec<(&str, &dyn Display)> = values
        .iter()
        .map(|(k, v)| (*k, v as &dyn Display))
        .collect();
    Some(fill(phrase.form(lang, n), &refs))
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

/// Whether two placeholders touch in `tpl` (`{a}{b}`), which [`split`] cannot undo.
pub fn has_touching_placeholders(tpl: &'static str) -> bool {
    pieces(tpl)
        .windows(2)
        .any(|w| matches!(w, [Piece::Arg(_), Piece::Arg(_)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence carrying a sender's text full of a template's literals
    /// would make the backtracking reader try every occurrence of each: the
    /// budget stops it (the sentence then stays English, or keeps the
    /// reading found so far), and some of these do reach it.
    #[test]
    fn hostile_arguments_cannot_make_recognition_run_away() {
        let literal_soup = |p: &Pattern| {
            p.pieces
                .iter()
                .filter_map(|x| match x {
                    Piece::Lit(l) => Some(*l),
                    Piece::Arg(_) => None,
                })
                .collect::<Vec<_>>()
                .join("")
                .repeat(40)
        };
        let mut exhausted = 0;
        for p in patterns().iter().filter(|p| p.pieces.len() >= 4) {
            let soup = literal_soup(p);
            let names = super::super::placeholders(p.phrase.en[0]);
            let args: Vec<(&str, &dyn Display)> = names
                .iter()
                .map(|n| (n.as_str(), &soup as &dyn Display))
                .collect();
            let text = p.phrase.english(&args);
            let mut budget = RECOGNITION_BUDGET;
            let shown = translate_at(Lang::De, &text, 0, &mut budget).unwrap_or(text.clone());
            assert!(!shown.is_empty(), "{}", p.phrase.name);
            if budget == 0 {
                exhausted += 1;
            }
        }
        assert!(exhausted > 0, "no hostile sentence reached the budget");
    }

    #[test]
    fn split_reads_arguments_back() {
        let p = pieces("{domain} has {n} records: {list}");
        let args = split(&p, "a.example has 3 records: x, y").unwrap_or_default();
        assert_eq!(
            args,
            vec![
                ("domain", "a.example".to_string()),
                ("n", "3".to_string()),
                ("list", "x, y".to_string())
            ]
        );
        assert!(split(&p, "a.example has 3 record").is_none());
        assert!(split(&pieces("exact"), "exact!").is_none());
        // The closing literal is found after a ")" inside the argument.
        let p = pieces("{what} failed ({error})");
        assert_eq!(
            split(&p, "lookup failed (timeout (5 s))").unwrap_or_default(),
            vec![
                ("what", "lookup".to_string()),
                ("error", "timeout (5 s)".to_string())
            ]
        );
    }
}
