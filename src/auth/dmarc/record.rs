//! The DMARC record: its one type and parser (RFC 7489 §6.3, RFC 9989 §4.7),
//! shared by the evaluation, the builder/linter and the domain check.

use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::text::Text;

/// Whether a TXT record is a DMARC record: its first tag `v=DMARC1`, the
/// value exactly (RFC 7489 §6.3 "MUST match precisely", RFC 9989 §4.7).
/// The one test for the evaluation, the linter and the report authorization.
pub fn is_dmarc_record(t: &str) -> bool {
    let mut parts = t.trim_start().splitn(2, ';');
    let first = parts.next().unwrap_or("");
    match first.split_once('=') {
        Some((k, v)) => k.trim() == "v" && v.trim() == "DMARC1",
        None => false,
    }
}

/// `p=`, `sp=`, `np=`: the one policy type of the evaluation and the builder.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    #[default]
    None,
    Quarantine,
    Reject,
}

impl Policy {
    /// A policy value, case-insensitive (RFC 7489 §6.3).
    pub fn parse(s: &str) -> Option<Policy> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" => Some(Policy::None),
            "quarantine" => Some(Policy::Quarantine),
            "reject" => Some(Policy::Reject),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::None => "none",
            Policy::Quarantine => "quarantine",
            Policy::Reject => "reject",
        }
    }

    pub(super) fn lower(self) -> Policy {
        match self {
            Policy::Reject => Policy::Quarantine,
            _ => Policy::None,
        }
    }
}

/// A parsed DMARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub raw: String,
    pub p: Option<Policy>,
    pub sp: Option<Policy>,
    pub np: Option<Policy>,
    pub adkim_strict: bool,
    pub aspf_strict: bool,
    pub pct: u8,
    pub pct_given: bool,
    pub testing: bool,
    /// `psd=y` → `Some(true)`, `psd=n` → `Some(false)`, `psd=u`/absent → `None`.
    pub psd: Option<bool>,
    pub rua: Vec<String>,
    pub ruf: Vec<String>,
    pub warnings: Vec<Text>,
    /// The policy tags that are missing (`p`) or not a valid policy (`p`,
    /// `sp`, `np`), for RFC 9989 §4.10.1 / RFC 7489 §6.6.3 step 6.
    pub invalid_policy: Vec<&'static str>,
    /// Every known tag whose value this parser rejected, as written (tag
    /// lowercased), in order: the linter reports these, so it and the
    /// evaluation judge a value by the same code.
    pub invalid: Vec<(String, String)>,
}

impl Record {
    /// Whether `rua=` holds at least one syntactically valid URI (RFC 9989 §4.10.1).
    pub fn has_valid_rua(&self) -> bool {
        self.rua.iter().any(|u| is_valid_report_uri(u))
    }
}

/// A URI by RFC 3986's outline: `scheme ":" rest`, the scheme a letter then
/// letters, digits, `+`, `-` or `.`, the rest non-empty without spaces; the
/// obsolete `!size` suffix (RFC 9989 §4.8) is allowed.
pub(super) fn is_valid_report_uri(uri: &str) -> bool {
    let uri = uri.split('!').next().unwrap_or(uri).trim();
    let Some((scheme, rest)) = uri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !rest.chars().any(char::is_whitespace)
}

/// `fo=` (colon-separated 0, 1, d, s), `rf=` (`afrf`), `ri=` (seconds):
/// RFC 7489 §6.3.
fn reporting_value_ok(tag: &str, v: &str) -> bool {
    match tag {
        "fo" => v
            .split(':')
            .all(|x| matches!(x.trim(), "0" | "1" | "d" | "s")),
        "rf" => v.split(':').all(|x| x.trim().eq_ignore_ascii_case("afrf")),
        _ => v.parse::<u32>().is_ok(),
    }
}

/// A DNS tag list (`k=v; k=v`, RFC 7489 §6.4: RFC 6376 §3.2's grammar,
/// [`crate::auth::tag_list`]): names lowercased, empty parts dropped,
/// duplicates kept; a part without `=` comes back with an empty name. The
/// tag-list reader of DMARC records and of the builder's MTA-STS and TLS-RPT lints.
pub fn parse_tag_list(text: &str) -> Vec<(String, String)> {
    crate::auth::tag_list::lenient_pairs(text, crate::auth::tag_list::NameCase::Lower)
}

