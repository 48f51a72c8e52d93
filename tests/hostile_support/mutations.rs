//! Hostile variants of real messages, one class at a time, deterministic
//! (a seed gives the same bytes on every machine): what a mutation campaign
//! over delivered mail found worth trying, plus the shapes no fixture has.
//! `tests/hostile_limits.rs` runs a small sample in `cargo test` and the
//! worst case of each class; `scripts/fuzz.sh` runs thousands and writes
//! them out for the batch memory measurement.

/// The kinds of damage, each applied to a whole message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Truncation,
    ByteFlips,
    DuplicatedHeaders,
    ReorderedHeaders,
    StrayCr,
    EightBitHeaders,
    LongLine,
    RepeatedHeaders,
    NestedMime,
    DeepFolding,
    Nul,
    Utf16Bom,
    CrOnly,
    MixedLineEndings,
}

impl Class {
    pub const ALL: [Class; 14] = [
        Class::Truncation,
        Class::ByteFlips,
        Class::DuplicatedHeaders,
        Class::ReorderedHeaders,
        Class::StrayCr,
        Class::EightBitHeaders,
        Class::LongLine,
        Class::RepeatedHeaders,
        Class::NestedMime,
        Class::DeepFolding,
        Class::Nul,
        Class::Utf16Bom,
        Class::CrOnly,
        Class::MixedLineEndings,
    ];
}

/// xorshift64: small, deterministic, good enough to pick positions.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0.max(1);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn header_end(m: &[u8]) -> usize {
    m.windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 2)
        .or_else(|| m.windows(2).position(|w| w == b"\n\n").map(|p| p + 1))
        .unwrap_or(m.len())
}

/// The header fields of `m` (continuation lines kept with their field) and
/// where the body starts.
fn fields(m: &[u8]) -> (Vec<Vec<u8>>, usize) {
    let end = header_end(m);
    let mut out: Vec<Vec<u8>> = Vec::new();
    for line in m[..end].split_inclusive(|&b| b == b'\n') {
        match (line.first(), out.last_mut()) {
            (Some(b' ' | b'\t'), Some(last)) => last.extend_from_slice(line),
            _ => out.push(line.to_vec()),
        }
    }
    (out, end)
}

