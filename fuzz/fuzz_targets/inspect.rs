//! The whole inspection over a fuzzed message, DNS from a fixed offline zone.
#![no_main]

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::report::AuthResult;
use headerscope::{inspect, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const ZONE: &str = include_str!("../../tests/data/basic.zone");

fn zone() -> &'static Zone {
    static Z: OnceLock<Zone> = OnceLock::new();
    Z.get_or_init(|| Zone::parse(ZONE, None).expect("the fixture zone parses"))
}

fuzz_target!(|data: &[u8]| {
    let resolver = ZoneResolver::offline(zone().clone());
    let options = Options {
        now: Some(1_800_000_000),
        ..Default::default()
    };
    match futures::executor::block_on(inspect(data, &options, &resolver)) {
        Ok(report) => {
            let words = [report.spf.result, report.arc.result, report.dmarc.result];
            for w in words.iter().chain(report.dkim.iter().map(|d| &d.result)) {
                assert!(AuthResult::parse(w.as_str()) == Some(*w));
            }
            serde_json::to_string(&report).expect("a report serializes");
        }
        Err(e) => assert!(!e.0.is_empty()),
    }
});
