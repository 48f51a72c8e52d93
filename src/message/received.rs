//! Received header parsing (RFC 5321 §4.4 and what real MTAs write).

use crate::i18n::phrases::intake::Intake;
use crate::tr;
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// One hop of the Received chain, as written by the receiving MTA of that hop.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hop {
    /// The name the client gave in HELO/EHLO.
    pub helo: Option<String>,
    /// The reverse-DNS name the receiver wrote for the client, if any.
    pub from_rdns: Option<String>,
    pub from_ip: Option<IpAddr>,
    pub by: Option<String>,
    pub with: Option<String>,
    pub id: Option<String>,
    pub for_addr: Option<String>,
    /// The date after the last `;`, as written.
    pub date: Option<String>,
    pub raw: String,
    /// The `via` clause (Microsoft: "Frontend Transport").
    pub via: Option<String>,
    /// The hop ran over TLS (`ESMTPS`/`ESMTPSA`/`SMTPS`, or a TLS comment).
    pub tls: bool,
    /// The TLS version when written ("TLSv1.3", "TLS1_2").
    pub tls_version: Option<String>,
    /// The cipher suite when written.
    pub cipher: Option<String>,
    /// The client authenticated (`ESMTPA`/`ESMTPSA`, RFC 3848).
    pub authenticated: bool,
}

