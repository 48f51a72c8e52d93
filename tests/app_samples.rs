//! The app's "Try a sample" messages (src/app/samples/): each is a message and
//! the zone that answers its DNS, signed for real. `samples_give_their_verdicts`
//! checks the committed files; `regenerate_samples` (ignored) wrote them:
//!
//! ```sh
//! cargo test --test app_samples -- --ignored regenerate_samples
//! ```
//!
//! It makes new keys each time, so the committed files change completely.

mod mail_auth_support;

use headerscope::dns::replay::offline_resolver_from_text;
use headerscope::report::{AuthResult, Report};
use headerscope::{inspect, Options};
use mail_auth_support::{runtime, Cache, Intermediary, Key, Session};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app/samples")
}

fn read(name: &str) -> String {
    let p = dir().join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// As the app runs a sample: the message with CRLF line ends, the zone offline, the clock now.
fn run(message: &str, zone: &str) -> Report {
    let resolver = offline_resolver_from_text(zone).expect("the sample zone parses");
    let raw = message.replace("\r\n", "\n").replace('\n', "\r\n");
    runtime()
        .block_on(inspect(raw.as_bytes(), &Options::default(), &resolver))
        .expect("the sample inspects")
}

fn sample(id: &str) -> Report {
    run(&read(&format!("{id}.eml")), &read(&format!("{id}.zone")))
}

#[test]
fn samples_give_their_verdicts() {
    let pass = sample("pass");
    assert_eq!(pass.spf.result, AuthResult::Pass);
    assert_eq!(pass.dkim.len(), 1);
    assert_eq!(
        pass.dkim[0].result,
        AuthResult::Pass,
        "{:?}",
        pass.dkim[0].reason
    );
    assert_eq!(pass.dmarc.result, AuthResult::Pass);
    assert!(pass.run.offline);

    let soft = sample("softfail");
    assert_eq!(soft.spf.result, AuthResult::SoftFail);
    assert_eq!(
        soft.dkim[0].result,
        AuthResult::Pass,
        "{:?}",
        soft.dkim[0].reason
    );
    assert_eq!(soft.dkim[0].domain, "esp.example");
    // Neither SPF (softfail) nor the ESP's signature (another domain) aligns with shop.example.
    assert_eq!(soft.dmarc.result, AuthResult::Fail);
    assert_eq!(soft.dmarc.policy.as_deref(), Some("quarantine"));

    let fwd = sample("forwarded");
    assert_eq!(fwd.identities.ip.as_deref(), Some("198.51.100.77"));
    assert_eq!(fwd.spf.result, AuthResult::None);
    assert_eq!(
        fwd.dkim[0].result,
        AuthResult::Pass,
        "{:?}",
        fwd.dkim[0].reason
    );
    assert_eq!(fwd.arc.result, AuthResult::Pass, "{}", fwd.arc.reason.en());
    assert_eq!(fwd.dmarc.result, AuthResult::Pass);
    assert!(fwd.dmarc.dkim_aligned && !fwd.dmarc.spf_aligned);

    let spoof = sample("spoofed");
    assert_eq!(spoof.spf.result, AuthResult::Fail);
    assert!(spoof.dkim.is_empty());
    assert_eq!(spoof.dmarc.result, AuthResult::Fail);
    assert_eq!(spoof.dmarc.policy.as_deref(), Some("reject"));

    // The receiver's Authentication-Results in each sample says what we say.
    for (id, r) in [
        ("pass", &pass),
        ("softfail", &soft),
        ("forwarded", &fwd),
        ("spoofed", &spoof),
    ] {
        let msg = read(&format!("{id}.eml"));
        let ar = msg
            .lines()
            .find(|l| l.starts_with("Authentication-Results: mx.example.net;"))
            .unwrap_or_else(|| panic!("{id}: no Authentication-Results"));
        assert!(
            ar.contains(&format!("dmarc={}", r.dmarc.result)),
            "{id}: {ar}"
        );
    }
}

/// `Tue, 14 Jan 2025 09:12:03 +0000` for unix seconds (RFC 5322 §3.3).
fn rfc5322(t: u64) -> String {
    let days = (t / 86_400) as i64;
    let secs = t % 86_400;
    // Civil from days (H. Hinnant's algorithm), 1970-01-01 = day 0, a Thursday.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    const WD: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {d} {} {y} {:02}:{:02}:{:02} +0000",
        WD[days.rem_euclid(7) as usize],
        MON[(m - 1) as usize],
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

fn crlf(s: &str) -> String {
    s.replace('\n', "\r\n")
}

/// Adds the final receiver's Authentication-Results (what we conclude) on top,
/// and writes the message (LF line ends, as a paste has them) and its zone.
fn finish(id: &str, message: &str, zone: &str) {
    let r = run(message, zone);
    let ar = headerscope::export::authentication_results_value(&r, "mx.example.net");
    let full = format!("Authentication-Results: {ar}\r\n{message}");
    std::fs::write(dir().join(format!("{id}.eml")), full.replace("\r\n", "\n")).unwrap();
    std::fs::write(dir().join(format!("{id}.zone")), zone).unwrap();
}

const SIGNED: [&str; 5] = ["From", "To", "Subject", "Date", "Message-ID"];

#[test]
#[ignore = "writes src/app/samples/ with new keys; run by hand"]
fn regenerate_samples() {
    std::fs::create_dir_all(dir()).unwrap();
    let now = headerscope::unix_now();
    let (d0, d1, d2) = (rfc5322(now - 4), rfc5322(now - 2), rfc5322(now));
    let header = "; DNS for a headerscope sample: simulated, shipped with the app.\n$TTL 300\n";

    // pass: example.com sends from its own server, signed, SPF and DKIM aligned.
    let example = Key::rsa();
    let zone = format!(
        "{header}example.com. TXT \"v=spf1 ip4:192.0.2.10 -all\"\n\
         _dmarc.example.com. TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@example.com\"\n\
         {}out.example.com. A 192.0.2.10\n\
         10.2.0.192.in-addr.arpa. PTR out.example.com.\n",
        example.zone_line("s1", "example.com")
    );
    let original = crlf(&format!(
        "From: Alice Example <alice@example.com>\nTo: Bob <bob@example.net>\n\
         Subject: Quarterly figures\nDate: {d0}\nMessage-ID: <sample-pass-{now}@example.com>\n\
         MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
         Hi Bob,\n\nthe figures are in the shared folder.\n\nAlice\n"
    ));
    let signed = example.dkim_sign("example.com", "s1", &SIGNED, &original);
    let msg = crlf(&format!(
        "Received: from out.example.com (out.example.com [192.0.2.10])\n\
         \tby mx.example.net (Postfix) with ESMTPS id 4F2A1C3; {d2}\n\
         Return-Path: <alice@example.com>\n"
    )) + &signed;
    finish("pass", &msg, &zone);

    // softfail: a shop's newsletter through a mailing service not yet in its SPF,
    // signed with the service's domain.
    let esp = Key::rsa();
    let zone = format!(
        "{header}shop.example. TXT \"v=spf1 ip4:192.0.2.0/24 ~all\"\n\
         _dmarc.shop.example. TXT \"v=DMARC1; p=quarantine\"\n\
         {}mta7.esp.example. A 198.51.100.23\n\
         23.100.51.198.in-addr.arpa. PTR mta7.esp.example.\n",
        esp.zone_line("esp1", "esp.example")
    );
    let original = crlf(&format!(
        "From: Shop Example <news@shop.example>\nTo: bob@example.net\n\
         Subject: Our spring sale starts today\nDate: {d0}\n\
         Message-ID: <sample-softfail-{now}@mta7.esp.example>\n\
         MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
         Twenty percent off everything until Sunday.\n"
    ));
    let signed = esp.dkim_sign("esp.example", "esp1", &SIGNED, &original);
    let msg = crlf(&format!(
        "Received: from mta7.esp.example (mta7.esp.example [198.51.100.23])\n\
         \tby mx.example.net (Postfix) with ESMTPS id 7B1D0E2; {d2}\n\
         Return-Path: <bounces@shop.example>\n"
    )) + &signed;
    finish("softfail", &msg, &zone);

    // forwarded: example.com's signed message, forwarded unchanged by forwarder.example
    // (SRS bounce address, ARC seal) to the final mailbox.
    let forwarder = Key::rsa();
    let zone = format!(
        "{header}example.com. TXT \"v=spf1 ip4:192.0.2.10 -all\"\n\
         _dmarc.example.com. TXT \"v=DMARC1; p=reject\"\n\
         {}{}out.example.com. A 192.0.2.10\n\
         10.2.0.192.in-addr.arpa. PTR out.example.com.\n\
         mx.forwarder.example. A 198.51.100.77\n\
         77.100.51.198.in-addr.arpa. PTR mx.forwarder.example.\n",
        example.zone_line("s1", "example.com"),
        forwarder.zone_line("arc", "forwarder.example")
    );
    let original = crlf(&format!(
        "From: Alice Example <alice@example.com>\nTo: bob@forwarder.example\n\
         Subject: Minutes of Monday's meeting\nDate: {d0}\n\
         Message-ID: <sample-forwarded-{now}@example.com>\n\
         MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
         Minutes attached; the next meeting is on Thursday.\n"
    ));
    let signed = example.dkim_sign("example.com", "s1", &SIGNED, &original);
    let hop1 = crlf(&format!(
        "Received: from out.example.com (out.example.com [192.0.2.10])\n\
         \tby mx.forwarder.example with ESMTPS id E1A2; {d1}\n"
    ));
    let zone_parsed = headerscope::dns::zone::Zone::parse(&zone, None).unwrap();
    let sealed = Intermediary {
        domain: "forwarder.example",
        selector: "arc",
        authserv_id: "mx.forwarder.example",
        session: Some(Session {
            ip: "192.0.2.10".parse().unwrap(),
            helo: "out.example.com",
            mail_from: "alice@example.com",
        }),
        expiration: None,
    }
    .seal(
        &forwarder,
        &Cache::from_zone(&zone_parsed),
        &format!("{hop1}{signed}"),
        |m| {
            m.replacen(
                &hop1,
                &format!(
                    "{hop1}{}",
                    crlf("Return-Path: <SRS0=k3Jd=UC=example.com=alice@forwarder.example>\n")
                ),
                1,
            )
        },
    );
    let msg = crlf(&format!(
        "Received: from mx.forwarder.example (mx.forwarder.example [198.51.100.77])\n\
         \tby mx.example.net (Postfix) with ESMTPS id 9C3E5F1; {d2}\n"
    )) + &sealed;
    finish("forwarded", &msg, &zone);

    // spoofed: someone else's server claims to be bank.example, unsigned.
    let zone = format!(
        "{header}bank.example. TXT \"v=spf1 ip4:192.0.2.128/25 -all\"\n\
         _dmarc.bank.example. TXT \"v=DMARC1; p=reject; adkim=s; aspf=s\"\n\
         66.113.0.203.in-addr.arpa. PTR host66.cheap-hosting.example.\n"
    );
    let msg = crlf(&format!(
        "Received: from secure-bank-login.example (host66.cheap-hosting.example [203.0.113.66])\n\
         \tby mx.example.net (Postfix) with ESMTP id 0D4C2B9; {d2}\n\
         Return-Path: <security@bank.example>\n\
         From: Bank Example Security <security@bank.example>\nTo: bob@example.net\n\
         Subject: Your account has been suspended\nDate: {d0}\n\
         Message-ID: <sample-spoofed-{now}@secure-bank-login.example>\n\
         MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
         Dear customer,\n\nconfirm your details within 24 hours at\n\
         https://secure-bank-login.example/verify or your account will be closed.\n"
    ));
    finish("spoofed", &msg, &zone);
}
