//! Links from the summary to the evidence: every element that shows a part of
//! the report carries an id derived from that part's path in the report
//! (`spf.trace[2]`, `dkim[0].trace[3]`, `received.hops[1]`, `dnsbl[0]`), and
//! following a link opens the cards around it, scrolls to it and marks it.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The element id for a report path: `spf.trace[2]` → `at-spf-trace-2`.
pub fn anchor_id(path: &str) -> String {
    let parts: Vec<&str> = path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    format!("at-{}", parts.join("-"))
}

thread_local! {
    static HIGHLIGHTED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// A link's click: go to the evidence at `path` instead of following the href.
pub fn go_to_on_click(path: &str) -> yew::Callback<web_sys::MouseEvent> {
    let path = path.to_string();
    yew::Callback::from(move |e: web_sys::MouseEvent| {
        e.prevent_default();
        go_to(&path);
    })
}

/// Goes to the element showing `path`, or the nearest enclosing part that is
/// shown (a trace whose step no longer exists, a card). Returns whether one was found.
pub fn go_to(path: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let mut p = path.to_string();
    let el = loop {
        if let Some(el) = doc.get_element_by_id(&anchor_id(&p)) {
            break el;
        }
        let shorter = match p.rfind(['.', '[']) {
            Some(i) if i > 0 => p[..i].to_string(),
            _ => return false,
        };
        p = shorter;
    };
    // Every <details> around the target (the card, a folded section) opens.
    let mut cur = Some(el.clone());
    while let Some(e) = cur {
        if e.tag_name().eq_ignore_ascii_case("details") {
            let _ = e.set_attribute("open", "");
        }
        cur = e.parent_element();
    }
    HIGHLIGHTED.with(|h| {
        if let Some(old) = h.borrow_mut().take() {
            let _ = old.remove_attribute("data-highlight");
        }
        let _ = el.set_attribute("data-highlight", "");
        *h.borrow_mut() = Some(el.clone());
    });
    el.scroll_into_view();
    // Keyboard and screen-reader users land on the step too.
    if let Ok(html) = el.clone().dyn_into::<web_sys::HtmlElement>() {
        if !html.has_attribute("tabindex") {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let _ = html.focus();
    }
    true
}
