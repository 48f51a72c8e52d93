//! A check's trace as nested lists: one line per step, its verbatim detail,
//! its facts, and its children (SPF includes, ARC instances, ...).

use super::anchor::anchor_id;
use crate::i18n::{Lang, Msg};
use crate::trace::{Step, StepKind};
use yew::prelude::*;

fn kind_class(lang: Lang, k: StepKind) -> (&'static str, &'static str) {
    // (CSS class, a short word shown before the text, so colour is not the only cue)
    match k {
        StepKind::Lookup => ("lookup", "DNS"),
        StepKind::Parse => ("parse", lang.t(Msg::KindParse)),
        StepKind::Match => ("match", lang.t(Msg::KindMatch)),
        StepKind::NoMatch => ("nomatch", lang.t(Msg::KindNoMatch)),
        StepKind::Compute => ("compute", lang.t(Msg::KindCompute)),
        StepKind::Result => ("result", lang.t(Msg::KindResult)),
        StepKind::Warning => ("warning", lang.t(Msg::SevWarning)),
        StepKind::Error => ("error", lang.t(Msg::SevError)),
        StepKind::Info => ("info", lang.t(Msg::SevInfo)),
    }
}

fn step(lang: Lang, path: &str, s: &Step) -> Html {
    let (class, word) = kind_class(lang, s.kind);
    let children = format!("{path}.children");
    html! {
        <li class={classes!("step", format!("kind-{class}"))} data-testid="trace-step" id={anchor_id(path)}>
            <span class="step-kind">{ word }</span>
            <span class="step-text" data-i18n="content">{ lang.core(&s.text) }</span>
            if !s.detail.is_empty() {
                <pre class="step-detail">{ s.detail.iter().map(|d| lang.core(d)).collect::<Vec<_>>().join("\n") }</pre>
            }
            if !s.facts.is_empty() {
                <ul class="facts" data-i18n="content">
                    { for s.facts.iter().map(|f| html! {
                        <li><span class="fact-name">{ lang.core(&f.name) }</span>{ " = " }<code>{ lang.core(&f.value) }</code></li>
                    }) }
                </ul>
            }
            if !s.children.is_empty() {
                <ol class="trace nested" id={anchor_id(&children)}>
                    { for s.children.iter().enumerate().map(|(i, c)| step(lang, &format!("{children}[{i}]"), c)) }
                </ol>
            }
        </li>
    }
}

/// Renders `steps`, found in the report at `path` (`spf.trace`,
/// `dkim[0].trace`): every step gets the id of its own path (`spf.trace[2]`,
/// `spf.trace[2].children[0]`), so summary links can point at it.
pub fn view_at(lang: Lang, path: &str, steps: &[Step]) -> Html {
    if steps.is_empty() {
        return html! { <p class="hint" id={anchor_id(path)}>{ lang.t(Msg::NoSteps) }</p> };
    }
    html! {
        <ol class="trace" id={anchor_id(path)}>
            { for steps.iter().enumerate().map(|(i, s)| step(lang, &format!("{path}[{i}]"), s)) }
        </ol>
    }
}
