//! DKIM: key generation (in this browser; the private key never leaves it)
//! with the DNS record and the OpenDKIM/amavis snippets, and the check that a
//! private key matches the published record.

use super::{findings, on_select, on_text, output, Props};
use crate::app::dnslog;
use crate::builder::dkim::{self, GeneratedKey, KeyMatch, KeyRequest, KeyType};
use crate::i18n::{Lang, Msg};
use std::rc::Rc;
use yew::prelude::*;

fn type_id(k: KeyType) -> &'static str {
    match k {
        KeyType::Rsa1024 => "rsa-1024",
        KeyType::Rsa2048 => "rsa-2048",
        KeyType::Rsa3072 => "rsa-3072",
        KeyType::Rsa4096 => "rsa-4096",
        KeyType::Ed25519 => "ed25519",
    }
}

fn key_view(lang: Lang, k: &GeneratedKey) -> Html {
    html! {
        <div class="generated" data-testid="dkim-generated">
            <p class="privacy">{ if k.note == dkim::PRIVACY_NOTE { lang.t(Msg::DkimPrivacy).to_string() } else { k.note.clone() } }</p>
            <p>{ lang.f(Msg::KeyBits, &[("type", &match k.key_type { KeyType::Ed25519 => "Ed25519", _ => "RSA" }), ("bits", &k.bits)]) }<code data-testid="dkim-record-name">{ k.record_name.clone() }</code>{ "." }</p>
            { output(lang, lang.t(Msg::TxtOneLine), "dkim-txt", &k.txt_record, 3) }
            { output(lang, lang.t(Msg::BindZoneFile), "dkim-bind", &k.bind_record, 6) }
            { output(lang, lang.t(Msg::PrivPkcs8), "dkim-pkcs8", &k.private_key_pkcs8_pem, 8) }
            if let Some(p1) = &k.private_key_pkcs1_pem {
                { output(lang, lang.t(Msg::PrivPkcs1), "dkim-pkcs1", p1, 8) }
            }
            { output(lang, "OpenDKIM KeyTable", "dkim-keytable", &k.opendkim_key_table, 2) }
            { output(lang, "OpenDKIM SigningTable", "dkim-signingtable", &k.opendkim_signing_table, 2) }
            { output(lang, "amavisd.conf", "dkim-amavis", &k.amavis, 2) }
        </div>
    }
}

fn match_view(lang: Lang, m: &KeyMatch) -> Html {
    html! {
        <div data-testid="dkim-match">
            <p class={classes!("status", if m.matches { "ok" } else { "bad" })} data-testid="dkim-match-summary" data-i18n="content">{ lang.core(&m.summary) }</p>
            <dl class="facts-grid">
                <dt>{ lang.t(Msg::Record) }</dt><dd><code>{ m.record_name.clone() }</code></dd>
                if let Some(p) = &m.private_key { <dt>{ lang.t(Msg::PrivateKey) }</dt><dd data-i18n="content">{ lang.core(p) }</dd> }
                if let Some(p) = &m.published { <dt>{ lang.t(Msg::Published) }</dt><dd><code>{ p.record.clone() }</code></dd> }
            </dl>
            { findings(lang, &m.findings) }
            { dnslog::view_with(lang, "dkim-dns-title", Some(lang.t(Msg::DkimKeyTitle)), &m.dns) }
        </div>
    }
}

#[function_component(DkimTool)]
pub fn dkim_tool(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    html! {
        <section class="panel" aria-labelledby="dkim-tool-title" data-testid="dkim-tool">
            <h2 id="dkim-tool-title">{ lang.t(Msg::DkimKeyTitle) }</h2>
            <DkimKeyGenerator host={props.host.clone()} />
            <DkimKeyMatch host={props.host.clone()} />
        </section>
    }
}

