//! Antispam headers decoded: each field with its meaning, each test with its score.

use super::anchor::anchor_id;
use crate::i18n::{Lang, Msg};
use crate::message::antispam::{AntispamHeader, Side};
use yew::prelude::*;

fn score(s: Option<f64>) -> String {
    s.map(|v| format!("{v}")).unwrap_or_default()
}

fn header(lang: Lang, i: usize, h: &AntispamHeader) -> Html {
    let verdict = [
        h.verdict.as_ref().map(|v| lang.core(v)),
        h.spam.map(|s| {
            if s {
                lang.t(Msg::Spam).to_string()
            } else {
                lang.t(Msg::NotSpam).to_string()
            }
        }),
        h.score.map(|s| match h.required {
            Some(req) => lang.f(Msg::ScoreThreshold, &[("score", &s), ("required", &req)]),
            None => lang.f(Msg::Score, &[("score", &s)]),
        }),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <article class="receiver" id={anchor_id(&format!("antispam[{i}]"))} data-testid="antispam-header">
            <h3 translate="no">{ format!("{} ({})", h.header, h.engine) }</h3>
            // Whose view: a header of the sending organization, or from
            // before the boundary, is said to be so before its verdict.
            if let Some(note) = &h.side_note {
                <p class="hint antispam-side" data-testid="antispam-side" data-i18n="content">{ lang.core(note) }</p>
            }
            if !verdict.is_empty() {
                <p class={classes!(if h.spam == Some(true) && h.side == Side::Receiver { "status bad" } else { "" })} data-i18n="content">{ verdict }</p>
            }
            if !h.fields.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.f(Msg::HeaderFields, &[("header", &h.header)])}>
                    <table class="dns">
                        <thead><tr><th scope="col">{ lang.t(Msg::ColField) }</th><th scope="col">{ lang.t(Msg::ColValue) }</th><th scope="col">{ lang.t(Msg::ColMeaning) }</th></tr></thead>
                        <tbody>
                            { for h.fields.iter().map(|f| html! {
                                <tr data-testid="antispam-field">
                                    <td><code>{ f.key.clone() }</code></td>
                                    <td><code>{ f.value.clone() }</code></td>
                                    <td>
                                        if let Some(m) = &f.meaning { <span data-i18n="content">{ lang.core(m) }</span> }
                                        else { <span class="hint">{ lang.t(Msg::UnknownField) }</span> }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !h.tests.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.f(Msg::HeaderTests, &[("header", &h.header)])}>
                    <table class="dns">
                        <thead><tr><th scope="col">{ lang.t(Msg::ColTest) }</th><th scope="col">{ lang.t(Msg::ColScore) }</th><th scope="col">{ lang.t(Msg::ColOptions) }</th></tr></thead>
                        <tbody>
                            { for h.tests.iter().map(|t| html! {
                                <tr data-testid="antispam-test">
                                    <td><code>{ t.name.clone() }</code></td>
                                    <td class="num">{ score(t.score) }</td>
                                    <td data-i18n="content">{ t.options.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <details class="sub"><summary>{ lang.t(Msg::AsWritten) }</summary><pre class="step-detail">{ h.raw.clone() }</pre></details>
        </article>
    }
}

pub fn view(lang: Lang, list: &[AntispamHeader]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel" aria-labelledby="antispam-title" data-testid="antispam">
            <h2 id="antispam-title">{ lang.t(Msg::AntispamHeaders) }</h2>
            { for list.iter().enumerate().map(|(i, h)| header(lang, i, h)) }
        </section>
    }
}
