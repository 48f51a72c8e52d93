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

use super::state::{Action, AppState};
use crate::builder::{Finding, FindingSeverity};
use crate::dns::doh::DohResolver;
use crate::i18n::{Lang, Msg};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

/// The resolver the first tab's settings pick, or `None` after putting the
/// reason in the error banner.
pub fn resolver(state: &UseReducerHandle<AppState>) -> Option<DohResolver> {
    match state.settings.endpoint() {
        Ok(e) => Some(DohResolver::new(e)),
        Err(e) => {
            state.dispatch(Action::Error(e));
            None
        }
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
        .state
        .settings
        .endpoint()
        .map(|e| e.url)
        .unwrap_or_else(|e| lang.core(&e).trim_end_matches('.').to_string());
    html! {
        <div class="tools" data-testid="tools">
            <p class="hint">{ lang.f(Msg::ToolsHint, &[("tab", &lang.t(Msg::TabInspect)), ("resolver", &resolver)]) }</p>
            <spf::SpfTool state={props.state.clone()} />
            <dkim::DkimTool state={props.state.clone()} />
            <dmarc::DmarcTool state={props.state.clone()} />
            <whatif::WhatIfTool state={props.state.clone()} />
            <domain::DomainTool state={props.state.clone()} />
            <reports::ReportTool state={props.state.clone()} />
        </div>
    }
}
