//! Canonicalization (RFC 6376 §3.4) and the hashed header block (§3.7, §5.4.2),
//! with the byte strings kept so that the trace can show them.

use mail_auth::crypto::{Algorithm, HashAlgorithm};
use mail_auth::dkim::Canonicalization;
use mail_auth::headers::{Writable, Writer};
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
    canonicalize_headers(canon, selected.iter().copied(), &mut out);
    canonicalize_headers(
        canon,
        std::iter::once((sig_name, sig_value_stripped)),
        &mut out,
    );
    out
}

/// Header canonicalization (RFC 6376 §3.4.1, §3.4.2). `value` is what follows
/// the colon, with the header's own CRLF when it has one (the signature
/// header with `b=` emptied has none, and gets none).
pub fn canonicalize_headers<'x>(
    canon: Canonicalization,
    headers: impl Iterator<Item = RawHeader<'x>>,
    out: &mut Vec<u8>,
) {
    for (name, value) in headers {
        match canon {
            Canonicalization::Simple => {
                out.extend_from_slice(name);
                out.push(b':');
                out.extend_from_slice(value);
            }
            Canonicalization::Relaxed => {
                out.extend(
                    name.iter()
                        .filter(|c| !is_wsp(**c))
                        .map(u8::to_ascii_lowercase),
                );
                out.push(b':');
                relaxed_header_value(value, out);
            }
        }
    }
}

fn is_wsp(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// Unfolds (CR and LF dropped), turns each run of WSP into one SP, and drops
/// WSP at both ends; the CRLF comes back at the end when the value had one.
fn relaxed_header_value(value: &[u8], out: &mut Vec<u8>) {
    let mut space = false;
    let mut written = false;
    for &c in value {
        match c {
            b'\r' | b'\n' => {}
            c if is_wsp(c) => space = written,
            c => {
                if space {
                    out.push(b' ');
                    space = false;
                }
                out.push(c);
                written = true;
            }
        }
    }
    if value.last() == Some(&b'\n') {
        out.extend_from_slice(b"\r\n");
    }
}

/// Body canonicalization (RFC 6376 §3.4.3, §3.4.4) streamed into `w`, in as
/// few writes as possible: lines that need no change go through as one slice.
/// A run of line-break bytes counts as one CRLF per LF (a bare CR is dropped),
/// as mail-auth and OpenDKIM read them.
pub fn write_canonical_body(canon: Canonicalization, body: &[u8], w: &mut impl Writer) {
    match canon {
        Canonicalization::Simple => simple_body(body, w),
        Canonicalization::Relaxed => relaxed_body(body, w),
    }
}

const CRLFS: &[u8] = b"\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n";

/// A byte's lowest bit in each of a word's eight bytes, and its highest: the
/// masks of the word-at-a-time scans below.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// The first index from `i` whose byte is `stop`; `stop` must be false for
/// every byte above SP. Eight bytes are tested at a time for any byte below
/// 0x21 (a word-at-a-time test, which the size-optimized wasm build keeps
/// fast too): the bodies being hashed are mostly long runs of printable text.
fn find_from(body: &[u8], mut i: usize, stop: impl Fn(u8) -> bool) -> usize {
    loop {
        while let Some(Ok(word)) = body.get(i..i + 8).map(<[u8; 8]>::try_from) {
            let x = u64::from_le_bytes(word);
            if x.wrapping_sub(ONES * 0x21) & !x & HIGHS != 0 {
                break;
            }
            i += 8;
        }
        let end = body.len().min(i + 8);
        while i < end {
            if body.get(i).is_some_and(|&c| stop(c)) {
                return i;
            }
            i += 1;
        }
        if i >= body.len() {
            return body.len();
        }
    }
}

fn write_breaks(w: &mut impl Writer, mut n: usize) {
    while n > 0 {
        let take = n.min(CRLFS.len() / 2);
        w.write(&CRLFS[..take * 2]);
        n -= take;
    }
}

fn is_break(c: u8) -> bool {
    c == b'\r' || c == b'\n'
}

/// Simple: the body as it is, but empty lines at the end dropped and one
/// CRLF at the end (an empty body is one CRLF).
fn simple_body(body: &[u8], w: &mut impl Writer) {
    let mut breaks = 0;
    let mut start = 0;
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        if !is_break(c) {
            i = find_from(body, i + 1, is_break);
            continue;
        }
        if c == b'\r' && body.get(i + 1) == Some(&b'\n') {
            if let Some(&next) = body.get(i + 2) {
                if !is_break(next) {
                    i += 2;
                    continue;
                }
            }
        }
        if let Some(segment) = body.get(start..i).filter(|s| !s.is_empty()) {
            write_breaks(w, breaks);
            breaks = 0;
            w.write(segment);
        }
        while let Some(&c) = body.get(i).filter(|c| is_break(**c)) {
            breaks += usize::from(c == b'\n');
            i += 1;
        }
        start = i;
    }
    if let Some(segment) = body.get(start..).filter(|s| !s.is_empty()) {
        write_breaks(w, breaks);
        w.write(segment);
    }
    w.write(b"\r\n");
}

