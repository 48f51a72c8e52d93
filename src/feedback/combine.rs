//! Several reports at once (a folder's worth), combined: DMARC aggregate
//! rows totalled per source IP, per reporting organization, per header From
//! domain and per day; TLS reports per policy domain and MX with their
//! failures per result type; failure reports listed. Pure: the CLI's
//! `headerscope reports` and the app's report panel print the same model.

use super::tlsrpt::{result_meaning, TlsReport};
use super::{failure::FailureReport, totals, AggregateReport, SourceRow, Totals};
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::Text;
use crate::tr;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Files combined at most; more are listed as not read.
pub const MAX_FILES: usize = 500;
/// Aggregate rows combined at most over all files.
pub const MAX_COMBINED_ROWS: usize = 200_000;

/// One report of any kind, as read from one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnyReport {
    Aggregate(AggregateReport),
    Tls(TlsReport),
    Failure(FailureReport),
}

/// A file and what it held, as the combined view lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub name: String,
    pub report: AnyReport,
}

/// Totals of aggregate rows under one key (an IP, an organization, a day).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRow {
    pub key: String,
    #[serde(flatten)]
    pub totals: Totals,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct AggregateSummary {
    pub reports: usize,
    pub totals: Totals,
    /// Most messages first.
    pub by_source_ip: Vec<GroupRow>,
    /// The reporting organization (`org_name`), most messages first.
    pub by_reporter: Vec<GroupRow>,
    /// The RFC5322.From domain of the rows, most messages first.
    pub by_header_from: Vec<GroupRow>,
    /// The UTC day each report's period begins, oldest first (`YYYY-MM-DD`).
    pub by_day: Vec<GroupRow>,
}

/// A result type's failed sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultCount {
    pub result_type: String,
    #[serde(flatten, with = "crate::i18n::text::fields::meaning")]
    pub meaning: Text,
    pub sessions: u64,
}

/// TLS sessions to one policy domain and MX pattern over all reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TlsPolicyRow {
    pub policy_domain: String,
    pub policy_type: String,
    pub mx_host: String,
    pub successful_sessions: u64,
    pub failed_sessions: u64,
    /// Most sessions first.
    pub by_result: Vec<ResultCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct TlsSummary {
    pub reports: usize,
    pub successful_sessions: u64,
    pub failed_sessions: u64,
    pub by_policy: Vec<TlsPolicyRow>,
    pub by_result: Vec<ResultCount>,
}

/// Everything combined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Combined {
    pub files: Vec<FileEntry>,
    pub aggregate: AggregateSummary,
    pub tls: TlsSummary,
    /// What was left out (files past the bound, rows past the bound).
    #[serde(flatten, with = "crate::i18n::text::fields::notices")]
    pub notices: Vec<Text>,
}

impl Combined {
    /// The failure reports among the files, with their file names.
    pub fn failures(&self) -> Vec<(&str, &crate::feedback::failure::FailureReport)> {
        self.files
            .iter()
            .filter_map(|f| match &f.report {
                AnyReport::Failure(r) => Some((f.name.as_str(), r)),
                _ => None,
            })
            .collect()
    }
}

/// Combines the reports read from several files.
pub fn combine(files: Vec<FileEntry>) -> Combined {
    let mut notices = Vec::new();
    let mut files = files;
    if files.len() > MAX_FILES {
        notices.push(tr!(
            Dmarc::ReportFilesNotRead,
            n = files.len() - MAX_FILES,
            max = MAX_FILES
        ));
        files.truncate(MAX_FILES);
    }
    let aggregates: Vec<&AggregateReport> = files
        .iter()
        .filter_map(|f| match &f.report {
            AnyReport::Aggregate(a) => Some(a),
            _ => None,
        })
        .collect();
    let tls: Vec<&TlsReport> = files
        .iter()
        .filter_map(|f| match &f.report {
            AnyReport::Tls(t) => Some(t),
            _ => None,
        })
        .collect();
    for f in &files {
        match &f.report {
            AnyReport::Aggregate(a) => notices.extend(a.notices.iter().cloned()),
            AnyReport::Tls(t) => notices.extend(t.notices.iter().cloned()),
            AnyReport::Failure(_) => {}
        }
    }
    let (aggregate, rows_left_out) = combine_aggregates(&aggregates);
    if rows_left_out > 0 {
        notices.push(tr!(
            Dmarc::ReportRowsNotCombined,
            n = rows_left_out,
            max = MAX_COMBINED_ROWS
        ));
    }
    Combined {
        aggregate,
        tls: combine_tls(&tls),
        notices,
        files,
    }
}

/// Rows grouped by a key, each group's totals; most messages first.
fn grouped<'a>(rows: impl Iterator<Item = (String, &'a SourceRow)>) -> Vec<GroupRow> {
    let mut groups: BTreeMap<String, Vec<SourceRow>> = BTreeMap::new();
    for (key, row) in rows {
        groups.entry(key).or_default().push(row.clone());
    }
    let mut out: Vec<GroupRow> = groups
        .into_iter()
        .map(|(key, rows)| GroupRow {
            key,
            totals: totals(&rows),
        })
        .collect();
    out.sort_by_key(|g| std::cmp::Reverse(g.totals.messages));
    out
}

