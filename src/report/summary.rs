//! The plain-language verdict as data: ranked items, each pointing at its evidence.
//!
//! # How items are ranked
//!
//! Every item names the [`Cause`] it stands for. `summary::rank` orders the
//! items by what decided the message's fate:
//!
//! 1. items that count against the message (critical and warning) before
//!    the ones worth knowing (info) and the ones that went right (ok);
//! 2. within each of those, the receiver's own verdict first
//!    ([`Cause::ReceiverVerdict`]): it is what decided the message's fate;
//! 3. then by severity (critical before warning), and within a severity by
//!    cause, in the order of [`Cause`]'s variants: impersonation, the
//!    authentication failures that explain the verdict, the sender's
//!    practices, reputation, transport, and last where receivers' results
//!    differ from ours; ties keep the order the producers wrote them in.
//!
//! So a blocklist listing (critical) ranks above a DMARC `p=none` failure
//! (warning), and an SPF fail above a missing PTR record.
//!
//! A producer (a check in `src/summary.rs`, or another module such as the
//! triage's) only pushes `SummaryItem`s with the right `cause`; the ranking,
//! the folding of identical items, `rank` and `shown` are `summary::rank`'s.

use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

/// How much an item weighs in the verdict.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Enough on its own to junk or reject the message.
    Critical,
    /// Counts against the message.
    Warning,
    /// Worth knowing.
    #[default]
    Info,
    /// Something that went right.
    Ok,
}

/// What an item is about. The order of the variants is the ranking order
/// (see the module's documentation): do not reorder them casually.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// The receiving organization's own spam/junk verdict (an antispam
    /// header written inside the trust boundary, Microsoft's SCL/BCL,
    /// `dest:J`): what decided the message's fate when present.
    ReceiverVerdict,
    /// The From imitates someone else (a lookalike domain, a display name
    /// with another domain's address).
    Impersonation,
    /// SPF, DKIM, DMARC (and ARC) failures and missing records.
    Authentication,
    /// What a bulk sender must do (one-click unsubscribe, low complaints).
    SenderPractice,
    /// The sending IP and host: blocklists, reverse DNS, HELO.
    Reputation,
    /// The way the message travelled: TLS, clocks.
    Transport,
    /// A receiver's Authentication-Results that differ from ours.
    ReceiverDisagreement,
    /// Anything else.
    #[default]
    Other,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryItem {
    /// The sentence: its English in `text` for the CLI, JSON and Markdown,
    /// its key and arguments beside it for the app's languages.
    #[serde(flatten, with = "crate::i18n::text::fields::text")]
    pub text: Text,
    pub severity: Severity,
    /// What the item is about; decides its rank with `severity`.
    #[serde(default)]
    pub cause: Cause,
    /// What the sender's administrator can do about it, when there is
    /// something to do.
    #[serde(flatten, with = "crate::i18n::text::fields::action_opt")]
    pub action: Option<Text>,
    /// Where the evidence is: a path into the report ("spf.trace[3]", "received.hops[2]").
    pub link: String,
    /// How many more identical items (same sentence, same severity) were
    /// folded into this one: a header with 80,000 identical results reads as
    /// one line with a count. `link` is the first one's.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub repeats: usize,
    /// 1 for the first item; set by `summary::rank`.
    #[serde(default)]
    pub rank: usize,
    /// Among the first `summary::SHOWN` items: shown at once; the others are
    /// folded behind "N more".
    #[serde(default)]
    pub shown: bool,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