fn is_relaxed_space(c: u8) -> bool {
    is_wsp(c) || is_break(c)
}

/// Relaxed: WSP at line ends dropped, other WSP runs one SP, empty lines at
/// the end dropped; a non-empty body ends with CRLF, an empty one stays empty.
fn relaxed_body(body: &[u8], w: &mut impl Writer) {
    let mut breaks = 0;
    let mut space = false;
    let mut written = false;
    let mut start = 0;
    let mut i = 0;
    let content_at = |j: usize| body.get(j).is_some_and(|c| !is_relaxed_space(*c));
    while let Some(&c) = body.get(i) {
        if !is_relaxed_space(c) {
            i = find_from(body, i + 1, is_relaxed_space);
            continue;
        }
        // Inside a segment (it starts with content), a lone SP or a CRLF
        // between content bytes stays as it is.
        if i > start {
            if c == b' ' && content_at(i + 1) {
                i += 2;
                continue;
            }
            if c == b'\r' && body.get(i + 1) == Some(&b'\n') && content_at(i + 2) {
                i += 3;
                continue;
            }
        }
        if let Some(segment) = body.get(start..i).filter(|s| !s.is_empty()) {
            write_breaks(w, breaks);
            breaks = 0;
            if space {
                w.write(b" ");
            }
            w.write(segment);
            written = true;
        }
        let mut last = c;
        while let Some(&c) = body.get(i).filter(|c| is_relaxed_space(**c)) {
            breaks += usize::from(c == b'\n');
            last = c;
            i += 1;
        }
        space = is_wsp(last);
        start = i;
    }
    if let Some(segment) = body.get(start..).filter(|s| !s.is_empty()) {
        write_breaks(w, breaks);
        if space {
            w.write(b" ");
        }
        w.write(segment);
        written = true;
    }
    if written {
        w.write(b"\r\n");
    }
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
        write_canonical_body(self.canon, self.body, &mut limited);
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

/// The canonicalized body itself, its first `limit` octets when `l=` is set,
/// and the whole canonicalized length: what [`body_hash`] hashes, for a
/// hasher outside the core (the browser's WebCrypto).
pub fn canonical_body(
    canon: Canonicalization,
    body: &[u8],
    limit: Option<u64>,
) -> (Vec<u8>, usize) {
    let total = Cell::new(0);
    let mut out = Vec::with_capacity(
        body.len()
            .min(limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX))),
    );
    CountedBody {
        canon,
        body,
        limit,
        total: &total,
    }
    .write(&mut out);
    (out, total.get())
}

/// Follows the canonicalizer's writes along `body`: while each write is the
/// body's own next bytes, the canonical form so far is `body[..pos]` and
/// nothing is copied; from the first write that differs on, the canonical
/// form is built in `out` (that start of the body, then every write).
struct InPlaceOrCopy<'b, 'o> {
    body: &'b [u8],
    pos: usize,
    out: &'o mut Vec<u8>,
    copying: bool,
}

impl Writer for InPlaceOrCopy<'_, '_> {
    fn write(&mut self, buf: &[u8]) {
        if !self.copying {
            let end = self.pos.saturating_add(buf.len());
            match self.body.get(self.pos..end) {
                // A segment passed through unchanged is the body itself at
                // `pos`: the pointers say so without reading it again.
                // Anything else (a CRLF, a SP the canonicalizer wrote) is
                // compared.
                Some(here) if std::ptr::eq(here.as_ptr(), buf.as_ptr()) || here == buf => {
                    self.pos = end;
                    return;
                }
                _ => {
                    self.copying = true;
                    self.out.clear();
                    self.out.reserve(self.body.len());
                    self.out
                        .extend_from_slice(self.body.get(..self.pos).unwrap_or_default());
                }
            }
        }
        self.out.extend_from_slice(buf);
    }
}

