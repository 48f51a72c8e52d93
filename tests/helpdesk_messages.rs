//! Whole messages through `inspect()` with zone-backed DNS: the hop table, the
//! boundary, DMARC discovery under both rule sets, what the receiver said, the
//! antispam headers, iprev, DNSBL and the summary. SPF/DKIM verdicts come from
//! other modules and are not asserted here; the summary's SPF/DKIM/DMARC lines
//! are tested on a constructed report.

use headerscope::auth::dnsbl::DnsblStatus;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::export::to_markdown;
use headerscope::i18n::phrases::spf::Spf;
use headerscope::i18n::text::Text;
use headerscope::report::{AuthResult, DkimReport, DmarcReport, Identities, Report, SpfReport};
use headerscope::summary::{summarize, Severity};
use headerscope::trace::{Step, StepKind};
use headerscope::{inspect, Options};

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
        .block_on(f)
}

fn data(name: &str) -> Vec<u8> {
    let p = format!("{}/tests/data/messages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn run_with(name: &str, options: Options) -> Report {
    let zone_text = String::from_utf8(data("zone.txt")).expect("utf-8");
    let resolver = ZoneResolver::offline(Zone::parse(&zone_text, None).expect("zone parses"));
    let raw = data(name);
    block_on(inspect(&raw, &options, &resolver)).expect("inspects")
}

fn run(name: &str) -> Report {
    run_with(
        name,
        Options {
            now: Some(1_794_000_000),
            ..Default::default()
        },
    )
}

fn field<'a>(
    r: &'a Report,
    header: &str,
    key: &str,
) -> &'a headerscope::message::antispam::AntispamField {
    r.antispam
        .iter()
        .filter(|h| h.header.eq_ignore_ascii_case(header))
        .flat_map(|h| h.fields.iter())
        .find(|f| f.key == key)
        .unwrap_or_else(|| panic!("{header} {key}"))
}

#[test]
fn gmail_softfail_to_spam() {
    let r = run("gmail.eml");
    // Hop table, chronological.
    let hops = &r.received.hops;
    assert_eq!(hops.len(), 2);
    assert_eq!(hops[0].from.as_deref(), Some("out.shop.example"));
    assert_eq!(hops[0].from_ip.as_deref(), Some("203.0.113.9"));
    assert_eq!(hops[0].by.as_deref(), Some("mx.google.com"));
    assert_eq!(hops[0].with.as_deref(), Some("ESMTPS"));
    assert_eq!(hops[0].for_addr.as_deref(), Some("bob@gmail.com"));
    assert_eq!(hops[0].tls_version.as_deref(), Some("TLS1_3"));
    assert_eq!(hops[0].cipher.as_deref(), Some("TLS_AES_256_GCM_SHA384"));
    assert_eq!(hops[0].delay_secs, Some(4));
    assert_eq!(hops[1].delay_secs, Some(1));
    assert_eq!(hops[1].from, None);
    assert_eq!(r.received.total_delay_secs, Some(5));
    assert_eq!(r.received.boundary, Some(1));
    assert!(hops[0].boundary);
    assert_eq!(r.identities.ip.as_deref(), Some("203.0.113.9"));
    assert_eq!(r.identities.helo.as_deref(), Some("out.shop.example"));
    // DMARC discovery under both rule sets.
    assert_eq!(r.dmarc.record_domain.as_deref(), Some("shop.example"));
    assert_eq!(r.dmarc.policy.as_deref(), Some("quarantine"));
    assert_eq!(
        r.dmarc.rfc7489.record_domain.as_deref(),
        Some("shop.example")
    );
    assert_eq!(r.dmarc.rfc7489.policy.as_deref(), Some("quarantine"));
    // What Gmail said.
    let ar = r
        .receiver_said
        .iter()
        .find(|v| v.header == "Authentication-Results")
        .expect("AR");
    assert_eq!(ar.authserv_id.as_deref(), Some("mx.google.com"));
    let methods: Vec<(&str, &str)> = ar
        .results
        .iter()
        .map(|m| (m.method.as_str(), m.result.as_str()))
        .collect();
    assert_eq!(
        methods,
        vec![("dkim", "fail"), ("spf", "softfail"), ("dmarc", "fail")]
    );
    assert_eq!(ar.comparisons.len(), 3);
    let rs = r
        .receiver_said
        .iter()
        .find(|v| v.header == "Received-SPF")
        .expect("Received-SPF");
    assert_eq!(rs.results[0].result, "softfail");
    assert_eq!(rs.results[0].property("client-ip"), Some("203.0.113.9"));
    // iprev: PTR out.shop.example → 203.0.113.9.
    let ipr = r.iprev.as_ref().expect("iprev");
    assert_eq!(ipr.result, AuthResult::Pass);
    assert_eq!(ipr.name.as_deref(), Some("out.shop.example"));
    assert_eq!(ipr.helo_matches, Some(true));
    // Spamhaus refused the query (127.255.255.254): unknown, never listed.
    let zen = r
        .dnsbl
        .iter()
        .find(|b| b.zone == "zen.spamhaus.org")
        .expect("zen");
    assert_eq!(zen.status, DnsblStatus::Unknown);
    assert_eq!(zen.codes, vec!["127.255.255.254"]);
    assert!(r
        .dnsbl
        .iter()
        .filter(|b| b.zone != "zen.spamhaus.org")
        .all(|b| b.status == DnsblStatus::NotListed));
    assert!(
        r.summary.iter().any(|s| s
            .text
            .en()
            .starts_with("zen.spamhaus.org refused the query (127.255.255.254)")
            && s.link == "dnsbl[0]"),
        "{:#?}",
        r.summary
    );
    assert!(!r
        .summary
        .iter()
        .any(|s| s.text.en().contains("is listed in")));
}

