//! Received header parsing (RFC 5321 §4.4 and what real MTAs write).

use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
pub use crate::report::received::{HopRow, ReceivedChain};
use crate::tr;
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
    /// Why no client address was read, or how it was picked among several.
    pub ip_issue: Option<IpIssue>,
}

/// Why a hop gives no client address although it names one somewhere, or how
/// the address was picked among several: the trace step for that hop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IpIssue {
    /// Only the client's own HELO/EHLO text holds an address ("from [203.0.113.5] by ...").
    HeloLiteralOnly(String),
    /// Addresses in two places of which only one can be the receiver's record.
    Conflict,
    /// Unbalanced parentheses before `by`: where the HELO ends cannot be told.
    Unbalanced,
    /// More than one `by` clause: where the client part ends cannot be told.
    SeveralBy,
    /// Several address groups; the last one is where Postfix, Sendmail,
    /// Exchange and qmail write the connection, anything before it follows the HELO.
    LastOfSeveral(IpAddr),
}

/// One item of the `from` clause: a word or a comment (nested comments flattened).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Word(String),
    Comment(String),
}

/// What a comment of the `from` clause is, read as each MTA writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum FromComment {
    /// `(rdns [ip])`, `(unknown [ip]:port)`, `(user@rdns [ip] (may be forged))`,
    /// `([ip]:port helo=x ident=y)`: the TCP connection as the receiver recorded it.
    Tcp {
        name: Option<String>,
        ip: IpAddr,
        helo: Option<String>,
        exim: bool,
    },
    /// Exim after `from [ip]`: `(port=N helo=x)`, `(helo=x)`.
    EximKeys {
        helo: Option<String>,
    },
    /// qmail, Yahoo, Cisco: `(HELO x)` / `(EHLO x)`.
    Helo(String),
    /// Exchange and qmail: `(ip)` or `(user@ip)`.
    BareIp(IpAddr),
    Other,
}