/// The canonicalized body (its first `limit` octets when `l=` is set) and
/// the whole canonicalized length, in one pass: where canonicalization
/// leaves the hashed bytes as they are (CRLF lines, no WSP for relaxed to
/// fold, at most empty lines to drop at the end), the start of `body`
/// itself, with no copy; else built in `scratch`. For a hasher that reads
/// the bytes where they lie (the browser's WebCrypto).
pub fn canonical_body_in_place<'r>(
    canon: Canonicalization,
    body: &'r [u8],
    limit: Option<u64>,
    scratch: &'r mut Vec<u8>,
) -> (&'r [u8], usize) {
    let total = Cell::new(0);
    let mut w = InPlaceOrCopy {
        body,
        pos: 0,
        out: scratch,
        copying: false,
    };
    CountedBody {
        canon,
        body,
        limit,
        total: &total,
    }
    .write(&mut w);
    let bytes = if w.copying {
        &w.out[..]
    } else {
        body.get(..w.pos).unwrap_or_default()
    };
    (bytes, total.get())
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
/// Only the line-break bytes are looked at (`memchr`): the text between them is
/// copied in runs, which keeps a 20 MB message to a few milliseconds in wasm too.
pub fn with_crlf(raw: &[u8]) -> Option<Vec<u8>> {
    if only_crlf_line_ends(raw) {
        return None;
    }
    let bare = |i: usize| match raw.get(i) {
        Some(b'\n') => i == 0 || raw.get(i - 1) != Some(&b'\r'),
        Some(b'\r') => raw.get(i + 1) != Some(&b'\n'),
        _ => false,
    };
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 20);
    let mut copied = 0;
    for at in memchr::memchr2_iter(b'\r', b'\n', raw).filter(|&i| bare(i)) {
        out.extend_from_slice(raw.get(copied..at).unwrap_or_default());
        out.extend_from_slice(b"\r\n");
        copied = at + 1;
    }
    out.extend_from_slice(raw.get(copied..).unwrap_or_default());
    Some(out)
}

