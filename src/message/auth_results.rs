//! What the receivers wrote: `Authentication-Results` (RFC 8601),
//! `ARC-Authentication-Results` (RFC 8617) and `Received-SPF` (RFC 7208 §9.1),
//! parsed and set beside our own results, each disagreement explained.

use crate::i18n::phrases::intake::Intake;
use crate::report::{AuthResult, Report};
use crate::tr;
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

impl MethodResult {
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether this `dkim=` result is about the signature with these tags.
    /// `header.b` (a prefix of `b=`, RFC 6008 §4, at least 8 characters to be
    /// unambiguous) decides when present and `b64` is known; otherwise `header.d`
    /// (or `header.i`, RFC 8601 §2.7.1) must match, and `header.s` when given.
    pub fn is_about_dkim_signature(
        &self,
        domain: &str,
        selector: &str,
        auid: &str,
        b64: Option<&str>,
    ) -> bool {
        if !self.method.eq_ignore_ascii_case("dkim") {
            return false;
        }
        if let (Some(b), Some(sig_b)) = (self.property("header.b"), b64) {
            return b.len() >= 8 && sig_b.starts_with(b);
        }
        let d_ok = match (self.property("header.d"), self.property("header.i")) {
            (Some(d), _) => d.eq_ignore_ascii_case(domain),
            (None, Some(i)) => {
                i.eq_ignore_ascii_case(auid)
                    || i.to_ascii_lowercase()
                        .ends_with(&format!("@{}", domain.to_ascii_lowercase()))
            }
            (None, None) => false,
        };
        d_ok && self
            .property("header.s")
            .is_none_or(|s| s.eq_ignore_ascii_case(selector))
    }
}

/// Our result beside the receiver's, for one method.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub method: String,
    pub theirs: String,
    pub ours: String,
    pub agree: bool,
    /// Why they might differ, in words (empty when they agree).
    pub explanation: String,
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
    pub warnings: Vec<String>,
    pub raw: String,
}

impl ReceiverVerdict {
    /// One result of this header in a line: "mx.example.net said dkim=pass (comment) header.d=example.com".
    pub fn describe(&self, m: &MethodResult) -> String {
        let who = self
            .authserv_id
            .clone()
            .unwrap_or_else(|| tr!(Intake::ReceiverWithoutId, header = self.header));
        let props: Vec<String> = ["header.d", "header.i", "header.s", "header.b"]
            .into_iter()
            .filter_map(|k| m.property(k).map(|v| format!("{k}={v}")))
            .collect();
        let props = props.join(" ");
        let (method, result) = (&m.method, &m.result);
        // Four whole sentences rather than optional pieces, so that each reads back.
        let line = match (m.comments.first(), props.is_empty()) {
            (Some(comment), false) => tr!(
                Intake::SaidCommentProps,
                who = who,
                method = method,
                result = result,
                comment = comment,
                props = props
            ),
            (Some(comment), true) => tr!(
                Intake::SaidComment,
                who = who,
                method = method,
                result = result,
                comment = comment
            ),
            (None, false) => tr!(
                Intake::SaidProps,
                who = who,
                method = method,
                result = result,
                props = props
            ),
            (None, true) => tr!(Intake::Said, who = who, method = method, result = result),
        };
        line.trim_end().to_string()
    }
}

/// Splits on `sep` outside quotes and comments.
fn split_top(s: &str, sep: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for c in s.chars() {
        if escaped {
            cur.push(c);
            escaped = false;
            continue;
        }
        match c {
            '\\' => {
                escaped = true;
                cur.push(c)
            }
            '"' if depth == 0 => {
                quoted = !quoted;
                cur.push(c)
            }
            '(' if !quoted => {
                depth += 1;
                cur.push(c)
            }
            ')' if !quoted && depth > 0 => {
                depth -= 1;
                cur.push(c)
            }
            c if c == sep && depth == 0 && !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Removes comments, returning the text without them and the comments.
fn strip_comments(s: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut comments = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '"' if depth == 0 => {
                quoted = !quoted;
                text.push(c)
            }
            '(' if !quoted => {
                if depth > 0 {
                    cur.push(c)
                }
                depth += 1;
            }
            ')' if !quoted && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    comments.push(std::mem::take(&mut cur).trim().to_string());
                    text.push(' ');
                } else {
                    cur.push(c)
                }
            }
            c if depth > 0 => cur.push(c),
            c => text.push(c),
        }
    }
    (text, comments)
}

