//! SPF record parsing and evaluation over a fuzzed zone: the input is zone
//! text; the sender domain and its includes are whatever the zone says.
#![no_main]

use headerscope::auth::spf::{evaluate, SpfRequest};
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::dns::{Budget, Recorder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(zone) = Zone::parse(&text, Some("fuzz.example")) else {
        return;
    };
    let resolver = ZoneResolver::offline(zone);
    // Offline answers are immediate; a tight budget still catches a check that loops on DNS.
    let recorder = Recorder::with_budget(
        &resolver,
        Budget {
            per_query_ms: 1_000,
            overall_ms: 5_000,
            cancel: None,
        },
    );
    for (ip, from) in [
        ("192.0.2.7", "user@fuzz.example"),
        ("2001:db8::7", "postmaster@fuzz.example"),
        ("198.51.100.1", ""),
    ] {
        let req = SpfRequest {
            ip: ip.parse().expect("fixed address"),
            helo: Some("mail.fuzz.example".into()),
            mail_from: from.into(),
            receiver: Some("mx.test".into()),
            now: 1_800_000_000,
        };
        let rep = futures::executor::block_on(evaluate(&recorder, &req));
        assert!(rep.dns_lookups <= 11, "{}", rep.dns_lookups);
        let _ = serde_json::to_string(&rep);
    }
    // RFC 7208 §4.6.4: per check_host() one TXT plus 10 terms, each at most
    // 1 + 10 name lookups (mx, ptr); two identities per request, three requests.
    assert!(
        recorder.distinct_queries() <= 3 * 2 * (1 + 10 * 11),
        "{}",
        recorder.distinct_queries()
    );
});
