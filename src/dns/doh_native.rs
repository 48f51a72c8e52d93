//! native DoH
