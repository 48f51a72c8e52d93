//! Hostile input: 10,000 deterministic mutations of the fixture messages
//! through `inspect`, and hand-written hostile messages with assertions on
//! what the identities say about them. No input may panic; every outcome is
//! an `InputError` with a reason, or a report whose verdicts are RFC 8601 words.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::message::InputError;
use headerscope::report::Report;
use headerscope::{inspect, Options};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const CASES: usize = 10_000;
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// Messages that reach the parts of intake the plain fixtures do not: DKIM
/// and ARC headers, Authentication-Results, IPv6 and multi-hop Received chains.
const BUILTIN_SEEDS: &[&[u8]] = &[
    b"Return-Path: <bounce@mail.example.org>\r\n\
Received: from localhost (localhost [127.0.0.1])\r\n\tby mx.example.net (Postfix) with ESMTP id 1\r\n\
Received: from out.example.org (out.example.org [IPv6:2001:db8::25])\r\n\tby relay.example.net with ESMTPS id 2;\r\n\tMon, 23 Nov 2026 10:00:00 +0000\r\n\
Received: from [198.51.100.4] (helo=client.example) by out.example.org with esmtps (TLS1.3) id 3; Mon, 23 Nov 2026 09:59:59 +0000\r\n\
ARC-Seal: i=1; a=rsa-sha256; t=1800000000; cv=none; d=relay.example.net; s=arc;\r\n\tb=AAAA\r\n\
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=relay.example.net; s=arc;\r\n\th=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA\r\n\
ARC-Authentication-Results: i=1; relay.example.net; spf=pass smtp.mailfrom=example.org;\r\n\tdkim=pass header.d=example.org; dmarc=pass header.from=example.org\r\n\
Authentication-Results: mx.example.net; spf=pass (sender SPF authorized) smtp.mailfrom=bounce@mail.example.org;\r\n\tdkim=fail reason=\"body hash mismatch\" header.d=example.org header.s=sel; arc=pass\r\n\
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=example.org; s=sel;\r\n\tt=1800000000; x=1900000000; l=5; i=@example.org; q=dns/txt;\r\n\th=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\tb=dGVzdA==\r\n\
DKIM-Signature: v=1; a=ed25519-sha256; c=simple/relaxed; d=sub.example.org; s=ed;\r\n\th=from; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\n\
From: =?utf-8?q?J=C3=B6rg?= <joerg@example.org>, other@example.com\r\n\
To: bob@example.net\r\nSubject: =?utf-8?b?SGVsbG8=?=\r\nDate: Mon, 23 Nov 2026 09:59:58 +0000\r\n\
Message-ID: <2@example.org>\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n\
--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n",
    b"From: a@b.example\nSubject: bare LF\n\nbody\n",
];

const ZONE: &str = "\
sel._domainkey.example.org. TXT \"v=DKIM1; k=rsa; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMJV\"
ed._domainkey.sub.example.org. TXT \"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"
arc._domainkey.relay.example.net. TXT \"v=DKIM1; p=\"
example.com. TXT \"v=spf1 include:example.org ~all\"
_dmarc.example.com. TXT \"v=DMARC1; p=reject\"
";

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.next().is_multiple_of(one_in)
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Every `.eml` under tests/data (other branches add theirs), plus the built-in seeds.
fn seeds() -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "eml") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&data_dir(), &mut paths);
    paths.sort();
    let mut out: Vec<(String, Vec<u8>)> = paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            // Large fixtures would make 10,000 debug-mode runs slow; mutations add size anyway.
            (bytes.len() <= 64 * 1024).then(|| (p.display().to_string(), bytes))
        })
        .collect();
    for (i, s) in BUILTIN_SEEDS.iter().enumerate() {
        out.push((format!("builtin seed #{i}"), s.to_vec()));
    }
    out
}

fn header_end(m: &[u8]) -> usize {
    m.windows(2)
        .position(|w| w == b"\n\n")
        .or_else(|| m.windows(4).position(|w| w == b"\r\n\r\n"))
        .unwrap_or(m.len())
}

