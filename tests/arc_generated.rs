//! ARC chains made here with mail-auth's `ArcSealer` (keys generated in the test,
//! published in a zone built in the test), verified by mail-auth's `verify_arc` and by
//! us: every verdict must agree. Also the AMS `x=`/`t=` checks against `now`.

mod mail_auth_support;

use futures::executor::block_on;
use headerscope::auth::arc;
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::{ArcReport, AuthResult};
use mail_auth::{AuthenticatedMessage, DkimResult, MessageAuthenticator};
use mail_auth_support::{runtime, Cache, Intermediary, Key};

const MESSAGE: &str = "From: Alice <alice@example.com>\r\nTo: devs@lists.example.org\r\nSubject: Release\r\nDate: Sat, 7 Nov 2026 08:00:00 +0000\r\nMessage-ID: <5@example.com>\r\n\r\nRelease notes.\r\n";

struct World {
    rsa: Key,
    ed: Key,
    zone: Zone,
}

/// Keys for the author (example.com) and two intermediaries; one RSA key serves all
/// RSA selectors so the slow generation happens once.
fn world() -> World {
    let rsa = Key::rsa();
    let ed = Key::ed25519();
    let text = [
        ed.zone_line("ed", "example.com"),
        rsa.zone_line("rsa", "lists.example.org"),
        ed.zone_line("ed", "lists.example.org"),
        ed.zone_line("ed", "forwarder.example"),
        rsa.zone_line("rsa", "forwarder.example"),
    ]
    .concat();
    World {
        zone: Zone::parse(&text, None).unwrap(),
        rsa,
        ed,
    }
}

fn dkim_sign(w: &World, msg: &str) -> String {
    w.ed.dkim_sign(
        "example.com",
        "ed",
        &["From", "To", "Subject", "Date", "Message-ID"],
        msg,
    )
}

fn seal_modified(
    w: &World,
    raw: &str,
    domain: &str,
    selector: &str,
    modify: impl Fn(&str) -> String,
) -> String {
    let authserv_id = format!("mx.{domain}");
    let sealer = Intermediary {
        domain,
        selector,
        authserv_id: &authserv_id,
        session: None,
        expiration: None,
    };
    let key = if selector == "rsa" { &w.rsa } else { &w.ed };
    sealer.seal(key, &Cache::from_zone(&w.zone), raw, modify)
}

fn seal(w: &World, raw: &str, domain: &str, selector: &str) -> String {
    seal_modified(w, raw, domain, selector, str::to_string)
}

fn ours(w: &World, raw: &str, now: u64) -> ArcReport {
    let msg = AuthenticatedMessage::parse(raw.as_bytes()).unwrap();
    block_on(arc::verify(
        &msg,
        &ZoneResolver::offline(w.zone.clone()),
        now,
    ))
}

fn theirs(w: &World, raw: &str) -> AuthResult {
    let cache = Cache::from_zone(&w.zone);
    let msg = AuthenticatedMessage::parse(raw.as_bytes()).unwrap();
    let out = runtime().block_on(
        MessageAuthenticator::new_doh_cloudflare()
            .verify_arc(mail_auth::Parameters::new(&msg).with_cache(&cache)),
    );
    match out.result() {
        DkimResult::Pass => AuthResult::Pass,
        DkimResult::None => AuthResult::None,
        _ => AuthResult::Fail,
    }
}

/// Drops the first header named `name` (with its folded lines).
fn drop_header(raw: &str, name: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    let mut dropped = false;
    for line in raw.split_inclusive("\r\n") {
        if skipping && (line.starts_with(' ') || line.starts_with('\t')) {
            continue;
        }
        skipping = false;
        if !dropped
            && line
                .to_ascii_lowercase()
                .starts_with(&format!("{}:", name.to_ascii_lowercase()))
        {
            skipping = true;
            dropped = true;
            continue;
        }
        out.push_str(line);
    }
    out
}

