//! DMARC aggregate reports (RFC 7489 §7.2): read a report as mailbox
//! providers send it (`.xml`, `.xml.gz`, `.zip`), with bounded
//! decompression, into a table of sources with totals and pass rates.
//!
//! The unpacking is bounded by size and by compression ratio, because a UI
//! needs a clear error for a bomb rather than a stalled tab; the XML is read
//! in [`xml`].

use crate::dns::{reverse_name, QueryLog, RType, Recorder, Resolver};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::Text;
use crate::tr;
use futures::future::join_all;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::Read;

pub mod chart;
pub mod combine;
pub mod failure;
pub mod tlsrpt;
mod xml;

pub use xml::MAX_ROWS;

/// Largest decompressed report accepted. Real aggregate reports from the
/// biggest providers are a few MiB.
pub const MAX_DECOMPRESSED: u64 = 50 * 1024 * 1024;
/// Largest accepted compression ratio once past [`RATIO_FLOOR`]; XML
/// compresses about 10-30×, bombs compress thousands of times.
pub const MAX_RATIO: u64 = 200;
/// Below this size the ratio is not checked (tiny reports compress well).
pub const RATIO_FLOOR: u64 = 1024 * 1024;
/// Zip archives with more entries than this are refused.
pub const MAX_ZIP_ENTRIES: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "message", rename_all = "snake_case")]
pub enum ReportError {
    /// The decompressed size or ratio went past the limits.
    TooLarge(Text),
    /// The gzip/zip container is damaged or not what its name says.
    Decompress(Text),
    /// The XML is not a DMARC aggregate report.
    Parse(Text),
    /// The archive holds no XML file.
    Empty(Text),
}

impl crate::i18n::text::Describe for ReportError {
    fn text(&self) -> Text {
        match self {
            ReportError::TooLarge(m)
            | ReportError::Decompress(m)
            | ReportError::Parse(m)
            | ReportError::Empty(m) => m.clone(),
        }
    }
}
crate::sentence_arg!(ReportError);

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::text::Describe::text(self).en())
    }
}

impl std::error::Error for ReportError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Container {
    Xml,
    Gzip,
    Zip,
}

/// Reads at most the limits from `r`; `input_len` is the compressed size.
fn read_bounded(r: impl Read, input_len: u64, what: Text) -> Result<Vec<u8>, ReportError> {
    let cap = MAX_DECOMPRESSED.min(RATIO_FLOOR.max(input_len.saturating_mul(MAX_RATIO)));
    let mut buf = Vec::new();
    let read = r
        .take(cap + 1)
        .read_to_end(&mut buf)
        .map_err(|e| ReportError::Decompress(tr!(Dmarc::ReportDamaged, what = what, error = e)))?;
    if read as u64 > cap {
        let why = if cap == MAX_DECOMPRESSED {
            tr!(Dmarc::ReportOverMib, mib = MAX_DECOMPRESSED / (1024 * 1024))
        } else {
            tr!(Dmarc::ReportOverRatio, ratio = MAX_RATIO, n = input_len)
        };
        return Err(ReportError::TooLarge(tr!(
            Dmarc::ReportRefused,
            what = what,
            why = why
        )));
    }
    Ok(buf)
}