/// Parses a record that starts with `v=DMARC1` (tags RFC 7489 §6.3, RFC 9989 §4.7).
pub fn parse_record(raw: &str) -> Record {
    let mut r = Record {
        raw: raw.to_string(),
        p: None,
        sp: None,
        np: None,
        adkim_strict: false,
        aspf_strict: false,
        pct: 100,
        pct_given: false,
        testing: false,
        psd: None,
        rua: Vec::new(),
        ruf: Vec::new(),
        warnings: Vec::new(),
        invalid_policy: Vec::new(),
        invalid: Vec::new(),
    };
    for (k, v) in parse_tag_list(raw).into_iter().skip(1) {
        if k.is_empty() {
            r.warnings
                .push(crate::tr!(Dmarc::WarnNotTagValue, part = v));
            continue;
        }
        let v = v.as_str();
        let before = r.warnings.len();
        let policy =
            |v: &str, w: &mut Vec<Text>, bad: &mut Vec<&'static str>, tag: &'static str| {
                let p = Policy::parse(v);
                if p.is_none() {
                    w.push(crate::tr!(Dmarc::WarnBadPolicy, tag = tag, value = v));
                    bad.push(tag);
                }
                p
            };
        match k.as_str() {
            "p" => r.p = policy(v, &mut r.warnings, &mut r.invalid_policy, "p"),
            "sp" => r.sp = policy(v, &mut r.warnings, &mut r.invalid_policy, "sp"),
            "np" => r.np = policy(v, &mut r.warnings, &mut r.invalid_policy, "np"),
            "adkim" | "aspf" => {
                let strict = match v.to_ascii_lowercase().as_str() {
                    "s" => true,
                    "r" => false,
                    _ => {
                        r.warnings
                            .push(crate::tr!(Dmarc::WarnBadAlignment, tag = k, value = v));
                        false
                    }
                };
                if k == "adkim" {
                    r.adkim_strict = strict
                } else {
                    r.aspf_strict = strict
                }
            }
            "pct" => match v.parse::<u32>() {
                Ok(n) if n <= 100 => {
                    r.pct = n as u8;
                    r.pct_given = true
                }
                _ => r.warnings.push(crate::tr!(Dmarc::WarnBadPct, value = v)),
            },
            "t" => match v.to_ascii_lowercase().as_str() {
                "y" => r.testing = true,
                "n" => r.testing = false,
                _ => r
                    .warnings
                    .push(crate::tr!(Dmarc::WarnBadTesting, value = v)),
            },
            "psd" => match v.to_ascii_lowercase().as_str() {
                "y" => r.psd = Some(true),
                "n" => r.psd = Some(false),
                "u" => r.psd = None,
                _ => r.warnings.push(crate::tr!(Dmarc::WarnBadPsd, value = v)),
            },
            "rua" | "ruf" => {
                let list: Vec<String> = v
                    .split(',')
                    .map(|u| u.trim().to_string())
                    .filter(|u| !u.is_empty())
                    .collect();
                if k == "rua" {
                    r.rua = list
                } else {
                    r.ruf = list
                }
            }
            // Reporting tags: their values never change the policy, so a bad
            // one is no warning of the evaluation, only the linter's.
            "fo" | "rf" | "ri" => {
                if !reporting_value_ok(&k, v) {
                    r.invalid.push((k.clone(), v.to_string()));
                }
                continue;
            }
            other => {
                r.warnings
                    .push(crate::tr!(Dmarc::WarnUnknownTag, tag = other));
                continue;
            }
        }
        if r.warnings.len() > before {
            r.invalid.push((k.clone(), v.to_string()));
        }
    }
    if r.p.is_none() {
        r.warnings.push(crate::tr!(Dmarc::WarnNoPolicy));
        if !r.invalid_policy.contains(&"p") {
            r.invalid_policy.insert(0, "p");
        }
    }
    r
}
