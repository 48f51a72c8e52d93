//! Decoded antispam headers (Microsoft, SpamAssassin, rspamd, amavis, ...).

use crate::i18n::text::Text;
use serde::{Deserialize, Serialize};

/// One field of an antispam header.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AntispamField {
    pub key: String,
    pub value: String,
    /// What the value means, when we know the field; `None` = shown raw.
    #[serde(flatten, with = "crate::i18n::text::fields::meaning")]
    pub meaning: Option<Text>,
}

/// One rule/test/symbol that fired (SpamAssassin test, rspamd symbol).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SpamTest {
    pub name: String,
    pub score: Option<f64>,
    /// rspamd's symbol options (`[...]`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub options: String,
}

/// One decoded header.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AntispamHeader {
    pub header: String,
    /// "Microsoft", "SpamAssassin", "rspamd", "amavis".
    pub engine: String,
    /// The engine's verdict in words, when the header carries one.
    #[serde(flatten, with = "crate::i18n::text::fields::verdict")]
    pub verdict: Option<Text>,
    /// The engine judged the message spam.
    pub spam: Option<bool>,
    pub score: Option<f64>,
    pub required: Option<f64>,
    pub fields: Vec<AntispamField>,
    pub tests: Vec<SpamTest>,
    pub raw: String,
}
