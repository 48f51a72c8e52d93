//! The Yew single-page app (wasm32 only): a shell over [`crate::inspect`].

/// Mounts the app on the page's body.
pub fn start() {}
