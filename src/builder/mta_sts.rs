//! The MTA-STS policy file (RFC 8461 §3.2) read, linted and matched
//! against the domain's MX hosts (§4.1). The file comes from the shell:
//! the CLI fetches `https://mta-sts.<domain>/.well-known/mta-sts.txt`, the
//! page takes it pasted (browsers refuse the cross-origin read).

use super::Finding;
use crate::i18n::phrases::domain::Domain;
use crate::i18n::text::Text;
use crate::tr;
use serde::{Deserialize, Serialize};

/// A policy larger than this is not a policy (RFC 8461 §3.3 lets senders
/// stop reading; 64 KiB is the limit Postfix's and Exim's clients use).
pub const MAX_POLICY_BYTES: usize = 64 * 1024;

/// RFC 8461 §3.2: max_age is at most one year (31557600 seconds).
pub const MAX_AGE_LIMIT: u64 = 31_557_600;

/// Where the policy of `domain` is published.
pub fn policy_url(domain: &str) -> String {
    format!("https://mta-sts.{domain}/.well-known/mta-sts.txt")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Enforce,
    Testing,
    None,
}

/// A policy file as read, with what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PolicyCheck {
    /// Where the text came from: the URL read, or pasted.
    #[serde(flatten, with = "crate::i18n::text::fields::source")]
    pub source: Text,
    pub version: Option<String>,
    pub mode: Option<Mode>,
    pub max_age: Option<u64>,
    /// The `mx` patterns in order.
    pub mx: Vec<String>,
    /// Each MX host of the domain and the pattern it matches, if any.
    pub matches: Vec<MxMatch>,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxMatch {
    pub host: String,
    pub pattern: Option<String>,
}

/// Reads and lints a policy text; `mx_hosts` are the domain's MX names.
pub fn check_policy(text: &str, source: Text, mx_hosts: &[String]) -> PolicyCheck {
    let mut out = PolicyCheck {
        source,
        ..Default::default()
    };
    if text.len() > MAX_POLICY_BYTES {
        out.findings.push(Finding::error(
            "mta-sts.policy-too-large",
            tr!(
                Domain::PolicyTooLarge,
                n = text.len(),
                max = MAX_POLICY_BYTES
            ),
        ));
        return out;
    }
    read_fields(text, &mut out);
    lint_fields(&mut out);
    match_hosts(&mut out, mx_hosts);
    out
}

/// `key: value` lines, CRLF or LF (§3.2 says CRLF; LF-only files are common
/// and every sender reads them).
fn read_fields(text: &str, out: &mut PolicyCheck) {
    let mut seen: Vec<String> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            out.findings.push(Finding::error(
                "mta-sts.policy-syntax",
                tr!(Domain::PolicyLineNotField, line = i + 1, text = line),
            ));
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        if key != "mx" && seen.iter().any(|k| k == key) {
            out.findings.push(Finding::error(
                "mta-sts.policy-duplicate",
                tr!(Domain::PolicyFieldTwice, field = key),
            ));
            continue;
        }
        seen.push(key.to_string());
        match key {
            "version" => out.version = Some(value.to_string()),
            "mode" => out.mode = read_mode(value, &mut out.findings),
            "max_age" => out.max_age = read_max_age(value, &mut out.findings),
            "mx" => out.mx.push(value.to_ascii_lowercase()),
            // §3.2: unknown fields are ignored (extensions).
            _ => {}
        }
    }
}

fn read_mode(value: &str, findings: &mut Vec<Finding>) -> Option<Mode> {
    match value {
        "enforce" => Some(Mode::Enforce),
        "testing" => Some(Mode::Testing),
        "none" => Some(Mode::None),
        other => {
            findings.push(Finding::error(
                "mta-sts.policy-bad-mode",
                tr!(Domain::PolicyBadMode, mode = other),
            ));
            None
        }
    }
}

