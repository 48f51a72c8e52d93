//! The DoH codec, shared by the client ([`super::DohResolver`]) and the test
//! server (`crate::dohd`): RFC 8484 wire messages (through hickory-proto) and
//! the JSON API of Cloudflare and Google. Target-independent and panic-free on
//! any input: whatever a server sends becomes an [`Answer`] or a [`DnsError`].

use crate::dns::{normalize_name, Answer, DnsError, RData, RType, Rcode, Record};
use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
use crate::tr;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::rdata::{self, NULL, TXT};
use hickory_proto::rr::{DNSClass, Name, RData as HRData, Record as HRecord, RecordType};
use serde::{Deserialize, Serialize};

/// RFC 8484 media type of a wire-format DNS message.
pub const WIRE_CONTENT_TYPE: &str = "application/dns-message";
/// Media type of the JSON API (Cloudflare; Google answers `application/json`).
pub const JSON_CONTENT_TYPE: &str = "application/dns-json";
/// A DNS message cannot be longer than this (RFC 1035 §4.2.2 length prefix, RFC 8484 §6).
pub const MAX_WIRE_LEN: usize = 65_535;
/// The most a JSON answer body may be; a hostile server cannot make us hold more.
pub const MAX_JSON_LEN: usize = 1 << 20;
/// The most answer records accepted in one answer. A wire message holds at
/// most about 4,000 A records, so real answers stay far below this.
pub const MAX_RECORDS: usize = 4096;

/// The question of a wire query, as the server reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireQuestion {
    pub id: u16,
    /// Lowercase, no trailing dot.
    pub name: String,
    /// The numeric QTYPE: servers must answer types they do not know too.
    pub qtype: u16,
    pub recursion_desired: bool,
}

fn protocol(msg: Text) -> DnsError {
    DnsError::Protocol(msg)
}

/// Our name form (lowercase, no trailing dot) to a hickory name, label by label
/// so that the bytes of each label survive unchanged.
fn to_name(name: &str) -> Result<Name, Text> {
    let name = normalize_name(name);
    if name.is_empty() {
        return Ok(Name::root());
    }
    Name::from_labels(name.split('.').map(str::as_bytes))
        .map_err(|e| tr!(Intake::NotDnsName, name = name, error = e))
}

/// A hickory name to our form.
fn from_name(name: &Name) -> String {
    name.iter()
        .map(|label| String::from_utf8_lossy(label).to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(".")
}

/// The wire query for `name`/`rtype`: ID 0 (RFC 8484 §4.1, cache friendly), RD set.
pub fn wire_query(name: &str, rtype: RType) -> Result<Vec<u8>, DnsError> {
    let qname = to_name(name).map_err(DnsError::Protocol)?;
    let mut msg = Message::new(0, MessageType::Query, OpCode::Query);
    msg.metadata.recursion_desired = true;
    // RFC 6840 §5.7: AD in a query asks a validating resolver to say
    // whether it validated the answer.
    msg.metadata.authentic_data = true;
    msg.add_query(Query::query(qname, RecordType::from(rtype.code())));
    msg.to_vec()
        .map_err(|e| protocol(tr!(Intake::QueryNotEncoded, name = name, error = e)))
}

/// `url?dns=<base64url without padding>` (RFC 8484 §4.1), keeping a query string already in `url`.
pub fn wire_get_url(base: &str, query: &[u8]) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}dns={}", URL_SAFE_NO_PAD.encode(query))
}

/// `url?name=..&type=..` for the JSON API.
pub fn json_url(base: &str, name: &str, rtype: RType) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    format!(
        "{base}{sep}name={}&type={}",
        percent_encode(&normalize_name(name)),
        rtype.as_str()
    )
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes percent-encoding (and `+` as space, as forms send it). Bad escapes stay as they are.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = b
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `key=value` pairs of a URL's query string, decoded.
pub fn query_params(url: &str) -> Vec<(String, String)> {
    let Some((_, q)) = url.split_once('?') else {
        return Vec::new();
    };
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(p), String::new()),
        })
        .collect()
}

/// Decodes the `dns` parameter of a GET request (base64url; padding tolerated).
pub fn decode_dns_param(param: &str) -> Result<Vec<u8>, Text> {
    URL_SAFE_NO_PAD
        .decode(param.trim_end_matches('='))
        .map_err(|e| tr!(Intake::DnsParamNotBase64, error = e))
}

