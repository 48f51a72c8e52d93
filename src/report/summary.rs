//! The plain-language verdict as data: ranked items, each pointing at its evidence.

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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryItem {
    /// The sentence: its English in `text` for the CLI, JSON and Markdown,
    /// its key and arguments beside it for the app's languages.
    #[serde(flatten, with = "crate::i18n::text::fields::text")]
    pub text: Text,
    pub severity: Severity,
    /// Where the evidence is: a path into the report ("spf.trace[3]", "received.hops[2]").
    pub link: String,
    /// How many more identical items (same sentence, same severity) were
    /// folded into this one: a header with 80,000 identical results reads as
    /// one line with a count. `link` is the first one's.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub repeats: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
