//! Everything shown for one inspected message, top to bottom: the summary,
//! the security findings, the verdict cards, the sender requirements, the hop table, what the receivers said, the sending
//! host, the antispam headers and the DNS log.
//!
//! One component whose props change only with the report (compared by
//! pointer), the boundary and whether a run is in flight: a progress tick
//! re-renders the progress line, not the results.

use super::hops::{self, MoveBoundary};
use super::{antispam, cards, dnslog, host, receiver, requirements, summary::SummaryPanel};
use crate::report::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct Props {
    pub report: Rc<Report>,
    /// The user moved the trust boundary.
    pub boundary_moved: bool,
    pub running: bool,
    /// Must be stable across renders (see mod.rs), or every render re-renders.
    pub on_move_boundary: MoveBoundary,
}

/// The report by pointer: every run makes a new `Rc`, and comparing two
/// reports field by field would cost more than the render it saves.
impl PartialEq for Props {
    fn eq(&self, other: &Props) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
            && self.boundary_moved == other.boundary_moved
            && self.running == other.running
            && self.on_move_boundary == other.on_move_boundary
    }
}

#[function_component(Results)]
pub fn results(props: &Props) -> Html {
    let lang = super::lang::use_lang();
    let r = &props.report;
    #[cfg(debug_assertions)]
    count_render();
    html! {
        <>
            <SummaryPanel report={r.clone()} />
            { requirements::security_view(lang, r) }
            { cards::view(lang, r) }
            { requirements::view(lang, r) }
            { hops::view(lang, &r.received, props.boundary_moved, props.running, &props.on_move_boundary) }
            { receiver::view(lang, r) }
            { host::view(lang, r) }
            { antispam::view(lang, &r.antispam) }
            { dnslog::view(lang, &r.dns) }
        </>
    }
}

/// Debug builds count the results' renders in `window.__resultsRenders`, so
/// that a browser test (or a developer's console) can see that progress
/// ticks do not re-render them.
#[cfg(debug_assertions)]
fn count_render() {
    let Some(w) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("__resultsRenders");
    let n = js_sys::Reflect::get(&w, &key)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&w, &key, &wasm_bindgen::JsValue::from_f64(n + 1.0));
}
