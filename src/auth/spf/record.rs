//! The SPF record model (RFC 7208 §4.6, §5, §6, §7.1): the one set of types
//! the evaluator, the builder, the linter and the domain check share. The
//! parser is in [`super::parse`].

use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::Text;
use crate::tr;
use std::net::{Ipv4Addr, Ipv6Addr};

/// A syntax error, with the offending term as written in the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub term: String,
    pub reason: Text,
}

impl crate::i18n::text::Describe for SyntaxError {
    fn text(&self) -> Text {
        if self.term.is_empty() {
            self.reason.clone()
        } else {
            tr!(Spf::SyntaxErrorIn, term = self.term, reason = self.reason)
        }
    }
}
crate::sentence_arg!(SyntaxError);

/// `+ - ~ ?` (RFC 7208 §4.6.2): the one qualifier type of the evaluator and the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    #[default]
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

impl Qualifier {
    pub fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }
}

/// One piece of a macro-string (RFC 7208 §7.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MacroPart {
    Literal(String),
    Expand {
        /// The macro letter, lowercase.
        letter: char,
        /// An uppercase letter asks for URL-escaping (§7.3).
        escape: bool,
        /// Keep only this many right-hand parts.
        digits: Option<usize>,
        reverse: bool,
        /// Split characters; `.` when none were given.
        delimiters: String,
    },
}

/// A macro-string with its original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MacroString {
    pub raw: String,
    pub parts: Vec<MacroPart>,
}

impl MacroString {
    pub fn has_macros(&self) -> bool {
        self.parts
            .iter()
            .any(|p| matches!(p, MacroPart::Expand { .. }))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mechanism {
    All,
    Include(MacroString),
    A {
        domain: Option<MacroString>,
        cidr4: u8,
        cidr6: u8,
    },
    Mx {
        domain: Option<MacroString>,
        cidr4: u8,
        cidr6: u8,
    },
    Ptr(Option<MacroString>),
    Ip4 {
        net: Ipv4Addr,
        len: u8,
    },
    Ip6 {
        net: Ipv6Addr,
        len: u8,
    },
    Exists(MacroString),
}

impl Mechanism {
    /// Whether the term counts toward the limit of 10 DNS-querying terms (§4.6.4).
    pub fn queries_dns(&self) -> bool {
        matches!(
            self,
            Mechanism::Include(_)
                | Mechanism::A { .. }
                | Mechanism::Mx { .. }
                | Mechanism::Ptr(_)
                | Mechanism::Exists(_)
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub qualifier: Qualifier,
    pub mechanism: Mechanism,
    /// The term as written.
    pub raw: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modifier {
    pub spec: MacroString,
    pub raw: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    pub directives: Vec<Directive>,
    pub redirect: Option<Modifier>,
    pub exp: Option<Modifier>,
    /// Modifiers we do not know, ignored as §6 requires.
    pub unknown_modifiers: Vec<String>,
}
