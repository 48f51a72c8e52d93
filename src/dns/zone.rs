//! RFC 1035 master-file ("BIND zone") text: the offline mode and the tests.
//!
//! Supported: `$ORIGIN`, `$TTL`, `@`, relative and absolute names, a blank owner
//! meaning "the previous owner", TTL and class in either order, parentheses
//! across lines, `;` comments, quoted multi-string TXT with `\DDD` and `\"`
//! escapes, and the types A, AAAA, MX, TXT, SPF, PTR, CNAME, NS. A `*` label
//! is a wildcard (RFC 4592, closest encloser). Names not in the zone are NXDOMAIN.

use super::{normalize_name, Answer, DnsResult, RData, RType, Rcode, Record, Resolver};
use crate::i18n::phrases::intake::Intake;
use crate::tr;
use futures::future::{FutureExt, LocalBoxFuture};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneError {
    pub line: usize,
    pub message: crate::i18n::text::Text,
}

impl crate::i18n::text::Describe for ZoneError {
    fn text(&self) -> crate::i18n::text::Text {
        tr!(Intake::ZoneLine, line = self.line, error = self.message)
    }
}
crate::sentence_arg!(ZoneError);

impl std::fmt::Display for ZoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::text::Describe::text(self).en())
    }
}

impl std::error::Error for ZoneError {}

/// Records by owner name (lowercase, no trailing dot).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Zone {
    records: BTreeMap<String, Vec<Record>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A bare word, with escapes still in place (names need them undone per label).
    Word(String),
    /// A quoted string, escapes resolved.
    Quoted(String),
}

/// Splits the text into logical lines of tokens: parentheses join physical lines.
// Long on purpose: one character-level state machine (quotes, escapes, parentheses,
// comments); split, its state would have to be passed around.
fn tokenize(text: &str) -> Result<Vec<(usize, bool, Vec<Token>)>, ZoneError> {
    let mut out = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut depth = 0usize;
    let mut line_no = 1usize;
    let mut start_line = 1usize;
    // Whether the logical line began with white space (blank owner).
    let mut leading_blank = false;
    let mut at_line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if at_line_start && depth == 0 {
            start_line = line_no;
            leading_blank = c == ' ' || c == '\t';
            at_line_start = false;
        }
        match c {
            '\n' => {
                line_no += 1;
                if depth == 0 {
                    if !tokens.is_empty() {
                        out.push((start_line, leading_blank, std::mem::take(&mut tokens)));
                    }
                    at_line_start = true;
                }
            }
            ' ' | '\t' | '\r' => {}
            ';' => {
                while let Some(&n) = chars.peek() {
                    if n == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '(' => depth += 1,
            ')' => {
                if depth == 0 {
                    return Err(ZoneError {
                        line: line_no,
                        message: tr!(Intake::ZoneUnbalancedClose),
                    });
                }
                depth -= 1;
            }
            '"' => {
                let mut bytes: Vec<u8> = Vec::new();
                let mut closed = false;
                while let Some(n) = chars.next() {
                    match n {
                        '"' => {
                            closed = true;
                            break;
                        }
                        '\\' => match chars.next() {
                            Some(d) if d.is_ascii_digit() => {
                                let mut num = d.to_digit(10).unwrap_or(0);
                                for _ in 0..2 {
                                    match chars.peek() {
                                        Some(x) if x.is_ascii_digit() => {
                                            num = num * 10 + x.to_digit(10).unwrap_or(0);
                                            chars.next();
                                        }
                                        _ => {
                                            return Err(ZoneError {
                                                line: line_no,
                                                message: tr!(Intake::ZoneDddDigits),
                                            })
                                        }
                                    }
                                }
                                if num > 255 {
                                    return Err(ZoneError {
                                        line: line_no,
                                        message: tr!(Intake::ZoneNotAnOctet, value = num),
                                    });
                                }
                                bytes.push(num as u8);
                            }
                            Some(x) => {
                                if x == '\n' {
                                    line_no += 1;
                                }
                                let mut b = [0u8; 4];
                                bytes.extend_from_slice(x.encode_utf8(&mut b).as_bytes());
                            }
                            None => break,
                        },
                        '\n' => {
                            line_no += 1;
                            bytes.push(b'\n');
                        }
                        other => {
                            let mut b = [0u8; 4];
                            bytes.extend_from_slice(other.encode_utf8(&mut b).as_bytes());
                        }
                    }
                }
                if !closed {
                    return Err(ZoneError {
                        line: line_no,
                        message: tr!(Intake::ZoneUnterminated),
                    });
                }
                tokens.push(Token::Quoted(String::from_utf8_lossy(&bytes).into_owned()));
            }
            _ => {
                let mut w = String::new();
                w.push(c);
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        w.push(n);
                    }
                }
                while let Some(&n) = chars.peek() {
                    if matches!(n, ' ' | '\t' | '\r' | '\n' | ';' | '(' | ')' | '"') {
                        break;
                    }
                    chars.next();
                    w.push(n);
                    if n == '\\' {
                        if let Some(x) = chars.next() {
                            w.push(x);
                        }
                    }
                }
                tokens.push(Token::Word(w));
            }
        }
    }
    if depth != 0 {
        return Err(ZoneError {
            line: line_no,
            message: tr!(Intake::ZoneUnbalancedOpen),
        });
    }
    if !tokens.is_empty() {
        out.push((start_line, leading_blank, tokens));
    }
    Ok(out)
}

