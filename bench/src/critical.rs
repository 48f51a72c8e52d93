//! (1) DNS critical path: a realistic message over a DoH server on loopback
//! that holds every answer for a fixed delay. Wall time / delay = round trips,
//! to be compared with the dependency depth of the lookups the message needs.

use crate::keys;
use headerscope::dns::doh::{DohEndpoint, DohFormat, DohResolver};
use headerscope::dns::zone::Zone;
use headerscope::dns::RType;
use headerscope::dohd::{self, ServerOptions};
use headerscope::report::AuthResult;
use mail_auth::arc::ArcSealer;
use mail_auth::dkim::DkimSigner;
use mail_auth::dmarc::verify::DmarcParameters;
use mail_auth::headers::HeaderWriter;
use mail_auth::spf::verify::SpfParameters;
use mail_auth::{AuthenticatedMessage, AuthenticationResults, MessageAuthenticator};
use std::net::IpAddr;
use std::time::Instant;

const IP: &str = "192.0.2.7";
const HELO: &str = "mail.example.org";
const MAIL_FROM: &str = "alice@example.org";

/// The zone: SPF with includes three deep ending in an `a:` lookup, a HELO
/// record, two DKIM keys (RSA and Ed25519), an ARC key, DMARC at the
/// organizational domain of a subdomain From (tree walk) with an external
/// report address (report authorization), PTR and forward A for iprev.
fn zone_text(rsa: &str, ed: &str, arc: &str) -> String {
    let mut z = String::from("$ORIGIN .\n");
    z += &keys::txt(
        "example.org.",
        "v=spf1 ip4:198.51.100.0/24 include:_spf1.example.org -all",
    );
    z += &keys::txt(
        "_spf1.example.org.",
        "v=spf1 ip4:203.0.113.0/26 include:_spf2.example.org ~all",
    );
    z += &keys::txt(
        "_spf2.example.org.",
        "v=spf1 ip6:2001:db8::/32 include:_spf3.example.org ~all",
    );
    z += &keys::txt("_spf3.example.org.", "v=spf1 a:mail.example.org ~all");
    z += &keys::txt("mail.example.org.", "v=spf1 a -all");
    z += "mail.example.org. 300 IN A 192.0.2.7\n";
    z += "7.2.0.192.in-addr.arpa. 300 IN PTR mail.example.org.\n";
    z += &keys::txt(
        "sel1._domainkey.example.org.",
        &format!("v=DKIM1; k=rsa; p={rsa}"),
    );
    z += &keys::txt(
        "sel2._domainkey.esp.example.com.",
        &format!("v=DKIM1; k=ed25519; p={ed}"),
    );
    z += &keys::txt(
        "arc._domainkey.lists.example.com.",
        &format!("v=DKIM1; k=rsa; p={arc}"),
    );
    z += &keys::txt(
        "_dmarc.example.org.",
        "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net",
    );
    z += &keys::txt(
        "example.org._report._dmarc.reports.example.net.",
        "v=DMARC1",
    );
    z
}

fn unsigned() -> String {
    "From: Alice <alice@news.example.org>\r\n\
To: bob@example.net\r\n\
Subject: quarterly numbers\r\n\
Date: Mon, 23 Nov 2026 09:59:58 +0100\r\n\
Message-ID: <cp-1@news.example.org>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Hi Bob,\r\n\r\nthe numbers are attached.\r\n\r\nAlice\r\n"
        .to_string()
}

struct Fixture {
    zone: Zone,
    raw: Vec<u8>,
}

