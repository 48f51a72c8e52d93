//! What people bring instead of a raw message (issue 17): each wrapper of
//! tests/data/unwrap/ through the core (`inspect`) and the CLI contract
//! (`check`, `--outer`, `--no-dns`), with DNS from tests/data/basic.zone
//! only; and the `.msg` fixture against its generator.

mod cli_support;
mod unwrap_support;

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::phrases::unwrap::Unwrap;
use headerscope::message::unwrap::status::Vendor;
use headerscope::message::unwrap::{Inspected, Returned, UnwrapInfo, WrapperKind};
use headerscope::report::{AuthResult, Report};
use headerscope::{inspect, tr, Options};
use std::path::PathBuf;
use std::process::{Command, Output};

const NOW: u64 = 1_794_000_000;

fn path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn resolver() -> ZoneResolver {
    let text = std::fs::read_to_string(path("tests/data/basic.zone")).expect("zone");
    ZoneResolver::offline(Zone::parse(&text, None).expect("zone parses"))
}

fn run(raw: &[u8], outer: bool, no_dns: bool) -> Report {
    let options = Options {
        now: Some(NOW),
        outer,
        no_dns,
        ..Default::default()
    };
    futures::executor::block_on(inspect(raw, &options, &resolver())).expect("inspectable")
}

fn unwrapped(r: &Report) -> &UnwrapInfo {
    r.unwrapped.as_ref().expect("an unwrapped section")
}

/// Every sentence the unwrapping wrote (its section and the notices) is a
/// catalog sentence, which the app shows in the reader's language.
fn assert_translatable(r: &Report) {
    let mut ours: Vec<&headerscope::i18n::text::Text> = r.notices.iter().collect();
    if let Some(u) = &r.unwrapped {
        ours.extend(u.sentences());
    }
    let missing: Vec<String> = ours
        .into_iter()
        .filter(|s| s.key().is_none())
        .map(|s| s.en())
        .collect();
    assert!(
        missing.is_empty(),
        "written outside a catalog: {missing:#?}"
    );
}

#[test]
fn forwards_as_attachment_inspect_the_attached_message() {
    for file in ["forward-outlook.eml", "forward-gmail.eml"] {
        let raw = read(&format!("tests/data/unwrap/{file}"));
        let r = run(&raw, false, false);
        let u = unwrapped(&r);
        assert_eq!(u.found, vec![WrapperKind::Forward], "{file}");
        assert_eq!(u.inspected, Inspected::Inner);
        assert!(u.outer_available && !u.body_missing);
        assert!(u.notes.contains(&tr!(Unwrap::ForwardUnwrapped)));
        // The author's hop and verdicts, not the forwarder's.
        assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.7"), "{file}");
        assert_eq!(r.identities.from_domain.as_deref(), Some("example.org"));
        assert_eq!(r.spf.result, AuthResult::Pass);
        assert_eq!(r.dmarc.result, AuthResult::Pass);
        assert_translatable(&r);

        let outer = run(&raw, true, false);
        let u = unwrapped(&outer);
        assert_eq!(u.inspected, Inspected::Outer);
        assert!(u.notes.contains(&tr!(Unwrap::OuterInspected)));
        assert_ne!(outer.identities.from_domain.as_deref(), Some("example.org"));
        assert_ne!(outer.spf.result, AuthResult::Pass, "{file}");
    }
}

