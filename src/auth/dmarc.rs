//! DMARC: policy discovery (DNS, done concurrently with the other checks) and
//! evaluation (pure, once SPF and DKIM are known).

use crate::dns::Resolver;
use crate::report::{DkimReport, DmarcReport, SpfReport};

/// What DNS said about the From domain's policy; gathered before SPF/DKIM finish.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Discovery {
    pub from_domain: Option<String>,
}

pub async fn discover(_resolver: &dyn Resolver, from_domain: Option<&str>) -> Discovery {
    Discovery {
        from_domain: from_domain.map(str::to_string),
    }
}

pub fn evaluate(
    _d: &Discovery,
    _spf: &SpfReport,
    _spf_domain: Option<&str>,
    _dkim: &[DkimReport],
) -> DmarcReport {
    DmarcReport::default()
}