fn unescape_word(w: &str) -> String {
    let mut out = Vec::new();
    let b = w.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            if b.len() >= i + 4 && b[i + 1..i + 4].iter().all(u8::is_ascii_digit) {
                let n = (b[i + 1] - b'0') as u32 * 100
                    + (b[i + 2] - b'0') as u32 * 10
                    + (b[i + 3] - b'0') as u32;
                out.push(n.min(255) as u8);
                i += 4;
            } else {
                out.push(b[i + 1]);
                i += 2;
            }
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn is_class(w: &str) -> bool {
    matches!(w.to_ascii_uppercase().as_str(), "IN" | "CH" | "HS" | "CS")
}

/// Parses a TTL: plain seconds or BIND units (`1h30m`, `2d`).
fn parse_ttl(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return Some(n);
    }
    let mut total: u64 = 0;
    let mut num: u64 = 0;
    let mut seen = false;
    for c in w.chars() {
        if let Some(d) = c.to_digit(10) {
            num = num.checked_mul(10)?.checked_add(d as u64)?;
            seen = true;
        } else {
            let mult = match c.to_ascii_lowercase() {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                'd' => 86400,
                'w' => 604800,
                _ => return None,
            };
            if !seen {
                return None;
            }
            total = total.checked_add(num.checked_mul(mult)?)?;
            num = 0;
            seen = false;
        }
    }
    if seen {
        total = total.checked_add(num)?;
    }
    u32::try_from(total).ok()
}

impl Zone {
    pub fn new() -> Zone {
        Zone::default()
    }

    /// Parses master-file text. `origin` applies to relative names until a `$ORIGIN`.
    pub fn parse(text: &str, origin: Option<&str>) -> Result<Zone, ZoneError> {
        let mut zone = Zone::new();
        zone.add_text(text, origin)?;
        Ok(zone)
    }

