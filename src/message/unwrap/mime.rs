//! Just enough MIME (RFC 2045, 2046) to find the parts a wrapper carries,
//! by byte ranges of the original: a message/rfc822 part must reach the
//! checks byte for byte, or its DKIM body hash would not match.

use base64::Engine;
use std::borrow::Cow;

/// Parts read per multipart level: a bounce or a forward has a handful.
pub const MAX_PARTS: usize = 100;

/// A header section and the body after it.
#[derive(Debug, Clone, Copy)]
pub struct Entity<'a> {
    pub head: &'a [u8],
    pub body: &'a [u8],
}

impl<'a> Entity<'a> {
    pub fn split(raw: &'a [u8]) -> Entity<'a> {
        let head = crate::message::header_section(raw);
        Entity {
            head,
            body: &raw[head.len()..],
        }
    }

    /// The first header named `name`, unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        fields(self.head)
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    pub fn content_type(&self) -> ContentType {
        self.header("Content-Type")
            .map(|v| ContentType::parse(&v))
            .unwrap_or_else(ContentType::text_plain)
    }

    /// The body with its Content-Transfer-Encoding undone (base64,
    /// quoted-printable); 7bit, 8bit and binary are the bytes as they are.
    pub fn decoded_body(&self) -> Cow<'a, [u8]> {
        let cte = self
            .header("Content-Transfer-Encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        match cte.trim() {
            "base64" => {
                let clean: Vec<u8> = self
                    .body
                    .iter()
                    .copied()
                    .filter(|b| !b.is_ascii_whitespace())
                    .collect();
                match base64::engine::general_purpose::STANDARD.decode(&clean) {
                    Ok(d) => Cow::Owned(d),
                    Err(_) => Cow::Borrowed(self.body),
                }
            }
            "quoted-printable" => Cow::Owned(quoted_printable(self.body)),
            _ => Cow::Borrowed(self.body),
        }
    }
}

/// Header fields of a header section as (name, unfolded value), in order.
pub fn fields(head: &[u8]) -> Vec<(String, String)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for line in head.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if matches!(line.first(), Some(b' ' | b'\t')) {
            if let Some((_, v)) = out.last_mut() {
                v.push(b' ');
                v.extend_from_slice(line.trim_ascii_start());
            }
            continue;
        }
        if let Some(colon) = line.iter().position(|&b| b == b':') {
            let name = String::from_utf8_lossy(&line[..colon]).trim().to_string();
            out.push((name, line[colon + 1..].to_vec()));
        }
    }
    out.into_iter()
        .map(|(n, v)| (n, String::from_utf8_lossy(&v).trim().to_string()))
        .collect()
}

/// A Content-Type: `type/subtype` in lowercase and its parameters
/// (names lowercase, quotes removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentType {
    pub mime: String,
    pub params: Vec<(String, String)>,
}

impl ContentType {
    fn text_plain() -> ContentType {
        ContentType {
            mime: "text/plain".into(),
            params: Vec::new(),
        }
    }

    pub fn parse(value: &str) -> ContentType {
        let mut pieces = split_params(value).into_iter();
        let mime = pieces
            .next()
            .map(|m| m.trim().to_ascii_lowercase())
            .unwrap_or_default();
        let params = pieces
            .filter_map(|p| {
                let (n, v) = p.split_once('=')?;
                let v = v.trim();
                let v = v
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or(v);
                Some((n.trim().to_ascii_lowercase(), v.replace("\\\"", "\"")))
            })
            .collect();
        ContentType { mime, params }
    }

    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn is_multipart(&self) -> bool {
        self.mime.starts_with("multipart/")
    }
}

/// Splits at `;` outside quoted strings.
fn split_params(value: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut escaped = false;
    for c in value.chars() {
        match c {
            '\\' if quoted && !escaped => escaped = true,
            '"' if !escaped => quoted = !quoted,
            ';' if !quoted => {
                out.push(String::new());
                continue;
            }
            _ => escaped = false,
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// The body parts of a multipart body (RFC 2046 §5.1.1): each part's bytes
/// between its delimiter line and the CRLF that precedes the next one, at
/// most [`MAX_PARTS`].
pub fn parts<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    while pos <= body.len() && out.len() < MAX_PARTS {
        let end = memchr::memchr(b'\n', &body[pos..]).map_or(body.len(), |i| pos + i);
        let line = &body[pos..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.starts_with(delimiter) {
            let rest = &line[delimiter.len()..];
            let closing = rest.starts_with(b"--");
            if closing || rest.iter().all(|b| b.is_ascii_whitespace()) {
                if let Some(s) = start {
                    out.push(without_last_line_end(&body[s..pos]));
                }
                if closing {
                    return out;
                }
                start = Some((end + 1).min(body.len()));
            }
        }
        pos = end + 1;
    }
    // No closing delimiter (a truncated bounce): the last part runs to the end.
    if let Some(s) = start {
        if out.len() < MAX_PARTS {
            out.push(&body[s..]);
        }
    }
    out
}

/// The CRLF before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
fn without_last_line_end(part: &[u8]) -> &[u8] {
    let part = part.strip_suffix(b"\n").unwrap_or(part);
    part.strip_suffix(b"\r").unwrap_or(part)
}

fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b == b'=' {
            let rest = &body[i + 1..];
            if rest.starts_with(b"\r\n") {
                i += 3;
                continue;
            }
            if rest.starts_with(b"\n") {
                i += 2;
                continue;
            }
            let hex = rest
                .get(..2)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_with_quoted_parameters() {
        let ct = ContentType::parse(
            "multipart/report; report-type=delivery-status;\r\n\tboundary=\"a;b=c\"",
        );
        assert_eq!(ct.mime, "multipart/report");
        assert_eq!(ct.param("report-type"), Some("delivery-status"));
        assert_eq!(ct.param("boundary"), Some("a;b=c"));
    }

    #[test]
    fn parts_end_before_the_delimiters_line_end() {
        let body = b"preamble\r\n--b\r\nA: 1\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\nepilogue";
        let p = parts(body, "b");
        assert_eq!(p, vec![&b"A: 1\r\n\r\none"[..], &b"\r\ntwo"[..]]);
    }

    #[test]
    fn a_delimiter_needs_its_own_line() {
        let body = b"--b\nx --b not one\n--bx\n--b--\n";
        assert_eq!(parts(body, "b"), vec![&b"x --b not one\n--bx"[..]]);
    }

    #[test]
    fn quoted_printable_soft_breaks_and_escapes() {
        assert_eq!(quoted_printable(b"a=3Db=\r\nc=ZZ"), b"a=bc=ZZ".to_vec());
    }
}
