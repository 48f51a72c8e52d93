//! The result of an inspection: verdicts, traces, findings and the DNS log.
//! Everything is serde-serializable; the UI and the CLI only render it.
//!
//! A leaf: the checks fill these types and the renderers read them, and
//! nothing here depends on a check (only on the trace, the sentence type
//! and the DNS log's row). The checks' own logic on them (parsing a
//! receiver's header, ranking the summary) lives with the checks.

pub mod antispam;
pub mod dkim2;
pub mod host;
pub mod received;
pub mod receivers;
pub mod run;
pub mod summary;
pub mod triage;
pub mod unwrap;

use crate::dns::QueryLog;
use crate::i18n::text::Text;
use crate::trace::Trace;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The RFC 8601 result words, shared by SPF, DKIM, ARC and DMARC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum AuthResult {
    Pass,
    Fail,
    SoftFail,
    Neutral,
    #[default]
    None,
    TempError,
    PermError,
}

impl AuthResult {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthResult::Pass => "pass",
            AuthResult::Fail => "fail",
            AuthResult::SoftFail => "softfail",
            AuthResult::Neutral => "neutral",
            AuthResult::None => "none",
            AuthResult::TempError => "temperror",
            AuthResult::PermError => "permerror",
        }
    }

    pub fn parse(s: &str) -> Option<AuthResult> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "pass" => AuthResult::Pass,
            "fail" | "hardfail" => AuthResult::Fail,
            "softfail" => AuthResult::SoftFail,
            "neutral" => AuthResult::Neutral,
            "none" => AuthResult::None,
            "temperror" | "error" => AuthResult::TempError,
            "permerror" | "unknown" => AuthResult::PermError,
            _ => return None,
        })
    }
}

impl fmt::Display for AuthResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an identity value came from, in words ("Received header #2 (by mx.example.net)",
/// "given by the user", "Return-Path header").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentitySources {
    #[serde(flatten, with = "crate::i18n::text::fields::ip")]
    pub ip: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::helo")]
    pub helo: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::mail_from")]
    pub mail_from: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::from_domain")]
    pub from_domain: Text,
}

/// The SMTP identities the checks evaluate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identities {
    pub ip: Option<String>,
    pub helo: Option<String>,
    pub mail_from: Option<String>,
    pub from_domain: Option<String>,
    pub sources: IdentitySources,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpfReport {
    /// The MAIL FROM identity's result (the postmaster@HELO one when MAIL FROM is empty).
    pub result: AuthResult,
    /// The domain that was checked for `result`.
    pub domain: String,
    /// The explanation (`exp=`) on fail, else a short reason.
    #[serde(flatten, with = "crate::i18n::text::fields::explanation")]
    pub explanation: Option<Text>,
    pub dns_lookups: u32,
    pub void_lookups: u32,
    pub trace: Trace,
    /// The HELO identity's result, when a HELO name was known.
    pub helo_result: Option<AuthResult>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub helo_trace: Trace,
    /// The `Received-SPF:` line as pypolicyd-spf writes it.
    pub received_spf: Option<String>,
    /// What earlier receivers wrote in the message's `Received-SPF:` headers, beside our result.
    #[serde(default, rename = "receiver_said")]
    pub received_spf_seen: Vec<ReceivedSpfVerdict>,
}

/// One `Received-SPF:` header found in the message (RFC 7208 §9.1), as parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedSpfSeen {
    pub result: AuthResult,
    /// `mailfrom` or `helo`, when the header says.
    pub identity: Option<String>,
    pub client_ip: Option<String>,
    pub helo: Option<String>,
    pub envelope_from: Option<String>,
    pub receiver: Option<String>,
    /// The parenthesised comment after the result, if any.
    pub comment: Option<String>,
    /// The header value as found.
    pub raw: String,
}

