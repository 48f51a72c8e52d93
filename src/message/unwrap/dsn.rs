//! Delivery status notifications (RFC 3464): the per-message fields and,
//! for each recipient, what happened and why, with the status explained.

use super::mime::fields;
use super::status::{self, StatusCode};
pub use crate::report::unwrap::{Dsn, DsnRecipient};

/// Recipients read per report: a bounce to a large list names many, a
/// person reads a few dozen.
pub const MAX_RECIPIENTS: usize = 100;

/// Reads the body of a message/delivery-status part.
pub fn read(body: &[u8]) -> Dsn {
    let mut blocks = blocks(body).into_iter();
    let per_message = blocks.next().unwrap_or_default();
    let get = |b: &[(String, String)], n: &str| {
        b.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let mut dsn = Dsn {
        reporting_mta: get(&per_message, "Reporting-MTA"),
        arrival_date: get(&per_message, "Arrival-Date"),
        ..Default::default()
    };
    for block in blocks {
        if dsn.recipients.len() >= MAX_RECIPIENTS {
            dsn.recipients_left_out += 1;
            continue;
        }
        let mut r = DsnRecipient {
            final_recipient: get(&block, "Final-Recipient"),
            original_recipient: get(&block, "Original-Recipient"),
            action: get(&block, "Action").map(|a| a.to_ascii_lowercase()),
            status: get(&block, "Status"),
            remote_mta: get(&block, "Remote-MTA"),
            diagnostic_code: get(&block, "Diagnostic-Code"),
            last_attempt_date: get(&block, "Last-Attempt-Date"),
            explained: None,
        };
        if r.final_recipient.is_none() && r.action.is_none() && r.status.is_none() {
            continue;
        }
        let diag = r.diagnostic_code.clone().unwrap_or_default();
        // A Status field may carry a comment after the code ("5.0.0 (permanent failure)").
        let code = r
            .status
            .as_deref()
            .and_then(|s| s.split_whitespace().next())
            .and_then(StatusCode::parse)
            .or_else(|| StatusCode::find_in(&diag));
        // A generic Status (5.0.0) with a specific code in the reply: the reply's is the cause.
        let code = match (code, StatusCode::find_in(&diag)) {
            (Some(c), Some(d)) if c.subject == 0 && c.detail == 0 => Some(d),
            (c, _) => c,
        };
        r.explained =
            code.map(|c| status::explain(c, &diag, r.remote_mta.as_deref().unwrap_or_default()));
        dsn.recipients.push(r);
    }
    dsn
}

/// Blocks of fields separated by empty lines.
pub fn blocks(body: &[u8]) -> Vec<Vec<(String, String)>> {
    let text = body;
    // Linear in the body; only the first MAX_RECIPIENTS are explained.
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    for (i, &b) in text.iter().enumerate() {
        if b == b'\n' {
            let line = &text[line_start..i];
            if line.is_empty() || line == b"\r" {
                push_block(&mut out, &text[start..line_start]);
                start = i + 1;
            }
            line_start = i + 1;
        }
    }
    push_block(&mut out, &text[start..]);
    out
}

fn push_block(out: &mut Vec<Vec<(String, String)>>, block: &[u8]) {
    let f = fields(block);
    if !f.is_empty() {
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_and_folded_diagnostics() {
        let body = b"Reporting-MTA: dns; mail.example.org\r\nArrival-Date: Mon, 1 Jun 2026 10:00:00 +0000\r\n\r\n\
Final-Recipient: rfc822; bob@gmail.com\r\nAction: failed\r\nStatus: 5.7.26\r\nRemote-MTA: dns; gmail-smtp-in.l.google.com\r\n\
Diagnostic-Code: smtp; 550-5.7.26 This mail is unauthenticated,\r\n    which poses a security risk\r\n\r\n\
Final-Recipient: rfc822; carol@example.net\r\nAction: delayed\r\nStatus: 4.0.0\r\nDiagnostic-Code: smtp; 450 4.7.1 Client host rejected: cannot find your hostname\r\n";
        let d = read(body);
        assert_eq!(d.reporting_mta.as_deref(), Some("dns; mail.example.org"));
        assert_eq!(d.recipients.len(), 2);
        let bob = &d.recipients[0];
        assert_eq!(bob.action.as_deref(), Some("failed"));
        assert!(bob
            .diagnostic_code
            .as_deref()
            .unwrap_or_default()
            .ends_with("security risk"));
        let e = bob.explained.as_ref().expect("explained");
        assert_eq!(
            e.vendor.as_ref().map(|v| v.vendor),
            Some(status::Vendor::Gmail)
        );
        let carol = d.recipients[1].explained.as_ref().expect("explained");
        assert_eq!(carol.code.to_string(), "4.7.1");
        assert_eq!(
            carol.vendor.as_ref().map(|v| v.vendor),
            Some(status::Vendor::Postfix)
        );
    }

    #[test]
    fn recipients_are_bounded() {
        let mut body = b"Reporting-MTA: dns; x\n\n".to_vec();
        for i in 0..(MAX_RECIPIENTS + 50) {
            body.extend_from_slice(
                format!("Final-Recipient: rfc822; u{i}@x\nAction: failed\nStatus: 5.1.1\n\n")
                    .as_bytes(),
            );
        }
        let d = read(&body);
        assert_eq!(d.recipients.len(), MAX_RECIPIENTS);
        assert!(d.recipients_left_out > 0);
    }
}
