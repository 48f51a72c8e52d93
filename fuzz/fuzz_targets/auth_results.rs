//! The Authentication-Results, ARC-Authentication-Results and Received-SPF
//! parsers (RFC 8601 and what real receivers write), and the SPF module's own
//! Received-SPF reader.
#![no_main]

use headerscope::message::auth_results;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for v in [
        auth_results::parse_authentication_results(&text),
        auth_results::parse_arc_authentication_results(&text),
        auth_results::parse_received_spf(&text),
    ] {
        // Whatever was parsed must serialize: the UI and the CLI render it.
        serde_json::to_string(&v).expect("a parsed verdict serializes");
    }
    let _ = headerscope::auth::spf::parse_received_spf(&text);
});