/// Unpacks a report file to its XML bytes. The container is recognized by
/// its magic bytes, so a misnamed file still works.
pub fn unpack(data: &[u8]) -> Result<(Container, Vec<u8>), ReportError> {
    let len = data.len() as u64;
    if data.starts_with(&[0x1f, 0x8b]) {
        let xml = read_bounded(
            flate2::read::GzDecoder::new(data),
            len,
            tr!(Dmarc::GzipFile),
        )?;
        return Ok((Container::Gzip, xml));
    }
    if data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06") {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(data)).map_err(|e| {
            ReportError::Decompress(tr!(
                Dmarc::ReportUnreadable,
                what = tr!(Dmarc::ZipFile),
                error = e
            ))
        })?;
        if archive.len() > MAX_ZIP_ENTRIES {
            return Err(ReportError::TooLarge(tr!(
                Dmarc::ReportZipEntries,
                what = tr!(Dmarc::ZipFile),
                count = archive.len()
            )));
        }
        let mut names = Vec::new();
        for i in 0..archive.len() {
            let file = archive.by_index(i).map_err(|e| {
                ReportError::Decompress(tr!(
                    Dmarc::ReportEntryUnreadable,
                    what = tr!(Dmarc::ZipFile),
                    i = i,
                    error = e
                ))
            })?;
            let name = file.name().to_string();
            let lower = name.to_ascii_lowercase();
            if file.is_dir() || !(lower.ends_with(".xml") || lower.ends_with(".json")) {
                names.push(name);
                continue;
            }
            // The declared size can lie; read_bounded enforces the real one.
            if file.size() > MAX_DECOMPRESSED {
                return Err(ReportError::TooLarge(tr!(
                    Dmarc::ReportEntryTooLarge,
                    what = tr!(Dmarc::ZipEntry, entry = name),
                    n = file.size(),
                    mib = MAX_DECOMPRESSED / (1024 * 1024)
                )));
            }
            let compressed = file.compressed_size().max(1);
            let xml = read_bounded(file, compressed, tr!(Dmarc::ZipEntry, entry = name))?;
            return Ok((Container::Zip, xml));
        }
        return Err(ReportError::Empty(tr!(
            Dmarc::ReportNoXml,
            what = tr!(Dmarc::ZipFile),
            found = if names.is_empty() {
                tr!(Dmarc::Nothing)
            } else {
                Text::Verbatim(names.join(", "))
            }
        )));
    }
    if len > MAX_DECOMPRESSED {
        return Err(ReportError::TooLarge(tr!(
            Dmarc::ReportFileTooLarge,
            mib = MAX_DECOMPRESSED / (1024 * 1024)
        )));
    }
    Ok((Container::Xml, data.to_vec()))
}

