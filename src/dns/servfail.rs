//! A resolver that answers SERVFAIL for chosen names: what a DNS outage
//! would do to a verdict (`headerscope dmarc --servfail NAME[/TYPE]`, the
//! web app's "what if"). A zone file cannot say "this lookup fails".

use super::{normalize_name, Answer, DnsResult, RType, Rcode, Resolver};
use futures::future::{FutureExt, LocalBoxFuture};

/// Which queries fail: a name (`*` = every name), any type or only one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServFailRule {
    pub name: String,
    pub rtype: Option<RType>,
}

impl ServFailRule {
    /// Reads `NAME` or `NAME/TYPE` (`_dmarc.example.com/TXT`, `*`).
    pub fn parse(s: &str) -> Result<ServFailRule, String> {
        let (name, rtype) = match s.rsplit_once('/') {
            Some((n, t)) => {
                let rtype = RType::parse(&t.to_ascii_uppercase())
                    .ok_or_else(|| format!("'{t}' is not a DNS record type"))?;
                (n, Some(rtype))
            }
            None => (s, None),
        };
        let name = normalize_name(name.trim());
        if name.is_empty() {
            return Err(format!("'{s}' names no DNS name"));
        }
        Ok(ServFailRule { name, rtype })
    }

    fn matches(&self, name: &str, rtype: RType) -> bool {
        (self.name == "*" || self.name == normalize_name(name))
            && self.rtype.is_none_or(|t| t == rtype)
    }
}

/// Answers SERVFAIL where a rule matches, and asks `inner` for the rest.
pub struct ServFail<R> {
    pub inner: R,
    pub rules: Vec<ServFailRule>,
}

impl<R: Resolver> Resolver for ServFail<R> {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        if self.rules.iter().any(|r| r.matches(name, rtype)) {
            return futures::future::ready(Ok(Answer::new(Rcode::ServFail, Vec::new())))
                .boxed_local();
        }
        self.inner.query(name, rtype)
    }

    fn describe(&self) -> String {
        if self.rules.is_empty() {
            return self.inner.describe();
        }
        let names: Vec<String> = self
            .rules
            .iter()
            .map(|r| match r.rtype {
                Some(t) => format!("{}/{}", r.name, t.as_str()),
                None => r.name.clone(),
            })
            .collect();
        format!(
            "{} (SERVFAIL for {})",
            self.inner.describe(),
            names.join(", ")
        )
    }

    fn is_offline(&self) -> bool {
        self.inner.is_offline()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let r = ServFailRule::parse("_dmarc.Example.com./txt").expect("rule");
        assert_eq!(r.name, "_dmarc.example.com");
        assert_eq!(r.rtype, Some(RType::Txt));
        assert!(r.matches("_DMARC.example.com", RType::Txt));
        assert!(!r.matches("_dmarc.example.com", RType::A));
        let any = ServFailRule::parse("*").expect("star");
        assert!(any.matches("anything.example", RType::Mx));
        assert!(ServFailRule::parse("x/BOGUS").is_err());
        assert!(ServFailRule::parse("").is_err());
    }
}
