//! Outlook `.msg` files (MS-OXMSG): a Compound File Binary container (read
//! with the `cfb` crate) whose top-level streams hold MAPI properties. A
//! variable-length property lives in a stream named `__substg1.0_` plus its
//! tag: 4 hex digits of property ID and 4 of type (001F: UTF-16LE string,
//! 001E: 8-bit string, 0102: binary) (MS-OXMSG §2.1.3).

use crate::i18n::phrases::unwrap::Unwrap;
use crate::message::InputError;
pub use crate::report::unwrap::MsgFile;
use crate::tr;
use std::io::{Cursor, Read};

/// The CFB signature (MS-CFB §2.2): every .msg starts with it.
pub const CFB_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// PR_TRANSPORT_MESSAGE_HEADERS (MS-OXPROPS 2.1086): the headers as received.
pub const PR_TRANSPORT_MESSAGE_HEADERS: u16 = 0x007D;
/// PR_SUBJECT (MS-OXPROPS 2.1027).
pub const PR_SUBJECT: u16 = 0x0037;
/// PR_BODY (MS-OXPROPS 2.618): the plain-text body Outlook keeps.
pub const PR_BODY: u16 = 0x1000;
/// PR_HTML (MS-OXPROPS 2.734): the HTML body, binary.
pub const PR_HTML: u16 = 0x1013;
/// PR_MESSAGE_CLASS (MS-OXPROPS 2.780): `IPM.Note` for mail.
pub const PR_MESSAGE_CLASS: u16 = 0x001A;

/// Characters of the body kept for people to glance at.
const BODY_PREVIEW_CHARS: usize = 500;

/// Reads the transport headers (as a header section ending in CRLF) and
/// what else the file says about the message.
pub fn read(raw: &[u8]) -> Result<(Vec<u8>, MsgFile), InputError> {
    let unreadable = |e: &dyn std::fmt::Display| InputError(tr!(Unwrap::MsgUnreadable, error = e));
    let mut file = cfb::CompoundFile::open(Cursor::new(raw)).map_err(|e| unreadable(&e))?;
    let limit = raw.len() as u64;
    let mut string = |id: u16| -> Option<String> {
        read_stream(&mut file, &stream_name(id, 0x001F), limit)
            .map(|b| utf16le(&b))
            .or_else(|| {
                read_stream(&mut file, &stream_name(id, 0x001E), limit)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
            })
            .map(|s| s.trim_end_matches('\0').to_string())
    };
    let headers = string(PR_TRANSPORT_MESSAGE_HEADERS);
    let body = string(PR_BODY);
    let info = MsgFile {
        message_class: string(PR_MESSAGE_CLASS),
        subject: string(PR_SUBJECT),
        body_chars: body.as_ref().map(|b| b.chars().count()),
        body_preview: body.map(|b| b.chars().take(BODY_PREVIEW_CHARS).collect()),
        has_html_body: file.is_stream(stream_name(PR_HTML, 0x0102)),
    };
    let headers = match headers {
        Some(h) if !h.trim().is_empty() => h,
        _ => return Err(InputError(tr!(Unwrap::MsgNoTransportHeaders))),
    };
    Ok((header_section(&headers), info))
}

/// `/__substg1.0_XXXXYYYY` for a property ID and type.
pub fn stream_name(id: u16, kind: u16) -> String {
    format!("/__substg1.0_{id:04X}{kind:04X}")
}

fn read_stream(
    file: &mut cfb::CompoundFile<Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Option<Vec<u8>> {
    if !file.is_stream(name) {
        return None;
    }
    let stream = file.open_stream(name).ok()?;
    let mut out = Vec::new();
    // A stream cannot be longer than the file that holds it.
    stream.take(limit).read_to_end(&mut out).ok()?;
    Some(out)
}

fn utf16le(b: &[u8]) -> String {
    let units: Vec<u16> = b
        .as_chunks::<2>()
        .0
        .iter()
        .map(|c| u16::from_le_bytes(*c))
        .collect();
    String::from_utf16_lossy(&units)
}

/// The stored headers with CRLF line ends, ending after the last field:
/// Outlook keeps them with a trailing empty line or none.
fn header_section(headers: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(headers.len() + 2);
    for line in headers.trim_end().lines() {
        out.extend_from_slice(line.trim_end_matches('\r').as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_names_follow_ms_oxmsg() {
        assert_eq!(
            stream_name(PR_TRANSPORT_MESSAGE_HEADERS, 0x001F),
            "/__substg1.0_007D001F"
        );
        assert_eq!(stream_name(PR_HTML, 0x0102), "/__substg1.0_10130102");
    }

    #[test]
    fn not_a_compound_file() {
        let mut raw = CFB_MAGIC.to_vec();
        raw.extend_from_slice(&[0u8; 100]);
        let e = read(&raw).expect_err("truncated");
        assert!(
            e.0.en().starts_with("this looks like an Outlook .msg file"),
            "{e}"
        );
    }
}
