//! The summary panel at the top of the results: the ranked reasons, each a
//! link to the step that shows it, and the helpdesk Markdown export.

use super::anchor::{anchor_id, go_to_on_click};
use crate::i18n::text::Segment;
use crate::i18n::{Lang, Msg};
use crate::report::Report;
use crate::summary::{Severity, SummaryItem};
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

/// The item's sentence in `lang`. Outside text inside it (a receiver's own
/// verdict, a resolver's error) is marked as content, as elsewhere on the page.
fn sentence(lang: Lang, i: &SummaryItem) -> Html {
    html! {
        <span class="summary-text" data-testid="summary-text">
            { for i.text.segments(lang).into_iter().map(|s| match s {
                Segment::Translated(t) => html! { { t } },
                Segment::Verbatim(t) => html! { <span data-i18n="content">{ t }</span> },
            }) }
        </span>
    }
}

/// "(3 times)" for an item standing for several identical ones.
fn repeated(lang: Lang, times: usize) -> String {
    crate::summary::repeated_times(times).render(lang)
}

fn item(lang: Lang, i: &SummaryItem) -> Html {
    let (class, word) = severity(i.severity);
    let link = i.link.clone();
    let onclick = go_to_on_click(&link);
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
            if let Some(action) = &i.action {
                <p class="summary-action" data-testid="summary-action">
                    <strong>{ lang.t(Msg::SummaryWhatToDo) }{ ": " }</strong>
                    <span data-i18n="content">{ action.render(lang) }</span>
                </p>
            }
        </li>
    }
}

/// The first items at once, the rest behind a disclosure ("N more"); one
/// numbered list across both, so the rank reads the same to a screen reader.
fn list(lang: Lang, items: &[SummaryItem]) -> Html {
    let (shown, folded): (Vec<&SummaryItem>, Vec<&SummaryItem>) =
        items.iter().partition(|i| i.shown);
    html! {
        <>
            <ol class="summary-list">{ for shown.iter().map(|i| item(lang, i)) }</ol>
            if !folded.is_empty() {
                <details class="summary-more" data-testid="summary-more">
                    <summary data-testid="summary-more-toggle">{ lang.f(Msg::SummaryMore, &[("n", &folded.len())]) }</summary>
                    <ol class="summary-list" start={(shown.len() + 1).to_string()}>
                        { for folded.iter().map(|i| item(lang, i)) }
                    </ol>
                </details>
            }
        </>
    }
}

#[derive(Properties)]
pub struct Props {
    pub report: Rc<Report>,
}

/// By pointer: a new report is a new `Rc` (see results.rs).
impl PartialEq for Props {
    fn eq(&self, other: &Props) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
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
                { list(lang, &r.summary) }
            }
            <p class="hint">{ lang.f(Msg::SummaryExportHint, &[("button", &lang.t(Msg::CopyMarkdown))]) }</p>
        </section>
    }
}