/// A receiver's `Received-SPF:` verdict compared with ours.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedSpfVerdict {
    pub seen: ReceivedSpfSeen,
    /// Our result for the same identity, when we checked it.
    pub ours: Option<AuthResult>,
    /// `Some(false)` flags a disagreement.
    pub agrees: Option<bool>,
    /// Why they may differ, in words.
    #[serde(flatten, with = "crate::i18n::text::fields::note")]
    pub note: Text,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DkimReport {
    pub domain: String,
    pub selector: String,
    pub algorithm: String,
    pub result: AuthResult,
    /// Why, in one sentence ("body hash mismatch: the body was changed after signing").
    #[serde(flatten, with = "crate::i18n::text::fields::reason")]
    pub reason: Text,
    /// The signature over the header block verified (independent of the body).
    pub header_signature_valid: Option<bool>,
    /// The body hash matched `bh=`.
    pub body_hash_matches: Option<bool>,
    #[serde(flatten, with = "crate::i18n::text::fields::warnings")]
    pub warnings: Vec<Text>,
    pub trace: Trace,
    /// The signing identity `i=` (`@d` when the tag is absent).
    #[serde(default)]
    pub auid: String,
    /// `c=` as header/body, e.g. `relaxed/simple`.
    #[serde(default)]
    pub canonicalization: String,
    /// `rsa` or `ed25519`, when a usable key was found.
    #[serde(default)]
    pub key_type: Option<String>,
    #[serde(default)]
    pub key_bits: Option<u32>,
    /// `l=`: how much of the canonicalized body is signed.
    #[serde(default)]
    pub body_length: Option<u64>,
    /// The length of the whole canonicalized body as received.
    #[serde(default)]
    pub canonical_body_length: u64,
    /// The receiver's `Authentication-Results: dkim=` line about this signature, in words.
    #[serde(flatten, with = "crate::i18n::text::fields::receiver_said")]
    pub receiver_line: Option<Text>,
    /// The first characters of `b=` (whitespace removed), which tell this
    /// signature from others of the same domain: `header.b` in an
    /// Authentication-Results line (RFC 6008).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub header_b: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArcReport {
    pub result: AuthResult,
    #[serde(flatten, with = "crate::i18n::text::fields::reason")]
    pub reason: Text,
    pub trace: Trace,
    /// Each ARC set, oldest (i=1) first.
    #[serde(default)]
    pub instances: Vec<ArcInstance>,
    /// What every intermediary's ARC-Authentication-Results said.
    #[serde(default)]
    pub aar: Vec<ArcAar>,
    /// The instance at which the chain failed, when it did.
    #[serde(default)]
    pub failing_instance: Option<u32>,
    /// The oldest instance whose ARC-Message-Signature still verifies (RFC 8617 §5.2 step 4).
    #[serde(default)]
    pub oldest_pass: Option<u32>,
}

/// One ARC set (RFC 8617 §4.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArcInstance {
    pub instance: u32,
    /// The sealer's domain and selector (ARC-Seal d=, s=).
    pub domain: String,
    pub selector: String,
    /// The ARC-Seal's cv= as written.
    pub cv: String,
    /// Whether the ARC-Seal verified (None: not checked).
    pub seal_valid: Option<bool>,
    /// Whether the ARC-Message-Signature verified (None: not checked).
    pub ams_valid: Option<bool>,
    /// Whether the ARC-Message-Signature's body hash matched.
    pub ams_body_hash_matches: Option<bool>,
}

