//! DKIM2 (draft-ietf-dkim-dkim2-spec-08) as the report carries it: the
//! signatures in chain order, the message instances and their recipes, the
//! envelope the chain was checked for, the verdict and its trace.

use super::AuthResult;
use crate::i18n::text::Text;
use crate::trace::Trace;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dkim2Report {
    pub result: AuthResult,
    #[serde(flatten, with = "crate::i18n::text::fields::reason")]
    pub reason: Text,
    /// One per `DKIM2-Signature`, by `i=`.
    pub hops: Vec<Dkim2Hop>,
    /// One per `Message-Instance`, by `m=`.
    pub instances: Vec<Dkim2Instance>,
    /// The envelope the most recent signature was checked against.
    pub envelope: Dkim2Envelope,
    pub trace: Trace,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dkim2Hop {
    pub i: u32,
    pub m: u32,
    /// `t=`, unix seconds.
    pub t: u64,
    pub domain: String,
    /// `selector (algorithm)` per `s=` entry.
    pub keys: Vec<String>,
    /// `mf=` and `rt=`: the envelope this hop sent the message with.
    pub mail_from: Option<String>,
    pub rcpt_to: Vec<String>,
    /// `nd=`: the next signer's domain, for a hop without SMTP.
    pub next_domain: Option<String>,
    pub flags: Vec<String>,
    /// When the chain passed: this hop continues the previous one's custody.
    pub custody_ok: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dkim2Instance {
    pub m: u32,
    /// Hash algorithms of `h=`.
    pub hashes: Vec<String>,
    /// Whether `r=` is present: the previous version can be recreated.
    pub has_recipe: bool,
    /// Header field names the recipe recreates.
    pub recipe_headers: Vec<String>,
    /// `unchanged`, `steps` or `unrecoverable`.
    pub recipe_body: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dkim2Envelope {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// Where RCPT TO came from: given, the receiver's Received line, or assumed.
    #[serde(flatten, with = "crate::i18n::text::fields::source")]
    pub source: Text,
}
