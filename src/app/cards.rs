//! One card per verdict (SPF, each DKIM signature, ARC, DMARC), coloured by
//! result; each opens into its step-by-step trace.

use super::anchor::anchor_id;
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
            { trace::view_at("spf.trace", &s.trace) }
            if !s.helo_trace.is_empty() {
                <h4>{ "HELO trace" }</h4>
                { trace::view_at("spf.helo_trace", &s.helo_trace) }
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
            { trace::view_at(&format!("dkim[{i}].trace"), &d.trace) }
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

fn valid(v: Option<bool>) -> Html {
    match v {
        Some(true) => html! { <span class="status ok">{ "valid" }</span> },
        Some(false) => html! { <span class="status bad">{ "invalid" }</span> },
        None => html! { <span class="hint">{ "not checked" }</span> },
    }
}

fn arc(r: &Report) -> Html {
    let a = &r.arc;
    let body = html! {
        <>
            if a.instances.is_empty() {
                <p class="hint">{ "The message has no ARC headers." }</p>
            } else {
                <dl class="facts-grid">
                    { fact("Failing instance", a.failing_instance.map(|i| format!("i={i}")).unwrap_or_default()) }
                    { fact("Oldest valid message signature", a.oldest_pass.map(|i| format!("i={i}")).unwrap_or_default()) }
                </dl>
                <div class="table-scroll" tabindex="0" role="region" aria-label="ARC sets">
                    <table class="dns" data-testid="arc-instances">
                        <thead><tr>
                            <th scope="col">{ "i=" }</th><th scope="col">{ "Sealer (d=, s=)" }</th><th scope="col">{ "cv=" }</th>
                            <th scope="col">{ "ARC-Seal" }</th><th scope="col">{ "ARC-Message-Signature" }</th><th scope="col">{ "Body hash" }</th>
                        </tr></thead>
                        <tbody>
                            { for a.instances.iter().map(|i| html! {
                                <tr class={classes!((a.failing_instance == Some(i.instance)).then_some("row-bad"))}>
                                    <td class="num">{ i.instance }</td>
                                    <td><code>{ format!("d={} s={}", i.domain, i.selector) }</code></td>
                                    <td><code>{ i.cv.clone() }</code></td>
                                    <td>{ valid(i.seal_valid) }</td>
                                    <td>{ valid(i.ams_valid) }</td>
                                    <td>{ match i.ams_body_hash_matches {
                                        Some(true) => "matches",
                                        Some(false) => "changed",
                                        None => "–",
                                    } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            if !a.aar.is_empty() {
                <h4>{ "What each intermediary said (ARC-Authentication-Results)" }</h4>
                <ul class="aar-list">
                    { for a.aar.iter().map(|x| html! {
                        <li>
                            <strong>{ format!("i={} {}", x.instance, x.authserv_id) }</strong>
                            <ul>{ for x.results.iter().map(|res| html! { <li><code>{ res.clone() }</code></li> }) }</ul>
                        </li>
                    }) }
                </ul>
            }
            <h4>{ "Steps" }</h4>
            { trace::view_at("arc.trace", &a.trace) }
        </>
    };
    card(
        "verdict-arc",
        html! { "ARC" },
        a.result,
        a.reason.clone(),
        body,
    )
}

fn rules(testid: &str, path: &str, v: &crate::report::DmarcVerdict) -> Html {
    html! {
        <div class="rules-col" data-testid={testid.to_string()}>
            <h4>{ v.rules.clone() }{ " " }{ badge(testid, v.result) }</h4>
            <dl class="facts-grid">
                { fact("Policy", v.policy.clone().unwrap_or_else(|| "none published".into())) }
                { fact("Disposition", v.disposition.clone()) }
                { fact("From domain", v.from_domain.clone().unwrap_or_default()) }
                { fact("Record domain", v.record_domain.clone().unwrap_or_default()) }
                { fact("Organizational domain", v.org_domain.clone().unwrap_or_default()) }
                { fact("SPF aligned", yes_no(Some(v.spf_aligned))) }
                { fact("DKIM aligned", yes_no(Some(v.dkim_aligned))) }
            </dl>
            <details class="sub">
                <summary>{ format!("{} steps", v.rules) }</summary>
                { trace::view_at(path, &v.trace) }
            </details>
        </div>
    }
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
            if !d.differences.is_empty() {
                <div class="differences" role="note" data-testid="dmarc-differences">
                    <strong>{ "The two rule sets disagree:" }</strong>
                    <ul>{ for d.differences.iter().map(|x| html! { <li>{ x.clone() }</li> }) }</ul>
                </div>
            }
            <div class="side-by-side">
                { rules("dmarc-rfc9989", "dmarc.rfc9989.trace", &d.rfc9989) }
                { rules("dmarc-rfc7489", "dmarc.rfc7489.trace", &d.rfc7489) }
            </div>
            if !d.report_authorization.is_empty() {
                <h4>{ "External report destinations" }</h4>
                <div class="table-scroll" tabindex="0" role="region" aria-label="DMARC report destinations">
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ "URI" }</th><th scope="col">{ "Destination" }</th>
                            <th scope="col">{ "Authorization record" }</th><th scope="col">{ "Authorized" }</th>
                        </tr></thead>
                        <tbody>
                            { for d.report_authorization.iter().enumerate().map(|(i, a)| html! {
                                <tr id={anchor_id(&format!("dmarc.report_authorization[{i}]"))}>
                                    <td><code>{ a.uri.clone() }</code></td>
                                    <td>{ a.destination.clone() }</td>
                                    <td><code class="qname">{ a.query.clone() }</code></td>
                                    <td>
                                        { match a.authorized {
                                            Some(true) => html! { <span class="status ok">{ "yes" }</span> },
                                            Some(false) => html! { <span class="status bad">{ "no" }</span> },
                                            None => html! { <span class="status nx">{ "unknown" }</span> },
                                        } }
                                        <div class="hint">{ a.text.clone() }</div>
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <h4>{ "Steps" }</h4>
            { trace::view_at("dmarc.trace", &d.trace) }
        </>
    };
    card("verdict-dmarc", html! { "DMARC" }, d.result, summary, body)
}

/// The iprev check (reverse DNS of the client, forward-confirmed; HELO).
pub fn iprev(r: &Report) -> Html {
    let Some(i) = &r.iprev else {
        return html! { <p class="hint">{ "No connecting IP is known, so reverse DNS was not checked." }</p> };
    };
    let summary = match &i.name {
        Some(n) => format!("{} is {n}", i.ip),
        None => format!("{} has no confirmed name", i.ip),
    };
    let helo = match (i.helo_resolves, i.helo_matches) {
        (None, _) => String::new(),
        (Some(res), m) => format!(
            "{}{}",
            if res {
                "resolves"
            } else {
                "does not resolve (no A, AAAA or MX)"
            },
            match m {
                Some(true) => ", matches the client",
                Some(false) => ", does not match the client",
                None => "",
            }
        ),
    };
    let body = html! {
        <>
            <dl class="facts-grid">
                { fact("Client IP", i.ip.clone()) }
                { fact("Confirmed name", i.name.clone().unwrap_or_default()) }
                { fact("HELO", i.helo.clone().unwrap_or_default()) }
                { fact("HELO check", helo) }
            </dl>
            if !i.ptr.is_empty() {
                <ul class="aar-list">
                    { for i.ptr.iter().map(|p| html! {
                        <li>
                            <code>{ p.name.clone() }</code>{ " → " }{ p.addresses.join(", ") }{ " " }
                            if p.confirmed { <span class="status ok">{ "confirmed" }</span> } else { <span class="status bad">{ "not confirmed" }</span> }
                        </li>
                    }) }
                </ul>
            }
            { trace::view_at("iprev.trace", &i.trace) }
        </>
    };
    card(
        "verdict-iprev",
        html! { "Reverse DNS (iprev)" },
        i.result,
        summary,
        body,
    )
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