    /// Adds the records of another master-file text to this zone.
    // Long on purpose: one pass of the RFC 1035 §5.1 grammar whose state ($ORIGIN,
    // $TTL, the inherited owner) carries from line to line.
    pub fn add_text(&mut self, text: &str, origin: Option<&str>) -> Result<(), ZoneError> {
        let mut origin: String = origin.map(normalize_name).unwrap_or_default();
        let mut default_ttl: u32 = 3600;
        let mut last_owner: Option<String> = None;
        for (line, blank_owner, tokens) in tokenize(text)? {
            let err = |m: crate::i18n::text::Text| ZoneError { line, message: m };
            let word = |t: &Token| match t {
                Token::Word(w) => w.clone(),
                Token::Quoted(q) => q.clone(),
            };
            let first = word(&tokens[0]);
            if first.eq_ignore_ascii_case("$ORIGIN") {
                let o = tokens
                    .get(1)
                    .map(word)
                    .ok_or_else(|| err(tr!(Intake::ZoneOriginNeedsName)))?;
                origin = absolute(&unescape_word(&o), &origin);
                continue;
            }
            if first.eq_ignore_ascii_case("$TTL") {
                let t = tokens
                    .get(1)
                    .map(word)
                    .ok_or_else(|| err(tr!(Intake::ZoneTtlNeedsValue)))?;
                default_ttl =
                    parse_ttl(&t).ok_or_else(|| err(tr!(Intake::ZoneBadTtl, value = t)))?;
                continue;
            }
            if first.starts_with('$') {
                return Err(err(tr!(
                    Intake::ZoneUnsupportedDirective,
                    directive = first
                )));
            }
            let mut idx = 0;
            let owner = if blank_owner {
                last_owner
                    .clone()
                    .ok_or_else(|| err(tr!(Intake::ZoneNoOwner)))?
            } else {
                idx = 1;
                if first == "@" {
                    origin.clone()
                } else {
                    absolute(&unescape_word(&first), &origin)
                }
            };
            last_owner = Some(owner.clone());
            let mut ttl = default_ttl;
            // TTL and class, in either order, both optional.
            for _ in 0..2 {
                match tokens.get(idx) {
                    Some(Token::Word(w)) if is_class(w) => idx += 1,
                    Some(Token::Word(w)) if w.starts_with(|c: char| c.is_ascii_digit()) => {
                        if let Some(t) = parse_ttl(w) {
                            ttl = t;
                            idx += 1;
                        }
                    }
                    _ => {}
                }
            }
            let rtype_word = tokens
                .get(idx)
                .map(word)
                .ok_or_else(|| err(tr!(Intake::ZoneNoType, owner = owner)))?;
            idx += 1;
            let rest = &tokens[idx..];
            let words: Vec<String> = rest.iter().map(word).collect();
            let need = |n: usize| -> Result<(), ZoneError> {
                if words.len() < n {
                    Err(err(tr!(
                        Intake::ZoneMissingData,
                        rtype = rtype_word,
                        owner = owner
                    )))
                } else {
                    Ok(())
                }
            };
            let data = match rtype_word.to_ascii_uppercase().as_str() {
                "A" => {
                    need(1)?;
                    RData::A(
                        words[0]
                            .parse()
                            .map_err(|_| err(tr!(Intake::NotIpv4, data = words[0])))?,
                    )
                }
                "AAAA" => {
                    need(1)?;
                    RData::Aaaa(
                        words[0]
                            .parse()
                            .map_err(|_| err(tr!(Intake::NotIpv6, data = words[0])))?,
                    )
                }
                "MX" => {
                    need(2)?;
                    RData::Mx {
                        preference: words[0]
                            .parse()
                            .map_err(|_| err(tr!(Intake::ZoneBadMxPreference, value = words[0])))?,
                        exchange: absolute(&unescape_word(&words[1]), &origin),
                    }
                }
                "TXT" | "SPF" => {
                    need(1)?;
                    let strings: Vec<String> = rest
                        .iter()
                        .map(|t| match t {
                            Token::Quoted(q) => q.clone(),
                            Token::Word(w) => unescape_word(w),
                        })
                        .collect();
                    if rtype_word.eq_ignore_ascii_case("SPF") {
                        RData::Spf(strings)
                    } else {
                        RData::Txt(strings)
                    }
                }
                "PTR" => {
                    need(1)?;
                    RData::Ptr(absolute(&unescape_word(&words[0]), &origin))
                }
                "CNAME" => {
                    need(1)?;
                    RData::Cname(absolute(&unescape_word(&words[0]), &origin))
                }
                "NS" => {
                    need(1)?;
                    RData::Ns(absolute(&unescape_word(&words[0]), &origin))
                }
                "TLSA" => {
                    need(4)?;
                    crate::dns::doh::codec::tlsa_presentation(&words.join(" ")).map_err(err)?
                }
                // Accepted and ignored so that whole real zones load.
                "SOA" | "CAA" | "SRV" | "DS" | "DNSKEY" | "RRSIG" | "NSEC" | "HINFO" => continue,
                other => return Err(err(tr!(Intake::ZoneUnsupportedType, rtype = other))),
            };
            self.insert(Record {
                name: owner,
                ttl,
                data,
            });
        }
        Ok(())
    }

    pub fn insert(&mut self, record: Record) {
        let name = normalize_name(&record.name);
        self.records
            .entry(name.clone())
            .or_default()
            .push(Record { name, ..record });
    }

