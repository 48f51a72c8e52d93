//! DMARC's sentences in the core catalog (src/i18n/phrases/dmarc.rs): every
//! sentence DMARC evaluation, the DMARC builder and linter, the tag help, the
//! domain check and the aggregate report reader write, over inputs beyond the
//! fixture messages (failing DNS, broken records, several From domains,
//! refused reports), is recognized by the catalog; and a few real sentences
//! come out in German and Ukrainian as written.

mod dmarc_support;
mod dns_support;
use dmarc_support::{dkim, run, spf};
use dns_support::FailingName;
use futures::executor::block_on;
use headerscope::builder::dmarc::{self as dmarc_builder, DmarcForm, Psd};
use headerscope::builder::domain::{self, check_domain};
use headerscope::builder::Finding;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::feedback::{read_report, resolve_ptrs, unpack, ReportError};
use headerscope::i18n::text::{Describe, Text};
use headerscope::i18n::Lang;
use headerscope::report::{AuthResult, DmarcReport};
use headerscope::trace::flatten;
use std::io::Write;

const EVAL_ZONE: &str = r#"
$ORIGIN test.
$TTL 300
_dmarc.example.com.            TXT "v=DMARC1; p=none; rua=mailto:agg@example.com"
_dmarc.shop.example.com.       TXT "v=DMARC1; p=reject; sp=quarantine"
news.shop.example.com.         A 192.0.2.1
_dmarc.corp.example.com.       TXT "v=DMARC1; p=quarantine; psd=n"
x.corp.example.com.            A 192.0.2.2
_dmarc.example.org.            TXT "v=DMARC1; p=none; sp=quarantine; np=reject"
www.example.org.               A 192.0.2.3
_dmarc.strict.example.         TXT "v=DMARC1; p=reject; aspf=s; adkim=s"
_dmarc.gov.example.            TXT "v=DMARC1; p=reject; psd=y"
mail.brand.gov.example.        A 192.0.2.4
_dmarc.testing.example.        TXT "v=DMARC1; p=reject; t=y; pct=20"
_dmarc.pct.example.            TXT "v=DMARC1; p=quarantine; pct=30"
_dmarc.kernel-error.com.       TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@kernel-error.de,mailto:x@unauth.example.net; ruf=mailto:f@reports.example.net"
kernel-error.com._report._dmarc.kernel-error.de. TXT "v=DMARC1"
kernel-error.com._report._dmarc.reports.example.net. TXT "something else"
_dmarc.two.example.            TXT "v=DMARC1; p=reject"
_dmarc.two.example.            TXT "v=DMARC1; p=none"
_dmarc.broken.example.         TXT "v=DMARC1; p=block; sp=maybe; adkim=x; pct=200; t=perhaps; psd=q; foo=bar; oops"
_dmarc.other.example.          TXT "google-site-verification=abc"
_dmarc.other.example.          TXT "MS=ms123"
_dmarc.one.example.            TXT "some verification token"
"#;

fn eval_zone() -> ZoneResolver {
    ZoneResolver::offline(Zone::parse(EVAL_ZONE, None).expect("zone parses"))
}

/// Every sentence of a DMARC report, as `Report::sentences` takes them.
fn dmarc_sentences(r: &DmarcReport, out: &mut Vec<Text>) {
    out.push(r.disposition.clone());
    let steps = |t: &[headerscope::trace::Step], out: &mut Vec<Text>| {
        out.extend(flatten(t).iter().map(|s| s.text.clone()));
    };
    steps(&r.trace, out);
    for v in [&r.rfc9989, &r.rfc7489] {
        out.push(v.disposition.clone());
        steps(&v.trace, out);
    }
    out.extend(r.differences.iter().cloned());
    out.extend(r.report_authorization.iter().map(|a| a.text.clone()));
}

