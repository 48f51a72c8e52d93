//! The DMARC aggregate report viewer: a dropped or picked .xml, .xml.gz or
//! .zip file read by `crate::reports` (bounded decompression), its sources
//! as a sortable table with totals, and PTR names filled in over DoH.

use super::{resolver, Props};
use crate::app::drop::{use_file_drop, DropConfig};
use crate::app::state::{Action, AppState};
use crate::feedback::{self, AggregateReport, SortColumn, SourceRow};
use crate::i18n::{Lang, Msg};
use std::rc::Rc;
use yew::prelude::*;

/// Larger files are no DMARC report; refused before reading them in.
const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// (column, its id in test ids, its heading)
const COLUMNS: [(SortColumn, &str, Option<Msg>); 9] = [
    (SortColumn::SourceIp, "Source IP", Some(Msg::ColSourceIp)),
    (SortColumn::Ptr, "Name (PTR)", Some(Msg::ColPtr)),
    (SortColumn::Count, "Messages", Some(Msg::ColMessages)),
    (
        SortColumn::HeaderFrom,
        "Header From",
        Some(Msg::ColHeaderFrom),
    ),
    (
        SortColumn::EnvelopeFrom,
        "Envelope From",
        Some(Msg::ColEnvelopeFrom),
    ),
    (SortColumn::Spf, "SPF aligned", Some(Msg::SpfAligned)),
    (SortColumn::Dkim, "DKIM aligned", Some(Msg::DkimAligned)),
    (SortColumn::Dmarc, "DMARC", None),
    (
        SortColumn::Disposition,
        "Disposition",
        Some(Msg::Disposition),
    ),
];

/// Reads the report file in; PTR names are filled in afterwards.
fn load(
    state: UseReducerHandle<AppState>,
    report: UseStateHandle<Option<Rc<AggregateReport>>>,
    name: String,
    bytes: Vec<u8>,
) {
    match feedback::read_report(&name, &bytes) {
        Ok(mut r) => {
            report.set(Some(Rc::new(r.clone())));
            // The names come later: the table is useful before DNS answers.
            if let Some(res) = resolver(&state) {
                wasm_bindgen_futures::spawn_local(async move {
                    feedback::resolve_ptrs(&res, &mut r).await;
                    report.set(Some(Rc::new(r)));
                });
            }
        }
        Err(e) => state.dispatch(Action::Error(crate::app_text!(
            Msg::ReportUnreadable,
            name = name,
            error = e
        ))),
    }
}

fn yes(b: bool) -> Html {
    html! { <span class={classes!("status", if b { "ok" } else { "bad" })}>{ if b { "pass" } else { "fail" } }</span> }
}

