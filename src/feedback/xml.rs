//! The aggregate report's XML (RFC 7489 Appendix C and RFC 9990 Appendix A,
//! which keeps the element names and adds `version`, `generator`,
//! `discovery_method`, `np`, `testing`, `human_result` and `extensions`)
//! read with quick-xml's serde support. Lenient like the receivers that
//! write it: unknown elements are skipped, an unknown or missing value
//! becomes the empty/zero default, and only a document that is not
//! `<feedback>` with its metadata and policy is refused.
//!
//! The document is walked element by element and each `<record>` is read on
//! its own, so a report with a million rows costs [`MAX_ROWS`] rows of
//! memory and a count of the rest, not a million structs.

use crate::i18n::phrases::dmarc::Dmarc;
use crate::tr;
use quick_xml::events::Event;
use serde::Deserialize;

/// Rows read from one report; the rest are counted, not read.
pub const MAX_ROWS: usize = 10_000;
/// Extension names kept per report or record.
const MAX_EXTENSIONS: usize = 20;

#[derive(Debug, Default)]
pub struct Feedback {
    /// RFC 9990's `<version>` (absent in RFC 7489 reports).
    pub version: Option<String>,
    pub report_metadata: Option<Metadata>,
    pub policy_published: Option<Published>,
    /// The element names inside the report-level `<extensions>` (RFC 9990 §4).
    pub extensions: Vec<String>,
    pub record: Vec<XmlRecord>,
    /// `<record>` elements past [`MAX_ROWS`], counted and skipped.
    pub rows_not_read: u64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Metadata {
    pub org_name: XmlText,
    pub email: XmlText,
    pub report_id: XmlText,
    pub date_range: DateRange,
    pub error: Vec<XmlText>,
    pub extra_contact_info: Option<XmlText>,
    /// RFC 9990: the software that wrote the report.
    pub generator: Option<XmlText>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DateRange {
    pub begin: XmlText,
    pub end: XmlText,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Published {
    pub domain: XmlText,
    pub adkim: XmlText,
    pub aspf: XmlText,
    pub p: XmlText,
    pub sp: XmlText,
    pub testing: XmlText,
    /// RFC 9990 (from RFC 9091): the policy for non-existent subdomains.
    pub np: Option<XmlText>,
    /// RFC 9990: psl or treewalk, how the policy was found.
    pub discovery_method: Option<XmlText>,
    pub fo: Option<XmlText>,
    /// RFC 7489 only (RFC 9990 dropped pct).
    pub pct: Option<XmlText>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct XmlRecord {
    pub row: Row,
    pub identifiers: Identifiers,
    pub auth_results: AuthResults,
    /// Filled from the record's `<extensions>` by [`parse`], not by serde.
    #[serde(skip)]
    pub extensions: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Row {
    pub source_ip: XmlText,
    pub count: XmlText,
    pub policy_evaluated: PolicyEvaluated,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PolicyEvaluated {
    pub disposition: XmlText,
    pub dkim: XmlText,
    pub spf: XmlText,
    pub reason: Vec<Reason>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Reason {
    #[serde(rename = "type")]
    pub kind: XmlText,
    pub comment: XmlText,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Identifiers {
    pub envelope_to: Option<XmlText>,
    pub envelope_from: XmlText,
    pub header_from: XmlText,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuthResults {
    pub dkim: Vec<XmlAuthResult>,
    pub spf: Vec<XmlAuthResult>,
}

/// One `<dkim>` or `<spf>` result (SPF has no selector).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct XmlAuthResult {
    pub domain: XmlText,
    pub selector: XmlText,
    pub result: XmlText,
    /// SPF's scope (mfrom, helo); absent for DKIM.
    pub scope: Option<XmlText>,
    /// RFC 9990: the receiver's words about the result.
    pub human_result: Option<XmlText>,
}

/// An element's text content, trimmed; empty when the element is empty or
/// absent.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct XmlText(pub String);

impl<'de> Deserialize<'de> for XmlText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Option::<String>::deserialize(d)?.unwrap_or_default();
        Ok(XmlText(s.trim().to_string()))
    }
}

impl XmlText {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The value as a number; 0 when it is not one (as mail-auth read it).
    pub fn number(&self) -> u64 {
        self.0.parse().unwrap_or_default()
    }

    /// The value lower-cased, for the fixed vocabularies (pass, reject, ...).
    pub fn word(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

/// Parses the document; the error is a sentence saying why it is not a report.
pub fn parse(xml: &[u8]) -> Result<Feedback, crate::i18n::text::Text> {
    let root = root_element(xml)?;
    if root != "feedback" {
        return Err(tr!(Dmarc::ReportRootNotFeedback, root = root));
    }
    let text = std::str::from_utf8(xml).map_err(|e| tr!(Dmarc::ReportXmlError, error = e))?;
    let feedback = walk(text).map_err(|e| tr!(Dmarc::ReportXmlError, error = e))?;
    if feedback.report_metadata.is_none() {
        return Err(tr!(Dmarc::ReportMissingElement, name = "report_metadata"));
    }
    if feedback.policy_published.is_none() {
        return Err(tr!(Dmarc::ReportMissingElement, name = "policy_published"));
    }
    Ok(feedback)
}

/// Why a document could not be walked: quick-xml's reader or its serde.
#[derive(Debug)]
pub enum WalkError {
    Xml(quick_xml::Error),
    De(quick_xml::DeError),
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WalkError::Xml(e) => e.fmt(f),
            WalkError::De(e) => e.fmt(f),
        }
    }
}

impl From<quick_xml::Error> for WalkError {
    fn from(e: quick_xml::Error) -> Self {
        WalkError::Xml(e)
    }
}

impl From<quick_xml::DeError> for WalkError {
    fn from(e: quick_xml::DeError) -> Self {
        WalkError::De(e)
    }
}

/// The children of `<feedback>`, each read on its own (see the module note).
fn walk(text: &str) -> Result<Feedback, WalkError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut feedback = Feedback::default();
    let mut depth = 0usize;
    // Bounded: every event consumes input; read_to_end skips a whole child.
    loop {
        let start = reader.buffer_position() as usize;
        let (e, empty) = match reader.read_event()? {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                continue;
            }
            Event::Eof => return Ok(feedback),
            _ => continue,
        };
        if depth == 0 {
            // The root, <feedback>: its children come next.
            depth = usize::from(!empty);
            continue;
        }
        if !empty {
            reader.read_to_end(e.name())?;
        }
        let element = text
            .get(start..reader.buffer_position() as usize)
            .unwrap_or("");
        child(&mut feedback, e.local_name().into_inner(), element)?;
    }
}

/// One child of `<feedback>` read into its place.
fn child(feedback: &mut Feedback, name: &str, element: &str) -> Result<(), WalkError> {
    match name {
        "version" => {
            let v: XmlText = quick_xml::de::from_str(element)?;
            feedback.version = Some(v.0).filter(|v| !v.is_empty());
        }
        "report_metadata" => feedback.report_metadata = Some(quick_xml::de::from_str(element)?),
        "policy_published" => feedback.policy_published = Some(quick_xml::de::from_str(element)?),
        "extensions" => feedback.extensions = extension_names(element)?,
        "record" if feedback.record.len() < MAX_ROWS => {
            let mut record: XmlRecord = quick_xml::de::from_str(element)?;
            record.extensions = record_extensions(element)?;
            feedback.record.push(record);
        }
        "record" => feedback.rows_not_read += 1,
        _ => {}
    }
    Ok(())
}

/// The names of the elements directly inside an `<extensions>` element.
fn extension_names(element: &str) -> Result<Vec<String>, WalkError> {
    let mut reader = quick_xml::Reader::from_str(element);
    let mut names = Vec::new();
    let mut depth = 0usize;
    loop {
        match reader.read_event()? {
            Event::Start(e) => {
                if depth == 1 && names.len() < MAX_EXTENSIONS {
                    names.push(e.local_name().into_inner().to_string());
                }
                depth += 1;
            }
            Event::Empty(e) if depth == 1 && names.len() < MAX_EXTENSIONS => {
                names.push(e.local_name().into_inner().to_string())
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => return Ok(names),
            _ => {}
        }
    }
}

/// The extension names of a record's own `<extensions>` child.
fn record_extensions(element: &str) -> Result<Vec<String>, WalkError> {
    let mut reader = quick_xml::Reader::from_str(element);
    let mut depth = 0usize;
    loop {
        let start = reader.buffer_position() as usize;
        match reader.read_event()? {
            Event::Start(e) if depth == 1 => {
                reader.read_to_end(e.name())?;
                if e.local_name().into_inner() == "extensions" {
                    let inner = element.get(start..reader.buffer_position() as usize);
                    return extension_names(inner.unwrap_or(""));
                }
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => return Ok(Vec::new()),
            _ => {}
        }
    }
}

/// The name of the first element, skipping the declaration, comments and
/// processing instructions.
fn root_element(xml: &[u8]) -> Result<String, crate::i18n::text::Text> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    // Bounded: every event consumes input, and the loop ends at the first
    // element or the end of the document.
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => return Ok(e.name().as_ref().to_string()),
            Ok(Event::Eof) => return Err(tr!(Dmarc::ReportNoElement)),
            Err(e) => return Err(tr!(Dmarc::ReportXmlError, error = e)),
            Ok(_) => buf.clear(),
        }
    }
}
