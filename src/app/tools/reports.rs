//! The DMARC aggregate report viewer: a dropped or picked .xml, .xml.gz or
//! .zip file read by `crate::reports` (bounded decompression), its sources
//! as a sortable table with totals, and PTR names filled in over DoH.

use super::{resolver, Props};
use crate::app::state::{Action, AppState};
use crate::reports::{self, AggregateReport, SortColumn, SourceRow};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Larger files are no DMARC report; refused before reading them in.
const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

const COLUMNS: [(SortColumn, &str); 9] = [
    (SortColumn::SourceIp, "Source IP"),
    (SortColumn::Ptr, "Name (PTR)"),
    (SortColumn::Count, "Messages"),
    (SortColumn::HeaderFrom, "Header From"),
    (SortColumn::EnvelopeFrom, "Envelope From"),
    (SortColumn::Spf, "SPF aligned"),
    (SortColumn::Dkim, "DKIM aligned"),
    (SortColumn::Dmarc, "DMARC"),
    (SortColumn::Disposition, "Disposition"),
];

fn load(
    state: UseReducerHandle<AppState>,
    report: UseStateHandle<Option<Rc<AggregateReport>>>,
    file: web_sys::File,
) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        state.dispatch(Action::Error(format!(
            "'{name}' is {:.1} MB: too large for a DMARC aggregate report (the limit is 20 MB).",
            file.size() / 1_048_576.0
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            Err(_) => {
                return state.dispatch(Action::Error(format!(
                    "'{name}' could not be read by the browser."
                )))
            }
        };
        match reports::read_report(&name, &bytes) {
            Ok(mut r) => {
                report.set(Some(Rc::new(r.clone())));
                // The names come later: the table is useful before DNS answers.
                if let Some(res) = resolver(&state) {
                    reports::resolve_ptrs(&res, &mut r).await;
                    report.set(Some(Rc::new(r)));
                }
            }
            Err(e) => state.dispatch(Action::Error(format!(
                "'{name}' cannot be read as a DMARC aggregate report: {e}"
            ))),
        }
    });
}

fn yes(b: bool) -> Html {
    html! { <span class={classes!("status", if b { "ok" } else { "bad" })}>{ if b { "pass" } else { "fail" } }</span> }
}

fn row(r: &SourceRow) -> Html {
    html! {
        <tr data-testid="report-row">
            <td><code>{ r.source_ip.clone().unwrap_or_default() }</code></td>
            <td>{ r.ptr.clone().unwrap_or_default() }</td>
            <td class="num">{ r.count }</td>
            <td>{ r.header_from.clone() }</td>
            <td>{ r.envelope_from.clone() }</td>
            <td>{ yes(r.spf_aligned) }<div class="hint">{ r.spf_results.join(", ") }</div></td>
            <td>{ yes(r.dkim_aligned) }<div class="hint">{ r.dkim_results.join(", ") }</div></td>
            <td>{ yes(r.dmarc_pass) }</td>
            <td>{ r.disposition.clone() }
                if !r.reasons.is_empty() { <div class="hint">{ r.reasons.join(", ") }</div> }
            </td>
        </tr>
    }
}

fn date(secs: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(secs as f64 * 1000.0));
    String::from(d.to_iso_string())
}

#[function_component(ReportTool)]
pub fn report_tool(props: &Props) -> Html {
    let report = use_state(|| None::<Rc<AggregateReport>>);
    let sort = use_state(|| (SortColumn::Count, true));
    let dragging = use_state(|| false);

    let on_pick = {
        let (state, report) = (props.state.clone(), report.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|f| f.get(0)) {
                load(state.clone(), report.clone(), f);
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (state, report, dragging) = (props.state.clone(), report.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            match e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                Some(f) => load(state.clone(), report.clone(), f),
                None => state.dispatch(Action::Error(
                    "Drop a report file (.xml, .xml.gz or .zip).".into(),
                )),
            }
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    let table = report.as_ref().map(|r| {
        let (col, desc) = *sort;
        let mut rows = r.rows.clone();
        reports::sort_rows(&mut rows, col, desc);
        let t = &r.totals;
        let header = |(c, label): (SortColumn, &str)| {
            let onclick = {
                let sort = sort.clone();
                Callback::from(move |_: MouseEvent| {
                    let (cur, d) = *sort;
                    sort.set((c, if cur == c { !d } else { c == SortColumn::Count }));
                })
            };
            let aria = if c == col { if desc { "descending" } else { "ascending" } } else { "none" };
            let arrow = if c == col { if desc { " ▼" } else { " ▲" } } else { "" };
            html! {
                <th scope="col" aria-sort={aria}>
                    <button type="button" class="sort" {onclick} data-testid={format!("sort-{label}")}>{ format!("{label}{arrow}") }</button>
                </th>
            }
        };
        html! {
            <div data-testid="report-view">
                <dl class="facts-grid">
                    <dt>{ "Reporter" }</dt><dd>{ format!("{} <{}>", r.org_name, r.email) }</dd>
                    <dt>{ "Report ID" }</dt><dd><code>{ r.report_id.clone() }</code></dd>
                    <dt>{ "Period" }</dt><dd>{ format!("{} – {}", date(r.begin), date(r.end)) }</dd>
                    <dt>{ "Policy published" }</dt><dd><code>{ format!("{}: p={} sp={} adkim={} aspf={} {}", r.policy.domain, r.policy.p, r.policy.sp, r.policy.adkim, r.policy.aspf, r.policy.pct_or_testing) }</code></dd>
                </dl>
                <p data-testid="report-totals">
                    { format!("{} messages from {} sources. DMARC pass {:.1}%, SPF aligned {:.1}%, DKIM aligned {:.1}%. Disposition: none {}, quarantine {}, reject {}.",
                        t.messages, t.sources, t.dmarc_pass_rate, t.spf_pass_rate, t.dkim_pass_rate,
                        t.disposition_none, t.disposition_quarantine, t.disposition_reject) }
                </p>
                if !r.reporter_errors.is_empty() {
                    <ul class="warnings">{ for r.reporter_errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                }
                <div class="table-scroll" tabindex="0" role="region" aria-label="Report sources">
                    <table class="dns" data-testid="report-table">
                        <thead><tr>{ for COLUMNS.into_iter().map(header) }</tr></thead>
                        <tbody>{ for rows.iter().map(row) }</tbody>
                    </table>
                </div>
                if !r.dns.is_empty() { { crate::app::dnslog::view_with("report-dns-title", &r.dns) } }
            </div>
        }
    });

    html! {
        <section class="panel" aria-labelledby="report-tool-title" data-testid="report-tool">
            <h2 id="report-tool-title">{ "DMARC aggregate report" }</h2>
            <div class={classes!("dropzone", "report-drop", dragging.then_some("dragging"))} data-testid="report-drop"
                ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
                <p class="hint">{ "Drop a report here (.xml, .xml.gz or .zip, as receivers mail them to your rua address), or pick one. It is read in this browser; only the PTR look-ups of the source addresses go to the resolver." }</p>
                <label class="button secondary" for="report-file">{ "Open a report…" }</label>
                <input id="report-file" class="visually-hidden" type="file" data-testid="report-file"
                    accept=".xml,.gz,.zip,application/xml,text/xml,application/gzip,application/zip" onchange={on_pick} />
            </div>
            { table.unwrap_or_default() }
        </section>
    }
}
