//! The Received header parser and the trust boundary.
#![no_main]

use headerscope::message::{from_addresses, received};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let hops: Vec<received::Hop> = text.split('\n').map(received::parse).collect();
    if let Some(i) = received::trust_boundary(&hops) {
        let ip = hops[i]
            .from_ip
            .expect("the boundary hop has a client address");
        assert!(!received::is_internal(ip));
    }
    let _ = from_addresses(&text);
});
