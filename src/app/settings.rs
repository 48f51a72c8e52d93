//! The DNS-over-HTTPS resolver choice: three public services or a custom URL.

use super::state::{Action, AppState, Provider};
use crate::dns::doh::DohFormat;
use crate::i18n::Msg;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

#[function_component(ResolverSettings)]
pub fn resolver_settings(props: &Props) -> Html {
    let state = props.state.clone();
    let lang = super::lang::use_lang();
    let settings = &state.settings;
    let on_provider = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::SetProvider(Provider::from_id(&sel.value())));
        })
    };
    let on_url = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetCustomUrl(input.value()));
        })
    };
    let on_format = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let f = if sel.value() == "wire" {
                DohFormat::Wire
            } else {
                DohFormat::Json
            };
            state.dispatch(Action::SetCustomFormat(f));
        })
    };
    let on_records = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::SetOfflineRecords(ta.value()));
        })
    };
    let custom = settings.provider == Provider::Custom;
    let offline = settings.provider == Provider::Offline;
    let no_dns = settings.provider == Provider::NoDns;
    html! {
        <fieldset class="resolver">
            <legend>{ lang.t(Msg::DnsResolver) }</legend>
            <div class="fields">
                <div class="field">
                    <label for="doh-provider">{ lang.t(Msg::DohService) }</label>
                    <select id="doh-provider" data-testid="doh-provider" onchange={on_provider}>
                        { for Provider::ALL.iter().map(|p| html! {
                            <option value={p.id()} selected={*p == settings.provider}>{ p.label(lang) }</option>
                        }) }
                    </select>
                </div>
                if custom {
                    <div class="field wide">
                        <label for="doh-custom-url">{ lang.t(Msg::ProviderCustom) }</label>
                        <input id="doh-custom-url" data-testid="doh-custom-url" type="url" spellcheck="false"
                            placeholder="https://dns.example.net/dns-query" translate="no"
                            value={settings.custom_url.clone()} oninput={on_url}
                            aria-describedby="doh-custom-url-hint" />
                        <small id="doh-custom-url-hint" class="hint">
                            { lang.t(Msg::CustomUrlHint) }
                        </small>
                    </div>
                    <div class="field">
                        <label for="doh-custom-format">{ lang.t(Msg::Format) }</label>
                        <select id="doh-custom-format" data-testid="doh-custom-format" onchange={on_format} translate="no">
                            <option value="json" selected={settings.custom_format == DohFormat::Json}>
                                { "JSON (application/dns-json)" }
                            </option>
                            <option value="wire" selected={settings.custom_format == DohFormat::Wire}>
                                { "RFC 8484 wire (application/dns-message)" }
                            </option>
                        </select>
                    </div>
                }
                if no_dns {
                    <p class="hint field wide" data-testid="no-dns-hint">{ lang.t(Msg::NoDnsHint) }</p>
                }
                if offline {
                    <div class="field wide offline-records">
                        <label for="offline-records">{ lang.t(Msg::OfflineRecordsLabel) }</label>
                        <textarea id="offline-records" data-testid="offline-records" spellcheck="false"
                            autocomplete="off" aria-describedby="offline-records-hint" rows="6" translate="no"
                            placeholder={"$TTL 300\nexample.org.              TXT \"v=spf1 ip4:192.0.2.7 -all\"\n_dmarc.example.org.       TXT \"v=DMARC1; p=reject\"\nsel._domainkey.example.org. TXT \"v=DKIM1; k=rsa; p=MIIB...\""}
                            value={settings.offline_records.clone()} oninput={on_records} />
                        <small id="offline-records-hint" class="hint">
                            { lang.t(Msg::OfflineRecordsHint) }
                        </small>
                    </div>
                }
            </div>
        </fieldset>
    }
}
