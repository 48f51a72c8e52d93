//! The report panel: DMARC aggregate reports (.xml, .xml.gz, .zip), SMTP TLS
//! reports (.json, .json.gz) and failure reports (.eml), several dropped or
//! picked at once, read by `crate::feedback` (bounded decompression and
//! rows) and combined: totals, a chart of messages per day with its table,
//! per source IP, reporting organization and header From domain; TLS
//! sessions per policy domain and MX by result type; each failure report's
//! fields, with a button that puts its message into the inspector. A single
//! aggregate report also gets its sortable source table with PTR names.

use super::{Host, Props};
use crate::app::drop::{use_file_drop, DropConfig};
use crate::feedback::combine::{combine, AnyReport, Combined, FileEntry, GroupRow};
use crate::feedback::failure::FailureReport;
use crate::feedback::{self, AggregateReport, SortColumn, SourceRow};
use crate::i18n::{Lang, Msg};
use std::rc::Rc;
use yew::prelude::*;

/// Larger files are no report; refused before reading them in.
const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
/// Files taken from one drop or pick (the core combines at most MAX_FILES).
const MAX_DROPPED: u32 = 200;

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

/// The files read so far, and their combination.
#[derive(Default, PartialEq)]
struct Loaded {
    files: Vec<FileEntry>,
    combined: Rc<Combined>,
}

enum LoadedAction {
    /// A file read in; a file of the same name replaces the old one.
    Add(FileEntry),
    /// The same file with its PTR names filled in.
    Resolved(String, AggregateReport),
    Clear,
}

impl Reducible for Loaded {
    type Action = LoadedAction;
    fn reduce(self: Rc<Self>, action: LoadedAction) -> Rc<Self> {
        let mut files = self.files.clone();
        match action {
            LoadedAction::Add(entry) => match files.iter_mut().find(|f| f.name == entry.name) {
                Some(f) => *f = entry,
                None => files.push(entry),
            },
            LoadedAction::Resolved(name, report) => {
                match files.iter_mut().find(|f| f.name == name) {
                    Some(f) => f.report = AnyReport::Aggregate(report),
                    None => return self,
                }
            }
            LoadedAction::Clear => files.clear(),
        }
        let combined = Rc::new(combine(files.clone()));
        Rc::new(Loaded { files, combined })
    }
}

/// Reads a file in; an aggregate report's PTR names are filled in afterwards.
fn load(host: Host, loaded: UseReducerHandle<Loaded>, name: String, bytes: Vec<u8>) {
    match feedback::read_any(&name, &bytes) {
        Ok(report) => {
            let aggregate = match &report {
                AnyReport::Aggregate(a) => Some(a.clone()),
                _ => None,
            };
            loaded.dispatch(LoadedAction::Add(FileEntry {
                name: name.clone(),
                report,
            }));
            // The names come later: the tables are useful before DNS answers.
            if let (Some(mut r), Some(res)) = (aggregate, host.resolver()) {
                wasm_bindgen_futures::spawn_local(async move {
                    feedback::resolve_ptrs(&res, &mut r).await;
                    loaded.dispatch(LoadedAction::Resolved(name, r));
                });
            }
        }
        Err(e) => host.error(crate::app_text!(
            Msg::ReportUnreadable,
            name = name,
            error = e
        )),
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
                if !r.human_results.is_empty() { <div class="hint" data-i18n="content">{ r.human_results.join("; ") }</div> }
            </td>
        </tr>
    }
}

fn date(secs: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(secs as f64 * 1000.0));
    String::from(d.to_iso_string())
}

/// English writes 96.5%, German and Ukrainian 96,5 %.
fn percent(lang: Lang, v: f64) -> String {
    match lang {
        Lang::En => format!("{}%", lang.decimal(v, 1)),
        _ => format!("{} %", lang.decimal(v, 1)),
    }
}

/// The published policy as one line, with RFC 9990's np, testing and
/// discovery method when the report has them.
fn policy_line(r: &AggregateReport) -> String {
    let p = &r.policy;
    let mut s = format!(
        "{}: p={} sp={} adkim={} aspf={}",
        p.domain, p.p, p.sp, p.adkim, p.aspf
    );
    if let Some(np) = &p.np {
        s.push_str(&format!(" np={np}"));
    }
    match p.testing {
        Some(true) => s.push_str(" t=y"),
        Some(false) => s.push_str(" t=n"),
        None => {}
    }
    if let Some(pct) = p.pct {
        s.push_str(&format!(" pct={pct}"));
    }
    s
}

