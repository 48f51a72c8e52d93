//! The two helpdesk scenarios of tests/data/messages with real signatures: the
//! author's message (the fixture's original part) is DKIM-signed with a key made
//! here, the forwarder or list verifies it with mail-auth, writes what it saw in its
//! ARC-Authentication-Results and ARC-seals it; every key is published in a zone
//! built here. The fixtures' Received hops and antispam headers are kept as they are.

mod mail_auth_support;

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::{AuthResult, Report};
use headerscope::summary::Severity;
use headerscope::{inspect, Options};
use mail_auth_support::{Cache, Intermediary, Key, Session};

fn fixture(name: &str) -> String {
    let p = format!("{}/tests/data/messages/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// The fixture split at the hop into the intermediary: what the final receiver added
/// (above), the intermediary's Received line, and what the author sent (From onwards).
struct Parts {
    above: String,
    intermediary_received: String,
    return_path: String,
    original: String,
}

fn split(fixture: &str, intermediary: &str) -> Parts {
    let marker = format!("by {intermediary} with");
    let lines: Vec<&str> = fixture.split_inclusive("\r\n").collect();
    let hop = lines
        .iter()
        .position(|l| l.starts_with("Received:") && l.contains(&marker))
        .expect("hop");
    let from = lines
        .iter()
        .position(|l| l.starts_with("From:"))
        .expect("From");
    let return_path = lines[hop + 1..from].concat();
    Parts {
        above: lines[..hop]
            .iter()
            .filter(|l| !l.starts_with("ARC-"))
            .copied()
            .collect(),
        intermediary_received: lines[hop].to_string(),
        return_path,
        original: lines[from..].concat(),
    }
}

struct World {
    author: Key,
    forwarder: Key,
    list: Key,
    zone: Zone,
}

fn world() -> World {
    let (author, forwarder, list) = (Key::ed25519(), Key::rsa(), Key::ed25519());
    let mut text = String::from_utf8(
        std::fs::read(format!(
            "{}/tests/data/messages/zone.txt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    text.push_str("example.com. TXT \"v=spf1 ip4:192.0.2.10 -all\"\n");
    text.push_str(&author.zone_line("s1", "example.com"));
    text.push_str(&forwarder.zone_line("arc", "forwarder.example"));
    text.push_str(&list.zone_line("arc", "lists.example.org"));
    World {
        zone: Zone::parse(&text, None).expect("zone"),
        author,
        forwarder,
        list,
    }
}

const SIGNED: [&str; 5] = ["From", "To", "Subject", "Date", "Message-ID"];

/// The session out.example.com opened at the intermediary (the fixtures' first hop).
fn from_author() -> Session<'static> {
    Session {
        ip: "192.0.2.10".parse().unwrap(),
        helo: "out.example.com",
        mail_from: "alice@example.com",
    }
}

fn inspect_at(w: &World, raw: &str) -> Report {
    let resolver = ZoneResolver::offline(w.zone.clone());
    let options = Options {
        now: Some(headerscope::unix_now()),
        ..Default::default()
    };
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(inspect(raw.as_bytes(), &options, &resolver))
        .expect("inspects")
}

fn aar_words(r: &Report) -> Vec<String> {
    r.arc.aar[0]
        .results
        .iter()
        .filter_map(|x| x.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[test]
fn forwarded_with_a_real_arc_seal() {
    let w = world();
    let p = split(&fixture("arc_forwarded.eml"), "mx.forwarder.example");
    let signed = w
        .author
        .dkim_sign("example.com", "s1", &SIGNED, &p.original);
    // The forwarder received it from out.example.com, checked it, sealed it unchanged.
    let received = format!("{}{}", p.intermediary_received, signed);
    let sealed = Intermediary {
        domain: "forwarder.example",
        selector: "arc",
        authserv_id: "mx.forwarder.example",
        session: Some(from_author()),
        expiration: None,
    }
    .seal(
        &w.forwarder,
        &Cache::from_zone(&w.zone),
        &received,
        str::to_string,
    );
    // The Return-Path (SRS) sits where the fixture has it, under the forwarder's hop.
    let sealed = sealed.replacen(
        &p.intermediary_received,
        &format!("{}{}", p.intermediary_received, p.return_path),
        1,
    );
    let raw = format!("{}{sealed}", p.above);
    let r = inspect_at(&w, &raw);

    assert_eq!(r.identities.ip.as_deref(), Some("198.51.100.77"));
    // The final hop checks the SRS bounce address, forwarder.example, which publishes no
    // SPF record: SPF cannot vouch for the author here.
    assert_eq!(r.spf.domain, "forwarder.example");
    assert_eq!(r.spf.result, AuthResult::None);
    assert_eq!(r.dkim.len(), 1);
    assert_eq!(r.dkim[0].result, AuthResult::Pass, "{:?}", r.dkim[0].reason);
    assert_eq!(r.arc.result, AuthResult::Pass, "{:?}", r.arc.reason);
    assert_eq!(r.arc.instances[0].domain, "forwarder.example");
    assert_eq!(r.arc.oldest_pass, Some(1));
    assert_eq!(r.arc.aar[0].authserv_id, "mx.forwarder.example");
    assert_eq!(aar_words(&r), vec!["dkim=pass", "spf=pass", "dmarc=pass"]);
    assert_eq!(r.dmarc.result, AuthResult::Pass);
    assert!(r.dmarc.dkim_aligned && !r.dmarc.spf_aligned);
    assert!(r.summary.iter().any(|s| s.severity == Severity::Ok
        && s.text
            .en()
            .starts_with("DMARC pass for example.com (DKIM aligned)")));
    assert!(r
        .summary
        .iter()
        .any(|s| s.text.en() == "ARC pass: forwarder.example (i=1) vouches for the message"));
    assert!(
        !r.summary.iter().any(|s| s.severity == Severity::Critical),
        "{:?}",
        r.summary
    );
}

#[test]
fn mailing_list_breaks_dkim_and_arc_vouches() {
    let w = world();
    let p = split(&fixture("mailing_list.eml"), "lists.example.org");
    // What the author sent: the fixture without the list's Subject tag and List-Id.
    let original = p
        .original
        .replace("Subject: [devs] Release", "Subject: Release")
        .replace("List-Id: <devs.lists.example.org>\r\n", "");
    let signed = w.author.dkim_sign("example.com", "s1", &SIGNED, &original);
    let received = format!("{}{}", p.intermediary_received, signed);
    // The list checks the message as received, then tags the Subject, adds List-Id and a footer.
    let sealed = Intermediary {
        domain: "lists.example.org",
        selector: "arc",
        authserv_id: "lists.example.org",
        session: Some(from_author()),
        expiration: None,
    }
    .seal(&w.list, &Cache::from_zone(&w.zone), &received, |m| {
        m.replacen(
            "Subject: Release\r\n",
            "Subject: [devs] Release\r\nList-Id: <devs.lists.example.org>\r\n",
            1,
        )
        .replacen(
            &p.intermediary_received,
            &format!("{}{}", p.intermediary_received, p.return_path),
            1,
        ) + "-- \r\ndevs mailing list\r\nhttps://lists.example.org/devs\r\n"
    });
    let raw = format!("{}{sealed}", p.above);
    assert!(raw.contains("Subject: [devs] Release") && raw.contains("devs mailing list"));
    let r = inspect_at(&w, &raw);

    assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.50"));
    assert_eq!(
        r.identities.mail_from.as_deref(),
        Some("list-bounces@lists.example.org")
    );
    // DKIM: the Subject tag breaks the header signature, the footer the body hash.
    let k = &r.dkim[0];
    assert_eq!(k.result, AuthResult::Fail);
    assert_eq!(k.body_hash_matches, Some(false));
    assert_eq!(k.header_signature_valid, Some(false));
    assert!(k.reason.en().contains("body changed"), "{:?}", k.reason);
    // ARC: the list sealed what it sent, so the chain holds; its AAR says all passed on arrival.
    assert_eq!(r.arc.result, AuthResult::Pass, "{:?}", r.arc.reason);
    assert_eq!(r.arc.aar[0].authserv_id, "lists.example.org");
    assert_eq!(aar_words(&r), vec!["dkim=pass", "spf=pass", "dmarc=pass"]);
    // DMARC: the list's bounce domain does not align, the author's signature is broken.
    assert_eq!(r.dmarc.result, AuthResult::Fail);
    assert_eq!(r.dmarc.policy.as_deref(), Some("quarantine"));
    // The summary: DMARC first, then why (the list changed it, ARC vouches for it).
    for s in &r.summary {
        println!("{:?}: {}", s.severity, s.text.en());
    }
    let first = &r.summary[0];
    assert_eq!(first.severity, Severity::Critical);
    assert!(
        first
            .text
            .en()
            .starts_with("DMARC p=quarantine and neither SPF nor DKIM aligned"),
        "{:?}",
        first.text
    );
    assert!(r.summary.iter().any(|s| s
        .text
        .en()
        .starts_with("DKIM body hash mismatch (d=example.com)")));
    let arc = r
        .summary
        .iter()
        .find(|s| s.text.en().starts_with("ARC pass"))
        .expect("ARC line");
    assert!(
        arc.text
            .en()
            .contains("lists.example.org (i=1) vouches for the message"),
        "{:?}",
        arc.text
    );
    assert!(
        arc.text
            .en()
            .contains("saw dkim=pass spf=pass dmarc=pass on arrival"),
        "{:?}",
        arc.text
    );
    assert!(
        arc.text
            .en()
            .contains("modified the message after the author signed it"),
        "{:?}",
        arc.text
    );
    assert_eq!(arc.link, format!("arc.trace[{}]", r.arc.trace.len() - 1));
}
