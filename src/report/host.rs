//! The sending host: reverse DNS (iprev) and DNS blocklists.

use super::AuthResult;
use crate::i18n::text::Text;
use crate::trace::{Step, Trace};
use serde::{Deserialize, Serialize};

/// One PTR name and whether it leads back to the IP.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PtrName {
    pub name: String,
    /// The addresses the name resolves to (A for IPv4 clients, AAAA for IPv6).
    pub addresses: Vec<String>,
    pub confirmed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IprevReport {
    pub ip: String,
    /// pass (a PTR name confirmed), fail (no PTR or none confirmed), temperror (DNS failure).
    pub result: AuthResult,
    /// The confirmed name, on pass.
    pub name: Option<String>,
    pub ptr: Vec<PtrName>,
    pub helo: Option<String>,
    /// The HELO name has an A, AAAA or MX record (`None`: no HELO, or DNS failed).
    pub helo_resolves: Option<bool>,
    /// The HELO name equals one of the PTR names, or resolves to the client IP.
    pub helo_matches: Option<bool>,
    pub trace: Trace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DnsblStatus {
    Listed,
    NotListed,
    /// The zone refused or the lookup failed: nothing can be said.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnsblResult {
    pub zone: String,
    pub query: String,
    pub status: DnsblStatus,
    /// The A answers (return codes).
    pub codes: Vec<String>,
    /// What the codes mean, one line each.
    #[serde(flatten, with = "crate::i18n::text::fields::meaning")]
    pub meaning: Vec<Text>,
    /// The zone's TXT reason, when listed.
    pub reason: Option<String>,
    pub step: Step,
}

impl IprevReport {
    /// The PTR names found, as one comma-separated list.
    pub fn ptr_names(&self) -> String {
        self.ptr
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}