/// The first bytes of a body for error messages: text as text, binary as hex.
pub fn snippet(body: &[u8]) -> String {
    const MAX_TEXT: usize = 40;
    const MAX_HEX: usize = 16;
    let head = &body[..body.len().min(MAX_TEXT)];
    // A multi-byte character cut at the end is still text.
    let text = match std::str::from_utf8(head) {
        Ok(t) => Some(t),
        Err(e) if e.valid_up_to() + 4 > head.len() => head
            .get(..e.valid_up_to())
            .and_then(|h| std::str::from_utf8(h).ok()),
        Err(_) => None,
    };
    let printable = text.filter(|t| {
        !t.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
    });
    let (mut s, shown) = match printable {
        Some(t) => (
            t.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>(),
            t.len(),
        ),
        None => {
            let n = body.len().min(MAX_HEX);
            let hex: Vec<String> = body[..n].iter().map(|b| format!("{b:02x}")).collect();
            (format!("bytes {}", hex.join(" ")), n)
        }
    };
    if body.len() > shown {
        s.push('…');
    }
    s
}

/// Character-strings (RFC 1035 §3.3) as raw RDATA; used for SPF, which hickory does not know.
fn character_strings(strings: &[String]) -> Result<Vec<u8>, Text> {
    let mut out = Vec::new();
    for s in strings {
        let len =
            u8::try_from(s.len()).map_err(|_| tr!(Intake::CharacterStringTooLong, n = s.len()))?;
        out.push(len);
        out.extend_from_slice(s.as_bytes());
    }
    Ok(out)
}

fn parse_character_strings(mut data: &[u8]) -> Result<Vec<String>, Text> {
    let mut out = Vec::new();
    while let Some((&len, rest)) = data.split_first() {
        let len = usize::from(len);
        let s = rest
            .get(..len)
            .ok_or_else(|| tr!(Intake::CharacterStringPastEnd))?;
        out.push(String::from_utf8_lossy(s).into_owned());
        data = &rest[len..];
    }
    Ok(out)
}

fn to_hrdata(data: &RData) -> Result<HRData, Text> {
    Ok(match data {
        RData::A(a) => HRData::A(rdata::A(*a)),
        RData::Aaaa(a) => HRData::AAAA(rdata::AAAA(*a)),
        RData::Mx {
            preference,
            exchange,
        } => HRData::MX(rdata::MX::new(*preference, to_name(exchange)?)),
        RData::Txt(strings) => {
            if let Some(long) = strings.iter().find(|s| s.len() > 255) {
                return Err(tr!(Intake::TxtStringTooLong, n = long.len()));
            }
            HRData::TXT(TXT::from_bytes(
                strings.iter().map(|s| s.as_bytes()).collect(),
            ))
        }
        RData::Spf(strings) => {
            let raw = character_strings(strings)?;
            if raw.is_empty() {
                return Err(tr!(Intake::SpfRecordNeedsString));
            }
            HRData::Unknown {
                code: RecordType::from(RType::Spf.code()),
                rdata: NULL::with(raw),
            }
        }
        RData::Ptr(n) => HRData::PTR(rdata::PTR(to_name(n)?)),
        RData::Cname(n) => HRData::CNAME(rdata::CNAME(to_name(n)?)),
        RData::Ns(n) => HRData::NS(rdata::NS(to_name(n)?)),
        RData::Tlsa {
            usage,
            selector,
            matching,
            data,
        } => HRData::TLSA(rdata::TLSA::new(
            (*usage).into(),
            (*selector).into(),
            (*matching).into(),
            hex_decode(data).ok_or_else(|| tr!(Intake::TlsaDataNotHex, data = data))?,
        )),
    })
}

/// Lowercase hex of bytes (TLSA association data).
pub fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes of a hex string (either case, whitespace ignored); `None` when it is not hex.
pub fn hex_decode(s: &str) -> Option<Vec<u8>> {
    let digits: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| {
            let text = std::str::from_utf8(pair).ok()?;
            u8::from_str_radix(text, 16).ok()
        })
        .collect()
}

