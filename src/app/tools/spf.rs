//! SPF: a builder form that writes the record, and a live linter for a typed
//! record or a domain's published one (lookup count, include tree).

use super::{findings, items, on_select, on_text, output, Props};
use crate::app::dnslog;
use crate::builder::spf::{self, Qualifier, SpfForm, SpfLint, SpfNode, LOOKUP_LIMIT, VOID_LIMIT};
use crate::i18n::{Lang, Msg};
use std::rc::Rc;
use yew::prelude::*;

fn qualifier(s: &str) -> Option<Qualifier> {
    match s {
        "+" => Some(Qualifier::Pass),
        "-" => Some(Qualifier::Fail),
        "~" => Some(Qualifier::SoftFail),
        "?" => Some(Qualifier::Neutral),
        _ => None,
    }
}

fn node(lang: Lang, n: &SpfNode) -> Html {
    html! {
        <li class="spf-node">
            <div>
                <code>{ n.via.clone() }</code>{ " " }<strong translate="no">{ n.domain.clone() }</strong>
                { lang.f(Msg::SpfNodeCounts, &[("here", &n.lookups_here), ("total", &n.lookups_total), ("void", &n.voids_total)]) }
            </div>
            if let Some(r) = &n.record { <pre class="step-detail">{ r.clone() }</pre> }
            if let Some(e) = &n.error { <div class="status bad" data-i18n="content">{ lang.core(e) }</div> }
            if !n.ip4.is_empty() || !n.ip6.is_empty() {
                <div class="ranges">
                    { lang.t(Msg::Authorizes) }
                    { for n.ip4.iter().chain(n.ip6.iter()).map(|r| html! { <><code>{ r.clone() }</code>{ " " }</> }) }
                </div>
            }
            <div class="hint">{ lang.f(Msg::Subtree, &[("ip4", &n.ip4_total), ("addresses", &n.ipv4_addresses_total), ("ip6", &n.ip6_total)]) }</div>
            if !n.notes.is_empty() {
                <ul class="warnings" data-i18n="content">{ for n.notes.iter().map(|x| html! { <li>{ lang.core(x) }</li> }) }</ul>
            }
            if !n.findings.is_empty() { { findings(lang, &n.findings) } }
            if !n.children.is_empty() {
                <ul class="trace nested">{ for n.children.iter().map(|c| node(lang, c)) }</ul>
            }
        </li>
    }
}

fn lint_view(lang: Lang, l: &SpfLint) -> Html {
    let over = l.lookups > LOOKUP_LIMIT;
    html! {
        <div class="lint" data-testid="spf-lint">
            <p>
                <span class={classes!("counter", if over { "status bad" } else { "status ok" })} data-testid="spf-lookups">
                    { lang.f(Msg::LookupsOf, &[("n", &l.lookups), ("limit", &LOOKUP_LIMIT)]) }
                </span>
                { " · " }
                <span class={classes!("counter", if l.void_lookups > VOID_LIMIT { "status bad" } else { "status ok" })}>
                    { lang.f(Msg::VoidLookupsOf, &[("n", &l.void_lookups), ("limit", &VOID_LIMIT)]) }
                </span>
            </p>
            if let Some(r) = &l.record { <p>{ lang.f(Msg::RecordOf, &[("domain", &l.domain)]) }<code>{ r.clone() }</code></p> }
            { findings(lang, &l.findings) }
            <h3>{ lang.t(Msg::IncludeTree) }</h3>
            <ul class="trace">{ node(lang, &l.tree) }</ul>
            { dnslog::view_with(lang, "spf-dns-title", Some(lang.t(Msg::SpfRecordTitle)), &l.dns) }
        </div>
    }
}