/// Tokens of a resinfo: `key=value` words, values possibly quoted; spaces around `=` tolerated.
fn pairs(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let norm = text.replace(" =", "=").replace("= ", "=");
    let mut word = String::new();
    let mut words = Vec::new();
    let mut quoted = false;
    for c in norm.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word))
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    for w in words {
        match w.split_once('=') {
            Some((k, v)) => out.push((k.trim().to_string(), v.trim().to_string())),
            None => out.push((w, String::new())),
        }
    }
    out
}

fn parse_resinfo(part: &str) -> Option<MethodResult> {
    let (text, comments) = strip_comments(part);
    let kv = pairs(&text);
    let (first_k, first_v) = kv.first()?;
    if first_v.is_empty() {
        return None;
    }
    let method = first_k
        .split('/')
        .next()
        .unwrap_or(first_k)
        .to_ascii_lowercase();
    let mut m = MethodResult {
        method,
        result: first_v.to_ascii_lowercase(),
        comments,
        ..Default::default()
    };
    for (k, v) in kv.into_iter().skip(1) {
        if k.eq_ignore_ascii_case("reason") {
            m.reason = Some(v);
        } else {
            m.properties.push((k, v));
        }
    }
    Some(m)
}

/// Parses an Authentication-Results value; lenient with a missing authserv-id.
pub fn parse_authentication_results(value: &str) -> ReceiverVerdict {
    let mut v = ReceiverVerdict {
        header: "Authentication-Results".into(),
        raw: value.to_string(),
        ..Default::default()
    };
    let parts = split_top(value, ';');
    let mut rest: &[String] = &parts;
    if let Some(first) = parts.first() {
        let (text, _) = strip_comments(first);
        let words: Vec<&str> = text.split_whitespace().collect();
        // "method=result" in the first part: Microsoft 365 omits the authserv-id.
        if words.first().is_some_and(|w| w.contains('=')) {
            v.warnings.push(tr!(Intake::NoAuthservId));
        } else {
            v.authserv_id = words.first().map(|w| w.to_string());
            rest = parts.get(1..).unwrap_or(&[]);
        }
    }
    for p in rest {
        let t = p.trim();
        if t.is_empty() || t.eq_ignore_ascii_case("none") {
            continue;
        }
        match parse_resinfo(t) {
            Some(m) => v.results.push(m),
            None => v.warnings.push(tr!(Intake::NotAClause, clause = t)),
        }
    }
    v
}

/// Parses an ARC-Authentication-Results value (`i=N; authserv-id; results`).
pub fn parse_arc_authentication_results(value: &str) -> ReceiverVerdict {
    let trimmed = value.trim_start();
    let (instance, rest) = match trimmed.split_once(';') {
        Some((first, rest)) if first.trim().starts_with("i=") => {
            (first.trim()[2..].trim().parse::<u32>().ok(), rest)
        }
        _ => (None, trimmed),
    };
    let mut v = parse_authentication_results(rest);
    v.header = "ARC-Authentication-Results".into();
    v.instance = instance;
    v.raw = value.to_string();
    if instance.is_none() {
        v.warnings.push(tr!(Intake::NoArcInstance));
    }
    v
}

/// Parses a Received-SPF value: `result (comment) key=value; ...`.
pub fn parse_received_spf(value: &str) -> ReceiverVerdict {
    let (text, comments) = strip_comments(value);
    let mut words = text.split_whitespace();
    let result = words.next().unwrap_or("").to_ascii_lowercase();
    let rest: Vec<&str> = words.collect();
    let rest = rest.join(" ");
    let mut m = MethodResult {
        method: "spf".into(),
        result,
        comments,
        ..Default::default()
    };
    for part in split_top(&rest, ';') {
        for (k, val) in pairs(&part) {
            if !k.is_empty() {
                m.properties.push((k, val));
            }
        }
    }
    ReceiverVerdict {
        header: "Received-SPF".into(),
        results: vec![m],
        raw: value.to_string(),
        ..Default::default()
    }
}

/// Every receiver header of the message, parsed.
pub fn collect(msg: &mail_auth::AuthenticatedMessage<'_>) -> Vec<ReceiverVerdict> {
    let mut out = Vec::new();
    for (i, v) in super::header_values(msg, "Authentication-Results")
        .iter()
        .enumerate()
    {
        let mut r = parse_authentication_results(v);
        r.index = i;
        out.push(r);
    }
    for (i, v) in super::header_values(msg, "ARC-Authentication-Results")
        .iter()
        .enumerate()
    {
        let mut r = parse_arc_authentication_results(v);
        r.index = i;
        out.push(r);
    }
    for (i, v) in super::header_values(msg, "Received-SPF").iter().enumerate() {
        let mut r = parse_received_spf(v);
        r.index = i;
        out.push(r);
    }
    out
}

