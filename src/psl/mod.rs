//! The Public Suffix List (publicsuffix.org), ICANN and private sections, in
//! a compact form: the list's own text (`rules.txt`, one rule a line, the
//! copy the `psl` crate 2.1.247 compiles into code) read into hash sets on
//! first use. The `psl` crate turns the same rules into about 900 KiB of
//! wasm code; the text is 155 KiB, 44 KiB gzipped. tests in this module
//! compare every answer with the `psl` crate's. See rules.txt's PROVENANCE.md.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the sets are fixed at start and asked a few short names per
/// message; the standard SipHash, made to withstand inserted keys chosen by
/// an attacker, cost more than the lookups themselves.
struct Fnv(u64);

impl Default for Fnv {
    /// FNV-1a's 64-bit offset basis.
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type Rules = HashSet<&'static str, BuildHasherDefault<Fnv>>;

static RULES: &str = include_str!("rules.txt");

/// The rules by kind: `a.b` is a suffix, `*.a.b` makes every child of `a.b`
/// one (kept as `a.b`), `!c.a.b` is an exception to such a wildcard (kept as
/// `c.a.b`).
struct List {
    exact: Rules,
    wildcard: Rules,
    exception: Rules,
}

fn list() -> &'static List {
    static LIST: OnceLock<List> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list = List {
            exact: Rules::default(),
            wildcard: Rules::default(),
            exception: Rules::default(),
        };
        for rule in RULES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
        {
            if let Some(parent) = rule.strip_prefix("*.") {
                list.wildcard.insert(parent);
            } else if let Some(name) = rule.strip_prefix('!') {
                list.exception.insert(name);
            } else {
                list.exact.insert(rule);
            }
        }
        list
    })
}

/// Where the public suffix of `domain` starts (a byte offset), by the list's
/// algorithm: the matching rule with the most labels, an exception before
/// all, and `*` (the last label) when nothing matches. `domain` is compared
/// as written (lowercase it first).
fn suffix_start(domain: &str) -> usize {
    let list = list();
    // Every suffix of the name at a label boundary, longest first.
    let starts = std::iter::once(0).chain(domain.match_indices('.').map(|(i, _)| i + 1));
    for start in starts {
        let candidate = &domain[start..];
        let parent = candidate.split_once('.').map(|(_, p)| p);
        if list.exception.contains(candidate) {
            return start + candidate.find('.').map_or(candidate.len(), |i| i + 1);
        }
        if list.exact.contains(candidate) || parent.is_some_and(|p| list.wildcard.contains(p)) {
            return start;
        }
    }
    domain.rfind('.').map_or(0, |i| i + 1)
}

/// The registrable domain of `domain`: its public suffix and one label more;
/// `None` when `domain` is itself a public suffix. What `psl::domain_str`
/// answers, except for a name under two nested wildcards (`*.run.app` and
/// `*.mtls.run.app` make `mtls.run.app` a public suffix, by the list's
/// algorithm; the `psl` crate answers `run.app`'s child).
pub fn domain_str(domain: &str) -> Option<&str> {
    // A fully qualified name answers as without its root dot.
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    if domain.is_empty() {
        return None;
    }
    let start = suffix_start(domain);
    if start == 0 {
        return None;
    }
    // The label before the suffix: from the dot before it (exclusive).
    let head = &domain[..start - 1];
    let label_start = head.rfind('.').map_or(0, |i| i + 1);
    Some(&domain[label_start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule, under one and two more labels, and the rule itself, the
    /// same as the `psl` crate.
    #[test]
    fn every_rule_answers_as_the_psl_crate() {
        // A name matched by `*.parent` that is itself the parent of another
        // wildcard: the only names where the psl crate leaves the list's
        // algorithm (it reads `mtls.run.app` as a child of `run.app`).
        let nested_wildcard = |name: &str| {
            let w = &list().wildcard;
            w.contains(name) && name.split_once('.').is_some_and(|(_, p)| w.contains(p))
        };
        let (mut checked, mut nested) = (0, 0);
        for rule in RULES.lines().filter(|l| !l.is_empty()) {
            let bare = rule.trim_start_matches("*.").trim_start_matches('!');
            for name in [
                bare.to_string(),
                format!("x.{bare}"),
                format!("www.x.{bare}"),
                format!("a.b.c.{bare}"),
            ] {
                if domain_str(&name) != psl::domain_str(&name) {
                    assert!(
                        nested_wildcard(&name),
                        "{name}: {:?}",
                        psl::domain_str(&name)
                    );
                    assert_eq!(domain_str(&name), None, "{name}");
                    nested += 1;
                }
                checked += 1;
            }
        }
        assert!(checked > 40_000, "{checked}");
        assert!(nested < 30, "{nested} names differ from the psl crate");
    }

    #[test]
    fn odd_names_answer_as_the_psl_crate() {
        for name in [
            "",
            ".",
            "com",
            "example.com",
            "mail.example.com",
            "example.com.",
            ".example.com",
            "a..example.com",
            "localhost",
            "foo.localhost",
            "unknowntld",
            "x.unknowntld",
            "y.x.unknowntld",
            "foo.github.io",
            "github.io",
            "a.foo.github.io",
            "www.ck",
            "a.www.ck",
            "x.ck",
            "y.x.ck",
            "city.kawasaki.jp",
            "a.city.kawasaki.jp",
            "b.a.kawasaki.jp",
            "xn--p1ai",
            "example.xn--p1ai",
            "пример.рф",
            "公司.cn",
            "a.公司.cn",
            "192.0.2.1",
            "Example.COM",
            "example.co.uk",
            "bbc.co.uk",
            "co.uk",
            "news.example.org",
        ] {
            assert_eq!(domain_str(name), psl::domain_str(name), "{name:?}");
        }
    }
}
