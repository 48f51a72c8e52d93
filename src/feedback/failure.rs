//! Failure reports (RFC 9991, formerly RFC 7489 §7.3; the ARF format of
//! RFC 5965 with RFC 6591's authentication-failure fields): the report part
//! and the reported message, read by the same unwrapping `check` uses
//! ([`crate::message::unwrap`]), so a failure report dropped on the
//! inspector and one dropped here say the same.

use super::ReportError;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::message::unwrap::{self, arf::Arf, Returned};
use crate::tr;
use serde::{Deserialize, Serialize};

/// One failure (or other ARF) report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureReport {
    /// The machine-readable part (Feedback-Type, Auth-Failure, Source-IP, …).
    pub arf: Arf,
    /// What the report returned of the reported message.
    pub returned: Returned,
    /// The reported message's own fields, as written (outside text).
    pub reported_from: Option<String>,
    pub reported_subject: Option<String>,
    pub reported_date: Option<String>,
    pub reported_message_id: Option<String>,
    /// The reported message (or its headers), for the inspector; not in JSON.
    #[serde(skip)]
    pub reported: Vec<u8>,
}

impl FailureReport {
    /// The reported message as `check` would inspect it, when there is one.
    pub fn reported_message(&self) -> Option<&[u8]> {
        (self.returned != Returned::Nothing && !self.reported.is_empty())
            .then_some(self.reported.as_slice())
    }
}

/// Reads a failure report: a multipart/report message with a
/// message/feedback-report part. `name` names the file in errors.
pub fn read(name: &str, data: &[u8]) -> Result<FailureReport, ReportError> {
    let not_report = || ReportError::Parse(tr!(Dmarc::ReportNotAnyKind, file = name));
    let unwrapped = unwrap::unwrap(data, false).map_err(|_| not_report())?;
    let info = unwrapped.info.ok_or_else(not_report)?;
    let arf = info.arf.ok_or_else(not_report)?;
    let returned = info.returned.unwrap_or_default();
    let reported = if returned == Returned::Nothing {
        Vec::new()
    } else {
        unwrapped.inner.into_owned()
    };
    let header = |n: &str| -> Option<String> {
        let msg = crate::message::parse_head(&reported).ok()?;
        crate::message::header_values(&msg, n).into_iter().next()
    };
    Ok(FailureReport {
        reported_from: header("From"),
        reported_subject: header("Subject"),
        reported_date: header("Date"),
        reported_message_id: header("Message-ID"),
        arf,
        returned,
        reported,
    })
}
