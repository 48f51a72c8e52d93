//! Hostile messages of a chosen size, for the limit tests (tests/limits.rs)
//! and the growth benchmark (`hs-bench hostile`, which includes this file by
//! path): N DKIM signatures with distinct d=, N ARC sets, one
//! Authentication-Results header with N results, N Received headers.
//! Deterministic: the same N gives the same bytes.

#![allow(dead_code)]

pub mod mutations;

/// The kinds of repetition, one per limit in `headerscope::Limits`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    Signatures,
    ArcSets,
    Results,
    ReceivedSpf,
    FromDomains,
    Received,
}

impl Flood {
    pub const ALL: [Flood; 6] = [
        Flood::Signatures,
        Flood::ArcSets,
        Flood::Results,
        Flood::ReceivedSpf,
        Flood::FromDomains,
        Flood::Received,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Flood::Signatures => "signatures",
            Flood::ArcSets => "arc-sets",
            Flood::Results => "results",
            Flood::ReceivedSpf => "received-spf",
            Flood::FromDomains => "from-domains",
            Flood::Received => "received",
        }
    }
}

const TAIL: &str = "From: Alice <alice@example.org>\r\n\
To: bob@example.net\r\n\
Subject: many headers\r\n\
Date: Mon, 23 Nov 2026 09:59:58 +0000\r\n\
Message-ID: <flood@example.org>\r\n\r\nhello\r\n";

const RECEIVED_TOP: &str = "Received: from mail.example.org (mail.example.org [192.0.2.7])\r\n\
\tby mx.example.net (Postfix) with ESMTPS id 1; Mon, 23 Nov 2026 10:00:00 +0000\r\n";

/// A message with `n` repetitions of one kind of header.
pub fn message(kind: Flood, n: usize) -> Vec<u8> {
    let mut m = String::new();
    match kind {
        Flood::Signatures => {
            m.push_str(RECEIVED_TOP);
            for i in 0..n {
                m.push_str(&format!(
                    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=d{i}.example; s=s;\r\n\
                     \tt=1800000000; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\
                     \tb=dGVzdA==\r\n"
                ));
            }
        }
        Flood::ArcSets => {
            m.push_str(RECEIVED_TOP);
            for i in (1..=n).rev() {
                m.push_str(&format!(
                    "ARC-Seal: i={i}; a=rsa-sha256; t=1800000000; cv={cv}; d=r{i}.example; s=arc; b=dGVzdA==\r\n\
                     ARC-Message-Signature: i={i}; a=rsa-sha256; c=relaxed/relaxed; d=r{i}.example; s=arc;\r\n\
                     \th=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\n\
                     ARC-Authentication-Results: i={i}; r{i}.example; spf=pass smtp.mailfrom=example.org\r\n",
                    cv = if i == 1 { "none" } else { "pass" }
                ));
            }
        }
        Flood::Results => {
            m.push_str(RECEIVED_TOP);
            m.push_str("Authentication-Results: mx.example.net;");
            for i in 0..n {
                m.push_str(&format!(
                    "\r\n\tdkim=pass header.d=d{i}.example header.s=s{i};"
                ));
            }
            m.push_str("\r\n\tspf=pass smtp.mailfrom=example.org\r\n");
        }
        // One receiver's verdict written again and again (a loop between
        // two relays, or a message made to cost work): each is a receiver's
        // result and a row of the SPF comparison.
        Flood::ReceivedSpf => {
            m.push_str(RECEIVED_TOP);
            for i in 0..n {
                m.push_str(&format!(
                    "Received-SPF: softfail (mx{i}.example.net: domain of transitioning alice@example.org\r\n\
                     \tdoes not designate 192.0.2.7 as permitted sender) client-ip=192.0.2.7;\r\n"
                ));
            }
        }
        // A From of `n` mailboxes, each at a domain of its own (with the
        // tail's From, a second field): DMARC would look up and evaluate
        // each domain.
        Flood::FromDomains => {
            m.push_str(RECEIVED_TOP);
            m.push_str("From: ");
            for i in 0..n {
                let sep = if i + 1 < n { ",\r\n " } else { "\r\n" };
                m.push_str(&format!("a{i} <a{i}@d{i}.example>{sep}"));
            }
        }
        Flood::Received => {
            for i in 0..n {
                m.push_str(&format!(
                    "Received: from h{i}.example (h{i}.example [198.51.100.{o}])\r\n\
                     \tby relay{i}.example.net with ESMTP id {i}; Mon, 23 Nov 2026 10:00:00 +0000\r\n",
                    o = i % 250 + 1
                ));
            }
        }
    }
    m.push_str(TAIL);
    m.into_bytes()
}

/// Every kind at once: the message that exceeds every limit together.
pub fn all_floods(n: usize) -> Vec<u8> {
    let mut m = Vec::new();
    for kind in Flood::ALL {
        let one = message(kind, n);
        let head_end = find(&one, TAIL.as_bytes()).unwrap_or(one.len());
        m.extend_from_slice(&one[..head_end]);
    }
    m.extend_from_slice(TAIL.as_bytes());
    m
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
