//! The Received chain as the report shows it: the hop table and the trust boundary.

use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

/// One row of the hop table, in chronological order (row 1 = where the message started).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HopRow {
    /// 1-based, chronological.
    pub hop: usize,
    /// Position of the Received header, 0 = topmost (the last hop).
    pub header_index: usize,
    pub from: Option<String>,
    pub from_rdns: Option<String>,
    pub from_ip: Option<String>,
    /// 4 or 6.
    pub ip_version: Option<u8>,
    /// Loopback, private, link-local or CGNAT client address.
    pub ip_private: bool,
    pub by: Option<String>,
    pub with: Option<String>,
    pub id: Option<String>,
    #[serde(rename = "for")]
    pub for_addr: Option<String>,
    pub date: Option<String>,
    /// Unix seconds of `date`, when it parses.
    pub timestamp: Option<i64>,
    /// Seconds since the previous hop (or the Date header for hop 1); negative = clock skew.
    pub delay_secs: Option<i64>,
    /// The delay is more than [`crate::message::received::SKEW_TOLERANCE_SECS`] below zero: one of the two clocks is wrong.
    pub clock_skew: bool,
    pub tls: bool,
    pub tls_version: Option<String>,
    pub cipher: Option<String>,
    pub authenticated: bool,
    /// This hop is the trust boundary.
    pub boundary: bool,
    pub raw: String,
}

/// The Received chain as a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReceivedChain {
    /// Chronological order.
    pub hops: Vec<HopRow>,
    /// Header index (0 = topmost) of the trust-boundary hop.
    pub boundary: Option<usize>,
    /// How the boundary was chosen, in words, naming the evidence.
    #[serde(flatten, with = "crate::i18n::text::fields::boundary_source")]
    pub boundary_source: Text,
    /// The kind of evidence: `user`, `receiver-statement` (the final
    /// receiver's own Received-SPF, Authentication-Results, ARC-AR or
    /// Exchange AuthSource), `internal-hops` (a provider's or the
    /// organization's own relays skipped), `public-hop`, `unreadable`, `none`.
    #[serde(default)]
    pub boundary_kind: String,
    /// Disagreements between the sources and statements not used.
    #[serde(flatten, with = "crate::i18n::text::fields::boundary_findings_opt")]
    pub boundary_findings: Vec<Text>,
    /// The Date header's unix seconds, the start of the delay count.
    pub submitted: Option<i64>,
    /// Seconds from the Date header (or the first dated hop) to the last dated hop.
    pub total_delay_secs: Option<i64>,
    /// Problems in the chain (unparseable dates, boundary out of range, ...).
    #[serde(flatten, with = "crate::i18n::text::fields::warnings")]
    pub warnings: Vec<Text>,
}
