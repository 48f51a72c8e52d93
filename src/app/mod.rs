//! The Yew single-page app (wasm32 only): a shell over [`crate::inspect`],
//! which runs in the inspection engine, a module of its own (engine/).

mod anchor;
mod antispam;
mod cards;
mod clipboard;
mod dnslog;
mod drop;
pub mod engine;
mod evidence;
mod hops;
mod host;
mod inspect;
mod lang;
mod protocol;
mod pwa;
mod receiver;
mod requirements;
mod results;
mod run;
mod samples;
mod settings;
mod state;
mod storage;
mod summary;
mod tabs;
pub mod tools;
mod tools_tab;
mod trace;
mod unwrap;
mod worker;

use crate::i18n::{Lang, Msg, Plural};
use state::{Action, AppState, Outcome};
use yew::prelude::*;

/// Mounts the app on the page's body.
pub fn start() {
    install_panic_hook();
    yew::Renderer::<App>::new().render();
    pwa::register_service_worker();
}

/// A panic stops the module's wasm instance (the inspector's or the tools'):
/// it is logged, and the page says so.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal();
    }));
}

/// The page's element with this `id`, if it is an HTML element.
pub(crate) fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// What one of boot.js's lazy loaders (`headerscopeTools`,
/// `headerscopeEngine`) resolves to: a module of the app's, fetched and
/// started once however often it is asked for.
pub(crate) async fn load_lazy_module(
    loader: &str,
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    use wasm_bindgen::{JsCast, JsValue};
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let load: js_sys::Function = js_sys::Reflect::get(&window, &JsValue::from_str(loader))?
        .dyn_into()
        .map_err(|_| JsValue::from_str(&format!("boot.js did not define {loader}")))?;
    let loading: js_sys::Promise = load.call0(&JsValue::NULL)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(loading).await
}

/// What a failed JS call (an `import()`, a fetch) says, in the browser's
/// words: an Error's message, or the thrown string.
pub(crate) fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// A panic stops the wasm instance, so the app cannot render any more: say so
/// in the static element index.html keeps for this, and that the text is saved.
fn show_fatal() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("fatal"))
    {
        el.set_text_content(Some(lang::shown().t(Msg::Fatal)));
        let _ = el.remove_attribute("hidden");
    }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| AppState::restore(storage::saved(), lang::browser()));
    storage::use_persist(&state);
    run::use_message_reading(&state);
    let lang: Lang = lang::use_shown_lang(&state);
    use_effect_with(lang, |l| lang::set_document(*l));
    // Stable across renders (so the results need not re-render), yet it runs
    // on the state of the click's time, kept in `latest`.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let move_boundary = {
        let latest = latest.clone();
        use_callback((), move |b: Option<usize>, _| {
            // A clone, not a borrow held across the dispatch that re-renders.
            let state = latest.borrow().clone();
            run::start_with_boundary(&state, b)
        })
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissError))
    };
    let inspect_tab = html! {
        <>
            <samples::SampleBar state={state.clone()} />
            <inspect::InputPanel state={state.clone()} />
            { progress(&state, lang) }
            if let Some(Outcome::Report(r)) = &state.outcome {
                <div class={classes!("results", state.running.is_some().then_some("stale"))}>
                    <evidence::ResultTools report={r.clone()} input={state.last_input.clone()}
                        replayed={state.replayed.clone()} sample={state.sample.is_some()}
                        no_dns={state.last_input.as_ref().is_some_and(|i| i.options.no_dns)} />
                    // Before the results: what was unwrapped to reach them,
                    // with the button that inspects the wrapper instead.
                    { unwrap::view(lang, &state, r) }
                    <results::Results report={r.clone()} boundary_moved={state.boundary.is_some()}
                        running={state.running.is_some()} on_move_boundary={move_boundary} />
                </div>
            }
        </>
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <header class="top">
                <lang::LangSwitcher state={state.clone()} />
                <h1 translate="no">{ "headerscope" }</h1>
                <p class="tagline">{ lang.t(Msg::Tagline) }</p>
                <p class="privacy" data-testid="privacy">{ lang.t(Msg::Privacy) }</p>
            </header>
            <main>
                if let Some(e) = &state.error {
                    <div class="banner error" role="alert" data-testid="error-banner">
                        <span data-i18n="content">{ lang.core(e) }</span>
                        <button type="button" class="button secondary" onclick={dismiss} aria-label={lang.t(Msg::DismissLabel)}>{ lang.t(Msg::Dismiss) }</button>
                    </div>
                }
                <tabs::Tabs inspect={inspect_tab} tools={html! { <tools_tab::LazyTools state={state.clone()} /> }} />
            </main>
            <footer class="bottom">
                <p>{ lang.t(Msg::Footer) }</p>
            </footer>
        </ContextProvider<Lang>>
    }
}

fn progress(state: &UseReducerHandle<AppState>, lang: Lang) -> Html {
    if state.running.is_none() {
        // Announces the outcome to screen readers, which do not see the cards change.
        let done = match &state.outcome {
            Some(Outcome::Report(r)) => {
                let dkim = match r.dkim.first() {
                    Some(d) if r.dkim.len() == 1 => d.result.as_str().to_string(),
                    Some(_) => lang.plural(Plural::Signatures, r.dkim.len() as u64, &[]),
                    None => "none".into(),
                };
                lang.f(
                    Msg::StatusFinished,
                    &[
                        ("spf", &r.spf.result),
                        ("dkim", &dkim),
                        ("dmarc", &r.dmarc.result),
                    ],
                )
            }
            _ => String::new(),
        };
        return html! { <p class="visually-hidden" role="status">{ done }</p> };
    }
    let cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| run::cancel(&state))
    };
    let p = state.progress;
    let in_flight = p.started.saturating_sub(p.finished);
    let text = if state.cancelling {
        lang.t(Msg::Cancelling).to_string()
    } else if p.started == 0 {
        lang.t(Msg::Parsing).to_string()
    } else {
        lang.f(
            Msg::DnsProgress,
            &[("answered", &p.finished), ("in_flight", &in_flight)],
        )
    };
    html! {
        <div class="progress" role="status" aria-live="polite" data-testid="progress">
            <span class="spinner" aria-hidden="true"></span>
            <span>{ text }</span>
            <button type="button" class="button secondary" data-testid="cancel-button"
                disabled={state.cancelling} onclick={cancel}>{ lang.t(Msg::Cancel) }</button>
        </div>
    }
}
