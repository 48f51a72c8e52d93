//! Intake: the raw message parsed once, and the SMTP identities inferred from it.

pub mod antispam;
pub mod auth_results;
pub mod intake;
pub mod received;
pub mod unwrap;

use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
use crate::report::Identities;
use mail_auth::AuthenticatedMessage;
use std::net::IpAddr;

/// Why the input cannot be inspected at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub Text);

impl crate::i18n::text::Describe for InputError {
    fn text(&self) -> Text {
        self.0.clone()
    }
}
crate::sentence_arg!(InputError);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.en())
    }
}

impl std::error::Error for InputError {}

/// What the user gave, overriding what the headers say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    pub ip: Option<IpAddr>,
    pub helo: Option<String>,
    pub mail_from: Option<String>,
    /// The SMTP RCPT TO addresses (DKIM2 checks them against the most
    /// recent signature's `rt=`); empty = the receiver's Received `for`.
    pub rcpt_to: Vec<String>,
    /// The trust boundary the user chose: a Received header index, 0 = topmost.
    pub boundary: Option<usize>,
}

/// Parses the raw message; fails only when there is no header section at all.
pub fn parse(raw: &[u8]) -> Result<AuthenticatedMessage<'_>, InputError> {
    check_not_empty(raw)?;
    parse_fields(raw)
}

/// [`parse`] reading only the header section: mail-auth's parser hashes the
/// body for every DKIM and ARC signature it meets, which the verifiers here do
/// themselves, so a 20 MB body is not read by it at all. The headers, the
/// errors and `body_offset()` are those [`parse`] gives (mail-auth ends the
/// header section at the first empty line, or before it); `raw_body()` is
/// empty, [`body_of`] is the body.
pub fn parse_head(raw: &[u8]) -> Result<AuthenticatedMessage<'_>, InputError> {
    check_not_empty(raw)?;
    parse_fields(header_section(raw))
}

/// The body of `raw`, as `msg` (parsed from `raw` or from its header section) delimits it.
pub fn body_of<'x>(raw: &'x [u8], msg: &AuthenticatedMessage<'_>) -> &'x [u8] {
    raw.get(msg.body_offset()..).unwrap_or_default()
}

fn check_not_empty(raw: &[u8]) -> Result<(), InputError> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError(crate::tr!(Intake::EmptyMessage)));
    }
    Ok(())
}

fn parse_fields(raw: &[u8]) -> Result<AuthenticatedMessage<'_>, InputError> {
    let msg = AuthenticatedMessage::parse(raw)
        .ok_or_else(|| InputError(crate::tr!(Intake::NoHeaderSection)))?;
    // mail-parser turns a line without a colon into a header with an empty
    // value; a message needs at least one real "Name: value" field.
    let is_field_name =
        |n: &[u8]| !n.is_empty() && n.iter().all(|&b| (33..=126).contains(&b) && b != b':');
    if !msg.headers().iter().any(|(n, _)| is_field_name(n)) {
        return Err(InputError(crate::tr!(Intake::NoHeaderFields)));
    }
    Ok(msg)
}

/// The header section of `raw`: everything up to and including the first
/// empty line (CRLF or bare LF line ends), or all of `raw` when there is none.
/// For work that needs only the headers of a message that may be megabytes.
pub fn header_section(raw: &[u8]) -> &[u8] {
    let mut line_start = 0;
    for (i, &b) in raw.iter().enumerate() {
        if b == b'\n' {
            let line = &raw[line_start..i];
            if line.is_empty() || line == b"\r" {
                return &raw[..=i];
            }
            line_start = i + 1;
        }
    }
    raw
}

