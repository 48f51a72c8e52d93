//! The SPF linter (builder) and the evaluator read a record with the same
//! parser: a record the evaluator cannot use is a lint error, and a record
//! whose every term the linter accepts is one the evaluator parses. Several
//! of these records used to pass the linter and fail the evaluation.

use headerscope::auth::spf::parse::{is_spf_record, parse_record};
use headerscope::builder::spf::lint_text;
use headerscope::builder::{Finding, Severity};

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
        .filter(|x| x.severity == Severity::Error && SYNTAX.contains(&x.code.as_str()))
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