fn combine_aggregates(reports: &[&AggregateReport]) -> (AggregateSummary, u64) {
    // (report, row) pairs, bounded over all files.
    let mut pairs: Vec<(&AggregateReport, &SourceRow)> = Vec::new();
    let mut left_out = 0u64;
    for r in reports {
        for row in &r.rows {
            if pairs.len() < MAX_COMBINED_ROWS {
                pairs.push((r, row));
            } else {
                left_out += 1;
            }
        }
    }
    let all: Vec<SourceRow> = pairs.iter().map(|(_, row)| (*row).clone()).collect();
    let summary = AggregateSummary {
        reports: reports.len(),
        totals: totals(&all),
        by_source_ip: grouped(
            pairs
                .iter()
                .map(|(_, row)| (row.source_ip.clone().unwrap_or_default(), *row)),
        ),
        by_reporter: grouped(pairs.iter().map(|(r, row)| (r.org_name.clone(), *row))),
        by_header_from: grouped(
            pairs
                .iter()
                .map(|(_, row)| (row.header_from.to_ascii_lowercase(), *row)),
        ),
        by_day: {
            let mut days = grouped(pairs.iter().map(|(r, row)| (utc_day(r.begin), *row)));
            days.sort_by(|a, b| a.key.cmp(&b.key));
            days
        },
    };
    (summary, left_out)
}

fn combine_tls(reports: &[&TlsReport]) -> TlsSummary {
    type Key = (String, String, String);
    let mut by_policy: BTreeMap<Key, (u64, u64, BTreeMap<String, u64>)> = BTreeMap::new();
    let mut by_result: BTreeMap<String, u64> = BTreeMap::new();
    let (mut ok, mut failed) = (0u64, 0u64);
    for r in reports {
        for p in &r.policies {
            let key = (
                p.policy_domain.to_ascii_lowercase(),
                p.policy_type.clone(),
                p.mx_host.join(", "),
            );
            let e = by_policy.entry(key).or_default();
            e.0 = e.0.saturating_add(p.successful_sessions);
            e.1 = e.1.saturating_add(p.failed_sessions);
            ok = ok.saturating_add(p.successful_sessions);
            failed = failed.saturating_add(p.failed_sessions);
            for f in &p.failure_details {
                let n = e.2.entry(f.result_type.clone()).or_default();
                *n = n.saturating_add(f.failed_session_count);
                let n = by_result.entry(f.result_type.clone()).or_default();
                *n = n.saturating_add(f.failed_session_count);
            }
        }
    }
    TlsSummary {
        reports: reports.len(),
        successful_sessions: ok,
        failed_sessions: failed,
        by_policy: by_policy
            .into_iter()
            .map(|((domain, kind, mx), (s, f, results))| TlsPolicyRow {
                policy_domain: domain,
                policy_type: kind,
                mx_host: mx,
                successful_sessions: s,
                failed_sessions: f,
                by_result: result_counts(results),
            })
            .collect(),
        by_result: result_counts(by_result),
    }
}

fn result_counts(m: BTreeMap<String, u64>) -> Vec<ResultCount> {
    let mut out: Vec<ResultCount> = m
        .into_iter()
        .map(|(t, n)| ResultCount {
            meaning: result_meaning(&t),
            result_type: t,
            sessions: n,
        })
        .collect();
    out.sort_by_key(|r| std::cmp::Reverse(r.sessions));
    out
}

/// The UTC calendar day of Unix seconds, `YYYY-MM-DD`.
pub fn utc_day(secs: u64) -> String {
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, UTC).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The inverse of [`civil_from_days`].
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Unix seconds of an RFC 3339 date-time (`2016-04-01T00:00:00Z`, or with
/// an offset); None when it does not read as one.
pub fn rfc3339_seconds(s: &str) -> Option<u64> {
    let s = s.trim();
    let num = |a: usize, b: usize| -> Option<i64> {
        let part = s.get(a..b)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (y, mo, d) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (h, mi, sec) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    // Fractional seconds, then Z or ±hh:mm.
    let rest = s.get(19..)?;
    let rest = rest.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let offset = match rest {
        "Z" | "z" => 0,
        o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) => {
            let oh: i64 = o.get(1..3)?.parse().ok()?;
            let om: i64 = o.get(4..6)?.parse().ok()?;
            let sign = if o.starts_with('-') { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo as u32, d as u32);
    let t = days * 86_400 + h * 3600 + mi * 60 + sec - offset;
    u64::try_from(t).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        assert_eq!(utc_day(0), "1970-01-01");
        assert_eq!(utc_day(1_700_000_000), "2023-11-14");
        assert_eq!(rfc3339_seconds("2016-04-01T00:00:00Z"), Some(1_459_468_800));
        assert_eq!(
            rfc3339_seconds("2016-04-01T02:00:00+02:00"),
            Some(1_459_468_800)
        );
        assert_eq!(
            rfc3339_seconds("2016-04-01T00:00:00.5Z"),
            Some(1_459_468_800)
        );
        assert_eq!(rfc3339_seconds("yesterday"), None);
        assert_eq!(utc_day(1_459_468_800), "2016-04-01");
    }
}
