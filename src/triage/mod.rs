//! Triage beyond pass and fail: the sender requirements of the big mailbox
//! providers (`requirements`) and security findings (`security`) —
//! lookalike From domains, display names carrying another address,
//! mismatched domains, DKIM replay. Pure functions over the finished
//! [`Report`] and the few headers they read ([`Headers`]); no DNS.

pub mod confusables;
pub mod requirements;
pub mod security;

use crate::auth::dkim::tags::{parse_signature, SigKind};
use crate::i18n::phrases::triage::Triage;
use crate::i18n::phrases::verdicts::Verdicts;
use crate::i18n::Msg;
use crate::report::summary::{Cause, Severity, SummaryItem};
use crate::report::triage::{RequirementStatus, Rule};
use crate::report::Report;
use crate::tr;
use mail_auth::AuthenticatedMessage;

/// The headers the triage reads, as found (unfolded), in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers {
    pub from: Vec<String>,
    pub reply_to: Vec<String>,
    pub to: Vec<String>,
    pub message_id: Vec<String>,
    pub date: Vec<String>,
    pub list_unsubscribe: Vec<String>,
    pub list_unsubscribe_post: Vec<String>,
    pub list_id: Vec<String>,
    pub precedence: Vec<String>,
    /// Names of headers that bulk-mail services add (`Feedback-ID`, `X-SES-Outgoing`…), as found.
    pub service_headers: Vec<String>,
    /// Each DKIM-Signature's `h=` list, lowercased, in the order of
    /// `Report::dkim` (empty for a signature that does not parse).
    pub dkim_signed: Vec<Vec<String>>,
}

/// Headers that bulk-mail services add to what they send (their own
/// documentation: Google's Feedback-ID, Amazon SES, SendGrid, Mailgun,
/// Mailchimp/Mandrill, the CSA certified-senders header).
const SERVICE_HEADERS: &[&str] = &[
    "feedback-id",
    "x-ses-outgoing",
    "x-sg-eid",
    "x-sg-id",
    "x-mailgun-sid",
    "x-mailgun-variables",
    "x-mc-user",
    "x-mandrill-user",
    "x-csa-complaints",
    "x-campaign-id",
    "x-campaignid",
];

/// How many values of one header are kept: a message with thousands of
/// `To` lines is read as far as a person would.
const MAX_VALUES: usize = 16;

impl Headers {
    /// Reads them from the parsed message; `max_signatures` is the DKIM
    /// limit the verification used, so the lists line up with `Report::dkim`.
    pub fn from_message(msg: &AuthenticatedMessage<'_>, max_signatures: usize) -> Headers {
        let mut h = Headers::default();
        for (name, value) in msg.headers() {
            let name = String::from_utf8_lossy(name).trim().to_ascii_lowercase();
            let list = match name.as_str() {
                "from" => &mut h.from,
                "reply-to" => &mut h.reply_to,
                "to" => &mut h.to,
                "message-id" => &mut h.message_id,
                "date" => &mut h.date,
                "list-unsubscribe" => &mut h.list_unsubscribe,
                "list-unsubscribe-post" => &mut h.list_unsubscribe_post,
                "list-id" => &mut h.list_id,
                "precedence" => &mut h.precedence,
                "dkim-signature" => {
                    if h.dkim_signed.len() < max_signatures {
                        let value = crate::message::unfold(value);
                        h.dkim_signed
                            .push(match parse_signature(&value, SigKind::Dkim) {
                                Ok(t) => t.headers.iter().map(|n| n.to_ascii_lowercase()).collect(),
                                Err(_) => Vec::new(),
                            });
                    }
                    continue;
                }
                n if SERVICE_HEADERS.contains(&n) => {
                    if h.service_headers.len() < MAX_VALUES {
                        h.service_headers
                            .push(String::from_utf8_lossy(name.as_bytes()).into());
                    }
                    continue;
                }
                _ => continue,
            };
            if list.len() < MAX_VALUES {
                list.push(crate::message::unfold(value));
            }
        }
        h
    }
}

/// The registrable domain (Public Suffix List) of `domain`, lowercased;
/// the name itself when it is a public suffix or has one label.
pub fn registrable(domain: &str) -> String {
    let d = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    // Longer than DNS allows (RFC 1035 §2.3.4): no domain, and no reason to
    // spend the suffix search's work on what a message made up.
    if d.len() > 253 {
        return d;
    }
    crate::psl::domain_str(&d).map(str::to_string).unwrap_or(d)
}

