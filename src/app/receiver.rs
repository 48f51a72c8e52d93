//! "What the receiver said": every Authentication-Results,
//! ARC-Authentication-Results and Received-SPF header beside our results.

use super::anchor::anchor_id;
use crate::message::auth_results::{MethodResult, ReceiverVerdict};
use crate::report::Report;
use yew::prelude::*;

fn agree(a: Option<bool>) -> Html {
    match a {
        Some(true) => html! { <span class="status ok">{ "agrees" }</span> },
        Some(false) => html! { <span class="status bad">{ "differs" }</span> },
        None => html! { <span class="hint">{ "not compared" }</span> },
    }
}

fn method(v: &ReceiverVerdict, m: &MethodResult) -> Html {
    let props: Vec<String> = m
        .properties
        .iter()
        .map(|(k, val)| format!("{k}={val}"))
        .collect();
    html! {
        <li>
            <code>{ format!("{}={}", m.method, m.result) }</code>
            if let Some(r) = &m.reason { { format!(" reason=\"{r}\"") } }
            if !props.is_empty() { { " " }<code>{ props.join(" ") }</code> }
            <div class="hint">{ v.describe(m) }</div>
        </li>
    }
}

fn header(i: usize, v: &ReceiverVerdict) -> Html {
    let title = match v.instance {
        Some(n) => format!("{} (i={n})", v.header),
        None => format!("{} #{}", v.header, v.index + 1),
    };
    html! {
        <article class="receiver" id={anchor_id(&format!("receiver_said[{i}]"))} data-testid="receiver-header">
            <h3>{ title }</h3>
            <p>{ "authserv-id: " }<code>{ v.authserv_id.clone().unwrap_or_else(|| "(none)".into()) }</code></p>
            if !v.results.is_empty() {
                <ul class="aar-list">{ for v.results.iter().map(|m| method(v, m)) }</ul>
            }
            if !v.comparisons.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label="Their verdicts beside ours">
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ "Method" }</th><th scope="col">{ "They said" }</th><th scope="col">{ "We say" }</th>
                            <th scope="col">{ "" }</th><th scope="col">{ "Why they may differ" }</th>
                        </tr></thead>
                        <tbody>
                            { for v.comparisons.iter().map(|c| html! {
                                <tr class={classes!((!c.agree).then_some("row-bad"))} data-testid="comparison">
                                    <td>{ c.method.clone() }</td>
                                    <td><code>{ c.theirs.clone() }</code></td>
                                    <td><code>{ c.ours.clone() }</code></td>
                                    <td>{ agree(Some(c.agree)) }</td>
                                    <td>{ c.explanation.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !v.warnings.is_empty() {
                <ul class="warnings">{ for v.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            }
            <details class="sub"><summary>{ "As written" }</summary><pre class="step-detail">{ v.raw.clone() }</pre></details>
        </article>
    }
}

pub fn view(r: &Report) -> Html {
    let spf = &r.spf.receiver_said;
    html! {
        <section class="panel" aria-labelledby="receiver-title" data-testid="receiver-said">
            <h2 id="receiver-title">{ "What the receiver said" }</h2>
            if r.receiver_said.is_empty() && spf.is_empty() {
                <p class="hint">{ "The message has no Authentication-Results, ARC-Authentication-Results or Received-SPF header." }</p>
            }
            { for r.receiver_said.iter().enumerate().map(|(i, v)| header(i, v)) }
            if !spf.is_empty() {
                <h3>{ "Received-SPF beside our SPF result" }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Received-SPF headers">
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ "They said" }</th><th scope="col">{ "Identity" }</th><th scope="col">{ "Client IP" }</th>
                            <th scope="col">{ "Receiver" }</th><th scope="col">{ "We say" }</th><th scope="col">{ "" }</th><th scope="col">{ "Note" }</th>
                        </tr></thead>
                        <tbody>
                            { for spf.iter().enumerate().map(|(i, v)| html! {
                                <tr id={anchor_id(&format!("spf.receiver_said[{i}]"))} class={classes!((v.agrees == Some(false)).then_some("row-bad"))}>
                                    <td><code>{ v.seen.result.as_str() }</code>
                                        if let Some(c) = &v.seen.comment { <div class="hint">{ c.clone() }</div> }
                                    </td>
                                    <td>{ v.seen.identity.clone().unwrap_or_default() }</td>
                                    <td><code>{ v.seen.client_ip.clone().unwrap_or_default() }</code></td>
                                    <td>{ v.seen.receiver.clone().unwrap_or_default() }</td>
                                    <td><code>{ v.ours.map(|o| o.as_str()).unwrap_or("–") }</code></td>
                                    <td>{ agree(v.agrees) }</td>
                                    <td>{ v.note.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
