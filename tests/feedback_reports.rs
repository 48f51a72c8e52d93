//! Reports that come back to a domain (issue 20, part 3): RFC 9990 aggregate
//! reports beside RFC 7489 ones, SMTP TLS reports (RFC 8460), failure reports
//! (RFC 6591 / ARF), several combined, the chart, and hostile input.
//! Fixtures: tests/data/feedback/PROVENANCE.md.

use headerscope::feedback::combine::{combine, AnyReport, FileEntry, MAX_FILES};
use headerscope::feedback::{chart, read_any, read_report, ReportError, MAX_ROWS};
use headerscope::i18n::Lang;
use std::io::Write;

const OLD: &str = "tests/data/reports/google.com!example.com!1700000000!1700086399.xml";
const NEW: &str = "tests/data/feedback/rfc9990-example.xml";
const TLS: &str = "tests/data/feedback/rfc8460-example.json";
const ARF: &str = "tests/data/feedback/rfc6591-auth-failure.eml";

fn file(path: &str) -> Vec<u8> {
    std::fs::read(path).expect("fixture present")
}

fn entry(path: &str) -> FileEntry {
    let name = path.rsplit('/').next().unwrap_or(path).to_string();
    let report = read_any(&name, &file(path)).expect("reads");
    FileEntry { name, report }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

#[test]
fn rfc9990_report_has_its_new_fields() {
    let r = read_report("rfc9990.xml", &file(NEW)).expect("parses");
    assert_eq!(r.version.as_deref(), Some("1.0"));
    assert_eq!(
        r.generator.as_deref(),
        Some("Example DMARC Aggregate Reporter v1.2")
    );
    assert_eq!(r.org_name, "Sample Reporter");
    assert_eq!(r.report_id, "3v98abbp8ya9n3va8yr8oa3ya");
    assert_eq!(r.policy.np.as_deref(), Some("none"));
    assert_eq!(r.policy.discovery_method.as_deref(), Some("treewalk"));
    assert_eq!(r.policy.testing, Some(false));
    assert_eq!(r.policy.pct, None);
    assert_eq!(r.extensions, ["arc_summary"]);
    assert_eq!(r.rows.len(), 2);
    let first = &r.rows[0];
    assert_eq!(first.source_ip.as_deref(), Some("192.0.2.123"));
    assert_eq!(first.count, 123);
    // RFC 9990's disposition "pass" is "nothing done".
    assert_eq!(first.disposition, "none");
    assert!(first.dkim_aligned && !first.spf_aligned && first.dmarc_pass);
    assert_eq!(first.dkim_results, ["example.com (s=abc123): pass"]);
    assert_eq!(first.human_results, ["example.com: no matching mechanism"]);
    assert!(first.extensions.is_empty());
    let second = &r.rows[1];
    assert_eq!(second.extensions, ["delivery_hint"]);
    assert_eq!(second.reasons, ["local_policy"]);
    assert_eq!(second.disposition, "quarantine");
    assert!(!second.dmarc_pass);
    assert_eq!(r.rows_not_read, 0);
    assert!(r.notices.is_empty());
}

#[test]
fn rfc7489_report_leaves_the_new_fields_empty() {
    let r = read_report("old.xml", &file(OLD)).expect("parses");
    assert_eq!(r.version, None);
    assert_eq!(r.generator, None);
    assert_eq!(r.policy.np, None);
    assert_eq!(r.policy.discovery_method, None);
    assert!(r.extensions.is_empty());
    assert!(r.rows.iter().all(|x| x.human_results.is_empty()));
    assert_eq!(r.rows.len(), 4);
}

#[test]
fn tls_report_from_rfc8460() {
    let AnyReport::Tls(t) = read_any("tls.json", &file(TLS)).expect("reads") else {
        panic!("not read as a TLS report");
    };
    assert_eq!(t.organization_name, "Company-X");
    assert_eq!(t.report_id, "5065427c-23d3-47ca-b6e0-946ea0e8c4be");
    assert_eq!(t.begin, Some(1_459_468_800));
    assert_eq!(t.policies.len(), 1);
    let p = &t.policies[0];
    assert_eq!(p.policy_type, "sts");
    assert_eq!(p.policy_domain, "company-y.example");
    assert_eq!(p.mx_host, ["*.mail.company-y.example"]);
    assert_eq!(p.policy_string.len(), 4);
    assert_eq!((p.successful_sessions, p.failed_sessions), (5326, 303));
    let kinds: Vec<(&str, u64)> = p
        .failure_details
        .iter()
        .map(|f| (f.result_type.as_str(), f.failed_session_count))
        .collect();
    assert_eq!(
        kinds,
        [
            ("certificate-expired", 100),
            ("starttls-not-supported", 200),
            ("validation-failure", 3)
        ]
    );
    assert!(p.failure_details[0].meaning.en().contains("expired"));
    assert!(p.failure_details[1].meaning.en().contains("STARTTLS"));
    assert_eq!(
        p.failure_details[2].failure_reason_code.as_deref(),
        Some("X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED")
    );
    // German and Ukrainian exist for every result type.
    let de = p.failure_details[0].meaning.render(Lang::De);
    assert!(de.contains("abgelaufen"), "{de}");
}

#[test]
fn tls_report_gzipped_reads_the_same() {
    let plain = read_any("tls.json", &file(TLS)).expect("plain");
    let gz = read_any("tls.json.gz", &gzip(&file(TLS))).expect("gz");
    assert_eq!(plain, gz);
}

#[test]
fn failure_report_is_read_through_arf() {
    let AnyReport::Failure(f) = read_any("fail.eml", &file(ARF)).expect("reads") else {
        panic!("not read as a failure report");
    };
    assert_eq!(f.arf.feedback_type, "auth-failure");
    assert_eq!(f.arf.auth_failure.as_deref(), Some("dkim"));
    assert_eq!(f.arf.reported_domain, ["example.com"]);
    assert_eq!(f.arf.source_ip.as_deref(), Some("192.0.2.1"));
    assert_eq!(f.arf.identity_alignment.as_deref(), Some("none"));
    assert_eq!(f.arf.dkim_domain.as_deref(), Some("example.com"));
    assert_eq!(f.arf.dkim_selector.as_deref(), Some("news"));
    assert_eq!(f.arf.delivery_result.as_deref(), Some("reject"));
    assert_eq!(
        f.reported_from.as_deref(),
        Some("Bank <alerts@example.com>")
    );
    assert_eq!(
        f.reported_message_id.as_deref(),
        Some("<8787KJKJ3K4J3K4J3K4J3.mail@example.com>")
    );
    let inner = f.reported_message().expect("headers returned");
    assert!(inner.starts_with(b"Received: from mailserver.example.com"));
}

#[test]
fn several_reports_combine_per_ip_org_and_day() {
    let c = combine(vec![entry(OLD), entry(NEW), entry(TLS), entry(ARF)]);
    assert_eq!(c.files.len(), 4);
    let a = &c.aggregate;
    assert_eq!(a.reports, 2);
    // 200 messages in the old report, 123 + 5 in the new.
    assert_eq!(a.totals.messages, 328);
    assert_eq!(a.totals.dmarc_pass, 193 + 123);
    assert_eq!(a.totals.disposition_quarantine, 7 + 5);
    let days: Vec<(&str, u64)> = a
        .by_day
        .iter()
        .map(|d| (d.key.as_str(), d.totals.messages))
        .collect();
    assert_eq!(days, [("2023-11-14", 200), ("2023-11-15", 128)]);
    let reporters: Vec<(&str, u64)> = a
        .by_reporter
        .iter()
        .map(|d| (d.key.as_str(), d.totals.messages))
        .collect();
    assert_eq!(reporters, [("google.com", 200), ("Sample Reporter", 128)]);
    assert_eq!(a.by_source_ip.len(), 6);
    assert_eq!(a.by_source_ip[0].key, "192.0.2.123");
    assert_eq!(a.by_source_ip[0].totals.messages, 123);
    assert!((a.by_source_ip[0].totals.dkim_pass_rate - 100.0).abs() < 1e-9);
    assert!(a.by_source_ip[0].totals.spf_pass_rate.abs() < 1e-9);
    assert_eq!(a.by_header_from[0].key, "example.com");

    let t = &c.tls;
    assert_eq!(t.reports, 1);
    assert_eq!((t.successful_sessions, t.failed_sessions), (5326, 303));
    assert_eq!(t.by_policy.len(), 1);
    assert_eq!(
        t.by_policy[0].by_result[0].result_type,
        "starttls-not-supported"
    );
    assert_eq!(t.by_policy[0].by_result[0].sessions, 200);
}

#[test]
fn chart_draws_each_day_stacked() {
    let c = combine(vec![entry(OLD), entry(NEW)]);
    let svg = chart::daily_chart(&c.aggregate.by_day, Lang::En, "t");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains("<title id=\"t-title\">Messages per day, DMARC pass and fail</title>"));
    assert!(svg.contains("Days: 2; messages: 328; DMARC pass: 316; DMARC fail: 12."));
    assert_eq!(svg.matches("data-testid=\"chart-day\"").count(), 2);
    assert!(svg.contains("2023-11-15: 123 pass, 5 fail"));
    assert!(!svg.contains("<script"));
    // Axis and legend words take the page's text colour (dark mode).
    assert_eq!(
        svg.matches("<g aria-hidden=\"true\" font-size=\"1").count(),
        2
    );
    assert_eq!(svg.matches("fill=\"currentColor\"").count(), 4);
    let de = chart::daily_chart(&c.aggregate.by_day, Lang::De, "t");
    assert!(de.contains("Nachrichten pro Tag"));
}

