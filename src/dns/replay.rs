//! DNS with no network at all: replaying the answers recorded in an evidence
//! bundle, or records the user pasted in BIND syntax.

use super::zone::{Zone, ZoneError, ZoneResolver};
use super::{normalize_name, Answer, DnsError, DnsResult, QueryLog, RType, Rcode, Resolver};
use crate::i18n::phrases::intake::Intake;
use futures::future::{FutureExt, LocalBoxFuture};
use std::collections::HashMap;

/// Answers every query exactly as it was answered when the log was recorded:
/// the same records and rcode, or the same error. A query that was not made
/// then fails with [`DnsError::NotInBundle`]; nothing reaches the network.
#[derive(Debug, Clone, Default)]
pub struct ReplayResolver {
    answers: HashMap<(String, RType), DnsResult>,
    /// What answered the recorded queries, for the description.
    recorded_with: Vec<String>,
}

/// The recorded outcome of one logged query.
fn outcome(row: &QueryLog) -> DnsResult {
    if let Some(e) = &row.dns_error {
        return Err(e.clone());
    }
    let rcode = match row.rcode {
        Some(c) => Rcode::from_code(c),
        // A log written without the numeric rcode: read the word back.
        None => match parse_status(&row.status) {
            Some(r) => r,
            None if row.status == "ERROR" => {
                return Err(DnsError::Transport(
                    row.error
                        .clone()
                        .unwrap_or_else(|| crate::tr!(Intake::RecordedQueryFailed)),
                ))
            }
            // The answer never arrived while recording (the check no longer needed it).
            None => return Err(DnsError::Cancelled),
        },
    };
    Ok(Answer {
        rcode,
        records: row.records.clone(),
        dnssec: row.dnssec,
    })
}

/// The inverse of `Rcode`'s `Display`.
fn parse_status(s: &str) -> Option<Rcode> {
    Some(match s {
        "NOERROR" => Rcode::NoError,
        "FORMERR" => Rcode::FormErr,
        "SERVFAIL" => Rcode::ServFail,
        "NXDOMAIN" => Rcode::NxDomain,
        "NOTIMP" => Rcode::NotImp,
        "REFUSED" => Rcode::Refused,
        other => Rcode::Other(other.strip_prefix("RCODE")?.parse().ok()?),
    })
}

impl ReplayResolver {
    /// The answers of a DNS log (`Report::dns`), keyed by name and type.
    pub fn from_log(log: &[QueryLog]) -> ReplayResolver {
        let mut r = ReplayResolver::default();
        for row in log {
            r.answers
                .entry((normalize_name(&row.name), row.rtype))
                .or_insert_with(|| outcome(row));
            if !r.recorded_with.contains(&row.resolver) {
                r.recorded_with.push(row.resolver.clone());
            }
        }
        r
    }

    /// How many distinct (name, type) answers the replay holds.
    pub fn len(&self) -> usize {
        self.answers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }
}

impl Resolver for ReplayResolver {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        let res = self
            .answers
            .get(&(normalize_name(name), rtype))
            .cloned()
            .unwrap_or(Err(DnsError::NotInBundle));
        async move { res }.boxed_local()
    }

    fn describe(&self) -> String {
        let mut s = format!("evidence bundle replay ({} answers", self.answers.len());
        if !self.recorded_with.is_empty() {
            s.push_str(", recorded from ");
            s.push_str(&self.recorded_with.join("; "));
        }
        s.push(')');
        s
    }

    fn is_offline(&self) -> bool {
        true
    }
}