#[test]
fn microsoft_365_spoof_rejected() {
    let r = run("m365.eml");
    assert_eq!(r.received.hops.len(), 3);
    // The two *.prod.outlook.com relays are internal; EOP's frontend accepted the message.
    assert_eq!(r.received.boundary, Some(2));
    let first = &r.received.hops[0];
    assert_eq!(first.from_ip.as_deref(), Some("198.51.100.25"));
    assert_eq!(first.with.as_deref(), Some("Microsoft SMTP Server"));
    assert_eq!(first.tls_version.as_deref(), Some("TLS1_3"));
    assert_eq!(r.received.hops[1].ip_version, Some(6));
    assert_eq!(r.identities.ip.as_deref(), Some("198.51.100.25"));
    // Authentication-Results without authserv-id.
    let ar = r
        .receiver_said
        .iter()
        .find(|v| v.header == "Authentication-Results")
        .expect("AR");
    assert_eq!(ar.authserv_id, None);
    assert!(ar.results.iter().any(|m| m.method == "compauth"
        && m.result == "fail"
        && m.reason.as_deref() == Some("000")));
    assert_eq!(
        ar.results
            .iter()
            .find(|m| m.method == "dmarc")
            .and_then(|m| m.property("action")),
        Some("oreject")
    );
    // Antispam.
    assert!(field(&r, "X-Forefront-Antispam-Report", "SFV")
        .meaning
        .as_ref()
        .map(|t| t.en())
        .as_deref()
        .unwrap_or("")
        .contains("spam filter judged the message spam"));
    assert!(field(&r, "X-Forefront-Antispam-Report", "CAT")
        .meaning
        .as_ref()
        .map(|t| t.en())
        .as_deref()
        .unwrap_or("")
        .contains("spoofing"));
    assert_eq!(field(&r, "X-Forefront-Antispam-Report", "CTRY").value, "NL");
    assert!(field(&r, "X-MS-Exchange-Organization-SCL", "SCL")
        .meaning
        .as_ref()
        .map(|t| t.en())
        .as_deref()
        .unwrap_or("")
        .contains("high confidence spam"));
    assert!(field(&r, "X-Microsoft-Antispam", "BCL")
        .meaning
        .as_ref()
        .map(|t| t.en())
        .as_deref()
        .unwrap_or("")
        .contains("not from a bulk sender"));
    // ARA is kept (raw value) even though its IDs are opaque.
    assert_eq!(
        field(&r, "X-Microsoft-Antispam", "ARA").value,
        "13230040|8096899003"
    );
    // DMARC, report authorization.
    assert_eq!(r.dmarc.policy.as_deref(), Some("reject"));
    assert_eq!(r.dmarc.report_authorization.len(), 1);
    assert_eq!(r.dmarc.report_authorization[0].authorized, Some(true));
    // iprev and HELO: no PTR, HELO name unknown to DNS.
    let ipr = r.iprev.as_ref().expect("iprev");
    assert_eq!(ipr.result, AuthResult::Fail);
    assert_eq!(ipr.helo.as_deref(), Some("mail.contoso.example"));
    assert_eq!(ipr.helo_resolves, Some(false));
    // Spamcop lists it, with its TXT reason.
    let sc = r
        .dnsbl
        .iter()
        .find(|b| b.zone == "bl.spamcop.net")
        .expect("spamcop");
    assert_eq!(sc.status, DnsblStatus::Listed);
    assert!(sc.reason.as_deref().unwrap_or("").starts_with("Blocked"));
    // Summary: the listing and Microsoft's spam verdict are critical and come first.
    let crit: Vec<String> = r
        .summary
        .iter()
        .filter(|s| s.severity == Severity::Critical)
        .map(|s| s.text.en())
        .collect();
    assert!(
        crit.iter()
            .any(|t| t.contains("198.51.100.25 is listed in bl.spamcop.net")),
        "{crit:#?}"
    );
    assert!(
        // One sentence for Microsoft's SFV, SCL and CAT (issue 17 item 4).
        crit.iter()
            .any(|t| t.starts_with("Microsoft filed this as spam (SFV:SPM, SCL 9, CAT:SPOOF)")),
        "{crit:#?}"
    );
    assert!(r.summary.iter().any(|s| s
        .text
        .en()
        .contains("Helo command rejected: Host not found")));
    assert_eq!(r.summary[0].severity, Severity::Critical);
}

