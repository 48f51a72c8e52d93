//! One card per verdict (SPF, each DKIM signature, ARC, DMARC), coloured by
//! result; each opens into its step-by-step trace.

use super::trace;
use crate::report::{AuthResult, DkimReport, Report};
use yew::prelude::*;

fn badge(id: &str, r: AuthResult) -> Html {
    html! {
        <span class={classes!("verdict", format!("r-{}", r.as_str()))} data-testid={format!("{id}-result")}>
            { r.as_str() }
        </span>
    }
}

fn fact(name: &str, value: impl Into<String>) -> Html {
    let value = value.into();
    if value.is_empty() {
        return Html::default();
    }
    html! { <><dt>{ name.to_string() }</dt><dd>{ value }</dd></> }
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

/// The frame shared by every card: a `<details>` whose summary shows the check
/// and its verdict; keyboard users open it with Enter or Space.
fn card(id: &str, title: Html, result: AuthResult, summary: String, body: Html) -> Html {
    html! {
        <details class={classes!("card", format!("r-{}", result.as_str()))} data-testid={id.to_string()} id={id.to_string()}>
            <summary>
                <span class="card-title">{ title }</span>
                { badge(id, result) }
                <span class="card-summary">{ summary }</span>
            </summary>
            <div class="card-body">{ body }</div>
        </details>
    }
}

fn spf(r: &Report) -> Html {
    let s = &r.spf;
    let summary = s.explanation.clone().unwrap_or_else(|| {
        if s.domain.is_empty() {
            String::new()
        } else {
            format!("for {}", s.domain)
        }
    });
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact("Domain checked", s.domain.clone()) }
                { fact("DNS lookups", format!("{} (limit 10), void {} (limit 2)", s.dns_lookups, s.void_lookups)) }
                { fact("HELO result", s.helo_result.map(|h| h.as_str().to_string()).unwrap_or_default()) }
                { fact("Received-SPF", s.received_spf.clone().unwrap_or_default()) }
            </dl>
            <h4>{ "MAIL FROM trace" }</h4>
            { trace::view(&s.trace) }
            if !s.helo_trace.is_empty() {
                <h4>{ "HELO trace" }</h4>
                { trace::view(&s.helo_trace) }
            }
        </>
    };
    card("verdict-spf", html! { "SPF" }, s.result, summary, body)
}

fn dkim(i: usize, d: &DkimReport) -> Html {
    let id = format!("verdict-dkim-{i}");
    let title = html! {
        <>{ "DKIM " }<span class="sig-id">{ format!("d={} s={}", d.domain, d.selector) }</span></>
    };
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact("Signing domain (d=)", d.domain.clone()) }
                { fact("Selector (s=)", d.selector.clone()) }
                { fact("Algorithm", d.algorithm.clone()) }
                { fact("Header signature valid", yes_no(d.header_signature_valid)) }
                { fact("Body hash matches", yes_no(d.body_hash_matches)) }
            </dl>
            if !d.warnings.is_empty() {
                <ul class="warnings">{ for d.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            }
            { trace::view(&d.trace) }
        </>
    };
    card(&id, title, d.result, d.reason.clone(), body)
}

fn no_dkim() -> Html {
    let body = html! {
        <p>{ "The message has no DKIM-Signature header, so there is nothing to verify. DMARC can then pass only through an aligned SPF pass." }</p>
    };
    card(
        "verdict-dkim-0",
        html! { "DKIM" },
        AuthResult::None,
        "no signature".into(),
        body,
    )
}

fn arc(r: &Report) -> Html {
    let a = &r.arc;
    let body = trace::view(&a.trace);
    card(
        "verdict-arc",
        html! { "ARC" },
        a.result,
        a.reason.clone(),
        body,
    )
}

fn dmarc(r: &Report) -> Html {
    let d = &r.dmarc;
    let summary = if d.disposition.is_empty() {
        d.record_domain
            .as_ref()
            .map(|dom| format!("record at _dmarc.{dom}"))
            .unwrap_or_default()
    } else {
        d.disposition.clone()
    };
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact("Policy", d.policy.clone().unwrap_or_default()) }
                { fact("Disposition", d.disposition.clone()) }
                { fact("Record domain", d.record_domain.clone().unwrap_or_default()) }
                { fact("SPF aligned", yes_no(Some(d.spf_aligned))) }
                { fact("DKIM aligned", yes_no(Some(d.dkim_aligned))) }
            </dl>
            { trace::view(&d.trace) }
        </>
    };
    card("verdict-dmarc", html! { "DMARC" }, d.result, summary, body)
}

fn identities(r: &Report) -> Html {
    let id = &r.identities;
    let row = |name: &str, v: &Option<String>, src: &str| {
        let value = match v.as_deref() {
            Some("") => "<> (null sender)".to_string(),
            Some(v) => v.to_string(),
            None => "unknown".to_string(),
        };
        html! { <><dt>{ name.to_string() }</dt><dd><code>{ value }</code>{ " " }<small class="hint">{ src.to_string() }</small></dd></> }
    };
    html! {
        <dl class="facts-grid identities-used" data-testid="identities-used">
            { row("Connecting IP", &id.ip, &id.sources.ip) }
            { row("HELO", &id.helo, &id.sources.helo) }
            { row("MAIL FROM", &id.mail_from, &id.sources.mail_from) }
            { row("From domain", &id.from_domain, &id.sources.from_domain) }
        </dl>
    }
}

/// All verdict cards of a report, with the identities they were computed for.
pub fn view(r: &Report) -> Html {
    html! {
        <section class="panel" aria-labelledby="verdicts-title" data-testid="verdicts">
            <h2 id="verdicts-title">{ "Verdicts" }</h2>
            if !r.notices.is_empty() {
                <ul class="notices" data-testid="notices">
                    { for r.notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                </ul>
            }
            { identities(r) }
            <div class="cards">
                { spf(r) }
                if r.dkim.is_empty() {
                    { no_dkim() }
                } else {
                    { for r.dkim.iter().enumerate().map(|(i, d)| dkim(i, d)) }
                }
                { dmarc(r) }
                { arc(r) }
            </div>
            <p class="hint">{ "Open a card to see every step of its evaluation." }</p>
        </section>
    }
}
