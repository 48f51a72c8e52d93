//! Message intake: parse + identity inference on arbitrary bytes.
#![no_main]

use headerscope::message::{self, Overrides};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(msg) = message::parse(data) {
        let id = message::identities(&msg, &Overrides::default());
        // What the identities claim must hold: an inferred IP is an address.
        if let Some(ip) = &id.ip {
            assert!(ip.parse::<std::net::IpAddr>().is_ok(), "{ip}");
        }
        for (name, value) in msg.headers() {
            let _ = message::unfold(value);
            let _ = message::header_values(&msg, &String::from_utf8_lossy(name));
        }
    }
});
