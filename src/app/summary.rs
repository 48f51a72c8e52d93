//! The summary panel at the top of the results: the ranked reasons, each a
//! link to the step that shows it, and the helpdesk Markdown export.

use super::anchor::{anchor_id, go_to};
use super::state::AppState;
use crate::i18n::{Lang, Msg};
use crate::report::Report;
use crate::summary::{Segment, Severity, SummaryItem};
use std::rc::Rc;
use yew::prelude::*;

fn severity(s: Severity) -> (&'static str, Msg) {
    // (CSS class, the word shown, so colour is not the only cue)
    match s {
        Severity::Critical => ("sev-critical", Msg::SevCritical),
        Severity::Warning => ("sev-warning", Msg::SevWarning),
        Severity::Info => ("sev-info", Msg::SevInfo),
        Severity::Ok => ("sev-ok", Msg::SevOk),
    }
}

/// The item's sentence in `lang`. The English the core wrote inside it (a
/// verdict's reason, a DNS error) is marked as content, as elsewhere on the
/// page; an item without a key (an older bundle) is all content.
fn sentence(lang: Lang, i: &SummaryItem) -> Html {
    match i.msg.as_ref().and_then(|m| m.segments(lang)) {
        Some(segments) => html! {
            <span class="summary-text" data-testid="summary-text">
                { for segments.into_iter().map(|s| match s {
                    Segment::Text(t) => html! { { t } },
                    Segment::English(t) => match lang.core(&t) {
                        std::borrow::Cow::Borrowed(_) => html! { <span data-i18n="content" lang="en">{ t }</span> },
                        std::borrow::Cow::Owned(local) => html! { <span data-i18n="content">{ local }</span> },
                    },
                }) }
            </span>
        },
        None => html! {
            <span class="summary-text" data-testid="summary-text" data-i18n="content" lang="en">{ i.text.clone() }</span>
        },
    }
}

/// "(3 times)" for an item standing for several identical ones.
fn repeated(lang: Lang, times: usize) -> String {
    let english = crate::tr!(
        crate::i18n::phrases::intake::Intake::RepeatedTimes,
        n = times
    );
    lang.core(&english).into_owned()
}

fn item(lang: Lang, i: &SummaryItem) -> Html {
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
            <span class="sev">{ lang.t(word) }</span>
            { sentence(lang, i) }
            if i.repeats > 0 {
                { " " }
                <span class="summary-repeats" data-testid="summary-repeats" data-i18n="content">
                    { repeated(lang, i.repeats + 1) }
                </span>
            }
            if !link.is_empty() {
                { " " }
                <a href={format!("#{}", anchor_id(&link))} {onclick} class="evidence" data-testid="summary-link" data-link={link.clone()}>
                    { lang.t(Msg::ShowStep) }
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
    let lang = super::lang::use_lang();
    html! {
        <section class="panel summary" aria-labelledby="summary-title" data-testid="summary">
            <h2 id="summary-title">{ lang.t(Msg::Summary) }</h2>
            if r.summary.is_empty() {
                <p class="hint">{ lang.t(Msg::NothingStandsOut) }</p>
            } else {
                <ol class="summary-list">{ for r.summary.iter().map(|i| item(lang, i)) }</ol>
            }
            <p class="hint">{ lang.f(Msg::SummaryExportHint, &[("button", &lang.t(Msg::CopyMarkdown))]) }</p>
        </section>
    }
}
