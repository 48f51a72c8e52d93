//! What people bring instead of a raw message, unwrapped to the message they
//! ask about: an Outlook `.msg` file, an mbox `From ` line, a message
//! forwarded as an attachment (message/rfc822), a bounce (RFC 3464), an
//! abuse or feedback report (ARF, RFC 5965), a header section alone.
//!
//! [`unwrap`] is pure: it returns the bytes to inspect, what it found
//! (outermost first), the wrapper's own data (the bounce's recipients, the
//! report's feedback type) and whether the wrapper itself could be
//! inspected instead (`--outer`, the app's "inspect the outer message").

pub mod arf;
pub mod dsn;
pub mod mime;
pub mod msg;
pub mod status;

use crate::i18n::phrases::unwrap::Unwrap;
use crate::i18n::text::Text;
use crate::message::InputError;
pub use crate::report::unwrap::{Inspected, Returned, UnwrapInfo, WrapperKind};
use crate::tr;
use mime::Entity;
use std::borrow::Cow;

/// Wrappers opened one inside the other (a forward of a forward of a
/// bounce): more is not mail a person brings.
pub const MAX_DEPTH: usize = 4;

impl WrapperKind {
    /// The kind's name in the shells' catalog.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            WrapperKind::OutlookMsg => Msg::WrapperOutlookMsg,
            WrapperKind::MboxFromLine => Msg::WrapperMboxFromLine,
            WrapperKind::Forward => Msg::WrapperForward,
            WrapperKind::Bounce => Msg::WrapperBounce,
            WrapperKind::FeedbackReport => Msg::WrapperFeedbackReport,
            WrapperKind::HeadersOnly => Msg::WrapperHeadersOnly,
        }
    }
}

/// The bytes to inspect and how they were found.
#[derive(Debug, Clone)]
pub struct Unwrapped<'a> {
    pub inner: Cow<'a, [u8]>,
    /// `None` when `raw` was a plain message.
    pub info: Option<UnwrapInfo>,
}

/// Unwraps `raw`; with `outer`, the outermost message is inspected while
/// the wrappers are still read and described. Fails only on a `.msg` file
/// that cannot be read or has no headers.
pub fn unwrap(raw: &[u8], outer: bool) -> Result<Unwrapped<'_>, InputError> {
    let mut info = UnwrapInfo::default();
    let mut bytes: Cow<'_, [u8]> = Cow::Borrowed(raw);
    if raw.starts_with(&msg::CFB_MAGIC) {
        let (headers, file) = msg::read(raw)?;
        info.found.push(WrapperKind::OutlookMsg);
        info.notes.push(tr!(Unwrap::MsgRead));
        if file.body_chars.is_some() || file.has_html_body {
            info.notes.push(tr!(Unwrap::MsgBodyConverted));
        }
        info.body_missing = true;
        info.msg = Some(file);
        bytes = Cow::Owned(headers);
    } else if let Some(rest) = strip_mbox_line(raw) {
        info.found.push(WrapperKind::MboxFromLine);
        info.notes.push(tr!(Unwrap::MboxLineRemoved));
        bytes = match unquote_mboxrd(rest) {
            Some(unquoted) => {
                info.notes.push(tr!(Unwrap::MboxrdUnquoted));
                Cow::Owned(unquoted)
            }
            None => Cow::Borrowed(rest),
        };
    }
    if !info.body_missing && is_headers_only(&bytes) {
        info.found.push(WrapperKind::HeadersOnly);
        info.notes.push(tr!(Unwrap::HeadersOnly));
        info.body_missing = true;
    }
    let outer_bytes = bytes.clone();
    let mut current: Cow<'_, [u8]> = bytes;
    for _ in 0..MAX_DEPTH {
        if info.body_missing {
            break;
        }
        let Some(layer) = open_layer(&current) else {
            break;
        };
        if info.outer_from.is_none() {
            let top = Entity::split(&current);
            info.outer_from = top.header("From");
            info.outer_subject = top.header("Subject");
        }
        info.found.push(layer.kind);
        info.notes.push(layer.note);
        if info.dsn.is_none() && info.arf.is_none() {
            info.dsn = layer.dsn;
            info.arf = layer.arf;
            if matches!(
                layer.kind,
                WrapperKind::Bounce | WrapperKind::FeedbackReport
            ) {
                info.returned = Some(layer.returned);
            }
        }
        let next = match layer.inner {
            Some(Span::Range(start, end)) => match &current {
                Cow::Borrowed(b) => {
                    let b: &[u8] = b;
                    Cow::Borrowed(&b[start..end])
                }
                Cow::Owned(v) => Cow::Owned(v[start..end].to_vec()),
            },
            Some(Span::Decoded(v)) => Cow::Owned(v),
            None => break,
        };
        if layer.returned == Returned::Headers {
            info.body_missing = true;
            info.notes.push(tr!(Unwrap::NoRawBody));
        }
        // Something was opened: the wrapper is another message than the one inspected.
        info.outer_available = true;
        current = next;
    }
    if info.found.is_empty() {
        return Ok(Unwrapped {
            inner: Cow::Borrowed(raw),
            info: None,
        });
    }
    if info.found.contains(&WrapperKind::OutlookMsg) {
        info.notes.push(tr!(Unwrap::NoRawBody));
    }
    let inner = if outer && info.outer_available {
        info.inspected = Inspected::Outer;
        info.notes.push(tr!(Unwrap::OuterInspected));
        // The outer message has its body: only a .msg or a header-only paste lacks one.
        info.body_missing = info
            .found
            .iter()
            .any(|k| matches!(k, WrapperKind::OutlookMsg | WrapperKind::HeadersOnly));
        outer_bytes
    } else {
        current
    };
    Ok(Unwrapped {
        inner,
        info: Some(info),
    })
}

