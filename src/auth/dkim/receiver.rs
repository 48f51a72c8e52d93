//! A minimal reader of the `dkim=` results in Authentication-Results (RFC 8601):
//! enough to compare what the receiver saw with what we see now.

use crate::report::AuthResult;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiverDkim {
    pub authserv_id: String,
    pub result: AuthResult,
    /// The result word as written (`pass`, `fail`, `policy`, ...).
    pub word: String,
    pub d: Option<String>,
    pub i: Option<String>,
    pub s: Option<String>,
    pub b: Option<String>,
    pub comment: Option<String>,
}

/// Removes RFC 5322 comments (nested parentheses, quoted-pairs), keeping quoted strings.
/// Returns the text and the comments, in order.
fn strip_comments(v: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(v.len());
    let mut comments = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    let mut in_quote = false;
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next().unwrap_or(' ');
                if depth > 0 {
                    current.push(next);
                } else {
                    out.push(c);
                    out.push(next);
                }
            }
            '"' if depth == 0 => {
                in_quote = !in_quote;
                out.push(c);
            }
            '(' if !in_quote => {
                if depth > 0 {
                    current.push(c);
                }
                depth += 1;
            }
            ')' if !in_quote && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    comments.push(std::mem::take(&mut current).trim().to_string());
                    out.push(' ');
                } else {
                    current.push(c);
                }
            }
            c if depth > 0 => current.push(c),
            c => out.push(c),
        }
    }
    (out, comments)
}

/// Parses one Authentication-Results value (unfolded) into its `dkim=` results.
pub fn parse(value: &str) -> Vec<ReceiverDkim> {
    let mut out = Vec::new();
    let mut parts = value.split(';');
    let authserv_id = parts
        .next()
        .map(|p| strip_comments(p).0)
        .and_then(|p| p.split_whitespace().next().map(str::to_string))
        .unwrap_or_default();
    for part in parts {
        let (text, comments) = strip_comments(part);
        let mut words = text.split_whitespace();
        let Some(first) = words.next() else { continue };
        let Some((method, word)) = first.split_once('=') else {
            continue;
        };
        if !method.eq_ignore_ascii_case("dkim") {
            continue;
        }
        let word = word.trim_matches('"').to_ascii_lowercase();
        let mut r = ReceiverDkim {
            authserv_id: authserv_id.clone(),
            result: AuthResult::parse(&word).unwrap_or(if word == "policy" {
                AuthResult::Fail
            } else {
                AuthResult::Neutral
            }),
            word,
            d: None,
            i: None,
            s: None,
            b: None,
            comment: comments.first().cloned(),
        };
        for prop in words {
            let Some((k, v)) = prop.split_once('=') else {
                continue;
            };
            let v = v.trim_matches('"').to_string();
            match k.to_ascii_lowercase().as_str() {
                "header.d" => r.d = Some(v),
                "header.i" => r.i = Some(v),
                "header.s" => r.s = Some(v),
                "header.b" => r.b = Some(v),
                _ => {}
            }
        }
        out.push(r);
    }
    out
}

impl ReceiverDkim {
    /// Whether this result is about the signature with these tags. `header.b` (a prefix of
    /// `b=`, RFC 6008) is decisive when present; else d (and s, i when given) must match.
    pub fn matches(&self, domain: &str, selector: &str, auid: &str, b64: &str) -> bool {
        if let Some(b) = &self.b {
            return b.len() >= 8 && b64.starts_with(b.as_str());
        }
        let d_ok = match (&self.d, &self.i) {
            (Some(d), _) => d.eq_ignore_ascii_case(domain),
            (None, Some(i)) => {
                i.eq_ignore_ascii_case(auid)
                    || i.to_ascii_lowercase()
                        .ends_with(&format!("@{}", domain.to_ascii_lowercase()))
            }
            (None, None) => false,
        };
        d_ok && self
            .s
            .as_deref()
            .is_none_or(|s| s.eq_ignore_ascii_case(selector))
    }

    pub fn describe(&self) -> String {
        let mut props = Vec::new();
        for (k, v) in [
            ("header.d", &self.d),
            ("header.i", &self.i),
            ("header.s", &self.s),
            ("header.b", &self.b),
        ] {
            if let Some(v) = v {
                props.push(format!("{k}={v}"));
            }
        }
        let comment = self
            .comment
            .as_ref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        format!(
            "{} said dkim={}{} {}",
            self.authserv_id,
            self.word,
            comment,
            props.join(" ")
        )
        .trim_end()
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dkim_results() {
        let v = "mx.google.com; dkim=pass (test mode) header.i=@example.com header.s=s1 header.b=\"abcdEFGH\"; spf=pass smtp.mailfrom=x@y; dkim=fail (body hash did not verify) header.d=other.org";
        let r = parse(v);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].authserv_id, "mx.google.com");
        assert_eq!(r[0].result, AuthResult::Pass);
        assert_eq!(r[0].b.as_deref(), Some("abcdEFGH"));
        assert_eq!(r[0].comment.as_deref(), Some("test mode"));
        assert!(r[0].matches("example.com", "s1", "@example.com", "abcdEFGHxyz"));
        assert_eq!(r[1].d.as_deref(), Some("other.org"));
        assert_eq!(r[1].result, AuthResult::Fail);
        assert!(r[1].matches("other.org", "any", "@other.org", "zzz"));
    }
}