/// Signs with two DKIM signatures, verifies with mail-auth on a zero-delay
/// server, seals with mail-auth's ArcSealer, and puts the receiving MX's
/// Received and Return-Path on top.
fn fixture() -> Result<Fixture, String> {
    let (rsa, ed, arc) = (keys::rsa2048()?, keys::ed25519()?, keys::rsa2048()?);
    let zone = Zone::parse(&zone_text(&rsa.public, &ed.public, &arc.public), None)
        .map_err(|e| format!("zone: {e}"))?;
    let body = unsigned();
    let headers = ["From", "To", "Subject", "Date", "Message-ID"];
    let s1 = DkimSigner::from_key(rsa.key)
        .domain("example.org")
        .selector("sel1")
        .headers(headers)
        .sign(body.as_bytes())
        .map_err(|e| format!("sign: {e}"))?;
    let s2 = DkimSigner::from_key(ed.key)
        .domain("esp.example.com")
        .selector("sel2")
        .headers(headers)
        .sign(body.as_bytes())
        .map_err(|e| format!("sign: {e}"))?;
    let signed = format!("{}{}{}", s2.to_header(), s1.to_header(), body);

    let setup = dohd::spawn(zone.clone(), "127.0.0.1:0", ServerOptions::default())
        .map_err(|e| e.to_string())?;
    let auth = MessageAuthenticator::new_doh(format!("http://{}/dns-query", setup.addr));
    let rt = runtime()?;
    let sealed = rt.block_on(async {
        let msg = AuthenticatedMessage::parse(signed.as_bytes()).ok_or("unparsable message")?;
        let dkim = auth.verify_dkim(&msg).await;
        let arc_out = auth.verify_arc(&msg).await;
        let results =
            AuthenticationResults::new("lists.example.com").with_dkim_results(&dkim, "example.org");
        let set = ArcSealer::from_key(arc.key)
            .domain("lists.example.com")
            .selector("arc")
            .headers([
                "From",
                "To",
                "Subject",
                "Date",
                "Message-ID",
                "DKIM-Signature",
            ])
            .seal(&msg, &results, &arc_out)
            .map_err(|e| format!("ARC seal: {e}"))?;
        Ok::<_, String>(format!(
            "{}{}{}",
            set.to_header(),
            results.to_header(),
            signed
        ))
    })?;
    setup.stop();
    let raw = format!(
        "Return-Path: <{MAIL_FROM}>\r\n\
Received: from {HELO} ({HELO} [{IP}])\r\n\
\tby mx.example.net (Postfix) with ESMTPS id 4AbC\r\n\
\tfor <bob@example.net>; Mon, 23 Nov 2026 10:00:00 +0100 (CET)\r\n{sealed}"
    );
    Ok(Fixture {
        zone,
        raw: raw.into_bytes(),
    })
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())
}

fn txt_of(zone: &Zone, name: &str) -> Vec<String> {
    zone.answer(name, headerscope::dns::RType::Txt).txt_joined()
}

/// The lookups SPF makes for `domain`, each with the round trip in which it
/// can be sent at the earliest: its TXT in `round`, then what its terms need
/// (include/redirect recurse; a, exists one round later; mx two).
fn spf_queries(zone: &Zone, domain: &str, round: usize, out: &mut Vec<(String, usize)>) {
    out.push((format!("TXT {domain}"), round));
    if round > 10 {
        return;
    }
    let Some(rec) = txt_of(zone, domain)
        .into_iter()
        .find(|t| t.starts_with("v=spf1"))
    else {
        return;
    };
    for term in rec.split_whitespace().skip(1) {
        let t = term
            .trim_start_matches(['+', '-', '~', '?'])
            .to_ascii_lowercase();
        let (mech, arg) = match t.split_once([':', '=']) {
            Some((m, a)) => (m.to_string(), a.split('/').next().unwrap_or(a).to_string()),
            None => (
                t.split('/').next().unwrap_or(&t).to_string(),
                domain.to_string(),
            ),
        };
        match mech.as_str() {
            "include" | "redirect" => spf_queries(zone, &arg, round + 1, out),
            "a" => out.push((format!("A {arg}"), round + 1)),
            "exists" => out.push((format!("A {arg}"), round + 1)),
            "mx" => {
                out.push((format!("MX {arg}"), round + 1));
                for mx in zone.answer(&arg, RType::Mx).names(RType::Mx) {
                    out.push((format!("A {mx}"), round + 2));
                }
            }
            _ => {}
        }
    }
}