/// `m` damaged by `class`; `scale` (1 = a typical case, up to
/// [`WORST_SCALE`]) sets how much: how many repeats, how long, how deep.
pub fn mutate(m: &[u8], class: Class, rng: &mut Rng, scale: usize) -> Vec<u8> {
    let scale = scale.clamp(1, WORST_SCALE);
    let (fields, body_at) = fields(m);
    let body = &m[body_at..];
    let join = |fs: &[Vec<u8>]| -> Vec<u8> {
        let mut out: Vec<u8> = fs.concat();
        out.extend_from_slice(body);
        out
    };
    match class {
        Class::Truncation => m[..rng.below(m.len() + 1)].to_vec(),
        Class::ByteFlips => {
            let mut out = m.to_vec();
            for _ in 0..scale * 4 {
                if !out.is_empty() {
                    let i = rng.below(out.len());
                    out[i] ^= 1 << rng.below(8);
                }
            }
            out
        }
        Class::DuplicatedHeaders => {
            let mut fs = fields.clone();
            for _ in 0..scale * 10 {
                if fs.is_empty() {
                    break;
                }
                let f = fs[rng.below(fs.len())].clone();
                let at = rng.below(fs.len() + 1);
                fs.insert(at, f);
            }
            join(&fs)
        }
        Class::ReorderedHeaders => {
            let mut fs = fields.clone();
            for i in (1..fs.len()).rev() {
                let j = rng.below(i + 1);
                fs.swap(i, j);
            }
            join(&fs)
        }
        Class::StrayCr => {
            let mut out = m.to_vec();
            for _ in 0..scale * 8 {
                let i = rng.below(out.len() + 1);
                out.insert(i, b'\r');
            }
            out
        }
        Class::EightBitHeaders => {
            let mut fs = fields.clone();
            const BAD: [&[u8]; 5] = [
                b"Subject: caf\xe9 \xff\xfe \xc3\r\n",
                b"From: J\xf6rg <j\xf6rg@exa\xe9mple.org>\r\n",
                b"Received: from h\xe9lo (r\xe9v [192.0.2.99]) by mx\xe9\r\n",
                b"DKIM-Signature: v=1; d=\xe9.example; s=\xff; h=from; bh=AA==; b=AA==\r\n",
                b"Authentication-Results: mx\xe9; dkim=pass header.d=\xe9\r\n",
            ];
            for _ in 0..scale {
                let at = rng.below(fs.len() + 1);
                fs.insert(at, BAD[rng.below(BAD.len())].to_vec());
            }
            join(&fs)
        }
        Class::LongLine => {
            let mut fs = fields.clone();
            let n = 10_000 * scale;
            let mut f = b"X-Long: ".to_vec();
            f.extend((0..n).map(|i| b'a' + (i % 26) as u8));
            f.extend_from_slice(b"\r\n");
            let at = rng.below(fs.len() + 1);
            fs.insert(at, f);
            join(&fs)
        }
        Class::RepeatedHeaders => {
            let mut fs = fields.clone();
            let pick = fields
                .get(rng.below(fields.len()))
                .cloned()
                .unwrap_or_else(|| b"X-A: b\r\n".to_vec());
            for _ in 0..scale * 200 {
                fs.insert(0, pick.clone());
            }
            join(&fs)
        }
        Class::NestedMime => {
            let depth = scale * 10;
            let mut fs = fields.clone();
            fs.retain(|f| !f.to_ascii_lowercase().starts_with(b"content-type"));
            fs.push(b"Content-Type: multipart/mixed; boundary=\"b0\"\r\n".to_vec());
            let mut out = fs.concat();
            out.extend_from_slice(b"\r\n");
            for d in 1..=depth {
                out.extend_from_slice(
                    format!(
                        "--b{}\r\nContent-Type: multipart/mixed; boundary=\"b{d}\"\r\n\r\n",
                        d - 1
                    )
                    .as_bytes(),
                );
            }
            out.extend_from_slice(
                format!("--b{depth}\r\nContent-Type: text/plain\r\n\r\n").as_bytes(),
            );
            out.extend_from_slice(body);
            for d in (0..=depth).rev() {
                out.extend_from_slice(format!("\r\n--b{d}--").as_bytes());
            }
            out.extend_from_slice(b"\r\n");
            out
        }
        Class::DeepFolding => {
            let mut fs = fields.clone();
            let levels = scale * 10;
            let mut f = b"Received: from deep".to_vec();
            for i in 0..levels {
                f.extend_from_slice(if i % 2 == 0 { b"\r\n\t(x" } else { b"\r\n )" });
            }
            f.extend_from_slice(b"\r\n");
            let at = rng.below(fs.len() + 1);
            fs.insert(at, f);
            join(&fs)
        }
        Class::Nul => {
            let mut out = m.to_vec();
            for _ in 0..scale * 4 {
                let i = rng.below(out.len() + 1);
                out.insert(i, 0);
            }
            out
        }
        Class::Utf16Bom => {
            if rng.below(2) == 0 {
                // A BOM in front of an otherwise ASCII message.
                let mut out = vec![0xEF, 0xBB, 0xBF];
                out.extend_from_slice(m);
                out
            } else {
                // The whole message saved as UTF-16LE by an editor.
                let mut out = vec![0xFF, 0xFE];
                for &b in m {
                    out.extend_from_slice(&[b, 0]);
                }
                out
            }
        }
        Class::CrOnly => m
            .iter()
            .filter(|&&b| b != b'\r')
            .map(|&b| if b == b'\n' { b'\r' } else { b })
            .collect(),
        Class::MixedLineEndings => {
            let mut out = Vec::with_capacity(m.len() + m.len() / 8);
            for &b in m.iter().filter(|&&b| b != b'\r') {
                if b == b'\n' {
                    match rng.below(3) {
                        0 => out.extend_from_slice(b"\r\n"),
                        1 => out.push(b'\n'),
                        _ => out.push(b'\r'),
                    }
                } else {
                    out.push(b);
                }
            }
            out
        }
    }
}

/// The largest `scale` [`mutate`] takes: 100 levels make 1,000-level MIME
/// nesting and folding, 20,000 repeated headers, a 1 MB line.
pub const WORST_SCALE: usize = 100;

/// `count` variants over `seeds`, every class in turn, scales mostly small
/// with one in ten up to [`WORST_SCALE`]: `(class, seed index, bytes)`.
pub fn corpus(seeds: &[Vec<u8>], count: usize, seed: u64) -> Vec<(Class, usize, Vec<u8>)> {
    let mut rng = Rng(seed);
    (0..count)
        .filter(|_| !seeds.is_empty())
        .map(|i| {
            let class = Class::ALL[i % Class::ALL.len()];
            let s = (i / Class::ALL.len()) % seeds.len();
            let scale = if rng.below(10) == 0 {
                1 + rng.below(WORST_SCALE)
            } else {
                1 + rng.below(5)
            };
            (class, s, mutate(&seeds[s], class, &mut rng, scale))
        })
        .collect()
}
