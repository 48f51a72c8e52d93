//! SPF (RFC 7208): evaluated here, on our own parse, so that the trace can show every term.

use crate::dns::Resolver;
use crate::report::SpfReport;
use std::net::IpAddr;

/// The inputs of check_host() for one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpfRequest {
    pub ip: IpAddr,
    /// The HELO/EHLO name, if known.
    pub helo: Option<String>,
    /// The MAIL FROM address; empty for the null sender (then postmaster@HELO is checked).
    pub mail_from: String,
    /// The receiving host's name, for `%{r}` and the Received-SPF line.
    pub receiver: Option<String>,
    /// Unix seconds, for `%{t}`.
    pub now: u64,
}

/// Runs check_host() for the MAIL FROM identity and for the HELO identity.
pub async fn evaluate(_resolver: &dyn Resolver, _req: &SpfRequest) -> SpfReport {
    unimplemented_report()
}

fn unimplemented_report() -> SpfReport {
    SpfReport {
        result: crate::report::AuthResult::TempError,
        explanation: Some("SPF evaluation is not built yet".into()),
        ..Default::default()
    }
}
