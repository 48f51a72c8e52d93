//! The OpenSPF RFC 7208 conformance suite (tests/data/pyspf, see PROVENANCE.md)
//! run through our evaluator with the suite's zonedata. Where a test lists
//! several acceptable results, any of them passes; an expected explanation of
//! `DEFAULT` means "no exp= explanation" (the driver's default text).

mod spf_support;

use futures::executor::block_on;
use headerscope::auth::spf::{self, SpfRequest};
use headerscope::trace::flatten;
use std::net::IpAddr;

#[test]
fn rfc7208_suite() {
    let mut passed = 0;
    let mut failures = Vec::new();
    for sc in spf_support::scenarios() {
        for case in &sc.cases {
            let ip: IpAddr = case.host.parse().expect("suite host is an IP address");
            let req = SpfRequest {
                ip,
                helo: Some(case.helo.clone()),
                mail_from: case.mailfrom.clone(),
                receiver: None,
                now: 0,
            };
            let report = block_on(spf::evaluate(&sc.zone, &req));
            let (sender, domain) = spf::mail_from_identity(&case.mailfrom, Some(&case.helo));
            let low = block_on(spf::check_host(
                &sc.zone, ip, &domain, &sender, &case.helo, None, 0,
            ));
            let got = report.result.as_str();
            let mut problems = Vec::new();
            if !case.results.iter().any(|r| r == got) {
                problems.push(format!("result {got}, expected one of {:?}", case.results));
            }
            if low.result != report.result {
                problems.push(format!(
                    "check_host gives {} but evaluate gives {}",
                    low.result, report.result
                ));
            }
            if let Some(want) = &case.explanation {
                let ok = match want.as_str() {
                    "DEFAULT" => low.explanation.is_none(),
                    w => low.explanation.as_deref() == Some(w),
                };
                if !ok {
                    problems.push(format!(
                        "explanation {:?}, expected {want:?}",
                        low.explanation
                    ));
                }
            }
            // Every evaluation leaves a readable trace ending in its result.
            let last = report
                .trace
                .last()
                .map(|s| s.text.clone())
                .unwrap_or_default();
            if !last.en().starts_with(&format!("Result: {got}")) {
                problems.push(format!("trace does not end in the result: {last:?}"));
            }
            if problems.is_empty() {
                passed += 1;
            } else {
                let steps: Vec<String> = flatten(&report.trace)
                    .iter()
                    .map(|s| {
                        let mut t = s.text.en();
                        for d in &s.detail {
                            t.push_str(&format!("\n      {}", d.en()));
                        }
                        t
                    })
                    .collect();
                failures.push(format!(
                    "{} ({}, spec {}): {}\n    {}",
                    case.name,
                    case.scenario,
                    case.spec,
                    problems.join("; "),
                    steps.join("\n    ")
                ));
            }
        }
    }
    println!("rfc7208 suite: {passed} passed, {} failed", failures.len());
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(passed > 0, "the suite was not loaded");
    assert!(failures.is_empty(), "{} suite tests failed", failures.len());
}
