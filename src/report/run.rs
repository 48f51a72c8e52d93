//! How an inspection ran.

use serde::{Deserialize, Serialize};

/// How an inspection ran, kept in the [`Report`](super::Report) so that the UI can say
/// "offline records" at the top and a bundle knows the exact `now`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInfo {
    /// Unix seconds used as "now" for signature timestamps and expiry.
    pub now: u64,
    /// What answered DNS: "offline records (12)", "DoH https://…", "evidence bundle replay (…)".
    pub resolver: String,
    /// No query could reach the network.
    pub offline: bool,
}
