//! The OpenSPF suite's YAML (tests/data/pyspf/rfc7208-tests.yml) as scenarios
//! and a Resolver that answers from a scenario's zonedata the way the suite's
//! own driver (pyspf's testspf.py) does.
#![allow(dead_code)]

use futures::future::{FutureExt, LocalBoxFuture};
use headerscope::dns::{Answer, DnsError, DnsResult, RData, RType, Rcode, Record, Resolver};
use serde_yaml::Value;
use std::collections::HashMap;

pub const SUITE: &str = include_str!("../data/pyspf/rfc7208-tests.yml");

#[derive(Debug, Clone)]
pub enum Entry {
    /// The whole name times out (for types not answered before the marker).
    Timeout,
    /// `TYPE: TIMEOUT`: queries for this type time out.
    TypeTimeout(String),
    Rec(RData),
}

#[derive(Debug, Clone)]
pub struct Case {
    pub scenario: String,
    pub name: String,
    pub spec: String,
    pub host: String,
    pub mailfrom: String,
    pub helo: String,
    pub results: Vec<String>,
    pub explanation: Option<String>,
}

pub struct Scenario {
    pub description: String,
    pub zone: SuiteZone,
    pub cases: Vec<Case>,
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        other => format!("{other:?}"),
    }
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Sequence(s) => s.iter().map(text).collect(),
        other => vec![text(other)],
    }
}

pub fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    for doc in serde_yaml::Deserializer::from_str(SUITE) {
        let v = Value::deserialize_any(doc);
        let description = text(&v["description"]);
        let mut cases = Vec::new();
        if let Value::Mapping(tests) = &v["tests"] {
            for (k, t) in tests {
                cases.push(Case {
                    scenario: description.clone(),
                    name: text(k),
                    spec: text(&t["spec"]),
                    host: text(&t["host"]),
                    mailfrom: text(&t["mailfrom"]),
                    helo: text(&t["helo"]),
                    results: strings(&t["result"]),
                    explanation: t.get("explanation").map(text),
                });
            }
        }
        out.push(Scenario {
            description,
            zone: SuiteZone::from_yaml(&v["zonedata"]),
            cases,
        });
    }
    out
}

trait DeserializeAny {
    fn deserialize_any(d: serde_yaml::Deserializer<'_>) -> Value;
}

impl DeserializeAny for Value {
    fn deserialize_any(d: serde_yaml::Deserializer<'_>) -> Value {
        serde::Deserialize::deserialize(d).expect("the suite's YAML parses")
    }
}

/// A scenario's zonedata with testspf.py's semantics.
#[derive(Debug, Clone, Default)]
pub struct SuiteZone {
    pub names: HashMap<String, Vec<Entry>>,
}

impl SuiteZone {
    fn from_yaml(z: &Value) -> SuiteZone {
        let mut names = HashMap::new();
        let Value::Mapping(m) = z else {
            return SuiteZone { names };
        };
        for (name, items) in m {
            let name = text(name).to_ascii_lowercase();
            let mut entries = Vec::new();
            let mut has_txt = false;
            let mut generated = Vec::new();
            for item in items.as_sequence().into_iter().flatten() {
                let Value::Mapping(rr) = item else {
                    if text(item) == "TIMEOUT" {
                        entries.push(Entry::Timeout);
                    }
                    continue;
                };
                for (t, v) in rr {
                    let t = text(t).to_ascii_uppercase();
                    if text(v) == "TIMEOUT" {
                        entries.push(Entry::TypeTimeout(t.clone()));
                        if t == "TXT" {
                            has_txt = true;
                        }
                        continue;
                    }
                    let data = match t.as_str() {
                        "A" => RData::A(text(v).parse().expect("A address")),
                        "AAAA" => RData::Aaaa(text(v).parse().expect("AAAA address")),
                        "MX" => {
                            let s = v.as_sequence().expect("MX is [pref, name]");
                            RData::Mx {
                                preference: text(&s[0]).parse().unwrap_or(0),
                                exchange: text(&s[1]),
                            }
                        }
                        "PTR" => RData::Ptr(text(v)),
                        "CNAME" => RData::Cname(text(v)),
                        "TXT" => {
                            // testspf.py: any TXT entry stops SPF->TXT doubling.
                            has_txt = true;
                            let s = strings(v);
                            if s == ["NONE"] {
                                continue;
                            }
                            RData::Txt(s)
                        }
                        "SPF" => {
                            let s = strings(v);
                            generated.push(s.clone());
                            if s == ["NONE"] {
                                continue;
                            }
                            RData::Spf(s)
                        }
                        other => panic!("unknown RR type {other} in the suite"),
                    };
                    entries.push(Entry::Rec(data));
                }
            }
            if !has_txt {
                for s in generated {
                    entries.push(Entry::Rec(RData::Txt(s)));
                }
            }
            names.insert(name, entries);
        }
        SuiteZone { names }
    }

    /// testspf.py's DNSLookup: labels over 63 characters time out, unknown
    /// names under `error.` time out, other unknown names are NXDOMAIN.
    pub fn lookup(&self, name: &str, rtype: RType, depth: u32) -> DnsResult {
        let labels: Vec<&str> = name.split('.').filter(|l| !l.is_empty()).collect();
        if labels.iter().any(|l| l.len() > 63) {
            return Err(DnsError::Timeout);
        }
        let name = labels.join(".").to_ascii_lowercase();
        let Some(entries) = self.names.get(&name) else {
            if name.starts_with("error.") {
                return Err(DnsError::Timeout);
            }
            return Ok(Answer::nxdomain());
        };
        let want = rtype.as_str();
        let mut seen_type = false;
        let mut records = Vec::new();
        for e in entries {
            match e {
                Entry::Timeout => {
                    if !seen_type {
                        return Err(DnsError::Timeout);
                    }
                    break;
                }
                Entry::TypeTimeout(t) => {
                    if t == want {
                        return Err(DnsError::Timeout);
                    }
                }
                Entry::Rec(d) => {
                    if d.rtype() == rtype {
                        seen_type = true;
                        records.push(Record {
                            name: name.clone(),
                            ttl: 300,
                            data: d.clone(),
                        });
                    } else if let RData::Cname(target) = d {
                        if rtype != RType::Cname {
                            records.push(Record {
                                name: name.clone(),
                                ttl: 300,
                                data: d.clone(),
                            });
                            if depth < 8 {
                                let t = target.trim_end_matches('.');
                                if let Ok(a) = self.lookup(t, rtype, depth + 1) {
                                    records.extend(a.records);
                                }
                            }
                        }
                    }
                }
            }
        }
        Ok(Answer::new(Rcode::NoError, records))
    }
}

impl Resolver for SuiteZone {
    fn query<'a>(&'a self, name: &'a str, rtype: RType) -> LocalBoxFuture<'a, DnsResult> {
        let r = self.lookup(name, rtype, 0);
        async move { r }.boxed_local()
    }

    fn describe(&self) -> String {
        "OpenSPF suite zonedata".into()
    }
}
