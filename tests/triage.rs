//! The sender requirements (Gmail, Yahoo, Outlook.com) and the security
//! triage on the fixtures of tests/data/triage/ (see PROVENANCE.md there):
//! each requirement line's status and link, the findings, the summary
//! items they add, the same without DNS, and the CLI's JSON.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::phrases::triage::Triage;
use headerscope::i18n::{Lang, Msg};
use headerscope::report::summary::Severity;
use headerscope::report::triage::{FindingKind, RequirementStatus as Status, Rule};
use headerscope::report::Report;
use headerscope::{inspect, Options};
use std::process::Command;

/// After the fixtures' signature time (`t=`), so no signature is from the future.
const NOW: u64 = 1_796_600_000;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

fn path(name: &str) -> String {
    format!("{}/tests/data/triage/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn run_with(name: &str, no_dns: bool) -> Report {
    let zone = String::from_utf8(read("zone.txt")).expect("utf-8");
    let resolver = ZoneResolver::offline(Zone::parse(&zone, None).expect("zone parses"));
    let options = Options {
        now: Some(NOW),
        no_dns,
        ..Default::default()
    };
    block_on(inspect(&read(name), &options, &resolver)).expect("inspects")
}

fn run(name: &str) -> Report {
    run_with(name, false)
}

fn line(r: &Report, rule: Rule) -> &headerscope::report::triage::RequirementLine {
    r.requirements
        .lines
        .iter()
        .find(|l| l.rule == rule)
        .unwrap_or_else(|| panic!("no line {rule:?}"))
}

/// Whether `t` is the app catalog's sentence `key` (the summary's sentences).
fn is_app(t: &headerscope::i18n::text::Text, key: Msg) -> bool {
    t.key() == Some(headerscope::i18n::text::Key::App(key))
}

fn status(r: &Report, rule: Rule) -> Status {
    line(r, rule).status
}

#[test]
fn bulk_mail_without_one_click_unsubscribe_fails_that_line_and_the_summary_says_so() {
    let r = run("bulk-no-oneclick.eml");
    assert_eq!(r.requirements.bulk, Some(true));
    assert_eq!(
        r.requirements.bulk_signs,
        vec!["List-Unsubscribe", "Precedence: bulk"]
    );
    for rule in [
        Rule::SpfPass,
        Rule::DkimPass,
        Rule::SpfAndDkim,
        Rule::Dmarc,
        Rule::ReverseDns,
        Rule::Tls,
        Rule::DkimKeySize,
        Rule::FromHeader,
        Rule::MessageId,
        Rule::DateHeader,
    ] {
        assert_eq!(
            status(&r, rule),
            Status::Pass,
            "{rule:?}: {:?}",
            line(&r, rule).why.en()
        );
    }
    let unsub = line(&r, Rule::OneClickUnsubscribe);
    assert_eq!(unsub.status, Status::Fail);
    assert!(unsub.why.is(Triage::UnsubNoHttps.phrase()));
    assert!(unsub.bulk_only);
    // Each line points at its evidence: the trace step, the hop, or itself.
    assert!(line(&r, Rule::SpfPass).link.starts_with("spf.trace["));
    assert_eq!(line(&r, Rule::DkimPass).link, "dkim[0].trace");
    assert_eq!(line(&r, Rule::Tls).link, "received.hops[0]");
    assert_eq!(unsub.link, "requirements.lines[4]");
    let item = r
        .summary
        .iter()
        .find(|i| is_app(&i.text, Msg::SumTriageUnsubscribe))
        .expect("a summary item names the missing one-click unsubscribe");
    assert_eq!(item.severity, Severity::Warning);
    assert_eq!(item.link, "requirements.lines[4]");
    // What to do is the item's action, shown under it.
    let action = item.action.as_ref().map(|a| a.en()).unwrap_or_default();
    assert!(action.contains("List-Unsubscribe-Post"), "{action}");
    assert_eq!(
        item.cause,
        headerscope::report::summary::Cause::SenderPractice
    );
    // The first problem the summary names is this one: everything else passed.
    let first_problem = r
        .summary
        .iter()
        .find(|i| i.severity != Severity::Ok)
        .expect("a problem");
    assert!(is_app(&first_problem.text, Msg::SumTriageUnsubscribe));
}

#[test]
fn one_click_unsubscribe_done_right_passes_with_its_signature_linked() {
    let r = run("bulk-oneclick.eml");
    let unsub = line(&r, Rule::OneClickUnsubscribe);
    assert_eq!(unsub.status, Status::Pass, "{}", unsub.why.en());
    assert!(unsub.why.is(Triage::UnsubOk.phrase()));
    assert_eq!(unsub.link, "dkim[0].trace");
    assert!(!r
        .summary
        .iter()
        .any(|i| is_app(&i.text, Msg::SumTriageUnsubscribe)));
}

#[test]
fn a_lookalike_from_that_authenticates_itself_is_found_and_summarized() {
    let r = run("lookalike-paypa1.eml");
    // Everything passes for paypa1.com: only the name gives it away.
    assert_eq!(status(&r, Rule::Dmarc), Status::Pass);
    let f = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::Lookalike)
        .expect("a lookalike finding");
    assert_eq!(f.severity, Severity::Critical);
    assert!(f.text.is(Triage::LookalikeBrand.phrase()));
    assert!(f.text.en().contains("paypal.com"), "{}", f.text.en());
    assert!(f.why.is(Triage::WhyLookalike.phrase()));
    let reply = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::DomainsDiffer)
        .expect("the Reply-To finding");
    assert!(reply.text.is(Triage::ReplyToOther.phrase()));
    assert!(reply.text.en().contains("case-review.example"));
    let first = &r.summary[0];
    assert!(
        is_app(&first.text, Msg::SumTriageLookalike),
        "{}",
        first.text.en()
    );
    assert!(first.text.en().contains("paypa1.com imitates paypal.com"));
    assert_eq!(first.severity, Severity::Critical);
}