/// One row of the sources table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SourceRow {
    pub source_ip: Option<String>,
    /// Filled by [`resolve_ptrs`].
    #[serde(flatten, with = "crate::i18n::text::fields::ptr")]
    pub ptr: Option<Text>,
    pub count: u64,
    pub header_from: String,
    pub envelope_from: String,
    pub envelope_to: Option<String>,
    /// DMARC's verdict on SPF: pass means SPF passed *and* aligned.
    pub spf_aligned: bool,
    pub dkim_aligned: bool,
    /// Raw SPF results as `domain: result`.
    pub spf_results: Vec<String>,
    /// Raw DKIM results as `domain (s=selector): result`.
    pub dkim_results: Vec<String>,
    pub dmarc_pass: bool,
    /// none / quarantine / reject as applied by the receiver.
    pub disposition: String,
    /// Override reasons (forwarded, mailing_list, local_policy, ...).
    pub reasons: Vec<String>,
    /// RFC 9990's `human_result`s as `domain: text`.
    pub human_results: Vec<String>,
    /// The element names inside the record's `<extensions>` (RFC 9990 §4).
    pub extensions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Totals {
    pub messages: u64,
    pub sources: usize,
    pub dmarc_pass: u64,
    pub spf_aligned_pass: u64,
    pub dkim_aligned_pass: u64,
    /// Percentages 0-100 of messages; 0 when there are none.
    pub dmarc_pass_rate: f64,
    pub spf_pass_rate: f64,
    pub dkim_pass_rate: f64,
    pub disposition_none: u64,
    pub disposition_quarantine: u64,
    pub disposition_reject: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct PolicyView {
    pub domain: String,
    pub p: String,
    pub sp: String,
    pub adkim: String,
    pub aspf: String,
    pub pct_or_testing: String,
    /// RFC 9990 / RFC 9091: the policy for non-existent subdomains.
    pub np: Option<String>,
    /// RFC 9990: psl or treewalk (how the receiver found the policy).
    pub discovery_method: Option<String>,
    /// RFC 9990: t=y (true) or t=n (false); None when the report does not say.
    pub testing: Option<bool>,
    pub fo: Option<String>,
    /// RFC 7489's pct (RFC 9990 has none).
    pub pct: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AggregateReport {
    pub container: Container,
    pub org_name: String,
    pub email: String,
    pub report_id: String,
    /// Unix seconds.
    pub begin: u64,
    pub end: u64,
    pub policy: PolicyView,
    /// Errors the reporter listed in the metadata.
    pub reporter_errors: Vec<String>,
    /// RFC 9990's report `<version>`; None in an RFC 7489 report.
    pub version: Option<String>,
    /// RFC 9990: the software that generated the report.
    pub generator: Option<String>,
    pub extra_contact_info: Option<String>,
    /// The element names inside the report's `<extensions>` (RFC 9990 §4).
    pub extensions: Vec<String>,
    pub rows: Vec<SourceRow>,
    /// `<record>`s past [`MAX_ROWS`]: counted, not read (and not in the totals).
    pub rows_not_read: u64,
    /// What the reader left out, in words (rows not read).
    #[serde(flatten, with = "crate::i18n::text::fields::notices")]
    pub notices: Vec<Text>,
    pub totals: Totals,
    /// DNS queries for the PTR names, once [`resolve_ptrs`] ran.
    pub dns: Vec<QueryLog>,
}

/// A published `p=`/`sp=` as the table shows it; empty when absent or unknown.
fn disp(d: &xml::XmlText) -> String {
    match d.word().as_str() {
        w @ ("none" | "quarantine" | "reject") => w.into(),
        _ => String::new(),
    }
}

/// `adkim`/`aspf`: "r" or "s" by the first letter, as the reporters write
/// either the letter or the word; empty when absent.
fn align(a: &xml::XmlText) -> String {
    match a.word().bytes().next() {
        Some(b'r') => "r",
        Some(b's') => "s",
        _ => "",
    }
    .into()
}

/// The disposition the receiver applied. "pass" (RFC 9990's word for
/// "nothing done") reads as none.
fn action(d: &xml::XmlText) -> String {
    match d.word().as_str() {
        "none" | "pass" => "none",
        "quarantine" => "quarantine",
        "reject" => "reject",
        _ => "unspecified",
    }
    .into()
}

const SPF_RESULTS: &[&str] = &[
    "none",
    "neutral",
    "pass",
    "fail",
    "softfail",
    "temperror",
    "permerror",
];
const DKIM_RESULTS: &[&str] = &[
    "none",
    "pass",
    "fail",
    "policy",
    "neutral",
    "temperror",
    "permerror",
];

/// Override reason types of RFC 7489 Appendix C and RFC 9990; anything else
/// is "other".
const REASON_TYPES: &[&str] = &[
    "forwarded",
    "sampled_out",
    "trusted_forwarder",
    "mailing_list",
    "local_policy",
    "policy_test_mode",
    "other",
];

fn reason(r: &xml::Reason) -> String {
    let t = result_word_or(&r.kind, REASON_TYPES, "other");
    match r.comment.as_str() {
        "" => t.to_string(),
        c => format!("{t} ({c})"),
    }
}

/// `r` when it is one of the `known` words (any case), else `fallback`.
fn result_word_or(
    r: &xml::XmlText,
    known: &[&'static str],
    fallback: &'static str,
) -> &'static str {
    let w = r.word();
    known.iter().copied().find(|k| *k == w).unwrap_or(fallback)
}

fn rate(n: u64, d: u64) -> f64 {
    if d == 0 {
        0.0
    } else {
        (n as f64) * 100.0 / (d as f64)
    }
}

/// Reads a dropped file into the table. `name` is only used in messages.
pub fn read_report(name: &str, data: &[u8]) -> Result<AggregateReport, ReportError> {
    let (container, xml) = unpack(data).map_err(|e| prefix(name, e))?;
    let r = xml::parse(&xml)
        .map_err(|e| ReportError::Parse(tr!(Dmarc::ReportNotAggregate, file = name, error = e)))?;
    Ok(from_report(container, &r))
}

/// Reads a dropped file of any kind: a DMARC aggregate report (XML), an
/// SMTP TLS report (JSON), each possibly gzipped or zipped, or a failure
/// report (an ARF message). The kind is recognized by the content.
pub fn read_any(name: &str, data: &[u8]) -> Result<combine::AnyReport, ReportError> {
    let (container, bytes) = unpack(data).map_err(|e| prefix(name, e))?;
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => tlsrpt::read(name, text).map(combine::AnyReport::Tls),
        Some(b'<') => {
            let r = xml::parse(text).map_err(|e| {
                ReportError::Parse(tr!(Dmarc::ReportNotAggregate, file = name, error = e))
            })?;
            Ok(combine::AnyReport::Aggregate(from_report(container, &r)))
        }
        Some(_) if container == Container::Xml => {
            failure::read(name, text).map(combine::AnyReport::Failure)
        }
        _ => Err(ReportError::Parse(tr!(
            Dmarc::ReportNotAnyKind,
            file = name
        ))),
    }
}

/// `e` with the file's name in front. Every message of [`unpack`] starts
/// with what it was reading ("gzip file", "zip entry x.xml") or is the size
/// refusal, so "<name>: <label>" reads back as the catalog's named label
/// (`GzipFileNamed`, ...) inside the same sentence.
fn prefix(name: &str, e: ReportError) -> ReportError {
    match e {
        ReportError::TooLarge(m) => {
            ReportError::TooLarge(tr!(Dmarc::ReportFileError, file = name, error = m))
        }
        ReportError::Decompress(m) => {
            ReportError::Decompress(tr!(Dmarc::ReportFileError, file = name, error = m))
        }
        ReportError::Parse(m) => {
            ReportError::Parse(tr!(Dmarc::ReportFileError, file = name, error = m))
        }
        ReportError::Empty(m) => {
            ReportError::Empty(tr!(Dmarc::ReportFileError, file = name, error = m))
        }
    }
}

fn from_report(container: Container, r: &xml::Feedback) -> AggregateReport {
    let m = r.report_metadata.as_ref();
    let pp = r.policy_published.as_ref();
    let rows: Vec<SourceRow> = r.record.iter().map(row).collect();
    let totals = totals(&rows);
    let text = |t: Option<&xml::XmlText>| t.map(|t| t.0.clone()).unwrap_or_default();
    AggregateReport {
        container,
        org_name: text(m.map(|m| &m.org_name)),
        email: text(m.map(|m| &m.email)),
        report_id: text(m.map(|m| &m.report_id)),
        begin: m.map(|m| m.date_range.begin.number()).unwrap_or_default(),
        end: m.map(|m| m.date_range.end.number()).unwrap_or_default(),
        policy: PolicyView {
            domain: text(pp.map(|p| &p.domain)),
            p: pp.map(|p| disp(&p.p)).unwrap_or_default(),
            sp: pp.map(|p| disp(&p.sp)).unwrap_or_default(),
            adkim: pp.map(|p| align(&p.adkim)).unwrap_or_default(),
            aspf: pp.map(|p| align(&p.aspf)).unwrap_or_default(),
            pct_or_testing: if pp.is_some_and(|p| p.testing.word() == "y") {
                "testing".into()
            } else {
                String::new()
            },
            np: pp
                .and_then(|p| p.np.as_ref())
                .map(disp)
                .filter(|s| !s.is_empty()),
            discovery_method: pp
                .and_then(|p| p.discovery_method.as_ref())
                .map(xml::XmlText::word)
                .filter(|w| !w.is_empty()),
            testing: pp.and_then(|p| match p.testing.word().as_str() {
                "y" => Some(true),
                "n" => Some(false),
                _ => None,
            }),
            fo: pp
                .and_then(|p| p.fo.as_ref())
                .map(|t| t.0.clone())
                .filter(|s| !s.is_empty()),
            pct: pp
                .and_then(|p| p.pct.as_ref())
                .and_then(|t| t.as_str().parse().ok()),
        },
        reporter_errors: m
            .map(|m| {
                m.error
                    .iter()
                    .filter(|e| !e.0.is_empty())
                    .map(|e| e.0.clone())
                    .collect()
            })
            .unwrap_or_default(),
        version: r.version.clone(),
        generator: m
            .and_then(|m| m.generator.as_ref())
            .map(|t| t.0.clone())
            .filter(|s| !s.is_empty()),
        extra_contact_info: m
            .and_then(|m| m.extra_contact_info.as_ref())
            .map(|t| t.0.clone())
            .filter(|s| !s.is_empty()),
        extensions: r.extensions.clone(),
        rows,
        rows_not_read: r.rows_not_read,
        notices: if r.rows_not_read > 0 {
            vec![tr!(
                Dmarc::ReportRowsNotRead,
                n = r.rows_not_read,
                max = MAX_ROWS
            )]
        } else {
            Vec::new()
        },
        totals,
        dns: Vec::new(),
    }
}

/// One `<record>` as a table row. DMARC's own verdicts (`policy_evaluated`)
/// say whether SPF and DKIM passed aligned; `auth_results` are the raw results.
fn row(rec: &xml::XmlRecord) -> SourceRow {
    let pe = &rec.row.policy_evaluated;
    let spf_aligned = pe.spf.word() == "pass";
    let dkim_aligned = pe.dkim.word() == "pass";
    let count = rec.row.count.number().min(u64::from(u32::MAX));
    SourceRow {
        source_ip: rec
            .row
            .source_ip
            .as_str()
            .parse::<std::net::IpAddr>()
            .ok()
            .map(|ip| ip.to_string()),
        ptr: None,
        count,
        header_from: rec.identifiers.header_from.0.clone(),
        envelope_from: rec.identifiers.envelope_from.0.clone(),
        envelope_to: rec.identifiers.envelope_to.as_ref().map(|t| t.0.clone()),
        spf_aligned,
        dkim_aligned,
        spf_results: rec
            .auth_results
            .spf
            .iter()
            .map(|s| {
                format!(
                    "{}: {}",
                    s.domain.0,
                    result_word_or(&s.result, SPF_RESULTS, "none")
                )
            })
            .collect(),
        dkim_results: rec
            .auth_results
            .dkim
            .iter()
            .map(|d| {
                let result = result_word_or(&d.result, DKIM_RESULTS, "none");
                if d.selector.0.is_empty() {
                    format!("{}: {}", d.domain.0, result)
                } else {
                    format!("{} (s={}): {}", d.domain.0, d.selector.0, result)
                }
            })
            .collect(),
        dmarc_pass: spf_aligned || dkim_aligned,
        disposition: action(&pe.disposition),
        reasons: pe.reason.iter().map(reason).collect(),
        human_results: rec
            .auth_results
            .dkim
            .iter()
            .chain(&rec.auth_results.spf)
            .filter_map(|r| {
                let h = r.human_result.as_ref()?.as_str();
                (!h.is_empty()).then(|| format!("{}: {h}", r.domain.0))
            })
            .collect(),
        extensions: rec.extensions.clone(),
    }
}

/// Totals over the rows (weighted by message count).
pub fn totals(rows: &[SourceRow]) -> Totals {
    let mut t = Totals {
        sources: rows.len(),
        ..Default::default()
    };
    for r in rows {
        t.messages += r.count;
        if r.dmarc_pass {
            t.dmarc_pass += r.count;
        }
        if r.spf_aligned {
            t.spf_aligned_pass += r.count;
        }
        if r.dkim_aligned {
            t.dkim_aligned_pass += r.count;
        }
        match r.disposition.as_str() {
            "quarantine" => t.disposition_quarantine += r.count,
            "reject" => t.disposition_reject += r.count,
            _ => t.disposition_none += r.count,
        }
    }
    t.dmarc_pass_rate = rate(t.dmarc_pass, t.messages);
    t.spf_pass_rate = rate(t.spf_aligned_pass, t.messages);
    t.dkim_pass_rate = rate(t.dkim_aligned_pass, t.messages);
    t
}

/// Looks up the PTR name of every source address, concurrently; fills
/// `ptr` (the first name, or "(no PTR)") and the report's DNS log.
pub async fn resolve_ptrs(resolver: &dyn Resolver, report: &mut AggregateReport) {
    let rec = Recorder::new(resolver);
    let ips: Vec<Option<std::net::IpAddr>> = report
        .rows
        .iter()
        .map(|r| r.source_ip.as_deref().and_then(|s| s.parse().ok()))
        .collect();
    let names = join_all(ips.iter().map(|ip| {
        let rec = &rec;
        async move {
            let ip = (*ip)?;
            Some(match rec.query(&reverse_name(ip), RType::Ptr).await {
                Ok(a) => a
                    .names(RType::Ptr)
                    .into_iter()
                    .next()
                    .map(|n| Text::verbatim(n.trim_end_matches('.')))
                    .unwrap_or_else(|| tr!(Dmarc::NoPtr)),
                Err(e) => tr!(Dmarc::PtrLookupFailed, error = e),
            })
        }
    }))
    .await;
    for (row, name) in report.rows.iter_mut().zip(names) {
        row.ptr = name;
    }
    report.dns = rec.log();
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortColumn {
    SourceIp,
    Ptr,
    Count,
    HeaderFrom,
    EnvelopeFrom,
    Spf,
    Dkim,
    Dmarc,
    Disposition,
}

/// Sorts the table by a column; ties keep their previous order (stable),
/// so sorting by one column then another gives a two-level sort.
pub fn sort_rows(rows: &mut [SourceRow], column: SortColumn, descending: bool) {
    use std::cmp::Ordering;
    fn ip_key(s: &Option<String>) -> (u8, Vec<u8>) {
        match s
            .as_deref()
            .and_then(|s| s.parse::<std::net::IpAddr>().ok())
        {
            Some(std::net::IpAddr::V4(a)) => (0, a.octets().to_vec()),
            Some(std::net::IpAddr::V6(a)) => (1, a.octets().to_vec()),
            None => (2, Vec::new()),
        }
    }
    let cmp = |a: &SourceRow, b: &SourceRow| -> Ordering {
        match column {
            SortColumn::SourceIp => ip_key(&a.source_ip).cmp(&ip_key(&b.source_ip)),
            SortColumn::Ptr => a
                .ptr
                .as_ref()
                .map(Text::en)
                .cmp(&b.ptr.as_ref().map(Text::en)),
            SortColumn::Count => a.count.cmp(&b.count),
            SortColumn::HeaderFrom => a
                .header_from
                .to_ascii_lowercase()
                .cmp(&b.header_from.to_ascii_lowercase()),
            SortColumn::EnvelopeFrom => a
                .envelope_from
                .to_ascii_lowercase()
                .cmp(&b.envelope_from.to_ascii_lowercase()),
            SortColumn::Spf => a.spf_aligned.cmp(&b.spf_aligned),
            SortColumn::Dkim => a.dkim_aligned.cmp(&b.dkim_aligned),
            SortColumn::Dmarc => a.dmarc_pass.cmp(&b.dmarc_pass),
            SortColumn::Disposition => a.disposition.cmp(&b.disposition),
        }
    };
    if descending {
        rows.sort_by(|a, b| cmp(b, a));
    } else {
        rows.sort_by(cmp);
    }
}
