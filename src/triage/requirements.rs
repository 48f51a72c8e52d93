//! The sender requirements of Gmail and Yahoo (February 2024) and
//! Outlook.com (May 2025), line by line, from the finished report: each
//! pass, fail or cannot tell, with why and a link to its evidence. The
//! providers' pages each rule comes from are listed in README.md
//! ("Sender requirements").

use super::Headers;
use crate::i18n::phrases::triage::Triage;
use crate::i18n::text::Text;
use crate::report::triage::{
    MailboxProvider, RequirementLine, RequirementStatus as Status, Rule, SenderRequirements,
};
use crate::report::{AuthResult, Report};
use crate::tr;
use crate::trace::{Step, StepKind};

use MailboxProvider::{Gmail, Outlook, Yahoo};

/// Each line in order: what it checks, whose rule, bulk senders only.
const RULES: &[(Rule, &[MailboxProvider], bool)] = &[
    (Rule::SpfPass, &[Gmail, Yahoo, Outlook], false),
    (Rule::DkimPass, &[Gmail, Yahoo, Outlook], false),
    (Rule::SpfAndDkim, &[Gmail, Yahoo, Outlook], true),
    (Rule::Dmarc, &[Gmail, Yahoo, Outlook], true),
    (Rule::OneClickUnsubscribe, &[Gmail, Yahoo], true),
    (Rule::ReverseDns, &[Gmail, Yahoo], false),
    (Rule::Tls, &[Gmail], false),
    (Rule::DkimKeySize, &[Gmail], false),
    (Rule::FromHeader, &[Gmail, Yahoo, Outlook], false),
    (Rule::MessageId, &[Gmail, Yahoo], false),
    (Rule::DateHeader, &[Gmail, Yahoo], false),
];

/// A line's outcome before it is placed: status, why, and its evidence
/// (`None`: the line itself).
struct Outcome(Status, Text, Option<String>);

fn pass(why: Text, link: impl Into<Option<String>>) -> Outcome {
    Outcome(Status::Pass, why, link.into())
}

fn fail(why: Text, link: impl Into<Option<String>>) -> Outcome {
    Outcome(Status::Fail, why, link.into())
}

fn cannot_tell(why: Text, link: impl Into<Option<String>>) -> Outcome {
    Outcome(Status::CannotTell, why, link.into())
}

/// Evaluates every line.
pub fn evaluate(r: &Report, h: &Headers, no_dns: bool) -> SenderRequirements {
    let bulk_signs = bulk_signs(r, h);
    let bulk = (!bulk_signs.is_empty()).then_some(true);
    let lines = RULES
        .iter()
        .enumerate()
        .map(|(i, &(rule, providers, bulk_only))| {
            let Outcome(status, why, link) = match rule {
                Rule::SpfPass => spf(r, no_dns),
                Rule::DkimPass => dkim(r, no_dns),
                Rule::SpfAndDkim => spf_and_dkim(r, bulk, no_dns),
                Rule::Dmarc => dmarc(r, no_dns),
                Rule::OneClickUnsubscribe => one_click(r, h, &bulk_signs, no_dns),
                Rule::ReverseDns => reverse_dns(r, no_dns),
                Rule::Tls => tls(r),
                Rule::DkimKeySize => key_size(r, no_dns),
                Rule::FromHeader => from_header(h),
                Rule::MessageId => message_id(h),
                Rule::DateHeader => date_header(h),
            };
            RequirementLine {
                rule,
                providers: providers.to_vec(),
                bulk_only,
                status,
                why,
                link: link.unwrap_or_else(|| format!("requirements.lines[{i}]")),
            }
        })
        .collect();
    SenderRequirements {
        bulk,
        bulk_signs,
        lines,
    }
}

/// Bulk-mail services whose DKIM `d=` marks what they send as bulk
/// (their documented default signing domains; the mailbox providers are
/// not here: their users send personal mail).
pub const BULK_SERVICES: &[&str] = &[
    "sendgrid.net",
    "amazonses.com",
    "mcsv.net",
    "rsgsv.net",
    "mailchimpapp.net",
    "mandrillapp.com",
    "mailgun.org",
    "sparkpostmail.com",
    "mktomail.com",
    "exacttarget.com",
    "sendinblue.com",
    "brevosend.com",
    "mailjet.com",
    "constantcontact.com",
    "mtasv.net",
    "cmail19.com",
    "cmail20.com",
    "klaviyomail.com",
    "hubspotemail.net",
];