/// Where a layer's inner message is: a byte range of the layer (nothing
/// re-encoded, so DKIM sees the exact bytes), or decoded from base64/QP.
enum Span {
    Range(usize, usize),
    Decoded(Vec<u8>),
}

struct Layer {
    kind: WrapperKind,
    note: Text,
    inner: Option<Span>,
    returned: Returned,
    dsn: Option<dsn::Dsn>,
    arf: Option<arf::Arf>,
}

/// One MIME wrapper: a report (bounce, ARF) or a message/rfc822 attachment.
fn open_layer(raw: &[u8]) -> Option<Layer> {
    let top = Entity::split(raw);
    let ct = top.content_type();
    if ct.mime == "message/rfc822" {
        return Some(Layer {
            kind: WrapperKind::Forward,
            note: tr!(Unwrap::ForwardUnwrapped),
            inner: Some(span_of(raw, &top)),
            returned: Returned::Message,
            dsn: None,
            arf: None,
        });
    }
    if !ct.is_multipart() {
        return None;
    }
    let boundary = ct.param("boundary")?.to_string();
    let report_type = ct
        .param("report-type")
        .map(|r| r.to_ascii_lowercase())
        .unwrap_or_default();
    if ct.mime == "multipart/report" && report_type.contains("delivery-status") {
        return Some(report_layer(raw, &top, &boundary, WrapperKind::Bounce));
    }
    if ct.mime == "multipart/report" && report_type == "feedback-report" {
        return Some(report_layer(
            raw,
            &top,
            &boundary,
            WrapperKind::FeedbackReport,
        ));
    }
    let inner = find_attached_message(raw, top, &boundary, 0)?;
    Some(Layer {
        kind: WrapperKind::Forward,
        note: tr!(Unwrap::ForwardUnwrapped),
        inner: Some(inner),
        returned: Returned::Message,
        dsn: None,
        arf: None,
    })
}

fn report_layer(raw: &[u8], top: &Entity<'_>, boundary: &str, kind: WrapperKind) -> Layer {
    let mut dsn = None;
    let mut arf = None;
    let mut inner = None;
    let mut returned = Returned::Nothing;
    for part in mime::parts(top.body, boundary) {
        let e = Entity::split(part);
        match e.content_type().mime.as_str() {
            "message/delivery-status" | "message/global-delivery-status" if dsn.is_none() => {
                dsn = Some(dsn::read(&e.decoded_body()));
            }
            "message/feedback-report" if arf.is_none() => {
                arf = Some(arf::read(&e.decoded_body()));
            }
            "message/rfc822" | "message/global" if inner.is_none() => {
                inner = Some(span_of(raw, &e));
                returned = Returned::Message;
            }
            "text/rfc822-headers" | "message/global-headers" if inner.is_none() => {
                inner = Some(span_of(raw, &e));
                returned = Returned::Headers;
            }
            _ => {}
        }
    }
    let bounce = kind == WrapperKind::Bounce;
    let note = match (returned, bounce) {
        (Returned::Message, true) => tr!(Unwrap::BounceUnwrapped),
        (Returned::Headers, true) => tr!(Unwrap::BounceHeadersReturned),
        (Returned::Nothing, true) => tr!(Unwrap::BounceNothingReturned),
        (Returned::Message, false) => tr!(Unwrap::ReportUnwrapped),
        (Returned::Headers, false) => tr!(Unwrap::ReportHeadersReturned),
        (Returned::Nothing, false) => tr!(Unwrap::ReportNothingReturned),
    };
    Layer {
        kind,
        note,
        inner,
        returned,
        dsn,
        arf,
    }
}

/// The first message/rfc822 part, depth first through nested multiparts.
fn find_attached_message(
    raw: &[u8],
    entity: Entity<'_>,
    boundary: &str,
    depth: usize,
) -> Option<Span> {
    if depth >= MAX_DEPTH {
        return None;
    }
    for part in mime::parts(entity.body, boundary) {
        let e = Entity::split(part);
        let ct = e.content_type();
        if ct.mime == "message/rfc822" {
            return Some(span_of(raw, &e));
        }
        if let (true, Some(b)) = (ct.is_multipart(), ct.param("boundary")) {
            if let Some(found) = find_attached_message(raw, e, b, depth + 1) {
                return Some(found);
            }
        }
    }
    None
}

