//! The app's language: the browser's preference until the user picks one in
//! the header's switcher (saved with the settings), passed down as a Yew
//! context; `<html lang>` follows it for screen readers and hyphenation.
//! German and Ukrainian are language packs (`i18n::pack`), fetched through
//! www/boot.js: until the pack is in, the page is English, and says so by
//! its `<html lang>`.

use super::state::{Action, AppState};
use crate::i18n::{pack, Lang, Msg};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The first supported language in `navigator.languages`, else English.
pub fn browser() -> Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::En;
    };
    let mut tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    Lang::choose(&tags)
}

thread_local! {
    /// The language last set by [`set_document`].
    static SHOWN: Cell<Lang> = Cell::new(Lang::default());
}

/// The language the page shows, for code outside the component tree (the
/// panic message), which cannot use the context.
pub fn shown() -> Lang {
    SHOWN.with(Cell::get)
}

pub fn set_document(lang: Lang) {
    SHOWN.with(|s| s.set(lang));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.document_element() {
        let _ = el.set_attribute("lang", lang.code());
    }
    // The tab's title (index.html's is English, before the app runs).
    doc.set_title(lang.t(crate::i18n::Msg::PageTitle));
}

/// The language to render in: the one wanted once its pack is installed,
/// English until then. A change of the wanted language fetches its pack; a
/// failed fetch leaves English and says why in the error banner.
#[hook]
pub fn use_shown_lang(state: &UseReducerHandle<AppState>) -> Lang {
    let wanted = state.lang();
    // Bumped when a pack arrives: the render that shows it.
    let arrived = use_state(|| 0u32);
    {
        let (dispatcher, arrived) = (state.dispatcher(), arrived.clone());
        use_effect_with(wanted, move |&wanted| {
            if !pack::installed(wanted) {
                wasm_bindgen_futures::spawn_local(async move {
                    match load_pack(wanted).await {
                        Ok(()) => arrived.set(*arrived + 1),
                        Err(error) => dispatcher.dispatch(Action::Error(crate::app_text!(
                            Msg::LangPackFailed,
                            language = wanted.native_name(),
                            error = error
                        ))),
                    }
                });
            }
        });
    }
    if pack::installed(wanted) {
        wanted
    } else {
        Lang::En
    }
}

/// Fetches the pack of `lang` (boot.js's `headerscopePack`, which started
/// the likely one at boot and fetches each once) and installs it here.
async fn load_pack(lang: Lang) -> Result<(), String> {
    let text = boot_call("headerscopePack", lang)
        .and_then(|p| {
            p.dyn_into::<js_sys::Promise>()
                .map_err(|_| "not a promise".into())
        })
        .map_err(|e| super::js_error_text(&e))?;
    let text = wasm_bindgen_futures::JsFuture::from(text)
        .await
        .map_err(|e| super::js_error_text(&e))?;
    let text = text.as_string().ok_or("the pack is not text")?;
    pack::install(lang, &text)
}

/// The language the Domain tools' module can show of `lang`: `lang`, once
/// it has installed the pack the page fetched (the page names a language
/// only when it shows it), else English.
pub fn install_fetched_pack(lang: Lang) -> Lang {
    if !pack::installed(lang) {
        let text = boot_call("headerscopePackText", lang)
            .ok()
            .and_then(|t| t.as_string());
        if let Some(text) = text {
            let _ = pack::install(lang, &text);
        }
    }
    if pack::installed(lang) {
        lang
    } else {
        Lang::En
    }
}

/// Calls boot.js's function `name` with the language's code.
fn boot_call(name: &str, lang: Lang) -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let f: js_sys::Function = js_sys::Reflect::get(&window, &JsValue::from_str(name))?
        .dyn_into()
        .map_err(|_| JsValue::from_str(&format!("boot.js did not define {name}")))?;
    f.call1(&JsValue::NULL, &JsValue::from_str(lang.code()))
}

/// The current language, from the context the app root provides.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

/// A labelled select in the header; each language is named in itself.
#[function_component(LangSwitcher)]
pub fn lang_switcher(props: &Props) -> Html {
    let lang = use_lang();
    // The language chosen, even while (or if) its pack is not in and the
    // page is English: the error banner says why.
    let wanted = props.state.lang();
    let onchange = {
        let state = props.state.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Lang::from_tag(&sel.value()) {
                state.dispatch(Action::SetLang(l));
            }
        })
    };
    html! {
        <div class="lang-switch no-print">
            <label for="lang">{ lang.t(crate::i18n::Msg::Language) }</label>
            <select id="lang" data-testid="lang" translate="no" {onchange}>
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == wanted}>{ l.native_name() }</option>
                }) }
            </select>
        </div>
    }
}
