//! The helpdesk Markdown: the ranked reasons, identities, verdicts and hop
//! table of `export::to_markdown`, plus per-check reasons, iprev, notices,
//! how DNS was answered ("offline records" for pasted records) and the
//! Authentication-Results header.

use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::export::{helpdesk_markdown, helpdesk_markdown_in, PRINT_CSS};
use headerscope::i18n::text::Text;
use headerscope::i18n::Lang;
use headerscope::report::Report;
use headerscope::summary::Severity;
use headerscope::{inspect, Options};

fn read(rel: &str) -> Vec<u8> {
    let p = format!("{}/tests/data/{rel}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// As the app does it: records pasted as text, no network at all.
fn gmail_on_pasted_records() -> Report {
    let zone_text = String::from_utf8(read("messages/zone.txt")).expect("utf-8");
    let resolver = offline_resolver_from_text(&zone_text).expect("the seed zone parses");
    let raw = read("messages/gmail.eml");
    let options = Options {
        now: Some(1_794_000_000),
        ..Default::default()
    };
    let report = futures::executor::block_on(inspect(&raw, &options, &resolver)).expect("inspect");
    report
}

#[test]
fn pasted_records_are_marked_offline() {
    let r = gmail_on_pasted_records();
    assert!(r.run.offline);
    assert!(
        r.run.resolver.starts_with("offline records ("),
        "{:?}",
        r.run.resolver
    );
    assert_eq!(r.run.now, 1_794_000_000);
    assert!(r.dns.iter().all(|q| q.resolver == r.run.resolver));
}

#[test]
fn helpdesk_markdown_has_everything_a_ticket_needs() {
    let r = gmail_on_pasted_records();
    let md = helpdesk_markdown(&r, "mx.example.net");
    // The ranked reasons, most severe first, each pointing at its evidence.
    let critical = r
        .summary
        .iter()
        .find(|i| i.severity == Severity::Critical)
        .expect("gmail.eml has a critical reason");
    let warning = r
        .summary
        .iter()
        .find(|i| i.severity == Severity::Warning)
        .expect("and a warning");
    let at_critical = md
        .find(&critical.text.en())
        .expect("critical reason listed");
    let at_warning = md.find(&warning.text.en()).expect("warning listed");
    assert!(at_critical < at_warning, "ranked: critical first");
    assert!(md.contains(&format!("`{}`", critical.link)));
    // Identities with their sources.
    assert!(md.contains("| client IP | 203.0.113.9 | Received header #2 (by mx.google.com) |"));
    // Verdicts under both DMARC rule sets, and the hop table.
    assert!(md.contains("- SPF: softfail (shop.example)"), "{md}");
    assert!(md.contains("DMARC (RFC 7489): fail"));
    assert!(md.contains("| 1 (boundary) | out.shop.example [203.0.113.9] | mx.google.com | ESMTPS | TLS1_3 | 4 s |"), "{md}");
    // What to_markdown lacks: ARC, iprev, why each check came out so.
    assert!(
        md.contains("| ARC | **none** | the message has no ARC headers |"),
        "{md}"
    );
    assert!(
        md.contains("| iprev | **pass** | 203.0.113.9 → out.shop.example |"),
        "{md}"
    );
    assert!(md.contains("| DMARC | **fail** | quarantine"), "{md}");
    // How DNS was answered: offline records, no network.
    assert!(
        md.contains(&format!("answered by: {}.", r.run.resolver)),
        "{md}"
    );
    assert!(md.contains("Offline: no query reached the network."));
    assert!(md.contains("judged at unix time 1794000000"));
    // The header, in a code block.
    let block = md
        .split("```\n")
        .nth(1)
        .expect("a code block with the header");
    assert!(block.starts_with("Authentication-Results: mx.example.net;\n\tspf=softfail"));
    assert!(block.contains("dmarc=fail (p=quarantine dis=quarantine) header.from=shop.example"));
}

/// The app exports in the reader's language: labels from the catalog, the
/// summary and the core's sentences translated, data and the
/// Authentication-Results header exactly as in English.
#[test]
fn helpdesk_markdown_in_german_and_ukrainian() {
    let r = gmail_on_pasted_records();
    let en = helpdesk_markdown(&r, "mx.example.net");
    assert_eq!(helpdesk_markdown_in(&r, "mx.example.net", Lang::En), en);
    let de = helpdesk_markdown_in(&r, "mx.example.net", Lang::De);
    assert!(de.starts_with("## Warum diese Nachricht"), "{de}");
    assert!(
        de.contains("### Identitäten\n\n| | Wert | Quelle |"),
        "{de}"
    );
    assert!(
        de.contains("| Client-IP | 203.0.113.9 | Received-Header Nr. 2 (by mx.google.com) |"),
        "{de}"
    );
    assert!(de.contains("| 1 (Vertrauensgrenze) | out.shop.example [203.0.113.9] | mx.google.com | ESMTPS | TLS1_3 | 4 s |"), "{de}");
    for i in &r.summary {
        assert!(de.contains(&i.text_in(Lang::De)), "{de}");
    }
    assert!(
        de.contains(&format!(
            "| ARC | **none** | {} |",
            r.arc.reason.render(Lang::De)
        )),
        "{de}"
    );
    assert!(
        de.contains("Offline: Keine Abfrage hat das Netzwerk erreicht."),
        "{de}"
    );
    assert!(
        de.contains("Signaturen wurden zur Unix-Zeit 1794000000 bewertet."),
        "{de}"
    );
    let header = |md: &str| md.split("```\n").nth(1).map(str::to_string);
    assert_eq!(header(&de), header(&en));
    let uk = helpdesk_markdown_in(&r, "mx.example.net", Lang::Uk);
    assert!(uk.starts_with("## Чому цей лист"), "{uk}");
    assert!(
        uk.contains("### Подробиці\n\n| перевірка | результат | чому |"),
        "{uk}"
    );
    assert_eq!(header(&uk), header(&en));
}

#[test]
fn table_cells_cannot_break_the_table() {
    let mut r = Report::default();
    r.arc.reason = Text::verbatim("a | b\nc");
    r.notices.push(Text::verbatim("line one\nline two"));
    let md = helpdesk_markdown(&r, "headerscope");
    assert!(md.contains("| ARC | **none** | a \\| b c |"), "{md}");
    assert!(md.contains("- line one line two\n"), "{md}");
}

#[test]
fn print_stylesheet_is_a_print_media_block() {
    assert!(PRINT_CSS.trim_start().starts_with("@media print {"));
    assert_eq!(
        PRINT_CSS.matches('{').count(),
        PRINT_CSS.matches('}').count()
    );
    assert!(PRINT_CSS.contains("page-break-inside: avoid"));
}
