//! DMARC evaluated as `inspect` does it (discovery over DNS, then the pure
//! evaluation), from SPF and DKIM results made up for the test.
#![allow(dead_code)]

use headerscope::auth::dmarc::{discover, evaluate};
use headerscope::dns::Resolver;
use headerscope::report::{AuthResult, DkimReport, DmarcReport, SpfReport};

pub fn spf(result: AuthResult, domain: &str) -> SpfReport {
    SpfReport {
        result,
        domain: domain.into(),
        ..Default::default()
    }
}

/// A signature by `d` with selector `s1`.
pub fn dkim(result: AuthResult, d: &str) -> DkimReport {
    DkimReport {
        domain: d.into(),
        selector: "s1".into(),
        result,
        ..Default::default()
    }
}

/// DMARC for the From domains `from`, given these SPF and DKIM results.
pub fn run(r: &dyn Resolver, from: &[&str], spf: &SpfReport, dkim: &[DkimReport]) -> DmarcReport {
    let from: Vec<String> = from.iter().map(|s| s.to_string()).collect();
    let mut others: Vec<String> = dkim.iter().map(|k| k.domain.clone()).collect();
    if !spf.domain.is_empty() {
        others.push(spf.domain.clone());
    }
    let d = futures::executor::block_on(discover(r, &from, &others));
    let sd = (!spf.domain.is_empty()).then_some(spf.domain.as_str());
    evaluate(&d, spf, sd, dkim)
}
