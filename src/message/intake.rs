//! What the app shows of a message before it is inspected: the identities
//! its headers give (the hints and the prefilled fields under the text
//! area) and, for an Outlook .msg file, the transport headers to show as
//! its text. The inspection engine reads it (src/app/engine) whenever the
//! message changes, so the page itself carries no message parser.

use super::unwrap::msg;
use super::Overrides;
use crate::report::Identities;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intake {
    /// What the headers alone say, of the message inside a wrapper (a
    /// forward, a bounce, a .msg file) as the inspection will read it.
    pub identities: Identities,
    /// An Outlook .msg file's transport headers, the text the text area
    /// shows for it (`None` for a message that is text itself).
    pub headers: Option<String>,
}

/// Reads `raw` (the message's bytes, or a .msg file's). Only the header
/// section is parsed: the body can be megabytes, and this runs on every
/// keystroke.
pub fn read(raw: &[u8]) -> Intake {
    let is_msg = raw.starts_with(&msg::CFB_MAGIC);
    let Ok(unwrapped) = super::unwrap::unwrap(raw, false) else {
        return Intake {
            identities: Identities::default(),
            headers: is_msg.then(String::new),
        };
    };
    // What a .msg file unwraps to is its transport headers: the text shown.
    let headers = is_msg.then(|| String::from_utf8_lossy(&unwrapped.inner).into_owned());
    let completed = super::complete_header_section(super::header_section(&unwrapped.inner));
    let identities = match super::parse(&completed) {
        Ok(msg) => super::identities(&msg, &Overrides::default()),
        Err(_) => Identities::default(),
    };
    Intake {
        identities,
        headers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_message_gives_its_identities_and_no_headers_text() {
        let raw = b"Received: from mx.example.org (mx.example.org [192.0.2.7])\r\n\
            \tby mx.example.net with ESMTP; Mon, 1 Jan 2024 00:00:00 +0000\r\n\
            Return-Path: <bounce@example.org>\r\n\
            From: a@example.org\r\n\r\nbody\r\n";
        let intake = read(raw);
        assert_eq!(intake.identities.ip.as_deref(), Some("192.0.2.7"));
        assert_eq!(
            intake.identities.mail_from.as_deref(),
            Some("bounce@example.org")
        );
        assert_eq!(intake.headers, None);
    }

    #[test]
    fn an_outlook_msg_file_shows_its_transport_headers() {
        let raw = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/unwrap/outlook.msg"
        ))
        .expect("the fixture is in the repository");
        let intake = read(&raw);
        let headers = intake.headers.expect("a .msg file shows its headers");
        assert!(headers.contains("Received:"), "{headers}");
        assert!(intake.identities.ip.is_some());
    }

    #[test]
    fn an_unreadable_msg_file_shows_no_text_and_gives_no_identities() {
        let mut raw = msg::CFB_MAGIC.to_vec();
        raw.extend_from_slice(b"not a compound file");
        let intake = read(&raw);
        assert_eq!(intake.headers.as_deref(), Some(""));
        assert_eq!(intake.identities, Identities::default());
    }
}