#[test]
fn postfix_bounce_explains_gmail_and_spamhaus_refusals() {
    let r = run(&read("tests/data/unwrap/bounce-postfix.eml"), false, false);
    let u = unwrapped(&r);
    assert_eq!(u.found, vec![WrapperKind::Bounce]);
    assert_eq!(u.returned, Some(Returned::Message));
    let dsn = u.dsn.as_ref().expect("a delivery-status part");
    assert_eq!(dsn.reporting_mta.as_deref(), Some("dns; mail.example.org"));
    let vendors: Vec<Option<Vendor>> = dsn
        .recipients
        .iter()
        .map(|r| {
            r.explained
                .as_ref()
                .and_then(|e| e.vendor.as_ref())
                .map(|v| v.vendor)
        })
        .collect();
    assert_eq!(vendors, vec![Some(Vendor::Gmail), Some(Vendor::Spamhaus)]);
    let gmail = dsn.recipients[0].explained.as_ref().expect("explained");
    assert_eq!(gmail.code.to_string(), "5.7.26");
    assert_eq!(gmail.class_meaning, tr!(Unwrap::ClassPermanent));
    assert_eq!(gmail.detail_meaning, tr!(Unwrap::D7x26));
    // The returned message: as the sender's own server received it.
    assert_eq!(r.identities.ip.as_deref(), Some("198.51.100.23"));
    assert_eq!(r.identities.from_domain.as_deref(), Some("example.org"));
    assert_translatable(&r);
}

#[test]
fn exchange_online_bounce_returns_headers_only() {
    let r = run(&read("tests/data/unwrap/bounce-exchange.eml"), false, false);
    let u = unwrapped(&r);
    assert_eq!(u.returned, Some(Returned::Headers));
    assert!(u.body_missing);
    assert!(u.notes.contains(&tr!(Unwrap::BounceHeadersReturned)));
    assert!(u.notes.contains(&tr!(Unwrap::NoRawBody)));
    let dsn = u.dsn.as_ref().expect("dsn");
    let fixes: Vec<(String, String)> = dsn
        .recipients
        .iter()
        .filter_map(|r| r.explained.as_ref())
        .filter_map(|e| e.vendor.as_ref().map(|v| (e.code.to_string(), v.fix.en())))
        .collect();
    assert_eq!(
        fixes,
        vec![
            (
                "5.7.515".to_string(),
                tr!(Unwrap::MicrosoftAuthLevelFix).en()
            ),
            (
                "5.7.509".to_string(),
                tr!(Unwrap::MicrosoftDmarcRejectFix).en()
            ),
        ]
    );
    assert_eq!(r.identities.from_domain.as_deref(), Some("contoso.example"));
    assert_translatable(&r);
}

#[test]
fn gmail_bounce_reads_the_plain_rfc3463_meaning() {
    let r = run(&read("tests/data/unwrap/bounce-gmail.eml"), false, false);
    let dsn = unwrapped(&r).dsn.as_ref().expect("dsn");
    assert_eq!(dsn.recipients.len(), 1);
    let e = dsn.recipients[0].explained.as_ref().expect("explained");
    assert_eq!(e.detail_meaning, tr!(Unwrap::D1x1));
    assert_eq!(e.vendor, None);
    // The returned message carries its DKIM signature, now checked.
    assert_eq!(r.dkim.len(), 1);
    assert_eq!(r.dkim[0].domain, "example.org");
    assert_translatable(&r);
}

#[test]
fn arf_report_shows_the_feedback_and_inspects_the_reported_message() {
    let r = run(&read("tests/data/unwrap/arf-report.eml"), false, false);
    let u = unwrapped(&r);
    assert_eq!(u.found, vec![WrapperKind::FeedbackReport]);
    let arf = u.arf.as_ref().expect("feedback report");
    assert_eq!(arf.feedback_type, "abuse");
    assert_eq!(arf.feedback_meaning, tr!(Unwrap::FeedbackAbuse));
    assert_eq!(arf.source_ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(arf.reported_domain, vec!["example.org".to_string()]);
    assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(r.spf.result, AuthResult::Pass);
    assert_translatable(&r);
}

const MSG_HEADERS: &str = "Received: from AM9PR03MB7001.eurprd03.prod.outlook.com (2603:10a6:20b:3c0::12)\r\n by AM9PR03MB7000.eurprd03.prod.outlook.com with HTTPS; Mon, 23 Nov 2026\r\n 09:00:03 +0000\r\nReceived: from mail.example.org (192.0.2.7) by\r\n AM9PR03MB7001.mail.protection.outlook.com (10.167.8.5) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8200.12 via\r\n Frontend Transport; Mon, 23 Nov 2026 09:00:02 +0000\r\nAuthentication-Results: spf=pass (sender IP is 192.0.2.7)\r\n smtp.mailfrom=example.org; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none header.from=example.org;compauth=pass\r\n reason=100\r\nReceived-SPF: Pass (protection.outlook.com: domain of example.org designates\r\n 192.0.2.7 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=192.0.2.7; helo=mail.example.org; pr=C\r\nReturn-Path: alice@example.org\r\nFrom: Alice <alice@example.org>\r\nTo: Bob <bob@example.net>\r\nSubject: Invoice 2026-118\r\nDate: Mon, 23 Nov 2026 09:59:58 +0100\r\nMessage-ID: <invoice-118@example.org>\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nMIME-Version: 1.0\r\nX-MS-Exchange-Organization-AuthSource: AM9PR03MB7001.mail.protection.outlook.com\r\nX-MS-Exchange-Organization-AuthAs: Anonymous\r\nX-MS-Exchange-Organization-SCL: 1\r\n\r\n";

fn msg_spec() -> unwrap_support::MsgSpec<'static> {
    unwrap_support::MsgSpec {
        transport_headers: MSG_HEADERS,
        subject: "Invoice 2026-118",
        body: "Hi Bob, the invoice is attached to our portal.\r\n",
        sender_name: "Alice",
        sender_address: "alice@example.org",
        recipient_name: "Bob",
        recipient_address: "bob@example.net",
    }
}