/// Sets our results beside each receiver result and explains the disagreements.
pub fn compare(verdicts: &mut [ReceiverVerdict], report: &Report) {
    for v in verdicts.iter_mut() {
        let mut comps = Vec::new();
        for m in &v.results {
            if let Some(c) = compare_one(m, report) {
                comps.push(c);
            }
        }
        v.comparisons = comps;
    }
}

fn compare_one(m: &MethodResult, r: &Report) -> Option<Comparison> {
    let (ours, explanation) = match m.method.as_str() {
        "spf" => {
            let ours = r.spf.result;
            let their_domain = m
                .property("smtp.mailfrom")
                .or_else(|| m.property("envelope-from"))
                .and_then(|d| d.rsplit('@').next())
                .map(|d| d.trim_matches(['<', '>']).to_ascii_lowercase());
            let their_ip = m.property("client-ip").map(str::to_string).or_else(|| {
                m.comments
                    .iter()
                    .flat_map(|c| c.split_whitespace())
                    .map(|w| w.trim_matches(['[', ']', ',', ')', '(']))
                    .find(|w| w.parse::<std::net::IpAddr>().is_ok())
                    .map(str::to_string)
            });
            let why = if r.identities.ip.is_none() {
                tr!(Intake::SpfClientIpUnknown)
            } else if their_ip.is_some() && their_ip != r.identities.ip {
                tr!(
                    Intake::SpfIpDiffers,
                    theirs = their_ip.unwrap_or_default(),
                    ours = r.identities.ip.clone().unwrap_or_default()
                )
            } else if their_domain.is_some()
                && !r.spf.domain.is_empty()
                && their_domain.as_deref() != Some(r.spf.domain.as_str())
            {
                tr!(
                    Intake::SpfIdentityDiffers,
                    theirs = their_domain.unwrap_or_default(),
                    ours = r.spf.domain
                )
            } else if matches!(ours, AuthResult::TempError) {
                tr!(Intake::SpfOurDnsFailed)
            } else {
                tr!(Intake::SpfRecordChanged)
            };
            (ours.as_str().to_string(), why)
        }
        "dkim" => {
            let d = m
                .property("header.d")
                .or_else(|| m.property("header.i").and_then(|i| i.rsplit('@').next()));
            // Our report keeps no b=, so header.b cannot pick the signature here.
            let ours = r
                .dkim
                .iter()
                .find(|k| m.is_about_dkim_signature(&k.domain, &k.selector, &k.auid, None));
            match ours {
                Some(k) => {
                    let why = if k.body_hash_matches == Some(false) {
                        tr!(Intake::DkimBodyChanged)
                    } else if matches!(
                        k.result,
                        AuthResult::PermError | AuthResult::None | AuthResult::TempError
                    ) {
                        tr!(Intake::DkimKeyRotated, result = k.result, reason = k.reason)
                    } else if k.header_signature_valid == Some(false) {
                        tr!(Intake::DkimHeadersChanged)
                    } else {
                        tr!(Intake::DkimWeGot, result = k.result, reason = k.reason)
                    };
                    (k.result.as_str().to_string(), why)
                }
                None => (
                    tr!(Intake::NotChecked),
                    tr!(Intake::DkimNoSignature, domain = d.unwrap_or("?")),
                ),
            }
        }
        "dmarc" => (
            r.dmarc.result.as_str().to_string(),
            tr!(Intake::DmarcFollows),
        ),
        "arc" => (
            r.arc.result.as_str().to_string(),
            tr!(Intake::OurArc, reason = r.arc.reason),
        ),
        "iprev" => {
            let i = r.iprev.as_ref()?;
            (i.result.as_str().to_string(), tr!(Intake::IprevChanged))
        }
        _ => return None,
    };
    let agree = match (AuthResult::parse(&ours), AuthResult::parse(&m.result)) {
        (Some(a), Some(b)) => a == b,
        _ => ours.eq_ignore_ascii_case(&m.result),
    };
    Some(Comparison {
        method: m.method.clone(),
        theirs: m.result.clone(),
        ours,
        agree,
        explanation: if agree { String::new() } else { explanation },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmail_style() {
        let v = parse_authentication_results("mx.google.com; dkim=pass header.i=@example.com header.s=s1 header.b=AbCd; spf=softfail (google.com: domain of transitioning a@example.org does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=a@example.org; dmarc=fail (p=QUARANTINE sp=NONE dis=QUARANTINE) header.from=example.org");
        assert_eq!(v.authserv_id.as_deref(), Some("mx.google.com"));
        assert_eq!(v.results.len(), 3);
        assert_eq!(v.results[1].method, "spf");
        assert_eq!(v.results[1].result, "softfail");
        assert_eq!(
            v.results[1].property("smtp.mailfrom"),
            Some("a@example.org")
        );
        assert!(v.results[1].comments[0].contains("203.0.113.9"));
        assert_eq!(v.results[2].property("header.from"), Some("example.org"));
    }

    #[test]
    fn microsoft_without_authserv_id() {
        let v = parse_authentication_results("spf=pass (sender IP is 40.107.22.90) smtp.mailfrom=contoso.com; dkim=pass (signature was verified) header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100");
        assert_eq!(v.authserv_id, None);
        assert_eq!(v.warnings.len(), 1);
        let methods: Vec<&str> = v.results.iter().map(|m| m.method.as_str()).collect();
        assert_eq!(methods, vec!["spf", "dkim", "dmarc", "compauth"]);
        assert_eq!(v.results[3].reason.as_deref(), Some("100"));
        assert_eq!(v.results[2].property("action"), Some("none"));
    }

    #[test]
    fn arc_and_received_spf() {
        let a = parse_arc_authentication_results(
            "i=2; mx.list.example; dkim=pass header.d=example.org; arc=pass (i=1)",
        );
        assert_eq!(a.instance, Some(2));
        assert_eq!(a.authserv_id.as_deref(), Some("mx.list.example"));
        assert_eq!(a.results[1].method, "arc");
        let s = parse_received_spf("Softfail (mailfrom) identity=mailfrom; client-ip=203.0.113.9; helo=out.example.org; envelope-from=a@example.org; receiver=<UNKNOWN>");
        assert_eq!(s.results[0].result, "softfail");
        assert_eq!(s.results[0].property("client-ip"), Some("203.0.113.9"));
        assert_eq!(s.results[0].property("helo"), Some("out.example.org"));
    }

    #[test]
    fn dkim_results_pick_their_signature() {
        let v = parse_authentication_results("mx.google.com; dkim=pass (test mode) header.i=@example.com header.s=s1 header.b=\"abcdEFGH\"; spf=pass smtp.mailfrom=x@y; dkim=fail (body hash did not verify) header.d=other.org; dkim=policy header.d=x.example header.b=abc");
        let dkim: Vec<&MethodResult> = v.results.iter().filter(|m| m.method == "dkim").collect();
        assert_eq!(dkim.len(), 3);
        assert_eq!(dkim[0].property("header.b"), Some("abcdEFGH"));
        assert_eq!(dkim[0].comments, vec!["test mode"]);
        // header.b decides when the signature's b= is known.
        assert!(dkim[0].is_about_dkim_signature(
            "example.com",
            "s1",
            "@example.com",
            Some("abcdEFGHxyz")
        ));
        assert!(!dkim[0].is_about_dkim_signature(
            "example.com",
            "s1",
            "@example.com",
            Some("zzzzzzzzz")
        ));
        // Without b=, i= and s= decide.
        assert!(dkim[0].is_about_dkim_signature("example.com", "s1", "@example.com", None));
        assert!(!dkim[0].is_about_dkim_signature("example.com", "s2", "@example.com", None));
        assert!(dkim[1].is_about_dkim_signature("other.org", "any", "@other.org", Some("zzz")));
        assert!(!dkim[1].is_about_dkim_signature("example.org", "any", "@example.org", None));
        // A header.b shorter than 8 characters is too ambiguous to match anything.
        assert!(!dkim[2].is_about_dkim_signature(
            "x.example",
            "s",
            "@x.example",
            Some("abcdefghij")
        ));
        assert_eq!(
            v.describe(dkim[0]),
            "mx.google.com said dkim=pass (test mode) header.i=@example.com header.s=s1 header.b=abcdEFGH"
        );
        assert_eq!(AuthResult::parse(&dkim[1].result), Some(AuthResult::Fail));
        let ms = parse_authentication_results("dkim=pass header.d=contoso.com");
        assert_eq!(
            ms.describe(&ms.results[0]),
            "the receiver (Authentication-Results without authserv-id) said dkim=pass header.d=contoso.com"
        );
    }

    #[test]
    fn none_and_version() {
        let v = parse_authentication_results("example.net 1; none");
        assert_eq!(v.authserv_id.as_deref(), Some("example.net"));
        assert!(v.results.is_empty());
    }
}
