//! (6) Translation: what showing a report in German costs, against what
//! inspecting the message cost, for the helpdesk fixture messages. The app
//! renders every core sentence (a typed `Text`) in the reader's language
//! on each render (`lang.core`); nothing is remembered, so the first run
//! (cold) and the later ones (warm) differ only by the caches of the machine.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::Lang;
use headerscope::{inspect, Options};
use std::path::PathBuf;
use std::time::Instant;

pub fn run(runs: usize) -> Result<(), String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/messages");
    let zone_text =
        std::fs::read_to_string(dir.join("zone.txt")).map_err(|e| format!("zone.txt: {e}"))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    let options = Options {
        now: Some(1_794_000_000),
        ..Default::default()
    };
    let runs = runs.max(2);
    let (mut inspect_s, mut cold_s, mut warm_s, mut sentences, mut translated) =
        (0.0, 0.0, 0.0, 0, 0);
    for run in 0..runs {
        for f in &files {
            let raw = std::fs::read(f).map_err(|e| format!("{}: {e}", f.display()))?;
            let zone = Zone::parse(&zone_text, None).map_err(|e| e.to_string())?;
            let resolver = ZoneResolver::offline(zone);
            let t = Instant::now();
            let report = futures::executor::block_on(inspect(&raw, &options, &resolver))
                .map_err(|e| format!("{}: {e}", f.display()))?;
            inspect_s += t.elapsed().as_secs_f64();
            let all = report.sentences();
            let t = Instant::now();
            for s in &all {
                if s.render(Lang::De) != s.en() {
                    translated += 1;
                }
            }
            if run == 0 {
                cold_s += t.elapsed().as_secs_f64();
                sentences += all.len();
            } else {
                warm_s += t.elapsed().as_secs_f64();
            }
        }
    }
    let n = files.len() * runs;
    let first = files.len();
    let inspect_ms = inspect_s * 1000.0 / n as f64;
    let cold_ms = cold_s * 1000.0 / first as f64;
    let warm_ms = warm_s * 1000.0 / (n - first) as f64;
    println!("== i18n: {} messages × {runs} runs", files.len());
    println!("  inspect (offline zone): {inspect_ms:.2} ms per message");
    println!(
        "  every sentence to German, first time: {cold_ms:.2} ms per message ({} sentences, {:.1} µs each, {} changed), {:.2}x the inspection",
        sentences / first,
        cold_s * 1e6 / sentences.max(1) as f64,
        translated / runs,
        cold_ms / inspect_ms
    );
    println!(
        "  again: {warm_ms:.3} ms per message, {:.3}x the inspection",
        warm_ms / inspect_ms
    );
    println!("RESULT i18n_inspect_ms={inspect_ms:.2}");
    println!("RESULT i18n_cold_ms={cold_ms:.2}");
    println!("RESULT i18n_warm_ms={warm_ms:.3}");
    Ok(())
}