#[test]
fn a_cyrillic_lookalike_in_punycode_is_decoded_and_named_without_dns() {
    let r = run_with("lookalike-idn.eml", true);
    let f = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::Lookalike)
        .expect("a lookalike finding");
    assert!(
        f.text.en().contains("imitates apple.com"),
        "{}",
        f.text.en()
    );
    assert!(f.text.en().contains("\u{0430}pple.com"), "{}", f.text.en());
    assert!(f
        .evidence
        .iter()
        .any(|e| e.header == "From (Unicode)" && e.value == "\u{0430}pple.com"));
    let shown = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::DisplayNameAddress)
        .expect("the display name names apple.com");
    assert!(shown.text.en().contains("support@apple.com"));
    assert!(is_app(&r.summary[0].text, Msg::SumTriageLookalike));
    // German and Ukrainian render it too.
    assert!(f.text.render(Lang::De).contains("ahmt apple.com nach"));
    assert!(f.text.render(Lang::Uk).contains("імітує apple.com"));
}

#[test]
fn a_personal_message_has_no_unsubscribe_failure() {
    let r = run("personal.eml");
    assert_eq!(r.requirements.bulk, None);
    let unsub = line(&r, Rule::OneClickUnsubscribe);
    assert_eq!(unsub.status, Status::CannotTell);
    assert!(unsub.why.is(Triage::UnsubNotBulk.phrase()));
    assert!(r
        .requirements
        .lines
        .iter()
        .all(|l| l.status != Status::Fail));
    assert!(r.security.is_empty(), "{:?}", r.security);
    assert!(!r
        .summary
        .iter()
        .any(|i| i.link.starts_with("requirements") || i.link.starts_with("security")));
}

#[test]
fn without_dns_the_dns_lines_cannot_tell_and_the_message_lines_still_judge() {
    let r = run_with("bulk-no-oneclick.eml", true);
    for rule in [
        Rule::SpfPass,
        Rule::Dmarc,
        Rule::ReverseDns,
        Rule::DkimKeySize,
    ] {
        let l = line(&r, rule);
        assert_eq!(l.status, Status::CannotTell, "{rule:?}");
        assert!(l.why.is(Triage::NoDns.phrase()), "{rule:?}: {}", l.why.en());
    }
    assert_eq!(status(&r, Rule::DkimPass), Status::CannotTell);
    // What the message alone shows is judged as before.
    assert_eq!(status(&r, Rule::OneClickUnsubscribe), Status::Fail);
    assert_eq!(status(&r, Rule::Tls), Status::Pass);
    assert_eq!(status(&r, Rule::FromHeader), Status::Pass);
    assert_eq!(status(&r, Rule::MessageId), Status::Pass);
    assert_eq!(status(&r, Rule::DateHeader), Status::Pass);
    // The one-click signature is in h=, but whether it is valid needs the key.
    let r = run_with("bulk-oneclick.eml", true);
    let unsub = line(&r, Rule::OneClickUnsubscribe);
    assert_eq!(unsub.status, Status::CannotTell);
    assert!(unsub.why.is(Triage::UnsubSignatureUnchecked.phrase()));
}

#[test]
fn from_message_id_and_date_are_checked_for_rfc_5322_form() {
    let r = run("malformed-headers.eml");
    let from = line(&r, Rule::FromHeader);
    assert_eq!(from.status, Status::Fail);
    assert!(from.why.is(Triage::FromSeveral.phrase()));
    let id = line(&r, Rule::MessageId);
    assert_eq!(id.status, Status::Fail);
    assert!(id.why.is(Triage::MessageIdInvalid.phrase()));
    let date = line(&r, Rule::DateHeader);
    assert_eq!(date.status, Status::Fail);
    assert!(date.why.is(Triage::DateInvalid.phrase()));
    // A personal-looking message still has these asked of every sender.
    let items: Vec<String> = r
        .summary
        .iter()
        .filter(|i| is_app(&i.text, Msg::SumTriageRequirement))
        .map(|i| i.link.clone())
        .collect();
    assert_eq!(
        items,
        vec![
            "requirements.lines[8]",
            "requirements.lines[9]",
            "requirements.lines[10]"
        ]
    );
}