/// Parses one Received header value. The client address is taken only from
/// what the receiving MTA wrote about the TCP connection; the HELO name, an
/// ident and anything inside them never give it.
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
    // Courier writes the queue id after the date: "; Mon, 2 Nov 2026 ... +0000 id 0012AB".
    if let Some(d) = hop.date.clone() {
        if let Some(p) = d.find(" id ") {
            hop.date = Some(d[..p].trim().to_string());
            hop.id = d[p + 4..].split_whitespace().next().map(str::to_string);
        }
    }
    let tokens = tokenize(clauses);
    let from_pos = tokens
        .iter()
        .position(|(w, c)| !c && w.eq_ignore_ascii_case("from"));
    let by_count = tokens
        .iter()
        .filter(|(w, c)| !c && w.eq_ignore_ascii_case("by"))
        .count();
    let mut i = 0;
    if let Some(f) = from_pos {
        // The from clause runs from the word after "from" to "by"; a client's
        // HELO may hold "with" or "id", so other keywords end it only when
        // there is no "by".
        let mut end = f + 2;
        while end < tokens.len() {
            let (w, c) = &tokens[end];
            if !c && (w.eq_ignore_ascii_case("by") || (by_count == 0 && is_clause_keyword(w))) {
                break;
            }
            end += 1;
        }
        let end = end.min(tokens.len());
        if by_count > 1 {
            hop.ip_issue = Some(IpIssue::SeveralBy);
        } else if !balanced(clauses) {
            hop.ip_issue = Some(IpIssue::Unbalanced);
        } else {
            let items: Vec<Item> = tokens[f + 1..end]
                .iter()
                .map(|(w, c)| {
                    if *c {
                        Item::Comment(w.clone())
                    } else {
                        Item::Word(w.clone())
                    }
                })
                .collect();
            read_from_clause(&items, &mut hop);
        }
        i = end;
    }
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
            "by" if hop.by.is_none() => {
                hop.by = next_word.map(|w| w.trim_end_matches('.').to_string());
                i += 1;
            }
            "with" if hop.with.is_none() => {
                // Microsoft writes several words ("Microsoft SMTP Server"): take words up to
                // the next clause keyword or comment.
                let words = words_until_keyword(&tokens, &mut i);
                if !words.is_empty() {
                    hop.with = Some(words.join(" "));
                }
            }
            "via" => {
                let words = words_until_keyword(&tokens, &mut i);
                if !words.is_empty() {
                    hop.via = Some(words.join(" "));
                }
            }
            "id" if hop.id.is_none() => {
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

fn words_until_keyword(tokens: &[(String, bool)], i: &mut usize) -> Vec<String> {
    let mut words = Vec::new();
    while let Some((w, false)) = tokens.get(*i + 1) {
        if is_clause_keyword(w) {
            break;
        }
        words.push(w.clone());
        *i += 1;
    }
    words
}

fn balanced(s: &str) -> bool {
    let mut depth = 0i64;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Reads client address, HELO and reverse-DNS name from the items after
/// `from`. Who wrote which part differs by MTA: Postfix, Sendmail, Exchange,
/// Haraka, OpenSMTPD and Courier put the HELO first and the connection in the
/// last parenthesised group; Exim puts its own record of the host first and
/// the HELO as `helo=` inside; qmail, Yahoo and Cisco put the remote host
/// first, then `(HELO x)`, then the address.
fn read_from_clause(items: &[Item], hop: &mut Hop) {
    let Some(Item::Word(w0)) = items.first() else {
        return;
    };
    let comments: Vec<FromComment> = items
        .iter()
        .filter_map(|it| match it {
            Item::Comment(c) => Some(classify_comment(c)),
            Item::Word(_) => None,
        })
        .collect();
    let extra_words: Vec<&str> = items[1..]
        .iter()
        .filter_map(|it| match it {
            Item::Word(w) => Some(w.as_str()),
            Item::Comment(_) => None,
        })
        .collect();
    let first_comment = match items.get(1) {
        Some(Item::Comment(_)) => comments.first(),
        _ => None,
    };
    let connection: Vec<(usize, &FromComment)> = comments
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, FromComment::Tcp { .. } | FromComment::BareIp(_)))
        .collect();
    let helo_comment = comments.iter().find_map(|c| match c {
        FromComment::Helo(h) => Some(h.clone()),
        _ => None,
    });
    let w0_bracket = w0.starts_with('[').then(|| bracket_ip(w0)).flatten();
    let w0_bare: Option<IpAddr> = parse_ip(w0);
    // Exim's own record first: "from [ip] (port=N helo=x)".
    let exim_first =
        w0_bracket.is_some() && matches!(first_comment, Some(FromComment::EximKeys { .. }));
    // Yahoo and qmail without an address group: "from ip (EHLO x) by".
    let remote_first = w0_bare.is_some() && matches!(first_comment, Some(FromComment::Helo(_)));
    if exim_first || remote_first {
        let own = w0_bracket.or(w0_bare);
        let others: Vec<IpAddr> = connection
            .iter()
            .filter_map(|(_, c)| comment_ip(c))
            .collect();
        if others.iter().any(|ip| Some(*ip) != own) {
            hop.ip_issue = Some(IpIssue::Conflict);
            return;
        }
        hop.from_ip = own;
        hop.helo = match first_comment {
            Some(FromComment::EximKeys { helo }) => helo.clone(),
            Some(FromComment::Helo(h)) => Some(h.clone()),
            _ => None,
        };
        return;
    }
    if let Some((_, last)) = connection.last() {
        // Exim writes helo= inside the connection group, so a group after one
        // carrying helo= was written by the client.
        let earlier_has_helo = connection[..connection.len() - 1].iter().any(|(_, c)| {
            matches!(
                c,
                FromComment::Tcp { helo: Some(_), .. } | FromComment::Tcp { exim: true, .. }
            )
        });
        if earlier_has_helo {
            hop.ip_issue = Some(IpIssue::Conflict);
            return;
        }
        let ip = comment_ip(last);
        hop.from_ip = ip;
        if connection.len() > 1 {
            hop.ip_issue = ip.map(IpIssue::LastOfSeveral);
        }
        match last {
            FromComment::Tcp {
                name, helo, exim, ..
            } => {
                hop.from_rdns = name.clone();
                if *exim {
                    // Exim: the first word is its verified host name, the HELO is helo=
                    // (left out when it equals that name).
                    if w0_bracket.is_none() && hop.from_rdns.is_none() {
                        hop.from_rdns = Some(trim_host(w0));
                    }
                    hop.helo = helo.clone().or_else(|| Some(trim_host(w0)));
                } else {
                    hop.helo = helo_comment.or_else(|| Some(trim_host(w0)));
                }
            }
            _ => {
                hop.helo = helo_comment.or_else(|| Some(trim_host(w0)));
                if matches!(first_comment, Some(FromComment::Helo(_)))
                    && !w0.eq_ignore_ascii_case("unknown")
                    && w0_bare.is_none()
                {
                    // qmail's first word is the remote host name it looked up.
                    hop.from_rdns = Some(trim_host(w0));
                }
            }
        }
        return;
    }
    // Sendmail without a HELO: "from rdns [ip] by" (its $_ macro, no parentheses).
    if let [w1] = extra_words.as_slice() {
        if let Some(ip) = w1.starts_with('[').then(|| bracket_ip(w1)).flatten() {
            hop.from_ip = Some(ip);
            let name = trim_host(w0.rsplit('@').next().unwrap_or(w0));
            if !name.eq_ignore_ascii_case("unknown") {
                hop.from_rdns = Some(name);
            }
            return;
        }
    }
    if let Some(ip) = w0_bracket {
        // "from [203.0.113.5] by ...": the only address is the client's HELO literal.
        hop.ip_issue = Some(IpIssue::HeloLiteralOnly(ip.to_string()));
    }
    hop.helo = helo_comment.or_else(|| Some(trim_host(w0)));
}

