//! The tag-list grammar (RFC 6376 §3.2), shared by every reader of one:
//! DKIM-Signature and key records, ARC-Seal and ARC-Message-Signature,
//! DMARC records (RFC 7489 §6.4 uses the same grammar), the builder's
//! lints of DKIM keys, MTA-STS and TLS-RPT records. The readers differ only
//! in what they make of a part: DKIM rejects an empty part, a duplicate or
//! a bad name ([`crate::auth::dkim::tags::parse_tag_list`]); DMARC and the
//! linters keep every part in order ([`lenient_pairs`]).

/// One `;`-separated part of a tag-list, before any judgement. Both sides
/// are trimmed of white space (FWS, §3.2: ASCII only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagPart<'t> {
    /// Nothing but white space (between two `;`, after the last, or the whole list).
    Empty,
    /// No `=`: the part as written.
    NoEquals(&'t str),
    Pair {
        name: &'t str,
        value: &'t str,
    },
}

fn trim_ws(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii_whitespace())
}

/// The parts of a tag-list in order, one per `;`-separated piece.
pub fn tag_parts(text: &str) -> impl Iterator<Item = TagPart<'_>> {
    text.split(';').map(|part| {
        let trimmed = trim_ws(part);
        if trimmed.is_empty() {
            return TagPart::Empty;
        }
        match trimmed.split_once('=') {
            Some((name, value)) => TagPart::Pair {
                name: trim_ws(name),
                value: trim_ws(value),
            },
            None => TagPart::NoEquals(trimmed),
        }
    })
}

/// The first value of tag `name` (as written, case-sensitive) in a list that
/// may not parse: a best-effort label for a header that is broken elsewhere.
pub fn loose_get<'t>(text: &'t str, name: &str) -> Option<&'t str> {
    tag_parts(text).find_map(|p| match p {
        TagPart::Pair { name: n, value } if n == name => Some(value),
        _ => None,
    })
}

/// How a lenient reader spells tag names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameCase {
    /// DMARC, MTA-STS, TLS-RPT: names compared without case.
    Lower,
    /// DKIM: names are case-sensitive (RFC 6376 §3.2), `K=` is not `k=`.
    AsWritten,
}

/// Every part in order, duplicates kept, empty parts dropped; a part
/// without `=` comes back with an empty name.
pub fn lenient_pairs(text: &str, names: NameCase) -> Vec<(String, String)> {
    tag_parts(text)
        .filter_map(|p| match p {
            TagPart::Empty => None,
            TagPart::NoEquals(t) => Some((String::new(), t.to_string())),
            TagPart::Pair { name, value } => Some((
                match names {
                    NameCase::Lower => name.to_ascii_lowercase(),
                    NameCase::AsWritten => name.to_string(),
                },
                value.to_string(),
            )),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_keep_order_and_trim_only_ascii_white_space() {
        let parts: Vec<TagPart> = tag_parts(" a = x y ;;b;c=\u{a0}").collect();
        assert_eq!(
            parts,
            [
                TagPart::Pair {
                    name: "a",
                    value: "x y"
                },
                TagPart::Empty,
                TagPart::NoEquals("b"),
                TagPart::Pair {
                    name: "c",
                    value: "\u{a0}"
                },
            ]
        );
        assert_eq!(loose_get("d=x; broken; s=sel", "s"), Some("sel"));
        assert_eq!(loose_get("D=x", "d"), None);
    }

    #[test]
    fn lenient_reading_differs_only_in_name_case() {
        let text = "v=DMARC1; P=reject; p=none; junk;";
        assert_eq!(
            lenient_pairs(text, NameCase::Lower),
            [
                ("v".to_string(), "DMARC1".to_string()),
                ("p".into(), "reject".into()),
                ("p".into(), "none".into()),
                ("".into(), "junk".into()),
            ]
        );
        assert_eq!(lenient_pairs(text, NameCase::AsWritten)[1].0, "P");
    }
}
