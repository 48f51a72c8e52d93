//! The service worker (www/sw.js) that keeps the app usable offline after the
//! first visit. Registered from here so that index.html needs no inline script.

use wasm_bindgen_futures::JsFuture;

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Only secure contexts (https, localhost) have service workers; elsewhere
    // the app still works, just not offline.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    // Relative to the page, so the worker's scope is the directory the app is served from.
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            web_sys::console::warn_2(
                &"headerscope: no offline support (service worker):".into(),
                &e,
            );
        }
    });
}