/// Every check's lookups with the earliest round each can be sent in, from
/// the message and the zone. A query several checks need is sent once, at the
/// earliest of its rounds; the dependency depth is the latest of those.
fn dependency_chains(
    zone: &Zone,
    msg: &AuthenticatedMessage<'_>,
) -> Vec<(String, Vec<(String, usize)>)> {
    let mut chains = Vec::new();
    let mut q = Vec::new();
    spf_queries(zone, "example.org", 1, &mut q);
    chains.push((format!("SPF MAIL FROM {MAIL_FROM}"), q));
    let mut q = Vec::new();
    spf_queries(zone, HELO, 1, &mut q);
    chains.push((format!("SPF HELO {HELO}"), q));
    for s in msg.dkim_signatures() {
        chains.push((
            "DKIM key".into(),
            vec![(format!("TXT {}._domainkey.{}", s.header.s, s.header.d), 1)],
        ));
    }
    for s in msg.arc_message_signatures() {
        chains.push((
            "ARC key".into(),
            vec![(format!("TXT {}._domainkey.{}", s.header.s, s.header.d), 1)],
        ));
    }
    // DMARC: the tree walk's names are known up front; the report-authorization
    // record needs the policy record's rua= first.
    let mut q = vec![
        ("TXT _dmarc.news.example.org".to_string(), 1),
        ("TXT _dmarc.example.org".to_string(), 1),
    ];
    for rec in txt_of(zone, "_dmarc.example.org") {
        if let Some(dest) = rec
            .split(';')
            .find_map(|t| t.trim().strip_prefix("rua=mailto:"))
            .and_then(|a| a.split('@').nth(1))
        {
            if !dest.ends_with("example.org") {
                q.push((format!("TXT example.org._report._dmarc.{dest}"), 2));
            }
        }
    }
    chains.push(("DMARC tree walk, then report authorization".into(), q));
    // iprev: PTR, then the forward lookup of each name; the HELO name's own
    // addresses (HELO consistency) need nothing first.
    let mut q = vec![
        ("PTR 7.2.0.192.in-addr.arpa".to_string(), 1),
        (format!("A {HELO}"), 1),
    ];
    for name in zone
        .answer("7.2.0.192.in-addr.arpa", RType::Ptr)
        .names(RType::Ptr)
    {
        q.push((format!("A {name}"), 2));
    }
    chains.push(("iprev (PTR, then A of each name; HELO A)".into(), q));
    chains.push((
        "DNSBL (one query per list)".into(),
        vec![("A 7.2.0.192.zen.spamhaus.org".to_string(), 1)],
    ));
    chains
}

/// The depth when every query is sent once, at its earliest round.
fn shared_depth(chains: &[(String, Vec<(String, usize)>)]) -> usize {
    let mut earliest: std::collections::HashMap<&str, usize> = Default::default();
    for (_, qs) in chains {
        for (q, r) in qs {
            let e = earliest.entry(q.as_str()).or_insert(*r);
            *e = (*e).min(*r);
        }
    }
    earliest.values().copied().max().unwrap_or(0)
}

