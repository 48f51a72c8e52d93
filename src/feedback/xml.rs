//! The aggregate report's XML (RFC 7489 Appendix C; RFC 9990 keeps the
//! element names) read with quick-xml's serde support into the few fields the
//! table shows. Lenient like the receivers that write it: unknown elements
//! are skipped, an unknown or missing value becomes the empty/zero default,
//! and only a document that is not `<feedback>` with its metadata and policy
//! is refused.

use crate::i18n::phrases::dmarc::Dmarc;
use crate::tr;
use quick_xml::events::Event;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Feedback {
    pub report_metadata: Option<Metadata>,
    pub policy_published: Option<Published>,
    #[serde(default)]
    pub record: Vec<Record>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Metadata {
    pub org_name: Text,
    pub email: Text,
    pub report_id: Text,
    pub date_range: DateRange,
    pub error: Vec<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DateRange {
    pub begin: Text,
    pub end: Text,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Published {
    pub domain: Text,
    pub adkim: Text,
    pub aspf: Text,
    pub p: Text,
    pub sp: Text,
    pub testing: Text,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Record {
    pub row: Row,
    pub identifiers: Identifiers,
    pub auth_results: AuthResults,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Row {
    pub source_ip: Text,
    pub count: Text,
    pub policy_evaluated: PolicyEvaluated,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PolicyEvaluated {
    pub disposition: Text,
    pub dkim: Text,
    pub spf: Text,
    pub reason: Vec<Reason>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Reason {
    #[serde(rename = "type")]
    pub kind: Text,
    pub comment: Text,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Identifiers {
    pub envelope_to: Option<Text>,
    pub envelope_from: Text,
    pub header_from: Text,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuthResults {
    pub dkim: Vec<AuthResult>,
    pub spf: Vec<AuthResult>,
}

/// One `<dkim>` or `<spf>` result (SPF has no selector).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuthResult {
    pub domain: Text,
    pub selector: Text,
    pub result: Text,
}

/// An element's text content, trimmed; empty when the element is empty or
/// absent.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Option::<String>::deserialize(d)?.unwrap_or_default();
        Ok(Text(s.trim().to_string()))
    }
}

impl Text {
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
    let feedback: Feedback =
        quick_xml::de::from_str(text).map_err(|e| tr!(Dmarc::ReportXmlError, error = e))?;
    if feedback.report_metadata.is_none() {
        return Err(tr!(Dmarc::ReportMissingElement, name = "report_metadata"));
    }
    if feedback.policy_published.is_none() {
        return Err(tr!(Dmarc::ReportMissingElement, name = "policy_published"));
    }
    Ok(feedback)
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
