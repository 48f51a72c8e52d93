//! RFC 6376 §3.2 tag=value lists and the DKIM-Signature / ARC header tags built on them.
//! Shared by DKIM (DKIM-Signature, key records) and ARC (ARC-Seal, ARC-Message-Signature).

use crate::auth::tag_list::{tag_parts, TagPart};
use crate::i18n::phrases::dkim::Dkim;
use crate::i18n::text::Text;
use crate::tr;
use base64::Engine;
use mail_auth::crypto::Algorithm;
use mail_auth::dkim::Canonicalization;

/// One tag as written: the name and the value with surrounding white space removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub value: String,
}

/// Parses a tag-list. Errors name the problem in words.
///
/// Tag names are case-sensitive (§3.2); a duplicated tag, an empty tag between two
/// semicolons or a tag without `=` make the whole list invalid; one trailing `;` is allowed.
pub fn parse_tag_list(text: &str) -> Result<Vec<Tag>, Text> {
    let mut tags: Vec<Tag> = Vec::new();
    let parts: Vec<TagPart> = tag_parts(text).collect();
    let last = parts.len().saturating_sub(1);
    for (n, part) in parts.iter().enumerate() {
        let (name, value) = match *part {
            TagPart::Empty if n == last && n > 0 => continue,
            TagPart::Empty if parts.len() == 1 => return Err(tr!(Dkim::TagListEmpty)),
            TagPart::Empty => return Err(tr!(Dkim::TagEmptyBetween)),
            TagPart::NoEquals(part) => return Err(tr!(Dkim::TagNotPair, part = part)),
            TagPart::Pair { name, value } => (name, value),
        };
        let valid_name = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid_name {
            return Err(tr!(Dkim::TagBadName, name = name));
        }
        if tags.iter().any(|t| t.name == name) {
            return Err(tr!(Dkim::TagTwice, name = name));
        }
        tags.push(Tag {
            name: name.to_string(),
            value: value.to_string(),
        });
    }
    Ok(tags)
}

pub fn get<'a>(tags: &'a [Tag], name: &str) -> Option<&'a str> {
    tags.iter()
        .find(|t| t.name == name)
        .map(|t| t.value.as_str())
}

/// Base64 with folding white space removed (§3.5 `b=`, `bh=`).
pub fn base64_value(tag: &str, value: &str) -> Result<Vec<u8>, Text> {
    let compact: String = value.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    if compact.is_empty() {
        return Err(tr!(Dkim::TagEmpty, tag = tag));
    }
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .map_err(|e| tr!(Dkim::TagBadBase64, tag = tag, error = e))
}

pub fn number_value(tag: &str, value: &str) -> Result<u64, Text> {
    if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit()) || value.len() > 20 {
        return Err(tr!(Dkim::TagNotNumber, tag = tag, value = value));
    }
    value
        .parse::<u64>()
        .map_err(|_| tr!(Dkim::TagTooLarge, tag = tag, value = value))
}

fn token_value<'a>(tag: &str, value: &'a str) -> Result<&'a str, Text> {
    if value.is_empty() {
        return Err(tr!(Dkim::TagEmpty, tag = tag));
    }
    if value.chars().any(|c| c.is_ascii_whitespace()) {
        return Err(tr!(Dkim::TagWhiteSpace, tag = tag, value = value));
    }
    Ok(value)
}

pub fn algorithm_value(value: &str) -> Result<Algorithm, Text> {
    // Values are case-sensitive unless the tag says otherwise (§3.2); a= does not.
    match token_value("a", value)? {
        "rsa-sha256" => Ok(Algorithm::RsaSha256),
        "rsa-sha1" => Ok(Algorithm::RsaSha1),
        "ed25519-sha256" => Ok(Algorithm::Ed25519Sha256),
        other => Err(tr!(Dkim::TagUnknownAlgorithm, value = other)),
    }
}