fn line_starts(m: &[u8], limit: usize) -> Vec<usize> {
    let mut v = vec![0];
    for (i, b) in m.iter().enumerate().take(limit) {
        if *b == b'\n' && i + 1 < limit {
            v.push(i + 1);
        }
    }
    v
}

fn line_at(m: &[u8], start: usize) -> &[u8] {
    let end = m[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(m.len(), |p| start + p + 1);
    &m[start..end]
}

/// Applies one mutation; returns its name for the failure report.
fn mutate(rng: &mut XorShift, m: &mut Vec<u8>, other: &[u8]) -> &'static str {
    let len = m.len();
    let hdr_end = header_end(m);
    match rng.below(17) {
        0 => {
            if len > 0 {
                let i = rng.below(len);
                m[i] ^= 1 << rng.below(8);
            }
            "bit flip"
        }
        1 => {
            for _ in 0..1 + rng.below(16) {
                if !m.is_empty() {
                    let i = rng.below(m.len());
                    m[i] = rng.next() as u8;
                }
            }
            "random bytes"
        }
        2 => {
            m.truncate(rng.below(len + 1));
            "truncation"
        }
        3 => {
            let starts = line_starts(m, hdr_end);
            let line = line_at(m, starts[rng.below(starts.len())]).to_vec();
            let at = starts[rng.below(starts.len())];
            for _ in 0..1 + rng.below(50) {
                m.splice(at..at, line.iter().copied());
            }
            "header duplication"
        }
        4 => {
            // Sizes are mostly moderate so that 10,000 cases stay fast in debug builds.
            let n = if rng.chance(10) {
                100_000 + rng.below(200_000)
            } else {
                100 + rng.below(20_000)
            };
            let mut line = b"X-Huge: ".to_vec();
            line.extend(std::iter::repeat_n(b'a', n));
            line.extend_from_slice(b"\r\n");
            m.splice(0..0, line);
            "huge header line"
        }
        5 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(m.len() + 1);
                m.insert(i, 0);
            }
            "NULs"
        }
        6 => {
            const BAD: &[&[u8]] = &[
                b"\xff",
                b"\xfe\xff",
                b"\xc3",
                b"\xe2\x80",
                b"\xed\xa0\x80",
                b"\xf4\x90\x80\x80",
                b"\xc0\xaf",
            ];
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(m.len() + 1);
                let b = BAD[rng.below(BAD.len())];
                m.splice(i..i, b.iter().copied());
            }
            "invalid UTF-8"
        }
        7 => {
            let starts = line_starts(m, hdr_end);
            let at = starts[rng.below(starts.len())];
            let h: &[u8] = match rng.below(4) {
                0 => "Subject: café \u{202e}gnp.exe\r\n".as_bytes(),
                1 => b"From: J\xf6rg <j\xf6rg@exa\xe9mple.org>\r\n",
                2 => b"Received: from h\xe9lo (r\xe9v [192.0.2.99]) by mx\r\n",
                _ => b"X-\xe9\xe8: \xe9\r\n",
            };
            m.splice(at..at, h.iter().copied());
            "8-bit header"
        }
        8 => {
            if hdr_end < len {
                let sep = if m[hdr_end..].starts_with(b"\r\n\r\n") {
                    4
                } else {
                    2
                };
                m.splice(hdr_end..hdr_end + sep, b"\r\n".iter().copied());
            }
            "missing body separator"
        }
        9 => {
            let mut h = b"Received: from deep".to_vec();
            let depth = if rng.chance(10) {
                2_000 + rng.below(3_000)
            } else {
                1 + rng.below(300)
            };
            for i in 0..depth {
                h.extend_from_slice(if i % 2 == 0 { b"\r\n\t(x" } else { b"\r\n )" });
            }
            h.extend_from_slice(b"\r\n");
            let at = rng.below(hdr_end.min(len) + 1);
            let at = line_starts(m, at.max(1)).last().copied().unwrap_or(0);
            m.splice(at..at, h);
            "deeply folded header"
        }
        10 => {
            if rng.chance(40) {
                m.extend(std::iter::repeat_n(b'x', 1 << 20));
                "1 MB single line"
            } else {
                m.extend(std::iter::repeat_n(b'y', 10_000));
                "10 KB single line"
            }
        }
        11 => {
            let text: Vec<u8> = match rng.below(3) {
                0 => m.iter().copied().filter(|&b| b != b'\r').collect(),
                1 => m
                    .iter()
                    .flat_map(|&b| {
                        if b == b'\n' {
                            vec![b'\r', b'\n']
                        } else {
                            vec![b]
                        }
                    })
                    .collect(),
                _ => m
                    .iter()
                    .map(|&b| if b == b'\n' { b'\r' } else { b })
                    .collect(),
            };
            *m = text;
            "line-ending change"
        }
        12 => {
            if len > 0 {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(200)).min(len);
                m.drain(a..b);
            }
            "range deletion"
        }
        13 => {
            if !other.is_empty() {
                let a = rng.below(other.len());
                let b = (a + 1 + rng.below(500)).min(other.len());
                let at = rng.below(m.len() + 1);
                m.splice(at..at, other[a..b].iter().copied());
            }
            "splice from another seed"
        }
        14 => {
            let starts = line_starts(m, hdr_end);
            let s = starts[rng.below(starts.len())];
            if let Some(p) = m[s..].iter().position(|&b| b == b':' || b == b'\n') {
                if m[s + p] == b':' {
                    m.remove(s + p);
                }
            }
            "header without colon"
        }
        15 => {
            let mut block = Vec::new();
            let n = if rng.chance(50) {
                1_000 + rng.below(1_000)
            } else {
                5 + rng.below(60)
            };
            for i in 0..n {
                block.extend_from_slice(
                    format!(
                        "Received: from h{i} (h{i} [10.{}.{}.1]) by mx{i}; Mon, 1 Jan 2026\r\n",
                        i % 250,
                        i / 250
                    )
                    .as_bytes(),
                );
            }
            m.splice(0..0, block);
            "thousands of Received headers"
        }
        _ => {
            let value: &[u8] = match rng.below(5) {
                0 => b"DKIM-Signature: v=1; a=rsa-sha256; d=; s=; h=; bh=; b=\r\n",
                1 => b"DKIM-Signature: v=1; l=99999999999999999999; x=1; t=2; d=a; s=b; bh=AA==; b=AA==; h=from\r\n",
                2 => b"DKIM-Signature: ;;;;====;;;\r\n",
                3 => b"ARC-Seal: i=999999999999; cv=fail\r\n",
                _ => b"Authentication-Results: ; ; spf=; dkim=(\r\n",
            };
            let at = rng.below(hdr_end.min(len) + 1);
            let at = line_starts(m, at.max(1)).last().copied().unwrap_or(0);
            m.splice(at..at, value.iter().copied());
            "hostile auth header"
        }
    }
}

