//! The SPF record grammar (RFC 7208 §4.6, §5, §6, §7.1), parsed on our own so
//! that every term keeps its text for the trace and every error names its term.

use crate::i18n::phrases::spf::Spf;
use crate::i18n::text::Text;
use crate::tr;
use std::net::{Ipv4Addr, Ipv6Addr};

pub use super::record::*;

fn err(term: &str, reason: Text) -> SyntaxError {
    SyntaxError {
        term: term.to_string(),
        reason,
    }
}
/// Parses a macro-string. `exp` allows the explanation-only letters `c r t`
/// and the spaces of an explanation-string (§6.2).
pub fn parse_macro_string(s: &str, exp: bool) -> Result<MacroString, Text> {
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some('%') => lit.push('%'),
                Some('_') => lit.push(' '),
                Some('-') => lit.push_str("%20"),
                Some('{') => {
                    let mut body = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        body.push(c);
                    }
                    if !closed {
                        return Err(tr!(Spf::UnterminatedMacro, text = format!("%{{{body}")));
                    }
                    if !lit.is_empty() {
                        parts.push(MacroPart::Literal(std::mem::take(&mut lit)));
                    }
                    parts.push(parse_expand(&body, exp)?);
                }
                Some(other) => return Err(tr!(Spf::NotAMacro, text = format!("%{other}"))),
                None => return Err(tr!(Spf::LonePercent)),
            }
        } else if (c == ' ' && exp) || ('\x21'..='\x7e').contains(&c) {
            lit.push(c);
        } else {
            return Err(tr!(Spf::CharNotAllowed, c = format!("{c:?}")));
        }
    }
    if !lit.is_empty() {
        parts.push(MacroPart::Literal(lit));
    }
    Ok(MacroString {
        raw: s.to_string(),
        parts,
    })
}

fn parse_expand(body: &str, exp: bool) -> Result<MacroPart, Text> {
    let mut chars = body.chars();
    let Some(first) = chars.next() else {
        return Err(tr!(Spf::EmptyMacro));
    };
    let letter = first.to_ascii_lowercase();
    match letter {
        's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'v' => {}
        'c' | 'r' | 't' if exp => {}
        'c' | 'r' | 't' => return Err(tr!(Spf::MacroOnlyInExp, text = format!("%{{{first}}}"))),
        _ => {
            return Err(tr!(
                Spf::NotAMacroLetter,
                text = format!("%{{{body}}}"),
                letter = first
            ))
        }
    }
    let rest: String = chars.collect();
    let digit_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, rest) = rest.split_at(digit_end);
    let digits = if digits.is_empty() {
        None
    } else {
        match digits.parse::<usize>() {
            Ok(0) => return Err(tr!(Spf::ZeroParts, text = format!("%{{{body}}}"))),
            Ok(n) => Some(n),
            // A huge number keeps every part anyway.
            Err(_) => Some(usize::MAX),
        }
    };
    let (reverse, delims) = match rest.strip_prefix(['r', 'R']) {
        Some(d) => (true, d),
        None => (false, rest),
    };
    if let Some(bad) = delims
        .chars()
        .find(|c| !matches!(c, '.' | '-' | '+' | ',' | '/' | '_' | '='))
    {
        return Err(tr!(
            Spf::NotADelimiter,
            text = format!("%{{{body}}}"),
            c = bad
        ));
    }
    Ok(MacroPart::Expand {
        letter,
        escape: first.is_ascii_uppercase(),
        digits,
        reverse,
        delimiters: if delims.is_empty() {
            ".".into()
        } else {
            delims.into()
        },
    })
}

/// Parses a domain-spec (§7.1): a macro-string that ends in a macro or in `.toplabel`.
fn parse_domain_spec(term: &str, spec: &str) -> Result<MacroString, SyntaxError> {
    if spec.is_empty() {
        return Err(err(term, tr!(Spf::EmptyDomainAfterColon)));
    }
    let ms = parse_macro_string(spec, false).map_err(|r| err(term, r))?;
    let ends_in_macro =
        matches!(ms.parts.last(), Some(MacroPart::Expand { .. })) && spec.ends_with('}');
    if !ends_in_macro {
        let body = spec.strip_suffix('.').unwrap_or(spec);
        let Some((_, top)) = body.rsplit_once('.') else {
            return Err(err(term, tr!(Spf::NeedsTwoLabels, spec = spec)));
        };
        if !valid_toplabel(top) {
            return Err(err(term, tr!(Spf::BadTopLabel, spec = spec, top = top)));
        }
    }
    Ok(ms)
}

/// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
pub fn valid_toplabel(top: &str) -> bool {
    if top.is_empty() || !top.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return false;
    }
    if top.contains('-') {
        !top.starts_with('-') && !top.ends_with('-')
    } else {
        top.chars().any(|c| c.is_ascii_alphabetic())
    }
}

/// Whether a TXT string is an SPF record: `v=spf1` alone or followed by a space (§4.5).
pub fn is_spf_record(txt: &str) -> bool {
    let b = txt.as_bytes();
    b.len() >= 6 && b[..6].eq_ignore_ascii_case(b"v=spf1") && (b.len() == 6 || b[6] == b' ')
}

/// Parses a whole record; the first error anywhere makes it unusable (§4.6).
pub fn parse_record(txt: &str) -> Result<Record, SyntaxError> {
    if let Some(c) = txt.chars().find(|c| !c.is_ascii()) {
        let term = txt
            .split(' ')
            .find(|t| !t.is_ascii())
            .unwrap_or_default()
            .to_string();
        return Err(err(&term, tr!(Spf::NonAscii, c = format!("{c:?}"))));
    }
    if !is_spf_record(txt) {
        return Err(err("", tr!(Spf::NoVersion)));
    }
    let mut rec = Record::default();
    for term in record_terms(txt) {
        match read_term(term)? {
            TermRead::Directive(d) => rec.directives.push(d),
            TermRead::Modifier {
                name,
                spec: Some(spec),
                ..
            } => {
                let slot = if name == "redirect" {
                    &mut rec.redirect
                } else {
                    &mut rec.exp
                };
                if slot.is_some() {
                    return Err(err(term, tr!(Spf::ModifierTwice, modifier = name)));
                }
                *slot = Some(Modifier {
                    spec,
                    raw: term.to_string(),
                });
            }
            TermRead::Modifier { .. } => rec.unknown_modifiers.push(term.to_string()),
        }
    }
    Ok(rec)
}

/// The terms after `v=spf1`: only SP separates terms (§4.6.1).
fn record_terms(txt: &str) -> impl Iterator<Item = &str> {
    let body = if is_spf_record(txt) { &txt[6..] } else { txt };
    body.split(' ').filter(|t| !t.is_empty())
}

/// One term as the parser reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermRead {
    Directive(Directive),
    /// `name=value`; `name` lowercased. `spec` is the domain-spec of
    /// `redirect=` and `exp=`, `None` for a modifier this version ignores
    /// (§6: unknown modifiers are ignored, their value still a macro-string).
    Modifier {
        name: String,
        value: String,
        spec: Option<MacroString>,
    },
}

/// Reads one term exactly as [`parse_record`] does, without the rule that
/// spans terms (a modifier given twice): the linter reports every bad term
/// from this, so it cannot judge a term differently from the evaluator.
pub fn read_term(term: &str) -> Result<TermRead, SyntaxError> {
    if let Some(c) = term.chars().find(|c| !c.is_ascii()) {
        return Err(err(term, tr!(Spf::NonAscii, c = format!("{c:?}"))));
    }
    let Some((name, value)) = modifier_split(term) else {
        return parse_directive(term).map(TermRead::Directive);
    };
    let name = name.to_ascii_lowercase();
    let spec = match name.as_str() {
        "redirect" | "exp" => Some(parse_domain_spec(term, value)?),
        _ => {
            parse_macro_string(value, false).map_err(|r| err(term, r))?;
            None
        }
    };
    Ok(TermRead::Modifier {
        name,
        value: value.to_string(),
        spec,
    })
}

/// Every term of a record (after `v=spf1`), each read on its own, in order.
pub fn read_terms(txt: &str) -> Vec<(&str, Result<TermRead, SyntaxError>)> {
    record_terms(txt).map(|t| (t, read_term(t))).collect()
}

