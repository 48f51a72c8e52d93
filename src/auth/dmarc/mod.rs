//! DMARC: policy discovery (DNS, done concurrently with the other checks) and
//! evaluation (pure, once SPF and DKIM are known), under both rule sets:
//! RFC 9989 (DMARCbis: DNS tree walk, `psd=`, `np=`, `t=`) and RFC 7489
//! (Public Suffix List organizational domain, `pct=`).

mod discover;
mod evaluate;
mod record;
mod report_auth;
mod walk;
mod whatif;

pub use discover::*;
pub use evaluate::*;
pub use record::*;
pub use report_auth::*;
pub use walk::*;
pub use whatif::*;

#[cfg(test)]
mod tests;