fn eval_reports() -> Vec<DmarcReport> {
    use AuthResult::*;
    let z = eval_zone();
    let mut out = vec![
        run(
            &z,
            &["news.shop.example.com"],
            &spf(SoftFail, "news.shop.example.com"),
            &[],
        ),
        run(
            &z,
            &["x.corp.example.com"],
            &spf(Pass, "bounce.example.com"),
            &[dkim(Pass, "example.com")],
        ),
        run(
            &z,
            &["mail.brand.gov.example"],
            &spf(Pass, "brand.gov.example"),
            &[dkim(Fail, "other.gov.example")],
        ),
        run(
            &z,
            &["strict.example"],
            &spf(Pass, "bounce.strict.example"),
            &[dkim(Pass, "strict.example"), dkim(Pass, "x.strict.example")],
        ),
        run(
            &z,
            &["example.com"],
            &spf(Pass, "mail.example.com"),
            &[dkim(Pass, "example.com")],
        ),
        run(
            &z,
            &["example.com"],
            &spf(Fail, "example.com"),
            &[dkim(Fail, "example.com"), dkim(Fail, "other.net")],
        ),
        run(
            &z,
            &["example.com"],
            &spf(Fail, "mail.example.com"),
            &[dkim(TempError, "mail.example.com")],
        ),
        run(
            &z,
            &["example.com"],
            &spf(SoftFail, "elsewhere.example.net"),
            &[],
        ),
        run(&z, &["ghost.example.org"], &spf(None, ""), &[]),
        run(&z, &["www.example.org"], &spf(Fail, "www.example.org"), &[]),
        run(&z, &["testing.example"], &spf(Fail, "testing.example"), &[]),
        run(&z, &["pct.example"], &spf(Fail, "pct.example"), &[]),
        run(
            &z,
            &["strict.example", "example.com"],
            &spf(Fail, "strict.example"),
            &[],
        ),
        run(&z, &["two.example"], &spf(Pass, "two.example"), &[]),
        run(&z, &["nothing.invalid"], &spf(Pass, "nothing.invalid"), &[]),
        run(
            &z,
            &["kernel-error.com"],
            &spf(Pass, "kernel-error.com"),
            &[],
        ),
        run(&z, &["broken.example"], &spf(Fail, "broken.example"), &[]),
        run(&z, &["other.example"], &spf(Fail, "other.example"), &[]),
        run(&z, &["one.example"], &spf(Fail, "one.example"), &[]),
        run(&z, &[], &spf(Pass, "example.com"), &[]),
    ];
    for servfail in [false, true] {
        let f = FailingName {
            zone: eval_zone(),
            name: "_dmarc.example.com",
            servfail,
        };
        out.push(run(&f, &["example.com"], &spf(Pass, "example.com"), &[]));
        let f = FailingName {
            zone: eval_zone(),
            name: "kernel-error.com._report._dmarc.kernel-error.de",
            servfail,
        };
        out.push(run(
            &f,
            &["kernel-error.com"],
            &spf(Fail, "kernel-error.com"),
            &[],
        ));
    }
    out
}

/// The findings' messages, and their fixes unless the fix is record text.
fn finding_sentences(findings: &[Finding], out: &mut Vec<Text>) {
    // These fixes are a corrected record or a tag to write, not a sentence.
    const RECORD_FIXES: &[&str] = &["dmarc.no-version", "mta-sts.bad-version", "tls-rpt.no-rua"];
    for f in findings {
        out.push(f.message.clone());
        if !RECORD_FIXES.contains(&f.code.as_str()) {
            out.extend(f.fix.clone());
        }
    }
}

const LINT_RECORDS: &[&str] = &[
    "p=reject; v=DMARC1",
    "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; garbage",
    "v=DMARC1; p=reject; p=none; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=block; sp=maybe; np=x; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; adkim=x; aspf=y; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; pct=150; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; fo=2; ri=daily; rf=iodef; t=yes; psd=x; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; pct=50; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; rua=dmarc@example.com,https://example.com/r,mailto:dmarc@example.com!big,mailto:nobody,ftp:x",
    "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; foo=1",
    "v=DMARC1; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=none; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; sp=none; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject",
    "v=DMARC1; p=reject; fo=1; rua=mailto:dmarc@example.com",
    "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; ruf=mailto:f@example.com",
];

const LINT_ZONE: &str = r#"
_dmarc.example.com.  300 TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com,mailto:agg@reports.example.net,mailto:x@unauth.example.org,mailto:y@other.example.org"
example.com._report._dmarc.reports.example.net. 300 TXT "v=DMARC1"
example.com._report._dmarc.other.example.org. 300 TXT "not a dmarc record"
_dmarc.two.example.  300 TXT "v=DMARC1; p=none"
_dmarc.two.example.  300 TXT "v=DMARC1; p=reject"
"#;

