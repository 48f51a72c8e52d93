//! Canonicalization (RFC 6376 §3.4) and the hashed header block (§3.7, §5.4.2),
//! with the byte strings kept so that the trace can show them.

use mail_auth::common::crypto::{Algorithm, HashAlgorithm};
use mail_auth::common::headers::{Writable, Writer};
use mail_auth::dkim::Canonicalization;
use std::cell::Cell;
use std::collections::HashMap;

pub type RawHeader<'x> = (&'x [u8], &'x [u8]);

/// Picks the header instances `h=` names, bottom-up per name (§5.4.2); a name with
/// no (more) instances contributes nothing. Returns the picks and, per `h=` entry,
/// whether an instance was found.
pub fn select_headers<'x>(
    headers: &[RawHeader<'x>],
    names: &[String],
) -> (Vec<RawHeader<'x>>, Vec<bool>) {
    let mut used = vec![false; headers.len()];
    let mut picked = Vec::new();
    let mut found = Vec::new();
    for name in names {
        let hit = headers.iter().enumerate().rev().find(|(i, (n, _))| {
            !used.get(*i).copied().unwrap_or(true) && n.eq_ignore_ascii_case(name.as_bytes())
        });
        match hit {
            Some((i, h)) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                picked.push(*h);
                found.push(true);
            }
            None => found.push(false),
        }
    }
    (picked, found)
}

/// Where each header name occurs, made once per message: a signature's `h=`
/// then costs a lookup per name, not a pass over every header (a message with
/// thousands of signatures would otherwise cost signatures × headers).
#[derive(Debug, Default)]
pub struct HeaderIndex {
    positions: HashMap<Vec<u8>, Vec<usize>>,
}

impl HeaderIndex {
    pub fn new(headers: &[RawHeader<'_>]) -> HeaderIndex {
        let mut positions: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
        for (i, (name, _)) in headers.iter().enumerate() {
            positions
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push(i);
        }
        HeaderIndex { positions }
    }

    /// How many headers are named `name` (case-insensitive).
    pub fn count(&self, name: &str) -> usize {
        self.positions
            .get(name.to_ascii_lowercase().as_bytes())
            .map_or(0, Vec::len)
    }

    /// [`select_headers`] over the headers this index was made from.
    pub fn select<'x>(
        &self,
        headers: &[RawHeader<'x>],
        names: &[String],
    ) -> (Vec<RawHeader<'x>>, Vec<bool>) {
        // Bottom-up per name: the k-th use of a name takes its k-th last instance.
        let mut taken: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut picked = Vec::new();
        let mut found = Vec::new();
        for name in names {
            let key = name.to_ascii_lowercase().into_bytes();
            let at = self.positions.get(&key);
            let used = taken.entry(key).or_default();
            let hit = at
                .and_then(|p| p.len().checked_sub(*used + 1).and_then(|k| p.get(k)))
                .and_then(|&i| headers.get(i));
            match hit {
                Some(h) => {
                    *used += 1;
                    picked.push(*h);
                    found.push(true);
                }
                None => found.push(false),
            }
        }
        (picked, found)
    }
}

/// The exact bytes that are hashed for the header signature: the selected headers, then the
/// signature header itself with `b=` emptied and no final CRLF.
pub fn header_block(
    canon: Canonicalization,
    selected: &[RawHeader<'_>],
    sig_name: &[u8],
    sig_value_stripped: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(1024);
    canon.canonicalize_headers(selected.iter().copied(), &mut out);
    canon.canonicalize_headers(std::iter::once((sig_name, sig_value_stripped)), &mut out);
    out
}

/// Passes at most `remaining` bytes on (all when `None`) and counts every byte it is given.
struct Limited<'w, W: Writer> {
    inner: &'w mut W,
    remaining: Option<u64>,
    total: &'w Cell<usize>,
}

impl<W: Writer> Writer for Limited<'_, W> {
    fn write(&mut self, buf: &[u8]) {
        self.total.set(self.total.get() + buf.len());
        let take = match self.remaining {
            Some(r) => buf.len().min(usize::try_from(r).unwrap_or(usize::MAX)),
            None => buf.len(),
        };
        if take > 0 {
            self.inner.write(&buf[..take]);
        }
        if let Some(r) = self.remaining.as_mut() {
            *r -= take as u64;
        }
    }
}