fn read_max_age(value: &str, findings: &mut Vec<Finding>) -> Option<u64> {
    let parsed = value
        .parse::<u64>()
        .ok()
        .filter(|v| *v <= MAX_AGE_LIMIT && value.len() <= 10);
    if parsed.is_none() {
        findings.push(Finding::error(
            "mta-sts.policy-bad-max-age",
            tr!(Domain::PolicyBadMaxAge, value = value),
        ));
    }
    parsed
}

fn lint_fields(out: &mut PolicyCheck) {
    if out.version.as_deref() != Some("STSv1") {
        out.findings.push(Finding::error(
            "mta-sts.policy-no-version",
            tr!(Domain::PolicyNoVersion),
        ));
    }
    let has_mode_error = out
        .findings
        .iter()
        .any(|f| f.code == "mta-sts.policy-bad-mode");
    match out.mode {
        None if !has_mode_error => out.findings.push(Finding::error(
            "mta-sts.policy-no-mode",
            tr!(Domain::PolicyNoMode),
        )),
        Some(Mode::Testing) => out.findings.push(Finding::info(
            "mta-sts.policy-testing",
            tr!(Domain::PolicyModeTesting),
        )),
        Some(Mode::None) => out.findings.push(Finding::info(
            "mta-sts.policy-none",
            tr!(Domain::PolicyModeNone),
        )),
        _ => {}
    }
    if let Some(age) = out.max_age.filter(|a| *a < 86_400) {
        out.findings.push(Finding::warning(
            "mta-sts.policy-short-max-age",
            tr!(Domain::PolicyShortMaxAge, value = age),
        ));
    }
    if out.mx.is_empty() && matches!(out.mode, Some(Mode::Enforce | Mode::Testing)) {
        let mode = if out.mode == Some(Mode::Enforce) {
            "enforce"
        } else {
            "testing"
        };
        out.findings.push(Finding::error(
            "mta-sts.policy-no-mx",
            tr!(Domain::PolicyNoMx, mode = mode),
        ));
    }
}

/// RFC 8461 §4.1: a pattern is a name, or `*.` and a name matching exactly
/// one more leftmost label; case-insensitive.
pub fn mx_matches(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    match pattern.strip_prefix("*.") {
        Some(parent) => host
            .split_once('.')
            .is_some_and(|(label, rest)| !label.is_empty() && rest == parent),
        None => pattern == host,
    }
}

fn match_hosts(out: &mut PolicyCheck, mx_hosts: &[String]) {
    let applies = matches!(out.mode, Some(Mode::Enforce | Mode::Testing));
    for host in mx_hosts {
        let pattern = out.mx.iter().find(|p| mx_matches(p, host)).cloned();
        if pattern.is_none() && applies && !out.mx.is_empty() {
            out.findings.push(unmatched_host(host, &out.mx, out.mode));
        }
        out.matches.push(MxMatch {
            host: host.clone(),
            pattern,
        });
    }
}

fn unmatched_host(host: &str, patterns: &[String], mode: Option<Mode>) -> Finding {
    let patterns = patterns.join(", ");
    let parent = host.split_once('.').map(|(_, p)| p).unwrap_or(host);
    let fix = tr!(Domain::FixPolicyAddMx, host = host, parent = parent);
    if mode == Some(Mode::Enforce) {
        Finding::error(
            "mta-sts.mx-unmatched",
            tr!(
                Domain::PolicyMxUnmatchedEnforce,
                host = host,
                patterns = patterns
            ),
        )
        .with_fix(fix)
    } else {
        Finding::warning(
            "mta-sts.mx-unmatched",
            tr!(
                Domain::PolicyMxUnmatchedTesting,
                host = host,
                patterns = patterns
            ),
        )
        .with_fix(fix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_one_label() {
        assert!(mx_matches("*.example.net", "mx1.example.net"));
        assert!(mx_matches("mail.example.com", "MAIL.example.com."));
        assert!(!mx_matches("*.example.net", "a.b.example.net"));
        assert!(!mx_matches("*.example.net", "example.net"));
        assert!(!mx_matches("mail.example.com", "mx.example.com"));
    }
}