/// One aggregate report in full: its facts, totals and sortable sources.
#[derive(Properties, PartialEq)]
struct SingleProps {
    report: AggregateReport,
}

#[function_component(SingleReport)]
fn single_report(props: &SingleProps) -> Html {
    let lang = crate::app::lang::use_lang();
    let sort = use_state(|| (SortColumn::Count, true));
    let r = &props.report;
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
        let aria = if c == col {
            if desc {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        let arrow = if c == col {
            if desc {
                " ▼"
            } else {
                " ▲"
            }
        } else {
            ""
        };
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
                <dt>{ lang.t(Msg::PolicyPublished) }</dt><dd><code data-testid="report-policy">{ policy_line(r) }</code></dd>
                if let Some(v) = &r.version {
                    <dt>{ lang.t(Msg::ReportFormatVersion) }</dt><dd data-testid="report-version">{ format!("{v} (RFC 9990)") }</dd>
                }
                if let Some(g) = &r.generator {
                    <dt>{ lang.t(Msg::ReportGenerator) }</dt><dd data-i18n="content">{ g.clone() }</dd>
                }
                if let Some(d) = &r.policy.discovery_method {
                    <dt>{ lang.t(Msg::DiscoveryMethod) }</dt><dd><code>{ d.clone() }</code></dd>
                }
                if !r.extensions.is_empty() {
                    <dt>{ lang.t(Msg::ReportExtensions) }</dt><dd><code>{ r.extensions.join(", ") }</code></dd>
                }
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
}

/// A table of group totals (per day, IP, organization, header From).
fn group_table(lang: Lang, id: &str, title: Msg, key: Msg, rows: &[GroupRow]) -> Html {
    let heading_id = format!("{id}-title");
    html! {
        <div>
            <h3 id={heading_id.clone()}>{ lang.t(title) }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={heading_id}>
                <table class="dns" data-testid={id.to_string()}>
                    <thead><tr>
                        <th scope="col">{ lang.t(key) }</th>
                        <th scope="col">{ lang.t(Msg::ColMessages) }</th>
                        <th scope="col">{ lang.t(Msg::ColDmarcPassRate) }</th>
                        <th scope="col">{ lang.t(Msg::ColSpfRate) }</th>
                        <th scope="col">{ lang.t(Msg::ColDkimRate) }</th>
                        <th scope="col">{ "none" }</th>
                        <th scope="col">{ "quarantine" }</th>
                        <th scope="col">{ "reject" }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|g| html! {
                        <tr data-testid={format!("{id}-row")}>
                            <th scope="row" data-i18n="content">{ g.key.clone() }</th>
                            <td class="num">{ g.totals.messages }</td>
                            <td class="num">{ percent(lang, g.totals.dmarc_pass_rate) }</td>
                            <td class="num">{ percent(lang, g.totals.spf_pass_rate) }</td>
                            <td class="num">{ percent(lang, g.totals.dkim_pass_rate) }</td>
                            <td class="num">{ g.totals.disposition_none }</td>
                            <td class="num">{ g.totals.disposition_quarantine }</td>
                            <td class="num">{ g.totals.disposition_reject }</td>
                        </tr>
                    }) }</tbody>
                </table>
            </div>
        </div>
    }
}

