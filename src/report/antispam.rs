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

/// Whose view a header reports. Only the receiver's own headers are its
/// verdict; the summary never ranks the others as the receiver's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Written by the receiving organization (or we cannot tell otherwise).
    #[default]
    Receiver,
    /// A header that by its name reports the sending organization's view
    /// (`*-Untrusted`, `X-MS-Exchange-CrossTenant-*`,
    /// `Authentication-Results-Original`).
    SendingOrganization,
    /// Found between Received lines below the trust boundary: written
    /// before the message reached the receiver.
    BeforeBoundary,
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
    /// Whose view this is.
    #[serde(default)]
    pub side: Side,
    /// Why it is not the receiver's, when it is not.
    #[serde(flatten, with = "crate::i18n::text::fields::side_note_opt")]
    pub side_note: Option<Text>,
}