/// `raw` with a line end added when it is only header lines and the last one
/// has none (a single header pasted from a mail client): the parser reads a
/// field only when its line ends, so without it the last (or only) header
/// would be lost. Anything else is returned as it is.
pub fn complete_header_section(raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let unterminated = !raw.is_empty()
        && header_section(raw).len() == raw.len()
        && !raw.ends_with(b"\n")
        && !raw.iter().all(u8::is_ascii_whitespace);
    if unterminated {
        let mut owned = raw.to_vec();
        owned.extend_from_slice(b"\r\n");
        std::borrow::Cow::Owned(owned)
    } else {
        std::borrow::Cow::Borrowed(raw)
    }
}

/// The header values named `name` (case-insensitive), in order, unfolded and trimmed.
pub fn header_values(msg: &AuthenticatedMessage<'_>, name: &str) -> Vec<String> {
    msg.headers()
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name.as_bytes()))
        .map(|(_, v)| unfold(v))
        .collect()
}

/// Joins folded lines and trims, lossily decoding 8-bit bytes.
pub fn unfold(v: &[u8]) -> String {
    let s = String::from_utf8_lossy(v);
    let mut out = String::with_capacity(s.len());
    for part in s.split(['\r', '\n']) {
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(part.trim_start_matches([' ', '\t']).trim_end());
    }
    out.trim().to_string()
}

/// The address inside angle brackets (or the bare address), without the brackets.
pub fn angle_addr(v: &str) -> String {
    let v = v.trim();
    match (v.find('<'), v.rfind('>')) {
        (Some(a), Some(b)) if b > a => v[a + 1..b].trim().to_string(),
        _ => v.trim_matches(['<', '>']).trim().to_string(),
    }
}

/// The domain part of an address (after the last `@`), lowercase.
pub fn domain_of(addr: &str) -> Option<String> {
    let d = addr
        .rsplit_once('@')?
        .1
        .trim()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    (!d.is_empty()).then_some(d)
}

/// Infers the identities: client IP and HELO from the Received header the
/// receiving side added at its boundary, MAIL FROM from Return-Path, From domain
/// from From; the user's overrides win.
pub fn identities(msg: &AuthenticatedMessage<'_>, overrides: &Overrides) -> Identities {
    let mut id = Identities::default();
    let received = header_values(msg, "Received");
    let hops: Vec<received::Hop> = received.iter().map(|r| received::parse(r)).collect();
    let auto = received::locate_boundary(&hops, &statements(msg));
    let boundary = match overrides.boundary {
        Some(b) if b < hops.len() => Some(b),
        _ => auto.index,
    };
    let unreadable = |i: usize| crate::tr!(Intake::ClientUnreadable, n = i + 1);

    match (
        overrides.ip,
        boundary.and_then(|i| hops[i].from_ip.map(|ip| (i, ip))),
    ) {
        (Some(ip), _) => {
            id.ip = Some(ip.to_string());
            id.sources.ip = crate::tr!(Intake::GivenByUser);
        }
        (None, Some((i, ip))) => {
            id.ip = Some(ip.to_string());
            id.sources.ip = hop_source(&hops[i], i);
        }
        (None, None) => {
            id.sources.ip = match boundary {
                Some(i) if hops[i].ip_issue.is_some() => unreadable(i),
                _ => crate::tr!(Intake::NoPublicClient),
            }
        }
    }
    let readable = |i: usize| {
        !matches!(
            hops[i].ip_issue,
            Some(
                received::IpIssue::Conflict
                    | received::IpIssue::Unbalanced
                    | received::IpIssue::SeveralBy
            )
        )
    };
    match (
        &overrides.helo,
        boundary
            .filter(|&i| readable(i))
            .and_then(|i| hops[i].helo.clone().map(|h| (i, h))),
    ) {
        (Some(h), _) => {
            id.helo = Some(h.clone());
            id.sources.helo = crate::tr!(Intake::GivenByUser);
        }
        (None, Some((i, h))) => {
            id.helo = Some(h);
            id.sources.helo = hop_source(&hops[i], i);
        }
        _ => id.sources.helo = crate::tr!(Intake::HeloNotFound),
    }
    let return_path = header_values(msg, "Return-Path");
    match (&overrides.mail_from, return_path.first()) {
        (Some(m), _) => {
            id.mail_from = Some(m.clone());
            id.sources.mail_from = crate::tr!(Intake::GivenByUser);
        }
        (None, Some(rp)) => {
            id.mail_from = Some(angle_addr(rp));
            id.sources.mail_from = if id.mail_from.as_deref() == Some("") {
                crate::tr!(Intake::ReturnPathNull)
            } else {
                crate::tr!(Intake::ReturnPath)
            };
        }
        _ => id.sources.mail_from = crate::tr!(Intake::NoReturnPath),
    }
    let froms = header_values(msg, "From");
    match froms.first() {
        Some(f) => {
            let addrs = from_addresses(f);
            id.from_domain = addrs.first().and_then(|a| domain_of(a));
            id.sources.from_domain = if froms.len() > 1 {
                crate::tr!(Intake::FirstOfFroms, count = froms.len())
            } else {
                crate::tr!(Intake::FromHeader)
            };
        }
        None => id.sources.from_domain = crate::tr!(Intake::NoFrom),
    }
    id
}

