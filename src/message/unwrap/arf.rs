//! Abuse and feedback reports (ARF: RFC 5965, RFC 6650; authentication
//! failure reports, RFC 6591): the machine-readable part.

use super::dsn::blocks;
use crate::i18n::phrases::unwrap::Unwrap;
use crate::i18n::text::Text;
pub use crate::report::unwrap::Arf;
use crate::tr;

/// Values kept per repeatable field (Reported-Domain, Reported-Uri…).
const MAX_VALUES: usize = 20;

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