fn trim_host(w: &str) -> String {
    w.trim_end_matches('.').to_string()
}

fn comment_ip(c: &FromComment) -> Option<IpAddr> {
    match c {
        FromComment::Tcp { ip, .. } | FromComment::BareIp(ip) => Some(*ip),
        _ => None,
    }
}

/// An address as MTAs write it bare: IPv4, IPv6, IPv4-mapped IPv6
/// (Courier's "::ffff:192.0.2.1") and a zone id ("fe80::1%4") read as the address.
fn parse_ip(w: &str) -> Option<IpAddr> {
    let w = w.split('%').next().unwrap_or(w);
    let ip: IpAddr = w.parse().ok()?;
    Some(ip.to_canonical())
}

/// "[192.0.2.1]", "[192.0.2.1]:25", "[IPv6:2001:db8::1]" → the address.
fn bracket_ip(w: &str) -> Option<IpAddr> {
    let w = w.trim();
    let inner = w.strip_prefix('[')?;
    let close = inner.find(']')?;
    let after = &inner[close + 1..];
    if !(after.is_empty()
        || after
            .strip_prefix(':')
            .is_some_and(|p| p.chars().all(|c| c.is_ascii_digit())))
    {
        return None;
    }
    let inner = &inner[..close];
    let inner = inner
        .strip_prefix("IPv6:")
        .or_else(|| inner.strip_prefix("ipv6:"))
        .unwrap_or(inner);
    parse_ip(inner)
}

/// Reads one comment of the `from` clause. Words after `helo=` or `ident=`
/// are the client's text and never give an address.
fn classify_comment(c: &str) -> FromComment {
    let words: Vec<&str> = c.split_whitespace().collect();
    if let [kw, rest @ ..] = words.as_slice() {
        if kw.eq_ignore_ascii_case("HELO") || kw.eq_ignore_ascii_case("EHLO") {
            return FromComment::Helo(trim_host(&rest.join(" ")));
        }
    }
    if let [w] = words.as_slice() {
        // Exchange "(203.0.113.5)", qmail "(user@203.0.113.5)".
        if let Some(ip) = parse_ip(w.rsplit('@').next().unwrap_or(w)) {
            return FromComment::BareIp(ip);
        }
    }
    let mut name = None;
    let mut ip = None;
    let mut helo = None;
    let mut exim = false;
    let mut client_text = false;
    for (k, w) in words.iter().enumerate() {
        let lw = w.to_ascii_lowercase();
        if let Some(h) = lw.strip_prefix("helo=").map(|_| &w[5..]) {
            helo.get_or_insert_with(|| trim_host(h));
            exim = true;
            client_text = true;
        } else if lw.starts_with("ident=") {
            exim = true;
            client_text = true;
        } else if client_text {
            // The rest of the client's HELO or ident, whatever it looks like.
        } else if lw.starts_with("port=") && w[5..].chars().all(|c| c.is_ascii_digit()) {
            exim = true;
        } else if ip.is_none() && w.starts_with('[') {
            match bracket_ip(w) {
                Some(a) => {
                    if w.contains("]:") {
                        exim = exim || name.is_none();
                    }
                    ip = Some(a);
                }
                None => return FromComment::Other,
            }
        } else if k == 0 && ip.is_none() && looks_like_host(w) {
            name = Some(trim_host(w.rsplit('@').next().unwrap_or(w)));
        } else if ip.is_some() && matches!(lw.as_str(), "may" | "be" | "forged") {
            // Sendmail's "(may be forged)" after the address.
        } else {
            return FromComment::Other;
        }
    }
    let name = name.filter(|n| !n.eq_ignore_ascii_case("unknown"));
    match ip {
        Some(ip) => FromComment::Tcp {
            name,
            ip,
            helo,
            exim,
        },
        None if exim && name.is_none() => FromComment::EximKeys { helo },
        None => FromComment::Other,
    }
}

