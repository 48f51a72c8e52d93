//! `Received-SPF:` (RFC 7208 §9.1): the line we offer for copying, in
//! pypolicyd-spf's layout, and the lines earlier receivers left in the message.

use crate::i18n::phrases::spf::Spf;
pub use crate::report::ReceivedSpfSeen;
use crate::report::{AuthResult, ReceivedSpfVerdict, SpfReport};
use crate::tr;
use std::net::IpAddr;

/// The result word as pypolicyd-spf writes it (`Pass`, `Softfail`, `Permerror`).
fn capitalized(r: AuthResult) -> String {
    let s = r.as_str();
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=…; helo=…; envelope-from=…; receiver=…;`
pub fn received_spf_line(
    result: AuthResult,
    identity: &str,
    ip: IpAddr,
    helo: Option<&str>,
    mail_from: &str,
    receiver: Option<&str>,
) -> String {
    let mf = mail_from
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    format!(
        "Received-SPF: {} ({identity}) identity={identity}; client-ip={ip}; helo={}; envelope-from={}; receiver={};",
        capitalized(result),
        helo.unwrap_or("<UNKNOWN>"),
        if mf.is_empty() { "<>" } else { mf },
        receiver.unwrap_or("<UNKNOWN>"),
    )
}

/// Parses one `Received-SPF:` header value (with or without the field name):
/// `result [(comment)] key=value; ...`, in pypolicyd-spf's and
/// postfix-policyd-spf-perl's layouts alike. `None` when it does not start with a result.
pub fn parse_received_spf(value: &str) -> Option<ReceivedSpfSeen> {
    let raw = value.to_string();
    let unfolded: String = value
        .chars()
        .map(|c| {
            if c == '\r' || c == '\n' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut s = unfolded.trim();
    if let Some(head) = s.get(..13) {
        if head.eq_ignore_ascii_case("received-spf:") {
            s = s.get(13..).unwrap_or_default().trim_start();
        }
    }
    let word_end = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    let result = AuthResult::parse(&s[..word_end])?;
    let mut rest = s[word_end..].trim_start();
    let mut comment = None;
    if rest.starts_with('(') {
        let mut depth = 0usize;
        let mut end = rest.len();
        let mut escaped = false;
        for (i, c) in rest.char_indices() {
            if escaped {
                escaped = false;
                continue;
            }
            match c {
                '\\' => escaped = true,
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        comment = Some(rest.get(1..end).unwrap_or_default().trim().to_string());
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    let mut seen = ReceivedSpfSeen {
        result,
        comment,
        raw,
        ..Default::default()
    };
    for (k, v) in key_values(rest) {
        let v = Some(v);
        match k.to_ascii_lowercase().as_str() {
            "identity" => seen.identity = v,
            "client-ip" => seen.client_ip = v,
            "helo" => seen.helo = v,
            "envelope-from" => seen.envelope_from = v,
            "receiver" => seen.receiver = v,
            _ => {}
        }
    }
    Some(seen)
}

/// `key=value` pairs separated by `;` (values may be quoted-strings).
fn key_values(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while matches!(chars.peek(), Some(c) if c.is_whitespace() || *c == ';') {
            chars.next();
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c == ';' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        if key.is_empty() && chars.peek().is_none() {
            break;
        }
        if chars.peek() != Some(&'=') {
            // Not a key=value: skip to the next separator.
            for c in chars.by_ref() {
                if c == ';' {
                    break;
                }
            }
            if chars.peek().is_none() {
                break;
            }
            continue;
        }
        chars.next();
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        if let Some(n) = chars.next() {
                            value.push(n);
                        }
                    }
                    '"' => break,
                    c => value.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ';' || c.is_whitespace() {
                    break;
                }
                value.push(c);
                chars.next();
            }
        }
        out.push((key, value));
    }
    out
}

/// The client IP our evaluation used, from the trace's first step.
fn our_ip(ours: &SpfReport) -> Option<String> {
    ours.trace
        .first()?
        .facts
        .iter()
        .find(|f| f.name.as_verbatim() == Some("ip"))
        .map(|f| f.value.en())
}

/// Compares one parsed header with our report.
pub fn compare(seen: &ReceivedSpfSeen, ours: &SpfReport) -> ReceivedSpfVerdict {
    let identity = seen.identity.as_deref().map(str::to_ascii_lowercase);
    // Which identity we compared with, when the header does not say one we check.
    enum Substitute<'a> {
        None,
        Other(&'a str),
        Unnamed,
    }
    let (mine, substitute) = match identity.as_deref() {
        Some("helo") => (ours.helo_result, Substitute::None),
        Some("mailfrom") | Some("mfrom") => (Some(ours.result), Substitute::None),
        Some(other) => (Some(ours.result), Substitute::Other(other)),
        None => (Some(ours.result), Substitute::Unnamed),
    };
    let agrees = mine.map(|m| m == seen.result);
    let why = match (agrees, mine) {
        (Some(false), Some(m)) => {
            let ip_differs = match (seen.client_ip.as_deref(), our_ip(ours)) {
                (Some(theirs), Some(mine)) => theirs
                    .parse::<IpAddr>()
                    .ok()
                    .zip(mine.parse::<IpAddr>().ok())
                    .map(|(a, b)| a != b)
                    .unwrap_or(theirs != mine),
                _ => false,
            };
            Some(if ip_differs {
                tr!(
                    Spf::DisagreeOtherIp,
                    theirs = seen.result,
                    ours = m,
                    their_ip = seen.client_ip.as_deref().unwrap_or_default(),
                    our_ip = our_ip(ours).unwrap_or_default()
                )
            } else {
                tr!(Spf::DisagreeDnsChanged, theirs = seen.result, ours = m)
            })
        }
        (None, _) => Some(tr!(Spf::NoHeloResult)),
        _ => None,
    };
    // One sentence per combination, so that the note reads back as a whole.
    let note = match (substitute, why) {
        (Substitute::None, why) => why.unwrap_or_default(),
        (Substitute::Other(other), None) => tr!(Spf::IdentityNotChecked, identity = other),
        (Substitute::Other(other), Some(more)) => {
            tr!(Spf::IdentityNotCheckedAnd, identity = other, more = more)
        }
        (Substitute::Unnamed, None) => tr!(Spf::IdentityUnnamed),
        (Substitute::Unnamed, Some(more)) => tr!(Spf::IdentityUnnamedAnd, more = more),
    };
    ReceivedSpfVerdict {
        seen: seen.clone(),
        ours: mine,
        agrees,
        note,
    }
}

/// Parses the message's `Received-SPF:` header values and compares each with
/// our result, the first `max` of them: a message repeating the header
/// thousands of times would otherwise cost a comparison, and a report row,
/// each (the notice of receivers' results left unread covers the rest, as
/// these headers are counted there too). Values that are not Received-SPF
/// syntax are skipped.
pub fn receiver_verdicts(
    headers: &[String],
    ours: &SpfReport,
    max: usize,
) -> Vec<ReceivedSpfVerdict> {
    headers
        .iter()
        .filter_map(|h| parse_received_spf(h))
        .take(max)
        .map(|seen| compare(&seen, ours))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pypolicyd_layout_round_trips() {
        let line = received_spf_line(
            AuthResult::SoftFail,
            "mailfrom",
            "192.0.2.7".parse().unwrap(),
            Some("mail.example.com"),
            "<user@example.com>",
            Some("mx.example.net"),
        );
        assert_eq!(
            line,
            "Received-SPF: Softfail (mailfrom) identity=mailfrom; client-ip=192.0.2.7; helo=mail.example.com; envelope-from=user@example.com; receiver=mx.example.net;"
        );
        let seen = parse_received_spf(&line).unwrap();
        assert_eq!(seen.result, AuthResult::SoftFail);
        assert_eq!(seen.identity.as_deref(), Some("mailfrom"));
        assert_eq!(seen.client_ip.as_deref(), Some("192.0.2.7"));
        assert_eq!(seen.envelope_from.as_deref(), Some("user@example.com"));
        assert_eq!(seen.receiver.as_deref(), Some("mx.example.net"));
        assert_eq!(seen.comment.as_deref(), Some("mailfrom"));
    }

    #[test]
    fn perl_layout() {
        let v = "pass (example.com: 192.0.2.1 is authorized to use 'user@example.com' in 'mfrom' identity (mechanism 'ip4:192.0.2.0/24' matched))\r\n receiver=mx.example.net; identity=mailfrom; envelope-from=\"user@example.com\"; helo=mail.example.com; client-ip=192.0.2.1";
        let seen = parse_received_spf(v).unwrap();
        assert_eq!(seen.result, AuthResult::Pass);
        assert!(seen.comment.unwrap().ends_with("matched)"));
        assert_eq!(seen.helo.as_deref(), Some("mail.example.com"));
        assert_eq!(seen.envelope_from.as_deref(), Some("user@example.com"));
        assert_eq!(seen.client_ip.as_deref(), Some("192.0.2.1"));
        assert!(parse_received_spf("garbage here").is_none());
        assert!(parse_received_spf("päss ünïcode héader").is_none());
        assert!(parse_received_spf("Received-SPF: none").is_some());
    }

    #[test]
    fn flags_disagreement() {
        let ours = SpfReport {
            result: AuthResult::Fail,
            helo_result: Some(AuthResult::Pass),
            ..Default::default()
        };
        let v = receiver_verdicts(
            &[
                "Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.1; helo=h.example; envelope-from=a@b.example; receiver=r;".into(),
                "pass (helo) identity=helo; client-ip=192.0.2.1".into(),
            ],
            &ours,
            200,
        );
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].agrees, Some(false));
        assert!(v[0].note.en().contains("disagreement"));
        assert_eq!(v[1].agrees, Some(true));
    }
}