/// The receivers' statements about the client they took the message from,
/// each with its place among the Received headers (how many are above it):
/// `Received-SPF` `client-ip=`, `Authentication-Results` and
/// `ARC-Authentication-Results` (`smtp.remote-ip`, `policy.iprev`, a comment
/// "sender IP is X"), and Exchange's `X-MS-Exchange-Organization-AuthSource`.
pub fn statements(msg: &AuthenticatedMessage<'_>) -> Vec<received::Statement> {
    use received::{Statement, StatementKind};
    let mut out = Vec::new();
    let mut above = 0usize;
    // Bounded by the header count mail-auth parsed; each header is read once.
    for (name, value) in msg.headers() {
        let name = String::from_utf8_lossy(name).to_ascii_lowercase();
        let statement = |kind, ip, host, author| Statement {
            kind,
            position: above,
            ip,
            host,
            author,
        };
        match name.as_str() {
            "received" => above += 1,
            "received-spf" => {
                let v = auth_results::parse_received_spf(&unfold(value));
                if let Some(m) = v.results.first() {
                    let ip = m.property("client-ip").and_then(|i| i.parse().ok());
                    let author = v.authserv_id.clone();
                    out.push(statement(StatementKind::ReceivedSpf, ip, None, author));
                }
            }
            "authentication-results" | "arc-authentication-results" => {
                let kind = if name.starts_with("arc") {
                    StatementKind::ArcAuthenticationResults
                } else {
                    StatementKind::AuthenticationResults
                };
                let v = if name.starts_with("arc") {
                    auth_results::parse_arc_authentication_results(&unfold(value))
                } else {
                    auth_results::parse_authentication_results(&unfold(value))
                };
                if let Some(ip) = v.results.iter().find_map(auth_results::client_ip_of) {
                    out.push(statement(kind, Some(ip), None, v.authserv_id.clone()));
                }
            }
            "x-ms-exchange-organization-authsource" => {
                let host = unfold(value);
                if !host.is_empty() && !host.contains(char::is_whitespace) {
                    out.push(statement(StatementKind::AuthSource, None, Some(host), None));
                }
            }
            _ => {}
        }
    }
    out
}

/// The hop table with the boundary placed from the receivers' statements and
/// the hops, or where the user put it.
pub fn received_chain(
    msg: &AuthenticatedMessage<'_>,
    overrides: &Overrides,
) -> received::ReceivedChain {
    received_chain_limited(msg, overrides, usize::MAX).0
}