const RFC8601: [&str; 7] = [
    "pass",
    "fail",
    "softfail",
    "neutral",
    "none",
    "temperror",
    "permerror",
];

/// What must hold of any outcome; `Err(description)` when it does not.
fn check_outcome(res: &Result<Report, InputError>) -> Result<(), String> {
    let report = match res {
        Err(e) if e.0.en().trim().is_empty() => return Err("an InputError with no message".into()),
        Err(_) => return Ok(()),
        Ok(r) => r,
    };
    let v =
        serde_json::to_value(report).map_err(|e| format!("the report does not serialize: {e}"))?;
    let mut verdicts = vec![
        ("spf", v["spf"]["result"].clone()),
        ("arc", v["arc"]["result"].clone()),
        ("dmarc", v["dmarc"]["result"].clone()),
    ];
    if !v["spf"]["helo_result"].is_null() {
        verdicts.push(("spf helo", v["spf"]["helo_result"].clone()));
    }
    for d in v["dkim"].as_array().into_iter().flatten() {
        verdicts.push(("dkim", d["result"].clone()));
    }
    for (what, word) in verdicts {
        if !word.as_str().is_some_and(|w| RFC8601.contains(&w)) {
            return Err(format!("{what} verdict {word} is not an RFC 8601 word"));
        }
    }
    if let Some(ip) = &report.identities.ip {
        if ip.parse::<std::net::IpAddr>().is_err() {
            return Err(format!("identity ip {ip:?} is not an address"));
        }
    }
    Ok(())
}

