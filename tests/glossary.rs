//! The translations keep to one glossary (docs/glossary.md): every entry of
//! the app catalog and of the core's phrase catalogs, in German and
//! Ukrainian, uses each trade term's chosen form and none of its rejected
//! variants, Ukrainian writes one apostrophe, and a number with a counted
//! unit is a plural entry whose forms fit their number.

use headerscope::i18n::phrases::CATALOGS;
use headerscope::i18n::{Lang, Msg, Plural};
use std::path::PathBuf;

/// One catalog entry in all its forms.
struct Entry {
    id: String,
    plural: bool,
    en: Vec<String>,
    de: Vec<String>,
    uk: Vec<String>,
}

impl Entry {
    fn forms(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::En => &self.en,
            Lang::De => &self.de,
            Lang::Uk => &self.uk,
        }
    }
}

fn owned(forms: &[&str]) -> Vec<String> {
    forms.iter().map(|s| s.to_string()).collect()
}

fn all_entries() -> Vec<Entry> {
    let mut out = Vec::new();
    for &m in Msg::ALL {
        out.push(Entry {
            id: format!("app::{}", m.name()),
            plural: false,
            en: vec![m.text(Lang::En).to_string()],
            de: vec![m.text(Lang::De).to_string()],
            uk: vec![m.text(Lang::Uk).to_string()],
        });
    }
    for &p in Plural::ALL {
        out.push(Entry {
            id: format!("app::{p:?}"),
            plural: true,
            en: owned(p.forms(Lang::En)),
            de: owned(p.forms(Lang::De)),
            uk: owned(p.forms(Lang::Uk)),
        });
    }
    for (catalog, phrases) in CATALOGS {
        for p in phrases.iter() {
            out.push(Entry {
                id: format!("{catalog}::{}", p.name),
                plural: p.plural,
                en: owned(p.en),
                de: owned(p.de),
                uk: owned(p.uk),
            });
        }
    }
    out
}

/// A row of the glossary's term table.
struct Term {
    english: String,
    forms: Vec<String>,
    de: Vec<String>,
    de_never: Vec<String>,
    uk: Vec<String>,
    uk_never: Vec<String>,
    exempt: Vec<String>,
}

impl Term {
    fn chosen(&self, lang: Lang) -> &[String] {
        if lang == Lang::De {
            &self.de
        } else {
            &self.uk
        }
    }
    fn never(&self, lang: Lang) -> &[String] {
        if lang == Lang::De {
            &self.de_never
        } else {
            &self.uk_never
        }
    }
}

/// A row of the counted-units table: German [one, other], Ukrainian [one, few, many].
struct Unit {
    de: Vec<String>,
    uk: Vec<String>,
}

fn glossary_text() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/glossary.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rows (cells trimmed) of the first Markdown table after `heading`.
fn table(text: &str, heading: &str) -> Vec<Vec<String>> {
    let after = text
        .split_once(heading)
        .unwrap_or_else(|| panic!("docs/glossary.md has no section {heading:?}"))
        .1;
    after
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // the header and the |---| line
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

/// A `;`-separated cell; `—` or empty is no value.
fn list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "—")
        .map(str::to_string)
        .collect()
}

fn terms() -> Vec<Term> {
    table(&glossary_text(), "## Terms")
        .into_iter()
        .map(|row| {
            assert_eq!(row.len(), 8, "a term row has 8 columns: {row:?}");
            let lower = |c: &str| list(c).into_iter().map(|s| s.to_lowercase()).collect();
            Term {
                english: row[0].clone(),
                forms: lower(&row[1]),
                de: lower(&row[2]),
                de_never: lower(&row[3]),
                uk: lower(&row[4]),
                uk_never: lower(&row[5]),
                exempt: list(&row[6]),
            }
        })
        .collect()
}

fn units() -> Vec<Unit> {
    table(&glossary_text(), "## Counted units")
        .into_iter()
        .map(|row| {
            assert_eq!(row.len(), 3, "a unit row has 3 columns: {row:?}");
            let de: Vec<String> = row[1].split(';').map(|s| s.trim().to_lowercase()).collect();
            let uk: Vec<String> = row[2].split(';').map(|s| s.trim().to_lowercase()).collect();
            assert_eq!(de.len(), 2, "German has one and other: {row:?}");
            assert_eq!(uk.len(), 3, "Ukrainian has one, few and many: {row:?}");
            Unit { de, uk }
        })
        .collect()
}

/// Names that stay as written in every language and would otherwise look
/// like the words they contain ("ARC-Seal" is not a seal).
const KEPT_NAMES: &[&str] = &[
    "ARC-Message-Signatures",
    "ARC-Message-Signature",
    "ARC-Authentication-Results",
    "ARC-Seals",
    "ARC-Seal",
    "DKIM2-Signature",
    "DKIM-Signature",
    "Message-Instance",
    "Authentication-Results",
    "Received-SPF",
    "Content-Security-Policy",
    "Return-Path",
];