/// The name before the address in a connection group: a host name,
/// "unknown", Sendmail's "user@host"; its characters are the receiver's
/// business (a broken resolver's answer stays a name), its shape is not.
fn looks_like_host(w: &str) -> bool {
    let h = w.rsplit('@').next().unwrap_or(w);
    !h.is_empty() && !h.contains(['=', '[', ']', ':', '(', ')'])
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
        // 6to4 of a private IPv4 address ("2002:a05:..." is 10.5.x.x): Google
        // names its internal relays this way; it is no public client.
        IpAddr::V6(v6) if v6.segments()[0] == 0x2002 => {
            let s = v6.segments();
            is_internal(IpAddr::V4(std::net::Ipv4Addr::new(
                (s[1] >> 8) as u8,
                s[1] as u8,
                (s[2] >> 8) as u8,
                s[2] as u8,
            )))
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// What kind of header a receiver's statement about its client came from,
/// strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatementKind {
    /// `Received-SPF: ... client-ip=` (RFC 7208 §9.1).
    ReceivedSpf,
    /// `Authentication-Results`: "sender IP is X", `smtp.remote-ip`, `policy.iprev`.
    AuthenticationResults,
    /// `ARC-Authentication-Results` of the receiver's own ARC set.
    ArcAuthenticationResults,
    /// `X-MS-Exchange-Organization-AuthSource`: the server that took the message in.
    AuthSource,
}

impl StatementKind {
    pub fn header(self) -> &'static str {
        match self {
            StatementKind::ReceivedSpf => "Received-SPF",
            StatementKind::AuthenticationResults => "Authentication-Results",
            StatementKind::ArcAuthenticationResults => "ARC-Authentication-Results",
            StatementKind::AuthSource => "X-MS-Exchange-Organization-AuthSource",
        }
    }
}

/// A receiver's statement about the client it took the message from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub kind: StatementKind,
    /// How many Received headers are above it: 0 = above all of them.
    pub position: usize,
    /// The client address it names.
    pub ip: Option<IpAddr>,
    /// The server it names (AuthSource).
    pub host: Option<String>,
    /// Who wrote it: the authserv-id or Received-SPF's `receiver=`.
    pub author: Option<String>,
}

/// How the automatic boundary was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundaryKind {
    User,
    ReceiverStatement,
    InternalHops,
    PublicHop,
    Unreadable,
    None,
}

impl BoundaryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BoundaryKind::User => "user",
            BoundaryKind::ReceiverStatement => "receiver-statement",
            BoundaryKind::InternalHops => "internal-hops",
            BoundaryKind::PublicHop => "public-hop",
            BoundaryKind::Unreadable => "unreadable",
            BoundaryKind::None => "none",
        }
    }
}

/// The automatic trust boundary with the evidence that chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundaryChoice {
    pub index: Option<usize>,
    pub kind: BoundaryKind,
    /// The sentence naming the evidence.
    pub source: Text,
    /// Disagreements and statements not used, as sentences.
    pub findings: Vec<Text>,
}

/// The organization a host name belongs to: a provider whose documented
/// internal naming spans several registered domains, else the registered domain.
fn organization(host: &str) -> Option<String> {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    const PROVIDERS: [(&str, &[&str]); 3] = [
        (
            "Microsoft",
            &[
                "outlook.com",
                "office365.com",
                "exchangelabs.com",
                "microsoft.com",
                "outlook.office365.com",
            ],
        ),
        ("Google", &["google.com", "gmail.com", "googlemail.com"]),
        (
            "Yahoo",
            &["yahoo.com", "yahoodns.net", "yahoo.net", "aol.com"],
        ),
    ];
    for (name, domains) in PROVIDERS {
        if domains
            .iter()
            .any(|d| h == *d || h.ends_with(&format!(".{d}")))
        {
            return Some(name.to_string());
        }
    }
    // Google's internal hops name the receiver by address: "by 2002:a05:6a10:...".
    if h.starts_with("2002:a") && parse_ip(&h).is_some() {
        return Some("Google".into());
    }
    crate::psl::domain_str(&h).map(str::to_string)
}

/// Microsoft's datacenter IPv6 block (2603:1000::/24), used between its own
/// Exchange Online servers; its outbound relays to other tenants use other ranges.
fn in_microsoft_internal_range(ip: IpAddr) -> bool {
    matches!(ip, IpAddr::V6(v6) if (v6.segments()[0] == 0x2603) && (v6.segments()[1] & 0xff00) == 0x1000)
}

/// The organization whose own relay this hop is (the hop stays inside it),
/// judged only from what the receiver of the hop wrote: its own name (`by`),
/// the client address and the reverse-DNS name it looked up.
fn internal_relay_of(h: &Hop, top_org: Option<&str>) -> Option<String> {
    let by_org = organization(h.by.as_deref()?)?;
    let ip = h.from_ip?;
    if by_org == "Microsoft" && in_microsoft_internal_range(ip) {
        return Some(by_org);
    }
    let rdns_org = h.from_rdns.as_deref().and_then(organization)?;
    (rdns_org == by_org && top_org == Some(by_org.as_str())).then_some(by_org)
}

/// Whether a hop's unreadable client part stops the search: it names a public
/// address only in a place the client wrote, or cannot be read at all.
fn blocks_search(h: &Hop) -> bool {
    match &h.ip_issue {
        Some(IpIssue::HeloLiteralOnly(ip)) => ip.parse().is_ok_and(|ip| !is_internal(ip)),
        Some(IpIssue::Conflict | IpIssue::Unbalanced | IpIssue::SeveralBy) => true,
        _ => false,
    }
}

