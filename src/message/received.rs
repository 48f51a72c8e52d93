//! Received header parsing (RFC 5321 §4.4 and what real MTAs write).

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
                hop.with = next_word;
                i += 1;
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
    hop
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

/// The index (0 = topmost header) of the hop where the message entered the
/// receiving organization: the topmost hop whose client is a public address.
pub fn trust_boundary(hops: &[Hop]) -> Option<usize> {
    hops.iter()
        .position(|h| h.from_ip.is_some_and(|ip| !is_internal(ip)))
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