#[test]
fn outlook_msg_is_read_from_its_transport_headers() {
    let generated = unwrap_support::write_msg(&msg_spec());
    if std::env::var_os("HEADERSCOPE_WRITE_MSG").is_some() {
        std::fs::write(path("tests/data/unwrap/outlook.msg"), &generated).expect("write");
    }
    let committed = read("tests/data/unwrap/outlook.msg");
    for raw in [generated, committed] {
        let r = run(&raw, false, false);
        let u = unwrapped(&r);
        assert_eq!(u.found, vec![WrapperKind::OutlookMsg]);
        assert!(u.body_missing && !u.outer_available);
        assert!(u.notes.contains(&tr!(Unwrap::MsgBodyConverted)));
        assert!(u.notes.contains(&tr!(Unwrap::NoRawBody)));
        let m = u.msg.as_ref().expect("msg data");
        assert_eq!(m.message_class.as_deref(), Some("IPM.Note"));
        assert_eq!(m.subject.as_deref(), Some("Invoice 2026-118"));
        assert_eq!(m.body_chars, Some(48));
        assert_eq!(r.identities.ip.as_deref(), Some("192.0.2.7"));
        assert_eq!(r.spf.result, AuthResult::Pass);
        assert!(
            !r.receiver_said.is_empty(),
            "Exchange's Authentication-Results"
        );
        assert_translatable(&r);
    }
}

#[test]
fn a_msg_without_transport_headers_is_refused_in_one_line() {
    let mut spec = msg_spec();
    spec.transport_headers = "";
    let raw = unwrap_support::write_msg(&spec);
    let options = Options::default();
    let e = futures::executor::block_on(inspect(&raw, &options, &resolver()))
        .expect_err("a draft has no headers");
    assert_eq!(e.0, tr!(Unwrap::MsgNoTransportHeaders));
}

#[test]
fn mbox_line_is_stripped_and_the_message_inspected_as_is() {
    let basic = read("tests/data/basic.eml");
    let mut mbox = b"From alice@example.org Mon Nov 23 10:00:00 2026\n".to_vec();
    mbox.extend_from_slice(&basic);
    let plain = run(&basic, false, false);
    let r = run(&mbox, false, false);
    assert_eq!(unwrapped(&r).found, vec![WrapperKind::MboxFromLine]);
    assert_eq!(r.spf, plain.spf);
    assert_eq!(r.dmarc.result, plain.dmarc.result);
    assert!(plain.unwrapped.is_none());
}