#[test]
fn postfix_amavis_spamassassin() {
    let r = run("postfix_amavis.eml");
    assert_eq!(r.received.hops.len(), 3);
    assert_eq!(r.received.boundary, Some(2));
    let h = &r.received.hops;
    assert_eq!(h[0].from.as_deref(), Some("sender.example.org"));
    assert_eq!(
        h[0].from_rdns, None,
        "Postfix writes 'unknown' when there is no PTR"
    );
    assert_eq!(h[0].tls_version.as_deref(), Some("TLSv1.2"));
    assert_eq!(h[0].cipher.as_deref(), Some("ECDHE-RSA-AES256-GCM-SHA384"));
    assert_eq!(h[0].delay_secs, Some(4));
    assert!(h[1].ip_private && h[2].ip_private);
    assert!(!h[2].tls);
    // SpamAssassin through amavis.
    let sa = r
        .antispam
        .iter()
        .find(|a| a.header == "X-Spam-Status")
        .expect("X-Spam-Status");
    assert_eq!(sa.spam, Some(true));
    assert_eq!((sa.score, sa.required), (Some(7.312), Some(5.0)));
    let tests: Vec<(&str, Option<f64>)> = sa
        .tests
        .iter()
        .map(|t| (t.name.as_str(), t.score))
        .collect();
    assert_eq!(tests[0], ("BAYES_99", Some(3.5)));
    assert_eq!(tests.len(), 5);
    assert_eq!(field(&r, "X-Virus-Scanned", "host").value, "mx.example.net");
    assert_eq!(
        r.antispam
            .iter()
            .find(|a| a.header == "X-Virus-Scanned")
            .map(|a| a.engine.as_str()),
        Some("amavis")
    );
    assert_eq!(
        r.antispam
            .iter()
            .find(|a| a.header == "X-Spam-Flag")
            .and_then(|a| a.spam),
        Some(true)
    );
    // Spamhaus PBL listing.
    let zen = r
        .dnsbl
        .iter()
        .find(|b| b.zone == "zen.spamhaus.org")
        .expect("zen");
    assert_eq!(zen.status, DnsblStatus::Listed);
    assert!(zen.meaning[0].en().contains("PBL"));
    // DMARC: p=none at example.org.
    assert_eq!(r.dmarc.policy.as_deref(), Some("none"));
    assert_eq!(r.dmarc.rfc7489.policy.as_deref(), Some("none"));
    // Summary line for SpamAssassin lists the heaviest tests first.
    let line = r
        .summary
        .iter()
        .find(|s| s.text.en().starts_with("X-Spam-Status:"))
        .expect("SA line");
    assert!(line.text.en().contains("SpamAssassin score 7.312 ≥ required 5: spam; tests: BAYES_99=3.5, URIBL_BLACK=1.7, RDNS_NONE=1.274"), "{:?}", line.text);
    assert_eq!(line.severity, Severity::Critical);
    // The user moves the boundary to the amavis re-injection hop.
    let moved = run_with(
        "postfix_amavis.eml",
        Options {
            overrides: headerscope::message::Overrides {
                boundary: Some(1),
                ..Default::default()
            },
            now: Some(1_794_000_000),
            ..Default::default()
        },
    );
    assert_eq!(moved.received.boundary, Some(1));
    assert_eq!(moved.identities.ip.as_deref(), Some("127.0.0.1"));
    assert!(
        moved.dnsbl.is_empty(),
        "private addresses are not looked up"
    );
}