/// A new key pair made in the browser, with the record to publish.
#[function_component(DkimKeyGenerator)]
fn dkim_key_generator(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let key_type = use_state(|| "rsa-2048".to_string());
    let selector = use_state(|| "mail".to_string());
    let domain = use_state(String::new);
    let generating = use_state(|| false);
    let key = use_state(|| None::<Rc<GeneratedKey>>);

    let generate = {
        let host = props.host.clone();
        let (key_type, selector, domain, generating, key) = (
            key_type.clone(),
            selector.clone(),
            domain.clone(),
            generating.clone(),
            key.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let kt = KeyType::ALL
                .into_iter()
                .find(|k| type_id(*k) == key_type.as_str())
                .unwrap_or_default();
            let req = KeyRequest {
                key_type: kt,
                selector: selector.trim().to_string(),
                domain: domain.trim().to_string(),
                ttl: None,
            };
            let (host, generating, key) = (host.clone(), generating.clone(), key.clone());
            generating.set(true);
            key.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                // Generation blocks this thread for up to seconds (RSA 4096):
                // give the browser a frame to paint the progress state first.
                gloo_timers::future::TimeoutFuture::new(50).await;
                match dkim::generate_key(&req) {
                    Ok(k) => key.set(Some(Rc::new(k))),
                    Err(e) => host.error(crate::app_text!(Msg::KeyGenFailed, error = e)),
                }
                generating.set(false);
            });
        })
    };
    html! {
    <fieldset>
        <legend>{ lang.t(Msg::GenerateKeyPair) }</legend>
        <p class="hint">{ lang.t(Msg::DkimPrivacy) }</p>
        <div class="fields">
            <div class="field"><label for="dkim-type">{ lang.t(Msg::KeyType) }</label>
                <select id="dkim-type" data-testid="dkim-type" translate="no" onchange={on_select(&key_type)}>
                    { for KeyType::ALL.into_iter().map(|k| html! {
                        <option value={type_id(k)} selected={*key_type == type_id(k)}>{ lang.core(&k.label()) }</option>
                    }) }
                </select></div>
            <div class="field"><label for="dkim-selector">{ lang.t(Msg::Selector) }</label>
                <input id="dkim-selector" type="text" data-testid="dkim-selector" value={(*selector).clone()} oninput={on_text(&selector)} /></div>
            <div class="field"><label for="dkim-domain">{ lang.t(Msg::Domain) }</label>
                <input id="dkim-domain" type="text" data-testid="dkim-domain" placeholder="example.org" value={(*domain).clone()} oninput={on_text(&domain)} /></div>
        </div>
        <div class="row">
            <button type="button" class="button primary" onclick={generate} disabled={*generating} aria-busy={generating.to_string()} data-testid="dkim-generate">
                { if *generating { lang.t(Msg::Generating) } else { lang.t(Msg::Generate) } }
            </button>
            if *generating {
                <span class="progress" role="status" data-testid="dkim-progress"><span class="spinner" aria-hidden="true"></span>{ lang.t(Msg::GeneratingKey) }</span>
            }
        </div>
        if let Some(k) = &*key { { key_view(lang, k) } }
    </fieldset>
    }
}

/// A private key checked against the public key published for a selector.
#[function_component(DkimKeyMatch)]
fn dkim_key_match(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let pem = use_state(String::new);
    let m_selector = use_state(String::new);
    let m_domain = use_state(String::new);
    let checking = use_state(|| false);
    let matched = use_state(|| None::<Rc<KeyMatch>>);

    let check = {
        let host = props.host.clone();
        let (pem, m_selector, m_domain, checking, matched) = (
            pem.clone(),
            m_selector.clone(),
            m_domain.clone(),
            checking.clone(),
            matched.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(res) = host.resolver() else { return };
            let (p, s, d) = (
                pem.to_string(),
                m_selector.trim().to_string(),
                m_domain.trim().to_string(),
            );
            let (checking, matched) = (checking.clone(), matched.clone());
            checking.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let out = dkim::check_key_match(&res, &p, &s, &d).await;
                matched.set(Some(Rc::new(out)));
                checking.set(false);
            });
        })
    };

    html! {
    <fieldset>
        <legend>{ lang.t(Msg::KeyMatchTitle) }</legend>
        <div class="fields">
            <div class="field"><label for="match-selector">{ lang.t(Msg::Selector) }</label>
                <input id="match-selector" type="text" data-testid="match-selector" value={(*m_selector).clone()} oninput={on_text(&m_selector)} /></div>
            <div class="field"><label for="match-domain">{ lang.t(Msg::Domain) }</label>
                <input id="match-domain" type="text" data-testid="match-domain" value={(*m_domain).clone()} oninput={on_text(&m_domain)} /></div>
            <div class="field wide"><label for="match-pem">{ lang.t(Msg::PrivateKeyPem) }</label>
                <textarea id="match-pem" rows="5" spellcheck="false" autocomplete="off" data-testid="match-pem" value={(*pem).clone()} oninput={on_text(&pem)} /></div>
        </div>
        <div class="row">
            <button type="button" class="button secondary" onclick={check} disabled={*checking} data-testid="dkim-check-match">{ lang.t(Msg::Check) }</button>
            if *checking { <span class="spinner" aria-hidden="true"></span><span role="status">{ lang.t(Msg::LookingUp) }</span> }
        </div>
        if let Some(m) = &*matched { { match_view(lang, m) } }
    </fieldset>
    }
}