/// The topmost hop from outside the receiving organization, from the hops
/// alone: hops without a client address, from private addresses or inside one
/// provider's or organization's own relays are skipped.
fn boundary_from_hops(hops: &[Hop]) -> (Option<usize>, BoundaryKind, Option<String>) {
    let top_org = hops
        .first()
        .and_then(|h| h.by.as_deref())
        .and_then(organization);
    let mut skipped_org = None;
    for (k, h) in hops.iter().enumerate() {
        if blocks_search(h) {
            return (Some(k), BoundaryKind::Unreadable, None);
        }
        let Some(ip) = h.from_ip else { continue };
        if is_internal(ip) {
            continue;
        }
        if let Some(org) = internal_relay_of(h, top_org.as_deref()) {
            skipped_org = Some(org);
            continue;
        }
        let kind = if skipped_org.is_some() {
            BoundaryKind::InternalHops
        } else {
            BoundaryKind::PublicHop
        };
        return (Some(k), kind, skipped_org);
    }
    (None, BoundaryKind::None, None)
}

/// The index (0 = topmost header) of the hop where the message entered the
/// receiving organization, from the hops alone.
pub fn trust_boundary(hops: &[Hop]) -> Option<usize> {
    locate_boundary(hops, &[]).index
}

/// Where a statement points: the hop it names, if the receiving organization
/// wrote it. A statement above the entrance hop the hops alone give was added
/// inside the organization and may name any hop below it; one directly below
/// a hop whose `by` is its author's (Gmail writes Received-SPF under its own
/// Received) may only confirm that hop. Anything further down the sender could
/// have written and never moves the boundary.
fn statement_target(s: &Statement, hops: &[Hop], entrance: usize) -> Result<Option<usize>, ()> {
    let names = |j: usize| match (s.ip, &s.host) {
        (Some(ip), _) => hops[j].from_ip == Some(ip),
        (None, Some(host)) => hops[j]
            .by
            .as_deref()
            .is_some_and(|by| same_server(by, host)),
        _ => false,
    };
    if s.position <= entrance {
        return Ok((s.position..hops.len()).find(|&j| names(j)));
    }
    // Exchange's header firewall removes X-MS-Exchange-Organization-* headers
    // arriving from outside, so where one stands in a message Exchange
    // received, Exchange wrote it.
    let exchange_received = hops
        .first()
        .and_then(|h| h.by.as_deref())
        .and_then(organization)
        .is_some_and(|o| o == "Microsoft");
    if s.kind == StatementKind::AuthSource && exchange_received {
        return Ok((0..hops.len()).find(|&j| names(j)));
    }
    let k = s.position - 1;
    let own = k <= entrance
        && match (&s.author, hops[k].by.as_deref()) {
            (Some(a), Some(by)) => organization(a).is_some() && organization(a) == organization(by),
            _ => false,
        };
    if own && names(k) {
        return Ok(Some(k));
    }
    Err(())
}

/// Exchange names a server by its short name in one header and by a longer
/// one in another ("DM6NAM10FT006.eop-nam10.prod.protection.outlook.com" and
/// "DM6NAM10FT006.mail.protection.outlook.com"): the first label decides.
fn same_server(a: &str, b: &str) -> bool {
    let first = |s: &str| s.split('.').next().unwrap_or("").to_ascii_lowercase();
    !first(a).is_empty() && first(a) == first(b)
}

/// How many statements of one kind are weighed (the topmost ones).
const MAX_STATEMENTS_PER_KIND: usize = 16;

