//! The SPF linter (builder) and the evaluator read a record with the same
//! parser: a record the evaluator cannot use is a lint error, and a record
//! whose every term the linter accepts is one the evaluator parses. Several
//! of these records used to pass the linter and fail the evaluation.

use headerscope::auth::spf::parse::{is_spf_record, parse_record};
use headerscope::builder::spf::lint_text;
use headerscope::builder::{Finding, FindingSeverity};

/// The linter's findings that say "this text is not valid SPF"; the others
/// (`+all`, `ptr`, no `all`) are advice about valid records.
const SYNTAX: &[&str] = &[
    "spf.no-version",
    "spf.syntax",
    "spf.bad-ip",
    "spf.bad-domain",
    "spf.unknown-mechanism",
    "spf.ip-typo",
    "spf.whitespace",
    "spf.leading-space",
    "spf.duplicate-modifier",
    "spf.permerror",
];

fn syntax_errors(f: &[Finding]) -> Vec<&str> {
    f.iter()
        .filter(|x| x.severity == FindingSeverity::Error && SYNTAX.contains(&x.code.as_str()))
        .map(|x| x.code.as_str())
        .collect()
}

/// What the evaluator makes of the record: usable or not.
fn evaluator_accepts(record: &str) -> bool {
    is_spf_record(record) && parse_record(record).is_ok()
}

/// (record, whether the evaluator can use it, a code the linter must give).
const CASES: &[(&str, bool, Option<&str>)] = &[
    ("v=spf1 ipv4:192.0.2.1 -all", false, Some("spf.ip-typo")),
    ("v=spf1 -ipv6:2001:db8::1 -all", false, Some("spf.ip-typo")),
    ("v=spf1 ip4:192.0.2.1\t-all", false, Some("spf.whitespace")),
    (
        " v=spf1 ip4:192.0.2.1 -all",
        false,
        Some("spf.leading-space"),
    ),
    ("v=spf1 a/024 -all", false, None),
    ("v=spf1 mx:example.com/33 -all", false, None),
    ("v=spf1 ip4:192.0.2.1/024 -all", false, None),
    (
        "V=SPF1 IP4:192.0.2.1 Include:_spf.example.com -ALL",
        true,
        None,
    ),
    ("v=spf1 ip4:192.0.2.1  a  -all ", true, None),
    (
        "v=spf1 mx/24//64 exists:%{i}._spf.example.com ~all",
        true,
        None,
    ),
    // These the linter once called syntax errors of its own while the
    // evaluator used the record: a second `v=spf1` is an unknown modifier
    // (RFC 7208 §4.6.1, §6), and a domain-spec is a macro-string (§7.1)
    // with no label-length rule; both are advice now.
    ("v=spf1 mx -all v=spf1 a", true, None),
    (
        "v=spf1 include:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example -all",
        true,
        None,
    ),
    ("v=spf1 a:mail..example.com -all", true, None),
    // Refused by the parser, so by the linter too, each with its kind named.
    ("v=spf1 ip6:192.0.2.1 -all", false, Some("spf.bad-ip")),
    ("v=spf1 exists -all", false, Some("spf.syntax")),
    ("v=spf1 a:example -all", false, Some("spf.bad-domain")),
    ("v=spf1 redirect=%{q}.example -all", false, Some("spf.bad-domain")),
    ("v=spf1 exp=a.example exp=b.example", false, Some("spf.duplicate-modifier")),
    ("v=spf1 all:x.example", false, Some("spf.syntax")),
];

#[test]
fn linter_and_evaluator_agree_on_whether_a_record_parses() {
    for (record, usable, code) in CASES {
        assert_eq!(
            evaluator_accepts(record),
            *usable,
            "evaluator on {record:?}"
        );
        let findings = lint_text(record);
        let errors = syntax_errors(&findings);
        assert_eq!(
            errors.is_empty(),
            *usable,
            "linter on {record:?}: {findings:?}"
        );
        if let Some(code) = code {
            assert!(errors.contains(code), "{record:?}: {errors:?}");
        }
    }
}

/// The `ipv4:` fix is the term the parser would accept.
#[test]
fn the_ip_typo_fix_parses() {
    let findings = lint_text("v=spf1 ~ipv4:192.0.2.0/24 -all");
    let fix = findings
        .iter()
        .find(|f| f.code == "spf.ip-typo")
        .and_then(|f| f.fix.clone())
        .expect("fix");
    assert!(fix.en().contains("~ip4:192.0.2.0/24"), "{fix:?}");
    assert!(parse_record("v=spf1 ~ip4:192.0.2.0/24 -all").is_ok());
}

mod tree {
    //! The builder's include/redirect tree follows exactly the terms the
    //! evaluator's parser reads. Each record here was split differently by
    //! the tree's own tokenizer, which the tree no longer has.
    use futures::executor::block_on;
    use headerscope::auth::spf::parse::{parse_record, Mechanism};
    use headerscope::builder::spf::{lint_record, SpfNode};
    use headerscope::dns::zone::{Zone, ZoneResolver};

    const ZONE: &str = r#"
$ORIGIN example.
$TTL 300
inc              TXT "v=spf1 ip4:192.0.2.0/24 -all"
other            TXT "v=spf1 ip4:198.51.100.0/24 -all"
"#;

    fn tree(record: &str) -> SpfNode {
        let r = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"));
        block_on(lint_record(&r, "top.example", record)).tree
    }