#[test]
fn forwarded_with_arc() {
    let r = run("arc_forwarded.eml");
    assert_eq!(r.received.boundary, Some(0));
    assert_eq!(r.identities.ip.as_deref(), Some("198.51.100.77"));
    assert_eq!(r.received.hops[0].from.as_deref(), Some("out.example.com"));
    assert_eq!(r.received.hops[1].delay_secs, Some(2));
    let arc = r
        .receiver_said
        .iter()
        .find(|v| v.header == "ARC-Authentication-Results")
        .expect("ARC-AR");
    assert_eq!(arc.instance, Some(1));
    assert_eq!(arc.authserv_id.as_deref(), Some("mx.forwarder.example"));
    assert_eq!(arc.results.len(), 3);
    assert_eq!(r.dmarc.record_domain.as_deref(), Some("example.com"));
    assert_eq!(r.dmarc.policy.as_deref(), Some("quarantine"));
    assert_eq!(r.iprev.as_ref().map(|i| i.result), Some(AuthResult::Pass));
}

#[test]
fn mailing_list_rspamd() {
    let r = run("mailing_list.eml");
    assert_eq!(r.received.boundary, Some(0));
    assert_eq!(
        r.identities.mail_from.as_deref(),
        Some("list-bounces@lists.example.org")
    );
    let rs = r
        .antispam
        .iter()
        .find(|a| a.header == "X-Spamd-Result")
        .expect("rspamd");
    assert_eq!(rs.spam, Some(false));
    assert_eq!((rs.score, rs.required), (Some(2.1), Some(15.0)));
    let names: Vec<&str> = rs.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "R_DKIM_REJECT",
            "DMARC_POLICY_QUARANTINE",
            "MAILLIST",
            "ZZ_CUSTOM"
        ]
    );
    assert!(rs.tests[1].options.contains("SPF not aligned"));
    assert!(
        field(&r, "X-Rspamd-Action", "action")
            .meaning
            .as_ref()
            .map(|t| t.en())
            .as_deref()
            == Some("deliver normally")
    );
    // PTR lists.example.org points at 192.0.2.51, not .50: not forward-confirmed.
    let ipr = r.iprev.as_ref().expect("iprev");
    assert_eq!(ipr.result, AuthResult::Fail);
    assert!(!ipr.ptr[0].confirmed);
    assert_eq!(ipr.ptr[0].addresses, vec!["192.0.2.51"]);
    assert!(r.summary.iter().any(|s| s.text.en()
        == "The reverse DNS of 192.0.2.50 (lists.example.org) does not resolve back to it"));
    assert_eq!(r.dmarc.record_domain.as_deref(), Some("example.com"));
}