/// Whether every CR of `raw` is followed by LF and every LF preceded by CR,
/// eight bytes at a time: the usual message (CRLF, as SMTP carries it and as
/// the page sends it) is read once, without a stop at each of its line ends.
fn only_crlf_line_ends(raw: &[u8]) -> bool {
    // The high bit of each byte of `x` equal to `b`, exactly (no borrow
    // between bytes: the low seven bits are added apart from the high one).
    let equal = |x: u64, b: u8| {
        let t = x ^ (ONES * u64::from(b));
        !((t & !HIGHS).wrapping_add(!HIGHS) | t) & HIGHS
    };
    // A CR in the previous word's last byte, as the flag of this word's first.
    let mut cr_before = 0;
    let (words, rest) = raw.as_chunks::<8>();
    for &word in words {
        let x = u64::from_le_bytes(word);
        let cr = equal(x, b'\r');
        // Each LF must be exactly where a CR's next byte is.
        if (cr << 8) | cr_before != equal(x, b'\n') {
            return false;
        }
        cr_before = cr >> 56;
    }
    let mut after_cr = cr_before != 0;
    for &c in rest {
        if (c == b'\n') != after_cr {
            return false;
        }
        after_cr = c == b'\r';
    }
    !after_cr
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

/// Every string of up to 7 bytes over `a`, CR and LF: the inputs on which
/// the line-end functions are checked against their byte-by-byte definition.
#[cfg(test)]
pub(crate) fn line_break_strings() -> Vec<Vec<u8>> {
    let mut all = vec![Vec::new()];
    let mut last = vec![Vec::new()];
    for _ in 0..7 {
        last = last
            .iter()
            .flat_map(|s: &Vec<u8>| {
                b"a\r\n".map(|c| {
                    let mut t = s.clone();
                    t.push(c);
                    t
                })
            })
            .collect();
        all.extend(last.iter().cloned());
    }
    all
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

    fn body(canon: Canonicalization, raw: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        write_canonical_body(canon, raw, &mut out);
        out
    }

    /// RFC 6376 §3.4.6, both examples, and the empty body of §3.4.3/§3.4.4.
    #[test]
    fn rfc6376_canonicalization_examples() {
        let headers: Vec<RawHeader> = vec![(b"A", b" X\r\n"), (b"B ", b" Y\t\r\n\tZ  \r\n")];
        let mut relaxed = Vec::new();
        canonicalize_headers(
            Canonicalization::Relaxed,
            headers.iter().copied(),
            &mut relaxed,
        );
        assert_eq!(relaxed, b"a:X\r\nb:Y Z\r\n");
        let mut simple = Vec::new();
        canonicalize_headers(
            Canonicalization::Simple,
            headers.iter().copied(),
            &mut simple,
        );
        assert_eq!(simple, b"A: X\r\nB : Y\t\r\n\tZ  \r\n");

        let raw = b" C \r\nD \t E\r\n\r\n\r\n";
        assert_eq!(body(Canonicalization::Relaxed, raw), b" C\r\nD E\r\n");
        assert_eq!(body(Canonicalization::Simple, raw), b" C \r\nD \t E\r\n");
        assert_eq!(body(Canonicalization::Simple, b""), b"\r\n");
        assert_eq!(body(Canonicalization::Relaxed, b""), b"");
        assert_eq!(body(Canonicalization::Relaxed, b"\r\n \r\n"), b"");
    }

    /// Edges of the single-slice fast paths: a line without CRLF at the end,
    /// empty lines inside, runs of mixed WSP, more empty lines than one write.
    #[test]
    fn body_edges() {
        let r = |b: &[u8]| body(Canonicalization::Relaxed, b);
        let s = |b: &[u8]| body(Canonicalization::Simple, b);
        assert_eq!(s(b"abc"), b"abc\r\n");
        assert_eq!(r(b"abc"), b"abc\r\n");
        assert_eq!(s(b"a\r\n\r\nb\r\n"), b"a\r\n\r\nb\r\n");
        assert_eq!(r(b"a\r\n\r\nb\r\n"), b"a\r\n\r\nb\r\n");
        assert_eq!(r(b"a \t b\t\r\n  c"), b"a b\r\n c\r\n");
        let many = [b"x".as_slice(), &b"\r\n".repeat(20), b"y"].concat();
        assert_eq!(
            s(&many),
            [b"x".as_slice(), &b"\r\n".repeat(20), b"y\r\n"].concat()
        );
        assert_eq!(
            r(&many),
            [b"x".as_slice(), &b"\r\n".repeat(20), b"y\r\n"].concat()
        );
    }

    #[test]
    fn word_at_a_time_search_finds_what_a_byte_scan_finds() {
        // Every stop byte at every offset around the 8-byte words, among
        // content, control and non-ASCII bytes.
        let alphabet = [b'a', b'~', b'!', 0x01, 0x1f, 0x80, 0xc3, 0xff];
        for stop in *b" \t\r\n" {
            for len in 0..40 {
                for at in 0..=len {
                    let mut body: Vec<u8> = (0..len).map(|k| alphabet[(k * 7 + at) % 8]).collect();
                    if let Some(b) = body.get_mut(at) {
                        *b = stop;
                    }
                    for from in 0..=len {
                        let naive = (from..len)
                            .find(|&k| is_relaxed_space(body[k]))
                            .unwrap_or(len);
                        assert_eq!(
                            find_from(&body, from, is_relaxed_space),
                            naive,
                            "{body:?} {from}"
                        );
                        let naive = (from..len).find(|&k| is_break(body[k])).unwrap_or(len);
                        assert_eq!(find_from(&body, from, is_break), naive, "{body:?} {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn with_crlf_turns_every_bare_cr_and_lf_into_crlf() {
        for raw in line_break_strings() {
            let mut expected = Vec::new();
            let mut i = 0;
            while let Some(&c) = raw.get(i) {
                match c {
                    b'\r' if raw.get(i + 1) == Some(&b'\n') => {
                        expected.extend_from_slice(b"\r\n");
                        i += 1;
                    }
                    b'\r' | b'\n' => expected.extend_from_slice(b"\r\n"),
                    c => expected.push(c),
                }
                i += 1;
            }
            let made = with_crlf(&raw);
            if expected == raw {
                assert_eq!(made, None, "{raw:?}");
            } else {
                assert_eq!(made, Some(expected), "{raw:?}");
            }
        }
    }

    #[test]
    fn crlf_line_ends_are_told_apart_across_the_eight_byte_words() {
        for s in line_break_strings() {
            for at in 0..9 {
                let mut raw = vec![b'a'; at];
                raw.extend_from_slice(&s);
                raw.extend(std::iter::repeat_n(b'a', 18 - raw.len() % 8));
                for raw in [raw.clone(), raw[..at + s.len()].to_vec()] {
                    let naive = raw.iter().enumerate().all(|(i, &c)| match c {
                        b'\n' => i > 0 && raw[i - 1] == b'\r',
                        b'\r' => raw.get(i + 1) == Some(&b'\n'),
                        _ => true,
                    });
                    assert_eq!(only_crlf_line_ends(&raw), naive, "{raw:?}");
                }
            }
        }
    }

    #[test]
    fn crlf_is_visible() {
        assert_eq!(
            visible_lines(b"a:b\r\nc:d"),
            vec!["a:b\\r\\n", "c:d  (no CRLF)"]
        );
    }
}
