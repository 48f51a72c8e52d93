//! Antispam headers decoded: each field with its meaning, each test with its score.

use super::anchor::anchor_id;
use crate::message::antispam::AntispamHeader;
use yew::prelude::*;

fn score(s: Option<f64>) -> String {
    s.map(|v| format!("{v}")).unwrap_or_default()
}

fn header(i: usize, h: &AntispamHeader) -> Html {
    let verdict = [
        h.verdict.clone(),
        h.spam.map(|s| {
            if s {
                "spam".to_string()
            } else {
                "not spam".to_string()
            }
        }),
        h.score.map(|s| match h.required {
            Some(req) => format!("score {s} (threshold {req})"),
            None => format!("score {s}"),
        }),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <article class="receiver" id={anchor_id(&format!("antispam[{i}]"))} data-testid="antispam-header">
            <h3>{ format!("{} ({})", h.header, h.engine) }</h3>
            if !verdict.is_empty() {
                <p class={classes!(if h.spam == Some(true) { "status bad" } else { "" })}>{ verdict }</p>
            }
            if !h.fields.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{} fields", h.header)}>
                    <table class="dns">
                        <thead><tr><th scope="col">{ "Field" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Meaning" }</th></tr></thead>
                        <tbody>
                            { for h.fields.iter().map(|f| html! {
                                <tr data-testid="antispam-field">
                                    <td><code>{ f.key.clone() }</code></td>
                                    <td><code>{ f.value.clone() }</code></td>
                                    <td>
                                        if let Some(m) = &f.meaning { { m.clone() } }
                                        else { <span class="hint">{ "(not a field headerscope knows; shown as written)" }</span> }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !h.tests.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{} tests", h.header)}>
                    <table class="dns">
                        <thead><tr><th scope="col">{ "Test / symbol" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Options" }</th></tr></thead>
                        <tbody>
                            { for h.tests.iter().map(|t| html! {
                                <tr data-testid="antispam-test">
                                    <td><code>{ t.name.clone() }</code></td>
                                    <td class="num">{ score(t.score) }</td>
                                    <td>{ t.options.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <details class="sub"><summary>{ "As written" }</summary><pre class="step-detail">{ h.raw.clone() }</pre></details>
        </article>
    }
}

pub fn view(list: &[AntispamHeader]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel" aria-labelledby="antispam-title" data-testid="antispam">
            <h2 id="antispam-title">{ "Antispam headers" }</h2>
            { for list.iter().enumerate().map(|(i, h)| header(i, h)) }
        </section>
    }
}
