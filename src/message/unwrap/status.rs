//! Enhanced mail system status codes (RFC 3463, the IANA registry RFC 5248
//! set up, RFC 7372's authentication codes) as typed data, and what the big
//! receivers mean by their own codes and texts, with what to fix.

use crate::i18n::phrases::unwrap::Unwrap;
use crate::i18n::text::Text;
pub use crate::report::unwrap::{StatusCode, StatusExplained, Vendor, VendorAdvice};
use crate::tr;

impl StatusCode {
    /// Reads `5.7.26` (class 2, 4 or 5; subject and detail up to three digits).
    pub fn parse(s: &str) -> Option<StatusCode> {
        let mut it = s.trim().split('.');
        let class: u8 = number(it.next()?, 1)?.try_into().ok()?;
        let subject = number(it.next()?, 3)?;
        let detail = number(it.next()?, 3)?;
        if it.next().is_some() || !matches!(class, 2 | 4 | 5) {
            return None;
        }
        Some(StatusCode {
            class,
            subject,
            detail,
        })
    }

    /// The first enhanced status code in a server's reply text
    /// (`550-5.7.26 This mail…`, `smtp; 450 4.7.1 <…>`).
    pub fn find_in(text: &str) -> Option<StatusCode> {
        text.split(|c: char| c.is_whitespace() || c == '-' || c == ';' || c == '#')
            .take(64)
            .find_map(|w| StatusCode::parse(w.trim_matches(|c: char| c == '(' || c == ')')))
    }
}

impl std::fmt::Display for StatusCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