fn builder_sentences() -> Vec<Text> {
    let mut out = Vec::new();
    for rec in LINT_RECORDS {
        finding_sentences(&dmarc_builder::lint_text("example.com", rec), &mut out);
        finding_sentences(&dmarc_builder::lint_text("mail.example.com", rec), &mut out);
    }
    for form in [
        DmarcForm::default(),
        DmarcForm {
            rua: vec!["dmarc@example.com".into()],
            fo: vec!["1".into()],
            pct: Some(10),
            psd: Some(Psd::N),
            ..Default::default()
        },
    ] {
        finding_sentences(
            &dmarc_builder::build(&form, Some("example.com")).findings,
            &mut out,
        );
    }
    for h in dmarc_builder::tag_help() {
        out.push(h.name);
        out.push(h.help);
    }
    let zone = ZoneResolver::offline(Zone::parse(LINT_ZONE, None).expect("zone"));
    for d in [
        "example.com",
        "two.example",
        "nothing.example",
        "mail.example.com",
    ] {
        finding_sentences(
            &block_on(dmarc_builder::lint_domain(&zone, d)).findings,
            &mut out,
        );
    }
    let lint = block_on(dmarc_builder::lint_record(
        &FailingName {
            zone: ZoneResolver::offline(Zone::parse(LINT_ZONE, None).expect("zone")),
            name: "example.com._report._dmarc.unauth.example.org",
            servfail: false,
        },
        "example.com",
        "v=DMARC1; p=reject; rua=mailto:x@unauth.example.org",
    ));
    finding_sentences(&lint.findings, &mut out);
    out.extend(lint.external.iter().map(|e| e.detail.clone()));
    for (name, zone_text) in [
        ("_dmarc.example.com", LINT_ZONE),
        (
            "_dmarc.example.com",
            "_dmarc.x.example. 300 TXT \"v=DMARC1\"\n",
        ),
    ] {
        let f = FailingName {
            zone: ZoneResolver::offline(Zone::parse(zone_text, None).expect("zone")),
            name,
            servfail: false,
        };
        for d in ["example.com", "mail.example.com"] {
            finding_sentences(
                &block_on(dmarc_builder::lint_domain(&f, d)).findings,
                &mut out,
            );
        }
    }
    out
}

const DOMAIN_ZONE: &str = r#"
$ORIGIN example.com.
@                 300 TXT "v=spf1 mx -all"
@                 300 MX 10 mx1
@                 300 MX 20 mx2
@                 300 MX 30 192.0.2.9
mx1               300 A 192.0.2.25
_dmarc            300 TXT "v=DMARC1; p=none"
_mta-sts          300 TXT "v=STSv1; id=2024-01-01"
_mta-sts          300 TXT "v=STSv1;"
_smtp._tls        300 TXT "v=TLSRPTv1; rua=t@example.com,ftp://x"
_smtp._tls        300 TXT "v=TLSRPTv1;"
nomail.example.   300 MX 0 .
nomail.example.   300 TXT "v=spf1 a -all"
mixed.example.    300 MX 0 .
mixed.example.    300 MX 10 mx1.example.com.
sts.example.      300 MX 10 mx1.example.com.
_mta-sts.sts.example. 300 TXT "v=STSv1"
_smtp._tls.sts.example. 300 TXT "v=TLSRPTv1"
"#;

fn domain_sentences() -> Vec<Text> {
    let mut out = Vec::new();
    let zone = || ZoneResolver::offline(Zone::parse(DOMAIN_ZONE, None).expect("zone"));
    let mut checks = Vec::new();
    for d in [
        "example.com",
        "nomail.example",
        "mixed.example",
        "sts.example",
        "nothing.example",
    ] {
        checks.push(block_on(check_domain(
            &zone(),
            d,
            &domain::common_selectors(),
        )));
    }
    checks.push(block_on(check_domain(
        &zone(),
        "example.com",
        &["one".to_string()],
    )));
    for name in [
        "example.com",
        "_mta-sts.example.com",
        "_smtp._tls.example.com",
    ] {
        let f = FailingName {
            zone: zone(),
            name,
            servfail: false,
        };
        checks.push(block_on(check_domain(&f, "example.com", &[])));
    }
    for c in &checks {
        finding_sentences(&c.dmarc.findings, &mut out);
        finding_sentences(&c.mx.findings, &mut out);
        finding_sentences(&c.dkim_findings, &mut out);
        finding_sentences(&c.mta_sts.findings, &mut out);
        finding_sentences(&c.tls_rpt.findings, &mut out);
        // The SPF findings are the SPF linter's, except this one.
        let null_mx: Vec<Finding> = c
            .spf
            .findings
            .iter()
            .filter(|f| f.code == "spf.null-mx")
            .cloned()
            .collect();
        finding_sentences(&null_mx, &mut out);
    }
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    finding_sentences(
        &domain::lint_mta_sts(&s(&["v=STSv1; id=a!"]), "example.com"),
        &mut out,
    );
    finding_sentences(&domain::lint_tls_rpt(&s(&["x=1"]), "example.com"), &mut out);
    out
}

