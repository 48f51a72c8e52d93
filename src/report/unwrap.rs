//! What was unwrapped to reach the message inspected, as the report carries
//! it (`unwrapped` in JSON): the wrappers found, the bounce's recipients and
//! their status codes explained, the feedback report's fields, the `.msg`
//! file's properties. Filled by `message::unwrap`.

use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What was found around (or instead of) a plain message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WrapperKind {
    /// An Outlook `.msg` file (MS-OXMSG).
    OutlookMsg,
    /// An mbox `From ` separator line at the start.
    MboxFromLine,
    /// A message/rfc822 attachment (forward as attachment).
    Forward,
    /// A delivery status notification (RFC 3464).
    Bounce,
    /// An abuse or feedback report (RFC 5965).
    FeedbackReport,
    /// A header section with no body.
    HeadersOnly,
}

/// Which message the checks read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inspected {
    /// The message inside the wrappers.
    #[default]
    Inner,
    /// The outermost message, as asked.
    Outer,
}

/// What a report part returned of the original message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Returned {
    /// The whole message (message/rfc822).
    Message,
    /// Its headers (text/rfc822-headers).
    Headers,
    #[default]
    Nothing,
}

/// The unwrapping, as the report carries it (`unwrapped` in JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnwrapInfo {
    /// Outermost first.
    pub found: Vec<WrapperKind>,
    pub inspected: Inspected,
    /// A wrapper that is itself a message (forward, bounce, report) can be
    /// inspected instead: `--outer`, or the app's button.
    pub outer_available: bool,
    /// There is no raw body: DKIM body hashes and ARC message signatures'
    /// body hashes cannot be checked.
    pub body_missing: bool,
    /// What was done, one sentence each.
    #[serde(flatten, with = "crate::i18n::text::fields::notes")]
    pub notes: Vec<Text>,
    /// The outer message's From and Subject, as written (what the user saw).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outer_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outer_subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dsn: Option<Dsn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arf: Option<Arf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<Returned>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<MsgFile>,
}

impl UnwrapInfo {
    /// The sentences the core wrote here, for `Report::sentences`.
    pub fn sentences(&self) -> Vec<&Text> {
        let mut out: Vec<&Text> = self.notes.iter().collect();
        if let Some(d) = &self.dsn {
            for e in d.recipients.iter().filter_map(|r| r.explained.as_ref()) {
                out.extend([&e.class_meaning, &e.subject_meaning, &e.detail_meaning]);
                if let Some(v) = &e.vendor {
                    out.extend([&v.meaning, &v.fix]);
                }
            }
        }
        if let Some(a) = &self.arf {
            out.push(&a.feedback_meaning);
        }
        out
    }
}

/// What the bounce says, as the reporting MTA wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dsn {
    pub reporting_mta: Option<String>,
    pub arrival_date: Option<String>,
    pub recipients: Vec<DsnRecipient>,
    /// Recipients beyond the bounce reader's limit, not read.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub recipients_left_out: usize,
}

/// One recipient's block (RFC 3464 §2.3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DsnRecipient {
    pub final_recipient: Option<String>,
    pub original_recipient: Option<String>,
    /// failed, delayed, delivered, relayed, expanded.
    pub action: Option<String>,
    /// The enhanced status code as written.
    pub status: Option<String>,
    pub remote_mta: Option<String>,
    /// The remote server's own reply (`smtp; 550 5.7.26 …`).
    pub diagnostic_code: Option<String>,
    pub last_attempt_date: Option<String>,
    /// The status code read and explained (from `Status`, else from the
    /// Diagnostic-Code's reply).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explained: Option<StatusExplained>,
}

/// `class.subject.detail` (RFC 3463 §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCode {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

/// Who gave a code or text its specific meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    Gmail,
    Microsoft,
    Spamhaus,
    Postfix,
    /// Greylisting (postgrey and others): any MTA.
    Greylisting,
}

/// A vendor's documented meaning of a refusal and what the sender's admin
/// does about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VendorAdvice {
    pub vendor: Vendor,
    #[serde(flatten, with = "crate::i18n::text::fields::meaning")]
    pub meaning: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::fix")]
    pub fix: Text,
}

/// An enhanced status code read part by part, with the vendor's meaning
/// where the reply says whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusExplained {
    pub code: StatusCode,
    #[serde(flatten, with = "crate::i18n::text::fields::class_meaning")]
    pub class_meaning: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::subject_meaning")]
    pub subject_meaning: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::detail_meaning")]
    pub detail_meaning: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<VendorAdvice>,
}

/// The message/feedback-report part, as the reporter wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arf {
    /// abuse, fraud, virus, other, not-spam, auth-failure (RFC 5965 §7.3, RFC 6591).
    pub feedback_type: String,
    /// What the feedback type means, in words.
    #[serde(flatten, with = "crate::i18n::text::fields::feedback_meaning")]
    pub feedback_meaning: Text,
    pub user_agent: Option<String>,
    pub version: Option<String>,
    pub original_mail_from: Option<String>,
    pub original_rcpt_to: Vec<String>,
    pub arrival_date: Option<String>,
    pub reporting_mta: Option<String>,
    pub source_ip: Option<String>,
    pub incidents: Option<String>,
    pub reported_domain: Vec<String>,
    pub reported_uri: Vec<String>,
    /// The reporter's own Authentication-Results for the reported message.
    pub authentication_results: Vec<String>,
    /// auth-failure reports (RFC 6591): dkim, spf, adsp, dmarc…
    pub auth_failure: Option<String>,
    /// RFC 6591 §3.1: which identifiers aligned (none, spf, dkim, …).
    #[serde(default)]
    pub identity_alignment: Option<String>,
    /// RFC 6591 §3.1: the failed signature's d=, i= and s=.
    #[serde(default)]
    pub dkim_domain: Option<String>,
    #[serde(default)]
    pub dkim_identity: Option<String>,
    #[serde(default)]
    pub dkim_selector: Option<String>,
    /// RFC 6591 §3.2: the SPF record(s) the reporter used.
    #[serde(default)]
    pub spf_dns: Vec<String>,
    /// RFC 6591 §3.1: delivered, spam, policy, reject, other.
    #[serde(default)]
    pub delivery_result: Option<String>,
}

/// What the .msg holds besides the headers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MsgFile {
    pub message_class: Option<String>,
    pub subject: Option<String>,
    /// Characters of PR_BODY, when there is one.
    pub body_chars: Option<usize>,
    /// The start of PR_BODY, as Outlook converted it.
    pub body_preview: Option<String>,
    pub has_html_body: bool,
}

impl Arf {
    /// The fields of an authentication failure report (RFC 6591 §3) that
    /// say what failed and how, as written, for the page and the CLI alike.
    pub fn failure_fields(&self) -> [(&'static str, Option<String>); 9] {
        [
            ("Auth-Failure", self.auth_failure.clone()),
            (
                "Reported-Domain",
                Some(self.reported_domain.join(", ")).filter(|s| !s.is_empty()),
            ),
            ("Source-IP", self.source_ip.clone()),
            ("Identity-Alignment", self.identity_alignment.clone()),
            ("DKIM-Domain", self.dkim_domain.clone()),
            ("DKIM-Selector", self.dkim_selector.clone()),
            ("Delivery-Result", self.delivery_result.clone()),
            ("Original-Mail-From", self.original_mail_from.clone()),
            ("Arrival-Date", self.arrival_date.clone()),
        ]
    }
}
