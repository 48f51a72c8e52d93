//! "What the receiver said": every Authentication-Results,
//! ARC-Authentication-Results and Received-SPF header beside our results.

use super::anchor::anchor_id;
use crate::i18n::{Lang, Msg};
use crate::message::auth_results::{MethodResult, ReceiverVerdict};
use crate::report::Report;
use yew::prelude::*;

fn agree(lang: Lang, a: Option<bool>) -> Html {
    match a {
        Some(true) => html! { <span class="status ok">{ lang.t(Msg::Agrees) }</span> },
        Some(false) => html! { <span class="status bad">{ lang.t(Msg::Differs) }</span> },
        None => html! { <span class="hint">{ lang.t(Msg::NotCompared) }</span> },
    }
}

fn method(lang: Lang, v: &ReceiverVerdict, m: &MethodResult) -> Html {
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
            <div class="hint" data-i18n="content">{ lang.core(&v.describe(m)) }</div>
        </li>
    }
}

fn header(lang: Lang, i: usize, v: &ReceiverVerdict) -> Html {
    let title = match v.instance {
        Some(n) => format!("{} (i={n})", v.header),
        None => format!("{} #{}", v.header, v.index + 1),
    };
    html! {
        <article class="receiver" id={anchor_id(&format!("receiver_said[{i}]"))} data-testid="receiver-header">
            <h3 translate="no">{ title.clone() }</h3>
            <p><span translate="no">{ "authserv-id: " }</span><code>{ v.authserv_id.clone().unwrap_or_else(|| lang.t(Msg::NoneParen).into()) }</code></p>
            if !v.results.is_empty() {
                <ul class="aar-list">{ for v.results.iter().map(|m| method(lang, v, m)) }</ul>
            }
            if !v.comparisons.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.f(Msg::TheirVerdictsAria, &[("header", &title)])}>
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ lang.t(Msg::ColMethod) }</th><th scope="col">{ lang.t(Msg::TheySaid) }</th><th scope="col">{ lang.t(Msg::WeSay) }</th>
                            <th scope="col">{ lang.t(Msg::ColMatch) }</th><th scope="col">{ lang.t(Msg::WhyDiffer) }</th>
                        </tr></thead>
                        <tbody>
                            { for v.comparisons.iter().map(|c| html! {
                                <tr class={classes!((!c.agree).then_some("row-bad"))} data-testid="comparison">
                                    <td translate="no">{ c.method.clone() }</td>
                                    <td><code>{ c.theirs.clone() }</code></td>
                                    <td><code>{ lang.core(&c.ours) }</code></td>
                                    <td>{ agree(lang, Some(c.agree)) }</td>
                                    <td data-i18n="content">{ lang.core(&c.explanation) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !v.warnings.is_empty() {
                <ul class="warnings" data-i18n="content">{ for v.warnings.iter().map(|w| html! { <li>{ lang.core(w) }</li> }) }</ul>
            }
            <details class="sub"><summary>{ lang.t(Msg::AsWritten) }</summary><pre class="step-detail">{ v.raw.clone() }</pre></details>
        </article>
    }
}

pub fn view(lang: Lang, r: &Report) -> Html {
    let spf = &r.spf.received_spf_seen;
    html! {
        <section class="panel" aria-labelledby="receiver-title" data-testid="receiver-said">
            <h2 id="receiver-title">{ lang.t(Msg::ReceiverSaid) }</h2>
            if r.receiver_said.is_empty() && spf.is_empty() {
                <p class="hint">{ lang.t(Msg::NoReceiverHeaders) }</p>
            }
            { for r.receiver_said.iter().enumerate().map(|(i, v)| header(lang, i, v)) }
            if !spf.is_empty() {
                <h3>{ lang.t(Msg::ReceivedSpfBeside) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::ReceivedSpfAria)}>
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ lang.t(Msg::TheySaid) }</th><th scope="col">{ lang.t(Msg::ColIdentity) }</th><th scope="col">{ lang.t(Msg::ClientIp) }</th>
                            <th scope="col">{ lang.t(Msg::ColReceiver) }</th><th scope="col">{ lang.t(Msg::WeSay) }</th><th scope="col">{ lang.t(Msg::ColMatch) }</th><th scope="col">{ lang.t(Msg::ColNote) }</th>
                        </tr></thead>
                        <tbody>
                            { for spf.iter().enumerate().map(|(i, v)| html! {
                                <tr id={anchor_id(&format!("spf.receiver_said[{i}]"))} class={classes!((v.agrees == Some(false)).then_some("row-bad"))}>
                                    <td><code>{ v.seen.result.as_str() }</code>
                                        if let Some(c) = &v.seen.comment { <div class="hint" data-i18n="content">{ c.clone() }</div> }
                                    </td>
                                    <td data-i18n="content">{ v.seen.identity.clone().unwrap_or_default() }</td>
                                    <td><code>{ v.seen.client_ip.clone().unwrap_or_default() }</code></td>
                                    <td data-i18n="content">{ v.seen.receiver.clone().unwrap_or_default() }</td>
                                    <td><code>{ v.ours.map(|o| o.as_str()).unwrap_or("–") }</code></td>
                                    <td>{ agree(lang, v.agrees) }</td>
                                    <td data-i18n="content">{ lang.core(&v.note) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
