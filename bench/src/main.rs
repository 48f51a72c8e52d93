//! headerscope's benchmarks (issue 7). `scripts/bench.sh` runs them all; each
//! subcommand prints a human-readable block and one `RESULT key=value` line per
//! figure, which the script collects into the final table.
//!
//!   hs-bench critical-path [--delay-ms 50] [--runs 3]
//!   hs-bench cpu [--mb 20] [--runs 3] [--write-dir DIR]  (DIR/big.eml, DIR/big.zone)
//!   hs-bench gen-batch --messages N --out DIR
//!   hs-bench i18n [--runs 5]  (translating a report to German against inspecting it)
//!   hs-bench hostile [--runs 3]  (time and JSON size for 1 to 50,000 signatures/results)

mod batch;
mod cpu;
mod critical;
mod hostile;
mod i18n;
mod keys;

use std::process::ExitCode;

fn arg<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> Result<T, String> {
    match args.iter().position(|a| a == name) {
        Some(i) => args
            .get(i + 1)
            .ok_or_else(|| format!("{name} needs a value"))?
            .parse()
            .map_err(|_| format!("{name}: not a valid value")),
        None => Ok(default),
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("critical-path") => critical::run(
            arg(rest, "--delay-ms", 50u64)?,
            arg(rest, "--runs", 3usize)?,
        ),
        Some("cpu") => {
            let dir: String = arg(rest, "--write-dir", String::new())?;
            cpu::run(
                arg(rest, "--mb", 20usize)?,
                arg(rest, "--runs", 3usize)?,
                Some(dir.as_str()).filter(|d| !d.is_empty()),
            )
        }
        Some("gen-batch") => batch::generate(
            arg(rest, "--messages", 10_000usize)?,
            &arg(rest, "--out", String::from("bench/.cache/batch"))?,
        ),
        Some("i18n") => i18n::run(arg(rest, "--runs", 5usize)?),
        Some("hostile") => hostile::run(&[1, 100, 10_000, 50_000], arg(rest, "--runs", 3usize)?),
        _ => Err("usage: hs-bench critical-path|cpu|gen-batch|i18n|hostile [options]".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hs-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The median of a few timings, in seconds.
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}