const REPORT: &str = "tests/data/reports/google.com!example.com!1700000000!1700086399";

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use zip::{write::SimpleFileOptions, CompressionMethod, ZipWriter};
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        w.start_file(
            *name,
            SimpleFileOptions::default().compression_method(CompressionMethod::Deflated),
        )
        .expect("zip entry");
        w.write_all(data).expect("zip write");
    }
    w.finish().expect("zip").into_inner()
}

fn report_errors() -> Vec<ReportError> {
    let mut cut = std::fs::read(format!("{REPORT}.xml.gz")).expect("fixture");
    cut.truncate(cut.len() / 2);
    let bomb = gzip(&vec![0u8; 8 * 1024 * 1024]);
    let zip_bomb = zip(&[("report.xml", &vec![b' '; 8 * 1024 * 1024])]);
    let names: Vec<String> = (0..70).map(|i| format!("f{i}.txt")).collect();
    let many: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    let mut out = Vec::new();
    for (name, data) in [
        ("cut.xml.gz", cut.clone()),
        ("x.xml", b"<html>hello</html>".to_vec()),
        ("bomb.xml.gz", bomb.clone()),
        ("bomb.zip", zip_bomb.clone()),
        ("empty.zip", zip(&[("readme.txt", b"no report here")])),
        ("nothing.zip", zip(&[])),
        ("many.zip", zip(&many)),
        ("garbage.zip", b"PK\x03\x04 not really a zip".to_vec()),
    ] {
        out.extend(read_report(name, &data).err());
    }
    for data in [cut, bomb, zip_bomb, zip(&[("readme.txt", b"none")])] {
        out.extend(unpack(&data).err());
    }
    out
}

fn report_sentences() -> Vec<Text> {
    let mut out: Vec<Text> = report_errors().iter().map(|e| e.text()).collect();
    let zone = ZoneResolver::offline(
        Zone::parse("10.2.0.192.in-addr.arpa. 300 PTR mail.example.com.\n", None).expect("zone"),
    );
    let mut r = read_report(
        "r.xml",
        &std::fs::read(format!("{REPORT}.xml")).expect("fixture"),
    )
    .expect("parses");
    block_on(resolve_ptrs(&zone, &mut r));
    out.extend(
        r.rows
            .iter()
            .filter_map(|row| row.ptr.clone())
            .filter(|p| p.en().starts_with('(')),
    );
    let f = FailingName {
        zone,
        name: "25.100.51.198.in-addr.arpa",
        servfail: false,
    };
    block_on(resolve_ptrs(&f, &mut r));
    out.extend(
        r.rows
            .iter()
            .filter_map(|row| row.ptr.clone())
            .filter(|p| p.en().starts_with('(')),
    );
    out
}

/// The sentences written outside the catalog, each once.
fn unrecognized(texts: &[Text]) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    texts
        .iter()
        .filter(|t| !t.is_empty() && t.key().is_none())
        .map(Text::en)
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

/// The sentence among `texts` whose English is `english`, in `lang`.
fn translate_seen(texts: &[Text], lang: Lang, english: &str) -> String {
    texts
        .iter()
        .find(|t| t.en() == english)
        .unwrap_or_else(|| panic!("never seen: {english:?}"))
        .render(lang)
}

