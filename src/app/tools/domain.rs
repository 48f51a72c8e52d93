//! The domain check: SPF, DMARC, MX, DKIM at the chosen selectors, MTA-STS
//! and TLS-RPT in one go, with every DNS query.

use super::{findings, items, on_text, resolver, Props};
use crate::app::dnslog;
use crate::app::state::Action;
use crate::builder::domain::{self, DomainCheck, TxtCheck};
use crate::i18n::{Lang, Msg};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

fn txt(lang: Lang, title: &str, t: &TxtCheck) -> Html {
    html! {
        <>
            <h4>{ title.to_string() }</h4>
            <p><code>{ t.name.clone() }</code>{ ": " }
                if let Some(r) = &t.record { <code>{ r.clone() }</code> } else { <span class="hint">{ lang.t(Msg::NoRecord) }</span> }
            </p>
            { findings(lang, &t.findings) }
        </>
    }
}

fn result(lang: Lang, c: &DomainCheck) -> Html {
    html! {
        <div class="lint" data-testid="domain-result">
            <h3>{ lang.f(Msg::ResultsFor, &[("domain", &c.domain)]) }</h3>
            <h4>{ "SPF" }</h4>
            <p>
                if let Some(r) = &c.spf.record { <code>{ r.clone() }</code> } else { <span class="status bad">{ lang.t(Msg::NoSpfRecord) }</span> }
                { lang.f(Msg::DomainSpfCounts, &[("lookups", &c.spf.lookups), ("void", &c.spf.void_lookups)]) }
            </p>
            { findings(lang, &c.spf.findings) }
            <h4>{ "DMARC" }</h4>
            <p><code>{ c.dmarc.name.clone() }</code>{ ": " }
                if let Some(r) = &c.dmarc.record { <code>{ r.clone() }</code> } else { <span class="status bad">{ lang.t(Msg::NoRecord) }</span> }
            </p>
            { findings(lang, &c.dmarc.findings) }
            <h4>{ "MX" }</h4>
            if c.mx.null_mx {
                <p>{ lang.t(Msg::NullMx) }</p>
            } else {
                <ul class="aar-list">
                    { for c.mx.hosts.iter().map(|h| html! {
                        <li><code>{ format!("{} {}", h.preference, h.exchange) }</code>{ " → " }{ h.addresses.join(", ") }</li>
                    }) }
                </ul>
            }
            { findings(lang, &c.mx.findings) }
            <h4>{ "DKIM" }</h4>
            <ul class="aar-list">
                { for c.dkim.iter().map(|s| html! {
                    <li>
                        <code>{ s.name.clone() }</code>{ " " }
                        if s.found { <span class="status ok">{ lang.t(Msg::Found) }</span> } else { <span class="hint">{ "none" }</span> }
                        if let Some(l) = &s.lint {
                            { format!(" {} {}", l.algorithm.clone().unwrap_or_default(), l.bits.map(|b| lang.f(Msg::Bits, &[("bits", &b)])).unwrap_or_default()) }
                        }
                        if !s.findings.is_empty() { { findings(lang, &s.findings) } }
                    </li>
                }) }
            </ul>
            { findings(lang, &c.dkim_findings) }
            { txt(lang, "MTA-STS", &c.mta_sts) }
            { txt(lang, lang.t(Msg::TlsRpt), &c.tls_rpt) }
            { dnslog::view_with(lang, "domain-dns-title", Some(lang.t(Msg::DomainCheckTitle)), &c.dns) }
        </div>
    }
}

#[function_component(DomainTool)]
pub fn domain_tool(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let common = use_memo((), |_| domain::common_selectors());
    let domain = use_state(String::new);
    let chosen = use_state(|| common.iter().cloned().collect::<BTreeSet<String>>());
    let extra = use_state(String::new);
    let busy = use_state(|| false);
    let out = use_state(|| None::<Rc<DomainCheck>>);

    let run = {
        let state = props.state.clone();
        let (domain, chosen, extra, busy, out) = (
            domain.clone(),
            chosen.clone(),
            extra.clone(),
            busy.clone(),
            out.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = domain.trim().to_string();
            if d.is_empty() {
                state.dispatch(Action::Error(crate::app_text!(Msg::EnterDomainToCheck)));
                return;
            }
            let Some(res) = resolver(&state) else { return };
            let mut selectors: Vec<String> = chosen.iter().cloned().collect();
            for s in items(&extra) {
                if !selectors.contains(&s) {
                    selectors.push(s);
                }
            }
            let (busy, out) = (busy.clone(), out.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let r = domain::check_domain(&res, &d, &selectors).await;
                out.set(Some(Rc::new(r)));
                busy.set(false);
            });
        })
    };

    html! {
        <section class="panel" aria-labelledby="domain-tool-title" data-testid="domain-tool">
            <h2 id="domain-tool-title">{ lang.t(Msg::DomainCheckTitle) }</h2>
            <form onsubmit={run}>
                <div class="fields">
                    <div class="field"><label for="check-domain">{ lang.t(Msg::Domain) }</label>
                        <input id="check-domain" type="text" data-testid="check-domain" placeholder="example.org" value={(*domain).clone()} oninput={on_text(&domain)} /></div>
                    <div class="field"><label for="check-selectors">{ lang.t(Msg::MoreSelectors) }</label>
                        <input id="check-selectors" type="text" data-testid="check-selectors" placeholder="s2024 mailjet" translate="no" value={(*extra).clone()} oninput={on_text(&extra)} /></div>
                </div>
                <fieldset>
                    <legend>{ lang.t(Msg::SelectorsToTry) }</legend>
                    <div class="row selectors" translate="no">
                        { for common.iter().map(|s| {
                            let checked = chosen.contains(s);
                            let onchange = {
                                let chosen = chosen.clone();
                                let s = s.clone();
                                Callback::from(move |_: Event| {
                                    let mut set = (*chosen).clone();
                                    if !set.remove(&s) {
                                        set.insert(s.clone());
                                    }
                                    chosen.set(set);
                                })
                            };
                            html! { <label><input type="checkbox" {checked} {onchange} />{ format!(" {s}") }</label> }
                        }) }
                    </div>
                </fieldset>
                <div class="row">
                    <button type="submit" class="button primary" disabled={*busy} data-testid="check-run">{ lang.t(Msg::CheckDomain) }</button>
                    if *busy { <span class="spinner" aria-hidden="true"></span><span role="status">{ lang.t(Msg::LookingUp) }</span> }
                </div>
            </form>
            if let Some(c) = &*out { { result(lang, c) } }
        </section>
    }
}