/// The body of `e` (a part of `raw`) as a range of `raw`, or decoded when a
/// transfer encoding was applied to it.
fn span_of(raw: &[u8], e: &Entity<'_>) -> Span {
    match e.decoded_body() {
        Cow::Owned(v) => Span::Decoded(v),
        Cow::Borrowed(b) => {
            let start = (b.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
            let end = (start + b.len()).min(raw.len());
            Span::Range(start.min(end), end)
        }
    }
}

/// The rest after an mbox `From sender date` line at the very start.
fn strip_mbox_line(raw: &[u8]) -> Option<&[u8]> {
    if !raw.starts_with(b"From ") {
        return None;
    }
    let end = raw.iter().position(|&b| b == b'\n')?;
    Some(&raw[end + 1..])
}

/// mboxrd (and mboxo for one level): a body line `>From ` or `>>From `
/// loses one `>`. `None` when no line is quoted.
fn unquote_mboxrd(msg: &[u8]) -> Option<Vec<u8>> {
    let quoted = |line: &[u8]| {
        let n = line.iter().take_while(|&&b| b == b'>').count();
        n > 0 && line[n..].starts_with(b"From ")
    };
    let head_len = crate::message::header_section(msg).len();
    let body = &msg[head_len..];
    if !body.split(|&b| b == b'\n').any(quoted) {
        return None;
    }
    let mut out = msg[..head_len].to_vec();
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(if quoted(line) { &line[1..] } else { line });
    }
    Some(out)
}

/// A header section with no empty line after it: nothing but headers.
fn is_headers_only(raw: &[u8]) -> bool {
    !raw.iter().all(u8::is_ascii_whitespace)
        && crate::message::header_section(raw).len() == raw.len()
        && !raw.ends_with(b"\n\n")
        && !raw.ends_with(b"\n\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &[u8] = b"From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n";

    #[test]
    fn a_plain_message_is_left_alone() {
        let u = unwrap(PLAIN, false).expect("plain");
        assert!(u.info.is_none());
        assert!(matches!(u.inner, Cow::Borrowed(b) if b == PLAIN));
    }

    #[test]
    fn forward_as_attachment_keeps_the_inner_bytes() {
        let raw = b"From: fwd@example.net\r\nSubject: Fw: hi\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--X\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n\r\n--X--\r\n";
        let u = unwrap(raw, false).expect("forward");
        assert_eq!(&*u.inner, PLAIN);
        let info = u.info.expect("info");
        assert_eq!(info.found, vec![WrapperKind::Forward]);
        assert!(info.outer_available);
        assert_eq!(info.outer_subject.as_deref(), Some("Fw: hi"));
        let outer = unwrap(raw, true).expect("outer");
        assert_eq!(&*outer.inner, &raw[..]);
        assert_eq!(outer.info.map(|i| i.inspected), Some(Inspected::Outer));
    }

    #[test]
    fn mbox_line_and_mboxrd_quoting() {
        let raw = b"From a@example.org Mon Nov 23 10:00:00 2026\nFrom: a@example.org\n\n>From here\n>>From there\n";
        let u = unwrap(raw, false).expect("mbox");
        assert_eq!(
            &*u.inner,
            b"From: a@example.org\n\nFrom here\n>From there\n"
        );
        let info = u.info.expect("info");
        assert_eq!(info.found, vec![WrapperKind::MboxFromLine]);
        assert_eq!(info.notes.len(), 2);
        assert!(!info.outer_available);
    }

    #[test]
    fn headers_only_paste() {
        let u = unwrap(b"From: a@example.org\r\nSubject: hi\r\n", false).expect("headers");
        let info = u.info.expect("info");
        assert_eq!(info.found, vec![WrapperKind::HeadersOnly]);
        assert!(info.body_missing);
        assert!(!info.outer_available);
    }

    #[test]
    fn a_bounce_that_returns_nothing_is_itself_inspected() {
        let raw = b"From: MAILER-DAEMON@example.org\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; example.org\r\n\r\nFinal-Recipient: rfc822; x@example.net\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n--b--\r\n";
        let u = unwrap(raw, false).expect("bounce");
        assert_eq!(&*u.inner, &raw[..]);
        let info = u.info.expect("info");
        assert_eq!(info.found, vec![WrapperKind::Bounce]);
        assert_eq!(info.returned, Some(Returned::Nothing));
        assert!(!info.outer_available);
        assert_eq!(info.notes, vec![tr!(Unwrap::BounceNothingReturned)]);
        let dsn = info.dsn.expect("dsn");
        let e = dsn.recipients[0].explained.as_ref().expect("explained");
        assert_eq!(e.detail_meaning, tr!(Unwrap::D2x2));
    }

    #[test]
    fn nested_forwards_stop_at_the_depth_limit() {
        let mut raw = PLAIN.to_vec();
        for _ in 0..(MAX_DEPTH + 3) {
            let mut outer = b"From: f@example.net\r\nContent-Type: message/rfc822\r\n\r\n".to_vec();
            outer.extend_from_slice(&raw);
            raw = outer;
        }
        let info = unwrap(&raw, false).expect("nested").info.expect("info");
        assert_eq!(info.found.len(), MAX_DEPTH);
    }
}