fn number(s: &str, max_digits: usize) -> Option<u16> {
    (!s.is_empty() && s.len() <= max_digits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Explains `code`, reading the server's reply `text` and the remote MTA's
/// name only to tell whose code it is (the words are the receiver's, so
/// they are evidence of who refused, not of why).
pub fn explain(code: StatusCode, text: &str, remote_mta: &str) -> StatusExplained {
    StatusExplained {
        code,
        class_meaning: class_meaning(code.class),
        subject_meaning: subject_meaning(code.subject),
        detail_meaning: detail_meaning(code),
        vendor: vendor_advice(code, text, remote_mta),
    }
}

fn class_meaning(class: u8) -> Text {
    match class {
        2 => tr!(Unwrap::ClassSuccess),
        4 => tr!(Unwrap::ClassPersistent),
        _ => tr!(Unwrap::ClassPermanent),
    }
}

fn subject_meaning(subject: u16) -> Text {
    match subject {
        1 => tr!(Unwrap::SubjectAddressing),
        2 => tr!(Unwrap::SubjectMailbox),
        3 => tr!(Unwrap::SubjectSystem),
        4 => tr!(Unwrap::SubjectNetwork),
        5 => tr!(Unwrap::SubjectProtocol),
        6 => tr!(Unwrap::SubjectContent),
        7 => tr!(Unwrap::SubjectSecurity),
        _ => tr!(Unwrap::SubjectOther),
    }
}

/// The registry's meaning of `subject.detail` (the same for every class).
fn detail_meaning(code: StatusCode) -> Text {
    let key = match (code.subject, code.detail) {
        (1, 0) => Unwrap::D1x0,
        (1, 1) => Unwrap::D1x1,
        (1, 2) => Unwrap::D1x2,
        (1, 3) => Unwrap::D1x3,
        (1, 6) => Unwrap::D1x6,
        (1, 7) => Unwrap::D1x7,
        (1, 8) => Unwrap::D1x8,
        (1, 10) => Unwrap::D1x10,
        (2, 0) => Unwrap::D2x0,
        (2, 1) => Unwrap::D2x1,
        (2, 2) => Unwrap::D2x2,
        (2, 3) => Unwrap::D2x3,
        (2, 4) => Unwrap::D2x4,
        (3, 0) => Unwrap::D3x0,
        (3, 1) => Unwrap::D3x1,
        (3, 2) => Unwrap::D3x2,
        (3, 4) => Unwrap::D3x4,
        (4, 0) => Unwrap::D4x0,
        (4, 1) => Unwrap::D4x1,
        (4, 2) => Unwrap::D4x2,
        (4, 3) => Unwrap::D4x3,
        (4, 4) => Unwrap::D4x4,
        (4, 5) => Unwrap::D4x5,
        (4, 6) => Unwrap::D4x6,
        (4, 7) => Unwrap::D4x7,
        (5, 0) => Unwrap::D5x0,
        (5, 1) => Unwrap::D5x1,
        (5, 2) => Unwrap::D5x2,
        (5, 3) => Unwrap::D5x3,
        (5, 4) => Unwrap::D5x4,
        (6, 0) => Unwrap::D6x0,
        (6, 1) => Unwrap::D6x1,
        (7, 0) => Unwrap::D7x0,
        (7, 1) => Unwrap::D7x1,
        (7, 8) => Unwrap::D7x8,
        (7, 20) => Unwrap::D7x20,
        (7, 21) => Unwrap::D7x21,
        (7, 22) => Unwrap::D7x22,
        (7, 23) => Unwrap::D7x23,
        (7, 24) => Unwrap::D7x24,
        (7, 25) => Unwrap::D7x25,
        (7, 26) => Unwrap::D7x26,
        (7, 27) => Unwrap::D7x27,
        _ => Unwrap::DetailUnknown,
    };
    tr!(key)
}

fn advice(vendor: Vendor, meaning: Unwrap, fix: Unwrap) -> Option<VendorAdvice> {
    Some(VendorAdvice {
        vendor,
        meaning: tr!(meaning),
        fix: tr!(fix),
    })
}

/// What the receiver that wrote `text` means by `code`. Gmail's 5.7.26 and
/// 5.7.27 differ from RFC 7372's (5.7.27 there is a null MX), so they are
/// read as Gmail's only when the reply or the remote MTA is Google's;
/// 5.7.515 and 5.7.509 exist only at Microsoft.
fn vendor_advice(code: StatusCode, text: &str, remote_mta: &str) -> Option<VendorAdvice> {
    let text_lc = text.to_ascii_lowercase();
    let mta_lc = remote_mta.to_ascii_lowercase();
    let google = ["google.com", "gmail", "googlemail"]
        .iter()
        .any(|g| text_lc.contains(g) || mta_lc.contains(g));
    match (code.class, code.subject, code.detail) {
        (5, 7, 26) | (4, 7, 26) if google => advice(
            Vendor::Gmail,
            Unwrap::GmailUnauthenticated,
            Unwrap::GmailUnauthenticatedFix,
        ),
        (5, 7, 27) | (4, 7, 27) if google => {
            advice(Vendor::Gmail, Unwrap::GmailSpf, Unwrap::GmailSpfFix)
        }
        (5, 7, 515) => advice(
            Vendor::Microsoft,
            Unwrap::MicrosoftAuthLevel,
            Unwrap::MicrosoftAuthLevelFix,
        ),
        (5, 7, 509) => advice(
            Vendor::Microsoft,
            Unwrap::MicrosoftDmarcReject,
            Unwrap::MicrosoftDmarcRejectFix,
        ),
        _ if text_lc.contains("spamhaus") => advice(
            Vendor::Spamhaus,
            Unwrap::SpamhausListed,
            Unwrap::SpamhausListedFix,
        ),
        // Postfix's smtpd replies (postconf(5), reject_unknown_*).
        _ if text_lc.contains("cannot find your hostname")
            || text_lc.contains("cannot find your reverse hostname") =>
        {
            advice(
                Vendor::Postfix,
                Unwrap::PostfixNoHostname,
                Unwrap::PostfixNoHostnameFix,
            )
        }
        _ if text_lc.contains("helo command rejected: host not found") => advice(
            Vendor::Postfix,
            Unwrap::PostfixHeloUnknown,
            Unwrap::PostfixHeloUnknownFix,
        ),
        (4, _, _) if text_lc.contains("greylist") => advice(
            Vendor::Greylisting,
            Unwrap::Greylisted,
            Unwrap::GreylistedFix,
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_strictly() {
        assert_eq!(
            StatusCode::parse("5.7.515"),
            Some(StatusCode {
                class: 5,
                subject: 7,
                detail: 515
            })
        );
        for bad in ["3.1.1", "5.7", "5.7.1.2", "5.x.1", "5.7.1000", ""] {
            assert_eq!(StatusCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn codes_are_found_in_multiline_replies() {
        let c = StatusCode::find_in("smtp; 550-5.7.26 This mail is unauthenticated");
        assert_eq!(c.map(|c| c.to_string()).as_deref(), Some("5.7.26"));
        let c = StatusCode::find_in("Remote server returned '550 5.7.509 Access denied'");
        assert_eq!(c.map(|c| c.to_string()).as_deref(), Some("5.7.509"));
    }

    #[test]
    fn gmail_meaning_needs_google_evidence() {
        let code = StatusCode::parse("5.7.27").unwrap();
        let plain = explain(
            code,
            "550 5.7.27 sender address has null MX",
            "mx.example.net",
        );
        assert_eq!(plain.vendor, None);
        assert_eq!(plain.detail_meaning, tr!(Unwrap::D7x27));
        let google = explain(code, "550 5.7.27 ...", "dns; gmail-smtp-in.l.google.com");
        assert_eq!(google.vendor.map(|v| v.vendor), Some(Vendor::Gmail));
    }

    #[test]
    fn microsoft_and_postfix_refusals() {
        let ms = explain(StatusCode::parse("5.7.509").unwrap(), "", "");
        assert_eq!(
            ms.vendor.map(|v| v.meaning),
            Some(tr!(Unwrap::MicrosoftDmarcReject))
        );
        assert_eq!(ms.detail_meaning, tr!(Unwrap::DetailUnknown));
        let pf = explain(
            StatusCode::parse("4.7.1").unwrap(),
            "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]",
            "",
        );
        assert_eq!(pf.vendor.map(|v| v.vendor), Some(Vendor::Postfix));
        assert_eq!(pf.class_meaning, tr!(Unwrap::ClassPersistent));
    }
}