#[test]
fn headers_only_with_no_dns_reads_everything_the_message_holds() {
    let raw = read("tests/data/messages/m365.eml");
    let head = headerscope::message::header_section(&raw);
    let head = &head[..head.len() - 1]; // no empty line: a header-only paste
    let r = run(head, false, true);
    let u = unwrapped(&r);
    assert_eq!(u.found, vec![WrapperKind::HeadersOnly]);
    assert!(u.body_missing);
    assert!(r.dns.is_empty(), "no query: {:?}", r.dns);
    assert!(r.notices.contains(&tr!(Unwrap::NoDnsNotice)));
    assert_eq!(r.spf.result, AuthResult::None);
    assert_eq!(r.spf.explanation, Some(tr!(Unwrap::NotCheckedNoDns)));
    assert_eq!(r.dmarc.disposition, tr!(Unwrap::NotCheckedNoDns));
    assert!(r.iprev.is_none() && r.dnsbl.is_empty());
    // What needs no DNS is all there.
    assert!(!r.received.hops.is_empty());
    assert!(!r.receiver_said.is_empty());
    assert!(!r.antispam.is_empty());
    assert!(r.identities.ip.is_some());
    for k in &r.dkim {
        assert_ne!(k.result, AuthResult::TempError, "{}", k.reason.en());
    }
    assert_eq!(r.run.resolver, tr!(Unwrap::NoDnsResolver).en());
    assert!(r.run.offline);
    assert_translatable(&r);
}

#[test]
fn a_bundle_of_the_outer_message_replays_as_the_outer_message() {
    let raw = read("tests/data/unwrap/forward-gmail.eml");
    let options = Options {
        now: Some(NOW),
        outer: true,
        ..Default::default()
    };
    let r = futures::executor::block_on(inspect(&raw, &options, &resolver())).expect("report");
    let b = headerscope::bundle::create(&raw, &options, &r, true);
    assert!(b.options.outer);
    let replayed =
        futures::executor::block_on(headerscope::bundle::replay_with(&b, &raw)).expect("replay");
    assert!(headerscope::bundle::verdicts_equal(&replayed, &r));
    assert_eq!(unwrapped(&replayed).inspected, Inspected::Outer);
}

#[test]
fn without_a_raw_body_a_body_hash_is_unknown_not_changed() {
    // The message Gmail's bounce returned: signed (a placeholder signature).
    let bounce = read("tests/data/unwrap/bounce-gmail.eml");
    let raw = headerscope::message::unwrap::unwrap(&bounce, false)
        .expect("bounce")
        .inner
        .into_owned();
    let whole = run(&raw, false, true);
    assert!(whole.unwrapped.is_none());
    assert!(!whole.dkim.is_empty(), "the returned message is signed");
    assert!(whole.dkim.iter().all(|k| k.body_hash_matches.is_some()));
    let head = headerscope::message::header_section(&raw);
    let r = run(&head[..head.len() - 1], false, true);
    assert!(unwrapped(&r).body_missing);
    assert_eq!(r.dkim.len(), whole.dkim.len());
    assert!(r.dkim.iter().all(|k| k.body_hash_matches.is_none()));
}

// ---- the CLI contract: `check [FILE] [--outer] [--no-dns]`

fn headerscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args(args)
        .output()
        .expect("run headerscope")
}

fn check_json(file: &str, extra: &[&str]) -> serde_json::Value {
    let file = path(&format!("tests/data/unwrap/{file}"));
    let zone = path("tests/data/basic.zone");
    let mut args = vec![
        "check",
        file.to_str().expect("utf-8 path"),
        "--now",
        "1794000000",
        "--format",
        "json",
    ];
    if !extra.contains(&"--no-dns") {
        args.extend(["--offline", "--zone", zone.to_str().expect("utf-8 path")]);
    }
    args.extend(extra);
    cli_support::json(&headerscope(&args))
}