/// Parses one Received header value.
pub fn parse(value: &str) -> Hop {
    let mut hop = Hop {
        raw: value.to_string(),
        ..Default::default()
    };
    let (clauses, date) = match value.rfind(';') {
        Some(p) => (&value[..p], Some(value[p + 1..].trim().to_string())),
        None => (value, None),
    };
    hop.date = date.filter(|d| !d.is_empty());
    let tokens = tokenize(clauses);
    let mut i = 0;
    while i < tokens.len() {
        let (word, is_comment) = &tokens[i];
        if *is_comment {
            i += 1;
            continue;
        }
        let key = word.to_ascii_lowercase();
        let next_word = tokens
            .get(i + 1)
            .filter(|(_, c)| !c)
            .map(|(w, _)| w.clone());
        match key.as_str() {
            "from" => {
                if let Some(w) = next_word {
                    if let Some(ip) = bracket_ip(&w) {
                        hop.from_ip = Some(ip);
                    } else {
                        hop.helo = Some(w.trim_end_matches('.').to_string());
                    }
                    i += 1;
                }
                // The comment after the HELO name: "(rdns [ip])", "([ip] helo=x)", ...
                if let Some((c, true)) = tokens.get(i + 1) {
                    parse_from_comment(c, &mut hop);
                    i += 1;
                }
            }
            "by" => {
                hop.by = next_word.map(|w| w.trim_end_matches('.').to_string());
                i += 1;
            }
            "with" => {
                // Microsoft writes several words ("Microsoft SMTP Server"): take words up to
                // the next clause keyword or comment.
                let mut words = Vec::new();
                while let Some((w, false)) = tokens.get(i + 1) {
                    if is_clause_keyword(w) {
                        break;
                    }
                    words.push(w.clone());
                    i += 1;
                }
                if !words.is_empty() {
                    hop.with = Some(words.join(" "));
                }
            }
            "via" => {
                let mut words = Vec::new();
                while let Some((w, false)) = tokens.get(i + 1) {
                    if is_clause_keyword(w) {
                        break;
                    }
                    words.push(w.clone());
                    i += 1;
                }
                if !words.is_empty() {
                    hop.via = Some(words.join(" "));
                }
            }
            "id" => {
                hop.id = next_word;
                i += 1;
            }
            "for" => {
                hop.for_addr = next_word.map(|w| w.trim_matches(['<', '>']).to_string());
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    detect_tls(&mut hop, clauses);
    hop
}

fn is_clause_keyword(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "from" | "by" | "via" | "with" | "id" | "for"
    )
}

/// TLS and authentication from the protocol name (RFC 3848) and the comments MTAs write:
/// Postfix "(using TLSv1.3 with cipher X (256/256 bits))", Exim "(TLS1.3) tls X" or
/// "(TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256)", Sendmail "(version=TLSv1.2 cipher=X bits=256 verify=NOT)",
/// Microsoft "(version=TLS1_2, cipher=X)", Gmail "(version=TLS1_3 cipher=X bits=256/256)".
fn detect_tls(hop: &mut Hop, text: &str) {
    if let Some(w) = &hop.with {
        let p = w.to_ascii_uppercase();
        let first = p.split_whitespace().next().unwrap_or("");
        if matches!(
            first,
            "ESMTPS" | "ESMTPSA" | "SMTPS" | "UTF8SMTPS" | "UTF8SMTPSA" | "LMTPS" | "LMTPSA"
        ) {
            hop.tls = true;
        }
        if matches!(
            first,
            "ESMTPA" | "ESMTPSA" | "UTF8SMTPA" | "UTF8SMTPSA" | "LMTPA" | "LMTPSA"
        ) {
            hop.authenticated = true;
        }
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let lw = w.to_ascii_lowercase();
        if let Some(v) = lw.strip_prefix("version=") {
            if v.starts_with("tls") || v.starts_with("ssl") {
                hop.tls_version.get_or_insert_with(|| w[8..].to_string());
            }
        } else if let Some(c) = w.strip_prefix("cipher=") {
            hop.cipher.get_or_insert_with(|| c.to_string());
        } else if lw == "cipher" && i > 0 && words[i - 1].eq_ignore_ascii_case("with") {
            if let Some(c) = words.get(i + 1) {
                hop.cipher.get_or_insert_with(|| c.to_string());
            }
        } else if lw == "tls" && i > 0 {
            // Exim: "with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384"
            if let Some(c) = words
                .get(i + 1)
                .filter(|c| c.contains('_') || c.contains('-'))
            {
                hop.cipher.get_or_insert_with(|| c.to_string());
            }
        } else if lw.starts_with("tlsv1") || lw.starts_with("tls1") || lw.starts_with("sslv3") {
            // Exim's "TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256" packs version and cipher.
            let mut parts = w.split(':');
            let ver = parts.next().unwrap_or(w);
            hop.tls_version.get_or_insert_with(|| ver.to_string());
            if let Some(c) = parts.next().filter(|c| !c.is_empty()) {
                hop.cipher.get_or_insert_with(|| c.to_string());
            }
        }
    }
    if hop.tls_version.is_some() || hop.cipher.is_some() {
        hop.tls = true;
    }
}

fn parse_from_comment(c: &str, hop: &mut Hop) {
    // Exim: "[192.0.2.1] helo=name" or "name [192.0.2.1]"; Postfix: "name [ip]" or "unknown [ip]";
    // Sendmail: "name [ip] (may be forged)"; Microsoft: "2603:10a6:...".
    for part in c.split_whitespace() {
        let p = part.trim_matches(['(', ')', ',', ';']);
        if let Some(h) = p.strip_prefix("helo=") {
            if hop.helo.is_none() {
                hop.helo = Some(h.trim_end_matches('.').to_string());
            }
        } else if let Some(ip) = bracket_ip(p) {
            hop.from_ip.get_or_insert(ip);
        } else if let Ok(ip) = p.parse::<IpAddr>() {
            hop.from_ip.get_or_insert(ip);
        } else if p.contains('.') && hop.from_rdns.is_none() && !p.contains('=') && !p.contains('@')
        {
            hop.from_rdns = Some(p.trim_end_matches('.').to_string());
        }
    }
}

/// "[192.0.2.1]", "[IPv6:2001:db8::1]", "192.0.2.1" → the address.
fn bracket_ip(w: &str) -> Option<IpAddr> {
    let inner = w.trim().trim_start_matches('[').trim_end_matches(']');
    let inner = inner
        .strip_prefix("IPv6:")
        .or_else(|| inner.strip_prefix("ipv6:"))
        .unwrap_or(inner);
    inner.parse().ok()
}

/// Words and parenthesized comments (nested comments flattened into one).
fn tokenize(s: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => {
                if depth == 0 && !cur.is_empty() {
                    out.push((std::mem::take(&mut cur), false));
                }
                if depth > 0 {
                    cur.push(' ');
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((std::mem::take(&mut cur).trim().to_string(), true));
                } else {
                    cur.push(' ');
                }
            }
            c if c.is_whitespace() && depth == 0 => {
                if !cur.is_empty() {
                    out.push((std::mem::take(&mut cur), false));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push((cur, depth > 0));
    }
    out
}

/// Whether an address is one a receiving organization uses internally
/// (loopback, private, link-local, unique-local), not a public client.
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// Microsoft 365 relays a message between its own servers over public IPv6
/// addresses; those hops name `*.prod.outlook.com` on both sides.
fn is_microsoft_internal(h: &Hop) -> bool {
    let internal = |n: &Option<String>| {
        n.as_deref().is_some_and(|n| {
            let n = n.to_ascii_lowercase();
            n.ends_with(".prod.outlook.com") || n.ends_with(".prod.exchangelabs.com")
        })
    };
    (internal(&h.helo) || internal(&h.from_rdns)) && internal(&h.by)
}

/// The index (0 = topmost header) of the hop where the message entered the
/// receiving organization: the topmost hop whose client is a public address
/// (Microsoft 365's internal relays skipped).
pub fn trust_boundary(hops: &[Hop]) -> Option<usize> {
    hops.iter()
        .position(|h| h.from_ip.is_some_and(|ip| !is_internal(ip)) && !is_microsoft_internal(h))
}

/// One row of the hop table, in chronological order (row 1 = where the message started).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HopRow {
    /// 1-based, chronological.
    pub hop: usize,
    /// Position of the Received header, 0 = topmost (the last hop).
    pub header_index: usize,
    pub from: Option<String>,
    pub from_rdns: Option<String>,
    pub from_ip: Option<String>,
    /// 4 or 6.
    pub ip_version: Option<u8>,
    /// Loopback, private, link-local or CGNAT client address.
    pub ip_private: bool,
    pub by: Option<String>,
    pub with: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "for")]
    pub for_addr: Option<String>,
    pub date: Option<String>,
    /// Unix seconds of `date`, when it parses.
    pub timestamp: Option<i64>,
    /// Seconds since the previous hop (or the Date header for hop 1); negative = clock skew.
    pub delay_secs: Option<i64>,
    /// The delay is negative: one of the two clocks is wrong.
    pub clock_skew: bool,
    pub tls: bool,
    pub tls_version: Option<String>,
    pub cipher: Option<String>,
    pub authenticated: bool,
    /// This hop is the trust boundary.
    pub boundary: bool,
    pub raw: String,
}