#[function_component(SpfTool)]
pub fn spf_tool(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let mx = use_state(|| true);
    let a = use_state(|| false);
    let ip4 = use_state(String::new);
    let ip6 = use_state(String::new);
    let includes = use_state(String::new);
    let all = use_state(|| "~".to_string());
    let redirect = use_state(String::new);
    let domain = use_state(String::new);
    let record = use_state(String::new);
    let busy = use_state(|| false);
    let lint = use_state(|| None::<Rc<SpfLint>>);

    let all_q = qualifier(&all);
    let form = SpfForm {
        mx: *mx,
        a: *a,
        ip4: items(&ip4),
        ip6: items(&ip6),
        includes: items(&includes),
        all: all_q,
        redirect: Some(redirect.trim().to_string()).filter(|r| all_q.is_none() && !r.is_empty()),
    };
    let built = spf::build(&form);

    let toggle = |h: &UseStateHandle<bool>| {
        let h = h.clone();
        Callback::from(move |_: Event| h.set(!*h))
    };
    let run = |typed: bool| {
        let host = props.host.clone();
        let (domain, record, busy, lint) =
            (domain.clone(), record.clone(), busy.clone(), lint.clone());
        Callback::from(move |_: MouseEvent| {
            let d = domain.trim().to_string();
            if d.is_empty() && !typed {
                host.error(crate::app_text!(Msg::SpfEnterDomain));
                return;
            }
            let Some(res) = host.resolver() else { return };
            let r = record.to_string();
            let (busy, lint) = (busy.clone(), lint.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let out = if typed {
                    spf::lint_record(&res, &d, &r).await
                } else {
                    spf::lint_domain(&res, &d).await
                };
                lint.set(Some(Rc::new(out)));
                busy.set(false);
            });
        })
    };
    let use_built = {
        let record = record.clone();
        let r = built.record.clone();
        Callback::from(move |_: MouseEvent| record.set(r.clone()))
    };

    html! {
        <section class="panel" aria-labelledby="spf-tool-title" data-testid="spf-tool">
            <h2 id="spf-tool-title">{ lang.t(Msg::SpfRecordTitle) }</h2>
            <fieldset>
                <legend>{ lang.t(Msg::Build) }</legend>
                <div class="row">
                    <label><input type="checkbox" checked={*mx} onchange={toggle(&mx)} data-testid="spf-mx" />{ " " }{ lang.t(Msg::SpfMx) }</label>
                    <label><input type="checkbox" checked={*a} onchange={toggle(&a)} data-testid="spf-a" />{ " " }{ lang.t(Msg::SpfA) }</label>
                </div>
                <div class="fields">
                    <div class="field"><label for="spf-ip4">{ lang.t(Msg::SpfIp4) }</label>
                        <input id="spf-ip4" type="text" data-testid="spf-ip4" placeholder="192.0.2.0/24 198.51.100.7" value={(*ip4).clone()} oninput={on_text(&ip4)} /></div>
                    <div class="field"><label for="spf-ip6">{ lang.t(Msg::SpfIp6) }</label>
                        <input id="spf-ip6" type="text" data-testid="spf-ip6" placeholder="2001:db8::/32" value={(*ip6).clone()} oninput={on_text(&ip6)} /></div>
                    <div class="field"><label for="spf-includes">{ lang.t(Msg::SpfIncludes) }</label>
                        <input id="spf-includes" type="text" data-testid="spf-includes" placeholder="_spf.google.com spf.protection.outlook.com" value={(*includes).clone()} oninput={on_text(&includes)} /></div>
                    <div class="field"><label for="spf-all">{ lang.t(Msg::SpfEveryoneElse) }</label>
                        <select id="spf-all" data-testid="spf-all" onchange={on_select(&all)}>
                            { for [("-", Msg::SpfAllFail), ("~", Msg::SpfAllSoftfail), ("?", Msg::SpfAllNeutral), ("+", Msg::SpfAllPass), ("", Msg::SpfNoAll)].into_iter().map(|(v, l)| html! {
                                <option value={v} selected={*all == v}>{ lang.t(l) }</option>
                            }) }
                        </select></div>
                    if all_q.is_none() {
                        <div class="field"><label for="spf-redirect">{ lang.t(Msg::SpfRedirect) }</label>
                            <input id="spf-redirect" type="text" data-testid="spf-redirect" placeholder="_spf.example.com" value={(*redirect).clone()} oninput={on_text(&redirect)} /></div>
                    }
                </div>
                { output(lang, lang.t(Msg::RecordOneLine), "spf-record", &built.record, 2) }
                { output(lang, lang.t(Msg::ForZoneFile), "spf-zone", &built.zone_value, 2) }
                { findings(lang, &built.findings) }
                <button type="button" class="button secondary" onclick={use_built} data-testid="spf-use-built">{ lang.t(Msg::LintBelow) }</button>
            </fieldset>
            <fieldset>
                <legend>{ lang.t(Msg::Lint) }</legend>
                <div class="fields">
                    <div class="field"><label for="spf-domain">{ lang.t(Msg::Domain) }</label>
                        <input id="spf-domain" type="text" data-testid="spf-domain" placeholder="example.org" value={(*domain).clone()} oninput={on_text(&domain)} /></div>
                    <div class="field wide"><label for="spf-typed">{ lang.t(Msg::RecordToLint) }</label>
                        <textarea id="spf-typed" rows="2" spellcheck="false" data-testid="spf-typed" placeholder="v=spf1 mx include:_spf.example.net -all" value={(*record).clone()} oninput={on_text(&record)} /></div>
                </div>
                <div class="row">
                    <button type="button" class="button primary" onclick={run(true)} disabled={*busy || record.trim().is_empty()} data-testid="spf-lint-typed">{ lang.t(Msg::LintThis) }</button>
                    <button type="button" class="button secondary" onclick={run(false)} disabled={*busy} data-testid="spf-lint-domain">{ lang.t(Msg::LintPublished) }</button>
                    if *busy { <span class="spinner" aria-hidden="true"></span><span role="status">{ lang.t(Msg::LookingUp) }</span> }
                </div>
                if let Some(l) = &*lint { { lint_view(lang, l) } }
            </fieldset>
        </section>
    }
}