pub fn domain_value(tag: &str, value: &str) -> Result<String, Text> {
    let v = token_value(tag, value)?;
    let ok = v.split('.').all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii())
    }) && v.len() <= 253;
    if !ok {
        return Err(tr!(Dkim::TagBadDomain, tag = tag, value = v));
    }
    Ok(v.to_string())
}

pub fn canonicalization_value(value: &str) -> Result<(Canonicalization, Canonicalization), Text> {
    let v = token_value("c", value)?;
    let one = |s: &str| match s {
        "simple" => Ok(Canonicalization::Simple),
        "relaxed" => Ok(Canonicalization::Relaxed),
        other => Err(tr!(Dkim::TagUnknownCanon, value = other)),
    };
    match v.split_once('/') {
        Some((h, b)) => Ok((one(h)?, one(b)?)),
        // §3.5: "If only one algorithm is named, that algorithm is used for the header and simple for the body."
        None => Ok((one(v)?, Canonicalization::Simple)),
    }
}

/// Header names of `h=`, white space around the colons removed.
pub fn header_list(tag: &str, value: &str) -> Result<Vec<String>, Text> {
    if value.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for name in value.split(':') {
        let n = name.trim();
        // An empty name ("to::date") matches no header and so is hashed as nothing; the ARC
        // suite (ams_fields_h_mis_hdr) and dkimpy accept it.
        if !n.bytes().all(|b| (33..=126).contains(&b) && b != b':') {
            return Err(tr!(Dkim::TagBadHeaderName, tag = tag, name = n));
        }
        out.push(n.to_string());
    }
    Ok(out)
}

pub fn canon_name(c: Canonicalization) -> &'static str {
    match c {
        Canonicalization::Simple => "simple",
        Canonicalization::Relaxed => "relaxed",
    }
}

/// The fields of a DKIM-Signature or ARC-Message-Signature that verification needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureTags {
    pub tags: Vec<Tag>,
    pub algorithm: Algorithm,
    pub domain: String,
    pub selector: String,
    pub b: Vec<u8>,
    pub bh: Vec<u8>,
    pub header_canon: Canonicalization,
    pub body_canon: Canonicalization,
    pub headers: Vec<String>,
    /// DKIM `i=` (the AUID); for ARC the instance is in `instance`.
    pub auid: Option<String>,
    pub instance: Option<u32>,
    pub length: Option<u64>,
    pub timestamp: Option<u64>,
    pub expiration: Option<u64>,
}

/// Which header the tags came from: DKIM requires `v=1` and `i=` as an AUID, ARC an instance `i=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigKind {
    Dkim,
    ArcMessageSignature,
}

