//! Realistic spam-folder cases (tests/data/spamfolder/, PROVENANCE.md there):
//! the summary's first item names the cause and says what the sender's
//! administrator can do; one item per fact; a header that reports only the
//! sending organization's view is never ranked as the receiver's verdict.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::Lang;
use headerscope::report::antispam::Side;
use headerscope::report::Report;
use headerscope::summary::{Cause, Severity, SHOWN};
use headerscope::{inspect, Options};

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
        .block_on(f)
}

fn data(name: &str) -> Vec<u8> {
    let p = format!(
        "{}/tests/data/spamfolder/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn run(name: &str) -> Report {
    run_raw(&data(name))
}

/// A message (a fixture edited in the test) over the cases' zone and clock.
fn run_raw(raw: &[u8]) -> Report {
    let zone_text = String::from_utf8(data("zone.txt")).expect("utf-8");
    let resolver = ZoneResolver::offline(Zone::parse(&zone_text, None).expect("zone parses"));
    let options = Options {
        now: Some(1_794_000_000),
        ..Default::default()
    };
    block_on(inspect(raw, &options, &resolver)).expect("inspects")
}

fn texts(r: &Report) -> Vec<String> {
    r.summary.iter().map(|i| i.text.en()).collect()
}

/// Ranks are 1.., in order, the first `SHOWN` shown, and no item sorts
/// before one that counts more against the message.
fn assert_ranked(r: &Report) {
    for (n, i) in r.summary.iter().enumerate() {
        assert_eq!(i.rank, n + 1);
        assert_eq!(i.shown, n < SHOWN);
    }
}

#[test]
fn forwarded_message_failing_spf() {
    let r = run("forwarded.eml");
    assert_eq!(r.identities.ip.as_deref(), Some("198.51.100.40"));
    let first = &r.summary[0];
    assert_eq!(first.cause, Cause::Authentication);
    assert_eq!(first.severity, Severity::Critical);
    assert!(
        first
            .text
            .en()
            .starts_with("SPF fail: 198.51.100.40 is not in shop.example's record"),
        "{:#?}",
        texts(&r)
    );
    let action = first.action.as_ref().expect("what to do").en();
    assert!(
        action.contains("authorize it in the SPF record of shop.example"),
        "{action}"
    );
    assert!(action.contains("forwarded"), "{action}");
    assert!(
        action.contains("DKIM aligned with the From domain"),
        "{action}"
    );
    // DMARC p=none fails too: it follows, with its own advice naming the domain.
    let dmarc = r
        .summary
        .iter()
        .find(|i| i.text.en().starts_with("DMARC p=none"))
        .expect("DMARC item");
    assert!(dmarc.rank > first.rank);
    assert!(dmarc
        .action
        .as_ref()
        .expect("what to do")
        .en()
        .contains("DKIM d=shop.example"));
    assert_ranked(&r);
}

#[test]
fn new_domain_without_dmarc() {
    let r = run("new_domain.eml");
    let first = &r.summary[0];
    assert_eq!(
        first.text.en(),
        "freshstart.example publishes no DMARC record: Gmail, Yahoo and Outlook.com require one of bulk senders, and messages from an unknown domain without one are easily junked",
        "{:#?}",
        texts(&r)
    );
    assert_eq!(first.severity, Severity::Warning);
    assert!(first
        .action
        .as_ref()
        .expect("what to do")
        .en()
        .contains("TXT at _dmarc.freshstart.example \"v=DMARC1; p=none;"));
    // In German and Ukrainian too.
    let de = first.action.as_ref().expect("action").render(Lang::De);
    assert!(
        de.contains("Veröffentlichen Sie einen DMARC-Record"),
        "{de}"
    );
    assert!(de.contains("_dmarc.freshstart.example"), "{de}");
    assert_ranked(&r);
}

#[test]
fn microsoft_365_bulk_to_junk() {
    let r = run("m365_bulk.eml");
    let first = &r.summary[0];
    assert_eq!(first.cause, Cause::ReceiverVerdict);
    assert_eq!(first.severity, Severity::Critical);
    assert_eq!(
        first.text.en(),
        "Microsoft filed this as spam (SFV:SPM, SCL 5, CAT:BULK); bulk complaint level (BCL) 9: \
         bulk sender with many complaints; delivered to the Junk Email folder (dest:J)",
        "{:#?}",
        texts(&r)
    );
    let action = first.action.as_ref().expect("what to do").en();
    assert!(
        action.contains("Lower complaints about news.example"),
        "{action}"
    );
    assert!(action.contains("List-Unsubscribe=One-Click"), "{action}");
    // ONE Microsoft item: SCL, BCL and the folder are not restated one by one.
    assert_eq!(
        r.summary
            .iter()
            .filter(|i| i.cause == Cause::ReceiverVerdict)
            .count(),
        1,
        "{:#?}",
        texts(&r)
    );
    assert_ranked(&r);
}

#[test]
fn the_sending_tenants_view_is_never_the_receivers_verdict() {
    let r = run("m365_bulk.eml");
    for name in [
        "X-Forefront-Antispam-Report-Untrusted",
        "X-Microsoft-Antispam-Untrusted",
        "X-MS-Exchange-CrossTenant-AuthAs",
        "X-MS-Exchange-CrossTenant-FromEntityHeader",
        "Authentication-Results-Original",
    ] {
        let h = r
            .antispam
            .iter()
            .find(|h| h.header == name)
            .unwrap_or_else(|| panic!("{name} decoded"));
        assert_eq!(h.side, Side::SendingOrganization, "{name}");
        assert!(h
            .side_note
            .as_ref()
            .expect("says whose view")
            .en()
            .contains("not the receiver's verdict"));
        let at = format!(
            "antispam[{}]",
            r.antispam
                .iter()
                .position(|x| x.header == name)
                .expect("at")
        );
        assert!(
            r.summary.iter().all(|i| i.link != at),
            "{name} is in the summary: {:#?}",
            texts(&r)
        );
    }
    // The Untrusted header says SCL 1 / NSPM: nothing in the summary repeats it.
    assert!(texts(&r).iter().all(|t| !t.contains("SCL 1")));
}

#[test]
fn an_untrusted_spam_verdict_alone_is_not_ranked() {
    // The sending tenant's outbound filter thought it spam; the receiver did not say.
    let raw = String::from_utf8(data("m365_bulk.eml")).expect("utf-8");
    let raw = raw
        .lines()
        .filter(|l| {
            !l.starts_with("X-Forefront-Antispam-Report:")
                && !l.starts_with("X-Microsoft-Antispam:")
                && !l.starts_with("X-Microsoft-Antispam-Mailbox-Delivery:")
                && !l.starts_with("X-MS-Exchange-Organization-SCL:")
        })
        .map(|l| l.replace("SCL:1;SRV:;IPV:NLI;SFV:NSPM", "SCL:9;SRV:;IPV:NLI;SFV:SPM"))
        .collect::<Vec<_>>()
        .join("\r\n");
    let r = run_raw(raw.as_bytes());
    let untrusted = r
        .antispam
        .iter()
        .find(|h| h.header == "X-Forefront-Antispam-Report-Untrusted")
        .expect("decoded");
    assert_eq!(untrusted.spam, Some(true));
    assert!(
        r.summary
            .iter()
            .all(|i| i.cause != Cause::ReceiverVerdict && i.severity != Severity::Critical),
        "{:#?}",
        texts(&r)
    );
}

#[test]
fn a_spam_verdict_written_before_the_boundary_is_not_the_receivers() {
    // The forwarder's own SpamAssassin stamped the message before it was
    // forwarded: its header sits between the forwarder's Received lines.
    let raw = String::from_utf8(data("forwarded.eml"))
        .expect("utf-8")
        .replace(
            "Received: from out.shop.example",
            "X-Spam-Status: Yes, score=8.1 required=5.0 tests=BAYES_99=3.5,URIBL_BLACK=1.7\r\n\
         \tautolearn=no version=4.0.0\r\nReceived: from out.shop.example",
        );
    let r = run_raw(raw.as_bytes());
    let sa = r
        .antispam
        .iter()
        .find(|h| h.header == "X-Spam-Status")
        .expect("decoded");
    assert_eq!(sa.spam, Some(true));
    assert_eq!(sa.side, Side::BeforeBoundary);
    assert!(r.summary.iter().all(|i| i.cause != Cause::ReceiverVerdict));
    // The same header above the receiver's Received line is its verdict, first.
    let raw = String::from_utf8(data("forwarded.eml"))
        .expect("utf-8")
        .replace(
            "Received: from fwd.alumni.example",
            "X-Spam-Status: Yes, score=8.1 required=5.0 tests=BAYES_99=3.5,URIBL_BLACK=1.7\r\n\
         \tautolearn=no version=4.0.0\r\nReceived: from fwd.alumni.example",
        );
    let r = run_raw(raw.as_bytes());
    assert_eq!(
        r.summary[0].cause,
        Cause::ReceiverVerdict,
        "{:#?}",
        texts(&r)
    );
    assert!(r.summary[0]
        .action
        .as_ref()
        .expect("what to do")
        .en()
        .contains("BAYES_99=3.5, URIBL_BLACK=1.7"));
}

#[test]
fn receivers_disagreeing_for_one_reason_are_one_item() {
    use headerscope::i18n::phrases::intake::Intake;
    use headerscope::report::receivers::{Comparison, ReceiverVerdict};
    let disagree = |method: &str| Comparison {
        method: method.into(),
        theirs: "pass".into(),
        ours: headerscope::i18n::text::Text::verbatim("fail"),
        agree: false,
        explanation: headerscope::tr!(
            Intake::SpfIpDiffers,
            theirs = "52.100.157.10",
            ours = "10.0.0.5"
        ),
    };
    let mut r = Report::default();
    for (i, id) in ["mx1.example.net", "mx2.example.net", "mx2.example.net"]
        .into_iter()
        .enumerate()
    {
        r.receiver_said.push(ReceiverVerdict {
            header: "Authentication-Results".into(),
            index: i,
            authserv_id: Some(id.into()),
            comparisons: vec![disagree("spf"), disagree("dmarc")],
            ..Default::default()
        });
    }
    let items = headerscope::summary::summarize(&r);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(
        items[0].text.en(),
        "3 receivers' headers (mx1.example.net, mx2.example.net) disagree with our results for spf, dmarc: \
         the receiver evaluated client IP 52.100.157.10, we evaluated 10.0.0.5: the trust boundary differs (move it to the receiver's hop)"
    );
    assert_eq!(items[0].cause, Cause::ReceiverDisagreement);
    assert!(items[0]
        .text
        .render(Lang::Uk)
        .starts_with("3 заголовки одержувачів"));
}

#[test]
fn markdown_and_text_follow_the_ranking_with_what_to_do() {
    let r = run("m365_bulk.eml");
    let md = headerscope::export::to_markdown(&r);
    let first = md.find("Microsoft filed this as spam").expect("first item");
    let todo = md
        .find("  - What to do: Lower complaints about news.example")
        .expect("what to do");
    assert!(first < todo, "{md}");
    for other in r.summary.iter().skip(1) {
        let at = md.find(&other.text.en()).expect("every item");
        assert!(at > todo, "ranked order in {md}");
    }
    let de = headerscope::export::to_markdown_in(&r, Lang::De);
    assert!(
        de.contains("  - Was zu tun ist: Senken Sie die Beschwerden über news.example"),
        "{de}"
    );
    // More than five items: the text CLI shows five, then "N more:" and the rest.
    let mut many = r.clone();
    for n in 0..4 {
        let mut extra = many.summary[0].clone();
        extra.text = headerscope::i18n::text::Text::verbatim(format!("extra finding {n}"));
        extra.cause = Cause::Other;
        extra.severity = Severity::Info;
        many.summary.push(extra);
    }
    many.summary = headerscope::summary::rank(many.summary);
    let folded = many.summary.len() - SHOWN;
    assert!(folded > 0);
    let text = headerscope::cli::text::render_report(&many, Lang::En);
    let more = text.find(&format!("  {folded} more:")).expect("the fold");
    let fifth = text
        .find(&many.summary[SHOWN - 1].text.en())
        .expect("fifth");
    let sixth = text.find(&many.summary[SHOWN].text.en()).expect("sixth");
    assert!(fifth < more && more < sixth, "{text}");
    assert!(
        text.contains("      What to do: Lower complaints"),
        "{text}"
    );
}
