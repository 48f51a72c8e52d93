//! DKIM tag-list parsing: a fuzzed DKIM-Signature value inside a message
//! (mail-auth's intake parses every signature and hashes the body for it),
//! the same bytes as a DKIM key record, and the whole inspection over it.
#![no_main]

use headerscope::auth::dkim::key::PublicKey;
use headerscope::auth::dkim::tags::{parse_signature, SigKind};
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::{inspect, Options};
use libfuzzer_sys::fuzz_target;
use mail_auth::dkim::record::DomainKey;
use mail_auth::dkim::Signature;
use mail_auth::dns::TxtRecordParser;
use mail_auth::AuthenticatedMessage;

fuzz_target!(|data: &[u8]| {
    let _ = Signature::parse(data);
    // headerscope reads the tags and decodes p= itself (mail-auth 0.15 keeps both private).
    let text = String::from_utf8_lossy(data);
    let _ = parse_signature(&text, SigKind::Dkim);
    let _ = parse_signature(&text, SigKind::ArcMessageSignature);
    let _ = PublicKey::decode("rsa", &text);
    let _ = PublicKey::decode("ed25519", &text);
    let _ = DomainKey::parse(data);
    let mut raw = b"DKIM-Signature: ".to_vec();
    raw.extend_from_slice(data);
    raw.extend_from_slice(
        b"\r\nFrom: Alice <alice@example.org>\r\nSubject: hi\r\nTo: bob@example.net\r\n\r\nHello.\r\n",
    );
    let _ = AuthenticatedMessage::parse(&raw);
    let zone = Zone::parse(
        "sel._domainkey.example.org. TXT \"v=DKIM1; k=rsa; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMJV\"\n",
        None,
    )
    .expect("fixed zone");
    let resolver = ZoneResolver::offline(zone);
    let options = Options {
        now: Some(1_800_000_000),
        ..Default::default()
    };
    let _ = futures::executor::block_on(inspect(&raw, &options, &resolver));
});