#[test]
fn chart_escapes_what_it_is_given() {
    let c = combine(vec![entry(OLD)]);
    let svg = chart::daily_chart(&c.aggregate.by_day, Lang::En, "a\"><script>");
    assert!(!svg.contains("<script>"));
}

#[test]
fn a_million_rows_are_bounded_with_a_notice() {
    let mut xml = String::from(
        "<feedback><report_metadata><org_name>big</org_name><report_id>1</report_id>\
         <date_range><begin>1700000000</begin><end>1700086399</end></date_range></report_metadata>\
         <policy_published><domain>example.com</domain><p>none</p></policy_published>",
    );
    for _ in 0..1_000_000 {
        xml.push_str("<record/>");
    }
    xml.push_str("</feedback>");
    let r = read_report("big.xml", xml.as_bytes()).expect("reads, bounded");
    assert_eq!(r.rows.len(), MAX_ROWS);
    assert_eq!(r.rows_not_read, 1_000_000 - MAX_ROWS as u64);
    assert_eq!(r.notices.len(), 1);
    assert!(
        r.notices[0].en().starts_with("990000 rows not read"),
        "{:?}",
        r.notices[0].en()
    );
    let c = combine(vec![FileEntry {
        name: "big.xml".into(),
        report: AnyReport::Aggregate(r),
    }]);
    assert_eq!(c.notices.len(), 1);
}

