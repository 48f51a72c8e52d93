//! The ValiMail ARC test suite (tests/data/arc_test_suite) as the tests read
//! it: its scenarios, each scenario's keys as zone text, each message with
//! CRLF line ends.
#![allow(dead_code)]

use serde_json::Value;

pub fn suite() -> Vec<Value> {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/arc_test_suite/arc-draft-validation-tests.json"
    );
    let data = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    serde_json::from_str(&data).expect("the suite is JSON")
}

/// A scenario's `txt-records` as BIND zone text (the suite folds long values with `\n`).
pub fn zone_text(scenario: &Value) -> String {
    let mut text = String::new();
    for (name, value) in scenario["txt-records"].as_object().into_iter().flatten() {
        let v = value.as_str().unwrap_or_default().replace('\n', "");
        text.push_str(&format!("{name}. 60 IN TXT \"{v}\"\n"));
    }
    text
}

/// A test's message with CRLF line ends (the suite writes LF, some CRLF).
pub fn message(test: &Value) -> String {
    test["message"]
        .as_str()
        .unwrap_or_default()
        .replace("\r\n", "\n")
        .replace('\n', "\r\n")
}
