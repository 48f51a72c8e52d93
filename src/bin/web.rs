//! The browser entry point (built by Trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    headerscope::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("headerscope-web is the browser build; run `trunk serve` (see the README)");
}
