//! Tools for domain owners: SPF, DKIM and DMARC record builders and linters,
//! DKIM key generation, and a one-view domain check.
//!
//! Plain data in, serde data out: the app draws these values as they are,
//! every DNS query goes through [`crate::dns::Resolver`] wrapped in a
//! [`crate::dns::Recorder`], and the log comes back with the result.

pub mod bimi;
pub mod dane;
pub mod dkim;
pub mod dmarc;
pub mod dnssec;
pub mod domain;
pub mod mta_sts;
pub mod spf;
pub mod vmc;

use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

/// How serious a lint finding is (not the summary's `report::summary::Severity`,
/// which ranks a message's fate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// The record is broken or does not do what it is meant to.
    Error,
    /// It works, but is risky or will break under plausible conditions.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

/// One lint finding with the fix spelled out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable identifier (`spf.ipv4-typo`), for tests and for the UI to key help on.
    pub code: String,
    pub severity: FindingSeverity,
    /// What is wrong, in one or two sentences.
    #[serde(flatten, with = "crate::i18n::text::fields::message")]
    pub message: Text,
    /// What to do about it; a corrected record when one can be written.
    #[serde(flatten, with = "crate::i18n::text::fields::fix_opt")]
    pub fix: Option<Text>,
}

impl Finding {
    pub fn new(code: &str, severity: FindingSeverity, message: Text) -> Finding {
        Finding {
            code: code.to_string(),
            severity,
            message,
            fix: None,
        }
    }

    pub fn error(code: &str, message: Text) -> Finding {
        Finding::new(code, FindingSeverity::Error, message)
    }

    pub fn warning(code: &str, message: Text) -> Finding {
        Finding::new(code, FindingSeverity::Warning, message)
    }

    pub fn info(code: &str, message: Text) -> Finding {
        Finding::new(code, FindingSeverity::Info, message)
    }

    /// A corrected record (outside text) or what to do (a sentence).
    pub fn with_fix(mut self, fix: impl crate::i18n::text::IntoText) -> Finding {
        self.fix = Some(fix.into_text());
        self
    }
}

/// True when any finding carries `code`; handy for callers and tests.
pub fn has_finding(findings: &[Finding], code: &str) -> bool {
    findings.iter().any(|f| f.code == code)
}

pub use crate::auth::dmarc::parse_tag_list;

/// Splits text into DNS character-strings of at most `max` octets, never
/// inside a UTF-8 sequence (RFC 1035 §3.3: a character-string is ≤255 octets).
pub fn split_strings(text: &str, max: usize) -> Vec<String> {
    let max = max.clamp(1, 255);
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if cur.len() + c.len_utf8() > max {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

/// Quotes strings for a zone file (`"a" "b"`), escaping `"` and `\`.
pub fn zone_quote(strings: &[String]) -> String {
    strings
        .iter()
        .map(|s| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads what a user typed as a TXT value: either plain text (one string,
/// possibly too long) or zone-style quoted strings `"v=spf1 ..." "..."`.
pub fn parse_typed_strings(input: &str) -> Vec<String> {
    let t = input.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .map(str::trim)
        .unwrap_or(t);
    if !t.starts_with('"') {
        return vec![t.to_string()];
    }
    let mut out = Vec::new();
    let mut chars = t.chars();
    let mut in_str = false;
    let mut cur = String::new();
    while let Some(c) = chars.next() {
        match (in_str, c) {
            (false, '"') => in_str = true,
            (false, _) => {}
            (true, '"') => {
                out.push(std::mem::take(&mut cur));
                in_str = false;
            }
            (true, '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n)
                }
            }
            (true, c) => cur.push(c),
        }
    }
    if in_str {
        out.push(cur);
    }
    out
}
