//! (6) Translation: what showing a report in German costs, against what
//! inspecting the message cost, for the helpdesk fixture messages. The app
//! translates every core sentence on each render (`lang.core`), so this is
//! the price of a language switch or a re-render.

use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::i18n::phrases::translate;
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
    let (mut inspect_s, mut translate_s, mut sentences, mut translated) = (0.0, 0.0, 0, 0);
    for _ in 0..runs.max(1) {
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
                if translate(Lang::De, s) != *s {
                    translated += 1;
                }
            }
            translate_s += t.elapsed().as_secs_f64();
            sentences += all.len();
        }
    }
    let n = files.len() * runs.max(1);
    println!("== i18n: {} messages × {runs} runs", files.len());
    println!(
        "  inspect (offline zone): {:.2} ms per message",
        inspect_s * 1000.0 / n as f64
    );
    println!(
        "  translate every sentence to German: {:.2} ms per message ({} sentences, {:.1} µs each, {} changed)",
        translate_s * 1000.0 / n as f64,
        sentences / n,
        translate_s * 1e6 / sentences.max(1) as f64,
        translated / runs.max(1)
    );
    println!(
        "  translating costs {:.2}x the inspection",
        translate_s / inspect_s
    );
    println!("RESULT i18n_translate_ms={:.2}", translate_s * 1000.0 / n as f64);
    println!("RESULT i18n_inspect_ms={:.2}", inspect_s * 1000.0 / n as f64);
    println!("RESULT i18n_ratio={:.2}", translate_s / inspect_s);
    Ok(())
}
