//! The inspection engine as a wasm module of its own (src/app/engine),
//! built by Trunk beside the page's module (index.html): www/worker.js runs
//! it in a dedicated worker, boot.js loads it into the page where no worker
//! can start. The page's module holds none of the verification code, so its
//! first download is the interface alone.

#[cfg(target_arch = "wasm32")]
mod bench;

#[cfg(target_arch = "wasm32")]
mod module {
    use headerscope::app::engine;
    use wasm_bindgen::prelude::*;

    /// In the page: the engine's messages go to `callback` (JSON text).
    #[wasm_bindgen]
    pub fn open_port(callback: js_sys::Function) {
        engine::open_in_page(callback);
    }

    /// In the page: one `{msg, raw}` object from the page.
    #[wasm_bindgen]
    pub fn receive(data: JsValue) {
        engine::receive(&data);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // In a worker the engine serves its page; in the page it waits for
    // open_port.
    if headerscope::app::engine::in_worker() {
        headerscope::app::engine::serve_worker();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("headerscope-engine is the browser build's inspection engine; run `trunk serve` (see the README)");
}
