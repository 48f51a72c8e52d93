//! Copy to the clipboard with a visible confirmation.

use crate::i18n::{Lang, Msg};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// `navigator.clipboard.writeText(text)`. Looked up dynamically: the
/// Clipboard API is missing on plain-http pages other than localhost.
pub async fn write_text(lang: Lang, text: &str) -> Result<(), String> {
    let unavailable = || lang.t(Msg::ClipboardUnavailable).to_string();
    let window = web_sys::window().ok_or_else(unavailable)?;
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let clip = get(&window, "navigator")
        .and_then(|n| get(&n, "clipboard"))
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or_else(unavailable)?;
    let write: js_sys::Function = get(&clip, "writeText")
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(unavailable)?;
    let promise: js_sys::Promise = write
        .call1(&clip, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(unavailable)?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| lang.t(Msg::ClipboardRefused).to_string())
}

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    /// Called when the button is pressed; the text may be costly to build.
    pub text: Callback<(), String>,
    pub label: AttrValue,
    #[prop_or_default]
    pub testid: AttrValue,
}

/// A button that copies `text()` and says whether it worked.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyProps) -> Html {
    let status = use_state(|| None::<Result<(), String>>);
    let lang = super::lang::use_lang();
    let onclick = {
        let status = status.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let t = text.emit(());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(write_text(lang, &t).await));
            });
        })
    };
    let note = match &*status {
        None => Html::default(),
        Some(Ok(())) => html! { <span class="copy-ok">{ lang.t(Msg::Copied) }</span> },
        Some(Err(e)) => html! { <span class="copy-failed">{ e.clone() }</span> },
    };
    html! {
        <span class="copy">
            <button type="button" class="button secondary" {onclick} data-testid={props.testid.clone()}>{ props.label.clone() }</button>
            <span role="status" aria-live="polite" data-testid={format!("{}-status", props.testid)}>{ note }</span>
        </span>
    }
}
