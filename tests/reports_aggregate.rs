//! DMARC aggregate report reading: the same report as .xml, .xml.gz and
//! .zip gives the same table; bombs are refused with a clear error.

use futures::executor::block_on;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::feedback::{
    read_report, resolve_ptrs, sort_rows, totals, unpack, Container, ReportError, SortColumn,
    MAX_DECOMPRESSED,
};
use std::io::Write;

const BASE: &str = "tests/data/reports/google.com!example.com!1700000000!1700086399";

fn load(ext: &str) -> Vec<u8> {
    std::fs::read(format!("{BASE}.{ext}")).expect("fixture present")
}

#[test]
fn xml_report_gives_expected_table() {
    let r = read_report("report.xml", &load("xml")).expect("parses");
    assert_eq!(r.container, Container::Xml);
    assert_eq!(r.org_name, "google.com");
    assert_eq!(r.report_id, "4711081547110815");
    assert_eq!((r.begin, r.end), (1700000000, 1700086399));
    assert_eq!(r.policy.domain, "example.com");
    assert_eq!(r.policy.p, "quarantine");
    assert_eq!(r.policy.sp, "reject");
    assert_eq!(r.rows.len(), 4);

    let ips: Vec<&str> = r
        .rows
        .iter()
        .map(|x| x.source_ip.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        ips,
        [
            "192.0.2.10",
            "198.51.100.25",
            "203.0.113.99",
            "2001:db8::25"
        ]
    );
    let counts: Vec<u64> = r.rows.iter().map(|x| x.count).collect();
    assert_eq!(counts, [120, 30, 7, 43]);

    let fwd = &r.rows[1];
    assert!(fwd.dkim_aligned && !fwd.spf_aligned && fwd.dmarc_pass);
    assert_eq!(fwd.spf_results, ["lists.example.org: pass"]);
    assert_eq!(fwd.dkim_results, ["example.com (s=s2048): pass"]);
    // The reason type as RFC 7489 Appendix C names it (mail-auth 0.13 read
    // "forwarded" as "other").
    assert_eq!(fwd.reasons, ["forwarded"]);

    let bad = &r.rows[2];
    assert!(!bad.dmarc_pass);
    assert_eq!(bad.disposition, "quarantine");
    assert_eq!(bad.spf_results, ["spammer.example: softfail"]);
    assert!(bad.dkim_results.is_empty());

    let t = &r.totals;
    assert_eq!(t.messages, 200);
    assert_eq!(t.sources, 4);
    assert_eq!(t.dmarc_pass, 193);
    assert_eq!(t.spf_aligned_pass, 163);
    assert_eq!(t.dkim_aligned_pass, 150);
    assert_eq!(t.disposition_quarantine, 7);
    assert_eq!(t.disposition_none, 193);
    assert!((t.dmarc_pass_rate - 96.5).abs() < 1e-9);
    assert!((t.spf_pass_rate - 81.5).abs() < 1e-9);
    assert!((t.dkim_pass_rate - 75.0).abs() < 1e-9);
}

#[test]
fn gzip_and_zip_give_the_same_table() {
    let xml = read_report("r.xml", &load("xml")).expect("xml");
    let gz = read_report("r.xml.gz", &load("xml.gz")).expect("gz");
    let zip = read_report("r.zip", &load("zip")).expect("zip");
    assert_eq!(gz.container, Container::Gzip);
    assert_eq!(zip.container, Container::Zip);
    assert_eq!(xml.rows, gz.rows);
    assert_eq!(xml.rows, zip.rows);
    assert_eq!(xml.totals, zip.totals);
}

#[test]
fn sorting_by_columns() {
    let mut r = read_report("r.xml", &load("xml")).expect("xml");
    sort_rows(&mut r.rows, SortColumn::Count, true);
    let counts: Vec<u64> = r.rows.iter().map(|x| x.count).collect();
    assert_eq!(counts, [120, 43, 30, 7]);
    sort_rows(&mut r.rows, SortColumn::Count, false);
    let counts: Vec<u64> = r.rows.iter().map(|x| x.count).collect();
    assert_eq!(counts, [7, 30, 43, 120]);
    // IPv4 numerically before IPv6.
    sort_rows(&mut r.rows, SortColumn::SourceIp, false);
    let ips: Vec<&str> = r
        .rows
        .iter()
        .map(|x| x.source_ip.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        ips,
        [
            "192.0.2.10",
            "198.51.100.25",
            "203.0.113.99",
            "2001:db8::25"
        ]
    );
    sort_rows(&mut r.rows, SortColumn::Dmarc, false);
    assert!(!r.rows[0].dmarc_pass);
    assert_eq!(r.rows[0].count, 7);
    // Sorting does not change the totals.
    assert_eq!(totals(&r.rows), r.totals);
}

