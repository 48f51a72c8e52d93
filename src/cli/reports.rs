//! `headerscope reports FILE...`: DMARC aggregate, SMTP TLS and failure
//! reports read ([`crate::feedback::read_any`]), combined
//! ([`crate::feedback::combine`]) and printed as tables (text) or as the
//! combined model (JSON). A failure report's message is inspected by the
//! same core as `check`, with no DNS unless DNS options are given.

use super::args::{Format, ReportsArgs};
use super::{build_resolver, Usage};
use crate::feedback::combine::{combine, AnyReport, Combined, FileEntry, GroupRow, MAX_FILES};
use crate::feedback::{read_any, Totals};
use crate::i18n::{Lang, Msg};
use crate::report::Report;
use serde::Serialize;
use std::fmt::Write as _;

/// The JSON: the combined model, then each failure report's inspection.
#[derive(Debug, Serialize)]
pub struct ReportsJson {
    #[serde(flatten)]
    pub combined: Combined,
    pub inspections: Vec<Inspection>,
}

/// The core's report on a failure report's enclosed message.
#[derive(Debug, Serialize)]
pub struct Inspection {
    pub file: String,
    /// No DNS was used (`Options::no_dns`): DNS-based verdicts say so.
    pub no_dns: bool,
    pub report: Report,
}

/// Runs the command; the rendered output.
pub fn run(a: &ReportsArgs) -> Result<String, Usage> {
    if a.files.len() > MAX_FILES {
        return Err(Usage(format!(
            "{} files: reports combines at most {MAX_FILES}",
            a.files.len()
        )));
    }
    let mut files = Vec::with_capacity(a.files.len());
    for path in &a.files {
        let data = std::fs::read(path).map_err(|e| Usage(format!("cannot read {path}: {e}")))?;
        let report = read_any(path, &data).map_err(|e| Usage(e.to_string()))?;
        files.push(FileEntry {
            name: path.clone(),
            report,
        });
    }
    let combined = combine(files);
    let inspections = inspect_failures(a, &combined)?;
    Ok(match a.format {
        Format::Json => serde_json::to_string_pretty(&ReportsJson {
            combined,
            inspections,
        })
        .map_err(|e| Usage(format!("cannot encode the reports: {e}")))?,
        Format::Text => render(&combined, &inspections, a.lang),
    })
}

/// Every failure report that carries the message (or its headers), inspected.
fn inspect_failures(a: &ReportsArgs, c: &Combined) -> Result<Vec<Inspection>, Usage> {
    let no_dns = !a.wants_dns();
    let resolver: Box<dyn crate::dns::Resolver> = if no_dns {
        Box::new(crate::dns::NoDns)
    } else {
        build_resolver(&a.dns)?
    };
    let options = crate::Options {
        no_dns,
        ..Default::default()
    };
    let mut out = Vec::new();
    for f in &c.files {
        let AnyReport::Failure(r) = &f.report else {
            continue;
        };
        let Some(raw) = r.reported_message() else {
            continue;
        };
        let report = futures::executor::block_on(crate::inspect(raw, &options, resolver.as_ref()))
            .map_err(|e| Usage(format!("{}: the reported message: {e}", f.name)))?;
        out.push(Inspection {
            file: f.name.clone(),
            no_dns,
            report,
        });
    }
    Ok(out)
}

fn percent(lang: Lang, v: f64) -> String {
    format!("{}%", lang.decimal(v, 1))
}

/// A table with a header row, columns padded to their widest cell.
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        format!("  {}", padded.join("  ").trim_end())
    };
    let _ = writeln!(out, "{}", line(header.to_vec()));
    for r in rows {
        let _ = writeln!(out, "{}", line(r.iter().map(String::as_str).collect()));
    }
}

fn group_table(out: &mut String, lang: Lang, title: Msg, key: &str, rows: &[GroupRow]) {
    let _ = writeln!(out, "\n{}", lang.t(title));
    let header = [
        key,
        lang.t(Msg::ColMessages),
        lang.t(Msg::ColDmarcPassRate),
        lang.t(Msg::ColSpfRate),
        lang.t(Msg::ColDkimRate),
        "none",
        "quarantine",
        "reject",
    ];
    let cells = |k: &str, t: &Totals| {
        vec![
            k.to_string(),
            t.messages.to_string(),
            percent(lang, t.dmarc_pass_rate),
            percent(lang, t.spf_pass_rate),
            percent(lang, t.dkim_pass_rate),
            t.disposition_none.to_string(),
            t.disposition_quarantine.to_string(),
            t.disposition_reject.to_string(),
        ]
    };
    let rows: Vec<Vec<String>> = rows.iter().map(|r| cells(&r.key, &r.totals)).collect();
    table(out, &header, &rows);
}

fn kind_label(lang: Lang, r: &AnyReport) -> &'static str {
    match r {
        AnyReport::Aggregate(_) => lang.t(Msg::AggregateReport),
        AnyReport::Tls(_) => lang.t(Msg::TlsReportKind),
        AnyReport::Failure(_) => lang.t(Msg::FailureReportKind),
    }
}