/// A mistake this parser recognises and names, beyond "this term is not
/// valid": the seed list the linter reports with a fix. The record's verdict
/// stays [`parse_record`]'s; a diagnostic only says why, so the linter and
/// the evaluator cannot disagree about whether a record parses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Diagnostic {
    /// `ipv4:`, `ipv6:` or `ip:` for `ip4:`/`ip6:` (§5.6); the term corrected.
    IpTypo { term: String, fixed: String },
    /// A tab (or other whitespace but SP) between terms: only SP separates
    /// terms (§4.6.1), so the neighbours read as one bad term.
    OtherWhitespace,
    /// Whitespace before `v=spf1`: the TXT record is no SPF record (§4.5).
    LeadingWhitespace,
}

/// A record read by [`parse_record`], with the diagnostics that explain a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub record: Result<Record, SyntaxError>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses like [`parse_record`] (the same result) and names the known
/// mistakes in the text.
pub fn parse_record_diagnosed(txt: &str) -> Parsed {
    let mut diagnostics = Vec::new();
    if txt.starts_with(char::is_whitespace) && is_spf_record(txt.trim_start()) {
        diagnostics.push(Diagnostic::LeadingWhitespace);
    }
    if txt
        .trim_end()
        .chars()
        .any(|c| c.is_whitespace() && c != ' ')
    {
        diagnostics.push(Diagnostic::OtherWhitespace);
    }
    for term in txt.split_whitespace() {
        if let Some(fixed) = ip_typo_fixed(term) {
            diagnostics.push(Diagnostic::IpTypo {
                term: term.to_string(),
                fixed,
            });
        }
    }
    Parsed {
        record: parse_record(txt),
        diagnostics,
    }
}

/// The corrected term when `term` is `ipv4:…`, `ipv6:…` or `ip:…` (any
/// qualifier, any case): `ip6` when the name or the address says IPv6.
fn ip_typo_fixed(term: &str) -> Option<String> {
    let body = term.trim_start_matches(['+', '-', '~', '?']);
    let qualifier = &term[..term.len() - body.len()];
    let name_end = body.find([':', '/']).unwrap_or(body.len());
    let (name, rest) = body.split_at(name_end);
    let name = name.to_ascii_lowercase();
    if !matches!(name.as_str(), "ipv4" | "ipv6" | "ip") {
        return None;
    }
    let v6 = name == "ipv6" || rest.strip_prefix(':').is_some_and(|a| a.contains(':'));
    let fixed_name = if v6 { "ip6" } else { "ip4" };
    Some(format!("{qualifier}{fixed_name}{rest}"))
}

/// `name=value` when the term is a modifier (name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )).
fn modifier_split(term: &str) -> Option<(&str, &str)> {
    let (name, value) = term.split_once('=')?;
    let mut chars = name.chars();
    let first = chars.next()?;
    if first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        Some((name, value))
    } else {
        None
    }
}