/// What marks the message as bulk mail: list headers (RFC 2369, RFC 2919),
/// `Precedence: bulk|list|junk`, a bulk service's header or DKIM domain.
fn bulk_signs(r: &Report, h: &Headers) -> Vec<String> {
    let mut signs = Vec::new();
    if !h.list_unsubscribe.is_empty() {
        signs.push("List-Unsubscribe".to_string());
    }
    if !h.list_id.is_empty() {
        signs.push("List-Id".to_string());
    }
    for p in &h.precedence {
        let v = p.trim().to_ascii_lowercase();
        if ["bulk", "list", "junk"].contains(&v.as_str()) {
            signs.push(format!("Precedence: {v}"));
        }
    }
    for name in &h.service_headers {
        let shown = header_case(name);
        if !signs.contains(&shown) {
            signs.push(shown);
        }
    }
    for k in &r.dkim {
        let org = super::registrable(&k.domain);
        if BULK_SERVICES.contains(&org.as_str()) {
            let sign = format!("DKIM d={}", k.domain);
            if !signs.contains(&sign) {
                signs.push(sign);
            }
        }
    }
    signs
}

/// `x-ses-outgoing` → `X-Ses-Outgoing`, `feedback-id` → `Feedback-Id`: a
/// header name as people write it.
fn header_case(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// `path[i]` of the last step matching `pred`, else `path`.
fn step_link(path: &str, trace: &[Step], pred: impl Fn(&Step) -> bool) -> String {
    match trace.iter().rposition(pred) {
        Some(i) => format!("{path}[{i}]"),
        None => path.to_string(),
    }
}

fn is_result(s: &Step) -> bool {
    s.kind == StepKind::Result
}

fn no_dns_line() -> Outcome {
    cannot_tell(tr!(Triage::NoDns), None)
}

fn spf(r: &Report, no_dns: bool) -> Outcome {
    if no_dns {
        return no_dns_line();
    }
    let link = Some(step_link("spf.trace", &r.spf.trace, is_result));
    let domain = r.spf.domain.clone();
    match r.spf.result {
        AuthResult::Pass => pass(tr!(Triage::SpfPass, domain = domain), link),
        AuthResult::TempError => cannot_tell(tr!(Triage::SpfTempError, domain = domain), link),
        _ if r.identities.ip.is_none() => cannot_tell(tr!(Triage::NoClientIp), link),
        result => fail(
            tr!(Triage::SpfFailed, result = result.as_str(), domain = domain),
            link,
        ),
    }
}

/// The first passing DKIM signature's index.
fn passing_dkim(r: &Report) -> Option<usize> {
    r.dkim.iter().position(|k| k.result == AuthResult::Pass)
}

fn dkim(r: &Report, no_dns: bool) -> Outcome {
    if r.dkim.is_empty() {
        return fail(tr!(Triage::DkimNone), None);
    }
    if let Some(i) = passing_dkim(r) {
        return pass(
            tr!(Triage::DkimPass, domain = r.dkim[i].domain.clone()),
            format!("dkim[{i}].trace"),
        );
    }
    let link = Some("dkim[0].trace".to_string());
    if no_dns {
        return cannot_tell(tr!(Triage::NoDns), link);
    }
    if r.dkim.iter().all(|k| k.result == AuthResult::TempError) {
        return cannot_tell(tr!(Triage::DkimTempError), link);
    }
    let results = r
        .dkim
        .iter()
        .map(|k| format!("{} d={}", k.result, k.domain))
        .collect::<Vec<_>>()
        .join(", ");
    fail(tr!(Triage::DkimFailed, results = results), link)
}

fn spf_and_dkim(r: &Report, bulk: Option<bool>, no_dns: bool) -> Outcome {
    let spf = r.spf.result == AuthResult::Pass;
    let dkim = passing_dkim(r).is_some();
    if spf && dkim {
        return pass(tr!(Triage::BothPass), None);
    }
    if no_dns {
        return no_dns_line();
    }
    if bulk != Some(true) {
        return cannot_tell(tr!(Triage::BothNotBulk), None);
    }
    let why = match (spf, dkim) {
        (true, false) => tr!(Triage::BothMissingDkim),
        (false, true) => tr!(Triage::BothMissingSpf),
        _ => tr!(Triage::BothMissingEither),
    };
    fail(why, None)
}

fn dmarc(r: &Report, no_dns: bool) -> Outcome {
    if no_dns {
        return no_dns_line();
    }
    let d = &r.dmarc;
    let link = Some(step_link("dmarc.trace", &d.trace, is_result));
    let Some(from) = d.from_domains.first().cloned() else {
        return cannot_tell(tr!(Triage::NoFromDomain), link);
    };
    match d.result {
        AuthResult::Pass => {
            let aligned = match (d.spf_aligned, d.dkim_aligned) {
                (true, true) => "SPF, DKIM",
                (true, false) => "SPF",
                _ => "DKIM",
            };
            pass(
                tr!(
                    Triage::DmarcPass,
                    domain = from,
                    policy = d.policy.clone().unwrap_or_else(|| "none".into()),
                    aligned = aligned
                ),
                link,
            )
        }
        AuthResult::TempError => cannot_tell(tr!(Triage::DmarcTempError, domain = from), link),
        _ if d.record_domain.is_none() || d.policy.is_none() => {
            fail(tr!(Triage::DmarcNoRecord, domain = from), link)
        }
        _ => fail(
            tr!(
                Triage::DmarcNotAligned,
                domain = from,
                policy = d.policy.clone().unwrap_or_default()
            ),
            link,
        ),
    }
}

/// The URIs of a List-Unsubscribe value (RFC 2369 §2: `<uri>, <uri>`).
pub(super) fn list_uris(value: &str) -> Vec<String> {
    value
        .split('<')
        .skip(1)
        .filter_map(|p| p.split_once('>').map(|(u, _)| u.trim().to_string()))
        .take(16)
        .collect()
}

/// RFC 8058: an https List-Unsubscribe URI, `List-Unsubscribe-Post:
/// List-Unsubscribe=One-Click`, both signed by a valid DKIM signature (§3.1,
/// §4). Only bulk and marketing mail has to offer it.
fn one_click(r: &Report, h: &Headers, signs: &[String], no_dns: bool) -> Outcome {
    if h.list_unsubscribe.is_empty() {
        return if signs.is_empty() {
            cannot_tell(tr!(Triage::UnsubNotBulk), None)
        } else {
            fail(tr!(Triage::UnsubMissing, signs = signs.join(", ")), None)
        };
    }
    let https = h
        .list_unsubscribe
        .iter()
        .flat_map(|v| list_uris(v))
        .any(|u| {
            u.get(..8)
                .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
        });
    if !https {
        return fail(tr!(Triage::UnsubNoHttps), None);
    }
    match h.list_unsubscribe_post.first() {
        None => return fail(tr!(Triage::UnsubNoPost), None),
        Some(v) if !v.trim().eq_ignore_ascii_case("List-Unsubscribe=One-Click") => {
            return fail(tr!(Triage::UnsubBadPost, value = v.clone()), None)
        }
        Some(_) => {}
    }
    let covering: Vec<usize> = h
        .dkim_signed
        .iter()
        .enumerate()
        .filter(|(i, signed)| {
            *i < r.dkim.len()
                && signed.iter().any(|n| n == "list-unsubscribe")
                && signed.iter().any(|n| n == "list-unsubscribe-post")
        })
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = covering.first() else {
        return fail(tr!(Triage::UnsubNotSigned), None);
    };
    if let Some(&i) = covering
        .iter()
        .find(|&&i| r.dkim[i].result == AuthResult::Pass)
    {
        let domain = r.dkim[i].domain.clone();
        return pass(
            tr!(Triage::UnsubOk, domain = domain),
            format!("dkim[{i}].trace"),
        );
    }
    let k = &r.dkim[first];
    let link = format!("dkim[{first}].trace");
    if no_dns || matches!(k.result, AuthResult::TempError | AuthResult::None) {
        return cannot_tell(
            tr!(Triage::UnsubSignatureUnchecked, domain = k.domain.clone()),
            link,
        );
    }
    fail(
        tr!(Triage::UnsubSignatureFailed, domain = k.domain.clone()),
        link,
    )
}

fn reverse_dns(r: &Report, no_dns: bool) -> Outcome {
    if no_dns {
        return no_dns_line();
    }
    let Some(ipr) = &r.iprev else {
        return cannot_tell(tr!(Triage::NoClientIp), None);
    };
    let link = Some(step_link("iprev.trace", &ipr.trace, is_result));
    let ip = ipr.ip.clone();
    match ipr.result {
        AuthResult::Pass => pass(
            tr!(
                Triage::RdnsPass,
                ip = ip,
                name = ipr.name.clone().unwrap_or_default()
            ),
            link,
        ),
        AuthResult::TempError => cannot_tell(tr!(Triage::RdnsTempError, ip = ip), link),
        _ if ipr.ptr.is_empty() => fail(tr!(Triage::RdnsNoPtr, ip = ip), link),
        _ => {
            let ptr = ipr.ptr_names();
            fail(tr!(Triage::RdnsMismatch, ip = ip, ptr = ptr), link)
        }
    }
}

/// TLS as the receiver recorded it on the hop into it: its own Received
/// line at the trust boundary (`with ESMTPS`, a TLS comment).
fn tls(r: &Report) -> Outcome {
    let Some(hop) = r.received.hops.iter().find(|h| h.boundary) else {
        return cannot_tell(tr!(Triage::TlsNoBoundary), None);
    };
    let link = Some(format!("received.hops[{}]", hop.hop.saturating_sub(1)));
    let by = hop.by.clone().unwrap_or_else(|| "?".into());
    if hop.tls {
        let how = match (&hop.tls_version, &hop.with) {
            (Some(v), _) => v.clone(),
            (None, Some(w)) => format!("with {w}"),
            (None, None) => "TLS".into(),
        };
        pass(tr!(Triage::TlsPass, by = by, how = how), link)
    } else {
        let with = hop.with.clone().unwrap_or_else(|| "?".into());
        fail(tr!(Triage::TlsFail, by = by, with = with), link)
    }
}

/// RSA keys of at least 1024 bits (Ed25519 keys are fixed and strong).
fn key_size(r: &Report, no_dns: bool) -> Outcome {
    let known: Vec<(usize, u32)> = r
        .dkim
        .iter()
        .enumerate()
        .filter(|(_, k)| k.key_type.as_deref() == Some("rsa"))
        .filter_map(|(i, k)| k.key_bits.map(|b| (i, b)))
        .collect();
    if let Some(&(i, bits)) = known.iter().find(|(_, b)| *b < 1024) {
        return fail(
            tr!(
                Triage::KeyTooShort,
                domain = r.dkim[i].domain.clone(),
                bits = bits.to_string()
            ),
            format!("dkim[{i}].trace"),
        );
    }
    if let Some(&(i, bits)) = known.first() {
        return pass(
            tr!(
                Triage::KeyLongEnough,
                domain = r.dkim[i].domain.clone(),
                bits = bits.to_string()
            ),
            format!("dkim[{i}].trace"),
        );
    }
    if let Some(i) = r
        .dkim
        .iter()
        .position(|k| k.key_type.as_deref() == Some("ed25519"))
    {
        return pass(
            tr!(Triage::KeyEd25519, domain = r.dkim[i].domain.clone()),
            format!("dkim[{i}].trace"),
        );
    }
    if r.dkim.is_empty() {
        cannot_tell(tr!(Triage::KeyNoSignature), None)
    } else if no_dns {
        no_dns_line()
    } else {
        cannot_tell(tr!(Triage::KeyNotFound), "dkim[0].trace".to_string())
    }
}

/// RFC 5322 §3.6: exactly one From with at least one address (one
/// mailbox, or a Sender beside a list: only one address is checked here).
fn from_header(h: &Headers) -> Outcome {
    match h.from.as_slice() {
        [] => fail(tr!(Triage::FromMissing), None),
        [one] => {
            let addrs = crate::message::from_addresses(one);
            match addrs.as_slice() {
                [] => fail(tr!(Triage::FromNoAddress, value = one.clone()), None),
                [a] if valid_addr_spec(a) => {
                    pass(tr!(Triage::FromValid, address = a.clone()), None)
                }
                [a] => fail(tr!(Triage::FromInvalid, address = a.clone()), None),
                _ => fail(tr!(Triage::FromSeveralAddresses, value = one.clone()), None),
            }
        }
        more => fail(tr!(Triage::FromSeveral, n = more.len()), None),
    }
}

/// An RFC 5322 addr-spec with a dot-atom local part (or a quoted one) and
/// a domain of at least two labels of letters, digits and hyphens (or an
/// IDN's UTF-8, RFC 6532).
pub fn valid_addr_spec(addr: &str) -> bool {
    let Some((local, domain)) = addr.rsplit_once('@') else {
        return false;
    };
    let local_ok = if local.len() >= 2 && local.starts_with('"') && local.ends_with('"') {
        true
    } else {
        !local.is_empty()
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c) || !c.is_ascii())
    };
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// RFC 5322 §3.6.4: `<id-left@id-right>`, one of it.
fn message_id(h: &Headers) -> Outcome {
    match h.message_id.as_slice() {
        [] => fail(tr!(Triage::MessageIdMissing), None),
        [one] if valid_msg_id(one) => pass(tr!(Triage::MessageIdValid, id = one.clone()), None),
        [one] => fail(tr!(Triage::MessageIdInvalid, id = one.clone()), None),
        more => fail(tr!(Triage::MessageIdSeveral, n = more.len()), None),
    }
}