fn run(raw: &[u8], resolver: &ZoneResolver) -> Result<Report, InputError> {
    let options = Options {
        now: Some(1_800_000_000),
        ..Default::default()
    };
    futures::executor::block_on(inspect(raw, &options, resolver))
}

#[test]
fn ten_thousand_mutated_messages_never_panic() {
    let seeds = seeds();
    assert!(seeds.len() >= 3, "fixtures found: {}", seeds.len());
    let resolver = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone parses"));
    let mut rng = XorShift(SEED);
    let mut failures: Vec<String> = Vec::new();
    let (mut errs, mut reports) = (0usize, 0usize);
    let t0 = std::time::Instant::now();
    // Panics are caught and reported below with the mutation that caused them.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for case in 0..CASES {
        let (name, seed) = &seeds[case % seeds.len()];
        let other = &seeds[rng.below(seeds.len())].1;
        let mut m = seed.clone();
        let mut applied = Vec::new();
        for _ in 0..1 + rng.below(3) {
            applied.push(mutate(&mut rng, &mut m, other));
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| run(&m, &resolver)));
        let problem = match &outcome {
            Err(p) => Some(format!(
                "panicked: {}",
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
            Ok(res) => {
                match res {
                    Ok(_) => reports += 1,
                    Err(_) => errs += 1,
                }
                check_outcome(res).err()
            }
        };
        if let Some(p) = problem {
            let dump = std::env::temp_dir().join(format!("headerscope-hostile-{case}.eml"));
            let _ = std::fs::write(&dump, &m);
            failures.push(format!(
                "case {case} (seed {name}, mutations {applied:?}, input saved to {}): {p}",
                dump.display()
            ));
        }
    }
    std::panic::set_hook(hook);
    eprintln!(
        "{CASES} mutated messages in {:?}: {reports} reports, {errs} input errors",
        t0.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} of {CASES} failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The generator must produce both outcomes, or it is not testing much.
    assert!(
        reports > CASES / 2 && errs > 0,
        "reports {reports}, errors {errs}"
    );
}

/// Every input checked in under tests/data/hostile/ (crashes found by fuzzing,
/// hand-made nasties): inspected without a panic, outcome well-formed.
#[test]
fn checked_in_hostile_inputs() {
    let dir = data_dir().join("hostile");
    let resolver = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone parses"));
    let mut n = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for p in entries
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
    {
        let raw = std::fs::read(&p).expect("readable");
        let res = catch_unwind(AssertUnwindSafe(|| run(&raw, &resolver)))
            .unwrap_or_else(|_| panic!("{} panicked", p.display()));
        if let Err(e) = check_outcome(&res) {
            panic!("{}: {e}", p.display());
        }
        n += 1;
    }
    assert!(n > 0, "no inputs in {}", dir.display());
}

fn identities_of(raw: &[u8]) -> headerscope::report::Identities {
    let resolver = ZoneResolver::offline(Zone::new());
    run(raw, &resolver).expect("a message").identities
}

#[test]
fn script_tags_stay_data() {
    let id = identities_of(
        b"Return-Path: <\"<script>alert(1)</script>\"@example.org>\r\n\
From: \"<script>alert(1)</script>\" <alice@example.org>\r\nSubject: <img src=x onerror=alert(1)>\r\n\r\nx\r\n",
    );
    // The display name does not leak into the domain; the local part is kept verbatim.
    assert_eq!(id.from_domain.as_deref(), Some("example.org"));
    assert_eq!(
        id.mail_from.as_deref(),
        Some("\"<script>alert(1)</script>\"@example.org")
    );
}