/// The canonicalized body as a stream into the hasher: no copy of a 20 MB body.
struct CountedBody<'a> {
    canon: Canonicalization,
    body: &'a [u8],
    limit: Option<u64>,
    total: &'a Cell<usize>,
}

impl Writable for CountedBody<'_> {
    fn write(self, writer: &mut impl Writer) {
        let mut limited = Limited {
            inner: writer,
            remaining: self.limit,
            total: self.total,
        };
        self.canon.canonical_body(self.body, 0).write(&mut limited);
    }
}

/// Hashes the canonicalized body, the first `limit` octets of it when `l=` is set,
/// in one pass; returns the hash and the whole canonicalized length.
pub fn body_hash(
    a: Algorithm,
    canon: Canonicalization,
    body: &[u8],
    limit: Option<u64>,
) -> (Vec<u8>, usize) {
    let total = Cell::new(0);
    let digest = hash_algorithm(a).hash(CountedBody {
        canon,
        body,
        limit,
        total: &total,
    });
    (digest.as_ref().to_vec(), total.get())
}

pub fn hash_algorithm(a: Algorithm) -> HashAlgorithm {
    match a {
        Algorithm::RsaSha1 => HashAlgorithm::Sha1,
        _ => HashAlgorithm::Sha256,
    }
}

pub fn hash(a: Algorithm, data: &[u8]) -> Vec<u8> {
    hash_algorithm(a).hash(data).as_ref().to_vec()
}

/// The message with every bare LF (and bare CR) turned into CRLF, when it has any: pasted
/// or saved messages often lost their CRs, and signers hashed CRLF lines (RFC 6376 §3.4).
pub fn with_crlf(raw: &[u8]) -> Option<Vec<u8>> {
    let bare = raw.iter().enumerate().any(|(i, &c)| {
        (c == b'\n' && (i == 0 || raw.get(i - 1) != Some(&b'\r')))
            || (c == b'\r' && raw.get(i + 1) != Some(&b'\n'))
    });
    if !bare {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 20);
    let mut i = 0;
    while let Some(&c) = raw.get(i) {
        match c {
            b'\r' if raw.get(i + 1) == Some(&b'\n') => {
                out.extend_from_slice(b"\r\n");
                i += 2;
                continue;
            }
            b'\r' | b'\n' => out.extend_from_slice(b"\r\n"),
            c => out.push(c),
        }
        i += 1;
    }
    Some(out)
}

/// Lines for the trace: every CRLF shown as `\r\n`, other control bytes escaped.
pub fn visible_lines(block: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(block);
    let mut lines = Vec::new();
    let mut rest: &str = &text;
    while !rest.is_empty() {
        match rest.find("\r\n") {
            Some(pos) => {
                lines.push(format!("{}\\r\\n", escape(&rest[..pos])));
                rest = &rest[pos + 2..];
            }
            None => {
                lines.push(format!("{}  (no CRLF)", escape(rest)));
                break;
            }
        }
    }
    lines
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bottom_up_selection_and_missing_names() {
        let h: Vec<RawHeader> = vec![
            (b"From", b" a\r\n"),
            (b"To", b" b\r\n"),
            (b"from", b" c\r\n"),
        ];
        let names = vec![
            "from".to_string(),
            "From".to_string(),
            "from".to_string(),
            "subject".to_string(),
        ];
        let (picked, found) = select_headers(&h, &names);
        assert_eq!(
            picked,
            vec![
                (&b"from"[..], &b" c\r\n"[..]),
                (&b"From"[..], &b" a\r\n"[..])
            ]
        );
        assert_eq!(found, vec![true, true, false, false]);
        // The index picks exactly what the scan picks.
        assert_eq!(HeaderIndex::new(&h).select(&h, &names), (picked, found));
        assert_eq!(HeaderIndex::new(&h).count("FROM"), 2);
        assert_eq!(HeaderIndex::new(&h).count("subject"), 0);
    }

    #[test]
    fn crlf_is_visible() {
        assert_eq!(
            visible_lines(b"a:b\r\nc:d"),
            vec!["a:b\\r\\n", "c:d  (no CRLF)"]
        );
    }
}