pub fn run(delay_ms: u64, runs: usize) -> Result<(), String> {
    let f = fixture()?;
    let msg = AuthenticatedMessage::parse(&f.raw).ok_or("unparsable message")?;
    let chains = dependency_chains(&f.zone, &msg);
    let depth = shared_depth(&chains);
    println!("== DNS critical path: DoH on loopback, {delay_ms} ms added to every answer ==");
    for (what, qs) in &chains {
        let d = qs.iter().map(|q| q.1).max().unwrap_or(0);
        let path: Vec<String> = qs.iter().map(|(q, r)| format!("{q} [{r}]")).collect();
        println!("  depth {d}  {what}: {}", path.join(", "));
    }
    println!(
        "  dependency depth = {depth} (each query sent once, at the earliest round any check needs it; \
the longest chain alone is {})",
        chains
            .iter()
            .flat_map(|c| c.1.iter().map(|q| q.1))
            .max()
            .unwrap_or(0)
    );

    let server = dohd::spawn(
        f.zone.clone(),
        "127.0.0.1:0",
        ServerOptions::default().with_delay_ms(delay_ms),
    )
    .map_err(|e| e.to_string())?;
    let delay = delay_ms as f64 / 1000.0;

    // headerscope: inspect() over our DoH resolver (wire format, as in the app).
    let resolver = DohResolver::new(DohEndpoint {
        url: server.wire_url(),
        format: DohFormat::Wire,
    });
    let options = headerscope::Options::default();
    let mut ours = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let t0 = Instant::now();
        let report = futures::executor::block_on(headerscope::inspect(&f.raw, &options, &resolver))
            .map_err(|e| e.to_string())?;
        ours.push(t0.elapsed().as_secs_f64());
        last = Some(report);
    }
    let report = last.ok_or("no run")?;
    let verdicts = format!(
        "spf={} dkim={} arc={} dmarc={} iprev={}",
        report.spf.result.as_str(),
        report
            .dkim
            .iter()
            .map(|d| d.result.as_str())
            .collect::<Vec<_>>()
            .join("+"),
        report.arc.result.as_str(),
        report.dmarc.result.as_str(),
        report
            .iprev
            .as_ref()
            .map(|i| i.result.as_str())
            .unwrap_or("-"),
    );
    let all_pass = report.spf.result == AuthResult::Pass
        && report.dkim.len() == 2
        && report.dkim.iter().all(|d| d.result == AuthResult::Pass)
        && report.arc.result == AuthResult::Pass
        && report.dmarc.result == AuthResult::Pass;
    let ours_wall = crate::median(ours);
    let ours_rt = ours_wall / delay;
    let shared: u32 = report.dns.iter().map(|q| q.shared).sum();
    println!(
        "  headerscope: {:.0} ms wall = {ours_rt:.2} round trips ({} distinct queries, {shared} shared) [{verdicts}]",
        ours_wall * 1000.0,
        report.dns.len()
    );
    // When each query started, in delay units: a query in round k waited for k answers.
    let mut rounds: std::collections::BTreeMap<u64, Vec<String>> = Default::default();
    for q in &report.dns {
        let k = (q.started_ms / delay_ms as f64 + 0.5).floor() as u64;
        rounds
            .entry(k)
            .or_default()
            .push(format!("{} {}", q.rtype, q.name));
    }
    for (k, qs) in &rounds {
        println!("    round {}: {}", k + 1, qs.join(", "));
    }
    if !all_pass {
        return Err(format!("headerscope did not pass the message: {verdicts}"));
    }

    // mail-auth: its verifiers one after another, as an MTA integration calls them.
    let auth = MessageAuthenticator::new_doh(format!("http://{}/dns-query", server.addr));
    let rt = runtime()?;
    let ip: IpAddr = IP.parse().map_err(|_| "ip")?;
    let mut theirs = Vec::new();
    let mut their_verdicts = String::new();
    for _ in 0..runs.max(1) {
        let t0 = Instant::now();
        their_verdicts = rt.block_on(async {
            let m = AuthenticatedMessage::parse(&f.raw).ok_or("unparsable message")?;
            let dkim = auth.verify_dkim(&m).await;
            let arc = auth.verify_arc(&m).await;
            let helo = auth
                .verify_spf(SpfParameters::helo(ip, HELO, "mx.example.net"))
                .await;
            let spf = auth
                .verify_spf(SpfParameters::mail_from(
                    ip,
                    HELO,
                    "mx.example.net",
                    MAIL_FROM,
                ))
                .await;
            let dmarc = auth
                .verify_dmarc(DmarcParameters::new(&m, &dkim, "example.org", &spf))
                .await;
            let iprev = auth.verify_iprev(ip).await;
            Ok::<_, String>(format!(
                "spf={:?}/{:?} dkim={} arc={:?} dmarc={:?} iprev={:?}",
                spf.result(),
                helo.result(),
                dkim.iter()
                    .map(|d| format!("{:?}", d.result()))
                    .collect::<Vec<_>>()
                    .join("+"),
                arc.result(),
                dmarc.dkim_result(),
                iprev.result()
            ))
        })?;
        theirs.push(t0.elapsed().as_secs_f64());
    }
    let theirs_wall = crate::median(theirs);
    let theirs_rt = theirs_wall / delay;
    println!(
        "  mail-auth, verifiers in sequence: {:.0} ms wall = {theirs_rt:.2} round trips [{their_verdicts}]",
        theirs_wall * 1000.0
    );
    println!(
        "  ratio: mail-auth sequential / headerscope = {:.2}x",
        theirs_wall / ours_wall
    );
    server.stop();
    println!("RESULT cp_delay_ms={delay_ms}");
    println!("RESULT cp_depth={depth}");
    println!("RESULT cp_ours_ms={:.0}", ours_wall * 1000.0);
    println!("RESULT cp_ours_rt={ours_rt:.2}");
    println!("RESULT cp_mailauth_ms={:.0}", theirs_wall * 1000.0);
    println!("RESULT cp_mailauth_rt={theirs_rt:.2}");
    println!("RESULT cp_ratio={:.2}", theirs_wall / ours_wall);
    Ok(())
}