    /// The `via` of every child the evaluator would follow, in the tree's form.
    fn parser_follows(record: &str) -> Vec<String> {
        let Ok(rec) = parse_record(record) else {
            return Vec::new();
        };
        let mut out: Vec<String> = rec
            .directives
            .iter()
            .filter_map(|d| match &d.mechanism {
                Mechanism::Include(s) if !s.has_macros() => Some(format!("include:{}", s.raw)),
                _ => None,
            })
            .collect();
        let has_all = rec.directives.iter().any(|d| d.mechanism == Mechanism::All);
        if let Some(r) = rec.redirect.filter(|r| !has_all && !r.spec.has_macros()) {
            out.push(format!("redirect={}", r.spec.raw));
        }
        out
    }

    fn vias(node: &SpfNode) -> Vec<String> {
        node.children.iter().map(|c| c.via.clone()).collect()
    }

    /// (record, the children the tree shows, whether the parser accepts it)
    const CASES: &[(&str, &[&str], bool)] = &[
        // Case and an explicit `+`: one include each, both followed.
        (
            "v=spf1 INCLUDE:Inc.Example +include:other.example -all",
            &["include:Inc.Example", "include:other.example"],
            true,
        ),
        // A trailing dot is the same name (the child is `inc.example`).
        (
            "v=spf1 include:inc.example. -all",
            &["include:inc.example."],
            true,
        ),
        // Macros are expanded per message: counted, not followed.
        ("v=spf1 include:%{d}.inc.example -all", &[], true),
        // `redirect` beside another modifier is still the redirect.
        (
            "v=spf1 ip4:203.0.113.1 exp=explain.example redirect=inc.example",
            &["redirect=inc.example"],
            true,
        ),
        // `-redirect=` is no modifier (a modifier has no qualifier): the
        // record is a permerror, and the old tokenizer read it as a modifier.
        ("v=spf1 ip4:203.0.113.1 -redirect=inc.example", &[], false),
        // Two redirects: permerror (§6); the old tree followed both.
        (
            "v=spf1 redirect=inc.example redirect=other.example",
            &[],
            false,
        ),
        // A syntax error anywhere: the evaluator never reaches the include.
        (
            "v=spf1 include:inc.example ip4:192.0.2.300 -all",
            &[],
            false,
        ),
        // A tab is no separator: `ip4:…<TAB>include:…` is one bad term.
        ("v=spf1 ip4:192.0.2.1\tinclude:inc.example -all", &[], false),
    ];

    #[test]
    fn the_tree_follows_what_the_parser_reads() {
        for (record, children, usable) in CASES {
            let node = tree(record);
            assert_eq!(vias(&node), *children, "tree of {record:?}");
            assert_eq!(parser_follows(record), *children, "parser on {record:?}");
            assert_eq!(parse_record(record).is_ok(), *usable, "{record:?}");
            // An unusable record says why on its node, and counts nothing.
            assert_eq!(node.error.is_some(), !usable, "{record:?}: {node:?}");
            if !usable {
                assert_eq!(node.lookups_total, 0, "{record:?}");
            }
        }
    }

    #[test]
    fn a_trailing_dot_and_case_reach_the_same_record() {
        let node = tree("v=spf1 INCLUDE:Inc.Example. -all");
        assert_eq!(node.children[0].domain, "inc.example");
        assert_eq!(node.children[0].ip4, ["192.0.2.0/24"]);
        assert_eq!(node.lookups_total, 1);
    }

    #[test]
    fn macros_count_as_lookups_and_leave_a_note() {
        let node = tree("v=spf1 include:%{d}.inc.example a:%{i}.example -all");
        assert_eq!(node.lookups_here, 2);
        assert_eq!(node.notes.len(), 2, "{:?}", node.notes);
    }

    #[test]
    fn an_unusable_record_names_the_parsers_error() {
        let node = tree("v=spf1 include:inc.example ip4:192.0.2.300 -all");
        let error = node.error.expect("error").en();
        assert!(error.contains("permerror"), "{error}");
        assert!(error.contains("ip4:192.0.2.300"), "{error}");
    }
}

/// Every record of up to three terms from a list of right and wrong ones
/// (each seed mistake, each kind of parser error, valid advice cases): the
/// linter has a syntax error exactly when the evaluator cannot use the record.
#[test]
fn linter_and_evaluator_agree_on_every_combination() {
    const TERMS: &[&str] = &[
        "a",
        "-all",
        "+all",
        "?all",
        "all:x.example",
        "mx/24//64",
        "a/024",
        "a:example",
        "a:mail..example.com",
        "ptr",
        "ptr/24",
        "ip4:192.0.2.0/24",
        "ip4:192.0.2.300",
        "ip4:2001:db8::1",
        "ip6:2001:db8::/129",
        "ip6",
        "ipv4:192.0.2.1",
        "include",
        "include:_spf.example.com",
        "include:localhost",
        "exists:%{i}._spf.example.com",
        "exists:%{z}.example.com",
        "redirect=_spf.example.com",
        "exp=explain.example.com",
        "v=spf1",
        "foo=bar",
        "foo=%{",
        "inclde:example.net",
        "-",
        "ip4:192.0.2.1\t-all",
    ];
    let mut checked = 0;
    for a in TERMS {
        for b in TERMS {
            for c in ["", " -all", " redirect=r.example"] {
                let record = format!("v=spf1 {a} {b}{c}");
                let usable = evaluator_accepts(&record);
                let findings = lint_text(&record);
                assert_eq!(
                    syntax_errors(&findings).is_empty(),
                    usable,
                    "{record:?}: evaluator {usable}, linter {findings:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, TERMS.len() * TERMS.len() * 3);
}
