//! The step model shared by every check. A trace is data: the UI draws it,
//! the CLI prints it, tests assert on it.

use crate::i18n::text::{IntoText, Text};
use serde::{Deserialize, Serialize};

/// What a step did, so renderers can pick an icon or colour without parsing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    /// A DNS query was made (or answered from the shared cache).
    Lookup,
    /// Something was parsed: a record, a header, a key.
    Parse,
    /// A term or rule was evaluated and matched.
    Match,
    /// A term or rule was evaluated and did not match.
    NoMatch,
    /// A computation whose outcome is neither match nor no-match (hashing, canonicalization).
    Compute,
    /// The final or intermediate verdict of a check.
    Result,
    /// Something the user should look at, not itself a failure.
    Warning,
    /// Something went wrong (syntax error, DNS failure, bad signature).
    Error,
    /// Plain information.
    Info,
}

impl StepKind {
    /// `Match` or `NoMatch`, for a term, rule or hash compared.
    pub fn matched(ok: bool) -> StepKind {
        if ok {
            StepKind::Match
        } else {
            StepKind::NoMatch
        }
    }
}

/// A named value attached to a step, e.g. `dns_lookups = 3`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    #[serde(flatten, with = "crate::i18n::text::fields::name")]
    pub name: Text,
    #[serde(flatten, with = "crate::i18n::text::fields::value")]
    pub value: Text,
}

/// One step of a check's evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    /// One sentence a helpdesk person can read.
    #[serde(flatten, with = "crate::i18n::text::fields::text")]
    pub text: Text,
    /// Verbatim material: raw record strings, canonicalized header lines, ...
    /// (and now and then the sentence a lookup ended with).
    #[serde(flatten, with = "crate::i18n::text::fields::detail_opt")]
    pub detail: Vec<Text>,
    /// Counters and values at this point (e.g. the SPF lookup counters).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
    /// Nested evaluations (SPF include/redirect, ARC instances, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Step>,
}

impl Step {
    pub fn new(kind: StepKind, text: Text) -> Self {
        Step {
            kind,
            text,
            detail: Vec::new(),
            facts: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn with_detail(mut self, line: impl IntoText) -> Self {
        self.detail.push(line.into_text());
        self
    }

    pub fn with_details<I, S>(mut self, lines: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: IntoText,
    {
        self.detail
            .extend(lines.into_iter().map(IntoText::into_text));
        self
    }

    pub fn with_fact(mut self, name: impl IntoText, value: impl IntoText) -> Self {
        self.facts.push(Fact {
            name: name.into_text(),
            value: value.into_text(),
        });
        self
    }

    pub fn with_children(mut self, children: Vec<Step>) -> Self {
        self.children = children;
        self
    }

    /// Every step of this subtree, depth first, parents before children.
    pub fn walk(&self) -> Vec<&Step> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }
}

/// An ordered list of steps.
pub type Trace = Vec<Step>;

/// Flattens a trace, depth first; handy for tests and text search.
pub fn flatten(trace: &[Step]) -> Vec<&Step> {
    trace.iter().flat_map(|s| s.walk()).collect()
}