/// `<left@right>` with no space, no second `<`, `>` or `@` in the right side.
pub fn valid_msg_id(v: &str) -> bool {
    let v = v.trim();
    let Some(inner) = v.strip_prefix('<').and_then(|s| s.strip_suffix('>')) else {
        return false;
    };
    let Some((left, right)) = inner.rsplit_once('@') else {
        return false;
    };
    let printable = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>')
    };
    printable(left) && printable(right) && !right.contains('@')
}

/// RFC 5322 §3.3 and §3.6.1: one Date that reads as a date-time.
fn date_header(h: &Headers) -> Outcome {
    use crate::message::received::{read_date, DateDeviation};
    match h.date.as_slice() {
        [] => fail(tr!(Triage::DateMissing), None),
        [one] => match read_date(one) {
            // "-0000" is RFC 5322's own way to say the zone is unknown.
            Some(d) if matches!(d.deviation, None | Some(DateDeviation::UnknownZone)) => {
                pass(tr!(Triage::DateValid, date = one.clone()), None)
            }
            // Obsolete forms (a named zone, a two-digit year) are read but are
            // not what RFC 5322 §3.3 asks senders to write.
            Some(_) => fail(tr!(Triage::DateObsolete, date = one.clone()), None),
            None => fail(tr!(Triage::DateInvalid, date = one.clone()), None),
        },
        more => fail(tr!(Triage::DateSeveral, n = more.len()), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_ids() {
        assert!(valid_addr_spec("news@shop.example"));
        assert!(!valid_addr_spec("news@localhost"));
        assert!(!valid_addr_spec("news..x@shop.example"));
        assert!(!valid_addr_spec("news@shop..example"));
        assert!(valid_msg_id("<abc.123@mail.shop.example>"));
        assert!(!valid_msg_id("abc.123@mail.shop.example"));
        assert!(!valid_msg_id("<abc 123@mail.shop.example>"));
        assert!(!valid_msg_id("<abc123>"));
    }

    #[test]
    fn list_unsubscribe_uris() {
        assert_eq!(
            list_uris("<mailto:u@x.example?subject=unsub>, <https://x.example/u/1>"),
            vec!["mailto:u@x.example?subject=unsub", "https://x.example/u/1"]
        );
        assert_eq!(header_case("x-ses-outgoing"), "X-Ses-Outgoing");
    }
}
