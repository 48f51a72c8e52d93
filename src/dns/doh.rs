//! DoH codec
