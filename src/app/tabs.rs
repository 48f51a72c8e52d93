//! The two tabs of the page: "Inspect a message" and "Domain tools". Both
//! stay mounted (switching keeps what was typed and computed); the hidden one
//! is `hidden`. Keyboard: the ARIA tabs pattern (arrows, Home, End).

use crate::i18n::{Lang, Msg};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Inspect,
    Tools,
}

impl Tab {
    fn id(self) -> &'static str {
        match self {
            Tab::Inspect => "tab-inspect",
            Tab::Tools => "tab-tools",
        }
    }
    fn panel(self) -> &'static str {
        match self {
            Tab::Inspect => "panel-inspect",
            Tab::Tools => "panel-tools",
        }
    }
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Tab::Inspect => lang.t(Msg::TabInspect),
            Tab::Tools => lang.t(Msg::TabTools),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub inspect: Html,
    pub tools: Html,
}

fn focus(id: &str) {
    if let Some(el) = super::html_element(id) {
        let _ = el.focus();
    }
}

#[function_component(Tabs)]
pub fn tabs(props: &Props) -> Html {
    let active = use_state(|| Tab::Inspect);
    // The tools are a module of their own: fetched the first time their tab
    // opens, then kept mounted like the inspector.
    let tools_opened = use_state(|| false);
    if *active == Tab::Tools && !*tools_opened {
        tools_opened.set(true);
    }
    let lang = super::lang::use_lang();
    let onkeydown = {
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowLeft" | "ArrowRight" => match *active {
                    Tab::Inspect => Tab::Tools,
                    Tab::Tools => Tab::Inspect,
                },
                "Home" => Tab::Inspect,
                "End" => Tab::Tools,
                _ => return,
            };
            e.prevent_default();
            active.set(next);
            focus(next.id());
        })
    };
    let tab = |t: Tab| {
        let selected = *active == t;
        let onclick = {
            let active = active.clone();
            Callback::from(move |_: MouseEvent| active.set(t))
        };
        html! {
            <button type="button" role="tab" id={t.id()} data-testid={t.id()} aria-controls={t.panel()}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                class={classes!("tab", selected.then_some("active"))} {onclick}>
                { t.label(lang) }
            </button>
        }
    };
    html! {
        <>
            <div class="tabs" role="tablist" aria-label={lang.t(Msg::TabsLabel)} onkeydown={onkeydown}>
                { tab(Tab::Inspect) }
                { tab(Tab::Tools) }
            </div>
            <div role="tabpanel" id={Tab::Inspect.panel()} aria-labelledby={Tab::Inspect.id()} hidden={*active != Tab::Inspect}>
                { props.inspect.clone() }
            </div>
            <div role="tabpanel" id={Tab::Tools.panel()} aria-labelledby={Tab::Tools.id()} hidden={*active != Tab::Tools}>
                if *tools_opened || *active == Tab::Tools {
                    { props.tools.clone() }
                }
            </div>
        </>
    }
}
