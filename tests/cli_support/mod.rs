//! What the CLI contract tests (`spf_cli`, `dmarc_cli`) read from a run: the
//! JSON of a run that must have succeeded, and the texts of a trace in order.

use serde_json::Value;
use std::process::Output;

/// The JSON a run printed; the run must have exited 0 (its stderr otherwise).
pub fn json(out: &Output) -> Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("--format json prints JSON")
}

/// Every step's text in a JSON trace, depth first, as a reader meets them.
pub fn trace_texts(steps: &Value) -> Vec<String> {
    fn walk(steps: &Value, out: &mut Vec<String>) {
        for s in steps.as_array().into_iter().flatten() {
            if let Some(t) = s["text"].as_str() {
                out.push(t.to_string());
            }
            walk(&s["children"], out);
        }
    }
    let mut out = Vec::new();
    walk(steps, &mut out);
    out
}
