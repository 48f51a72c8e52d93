//! The domain check: SPF, DMARC, MX, DKIM at the chosen selectors, MTA-STS
//! and TLS-RPT, DANE, BIMI and DNSSEC in one go, with every DNS query; the
//! documents on web servers (the MTA-STS policy, the BIMI logo and mark
//! certificate) pasted or dropped, since their servers refuse this page a
//! cross-origin read, and read again as they change.

use super::{findings, items, on_text, Host, Props};
use crate::app::dnslog;
use crate::app::drop::{use_file_drop, DropConfig};
use crate::builder::domain::{self, Documents, DomainCheck, TxtCheck};
use crate::i18n::phrases::domain::Domain;
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
            { policy_view(lang, c) }
            { txt(lang, lang.t(Msg::TlsRpt), &c.tls_rpt) }
            { dane_view(lang, c) }
            { bimi_view(lang, c) }
            <h4>{ lang.t(Msg::DnssecTitle) }</h4>
            <div data-testid="domain-dnssec">{ findings(lang, &c.dnssec_findings) }</div>
            { dnslog::view_with(lang, "domain-dns-title", Some(lang.t(Msg::DomainCheckTitle)), &c.dns) }
        </div>
    }
}

fn policy_view(lang: Lang, c: &DomainCheck) -> Html {
    let Some(p) = &c.mta_sts_policy else {
        return Html::default();
    };
    html! {
        <div data-testid="domain-mta-sts-policy">
            <h4>{ lang.t(Msg::MtaStsPolicyTitle) }</h4>
            <p class="hint">{ lang.core(&p.source) }</p>
            <ul class="aar-list">
                { for p.matches.iter().map(|m| html! {
                    <li><code>{ m.host.clone() }</code>{ " → " }
                        if let Some(pattern) = &m.pattern { <code>{ pattern.clone() }</code> }
                        else { <span class="status bad">{ lang.t(Msg::NoMatchingPattern) }</span> }
                    </li>
                }) }
            </ul>
            { findings(lang, &p.findings) }
        </div>
    }
}

fn dane_view(lang: Lang, c: &DomainCheck) -> Html {
    html! {
        <div data-testid="domain-dane">
            <h4>{ lang.t(Msg::DaneTitle) }</h4>
            { for c.dane.iter().map(|d| html! {
                <>
                    <p><code>{ d.name.clone() }</code></p>
                    <ul class="aar-list">
                        { for d.records.iter().map(|r| html! {
                            <li><code translate="no">{ format!("{} {} {} {}", r.usage, r.selector, r.matching, r.data) }</code>
                                { " — " }{ lang.core(&r.meaning) }</li>
                        }) }
                    </ul>
                    { findings(lang, &d.findings) }
                </>
            }) }
        </div>
    }
}

