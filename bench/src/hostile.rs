//! Growth on hostile messages (issue 18): the time `inspect` takes and the
//! JSON it writes for 1, 100, 10,000 and 50,000 DKIM signatures, ARC sets,
//! receivers' results and Received headers (the messages of
//! tests/hostile_support, shared with tests/hostile_limits.rs). Past the
//! limits both should stay flat; below them, grow linearly. Nothing here
//! asserts a timing.

#[path = "../../tests/hostile_support/mod.rs"]
mod support;

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::{inspect, Options};
use std::time::Instant;
use support::{message, Flood};

pub fn run(sizes: &[usize], runs: usize) -> Result<(), String> {
    let resolver = ZoneResolver::offline(Zone::parse("", None).map_err(|e| format!("zone: {e}"))?);
    let options = Options {
        now: Some(1_800_000_000),
        ..Default::default()
    };
    println!(
        "{:<11} {:>7} {:>11} {:>10} {:>12} {:>8}",
        "flood", "n", "input B", "ms", "JSON B", "JSON/in"
    );
    for kind in Flood::ALL {
        for &n in sizes {
            let raw = message(kind, n);
            let mut times = Vec::new();
            let mut json_len = 0;
            for _ in 0..runs.max(1) {
                let t0 = Instant::now();
                let report = futures::executor::block_on(inspect(&raw, &options, &resolver))
                    .map_err(|e| format!("{} {n}: {e}", kind.name()))?;
                let json = serde_json::to_string(&report).map_err(|e| e.to_string())?;
                times.push(t0.elapsed().as_secs_f64());
                json_len = json.len();
            }
            let ms = crate::median(times) * 1000.0;
            println!(
                "{:<11} {:>7} {:>11} {:>10.1} {:>12} {:>8.2}",
                kind.name(),
                n,
                raw.len(),
                ms,
                json_len,
                json_len as f64 / raw.len() as f64
            );
            let key = kind.name().replace('-', "_");
            println!("RESULT hostile_{key}_{n}_ms={ms:.1}");
            println!("RESULT hostile_{key}_{n}_json_bytes={json_len}");
        }
    }
    Ok(())
}
