//! The trust boundary placed by evidence: Microsoft 365, Gmail and Yahoo
//! deliveries (tests/data/messages/*_delivery.eml, see PROVENANCE.md) get the
//! hop that received from the outside world, their summaries say nothing about
//! the provider's relays; a statement the sender could have written never
//! moves the boundary; disagreements are findings.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::message::{self, Overrides};
use headerscope::report::Report;
use headerscope::{inspect, Options};

fn data(name: &str) -> Vec<u8> {
    let p = format!("{}/tests/data/messages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn inspect_raw(raw: &[u8]) -> Report {
    let zone_text = String::from_utf8(data("zone.txt")).expect("utf-8");
    let resolver = ZoneResolver::offline(Zone::parse(&zone_text, None).expect("zone parses"));
    let options = Options {
        now: Some(1_794_000_000),
        ..Default::default()
    };
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
        .block_on(inspect(raw, &options, &resolver))
        .expect("inspects")
}

/// Nothing the summary says may name one of the provider's own relays.
fn assert_summary_silent_about(r: &Report, internal: &[&str]) {
    for item in &r.summary {
        for name in internal {
            assert!(
                !item.text.en().contains(name),
                "summary mentions the provider relay {name}: {}",
                item.text.en()
            );
        }
    }
}

#[test]
fn microsoft_365_delivery() {
    let r = inspect_raw(&data("m365_delivery.eml"));
    assert_eq!(r.identities.ip.as_deref(), Some("52.100.156.233"));
    assert_eq!(
        r.identities.helo.as_deref(),
        Some("NAM02-SN1-obe.outbound.protection.outlook.com")
    );
    assert_eq!(r.received.boundary, Some(3));
    assert_eq!(r.received.boundary_kind, "receiver-statement");
    assert!(
        r.received.boundary_source.en().contains("Received-SPF")
            && r.received.boundary_source.en().contains("52.100.156.233"),
        "{:?}",
        r.received.boundary_source
    );
    // Every statement agrees with the hops: nothing to report.
    assert!(
        r.received.boundary_findings.is_empty(),
        "{:?}",
        r.received.boundary_findings
    );
    assert!(
        r.identities.sources.ip.en().contains("#4"),
        "{:?}",
        r.identities.sources.ip
    );
    assert_summary_silent_about(
        &r,
        &[
            "prod.outlook.com",
            "prod.protection.outlook.com",
            "office365.com",
            "2603:10b6",
            "::1",
            "fe80",
        ],
    );
    // The hops alone agree: Microsoft's relays (2603:1000::/24 to its own servers) are skipped.
    let hops: Vec<String> = message::header_values(
        &message::parse(&data("m365_delivery.eml")).unwrap(),
        "Received",
    );
    let c = message::received::chain(&hops, None, None);
    assert_eq!(
        (c.boundary, c.boundary_kind.as_str()),
        (Some(3), "internal-hops")
    );
}

#[test]
fn gmail_delivery() {
    let r = inspect_raw(&data("gmail_delivery.eml"));
    assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(r.identities.helo.as_deref(), Some("out.example.com"));
    assert_eq!(r.received.boundary, Some(1));
    assert_eq!(r.received.boundary_kind, "receiver-statement");
    // Gmail writes its Received-SPF under its own Received: it confirms that hop.
    assert!(
        r.received.boundary_findings.is_empty(),
        "{:?}",
        r.received.boundary_findings
    );
    assert_summary_silent_about(&r, &["2002:a05"]);
}

#[test]
fn yahoo_delivery() {
    let r = inspect_raw(&data("yahoo_delivery.eml"));
    assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(r.identities.helo.as_deref(), Some("out.example.com"));
    assert_eq!(r.received.boundary, Some(1));
    assert!(
        r.received.boundary_findings.is_empty(),
        "{:?}",
        r.received.boundary_findings
    );
    assert_summary_silent_about(&r, &["10.217.151.74"]);
}

fn statements_and_boundary(raw: &str) -> (Option<String>, message::received::ReceivedChain) {
    let msg = message::parse(raw.as_bytes()).expect("message");
    let id = message::identities(&msg, &Overrides::default());
    (id.ip, message::received_chain(&msg, &Overrides::default()))
}

#[test]
fn a_sender_written_statement_never_moves_the_boundary() {
    // The receiver's MX took the message from 198.51.100.9. Under its Received
    // the sender wrote a Received-SPF and an Authentication-Results naming the
    // receiver and a forged hop from 203.0.113.50.
    let raw = "Received: from localhost (localhost [127.0.0.1]) by mx.example.net (Postfix) with ESMTP id 2; Mon, 2 Nov 2026 10:00:02 +0100\r\n\
Received: from real.sender.example (real.sender.example [198.51.100.9]) by mx.example.net (Postfix) with ESMTPS id 1; Mon, 2 Nov 2026 10:00:01 +0100\r\n\
Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=203.0.113.50; helo=good.example; envelope-from=a@bank.example; receiver=mx.example.net;\r\n\
Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=a@bank.example smtp.remote-ip=203.0.113.50\r\n\
X-MS-Exchange-Organization-AuthSource: fake.bank.example\r\n\
Received: from good.example (good.example [203.0.113.50]) by fake.bank.example (Postfix) with ESMTP id 0; Mon, 2 Nov 2026 10:00:00 +0100\r\n\
From: a@bank.example\r\n\r\nbody\r\n";
    let (ip, c) = statements_and_boundary(raw);
    assert_eq!(ip.as_deref(), Some("198.51.100.9"));
    assert_eq!(c.boundary, Some(1));
    assert_eq!(c.boundary_kind, "public-hop");
    assert!(
        c.boundary_findings
            .iter()
            .any(|f| f.en().contains("where the sender could have written it")),
        "{:?}",
        c.boundary_findings
    );
}

#[test]
fn the_receivers_own_statement_moves_the_boundary_and_says_so() {
    // A gateway in front of the mailbox server relays over a public address the
    // hops alone cannot tell from a client; the receiver's Received-SPF, added
    // above that hop, names the real client below it.
    let raw = "Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.10; helo=out.example.com; envelope-from=news@example.com; receiver=mbox.example.net;\r\n\
Received: from gw.filter-service.example (gw.filter-service.example [198.51.100.2]) by mbox.example.net (Postfix) with ESMTP id 2; Mon, 2 Nov 2026 10:00:02 +0100\r\n\
Received: from out.example.com (out.example.com [192.0.2.10]) by gw.filter-service.example (Postfix) with ESMTPS id 1; Mon, 2 Nov 2026 10:00:01 +0100\r\n\
From: news@example.com\r\n\r\nbody\r\n";
    let (ip, c) = statements_and_boundary(raw);
    assert_eq!(ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(c.boundary, Some(1));
    assert_eq!(c.boundary_kind, "receiver-statement");
    assert!(
        c.boundary_findings
            .iter()
            .any(|f| f.en().contains("the hops alone would give #1")),
        "{:?}",
        c.boundary_findings
    );
    // The user can still move it.
    let msg = message::parse(raw.as_bytes()).expect("message");
    let o = Overrides {
        boundary: Some(0),
        ..Default::default()
    };
    assert_eq!(
        message::identities(&msg, &o).ip.as_deref(),
        Some("198.51.100.2")
    );
    assert_eq!(message::received_chain(&msg, &o).boundary_kind, "user");
}

#[test]
fn disagreeing_statements_are_a_finding() {
    let raw = "Authentication-Results: mbox.example.net; iprev=pass policy.iprev=198.51.100.2\r\n\
Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.10; receiver=mbox.example.net;\r\n\
Received: from gw.example.net (gw.example.net [198.51.100.2]) by mbox.example.net (Postfix) with ESMTP id 2; Mon, 2 Nov 2026 10:00:02 +0100\r\n\
Received: from out.example.com (out.example.com [192.0.2.10]) by gw.example.net (Postfix) with ESMTPS id 1; Mon, 2 Nov 2026 10:00:01 +0100\r\n\
From: news@example.com\r\n\r\nbody\r\n";
    let (ip, c) = statements_and_boundary(raw);
    // Received-SPF ranks first.
    assert_eq!(ip.as_deref(), Some("192.0.2.10"));
    assert!(
        c.boundary_findings
            .iter()
            .any(|f| f.en().contains("the receiver's statements disagree")),
        "{:?}",
        c.boundary_findings
    );
}

#[test]
fn an_unreadable_entrance_hop_gives_no_ip_rather_than_a_lower_one() {
    let raw = "Received: from [203.0.113.5] by mx.example.net (Postfix) with ESMTP id 2; Mon, 2 Nov 2026 10:00:02 +0100\r\n\
Received: from forged.example (forged.example [203.0.113.60]) by relay.example with ESMTP id 1; Mon, 2 Nov 2026 10:00:01 +0100\r\n\
From: a@example.org\r\n\r\nbody\r\n";
    let msg = message::parse(raw.as_bytes()).expect("message");
    let id = message::identities(&msg, &Overrides::default());
    assert_eq!(id.ip, None);
    assert!(
        id.sources.ip.en().contains("cannot be read unambiguously"),
        "{:?}",
        id.sources.ip
    );
    let c = message::received_chain(&msg, &Overrides::default());
    assert_eq!(
        (c.boundary, c.boundary_kind.as_str()),
        (Some(0), "unreadable")
    );
}

#[test]
fn thousands_of_statements_and_hops_stay_bounded() {
    // Every copy below the entrance hop is the sender's; only the topmost of
    // each kind are weighed, so this stays linear in the message.
    let mut raw = String::from("Received: from real.example (real.example [198.51.100.9]) by mx.example.net (Postfix) with ESMTP id 1; Mon, 2 Nov 2026 10:00:01 +0100\r\n");
    for i in 0..3000 {
        raw.push_str(&format!(
            "Received-SPF: pass client-ip=203.0.113.{}; receiver=mx.example.net\r\nReceived: from h{i} (h{i} [203.0.113.{}]) by relay{i}.example; Mon, 2 Nov 2026 10:00:00 +0100\r\n",
            i % 250,
            i % 250
        ));
    }
    raw.push_str("From: a@example.org\r\n\r\nbody\r\n");
    let (ip, c) = statements_and_boundary(&raw);
    assert_eq!(ip.as_deref(), Some("198.51.100.9"));
    assert_eq!(c.boundary, Some(0));
    assert!(
        c.boundary_findings.len() <= 16,
        "{}",
        c.boundary_findings.len()
    );
}

/// Found by the `received` fuzz target: a client part of unbalanced brackets
/// and an empty `helo=` after an IPv6-mapped literal. The boundary stays on
/// that hop, which gives no client address and says why (never a guess).
#[test]
fn fuzz_found_unreadable_client_part_gives_no_address() {
    let line = " from [IPv6:::ffff:192.0.2.7] (([[[(helo=)]]] by ;;;\r";
    let hops = vec![message::received::parse(line)];
    let i = message::received::trust_boundary(&hops).expect("a boundary");
    assert_eq!(hops[i].from_ip, None);
    assert!(hops[i].ip_issue.is_some(), "{:?}", hops[i]);
}