/// Fills the report's `requirements` and `security` sections.
pub fn triage(report: &mut Report, headers: &Headers, no_dns: bool) {
    report.requirements = requirements::evaluate(report, headers, no_dns);
    report.security = security::findings(report, headers);
}

/// The summary's items from the triage: a failed provider requirement
/// that a receiver acts on (bulk mail without one-click unsubscribe above
/// all), and a From domain that imitates another. Each sentence ends with
/// what to do.
pub fn summary_items(r: &Report) -> Vec<SummaryItem> {
    let mut out = Vec::new();
    let req = &r.requirements;
    let bulk = req.bulk == Some(true);
    for (i, line) in req.lines.iter().enumerate() {
        if line.status != RequirementStatus::Fail || (line.bulk_only && !bulk) {
            continue;
        }
        // SPF, DKIM, DMARC and reverse DNS have their own summary items:
        // only what the summary does not say yet is added.
        let (text, action) = match line.rule {
            Rule::OneClickUnsubscribe => (
                crate::app_text!(Msg::SumTriageUnsubscribe, why = line.why.clone()),
                tr!(Verdicts::DoOneClickUnsubscribe),
            ),
            Rule::SpfAndDkim
            | Rule::DkimKeySize
            | Rule::FromHeader
            | Rule::MessageId
            | Rule::DateHeader => (
                crate::app_text!(Msg::SumTriageRequirement, why = line.why.clone()),
                tr!(Verdicts::DoSenderRequirement),
            ),
            _ => continue,
        };
        out.push(SummaryItem {
            text,
            severity: Severity::Warning,
            cause: Cause::SenderPractice,
            action: Some(action),
            link: format!("requirements.lines[{i}]"),
            ..Default::default()
        });
    }
    for (i, f) in r.security.iter().enumerate() {
        if f.kind == crate::report::triage::FindingKind::Lookalike {
            out.push(SummaryItem {
                text: crate::app_text!(Msg::SumTriageLookalike, finding = f.text.clone()),
                severity: f.severity,
                cause: Cause::Impersonation,
                action: Some(tr!(Verdicts::DoLookalike)),
                link: format!("security[{i}]"),
                ..Default::default()
            });
        }
    }
    out
}

/// A requirement line's name.
pub fn rule_label(rule: Rule) -> crate::i18n::text::Text {
    match rule {
        Rule::SpfPass => tr!(Triage::RuleSpfPass),
        Rule::DkimPass => tr!(Triage::RuleDkimPass),
        Rule::SpfAndDkim => tr!(Triage::RuleSpfAndDkim),
        Rule::Dmarc => tr!(Triage::RuleDmarc),
        Rule::OneClickUnsubscribe => tr!(Triage::RuleOneClick),
        Rule::ReverseDns => tr!(Triage::RuleReverseDns),
        Rule::Tls => tr!(Triage::RuleTls),
        Rule::DkimKeySize => tr!(Triage::RuleKeySize),
        Rule::FromHeader => tr!(Triage::RuleFrom),
        Rule::MessageId => tr!(Triage::RuleMessageId),
        Rule::DateHeader => tr!(Triage::RuleDate),
    }
}

/// `pass` and `fail` as the RFC words (kept in every language), "cannot tell" translated.
pub fn status_label(status: RequirementStatus) -> crate::i18n::text::Text {
    match status {
        RequirementStatus::CannotTell => tr!(Triage::StatusCannotTell),
        s => crate::i18n::text::Text::verbatim(s.as_str()),
    }
}

/// "Gmail, Yahoo (bulk senders)": whose rule, and for whom.
pub fn who_label(line: &crate::report::triage::RequirementLine) -> crate::i18n::text::Text {
    let providers = line
        .providers
        .iter()
        .map(|p| p.name())
        .collect::<Vec<_>>()
        .join(", ");
    let scope = if line.bulk_only {
        tr!(Triage::BulkOnly)
    } else {
        tr!(Triage::AllSenders)
    };
    tr!(Triage::WhoAsks, providers = providers, scope = scope)
}

/// Whether the message looks like bulk mail, and by which signs.
pub fn bulk_label(req: &crate::report::triage::SenderRequirements) -> crate::i18n::text::Text {
    if req.bulk == Some(true) {
        tr!(Triage::BulkYes, signs = req.bulk_signs.join(", "))
    } else {
        tr!(Triage::BulkUnknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains() {
        assert_eq!(registrable("Mail.Shop.Example.co.uk."), "example.co.uk");
        assert_eq!(registrable("paypa1.com"), "paypa1.com");
        let long = format!("{}.com", "a.".repeat(200));
        assert_eq!(registrable(&long), long);
    }
}
