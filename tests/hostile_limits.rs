//! Bounded work and bounded output on hostile messages (issue 18): floods of
//! signatures, ARC sets, receivers' results and Received headers are cut at
//! `Limits` and say so; JSON stays within a constant times the input; the
//! text format never prints a line a person cannot read; and a sample of
//! hostile variants of the fixture messages (every class of
//! `hostile_support::mutations`), plus each class's worst case, inspects
//! without a panic inside the same bounds. `scripts/fuzz.sh` runs thousands
//! (`HS_MUTATIONS=5000`) and writes them out (`HS_MUTATIONS_OUT=DIR`).

mod hostile_support;

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::{AuthResult, Report};
use headerscope::{inspect, Limits, Options};
use hostile_support::mutations::{self, Class, Rng, WORST_SCALE};
use hostile_support::{message, Flood};
use std::path::Path;

/// JSON may be at most this many times the input, plus [`JSON_FIXED`]: the
/// report repeats what it read (raw receivers' headers, trace lines) a few
/// times, and everything counted is cut at a limit.
const JSON_PER_INPUT_BYTE: usize = 4;
/// What a report of a short message may take whatever it says: 50
/// signatures' traces, 50 ARC sets, 200 receivers' results, 100 hops.
const JSON_FIXED: usize = 1 << 20;

fn offline() -> ZoneResolver {
    ZoneResolver::offline(Zone::parse("", None).expect("empty zone"))
}

fn run_with(raw: &[u8], options: &Options) -> Result<Report, String> {
    futures::executor::block_on(inspect(raw, options, &offline())).map_err(|e| e.0.en())
}

fn run(raw: &[u8]) -> Result<Report, String> {
    let options = Options {
        now: Some(1_800_000_000),
        ..Default::default()
    };
    run_with(raw, &options)
}

/// The output bounds every report must keep, whatever its input.
fn assert_bounded(raw: &[u8], report: &Report, what: &str) {
    let json = serde_json::to_string(report).expect("serializes");
    assert!(
        json.len() <= JSON_PER_INPUT_BYTE * raw.len() + JSON_FIXED,
        "{what}: {} bytes of JSON for {} bytes of input; largest parts {:?}",
        json.len(),
        raw.len(),
        largest_parts(report)
    );
    let text = headerscope::cli::text::render_report(report, headerscope::i18n::Lang::En);
    let shown = Limits::default().shown_line_chars;
    let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest <= shown + 40,
        "{what}: a text line of {longest} characters"
    );
    let limits = Limits::default();
    assert!(report.dkim.len() <= limits.dkim_signatures, "{what}");
    assert!(
        report.received.hops.len() <= limits.received_headers,
        "{what}"
    );
    assert!(report.dns.len() <= limits.dns_queries, "{what}");
    assert!(report.antispam.len() <= limits.antispam_headers, "{what}");
    let results: usize = report.receiver_said.iter().map(|v| v.results.len()).sum();
    assert!(
        results <= limits.receiver_results,
        "{what}: {results} results"
    );
}

/// The report's top-level fields by JSON size, largest first: where a bound broke.
fn largest_parts(report: &Report) -> Vec<(String, usize)> {
    let value = serde_json::to_value(report).expect("serializes");
    let mut parts: Vec<(String, usize)> = value
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.to_string().len()))
                .collect()
        })
        .unwrap_or_default();
    parts.sort_by_key(|p| std::cmp::Reverse(p.1));
    parts.truncate(4);
    parts
}

fn said(report: &Report, part: &str) -> bool {
    report.notices.iter().any(|n| n.en().contains(part))
}

#[test]
fn each_flood_is_cut_at_its_limit_and_says_how_much_was_left() {
    let n = 3_000;
    let limits = Limits::default();
    for kind in Flood::ALL {
        let raw = message(kind, n);
        let report = run(&raw).unwrap_or_else(|e| panic!("{}: {e}", kind.name()));
        assert_bounded(&raw, &report, kind.name());
        match kind {
            Flood::Signatures => {
                assert_eq!(report.dkim.len(), limits.dkim_signatures);
                let left = format!("{} more DKIM signatures not evaluated", n - 50);
                assert!(said(&report, &left), "{:?}", report.notices);
                let last = report.dkim.last().expect("evaluated ones");
                assert!(last.trace.iter().any(|s| s.text.en().contains(&left)));
                // Only the evaluated signatures' keys were asked for.
                let keys = report
                    .dns
                    .iter()
                    .filter(|q| q.name.contains("._domainkey."))
                    .count();
                assert_eq!(keys, limits.dkim_signatures);
            }
            Flood::ArcSets => {
                assert_eq!(report.arc.result, AuthResult::Fail);
                assert!(
                    report
                        .arc
                        .reason
                        .en()
                        .contains(&format!("{n} ARC sets, more than the 50")),
                    "{:?}",
                    report.arc.reason
                );
                assert!(!report.dns.iter().any(|q| q.name.contains("_domainkey")));
            }
            Flood::Results => {
                let left = format!("{} more receivers' results not read", n + 1 - 200);
                assert!(said(&report, &left), "{:?}", report.notices);
            }
            Flood::ReceivedSpf => {
                assert_eq!(report.spf.received_spf_seen.len(), limits.receiver_results);
                let left = format!("{} more receivers' results not read", n - 200);
                assert!(said(&report, &left), "{:?}", report.notices);
            }
            Flood::FromDomains => {
                assert_eq!(report.dmarc.from_domains.len(), limits.from_domains);
                assert!(
                    report.dns.len() < 10 * limits.from_domains,
                    "{}",
                    report.dns.len()
                );
                // The tail's From domain makes n + 1.
                let left = format!("{} more From domains not checked by DMARC", n + 1 - 10);
                assert!(said(&report, &left), "{:?}", report.notices);
                let first = report.dmarc.trace.first().expect("a DMARC trace");
                assert!(first.text.en().contains(&left), "{:?}", first.text);
            }
            Flood::Received => {
                assert_eq!(report.received.hops.len(), limits.received_headers);
                let left = format!("{} more Received headers not read", n - 100);
                assert!(said(&report, &left), "{:?}", report.notices);
            }
        }
    }
    let raw = hostile_support::all_floods(n);
    let report = run(&raw).expect("inspects");
    assert_bounded(&raw, &report, "all floods");
}

