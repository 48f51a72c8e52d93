//! Abuse and feedback reports (ARF: RFC 5965, RFC 6650; authentication
//! failure reports, RFC 6591): the machine-readable part.

use super::dsn::blocks;
use crate::i18n::phrases::unwrap::Unwrap;
use crate::i18n::text::Text;
use crate::tr;
use serde::{Deserialize, Serialize};

/// Values kept per repeatable field (Reported-Domain, Reported-Uri…).
const MAX_VALUES: usize = 20;

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

/// Reads the body of a message/feedback-report part.
pub fn read(body: &[u8]) -> Arf {
    let fields: Vec<(String, String)> = blocks(body).into_iter().flatten().collect();
    let one = |n: &str| {
        fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
    };
    let all = |n: &str| -> Vec<String> {
        fields
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
            .take(MAX_VALUES)
            .collect()
    };
    let feedback_type = one("Feedback-Type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    Arf {
        feedback_meaning: feedback_meaning(&feedback_type),
        feedback_type,
        user_agent: one("User-Agent"),
        version: one("Version"),
        original_mail_from: one("Original-Mail-From"),
        original_rcpt_to: all("Original-Rcpt-To"),
        arrival_date: one("Arrival-Date").or_else(|| one("Received-Date")),
        reporting_mta: one("Reporting-MTA"),
        source_ip: one("Source-IP"),
        incidents: one("Incidents"),
        reported_domain: all("Reported-Domain"),
        reported_uri: all("Reported-Uri"),
        authentication_results: all("Authentication-Results"),
        auth_failure: one("Auth-Failure"),
        identity_alignment: one("Identity-Alignment"),
        dkim_domain: one("DKIM-Domain"),
        dkim_identity: one("DKIM-Identity"),
        dkim_selector: one("DKIM-Selector"),
        spf_dns: all("SPF-DNS"),
        delivery_result: one("Delivery-Result"),
    }
}

fn feedback_meaning(t: &str) -> Text {
    match t {
        "abuse" => tr!(Unwrap::FeedbackAbuse),
        "fraud" => tr!(Unwrap::FeedbackFraud),
        "virus" => tr!(Unwrap::FeedbackVirus),
        "not-spam" => tr!(Unwrap::FeedbackNotSpam),
        "auth-failure" => tr!(Unwrap::FeedbackAuthFailure),
        _ => tr!(Unwrap::FeedbackOther),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc5965_fields() {
        let body = b"Feedback-Type: abuse\r\nUser-Agent: SomeGenerator/1.0\r\nVersion: 1\r\n\
Original-Mail-From: <somespammer@example.net>\r\nOriginal-Rcpt-To: <user@example.com>\r\n\
Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT\r\nSource-IP: 192.0.2.1\r\n\
Reported-Domain: example.net\r\nReported-Uri: http://example.net/earn_money.html\r\n";
        let a = read(body);
        assert_eq!(a.feedback_type, "abuse");
        assert_eq!(a.feedback_meaning, tr!(Unwrap::FeedbackAbuse));
        assert_eq!(a.source_ip.as_deref(), Some("192.0.2.1"));
        assert_eq!(a.reported_domain, vec!["example.net".to_string()]);
        assert_eq!(a.original_rcpt_to.len(), 1);
    }
}