/// Records pasted by the user (BIND master-file syntax, as in the zone seeds)
/// as an offline resolver: names not in them are NXDOMAIN, and the report's
/// resolver reads "offline records (N)".
pub fn offline_resolver_from_text(zone_text: &str) -> Result<ZoneResolver, ZoneError> {
    Ok(ZoneResolver::offline(Zone::parse(zone_text, None)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::{Recorder, Resolver};
    use futures::executor::block_on;

    /// Answers from a zone, but times out for one name and fails for another.
    struct Flaky(ZoneResolver);
    impl Resolver for Flaky {
        fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
            async move {
                match name {
                    "slow.example" => Err(DnsError::Timeout),
                    "broken.example" => Err(DnsError::Transport(
                        crate::i18n::text::Text::verbatim("HTTP 503"),
                    )),
                    "odd.example" => Ok(Answer::new(Rcode::Other(9), Vec::new())),
                    _ => self.0.query(name, rtype).await,
                }
            }
            .boxed_local()
        }
        fn describe(&self) -> String {
            "flaky test resolver".into()
        }
    }

    #[test]
    fn replays_answers_errors_and_rcodes_exactly() {
        let zone = Zone::parse(
            "a.example. 120 IN TXT \"one\" \"two\"\nb.example. IN CNAME a.example.\n",
            None,
        )
        .expect("zone");
        let live = Flaky(ZoneResolver::offline(zone));
        let queries = [
            ("a.example", RType::Txt),
            ("b.example", RType::Txt),
            ("a.example", RType::A),
            ("gone.example", RType::Mx),
            ("slow.example", RType::Txt),
            ("broken.example", RType::A),
            ("odd.example", RType::A),
        ];
        let rec = Recorder::new(&live);
        let original: Vec<DnsResult> = queries
            .iter()
            .map(|(n, t)| block_on(rec.query(n, *t)))
            .collect();
        let replay = ReplayResolver::from_log(&rec.log());
        assert_eq!(replay.len(), queries.len());
        for ((n, t), want) in queries.iter().zip(&original) {
            // Spelling does not matter, as with the recorder.
            let asked = format!("{}.", n.to_ascii_uppercase());
            assert_eq!(&block_on(replay.query(&asked, *t)), want, "{n} {t}");
        }
        assert_eq!(original[3].as_ref().map(|a| a.rcode), Ok(Rcode::NxDomain));
        assert_eq!(original[4], Err(DnsError::Timeout));
        assert!(replay.is_offline());
        assert!(replay.describe().contains("flaky test resolver"));
    }

    #[test]
    fn a_query_not_recorded_is_not_in_the_bundle() {
        let replay = ReplayResolver::from_log(&[]);
        let err = block_on(replay.query("example.com", RType::Txt)).unwrap_err();
        assert_eq!(err, DnsError::NotInBundle);
        assert!(err.to_string().contains("not in the evidence bundle"));
    }

    #[test]
    fn a_log_without_numeric_rcodes_is_read_from_the_status_words() {
        let row = QueryLog {
            name: "x.example".into(),
            rtype: RType::A,
            status: "RCODE11".into(),
            answers: Vec::new(),
            records: Vec::new(),
            ttl: None,
            error: None,
            started_ms: 0.0,
            elapsed_ms: 0.0,
            shared: 0,
            resolver: "r".into(),
            rcode: None,
            dns_error: None,
            dnssec: None,
        };
        let servfail = QueryLog {
            status: "SERVFAIL".into(),
            name: "y.example".into(),
            ..row.clone()
        };
        let replay = ReplayResolver::from_log(&[row, servfail]);
        assert_eq!(
            block_on(replay.query("x.example", RType::A)).map(|a| a.rcode),
            Ok(Rcode::Other(11))
        );
        assert_eq!(
            block_on(replay.query("y.example", RType::A)).map(|a| a.rcode),
            Ok(Rcode::ServFail)
        );
    }

    #[test]
    fn pasted_records_make_an_offline_resolver() {
        let r = offline_resolver_from_text(
            "$ORIGIN example.org.\n@ TXT \"v=spf1 -all\"\nmail A 192.0.2.7\n",
        )
        .expect("parses");
        assert!(r.is_offline());
        assert_eq!(r.describe(), "offline records (2)");
        assert_eq!(
            block_on(r.query("nothere.example.org", RType::A)).map(|a| a.rcode),
            Ok(Rcode::NxDomain)
        );
        match offline_resolver_from_text("x.example. IN A 999.1.1.1\n") {
            Err(e) => assert_eq!(e.line, 1),
            Ok(_) => panic!("a bad address must not parse"),
        }
    }
}