#[test]
fn ptr_names_are_looked_up_and_logged() {
    let zone = Zone::parse(
        "10.2.0.192.in-addr.arpa. 300 PTR mail.example.com.\n\
         25.100.51.198.in-addr.arpa. 300 PTR list.example.org.\n",
        None,
    )
    .expect("zone");
    let resolver = ZoneResolver::offline(zone);
    let mut r = read_report("r.xml", &load("xml")).expect("xml");
    block_on(resolve_ptrs(&resolver, &mut r));
    assert_eq!(
        r.rows[0].ptr.as_ref().map(|t| t.en()).as_deref(),
        Some("mail.example.com")
    );
    assert_eq!(
        r.rows[1].ptr.as_ref().map(|t| t.en()).as_deref(),
        Some("list.example.org")
    );
    assert_eq!(
        r.rows[2].ptr.as_ref().map(|t| t.en()).as_deref(),
        Some("(no PTR)")
    );
    assert_eq!(
        r.rows[3].ptr.as_ref().map(|t| t.en()).as_deref(),
        Some("(no PTR)")
    );
    assert_eq!(r.dns.len(), 4);
    assert!(r
        .dns
        .iter()
        .any(|q| q.name
            == "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = headerscope_flate2::write::GzEncoder::new(
        Vec::new(),
        headerscope_flate2::Compression::best(),
    );
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

use flate2 as headerscope_flate2;

#[test]
fn gzip_bomb_is_refused() {
    // 8 MiB of zeros compresses about 1000:1: far past the ratio limit.
    let bomb = gzip(&vec![0u8; 8 * 1024 * 1024]);
    assert!(bomb.len() < 64 * 1024);
    match read_report("bomb.xml.gz", &bomb) {
        Err(ReportError::TooLarge(m)) => {
            assert!(
                m.en().contains("bomb.xml.gz") && m.en().contains("decompression bomb"),
                "{m:?}"
            )
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn gzip_over_size_limit_is_refused_even_at_a_plausible_ratio() {
    // Pseudo-random text compresses poorly, so only the absolute cap can stop it.
    let mut x: u64 = 0x9e3779b97f4a7c15;
    let mut data = Vec::with_capacity((MAX_DECOMPRESSED + 1024) as usize);
    while (data.len() as u64) <= MAX_DECOMPRESSED {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        data.push(b'a' + (x % 16) as u8);
    }
    let gz = gzip(&data);
    match unpack(&gz) {
        Err(ReportError::TooLarge(m)) => assert!(m.en().contains("50 MiB"), "{m:?}"),
        other => panic!(
            "expected TooLarge, got {:?}",
            other.map(|(c, v)| (c, v.len()))
        ),
    }
}

#[test]
fn zip_bomb_is_refused() {
    use zip::{write::SimpleFileOptions, CompressionMethod, ZipWriter};
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(
        "report.xml",
        SimpleFileOptions::default().compression_method(CompressionMethod::Deflated),
    )
    .expect("zip entry");
    w.write_all(&vec![b' '; 8 * 1024 * 1024])
        .expect("zip write");
    let data = w.finish().expect("zip").into_inner();
    match read_report("bomb.zip", &data) {
        Err(ReportError::TooLarge(m)) => assert!(m.en().contains("zip entry report.xml"), "{m:?}"),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn broken_inputs_give_clear_errors() {
    let mut gz = load("xml.gz");
    gz.truncate(gz.len() / 2);
    assert!(matches!(
        read_report("cut.xml.gz", &gz),
        Err(ReportError::Decompress(_))
    ));
    assert!(matches!(
        read_report("x.xml", b"<html>hello</html>"),
        Err(ReportError::Parse(_))
    ));

    use zip::{write::SimpleFileOptions, ZipWriter};
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("readme.txt", SimpleFileOptions::default())
        .expect("zip entry");
    w.write_all(b"no report here").expect("zip write");
    let data = w.finish().expect("zip").into_inner();
    match read_report("empty.zip", &data) {
        Err(ReportError::Empty(m)) => assert!(m.en().contains("readme.txt"), "{m:?}"),
        other => panic!("expected Empty, got {other:?}"),
    }
}