#[test]
fn rtl_override_in_display_name_does_not_change_the_domain() {
    let id = identities_of(
        "From: \"\u{202e}gro.elpmaxe\" <mallory@evil.example>\r\nSubject: x\r\n\r\nx\r\n"
            .as_bytes(),
    );
    assert_eq!(id.from_domain.as_deref(), Some("evil.example"));
}

#[test]
fn rtl_override_in_the_domain_is_kept_verbatim() {
    // Shown as-is, the UI and CLI can flag it; silently dropping it would make a spoof look clean.
    let id = identities_of("From: m@evil\u{202e}elpmaxe.com\r\n\r\nx\r\n".as_bytes());
    assert_eq!(id.from_domain.as_deref(), Some("evil\u{202e}elpmaxe.com"));
}

#[test]
fn invalid_utf8_and_nuls_in_received_keep_the_client_address() {
    let id = identities_of(
        b"Received: from h\xff\xfelo.example (r\x00dns [192.0.2.7])\r\n\tby mx.example.net; Mon, 23 Nov 2026 10:00:00 +0000\r\n\
From: a@example.org\r\n\r\nx\r\n",
    );
    assert_eq!(id.ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(id.helo.as_deref(), Some("h\u{fffd}\u{fffd}lo.example"));
}

#[test]
fn a_nul_in_the_from_domain_is_not_dropped() {
    let id = identities_of(b"From: alice@exa\x00mple.org\r\n\r\nx\r\n");
    assert_ne!(id.from_domain.as_deref(), Some("example.org"));
}

#[test]
fn an_address_with_markup_in_brackets_is_not_a_client_ip() {
    let id = identities_of(
        b"Received: from x (x [192.0.2.7<script>]) by mx.example.net\r\nFrom: a@example.org\r\n\r\n",
    );
    assert_eq!(id.ip, None);
}

#[test]
fn very_long_lines_do_not_hide_the_identities() {
    let mut raw = b"Subject: ".to_vec();
    raw.extend(std::iter::repeat_n(b'A', 300_000));
    raw.extend_from_slice(
        b"\r\nReceived: from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net\r\n\
From: a@example.org\r\n\r\n",
    );
    raw.extend(std::iter::repeat_n(b'B', 1 << 20));
    let id = identities_of(&raw);
    assert_eq!(id.ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(id.from_domain.as_deref(), Some("example.org"));
}

#[test]
fn the_public_hop_is_found_below_thousands_of_internal_ones() {
    let mut raw = Vec::new();
    for i in 0..3000 {
        raw.extend_from_slice(
            format!(
                "Received: from in{i} (in{i} [10.0.0.{}]) by relay\r\n",
                i % 250
            )
            .as_bytes(),
        );
    }
    raw.extend_from_slice(
        b"Received: from out.example.org (out.example.org [203.0.113.9]) by relay\r\nFrom: a@example.org\r\n\r\n",
    );
    let id = identities_of(&raw);
    assert_eq!(id.ip.as_deref(), Some("203.0.113.9"));
    assert!(id.sources.ip.en().contains("#3001"), "{:?}", id.sources.ip);
}

#[test]
fn non_messages_are_input_errors_with_a_reason() {
    let resolver = ZoneResolver::offline(Zone::new());
    for raw in [
        &b""[..],
        b"\r\n\r\n",
        b"\x00\x00\x00",
        b"just some text without a header",
        b"<html><body>not mail</body></html>",
    ] {
        match run(raw, &resolver) {
            Err(e) => assert!(!e.0.en().trim().is_empty(), "{raw:?}"),
            Ok(r) => {
                // Some of these parse as a header-less message; then the verdicts must still be words.
                check_outcome(&Ok(r)).unwrap_or_else(|e| panic!("{raw:?}: {e}"));
            }
        }
    }
}