    /// Adds every record of `other`.
    pub fn merge(&mut self, other: Zone) {
        for (_, recs) in other.records {
            for r in recs {
                self.insert(r);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn len(&self) -> usize {
        self.records.values().map(Vec::len).sum()
    }

    pub fn records(&self) -> impl Iterator<Item = &Record> {
        self.records.values().flatten()
    }

    /// Whether the name (or a wildcard covering it) exists in the zone.
    pub fn contains(&self, name: &str) -> bool {
        self.node(&normalize_name(name)).is_some()
    }

    /// The records at `name`, or at the wildcard that covers it (renamed to `name`).
    fn node(&self, name: &str) -> Option<Vec<Record>> {
        if let Some(r) = self.records.get(name) {
            return Some(r.clone());
        }
        // An empty non-terminal exists (NODATA, not NXDOMAIN).
        let suffix = format!(".{name}");
        if self.records.keys().any(|k| k.ends_with(&suffix)) {
            return Some(Vec::new());
        }
        let mut rest = name;
        while let Some(pos) = rest.find('.') {
            rest = &rest[pos + 1..];
            if self.records.contains_key(rest)
                || self
                    .records
                    .keys()
                    .any(|k| k.ends_with(&format!(".{rest}")) && !k.starts_with("*."))
            {
                // The closest encloser exists: only its own wildcard may apply.
                let wild = format!("*.{rest}");
                return self.records.get(&wild).map(|recs| {
                    recs.iter()
                        .map(|r| Record {
                            name: name.to_string(),
                            ..r.clone()
                        })
                        .collect()
                });
            }
            let wild = format!("*.{rest}");
            if let Some(recs) = self.records.get(&wild) {
                return Some(
                    recs.iter()
                        .map(|r| Record {
                            name: name.to_string(),
                            ..r.clone()
                        })
                        .collect(),
                );
            }
        }
        None
    }

    /// Answers a query the way an authoritative server would, following CNAMEs inside the zone.
    pub fn answer(&self, name: &str, rtype: RType) -> Answer {
        let mut name = normalize_name(name);
        let mut records = Vec::new();
        for _ in 0..16 {
            let Some(node) = self.node(&name) else {
                return Answer {
                    rcode: if records.is_empty() {
                        Rcode::NxDomain
                    } else {
                        Rcode::NoError
                    },
                    records,
                    dnssec: None,
                };
            };
            let matching: Vec<Record> = node
                .iter()
                .filter(|r| r.data.rtype() == rtype)
                .cloned()
                .collect();
            if !matching.is_empty() || rtype == RType::Cname {
                records.extend(matching);
                break;
            }
            match node.iter().find_map(|r| match &r.data {
                RData::Cname(t) => Some((r.clone(), t.clone())),
                _ => None,
            }) {
                Some((rec, target)) => {
                    records.push(rec);
                    name = target;
                }
                None => break,
            }
        }
        Answer::new(Rcode::NoError, records)
    }
}

/// Makes `name` absolute against `origin` (a name ending in `.` is already absolute).
fn absolute(name: &str, origin: &str) -> String {
    if let Some(abs) = name.strip_suffix('.') {
        normalize_name(abs)
    } else if name == "@" {
        origin.to_string()
    } else if origin.is_empty() {
        normalize_name(name)
    } else {
        normalize_name(&format!("{name}.{origin}"))
    }
}

/// Answers from a zone; names it lacks go to `fallback`, or are NXDOMAIN when there is none (offline).
pub struct ZoneResolver {
    zone: Zone,
    fallback: Option<Box<dyn Resolver>>,
}

impl ZoneResolver {
    /// Offline: everything not in the zone is NXDOMAIN.
    pub fn offline(zone: Zone) -> ZoneResolver {
        ZoneResolver {
            zone,
            fallback: None,
        }
    }

    /// The zone's records first, then the network for names the zone does not have.
    pub fn with_fallback(zone: Zone, fallback: Box<dyn Resolver>) -> ZoneResolver {
        ZoneResolver {
            zone,
            fallback: Some(fallback),
        }
    }

    pub fn zone(&self) -> &Zone {
        &self.zone
    }
}

impl Resolver for ZoneResolver {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        async move {
            match &self.fallback {
                Some(fb) if !self.zone.contains(name) => fb.query(name, rtype).await,
                _ => Ok(self.zone.answer(name, rtype)),
            }
        }
        .boxed_local()
    }

    fn describe(&self) -> String {
        match &self.fallback {
            Some(fb) => format!("zone records ({}), then {}", self.zone.len(), fb.describe()),
            None => format!("offline records ({})", self.zone.len()),
        }
    }

    fn is_offline(&self) -> bool {
        self.fallback.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZONE: &str = r#"
$ORIGIN example.com.
$TTL 300
@       IN  TXT   "v=spf1 ip4:192.0.2.0/24 " "include:_spf.example.net -all"
        IN  MX    10 mx1
        IN  MX    20 mx2.example.org.
mx1     600 IN A  192.0.2.10
mx1         AAAA  2001:db8::10
sel._domainkey  IN TXT ( "v=DKIM1; k=rsa; "
                         "p=MIIB" )  ; split across lines
esc     TXT "quote \" and \059 semicolon"
alias   CNAME mx1
*.wild  TXT "wildcard"
10.2.0.192.in-addr.arpa. PTR mx1.example.com.
kernel-error.com._report._dmarc.kernel-error.de. IN TXT "v=DMARC1"
"#;

    #[test]
    fn parses_the_documented_syntax() {
        let z = Zone::parse(ZONE, None).expect("zone parses");
        let spf = z.answer("example.com", RType::Txt);
        assert_eq!(spf.rcode, Rcode::NoError);
        assert_eq!(
            spf.txt_joined(),
            vec!["v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"]
        );
        assert_eq!(spf.records[0].ttl, 300);
        let mx = z.answer("EXAMPLE.com.", RType::Mx);
        assert_eq!(
            mx.names(RType::Mx),
            vec!["mx1.example.com", "mx2.example.org"]
        );
        let a = z.answer("mx1.example.com", RType::A);
        assert_eq!(
            a.ipv4(),
            vec!["192.0.2.10".parse::<std::net::Ipv4Addr>().unwrap()]
        );
        assert_eq!(a.records[0].ttl, 600);
        assert_eq!(z.answer("mx1.example.com", RType::Aaaa).ipv6().len(), 1);
        assert_eq!(
            z.answer("sel._domainkey.example.com", RType::Txt)
                .txt_joined(),
            vec!["v=DKIM1; k=rsa; p=MIIB"]
        );
        assert_eq!(
            z.answer("esc.example.com", RType::Txt).txt_joined(),
            vec!["quote \" and ; semicolon"]
        );
        assert_eq!(
            z.answer("10.2.0.192.in-addr.arpa", RType::Ptr)
                .names(RType::Ptr),
            vec!["mx1.example.com"]
        );
        assert_eq!(
            z.answer(
                "kernel-error.com._report._dmarc.kernel-error.de",
                RType::Txt
            )
            .txt_joined(),
            vec!["v=DMARC1"]
        );
    }

    #[test]
    fn nxdomain_nodata_cname_and_wildcards() {
        let z = Zone::parse(ZONE, None).expect("zone parses");
        assert_eq!(
            z.answer("nothere.example.com", RType::A).rcode,
            Rcode::NxDomain
        );
        let nodata = z.answer("mx1.example.com", RType::Txt);
        assert_eq!((nodata.rcode, nodata.records.len()), (Rcode::NoError, 0));
        // Empty non-terminal: _domainkey.example.com exists only as a parent.
        assert_eq!(
            z.answer("_domainkey.example.com", RType::Txt).rcode,
            Rcode::NoError
        );
        let c = z.answer("alias.example.com", RType::A);
        assert_eq!(c.records.len(), 2);
        assert_eq!(c.ipv4().len(), 1);
        assert_eq!(
            z.answer("x.wild.example.com", RType::Txt).txt_joined(),
            vec!["wildcard"]
        );
        assert_eq!(
            z.answer("x.wild.example.com", RType::Txt).records[0].name,
            "x.wild.example.com"
        );
    }

    #[test]
    fn reports_errors_with_line_numbers() {
        let e = Zone::parse("a.example. IN A 300.1.1.1\n", None).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.en().contains("IPv4"), "{e}");
        let e = Zone::parse("\n\nb.example. TXT \"open\n", None).unwrap_err();
        assert!(e.message.en().contains("unterminated"), "{e}");
        let e = Zone::parse("c.example. ( TXT \"x\"\n", None).unwrap_err();
        assert!(e.message.en().contains("unbalanced"), "{e}");
        let e = Zone::parse("d.example. IN WKS 1\n", None).unwrap_err();
        assert!(e.message.en().contains("unsupported"), "{e}");
    }

    #[test]
    fn ttl_units() {
        assert_eq!(parse_ttl("1h30m"), Some(5400));
        assert_eq!(parse_ttl("2d"), Some(172800));
        assert_eq!(parse_ttl("x"), None);
    }
}
