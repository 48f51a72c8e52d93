//! What the receivers wrote (Authentication-Results, ARC-Authentication-Results,
//! Received-SPF), as parsed, and how it compares with our verdicts.

use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

/// One `method=result` of an Authentication-Results header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodResult {
    pub method: String,
    /// The result word as written ("pass", "fail", "bestguesspass", ...).
    pub result: String,
    pub reason: Option<String>,
    /// Comments in the result, e.g. "(google.com: domain of x designates 1.2.3.4 as permitted sender)".
    pub comments: Vec<String>,
    /// `ptype.property=value` pairs and other `key=value` pairs (`action=`, `header.from=`).
    pub properties: Vec<(String, String)>,
}

/// Our result beside the receiver's, for one method.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub method: String,
    pub theirs: String,
    #[serde(flatten, with = "crate::i18n::text::fields::ours")]
    pub ours: Text,
    pub agree: bool,
    /// Why they might differ, in words (empty when they agree).
    #[serde(flatten, with = "crate::i18n::text::fields::explanation")]
    pub explanation: Text,
}

/// One parsed header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiverVerdict {
    /// "Authentication-Results", "ARC-Authentication-Results" or "Received-SPF".
    pub header: String,
    /// 0 = topmost header of that name.
    pub index: usize,
    /// The authserv-id; `None` when missing (Microsoft 365 writes none).
    pub authserv_id: Option<String>,
    /// ARC instance (`i=`), for ARC-Authentication-Results.
    pub instance: Option<u32>,
    pub results: Vec<MethodResult>,
    pub comparisons: Vec<Comparison>,
    #[serde(flatten, with = "crate::i18n::text::fields::warnings")]
    pub warnings: Vec<Text>,
    pub raw: String,
}
