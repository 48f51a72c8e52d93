//! The app's language: the browser's preference until the user picks one in
//! the header's switcher (saved with the settings), passed down as a Yew
//! context; `<html lang>` follows it for screen readers and hyphenation.

use super::state::{Action, AppState};
use crate::i18n::Lang;
use std::cell::Cell;
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
                    <option value={l.code()} lang={l.code()} selected={l == lang}>{ l.native_name() }</option>
                }) }
            </select>
        </div>
    }
}
