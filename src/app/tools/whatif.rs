//! DMARC "what if": a From address and supposed SPF and DKIM results, and
//! the verdicts under RFC 9989 and RFC 7489 side by side, each with its
//! trace (the tree walk step by step) and the DNS queries in the order they
//! were started. The same `auth::dmarc::what_if` as `headerscope dmarc`.

use super::{on_select, on_text, Props};
use crate::app::{dnslog, trace};
use crate::auth::dmarc::{what_if, WhatIf};
use crate::dns::{QueryLog, Recorder};
use crate::i18n::{Lang, Msg};
use crate::report::{AuthResult, DmarcReport, DmarcVerdict};
use std::rc::Rc;
use yew::prelude::*;

const RESULTS: [AuthResult; 7] = [
    AuthResult::Pass,
    AuthResult::Fail,
    AuthResult::SoftFail,
    AuthResult::Neutral,
    AuthResult::None,
    AuthResult::TempError,
    AuthResult::PermError,
];

/// The DKIM lines: `d=` domain, then optionally its result (pass when left out).
fn dkim_lines(text: &str) -> Result<Vec<(String, AuthResult)>, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut words = l.split(|c: char| c.is_whitespace() || c == '=' || c == ',');
            let domain = words.next().unwrap_or_default().trim_start_matches("d=");
            let result = match words.find(|w| !w.is_empty()) {
                Some(w) => {
                    AuthResult::parse(&w.to_ascii_lowercase()).ok_or_else(|| l.to_string())?
                }
                None => AuthResult::Pass,
            };
            Ok((domain.to_ascii_lowercase(), result))
        })
        .collect()
}

fn verdict(lang: Lang, id: &str, title: &str, v: &DmarcVerdict) -> Html {
    html! {
        <div class="whatif-verdict" data-testid={format!("whatif-{id}")}>
            <h3>
                { format!("{title} ") }
                <span class={classes!("verdict", format!("r-{}", v.result.as_str()))} data-testid={format!("whatif-{id}-result")}>{ v.result.as_str() }</span>
            </h3>
            <dl class="facts">
                <dt>{ lang.t(Msg::WhatIfPolicy) }</dt>
                <dd translate="no">{ v.policy.clone().unwrap_or_else(|| "-".into()) }</dd>
                <dt>{ lang.t(Msg::WhatIfDisposition) }</dt>
                <dd data-i18n="content">{ lang.core(&v.disposition) }</dd>
                <dt>{ lang.t(Msg::WhatIfRecord) }</dt>
                <dd><code translate="no">{ v.record_domain.as_deref().map(|d| format!("_dmarc.{d}")).unwrap_or_else(|| "-".into()) }</code></dd>
                <dt>{ lang.t(Msg::WhatIfOrgDomain) }</dt>
                <dd translate="no">{ v.org_domain.clone().unwrap_or_else(|| "-".into()) }</dd>
            </dl>
            { trace::view_at(lang, &format!("whatif.{id}.trace"), &v.trace) }
        </div>
    }
}

#[function_component(WhatIfTool)]
pub fn what_if_tool(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let from = use_state(String::new);
    let spf_domain = use_state(String::new);
    let spf_result = use_state(|| "pass".to_string());
    let dkim = use_state(String::new);
    let busy = use_state(|| false);
    let out = use_state(|| None::<Rc<(DmarcReport, Vec<QueryLog>)>>);

    let run = {
        let host = props.host.clone();
        let (from, spf_domain, spf_result, dkim, busy, out) = (
            from.clone(),
            spf_domain.clone(),
            spf_result.clone(),
            dkim.clone(),
            busy.clone(),
            out.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let addresses = super::items(&from);
            if addresses.is_empty() {
                host.error(crate::app_text!(Msg::WhatIfEnterFrom));
                return;
            }
            let dkim = match dkim_lines(&dkim) {
                Ok(d) => d,
                Err(line) => {
                    host.error(crate::app_text!(Msg::WhatIfBadDkim, line = line));
                    return;
                }
            };
            let spf = Some(spf_domain.trim().to_ascii_lowercase())
                .filter(|d| !d.is_empty())
                .map(|d| {
                    (
                        d,
                        AuthResult::parse(&spf_result).unwrap_or(AuthResult::Pass),
                    )
                });
            let query = WhatIf {
                from: addresses,
                spf,
                dkim,
            };
            let Some(res) = host.resolver() else { return };
            let (busy, out, host) = (busy.clone(), out.clone(), host.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let recorder = Recorder::new(&res);
                match what_if(&recorder, &query).await {
                    Ok(report) => out.set(Some(Rc::new((report, recorder.log())))),
                    Err(addr) => host.error(crate::app_text!(Msg::WhatIfNoDomain, addr = addr)),
                }
                busy.set(false);
            });
        })
    };

    html! {
        <section class="panel" aria-labelledby="whatif-tool-title" data-testid="whatif-tool">
            <h2 id="whatif-tool-title">{ lang.t(Msg::WhatIfTitle) }</h2>
            <p class="hint">{ lang.t(Msg::WhatIfHint) }</p>
            <form onsubmit={run}>
                <div class="fields">
                    <div class="field"><label for="whatif-from">{ lang.t(Msg::WhatIfFrom) }</label>
                        <input id="whatif-from" type="text" data-testid="whatif-from" placeholder="user@mail.example.org" translate="no" value={(*from).clone()} oninput={on_text(&from)} /></div>
                    <div class="field"><label for="whatif-spf">{ lang.t(Msg::WhatIfSpfDomain) }</label>
                        <input id="whatif-spf" type="text" data-testid="whatif-spf" placeholder="bounce.example.org" translate="no" value={(*spf_domain).clone()} oninput={on_text(&spf_domain)} /></div>
                    <div class="field"><label for="whatif-spf-result">{ lang.t(Msg::WhatIfSpfResult) }</label>
                        <select id="whatif-spf-result" data-testid="whatif-spf-result" translate="no" onchange={on_select(&spf_result)}>
                            { for RESULTS.iter().map(|r| html! { <option value={r.as_str()} selected={*spf_result == r.as_str()}>{ r.as_str() }</option> }) }
                        </select></div>
                    <div class="field"><label for="whatif-dkim">{ lang.t(Msg::WhatIfDkim) }</label>
                        <textarea id="whatif-dkim" rows="3" data-testid="whatif-dkim" placeholder={"example.org pass\nesp.example.net fail"} translate="no" spellcheck="false" value={(*dkim).clone()} oninput={on_text(&dkim)} /></div>
                </div>
                <div class="row">
                    <button type="submit" class="button primary" disabled={*busy} data-testid="whatif-run">{ lang.t(Msg::WhatIfRun) }</button>
                    if *busy { <span class="spinner" aria-hidden="true"></span><span role="status">{ lang.t(Msg::LookingUp) }</span> }
                </div>
            </form>
            if let Some(r) = &*out {
                <div class="whatif-result" data-testid="whatif-result">
                    <div class="side-by-side">
                        { verdict(lang, "rfc9989", "RFC 9989", &r.0.rfc9989) }
                        { verdict(lang, "rfc7489", "RFC 7489", &r.0.rfc7489) }
                    </div>
                    { dnslog::view_with(lang, "whatif-dns-title", Some(lang.t(Msg::WhatIfTitle)), &r.1) }
                </div>
            }
        </section>
    }
}