/// The words of `text` a term check reads: no placeholders, no `code`, no
/// kept names, no tokens that are names or tag=value (`_dmarc`, `s=`).
fn prose(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let mut in_code = false;
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                s.push(' ');
            }
            '{' if !in_code => in_placeholder = true,
            '}' if in_placeholder => {
                in_placeholder = false;
                s.push(' ');
            }
            _ if in_code || in_placeholder => {}
            _ => s.push(c),
        }
    }
    for name in KEPT_NAMES {
        s = without_word(&s, name);
    }
    // "d=-Domain": the tag is a name, the word after it is prose.
    s.replace("=-", "= ")
        .split_whitespace()
        .filter(|t| !(t.contains('_') || t.contains('=') || t.contains('@') || t.contains("://")))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `text` without `name` where it stands as a whole word ("DKIM-Signature",
/// not the start of „DKIM-Signaturen“).
fn without_word(text: &str, name: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            out.push_str(name);
        } else {
            out.push(' ');
        }
        rest = &rest[at + name.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether `phrase` occurs in `text` as whole words.
fn has_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn the_glossary_is_read_and_covers_the_catalogs() {
    let terms = terms();
    assert!(terms.len() >= 40, "only {} terms read", terms.len());
    assert!(units().len() >= 10);
    let entries = all_entries();
    assert!(entries.len() > 1200, "only {} entries", entries.len());
    // Every exemption names a real entry, so a renamed key cannot keep one alive.
    for t in &terms {
        for id in &t.exempt {
            assert!(
                entries.iter().any(|e| &e.id == id),
                "glossary term {:?} exempts {id}, which is not a catalog entry",
                t.english
            );
        }
        for f in &t.forms {
            assert!(f == "*" || !f.is_empty(), "{:?}", t.english);
        }
    }
}

#[test]
fn translations_use_the_glossary_terms() {
    let terms = terms();
    let mut problems = Vec::new();
    for e in all_entries() {
        let en = prose(&e.en.join(" \n "));
        for t in &terms {
            if t.exempt.contains(&e.id) {
                continue;
            }
            let Some(used) = t.forms.iter().find(|f| *f == "*" || has_words(&en, f)) else {
                continue;
            };
            for lang in [Lang::De, Lang::Uk] {
                for (i, form) in e.forms(lang).iter().enumerate() {
                    let text = prose(form);
                    let chosen = t.chosen(lang);
                    if !chosen.is_empty() && !chosen.iter().any(|c| text.contains(c.as_str())) {
                        problems.push(format!(
                            "{} [{lang:?} form {i}]: English says “{used}” ({}), so this needs one of {chosen:?}: “{form}”",
                            e.id, t.english
                        ));
                    }
                    for bad in t.never(lang) {
                        if text.contains(bad.as_str()) {
                            problems.push(format!(
                                "{} [{lang:?} form {i}]: “{bad}” is a rejected form of {} (use {chosen:?}): “{form}”",
                                e.id, t.english
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} glossary violations:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn ukrainian_writes_one_apostrophe() {
    const CHOSEN: char = '\u{2019}';
    const OTHERS: &[char] = &['\'', '\u{02BC}', '`', '\u{2018}', '\u{02B9}', '\u{00B4}'];
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let mut problems = Vec::new();
    for e in all_entries() {
        for form in &e.uk {
            let chars: Vec<char> = form.chars().collect();
            for w in chars.windows(3) {
                if cyrillic(w[0]) && cyrillic(w[2]) && OTHERS.contains(&w[1]) {
                    problems.push(format!(
                        "{}: “{}{}{}” uses U+{:04X} as the apostrophe, write {CHOSEN}: “{form}”",
                        e.id, w[0], w[1], w[2], w[1] as u32
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} apostrophe problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Each `{name} word` in `form`, the word without a `prefix-`, lowercased.
fn counted_words(form: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        let tail = &after[close + 1..];
        rest = tail;
        if !tail.starts_with(' ') {
            continue;
        }
        let word: String = tail
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let word = word.rsplit('-').next().unwrap_or_default().to_lowercase();
        if !word.is_empty() {
            out.push((name.to_string(), word));
        }
    }
    out
}

#[test]
fn numbers_with_units_are_plural_entries() {
    let units = units();
    let mut problems = Vec::new();
    for e in all_entries() {
        for lang in [Lang::De, Lang::Uk] {
            for (i, form) in e.forms(lang).iter().enumerate() {
                for (name, word) in counted_words(form) {
                    let unit_forms = |u: &Unit| -> Vec<String> {
                        if lang == Lang::De {
                            u.de.clone()
                        } else {
                            u.uk.clone()
                        }
                    };
                    let Some(unit) = units.iter().find(|u| unit_forms(u).contains(&word)) else {
                        continue;
                    };
                    if !e.plural || name != "n" {
                        problems.push(format!(
                            "{} [{lang:?}]: “{{{name}}} {word}” counts a unit outside a plural entry on {{n}}: “{form}”",
                            e.id
                        ));
                        continue;
                    }
                    let expected = &unit_forms(unit)[i.min(unit_forms(unit).len() - 1)];
                    if *expected != word && expected != "—" {
                        problems.push(format!(
                            "{} [{lang:?} form {i}]: “{{n}} {word}” should be “{{n}} {expected}”: “{form}”",
                            e.id
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} counted units outside plural forms:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
