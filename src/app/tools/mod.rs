//! The "Domain tools" tab, for domain owners: SPF, DKIM and DMARC builders and
//! linters, a domain check and the DMARC aggregate report viewer. Everything
//! is computed by `crate::builder` and `crate::reports`; DNS goes to the
//! resolver chosen on the first tab.

mod dkim;
mod dmarc;
mod domain;
mod reports;
mod spf;
mod whatif;

use super::state::Settings;
use crate::builder::{Finding, FindingSeverity};
use crate::dns::doh::DohResolver;
use crate::i18n::text::Text;
use crate::i18n::{Lang, Msg};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the page tells the tools, as JSON across the two wasm modules: the
/// language shown and the settings of the first tab (the resolver).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolsConfig {
    pub lang: Lang,
    pub settings: Settings,
}

/// The page as the tools see it: its settings, its error banner and its
/// inspector. The tools are a module of their own (loaded when their tab
/// first opens), so they reach the page only through this.
#[derive(Clone, PartialEq)]
pub struct Host {
    pub settings: Settings,
    pub on_error: Callback<Text>,
    pub on_inspect: Callback<(String, Vec<u8>)>,
}

impl Host {
    /// The resolver the first tab's settings pick, or `None` after putting
    /// the reason in the page's error banner.
    pub fn resolver(&self) -> Option<DohResolver> {
        match self.settings.endpoint() {
            Ok(e) => Some(DohResolver::new(e)),
            Err(e) => {
                self.error(e);
                None
            }
        }
    }

    /// Shows `text` in the page's error banner.
    pub fn error(&self, text: Text) {
        self.on_error.emit(text);
    }

    /// Hands a file (a reported message) to the inspector and shows it.
    pub fn inspect(&self, name: String, bytes: Vec<u8>) {
        self.on_inspect.emit((name, bytes));
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub host: Host,
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub config: ToolsConfig,
    pub on_error: Callback<Text>,
    pub on_inspect: Callback<(String, Vec<u8>)>,
}

/// The tools module's own Yew app, mounted by the page into the tools tab.
#[function_component(ToolsRoot)]
pub fn tools_root(props: &RootProps) -> Html {
    let host = Host {
        settings: props.config.settings.clone(),
        on_error: props.on_error.clone(),
        on_inspect: props.on_inspect.clone(),
    };
    html! {
        // The page names a language once it shows it, having fetched its
        // pack; this module installs its own copy of it (once).
        <ContextProvider<Lang> context={super::lang::install_fetched_pack(props.config.lang)}>
            <ToolsPanel {host} />
        </ContextProvider<Lang>>
    }
}

/// The value of the input or text area an event came from.
pub fn event_value(e: &Event) -> String {
    let Some(t) = e.target() else {
        return String::new();
    };
    if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    if let Some(a) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return a.value();
    }
    if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
        return s.value();
    }
    String::new()
}

/// Keeps a text field's state in step with what is typed.
pub fn on_text(h: &UseStateHandle<String>) -> Callback<InputEvent> {
    let h = h.clone();
    Callback::from(move |e: InputEvent| h.set(event_value(&e)))
}

/// Keeps a select's state in step with the choice.
pub fn on_select(h: &UseStateHandle<String>) -> Callback<Event> {
    let h = h.clone();
    Callback::from(move |e: Event| h.set(event_value(&e)))
}

/// A list typed one per line, or separated by spaces or commas.
pub fn items(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

pub fn findings(lang: Lang, list: &[Finding]) -> Html {
    if list.is_empty() {
        return html! { <p class="hint" data-testid="no-findings">{ lang.t(Msg::NoFindings) }</p> };
    }
    html! {
        <ul class="findings" data-testid="findings">
            { for list.iter().map(|f| {
                let (class, word) = match f.severity {
                    FindingSeverity::Error => ("sev-critical", lang.t(Msg::SevError)),
                    FindingSeverity::Warning => ("sev-warning", lang.t(Msg::SevWarning)),
                    FindingSeverity::Info => ("sev-info", lang.t(Msg::SevInfo)),
                };
                html! {
                    <li class={classes!("summary-item", class)} data-testid="finding" data-code={f.code.clone()}>
                        <span class="sev">{ word }</span>
                        <span data-i18n="content">{ lang.core(&f.message) }</span>
                        if let Some(fix) = &f.fix {
                            <div class="fix"><strong>{ lang.t(Msg::Fix) }</strong><code>{ lang.core(fix) }</code></div>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

/// A read-only text area with a copy button, for records, keys and snippets.
pub fn output(lang: Lang, label: &str, testid: &str, text: &str, rows: u32) -> Html {
    let copy = {
        let t = text.to_string();
        Callback::from(move |()| t.clone())
    };
    let id = format!("out-{testid}");
    html! {
        <div class="output">
            <label for={id.clone()}>{ label.to_string() }</label>
            <textarea id={id} readonly=true rows={rows.to_string()} spellcheck="false" data-testid={testid.to_string()} value={text.to_string()} />
            <super::clipboard::CopyButton text={copy} label={lang.t(Msg::Copy)} testid={format!("copy-{testid}")} />
        </div>
    }
}

#[function_component(ToolsPanel)]
pub fn tools_panel(props: &Props) -> Html {
    let lang = super::lang::use_lang();
    // The hint's sentence ends after the resolver, so a reason why there is
    // none (itself a sentence) loses its own full stop.
    let resolver = props
        .host
        .settings
        .endpoint()
        .map(|e| e.url)
        .unwrap_or_else(|e| lang.core(&e).trim_end_matches('.').to_string());
    html! {
        <div class="tools" data-testid="tools">
            <p class="hint">{ lang.f(Msg::ToolsHint, &[("tab", &lang.t(Msg::TabInspect)), ("resolver", &resolver)]) }</p>
            <spf::SpfTool host={props.host.clone()} />
            <dkim::DkimTool host={props.host.clone()} />
            <dmarc::DmarcTool host={props.host.clone()} />
            <whatif::WhatIfTool host={props.host.clone()} />
            <domain::DomainTool host={props.host.clone()} />
            <reports::ReportTool host={props.host.clone()} />
        </div>
    }
}

/// Starts the tools' own Yew app in `root`. Only the tools module's entry
/// point (src/bin/tools.rs) calls this, so none of the tools is linked into
/// the inspector's module.
pub fn mount(root: web_sys::Element, props: RootProps) -> yew::AppHandle<ToolsRoot> {
    super::install_panic_hook();
    skip_page_root_ids();
    yew::Renderer::<ToolsRoot>::with_root_and_props(root, props).render()
}

/// How many Yew roots the inspector's page may make: its app, and no portals
/// today; the rest is margin.
const PAGE_ROOT_IDS: usize = 16;

/// Yew numbers the roots of each wasm instance from 1 and writes the number
/// on the elements it listens on. The page's Yew, which sees every event
/// first (it listens on the body), takes an event as its own when the
/// nearest numbered element carries its root's number, and then runs
/// whichever of its own handlers has that element's listener number: with
/// both instances counting from 1, a click in the tools ran one of the
/// page's handlers (it switched the tab). Making and dropping a few empty
/// roots first gives the tools a number the page does not use.
fn skip_page_root_ids() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for _ in 0..PAGE_ROOT_IDS {
        if let Ok(el) = doc.create_element("div") {
            yew::Renderer::<Empty>::with_root(el).render().destroy();
        }
    }
}

#[function_component(Empty)]
fn empty() -> Html {
    Html::default()
}