/// The text output: files, combined DMARC tables, TLS, failure reports.
pub fn render(c: &Combined, inspections: &[Inspection], lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", lang.t(Msg::ReportFiles));
    let files: Vec<Vec<String>> = c
        .files
        .iter()
        .map(|f| {
            let (org, id, period) = match &f.report {
                AnyReport::Aggregate(a) => (
                    a.org_name.clone(),
                    a.report_id.clone(),
                    crate::feedback::combine::utc_day(a.begin),
                ),
                AnyReport::Tls(t) => (
                    t.organization_name.clone(),
                    t.report_id.clone(),
                    t.start_datetime.clone(),
                ),
                AnyReport::Failure(r) => (
                    r.arf.reporting_mta.clone().unwrap_or_default(),
                    r.arf.feedback_type.clone(),
                    r.arf.arrival_date.clone().unwrap_or_default(),
                ),
            };
            vec![
                f.name.clone(),
                kind_label(lang, &f.report).into(),
                org,
                id,
                period,
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            "",
            "",
            lang.t(Msg::Reporter),
            lang.t(Msg::ReportId),
            lang.t(Msg::Period),
        ],
        &files,
    );
    for n in &c.notices {
        let _ = writeln!(out, "  ! {}", n.render(lang));
    }
    let a = &c.aggregate;
    if a.reports > 0 {
        let t = &a.totals;
        let _ = writeln!(out, "\n{}", lang.t(Msg::ReportsCombined));
        let _ = writeln!(
            out,
            "  {}",
            lang.f(
                Msg::ReportTotals,
                &[
                    ("messages", &t.messages),
                    ("sources", &a.by_source_ip.len()),
                    ("dmarc", &lang.decimal(t.dmarc_pass_rate, 1)),
                    ("spf", &lang.decimal(t.spf_pass_rate, 1)),
                    ("dkim", &lang.decimal(t.dkim_pass_rate, 1)),
                    ("none", &t.disposition_none),
                    ("quarantine", &t.disposition_quarantine),
                    ("reject", &t.disposition_reject),
                ]
            )
        );
        group_table(&mut out, lang, Msg::PerDay, lang.t(Msg::ColDay), &a.by_day);
        group_table(
            &mut out,
            lang,
            Msg::PerSourceIp,
            lang.t(Msg::ColSourceIp),
            &a.by_source_ip,
        );
        group_table(
            &mut out,
            lang,
            Msg::PerReporter,
            lang.t(Msg::Reporter),
            &a.by_reporter,
        );
        group_table(
            &mut out,
            lang,
            Msg::PerHeaderFrom,
            lang.t(Msg::ColHeaderFrom),
            &a.by_header_from,
        );
    }
    if c.tls.reports > 0 {
        render_tls(&mut out, lang, c);
    }
    render_failures(&mut out, lang, c, inspections);
    out
}

fn render_tls(out: &mut String, lang: Lang, c: &Combined) {
    let t = &c.tls;
    let _ = writeln!(out, "\n{}", lang.t(Msg::TlsReports));
    let _ = writeln!(
        out,
        "  {}",
        lang.f(
            Msg::TlsTotals,
            &[
                ("ok", &t.successful_sessions),
                ("failed", &t.failed_sessions)
            ]
        )
    );
    let rows: Vec<Vec<String>> = t
        .by_policy
        .iter()
        .map(|p| {
            vec![
                p.policy_domain.clone(),
                p.policy_type.clone(),
                p.mx_host.clone(),
                p.successful_sessions.to_string(),
                p.failed_sessions.to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            lang.t(Msg::ColPolicyDomain),
            lang.t(Msg::ColPolicyType),
            lang.t(Msg::ColMxHost),
            lang.t(Msg::ColSuccessful),
            lang.t(Msg::ColFailed),
        ],
        &rows,
    );
    let results: Vec<Vec<String>> = t
        .by_result
        .iter()
        .map(|r| {
            vec![
                r.result_type.clone(),
                r.sessions.to_string(),
                r.meaning.render(lang),
            ]
        })
        .collect();
    if !results.is_empty() {
        let _ = writeln!(out);
        table(
            out,
            &[
                lang.t(Msg::ColResultType),
                lang.t(Msg::ColFailed),
                lang.t(Msg::ColMeaning),
            ],
            &results,
        );
    }
}

fn render_failures(out: &mut String, lang: Lang, c: &Combined, inspections: &[Inspection]) {
    let failures = c.failures();
    if failures.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", lang.t(Msg::FailureReports));
    for (name, r) in failures {
        let a = &r.arf;
        let _ = writeln!(
            out,
            "  {name}: Feedback-Type: {} ({})",
            a.feedback_type,
            a.feedback_meaning.render(lang)
        );
        let fields = a.failure_fields();
        for (k, v) in fields {
            if let Some(v) = v {
                let _ = writeln!(out, "    {k}: {v}");
            }
        }
        let _ = writeln!(out, "    {}:", lang.t(Msg::ReportedMessage));
        for (k, v) in [
            ("From", &r.reported_from),
            ("Subject", &r.reported_subject),
            ("Date", &r.reported_date),
            ("Message-ID", &r.reported_message_id),
        ] {
            if let Some(v) = v {
                let _ = writeln!(out, "      {k}: {v}");
            }
        }
        match inspections.iter().find(|i| i.file == name) {
            Some(i) => {
                let rep = &i.report;
                let dkim: Vec<String> = rep
                    .dkim
                    .iter()
                    .map(|d| format!("{} (d={}, s={})", d.result, d.domain, d.selector))
                    .collect();
                let _ = writeln!(
                    out,
                    "      SPF {} · DKIM {} · DMARC {}",
                    rep.spf.result,
                    if dkim.is_empty() {
                        "none".to_string()
                    } else {
                        dkim.join(", ")
                    },
                    rep.dmarc.result
                );
                for item in rep.summary.iter().take(3) {
                    let _ = writeln!(out, "      - {}", item.text.render(lang));
                }
            }
            None => {
                let _ = writeln!(out, "      {}", lang.t(Msg::NoReportedMessage));
            }
        }
    }
}