/// The Received chain as a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReceivedChain {
    /// Chronological order.
    pub hops: Vec<HopRow>,
    /// Header index (0 = topmost) of the trust-boundary hop.
    pub boundary: Option<usize>,
    /// How the boundary was chosen, in words.
    pub boundary_source: String,
    /// The Date header's unix seconds, the start of the delay count.
    pub submitted: Option<i64>,
    /// Seconds from the Date header (or the first dated hop) to the last dated hop.
    pub total_delay_secs: Option<i64>,
    /// Problems in the chain (unparseable dates, boundary out of range, ...).
    pub warnings: Vec<String>,
}

/// Parses an RFC 5322 date ("Tue, 3 Nov 2026 01:02:03 -0800 (PST)") to unix seconds.
pub fn parse_date(s: &str) -> Option<i64> {
    mail_parser::DateTime::parse_rfc822(s.trim()).map(|d| d.to_timestamp())
}

/// The hop table from the Received header values (topmost first, as in the message),
/// the Date header and the user's boundary (a header index), if any.
pub fn chain(
    received: &[String],
    date_header: Option<&str>,
    boundary: Option<usize>,
) -> ReceivedChain {
    let hops: Vec<Hop> = received.iter().map(|r| parse(r)).collect();
    let mut out = ReceivedChain {
        submitted: date_header.and_then(parse_date),
        ..Default::default()
    };
    let auto = trust_boundary(&hops);
    out.boundary = match boundary {
        Some(b) if b < hops.len() => {
            out.boundary_source = match auto {
                Some(a) => tr!(Intake::BoundaryMoved, n = b + 1, auto = a + 1),
                None => tr!(Intake::BoundaryMovedNoAuto, n = b + 1),
            };
            Some(b)
        }
        Some(b) => {
            out.warnings.push(tr!(
                Intake::BoundaryOutOfRange,
                index = b + 1,
                n = hops.len()
            ));
            out.boundary_source = tr!(Intake::BoundaryAuto);
            auto
        }
        None => {
            out.boundary_source = match auto {
                Some(_) => tr!(Intake::BoundaryAuto),
                None => tr!(Intake::BoundaryNone),
            };
            auto
        }
    };
    let n = hops.len();
    let mut prev = out.submitted;
    let mut first_ts: Option<i64> = out.submitted;
    let mut last_ts: Option<i64> = None;
    for (k, header_index) in (0..n).rev().enumerate() {
        let h = &hops[header_index];
        let timestamp = h.date.as_deref().and_then(parse_date);
        if h.date.is_some() && timestamp.is_none() {
            out.warnings.push(tr!(
                Intake::DateUnparsable,
                n = header_index + 1,
                date = h.date.as_deref().unwrap_or("")
            ));
        }
        let delay = match (prev, timestamp) {
            (Some(p), Some(t)) => Some(t - p),
            _ => None,
        };
        if let Some(t) = timestamp {
            prev = Some(t);
            first_ts.get_or_insert(t);
            last_ts = Some(t);
        }
        out.hops.push(HopRow {
            hop: k + 1,
            header_index,
            from: h.helo.clone(),
            from_rdns: h.from_rdns.clone(),
            from_ip: h.from_ip.map(|i| i.to_string()),
            ip_version: h.from_ip.map(|i| if i.is_ipv4() { 4 } else { 6 }),
            ip_private: h.from_ip.is_some_and(is_internal),
            by: h.by.clone(),
            with: h.with.clone(),
            id: h.id.clone(),
            for_addr: h.for_addr.clone(),
            date: h.date.clone(),
            timestamp,
            delay_secs: delay,
            clock_skew: delay.is_some_and(|d| d < 0),
            tls: h.tls,
            tls_version: h.tls_version.clone(),
            cipher: h.cipher.clone(),
            authenticated: h.authenticated,
            boundary: out.boundary == Some(header_index),
            raw: h.raw.clone(),
        });
    }
    out.total_delay_secs = match (first_ts, last_ts) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix() {
        let h = parse("from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net (Postfix) with ESMTPS id 4AbC for <bob@example.net>; Mon, 2 Nov 2026 10:00:00 +0100 (CET)");
        assert_eq!(h.helo.as_deref(), Some("mail.example.org"));
        assert_eq!(h.from_rdns.as_deref(), Some("mail.example.org"));
        assert_eq!(h.from_ip, Some("192.0.2.7".parse().unwrap()));
        assert_eq!(h.by.as_deref(), Some("mx.example.net"));
        assert_eq!(h.with.as_deref(), Some("ESMTPS"));
        assert_eq!(h.id.as_deref(), Some("4AbC"));
        assert_eq!(h.for_addr.as_deref(), Some("bob@example.net"));
        assert_eq!(
            h.date.as_deref(),
            Some("Mon, 2 Nov 2026 10:00:00 +0100 (CET)")
        );
    }

    #[test]
    fn exim_and_gmail_and_ipv6() {
        let h = parse("from [198.51.100.4] (helo=client.example) by mx.example.com with esmtps (TLS1.3) id 1q; Tue, 3 Nov 2026 01:02:03 +0000");
        assert_eq!(h.from_ip, Some("198.51.100.4".parse().unwrap()));
        assert_eq!(h.helo.as_deref(), Some("client.example"));
        let g = parse("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id x; Tue, 3 Nov 2026 01:02:03 -0800 (PST)");
        assert_eq!(g.helo.as_deref(), Some("mail-sor-f41.google.com"));
        assert_eq!(g.from_ip, Some("209.85.220.41".parse().unwrap()));
        let v6 = parse("from out.example (out.example [IPv6:2001:db8::25]) by mx.example");
        assert_eq!(v6.from_ip, Some("2001:db8::25".parse().unwrap()));
    }

    #[test]
    fn boundary_skips_internal_hops() {
        let hops = vec![
            parse("from localhost (localhost [127.0.0.1]) by mx.example.net"),
            parse("from relay.internal (relay [10.0.0.5]) by mx.example.net"),
            parse("from out.example.org (out.example.org [203.0.113.9]) by relay.internal"),
        ];
        assert_eq!(trust_boundary(&hops), Some(2));
    }
}