/// Our record data for a hickory one; `None` for types the checks do not use.
fn from_hrdata(data: &HRData) -> Result<Option<RData>, Text> {
    Ok(Some(match data {
        HRData::A(a) => RData::A(a.0),
        HRData::AAAA(a) => RData::Aaaa(a.0),
        HRData::MX(mx) => RData::Mx {
            preference: mx.preference,
            exchange: from_name(&mx.exchange),
        },
        HRData::TXT(txt) => RData::Txt(
            txt.txt_data
                .iter()
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect(),
        ),
        HRData::PTR(n) => RData::Ptr(from_name(&n.0)),
        HRData::CNAME(n) => RData::Cname(from_name(&n.0)),
        HRData::NS(n) => RData::Ns(from_name(&n.0)),
        HRData::TLSA(t) => RData::Tlsa {
            usage: t.cert_usage.into(),
            selector: t.selector.into(),
            matching: t.matching.into(),
            data: hex_encode(&t.cert_data),
        },
        HRData::Unknown { code, rdata } if u16::from(*code) == RType::Spf.code() => {
            RData::Spf(parse_character_strings(&rdata.anything)?)
        }
        _ => return Ok(None),
    }))
}

/// Reads a wire query (server side).
pub fn decode_wire_query(bytes: &[u8]) -> Result<WireQuestion, Text> {
    let msg = Message::from_vec(bytes).map_err(|e| tr!(Intake::NotDnsMessage, error = e))?;
    if msg.metadata.message_type != MessageType::Query {
        return Err(tr!(Intake::ResponseNotQuery));
    }
    if msg.metadata.op_code != OpCode::Query {
        return Err(tr!(
            Intake::OpcodeUnsupported,
            opcode = format!("{:?}", msg.metadata.op_code)
        ));
    }
    let [q] = msg.queries.as_slice() else {
        return Err(tr!(Intake::OneQuestion, count = msg.queries.len()));
    };
    Ok(WireQuestion {
        id: msg.metadata.id,
        name: from_name(&q.name),
        qtype: u16::from(q.query_type),
        recursion_desired: msg.metadata.recursion_desired,
    })
}

/// Encodes an answer to `question` (server side). An answer too big for one
/// DNS message is sent the way a real server would: empty, with TC set.
pub fn encode_wire_answer(question: &WireQuestion, answer: &Answer) -> Result<Vec<u8>, Text> {
    let mut msg = Message::new(question.id, MessageType::Response, OpCode::Query);
    msg.metadata.recursion_desired = question.recursion_desired;
    msg.metadata.authoritative = true;
    msg.metadata.response_code = <ResponseCode as From<u16>>::from(answer.rcode.code());
    msg.metadata.authentic_data = answer.dnssec == Some(true);
    msg.add_query(Query::query(
        to_name(&question.name)?,
        RecordType::from(question.qtype),
    ));
    for r in &answer.records {
        let mut rec = HRecord::from_rdata(to_name(&r.name)?, r.ttl, to_hrdata(&r.data)?);
        rec.dns_class = DNSClass::IN;
        msg.add_answer(rec);
    }
    match msg.to_vec() {
        Ok(v) => Ok(v),
        Err(_) => {
            let mut tc = msg.truncate();
            tc.metadata.truncation = true;
            tc.to_vec()
                .map_err(|e| tr!(Intake::TruncatedNotEncoded, error = e))
        }
    }
}

/// Reads a wire response to the query `name`/`rtype` (client side).
pub fn decode_wire_answer(bytes: &[u8], name: &str, rtype: RType) -> Result<Answer, DnsError> {
    if bytes.is_empty() {
        return Err(protocol(tr!(Intake::BodyEmpty)));
    }
    if bytes.len() > MAX_WIRE_LEN {
        return Err(protocol(tr!(
            Intake::WireTooLong,
            n = bytes.len(),
            max = MAX_WIRE_LEN
        )));
    }
    let msg = Message::from_vec(bytes).map_err(|e| {
        protocol(tr!(
            Intake::WireUndecodable,
            n = bytes.len(),
            error = e,
            start = snippet(bytes)
        ))
    })?;
    if msg.metadata.message_type != MessageType::Response {
        return Err(protocol(tr!(Intake::WireIsQuery)));
    }
    if msg.metadata.id != 0 {
        return Err(protocol(tr!(Intake::WireWrongId, id = msg.metadata.id)));
    }
    let want = normalize_name(name);
    match msg.queries.as_slice() {
        [] => {}
        [q] => {
            let got = from_name(&q.name);
            if got != want || u16::from(q.query_type) != rtype.code() {
                return Err(protocol(tr!(
                    Intake::WireWrongQuestion,
                    got = got,
                    got_type = q.query_type,
                    want = want,
                    want_type = rtype
                )));
            }
        }
        qs => return Err(protocol(tr!(Intake::WireQuestions, count = qs.len()))),
    }
    if msg.metadata.truncation {
        return Err(protocol(tr!(Intake::WireTruncated)));
    }
    if msg.answers.len() > MAX_RECORDS {
        return Err(too_many(msg.answers.len()));
    }
    let mut records = Vec::new();
    for r in &msg.answers {
        let data = from_hrdata(&r.data).map_err(|e| protocol(tr!(Intake::BadRecord, error = e)))?;
        if let Some(data) = data {
            records.push(Record {
                name: from_name(&r.name),
                ttl: r.ttl,
                data,
            });
        }
    }
    Ok(Answer {
        rcode: Rcode::from_code(u16::from(msg.metadata.response_code)),
        records,
        dnssec: Some(msg.metadata.authentic_data),
    })
}

