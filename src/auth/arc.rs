//! ARC (RFC 8617): the chain of ARC sets, validated with a trace.

use crate::dns::Resolver;
use crate::report::ArcReport;
use mail_auth::AuthenticatedMessage;

pub async fn verify(
    _msg: &AuthenticatedMessage<'_>,
    _resolver: &dyn Resolver,
    _now: u64,
) -> ArcReport {
    ArcReport::default()
}
