//! What the receivers wrote: `Authentication-Results` (RFC 8601),
//! `ARC-Authentication-Results` (RFC 8617) and `Received-SPF` (RFC 7208 §9.1),
//! parsed and set beside our own results, each disagreement explained.

use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
pub use crate::report::receivers::{Comparison, MethodResult, ReceiverVerdict};
use crate::report::{AuthResult, Report};
use crate::tr;

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

impl ReceiverVerdict {
    /// One result of this header in a line: "mx.example.net said dkim=pass (comment) header.d=example.com".
    pub fn describe(&self, m: &MethodResult) -> Text {
        let who = self
            .authserv_id
            .clone()
            .map(Text::verbatim)
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
        line
    }
}

/// The client address a result says the receiver saw: `client-ip=`
/// (Received-SPF), `smtp.remote-ip`/`smtp.client-ip`, `policy.iprev` (RFC
/// 8601 §2.7.3), or a comment "sender IP is X" (Microsoft) or "designates X
/// as permitted sender" (Gmail, pypolicyd-spf).
pub fn client_ip_of(m: &MethodResult) -> Option<std::net::IpAddr> {
    let parse = |s: &str| {
        s.trim_matches(['[', ']', ',', ')', '(', ';'])
            .parse::<std::net::IpAddr>()
            .ok()
    };
    for key in [
        "client-ip",
        "smtp.remote-ip",
        "smtp.client-ip",
        "policy.iprev",
    ] {
        if let Some(ip) = m.property(key).and_then(parse) {
            return Some(ip);
        }
    }
    for c in &m.comments {
        let words: Vec<&str> = c.split_whitespace().collect();
        for w in words.windows(4) {
            if w[0].eq_ignore_ascii_case("sender")
                && w[1].eq_ignore_ascii_case("ip")
                && w[2].eq_ignore_ascii_case("is")
            {
                if let Some(ip) = parse(w[3]) {
                    return Some(ip);
                }
            }
        }
        for w in words.windows(2) {
            if matches!(
                w[0].to_ascii_lowercase().as_str(),
                "designates" | "designate"
            ) {
                if let Some(ip) = parse(w[1]) {
                    return Some(ip);
                }
            }
        }
    }
    None
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
    let norm = tighten(text);
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

/// Collapses the spaces RFC 8601's CFWS allows around `=`, `/` and the `.`
/// of `ptype.property` (left where comments were removed, as in RFC 7601
/// appendix B.7: "dkim / 1 = fail policy . expired = 1362471462").
fn tighten(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut quoted = false;
    let mut cur = String::new();
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    let mut out = String::new();
    let joins = |w: &str| w == "=" || w == "/" || w == ".";
    let mut glue_next = false;
    for w in &words {
        let glue_this = glue_next || w.starts_with(['=', '/']) || w == ".";
        if !out.is_empty() && !glue_this {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = joins(w) || w.ends_with(['=', '/']);
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
            // RFC 8601 §2.2: authserv-id is a value, which may be a quoted-string.
            v.authserv_id = words.first().map(|w| w.trim_matches('"').to_string());
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
    // RFC 7208 §9.1: the receiver names itself in receiver=, or leads the
    // comment with its name ("(mybox.example.org: domain of ...)").
    let author = m
        .property("receiver")
        .filter(|r| !r.is_empty() && !r.eq_ignore_ascii_case("<UNKNOWN>"))
        .map(str::to_string)
        .or_else(|| {
            let (host, _) = m.comments.first()?.split_once(':')?;
            let host = host.trim();
            (!host.is_empty() && !host.contains(char::is_whitespace)).then(|| host.to_string())
        });
    ReceiverVerdict {
        header: "Received-SPF".into(),
        authserv_id: author,
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
            let their_ip = client_ip_of(m).map(|ip| ip.to_string());
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
            } else if their_ip.is_none() {
                tr!(Intake::SpfSameIdentityNoIp)
            } else {
                tr!(Intake::SpfRecordChanged)
            };
            (Text::verbatim(ours.as_str()), why)
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
                    (Text::verbatim(k.result.as_str()), why)
                }
                None => (
                    tr!(Intake::NotChecked),
                    tr!(Intake::DkimNoSignature, domain = d.unwrap_or("?")),
                ),
            }
        }
        "dmarc" => (
            Text::verbatim(r.dmarc.result.as_str()),
            tr!(Intake::DmarcFollows),
        ),
        "arc" => (
            Text::verbatim(r.arc.result.as_str()),
            tr!(Intake::OurArc, reason = r.arc.reason),
        ),
        "iprev" => {
            let i = r.iprev.as_ref()?;
            (Text::verbatim(i.result.as_str()), tr!(Intake::IprevChanged))
        }
        _ => return None,
    };
    // `ours` is a result word as data, or a sentence ("not checked") that
    // agrees with nothing.
    let our_word = ours.as_verbatim();
    let agree = match (
        our_word.and_then(AuthResult::parse),
        AuthResult::parse(&m.result),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => our_word.is_some_and(|o| o.eq_ignore_ascii_case(&m.result)),
    };
    Some(Comparison {
        method: m.method.clone(),
        theirs: m.result.clone(),
        ours,
        agree,
        explanation: if agree { Text::default() } else { explanation },
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
            v.describe(dkim[0]).en(),
            "mx.google.com said dkim=pass (test mode) header.i=@example.com header.s=s1 header.b=abcdEFGH"
        );
        assert_eq!(AuthResult::parse(&dkim[1].result), Some(AuthResult::Fail));
        let ms = parse_authentication_results("dkim=pass header.d=contoso.com");
        assert_eq!(
            ms.describe(&ms.results[0]).en(),
            "the receiver (Authentication-Results without authserv-id) said dkim=pass header.d=contoso.com"
        );
    }

    #[test]
    fn none_and_version() {
        let v = parse_authentication_results("example.net 1; none");
        assert_eq!(v.authserv_id.as_deref(), Some("example.net"));
        assert!(v.results.is_empty());
    }
    #[test]
    fn comments_anywhere_rfc7601_appendix_b7() {
        // RFC 7601 B.7 (kept in RFC 8601): comments between every token.
        let v = parse_authentication_results(
            "foo.example.net (foobar) 1 (baz);\r\n    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n      policy (A dot can go here) . (like that) expired\r\n      (this surprised me) = (as I wasn't expecting it) 1362471462",
        );
        assert_eq!(v.authserv_id.as_deref(), Some("foo.example.net"));
        assert!(v.warnings.is_empty(), "{:?}", v.warnings);
        assert_eq!(v.results.len(), 1);
        let m = &v.results[0];
        assert_eq!((m.method.as_str(), m.result.as_str()), ("dkim", "fail"));
        assert_eq!(m.property("policy.expired"), Some("1362471462"));
        assert!(m.comments.iter().any(|c| c == "Because I like it"));
    }

    #[test]
    fn quoted_authserv_id_and_version() {
        let v = parse_authentication_results("\"example.org\"; none");
        assert_eq!(v.authserv_id.as_deref(), Some("example.org"));
        assert!(v.results.is_empty() && v.warnings.is_empty());
        let v = parse_authentication_results(
            "(comment first) \"mx.example.org\" (id) 1; spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=\"a@example.org\"",
        );
        assert_eq!(v.authserv_id.as_deref(), Some("mx.example.org"));
        assert_eq!(
            v.results[0].property("smtp.mailfrom"),
            Some("a@example.org")
        );
        assert_eq!(
            client_ip_of(&v.results[0]),
            Some("192.0.2.1".parse().unwrap())
        );
    }

    #[test]
    fn rfc8601_examples() {
        // RFC 8601 appendix B.4: SPF and sender-id on one header.
        let v = parse_authentication_results(
            "example.com; spf=pass smtp.mailfrom=example.net; sender-id=pass header.from=example.net",
        );
        assert_eq!(v.results.len(), 2);
        assert_eq!(v.results[1].method, "sender-id");
        // Appendix B.6 style: several methods, reasons and a quoted value.
        let v = parse_authentication_results(
            "example.com; dkim=pass reason=\"good signature\" header.i=@mail-router.example.net; dkim=fail reason=\"bad signature\" header.i=@newyork.example.com",
        );
        assert_eq!(v.results[0].reason.as_deref(), Some("good signature"));
        assert_eq!(
            v.results[1].property("header.i"),
            Some("@newyork.example.com")
        );
        // RFC 7208 §9.1's Received-SPF example, comments and quoted values.
        let s = parse_received_spf(
            "pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from=\"myname@example.com\"; helo=foo.example.com;",
        );
        assert_eq!(s.authserv_id.as_deref(), Some("mybox.example.org"));
        let g = parse_received_spf("pass (google.com: domain of a@example.com designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1;");
        assert_eq!(g.authserv_id.as_deref(), Some("google.com"));
        let m = &s.results[0];
        assert_eq!(m.result, "pass");
        assert_eq!(m.property("envelope-from"), Some("myname@example.com"));
        assert_eq!(client_ip_of(m), Some("192.0.2.1".parse().unwrap()));
        // ARC-Authentication-Results with smtp.remote-ip.
        let a = parse_arc_authentication_results(
            "i=2; relay.example.net; spf=pass smtp.mailfrom=example.org smtp.remote-ip=198.51.100.3",
        );
        assert_eq!(
            (a.instance, a.authserv_id.as_deref()),
            (Some(2), Some("relay.example.net"))
        );
        assert_eq!(
            client_ip_of(&a.results[0]),
            Some("198.51.100.3".parse().unwrap())
        );
    }
    #[test]
    fn no_ip_written_is_not_the_same_ip() {
        let mut r = Report::default();
        r.identities.ip = Some("192.0.2.10".into());
        r.spf.result = AuthResult::Fail;
        r.spf.domain = "example.com".into();
        let said = |v: &str| {
            let mut s = vec![parse_received_spf(v)];
            compare(&mut s, &r);
            s.remove(0).comparisons.remove(0).explanation
        };
        let without =
            said("pass (domain of example.com designates the sender) envelope-from=a@example.com");
        assert!(
            without
                .en()
                .starts_with("same identity; the receiver did not write"),
            "{without:?}"
        );
        let same = said("pass envelope-from=a@example.com; client-ip=192.0.2.10");
        assert!(same.en().starts_with("same identity and IP"), "{same:?}");
        let other = said("pass envelope-from=a@example.com; client-ip=198.51.100.1");
        assert!(other.en().contains("198.51.100.1"), "{other:?}");
    }
}
