//! The sending host: reverse DNS (iprev) and DNS blocklists.

use super::anchor::anchor_id;
use super::cards;
use crate::auth::dnsbl::{DnsblResult, DnsblStatus};
use crate::report::Report;
use yew::prelude::*;

fn dnsbl_row(i: usize, d: &DnsblResult) -> Html {
    let (class, word) = match d.status {
        DnsblStatus::Listed => ("bad", "listed"),
        DnsblStatus::NotListed => ("ok", "not listed"),
        DnsblStatus::Unknown => ("nx", "unknown"),
    };
    html! {
        <tr id={anchor_id(&format!("dnsbl[{i}]"))} data-testid="dnsbl-row">
            <td><code>{ d.zone.clone() }</code></td>
            <td><span class={classes!("status", class)}>{ word }</span></td>
            <td>
                { for d.meaning.iter().map(|m| html! { <div>{ m.clone() }</div> }) }
                if let Some(r) = &d.reason { <div class="hint">{ r.clone() }</div> }
                if d.meaning.is_empty() && d.reason.is_none() { <span class="hint">{ d.step.text.clone() }</span> }
            </td>
            <td><code class="qname">{ d.query.clone() }</code></td>
        </tr>
    }
}

pub fn view(r: &Report) -> Html {
    html! {
        <section class="panel" aria-labelledby="host-title" data-testid="sending-host">
            <h2 id="host-title">{ "The sending host" }</h2>
            <div class="cards">{ cards::iprev(r) }</div>
            <h3>{ "DNS blocklists" }</h3>
            if r.dnsbl.is_empty() {
                <p class="hint">{ "No blocklist was queried (no public client address)." }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label="DNS blocklists">
                    <table class="dns" data-testid="dnsbl">
                        <thead><tr>
                            <th scope="col">{ "Zone" }</th><th scope="col">{ "Status" }</th>
                            <th scope="col">{ "Meaning" }</th><th scope="col">{ "Query" }</th>
                        </tr></thead>
                        <tbody>{ for r.dnsbl.iter().enumerate().map(|(i, d)| dnsbl_row(i, d)) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