#[test]
fn a_bulk_service_signature_without_to_is_a_possible_replay() {
    let r = run("dkim-replay.eml");
    let f = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::DkimReplay)
        .expect("a replay finding");
    assert!(f.text.en().contains("sendgrid.net"));
    assert!(f
        .evidence
        .iter()
        .any(|e| e.header == "DKIM-Signature h=" && !e.value.split(':').any(|h| h == "to")));
    assert!(f.why.is(Triage::WhyDkimReplay.phrase()));
    assert_eq!(f.severity, Severity::Warning);
    assert!(f
        .evidence
        .iter()
        .any(|e| e.header == "Received from" && e.value == "relay.bulk-relay.example"));
    // The service's own signature passes: the finding is not a DKIM failure.
    assert_eq!(status(&r, Rule::DkimPass), Status::Pass);
    // Its d= marks the message as bulk.
    assert_eq!(r.requirements.bulk_signs, vec!["DKIM d=sendgrid.net"]);
}

#[test]
fn the_cli_json_has_both_sections() {
    let out = Command::new(env!("CARGO_BIN_EXE_headerscope"))
        .args([
            "check",
            &path("lookalike-paypa1.eml"),
            "--zone",
            &path("zone.txt"),
        ])
        .args(["--offline", "--now", &NOW.to_string(), "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let lines = v["requirements"]["lines"].as_array().expect("lines");
    assert_eq!(lines.len(), 11);
    let unsub = lines
        .iter()
        .find(|l| l["rule"] == "one_click_unsubscribe")
        .expect("the one-click line");
    assert_eq!(unsub["status"], "cannot_tell");
    assert_eq!(unsub["providers"], serde_json::json!(["gmail", "yahoo"]));
    assert!(unsub["why"]
        .as_str()
        .expect("why")
        .starts_with("Cannot tell whether this is bulk mail"));
    assert_eq!(unsub["why_i18n"]["key"], "Triage.UnsubNotBulk");
    assert_eq!(unsub["link"], "requirements.lines[4]");
    let security = v["security"].as_array().expect("security");
    assert_eq!(security[0]["kind"], "lookalike");
    assert_eq!(security[0]["severity"], "critical");
    assert!(security[0]["why"]
        .as_str()
        .expect("why")
        .contains("lookalike domain"));
    // The report reads back from its JSON, the sections included.
    let back: Report = serde_json::from_slice(&out.stdout).expect("reads back");
    assert_eq!(back.requirements.lines.len(), 11);
    assert_eq!(back.security.len(), security.len());
}

#[test]
fn a_signature_without_to_from_the_signers_own_host_is_no_replay() {
    // Microsoft signs its own mail without To: what decides is whether the
    // receiver took the message from the signer's own servers.
    let raw = read("dkim-replay.eml");
    let mut r = run("dkim-replay.eml");
    let msg = headerscope::message::parse_head(&raw).expect("parses");
    let headers = headerscope::triage::Headers::from_message(&msg, 10);
    for hop in r.received.hops.iter_mut().filter(|h| h.boundary) {
        hop.from_rdns = Some("o1.ptr1234.sendgrid.net".into());
    }
    headerscope::triage::triage(&mut r, &headers, false);
    assert!(!r.security.iter().any(|f| f.kind == FindingKind::DkimReplay));
    for hop in r.received.hops.iter_mut().filter(|h| h.boundary) {
        hop.from_rdns = None;
    }
    headerscope::triage::triage(&mut r, &headers, false);
    let f = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::DkimReplay)
        .expect("an unknown sending host leaves it worth knowing");
    assert_eq!(f.severity, Severity::Info);
}

#[test]
fn a_from_that_imitates_the_messages_own_other_domain_names_the_header() {
    // Written here: a headers-only paste whose From swaps one letter of the
    // domain its List-Unsubscribe and Return-Path name.
    let raw = b"Return-Path: <bounce@shop.example>\r\n\
From: Shop <billing@shpo.example>\r\n\
To: bob@example.net\r\n\
Subject: invoice\r\n\
Date: Thu, 5 Nov 2026 09:59:58 +0000\r\n\
Message-ID: <1@shpo.example>\r\n\
List-Unsubscribe: <https://shop.example/u/1>\r\n";
    let resolver = ZoneResolver::offline(Zone::parse("", None).expect("empty zone"));
    let options = Options {
        now: Some(NOW),
        no_dns: true,
        ..Default::default()
    };
    let r = block_on(inspect(raw, &options, &resolver)).expect("inspects");
    let f = r
        .security
        .iter()
        .find(|f| f.kind == FindingKind::Lookalike)
        .expect("a lookalike of the message's own domain");
    assert!(f.text.is(Triage::LookalikeOwn.phrase()));
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.text
            .en()
            .contains("imitates shop.example, named in this message's Return-Path"),
        "{}",
        f.text.en()
    );
    assert!(f.text.arg("how").is_some());
}