fn assert_all_recognized(what: &str, texts: &[Text], at_least: usize) {
    assert!(
        texts.len() >= at_least,
        "{what}: only {} sentences",
        texts.len()
    );
    let missing = unrecognized(texts);
    assert!(
        missing.is_empty(),
        "{what}: {} sentences were written outside the catalog:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_dmarc_evaluation_sentence_is_recognized() {
    let mut texts = Vec::new();
    for r in eval_reports() {
        dmarc_sentences(&r, &mut texts);
    }
    assert_all_recognized("DMARC evaluation", &texts, 300);
}

#[test]
fn every_builder_finding_and_tag_help_is_recognized() {
    assert_all_recognized("DMARC builder", &builder_sentences(), 80);
}

#[test]
fn every_domain_check_finding_is_recognized() {
    assert_all_recognized("domain check", &domain_sentences(), 40);
}

#[test]
fn every_aggregate_report_message_is_recognized() {
    let texts = report_sentences();
    assert_all_recognized("aggregate reports", &texts, 12);
    // Each kind of refusal is among them.
    for needle in [
        "damaged",
        "decompression bomb",
        "not a DMARC aggregate report",
        "no .xml file inside (found: nothing)",
        "entries; a DMARC report has one",
        "(no PTR)",
        "(lookup failed: ",
    ] {
        assert!(texts.iter().any(|t| t.en().contains(needle)), "{needle}");
    }
}

#[test]
fn real_sentences_in_german_and_ukrainian() {
    let mut texts = Vec::new();
    for r in eval_reports() {
        dmarc_sentences(&r, &mut texts);
    }
    let builder = builder_sentences();
    let reports = report_sentences();
    let all: Vec<Text> = texts
        .iter()
        .chain(&builder)
        .chain(&reports)
        .cloned()
        .collect();
    let translate = |lang: Lang, english: &str| translate_seen(&all, lang, english);

    // A DNS error (a sentence) inside a DMARC result (a sentence).
    let temperror = "dmarc=temperror: the lookup of _dmarc.example.com failed (the DNS server answered SERVFAIL)";
    assert!(texts.iter().any(|t| t.en() == temperror), "{texts:#?}");
    assert_eq!(
        translate(Lang::De, temperror),
        "dmarc=temperror: Die Abfrage von _dmarc.example.com ist fehlgeschlagen (der DNS-Server antwortete SERVFAIL)"
    );
    assert_eq!(
        translate(Lang::Uk, temperror),
        "dmarc=temperror: запит _dmarc.example.com не вдався (DNS-сервер відповів SERVFAIL)"
    );

    // The result line carries two sentences: the reason and the disposition.
    // (news.shop.example.com's now comes from example.com's p=none, RFC 9989
    // §4.10.1; www.example.org's sp=quarantine gives this one.)
    let line = texts
        .iter()
        .map(Text::en)
        .find(|t| {
            t.starts_with("dmarc=fail (RFC 9989): neither SPF nor DKIM")
                && t.contains("p=quarantine")
        })
        .expect("a failing RFC 9989 result with p=quarantine");
    let line = line.as_str();
    assert_eq!(
        line,
        "dmarc=fail (RFC 9989): neither SPF nor DKIM passed aligned with the From domain; p=quarantine → quarantine: deliver to the spam/junk folder or hold"
    );
    assert_eq!(
        translate(Lang::De, line),
        "dmarc=fail (RFC 9989): weder SPF noch DKIM hat mit Alignment zur From-Domain bestanden; p=quarantine → quarantine: in den Spam-Ordner zustellen oder zurückhalten"
    );
    assert_eq!(
        translate(Lang::Uk, line),
        "dmarc=fail (RFC 9989): ні SPF, ні DKIM не пройшли з вирівнюванням на домен From; p=quarantine → quarantine: доставити до теки спаму або затримати"
    );

    // Alignment reasons nest inside the SPF step.
    let spf = "SPF pass for mail.example.com; mail.example.com and example.com share the organizational domain example.com: aligned (relaxed)";
    assert!(texts.iter().any(|t| t.en() == spf), "{spf}");
    assert_eq!(
        translate(Lang::De, spf),
        "SPF pass für mail.example.com; mail.example.com und example.com haben dieselbe Organisationsdomain example.com: aligned (relaxed)"
    );

    // A plural: one TXT record that is not DMARC.
    let one = "_dmarc.one.example TXT: 1 record, none starts with v=DMARC1";
    assert!(texts.iter().any(|t| t.en() == one), "{one}");
    assert_eq!(
        translate(Lang::Uk, one),
        "_dmarc.one.example TXT: 1 запис, жоден не починається з v=DMARC1"
    );
    let two = "_dmarc.other.example TXT: 2 records, none starts with v=DMARC1";
    assert!(texts.iter().any(|t| t.en() == two), "{two}");
    assert_eq!(
        translate(Lang::Uk, two),
        "_dmarc.other.example TXT: 2 записи, жоден не починається з v=DMARC1"
    );

    // A linter finding with a nested reason.
    let bad =
        "pct=150: must be a whole number from 0 to 100; receivers ignore the tag or the record";
    assert!(builder.iter().any(|t| t.en() == bad), "{bad}");
    assert_eq!(
        translate(Lang::De, bad),
        "pct=150: muss eine ganze Zahl von 0 bis 100 sein; Empfänger ignorieren das Tag oder den Record"
    );

    // A refused report: the file name, the label and the refusal.
    let refused = reports
        .iter()
        .map(Text::en)
        .find(|t| t.starts_with("bomb.zip: "))
        .expect("zip bomb refused");
    let refused = refused.as_str();
    assert_eq!(
        translate(Lang::De, refused),
        refused
            .replace("zip entry", "zip-Eintrag")
            .replace(
                "refused, it unpacks to more than ",
                "abgelehnt, entpackt ergibt das mehr als das "
            )
            .replace(
                " times its compressed size of ",
                "-Fache der komprimierten Größe von "
            )
            .replace(
                " bytes; real DMARC reports are far smaller (a decompression bomb?)",
                " Bytes; echte DMARC-Reports sind viel kleiner (eine Dekompressionsbombe?)"
            )
    );
}
