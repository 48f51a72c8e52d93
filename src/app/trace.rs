//! A check's trace as nested lists: one line per step, its verbatim detail,
//! its facts, and its children (SPF includes, ARC instances, ...).

use crate::trace::{Step, StepKind};
use yew::prelude::*;

fn kind_class(k: StepKind) -> (&'static str, &'static str) {
    // (CSS class, a short word shown before the text, so colour is not the only cue)
    match k {
        StepKind::Lookup => ("lookup", "DNS"),
        StepKind::Parse => ("parse", "parse"),
        StepKind::Match => ("match", "match"),
        StepKind::NoMatch => ("nomatch", "no match"),
        StepKind::Compute => ("compute", "compute"),
        StepKind::Result => ("result", "result"),
        StepKind::Warning => ("warning", "warning"),
        StepKind::Error => ("error", "error"),
        StepKind::Info => ("info", "info"),
    }
}

fn step(s: &Step) -> Html {
    let (class, word) = kind_class(s.kind);
    html! {
        <li class={classes!("step", format!("kind-{class}"))} data-testid="trace-step">
            <span class="step-kind">{ word }</span>
            <span class="step-text">{ s.text.clone() }</span>
            if !s.detail.is_empty() {
                <pre class="step-detail">{ s.detail.join("\n") }</pre>
            }
            if !s.facts.is_empty() {
                <ul class="facts">
                    { for s.facts.iter().map(|f| html! {
                        <li><span class="fact-name">{ f.name.clone() }</span>{ " = " }<code>{ f.value.clone() }</code></li>
                    }) }
                </ul>
            }
            if !s.children.is_empty() {
                <ol class="trace nested">{ for s.children.iter().map(step) }</ol>
            }
        </li>
    }
}

/// Renders `steps`, or a line saying there are none.
pub fn view(steps: &[Step]) -> Html {
    if steps.is_empty() {
        return html! { <p class="hint">{ "No steps recorded." }</p> };
    }
    html! { <ol class="trace">{ for steps.iter().map(step) }</ol> }
}