#[test]
fn cli_check_unwraps_by_default_and_outer_inspects_the_wrapper() {
    let j = check_json("forward-gmail.eml", &[]);
    assert_eq!(j["unwrapped"]["found"], serde_json::json!(["forward"]));
    assert_eq!(j["unwrapped"]["inspected"], "inner");
    assert_eq!(j["spf"]["result"], "pass");
    let j = check_json("forward-gmail.eml", &["--outer"]);
    assert_eq!(j["unwrapped"]["inspected"], "outer");
    assert_eq!(j["identities"]["from_domain"], "gmail.example");
    let j = check_json("bounce-exchange.eml", &[]);
    let recipients = &j["unwrapped"]["dsn"]["recipients"];
    assert_eq!(recipients[0]["explained"]["vendor"]["vendor"], "microsoft");
    assert_eq!(recipients[1]["status"], "5.7.509");
    assert_eq!(j["unwrapped"]["returned"], "headers");
    let j = check_json("arf-report.eml", &[]);
    assert_eq!(j["unwrapped"]["arf"]["feedback_type"], "abuse");
    let j = check_json("outlook.msg", &[]);
    assert_eq!(j["unwrapped"]["found"], serde_json::json!(["outlook_msg"]));
    assert_eq!(j["unwrapped"]["msg"]["subject"], "Invoice 2026-118");
    // A plain message has no such section.
    let basic = path("tests/data/basic.eml");
    let j = cli_support::json(&headerscope(&[
        "check",
        basic.to_str().expect("utf-8 path"),
        "--offline",
        "--format",
        "json",
    ]));
    assert!(j.get("unwrapped").is_none());
}

#[test]
fn cli_no_dns_runs_without_a_resolver() {
    let j = check_json("forward-outlook.eml", &["--no-dns"]);
    assert_eq!(j["dns"], serde_json::json!([]));
    assert!(cli_support::trace_texts(&j["spf"]["trace"]).is_empty());
    assert_eq!(j["spf"]["explanation"], tr!(Unwrap::NotCheckedNoDns).en());
    assert_eq!(j["identities"]["ip"], "192.0.2.7");
    assert_eq!(j["run"]["offline"], true);
    let zone = path("tests/data/basic.zone");
    let out = headerscope(&[
        "check",
        "-",
        "--no-dns",
        "--zone",
        zone.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("--no-dns"), "{err}");
}

#[test]
fn cli_text_names_the_wrapper_in_the_readers_language() {
    let file = path("tests/data/unwrap/bounce-postfix.eml");
    let file = file.to_str().expect("utf-8 path");
    let en = headerscope(&["check", file, "--no-dns", "--now", "1794000000"]);
    assert_eq!(en.status.code(), Some(0));
    let en = String::from_utf8_lossy(&en.stdout);
    assert!(
        en.contains("Unwrapped: bounce (delivery status notification)"),
        "{en}"
    );
    assert!(en.contains(&tr!(Unwrap::SpamhausListedFix).en()), "{en}");
    let de = headerscope(&["check", file, "--no-dns", "--lang", "de"]);
    let de = String::from_utf8_lossy(&de.stdout);
    assert!(
        de.contains("Ausgepackt: Unzustellbarkeitsnachricht"),
        "{de}"
    );
    assert!(de.contains("Spamhaus-Blockliste"), "{de}");
    assert!(de.contains("nicht geprüft: kein DNS"), "{de}");
}

#[test]
fn damaged_msg_files_and_wrappers_give_a_reason_not_a_panic() {
    use headerscope::message::unwrap::unwrap;
    let msg = read("tests/data/unwrap/outlook.msg");
    // Deterministic damage: every 97th byte position, each set to a few values,
    // plus truncations at sector boundaries.
    for pos in (0..msg.len()).step_by(97) {
        for value in [0x00u8, 0xFF, 0x7F] {
            let mut m = msg.clone();
            m[pos] = value;
            let _ = unwrap(&m, false);
        }
    }
    for len in (8..msg.len()).step_by(512) {
        let _ = unwrap(&msg[..len], false);
    }
    // Shorter than the CFB header sector (512 bytes): refused in one line.
    let e = unwrap(&msg[..100], false).expect_err("a truncated header");
    assert!(!e.0.en().contains('\n'));
    // A bounce cut anywhere still unwraps to something or nothing.
    let bounce = read("tests/data/unwrap/bounce-postfix.eml");
    for len in (0..bounce.len()).step_by(61) {
        let _ = unwrap(&bounce[..len], false);
        let _ = unwrap(&bounce[..len], true);
    }
}