fn constructed() -> Report {
    Report {
        identities: Identities {
            ip: Some("203.0.113.9".into()),
            from_domain: Some("gmail.com".into()),
            ..Default::default()
        },
        spf: SpfReport {
            result: AuthResult::SoftFail,
            domain: "gmail.com".into(),
            trace: vec![
                Step::new(
                    StepKind::NoMatch,
                    headerscope::tr!(
                        Spf::TermNoMatch,
                        term = "include:_netblocks.google.com",
                        why = Text::verbatim("203.0.113.9 is not in any range")
                    ),
                ),
                Step::new(
                    StepKind::Match,
                    headerscope::tr!(
                        Spf::TermMatches,
                        term = "~all",
                        why = headerscope::tr!(Spf::AllMatches),
                        result = AuthResult::SoftFail
                    ),
                ),
                Step::new(StepKind::Result, Text::verbatim("spf=softfail")),
            ],
            ..Default::default()
        },
        dkim: vec![DkimReport {
            domain: "gmail.com".into(),
            selector: "20230601".into(),
            result: AuthResult::Fail,
            reason: Text::verbatim("body hash mismatch"),
            header_signature_valid: Some(true),
            body_hash_matches: Some(false),
            ..Default::default()
        }],
        dmarc: DmarcReport {
            result: AuthResult::Fail,
            policy: Some("quarantine".into()),
            disposition: Text::verbatim("quarantine: deliver to the spam/junk folder or hold"),
            from_domains: vec!["gmail.com".into()],
            trace: vec![
                Step::new(StepKind::Parse, Text::verbatim("record")),
                Step::new(StepKind::Result, Text::verbatim("dmarc=fail")),
            ],
            ..Default::default()
        },
        ..Default::default()
    }
}

#[test]
fn summary_lines_for_spf_dkim_dmarc() {
    let mut r = constructed();
    r.summary = summarize(&r);
    let texts: Vec<String> = r.summary.iter().map(|s| s.text.en()).collect();
    assert_eq!(
        texts,
        vec![
            "DMARC p=quarantine and neither SPF nor DKIM aligned (From: gmail.com) → quarantine: deliver to the spam/junk folder or hold",
            "SPF softfail: 203.0.113.9 is not in gmail.com's record, reached `~all`",
            "DKIM body hash mismatch (d=gmail.com): the message was changed after signing",
        ]
    );
    assert_eq!(r.summary[0].link, "dmarc.trace[1]");
    assert_eq!(r.summary[1].link, "spf.trace[2]");
    assert_eq!(r.summary[2].link, "dkim[0].trace");
    let md = to_markdown(&r);
    assert!(
        md.contains("- **critical**: DMARC p=quarantine and neither SPF nor DKIM aligned"),
        "{md}"
    );
    assert!(md.contains("- **warning**: SPF softfail: 203.0.113.9 is not in gmail.com's record, reached `~all` _(see `spf.trace[2]`)_"), "{md}");
    assert!(md.contains("| client IP | 203.0.113.9 |"));
}

#[test]
fn markdown_of_a_whole_message_has_the_hop_table() {
    let r = run("postfix_amavis.eml");
    let md = to_markdown(&r);
    assert!(md.contains("| 1 (boundary) | sender.example.org [192.0.2.99] | mx.example.net | ESMTPS | TLSv1.2 | 4 s |"), "{md}");
    assert!(md.contains("DMARC (RFC 7489): "));
}
