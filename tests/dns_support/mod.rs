//! A resolver that fails one name on purpose and answers the rest from a
//! zone: for the tests of what a DNS failure turns into (a linter finding, a
//! temperror step, its sentence in the catalog).
#![allow(dead_code)]

use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::dns::zone::ZoneResolver;
use headerscope::dns::{Answer, DnsError, DnsResult, RType, Rcode, Resolver};

pub struct FailingName {
    pub zone: ZoneResolver,
    /// Compared without regard to case, as DNS names are.
    pub name: &'static str,
    /// Answer SERVFAIL instead of timing out.
    pub servfail: bool,
}

impl FailingName {
    /// `name` times out.
    pub fn timeout(zone: ZoneResolver, name: &'static str) -> Self {
        FailingName {
            zone,
            name,
            servfail: false,
        }
    }
}

impl Resolver for FailingName {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        if !name.eq_ignore_ascii_case(self.name) {
            return self.zone.query(name, rtype);
        }
        let servfail = self.servfail;
        async move {
            if servfail {
                Ok(Answer::new(Rcode::ServFail, Vec::new()))
            } else {
                Err(DnsError::Timeout)
            }
        }
        .boxed_local()
    }

    fn describe(&self) -> String {
        "failing".into()
    }
}