fn bimi_view(lang: Lang, c: &DomainCheck) -> Html {
    let b = &c.bimi;
    html! {
        <div data-testid="domain-bimi">
            <h4>{ lang.t(Msg::BimiTitle) }</h4>
            <p><code>{ b.name.clone() }</code>{ ": " }
                if let Some(r) = &b.record { <code>{ r.clone() }</code> } else { <span class="hint">{ lang.t(Msg::NoRecord) }</span> }
            </p>
            { findings(lang, &b.findings) }
            if let Some(svg) = &b.svg { <div data-testid="domain-bimi-svg">{ findings(lang, &svg.findings) }</div> }
            if let Some(vmc) = &b.vmc {
                <div data-testid="domain-bimi-vmc">
                    <h5>{ lang.t(Msg::CertificateChain) }</h5>
                    <ol>
                        { for vmc.certificates.iter().map(|cert| html! {
                            <li>{ lang.f(Msg::IssuedBy, &[("subject", &cert.subject), ("issuer", &cert.issuer)]) }</li>
                        }) }
                    </ol>
                    { findings(lang, &vmc.findings) }
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DocumentProps {
    id: &'static str,
    label: Msg,
    value: UseStateHandle<String>,
    host: Host,
}

/// A pasted document with a file picker and a drop zone.
#[function_component(DocumentField)]
fn document_field(props: &DocumentProps) -> Html {
    let lang = crate::app::lang::use_lang();
    let value = props.value.clone();
    let drop = use_file_drop(DropConfig {
        max_bytes: 1_048_576.0,
        max_files: 1,
        too_large: |name, size| crate::app_text!(Msg::FileTooLarge, name = name, size = size),
        on_file: {
            let value = value.clone();
            Callback::from(move |(_, bytes): (String, Vec<u8>)| {
                value.set(String::from_utf8_lossy(&bytes).into_owned())
            })
        },
        on_text: {
            let value = value.clone();
            Callback::from(move |text: String| {
                if !text.is_empty() {
                    value.set(text)
                }
            })
        },
        on_error: {
            let host = props.host.clone();
            Callback::from(move |e| host.error(e))
        },
    });
    let file_id = format!("{}-file", props.id);
    html! {
        <div class={classes!("field", "wide", "dropzone", drop.dragging.then_some("dragging"))}
            ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
            <label for={props.id}>{ lang.t(props.label) }</label>
            <textarea id={props.id} rows="4" spellcheck="false" translate="no" data-testid={props.id}
                value={(*value).clone()} oninput={on_text(&value)} />
            <label for={file_id.clone()} class="hint">{ lang.t(Msg::OpenFile) }</label>
            <input id={file_id.clone()} type="file" data-testid={file_id} onchange={drop.onpick} />
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
    // The DNS part, kept as it came; the documents are read into a copy.
    let out = use_state(|| None::<Rc<DomainCheck>>);
    let policy = use_state(String::new);
    let svg = use_state(String::new);
    let cert = use_state(String::new);
    let shown = {
        let key = (
            (*out).as_ref().map(|c| Rc::as_ptr(c) as usize),
            (*policy).clone(),
            (*svg).clone(),
            (*cert).clone(),
        );
        let out = (*out).clone();
        use_memo(key, move |(_, policy, svg, cert)| {
            out.map(|c| Rc::new(with_documents(&c, policy, svg, cert)))
        })
    };

    let run = {
        let host = props.host.clone();
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
                host.error(crate::app_text!(Msg::EnterDomainToCheck));
                return;
            }
            let Some(res) = host.resolver() else { return };
            let mut selectors: Vec<String> = chosen.iter().cloned().collect();
            for s in items(&extra) {
                if !selectors.contains(&s) {
                    selectors.push(s);
                }
            }
            let (busy, out) = (busy.clone(), out.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let r = domain::check_domain_with(&res, &d, &selectors).await;
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
            if out.is_some() {
                <fieldset data-testid="domain-documents">
                    <legend>{ lang.t(Msg::DomainDocumentsTitle) }</legend>
                    <p class="hint">{ lang.t(Msg::DomainDocumentsHint) }</p>
                    <div class="fields">
                        <DocumentField id="domain-policy" label={Msg::MtaStsPolicyLabel} value={policy.clone()} host={props.host.clone()} />
                        <DocumentField id="domain-svg" label={Msg::BimiSvgLabel} value={svg.clone()} host={props.host.clone()} />
                        <DocumentField id="domain-cert" label={Msg::BimiCertLabel} value={cert.clone()} host={props.host.clone()} />
                    </div>
                </fieldset>
            }
            if let Some(c) = &*shown { { result(lang, c) } }
        </section>
    }
}

/// The DNS part with the pasted documents read in (empty: not given).
fn with_documents(dns: &DomainCheck, policy: &str, svg: &str, cert: &str) -> DomainCheck {
    let given = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
    let docs = Documents {
        mta_sts_policy: given(policy).map(|p| (crate::tr!(Domain::PolicyPasted), p)),
        bimi_svg: given(svg).map(String::into_bytes),
        bimi_certificate: given(cert),
        now: crate::unix_now(),
        ..Default::default()
    };
    let mut check = dns.clone();
    domain::attach_documents(&mut check, &docs, false);
    check
}