fn row(lang: Lang, r: &SourceRow) -> Html {
    html! {
        <tr data-testid="report-row">
            <td><code>{ r.source_ip.clone().unwrap_or_default() }</code></td>
            <td>{ r.ptr.as_ref().map(|p| lang.core(p)).unwrap_or_default() }</td>
            <td class="num">{ r.count }</td>
            <td>{ r.header_from.clone() }</td>
            <td>{ r.envelope_from.clone() }</td>
            <td>{ yes(r.spf_aligned) }<div class="hint">{ r.spf_results.join(", ") }</div></td>
            <td>{ yes(r.dkim_aligned) }<div class="hint">{ r.dkim_results.join(", ") }</div></td>
            <td>{ yes(r.dmarc_pass) }</td>
            <td>{ r.disposition.clone() }
                if !r.reasons.is_empty() { <div class="hint" data-i18n="content">{ r.reasons.join(", ") }</div> }
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
    let lang = crate::app::lang::use_lang();
    let report = use_state(|| None::<Rc<AggregateReport>>);
    let sort = use_state(|| (SortColumn::Count, true));
    let drop = use_file_drop(DropConfig {
        max_bytes: MAX_FILE_BYTES,
        too_large: |name, size| crate::app_text!(Msg::ReportTooLarge, name = name, size = size),
        on_file: {
            let (state, report) = (props.state.clone(), report.clone());
            Callback::from(move |(name, bytes)| load(state.clone(), report.clone(), name, bytes))
        },
        on_text: {
            let state = props.state.clone();
            Callback::from(move |_| {
                state.dispatch(Action::Error(crate::app_text!(Msg::DropReportFile)))
            })
        },
        on_error: {
            let state = props.state.clone();
            Callback::from(move |e| state.dispatch(Action::Error(e)))
        },
    });

    let table = report.as_ref().map(|r| {
        let (col, desc) = *sort;
        let mut rows = r.rows.clone();
        feedback::sort_rows(&mut rows, col, desc);
        let t = &r.totals;
        let header = |(c, id, label): (SortColumn, &str, Option<Msg>)| {
            let text = label.map(|m| lang.t(m)).unwrap_or(id);
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
                    <button type="button" class="sort" {onclick} data-testid={format!("sort-{id}")}>{ format!("{text}{arrow}") }</button>
                </th>
            }
        };
        html! {
            <div data-testid="report-view">
                <dl class="facts-grid">
                    <dt>{ lang.t(Msg::Reporter) }</dt><dd data-i18n="content">{ format!("{} <{}>", r.org_name, r.email) }</dd>
                    <dt>{ lang.t(Msg::ReportId) }</dt><dd><code>{ r.report_id.clone() }</code></dd>
                    <dt>{ lang.t(Msg::Period) }</dt><dd data-i18n="content">{ format!("{} – {}", date(r.begin), date(r.end)) }</dd>
                    <dt>{ lang.t(Msg::PolicyPublished) }</dt><dd><code>{ format!("{}: p={} sp={} adkim={} aspf={} {}", r.policy.domain, r.policy.p, r.policy.sp, r.policy.adkim, r.policy.aspf, r.policy.pct_or_testing) }</code></dd>
                </dl>
                <p data-testid="report-totals">
                    { lang.f(Msg::ReportTotals, &[
                        ("messages", &t.messages), ("sources", &t.sources),
                        ("dmarc", &lang.decimal(t.dmarc_pass_rate, 1)), ("spf", &lang.decimal(t.spf_pass_rate, 1)),
                        ("dkim", &lang.decimal(t.dkim_pass_rate, 1)), ("none", &t.disposition_none),
                        ("quarantine", &t.disposition_quarantine), ("reject", &t.disposition_reject),
                    ]) }
                </p>
                if !r.reporter_errors.is_empty() {
                    <ul class="warnings" data-i18n="content">{ for r.reporter_errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                }
                <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::ReportSources)}>
                    <table class="dns" data-testid="report-table">
                        <thead><tr>{ for COLUMNS.into_iter().map(header) }</tr></thead>
                        <tbody>{ for rows.iter().map(|r| row(lang, r)) }</tbody>
                    </table>
                </div>
                if !r.dns.is_empty() { { crate::app::dnslog::view_with(lang, "report-dns-title", Some(lang.t(Msg::AggregateReport)), &r.dns) } }
            </div>
        }
    });

    html! {
        <section class="panel" aria-labelledby="report-tool-title" data-testid="report-tool">
            <h2 id="report-tool-title">{ lang.t(Msg::AggregateReport) }</h2>
            <div class={classes!("dropzone", "report-drop", drop.dragging.then_some("dragging"))} data-testid="report-drop"
                ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
                <p class="hint">{ lang.t(Msg::ReportDropHint) }</p>
                <label class="button secondary" for="report-file">{ lang.t(Msg::OpenReport) }</label>
                <input id="report-file" class="visually-hidden" type="file" data-testid="report-file"
                    accept=".xml,.gz,.zip,application/xml,text/xml,application/gzip,application/zip" onchange={drop.onpick} />
            </div>
            { table.unwrap_or_default() }
        </section>
    }
}
