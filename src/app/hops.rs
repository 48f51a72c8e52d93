//! The Received chain as a hop table (like Microsoft's Message Header
//! Analyzer), oldest hop first, with the trust boundary marked and movable.

use super::anchor::anchor_id;
use crate::i18n::{Lang, Msg};
use crate::message::received::{HopRow, ReceivedChain};
use yew::prelude::*;

/// "4 s", "3 min 4 s", "2 h 5 min", "1 d 3 h".
pub fn duration(lang: Lang, secs: i64) -> String {
    let a = secs.unsigned_abs();
    let sign = if secs < 0 { "−" } else { "" };
    let body = match a {
        0..=59 => lang.f(Msg::DurS, &[("s", &a)]),
        60..=3599 => lang.f(Msg::DurMinS, &[("m", &(a / 60)), ("s", &(a % 60))]),
        3600..=86_399 => lang.f(
            Msg::DurHMin,
            &[("h", &(a / 3600)), ("m", &((a % 3600) / 60))],
        ),
        _ => lang.f(
            Msg::DurDH,
            &[("d", &(a / 86_400)), ("h", &((a % 86_400) / 3600))],
        ),
    };
    format!("{sign}{body}")
}

fn ip_cell(lang: Lang, h: &HopRow) -> Html {
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
                <span class="tag tag-private" title={lang.t(Msg::PrivateTitle)}>{ lang.t(Msg::Private) }</span>
            }
        </>
    }
}

/// How the hop table moves the trust boundary: `Some(header index)`, or
/// `None` for back to the automatic choice; a new run follows.
pub type MoveBoundary = Callback<Option<usize>>;

fn row(lang: Lang, on_move: &MoveBoundary, h: &HopRow, running: bool) -> Html {
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
            lang.t(Msg::Yes).to_string()
        } else {
            parts.join(" ")
        }
    } else {
        lang.t(Msg::No).to_string()
    };
    let delay = match h.delay_secs {
        Some(d) if h.clock_skew => html! {
            <span class="skew" title={lang.t(Msg::SkewTitle)}>{ lang.f(Msg::ClockSkew, &[("delay", &duration(lang, d))]) }</span>
        },
        Some(d) => html! { { duration(lang, d) } },
        None => html! { <span class="hint">{ "–" }</span> },
    };
    let move_here = {
        let idx = h.header_index;
        on_move.reform(move |_: MouseEvent| Some(idx))
    };
    html! {
        <tr id={anchor_id(&format!("received.hops[{}]", h.hop.saturating_sub(1)))}
            class={classes!(h.boundary.then_some("boundary-row"))} data-testid="hop-row">
            <td class="num">{ h.hop }</td>
            <td><span data-i18n="content">{ from }</span>
                if h.authenticated { { " " }<span class="tag">{ lang.t(Msg::Authenticated) }</span> }
            </td>
            <td>{ ip_cell(lang, h) }</td>
            <td data-i18n="content">{ h.by.clone().unwrap_or_default() }</td>
            <td data-i18n="content">{ h.with.clone().unwrap_or_default() }</td>
            <td class={classes!(if h.tls { "tls-yes" } else { "tls-no" })}>{ tls }</td>
            <td class="num">{ delay }</td>
            <td class="date" data-i18n="content">{ h.date.clone().unwrap_or_default() }</td>
            <td>
                if h.boundary {
                    <span class="tag tag-boundary" data-testid="boundary-marker">{ lang.t(Msg::TrustBoundary) }</span>
                } else {
                    <button type="button" class="button secondary small" onclick={move_here} disabled={running}
                        aria-label={lang.f(Msg::MoveBoundaryAria, &[("hop", &h.hop)])} data-testid="move-boundary">
                        { lang.t(Msg::MoveBoundary) }
                    </button>
                }
            </td>
        </tr>
    }
}

/// `moved`: the user moved the boundary; `running`: a run is in flight, which
/// disables moving it.
pub fn view(
    lang: Lang,
    c: &ReceivedChain,
    moved: bool,
    running: bool,
    on_move: &MoveBoundary,
) -> Html {
    let reset = on_move.reform(|_: MouseEvent| None);
    html! {
        <section class="panel" aria-labelledby="hops-title" data-testid="hops">
            <h2 id="hops-title">{ lang.plural(crate::i18n::Plural::ReceivedChainHops, c.hops.len() as u64, &[]) }</h2>
            if c.hops.is_empty() {
                <p class="hint">{ lang.t(Msg::NoReceived) }</p>
            } else {
                <p class="hint">
                    { lang.t(Msg::HopsHint) }
                    <span data-i18n="content">{ lang.f(Msg::BoundarySource, &[("source", &lang.core(&c.boundary_source))]) }</span>
                    if let Some(t) = c.total_delay_secs { { lang.f(Msg::TotalDelay, &[("delay", &duration(lang, t))]) } }
                </p>
                if moved {
                    <button type="button" class="button secondary" onclick={reset} disabled={running} data-testid="reset-boundary">
                        { lang.t(Msg::BackToAutoBoundary) }
                    </button>
                }
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::ReceivedChain)}>
                    <table class="dns hops">
                        <thead><tr>
                            <th scope="col">{ lang.t(Msg::ColHop) }</th><th scope="col">{ lang.t(Msg::ColFrom) }</th><th scope="col">{ "IP" }</th>
                            <th scope="col">{ lang.t(Msg::ColBy) }</th><th scope="col">{ lang.t(Msg::ColWith) }</th><th scope="col">{ "TLS" }</th>
                            <th scope="col">{ lang.t(Msg::ColDelay) }</th><th scope="col">{ lang.t(Msg::ColDate) }</th><th scope="col">{ lang.t(Msg::ColBoundary) }</th>
                        </tr></thead>
                        <tbody>{ for c.hops.iter().map(|h| row(lang, on_move, h, running)) }</tbody>
                    </table>
                </div>
            }
            if !c.warnings.is_empty() {
                <ul class="warnings" data-i18n="content">{ for c.warnings.iter().map(|w| html! { <li>{ lang.core(w) }</li> }) }</ul>
            }
        </section>
    }
}
