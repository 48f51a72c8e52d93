//! The checks. Each asks DNS only through [`crate::dns::Resolver`] and returns
//! its verdict with a trace.

pub mod arc;
pub mod dkim;
pub mod dkim2;
pub mod dmarc;
pub mod dnsbl;
pub mod iprev;
pub mod spf;
pub mod tag_list;