fn combined_view(lang: Lang, c: &Combined) -> Html {
    let a = &c.aggregate;
    if a.reports == 0 {
        return Html::default();
    }
    let t = &a.totals;
    let svg = feedback::chart::daily_chart(&a.by_day, lang, "report-chart");
    html! {
        <section aria-labelledby="reports-combined-title" data-testid="reports-combined">
            <h3 id="reports-combined-title">{ lang.t(Msg::ReportsCombined) }</h3>
            <p data-testid="combined-totals">
                { lang.f(Msg::ReportTotals, &[
                    ("messages", &t.messages), ("sources", &a.by_source_ip.len()),
                    ("dmarc", &lang.decimal(t.dmarc_pass_rate, 1)), ("spf", &lang.decimal(t.spf_pass_rate, 1)),
                    ("dkim", &lang.decimal(t.dkim_pass_rate, 1)), ("none", &t.disposition_none),
                    ("quarantine", &t.disposition_quarantine), ("reject", &t.disposition_reject),
                ]) }
            </p>
            <figure class="report-chart-figure">
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <figcaption class="hint">{ lang.t(Msg::ChartTable) }{ ": " }{ lang.t(Msg::PerDay) }</figcaption>
            </figure>
            { group_table(lang, "combined-days", Msg::PerDay, Msg::ColDay, &a.by_day) }
            { group_table(lang, "combined-ips", Msg::PerSourceIp, Msg::ColSourceIp, &a.by_source_ip) }
            { group_table(lang, "combined-reporters", Msg::PerReporter, Msg::Reporter, &a.by_reporter) }
            { group_table(lang, "combined-from", Msg::PerHeaderFrom, Msg::ColHeaderFrom, &a.by_header_from) }
        </section>
    }
}

