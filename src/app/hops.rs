//! The Received chain as a hop table (like Microsoft's Message Header
//! Analyzer), oldest hop first, with the trust boundary marked and movable.

use super::anchor::anchor_id;
use super::run;
use super::state::AppState;
use crate::message::received::{HopRow, ReceivedChain};
use yew::prelude::*;

/// "4 s", "3 min 4 s", "2 h 5 min", "1 d 3 h".
pub fn duration(secs: i64) -> String {
    let a = secs.unsigned_abs();
    let sign = if secs < 0 { "−" } else { "" };
    let body = match a {
        0..=59 => format!("{a} s"),
        60..=3599 => format!("{} min {} s", a / 60, a % 60),
        3600..=86_399 => format!("{} h {} min", a / 3600, (a % 3600) / 60),
        _ => format!("{} d {} h", a / 86_400, (a % 86_400) / 3600),
    };
    format!("{sign}{body}")
}

fn ip_cell(h: &HopRow) -> Html {
    let Some(ip) = &h.from_ip else {
        return html! { <span class="hint">{ "–" }</span> };
    };
    html! {
        <>
            <code>{ ip.clone() }</code>
            if let Some(v) = h.ip_version {
                <span class={classes!("tag", (v == 6).then_some("tag-v6"))}>{ format!("IPv{v}") }</span>
            }
            if h.ip_private {
                <span class="tag tag-private" title="loopback, private, link-local or shared (CGNAT) address">{ "private" }</span>
            }
        </>
    }
}

fn row(state: &UseReducerHandle<AppState>, h: &HopRow, running: bool) -> Html {
    let from = match (&h.from, &h.from_rdns) {
        (Some(helo), Some(rdns)) if !helo.eq_ignore_ascii_case(rdns) => format!("{helo} ({rdns})"),
        (Some(helo), _) => helo.clone(),
        (None, Some(rdns)) => rdns.clone(),
        (None, None) => String::new(),
    };
    let tls = if h.tls {
        let parts: Vec<String> = [h.tls_version.clone(), h.cipher.clone()]
            .into_iter()
            .flatten()
            .collect();
        if parts.is_empty() {
            "yes".to_string()
        } else {
            parts.join(" ")
        }
    } else {
        "no".to_string()
    };
    let delay = match h.delay_secs {
        Some(d) if h.clock_skew => html! {
            <span class="skew" title="negative delay: one of the two clocks is wrong">{ format!("{} (clock skew)", duration(d)) }</span>
        },
        Some(d) => html! { { duration(d) } },
        None => html! { <span class="hint">{ "–" }</span> },
    };
    let move_here = {
        let state = state.clone();
        let idx = h.header_index;
        Callback::from(move |_: MouseEvent| run::start_with_boundary(&state, Some(idx)))
    };
    html! {
        <tr id={anchor_id(&format!("received.hops[{}]", h.hop.saturating_sub(1)))}
            class={classes!(h.boundary.then_some("boundary-row"))} data-testid="hop-row">
            <td class="num">{ h.hop }</td>
            <td>{ from }
                if h.authenticated { { " " }<span class="tag">{ "authenticated" }</span> }
            </td>
            <td>{ ip_cell(h) }</td>
            <td>{ h.by.clone().unwrap_or_default() }</td>
            <td>{ h.with.clone().unwrap_or_default() }</td>
            <td class={classes!(if h.tls { "tls-yes" } else { "tls-no" })}>{ tls }</td>
            <td class="num">{ delay }</td>
            <td class="date">{ h.date.clone().unwrap_or_default() }</td>
            <td>
                if h.boundary {
                    <span class="tag tag-boundary" data-testid="boundary-marker">{ "trust boundary" }</span>
                } else {
                    <button type="button" class="button secondary small" onclick={move_here} disabled={running}
                        aria-label={format!("Move the trust boundary to hop {}", h.hop)} data-testid="move-boundary">
                        { "Move the boundary here" }
                    </button>
                }
            </td>
        </tr>
    }
}

pub fn view(state: &UseReducerHandle<AppState>, c: &ReceivedChain) -> Html {
    let running = state.running.is_some();
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| run::start_with_boundary(&state, None))
    };
    html! {
        <section class="panel" aria-labelledby="hops-title" data-testid="hops">
            <h2 id="hops-title">{ format!("Received chain ({} hops)", c.hops.len()) }</h2>
            if c.hops.is_empty() {
                <p class="hint">{ "The message has no Received headers." }</p>
            } else {
                <p class="hint">
                    { "Oldest hop first. Hops below the trust boundary were written by servers outside the receiving organization and can be forged by the sender. " }
                    { format!("Boundary: {}.", c.boundary_source) }
                    if let Some(t) = c.total_delay_secs { { format!(" Total delay: {}.", duration(t)) } }
                </p>
                if state.boundary.is_some() {
                    <button type="button" class="button secondary" onclick={reset} disabled={running} data-testid="reset-boundary">
                        { "Back to the automatic boundary" }
                    </button>
                }
                <div class="table-scroll" tabindex="0" role="region" aria-label="Received chain">
                    <table class="dns hops">
                        <thead><tr>
                            <th scope="col">{ "Hop" }</th><th scope="col">{ "From" }</th><th scope="col">{ "IP" }</th>
                            <th scope="col">{ "By" }</th><th scope="col">{ "With" }</th><th scope="col">{ "TLS" }</th>
                            <th scope="col">{ "Delay" }</th><th scope="col">{ "Date" }</th><th scope="col">{ "Boundary" }</th>
                        </tr></thead>
                        <tbody>{ for c.hops.iter().map(|h| row(state, h, running)) }</tbody>
                    </table>
                </div>
            }
            if !c.warnings.is_empty() {
                <ul class="warnings">{ for c.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            }
        </section>
    }
}