fn too_many(n: usize) -> DnsError {
    protocol(tr!(Intake::TooManyRecords, count = n, max = MAX_RECORDS))
}

#[derive(Debug, Serialize, Deserialize)]
struct JsonQuestion {
    name: String,
    #[serde(rename = "type")]
    rtype: u16,
}

#[derive(Debug, Serialize, Deserialize)]
struct JsonRecord {
    name: String,
    #[serde(rename = "type")]
    rtype: u16,
    #[serde(rename = "TTL", default)]
    ttl: u32,
    data: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct JsonResponse {
    #[serde(rename = "Status")]
    status: u16,
    #[serde(rename = "TC", default)]
    tc: bool,
    #[serde(rename = "RD", default)]
    rd: bool,
    #[serde(rename = "RA", default)]
    ra: bool,
    #[serde(rename = "AD", default)]
    ad: bool,
    #[serde(rename = "CD", default)]
    cd: bool,
    #[serde(rename = "Question", default, skip_deserializing)]
    question: Vec<JsonQuestion>,
    #[serde(rename = "Answer", default, skip_serializing_if = "Vec::is_empty")]
    answer: Vec<JsonRecord>,
}

/// The JSON API answer to `name`/`qtype` (server side), as Cloudflare writes it:
/// names with the trailing dot, TXT data as quoted presentation strings.
pub fn encode_json_answer(name: &str, qtype: u16, answer: &Answer) -> String {
    let resp = JsonResponse {
        status: answer.rcode.code(),
        tc: false,
        rd: true,
        ra: false,
        ad: answer.dnssec == Some(true),
        cd: false,
        question: vec![JsonQuestion {
            name: format!("{}.", normalize_name(name)),
            rtype: qtype,
        }],
        answer: answer
            .records
            .iter()
            .map(|r| JsonRecord {
                name: format!("{}.", r.name),
                rtype: r.data.rtype().code(),
                ttl: r.ttl,
                data: r.data.presentation(),
            })
            .collect(),
    };
    // Serializing plain strings and numbers cannot fail; the fallback keeps it panic-free.
    serde_json::to_string(&resp).unwrap_or_else(|_| format!("{{\"Status\":{}}}", 2))
}

/// Reads a JSON API response (client side).
pub fn decode_json_answer(body: &[u8]) -> Result<Answer, DnsError> {
    if body.is_empty() {
        return Err(protocol(tr!(Intake::BodyEmpty)));
    }
    if body.len() > MAX_JSON_LEN {
        return Err(protocol(tr!(
            Intake::JsonTooLong,
            n = body.len(),
            max = MAX_JSON_LEN
        )));
    }
    let resp: JsonResponse = serde_json::from_slice(body).map_err(|e| {
        protocol(tr!(
            Intake::JsonUndecodable,
            error = e,
            start = snippet(body)
        ))
    })?;
    if resp.tc {
        return Err(protocol(tr!(Intake::JsonTruncated)));
    }
    if resp.answer.len() > MAX_RECORDS {
        return Err(too_many(resp.answer.len()));
    }
    let mut records = Vec::new();
    for r in &resp.answer {
        let Some(rtype) = RType::from_code(r.rtype) else {
            continue;
        };
        let data = json_rdata(rtype, &r.data).map_err(|e| {
            protocol(tr!(
                Intake::JsonBadData,
                rtype = rtype,
                name = normalize_name(&r.name),
                error = e
            ))
        })?;
        records.push(Record {
            name: normalize_name(&r.name),
            ttl: r.ttl,
            data,
        });
    }
    Ok(Answer {
        rcode: Rcode::from_code(resp.status),
        records,
        dnssec: Some(resp.ad),
    })
}

fn json_rdata(rtype: RType, data: &str) -> Result<RData, Text> {
    let data = data.trim();
    Ok(match rtype {
        RType::A => RData::A(
            data.parse()
                .map_err(|_| tr!(Intake::NotIpv4, data = data))?,
        ),
        RType::Aaaa => RData::Aaaa(
            data.parse()
                .map_err(|_| tr!(Intake::NotIpv6, data = data))?,
        ),
        RType::Mx => {
            let mut parts = data.split_whitespace();
            let preference = parts
                .next()
                .and_then(|p| p.parse().ok())
                .ok_or_else(|| tr!(Intake::NoMxPreference, data = data))?;
            let exchange = parts
                .next()
                .ok_or_else(|| tr!(Intake::NoMxExchange, data = data))?;
            RData::Mx {
                preference,
                exchange: normalize_name(exchange),
            }
        }
        RType::Txt => RData::Txt(unquote_txt(data)?),
        RType::Spf => RData::Spf(unquote_txt(data)?),
        RType::Ptr => RData::Ptr(normalize_name(data)),
        RType::Cname => RData::Cname(normalize_name(data)),
        RType::Ns => RData::Ns(normalize_name(data)),
        RType::Tlsa => tlsa_presentation(data)?,
    })
}

/// `usage selector matching hexdata` (RFC 6698 §2.2), as the JSON API and
/// zone files write a TLSA record.
pub fn tlsa_presentation(data: &str) -> Result<RData, Text> {
    let mut parts = data.split_whitespace();
    let mut field = || parts.next().and_then(|p| p.parse::<u8>().ok());
    let (Some(usage), Some(selector), Some(matching)) = (field(), field(), field()) else {
        return Err(tr!(Intake::TlsaFields, data = data));
    };
    let hex: String = parts.collect();
    let bytes = hex_decode(&hex).ok_or_else(|| tr!(Intake::TlsaDataNotHex, data = hex))?;
    Ok(RData::Tlsa {
        usage,
        selector,
        matching,
        data: hex_encode(&bytes),
    })
}

/// TXT data from the JSON API: Cloudflare sends presentation format, one or
/// more quoted strings with `\"`, `\\` and `\DDD` escapes; Google sends the
/// text bare. Bare text is taken as one string.
pub fn unquote_txt(data: &str) -> Result<Vec<String>, Text> {
    let data = data.trim();
    if !data.starts_with('"') {
        return Ok(vec![data.to_string()]);
    }
    let b = data.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'"' => {
                i += 1;
                let mut s = Vec::new();
                loop {
                    match b.get(i) {
                        None => return Err(tr!(Intake::UnterminatedQuote, data = data)),
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(b'\\') => {
                            let digits = b
                                .get(i + 1..i + 4)
                                .filter(|d| d.iter().all(u8::is_ascii_digit));
                            if let Some(d) = digits {
                                let v = d.iter().fold(0u32, |n, x| n * 10 + u32::from(x - b'0'));
                                let v = u8::try_from(v)
                                    .map_err(|_| tr!(Intake::NotAnOctet, value = v, data = data))?;
                                s.push(v);
                                i += 4;
                            } else {
                                let c = b
                                    .get(i + 1)
                                    .ok_or_else(|| tr!(Intake::DanglingBackslash, data = data))?;
                                s.push(*c);
                                i += 2;
                            }
                        }
                        Some(c) => {
                            s.push(*c);
                            i += 1;
                        }
                    }
                }
                out.push(String::from_utf8_lossy(&s).into_owned());
            }
            _ => return Err(tr!(Intake::TextOutsideQuotes, data = data)),
        }
    }
    Ok(out)
}