/// The automatic trust boundary from the hops and the receivers' statements,
/// ranked: the final receiver's own statements about its client, then the
/// organization's own relays, then the topmost hop from a public address.
pub fn locate_boundary(hops: &[Hop], statements: &[Statement]) -> BoundaryChoice {
    let (topo, topo_kind, org) = boundary_from_hops(hops);
    let mut findings = Vec::new();
    let entrance = topo.unwrap_or(hops.len());
    let mut ranked: Vec<&Statement> = statements
        .iter()
        .filter(|s| s.host.is_some() || s.ip.is_some_and(|ip| !is_internal(ip)))
        .collect();
    ranked.sort_by_key(|s| (s.kind, s.position));
    // Each statement is matched against every hop: a message full of copies
    // must not make that quadratic. The receiver's own are the topmost.
    let mut per_kind = std::collections::HashMap::new();
    ranked.retain(|s| {
        let n = per_kind.entry(s.kind).or_insert(0usize);
        *n += 1;
        *n <= MAX_STATEMENTS_PER_KIND
    });
    let mut chosen: Option<(&Statement, usize)> = None;
    let mut ignored = Vec::new();
    for s in ranked {
        let what =
            s.ip.map(|i| i.to_string())
                .or_else(|| s.host.clone())
                .unwrap_or_default();
        match statement_target(s, hops, entrance) {
            Ok(Some(j)) => match chosen {
                None => chosen = Some((s, j)),
                Some((c, cj)) if cj != j => findings.push(tr!(
                    Intake::BoundarySourcesDisagree,
                    first = c.kind.header(),
                    a = cj + 1,
                    second = s.kind.header(),
                    b = j + 1
                )),
                Some(_) => {}
            },
            Ok(None) => findings.push(tr!(
                Intake::BoundaryStatementNoHop,
                header = s.kind.header(),
                client = what
            )),
            Err(()) => ignored.push((s, what)),
        }
    }
    let final_index = chosen.map(|(_, j)| j).or(topo);
    for (s, what) in ignored {
        // Only a statement that would have named another hop is worth saying:
        // Gmail's and Yahoo's own Received-SPF under their Received names the
        // boundary hop itself.
        let named = match s.ip {
            Some(ip) => {
                (s.position.min(hops.len())..hops.len()).find(|&j| hops[j].from_ip == Some(ip))
            }
            None => None,
        };
        if named != final_index {
            findings.push(tr!(
                Intake::BoundaryStatementIgnored,
                header = s.kind.header(),
                client = what
            ));
        }
    }
    if let Some((s, j)) = chosen {
        if topo != Some(j) {
            findings.push(match topo {
                Some(t) => tr!(Intake::BoundaryHopsDisagree, n = j + 1, auto = t + 1),
                None => tr!(Intake::BoundaryHopsNone, n = j + 1),
            });
        }
        let source = match (s.ip, &s.host) {
            (Some(ip), _) => tr!(
                Intake::BoundaryByStatement,
                header = s.kind.header(),
                ip = ip,
                n = j + 1
            ),
            (None, host) => tr!(
                Intake::BoundaryByAuthSource,
                header = s.kind.header(),
                host = host.clone().unwrap_or_default(),
                n = j + 1
            ),
        };
        return BoundaryChoice {
            index: Some(j),
            kind: BoundaryKind::ReceiverStatement,
            source,
            findings,
        };
    }
    let source = match (topo_kind, topo) {
        (BoundaryKind::InternalHops, Some(_)) => {
            tr!(Intake::BoundaryInternalHops, org = org.unwrap_or_default())
        }
        (BoundaryKind::Unreadable, Some(t)) => tr!(Intake::BoundaryUnreadable, n = t + 1),
        (_, Some(_)) => tr!(Intake::BoundaryAuto),
        (_, None) => tr!(Intake::BoundaryNone),
    };
    BoundaryChoice {
        index: topo,
        kind: topo_kind,
        source,
        findings,
    }
}

/// How a date deviates from RFC 5322 §3.3 while still read unambiguously.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateDeviation {
    /// "4/20/2018 11:01:16 PM -0400" (month/day/year, 12-hour clock).
    AmPm,
    /// A two-digit year (obsolete syntax, RFC 5322 §4.3), read with the year given.
    TwoDigitYear(i64),
    /// "2026-11-03 01:02:03.123 +0000 UTC" (Go's time.String) or ISO 8601.
    IsoStyle,
    /// "-0000": UTC, the local zone unknown (RFC 5322 §3.3).
    UnknownZone,
    /// A named zone ("EST", "GMT", "UT"; obsolete, RFC 5322 §4.3).
    NamedZone,
}

/// A date as read: unix seconds and how it deviated from RFC 5322.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRead {
    pub timestamp: i64,
    pub deviation: Option<DateDeviation>,
}

/// Parses an RFC 5322 date ("Tue, 3 Nov 2026 01:02:03 -0800 (PST)") to unix seconds.
pub fn parse_date(s: &str) -> Option<i64> {
    read_date(s).map(|d| d.timestamp)
}

/// Reads a date as RFC 5322 writes it and as MTAs really write it. Anything
/// that cannot be read without guessing (no zone, a day that does not exist,
/// words left over) gives `None`, never a wrong time.
pub fn read_date(s: &str) -> Option<DateRead> {
    let text = strip_parenthesised(s);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 12 {
        return None;
    }
    let words: &[&str] = match words.first() {
        Some(w) if weekday(w) => &words[1..],
        _ => &words,
    };
    if let Some(d) = read_rfc5322(words) {
        return Some(d);
    }
    if let Some(d) = read_am_pm(words) {
        return Some(d);
    }
    read_iso_style(words)
}

