//! The sending host: reverse DNS (iprev) and DNS blocklists.

use super::anchor::anchor_id;
use super::cards;
use crate::auth::dnsbl::{DnsblResult, DnsblStatus};
use crate::i18n::{Lang, Msg};
use crate::report::Report;
use yew::prelude::*;

fn dnsbl_row(lang: Lang, i: usize, d: &DnsblResult) -> Html {
    let (class, word) = match d.status {
        DnsblStatus::Listed => ("bad", Msg::Listed),
        DnsblStatus::NotListed => ("ok", Msg::NotListed),
        DnsblStatus::Unknown => ("nx", Msg::Unknown),
    };
    html! {
        <tr id={anchor_id(&format!("dnsbl[{i}]"))} data-testid="dnsbl-row">
            <td><code>{ d.zone.clone() }</code></td>
            <td><span class={classes!("status", class)}>{ lang.t(word) }</span></td>
            <td data-i18n="content">
                { for d.meaning.iter().map(|m| html! { <div>{ lang.core(m) }</div> }) }
                if let Some(r) = &d.reason { <div class="hint">{ r.clone() }</div> }
                if d.meaning.is_empty() && d.reason.is_none() { <span class="hint">{ lang.core(&d.step.text) }</span> }
            </td>
            <td><code class="qname">{ d.query.clone() }</code></td>
        </tr>
    }
}

pub fn view(lang: Lang, r: &Report) -> Html {
    html! {
        <section class="panel" aria-labelledby="host-title" data-testid="sending-host">
            <h2 id="host-title">{ lang.t(Msg::SendingHost) }</h2>
            <div class="cards">{ cards::iprev(lang, r) }</div>
            <h3>{ lang.t(Msg::DnsBlocklists) }</h3>
            if r.dnsbl.is_empty() {
                <p class="hint">{ lang.t(Msg::NoBlocklist) }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::DnsBlocklists)}>
                    <table class="dns" data-testid="dnsbl">
                        <thead><tr>
                            <th scope="col">{ lang.t(Msg::ColZone) }</th><th scope="col">{ lang.t(Msg::ColStatus) }</th>
                            <th scope="col">{ lang.t(Msg::ColMeaning) }</th><th scope="col">{ lang.t(Msg::ColQuery) }</th>
                        </tr></thead>
                        <tbody>{ for r.dnsbl.iter().enumerate().map(|(i, d)| dnsbl_row(lang, i, d)) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
