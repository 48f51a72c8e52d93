//! The Received header parser and the trust boundary.
#![no_main]

use headerscope::message::{from_addresses, received};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let hops: Vec<received::Hop> = text.split('\n').map(received::parse).collect();
    // The boundary is a hop from a public address, or a hop whose client part
    // cannot be read unambiguously: then it gives no address and says why
    // (issue 14: never a guess).
    if let Some(i) = received::trust_boundary(&hops) {
        match hops[i].from_ip {
            Some(ip) => assert!(!received::is_internal(ip)),
            None => assert!(
                hops[i].ip_issue.is_some(),
                "a boundary hop without a client address says why"
            ),
        }
    }
    let _ = from_addresses(&text);
});