#[test]
fn gzip_bomb_of_json_is_refused() {
    let mut json = b"{\"organization-name\":\"x\",\"policies\":[".to_vec();
    json.extend(std::iter::repeat_n(b' ', 8 * 1024 * 1024));
    json.extend(b"]}");
    let bomb = gzip(&json);
    match read_any("tls.json.gz", &bomb) {
        Err(ReportError::TooLarge(m)) => assert!(m.en().contains("tls.json.gz"), "{m:?}"),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn zip_with_too_many_entries_is_refused() {
    use zip::{write::SimpleFileOptions, ZipWriter};
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..100 {
        w.start_file(format!("r{i}.xml"), SimpleFileOptions::default())
            .expect("zip entry");
        w.write_all(b"<feedback/>").expect("zip write");
    }
    let data = w.finish().expect("zip").into_inner();
    match read_any("many.zip", &data) {
        Err(ReportError::TooLarge(m)) => assert!(m.en().contains("100 entries"), "{m:?}"),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn huge_tls_lists_are_bounded() {
    let mut json = String::from("{\"organization-name\":\"x\",\"policies\":[");
    for i in 0..1500 {
        if i > 0 {
            json.push(',');
        }
        json.push_str("{\"policy\":{\"policy-type\":\"no-policy-found\",\"policy-domain\":\"a.example\"},\"summary\":{\"total-successful-session-count\":1,\"total-failure-session-count\":0}}");
    }
    json.push_str("]}");
    let AnyReport::Tls(t) = read_any("big.json", json.as_bytes()).expect("reads") else {
        panic!("not TLS");
    };
    assert_eq!(t.policies.len(), 1000);
    assert_eq!(t.not_read, 500);
    assert_eq!(t.notices.len(), 1);
}

#[test]
fn malformed_inputs_say_what_and_which_file() {
    let cases: [(&str, &[u8], &str); 6] = [
        (
            "cut.xml",
            b"<feedback><report_metadata><org_name>x",
            "cut.xml",
        ),
        (
            "cut.json",
            b"{\"organization-name\": \"x\", \"policies\": [",
            "cut.json",
        ),
        ("other.json", b"{\"hello\": 1}", "organization-name"),
        ("notes.txt", b"just some words\r\n", "not a report"),
        (
            "plain.eml",
            b"From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n",
            "not a report",
        ),
        (
            "page.html",
            b"<html><body>hi</body></html>",
            "not <feedback>",
        ),
    ];
    for (name, data, says) in cases {
        match read_any(name, data) {
            Err(ReportError::Parse(m)) => {
                let en = m.en();
                assert!(en.contains(name) && en.contains(says), "{name}: {en}");
                assert!(!en.contains('\n'), "one line: {en}");
            }
            other => panic!("{name}: expected Parse, got {other:?}"),
        }
    }
}

#[test]
fn too_many_files_are_noticed() {
    let one = entry(NEW);
    let files: Vec<FileEntry> = (0..MAX_FILES + 3).map(|_| one.clone()).collect();
    let c = combine(files);
    assert_eq!(c.files.len(), MAX_FILES);
    assert!(c.notices[0].en().starts_with("3 files not read"));
}

#[test]
fn tls_report_in_a_zip_reads_the_same() {
    use zip::{write::SimpleFileOptions, ZipWriter};
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(
        "company-x.example!company-y.example!1459468800.json",
        SimpleFileOptions::default(),
    )
    .expect("zip entry");
    w.write_all(&file(TLS)).expect("zip write");
    let data = w.finish().expect("zip").into_inner();
    assert_eq!(
        read_any("r.zip", &data).expect("zip"),
        read_any("r.json", &file(TLS)).expect("plain")
    );
}