/// Parses and checks a DKIM-Signature / ARC-Message-Signature value. The error names the tag.
pub fn parse_signature(value: &str, kind: SigKind) -> Result<SignatureTags, Text> {
    let tags = parse_tag_list(value)?;
    let need = |name: &str| -> Result<&str, Text> {
        get(&tags, name).ok_or_else(|| tr!(Dkim::TagMissing, name = name))
    };
    if kind == SigKind::Dkim {
        let v = need("v")?;
        if v != "1" {
            return Err(tr!(Dkim::TagVersion, value = v));
        }
    }
    let algorithm = algorithm_value(need("a")?)?;
    let b = base64_value("b", need("b")?)?;
    let bh = base64_value("bh", need("bh")?)?;
    let domain = domain_value("d", need("d")?)?;
    let selector = token_value("s", need("s")?)?.to_string();
    let headers = header_list("h", need("h")?)?;
    let (header_canon, body_canon) = match (get(&tags, "c"), kind) {
        (Some(c), _) => canonicalization_value(c)?,
        // ARC (RFC 8617 §4.1.2) has no default for c=; DKIM's default is simple/simple.
        (None, SigKind::ArcMessageSignature) => return Err(tr!(Dkim::TagMissing, name = "c")),
        (None, SigKind::Dkim) => (Canonicalization::Simple, Canonicalization::Simple),
    };
    let (auid, instance) = match kind {
        SigKind::Dkim => (
            match get(&tags, "i") {
                Some(i) => Some(token_value("i", i)?.to_string()),
                None => None,
            },
            None,
        ),
        SigKind::ArcMessageSignature => {
            let i = number_value("i", need("i")?)?;
            if !(1..=50).contains(&i) {
                return Err(tr!(Dkim::TagInstanceRange, i = i));
            }
            (None, Some(i as u32))
        }
    };
    if kind == SigKind::Dkim {
        if let Some(q) = get(&tags, "q") {
            if !q.split(':').any(|m| m.trim() == "dns/txt") {
                return Err(tr!(Dkim::TagNoDnsTxt, value = q));
            }
        }
    }
    let opt_num = |name: &str| -> Result<Option<u64>, Text> {
        get(&tags, name).map(|v| number_value(name, v)).transpose()
    };
    let length = opt_num("l")?;
    let timestamp = opt_num("t")?;
    let expiration = opt_num("x")?;
    Ok(SignatureTags {
        tags: tags.clone(),
        algorithm,
        domain,
        selector,
        b,
        bh,
        header_canon,
        body_canon,
        headers,
        auid,
        instance,
        length,
        timestamp,
        expiration,
    })
}

/// Removes the value of the `b=` tag (not `bh=`) from a raw header value, keeping everything
/// else byte for byte (RFC 6376 §3.7), and drops the final CRLF: the signature header is
/// hashed without one.
pub fn strip_b_value(raw: &[u8]) -> Vec<u8> {
    let mut value = raw;
    while let Some((&last, rest)) = value.split_last() {
        if last == b'\n' || last == b'\r' {
            value = rest;
        } else {
            break;
        }
    }
    let mut out = Vec::with_capacity(value.len());
    let mut first = true;
    for segment in value.split(|&c| c == b';') {
        if !first {
            out.push(b';');
        }
        first = false;
        let is_b = segment
            .iter()
            .position(|&c| c == b'=')
            .map(|eq| segment[..eq].trim_ascii() == b"b")
            .unwrap_or(false);
        if is_b {
            let eq = segment.iter().position(|&c| c == b'=').unwrap_or(0);
            out.extend_from_slice(&segment[..=eq]);
        } else {
            out.extend_from_slice(segment);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_list_rules() {
        assert!(parse_tag_list("a=1; b=2;").is_ok());
        assert!(parse_tag_list("a=1;; b=2").unwrap_err().en().contains(";;"));
        assert!(parse_tag_list("a=1; a=2")
            .unwrap_err()
            .en()
            .contains("more than once"));
        assert!(parse_tag_list("a=1; ==").is_err());
        assert_eq!(
            get(&parse_tag_list(" a = x y ;").unwrap(), "a"),
            Some("x y")
        );
    }

    #[test]
    fn strips_only_b() {
        let v = b" v=1; bh=abc; b=de\r\n f;\r\n";
        assert_eq!(strip_b_value(v), b" v=1; bh=abc; b=;".to_vec());
        let v = b"b = xyz ; d=x";
        assert_eq!(strip_b_value(v), b"b =; d=x".to_vec());
    }

    #[test]
    fn signature_errors_name_the_tag() {
        let e = parse_signature(
            "v=1; a=rsa-sha256; d=x.org; s=s; h=from; bh=AAAA; b=A A A A; t=1 2",
            SigKind::Dkim,
        )
        .unwrap_err();
        assert!(e.en().contains("t="), "{e:?}");
        let e = parse_signature(
            "v=1; a=rsa-sha256; d=x.org; h=from; bh=AAAA; b=AAAA",
            SigKind::Dkim,
        )
        .unwrap_err();
        assert!(e.en().contains("s="), "{e:?}");
    }
}