/// [`received_chain`] over at most `max` Received headers (the topmost, where
/// the receiving organization writes), with how many were left out.
/// Statements below the last hop read are left out with them.
pub fn received_chain_limited(
    msg: &AuthenticatedMessage<'_>,
    overrides: &Overrides,
    max: usize,
) -> (received::ReceivedChain, usize) {
    let date = header_values(msg, "Date");
    let mut received = header_values(msg, "Received");
    let left_out = received.len().saturating_sub(max);
    received.truncate(max);
    let mut statements = statements(msg);
    statements.retain(|s| s.position <= received.len());
    let chain = received::chain_with(
        &received,
        date.first().map(String::as_str),
        overrides.boundary,
        &statements,
    );
    (chain, left_out)
}

fn hop_source(hop: &received::Hop, index: usize) -> Text {
    match &hop.by {
        Some(by) => crate::tr!(Intake::ReceivedBy, n = index + 1, by = by),
        None => crate::tr!(Intake::Received, n = index + 1),
    }
}

/// The addresses in a From header value (an address list, RFC 5322 §3.6.2).
pub fn from_addresses(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth_quote = false;
    let mut comment = 0usize;
    let mut cur = String::new();
    let mut parts = Vec::new();
    for c in value.chars() {
        match c {
            '"' if comment == 0 => {
                depth_quote = !depth_quote;
                cur.push(c)
            }
            '(' if !depth_quote => comment += 1,
            ')' if !depth_quote && comment > 0 => comment -= 1,
            ',' if !depth_quote && comment == 0 => parts.push(std::mem::take(&mut cur)),
            _ if comment > 0 => {}
            _ => cur.push(c),
        }
    }
    parts.push(cur);
    for p in parts {
        let a = angle_addr(&p);
        let a = a
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_matches('"')
            .to_string();
        if a.contains('@') {
            out.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_address_lists() {
        assert_eq!(
            from_addresses("\"Doe, John\" <john@Example.com>"),
            vec!["john@Example.com"]
        );
        assert_eq!(
            from_addresses("a@x.org, B <b@y.org>"),
            vec!["a@x.org", "b@y.org"]
        );
        assert_eq!(
            from_addresses("plain@z.net (comment, here)"),
            vec!["plain@z.net"]
        );
        assert!(from_addresses("undisclosed-recipients:;").is_empty());
    }

    #[test]
    fn identities_from_headers() {
        let raw = b"Return-Path: <bounce@mail.example.org>\r\n\
Received: from localhost (localhost [127.0.0.1])\r\n\tby mx.example.net (Postfix) with ESMTP id 1\r\n\
Received: from mail.example.org (mail.example.org [192.0.2.7])\r\n\tby mx.example.net (Postfix) with ESMTPS id 2\r\n\
From: Alice <alice@example.org>\r\nSubject: x\r\n\r\nbody\r\n";
        let msg = parse(raw).expect("parses");
        let id = identities(&msg, &Overrides::default());
        assert_eq!(id.ip.as_deref(), Some("192.0.2.7"));
        assert_eq!(id.helo.as_deref(), Some("mail.example.org"));
        assert_eq!(id.mail_from.as_deref(), Some("bounce@mail.example.org"));
        assert_eq!(id.from_domain.as_deref(), Some("example.org"));
        assert!(id.sources.ip.en().contains("#2"), "{:?}", id.sources.ip);
        let o = Overrides {
            ip: Some("198.51.100.1".parse().unwrap()),
            ..Default::default()
        };
        let id = identities(&msg, &o);
        assert_eq!(id.ip.as_deref(), Some("198.51.100.1"));
        assert_eq!(id.sources.ip.en(), "given by the user");
    }

    #[test]
    fn rejects_non_messages() {
        assert!(parse(b"").is_err());
        assert!(parse(b"   \n ").is_err());
        let e = parse(b"not a message at all\n").expect_err("prose is not a message");
        assert!(e.0.en().contains("Name: value"), "{e}");
        assert!(parse(b"Subject: x\n\nbody").is_ok());
    }

    #[test]
    fn a_single_header_without_a_line_end_is_read() {
        let one = b"Received: from a (a [192.0.2.1]) by b; Mon, 2 Nov 2026 10:00:00 +0100";
        let raw = complete_header_section(one);
        let msg = parse(&raw).expect("one header is a header section");
        assert_eq!(header_values(&msg, "Received").len(), 1);
        assert_eq!(
            identities(&msg, &Overrides::default()).ip.as_deref(),
            Some("192.0.2.1")
        );
        // The last of several headers is kept too.
        let two = complete_header_section(b"A: 1\r\nB: 2");
        assert_eq!(parse(&two).expect("headers").headers().len(), 2);
        // A message with a body, or one ending in a line end, is left as it is.
        assert!(matches!(
            complete_header_section(b"A: 1\n\nbody"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(matches!(
            complete_header_section(b"A: 1\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn header_section_ends_at_the_first_empty_line() {
        assert_eq!(
            header_section(b"A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore"),
            b"A: 1\r\nB: 2\r\n\r\n"
        );
        assert_eq!(header_section(b"A: 1\nB: 2\n\nbody"), b"A: 1\nB: 2\n\n");
        assert_eq!(header_section(b"A: 1\n\r\nbody"), b"A: 1\n\r\n");
        assert_eq!(
            header_section(b"A: 1\r\n folded\r\n"),
            b"A: 1\r\n folded\r\n"
        );
        assert_eq!(header_section(b"\nbody"), b"\n");
        assert_eq!(header_section(b""), b"");
        // The identities read from the section equal those from the whole message.
        let whole = b"Return-Path: <a@example.org>\nReceived: from h (h [192.0.2.1]) by mx; Mon, 1 Jan 2024 00:00:00 +0000\nFrom: a@example.org\n\nReturn-Path: <body@example.net>\n";
        let o = Overrides::default();
        let full = identities(&parse(whole).expect("message"), &o);
        let head = identities(&parse(header_section(whole)).expect("headers"), &o);
        assert_eq!(full, head);
        assert_eq!(head.mail_from.as_deref(), Some("a@example.org"));
    }

    #[test]
    fn parse_head_reads_what_parse_reads() {
        // mail-auth ends the header section at the first empty line or before it
        // (a line without a colon in a CRLF message, a folded blank line): the
        // header-only parse must find the same fields and the same body start.
        let cases: [&[u8]; 12] = [
            b"A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore",
            b"A: 1\nB: 2\n\nbody\n",
            b"A: 1\r\nno colon here\r\nB: 2\r\n\r\nbody",
            b"A: 1\nno colon here\nB: 2\n\nbody",
            b"A: 1\n\t\r\nB: 2\n\nbody",
            b"A: 1\r\n folded\r\n \r\n\r\nbody",
            b"name\n folded: x\nB: 2\n\nbody",
            b"A: 1\r\nB: 2",
            b"A: 1\r\nB: 2\r\n",
            b"A: 1\n\r\nbody: not a header\n",
            b"A: 1\r\n\r\n",
            b"\nFrom: body@example.org\n",
        ];
        for raw in cases {
            let (full, head) = (parse(raw), parse_head(raw));
            match (&full, &head) {
                (Ok(f), Ok(h)) => {
                    assert_eq!(f.headers(), h.headers(), "{raw:?}");
                    assert_eq!(f.body_offset(), h.body_offset(), "{raw:?}");
                    assert_eq!(f.raw_body(), body_of(raw, h), "{raw:?}");
                    assert_eq!(
                        f.dkim_signatures().len(),
                        h.dkim_signatures().len(),
                        "{raw:?}"
                    );
                }
                (Err(f), Err(h)) => assert_eq!(f, h, "{raw:?}"),
                _ => panic!(
                    "{raw:?}: parse gave {:?}, parse_head {:?}",
                    full.is_ok(),
                    head.is_ok()
                ),
            }
        }
    }
}