#[test]
fn the_dns_query_limit_refuses_later_queries_with_a_reason() {
    let raw = message(Flood::Signatures, 20);
    let options = Options {
        now: Some(1_800_000_000),
        limits: Limits {
            dns_queries: 5,
            ..Limits::default()
        },
        ..Default::default()
    };
    let report = run_with(&raw, &options).expect("inspects");
    assert_eq!(report.dns.len(), 5, "the log holds the sent ones only");
    assert!(
        said(&report, "DNS queries not sent"),
        "{:?}",
        report.notices
    );
    let refused = report
        .dkim
        .iter()
        .filter(|d| {
            d.trace.iter().any(|s| {
                s.detail
                    .iter()
                    .any(|l| l.en().contains("used its 5 DNS queries"))
            })
        })
        .count();
    assert!(refused >= 10, "{refused} signatures name the limit");
}

#[test]
fn identical_summary_items_fold_into_one_with_a_count() {
    use headerscope::summary::{collapse, Severity, SummaryItem};
    let item = |text: &str, severity| SummaryItem {
        text: headerscope::i18n::text::Text::verbatim(text),
        severity,
        link: "x".into(),
        ..Default::default()
    };
    let items = vec![
        item("a", Severity::Warning),
        item("b", Severity::Warning),
        item("a", Severity::Warning),
        item("a", Severity::Info),
        item("a", Severity::Warning),
    ];
    let folded = collapse(items);
    assert_eq!(folded.len(), 3);
    assert_eq!((folded[0].text.en().as_str(), folded[0].repeats), ("a", 2));
    assert_eq!(
        folded[0].counted_text_in(headerscope::i18n::Lang::En),
        "a (3 times)"
    );
    assert_eq!(folded[1].repeats, 0);
    assert_eq!(folded[2].severity, Severity::Info);
}

fn fixture_seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/messages");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// A variant either is refused as input with a one-line reason or gives a
/// report within the bounds; a panic fails the test with the class named.
fn check_variant(class: Class, raw: &[u8]) {
    let outcome = std::panic::catch_unwind(|| run(raw));
    match outcome {
        Err(_) => panic!("{class:?}: panicked on {} bytes", raw.len()),
        Ok(Err(reason)) => assert!(
            !reason.is_empty() && !reason.contains('\n'),
            "{class:?}: {reason:?}"
        ),
        Ok(Ok(report)) => assert_bounded(raw, &report, &format!("{class:?}")),
    }
}

/// Variants checked by `cargo test`: as many as `scripts/fuzz.sh` writes
/// by default. A sample of 42 (three a class) let a Received-SPF flood
/// variant, number 1,029, through to the fuzz script; 3,000 take about 20 s
/// in the test profile.
const DEFAULT_SAMPLE: usize = 3_000;

#[test]
fn a_sample_of_hostile_variants_stays_bounded() {
    let seeds = fixture_seeds();
    assert!(seeds.len() >= 3, "fixtures: {}", seeds.len());
    let count = std::env::var("HS_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_SAMPLE);
    let out_dir = std::env::var_os("HS_MUTATIONS_OUT");
    if let Some(dir) = &out_dir {
        std::fs::create_dir_all(dir).expect("output directory");
    }
    for (i, (class, seed, raw)) in mutations::corpus(&seeds, count, 0x5EED_0018)
        .into_iter()
        .enumerate()
    {
        if let Some(dir) = &out_dir {
            let name = format!("{i:05}-{class:?}-{seed}.eml");
            std::fs::write(Path::new(dir).join(name), &raw).expect("written");
        }
        check_variant(class, &raw);
    }
}

/// The worst case of each class: its largest scale on the largest fixture
/// (1,000 MIME levels, 1,000-level folding, 20,000 repeated headers, a 1 MB
/// line, a UTF-16 message...).
#[test]
fn the_worst_case_of_every_class_stays_bounded() {
    let seeds = fixture_seeds();
    let largest = seeds.iter().max_by_key(|s| s.len()).expect("fixtures");
    for class in Class::ALL {
        let raw = mutations::mutate(largest, class, &mut Rng(18), WORST_SCALE);
        check_variant(class, &raw);
    }
}