/// One ARC-Authentication-Results header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArcAar {
    pub instance: u32,
    pub authserv_id: String,
    /// The results, one per method (`spf=pass smtp.mailfrom=...`).
    pub results: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DmarcReport {
    pub result: AuthResult,
    /// The published policy that applies (`none`, `quarantine`, `reject`), when a record was found.
    pub policy: Option<String>,
    /// What a receiver following the policy would do with this message.
    #[serde(flatten, with = "crate::i18n::text::fields::disposition")]
    pub disposition: Text,
    /// The domain whose record was used.
    pub record_domain: Option<String>,
    pub spf_aligned: bool,
    pub dkim_aligned: bool,
    pub trace: Trace,
    /// The RFC 9989 organizational domain of the From domain (DNS tree walk).
    #[serde(default)]
    pub org_domain: Option<String>,
    /// The full RFC 9989 verdict (the fields above repeat it).
    #[serde(default)]
    pub rfc9989: DmarcVerdict,
    /// The same message under RFC 7489 (Public Suffix List, `pct`).
    #[serde(default)]
    pub rfc7489: DmarcVerdict,
    /// Where the two rule sets disagree, one sentence each; empty when they agree.
    #[serde(flatten, with = "crate::i18n::text::fields::differences")]
    pub differences: Vec<Text>,
    /// `rua`/`ruf` destinations outside the domain and their authorization records.
    #[serde(default)]
    pub report_authorization: Vec<ReportAuthorization>,
    /// Every distinct From domain.
    #[serde(default)]
    pub from_domains: Vec<String>,
}

/// DMARC under one rule set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DmarcVerdict {
    /// "RFC 9989" or "RFC 7489".
    pub rules: String,
    pub result: AuthResult,
    pub policy: Option<String>,
    #[serde(flatten, with = "crate::i18n::text::fields::disposition")]
    pub disposition: Text,
    pub from_domain: Option<String>,
    pub record_domain: Option<String>,
    pub org_domain: Option<String>,
    pub spf_aligned: bool,
    pub dkim_aligned: bool,
    pub trace: Trace,
    /// The policy a failing message gets after `t=y` (RFC 9989) — `policy`
    /// under RFC 7489, whose `pct` is a share, not a rule; none on a pass.
    #[serde(default)]
    pub applied_policy: Option<String>,
    /// The text of the record applied.
    #[serde(default)]
    pub record: Option<String>,
    /// The record's tags as applied (defaults filled in, an invalid policy read as the RFC says).
    #[serde(default)]
    pub tags: Option<DmarcTags>,
}

/// A DMARC record's tags as the evaluation applied them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DmarcTags {
    pub p: Option<String>,
    pub sp: Option<String>,
    pub np: Option<String>,
    /// `y` or `n`.
    pub t: String,
    /// `r` or `s`.
    pub adkim: String,
    pub aspf: String,
    /// `y`, `n` or `u`.
    pub psd: String,
}

/// RFC 7489 §7.1 / RFC 9990: may `domain`'s reports go to `destination`?
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportAuthorization {
    pub domain: String,
    pub uri: String,
    pub destination: String,
    /// The name queried: `<domain>._report._dmarc.<destination>`.
    pub query: String,
    /// `None` when DNS failed.
    pub authorized: Option<bool>,
    #[serde(flatten, with = "crate::i18n::text::fields::text")]
    pub text: Text,
}

/// The whole result of an inspection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub identities: Identities,
    pub spf: SpfReport,
    pub dkim: Vec<DkimReport>,
    pub arc: ArcReport,
    pub dmarc: DmarcReport,
    /// Every DNS query made, in the order they were started.
    pub dns: Vec<QueryLog>,
    /// Problems with the input itself (unparseable headers, missing From, ...).
    #[serde(flatten, with = "crate::i18n::text::fields::notices")]
    pub notices: Vec<Text>,
    /// The Received chain as a hop table, with the trust boundary.
    #[serde(default)]
    pub received: received::ReceivedChain,
    /// What the receivers wrote: Authentication-Results, ARC-Authentication-Results, Received-SPF.
    #[serde(default)]
    pub receiver_said: Vec<receivers::ReceiverVerdict>,
    /// Decoded antispam headers (Microsoft, SpamAssassin, rspamd, amavis).
    #[serde(default)]
    pub antispam: Vec<antispam::AntispamHeader>,
    /// Reverse DNS of the client IP, forward confirmation, HELO consistency.
    #[serde(default)]
    pub iprev: Option<host::IprevReport>,
    /// The client IP against DNS blocklists.
    #[serde(default)]
    pub dnsbl: Vec<host::DnsblResult>,
    /// The plain-language verdict, most likely reasons first.
    #[serde(default)]
    pub summary: Vec<summary::SummaryItem>,
    /// What was unwrapped to reach the message inspected (a forward, a
    /// bounce, an abuse report, a .msg file, an mbox line, a header-only
    /// paste); absent for a plain message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unwrapped: Option<unwrap::UnwrapInfo>,
    /// DKIM2's chain, when the message carries DKIM2 header fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dkim2: Option<dkim2::Dkim2Report>,
    /// The sender requirements of Gmail, Yahoo and Outlook.com, line by line.
    #[serde(default)]
    pub requirements: triage::SenderRequirements,
    /// Security findings: lookalike domains, mismatched domains, DKIM replay.
    #[serde(default)]
    pub security: Vec<triage::SecurityFinding>,
    /// How the inspection ran: the `now` used, the resolver ("offline records (12)"), offline or not.
    #[serde(default)]
    pub run: run::RunInfo,
}