#[test]
fn sealed_chains_agree_with_mail_auth() {
    let w = world();
    let now = headerscope::unix_now();
    let signed = dkim_sign(&w, MESSAGE);
    let one_ed = seal(&w, &signed, "forwarder.example", "ed");
    let one_rsa = seal(&w, &signed, "forwarder.example", "rsa");
    let two = seal(&w, &one_rsa, "lists.example.org", "ed");
    let three = seal(&w, &two, "forwarder.example", "rsa");
    // A list changes the body between two intermediaries: the chain still holds, the
    // oldest AMS no longer verifies.
    let footer = seal_modified(&w, &one_ed, "lists.example.org", "rsa", |m| {
        m.replace(
            "Release notes.\r\n",
            "Release notes.\r\n-- \r\ndevs mailing list\r\n",
        )
    });
    // The second sealer saw a broken chain, so it wrote cv=fail.
    let broken_then_sealed = seal(
        &w,
        &one_ed.replace("Subject: Release", "Subject: [devs] Release"),
        "lists.example.org",
        "ed",
    );
    let cases: Vec<(&str, String, AuthResult)> = vec![
        ("no ARC at all", signed.clone(), AuthResult::None),
        ("one set, ed25519", one_ed.clone(), AuthResult::Pass),
        ("one set, rsa", one_rsa.clone(), AuthResult::Pass),
        ("two sets, rsa then ed25519", two.clone(), AuthResult::Pass),
        ("three sets", three.clone(), AuthResult::Pass),
        (
            "body changed between two sets",
            footer.clone(),
            AuthResult::Pass,
        ),
        (
            "body changed after the last set",
            one_ed.replace("Release notes.", "Release notes!"),
            AuthResult::Fail,
        ),
        (
            "signed Subject changed after the last set",
            two.replace("Subject: Release", "Subject: [devs] Release"),
            AuthResult::Fail,
        ),
        (
            "an AAR rewritten after sealing",
            two.replacen("dkim=pass", "dkim=fail", 1),
            AuthResult::Fail,
        ),
        (
            "the newest AAR removed",
            drop_header(&two, "ARC-Authentication-Results"),
            AuthResult::Fail,
        ),
        (
            "the newest ARC-Seal removed",
            drop_header(&two, "ARC-Seal"),
            AuthResult::Fail,
        ),
        (
            "sealed over a broken chain (cv=fail)",
            broken_then_sealed.clone(),
            AuthResult::Fail,
        ),
    ];
    let (mut agree, mut differ) = (0, Vec::new());
    for (name, raw, want) in &cases {
        let o = ours(&w, raw, now);
        let t = theirs(&w, raw);
        let o_word = match o.result {
            AuthResult::Pass | AuthResult::None => o.result,
            _ => AuthResult::Fail,
        };
        assert_eq!(
            o_word,
            *want,
            "{name}: ours {} ({})",
            o.result,
            o.reason.en()
        );
        if o_word == t {
            agree += 1;
        } else {
            differ.push(format!(
                "{name}: ours {o_word} ({}), mail-auth {t}",
                o.reason.en()
            ));
        }
    }
    println!(
        "generated ARC messages vs mail-auth: {agree} agree, {} differ",
        differ.len()
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // The detail behind two of the verdicts.
    assert!(broken_then_sealed.contains("cv=fail"));
    let r = ours(&w, &footer, now);
    assert_eq!(r.oldest_pass, Some(2), "{:?}", r.reason);
    assert!(
        r.reason.en().contains("unchanged since intermediary i=2"),
        "{:?}",
        r.reason
    );
    let r = ours(&w, &three, now);
    assert_eq!((r.instances.len(), r.oldest_pass), (3, Some(1)));
    body_hashed_once_per_parameters(&w, &three, now);
}

/// DKIM and ARC share one CRLF copy and one body hash per (canonicalization, hash,
/// l=): the message of three sets plus the author's DKIM-Signature, its line ends
/// turned into bare LFs, verifies as its CRLF form does, with fewer body passes
/// than signatures.
fn body_hashed_once_per_parameters(w: &World, crlf_raw: &str, now: u64) {
    use headerscope::auth::dkim::{self, canon, tags, SignedMessage};
    let lf_raw = crlf_raw.replace("\r\n", "\n");
    let raw = lf_raw.as_bytes();
    let msg = headerscope::message::parse_head(raw).unwrap();
    let crlf = canon::with_crlf(raw);
    let signed = SignedMessage::new(raw, &msg, crlf.as_deref());
    assert!(signed.crlf_fixed);
    let resolver = ZoneResolver::offline(w.zone.clone());
    let (dkim_reports, arc_report) = block_on(futures::future::join(
        dkim::verify_signed(&signed, &resolver, now),
        arc::verify_signed(&signed, &resolver, now),
    ));
    assert_eq!(dkim_reports.len(), 1);
    assert_eq!(
        dkim_reports[0].result,
        AuthResult::Pass,
        "{:?}",
        dkim_reports[0].reason
    );
    assert_eq!(
        arc_report.result,
        AuthResult::Pass,
        "{:?}",
        arc_report.reason
    );
    assert_eq!(arc_report.oldest_pass, Some(1), "{:?}", arc_report.reason);
    let mut params = Vec::new();
    let mut signatures = 0;
    for (name, kind) in [
        ("DKIM-Signature", tags::SigKind::Dkim),
        ("ARC-Message-Signature", tags::SigKind::ArcMessageSignature),
    ] {
        for v in headerscope::message::header_values(&msg, name) {
            let t = tags::parse_signature(&v, kind).unwrap();
            signatures += 1;
            let p = (t.body_canon, canon::hash_algorithm(t.algorithm), t.length);
            if !params.contains(&p) {
                params.push(p);
            }
        }
    }
    assert_eq!(signatures, 4);
    assert_eq!(signed.body_hashes_computed(), params.len());
    assert!(params.len() < signatures);
    // The same verdicts from the message as it was sealed, CRLF.
    let whole = AuthenticatedMessage::parse(crlf_raw.as_bytes()).unwrap();
    let dkim_crlf = block_on(dkim::verify_all(&whole, &resolver, now));
    assert_eq!(dkim_crlf[0].result, AuthResult::Pass);
    assert_eq!(
        dkim_crlf[0].trace.len() + 1,
        dkim_reports[0].trace.len(),
        "only the bare-LF note is added"
    );
    let arc_crlf = block_on(arc::verify(&whole, &resolver, now));
    assert_eq!(arc_crlf.reason, arc_report.reason);
}

/// RFC 8617 §4.1.2: the AMS carries DKIM's t= and x=, checked against `now` as DKIM does
/// (RFC 6376 §3.5). mail-auth reads its own clock, so these are ours alone.
#[test]
fn ams_expiry_and_future_timestamps() {
    let w = world();
    let cache = Cache::from_zone(&w.zone);
    let now = headerscope::unix_now();
    let signed = dkim_sign(&w, MESSAGE);
    let sealed = Intermediary {
        domain: "forwarder.example",
        selector: "ed",
        authserv_id: "mx.forwarder.example",
        session: None,
        expiration: Some(3600),
    }
    .seal(&w.ed, &cache, &signed, str::to_string);
    assert!(sealed.contains("x="));
    assert_eq!(theirs(&w, &sealed), AuthResult::Pass);
    assert_eq!(ours(&w, &sealed, now).result, AuthResult::Pass);
    // A day later the AMS has expired: the newest AMS decides, so the chain fails.
    let late = ours(&w, &sealed, now + 86_400);
    assert_eq!(late.result, AuthResult::Fail);
    assert!(
        late.reason
            .en()
            .contains("ARC-Message-Signature (i=1) fails: the signature expired"),
        "{:?}",
        late.reason
    );
    assert_eq!(late.instances[0].ams_valid, Some(false));
    // An hour before it was made, the AMS is dated in the future (beyond the 300 s slop).
    let early = ours(&w, &sealed, now - 3600);
    assert_eq!(early.result, AuthResult::Fail);
    assert!(
        early.reason.en().contains("dated in the future"),
        "{:?}",
        early.reason
    );
    // Within the slop it passes.
    assert_eq!(ours(&w, &sealed, now - 100).result, AuthResult::Pass);
}
