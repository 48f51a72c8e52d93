//! The sender requirements of the big mailbox providers and the security
//! triage, as data (src/triage/ fills them from the finished report).

use super::summary::Severity;
use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

/// A mailbox provider whose published sender rules a line follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailboxProvider {
    Gmail,
    Yahoo,
    Outlook,
}

impl MailboxProvider {
    pub fn name(self) -> &'static str {
        match self {
            MailboxProvider::Gmail => "Gmail",
            MailboxProvider::Yahoo => "Yahoo",
            MailboxProvider::Outlook => "Outlook.com",
        }
    }
}

/// One requirement's outcome for this message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementStatus {
    Pass,
    Fail,
    /// The message does not show it either way (no DNS, no signature, not bulk mail…).
    #[default]
    CannotTell,
}

impl RequirementStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequirementStatus::Pass => "pass",
            RequirementStatus::Fail => "fail",
            RequirementStatus::CannotTell => "cannot tell",
        }
    }
}

/// The requirements checked, one line each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    SpfPass,
    DkimPass,
    SpfAndDkim,
    Dmarc,
    OneClickUnsubscribe,
    ReverseDns,
    Tls,
    DkimKeySize,
    FromHeader,
    MessageId,
    DateHeader,
}

/// One provider requirement and how this message meets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementLine {
    pub rule: Rule,
    /// Whose published rules ask for it.
    pub providers: Vec<MailboxProvider>,
    /// Asked of bulk senders only (Gmail and Yahoo: about 5,000 messages a
    /// day; Outlook.com: more than 5,000).
    pub bulk_only: bool,
    pub status: RequirementStatus,
    /// What the requirement is and why this status, in one sentence.
    #[serde(flatten, with = "crate::i18n::text::fields::why")]
    pub why: Text,
    /// Where the evidence is: a path into the report (`spf.trace[3]`,
    /// `received.hops[2]`, or the line itself, `requirements.lines[9]`).
    pub link: String,
}

/// The bulk-sender requirements of Gmail, Yahoo and Outlook.com.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SenderRequirements {
    /// Whether the message looks like bulk mail: `Some(true)` when it
    /// carries a list or ESP sign, `None` when nothing shows it (a
    /// personal message looks the same as an unmarked bulk one).
    pub bulk: Option<bool>,
    /// The signs of bulk mail found (`List-Unsubscribe`, `Precedence: bulk`, …).
    #[serde(default)]
    pub bulk_signs: Vec<String>,
    pub lines: Vec<RequirementLine>,
}

/// What a security finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// The From domain imitates another domain (confusable letters, a typo).
    Lookalike,
    /// The display name carries an address or domain other than the From address's.
    DisplayNameAddress,
    /// Reply-To or Return-Path is in another domain than From.
    DomainsDiffer,
    /// A bulk service's valid signature on a message whose recipients it did not sign.
    DkimReplay,
}

/// One header or value a finding rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The header (`From`, `Reply-To`, `DKIM-Signature h=`…).
    pub header: String,
    pub value: String,
}

/// A fact worth a helpdesk's attention, not a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityFinding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// What was found.
    #[serde(flatten, with = "crate::i18n::text::fields::text")]
    pub text: Text,
    /// Why it matters.
    #[serde(flatten, with = "crate::i18n::text::fields::why")]
    pub why: Text,
    pub evidence: Vec<Evidence>,
}
