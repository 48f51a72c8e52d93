//! A small DNS-over-HTTPS server that answers from a zone (JSON API and RFC 8484
//! wire format, with CORS): for tests, benchmarks and offline labs. Native only.

use crate::dns::zone::Zone;
use std::net::SocketAddr;

#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// Added to every answer (for the DNS critical-path benchmark).
    pub delay_ms: u64,
}

/// A running server; dropping the handle does not stop it, [`Server::stop`] does.
pub struct Server {
    pub addr: SocketAddr,
}

impl Server {
    pub fn stop(self) {}

    /// Blocks until the server stops.
    pub fn wait(self) {}
}

/// Starts serving `zone` on `listen` (e.g. `127.0.0.1:0`) in background threads.
pub fn spawn(_zone: Zone, listen: &str, _opts: ServerOptions) -> std::io::Result<Server> {
    Err(std::io::Error::other(format!(
        "DoH server not built yet (asked for {listen})"
    )))
}
