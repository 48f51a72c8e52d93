//! Every DNS query the inspection made, in the order it was sent.

use crate::dns::QueryLog;
use crate::i18n::{Lang, Msg};
use yew::prelude::*;

fn row(lang: Lang, i: usize, q: &QueryLog) -> Html {
    let answer = match (&q.error, q.answers.is_empty()) {
        (Some(e), _) => {
            html! { <span class="dns-error" data-i18n="content">{ lang.core(e) }</span> }
        }
        (None, true) => html! { <span class="hint">{ lang.t(Msg::NoRecords) }</span> },
        (None, false) => html! {
            <ul class="answers">{ for q.answers.iter().map(|a| html! { <li><code>{ a.clone() }</code></li> }) }</ul>
        },
    };
    let status_class = match q.status.as_str() {
        "NOERROR" => "ok",
        "NXDOMAIN" => "nx",
        _ => "bad",
    };
    html! {
        <tr data-testid="dns-row">
            <td class="num">{ i + 1 }</td>
            <td><code class="qname">{ q.name.clone() }</code></td>
            <td>{ q.rtype.as_str() }</td>
            <td><span class={classes!("status", status_class)}>{ q.status.clone() }</span></td>
            <td class="answer">{ answer }</td>
            <td class="num">{ q.ttl.map(|t| t.to_string()).unwrap_or_else(|| "–".into()) }</td>
            <td class="num">{ lang.f(Msg::Ms, &[("ms", &format!("{:.0}", q.elapsed_ms))]) }</td>
            <td class="num">{ if q.shared > 0 { format!("+{}", q.shared) } else { String::new() } }</td>
        </tr>
    }
}

pub fn view(lang: Lang, log: &[QueryLog]) -> Html {
    view_with(lang, "dns-title", None, log)
}

/// The log with its own heading id, for a page showing more than one. A tool's
/// log carries the tool's title (`owner`) in its region names: each tool has
/// one, and regions with the same name cannot be told apart.
pub fn view_with(lang: Lang, title_id: &str, owner: Option<&str>, log: &[QueryLog]) -> Html {
    let resolver = log.first().map(|q| q.resolver.clone()).unwrap_or_default();
    let heading = lang.f(Msg::DnsQueriesCount, &[("n", &log.len())]);
    let (section_name, table_name) = match owner {
        Some(o) => (
            Some(format!("{o}: {heading}")),
            format!("{o}: {}", lang.t(Msg::DnsQueryLog)),
        ),
        None => (None, lang.t(Msg::DnsQueryLog).to_string()),
    };
    let labelled_by = section_name.is_none().then(|| title_id.to_string());
    html! {
        <section class="panel" aria-labelledby={labelled_by} aria-label={section_name} data-testid="dns-log">
            <h2 id={title_id.to_string()}>{ heading }</h2>
            if log.is_empty() {
                <p class="hint">{ lang.t(Msg::NoDnsNeeded) }</p>
            } else {
                <p class="hint">{ lang.f(Msg::ResolverShared, &[("resolver", &resolver)]) }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label={table_name}>
                    <table class="dns">
                        <thead><tr>
                            <th scope="col">{ "#" }</th><th scope="col">{ lang.t(Msg::ColName) }</th><th scope="col">{ lang.t(Msg::ColType) }</th>
                            <th scope="col">{ lang.t(Msg::ColStatus) }</th><th scope="col">{ lang.t(Msg::ColAnswer) }</th><th scope="col">{ "TTL" }</th>
                            <th scope="col">{ lang.t(Msg::ColTime) }</th><th scope="col">{ lang.t(Msg::ColShared) }</th>
                        </tr></thead>
                        <tbody>{ for log.iter().enumerate().map(|(i, q)| row(lang, i, q)) }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