fn parse_directive(term: &str) -> Result<Directive, SyntaxError> {
    let (qualifier, body) = match term.chars().next() {
        Some('+') => (Qualifier::Pass, &term[1..]),
        Some('-') => (Qualifier::Fail, &term[1..]),
        Some('~') => (Qualifier::SoftFail, &term[1..]),
        Some('?') => (Qualifier::Neutral, &term[1..]),
        _ => (Qualifier::Pass, term),
    };
    let name_end = body.find([':', '/']).unwrap_or(body.len());
    let (name, args) = body.split_at(name_end);
    let lname = name.to_ascii_lowercase();
    let mechanism = match lname.as_str() {
        "all" => {
            if !args.is_empty() {
                return Err(err(term, tr!(Spf::AllNoArgument)));
            }
            Mechanism::All
        }
        "include" | "exists" => {
            let Some(spec) = args.strip_prefix(':') else {
                return Err(err(term, tr!(Spf::NeedsDomain, mechanism = lname)));
            };
            let spec = parse_domain_spec(term, spec)?;
            if lname == "include" {
                Mechanism::Include(spec)
            } else {
                Mechanism::Exists(spec)
            }
        }
        "a" | "mx" => {
            let (rest, cidr4, cidr6) = split_dual_cidr(term, args)?;
            let domain = match rest.strip_prefix(':') {
                Some(spec) => Some(parse_domain_spec(term, spec)?),
                None if rest.is_empty() => None,
                None => return Err(err(term, tr!(Spf::Unexpected, text = rest))),
            };
            if lname == "a" {
                Mechanism::A {
                    domain,
                    cidr4,
                    cidr6,
                }
            } else {
                Mechanism::Mx {
                    domain,
                    cidr4,
                    cidr6,
                }
            }
        }
        "ptr" => match args.strip_prefix(':') {
            Some(spec) => Mechanism::Ptr(Some(parse_domain_spec(term, spec)?)),
            None if args.is_empty() => Mechanism::Ptr(None),
            None => return Err(err(term, tr!(Spf::PtrNoCidr))),
        },
        "ip4" => {
            let Some(arg) = args.strip_prefix(':') else {
                return Err(err(term, tr!(Spf::NeedsAddress, mechanism = "ip4")));
            };
            let (addr, len) = match arg.split_once('/') {
                Some((a, l)) => (a, cidr_len(term, l, 32)?),
                None => (arg, 32),
            };
            let net = addr
                .parse::<Ipv4Addr>()
                .map_err(|_| err(term, tr!(Spf::NotIpv4, addr = addr)))?;
            Mechanism::Ip4 { net, len }
        }
        "ip6" => {
            let Some(arg) = args.strip_prefix(':') else {
                return Err(err(term, tr!(Spf::NeedsAddress, mechanism = "ip6")));
            };
            let (addr, len) = match arg.split_once('/') {
                Some((a, l)) => (a, cidr_len(term, l, 128)?),
                None => (arg, 128),
            };
            let net = addr
                .parse::<Ipv6Addr>()
                .map_err(|_| err(term, tr!(Spf::NotIpv6, addr = addr)))?;
            Mechanism::Ip6 { net, len }
        }
        "" => return Err(err(term, tr!(Spf::QualifierAlone))),
        _ => return Err(err(term, tr!(Spf::NotAMechanism, name = name))),
    };
    Ok(Directive {
        qualifier,
        mechanism,
        raw: term.to_string(),
    })
}

/// A CIDR length: 1*DIGIT without a leading zero, at most `max` (§5.6).
fn cidr_len(term: &str, s: &str, max: u8) -> Result<u8, SyntaxError> {
    let ok = !s.is_empty()
        && s.len() <= 3
        && s.chars().all(|c| c.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    match s.parse::<u16>() {
        Ok(n) if ok && n <= u16::from(max) => Ok(n as u8),
        _ => Err(err(term, tr!(Spf::BadPrefixLength, len = s, max = max))),
    }
}

/// Splits `[":" domain-spec] [ "/" ip4-cidr ] [ "//" ip6-cidr ]` from the end.
fn split_dual_cidr<'t>(term: &str, args: &'t str) -> Result<(&'t str, u8, u8), SyntaxError> {
    let mut rest = args;
    let mut cidr6 = 128;
    let mut cidr4 = 32;
    if let Some(pos) = rest.rfind("//") {
        let tail = &rest[pos + 2..];
        if tail.chars().all(|c| c.is_ascii_digit()) {
            cidr6 = cidr_len(term, tail, 128)?;
            rest = &rest[..pos];
        }
    }
    if let Some(pos) = rest.rfind('/') {
        let tail = &rest[pos + 1..];
        if tail.chars().all(|c| c.is_ascii_digit()) {
            cidr4 = cidr_len(term, tail, 32)?;
            rest = &rest[..pos];
        }
    }
    Ok((rest, cidr4, cidr6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_terms_and_names_the_bad_one() {
        let r = parse_record("v=spf1 +a mx/24//64 ip4:192.0.2.0/24 -all exp=e.%{d}").unwrap();
        assert_eq!(r.directives.len(), 4);
        assert!(matches!(
            r.directives[1].mechanism,
            Mechanism::Mx {
                cidr4: 24,
                cidr6: 64,
                ..
            }
        ));
        let e = parse_record("v=spf1 a ip4:192.0.2.0/33 -all").unwrap_err();
        assert_eq!(e.term, "ip4:192.0.2.0/33");
        let e = parse_record("v=spf1 a:%{c}.example.com").unwrap_err();
        assert!(e.reason.en().contains("explanation"), "{e:?}");
    }

    #[test]
    fn record_selection_prefix() {
        assert!(is_spf_record("V=SPF1 -all"));
        assert!(is_spf_record("v=spf1"));
        assert!(!is_spf_record("v=spf10 -all"));
        assert!(!is_spf_record("v=spf1-all"));
    }
}