fn strip_parenthesised(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn weekday(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .any(|d| w.len() >= 3 && w.starts_with(d) && w.chars().all(|c| c.is_ascii_alphabetic()))
}

fn month(w: &str) -> Option<i64> {
    let w = w.to_ascii_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if w.len() < 3 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    names
        .iter()
        .position(|m| w.starts_with(m))
        .map(|p| p as i64 + 1)
}

fn number(w: &str, max_len: usize) -> Option<i64> {
    (!w.is_empty() && w.len() <= max_len && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// "HH:MM" or "HH:MM:SS" (a fraction after the seconds ignored).
fn time_of_day(w: &str) -> Option<i64> {
    let mut parts = w.split(':');
    let h = number(parts.next()?, 2)?;
    let m = number(parts.next()?, 2)?;
    let s = match parts.next() {
        Some(s) => number(s.split('.').next()?, 2)?,
        None => 0,
    };
    if parts.next().is_some() || h > 23 || m > 59 || s > 60 {
        return None;
    }
    Some(h * 3600 + m * 60 + s)
}

/// A zone as seconds east of UTC, and whether it was a deviation.
fn zone(w: &str) -> Option<(i64, Option<DateDeviation>)> {
    if let Some(sign) = w
        .strip_prefix('+')
        .map(|r| (1, r))
        .or_else(|| w.strip_prefix('-').map(|r| (-1, r)))
    {
        let (sign, digits) = sign;
        let digits = digits.replace(':', "");
        let n = number(&digits, 4).filter(|_| digits.len() == 4)?;
        let (h, m) = (n / 100, n % 100);
        if m > 59 {
            return None;
        }
        let dev = (w == "-0000").then_some(DateDeviation::UnknownZone);
        return Some((sign * (h * 3600 + m * 60), dev));
    }
    let named = match w.to_ascii_uppercase().as_str() {
        "UT" | "GMT" | "UTC" | "Z" => 0,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        _ => return None,
    };
    Some((named * 3600, Some(DateDeviation::NamedZone)))
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), after Howard
/// Hinnant's days_from_civil; `None` for a day the month does not have.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> Option<i64> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let len = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > len[(m - 1) as usize] || !(1900..=9999).contains(&y) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

fn assemble(
    y: i64,
    m: i64,
    d: i64,
    secs: i64,
    (offset, zdev): (i64, Option<DateDeviation>),
    dev: Option<DateDeviation>,
) -> Option<DateRead> {
    let days = days_from_civil(y, m, d)?;
    Some(DateRead {
        timestamp: days * 86400 + secs - offset,
        deviation: dev.or(zdev),
    })
}

/// RFC 5322: day month year time zone, with the obsolete two- and three-digit years.
fn read_rfc5322(w: &[&str]) -> Option<DateRead> {
    let [d, mo, y, t, z] = w else { return None };
    let day = number(d, 2)?;
    let mon = month(mo)?;
    let (year, dev) = match y.len() {
        4 => (number(y, 4)?, None),
        2 => {
            let n = number(y, 2)?;
            let full = if n < 50 { 2000 + n } else { 1900 + n };
            (full, Some(DateDeviation::TwoDigitYear(full)))
        }
        3 => {
            let full = 1900 + number(y, 3)?;
            (full, Some(DateDeviation::TwoDigitYear(full)))
        }
        _ => return None,
    };
    assemble(year, mon, day, time_of_day(t)?, zone(z)?, dev)
}

/// Exchange and others: "4/20/2018 11:01:16 PM -0400".
fn read_am_pm(w: &[&str]) -> Option<DateRead> {
    let [date, t, ampm, z] = w else { return None };
    let mut p = date.split('/');
    let m = number(p.next()?, 2)?;
    let d = number(p.next()?, 2)?;
    let y = number(p.next()?, 4).filter(|_| p.next().is_none())?;
    if y < 1000 {
        return None;
    }
    let secs = time_of_day(t)?;
    if !(3600..13 * 3600).contains(&secs) {
        return None;
    }
    let secs = match ampm.to_ascii_uppercase().as_str() {
        "AM" => secs % (12 * 3600),
        "PM" => secs % (12 * 3600) + 12 * 3600,
        _ => return None,
    };
    assemble(y, m, d, secs, zone(z)?, Some(DateDeviation::AmPm))
}

/// Go's `time.Time.String()` ("2026-11-03 01:02:03.123 +0000 UTC") and ISO 8601
/// ("2026-11-03T01:02:03Z", "2026-11-03T01:02:03+01:00").
fn read_iso_style(w: &[&str]) -> Option<DateRead> {
    let (date, t, z) = match w {
        [dt] => {
            let (d, rest) = dt.split_once(['T', 't'])?;
            let cut = rest.find(['Z', 'z', '+', '-'])?;
            (d, &rest[..cut], &rest[cut..])
        }
        [d, t, z] => (*d, *t, *z),
        [d, t, z, name] if name.chars().all(|c| c.is_ascii_alphabetic()) => (*d, *t, *z),
        _ => return None,
    };
    let mut p = date.split('-');
    let y = number(p.next()?, 4)?;
    let m = number(p.next()?, 2)?;
    let d = number(p.next()?, 2).filter(|_| p.next().is_none())?;
    let (offset, _) = zone(z)?;
    assemble(
        y,
        m,
        d,
        time_of_day(t)?,
        (offset, None),
        Some(DateDeviation::IsoStyle),
    )
}

/// A delay this far below zero is what unsynchronized clocks and one-second
/// timestamps explain: an NTP-synchronized server is within a second, but the
/// Date header comes from the author's computer and many gateways stamp the
/// time they finished scanning, not when they took the message in. Only a
/// hop more than a minute "before" the previous one is flagged as clock skew.
pub const SKEW_TOLERANCE_SECS: i64 = 60;

/// The hop table from the Received header values (topmost first, as in the message),
/// the Date header and the user's boundary (a header index), if any.
pub fn chain(
    received: &[String],
    date_header: Option<&str>,
    boundary: Option<usize>,
) -> ReceivedChain {
    chain_with(received, date_header, boundary, &[])
}

/// [`chain`] with the receivers' statements about their client, which place
/// the automatic boundary before the hops alone do.
pub fn chain_with(
    received: &[String],
    date_header: Option<&str>,
    boundary: Option<usize>,
    statements: &[Statement],
) -> ReceivedChain {
    let hops: Vec<Hop> = received.iter().map(|r| parse(r)).collect();
    let mut out = ReceivedChain {
        submitted: date_header.and_then(parse_date),
        ..Default::default()
    };
    let auto = locate_boundary(&hops, statements);
    out.boundary = match boundary {
        Some(b) if b < hops.len() => {
            out.boundary_source = match auto.index {
                Some(a) => tr!(Intake::BoundaryMoved, n = b + 1, auto = a + 1),
                None => tr!(Intake::BoundaryMovedNoAuto, n = b + 1),
            };
            out.boundary_kind = BoundaryKind::User.as_str().to_string();
            Some(b)
        }
        Some(b) => {
            out.warnings.push(tr!(
                Intake::BoundaryOutOfRange,
                index = b + 1,
                n = hops.len()
            ));
            out.boundary_source = auto.source.clone();
            out.boundary_kind = auto.kind.as_str().to_string();
            auto.index
        }
        None => {
            out.boundary_source = auto.source.clone();
            out.boundary_kind = auto.kind.as_str().to_string();
            auto.index
        }
    };
    out.boundary_findings = auto.findings.clone();
    out.warnings.extend(auto.findings);
    for (k, h) in hops.iter().enumerate() {
        if let Some(issue) = &h.ip_issue {
            out.warnings.push(issue_sentence(issue, k + 1));
        }
    }
    let n = hops.len();
    let mut prev = out.submitted;
    let mut first_ts: Option<i64> = out.submitted;
    let mut last_ts: Option<i64> = None;
    for (k, header_index) in (0..n).rev().enumerate() {
        let h = &hops[header_index];
        let read = h.date.as_deref().and_then(read_date);
        let timestamp = read.as_ref().map(|d| d.timestamp);
        match (&h.date, &read) {
            (Some(d), None) => {
                out.warnings
                    .push(tr!(Intake::DateUnparsable, n = header_index + 1, date = d))
            }
            (Some(d), Some(r)) => {
                if let Some(dev) = &r.deviation {
                    out.warnings
                        .push(deviation_sentence(dev, header_index + 1, d));
                }
            }
            (None, _) => out
                .warnings
                .push(tr!(Intake::DateMissing, n = header_index + 1)),
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
            clock_skew: delay.is_some_and(|d| d < -SKEW_TOLERANCE_SECS),
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

/// The trace sentence for a hop whose client address was not read, or was
/// picked among several.
pub fn issue_sentence(issue: &IpIssue, n: usize) -> Text {
    match issue {
        IpIssue::HeloLiteralOnly(ip) => tr!(Intake::RcvdHeloLiteralOnly, n = n, ip = ip),
        IpIssue::Conflict => tr!(Intake::RcvdConflict, n = n),
        IpIssue::Unbalanced => tr!(Intake::RcvdUnbalanced, n = n),
        IpIssue::SeveralBy => tr!(Intake::RcvdSeveralBy, n = n),
        IpIssue::LastOfSeveral(ip) => tr!(Intake::RcvdLastOfSeveral, n = n, ip = ip),
    }
}

fn deviation_sentence(dev: &DateDeviation, n: usize, date: &str) -> Text {
    match dev {
        DateDeviation::AmPm => tr!(Intake::DateAmPm, n = n, date = date),
        DateDeviation::TwoDigitYear(y) => {
            tr!(Intake::DateTwoDigitYear, n = n, date = date, year = y)
        }
        DateDeviation::IsoStyle => tr!(Intake::DateIsoStyle, n = n, date = date),
        DateDeviation::UnknownZone => tr!(Intake::DateUnknownZone, n = n, date = date),
        DateDeviation::NamedZone => tr!(Intake::DateNamedZone, n = n, date = date),
    }
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
