//! The page's side of the Domain tools: they are a second wasm module
//! (src/bin/tools.rs), fetched when their tab first opens, so that the
//! inspector's first download carries none of the builders, the domain check
//! or the report reader. www/boot.js knows the module's hashed file names and
//! loads it; this component mounts it into its own element and keeps it told
//! of the language and settings. The tools reach the page back through two
//! functions: an error for the banner, and a file to inspect.

use super::state::{Action, AppState};
use super::tools::ToolsConfig;
use crate::i18n::text::Text;
use crate::i18n::{Lang, Msg};
use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(String),
}

/// The mounted module's handle (its `update(config)` method), once it runs.
type Handle = std::rc::Rc<std::cell::RefCell<Option<JsValue>>>;

#[function_component(LazyTools)]
pub fn lazy_tools(props: &Props) -> Html {
    let lang = super::lang::use_lang();
    let root = use_node_ref();
    let status = use_state(|| Status::Loading);
    let handle: Handle = use_mut_ref(|| None);
    let attempt = use_state(|| 0u32);
    let config = config_json(&props.state, lang);
    {
        let (root, status, handle, state) = (
            root.clone(),
            status.clone(),
            handle.clone(),
            props.state.clone(),
        );
        use_effect_with(*attempt, move |_| {
            start_loading(root, status, handle, state, lang);
        });
    }
    {
        let handle = handle.clone();
        use_effect_with((config, (*status).clone()), move |(config, _)| {
            update(&handle, config)
        });
    }
    let retry = {
        let (attempt, status) = (attempt.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(Status::Loading);
            attempt.set(*attempt + 1);
        })
    };
    html! {
        <>
            if *status == Status::Loading {
                <p class="hint" role="status" data-testid="tools-loading">{ lang.t(Msg::ToolsLoading) }</p>
            }
            if let Status::Failed(error) = &*status {
                <div class="banner error" role="alert" data-testid="tools-load-failed">
                    <span>{ lang.f(Msg::ToolsLoadFailed, &[("error", error)]) }</span>
                    <button type="button" class="button secondary" onclick={retry}>{ lang.t(Msg::ToolsRetry) }</button>
                </div>
            }
            <div ref={root} class="tools-root" data-testid="tools-root"></div>
        </>
    }
}

/// What the tools are told: the language shown (not the one wanted, whose
/// pack may still be on its way) and the first tab's settings.
fn config_json(state: &AppState, lang: Lang) -> String {
    let config = ToolsConfig {
        lang,
        settings: state.settings.clone(),
    };
    serde_json::to_string(&config).unwrap_or_default()
}

fn start_loading(
    root: NodeRef,
    status: UseStateHandle<Status>,
    handle: Handle,
    state: UseReducerHandle<AppState>,
    lang: Lang,
) {
    if handle.borrow().is_some() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let Some(el) = root.cast::<web_sys::Element>() else {
            return;
        };
        match mount(el, &config_json(&state, lang), &state).await {
            Ok(h) => {
                *handle.borrow_mut() = Some(h);
                status.set(Status::Ready);
            }
            Err(e) => status.set(Status::Failed(super::js_error_text(&e))),
        }
    });
}

/// Fetches and starts the tools module (www/boot.js's `headerscopeTools`,
/// which loads it once however often it is asked) and mounts it in `el`.
async fn mount(
    el: web_sys::Element,
    config: &str,
    state: &UseReducerHandle<AppState>,
) -> Result<JsValue, JsValue> {
    let mount: Function = super::load_lazy_module("headerscopeTools")
        .await?
        .dyn_into()?;
    let args = Array::of4(
        &el,
        &JsValue::from_str(config),
        &on_error(state.clone()),
        &on_inspect(state.clone()),
    );
    mount.apply(&JsValue::NULL, &args)
}

/// The banner shows the tools' errors; they come as the sentence's JSON, so
/// they follow a later change of language like every other message.
fn on_error(state: UseReducerHandle<AppState>) -> JsValue {
    Closure::<dyn Fn(String)>::new(move |json: String| {
        let text = serde_json::from_str::<Text>(&json).unwrap_or_else(|_| Text::verbatim(json));
        state.dispatch(Action::Error(text));
    })
    .into_js_value()
}

/// A reported message from the report viewer goes to the inspector, whose
/// tab is brought forward.
fn on_inspect(state: UseReducerHandle<AppState>) -> JsValue {
    Closure::<dyn Fn(String, Uint8Array)>::new(move |name: String, bytes: Uint8Array| {
        state.dispatch(Action::LoadFile {
            name,
            bytes: bytes.to_vec(),
        });
        show_inspector();
    })
    .into_js_value()
}

fn update(handle: &Handle, config: &str) {
    let Some(h) = handle.borrow().clone() else {
        return;
    };
    if let Ok(Ok(f)) =
        Reflect::get(&h, &JsValue::from_str("update")).map(|f| f.dyn_into::<Function>())
    {
        let _ = f.call1(&h, &JsValue::from_str(config));
    }
}

/// Brings the inspector's tab forward (the tabs keep their own state).
fn show_inspector() {
    if let Some(tab) = super::html_element("tab-inspect") {
        tab.click();
        let _ = tab.focus();
    }
}