impl Report {
    /// Every sentence the core wrote for people in this report (trace steps
    /// and their details and facts, reasons, warnings, notices, DNS errors,
    /// sources, explanations): what a renderer shows in the reader's
    /// language, and what `tests/core_i18n.rs` renders in every language.
    pub fn sentences(&self) -> Vec<&Text> {
        fn steps<'a>(out: &mut Vec<&'a Text>, trace: &'a [crate::trace::Step]) {
            for s in crate::trace::flatten(trace) {
                out.push(&s.text);
                out.extend(&s.detail);
                for f in &s.facts {
                    out.push(&f.name);
                    out.push(&f.value);
                }
            }
        }
        let mut out: Vec<&Text> = Vec::new();
        let src = &self.identities.sources;
        out.extend([&src.ip, &src.helo, &src.mail_from, &src.from_domain]);
        out.extend(self.spf.explanation.as_ref());
        steps(&mut out, &self.spf.trace);
        steps(&mut out, &self.spf.helo_trace);
        out.extend(self.spf.received_spf_seen.iter().map(|v| &v.note));
        for d in &self.dkim {
            out.push(&d.reason);
            out.extend(&d.warnings);
            out.extend(d.receiver_line.as_ref());
            steps(&mut out, &d.trace);
        }
        out.push(&self.arc.reason);
        steps(&mut out, &self.arc.trace);
        if let Some(d2) = &self.dkim2 {
            out.push(&d2.reason);
            out.push(&d2.envelope.source);
            steps(&mut out, &d2.trace);
        }
        let m = &self.dmarc;
        out.push(&m.disposition);
        steps(&mut out, &m.trace);
        for v in [&m.rfc9989, &m.rfc7489] {
            out.push(&v.disposition);
            steps(&mut out, &v.trace);
        }
        out.extend(&m.differences);
        out.extend(m.report_authorization.iter().map(|a| &a.text));
        out.extend(self.dns.iter().filter_map(|q| q.error.as_ref()));
        out.extend(&self.notices);
        out.push(&self.received.boundary_source);
        out.extend(&self.received.boundary_findings);
        out.extend(&self.received.warnings);
        for v in &self.receiver_said {
            out.extend(v.comparisons.iter().map(|c| &c.explanation));
            out.extend(v.comparisons.iter().map(|c| &c.ours));
            out.extend(&v.warnings);
        }
        for h in &self.antispam {
            out.extend(h.verdict.as_ref());
            out.extend(h.fields.iter().filter_map(|f| f.meaning.as_ref()));
        }
        if let Some(i) = &self.iprev {
            steps(&mut out, &i.trace);
        }
        for d in &self.dnsbl {
            out.extend(&d.meaning);
            steps(&mut out, std::slice::from_ref(&d.step));
        }
        if let Some(u) = &self.unwrapped {
            out.extend(u.sentences());
        }
        for i in &self.summary {
            out.push(&i.text);
        }
        out.extend(self.requirements.lines.iter().map(|l| &l.why));
        for f in &self.security {
            out.push(&f.text);
            out.push(&f.why);
        }
        out.retain(|s| !s.is_empty());
        out
    }
}
