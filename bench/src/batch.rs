//! (4) Batch corpus: N signed messages from a few sender domains in one mbox,
//! with the zone that makes them pass (BIND form for headerscope, JSON for
//! the Python and JavaScript drivers) and each message's SMTP envelope.

use mail_auth::crypto::{RsaKey, Sha256};
use mail_auth::dkim::generate::DkimKeyPair;
use mail_auth::dkim::DkimSigner;
use mail_auth::headers::HeaderWriter;
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs1KeyDer};
use std::io::Write;

const DOMAINS: usize = 4;

/// No hyphen: authheaders 0.16.3 takes the From domain with the regex
/// `@([a-z0-9.]+)`, which cuts `brand-0.com` to `brand` and finds no DMARC record.
fn domain(k: usize) -> String {
    format!("brand{k}bench.com")
}

fn ip(k: usize) -> String {
    format!("192.0.2.{}", 10 + k)
}

fn message(i: usize, k: usize) -> String {
    let d = domain(k);
    let mut body = String::new();
    for p in 0..(3 + i % 5) {
        body += &format!(
            "Paragraph {p} of message {i}: your order {i}-{p} has shipped and will arrive\r\n\
within three to five working days. Track it in your account; reply to this\r\n\
message if anything is wrong with the delivery address.\r\n\r\n"
        );
    }
    format!(
        "From: Orders <orders@{d}>\r\n\
To: customer{i}@example.net\r\n\
Subject: Your order {i} has shipped\r\n\
Date: Mon, 23 Nov 2026 10:{:02}:{:02} +0000\r\n\
Message-ID: <{i}.bench@{d}>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n{body}",
        (i / 60) % 60,
        i % 60
    )
}

pub fn generate(n: usize, out: &str) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{out}: {e}"))?;
    let mut keys = Vec::new();
    let mut zone = String::from("$ORIGIN .\n");
    let mut json = Vec::new();
    let mut txt = |name: String, text: String, zone: &mut String| {
        *zone += &crate::keys::txt(&format!("{name}."), &text);
        json.push(serde_json_line(&name, "TXT", &text));
    };
    let mut extra = Vec::new();
    for k in 0..DOMAINS {
        let pair = DkimKeyPair::generate_rsa(2048).map_err(|e| format!("RSA key: {e}"))?;
        let d = domain(k);
        txt(
            format!("sel{k}._domainkey.{d}"),
            format!(
                "v=DKIM1; k=rsa; p={}",
                crate::keys::spki(&pair.encoded_public_key())?
            ),
            &mut zone,
        );
        txt(d.clone(), format!("v=spf1 ip4:{} -all", ip(k)), &mut zone);
        txt(
            format!("_dmarc.{d}"),
            "v=DMARC1; p=reject".into(),
            &mut zone,
        );
        txt(format!("mail.{d}"), "v=spf1 a -all".into(), &mut zone);
        zone += &format!("mail.{d}. 300 IN A {}\n", ip(k));
        extra.push(serde_json_line(&format!("mail.{d}"), "A", &ip(k)));
        let rev = format!("{}.2.0.192.in-addr.arpa", 10 + k);
        zone += &format!("{rev}. 300 IN PTR mail.{d}.\n");
        extra.push(serde_json_line(&rev, "PTR", &format!("mail.{d}")));
        keys.push(pair.into_inner().0);
    }
    json.extend(extra);

    // Signing is the slow part: one thread per core, each with its own signers.
    let threads = std::thread::available_parallelism()
        .map(|t| t.get())
        .unwrap_or(1);
    let chunks: Vec<Result<Vec<(usize, String)>, String>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let keys = &keys;
                s.spawn(move || {
                    let mut signed = Vec::new();
                    for i in (t..n).step_by(threads) {
                        let k = i % DOMAINS;
                        let der = keys.get(k).ok_or("key")?.clone();
                        let key = RsaKey::<Sha256>::from_key_der(PrivateKeyDer::Pkcs1(
                            PrivatePkcs1KeyDer::from(der),
                        ))
                        .map_err(|e| format!("key: {e}"))?;
                        let msg = message(i, k);
                        let sig = DkimSigner::from_key(key)
                            .domain(domain(k))
                            .selector(format!("sel{k}"))
                            .headers(["From", "To", "Subject", "Date", "Message-ID"])
                            .sign(msg.as_bytes())
                            .map_err(|e| format!("sign: {e}"))?;
                        let d = domain(k);
                        signed.push((
                            i,
                            format!(
                                "Return-Path: <bounces@{d}>\r\n\
Received: from mail.{d} (mail.{d} [{}])\r\n\
\tby mx.bench.test (Postfix) with ESMTPS id B{i}\r\n\
\tfor <customer{i}@example.net>; Mon, 23 Nov 2026 10:00:00 +0000\r\n{}{msg}",
                                ip(k),
                                sig.to_header()
                            ),
                        ));
                    }
                    Ok(signed)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("signer thread panicked".into()))
            })
            .collect()
    });
    let mut all = Vec::with_capacity(n);
    for c in chunks {
        all.extend(c?);
    }
    all.sort_by_key(|(i, _)| *i);

    let write = |name: &str, data: &[u8]| -> Result<(), String> {
        let path = format!("{out}/{name}");
        std::fs::File::create(&path)
            .and_then(|mut f| f.write_all(data))
            .map_err(|e| format!("{path}: {e}"))
    };
    let mut mbox = Vec::new();
    let mut envelopes = String::new();
    for (i, m) in &all {
        let k = i % DOMAINS;
        mbox.extend_from_slice(b"From bounces@bench Mon Nov 23 10:00:00 2026\r\n");
        mbox.extend_from_slice(m.as_bytes());
        mbox.extend_from_slice(b"\r\n");
        envelopes += &format!(
            "{{\"ip\":\"{}\",\"helo\":\"mail.{}\",\"mail_from\":\"bounces@{}\"}}\n",
            ip(k),
            domain(k),
            domain(k)
        );
    }
    write("bench.mbox", &mbox)?;
    write("bench.zone", zone.as_bytes())?;
    write(
        "zone.json",
        format!("[\n{}\n]\n", json.join(",\n")).as_bytes(),
    )?;
    write("envelopes.jsonl", envelopes.as_bytes())?;
    println!(
        "generated {n} signed messages ({:.1} MB mbox) from {DOMAINS} domains in {out}",
        mbox.len() as f64 / 1e6
    );
    Ok(())
}

/// One record for the drivers: {"name":..,"type":..,"data":..}.
fn serde_json_line(name: &str, rtype: &str, data: &str) -> String {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        "{{\"name\":\"{}\",\"type\":\"{rtype}\",\"data\":\"{}\"}}",
        esc(name),
        esc(data)
    )
}