fn tls_view(lang: Lang, c: &Combined) -> Html {
    let t = &c.tls;
    if t.reports == 0 {
        return Html::default();
    }
    html! {
        <div data-testid="tls-reports">
            <h3 id="tls-reports-title">{ lang.t(Msg::TlsReports) }</h3>
            <p data-testid="tls-totals">{ lang.f(Msg::TlsTotals, &[("ok", &t.successful_sessions), ("failed", &t.failed_sessions)]) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="tls-reports-title">
                <table class="dns" data-testid="tls-policies">
                    <thead><tr>
                        <th scope="col">{ lang.t(Msg::ColPolicyDomain) }</th>
                        <th scope="col">{ lang.t(Msg::ColPolicyType) }</th>
                        <th scope="col">{ lang.t(Msg::ColMxHost) }</th>
                        <th scope="col">{ lang.t(Msg::ColSuccessful) }</th>
                        <th scope="col">{ lang.t(Msg::ColFailed) }</th>
                        <th scope="col">{ lang.t(Msg::ColResultType) }</th>
                    </tr></thead>
                    <tbody>{ for t.by_policy.iter().map(|p| html! {
                        <tr data-testid="tls-policy-row">
                            <th scope="row"><code>{ p.policy_domain.clone() }</code></th>
                            <td><code>{ p.policy_type.clone() }</code></td>
                            <td><code>{ p.mx_host.clone() }</code></td>
                            <td class="num">{ p.successful_sessions }</td>
                            <td class="num">{ p.failed_sessions }</td>
                            <td><ul class="plain">{ for p.by_result.iter().map(|r| html! {
                                <li><code>{ r.result_type.clone() }</code>{ format!(" ({}): ", r.sessions) }{ lang.core(&r.meaning) }</li>
                            }) }</ul></td>
                        </tr>
                    }) }</tbody>
                </table>
            </div>
        </div>
    }
}

fn failure_view(lang: Lang, host: &Host, name: &str, r: &FailureReport) -> Html {
    let a = &r.arf;
    let fields = a.failure_fields();
    let reported = [
        ("From", &r.reported_from),
        ("Subject", &r.reported_subject),
        ("Date", &r.reported_date),
        ("Message-ID", &r.reported_message_id),
    ];
    let inspect = r.reported_message().map(|bytes| {
        let (host, bytes, name) = (host.clone(), bytes.to_vec(), name.to_string());
        Callback::from(move |_: MouseEvent| host.inspect(name.clone(), bytes.clone()))
    });
    html! {
        <article class="failure-report" data-testid="failure-report">
            <h4 data-i18n="content">{ name.to_string() }</h4>
            <p><code>{ format!("Feedback-Type: {}", a.feedback_type) }</code>{ " — " }{ lang.core(&a.feedback_meaning) }</p>
            <dl class="facts-grid">
                { for fields.into_iter().filter_map(|(k, v)| v.map(|v| html! {
                    <><dt><code>{ k }</code></dt><dd data-i18n="content">{ v }</dd></>
                })) }
            </dl>
            <h5>{ lang.t(Msg::ReportedMessage) }</h5>
            <dl class="facts-grid">
                { for reported.into_iter().filter_map(|(k, v)| v.as_ref().map(|v| html! {
                    <><dt><code>{ k }</code></dt><dd data-i18n="content">{ v.clone() }</dd></>
                })) }
            </dl>
            { match inspect {
                Some(onclick) => html! {
                    <button type="button" class="button" data-testid="inspect-reported" {onclick}>{ lang.t(Msg::InspectReported) }</button>
                },
                None => html! { <p class="hint">{ lang.t(Msg::NoReportedMessage) }</p> },
            } }
        </article>
    }
}

fn files_view(lang: Lang, c: &Combined, clear: Callback<MouseEvent>) -> Html {
    let kind = |r: &AnyReport| match r {
        AnyReport::Aggregate(_) => lang.t(Msg::AggregateReport),
        AnyReport::Tls(_) => lang.t(Msg::TlsReportKind),
        AnyReport::Failure(_) => lang.t(Msg::FailureReportKind),
    };
    html! {
        <section aria-labelledby="report-files-title">
            <h3 id="report-files-title">{ lang.t(Msg::ReportFiles) }</h3>
            <ul data-testid="report-files">{ for c.files.iter().map(|f| html! {
                <li data-testid="report-file-entry"><code data-i18n="content">{ f.name.clone() }</code>{ " — " }{ kind(&f.report) }</li>
            }) }</ul>
            if !c.notices.is_empty() {
                <ul class="warnings" data-testid="report-notices">{ for c.notices.iter().map(|n| html! { <li>{ lang.core(n) }</li> }) }</ul>
            }
            <button type="button" class="button secondary" data-testid="reports-clear" onclick={clear}>{ lang.t(Msg::ClearReports) }</button>
        </section>
    }
}

#[function_component(ReportTool)]
pub fn report_tool(props: &Props) -> Html {
    let lang = crate::app::lang::use_lang();
    let loaded = use_reducer(Loaded::default);
    let drop = use_file_drop(DropConfig {
        max_bytes: MAX_FILE_BYTES,
        max_files: MAX_DROPPED,
        too_large: |name, size| crate::app_text!(Msg::ReportTooLarge, name = name, size = size),
        on_file: {
            let (host, loaded) = (props.host.clone(), loaded.clone());
            Callback::from(move |(name, bytes)| load(host.clone(), loaded.clone(), name, bytes))
        },
        on_text: {
            let host = props.host.clone();
            Callback::from(move |_| host.error(crate::app_text!(Msg::DropReportFile)))
        },
        on_error: {
            let host = props.host.clone();
            Callback::from(move |e| host.error(e))
        },
    });
    let c = loaded.combined.clone();
    let clear = {
        let loaded = loaded.clone();
        Callback::from(move |_: MouseEvent| loaded.dispatch(LoadedAction::Clear))
    };
    let aggregates: Vec<&AggregateReport> = c
        .files
        .iter()
        .filter_map(|f| match &f.report {
            AnyReport::Aggregate(a) => Some(a),
            _ => None,
        })
        .collect();
    let single = match aggregates.as_slice() {
        [one] => html! { <SingleReport report={(*one).clone()} /> },
        _ => Html::default(),
    };
    let failures = c.failures();

    html! {
        <section class="panel" aria-labelledby="report-tool-title" data-testid="report-tool">
            <h2 id="report-tool-title">{ lang.t(Msg::ReportsPanel) }</h2>
            <div class={classes!("dropzone", "report-drop", drop.dragging.then_some("dragging"))} data-testid="report-drop"
                ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
                <p class="hint">{ lang.t(Msg::ReportDropHint) }</p>
                <label class="button secondary" for="report-file">{ lang.t(Msg::OpenReport) }</label>
                <input id="report-file" class="visually-hidden" type="file" multiple=true data-testid="report-file"
                    accept=".xml,.gz,.zip,.json,.eml,application/xml,text/xml,application/gzip,application/zip,application/json,application/tlsrpt+json,application/tlsrpt+gzip,message/rfc822" onchange={drop.onpick} />
            </div>
            if !c.files.is_empty() {
                { files_view(lang, &c, clear) }
            }
            { single }
            { combined_view(lang, &c) }
            { tls_view(lang, &c) }
            if !failures.is_empty() {
                <section aria-labelledby="failure-reports-title" data-testid="failure-reports">
                    <h3 id="failure-reports-title">{ lang.t(Msg::FailureReports) }</h3>
                    { for failures.iter().map(|(name, r)| failure_view(lang, &props.host, name, r)) }
                </section>
            }
        </section>
    }
}
