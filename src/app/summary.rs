//! The summary panel at the top of the results: the ranked reasons, each a
//! link to the step that shows it, and the helpdesk Markdown export.

use super::anchor::{anchor_id, go_to};
use super::state::AppState;
use crate::report::Report;
use crate::summary::{Severity, SummaryItem};
use std::rc::Rc;
use yew::prelude::*;

fn severity(s: Severity) -> (&'static str, &'static str) {
    // (CSS class, the word shown, so colour is not the only cue)
    match s {
        Severity::Critical => ("sev-critical", "critical"),
        Severity::Warning => ("sev-warning", "warning"),
        Severity::Info => ("sev-info", "info"),
        Severity::Ok => ("sev-ok", "ok"),
    }
}

fn item(i: &SummaryItem) -> Html {
    let (class, word) = severity(i.severity);
    let link = i.link.clone();
    let onclick = {
        let link = link.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            go_to(&link);
        })
    };
    html! {
        <li class={classes!("summary-item", class)} data-testid="summary-item">
            <span class="sev">{ word }</span>
            <span class="summary-text">{ i.text.clone() }</span>
            if !link.is_empty() {
                { " " }
                <a href={format!("#{}", anchor_id(&link))} {onclick} class="evidence" data-testid="summary-link" data-link={link.clone()}>
                    { "show the step" }
                </a>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub report: Rc<Report>,
}

#[function_component(SummaryPanel)]
pub fn summary_panel(props: &Props) -> Html {
    let r = &props.report;
    html! {
        <section class="panel summary" aria-labelledby="summary-title" data-testid="summary">
            <h2 id="summary-title">{ "Summary" }</h2>
            if r.summary.is_empty() {
                <p class="hint">{ "Nothing stands out: no check failed and no header points at a problem." }</p>
            } else {
                <ol class="summary-list">{ for r.summary.iter().map(item) }</ol>
            }
            <p class="hint">{ "For a helpdesk ticket: \"Copy Markdown\" below copies this summary with the verdicts and the hop table." }</p>
        </section>
    }
}