/// Whether a Content-Type header names `want` (parameters such as charset ignored).
pub fn content_type_is(header: &str, want: &str) -> bool {
    header
        .split(';')
        .next()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(want))
}

/// Content types a JSON API answer may come with: Cloudflare's
/// `application/dns-json`, Google's `application/json` and its older
/// `application/x-javascript`.
pub fn is_json_content_type(header: &str) -> bool {
    [
        JSON_CONTENT_TYPE,
        "application/json",
        "application/x-javascript",
        "text/javascript",
    ]
    .iter()
    .any(|t| content_type_is(header, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn rec(name: &str, data: RData) -> Record {
        Record {
            name: name.into(),
            ttl: 300,
            data,
        }
    }

    fn every_type() -> Answer {
        Answer {
            rcode: Rcode::NoError,
            records: vec![
                rec(
                    "alias.example.test",
                    RData::Cname("host.example.test".into()),
                ),
                rec("host.example.test", RData::A(Ipv4Addr::new(192, 0, 2, 1))),
                rec("host.example.test", RData::Aaaa(Ipv6Addr::LOCALHOST)),
                rec(
                    "host.example.test",
                    RData::Mx {
                        preference: 10,
                        exchange: "mx.example.test".into(),
                    },
                ),
                rec(
                    "host.example.test",
                    RData::Txt(vec![
                        "v=spf1 ".into(),
                        "quote \" back \\ semi ; tab\t".into(),
                        String::new(),
                        "x".repeat(255),
                    ]),
                ),
                rec("host.example.test", RData::Spf(vec!["v=spf1 -all".into()])),
                rec(
                    "1.2.0.192.in-addr.arpa",
                    RData::Ptr("host.example.test".into()),
                ),
                rec("example.test", RData::Ns("ns1.example.test".into())),
                rec("_dmarc.example.test", RData::Txt(vec!["café".into()])),
                rec(
                    "_25._tcp.mx.example.test",
                    RData::Tlsa {
                        usage: 3,
                        selector: 1,
                        matching: 1,
                        data: "0a".repeat(32),
                    },
                ),
            ],
            // A validating resolver's answer: the AD bit goes both ways.
            dnssec: Some(true),
        }
    }

    fn question(name: &str, rtype: RType) -> WireQuestion {
        decode_wire_query(&wire_query(name, rtype).expect("query encodes")).expect("decodes")
    }

    #[test]
    fn wire_query_is_id_zero_with_rd() {
        let q = question("Host.Example.Test.", RType::Txt);
        assert_eq!(
            q,
            WireQuestion {
                id: 0,
                name: "host.example.test".into(),
                qtype: 16,
                recursion_desired: true,
            }
        );
        let url = wire_get_url("https://dns.example/dns-query", &[0xfb, 0xff, 0x00]);
        assert_eq!(url, "https://dns.example/dns-query?dns=-_8A");
        assert_eq!(decode_dns_param("-_8A"), Ok(vec![0xfb, 0xff, 0x00]));
        assert_eq!(decode_dns_param("-_8A="), Ok(vec![0xfb, 0xff, 0x00]));
        assert!(decode_dns_param("!!").is_err());
    }

    #[test]
    fn wire_answer_roundtrips_every_type() {
        for rcode in [Rcode::NoError, Rcode::NxDomain, Rcode::ServFail] {
            let mut answer = every_type();
            answer.rcode = rcode;
            let q = question("alias.example.test", RType::A);
            let bytes = encode_wire_answer(&q, &answer).expect("encodes");
            let back =
                decode_wire_answer(&bytes, "ALIAS.example.test.", RType::A).expect("decodes");
            assert_eq!(back, answer);
        }
    }

    #[test]
    fn json_answer_roundtrips_every_type() {
        let answer = every_type();
        let json = encode_json_answer("alias.example.test", 1, &answer);
        assert!(json.contains(r#""name":"alias.example.test.""#), "{json}");
        assert_eq!(decode_json_answer(json.as_bytes()), Ok(answer));
        let nx = encode_json_answer("nx.example.test", 16, &Answer::nxdomain());
        assert_eq!(
            decode_json_answer(nx.as_bytes()),
            Ok(Answer {
                dnssec: Some(false),
                ..Answer::nxdomain()
            })
        );
    }

    #[test]
    fn wire_answer_for_another_question_is_refused() {
        let answer = every_type();
        let bytes = encode_wire_answer(&question("other.example.test", RType::A), &answer)
            .expect("encodes");
        let err = decode_wire_answer(&bytes, "alias.example.test", RType::A).unwrap_err();
        assert!(
            matches!(&err, DnsError::Protocol(m) if m.en().contains("instead of")),
            "{err:?}"
        );
        let bytes = encode_wire_answer(&question("alias.example.test", RType::Mx), &answer)
            .expect("encodes");
        assert!(decode_wire_answer(&bytes, "alias.example.test", RType::A).is_err());
        let mut q = question("alias.example.test", RType::A);
        q.id = 7;
        let bytes = encode_wire_answer(&q, &answer).expect("encodes");
        let err = decode_wire_answer(&bytes, "alias.example.test", RType::A).unwrap_err();
        assert!(
            matches!(&err, DnsError::Protocol(m) if m.en().contains("ID 7")),
            "{err:?}"
        );
        // A query sent back is not an answer.
        let query = wire_query("alias.example.test", RType::A).expect("encodes");
        assert!(decode_wire_answer(&query, "alias.example.test", RType::A).is_err());
    }

    #[test]
    fn malformed_wire_is_an_error_at_every_length() {
        let q = question("alias.example.test", RType::A);
        let bytes = encode_wire_answer(&q, &every_type()).expect("encodes");
        for cut in 0..bytes.len() {
            let res = decode_wire_answer(&bytes[..cut], "alias.example.test", RType::A);
            assert!(
                matches!(res, Err(DnsError::Protocol(_))),
                "{cut} bytes: {res:?}"
            );
        }
        // Flipped bytes must never panic; most must fail, some may still parse.
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = decode_wire_answer(&b, "alias.example.test", RType::A);
        }
        assert!(decode_wire_query(b"not dns").is_err());
        let too_long = vec![0u8; MAX_WIRE_LEN + 1];
        let err = decode_wire_answer(&too_long, "x", RType::A).unwrap_err();
        assert!(
            matches!(&err, DnsError::Protocol(m) if m.en().contains("65535")),
            "{err:?}"
        );
    }

    #[test]
    fn txt_unquoting() {
        assert_eq!(
            unquote_txt(r#""v=spf1 -all""#),
            Ok(vec!["v=spf1 -all".into()])
        );
        assert_eq!(
            unquote_txt(r#""v=DKIM1; k=rsa; " "p=MIIB""#),
            Ok(vec!["v=DKIM1; k=rsa; ".into(), "p=MIIB".into()])
        );
        assert_eq!(
            unquote_txt(r#""a \"q\" b\\c \059 \009end""#),
            Ok(vec!["a \"q\" b\\c ; \tend".into()])
        );
        assert_eq!(unquote_txt(r#""caf\195\169""#), Ok(vec!["café".into()]));
        assert_eq!(
            unquote_txt(r#""" "x""#),
            Ok(vec![String::new(), "x".into()])
        );
        // Google's JSON API sends TXT data bare.
        assert_eq!(
            unquote_txt("v=spf1 include:_spf.google.com ~all"),
            Ok(vec!["v=spf1 include:_spf.google.com ~all".into()])
        );
        for bad in [r#""open"#, r#""a" b"#, r#""\999""#, r#""dangling\"#] {
            assert!(unquote_txt(bad).is_err(), "{bad}");
        }
        // Presentation format (what the server sends) always unquotes back.
        let strings = vec!["\u{7f}\u{1}\"\\;".to_string(), "é ".into()];
        let shown = RData::Txt(strings.clone()).presentation();
        assert_eq!(unquote_txt(&shown), Ok(strings));
    }

    #[test]
    fn json_from_public_resolvers() {
        // Cloudflare's shape.
        let cf = br#"{"Status":0,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,
            "Question":[{"name":"example.com","type":16}],
            "Answer":[{"name":"example.com","type":16,"TTL":3600,"data":"\"v=spf1 -all\""},
                      {"name":"example.com","type":46,"TTL":3600,"data":"TXT 13 2 3600 ..."}]}"#;
        let a = decode_json_answer(cf).expect("decodes");
        assert_eq!(a.txt_joined(), vec!["v=spf1 -all"]);
        assert_eq!(a.records.len(), 1, "RRSIG is skipped");
        // Google's shape: trailing dots, bare TXT, a Comment, no Answer on NXDOMAIN.
        let g = br#"{"Status":0,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,
            "Question":[{"name":"www.example.com.","type":1}],
            "Answer":[{"name":"www.example.com.","type":5,"TTL":60,"data":"Edge.Example.NET."},
                      {"name":"edge.example.net.","type":1,"TTL":20,"data":"192.0.2.7"},
                      {"name":"example.com.","type":15,"TTL":20,"data":"10 MX.example.com."}],
            "Comment":"Response from 192.0.2.53."}"#;
        let a = decode_json_answer(g).expect("decodes");
        assert_eq!(a.names(RType::Cname), vec!["edge.example.net"]);
        assert_eq!(a.ipv4(), vec![Ipv4Addr::new(192, 0, 2, 7)]);
        assert_eq!(a.names(RType::Mx), vec!["mx.example.com"]);
        assert_eq!(a.min_ttl(), Some(20));
        let nx = br#"{"Status":3,"TC":false,"RD":true,"RA":true,"AD":false,"CD":false,
            "Question":[{"name":"nx.example.com.","type":1}],
            "Authority":[{"name":"example.com.","type":6,"TTL":1800,"data":"ns. host. 1 2 3 4 5"}]}"#;
        assert_eq!(
            decode_json_answer(nx),
            Ok(Answer {
                dnssec: Some(false),
                ..Answer::nxdomain()
            })
        );
    }

    #[test]
    fn malformed_json_is_an_error() {
        for bad in [
            &b""[..],
            b"{",
            b"<html>",
            b"{}",
            br#"{"Status":"x"}"#,
            br#"{"Status":0,"Answer":[{"name":"a","type":1,"TTL":1,"data":"300.1.1.1"}]}"#,
            br#"{"Status":0,"Answer":[{"name":"a","type":15,"TTL":1,"data":"ten mx."}]}"#,
            br#"{"Status":0,"Answer":[{"name":"a","type":16,"TTL":1,"data":"\"open"}]}"#,
            br#"{"Status":0,"TC":true}"#,
        ] {
            assert!(
                matches!(decode_json_answer(bad), Err(DnsError::Protocol(_))),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
        let many: Vec<String> = (0..=MAX_RECORDS)
            .map(|_| r#"{"name":"a","type":1,"TTL":1,"data":"192.0.2.1"}"#.to_string())
            .collect();
        let body = format!(r#"{{"Status":0,"Answer":[{}]}}"#, many.join(","));
        let err = decode_json_answer(body.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, DnsError::Protocol(m) if m.en().contains("4097 records")),
            "{err:?}"
        );
    }

    #[test]
    fn urls_and_params() {
        assert_eq!(
            json_url("https://dns.google/resolve", "Example.COM.", RType::Txt),
            "https://dns.google/resolve?name=example.com&type=TXT"
        );
        assert_eq!(
            json_url(
                "https://x.test/dns-query?ct=application/dns-json",
                "a b&c",
                RType::A
            ),
            "https://x.test/dns-query?ct=application/dns-json&name=a%20b%26c&type=A"
        );
        assert_eq!(
            query_params("/resolve?name=a%20b%26c&type=TXT&flag&bad=%zz"),
            vec![
                ("name".into(), "a b&c".into()),
                ("type".into(), "TXT".into()),
                ("flag".into(), String::new()),
                ("bad".into(), "%zz".into()),
            ]
        );
        assert!(content_type_is(
            "Application/DNS-Message; charset=x",
            WIRE_CONTENT_TYPE
        ));
        assert!(!content_type_is(
            "application/dns-messages",
            WIRE_CONTENT_TYPE
        ));
        assert!(is_json_content_type("application/json; charset=UTF-8"));
        assert!(!is_json_content_type("text/html"));
    }

    #[test]
    fn snippets_show_text_as_text_and_binary_as_hex() {
        assert_eq!(snippet(b"<html>\n"), "<html> ");
        assert_eq!(snippet(&[0, 0, 0x81, 0x80]), "bytes 00 00 81 80");
        assert_eq!(
            snippet(&[0u8; 20]),
            format!("bytes {}…", ["00"; 16].join(" "))
        );
        let long = "é".repeat(30);
        assert!(snippet(long.as_bytes()).ends_with('…'));
    }

    #[test]
    fn unencodable_answers_are_errors() {
        let q = question("a.example.test", RType::Txt);
        let long = Answer::new(
            Rcode::NoError,
            vec![rec("a.example.test", RData::Txt(vec!["x".repeat(256)]))],
        );
        assert!(encode_wire_answer(&q, &long).is_err());
        let bad_name = Answer::new(
            Rcode::NoError,
            vec![rec(&"x".repeat(64), RData::A(Ipv4Addr::LOCALHOST))],
        );
        assert!(encode_wire_answer(&q, &bad_name).is_err());
        assert!(wire_query("a..b", RType::A).is_err());
    }
}
